package quiz

import (
	"fmt"
	"math/rand/v2"
	"sort"
	"testing"
	"time"

	"github.com/quiz-cli/quiz/progress"
	"github.com/quiz-cli/quiz/questions"
)

// planBySorting is Plan as it was written first: every due review sorted,
// then the limits applied. Plan must pick the same items.
func planBySorting(banks []*questions.Bank, cards CardReader, now time.Time, lim Limits) []Item {
	type due struct {
		Item
		at time.Time
	}
	var reviews []due
	var fresh []Item
	eachActive(banks, cards, now, func(it Item, c progress.Card) {
		switch {
		case c.Reps == 0:
			it.New = true
			fresh = append(fresh, it)
		case !c.Due.After(now):
			reviews = append(reviews, due{it, c.Due})
		}
	})
	sort.SliceStable(reviews, func(i, j int) bool { return reviews[i].at.Before(reviews[j].at) })
	var items []Item
	for _, r := range reviews {
		if len(items) >= lim.Session || len(items) >= lim.Reviews {
			break
		}
		items = append(items, r.Item)
	}
	for i, it := range fresh {
		if len(items) >= lim.Session || i >= lim.New {
			break
		}
		items = append(items, it)
	}
	return items
}

type mapCards map[string]progress.Card

func (m mapCards) Card(bank, question string) (progress.Card, bool) {
	c, ok := m[questions.Key(bank, question)]
	return c, ok
}

// TestPlanMatchesSorting checks the bounded selection against sorting
// everything, on random schedules with many reviews due at the same time.
func TestPlanMatchesSorting(t *testing.T) {
	now := time.Date(2026, 3, 1, 10, 0, 0, 0, time.UTC)
	rng := rand.New(rand.NewPCG(1, 2))
	for round := range 200 {
		var banks []*questions.Bank
		cards := mapCards{}
		for b := range 1 + rng.IntN(5) {
			bank := &questions.Bank{ID: fmt.Sprintf("b%d", b)}
			for q := range rng.IntN(60) {
				bank.Questions = append(bank.Questions, &questions.Question{ID: fmt.Sprintf("q%d", q)})
				var c progress.Card
				switch rng.IntN(5) {
				case 0: // new
				case 1:
					c.Suspended = true
					c.Reps = rng.Uint64N(2)
				default:
					c.Reps = 1 + rng.Uint64N(5)
					c.Due = now.Add(time.Duration(rng.IntN(7)-5) * time.Hour) // ties on purpose
				}
				cards[questions.Key(bank.ID, bank.Questions[q].ID)] = c
			}
			banks = append(banks, bank)
		}
		lim := Limits{Session: rng.IntN(30) - 2, New: rng.IntN(20) - 2, Reviews: rng.IntN(40) - 2}
		got, want := Plan(banks, cards, now, lim), planBySorting(banks, cards, now, lim)
		if fmt.Sprint(keys(got)) != fmt.Sprint(keys(want)) {
			t.Fatalf("round %d, %+v:\nPlan         = %v\nsorting all = %v", round, lim, keys(got), keys(want))
		}
	}
}

func keys(items []Item) []string {
	var out []string
	for _, it := range items {
		out = append(out, fmt.Sprintf("%s/%s/%v", it.Bank.ID, it.Q.ID, it.New))
	}
	return out
}

type fixedR struct{ mapCards }

func (fixedR) Retrievability(progress.Card, time.Time) float64 { return 0.5 }

// TestPracticeLeavesBuriedOut: a question buried from the menu stays out
// of practice and exams until it comes back, as it does in study.
func TestPracticeLeavesBuriedOut(t *testing.T) {
	now := time.Date(2026, 3, 1, 10, 0, 0, 0, time.UTC)
	b := &questions.Bank{ID: "b", Questions: []*questions.Question{{ID: "buried"}, {ID: "back"}, {ID: "suspended"}, {ID: "new"}}}
	cards := mapCards{
		"b/buried":    {Seen: 1, Buried: now.Add(time.Hour)},
		"b/back":      {Seen: 1, Buried: now.Add(-time.Hour)},
		"b/suspended": {Seen: 1, Suspended: true},
	}
	ids := func(items []Item) (out []string) {
		for _, it := range items {
			out = append(out, it.Q.ID)
		}
		sort.Strings(out)
		return out
	}
	want := "[back new]"
	if got := fmt.Sprint(ids(Weakest([]*questions.Bank{b}, fixedR{cards}, now))); got != want {
		t.Errorf("Weakest picked %s, want %s", got, want)
	}
	if got := fmt.Sprint(ids(Shuffled([]*questions.Bank{b}, cards, now, rand.New(rand.NewPCG(1, 2))))); got != want {
		t.Errorf("Shuffled picked %s, want %s", got, want)
	}
}
