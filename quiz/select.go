package quiz

import (
	"math/rand/v2"
	"sort"
	"strings"
	"time"

	"github.com/quiz-cli/quiz/progress"
	"github.com/quiz-cli/quiz/questions"
)

// Filter narrows the questions a session draws from.
type Filter struct {
	Tag     string // keep questions (or banks) with this tag
	Section string // keep banks whose section or title this names (see questions.NameFits)
}

// Apply returns the banks, each with only the questions the filter keeps;
// banks left empty are dropped. The input banks are not modified.
func (f Filter) Apply(banks []*questions.Bank) []*questions.Bank {
	if f.Tag == "" && f.Section == "" {
		return banks
	}
	var out []*questions.Bank
	for _, b := range banks {
		if f.Section != "" && !questions.NameFits(b.Section, f.Section) && !questions.NameFits(b.Title, f.Section) {
			continue
		}
		nb := *b
		nb.Questions = nil
		for _, q := range b.Questions {
			if f.Tag == "" || hasTag(q.Tags, f.Tag) || hasTag(b.Tags, f.Tag) {
				nb.Questions = append(nb.Questions, q)
			}
		}
		if len(nb.Questions) > 0 {
			out = append(out, &nb)
		}
	}
	return out
}

func hasTag(tags []string, tag string) bool {
	for _, t := range tags {
		if strings.EqualFold(t, tag) {
			return true
		}
	}
	return false
}

// Retrievabler tells how likely a card is to be recalled now.
type Retrievabler interface {
	CardReader
	Retrievability(c progress.Card, now time.Time) float64
}

// Weakest orders every question neither suspended nor buried at now for practice: the ones you know
// least first — lowest retrievability now, then most failures — and
// questions never seen last, in bank order.
func Weakest(banks []*questions.Bank, cards Retrievabler, now time.Time) []Item {
	type scored struct {
		Item
		r     float64
		fails int
	}
	var seen []scored
	var fresh []Item
	eachActive(banks, cards, now, func(it Item, c progress.Card) {
		if c.Seen == 0 {
			it.New = true
			fresh = append(fresh, it)
			return
		}
		seen = append(seen, scored{it, cards.Retrievability(c, now), c.Seen - c.Correct})
	})
	sort.SliceStable(seen, func(i, j int) bool {
		if seen[i].r != seen[j].r {
			return seen[i].r < seen[j].r
		}
		return seen[i].fails > seen[j].fails
	})
	out := make([]Item, 0, len(seen)+len(fresh))
	for _, s := range seen {
		out = append(out, s.Item)
	}
	return append(out, fresh...)
}

// Shuffled returns every question neither suspended nor buried at now, in
// random order.
func Shuffled(banks []*questions.Bank, cards CardReader, now time.Time, rng *rand.Rand) []Item {
	var out []Item
	eachActive(banks, cards, now, func(it Item, c progress.Card) {
		it.New = c.Seen == 0
		out = append(out, it)
	})
	rng.Shuffle(len(out), func(i, j int) { out[i], out[j] = out[j], out[i] })
	return out
}

// ExamPick draws n questions for a mock exam from pool, spread as evenly as
// possible over the banks, and returns them in bank order so the exam
// follows the article.
func ExamPick(banks []*questions.Bank, pool []Item, n int, rng *rand.Rand) []Item {
	byBank := map[string][]Item{}
	for _, it := range pool {
		byBank[it.Bank.ID] = append(byBank[it.Bank.ID], it)
	}
	n = min(n, len(pool))
	// Round-robin over banks in a random order, so each section is asked
	// about before any is asked about twice.
	order := rng.Perm(len(banks))
	taken := make([]int, len(banks))
	for picked := 0; picked < n; {
		for _, i := range order {
			if picked < n && taken[i] < len(byBank[banks[i].ID]) {
				taken[i]++
				picked++
			}
		}
	}
	var out []Item
	for i, b := range banks {
		out = append(out, byBank[b.ID][:taken[i]]...)
	}
	return out
}
