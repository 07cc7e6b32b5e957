package progress

import (
	"cmp"
	"slices"
	"time"

	fsrs "github.com/open-spaced-repetition/go-fsrs/v4"
)

// statsFold is the one pass over the answers that the statistics need:
// per-day and per-question totals, so that what comes after costs in
// days and questions, not in answers. Events must come in time order,
// answers taken back by an undo left out (see countedEvents).
type statsFold struct {
	loc      *time.Location
	rollover int
	keep     func(bank string) bool
	total    int
	perDay   map[time.Time]*dayTotals
	perQ     map[string]*qstat
	last     time.Time // of the latest event added
}

// dayTotals are the answers of one learner's day.
type dayTotals struct {
	reviews, correct int
	// learnt and learntCorrect count the answers to learnt questions, the
	// base of true retention.
	learnt, learntCorrect int
	ms                    int64
}

// qstat is the history of one question.
type qstat struct {
	bank             string
	answers, correct int
	failures         int
	learntFrom       time.Time // first day after a correct answer; zero if none
	lastCorrect      bool      // the latest scheduled answer was right
}

func newStatsFold(loc *time.Location, rollover int, filter []string) *statsFold {
	return &statsFold{loc: loc, rollover: rollover,
		keep:   func(bank string) bool { return len(filter) == 0 || slices.Contains(filter, bank) },
		perDay: map[time.Time]*dayTotals{}, perQ: map[string]*qstat{}}
}

// add folds in one counted event: an answer or a reset.
func (f *statsFold) add(e Entry) {
	if !f.keep(e.Bank) {
		return
	}
	f.last = e.Time
	if e.Kind == KindReset {
		// A reset forgets the failures too, as it does the card's
		// counts, so stats and 'quiz leeches' agree.
		if e.Question != "" {
			if q := f.perQ[statsKey(e.Bank, e.Question)]; q != nil {
				q.failures = 0
			}
			return
		}
		for _, q := range f.perQ {
			if q.bank == e.Bank {
				q.failures = 0
			}
		}
		return
	}
	f.total++
	d := DayOf(e.Time, f.loc, f.rollover)
	day := f.perDay[d]
	if day == nil {
		day = &dayTotals{}
		f.perDay[d] = day
	}
	day.reviews++
	day.ms += e.MS
	if e.Correct {
		day.correct++
	}
	k := statsKey(e.Bank, e.Question)
	q := f.perQ[k]
	if q == nil {
		q = &qstat{bank: e.Bank}
		f.perQ[k] = q
	}
	q.answers++
	if e.Correct {
		q.correct++
	}
	// Practice that leaves the schedule alone says nothing of mastery.
	if !e.Unscheduled {
		q.lastCorrect = e.Correct
	}
	if !e.Correct && !e.Unscheduled {
		q.failures++ // as the card counts them: practice makes no leech
	}
	if !q.learntFrom.IsZero() && !d.Before(q.learntFrom) {
		day.learnt++
		if e.Correct {
			day.learntCorrect++
		}
	}
	if e.Correct && q.learntFrom.IsZero() {
		q.learntFrom = d.AddDate(0, 0, 1)
	}
}

