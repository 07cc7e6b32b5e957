package optimize

import (
	"context"
	"math"
	"testing"
)

// TestGradient compares the analytic gradient with central differences on
// a few hundred real cards, away from clamps.
func TestGradient(t *testing.T) {
	d := referenceDataset(t)
	_, train := d.splitOutliers()
	w := Defaults()
	w[17], w[18], w[19] = 0.3, 0.2, 0.1 // off the short-term floor
	tr := newTrainer(d, train, w, Config{}.withDefaults())
	perm := make([]int, len(tr.cards))
	for i := range perm {
		perm[i] = i
	}
	bs := tr.batches(perm)
	b := bs[len(bs)/2]
	var g Parameters
	tr.loss(newModel(w), b, &g)
	for i := range w {
		h := 1e-6 * math.Max(1, math.Abs(w[i]))
		up, down := w, w
		up[i] += h
		down[i] -= h
		num := (tr.loss(newModel(up), b, nil) - tr.loss(newModel(down), b, nil)) / (2 * h)
		if math.Abs(num-g[i]) > 1e-4*math.Max(1, math.Abs(num)) {
			t.Errorf("gradient w%d = %.6g, want %.6g (central difference)", i, g[i], num)
		}
	}
}

// TestFitReference fits the synthetic history and checks the fit is as
// good as fsrs-rs's.
func TestFitReference(t *testing.T) {
	d := referenceDataset(t)
	res, err := Fit(context.Background(), d, Config{})
	if err != nil {
		t.Fatal(err)
	}
	if res.Outcome != Fitted {
		t.Fatalf("Fit outcome = %s, want %s", res.Outcome, Fitted)
	}
	got := Evaluate(d, res.Parameters)
	t.Logf("fitted %v", res.Parameters)
	t.Logf("log loss %.6f, RMSE(bins) %.6f", got.LogLoss, got.RMSEBins)
	if got.LogLoss > 0.2777 {
		t.Errorf("fitted log loss = %.6f, want ≤ 0.2777", got.LogLoss)
	}
	if got.RMSEBins > 0.019 {
		t.Errorf("fitted RMSE(bins) = %.6f, want ≤ 0.019", got.RMSEBins)
	}
}
