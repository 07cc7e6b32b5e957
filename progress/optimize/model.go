package optimize

import "math"

// The forward model is FSRS-6 exactly as fsrs-rs computes it (model.rs,
// analytic.rs), in float64; the backward pass differentiates the branch
// the forward pass took, as fsrs-rs's analytic gradients do.

const (
	minProb = 1e-7
	maxProb = 1 - 1e-7
)

// model holds parameters and the values derived from them once.
type model struct {
	w        Parameters
	decay    float64 // -w20
	factor   float64 // so that R(S, S) = 0.9
	dFactor  float64 // d factor / d decay
	expW8    float64
	floorDiv float64 // exp(w17·w18)
	easyD    float64 // initial difficulty after Easy
	exp3w5   float64
}

func newModel(w Parameters) *model {
	m := &model{w: w}
	m.decay = -w[20]
	c := math.Log(0.9)
	e := math.Exp(c / m.decay)
	m.factor = e - 1
	m.dFactor = e * (-c / (m.decay * m.decay))
	m.expW8 = math.Exp(w[8])
	m.floorDiv = math.Exp(w[17] * w[18])
	m.easyD = initDifficulty(&w, 4)
	m.exp3w5 = math.Exp(3 * w[5])
	return m
}

func clamp(x, lo, hi float64) float64 { return math.Min(math.Max(x, lo), hi) }

// inside is the gradient of a clamp: it passes on the boundary, as in
// Burn and PyTorch, and stops outside.
func inside(x, lo, hi float64) float64 {
	if x >= lo && x <= hi {
		return 1
	}
	return 0
}

func initDifficulty(w *Parameters, rating int) float64 {
	return w[4] - math.Exp(w[5]*float64(rating-1)) + 1
}

// retrievability is the power forgetting curve: the chance of recall t
// days after a review that left stability s.
func (m *model) retrievability(t, s float64) float64 {
	if t == 0 {
		return 1
	}
	// exp·log rather than math.Pow: the same to 1e-15, and the hottest
	// line of the optimizer.
	return math.Exp(m.decay * math.Log(t/s*m.factor+1))
}

// Branches of a step.
const (
	kindInit uint8 = iota
	kindShort
	kindFailure
	kindFloor
	kindSuccess
)

// cache keeps what the backward pass needs of one step, so that it
// computes no power, exponential or logarithm the forward pass did.
type cache struct {
	s, d       float64 // state before the step (clamped)
	r          float64 // retrievability at the review
	preS       float64 // new stability before clamping
	meanD      float64 // new difficulty before clamping
	raw        float64 // short-term factor or failure stability
	rating     float64
	t          float64
	logS       float64 // ln s (short term, success)
	logD       float64 // ln d (failure)
	logS1      float64 // ln(s+1) (failure)
	pw         float64 // s^-w9 (success), (s+1)^w13 (failure)
	dPow       float64 // d^-w12 (failure)
	ex         float64 // e^((1-r)·w10) (success), e^((1-r)·w14) (failure)
	kind       uint8
	shortFloor bool // the short-term factor was raised to 1
}

