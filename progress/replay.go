package progress

import (
	"bytes"
	"errors"
	"fmt"
	"hash/maphash"
	"os"
	"slices"
	"time"
)

// load reads the snapshot and replays the log entries it does not cover.
func (s *Store) load() error {
	// Opening a FIFO waits for a writer forever: look before reading.
	if err := checkRegularFiles(s.dir, SnapshotFile, LogFile); err != nil {
		return err
	}
	snapPath := s.path(SnapshotFile)
	release := func() {}
	if st, err := os.Stat(snapPath); err == nil && st.Size() > 1<<20 && st.Size() <= 64<<20 {
		release = HoldGC() // the cards are kept: nothing to collect
	}
	data, err := os.ReadFile(snapPath)
	var snap *snapshot
	switch {
	case errors.Is(err, os.ErrNotExist):
	case err != nil:
		release()
		return fmt.Errorf("read progress: %w", err)
	default:
		snap, err = decodeSnapshot(snapPath, data)
		if err != nil {
			release()
			return err
		}
	}
	release() // before any replay of the log, which makes garbage
	if snap != nil {
		s.settings = snap.Settings
		s.logW = snap.Settings.Parameters
		if snap.Version < SnapshotVersion {
			if err := s.migrate(snap, data); err != nil {
				return err
			}
		}
		s.base = snap.Base
	}
	logPath := s.path(LogFile)
	v, err := openLogView(logPath)
	if err != nil {
		return err
	}
	size := v.Size()
	s.activeAt = v.base() - v.hdrLen
	v.Close()
	switch {
	case snap == nil:
		if size > rebuildNoticeAt {
			s.rebuilt = true
			if s.notice != nil {
				s.notice(fmt.Sprintf("%s is missing: rebuilding your progress from the log (%s)", SnapshotFile, mib(size)))
			}
		}
	case snap.LogSize == 0:
		// Nothing of the log is covered: replay it all onto the base.
	case covers(logPath, snap, size):
		s.cards = snap.Cards
		s.logSize, s.logLines, s.logLast, s.logTime = snap.LogSize, snap.LogLines, snap.LogLast, snap.LogTime
		s.clock, s.clockID, s.orderedFrom, s.logFormat = snap.LogClock, snap.LogClockID, snap.OrderedFrom, snap.LogFormat
		if s.clock == 0 && !snap.LogTime.IsZero() {
			s.clock = snap.LogTime.UnixNano() // a snapshot from before the hlc
		}
		for _, id := range snap.Dups {
			s.dupIDs[id] = true
		}
		settings := s.settings
		res, again, err := s.replayTail(snap)
		if err != nil {
			return err
		}
		if !again {
			return s.handleTail(res)
		}
		// An entry after the snapshot repeats one before it: only a whole
		// replay can count it once.
		s.settings, s.settingsLogged = settings, false
		s.dirty = true
	default:
		if !s.force && lost(logPath, snap) {
			return lostError(s.dir, snap, size)
		}
		s.warnf("%s does not match %s; progress rebuilt from the log", SnapshotFile, LogFile)
		s.dirty = true
		// The rebuilt state replaces the snapshot when this writer closes:
		// keep the old one first, in case the log is what lost answers (a
		// sync tool restoring an older copy, say).
		if s.writer {
			name := SnapshotFile + ".bak-" + stamp(s.now())
			if err := writeSynced(s.path(name), data); err != nil {
				return fmt.Errorf("keep a copy of %s before rebuilding it: %w", SnapshotFile, err)
			}
			s.warnf("the old %s is kept as %s", SnapshotFile, name)
		}
	}
	// A whole log replayed is history; undo memory is for what is recent.
	s.bulk = size > 1<<20
	defer func() { s.bulk = false }()
	res, err := s.replayAll()
	if err != nil {
		return err
	}
	return s.handleTail(res)
}

// errUnordered stops a replay in file order at an entry that sorts before
// one already applied.
var errUnordered = errors.New("log not in causal order")

// replayAll rebuilds the state from the base and the whole log, in causal
// order: in file order when the log is in order (as quiz appends it), else
// sorted (lines a merge appended).
func (s *Store) replayAll() (logScan, error) {
	if err := s.resetToBase(); err != nil {
		return logScan{}, err
	}
	res, err := s.replayInOrder(0, -1)
	if !errors.Is(err, errUnordered) {
		return res, err
	}
	if err := s.resetToBase(); err != nil {
		return logScan{}, err
	}
	// Read in causal order, holding only the lines out of place (a merge
	// appended them) in memory; the first pass notes what the log holds.
	var clock int64
	var clockID string
	var orderedFrom int64
	res, _, err = scanCausal(s.path(LogFile), -1, func(e *Entry, end int64) bool {
		defer func() { s.logSize, s.logLast = end, e.ID }()
		if s.duplicate(*e) {
			return false
		}
		s.logLines++
		// The log is in order only after the last line that sorts
		// before one above it.
		if !s.inOrder(e) {
			s.orderedFrom = end
		}
		s.noteEntry(e)
		clock, clockID, orderedFrom = s.clock, s.clockID, s.orderedFrom
		return true
	}, func(e Entry) error {
		s.apply(e)
		return nil
	})
	if err != nil {
		return res, err
	}
	s.logSize = res.end
	s.clock, s.clockID, s.orderedFrom = clock, clockID, orderedFrom
	return res, nil
}

