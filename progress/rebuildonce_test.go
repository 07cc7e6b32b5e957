package progress

import (
	"os"
	"strings"
	"testing"
	"time"
)

// TestReaderKeepsRebuiltSnapshot: with the snapshot gone, the first
// command rebuilds it from a long log and keeps it, so the commands after
// it do not each replay the whole log again; while a writer holds the
// lock, a reader leaves the data directory alone.
func TestReaderKeepsRebuiltSnapshot(t *testing.T) {
	dir := t.TempDir()
	if err := Synthesize(dir, SynthOptions{Banks: 4, Questions: 200, Reviews: 8000, Seed: 1}); err != nil {
		t.Fatal(err)
	}
	if err := os.Remove(pathIn(dir, SnapshotFile)); err != nil {
		t.Fatal(err)
	}
	now := func() time.Time { return time.Date(2025, 6, 1, 12, 0, 0, 0, time.UTC) }

	// A writer at work: the reader rebuilds in memory only.
	lk, err := acquire(dir, now())
	if err != nil {
		t.Fatal(err)
	}
	var said []string
	notice := WithNotice(func(msg string) { said = append(said, msg) })
	r, err := Open(dir, WithClock(now), notice)
	if err != nil {
		t.Fatal(err)
	}
	want := len(r.Cards())
	r.Close()
	if _, err := os.Stat(pathIn(dir, SnapshotFile)); err == nil {
		t.Fatalf("a reader wrote %s while a writer held the lock", SnapshotFile)
	}
	release(dir, lk)

	// No writer: the rebuilt snapshot is kept, and the learner was told.
	said = nil
	r, err = Open(dir, WithClock(now), notice)
	if err != nil {
		t.Fatal(err)
	}
	r.Close()
	if len(said) != 1 || !strings.Contains(said[0], "rebuilding") {
		t.Errorf("notices = %q, want one saying the progress is being rebuilt", said)
	}
	if _, err := os.Stat(pathIn(dir, SnapshotFile)); err != nil {
		t.Fatalf("the rebuilt snapshot was not kept: %v", err)
	}
	said = nil
	r, err = Open(dir, WithClock(now), notice)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	if len(said) != 0 || len(r.Cards()) != want {
		t.Errorf("after the snapshot was kept: notices %q, %d cards; want none and %d cards", said, len(r.Cards()), want)
	}
	if ws := r.Warnings(); len(ws) != 0 {
		t.Errorf("warnings after the snapshot was kept: %q", ws)
	}
}
