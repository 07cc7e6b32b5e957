package optimize

import (
	"cmp"
	"errors"
	"math"
	"slices"
)

// Pre-training (fsrs-rs parameter_initialization.rs and the outlier filter
// of dataset.rs): the initial stabilities w0–w3 are fitted from each
// question's first review on a later day, grouped by the first rating.

// firstLongTerm returns the first rating of card c and the days before its
// first review on a later day.
func (d *Dataset) firstLongTerm(c int32) (rating uint8, delta int32) {
	steps := d.reviewsOf(c)
	for _, st := range steps[1:] {
		if st.delta > 0 {
			return steps[0].rating, st.delta
		}
	}
	return steps[0].rating, 0
}

// isFirstItem reports whether it predicts its card's first review on a
// later day (fsrs-rs: long_term_review_cnt == 1).
func (d *Dataset) isFirstItem(it item) bool {
	for _, st := range d.reviewsOf(it.card)[1:it.pos] {
		if st.delta > 0 {
			return false
		}
	}
	return true
}

type pair struct {
	rating uint8
	delta  int32
}

// splitOutliers is fsrs-rs's prepare_training_data: among the first
// predictions, grouped by first rating and interval, the rarest intervals
// (5% of each rating, at least 20 predictions), groups under six and
// intervals over 100 days (365 after Easy) are outliers. It returns the
// first predictions kept for pre-training and every prediction whose card
// is not an outlier, in time order.
func (d *Dataset) splitOutliers() (init, train []item) {
	groups := map[uint8]map[int32][]int{}
	for i, it := range d.items {
		if !d.isFirstItem(it) {
			continue
		}
		st := d.reviewsOf(it.card)
		r := st[0].rating
		if groups[r] == nil {
			groups[r] = map[int32][]int{}
		}
		delta := st[it.pos].delta
		groups[r][delta] = append(groups[r][delta], i)
	}
	removed := map[pair]bool{}
	var kept []int
	for _, r := range slices.Sorted(mapsKeys(groups)) {
		type sub struct {
			delta int32
			idx   []int
		}
		var subs []sub
		total := 0
		for delta, idx := range groups[r] {
			subs = append(subs, sub{delta, idx})
			total += len(idx)
		}
		// Largest first, then longer interval first; walked backwards.
		slices.SortFunc(subs, func(a, b sub) int {
			if c := cmp.Compare(len(b.idx), len(a.idx)); c != 0 {
				return c
			}
			return cmp.Compare(b.delta, a.delta)
		})
		removedSoFar := 0
		limit := max(20, total/20)
		maxDelta := int32(100)
		if r == 4 {
			maxDelta = 365
		}
		for i := len(subs) - 1; i >= 0; i-- {
			sg := subs[i]
			if removedSoFar+len(sg.idx) >= limit {
				if len(sg.idx) >= 6 && sg.delta <= maxDelta {
					kept = append(kept, sg.idx...)
				} else {
					removed[pair{r, sg.delta}] = true
				}
			} else {
				removedSoFar += len(sg.idx)
				removed[pair{r, sg.delta}] = true
			}
		}
	}
	init = make([]item, len(kept))
	for i, k := range kept {
		init[i] = d.items[k]
	}
	train = make([]item, 0, len(d.items))
	for _, it := range d.items {
		r, delta := d.firstLongTerm(it.card)
		if !removed[pair{r, delta}] {
			train = append(train, it)
		}
	}
	return init, train
}

func mapsKeys[K cmp.Ordered, V any](m map[K]V) func(func(K) bool) {
	return func(yield func(K) bool) {
		for k := range m {
			if !yield(k) {
				return
			}
		}
	}
}

// averageRecall is the share of predictions whose review was recalled.
func (d *Dataset) averageRecall(items []item) float64 {
	if len(items) == 0 {
		return 0
	}
	n := 0
	for _, it := range items {
		if d.reviewsOf(it.card)[it.pos].rating > 1 {
			n++
		}
	}
	return float64(n) / float64(len(items))
}

// recallPoint is the recall after one interval for one first rating.
type recallPoint struct{ delta, recall, count float64 }

// errNotEnoughData is smoothAndFill's answer for no first ratings at all.
var errNotEnoughData = errors.New("not enough data")

// initialStability fits w0–w3 (fsrs-rs initialize_stability_parameters):
// for each first rating, the stability whose forgetting curve (with the
// default decay) best fits the recall after each interval, by ternary
// search, with Laplace smoothing toward the average recall and a pull
// toward the default. It also returns how many predictions each first
// rating had.
func (d *Dataset) initialStability(init []item, avgRecall float64) ([4]float64, map[int]int, error) {
	groups := map[int]map[int32][]bool{}
	for _, it := range init {
		st := d.reviewsOf(it.card)
		r := int(st[0].rating)
		if groups[r] == nil {
			groups[r] = map[int32][]bool{}
		}
		groups[r][st[it.pos].delta] = append(groups[r][st[it.pos].delta], st[it.pos].rating > 1)
	}
	counts := map[int]int{}
	stab := map[int]float64{}
	defaults := Defaults()
	for r, byDelta := range groups {
		var pts []recallPoint
		for delta, labels := range byDelta {
			ok := 0
			for _, l := range labels {
				if l {
					ok++
				}
			}
			n := float64(len(labels))
			pts = append(pts, recallPoint{float64(delta), float64(ok) / n, n})
			counts[r] += len(labels)
		}
		slices.SortFunc(pts, func(a, b recallPoint) int { return cmp.Compare(a.delta, b.delta) })
		for i := range pts {
			p := &pts[i]
			p.recall = (p.recall*p.count + avgRecall) / (p.count + 1)
		}
		stab[r] = searchStability(pts, defaults[r-1])
	}
	s0, err := smoothAndFill(stab, counts)
	return s0, counts, err
}

