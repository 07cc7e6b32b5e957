package progress

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A kill during an atomic save leaves its temporary file behind: doctor
// reports it, and the next writer (which holds the lock, so no save of
// another quiz is under way) removes it and says so.
func TestLeftoverTempFilesCleanedUp(t *testing.T) {
	dir := twoAnswers(t)
	left := []string{".progress.json8674665223082153551", ".reviews.jsonl42"}
	for _, name := range left {
		writeFile(t, filepath.Join(dir, name), `{"half`)
	}
	keep := filepath.Join(dir, ".progress.json.notes") // not ours
	writeFile(t, keep, "mine")
	rep, err := Check(dir)
	if err != nil || !strings.Contains(notes(rep), "2 temporary files left by an interrupted save") {
		t.Errorf("Check notes = %q, %v; want the temporary files", notes(rep), err)
	}
	s := openW(t, dir)
	if w := strings.Join(s.Warnings(), "\n"); !strings.Contains(w, "removed 2 temporary files left by an interrupted save") {
		t.Errorf("warnings %q, want the clean-up reported", w)
	}
	for _, name := range left {
		if _, err := os.Stat(filepath.Join(dir, name)); !os.IsNotExist(err) {
			t.Errorf("%s still there", name)
		}
	}
	if _, err := os.Stat(keep); err != nil {
		t.Errorf("a file that is not a temporary file was removed: %v", err)
	}
}