// stats works out the figures from the totals, the cards and the banks.
func (f *statsFold) stats(cards map[string]Card, banks []BankInfo, settings Settings, now time.Time, days int) Stats {
	if days <= 0 {
		days = DefaultStatsDays
	}
	keep, loc := f.keep, f.loc
	today := DayOf(now, loc, settings.RolloverHour)
	s := Stats{
		TotalReviews:     f.total,
		DesiredRetention: settings.Retention,
		Daily:            []Day{},
		Calendar:         []Day{},
		Banks:            []BankStats{},
		Forecast:         []Due{},
		Leeches:          []Leech{},
	}
	if s.DesiredRetention <= 0 {
		s.DesiredRetention = DefaultSettings().Retention
	}
	perDay := make(map[time.Time]*Day, len(f.perDay))
	retFrom := today.AddDate(0, 0, -(RetentionDays - 1))
	var retTotal, retCorrect int
	for d, t := range f.perDay {
		perDay[d] = &Day{Date: d.Format(time.DateOnly), Reviews: t.reviews, Correct: t.correct}
		if !d.Before(retFrom) && !d.After(today) {
			retTotal += t.learnt
			retCorrect += t.learntCorrect
		}
	}
	if t := f.perDay[today]; t != nil {
		s.Today.Reviews, s.Today.Correct = t.reviews, t.correct
		s.Today.Seconds = int((t.ms + 500) / 1000)
	}
	if s.Today.Reviews > 0 {
		s.Today.Accuracy = float64(s.Today.Correct) / float64(s.Today.Reviews)
	}
	s.RetentionReviews = retTotal
	if retTotal > 0 {
		r := float64(retCorrect) / float64(retTotal)
		s.TrueRetention = &r
	}

	s.StreakDays, s.LongestStreakDays = streakDays(perDay, today)

	dayAt := func(d time.Time) Day {
		if x := perDay[d]; x != nil {
			return *x
		}
		return Day{Date: d.Format(time.DateOnly)}
	}
	for i := days - 1; i >= 0; i-- {
		s.Daily = append(s.Daily, dayAt(today.AddDate(0, 0, -i)))
	}
	calStart := today.AddDate(0, 0, -int(today.Weekday())-7*CalendarWeeks)
	for d := calStart; !d.After(today); d = d.AddDate(0, 0, 1) {
		s.Calendar = append(s.Calendar, dayAt(d))
	}

	// Mastery per bank, in the order given.
	perBank := map[string][2]int{} // answers, correct
	for _, q := range f.perQ {
		n := perBank[q.bank]
		n[0] += q.answers
		n[1] += q.correct
		perBank[q.bank] = n
	}
	params := fsrs.DefaultParam()
	params.RequestRetention = s.DesiredRetention
	params.W = settings.FSRSParameters()
	sched := fsrs.NewFSRS(params)
	for _, b := range banks {
		if !keep(b.ID) {
			continue
		}
		bs := BankStats{ID: b.ID, Title: b.Title, Course: b.Course, CourseTitle: b.CourseTitle, Questions: len(b.Questions)}
		var sumR float64
		var correct int
		for _, qid := range b.Questions {
			k := statsKey(b.ID, qid)
			if q := f.perQ[k]; q != nil {
				bs.Seen++
			}
			c, ok := cards[k]
			if !ok {
				continue
			}
			// Just after a wrong answer FSRS puts recall near 1 too: that
			// is neither recall nor mastery.
			right := f.perQ[k] != nil && f.perQ[k].lastCorrect
			if r, err := sched.Retrievability(c.Card, now); err == nil && right {
				sumR += r
			}
			if right && c.Stability >= MasteredStability {
				bs.Mastered++
			}
			bs.Lapses += int(c.Lapses)
		}
		bs.Answers, correct = perBank[b.ID][0], perBank[b.ID][1]
		if bs.Seen > 0 {
			bs.Retrievability = sumR / float64(bs.Seen)
		}
		if bs.Answers > 0 {
			bs.Accuracy = float64(correct) / float64(bs.Answers)
		}
		s.Banks = append(s.Banks, bs)
	}

	s.Forecast = forecastDue(cards, banks, keep, today, loc, settings.RolloverHour)
	failures := make(map[string]int, len(f.perQ))
	for k, q := range f.perQ {
		failures[k] = q.failures
	}
	s.LeechThreshold = cmp.Or(max(settings.LeechThreshold, 0), DefaultLeechThreshold)
	s.Leeches = findLeeches(failures, banks, s.LeechThreshold)
	return s
}

// countedAnswers returns the review entries of the log that an undo did not take
// back, in time order.
func countedAnswers(entries []Entry) []Entry { return countedEvents(entries, false) }

// countedEvents is countedAnswers with the reset entries too when resets
// is set.
func countedEvents(entries []Entry, resets bool) []Entry {
	undone := map[string]bool{}
	for _, e := range entries {
		if e.Kind == KindUndo && e.Target != "" {
			undone[e.Target] = true
		}
	}
	out := make([]Entry, 0, len(entries))
	for _, e := range entries {
		if (e.Kind == "" || e.Kind == KindReview) && !(e.ID != "" && undone[e.ID]) || resets && e.Kind == KindReset {
			out = append(out, e)
		}
	}
	// Logs are appended in time order, but a stable sort keeps "earlier
	// answer" meaningful should a clock have stepped back.
	byTime := func(a, b Entry) int { return a.Time.Compare(b.Time) }
	if !slices.IsSortedFunc(out, byTime) {
		slices.SortStableFunc(out, byTime)
	}
	return out
}

// statsKey is the key of a question's card: bank id and question id.
func statsKey(bank, question string) string { return bank + "/" + question }