// replayInOrder is replay that stops with errUnordered at the first entry
// that sorts before one already applied.
func (s *Store) replayInOrder(from, to int64) (logScan, error) {
	res, err := scanLog(s.path(LogFile), from, to, func(e Entry, end int64) error {
		if !s.duplicate(e) {
			if !s.inOrder(&e) {
				return errUnordered
			}
			s.apply(e)
			s.logLines++
		}
		s.logSize, s.logLast = end, e.ID
		return nil
	})
	if err == nil {
		s.logSize = res.end
	}
	return res, err
}

// replay applies the log's entries from byte from to byte to (to < 0: the
// end), each id once, and moves the store's end of log past them.
func (s *Store) replay(from, to int64) (logScan, error) {
	res, err := scanLog(s.path(LogFile), from, to, func(e Entry, end int64) error {
		if !s.duplicate(e) {
			s.apply(e)
			s.logLines++
		}
		s.logSize, s.logLast = end, e.ID
		return nil
	})
	if err == nil {
		s.logSize = res.end // blank lines after the last entry included
	}
	return res, err
}

// replayTail applies the entries after the snapshot. again reports that
// one of them repeats the id of an earlier entry, so the state must be
// rebuilt from the whole log instead.
func (s *Store) replayTail(snap *snapshot) (res logScan, again bool, err error) {
	// Entries appended by quiz are newer than all before them; only an
	// older one, copied in by hand or by a sync tool, may repeat an id.
	older := map[string]bool{}
	seen := map[string]bool{}
	ck, cid := s.clock, s.clockID
	res, err = scanLog(s.path(LogFile), snap.LogSize, -1, func(e Entry, end int64) error {
		if seen[e.ID] {
			again = true
		}
		// An entry that sorts before one before it (clock set back in a
		// format 1 log, lines appended by hand): replay all in order.
		if k := e.OrderKey(); k > ck || k == ck && e.ID > cid {
			ck, cid = k, e.ID
		} else {
			again = true
		}
		seen[e.ID] = true
		if snap.LogTime.IsZero() || !e.Time.After(snap.LogTime) {
			older[e.ID] = true
		}
		return nil
	})
	if err != nil || again {
		return res, again, err
	}
	if len(older) > 0 {
		_, err := scanLogLines(s.path(LogFile), 0, snap.LogSize, func(line []byte) bool {
			id, ok := lineID(line)
			if !ok {
				return true
			}
			again = again || older[string(id)]
			return false
		}, func(e Entry, _ int64) error {
			again = again || older[e.ID]
			return nil
		})
		if err != nil || again {
			return res, again, err
		}
	}
	res, err = s.replay(snap.LogSize, -1)
	return res, false, err
}

// resetToBase empties the state before a replay of the whole log, noting
// every review the log takes back so the replay leaves them out.
func (s *Store) resetToBase() error {
	s.cards = make(map[string]Card, len(s.base))
	for k, c := range s.base {
		s.cards[k] = c
	}
	s.logSize, s.logLines, s.logLast, s.logTime = 0, 0, "", time.Time{}
	s.logW = [21]float64{} // the defaults until a settings entry says otherwise
	s.clock, s.clockID, s.orderedFrom, s.logFormat = 0, "", 0, 0
	s.carried = map[string]bool{}
	s.undone = map[string]bool{}
	s.prev = map[string]prevCard{}
	s.dupIDs, s.seenDup = map[string]bool{}, map[string]bool{}
	// Note a hash of every id, to find the few ids seen more than once
	// without keeping a million ids in memory.
	seed := maphash.MakeSeed()
	var hashes []uint64
	undo := []byte(KindUndo)
	mayUndo := func(line []byte) bool {
		if id, ok := lineID(line); ok {
			hashes = append(hashes, maphash.Bytes(seed, id))
			return bytes.Contains(line, undo)
		}
		return true
	}
	_, err := scanLogLines(s.path(LogFile), 0, -1, mayUndo, func(e Entry, _ int64) error {
		hashes = append(hashes, maphash.String(seed, e.ID))
		if e.Kind == KindUndo {
			s.undone[e.Target] = true
		}
		return nil
	})
	slices.Sort(hashes)
	s.dupHash = nil
	for i := 1; i < len(hashes); i++ {
		if hashes[i] == hashes[i-1] {
			if s.dupHash == nil {
				s.dupHash, s.dupSeed = map[uint64]bool{}, seed
			}
			s.dupHash[hashes[i]] = true
		}
	}
	return err
}

// handleTail deals with bytes after the last good entry of the log: a
// complete entry missing its newline is kept; anything else is a torn
// write, set aside by a writer and reported by a reader.
func (s *Store) handleTail(res logScan) error {
	if len(res.tail) == 0 {
		return nil
	}
	if !res.terminated && res.tailLen == int64(len(res.tail)) {
		if e, err := parseEntry(res.tail); err == nil {
			if e.ID != s.logLast { // a line repeated by hand counts once
				s.apply(e)
			}
			s.logSize += int64(len(res.tail))
			s.logLines++
			s.logLast = e.ID
			if s.writer {
				return s.finishLine()
			}
			return nil
		}
	}
	if !s.writer {
		s.warnf("%s: torn last line (%d bytes) ignored; the next quiz that records sets it aside", LogFile, res.tailLen)
		return nil
	}
	return s.setAside(res.tailLen)
}

// finishLine adds the newline a crash left off the log's last entry.
func (s *Store) finishLine() error {
	f, err := os.OpenFile(s.path(LogFile), os.O_WRONLY|os.O_APPEND, 0)
	if err != nil {
		return fmt.Errorf("repair %s: %w", LogFile, err)
	}
	defer f.Close()
	if err := appendLine(f, []byte("\n")); err != nil {
		return fmt.Errorf("repair %s: %w", LogFile, err)
	}
	s.logSize++
	return nil
}
