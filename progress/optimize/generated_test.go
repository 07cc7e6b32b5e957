package optimize

import (
	"context"
	"testing"
)

// TestFitGenerated fits histories simulated from parameters other than the
// reference's, with other seeds, and checks the fit against the truth on
// a second history from the same learner that the fit never saw.
func TestFitGenerated(t *testing.T) {
	learners := []struct {
		name  string
		truth Parameters
		seed  uint64
	}{
		{"quick forgetter", Parameters{0.15, 0.6, 1.8, 6, 7.2, 0.9, 2.2, 0.01, 1.3, 0.25, 0.9, 1.2, 0.1, 0.3, 1.9, 0.5, 1.6, 0.4, 0.3, 0.15, 0.35}, 11},
		{"steady", Parameters{0.5, 1.8, 4.5, 20, 5.2, 0.5, 1.5, 0.05, 2.1, 0.1, 1.3, 2, 0.05, 0.45, 1.1, 0.7, 2.8, 0.7, 0.2, 0.05, 0.12}, 29},
	}
	cards := 2000
	if testing.Short() {
		cards = 800
	}
	for _, l := range learners {
		t.Run(l.name, func(t *testing.T) {
			train := simDataset(simulate(l.truth, cards, 365, l.seed))
			test := simDataset(simulate(l.truth, cards, 365, l.seed+1000))
			res, err := Fit(context.Background(), train, Config{})
			if err != nil {
				t.Fatal(err)
			}
			if res.Outcome != Fitted {
				t.Fatalf("Fit outcome = %s, want %s", res.Outcome, Fitted)
			}
			truth := Evaluate(test, l.truth)
			fit := Evaluate(test, res.Parameters)
			def := Evaluate(test, Defaults())
			t.Logf("%d reviews, %d predictions: log loss truth %.4f fit %.4f default %.4f; RMSE(bins) truth %.4f fit %.4f default %.4f",
				train.Reviews(), train.Predictions(), truth.LogLoss, fit.LogLoss, def.LogLoss, truth.RMSEBins, fit.RMSEBins, def.RMSEBins)
			if fit.LogLoss > truth.LogLoss+0.003 {
				t.Errorf("log loss on unseen history = %.4f, want within 0.003 of the truth's %.4f", fit.LogLoss, truth.LogLoss)
			}
			if fit.RMSEBins > truth.RMSEBins+0.01 {
				t.Errorf("RMSE(bins) on unseen history = %.4f, want within 0.01 of the truth's %.4f", fit.RMSEBins, truth.RMSEBins)
			}
			if fit.LogLoss >= def.LogLoss {
				t.Errorf("log loss on unseen history = %.4f, want below the defaults' %.4f", fit.LogLoss, def.LogLoss)
			}
		})
	}
}