// searchStability is fsrs-rs's ternary search for one first rating.
func searchStability(pts []recallPoint, def float64) float64 {
	decay := -float64(float32(Defaults()[20]))
	factor := math.Pow(0.9, 1/decay) - 1
	loss := func(s float64) float64 {
		var l float64
		for _, p := range pts {
			y := math.Pow(p.delta/s*factor+1, decay)
			l += -(p.recall*math.Log(y) + (1-p.recall)*math.Log(1-y)) * p.count
		}
		return l + math.Abs(s-def)/16
	}
	lo, hi := float64(float32(sMin)), initSMax
	best := def
	for iter := 0; hi-lo > 0x1p-52 && iter < 1000; iter++ {
		m1 := lo + (hi-lo)/3
		m2 := hi - (hi-lo)/3
		if loss(m1) < loss(m2) {
			hi = m2
		} else {
			lo = m1
		}
		best = (hi + lo) / 2
	}
	return best
}

// smoothAndFill makes the initial stabilities grow with the rating (the
// rating with fewer predictions gives way) and fills ratings never seen
// from those that were, as fsrs-rs does.
func smoothAndFill(stab map[int]float64, counts map[int]int) ([4]float64, error) {
	for r := range stab {
		if _, ok := counts[r]; !ok {
			delete(stab, r)
		}
	}
	for _, p := range [][2]int{{1, 2}, {2, 3}, {3, 4}, {1, 3}, {2, 4}, {1, 4}} {
		small, okS := stab[p[0]]
		big, okB := stab[p[1]]
		if okS && okB && small > big {
			if counts[p[0]] > counts[p[1]] {
				stab[p[1]] = small
			} else {
				stab[p[0]] = big
			}
		}
	}
	const w1, w2 = 0.41, 0.54
	var a [5]float64
	var has [5]bool
	for r, v := range stab {
		a[r], has[r] = v, true
	}
	def := Defaults()
	switch len(stab) {
	case 0:
		return [4]float64{}, errNotEnoughData
	case 1:
		for r, v := range stab {
			f := v / def[r-1]
			for i := 1; i <= 4; i++ {
				a[i] = def[i-1] * f
			}
		}
	case 2:
		switch {
		case !has[1] && !has[2]:
			r3, r4 := a[3], a[4]
			a[2] = math.Pow(r3, 1/(1-w2)) * math.Pow(r4, 1-1/(1-w2))
			a[1] = math.Pow(a[2], 1/w1) * math.Pow(r3, 1-1/w1)
		case !has[1] && !has[3]:
			r2, r4 := a[2], a[4]
			a[3] = math.Pow(r2, 1-w2) * math.Pow(r4, w2)
			a[1] = math.Pow(r2, 1/w1) * math.Pow(a[3], 1-1/w1)
		case !has[1] && !has[4]:
			r2, r3 := a[2], a[3]
			a[4] = math.Pow(r2, 1-1/w2) * math.Pow(r3, 1/w2)
			a[1] = math.Pow(r2, 1/w1) * math.Pow(r3, 1-1/w1)
		case !has[2] && !has[3]:
			r1, r4 := a[1], a[4]
			k := w1 / (w1 + w2 - w1*w2)
			a[2] = math.Pow(r1, k) * math.Pow(r4, 1-k)
			k2 := w2 / (w1 + w2 - w1*w2)
			a[3] = math.Pow(r1, 1-k2) * math.Pow(r4, k2)
		case !has[2] && !has[4]:
			r1, r3 := a[1], a[3]
			a[2] = math.Pow(r1, w1) * math.Pow(r3, 1-w1)
			a[4] = math.Pow(a[2], 1-1/w2) * math.Pow(r3, 1/w2)
		case !has[3] && !has[4]:
			r1, r2 := a[1], a[2]
			a[3] = math.Pow(r1, 1-1/(1-w1)) * math.Pow(r2, 1/(1-w1))
			a[4] = math.Pow(r2, 1-1/w2) * math.Pow(a[3], 1/w2)
		}
	case 3:
		switch {
		case !has[1]:
			a[1] = math.Pow(a[2], 1/w1) * math.Pow(a[3], 1-1/w1)
		case !has[2]:
			a[2] = math.Pow(a[1], w1) * math.Pow(a[3], 1-w1)
		case !has[3]:
			a[3] = math.Pow(a[2], 1-w2) * math.Pow(a[4], w2)
		case !has[4]:
			a[4] = math.Pow(a[2], 1-1/w2) * math.Pow(a[3], 1/w2)
		}
	}
	var out [4]float64
	for i := range out {
		out[i] = clamp(a[i+1], sMin, initSMax)
	}
	return out, nil
}
