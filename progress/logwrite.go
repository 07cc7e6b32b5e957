package progress

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"sync"
	"time"
)

// appendLine writes one line to the log and fsyncs it. Tests replace it to
// simulate a full disk.
var appendLine = func(f *os.File, b []byte) error {
	if _, err := f.Write(b); err != nil {
		return err
	}
	return f.Sync()
}

// appendEntry appends e to the log and makes it durable. On failure the
// log is cut back to where it was, so no half line is left behind.
func (s *Store) appendEntry(e Entry) error { return s.appendEntries(e) }

// appendEntries appends entries to the log with one write and one fsync,
// in order. On failure the log is cut back to where it was.
func (s *Store) appendEntries(es ...Entry) error {
	if s.logFormat < LogFormat {
		// Declare the format first, so an older quiz refuses this log
		// rather than rewrite it without the fields it does not know.
		f := Entry{ID: NewID(), Time: es[0].Time, Kind: KindFormat, Format: LogFormat}
		es = append([]Entry{f}, es...)
	}
	clock, clockID, disorder := s.clock, s.clockID, false
	for i := range es {
		if es[i].HLC == 0 {
			es[i].HLC = after(es[i].Time, clock)
		}
		if es[i].HLC > clock || es[i].HLC == clock && es[i].ID > clockID {
			clock, clockID = es[i].HLC, es[i].ID
		} else {
			disorder = true
		}
	}
	var buf []byte
	for _, e := range es {
		line, err := json.Marshal(e)
		if err != nil {
			return fmt.Errorf("encode entry: %w", err)
		}
		buf = append(append(buf, line...), '\n')
	}
	if err := s.writeLog(buf); err != nil {
		return err
	}
	if disorder {
		// An entry that sorts before what is there (a card carried over
		// from before the log): the log is in order only after it.
		s.orderedFrom = s.logSize + int64(len(buf))
	}
	s.logSize += int64(len(buf))
	s.logLines += len(es)
	s.logLast = es[len(es)-1].ID
	for _, e := range es {
		s.noteEntry(&e)
		if e.Kind == KindFormat {
			s.logFormat = max(s.logFormat, e.Format)
		}
	}
	return nil
}

// writeLog appends buf to the log with one write and one fsync, after
// checking the log and the lock are still the files at their paths. On
// failure the log is cut back to where it was.
func (s *Store) writeLog(buf []byte) error {
	if err := s.checkFiles(); err != nil {
		s.broken = err
		return err
	}
	if err := appendLine(s.logf, buf); err != nil {
		if terr := s.logf.Truncate(s.logSize - s.activeAt); terr != nil {
			s.broken = err
		}
		return fmt.Errorf("save to %s: %w", s.path(LogFile), err)
	}
	return nil
}

// noteEntry keeps the latest time and the greatest order of the entries
// applied or written.
func (s *Store) noteEntry(e *Entry) {
	if e.Time.After(s.logTime) {
		s.logTime = e.Time
	}
	if s.inOrder(e) {
		s.clock, s.clockID = e.OrderKey(), e.ID
	}
}

// inOrder reports whether e sorts after every entry applied so far.
func (s *Store) inOrder(e *Entry) bool {
	k := e.OrderKey()
	return k > s.clock || k == s.clock && e.ID > s.clockID
}

// ErrLogReplaced is returned by writing methods when the log file this
// store appends to is no longer the file at the log's path: another
// program replaced or removed it, and appending would lose answers.
var ErrLogReplaced = errors.New(LogFile + " was replaced by another program; stopping so nothing is lost — run 'quiz doctor'")

// ErrLockLost is returned by writing methods when the lock this store
// holds is no longer the file at the lock's path, so another quiz may be
// writing too.
var ErrLockLost = errors.New("the lock of the data directory was removed by another program; stopping so nothing is lost — run 'quiz doctor'")

// checkFiles makes sure the open log and the held lock are still the files
// at their paths: two stats each, cheap next to the fsync that follows.
func (s *Store) checkFiles() error {
	if !sameOpenFile(s.logf, s.path(LogFile)) {
		return ErrLogReplaced
	}
	if s.lock != nil {
		held, err := s.lock.Stat()
		if err != nil {
			return ErrLockLost
		}
		at, err := os.Stat(s.lock.Path())
		if err != nil || !os.SameFile(held, at) {
			return ErrLockLost
		}
	}
	return nil
}

// sameOpenFile reports whether f is the file now at path.
func sameOpenFile(f *os.File, path string) bool {
	held, err := f.Stat()
	if err != nil {
		return false
	}
	at, err := os.Stat(path)
	return err == nil && os.SameFile(held, at)
}

// setAside moves an unreadable last line of the log into a side file and
// cuts the log back to its last good entry.
func (s *Store) setAside(size int64) error {
	name := LogFile + ".torn-" + stamp(s.now())
	f, err := os.OpenFile(s.path(LogFile), os.O_RDWR, 0)
	if err != nil {
		return fmt.Errorf("set aside torn line of %s: %w", LogFile, err)
	}
	defer f.Close()
	// Copied, not read whole: a crash can leave megabytes of NUL bytes.
	if err := copySynced(s.path(name), io.NewSectionReader(f, s.logSize-s.activeAt, size)); err != nil {
		return fmt.Errorf("set aside torn line of %s: %w", LogFile, err)
	}
	if err := f.Truncate(s.logSize - s.activeAt); err != nil {
		return fmt.Errorf("set aside torn line of %s: %w", LogFile, err)
	}
	if err := f.Sync(); err != nil {
		return fmt.Errorf("set aside torn line of %s: %w", LogFile, err)
	}
	s.warnf("%s: torn last line (%d bytes) set aside in %s", LogFile, size, name)
	return nil
}

// copySynced is writeSynced from a reader.
func copySynced(path string, r io.Reader) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return err
	}
	_, err = io.Copy(f, r)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(path)
	}
	return err
}

// readCapped reads one line, with its newline, keeping at most max bytes
// of it; n is the line's whole length.
func readCapped(r *bufio.Reader, max int) (line []byte, n int64, err error) {
	for {
		chunk, err := r.ReadSlice('\n')
		n += int64(len(chunk))
		if len(line)+len(chunk) <= max {
			line = append(line, chunk...)
		} else if len(line) < max {
			line = append(line, chunk[:max-len(line)]...)
		}
		if err != bufio.ErrBufferFull {
			return line, n, err
		}
	}
}

// stamp names backups and side files by the time they were made.
// Two side files in one process never share a name, even when the clock
// is pinned.
func stamp(now time.Time) string {
	stampMu.Lock()
	defer stampMu.Unlock()
	if !now.After(lastStamp) {
		now = lastStamp.Add(time.Nanosecond)
	}
	lastStamp = now
	return now.UTC().Format("20060102T150405.000000000Z")
}

var (
	stampMu   sync.Mutex
	lastStamp time.Time
)

// writeSynced creates a new file holding data and fsyncs it. On failure
// the file is removed: a partial backup would only mislead.
func writeSynced(path string, data []byte) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return err
	}
	err = appendLine(f, data)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(path)
	}
	return err
}
