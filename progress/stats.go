package progress

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	fsrs "github.com/open-spaced-repetition/go-fsrs/v4"
)

// Defaults and fixed spans of the statistics.
const (
	// DefaultStatsDays is the span of the daily figures when none is asked for.
	DefaultStatsDays = 30
	// RetentionDays is the span over which true retention is measured.
	RetentionDays = 30
	// ForecastDays is the number of days the forecast covers, today included.
	ForecastDays = 14
	// CalendarWeeks is the number of whole weeks the review calendar shows
	// before the current, partial week.
	CalendarWeeks = 52
	// MasteredStability is the memory stability, in days, from which a
	// question last answered right counts as mastered: Anki's "mature"
	// interval. A question answered once is not there yet.
	MasteredStability = 21
	// DefaultLeechThreshold is the number of failures that makes a leech when
	// the settings give none.
	DefaultLeechThreshold = 8
)

// BankInfo tells stats which questions a bank has, in article order.
type BankInfo struct {
	ID, Title string
	Questions []string
	// Course and CourseTitle name the course the bank belongs to (empty
	// for a bank of its own), so stats can group sections by course.
	Course, CourseTitle string
}

// Stats holds every figure of `quiz stats`.
type Stats struct {
	TotalReviews      int        `json:"total_reviews"`
	Today             DayFigures `json:"today"`
	StreakDays        int        `json:"streak_days"`
	LongestStreakDays int        `json:"longest_streak_days"`
	// TrueRetention is nil when no learnt question was answered in the last
	// RetentionDays days.
	TrueRetention    *float64 `json:"true_retention"`
	RetentionReviews int      `json:"retention_reviews"`
	DesiredRetention float64  `json:"desired_retention"`
	// Daily holds one entry per day of the asked span, oldest first, today last.
	Daily []Day `json:"daily"`
	// Calendar holds CalendarWeeks whole weeks (Sunday to Saturday) and the
	// current week up to today, oldest first.
	Calendar []Day       `json:"calendar"`
	Banks    []BankStats `json:"banks"`
	// Forecast holds ForecastDays days from today; overdue questions count today.
	Forecast []Due `json:"forecast"`
	// Leeches lists questions failed LeechThreshold times or more, most
	// failed first.
	Leeches        []Leech `json:"leeches"`
	LeechThreshold int     `json:"leech_threshold"`
}

// DayFigures are the figures of today.
type DayFigures struct {
	Reviews int `json:"reviews"`
	Correct int `json:"correct"`
	// Accuracy is Correct/Reviews, 0 when nothing was answered.
	Accuracy float64 `json:"accuracy"`
	// Seconds is the time spent answering, rounded to whole seconds.
	Seconds int `json:"seconds"`
}

// Day counts the answers given on one calendar day.
type Day struct {
	Date    string `json:"date"` // 2006-01-02, in the learner's time zone
	Reviews int    `json:"reviews"`
	Correct int    `json:"correct"`
}

// BankStats are the mastery figures of one bank.
type BankStats struct {
	ID    string `json:"id"`
	Title string `json:"title"`
	// Course and CourseTitle name the bank's course ("" for a bank of its
	// own); banks come grouped by course, each in article order.
	Course      string `json:"course,omitempty"`
	CourseTitle string `json:"course_title,omitempty"`
	Questions   int    `json:"questions"`
	// Seen counts the bank's questions answered at least once.
	Seen int `json:"seen"`
	// Mastered counts questions last answered right whose stability is at
	// least MasteredStability days.
	Mastered int `json:"mastered"`
	// Retrievability is the mean recall probability now over the bank's
	// questions answered at least once (0 when none is); a question last
	// answered wrong counts 0, however recently.
	Retrievability float64 `json:"retrievability"`
	// Answers and Accuracy cover every answer ever given in the bank;
	// Accuracy is 0 when there is none.
	Answers  int     `json:"answers"`
	Accuracy float64 `json:"accuracy"`
	// Lapses sums the times learnt questions were forgotten, as scheduled.
	Lapses int `json:"lapses"`
}

