package quiz

import (
	"sort"
	"time"

	"github.com/quiz-cli/quiz/progress"
	"github.com/quiz-cli/quiz/questions"
)

// Store is what a session needs from the progress store.
type Store interface {
	Card(bank, question string) (progress.Card, bool)
	Record(progress.Entry) (progress.Card, error)
	Undo(now time.Time) (progress.Entry, error)
	// Rerate gives the last answer another rating, in one write.
	Rerate(now time.Time, rating progress.Rating) (progress.Card, error)
	Today(now time.Time) (introduced, reviewed int, err error)
	Settings() progress.Settings
}

// CardReader reads derived card state; Plan and Counts need only this.
type CardReader interface {
	Card(bank, question string) (progress.Card, bool)
}

// Item is one question of a session, with the bank it belongs to.
type Item struct {
	Bank *questions.Bank
	Q    *questions.Question
	New  bool // never answered before
}

// Limits caps a study session.
type Limits struct {
	Session int // questions in the session
	New     int // new questions still allowed today
	Reviews int // reviews still allowed today
}

// Plan picks a study session: due reviews first, most overdue first, then
// new questions in bank order (the article's order for the built-in course),
// within the limits. Suspended questions are left out, and so are buried
// ones until they come back.
func Plan(banks []*questions.Bank, cards CardReader, now time.Time, lim Limits) []Item {
	nReviews := max(0, min(lim.Session, lim.Reviews))
	nNew := max(0, min(lim.Session, lim.New))
	// The nReviews most overdue, kept in a bounded heap rather than
	// sorting every due card: a heavy user has tens of thousands due.
	reviews := dueHeap{}
	var fresh []Item
	seq := 0
	eachActive(banks, cards, now, func(it Item, c progress.Card) {
		switch {
		case c.Reps == 0:
			if len(fresh) < nNew {
				it.New = true
				fresh = append(fresh, it)
			}
		case !c.Due.After(now):
			reviews.push(dueItem{it, c.Due, seq}, nReviews)
			seq++
		}
	})
	items := reviews.sorted()
	for _, it := range fresh {
		if len(items) >= lim.Session {
			break
		}
		items = append(items, it)
	}
	return items
}

// dueItem is a due review; seq orders reviews due at the same time as
// they were found, in bank order.
type dueItem struct {
	Item
	at  time.Time
	seq int
}

func (a dueItem) before(b dueItem) bool {
	if !a.at.Equal(b.at) {
		return a.at.Before(b.at)
	}
	return a.seq < b.seq
}

// dueHeap keeps the earliest due reviews seen so far, at most a given
// number, with the latest of them on top.
type dueHeap []dueItem

// push adds d, dropping the latest review when there are more than n.
func (h *dueHeap) push(d dueItem, n int) {
	if n <= 0 {
		return
	}
	if len(*h) == n {
		if !d.before((*h)[0]) {
			return
		}
		(*h)[0] = d
		h.down(0)
		return
	}
	*h = append(*h, d)
	for i := len(*h) - 1; i > 0; {
		p := (i - 1) / 2
		if !(*h)[p].before((*h)[i]) {
			break
		}
		(*h)[p], (*h)[i] = (*h)[i], (*h)[p]
		i = p
	}
}

func (h dueHeap) down(i int) {
	for {
		l, top := 2*i+1, i
		if l < len(h) && h[top].before(h[l]) {
			top = l
		}
		if r := l + 1; r < len(h) && h[top].before(h[r]) {
			top = r
		}
		if top == i {
			return
		}
		h[i], h[top] = h[top], h[i]
		i = top
	}
}

// sorted returns the reviews kept, most overdue first.
func (h dueHeap) sorted() []Item {
	sort.Slice(h, func(i, j int) bool { return h[i].before(h[j]) })
	items := make([]Item, len(h))
	for i, d := range h {
		items[i] = d.Item
	}
	return items
}

// eachActive calls fn with every question of banks that is neither
// suspended nor buried at now, in bank order, and its card (the zero Card
// when never answered).
func eachActive(banks []*questions.Bank, cards CardReader, now time.Time, fn func(it Item, c progress.Card)) {
	for _, b := range banks {
		for _, q := range b.Questions {
			c, _ := cards.Card(b.ID, q.ID)
			if !c.Suspended && !c.Buried.After(now) {
				fn(Item{Bank: b, Q: q}, c)
			}
		}
	}
}

// BankCounts is how many of a bank's questions are new and due now.
type BankCounts struct {
	Questions, New, Due, Suspended int
	// Buried counts questions buried until later (not in New or Due).
	Buried int
	// Next is when the next question that is not yet due comes due (zero if
	// none).
	Next time.Time
}

// Count tallies new and due questions of a bank.
func Count(b *questions.Bank, cards CardReader, now time.Time) BankCounts {
	n := BankCounts{Questions: len(b.Questions)}
	for _, q := range b.Questions {
		c, ok := cards.Card(b.ID, q.ID)
		switch {
		case ok && c.Suspended:
			n.Suspended++
		case ok && c.Buried.After(now):
			n.Buried++
		case !ok || c.Reps == 0:
			n.New++
		case !c.Due.After(now):
			n.Due++
		case n.Next.IsZero() || c.Due.Before(n.Next):
			n.Next = c.Due
		}
	}
	return n
}
