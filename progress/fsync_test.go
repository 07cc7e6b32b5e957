package progress

import (
	"path/filepath"
	"slices"
	"testing"

	"github.com/quiz-cli/quiz/internal/durable/durabletest"
)

// The first session creates the data directory and reviews.jsonl: the
// directories holding their names are fsynced, so a power cut during the
// first session cannot lose the file.
func TestFirstCreationSyncsParentDirectories(t *testing.T) {
	synced := durabletest.Watch(t, &syncDir)
	root := t.TempDir()
	dir := filepath.Join(root, "share", "quiz")
	s := openW(t, dir)
	for _, want := range []string{root, filepath.Join(root, "share"), dir} {
		if !slices.Contains(*synced, want) {
			t.Errorf("synced %q; want %s among them", *synced, want)
		}
	}
	record(t, s, answerAt("b", "q", Good, t0))
	s.Close()
	// Opening again creates nothing: nothing more to sync than saves do.
	*synced = nil
	s = openW(t, dir)
	if slices.Contains(*synced, root) || slices.Contains(*synced, filepath.Join(root, "share")) {
		t.Errorf("reopening synced %q, want no parent of the data directory", *synced)
	}
	s.Close()
}