// Due counts the questions due on one day.
type Due struct {
	Date string `json:"date"`
	Due  int    `json:"due"`
}

// Leech is a question failed at least the leech threshold of times.
type Leech struct {
	Bank     string `json:"bank"`
	Question string `json:"question"`
	Failures int    `json:"failures"`
}

// ComputeStats works out every figure of `quiz stats` from the review log,
// the current cards (keyed "bank/question"), the banks in article order and
// the settings. Days are calendar days in now's location. days is the span of
// the daily figures (DefaultStatsDays when not positive); filter, when not
// empty, keeps only the banks it names.
//
// Only answers count: review entries not taken back by an undo. A reset
// forgets the schedule but not history, so answers before it still count.
//
// True retention is the share of answers to learnt questions that were
// correct over the last RetentionDays days, today included. A question is
// learnt at an answer when it had been answered correctly on an earlier
// calendar day, which leaves out first sight and same-day relearning steps.
func ComputeStats(entries []Entry, cards map[string]Card, banks []BankInfo, settings Settings, now time.Time, days int, filter []string) Stats {
	fold := newStatsFold(now.Location(), settings.RolloverHour, filter)
	for _, e := range countedEvents(entries, true) {
		fold.add(e)
	}
	return fold.stats(cards, banks, settings, now, days)
}

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

// errUnsorted stops a streamed pass that met an answer older than the one
// before it.
var errUnsorted = errors.New("answers out of time order")

// Stats works out the figures of `quiz stats` as ComputeStats does from
// the store's log, cards and settings, but in one streamed pass over the
// log (after a quick look for undo entries) instead of holding it in
// memory. A log whose answers are not in time order, as a clock that
// stepped back leaves it, is sorted in memory instead.
//
// Without a filter, the totals are kept in StatsCacheFile, so the next
// run reads only the entries added since.
func (s *Store) Stats(banks []BankInfo, now time.Time, days int, filter []string) (Stats, error) {
	fresh := func() *statsFold { return newStatsFold(now.Location(), s.settings.RolloverHour, filter) }
	cached := len(filter) == 0 && len(s.dupIDs) == 0
	key := foldKey(now.Location(), s.settings.RolloverHour, now)
	if cached {
		if fold := s.foldFromCache(key, fresh); fold != nil {
			return fold.stats(s.cards, banks, s.settings, now, days), nil
		}
	}
	undone, err := s.undoneIDs()
	if err != nil {
		return Stats{}, err
	}
	fold := fresh()
	var last time.Time
	err = s.eachCausal(func(e Entry) error {
		counted := (e.Kind == "" || e.Kind == KindReview) && !(e.ID != "" && undone[e.ID] > 0) || e.Kind == KindReset
		if !counted {
			return nil
		}
		if e.Time.Before(last) {
			return errUnsorted
		}
		last = e.Time
		fold.add(e)
		return nil
	})
	if errors.Is(err, errUnsorted) {
		entries, err := s.Entries()
		if err != nil {
			return Stats{}, err
		}
		return ComputeStats(entries, s.cards, banks, s.settings, now, days, filter), nil
	}
	if err != nil {
		return Stats{}, fmt.Errorf("read the review log: %w", err)
	}
	if cached {
		s.saveStatsCache(key, fold)
	}
	return fold.stats(s.cards, banks, s.settings, now, days), nil
}

// undoneIDs returns the ids of the entries an undo took back, with how
// many undo entries name each, parsing only the lines that may be undo
// entries.
func (s *Store) undoneIDs() (map[string]int, error) {
	undone := map[string]int{}
	mark := []byte(`"` + KindUndo + `"`)
	_, err := scanLogLines(s.path(LogFile), 0, s.logSize, func(line []byte) bool { return bytes.Contains(line, mark) },
		func(e Entry, _ int64) error {
			if e.Kind == KindUndo && e.Target != "" {
				undone[e.Target]++
			}
			return nil
		})
	if err != nil {
		return nil, fmt.Errorf("read the review log: %w", err)
	}
	return undone, nil
}
