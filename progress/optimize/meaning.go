package optimize

import "math"

// Interval returns the days after a review that leaves stability s until
// recall is expected to fall to retention, under parameters w (fsrs-rs
// next_interval, unrounded).
func (w Parameters) Interval(s, retention float64) float64 {
	return newModel(w).interval(s, retention)
}

func (m *model) interval(s, retention float64) float64 {
	return s / m.factor * (math.Pow(retention, 1/m.decay) - 1)
}

// IntervalChange compares the intervals two parameter sets would give the
// questions of d, each at the end of its history, at a desired retention:
// the geometric mean of the ratios to minus one (0.2 means 20% longer). It
// returns 0 for a dataset without questions.
func IntervalChange(d *Dataset, from, to Parameters, retention float64) float64 {
	a, b := newModel(from.Clip(false)), newModel(to.Clip(false))
	var sum float64
	n := 0
	for ci := range d.cards {
		steps := d.reviewsOf(int32(ci))
		var sa, da, sb, db float64
		for i, st := range steps {
			sa, da = a.forward(sa, da, st, i, nil)
			sb, db = b.forward(sb, db, st, i, nil)
		}
		ia, ib := a.interval(sa, retention), b.interval(sb, retention)
		if ia > 0 && ib > 0 {
			sum += math.Log(ib / ia)
			n++
		}
	}
	if n == 0 {
		return 0
	}
	return math.Exp(sum/float64(n)) - 1
}
