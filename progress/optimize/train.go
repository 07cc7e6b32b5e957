package optimize

import (
	"context"
	"math"
	"math/rand/v2"
	"slices"
)

// Training (fsrs-rs training.rs): Adam on the log loss of every prediction,
// recent predictions weighing more, a prior toward the starting parameters,
// fsrs-rs's bounds after every step, and the best epoch kept.

// Config holds the training hyperparameters; the zero value means
// fsrs-rs's defaults.
type Config struct {
	Epochs       int     // passes over the data (5)
	BatchSize    int     // predictions per step (512)
	LearningRate float64 // Adam's starting step size (0.04), cosine-annealed
	Gamma        float64 // strength of the prior toward the defaults (1; must be > 0)
	MaxSeqLen    int     // longest history a prediction may have (256 reviews)
	Seed         uint64  // order of the batches (2023)
	// Progress, when set, is called after each batch with the steps done
	// and the steps in all; it must not block for long.
	Progress func(done, total int)
}

func (c Config) withDefaults() Config {
	if c.Epochs <= 0 {
		c.Epochs = 5
	}
	if c.BatchSize <= 0 {
		c.BatchSize = 512
	}
	if c.LearningRate <= 0 || math.IsNaN(c.LearningRate) {
		c.LearningRate = 4e-2
	}
	if !(c.Gamma > 0) {
		c.Gamma = 1
	}
	if c.MaxSeqLen <= 0 {
		c.MaxSeqLen = 256
	}
	if c.Seed == 0 {
		c.Seed = 2023
	}
	return c
}

// Outcome says how much of the fit the data allowed.
type Outcome string

// Outcomes of Fit, by fsrs-rs's rules.
const (
	// TooFew: fewer than MinPredictions usable predictions; the defaults
	// are kept.
	TooFew Outcome = "too-few"
	// InitialOnly: too few predictions beyond each question's first for a
	// full fit (fewer than MinFullFit); only w0–w3 were fitted.
	InitialOnly Outcome = "initial-only"
	// Fitted: all 21 parameters were fitted.
	Fitted Outcome = "fitted"
)

// The thresholds of fsrs-rs's compute_parameters.
const (
	MinPredictions = 8  // below this the defaults are kept
	MinFullFit     = 64 // below this only w0–w3 are fitted
)

// Result is the outcome of Fit.
type Result struct {
	Parameters Parameters
	Outcome    Outcome
	// Predictions used for training, after fsrs-rs's outlier filter.
	TrainPredictions int
}

// Fit fits the 21 parameters to d as fsrs-rs's compute_parameters does
// (with short-term parameters enabled and one relearning step). It stops
// with ctx's error when ctx is done.
func Fit(ctx context.Context, d *Dataset, cfg Config) (Result, error) {
	cfg = cfg.withDefaults()
	init, train := d.splitOutliers()
	res := Result{Parameters: Defaults(), Outcome: TooFew, TrainPredictions: len(train)}
	if len(train) < MinPredictions {
		return res, nil
	}
	s0, counts, err := d.initialStability(init, d.averageRecall(train))
	if err != nil {
		return res, nil // no first ratings to learn from: keep the defaults
	}
	start := Defaults()
	copy(start[:4], s0[:])
	res.Parameters, res.Outcome = start, InitialOnly
	if len(train) == len(init) || len(train) < MinFullFit {
		return res, nil
	}
	tr := newTrainer(d, train, start, cfg)
	if tr.total == 0 {
		return res, nil // every history longer than MaxSeqLen
	}
	w, err := tr.run(ctx)
	if err != nil {
		return Result{}, err
	}
	for _, v := range w {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return res, nil
		}
	}
	// The fitted initial stabilities are smoothed as the pre-trained ones
	// were.
	stab := map[int]float64{1: w[0], 2: w[1], 3: w[2], 4: w[3]}
	if s, err := smoothAndFill(stab, counts); err == nil {
		copy(w[:4], s[:])
	}
	res.Parameters, res.Outcome = w, Fitted
	return res, nil
}

// batch is a group of whole cards with at most BatchSize predictions
// between them (fsrs-rs's windowed batches: one pass over a card scores
// all its predictions).
type batch struct {
	cards []int32
	size  int // predictions
}

type trainer struct {
	d      *Dataset
	cfg    Config
	start  Parameters
	weight []float32 // per step: the weight of its prediction, 0 if none
	cards  []int32   // the cards with predictions to train on
	size   []int32   // predictions of each of cards
	total  int
	caches []cache
	gRs    []float64
}

// batches deals the cards, in the order given by perm, into batches of
// at most BatchSize predictions (a card with more fills one alone).
func (t *trainer) batches(perm []int) []batch {
	var out []batch
	var cur batch
	for _, i := range perm {
		n := int(t.size[i])
		if len(cur.cards) > 0 && cur.size+n > t.cfg.BatchSize {
			out = append(out, cur)
			cur = batch{}
		}
		cur.cards = append(cur.cards, t.cards[i])
		cur.size += n
	}
	if len(cur.cards) > 0 {
		out = append(out, cur)
	}
	return out
}

