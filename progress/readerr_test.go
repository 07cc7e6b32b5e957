package progress

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// A log damaged after the store was opened (another program wrote over
// it) makes Entries and Today fail, rather than give partial figures that
// stats and history would show as if complete.
func TestReadErrorsReturned(t *testing.T) {
	dir := t.TempDir()
	s := openW(t, dir)
	record(t, s, answerAt("b", "q1", Good, t0))
	record(t, s, answerAt("b", "q2", Good, t0.Add(time.Minute)))
	record(t, s, answerAt("b", "q3", Good, t0.Add(2*time.Minute)))
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	r, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, LogFile)
	data := readFile(t, path)
	lines := strings.SplitAfter(data, "\n")
	lines[1] = strings.Repeat("#", len(lines[1])-1) + "\n"
	if err := os.WriteFile(path, []byte(strings.Join(lines, "")), 0o600); err != nil {
		t.Fatal(err)
	}
	if es, err := r.Entries(); err == nil {
		t.Errorf("Entries() on a damaged log = %d entries, nil error; want an error", len(es))
	}
	if in, rv, err := r.Today(t0.Add(time.Hour)); err == nil {
		t.Errorf("Today() on a damaged log = %d, %d, nil error; want an error", in, rv)
	}
}
