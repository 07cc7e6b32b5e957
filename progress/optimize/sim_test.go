package optimize

import (
	"math"
	"math/rand/v2"
	"slices"
	"strconv"
	"time"
)

// simReview is one review of a simulated history.
type simReview struct {
	card   int
	t      time.Time
	rating int
}

// simulate generates the reviews of a learner whose memory follows FSRS-6
// with parameters truth: cards are introduced over the first days, each is
// reviewed when its predicted recall falls to 90%, recalled with the
// chance the model gives, and relearned the same day after a lapse. All
// reviews fall between 08:00 and 23:00 UTC.
func simulate(truth Parameters, cards, days int, seed uint64) []simReview {
	rng := rand.New(rand.NewPCG(seed, seed*7+1))
	m := newModel(truth)
	epoch := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	at := func(day int, minute int) time.Time {
		return epoch.AddDate(0, 0, day).Add(8*time.Hour + time.Duration(minute)*time.Minute)
	}
	var out []simReview
	pick := func(p [4]float64) int {
		x := rng.Float64()
		for i, v := range p {
			if x < v {
				return i + 1
			}
			x -= v
		}
		return 4
	}
	for c := range cards {
		day := rng.IntN(max(days/3, 1))
		minute := rng.IntN(14 * 60)
		var s, d float64
		pos := 0
		review := func(rating int, delta int) {
			out = append(out, simReview{c, at(day, minute), rating})
			s, d = m.forward(s, d, step{uint8(rating), int32(delta)}, pos, nil)
			pos++
		}
		first := pick([4]float64{0.25, 0.15, 0.45, 0.15})
		review(first, 0)
		if first <= 2 && minute < 13*60 {
			minute += 10 + rng.IntN(50)
			review(pick([4]float64{0.1, 0.1, 0.7, 0.1}), 0)
		}
		for {
			f := m.factor
			ivl := s / f * (math.Pow(0.9, 1/m.decay) - 1)
			gap := int(math.Max(1, math.Min(math.Round(ivl), 365)))
			gap += rng.IntN(gap/10 + 1) // a learner is not always on time
			if day+gap >= days {
				break
			}
			day += gap
			minute = rng.IntN(14 * 60)
			r := m.retrievability(float64(gap), s)
			if rng.Float64() >= r {
				review(1, gap)
				if minute < 13*60 {
					minute += 10 + rng.IntN(50)
					review(pick([4]float64{0.15, 0.15, 0.65, 0.05}), 0)
				}
				continue
			}
			review(pick([4]float64{0, 0.15, 0.75, 0.10}), gap)
		}
	}
	return out
}

// simDataset builds the dataset of a simulated history, in time order as
// a log would give it.
func simDataset(revs []simReview) *Dataset {
	sorted := make([]simReview, len(revs))
	copy(sorted, revs)
	slicesSortByTime(sorted)
	b := NewBuilder(utcDay(4))
	for _, r := range sorted {
		b.Add("sim", strconv.Itoa(r.card), r.t, r.rating, r.t.UnixNano())
	}
	return b.Build()
}

func slicesSortByTime(r []simReview) {
	slices.SortStableFunc(r, func(a, b simReview) int { return a.t.Compare(b.t) })
}
