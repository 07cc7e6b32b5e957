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

func merge(t *testing.T, s *Store, from string) MergeReport {
	t.Helper()
	rep, err := s.Merge(from)
	if err != nil {
		t.Fatalf("Merge(%s): %v", from, err)
	}
	return rep
}

// A merge appends the other side's lines byte for byte, fields this quiz
// does not know included, and leaves the local lines as they were.
func TestMergeKeepsBytes(t *testing.T) {
	here, other := t.TempDir(), t.TempDir()
	s := openW(t, here)
	record(t, s, answerAt("b", "q1", Good, t0))
	before := readFile(t, filepath.Join(here, LogFile))
	foreign := `{"id":"x1",  "time":"2025-03-10T10:00:00Z","kind":"review","bank":"b","question":"q2","rating":3,"correct":true,"mood":{"from":"a newer quiz"}}` + "\r\n" +
		`{"id":"x2","time":"2025-03-10T10:01:00Z","bank":"b","question":"q1","rating":1}` + "\n"
	writeFile(t, filepath.Join(other, LogFile), foreign)
	if rep := merge(t, s, other); rep.Added != 2 {
		t.Fatalf("Merge added %d, want 2 (%+v)", rep.Added, rep)
	}
	if got := readFile(t, filepath.Join(here, LogFile)); got != before+foreign {
		t.Errorf("log after merge:\n%s\nwant the old bytes, then the other side's:\n%s", got, before+foreign)
	}
	if c, _ := s.Card("b", "q2"); c.Seen != 1 {
		t.Errorf("merged answer not applied: %+v", c)
	}
	if rep := merge(t, s, other); rep.Added != 0 {
		t.Errorf("second merge added %d, want 0", rep.Added)
	}
}

// A log kept in a sync folder through a symbolic link stays a link; its
// target is what grows.
func TestMergeKeepsSymlinkedLog(t *testing.T) {
	here, sync, other := t.TempDir(), t.TempDir(), t.TempDir()
	target := filepath.Join(sync, LogFile)
	s := openW(t, here)
	record(t, s, answerAt("b", "q1", Good, t0))
	s.Close()
	if err := os.Rename(filepath.Join(here, LogFile), target); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(target, filepath.Join(here, LogFile)); err != nil {
		t.Fatal(err)
	}
	writeFile(t, filepath.Join(other, LogFile), `{"id":"x1","time":"2025-03-10T10:00:00Z","bank":"b","question":"q2","rating":3}`+"\n")
	s = openW(t, here)
	if rep := merge(t, s, other); rep.Added != 1 {
		t.Fatalf("Merge added %d, want 1", rep.Added)
	}
	s.Close()
	st, err := os.Lstat(filepath.Join(here, LogFile))
	if err != nil || st.Mode()&os.ModeSymlink == 0 {
		t.Fatalf("after merge %s is %v, %v; want still a symbolic link", LogFile, st.Mode(), err)
	}
	if !strings.Contains(readFile(t, target), `"id":"x1"`) {
		t.Errorf("the link's target did not get the merged line")
	}
}

// Anything done after a merge comes after everything the merge brought in,
// whatever the clocks say: here machine B's clock is an hour behind A's.
func TestMergeCausalOrderAcrossSkewedClocks(t *testing.T) {
	a, b := t.TempDir(), t.TempDir()
	real := time.Date(2025, 3, 10, 10, 0, 0, 0, time.UTC)
	sa := openW(t, a)
	record(t, sa, answerAt("b", "q", Again, real)) // A's clock is right
	sa.Close()
	sb := openW(t, b)
	merge(t, sb, a)
	// Half an hour later B answers; its clock says 09:30.
	late := answerAt("b", "q", Good, real.Add(30*time.Minute-time.Hour))
	late.ID = "from-b"
	record(t, sb, late)
	check := func(name string, s *Store) {
		t.Helper()
		es, err := s.Entries()
		if err != nil {
			t.Fatal(err)
		}
		var order []string
		for _, e := range es {
			if e.Kind == KindReview {
				order = append(order, e.Rating.String())
			}
		}
		if strings.Join(order, " ") != "Again Good" {
			t.Errorf("%s: answers in order %v, want Again then Good", name, order)
		}
		if c, _ := s.Card("b", "q"); c.Reps != 2 || c.Lapses != 0 {
			t.Errorf("%s: card reps %d lapses %d, want 2 and 0 (Again then Good, not Good then Again)", name, c.Reps, c.Lapses)
		}
		if e, ok, err := s.LastAnswer(); err != nil || !ok || e.ID != "from-b" {
			t.Errorf("%s: last answer %s, %v, %v; want B's", name, e.ID, ok, err)
		}
	}
	check("B", sb)
	sb.Close()
	os.Remove(filepath.Join(b, SnapshotFile))
	check("B replayed", openW(t, b))
	sa = openW(t, a)
	merge(t, sa, b)
	check("A after merging B", sa)
}

