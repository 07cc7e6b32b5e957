package progress

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// A bad line after what the snapshot covers is named by its line number,
// as doctor names it, not by a byte offset the learner cannot use.
func TestBadLineAfterSnapshotNamedByLine(t *testing.T) {
	dir := t.TempDir()
	s := openW(t, dir)
	for i, q := range []string{"q1", "q2", "q3"} {
		record(t, s, answerAt("b", q, Good, t0.Add(time.Duration(i)*time.Minute)))
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, LogFile)
	lines := strings.Count(readFile(t, path), "\n")
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_APPEND, 0)
	if err != nil {
		t.Fatal(err)
	}
	f.WriteString("{garbage\n" + `{"id":"late","time":"2025-03-10T10:00:00Z","bank":"b","question":"q4","rating":3}` + "\n")
	f.Close()
	_, err = Open(dir)
	if err == nil {
		t.Fatal("Open with an unreadable line after the snapshot succeeded")
	}
	want := regexp.MustCompile(fmt.Sprintf(`\bline %d is not a valid entry`, lines+1))
	if !want.MatchString(err.Error()) || strings.Contains(err.Error(), "byte") {
		t.Errorf("error %q, want it to name line %d", err, lines+1)
	}
}