// forward applies review st (position pos of its card) to state (s, d)
// and returns the new state; c, when not nil, is filled for backward.
func (m *model) forward(s, d float64, st step, pos int, c *cache) (float64, float64) {
	w := &m.w
	rating := float64(st.rating)
	if pos == 0 {
		ri := int(st.rating)
		preS := w[ri-1]
		rawD := initDifficulty(w, ri)
		if c != nil {
			*c = cache{preS: preS, meanD: rawD, rating: rating, kind: kindInit}
		}
		return clamp(preS, sMin, sMax), clamp(rawD, dMin, dMax)
	}
	lastS, lastD := clamp(s, sMin, sMax), clamp(d, dMin, dMax)
	t := float64(st.delta)
	r := m.retrievability(t, lastS)
	var newS, raw, logS, logD, logS1, pw, dPow, ex float64
	kind := kindSuccess
	shortFloor := false
	// Powers as exp·log: math.Pow is several times slower, and the
	// results agree to 1e-15.
	switch {
	case st.delta == 0:
		kind = kindShort
		logS = math.Log(lastS)
		raw = math.Exp(w[17]*(rating-3+w[18]) - w[19]*logS)
		v := raw
		if rating >= 2 && raw < 1 {
			v, shortFloor = 1, true
		}
		newS = lastS * v
	case st.rating == 1:
		kind = kindFailure
		logD, logS1 = math.Log(lastD), math.Log(lastS+1)
		dPow, pw = math.Exp(-w[12]*logD), math.Exp(w[13]*logS1)
		ex = math.Exp((1 - r) * w[14])
		raw = w[11] * dPow * (pw - 1) * ex
		newS = raw
		if floor := lastS / m.floorDiv; floor < raw {
			kind, newS = kindFloor, floor
		}
	default:
		hard, easy := 1.0, 1.0
		if st.rating == 2 {
			hard = w[15]
		}
		if st.rating == 4 {
			easy = w[16]
		}
		logS = math.Log(lastS)
		pw = math.Exp(-w[9] * logS)
		ex = math.Exp((1 - r) * w[10])
		inc := m.expW8 * (11 - lastD) * pw * (ex - 1) * hard * easy
		newS = lastS * (inc + 1)
	}
	nextD := lastD + (10-lastD)*(-w[6]*(rating-3))/9
	meanD := w[7]*(m.easyD-nextD) + nextD
	if c != nil {
		*c = cache{s: lastS, d: lastD, r: r, preS: newS, meanD: meanD, raw: raw, rating: rating, t: t,
			logS: logS, logD: logD, logS1: logS1, pw: pw, dPow: dPow, ex: ex, kind: kind, shortFloor: shortFloor}
	}
	return clamp(newS, sMin, sMax), clamp(meanD, dMin, dMax)
}

// curveBackward adds the gradient of R(t, s) times gR to g[20] and returns
// its part for s.
func (m *model) curveBackward(t, s, r, gR float64, g *Parameters) float64 {
	if gR == 0 {
		return 0
	}
	base := t/s*m.factor + 1
	gS := gR * r * m.decay / base * (-t * m.factor / (s * s))
	dRdDecay := r * (math.Log(base) + m.decay/base*(t/s*m.dFactor))
	g[20] -= gR * dRdDecay
	return gS
}

// backward takes the gradients of the loss for the state after step c
// (gS, gD) plus gR for its retrievability, adds those of the parameters to
// g, and returns the gradients for the state before the step.
func (m *model) backward(c *cache, gS, gD, gR float64, g *Parameters) (float64, float64) {
	w := &m.w
	gPreS := gS * inside(c.preS, sMin, sMax)
	if c.kind == kindInit {
		ri := int(c.rating)
		g[ri-1] += gPreS
		if gd := gD * inside(c.meanD, dMin, dMax); gd != 0 {
			off := float64(ri - 1)
			g[4] += gd
			g[5] += gd * -off * math.Exp(off*w[5])
		}
		return 0, 0
	}
	s, d, r := c.s, c.d, c.r
	var gLastS, gLastD float64
	switch c.kind {
	case kindShort:
		gLastS += gPreS * c.preS / s
		if !c.shortFloor && gPreS != 0 {
			gRaw := gPreS * s * c.raw
			g[17] += gRaw * (c.rating - 3 + w[18])
			g[18] += gRaw * w[17]
			g[19] += gRaw * -c.logS
			gLastS += gRaw * (-w[19] / s)
		}
	case kindFloor:
		g[17] += gPreS * c.preS * -w[18]
		g[18] += gPreS * c.preS * -w[17]
		gLastS += gPreS / m.floorDiv
	case kindFailure:
		if gPreS != 0 {
			raw, p, dPow, er := c.raw, c.pw, c.dPow, c.ex
			g[11] += gPreS * raw / w[11]
			g[12] += gPreS * raw * -c.logD
			g[13] += gPreS * w[11] * dPow * er * p * c.logS1
			g[14] += gPreS * raw * (1 - r)
			gLastS += gPreS * w[11] * dPow * er * w[13] * p / (s + 1)
			gLastD += gPreS * raw * (-w[12] / d)
			gR += gPreS * raw * -w[14]
		}
	case kindSuccess:
		if gPreS != 0 {
			hard, easy := 1.0, 1.0
			if c.rating == 2 {
				hard = w[15]
			}
			if c.rating == 4 {
				easy = w[16]
			}
			a := m.expW8
			b := 11 - d
			cs, ex := c.pw, c.ex
			e := ex - 1
			inc := a * b * cs * e * hard * easy
			gInc := gPreS * s
			gLastS += gPreS*(inc+1) + gInc*inc*(-w[9]/s)
			gLastD += -gInc * a * cs * e * hard * easy
			gR += gInc * a * b * cs * hard * easy * (-w[10] * ex)
			g[8] += gInc * inc
			g[9] += gInc * inc * -c.logS
			g[10] += gInc * a * b * cs * hard * easy * (1 - r) * ex
			if c.rating == 2 {
				g[15] += gInc * a * b * cs * e * easy
			}
			if c.rating == 4 {
				g[16] += gInc * a * b * cs * e * hard
			}
		}
	}
	// Difficulty: linear damping, then mean reversion toward Easy's
	// initial difficulty, then the clamp.
	if gMean := gD * inside(c.meanD, dMin, dMax); gMean != 0 {
		rm3 := c.rating - 3
		deltaD := -w[6] * rm3
		nextD := d + (10-d)*deltaD/9
		g[7] += gMean * (m.easyD - nextD)
		g[4] += gMean * w[7]
		g[5] += gMean * w[7] * -3 * m.exp3w5
		gNext := gMean * (1 - w[7])
		g[6] += gNext * (10 - d) * -rm3 / 9
		gLastD += gNext * (1 - deltaD/9)
	}
	gLastS += m.curveBackward(c.t, s, r, gR, g)
	return gLastS, gLastD
}