// Another machine's log can hold anything: lines with control characters or
// escape sequences (in known fields or not), ids that are not ids, or dates
// far ahead are skipped and reported, with the report itself safe to print.
func TestMergeSkipsUnfitLines(t *testing.T) {
	here, other := t.TempDir(), t.TempDir()
	s := openW(t, here)
	record(t, s, answerAt("b", "q1", Good, t0))
	lines := []string{
		`{"id":"ok","time":"2025-03-10T10:00:00Z","bank":"b","question":"q2","rating":3}`,
		`{"id":"osc","time":"2025-03-10T10:00:00Z","bank":"b","question":"q3","rating":3,"answer":"\u001b]0;owned\u0007"}`,
		"{\"id\":\"csi\",\"time\":\"2025-03-10T10:00:00Z\",\"bank\":\"b\",\"question\":\"q3\",\"rating\":3,\"answer\":\"\x1b[2J\"}",
		`{"id":"c1","time":"2025-03-10T10:00:00Z","bank":"b","question":"q3","rating":3,"extra":"\u009b31m"}`,
		`{"id":"bidi","time":"2025-03-10T10:00:00Z","bank":"b","question":"q3","rating":3,"answer":"a\u202eb"}`,
		`{"id":"badbank","time":"2025-03-10T10:00:00Z","bank":"B A","question":"q3","rating":3}`,
		`{"id":"bad\u001bid","time":"2025-03-10T10:00:00Z","bank":"b","question":"q3","rating":3}`,
		`{"id":"future","time":"2999-03-10T10:00:00Z","bank":"b","question":"q3","rating":3}`,
		`not json at all`,
		strings.Repeat("\x00", MaxLineBytes+10),
	}
	writeFile(t, filepath.Join(other, LogFile), strings.Join(lines, "\n")+"\n")
	rep := merge(t, s, other)
	if rep.Added != 1 || len(rep.Skipped) != len(lines)-1 {
		t.Errorf("added %d, skipped %d; want 1 and %d:\n%s", rep.Added, len(rep.Skipped), len(lines)-1, strings.Join(rep.Skipped, "\n"))
	}
	for _, m := range rep.Skipped {
		if strings.ContainsFunc(m, unsafeRune) {
			t.Errorf("report %q holds a control character", m)
		}
	}
	if _, ok := s.Card("b", "q3"); ok {
		t.Errorf("a skipped line was applied")
	}
	if got := readFile(t, filepath.Join(here, LogFile)); strings.ContainsAny(got, "\x1b\u009b\u202e\x00") || strings.Contains(got, `\u001b`) {
		t.Errorf("the log got a control character")
	}
}

