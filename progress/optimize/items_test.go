package optimize

import (
	"context"
	"math"
	"math/rand/v2"
	"slices"
	"strconv"
	"testing"
	"time"
)

// TestBuild checks the items fsrs-rs would build: same-day reviews are
// short-term steps, each later-day review is a prediction, a reset starts
// afresh, and predictions come in time order, whatever order the reviews
// and resets arrive in (a merged log may hold older lines last).
func TestBuild(t *testing.T) {
	base := time.Date(2024, 5, 1, 9, 0, 0, 0, time.UTC)
	at := func(day int, hour int) time.Time { return base.AddDate(0, 0, day).Add(time.Duration(hour) * time.Hour) }
	var calls []func(b *Builder)
	add := func(bank, q string, t time.Time, rating int) {
		calls = append(calls, func(b *Builder) { b.Add(bank, q, t, rating, t.UnixNano()) })
	}
	reset := func(bank, q string, t time.Time) {
		calls = append(calls, func(b *Builder) { b.Reset(bank, q, t.UnixNano()) })
	}
	add("b", "q1", at(0, 0), 1)
	add("b", "q1", at(0, 1), 3) // same day: a short-term step
	add("b", "q2", at(0, 2), 3)
	add("b", "q1", at(2, 0), 3)  // 2 days later: a prediction
	add("b", "q1", at(2, 18), 3) // 03:00 next morning: still day 2
	add("b", "q2", at(1, 0), 5)  // not a rating: ignored
	add("b", "q2", at(3, 0), 2)
	reset("b", "q2", at(3, 1))
	add("b", "q2", at(4, 0), 3) // afresh: a first review, no prediction
	add("other", "q1", at(5, 0), 4)
	add("other", "q1", at(6, 0), 1)
	reset("other", "", at(6, 1))
	add("other", "q1", at(7, 0), 3)
	for _, reversed := range []bool{false, true} {
		b := NewBuilder(utcDay(4))
		for i := range calls {
			if reversed {
				i = len(calls) - 1 - i
			}
			calls[i](b)
		}
		checkBuilt(t, b.Build(), reversed)
	}
}

func checkBuilt(t *testing.T, d *Dataset, reversed bool) {
	t.Helper()
	t.Logf("reviews fed in reverse: %v", reversed)
	if d.Reviews() != 10 {
		t.Errorf("Reviews() = %d, want 10", d.Reviews())
	}
	if d.Questions() != 5 { // q2 and other/q1 twice: before and after a reset
		t.Errorf("Questions() = %d, want 5", d.Questions())
	}
	type got struct {
		ratings []uint8
		deltas  []int32
	}
	var cards []got
	for c := range d.cards {
		var g got
		for _, st := range d.reviewsOf(int32(c)) {
			g.ratings = append(g.ratings, st.rating)
			g.deltas = append(g.deltas, st.delta)
		}
		cards = append(cards, g)
	}
	want := []got{
		{[]uint8{1, 3, 3, 3}, []int32{0, 0, 2, 0}},
		{[]uint8{3, 2}, []int32{0, 3}},
		{[]uint8{4, 1}, []int32{0, 1}},
	}
	if len(cards) != len(want) {
		t.Fatalf("histories = %v, want %v", cards, want)
	}
	for i := range want {
		if !slices.Equal(cards[i].ratings, want[i].ratings) || !slices.Equal(cards[i].deltas, want[i].deltas) {
			t.Errorf("history %d = %v, want %v", i, cards[i], want[i])
		}
	}
	// Predictions in time order: q1 day 2, q2 day 3, other day 6.
	wantItems := []item{{0, 2}, {1, 1}, {2, 1}}
	if !slices.Equal(d.items, wantItems) {
		t.Errorf("items = %v, want %v", d.items, wantItems)
	}
}

// TestFitTooFew keeps the defaults below fsrs-rs's thresholds and fits
// only the initial stabilities just above the first.
func TestFitTooFew(t *testing.T) {
	truth := Defaults()
	for _, tc := range []struct {
		cards int
		want  Outcome
	}{
		{2, TooFew},
		{20, TooFew}, // every first interval is rarer than the outlier filter's 20
		{400, Fitted},
	} {
		d := simDataset(simulate(truth, tc.cards, 120, 5))
		res, err := Fit(context.Background(), d, Config{})
		if err != nil {
			t.Fatal(err)
		}
		if res.Outcome != tc.want {
			t.Errorf("Fit on %d cards (%d predictions): outcome %s, want %s", tc.cards, d.Predictions(), res.Outcome, tc.want)
		}
		switch res.Outcome {
		case TooFew:
			if res.Parameters != Defaults() {
				t.Errorf("Fit with too few predictions changed the parameters: %v", res.Parameters)
			}
		case InitialOnly:
			def := Defaults()
			if !slices.Equal(res.Parameters[4:], def[4:]) {
				t.Errorf("Fit with few predictions changed w4–w20: %v", res.Parameters)
			}
		}
		if !res.Parameters.Valid() {
			t.Errorf("Fit on %d cards gave parameters out of bounds: %v", tc.cards, res.Parameters)
		}
	}
}

