package progress

import (
	"slices"
	"testing"
	"time"
)

func TestSessions(t *testing.T) {
	answer := func(id, when, session, bank string, correct bool) Entry {
		e := review(t, id, when, bank, "q", correct)
		e.Session = session
		e.Mode = ModePractice
		return e
	}
	entries := []Entry{
		answer("a1", "2025-03-01T10:01:00Z", "s1", "intro", true),
		answer("a2", "2025-03-01T10:02:00Z", "s1", "ch2", false),
		answer("a3", "2025-03-01T10:03:00Z", "s1", "ch2", false),
		{ID: "u1", Time: at(t, "2025-03-01T10:03:10Z"), Kind: KindUndo, Target: "a3"},
		{ID: "e1", Time: at(t, "2025-03-01T10:05:00Z"), Kind: KindSession, Session: "s1",
			Start: at(t, "2025-03-01T10:00:00Z"), Mode: ModeStudy, Banks: []string{"intro", "ch2", "ch3"}},
		// s2 crashed: no session entry.
		answer("b1", "2025-03-02T09:00:00Z", "s2", "ch3", true),
		answer("b2", "2025-03-02T09:00:30Z", "s2", "ch3", true),
		answer("b3", "2025-03-02T09:01:30Z", "s2", "intro", false),
		// An answer outside any session is not listed.
		review(t, "c1", "2025-03-02T12:00:00Z", "intro", "q", true),
		// s3 was left before any answer.
		{ID: "e3", Time: at(t, "2025-03-03T08:00:20Z"), Kind: KindSession, Session: "s3",
			Start: at(t, "2025-03-03T08:00:00Z"), Mode: ModeExam, Banks: []string{"ch2"}},
	}
	want := []Session{
		{ID: "s3", Start: at(t, "2025-03-03T08:00:00Z"), End: at(t, "2025-03-03T08:00:20Z"), Mode: ModeExam, Banks: []string{"ch2"}},
		{ID: "s2", Start: at(t, "2025-03-02T09:00:00Z"), End: at(t, "2025-03-02T09:01:30Z"), Mode: ModePractice, Banks: []string{"ch3", "intro"}, Answered: 3, Correct: 2},
		{ID: "s1", Start: at(t, "2025-03-01T10:00:00Z"), End: at(t, "2025-03-01T10:05:00Z"), Mode: ModeStudy, Banks: []string{"intro", "ch2", "ch3"}, Answered: 2, Correct: 1},
	}
	got := Sessions(entries)
	if len(got) != len(want) {
		t.Fatalf("Sessions() = %d sessions, want %d: %+v", len(got), len(want), got)
	}
	for i := range want {
		g, w := got[i], want[i]
		if g.ID != w.ID || !g.Start.Equal(w.Start) || !g.End.Equal(w.End) || g.Mode != w.Mode ||
			!slices.Equal(g.Banks, w.Banks) || g.Answered != w.Answered || g.Correct != w.Correct {
			t.Errorf("Sessions()[%d] = %+v, want %+v", i, g, w)
		}
	}
	if d := got[2].Duration(); d != 5*time.Minute {
		t.Errorf("s1 duration = %v, want 5m", d)
	}
	if len(Sessions(nil)) != 0 {
		t.Errorf("Sessions(nil) is not empty")
	}
}

func TestSessionJSON(t *testing.T) {
	s := Session{ID: "s1", Start: time.Date(2025, 3, 1, 10, 0, 0, 0, time.UTC), End: time.Date(2025, 3, 1, 10, 1, 30, 0, time.UTC), Mode: ModeStudy, Answered: 4, Correct: 3}
	m, _ := jsonObject(t, s)
	for k, want := range map[string]any{
		"id": "s1", "start": "2025-03-01T10:00:00Z", "end": "2025-03-01T10:01:30Z", "mode": "study",
		"answered": 4.0, "correct": 3.0, "duration_seconds": 90.0,
	} {
		if m[k] != want {
			t.Errorf("JSON %q = %v, want %v", k, m[k], want)
		}
	}
	if banks, ok := m["banks"].([]any); !ok || len(banks) != 0 {
		t.Errorf("JSON banks = %v, want an empty array", m["banks"])
	}
}

// An exam counts the questions it asked, answered or not; older session
// entries that do not say count the answers.
func TestSessionQuestions(t *testing.T) {
	answer := func(id, session string, correct bool) Entry {
		e := review(t, id, "2025-03-01T10:01:00Z", "intro", "q", correct)
		e.Session, e.Mode = session, ModeExam
		return e
	}
	entries := []Entry{
		answer("a1", "s1", true),
		{ID: "e1", Time: at(t, "2025-03-01T10:05:00Z"), Kind: KindSession, Session: "s1",
			Start: at(t, "2025-03-01T10:00:00Z"), Mode: ModeExam, Banks: []string{"intro"}, Asked: 5},
		answer("b1", "s2", true),
		answer("b2", "s2", false),
		{ID: "e2", Time: at(t, "2025-03-01T10:05:00Z"), Kind: KindSession, Session: "s2",
			Start: at(t, "2025-03-01T09:00:00Z"), Mode: ModeExam, Banks: []string{"intro"}},
		{ID: "e3", Time: at(t, "2025-03-01T08:05:00Z"), Kind: KindSession, Session: "s3",
			Start: at(t, "2025-03-01T08:00:00Z"), Mode: ModeExam, Banks: []string{"intro"}, Asked: 3},
	}
	want := map[string][3]int{"s1": {1, 1, 5}, "s2": {2, 1, 2}, "s3": {0, 0, 3}}
	got := Sessions(entries)
	for _, s := range got {
		if g := [3]int{s.Answered, s.Correct, s.Questions}; g != want[s.ID] {
			t.Errorf("session %s answered, correct, questions = %v, want %v", s.ID, g, want[s.ID])
		}
	}
	m, _ := jsonObject(t, got[0])
	if m["questions"] != 5.0 || m["answered"] != 1.0 || m["correct"] != 1.0 {
		t.Errorf("JSON of s1 = %v, want questions 5, answered 1, correct 1", m)
	}
}
