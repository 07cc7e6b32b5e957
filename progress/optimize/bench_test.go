package optimize

import (
	"context"
	"strconv"
	"testing"
)

// benchTruth is the learner simulated for the benchmarks.
var benchTruth = Parameters{0.35, 1, 3.2, 12, 5.8, 0.65, 2.4, 0.02, 1.6, 0.12, 1, 1.8, 0.08, 0.35, 1.3, 0.45, 2.3, 0.65, 0.2, 0.1, 0.25}

// benchFit times what `quiz optimize` does with a history: build the
// items, fit, and evaluate the defaults and the fit.
func benchFit(b *testing.B, cards, days int) {
	revs := simulate(benchTruth, cards, days, 42)
	slicesSortByTime(revs) // as a log holds them
	keys := make([]string, cards)
	for i := range keys {
		keys[i] = strconv.Itoa(i)
	}
	b.ReportAllocs()
	for b.Loop() {
		bl := NewBuilder(utcDay(4))
		for _, r := range revs {
			bl.Add("sim", keys[r.card], r.t, r.rating, r.t.UnixNano())
		}
		d := bl.Build()
		res, err := Fit(context.Background(), d, Config{})
		if err != nil {
			b.Fatal(err)
		}
		Evaluate(d, Defaults())
		Evaluate(d, res.Parameters)
	}
	b.ReportMetric(float64(len(revs)), "reviews")
}

// About 20,000 reviews: 2,500 questions over a year.
func BenchmarkFit20k(b *testing.B) { benchFit(b, 2500, 365) }

// About 1,000,000 reviews: 125,000 questions over a year.
func BenchmarkFit1M(b *testing.B) { benchFit(b, 125000, 365) }
