package progress

import (
	"os"
	"path/filepath"
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

// TestWriterStartsWhileReaderKeepsSnapshot: a quiz that starts recording
// while a reader is writing the snapshot it rebuilt must not be turned
// away as if another quiz were recording: the reader holds the lock for
// a moment only.
func TestWriterStartsWhileReaderKeepsSnapshot(t *testing.T) {
	dir := t.TempDir()
	if err := Synthesize(dir, SynthOptions{Banks: 2, Questions: 100, Reviews: 5000, Seed: 1}); err != nil {
		t.Fatal(err)
	}
	if err := os.Remove(pathIn(dir, SnapshotFile)); err != nil {
		t.Fatal(err)
	}
	now := func() time.Time { return time.Date(2025, 6, 1, 12, 0, 0, 0, time.UTC) }
	result := make(chan error, 1)
	orig := writeAtomic
	t.Cleanup(func() { writeAtomic = orig })
	writeAtomic = func(path string, data []byte) error {
		if filepath.Base(path) == SnapshotFile {
			writeAtomic = orig
			// The reader holds the lock now; the learner starts a session.
			go func() {
				w, err := OpenWrite(dir, WithClock(now))
				if err == nil {
					err = w.Close()
				}
				result <- err
			}()
			time.Sleep(200 * time.Millisecond) // let it try while the reader writes
		}
		return orig(path, data)
	}
	r, err := Open(dir, WithClock(now))
	if err != nil {
		t.Fatal(err)
	}
	r.Close()
	if err := <-result; err != nil {
		t.Errorf("a writer starting while a reader kept its rebuilt snapshot: %v, want it to start", err)
	}
}

// TestReaderLeavesOthersDataAlone: a reader run by another user (root,
// through sudo with HOME kept) must not leave a snapshot in the data
// directory that its owner cannot read: every command of the owner would
// then fail.
func TestReaderLeavesOthersDataAlone(t *testing.T) {
	if os.Geteuid() != 0 {
		t.Skip("needs root, to give the data directory to another user")
	}
	dir := t.TempDir()
	if err := Synthesize(dir, SynthOptions{Banks: 2, Questions: 100, Reviews: 5000, Seed: 1}); err != nil {
		t.Fatal(err)
	}
	if err := os.Remove(pathIn(dir, SnapshotFile)); err != nil {
		t.Fatal(err)
	}
	const nobody = 65534
	for _, p := range []string{dir, pathIn(dir, LogFile)} {
		if err := os.Chown(p, nobody, nobody); err != nil {
			t.Fatal(err)
		}
	}
	now := func() time.Time { return time.Date(2025, 6, 1, 12, 0, 0, 0, time.UTC) }
	r, err := Open(dir, WithClock(now))
	if err != nil {
		t.Fatal(err)
	}
	r.Close()
	if _, err := os.Lstat(pathIn(dir, SnapshotFile)); err == nil {
		t.Errorf("a reader of another user's data directory wrote %s there", SnapshotFile)
	}
}
