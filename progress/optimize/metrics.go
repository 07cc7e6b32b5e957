package optimize

import "math"

// Metrics are how well parameters predict a history: every prediction
// weighs the same (fsrs-rs's evaluate weighs recent ones more; these are
// its plain figures).
type Metrics struct {
	// LogLoss is the mean log loss of the predicted chance of recall
	// (lower is better).
	LogLoss float64 `json:"log_loss"`
	// RMSEBins is fsrs-rs's RMSE(bins): predictions are grouped by
	// interval, number of reviews and lapses, and the root mean square of
	// predicted minus actual recall per group is weighted by group size.
	RMSEBins float64 `json:"rmse"`
	// Predictions is how many reviews were predicted.
	Predictions int `json:"predictions"`
}

type binKey struct{ delta, length, lapses uint32 }

type binValue struct{ predicted, actual, count float64 }

// logBin is fsrs-rs's (a · b^floor(log_b x)) rounded.
func logBin(x, a, b float64) uint32 {
	return uint32(math.Round(a * math.Pow(b, math.Floor(math.Log(x)/math.Log(b)))))
}

// Evaluate returns the metrics of parameters w on d, each prediction
// weighing the same. Parameters are clipped as fsrs-rs does before use.
func Evaluate(d *Dataset, w Parameters) Metrics {
	m := newModel(w.Clip(false))
	item := make([]bool, len(d.steps))
	for _, it := range d.items {
		item[d.cards[it.card].start+it.pos] = true
	}
	bins := map[binKey]*binValue{}
	var loss float64
	n := 0
	for ci := range d.cards {
		cd := d.cards[ci]
		steps := d.steps[cd.start:cd.end]
		isItem := item[cd.start:cd.end]
		var s, dd float64
		longTerm, lapses := 0, 0
		for i, st := range steps {
			if st.delta > 0 {
				longTerm++
			}
			if i > 0 && isItem[i] {
				r := m.retrievability(float64(st.delta), s)
				y := 0.0
				if st.rating > 1 {
					y = 1
				}
				loss += -(y*math.Log(r) + (1-y)*math.Log(1-r))
				n++
				k := binKey{
					delta:  uint32(math.Round(2.48 * math.Pow(3.62, math.Floor(math.Log(float64(st.delta))/math.Log(3.62))) * 100)),
					length: logBin(float64(longTerm)+1, 1.99, 1.89),
				}
				if lapses > 0 {
					k.lapses = logBin(float64(lapses), 1.65, 1.73)
				}
				b := bins[k]
				if b == nil {
					b = &binValue{}
					bins[k] = b
				}
				b.predicted += r
				b.actual += y
				b.count++
			}
			if st.rating == 1 && st.delta > 0 {
				lapses++
			}
			s, dd = m.forward(s, dd, st, i, nil)
		}
	}
	if n == 0 {
		return Metrics{}
	}
	var sq, wsum float64
	for _, b := range bins {
		e := b.predicted/b.count - b.actual/b.count
		sq += e * e * b.count
		wsum += b.count
	}
	return Metrics{LogLoss: loss / float64(n), RMSEBins: math.Sqrt(sq / wsum), Predictions: n}
}
