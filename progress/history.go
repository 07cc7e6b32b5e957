package progress

import (
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
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
	// session whose entry does not say, it is Answered. A question whose
	// answer was taken back is not counted.
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
	// An answer taken back takes its question out of its session: it was
	// asked again (and the new answer counts) or, taken back afterwards
	// with 'quiz undo', it no longer counts either way.
	reviewSession := map[string]string{}
	for _, e := range entries {
		if (e.Kind == "" || e.Kind == KindReview) && e.Session != "" {
			reviewSession[e.ID] = e.Session
		}
	}
	takenBack := map[string]int{}
	for _, e := range entries {
		if e.Kind == KindUndo {
			if id, ok := reviewSession[e.Target]; ok {
				takenBack[id]++
			}
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
		s.Questions = max(s.Questions-takenBack[id], s.Answered)
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

// RecentSessions returns the n newest sessions, as Sessions(entries)[:n]
// would, reading the log from its end and stopping once those sessions
// are whole, so its cost grows with n, not with the history. n <= 0 means
// every session. A log holding an entry twice is read whole, and so is one
// a merge appended to when those sessions are not all after the merged
// lines (every entry after orderedFrom sorts after all before it).
func (s *Store) RecentSessions(n int) ([]Session, error) {
	if n <= 0 || len(s.dupIDs) > 0 {
		return s.allSessions(n)
	}
	var back []Entry // newest first
	// low is, per session, the earliest time it is known to have: its
	// start when its entry was read, else its earliest answer so far.
	low := map[string]time.Time{}
	var ids []string // in the order met, newest first
	undone := map[string]bool{}
	note := func(id string, t time.Time) {
		l, ok := low[id]
		if !ok {
			ids = append(ids, id)
		}
		if !ok || t.Before(l) {
			low[id] = t
		}
	}
	done := func(e Entry, id string) bool {
		if len(ids) <= n {
			return false
		}
		if _, ok := low[id]; ok && slices.Index(ids, id) < n {
			return false
		}
		for _, k := range ids[:n] {
			if !e.Time.Before(low[k]) {
				return false
			}
		}
		return true
	}
	whole := false // the sessions reach back into lines out of order
	err := scanBackAt(s.path(LogFile), s.logSize, func(e Entry, off int64) bool {
		if off < s.orderedFrom {
			whole = true
			return false
		}
		var id string
		switch e.Kind {
		case KindSession:
			id = cmp.Or(e.Session, e.ID)
		case "", KindReview:
			id = e.Session
		case KindUndo:
			// An undo comes after the answer it takes back: that answer
			// makes no session.
			undone[e.Target] = true
			back = append(back, e)
			return true
		default:
			return true
		}
		if id == "" || e.Kind != KindSession && undone[e.ID] {
			back = append(back, e)
			return true
		}
		if done(e, id) {
			return false
		}
		t := e.Time
		if e.Kind == KindSession && !e.Start.IsZero() {
			t = e.Start
		}
		note(id, t)
		back = append(back, e)
		return true
	})
	if err != nil {
		return nil, fmt.Errorf("read the review log: %w", err)
	}
	if whole {
		return s.allSessions(n)
	}
	slices.Reverse(back)
	out := Sessions(back)
	if len(out) > n {
		out = out[:n]
	}
	return out, nil
}

// allSessions is Sessions over the whole log, the n newest (n <= 0: all):
// streamed in causal order (see scanCausal), and from the log in memory
// only when the answers' times disagree with that order.
func (s *Store) allSessions(n int) ([]Session, error) {
	out, err := s.streamSessions()
	if errors.Is(err, errUnsorted) {
		var entries []Entry
		if entries, err = s.Entries(); err == nil {
			out = Sessions(entries)
		}
	}
	if err != nil {
		return nil, err
	}
	if n > 0 && len(out) > n {
		out = out[:n]
	}
	return out, nil
}

// sessionAnswers is what a session's answers tell of it.
type sessionAnswers struct {
	answered, correct int
	banks             []string  // in the order first answered
	mode              string    // of the first answer that names one
	first, last       time.Time // of the answers
}

// streamSessions is Sessions over the log streamed in causal order (after
// a quick look for undo entries), for a log whose answers are in time
// order.
func (s *Store) streamSessions() ([]Session, error) {
	undone, err := s.undoneIDs()
	if err != nil {
		return nil, err
	}
	ended := map[string]*Entry{}
	answers := map[string]*sessionAnswers{}
	// An answer taken back takes its question out of its session, as in
	// Sessions.
	takenBack := map[string]int{}
	var last time.Time
	err = s.eachCausal(func(e Entry) error {
		isReview := e.Kind == "" || e.Kind == KindReview
		if isReview && e.Session != "" && e.ID != "" {
			takenBack[e.Session] += undone[e.ID]
		}
		switch {
		case e.Kind == KindSession:
			ended[cmp.Or(e.Session, e.ID)] = &e
		case isReview && !(e.ID != "" && undone[e.ID] > 0):
			if e.Time.Before(last) {
				return errUnsorted
			}
			last = e.Time
			if e.Session == "" {
				return nil
			}
			a := answers[e.Session]
			if a == nil {
				a = &sessionAnswers{first: e.Time}
				answers[e.Session] = a
			}
			a.answered++
			if e.Correct {
				a.correct++
			}
			if !slices.Contains(a.banks, e.Bank) {
				a.banks = append(a.banks, e.Bank)
			}
			if a.mode == "" {
				a.mode = e.Mode
			}
			a.last = e.Time
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	out := make([]Session, 0, len(ended)+len(answers))
	for id, e := range ended {
		ss := Session{ID: id, Start: e.Start, End: e.Time, Mode: e.Mode, Questions: e.Asked, Banks: slices.Clone(e.Banks)}
		if ss.Start.IsZero() {
			ss.Start = e.Time
		}
		if a := answers[id]; a != nil {
			ss.Answered, ss.Correct = a.answered, a.correct
			if len(e.Banks) == 0 {
				ss.Banks = a.banks
			}
			if ss.Mode == "" {
				ss.Mode = a.mode
			}
		}
		out = append(out, ss)
	}
	for id, a := range answers {
		if ended[id] == nil {
			out = append(out, Session{ID: id, Start: a.first, End: a.last, Mode: a.mode, Banks: a.banks,
				Answered: a.answered, Correct: a.correct})
		}
	}
	for i := range out {
		out[i].Questions = max(out[i].Questions-takenBack[out[i].ID], out[i].Answered)
		if out[i].Banks == nil {
			out[i].Banks = []string{}
		}
	}
	slices.SortStableFunc(out, func(a, b Session) int {
		return cmp.Or(b.Start.Compare(a.Start), b.End.Compare(a.End), cmp.Compare(a.ID, b.ID))
	})
	return out, nil
}