// bce is the weighted log loss of predicting r for a review recalled
// (label 1) or forgotten (0), with its derivative in r. As in training,
// r is kept inside [1e-7, 1-1e-7].
func bce(r, label, weight float64) (float64, float64) {
	rc := clamp(r, minProb, maxProb)
	loss := -(label*math.Log(rc) + (1-label)*math.Log(1-rc)) * weight
	if r <= minProb || r >= maxProb {
		return loss, 0
	}
	return loss, -weight * (label/rc - (1-label)/(1-rc))
}

// cardLoss returns the weighted log loss of the predictions of one card's
// steps (weight[i] is the weight of the prediction at position i, zero
// where there is none) and, when g is not nil, adds its gradient to g.
// caches and gRs are scratch space.
func (m *model) cardLoss(steps []step, weight []float32, g *Parameters, caches *[]cache, gRs *[]float64) float64 {
	n := len(steps)
	for n > 0 && weight[n-1] == 0 {
		n--
	}
	if n == 0 {
		return 0
	}
	need := g != nil
	if need {
		if cap(*caches) < n {
			*caches = make([]cache, n)
			*gRs = make([]float64, n)
		}
		*caches, *gRs = (*caches)[:n], (*gRs)[:n]
	}
	var loss, s, d float64
	for i := range n {
		var c *cache
		if need {
			c = &(*caches)[i]
			(*gRs)[i] = 0
		}
		if i > 0 && weight[i] != 0 {
			label := 0.0
			if steps[i].rating > 1 {
				label = 1
			}
			r := m.retrievability(float64(steps[i].delta), clamp(s, sMin, sMax))
			l, gr := bce(r, label, float64(weight[i]))
			loss += l
			if need {
				(*gRs)[i] = gr
			}
		}
		if i == n-1 {
			// The state after the last prediction is not needed, but
			// its retrievability gradient is, through the cache.
			if need {
				m.forward(s, d, steps[i], i, c)
			}
			break
		}
		s, d = m.forward(s, d, steps[i], i, c)
	}
	if !need {
		return loss
	}
	// The last step's own output feeds nothing: only its retrievability.
	gS, gD := 0.0, 0.0
	cs, gr := *caches, *gRs
	for i := n - 1; i >= 0; i-- {
		if i == n-1 {
			// Only dL/dR at the last review: route it through the curve.
			c := &cs[i]
			if i > 0 {
				gS = m.curveBackward(c.t, c.s, c.r, gr[i], g)
				gD = 0
			}
			continue
		}
		gS, gD = m.backward(&cs[i], gS, gD, gr[i], g)
	}
	return loss
}