// TestFitInitialOnly: when every question has been reviewed only once on a
// later day, only the initial stabilities can be learnt.
func TestFitInitialOnly(t *testing.T) {
	b := NewBuilder(utcDay(4))
	base := time.Date(2024, 5, 1, 9, 0, 0, 0, time.UTC)
	for i := range 200 {
		q := strconv.Itoa(i)
		b.Add("b", q, base, 3, base.UnixNano())
		rating := 3
		if i%5 == 0 {
			rating = 1
		}
		b.Add("b", q, base.AddDate(0, 0, 3), rating, base.AddDate(0, 0, 3).UnixNano())
	}
	res, err := Fit(context.Background(), b.Build(), Config{})
	if err != nil {
		t.Fatal(err)
	}
	if res.Outcome != InitialOnly {
		t.Fatalf("Fit outcome = %s, want %s", res.Outcome, InitialOnly)
	}
	def := Defaults()
	if !slices.Equal(res.Parameters[4:], def[4:]) {
		t.Errorf("Fit changed w4–w20: %v", res.Parameters)
	}
	// 80% recall after 3 days: Good's initial stability is well under
	// the default 2.3 days (where recall after 3 days would be ~88%).
	if !(res.Parameters[2] < 2) {
		t.Errorf("w2 = %.3f, want under 2", res.Parameters[2])
	}
}

func TestFitCancelled(t *testing.T) {
	d := referenceDataset(t)
	ctx, cancel := context.WithCancel(context.Background())
	calls := 0
	_, err := Fit(ctx, d, Config{Progress: func(done, total int) {
		calls++
		if done > total {
			t.Errorf("progress %d of %d", done, total)
		}
		cancel()
	}})
	if err != context.Canceled {
		t.Errorf("Fit after cancel: err = %v, want context.Canceled", err)
	}
	if calls != 1 {
		t.Errorf("progress called %d times after cancel, want 1", calls)
	}
}

// TestFitLongHistoriesOnly: predictions with more history than MaxSeqLen
// are left out of training; with nothing left, the pre-training stands.
func TestFitLongHistoriesOnly(t *testing.T) {
	d := referenceDataset(t)
	res, err := Fit(context.Background(), d, Config{MaxSeqLen: 1})
	if err != nil {
		t.Fatal(err)
	}
	if res.Outcome != InitialOnly || !res.Parameters.Valid() {
		t.Errorf("Fit with MaxSeqLen 1: outcome %s, parameters %v; want %s and valid", res.Outcome, res.Parameters, InitialOnly)
	}
}

// TestBuildOddHistories: times far apart, out of order or equal, ratings
// out of range and resets anywhere never make Build, Fit or Evaluate fail
// or give numbers that are not numbers.
func TestBuildOddHistories(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	times := []time.Time{
		time.Date(1700, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(2250, 12, 31, 23, 0, 0, 0, time.UTC),
		time.Date(2024, 1, 1, 3, 59, 0, 0, time.UTC), time.Date(2024, 1, 1, 4, 0, 0, 0, time.UTC),
	}
	fitted := 0
	for round := range 6 {
		b := NewBuilder(utcDay(4))
		for range 4000 {
			q := strconv.Itoa(rng.IntN(150))
			var at time.Time
			if rng.IntN(10) == 0 {
				at = times[rng.IntN(len(times))]
			} else {
				at = time.Date(2024, 1, 1, 9, 0, 0, 0, time.UTC).Add(time.Duration(rng.IntN(60*24)) * time.Hour)
			}
			order := at.UnixNano() + int64(rng.IntN(3)-1) // sometimes not in time order
			switch rng.IntN(40) {
			case 0:
				b.Reset("b", q, order)
			case 1:
				b.Reset("b", "", order)
			default:
				b.Add("b", q, at, rng.IntN(7)-1, order)
			}
		}
		d := b.Build()
		res, err := Fit(context.Background(), d, Config{})
		if err != nil {
			t.Fatalf("round %d: Fit: %v", round, err)
		}
		if !res.Parameters.Valid() {
			t.Errorf("round %d: parameters out of bounds: %v", round, res.Parameters)
		}
		t.Logf("round %d: %d reviews, %d predictions, outcome %s", round, d.Reviews(), d.Predictions(), res.Outcome)
		if res.Outcome == Fitted {
			fitted++
		}
		for _, w := range []Parameters{Defaults(), res.Parameters} {
			m := Evaluate(d, w)
			if math.IsNaN(m.LogLoss) || math.IsInf(m.LogLoss, 0) || math.IsNaN(m.RMSEBins) {
				t.Errorf("round %d: metrics %+v", round, m)
			}
		}
		if c := IntervalChange(d, Defaults(), res.Parameters, 0.9); math.IsNaN(c) || math.IsInf(c, 0) {
			t.Errorf("round %d: interval change %v", round, c)
		}
	}
	if fitted == 0 {
		t.Errorf("no round got as far as a full fit")
	}
}