func newTrainer(d *Dataset, train []item, start Parameters, cfg Config) *trainer {
	t := &trainer{d: d, cfg: cfg, start: start, weight: make([]float32, len(d.steps))}
	// Recency weights by place in time order, from 0.25 to 1.
	length := math.Max(float64(len(train))-1, 1)
	perCard := map[int32]int{}
	for i, it := range train {
		if int(it.pos)+1 > cfg.MaxSeqLen {
			continue
		}
		w := 0.25 + 0.75*math.Pow(float64(float32(float64(i)/length)), 3)
		t.weight[d.cards[it.card].start+it.pos] = float32(w)
		perCard[it.card]++
		t.total++
	}
	t.cards = make([]int32, 0, len(perCard))
	for c := range perCard {
		t.cards = append(t.cards, c)
	}
	slices.Sort(t.cards)
	t.size = make([]int32, len(t.cards))
	for i, c := range t.cards {
		t.size[i] = int32(perCard[c])
	}
	return t
}

// loss returns the summed weighted log loss of batch b, adding its
// gradient to g when g is not nil.
func (t *trainer) loss(m *model, b batch, g *Parameters) float64 {
	var l float64
	for _, c := range b.cards {
		cd := t.d.cards[c]
		l += m.cardLoss(t.d.steps[cd.start:cd.end], t.weight[cd.start:cd.end], g, &t.caches, &t.gRs)
	}
	return l
}

// penalty is the prior: the squared distance from the starting parameters
// in units of their spread across users, for a batch of size predictions.
func (t *trainer) penalty(w Parameters, size int) float64 {
	var p float64
	for i := range w {
		dv := w[i] - t.start[i]
		p += dv * dv / (paramsStddev[i] * paramsStddev[i])
	}
	return p * t.cfg.Gamma * float64(size) / float64(t.total)
}

func (t *trainer) run(ctx context.Context) (Parameters, error) {
	cfg := t.cfg
	iterations := (t.total/cfg.BatchSize + 1) * cfg.Epochs
	lr := newCosine(float64(iterations), cfg.LearningRate)
	w := t.start
	var adam adam
	best, bestLoss := w, math.Inf(1)
	rng := rand.New(rand.NewPCG(cfg.Seed, cfg.Seed^0x9e3779b97f4a7c15))
	perm := make([]int, len(t.cards))
	for i := range perm {
		perm[i] = i
	}
	all := t.batches(perm) // for the loss of each epoch
	// The number of batches varies a little with the deal: an estimate.
	// Progress counts a training batch as two steps and a batch of the
	// loss after each epoch (no gradient) as one.
	steps, done := cfg.Epochs*3*len(all), 0
	report := func(n int) {
		done += n
		if cfg.Progress != nil {
			cfg.Progress(min(done, steps), steps)
		}
	}
	for range cfg.Epochs {
		rng.Shuffle(len(perm), func(i, j int) { perm[i], perm[j] = perm[j], perm[i] })
		for _, b := range t.batches(perm) {
			if err := ctx.Err(); err != nil {
				return Parameters{}, err
			}
			rate := lr.step()
			var g Parameters
			t.loss(newModel(w), b, &g)
			scale := cfg.Gamma * float64(b.size) / float64(t.total)
			for i := range g {
				g[i] += 2 * (w[i] - t.start[i]) / (paramsStddev[i] * paramsStddev[i]) * scale
			}
			adam.step(&w, &g, rate)
			w = w.Clip(true)
			report(2)
		}
		m := newModel(w)
		var l float64
		for _, b := range all {
			l += t.loss(m, b, nil) + t.penalty(w, b.size)
			report(1)
		}
		l /= float64(t.total)
		if l < bestLoss {
			best, bestLoss = w, l
		}
	}
	return best, nil
}

// adam is the Adam optimiser as fsrs-rs's HostAdam.
type adam struct {
	m, v Parameters
	t    int
}

func (a *adam) step(w, g *Parameters, lr float64) {
	const beta1, beta2, eps = 0.9, 0.999, 1e-8
	a.t++
	b1 := 1 - math.Pow(beta1, float64(a.t))
	b2 := 1 - math.Pow(beta2, float64(a.t))
	for i := range w {
		a.m[i] = beta1*a.m[i] + (1-beta1)*g[i]
		a.v[i] = beta2*a.v[i] + (1-beta2)*g[i]*g[i]
		w[i] -= lr * (a.m[i] / b1) / (math.Sqrt(a.v[i]/b2) + eps)
	}
}

// cosine is PyTorch's CosineAnnealingLR (recursive form) as fsrs-rs uses.
type cosine struct {
	tMax, init, lr, n float64
}

func newCosine(tMax, init float64) *cosine { return &cosine{tMax: tMax, init: init, lr: init, n: -1} }

func (c *cosine) step() float64 {
	c.n++
	switch {
	case c.n == 0:
		c.lr = c.init
	case math.Mod(c.n-1-c.tMax, 2*c.tMax) == 0:
		c.lr = c.init * (1 - math.Cos(math.Pi/c.tMax)) / 2
	default:
		c.lr = (1 + math.Cos(math.Pi*c.n/c.tMax)) / (1 + math.Cos(math.Pi*(c.n-1)/c.tMax)) * c.lr
	}
	return c.lr
}
