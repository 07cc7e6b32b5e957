package progress

import (
	"cmp"
	"encoding/json"
	"slices"
	"time"
)

// Session is one study, practice or exam session as `quiz history` lists it.
type Session struct {
	ID    string    `json:"id"`
	Start time.Time `json:"start"`
	End   time.Time `json:"end"`
	Mode  string    `json:"mode"`
	Banks []string  `json:"banks"`
	// Answered and Correct count the session's answers not taken back.
	Answered int `json:"answered"`
	Correct  int `json:"correct"`
	// Questions counts the questions put to the learner, answered or not:
	// an exam that ran out of time asked more than were answered. For a
	// session whose entry does not say, it is Answered.
	Questions int `json:"questions"`
}

// Duration is how long the session lasted.
func (s Session) Duration() time.Duration { return s.End.Sub(s.Start) }

// MarshalJSON adds duration_seconds to the session's fields.
func (s Session) MarshalJSON() ([]byte, error) {
	type plain Session
	if s.Banks == nil {
		s.Banks = []string{}
	}
	return json.Marshal(struct {
		plain
		DurationSeconds int64 `json:"duration_seconds"`
	}{plain(s), int64(s.Duration().Round(time.Second) / time.Second)})
}

// Sessions lists the sessions of the log, newest first. A session is built
// from its session entry (start, end, mode, banks) and the answers carrying
// its id. A session that ended without its entry being written, as after a
// crash, is still listed, from its first answer to its last.
func Sessions(entries []Entry) []Session {
	byID := map[string]*Session{}
	var order []string
	get := func(id string) *Session {
		s := byID[id]
		if s == nil {
			s = &Session{ID: id}
			byID[id] = s
			order = append(order, id)
		}
		return s
	}
	// ended marks sessions whose entry was written; hasBanks those whose
	// entry named its banks, which then win over the banks of the answers.
	ended, hasBanks := map[string]bool{}, map[string]bool{}
	for _, e := range entries {
		if e.Kind != KindSession {
			continue
		}
		id := cmp.Or(e.Session, e.ID)
		s := get(id)
		ended[id] = true
		s.Start, s.End, s.Mode = e.Start, e.Time, e.Mode
		s.Questions = e.Asked
		s.Banks = slices.Clone(e.Banks)
		hasBanks[id] = len(e.Banks) > 0
		if s.Start.IsZero() {
			s.Start = e.Time
		}
	}
	for _, e := range countedAnswers(entries) {
		if e.Session == "" {
			continue
		}
		s := get(e.Session)
		s.Answered++
		if e.Correct {
			s.Correct++
		}
		if !hasBanks[e.Session] && !slices.Contains(s.Banks, e.Bank) {
			s.Banks = append(s.Banks, e.Bank)
		}
		if s.Mode == "" {
			s.Mode = e.Mode
		}
		if ended[e.Session] {
			continue
		}
		if s.Start.IsZero() || e.Time.Before(s.Start) {
			s.Start = e.Time
		}
		if e.Time.After(s.End) {
			s.End = e.Time
		}
	}
	out := make([]Session, 0, len(order))
	for _, id := range order {
		s := *byID[id]
		s.Questions = max(s.Questions, s.Answered)
		if s.Banks == nil {
			s.Banks = []string{}
		}
		out = append(out, s)
	}
	slices.SortStableFunc(out, func(a, b Session) int {
		return cmp.Or(b.Start.Compare(a.Start), b.End.Compare(a.End), cmp.Compare(a.ID, b.ID))
	})
	return out
}
