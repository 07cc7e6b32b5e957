package progress

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"syscall"
	"time"

	"github.com/gofrs/flock"
)

// LockedError is returned by OpenWrite when another process is recording
// in the data directory.
type LockedError struct {
	PID int    // the other process, 0 if unknown
	Dir string // the data directory
	// brief: the holder keeps the lock for a moment only (a reader saving
	// the snapshot it rebuilt, or a holder that has not yet said who it is).
	brief bool
}

// Error is a one-line message naming the other process.
func (e *LockedError) Error() string {
	who := "another quiz"
	if e.PID > 0 {
		who = fmt.Sprintf("another quiz (pid %d)", e.PID)
	}
	return fmt.Sprintf("%s is using %s; finish or quit it first", who, e.Dir)
}

// lockInfo is what the writer leaves in lock.info for others to report.
type lockInfo struct {
	PID   int       `json:"pid"`
	Host  string    `json:"host,omitempty"`
	Since time.Time `json:"since"`
	// Brief is set by a reader that holds the lock only to save the
	// snapshot it rebuilt: a writer waits for it instead of giving up.
	Brief bool `json:"brief,omitempty"`
}

// briefHoldWait is how long a writer waits for a brief holder of the lock
// (see lockInfo.Brief) before it reports the directory as in use: far
// longer than saving a snapshot takes.
var briefHoldWait = 5 * time.Second

// acquire takes the writer lock of dir without waiting, except for a
// holder that keeps it for a moment only: a reader saving the snapshot it
// rebuilt must not turn away a learner starting a session.
func acquire(dir string, now time.Time) (*flock.Flock, error) {
	// Waits are counted, not timed: progress reads no clock of its own.
	const step = 20 * time.Millisecond
	for waited := time.Duration(0); ; waited += step {
		lk, err := acquireRetry(dir, now)
		var le *LockedError
		if !errors.As(err, &le) || !le.brief || waited >= briefHoldWait {
			return lk, err
		}
		time.Sleep(step)
	}
}

// acquireRetry takes the writer lock of dir without waiting.
func acquireRetry(dir string, now time.Time) (*flock.Flock, error) {
	var err error
	// A lock file removed between our open and our lock is held by no one
	// who opens the path afterwards; try again with the file now there.
	for range 3 {
		var lk *flock.Flock
		if lk, err = acquireOnce(dir, now, false); !errors.Is(err, ErrLockLost) {
			return lk, err
		}
	}
	return nil, err
}

// acquireOnce takes the lock once; brief marks the holder as one that
// lets go in a moment (see lockInfo.Brief).
func acquireOnce(dir string, now time.Time, brief bool) (*flock.Flock, error) {
	lk := flock.New(filepath.Join(dir, LockFile), flock.SetPermissions(0o600))
	ok, err := lk.TryLock()
	if err != nil {
		return nil, fmt.Errorf("lock %s: %w", dir, err)
	}
	if !ok {
		info, known := readLockInfo(dir)
		return nil, &LockedError{PID: info.PID, Dir: dir, brief: info.Brief || !known}
	}
	held, herr := lk.Stat()
	at, aerr := os.Stat(lk.Path())
	if herr != nil || aerr != nil || !os.SameFile(held, at) {
		_ = lk.Unlock()
		return nil, fmt.Errorf("lock %s: %w", dir, ErrLockLost)
	}
	host, _ := os.Hostname()
	info, _ := json.Marshal(lockInfo{PID: os.Getpid(), Host: host, Since: now.UTC(), Brief: brief})
	// The information is a courtesy for messages; the flock is what counts.
	_ = os.WriteFile(filepath.Join(dir, LockInfoFile), append(info, '\n'), 0o600)
	return lk, nil
}

// release drops the lock, clearing lock.info first while still holding it.
func release(dir string, lk *flock.Flock) {
	if lk == nil {
		return
	}
	_ = os.Remove(filepath.Join(dir, LockInfoFile))
	_ = lk.Unlock()
}

// lockHolder returns the pid recorded by the lock's holder, 0 if unknown.
func lockHolder(dir string) int {
	info, _ := readLockInfo(dir)
	return info.PID
}

// readLockInfo reads what the lock's holder recorded; false if nothing
// (yet: a holder writes it just after taking the lock).
func readLockInfo(dir string) (lockInfo, bool) {
	var info lockInfo
	data, err := os.ReadFile(filepath.Join(dir, LockInfoFile))
	if err != nil || json.Unmarshal(data, &info) != nil {
		return lockInfo{}, false
	}
	return info, true
}

// Locked reports whether a writer holds dir's lock now, and its pid (0 if
// unknown), without taking the lock: even a shared lock held for a moment
// would make a quiz starting at that moment fail. Where the system lists
// its locks (Linux) it looks there; elsewhere it goes by lock.info, which
// a writer writes once it holds the lock and removes before it lets go.
func Locked(dir string) (bool, int) {
	if held, pid, ok := flockHolder(filepath.Join(dir, LockFile)); ok {
		if held && pid <= 0 {
			pid = lockHolder(dir)
		}
		return held, pid
	}
	data, err := os.ReadFile(filepath.Join(dir, LockInfoFile))
	if err != nil {
		return false, 0
	}
	var info lockInfo
	if json.Unmarshal(data, &info) != nil || info.PID <= 0 {
		return false, 0
	}
	if host, _ := os.Hostname(); info.Host != "" && info.Host != host {
		return true, info.PID // another computer's quiz: assume it runs
	}
	return processRunning(info.PID), info.PID
}

// processRunning reports whether a process with this pid exists.
func processRunning(pid int) bool {
	p, err := os.FindProcess(pid)
	if err != nil {
		return false
	}
	err = p.Signal(syscall.Signal(0))
	return err == nil || errors.Is(err, os.ErrPermission)
}
