// Package progress owns what a learner has done: the append-only review log,
// the snapshot of derived scheduling state, FSRS scheduling, settings, the
// lock on the data directory, and the figures behind statistics. It never
// prints or prompts.
package progress

import (
	"encoding/json"
	"slices"
	"strings"
	"time"

	"github.com/quiz-cli/quiz/progress/optimize"

	fsrs "github.com/open-spaced-repetition/go-fsrs/v4"
)

// Kinds of log entries. An empty Kind is read as KindReview.
const (
	KindReview    = "review"    // an answer
	KindUndo      = "undo"      // takes back the review whose id is Target
	KindReset     = "reset"     // forgets Bank (or Bank/Question when Question is set)
	KindSuspend   = "suspend"   // takes Bank/Question out of study
	KindUnsuspend = "unsuspend" // puts it back
	KindBury      = "bury"      // keeps Bank/Question out of study until Until
	KindSession   = "session"   // a finished session: Start, time (its end), Banks, Mode
	KindSettings  = "settings"  // the learner's settings from then on: Settings
	KindFormat    = "format"    // the log's format version from then on: Format
	KindCard      = "card"      // a card carried over from before the log: Card
)

// Modes of study recorded with each answer.
const (
	ModeStudy    = "study"
	ModePractice = "practice"
	ModeExam     = "exam"
)

// Rating is how well the learner recalled a question, on FSRS's four-point
// scale; it is written to the log as its number. An unscheduled answer may
// carry 0, no rating.
type Rating int8

// The ratings, from forgotten to effortless.
const (
	Again Rating = iota + 1 // wrong, or right by a guess
	Hard                    // right, with effort
	Good                    // right
	Easy                    // right without effort
)

// String names the rating: "Again", "Hard", "Good", "Easy".
func (r Rating) String() string {
	switch r {
	case Again:
		return "Again"
	case Hard:
		return "Hard"
	case Good:
		return "Good"
	case Easy:
		return "Easy"
	}
	return "none"
}

// Entry is one line of the review log, the source of truth for progress.
type Entry struct {
	ID   string    `json:"id"`   // unique; set by Record when empty
	Time time.Time `json:"time"` // UTC
	// HLC orders the entries of a log across machines (a hybrid logical
	// clock, in nanoseconds since 1970): at least Time, and greater than
	// every entry of the log it was appended to, merged ones included,
	// whatever the machines' clocks said. Zero in logs of format 1, where
	// Time stands in for it; see OrderKey.
	HLC      int64  `json:"hlc,omitempty"`
	Kind     string `json:"kind,omitempty"` // see the Kind constants
	Bank     string `json:"bank,omitempty"`
	Question string `json:"question,omitempty"`
	Rating   Rating `json:"rating,omitempty"` // 1 Again … 4 Easy
	Correct  bool   `json:"correct,omitempty"`
	Answer   string `json:"answer,omitempty"` // what the learner gave
	MS       int64  `json:"ms,omitempty"`     // milliseconds taken to answer
	Session  string `json:"session,omitempty"`
	Mode     string `json:"mode,omitempty"`
	// Unscheduled marks an answer that is logged but leaves the schedule
	// alone (practice without --record).
	Unscheduled bool `json:"unscheduled,omitempty"`
	// Retention is the desired retention the review was scheduled with,
	// so replaying the log gives the same schedule after a settings change.
	Retention float64 `json:"retention,omitempty"`
	// Target is the id of the entry an undo takes back.
	Target string `json:"target,omitempty"`
	// Start and Banks describe a session entry.
	Start time.Time `json:"start,omitzero"`
	Banks []string  `json:"banks,omitempty"`
	// Asked is how many questions a session put to the learner, answered
	// or not (an exam that ran out of time asked more than were answered).
	Asked int `json:"asked,omitempty"`
	// Until is when a bury entry's question comes back into study.
	Until time.Time `json:"until,omitzero"`
	// Settings are the settings a settings entry sets.
	Settings *Settings `json:"settings,omitempty"`
	// Format is the log format version a format entry declares.
	Format int `json:"format,omitempty"`
	// Card is the state a card entry carries over (format 0 snapshots held
	// cards answered before there was a log).
	Card *Card `json:"card,omitempty"`
}

