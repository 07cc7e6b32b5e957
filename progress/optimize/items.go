package optimize

import (
	"cmp"
	"slices"
	"time"
)

// Day maps a time to the number of the learner's day it falls on; two
// reviews on the same day have the same number, a review the next day one
// more.
type Day func(time.Time) int64

// step is one review of a card as the model sees it: its rating and the
// whole days since the card's previous review (0 for the first review and
// for a review on the same day as the one before).
type step struct {
	rating uint8
	delta  int32
}

// card is one question's reviews since it was last reset: steps[start:end].
type card struct {
	start, end int32
}

// item is one prediction: the review at position pos of a card (pos ≥ 1,
// on a later day than the review before), predicted from the reviews
// before it. It is fsrs-rs's FSRSItem holding the card's reviews up to and
// including that one.
type item struct {
	card int32
	pos  int32
}

// Dataset is a review history ready for fitting: each question's scheduled
// reviews in time order and the predictions made from them, in the order of
// the reviews predicted.
type Dataset struct {
	cards   []card
	steps   []step
	items   []item
	reviews int
	// histories counts the questions' histories, those with nothing to
	// predict (a single day of answers) included.
	histories int
}

// Reviews returns how many scheduled reviews the history holds.
func (d *Dataset) Reviews() int { return d.reviews }

// Predictions returns how many reviews can be predicted: every review
// after a question's first that falls on a later day than the one before.
func (d *Dataset) Predictions() int { return len(d.items) }

// Questions returns how many questions the reviews are of, a question
// counted once more after each reset.
func (d *Dataset) Questions() int { return d.histories }

// rawReview is a review as collected, before sorting into histories.
type rawReview struct {
	ms      int64 // time, milliseconds since the epoch
	order   int64 // place in the history (see Builder.Add)
	q       int32 // the question
	seq     int32 // resets of the question before it: its history
	arrival int32 // to keep equal places stable
	rating  uint8
}

// Builder collects the scheduled reviews and resets of a log and builds
// the Dataset. Reviews of one question form one history until the question
// (or its bank) is reset, which starts a new one. They may come in any
// order: each carries its place in the history.
type Builder struct {
	day        Day
	banks      map[string]int32
	questions  []map[string]int32 // per bank: question → index
	qBank      []int32            // per question: its bank
	qResets    map[int32][]int64  // per question: places of its resets
	bankResets map[int32][]int64  // per bank: places of bank-wide resets
	// raw holds the reviews in fixed-size chunks: a slice grown by append
	// would allocate several times its final size on the way.
	raw [][]rawReview
	n   int
}

const chunk = 1 << 16

// NewBuilder returns an empty Builder that counts days with day.
func NewBuilder(day Day) *Builder {
	return &Builder{day: day, banks: map[string]int32{}, qResets: map[int32][]int64{}, bankResets: map[int32][]int64{}}
}

func (b *Builder) bank(name string) int32 {
	bi, ok := b.banks[name]
	if !ok {
		bi = int32(len(b.questions))
		b.banks[name] = bi
		b.questions = append(b.questions, map[string]int32{})
	}
	return bi
}

func (b *Builder) question(bank, question string) int32 {
	bi := b.bank(bank)
	qi, ok := b.questions[bi][question]
	if !ok {
		qi = int32(len(b.qBank))
		b.questions[bi][question] = qi
		b.qBank = append(b.qBank, bi)
	}
	return qi
}

// Add records a scheduled review of bank/question at t with rating 1
// (Again) to 4 (Easy); other ratings are ignored. order is its place in
// the history (the log's causal order; the time will do): a question's
// reviews are taken in this order, and a reset applies to the reviews
// placed after it.
func (b *Builder) Add(bank, question string, t time.Time, rating int, order int64) {
	if rating < 1 || rating > 4 {
		return
	}
	if len(b.raw) == 0 || len(b.raw[len(b.raw)-1]) == chunk {
		b.raw = append(b.raw, make([]rawReview, 0, chunk))
	}
	last := &b.raw[len(b.raw)-1]
	*last = append(*last, rawReview{ms: t.UnixMilli(), order: order, q: b.question(bank, question),
		arrival: int32(b.n), rating: uint8(rating)})
	b.n++
}

