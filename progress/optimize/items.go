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
}

// Reviews returns how many scheduled reviews the history holds.
func (d *Dataset) Reviews() int { return d.reviews }

// Predictions returns how many reviews can be predicted: every review
// after a question's first that falls on a later day than the one before.
func (d *Dataset) Predictions() int { return len(d.items) }

// Questions returns how many review histories (questions, counted afresh
// after a reset) the dataset holds.
func (d *Dataset) Questions() int { return len(d.cards) }

// rawReview is a review as collected, before sorting into cards.
type rawReview struct {
	ms     int64 // time, milliseconds since the epoch
	seq    int32 // the history it belongs to
	order  int32 // arrival, to keep equal times stable
	rating uint8
}

// Builder collects the scheduled reviews of a log in log order and builds
// the Dataset. Reviews of one question form one history until the question
// (or its bank) is reset, which starts a new one.
type Builder struct {
	day     Day
	banks   map[string]map[string]int32
	raw     []rawReview
	nextSeq int32
}

// NewBuilder returns an empty Builder that counts days with day.
func NewBuilder(day Day) *Builder {
	return &Builder{day: day, banks: map[string]map[string]int32{}}
}

// Add records a scheduled review of bank/question at t with rating 1
// (Again) to 4 (Easy); other ratings are ignored.
func (b *Builder) Add(bank, question string, t time.Time, rating int) {
	if rating < 1 || rating > 4 {
		return
	}
	qs := b.banks[bank]
	if qs == nil {
		qs = map[string]int32{}
		b.banks[bank] = qs
	}
	seq, ok := qs[question]
	if !ok {
		seq = b.nextSeq
		b.nextSeq++
		qs[question] = seq
	}
	b.raw = append(b.raw, rawReview{ms: t.UnixMilli(), seq: seq, order: int32(len(b.raw)), rating: uint8(rating)})
}

// Reset starts bank/question afresh, or every question of bank when
// question is empty: later reviews begin a new history.
func (b *Builder) Reset(bank, question string) {
	if question == "" {
		delete(b.banks, bank)
		return
	}
	delete(b.banks[bank], question)
}

// Build sorts the reviews into histories and returns the Dataset. The
// Builder is empty afterwards.
func (b *Builder) Build() *Dataset {
	raw := b.raw
	b.raw, b.banks, b.nextSeq = nil, map[string]map[string]int32{}, 0
	slices.SortFunc(raw, func(x, y rawReview) int {
		if c := cmp.Compare(x.seq, y.seq); c != 0 {
			return c
		}
		if c := cmp.Compare(x.ms, y.ms); c != 0 {
			return c
		}
		return cmp.Compare(x.order, y.order)
	})
	d := &Dataset{reviews: len(raw), steps: make([]step, 0, len(raw))}
	type timed struct {
		it item
		ms int64
	}
	var items []timed
	for i := 0; i < len(raw); {
		j := i + 1
		for j < len(raw) && raw[j].seq == raw[i].seq {
			j++
		}
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
		i = j
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