// Card is the derived state of one question: its FSRS card plus counters.
type Card struct {
	fsrs.Card
	Seen    int `json:"seen"`    // answers recorded (scheduled or not)
	Correct int `json:"correct"` // of which correct
	// Failures counts the scheduled answers that were wrong: practice
	// does not make a question a leech.
	Failures  int  `json:"failures,omitempty"`
	Suspended bool `json:"suspended,omitempty"`
	// Buried is when a buried question comes back into study (zero, or
	// past, when it is not buried).
	Buried time.Time `json:"buried,omitzero"`
	// First is when the question was first scheduled (zero if only
	// practised unscheduled); it tells new questions of the day apart.
	First time.Time `json:"first,omitzero"`
}

// Settings are the learner's preferences. Each change is a settings entry
// of the log, so a rebuild from the log keeps them; the snapshot holds the
// current ones.
type Settings struct {
	Retention      float64 `json:"retention"`       // desired retention, 0.70–0.99
	NewPerDay      int     `json:"new_per_day"`     // new questions introduced per day
	ReviewsPerDay  int     `json:"reviews_per_day"` // reviews per day
	SessionSize    int     `json:"session_size"`    // questions per session
	AutoRate       bool    `json:"auto_rate"`       // rate answers without asking
	LeechThreshold int     `json:"leech_threshold"` // lapses that make a leech
	// RolloverHour is the hour (0–23) a new learner's day begins; see
	// DayOf. Settings written before it existed read as the default.
	RolloverHour int `json:"rollover_hour"`
	// HiddenCourses lists the ids of the courses set aside, separated by
	// commas (a string, not a list, so settings stay comparable with ==).
	// Study without naming banks leaves them out; their history is kept.
	HiddenCourses string `json:"hidden_courses,omitempty"`
	// Parameters are the 21 FSRS-6 parameters fitted to the learner's
	// history by `quiz optimize`; all zero means FSRS-6's defaults.
	Parameters [21]float64 `json:"parameters,omitzero"`
}

// UnmarshalJSON reads settings, taking DefaultRolloverHour when the
// rollover hour is missing (settings written before it existed), since 0
// is a valid hour.
func (set *Settings) UnmarshalJSON(b []byte) error {
	type plain Settings
	var p plain
	if err := json.Unmarshal(b, &p); err != nil {
		return err
	}
	var probe struct {
		Rollover *int `json:"rollover_hour"`
	}
	if err := json.Unmarshal(b, &probe); err != nil {
		return err
	}
	if probe.Rollover == nil {
		p.RolloverHour = DefaultRolloverHour
	}
	*set = Settings(p)
	return nil
}

// Hidden returns the ids of the courses set aside, in the order they were
// set aside.
func (set Settings) Hidden() []string {
	if set.HiddenCourses == "" {
		return nil
	}
	return strings.Split(set.HiddenCourses, ",")
}

// IsHidden reports whether the course id is set aside.
func (set Settings) IsHidden(id string) bool { return slices.Contains(set.Hidden(), id) }

// WithHidden returns the settings with the course id set aside (hide) or
// in use again (!hide).
func (set Settings) WithHidden(id string, hide bool) Settings {
	ids := slices.DeleteFunc(set.Hidden(), func(s string) bool { return s == id })
	if hide {
		ids = append(ids, id)
	}
	set.HiddenCourses = strings.Join(ids, ",")
	return set
}

// FSRSParameters returns the FSRS-6 parameters that schedule reviews: the
// fitted ones, or the defaults when none were fitted.
func (set Settings) FSRSParameters() [21]float64 {
	if set.Parameters == ([21]float64{}) {
		return optimize.Defaults()
	}
	return set.Parameters
}

// DefaultSettings returns the settings of a new data directory.
func DefaultSettings() Settings {
	return Settings{Retention: 0.90, NewPerDay: 20, ReviewsPerDay: 200, SessionSize: 20, LeechThreshold: 8, RolloverHour: DefaultRolloverHour}
}