// Reset starts bank/question afresh, or every question of bank when
// question is empty: the reviews placed after order begin a new history.
func (b *Builder) Reset(bank, question string, order int64) {
	if question == "" {
		bi := b.bank(bank)
		b.bankResets[bi] = append(b.bankResets[bi], order)
		return
	}
	qi := b.question(bank, question)
	b.qResets[qi] = append(b.qResets[qi], order)
}

// before counts the places in sorted that come before order.
func before(sorted []int64, order int64) int {
	n, _ := slices.BinarySearch(sorted, order)
	return n
}

// Build sorts the reviews into histories and returns the Dataset. The
// Builder is empty afterwards.
func (b *Builder) Build() *Dataset {
	raw := make([]rawReview, 0, b.n)
	for i, c := range b.raw {
		raw = append(raw, c...)
		b.raw[i] = nil // free as it goes
	}
	for _, r := range b.qResets {
		slices.Sort(r)
	}
	for _, r := range b.bankResets {
		slices.Sort(r)
	}
	for i := range raw {
		r := &raw[i]
		r.seq = int32(before(b.qResets[r.q], r.order) + before(b.bankResets[b.qBank[r.q]], r.order))
	}
	*b = *NewBuilder(b.day)
	slices.SortFunc(raw, func(x, y rawReview) int {
		if c := cmp.Compare(x.q, y.q); c != 0 {
			return c
		}
		if c := cmp.Compare(x.seq, y.seq); c != 0 {
			return c
		}
		if c := cmp.Compare(x.order, y.order); c != 0 {
			return c
		}
		return cmp.Compare(x.arrival, y.arrival)
	})
	d := &Dataset{reviews: len(raw), steps: make([]step, 0, len(raw))}
	type timed struct {
		it item
		ms int64
	}
	items := make([]timed, 0, len(raw))
	// The histories, numbered by the place of their first review, so the
	// numbering does not depend on the order the log held them in.
	var groups [][2]int
	for i := 0; i < len(raw); {
		j := i + 1
		for j < len(raw) && raw[j].q == raw[i].q && raw[j].seq == raw[i].seq {
			j++
		}
		groups = append(groups, [2]int{i, j})
		i = j
	}
	d.histories = len(groups)
	slices.SortFunc(groups, func(x, y [2]int) int {
		if c := cmp.Compare(raw[x[0]].order, raw[y[0]].order); c != 0 {
			return c
		}
		return cmp.Compare(raw[x[0]].ms, raw[y[0]].ms)
	})
	for _, g := range groups {
		i, j := g[0], g[1]
		start := int32(len(d.steps))
		ci := int32(len(d.cards))
		var prev int64
		n := 0
		for k := i; k < j; k++ {
			day := b.day(time.UnixMilli(raw[k].ms))
			var delta int64
			if k > i {
				delta = max(day-prev, 0)
			}
			prev = day
			if delta > 0 {
				items = append(items, timed{item{ci, int32(k - i)}, raw[k].ms})
				n++
			}
			d.steps = append(d.steps, step{rating: raw[k].rating, delta: int32(min(delta, 1<<30))})
		}
		if n == 0 {
			// Nothing to predict: keep only the count of reviews.
			d.steps = d.steps[:start]
		} else {
			d.cards = append(d.cards, card{start, int32(len(d.steps))})
		}
	}
	// fsrs-rs weighs recent predictions more, by their place in time order.
	slices.SortFunc(items, func(x, y timed) int {
		if c := cmp.Compare(x.ms, y.ms); c != 0 {
			return c
		}
		if c := cmp.Compare(x.it.card, y.it.card); c != 0 {
			return c
		}
		return cmp.Compare(x.it.pos, y.it.pos)
	})
	d.items = make([]item, len(items))
	for i, t := range items {
		d.items[i] = t.it
	}
	return d
}

// reviewsOf returns the steps of card c.
func (d *Dataset) reviewsOf(c int32) []step {
	cd := d.cards[c]
	return d.steps[cd.start:cd.end]
}
