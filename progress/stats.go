package progress

import (
	"bytes"
	"errors"
	"fmt"
	"time"
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
