package progress

import (
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// oneReview returns the card and counts of a question answered once with
// rating at t0.Add(d), in a fresh directory.
func oneReview(t *testing.T, r Rating, d time.Duration) Card {
	t.Helper()
	s := openW(t, t.TempDir())
	e := answerAt("b", "q", r, t0.Add(d))
	e.Correct = true
	return record(t, s, e)
}

func TestRerate(t *testing.T) {
	for _, rating := range []Rating{Again, Hard, Easy} {
		dir := t.TempDir()
		s := openW(t, dir)
		record(t, s, answerAt("b", "other", Good, t0))
		first := answerAt("b", "q", Good, t0.Add(time.Hour))
		first.Answer, first.MS, first.Session = "2004", 3500, "s1"
		record(t, s, first)
		sizeBefore := s.logSize
		got, err := s.Rerate(t0.Add(time.Hour+time.Second), rating)
		if err != nil {
			t.Fatalf("Rerate(%v): %v", rating, err)
		}
		// The same as answering once with the new rating at the new time.
		want := oneReview(t, rating, time.Hour+time.Second)
		sameCards(t, map[string]Card{"b/q": got}, map[string]Card{"b/q": want})
		if got.Seen != 1 || got.Correct != 1 {
			t.Errorf("Rerate(%v): seen %d, correct %d; want 1, 1", rating, got.Seen, got.Correct)
		}

		// Two lines, the new review first, written together.
		tail := readFile(t, filepath.Join(dir, LogFile))[sizeBefore:]
		lines := strings.Split(strings.TrimSuffix(tail, "\n"), "\n")
		if len(lines) != 2 {
			t.Fatalf("Rerate(%v) wrote %d lines, want 2:\n%s", rating, len(lines), tail)
		}
		n, err1 := parseEntry([]byte(lines[0]))
		u, err2 := parseEntry([]byte(lines[1]))
		if err1 != nil || err2 != nil || n.Kind != KindReview || u.Kind != KindUndo {
			t.Fatalf("Rerate(%v) wrote %q, want a review then an undo", rating, lines)
		}
		if n.Rating != rating || n.Answer != "2004" || n.MS != 3500 || n.Session != "s1" || n.Mode != ModeStudy {
			t.Errorf("new review = %+v, want the old answer rated %v", n, rating)
		}
		if last, ok, err := s.LastAnswer(); err != nil || !ok || last.ID != n.ID {
			t.Errorf("LastAnswer after Rerate = %v, %v, %v; want the new review", last.ID, ok, err)
		}

		// Replay from the log alone and through the snapshot agree.
		if err := s.Close(); err != nil {
			t.Fatal(err)
		}
		r, err := Open(dir)
		if err != nil {
			t.Fatal(err)
		}
		sameCards(t, r.Cards(), map[string]Card{"b/q": want, "b/other": r.cards["b/other"]})
		os.Remove(filepath.Join(dir, SnapshotFile))
		r, err = Open(dir)
		if err != nil {
			t.Fatal(err)
		}
		c, _ := r.Card("b", "q")
		sameCards(t, map[string]Card{"b/q": c}, map[string]Card{"b/q": want})
	}
}

func TestRerateThenUndo(t *testing.T) {
	dir := t.TempDir()
	s := openW(t, dir)
	before := record(t, s, answerAt("b", "q", Again, t0))
	record(t, s, answerAt("b", "q", Good, t0.Add(24*time.Hour)))
	if _, err := s.Rerate(t0.Add(24*time.Hour+time.Second), Easy); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Undo(t0.Add(25 * time.Hour)); err != nil {
		t.Fatal(err)
	}
	c, _ := s.Card("b", "q")
	sameCards(t, map[string]Card{"b/q": c}, map[string]Card{"b/q": before})
	s.Close()
	os.Remove(filepath.Join(dir, SnapshotFile))
	r, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	sameCards(t, r.Cards(), map[string]Card{"b/q": before})
}

func TestRerateAfterRestartUsesLog(t *testing.T) {
	dir := t.TempDir()
	s := openW(t, dir)
	record(t, s, answerAt("b", "q", Good, t0))
	s.Close()
	s = openW(t, dir)
	got, err := s.Rerate(t0.Add(time.Second), Hard)
	if err != nil {
		t.Fatal(err)
	}
	want := oneReview(t, Hard, time.Second)
	sameCards(t, map[string]Card{"b/q": got}, map[string]Card{"b/q": want})
}

func TestRerateNothing(t *testing.T) {
	s := openW(t, t.TempDir())
	if _, err := s.Rerate(t0, Easy); !errors.Is(err, ErrNothingToUndo) {
		t.Errorf("Rerate with no answer = %v, want ErrNothingToUndo", err)
	}
	if _, ok, err := s.LastAnswer(); ok || err != nil {
		t.Errorf("LastAnswer with no answer = %v, %v; want false, nil", ok, err)
	}
}

// A crash while the two lines of a re-rating are written leaves a log
// that loads and keeps at least the answer.
func TestRerateTornWrite(t *testing.T) {
	dir := t.TempDir()
	s := openW(t, dir)
	record(t, s, answerAt("b", "q", Good, t0))
	size := s.logSize
	if _, err := s.Rerate(t0.Add(time.Second), Easy); err != nil {
		t.Fatal(err)
	}
	s.Close()
	full := readFile(t, filepath.Join(dir, LogFile))
	os.Remove(filepath.Join(dir, SnapshotFile))
	for cut := int(size) + 1; cut < len(full); cut += 7 {
		writeFile(t, filepath.Join(dir, LogFile), full[:cut])
		w, err := OpenWrite(dir)
		if err != nil {
			t.Fatalf("OpenWrite with the log cut at %d: %v", cut, err)
		}
		if c, ok := w.Card("b", "q"); !ok || c.Seen < 1 {
			t.Errorf("log cut at %d: card %+v, %v; want the answer kept", cut, c, ok)
		}
		w.Close()
		os.Remove(filepath.Join(dir, SnapshotFile))
	}
}

func TestRerateWriteErrorLeavesStateAlone(t *testing.T) {
	dir := t.TempDir()
	s := openW(t, dir)
	before := record(t, s, answerAt("b", "q", Good, t0))
	logBefore := readFile(t, filepath.Join(dir, LogFile))
	orig := appendLine
	t.Cleanup(func() { appendLine = orig })
	appendLine = func(f *os.File, b []byte) error {
		f.Write(b[:len(b)/2])
		return syscall.ENOSPC
	}
	if _, err := s.Rerate(t0.Add(time.Second), Easy); !errors.Is(err, syscall.ENOSPC) {
		t.Fatalf("Rerate on a full disk = %v, want ENOSPC", err)
	}
	appendLine = orig
	if c, _ := s.Card("b", "q"); c.Seen != before.Seen || !c.Due.Equal(before.Due) {
		t.Errorf("card changed by a failed Rerate: %+v, want %+v", c, before)
	}
	if got := readFile(t, filepath.Join(dir, LogFile)); got != logBefore {
		t.Errorf("log changed by a failed Rerate:\n%s", got)
	}
}

func TestLastAnswerSkipsUndone(t *testing.T) {
	s := openW(t, t.TempDir())
	a := answerAt("b", "q1", Good, t0)
	a.ID = "first"
	record(t, s, a)
	record(t, s, answerAt("b", "q2", Good, t0.Add(time.Minute)))
	record(t, s, Entry{Time: t0.Add(2 * time.Minute), Kind: KindSession, Start: t0})
	if _, err := s.Undo(t0.Add(3 * time.Minute)); err != nil {
		t.Fatal(err)
	}
	got, ok, err := s.LastAnswer()
	if err != nil || !ok || got.ID != "first" {
		t.Errorf("LastAnswer = %q, %v, %v; want %q", got.ID, ok, err, "first")
	}
}

func TestLogReplacedUnderWriter(t *testing.T) {
	for _, how := range []string{"renamed over", "removed"} {
		dir := t.TempDir()
		s := openW(t, dir)
		record(t, s, answerAt("b", "q1", Good, t0))
		logPath := filepath.Join(dir, LogFile)
		other := readFile(t, logPath)
		if how == "removed" {
			os.Remove(logPath)
		} else {
			writeFile(t, logPath+".new", other)
			if err := os.Rename(logPath+".new", logPath); err != nil {
				t.Fatal(err)
			}
		}
		_, err := s.Record(answerAt("b", "q2", Good, t0.Add(time.Minute)))
		if !errors.Is(err, ErrLogReplaced) || !strings.Contains(err.Error(), "quiz doctor") {
			t.Errorf("log %s: Record = %v, want ErrLogReplaced", how, err)
		}
		if _, err := s.Rerate(t0.Add(time.Minute), Easy); err == nil {
			t.Errorf("log %s: Rerate after the failure succeeded", how)
		}
		if how == "renamed over" {
			if got := readFile(t, logPath); got != other {
				t.Errorf("log %s: the new log was changed:\n%s", how, got)
			}
		}
		s.Close()
		if _, err := os.Stat(filepath.Join(dir, SnapshotFile)); err == nil {
			t.Errorf("log %s: Close saved a snapshot of a log that is gone", how)
		}
	}
}

func TestLockRemovedUnderWriter(t *testing.T) {
	dir := t.TempDir()
	s := openW(t, dir)
	os.Remove(filepath.Join(dir, LockFile))
	// Another quiz can now take a lock on a new file.
	s2, err := OpenWrite(dir)
	if err != nil {
		t.Fatalf("second OpenWrite after the lock was removed: %v", err)
	}
	defer s2.Close()
	if _, err := s.Record(answerAt("b", "q", Good, t0)); !errors.Is(err, ErrLockLost) {
		t.Errorf("Record after the lock was removed = %v, want ErrLockLost", err)
	}
	record(t, s2, answerAt("b", "q", Good, t0))
}

func TestTolerantReading(t *testing.T) {
	dir := twoAnswers(t)
	logPath := filepath.Join(dir, LogFile)
	good := readFile(t, logPath)
	lines := strings.SplitAfter(good, "\n")
	tests := []struct{ name, log string }{
		{"byte order mark", "\ufeff" + good},
		{"blank lines", "\n" + lines[0] + "\n" + lines[1] + "\n  \n" + lines[2] + "\n\n"},
		{"CRLF line ends", strings.ReplaceAll(good, "\n", "\r\n")},
		{"trailing spaces", good + "   "},
	}
	for _, tt := range tests {
		for _, snap := range []bool{false, true} {
			os.Remove(filepath.Join(dir, SnapshotFile))
			writeFile(t, logPath, tt.log)
			if snap {
				w := openW(t, dir)
				w.Close()
			}
			r, err := Open(dir)
			if err != nil {
				t.Errorf("%s (snapshot %v): Open = %v", tt.name, snap, err)
				continue
			}
			if len(r.Cards()) != 2 || len(r.Warnings()) != 0 {
				t.Errorf("%s (snapshot %v): %d cards, warnings %q; want 2, none", tt.name, snap, len(r.Cards()), r.Warnings())
			}
			w := openW(t, dir)
			if len(w.Warnings()) != 0 {
				t.Errorf("%s (snapshot %v): writer warnings %q, want none", tt.name, snap, w.Warnings())
			}
			record(t, w, answerAt("b", "q3", Good, t0.Add(time.Hour)))
			if _, err := w.Undo(t0.Add(2 * time.Hour)); err != nil {
				t.Errorf("%s (snapshot %v): Undo = %v", tt.name, snap, err)
			}
			record(t, w, answerAt("b", "q3", Good, t0.Add(3*time.Hour)))
			w.Close()
			r, err = Open(dir)
			if err != nil || len(r.Cards()) != 3 || len(r.Warnings()) != 0 {
				t.Errorf("%s (snapshot %v): after recording, %v, %d cards, warnings %q; want 3, none", tt.name, snap, err, len(r.Cards()), r.Warnings())
			}
			if rep, _ := Check(dir); !rep.Healthy() {
				t.Errorf("%s (snapshot %v): doctor found %q", tt.name, snap, problems(rep))
			}
		}
	}
}

func TestNewerEntryKind(t *testing.T) {
	dir := twoAnswers(t)
	logPath := filepath.Join(dir, LogFile)
	good := readFile(t, logPath)
	tag := `{"id":"t1","time":"2025-03-10T10:00:00Z","kind":"tag","bank":"b","question":"q1","tags":["x"]}` + "\n"
	for _, log := range []string{good + tag, good + strings.TrimSuffix(tag, "\n"), tag + good, "\n" + good + tag} {
		writeFile(t, logPath, log)
		for _, open := range []func(string, ...Option) (*Store, error){Open, OpenWrite} {
			s, err := open(dir)
			if err == nil {
				s.Close()
				t.Errorf("loading a log with a newer entry succeeded")
				continue
			}
			line := strings.Count(log[:strings.Index(log, `"t1"`)], "\n") + 1
			want := LogFile + " line " + strconv.Itoa(line) + ` was written by a newer quiz (kind "tag"); update quiz`
			if !strings.HasSuffix(err.Error(), want) || strings.Contains(err.Error(), "\n") {
				t.Errorf("Open = %q, want it to end %q", err, want)
			}
			var de *DataError
			if !errors.As(err, &de) || !de.Newer {
				t.Errorf("Open = %#v, want a DataError from a newer quiz", err)
			}
		}
		if got := readFile(t, logPath); got != log {
			t.Errorf("log with a newer entry changed to:\n%s", got)
		}
		if side, _ := filepath.Glob(filepath.Join(dir, LogFile+".torn-*")); len(side) != 0 {
			t.Errorf("newer entry set aside as torn: %v", side)
		}
	}
}

func TestDuplicateIDsCountOnce(t *testing.T) {
	dir := twoAnswers(t)
	logPath := filepath.Join(dir, LogFile)
	good := readFile(t, logPath)
	lines := strings.SplitAfter(good, "\n")
	tests := []struct {
		name, log string
		snap      bool // a snapshot covers the first lines
	}{
		// lines[0] declares the format; lines[1] is the first answer.
		{"copied at the end", good + lines[1], true},
		{"copied at the end, no snapshot", good + lines[1], false},
		{"copied in the middle", lines[0] + lines[1] + lines[1] + lines[2], false},
	}
	for _, tt := range tests {
		os.Remove(filepath.Join(dir, SnapshotFile))
		writeFile(t, logPath, good)
		if tt.snap {
			w := openW(t, dir)
			w.Close()
		}
		writeFile(t, logPath, tt.log)
		for _, open := range []func(string, ...Option) (*Store, error){Open, OpenWrite} {
			s, err := open(dir)
			if err != nil {
				t.Fatalf("%s: %v", tt.name, err)
			}
			if c, _ := s.Card("b", "q1"); c.Seen != 1 || c.Reps != 1 {
				t.Errorf("%s: Card(b, q1) seen %d, reps %d; want 1, 1", tt.name, c.Seen, c.Reps)
			}
			if n := len(entries(t, s)); n != 2 {
				t.Errorf("%s: %d entries, want 2", tt.name, n)
			}
			s.Close()
		}
		// Loaded again through the snapshot the writer saved.
		r, err := Open(dir)
		if err != nil {
			t.Fatal(err)
		}
		if c, _ := r.Card("b", "q1"); c.Seen != 1 || len(entries(t, r)) != 2 {
			t.Errorf("%s, reopened: seen %d, %d entries; want 1, 2", tt.name, c.Seen, len(entries(t, r)))
		}
		rep, err := Check(dir)
		if err != nil || !rep.Healthy() || !strings.Contains(notes(rep), "1 entry repeats the id of an earlier one and counts once") {
			t.Errorf("%s: Check = %v, %q; want healthy, noting the repeated id", tt.name, err, notes(rep))
		}
	}
}

func TestCheckFutureEntries(t *testing.T) {
	dir := twoAnswers(t)
	rep, err := CheckAt(dir, t0.Add(-48*time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	if p := problems(rep); len(p) != 1 || !strings.Contains(p[0], "2 entries are dated more than a day ahead") || rep.Repairable() {
		t.Errorf("CheckAt two days earlier = %q, want two future entries, not repairable", p)
	}
	if rep, _ := CheckAt(dir, t0); !rep.Healthy() {
		t.Errorf("CheckAt(t0) = %q, want healthy", problems(rep))
	}
	// Repair can set them aside, keeping them in a side file.
	early := WithClock(func() time.Time { return t0.Add(-48 * time.Hour) })
	if _, err := Repair(dir, early); err != nil {
		t.Fatal(err)
	}
	if rep, _ := CheckAt(dir, t0.Add(-48*time.Hour)); rep.Healthy() {
		t.Errorf("plain repair set entries aside; want them kept")
	}
	if _, err := Repair(dir, early, WithSetAsideFuture()); err != nil {
		t.Fatal(err)
	}
	if rep, _ := CheckAt(dir, t0.Add(-48*time.Hour)); !rep.Healthy() {
		t.Errorf("after setting aside: %q, want healthy", problems(rep))
	}
	side, _ := filepath.Glob(filepath.Join(dir, LogFile+".future-*"))
	if len(side) != 1 || strings.Count(readFile(t, side[0]), "\n") != 2 {
		t.Errorf("side files %v, want one with the two entries", side)
	}
}

func TestRepairRefusesHopelessLog(t *testing.T) {
	dir := twoAnswers(t)
	logPath := filepath.Join(dir, LogFile)
	good := readFile(t, logPath)
	lines := strings.SplitAfter(good, "\n")
	tests := []struct{ name, log string }{
		{"not a log", "hello\nworld\n"},
		{"most lines unreadable", lines[0] + "x\ny\nz\n"},
	}
	for _, tt := range tests {
		writeFile(t, logPath, tt.log)
		snapBefore := readFile(t, filepath.Join(dir, SnapshotFile))
		if rep, _ := Check(dir); rep.Healthy() || rep.Repairable() {
			t.Errorf("%s: Check = %q, want a problem repair cannot fix", tt.name, problems(rep))
		}
		_, err := Repair(dir)
		if err == nil || !strings.Contains(err.Error(), "nothing was changed") {
			t.Errorf("%s: Repair = %v, want it refused", tt.name, err)
		}
		if got := readFile(t, logPath); got != tt.log {
			t.Errorf("%s: log changed by a refused repair", tt.name)
		}
		if got := readFile(t, filepath.Join(dir, SnapshotFile)); got != snapBefore {
			t.Errorf("%s: snapshot changed by a refused repair", tt.name)
		}
		if bak, _ := filepath.Glob(filepath.Join(dir, "*.b[a]*")); len(bak) != 0 {
			t.Errorf("%s: a refused repair left %v", tt.name, bak)
		}
	}
	// One bad line among good ones is still repaired.
	writeFile(t, logPath, lines[0]+lines[1]+"garbage\n"+lines[2])
	if _, err := Repair(dir); err != nil {
		t.Errorf("Repair with one bad line of three = %v", err)
	}
}

// One unreadable first line (a sync tool's conflict marker, a stray edit)
// is set aside like any other bad line: it must not lock the learner out.
func TestBadFirstLineRepairable(t *testing.T) {
	dir := twoAnswers(t)
	logPath := filepath.Join(dir, LogFile)
	good := readFile(t, logPath)
	writeFile(t, logPath, "<<<<<<< conflict\n"+good)
	if _, err := Open(dir); err == nil {
		t.Fatalf("Open with a bad first line succeeded; want it to point at doctor")
	}
	rep, err := Check(dir)
	if err != nil || rep.Healthy() || !rep.Repairable() {
		t.Fatalf("Check = %q, %v; want a problem repair can fix", problems(rep), err)
	}
	if _, err := Repair(dir); err != nil {
		t.Fatalf("Repair = %v", err)
	}
	s, err := Open(dir)
	if err != nil || len(s.Cards()) != 2 {
		t.Fatalf("after repair: Open = %v; want both answers", err)
	}
	side, _ := filepath.Glob(filepath.Join(dir, LogFile+".bad-*"))
	if len(side) != 1 || readFile(t, side[0]) != "<<<<<<< conflict\n" {
		t.Errorf("side files %v, want the bad line kept in one", side)
	}
}

func TestRepairOnFullDiskLeavesNoPartialBackup(t *testing.T) {
	dir := twoAnswers(t)
	logPath := filepath.Join(dir, LogFile)
	lines := strings.SplitAfter(readFile(t, logPath), "\n")
	damaged := lines[0] + lines[1] + "garbage\n" + lines[2]
	writeFile(t, logPath, damaged)
	orig := appendLine
	t.Cleanup(func() { appendLine = orig })
	appendLine = func(f *os.File, b []byte) error {
		f.Write(b[:len(b)/2])
		return syscall.ENOSPC
	}
	if _, err := Repair(dir); !errors.Is(err, syscall.ENOSPC) {
		t.Fatalf("Repair on a full disk = %v, want ENOSPC", err)
	}
	appendLine = orig
	if left, _ := filepath.Glob(filepath.Join(dir, LogFile+".*")); len(left) != 0 {
		t.Errorf("a failed repair left %v", left)
	}
	if got := readFile(t, logPath); got != damaged {
		t.Errorf("a failed repair changed the log")
	}
}

// The lock is seen held even without lock.info (on Linux the system's list
// of locks also names the holder).
func TestLockedNoteWithoutLockInfo(t *testing.T) {
	dir := t.TempDir()
	s := openW(t, dir)
	os.Remove(filepath.Join(dir, LockInfoFile))
	rep, err := Check(dir)
	if err != nil {
		t.Fatal(err)
	}
	if n := notes(rep); !strings.Contains(n, "is recording now") {
		t.Errorf("Check notes = %q, want the lock noted", n)
	}
	s.Close()
}

// TestShorterLogKeepsOldSnapshot: when the log has lost answers (an older
// copy restored over it), the writer that rebuilds from it keeps the old
// snapshot, which may be the last copy of those answers.
// A log shorter than what the snapshot has seen (a sync tool rolled it
// back, or it was replaced) is lost data: every command refuses, naming both
// files, and nothing is changed until the learner restores the log or
// accepts the loss with --force, which keeps the old snapshot.
func TestRolledBackLogRefused(t *testing.T) {
	dir := t.TempDir()
	s := openW(t, dir)
	t0 := time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)
	for i, q := range []string{"a", "b", "c"} {
		record(t, s, answerAt("b", q, Good, t0.Add(time.Duration(i)*time.Minute)))
	}
	if err := s.SetSettingsAt(changed(0.8, 5), t0.Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	snapPath, logPath := filepath.Join(dir, SnapshotFile), filepath.Join(dir, LogFile)
	old := readFile(t, snapPath)
	lines := strings.SplitAfter(readFile(t, logPath), "\n")
	for _, tt := range []struct{ name, log string }{
		{"rolled back", lines[0] + lines[1]},
		{"replaced", lines[0] + lines[1] + strings.Replace(lines[2], `"id":"`, `"id":"x`, 1) + strings.Replace(lines[3], `"id":"`, `"id":"x`, 1) +
			strings.Replace(lines[4], `"id":"`, `"id":"x`, 1) + lines[1]},
	} {
		writeFile(t, logPath, tt.log)
		for _, open := range []func(string, ...Option) (*Store, error){Open, OpenWrite} {
			s, err := open(dir)
			if err == nil {
				s.Close()
			}
			var lost *LostError
			if !errors.As(err, &lost) || !strings.Contains(err.Error(), LogFile) || !strings.Contains(err.Error(), SnapshotFile) ||
				!strings.Contains(err.Error(), "quiz doctor --repair --force") {
				t.Errorf("%s: open = %v; want a refusal naming both files and the way out", tt.name, err)
			}
		}
		rep, err := Check(dir)
		if err != nil || rep.Healthy() || rep.Repairable() {
			t.Errorf("%s: Check = %q, %v; want a problem plain repair does not touch", tt.name, problems(rep), err)
		}
		if _, err := Repair(dir); err == nil || !strings.Contains(err.Error(), "nothing was changed") {
			t.Errorf("%s: Repair = %v, want it refused", tt.name, err)
		}
		if readFile(t, snapPath) != old || readFile(t, logPath) != tt.log {
			t.Errorf("%s: a refusal changed the files", tt.name)
		}
		if baks, _ := filepath.Glob(filepath.Join(dir, "*.bak*")); len(baks) != 0 {
			t.Errorf("%s: a refusal left %v", tt.name, baks)
		}
	}
	// Accepting the loss rebuilds from the log and keeps the old snapshot.
	writeFile(t, logPath, lines[0]+lines[1])
	if _, err := Repair(dir, WithForce()); err != nil {
		t.Fatalf("Repair(--force) = %v", err)
	}
	baks, _ := filepath.Glob(filepath.Join(dir, SnapshotFile+".bak-*"))
	if len(baks) != 1 || readFile(t, baks[0]) != old {
		t.Errorf("backups of the snapshot = %v, want one copy of the old one", baks)
	}
	r, err := Open(dir)
	if err != nil || len(r.Cards()) != 1 {
		t.Errorf("after the forced repair: %v; want the one answer the log holds", err)
	}
}

func entries(t *testing.T, s *Store) []Entry {
	t.Helper()
	es, err := s.Entries()
	if err != nil {
		t.Fatal(err)
	}
	return es
}
