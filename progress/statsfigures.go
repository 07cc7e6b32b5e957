package progress

import (
	"cmp"
	"slices"
	"strings"
	"time"

	fsrs "github.com/open-spaced-repetition/go-fsrs/v4"
)

// streakDays returns the current streak, counted back from today or, when
// nothing was answered yet today, from yesterday, and the longest streak.
func streakDays(active map[time.Time]*Day, today time.Time) (current, longest int) {
	d := today
	if active[d] == nil {
		d = d.AddDate(0, 0, -1)
	}
	for active[d] != nil {
		current++
		d = d.AddDate(0, 0, -1)
	}
	days := make([]time.Time, 0, len(active))
	for d := range active {
		days = append(days, d)
	}
	slices.SortFunc(days, time.Time.Compare)
	run := 0
	for i, d := range days {
		if i > 0 && days[i-1].AddDate(0, 0, 1).Equal(d) {
			run++
		} else {
			run = 1
		}
		longest = max(longest, run)
	}
	return current, longest
}

// forecastDue counts the learnt, unsuspended questions due on each of the next
// ForecastDays days; those already overdue count today.
func forecastDue(cards map[string]Card, banks []BankInfo, keep func(string) bool, today time.Time, loc *time.Location, rollover int) []Due {
	out := make([]Due, ForecastDays)
	for i := range out {
		out[i].Date = today.AddDate(0, 0, i).Format(time.DateOnly)
	}
	known := map[string]bool{}
	for _, b := range banks {
		for _, q := range b.Questions {
			known[statsKey(b.ID, q)] = true
		}
	}
	for k, c := range cards {
		bank, _, _ := strings.Cut(k, "/")
		if !keep(bank) || (len(banks) > 0 && !known[k]) {
			continue
		}
		if c.Suspended || c.State == fsrs.New || c.LastReview.IsZero() || c.Due.IsZero() {
			continue
		}
		i := int(DayOf(c.Due, loc, rollover).Sub(today).Hours() / 24)
		if i < ForecastDays {
			out[max(i, 0)].Due++
		}
	}
	return out
}

// findLeeches lists questions failed at least threshold times (DefaultLeechThreshold
// when not positive), most failed first, then in bank order.
func findLeeches(failures map[string]int, banks []BankInfo, threshold int) []Leech {
	if threshold <= 0 {
		threshold = DefaultLeechThreshold
	}
	order := map[string]int{}
	for _, b := range banks {
		for _, q := range b.Questions {
			order[statsKey(b.ID, q)] = len(order)
		}
	}
	out := []Leech{}
	for k, n := range failures {
		if n < threshold {
			continue
		}
		if _, ok := order[k]; len(banks) > 0 && !ok {
			continue // the question is gone from its bank
		}
		bank, q, _ := strings.Cut(k, "/")
		out = append(out, Leech{Bank: bank, Question: q, Failures: n})
	}
	slices.SortFunc(out, func(a, b Leech) int {
		return cmp.Or(
			cmp.Compare(b.Failures, a.Failures),
			cmp.Compare(order[statsKey(a.Bank, a.Question)], order[statsKey(b.Bank, b.Question)]),
			cmp.Compare(a.Bank, b.Bank),
			cmp.Compare(a.Question, b.Question),
		)
	})
	return out
}
