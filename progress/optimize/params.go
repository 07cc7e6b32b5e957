// Package optimize fits the 21 FSRS-6 parameters to a learner's own review
// history, as the fsrs-rs optimizer (v6.5.0) does: it builds training items
// from the log, pre-trains the initial stabilities, and minimises log loss
// with Adam under fsrs-rs's bounds and a prior toward the defaults. It never
// prints and never reads the clock.
package optimize

import "math"

// N is the number of FSRS-6 parameters.
const N = 21

// Parameters are the 21 FSRS-6 parameters w0–w20: w0–w3 the initial
// stabilities after Again, Hard, Good and Easy, w4–w7 difficulty, w8–w16
// stability after a review, w17–w19 same-day reviews, w20 the decay of the
// forgetting curve.
type Parameters [N]float64

// Defaults returns FSRS-6's default parameters (fsrs-rs DEFAULT_PARAMETERS).
func Defaults() Parameters {
	return Parameters{
		0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722,
		0.1666, 0.796, 1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425,
		0.0912, 0.0658, 0.1542,
	}
}

// Memory state limits of fsrs-rs.
const (
	sMin     = 0.001
	sMax     = 36500.0
	dMin     = 1.0
	dMax     = 10.0
	initSMax = 100.0 // the largest initial stability
)

// paramsStddev is fsrs-rs's spread of each parameter across users, which
// scales the prior toward the defaults.
var paramsStddev = Parameters{
	6.43, 9.66, 17.58, 27.85, 0.57, 0.28, 0.6, 0.12, 0.39, 0.18, 0.33, 0.3,
	0.09, 0.16, 0.57, 0.25, 1.03, 0.31, 0.32, 0.14, 0.27,
}

// Bounds returns the lowest and highest value fsrs-rs allows each parameter
// (one relearning step; shortTerm sets the floor of w19 above zero).
func Bounds(shortTerm bool) (lo, hi Parameters) {
	w19 := 0.0
	if shortTerm {
		w19 = 0.01
	}
	b := [N][2]float64{
		{sMin, initSMax}, {sMin, initSMax}, {sMin, initSMax}, {sMin, initSMax},
		{dMin, dMax}, {0.001, 4}, {0.001, 4}, {0.001, 0.75}, {0, 4.5}, {0, 0.8},
		{0.001, 3.5}, {0.001, 5}, {0.001, 0.25}, {0.001, 0.9}, {0, 4}, {0, 1},
		{1, 6}, {0, 2}, {0, 2}, {w19, 0.8}, {0.1, 0.8},
	}
	for i, r := range b {
		lo[i], hi[i] = r[0], r[1]
	}
	return lo, hi
}

// Clip returns w with every parameter inside fsrs-rs's bounds.
func (w Parameters) Clip(shortTerm bool) Parameters {
	lo, hi := Bounds(shortTerm)
	for i := range w {
		w[i] = math.Min(math.Max(w[i], lo[i]), hi[i])
	}
	return w
}

// Valid reports whether every parameter is a finite number inside the
// bounds (with the short-term floor of w19 relaxed to zero).
func (w Parameters) Valid() bool {
	lo, hi := Bounds(false)
	for i, v := range w {
		if math.IsNaN(v) || v < lo[i] || v > hi[i] {
			return false
		}
	}
	return true
}
