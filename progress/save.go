package progress

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/google/renameio/v2"

	"github.com/quiz-cli/quiz/internal/durable"
)

// writeAtomic replaces path with data: temp file in the same folder, fsync,
// rename, fsync the folder. Tests replace it to simulate a full disk.
var writeAtomic = func(path string, data []byte) error {
	dir := filepath.Dir(path)
	if err := renameio.WriteFile(path, data, 0o600, renameio.WithTempDir(dir)); err != nil {
		return err
	}
	return syncDir(dir)
}

// syncDir fsyncs a directory, so names created or renamed in it survive a
// power cut. Tests replace it to see which directories are synced.
var syncDir = durable.SyncDir

// mkdirSynced creates dir and any missing parents, fsyncing the parent of
// each one created, so a new data directory survives a power cut.
func mkdirSynced(dir string, perm os.FileMode) error {
	return durable.MkdirAll(dir, perm, syncDir)
}

// save writes the snapshot of the current state.
func (s *Store) save() error {
	data, err := encodeSnapshot(&snapshot{snapshotHead: snapshotHead{
		Version: SnapshotVersion, LogSize: s.logSize, LogLines: s.logLines, LogLast: s.logLast,
		LogTime: s.logTime, Dups: s.dupList(), Settings: s.settings, Base: s.base,
		LogClock: s.clock, LogClockID: s.clockID, OrderedFrom: s.orderedFrom, LogFormat: s.logFormat,
	}, Cards: s.cards})
	if err != nil {
		return fmt.Errorf("save progress: %w", err)
	}
	if err := writeAtomic(s.path(SnapshotFile), data); err != nil {
		return fmt.Errorf("save %s: %w", s.path(SnapshotFile), err)
	}
	s.dirty = false
	return nil
}
