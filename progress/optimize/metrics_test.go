package optimize

import (
	"math"
	"strconv"
	"testing"
	"time"
)

// utcDay counts days that begin at hour o'clock UTC.
func utcDay(hour int) Day {
	return func(t time.Time) int64 { return (t.Unix() - int64(hour)*3600) / 86400 }
}

// referenceDay is the day boundary the reference history was built with.
var referenceDay = utcDay(4)

func referenceDataset(t testing.TB) *Dataset {
	b := NewBuilder(referenceDay)
	for _, r := range loadHistory(t) {
		b.Add("synthetic", strconv.Itoa(r.Card), time.UnixMilli(r.Time), r.Rating, r.Time)
	}
	return b.Build()
}

// TestEvaluateReference checks item building and the forward model
// against fsrs-rs's own figures for the default and its fitted parameters.
func TestEvaluateReference(t *testing.T) {
	ref := loadReference(t)
	d := referenceDataset(t)
	if d.Predictions() != ref.Items {
		t.Errorf("Predictions() = %d, want %d", d.Predictions(), ref.Items)
	}
	for _, tc := range []struct {
		name string
		w    Parameters
	}{{"default", ref.Default}, {"fitted", ref.Fitted}, {"true", ref.True}} {
		got := Evaluate(d, tc.w)
		t.Logf("%s: log loss %.6f, RMSE(bins) %.6f", tc.name, got.LogLoss, got.RMSEBins)
		want := ref.Plain[tc.name]
		if math.Abs(got.LogLoss-want.LogLoss) > 1e-4 {
			t.Errorf("Evaluate(%s).LogLoss = %.6f, want %.6f", tc.name, got.LogLoss, want.LogLoss)
		}
		if math.Abs(got.RMSEBins-want.RMSEBins) > 1e-4 {
			t.Errorf("Evaluate(%s).RMSEBins = %.6f, want %.6f", tc.name, got.RMSEBins, want.RMSEBins)
		}
	}
}

func TestIntervalChange(t *testing.T) {
	ref := loadReference(t)
	d := referenceDataset(t)
	if got := IntervalChange(d, ref.Default, ref.Default, 0.9); got != 0 {
		t.Errorf("IntervalChange(defaults, defaults) = %v, want 0", got)
	}
	// The learner of the reference history keeps things longer than
	// the defaults say (w3 12 against 8.3, slower decay).
	up := IntervalChange(d, ref.Default, ref.True, 0.9)
	down := IntervalChange(d, ref.True, ref.Default, 0.9)
	if !(up > 0.05) || math.Abs((1+up)*(1+down)-1) > 1e-9 {
		t.Errorf("IntervalChange to the truth = %v and back = %v, want a rise and its inverse", up, down)
	}
	if got := Defaults().Interval(Defaults()[2], 0.9); math.Abs(got-Defaults()[2]) > 1e-9 {
		t.Errorf("Interval(S, 0.9) = %v, want S = %v", got, Defaults()[2])
	}
}
