package progress

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

// rebuildNoticeAt is the log size above which a replay for want of a
// snapshot takes long enough to say so, and to keep what it rebuilt.
const rebuildNoticeAt = 1 << 20

func mib(n int64) string { return fmt.Sprintf("%.0f MiB", float64(n)/(1<<20)) }

// keepRebuilt writes the snapshot a reader had to rebuild from the whole
// log, so that the commands after it do not each replay the log again. It
// does so only when no snapshot exists and no writer is at work (the lock
// is free and the log is as replayed); the snapshot is derived data, so
// any failure leaves things as they were. A data directory that belongs
// to another user (read through sudo, say) is left alone: a snapshot its
// owner could not read would stop every command there. The lock is marked
// brief, so a quiz starting to record meanwhile waits instead of failing.
func (s *Store) keepRebuilt() {
	for _, p := range []string{s.dir, s.path(LogFile)} {
		if st, err := os.Stat(p); err != nil || !ownedByMe(st) {
			return
		}
	}
	lk, err := acquireOnce(s.dir, s.now(), true)
	if err != nil {
		return
	}
	defer release(s.dir, lk)
	if _, err := os.Lstat(s.path(SnapshotFile)); !errors.Is(err, fs.ErrNotExist) {
		return
	}
	v, err := openLogView(s.path(LogFile))
	if err != nil {
		return
	}
	size := v.Size()
	v.Close()
	if size != s.logSize {
		return
	}
	_ = s.save()
}