// What the two sides disagree on is reported, not passed over.
func TestMergeReportsConflicts(t *testing.T) {
	here, other := t.TempDir(), t.TempDir()
	s := openW(t, here)
	e := answerAt("b", "q1", Good, t0)
	e.ID = "same"
	record(t, s, e)
	if err := s.SetSettingsAt(changed(0.8, 5), t0.Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
	so := openW(t, other)
	e.Rating = Again
	record(t, so, e)
	if err := so.SetSettingsAt(changed(0.95, 9), t0.Add(2*time.Hour)); err != nil {
		t.Fatal(err)
	}
	so.Close()
	rep := merge(t, s, other)
	joined := strings.Join(rep.Conflicts, "\n")
	if len(rep.Conflicts) != 2 || !strings.Contains(joined, "entry same differs") || !strings.Contains(joined, "settings were changed on both sides") {
		t.Errorf("conflicts %q, want the differing entry and the settings", rep.Conflicts)
	}
	if s.Settings() != changed(0.95, 9) {
		t.Errorf("settings after merge %+v, want the later change", s.Settings())
	}
}

// A line written by a newer quiz stops the merge before anything is
// written: appending it would lock this quiz out of its own log.
func TestMergeRefusesNewerLines(t *testing.T) {
	here, other := t.TempDir(), t.TempDir()
	s := openW(t, here)
	record(t, s, answerAt("b", "q1", Good, t0))
	before := readFile(t, filepath.Join(here, LogFile))
	for _, line := range []string{
		`{"id":"n1","time":"2025-03-10T10:00:00Z","kind":"teleport","bank":"b"}`,
		`{"id":"n2","time":"2025-03-10T10:00:00Z","kind":"format","format":99}`,
	} {
		writeFile(t, filepath.Join(other, LogFile), `{"id":"x1","time":"2025-03-10T10:00:00Z","bank":"b","question":"q2","rating":3}`+"\n"+line+"\n")
		if _, err := s.Merge(other); err == nil || !strings.Contains(err.Error(), "newer quiz") {
			t.Errorf("Merge with %s: %v, want a refusal naming a newer quiz", line, err)
		}
		if got := readFile(t, filepath.Join(here, LogFile)); got != before {
			t.Errorf("refused merge changed the log")
		}
	}
}

// Export lists answers oldest first in the history's order, not in the
// order a merge appended them.
func TestExportAfterMergeInCausalOrder(t *testing.T) {
	here, other := t.TempDir(), t.TempDir()
	s := openW(t, here)
	record(t, s, answerAt("b", "late", Good, t0.Add(time.Hour)))
	writeFile(t, filepath.Join(other, LogFile), `{"id":"x1","time":"2025-03-10T08:00:00Z","bank":"b","question":"early","rating":3}`+"\n")
	merge(t, s, other)
	var out strings.Builder
	if err := s.Export(&out, FormatCSV, nil); err != nil {
		t.Fatal(err)
	}
	if e, l := strings.Index(out.String(), ",early,"), strings.Index(out.String(), ",late,"); e < 0 || l < 0 || e > l {
		t.Errorf("export:\n%s\nwant the merged earlier answer first", out.String())
	}
}

// A merge that cannot write (a full disk) leaves the log as it was, and
// the store still records afterwards.
func TestMergeOnFullDiskLeavesLogAsItWas(t *testing.T) {
	here, other := t.TempDir(), t.TempDir()
	s := openW(t, here)
	record(t, s, answerAt("b", "q1", Good, t0))
	before := readFile(t, filepath.Join(here, LogFile))
	writeFile(t, filepath.Join(other, LogFile), `{"id":"x1","time":"2025-03-10T10:00:00Z","bank":"b","question":"q2","rating":3}`+"\n")
	orig := appendLine
	t.Cleanup(func() { appendLine = orig })
	appendLine = func(f *os.File, b []byte) error {
		f.Write(b[:len(b)/2])
		return syscall.ENOSPC
	}
	if _, err := s.Merge(other); !errors.Is(err, syscall.ENOSPC) {
		t.Fatalf("Merge on a full disk = %v, want ENOSPC", err)
	}
	appendLine = orig
	if got := readFile(t, filepath.Join(here, LogFile)); got != before {
		t.Errorf("a failed merge left %q in the log", strings.TrimPrefix(got, before))
	}
	if _, ok := s.Card("b", "q2"); ok {
		t.Errorf("a failed merge changed the state")
	}
	record(t, s, answerAt("b", "q3", Good, t0.Add(time.Hour)))
	if rep := merge(t, s, other); rep.Added != 1 {
		t.Errorf("merge after the disk was freed added %d, want 1", rep.Added)
	}
}
