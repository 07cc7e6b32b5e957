package progress

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

var t0 = time.Date(2025, 3, 10, 9, 0, 0, 0, time.UTC)

func openW(t *testing.T, dir string) *Store {
	t.Helper()
	s, err := OpenWrite(dir)
	if err != nil {
		t.Fatalf("OpenWrite(%s): %v", dir, err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func answerAt(bank, q string, r Rating, at time.Time) Entry {
	return Entry{Time: at, Bank: bank, Question: q, Rating: r, Correct: r > Again, Mode: ModeStudy}
}

func record(t *testing.T, s *Store, e Entry) Card {
	t.Helper()
	c, err := s.Record(e)
	if err != nil {
		t.Fatalf("Record(%s/%s %v): %v", e.Bank, e.Question, e.Rating, err)
	}
	return c
}

func TestGoodTwiceDueLaterThanAgain(t *testing.T) {
	s := openW(t, t.TempDir())
	record(t, s, answerAt("b", "good", Good, t0))
	good := record(t, s, answerAt("b", "good", Good, t0.Add(15*time.Minute)))
	again := record(t, s, answerAt("b", "again", Again, t0))
	if !good.Due.After(again.Due) {
		t.Errorf("Good twice due %v, Again due %v: want Good later", good.Due, again.Due)
	}
	if good.Seen != 2 || good.Correct != 2 || again.Seen != 1 || again.Correct != 0 {
		t.Errorf("counts good %d/%d again %d/%d, want 2/2 and 0/1", good.Correct, good.Seen, again.Correct, again.Seen)
	}
}

func TestSurvivesSaveAndOpen(t *testing.T) {
	dir := t.TempDir()
	s := openW(t, dir)
	want := record(t, s, answerAt("b", "q1", Good, t0))
	record(t, s, answerAt("b", "q2", Again, t0))
	if err := s.Close(); err != nil {
		t.Fatalf("Close: %v", err)
	}
	r, err := Open(dir)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	got, ok := r.Card("b", "q1")
	if !ok || !got.Due.Equal(want.Due) || got.Stability != want.Stability || got.Seen != 1 {
		t.Errorf("Card(b, q1) after reopen = %+v, %v; want %+v", got, ok, want)
	}
	if n := len(r.Cards()); n != 2 {
		t.Errorf("len(Cards()) = %d, want 2", n)
	}
	if _, ok := r.Card("b", "never"); ok {
		t.Errorf("Card(b, never) found, want not found")
	}
}

func TestReplayNewerThanSnapshot(t *testing.T) {
	dir := t.TempDir()
	s := openW(t, dir)
	record(t, s, answerAt("b", "q1", Good, t0))
	if err := s.Save(); err != nil {
		t.Fatal(err)
	}
	// Answers after the last save, as if the process was then killed.
	record(t, s, answerAt("b", "q1", Good, t0.Add(time.Hour)))
	want := record(t, s, answerAt("b", "q2", Easy, t0.Add(time.Hour)))
	snap, _ := os.ReadFile(filepath.Join(dir, SnapshotFile))
	release(dir, s.lock) // crash: no Close

	r, err := Open(dir)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	if got, ok := r.Card("b", "q2"); !ok || !got.Due.Equal(want.Due) {
		t.Errorf("Card(b, q2) = %+v, %v; want replayed %+v", got, ok, want)
	}
	if got, _ := r.Card("b", "q1"); got.Seen != 2 {
		t.Errorf("Card(b, q1).Seen = %d, want 2", got.Seen)
	}
	after, _ := os.ReadFile(filepath.Join(dir, SnapshotFile))
	if string(after) != string(snap) {
		t.Errorf("Open rewrote %s; a reader must write nothing", SnapshotFile)
	}
	// A full rebuild from the log gives the same cards as snapshot+replay.
	os.Remove(filepath.Join(dir, SnapshotFile))
	full, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	sameCards(t, full.Cards(), r.Cards())
}

func sameCards(t *testing.T, got, want map[string]Card) {
	t.Helper()
	if len(got) != len(want) {
		t.Errorf("%d cards, want %d", len(got), len(want))
	}
	for k, w := range want {
		g, ok := got[k]
		if !ok {
			t.Errorf("card %s missing", k)
			continue
		}
		if !g.Due.Equal(w.Due) || g.Stability != w.Stability || g.Difficulty != w.Difficulty ||
			g.Reps != w.Reps || g.Seen != w.Seen || g.Correct != w.Correct || g.Suspended != w.Suspended || g.State != w.State {
			t.Errorf("card %s = %+v, want %+v", k, g, w)
		}
	}
}

func TestUndo(t *testing.T) {
	dir := t.TempDir()
	s := openW(t, dir)
	before := record(t, s, answerAt("b", "q", Good, t0))
	e := answerAt("b", "q", Again, t0.Add(time.Hour))
	e.ID = "second"
	record(t, s, e)
	got, err := s.Undo(t0.Add(time.Hour + time.Minute))
	if err != nil {
		t.Fatalf("Undo: %v", err)
	}
	if got.ID != "second" {
		t.Errorf("Undo took back %q, want %q", got.ID, "second")
	}
	c, _ := s.Card("b", "q")
	sameCards(t, map[string]Card{"b/q": c}, map[string]Card{"b/q": before})

	// Across a restart, the slow path: the first answer goes too.
	s.Close()
	s = openW(t, dir)
	sameCards(t, s.Cards(), map[string]Card{"b/q": before})
	if _, err := s.Undo(t0.Add(2 * time.Hour)); err != nil {
		t.Fatalf("second Undo: %v", err)
	}
	if _, ok := s.Card("b", "q"); ok {
		t.Errorf("Card(b, q) exists after undoing every answer")
	}
	if _, err := s.Undo(t0.Add(2 * time.Hour)); !errors.Is(err, ErrNothingToUndo) {
		t.Errorf("Undo with nothing left = %v, want ErrNothingToUndo", err)
	}
	s.Close()
	os.Remove(filepath.Join(dir, SnapshotFile))
	r, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	if n := len(r.Cards()); n != 0 {
		t.Errorf("replayed log has %d cards, want 0 (both answers undone)", n)
	}
}

func TestReset(t *testing.T) {
	dir := t.TempDir()
	s := openW(t, dir)
	record(t, s, answerAt("a", "1", Good, t0))
	record(t, s, answerAt("a", "2", Good, t0))
	record(t, s, answerAt("b", "1", Good, t0))
	record(t, s, answerAt("ab", "1", Good, t0))
	if _, err := s.Record(Entry{Time: t0.Add(time.Hour), Kind: KindReset, Bank: "a", Question: "1"}); err != nil {
		t.Fatal(err)
	}
	if _, ok := s.Card("a", "1"); ok {
		t.Errorf("Card(a, 1) after question reset: found, want gone")
	}
	if _, ok := s.Card("a", "2"); !ok {
		t.Errorf("Card(a, 2) after reset of a/1: gone, want kept")
	}
	if _, err := s.Record(Entry{Time: t0.Add(time.Hour), Kind: KindReset, Bank: "a"}); err != nil {
		t.Fatal(err)
	}
	want := map[string]bool{"b/1": true, "ab/1": true}
	check := func(st *Store, when string) {
		for k := range st.Cards() {
			if !want[k] {
				t.Errorf("%s: card %s survived reset of bank a", when, k)
			}
		}
		if len(st.Cards()) != len(want) {
			t.Errorf("%s: %d cards, want %d", when, len(st.Cards()), len(want))
		}
	}
	check(s, "live")
	s.Close()
	os.Remove(filepath.Join(dir, SnapshotFile))
	r, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	check(r, "replayed")
}

func TestTodayAcrossMidnight(t *testing.T) {
	zone := time.FixedZone("UTC+10", 10*3600)
	// 23:30 local on 9 March is 13:30 UTC.
	late := time.Date(2025, 3, 9, 23, 30, 0, 0, zone)
	s := openW(t, t.TempDir())
	record(t, s, answerAt("b", "old", Good, late))
	record(t, s, answerAt("b", "old2", Good, late))
	// 04:30 is just past the rollover hour: a new learner's day.
	morning := time.Date(2025, 3, 10, 4, 30, 0, 0, zone)
	record(t, s, answerAt("b", "old", Good, morning))
	record(t, s, answerAt("b", "old", Good, morning.Add(time.Minute)))
	record(t, s, answerAt("b", "new", Good, morning))
	record(t, s, answerAt("b", "new", Good, morning.Add(time.Minute)))
	p := answerAt("b", "practised", Good, morning)
	p.Unscheduled = true
	record(t, s, p)

	tests := []struct {
		now             time.Time
		intro, reviewed int
	}{
		{late.Add(10 * time.Minute), 2, 0},
		{morning.Add(time.Hour), 1, 2},
		{morning.Add(24 * time.Hour), 0, 0},
	}
	for _, tt := range tests {
		in, rv, err := s.Today(tt.now)
		if err != nil {
			t.Fatal(err)
		}
		if in != tt.intro || rv != tt.reviewed {
			t.Errorf("Today(%v) = %d, %d; want %d, %d", tt.now, in, rv, tt.intro, tt.reviewed)
		}
	}
}

func TestSettingsValidation(t *testing.T) {
	good := DefaultSettings()
	tests := []struct {
		name   string
		change func(*Settings)
		ok     bool
	}{
		{"defaults", func(*Settings) {}, true},
		{"retention low", func(s *Settings) { s.Retention = 0.5 }, false},
		{"retention high", func(s *Settings) { s.Retention = 1 }, false},
		{"retention edge", func(s *Settings) { s.Retention = 0.70 }, true},
		{"negative new", func(s *Settings) { s.NewPerDay = -1 }, false},
		{"zero new", func(s *Settings) { s.NewPerDay = 0 }, true},
		{"negative reviews", func(s *Settings) { s.ReviewsPerDay = -1 }, false},
		{"zero session", func(s *Settings) { s.SessionSize = 0 }, false},
		{"zero leech", func(s *Settings) { s.LeechThreshold = 0 }, false},
	}
	dir := t.TempDir()
	s := openW(t, dir)
	for _, tt := range tests {
		set := good
		tt.change(&set)
		err := s.SetSettings(set)
		if (err == nil) != tt.ok {
			t.Errorf("SetSettings(%s) = %v, want ok %v", tt.name, err, tt.ok)
		}
	}
	set := good
	set.Retention = 0.85
	if err := s.SetSettings(set); err != nil {
		t.Fatal(err)
	}
	r, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	if got := r.Settings(); got != set {
		t.Errorf("Settings() after reopen = %+v, want %+v", got, set)
	}
}

func TestSecondWriterRefused(t *testing.T) {
	dir := t.TempDir()
	s := openW(t, dir)
	record(t, s, answerAt("b", "q", Good, t0))
	_, err := OpenWrite(dir)
	var le *LockedError
	if !errors.As(err, &le) {
		t.Fatalf("second OpenWrite = %v, want *LockedError", err)
	}
	if le.PID != os.Getpid() || !strings.Contains(err.Error(), "another quiz (pid") {
		t.Errorf("LockedError = %q (pid %d), want it to name pid %d", err, le.PID, os.Getpid())
	}
	// Readers still work while the writer holds the lock.
	r, err := Open(dir)
	if err != nil {
		t.Fatalf("Open during a session: %v", err)
	}
	if _, ok := r.Card("b", "q"); !ok {
		t.Errorf("reader does not see the answer already recorded")
	}
	record(t, s, answerAt("b", "q2", Good, t0))
	s.Close()
	s2 := openW(t, dir)
	if n := len(s2.Cards()); n != 2 {
		t.Errorf("after the first writer closed: %d cards, want 2", n)
	}
}

func TestWriteErrorLeavesStateAlone(t *testing.T) {
	dir := t.TempDir()
	s := openW(t, dir)
	before := record(t, s, answerAt("b", "q", Good, t0))
	logBefore, _ := os.ReadFile(filepath.Join(dir, LogFile))

	orig := appendLine
	t.Cleanup(func() { appendLine = orig })
	appendLine = func(f *os.File, b []byte) error {
		f.Write(b[:len(b)/2]) // a partial write, then the disk is full
		return syscall.ENOSPC
	}
	_, err := s.Record(answerAt("b", "q", Again, t0.Add(time.Hour)))
	if !errors.Is(err, syscall.ENOSPC) {
		t.Fatalf("Record on a full disk = %v, want ENOSPC", err)
	}
	if c, _ := s.Card("b", "q"); c.Seen != before.Seen || !c.Due.Equal(before.Due) {
		t.Errorf("card changed by a failed Record: %+v, want %+v", c, before)
	}
	logAfter, _ := os.ReadFile(filepath.Join(dir, LogFile))
	if string(logAfter) != string(logBefore) {
		t.Errorf("log changed by a failed Record:\n%s\nwant\n%s", logAfter, logBefore)
	}
	appendLine = orig
	record(t, s, answerAt("b", "q", Again, t0.Add(time.Hour)))

	origW := writeAtomic
	t.Cleanup(func() { writeAtomic = origW })
	writeAtomic = func(string, []byte) error { return syscall.ENOSPC }
	if err := s.Save(); !errors.Is(err, syscall.ENOSPC) {
		t.Errorf("Save on a full disk = %v, want ENOSPC", err)
	}
	writeAtomic = origW
	r, err := Open(dir)
	if err != nil {
		t.Fatalf("Open after failed save: %v", err)
	}
	if c, _ := r.Card("b", "q"); c.Seen != 2 {
		t.Errorf("Seen after failed save = %d, want 2 (answers are in the log)", c.Seen)
	}
}

func TestDir(t *testing.T) {
	t.Setenv("HOME", "/home/u")
	tests := []struct {
		flag, quizHome, xdg, want string
	}{
		{"/f", "/q", "/x", "/f"},
		{"", "/q", "/x", "/q"},
		{"", "", "/x", "/x/quiz"},
		{"", "", "relative", "/home/u/.local/share/quiz"},
		{"", "", "", "/home/u/.local/share/quiz"},
	}
	for _, tt := range tests {
		t.Setenv("QUIZ_HOME", tt.quizHome)
		t.Setenv("XDG_DATA_HOME", tt.xdg)
		got, err := Dir(tt.flag)
		if err != nil || got != tt.want {
			t.Errorf("Dir(%q) with QUIZ_HOME=%q XDG_DATA_HOME=%q = %q, %v; want %q", tt.flag, tt.quizHome, tt.xdg, got, err, tt.want)
		}
	}
}
