package progress

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"
)

// Repair takes the writer lock and rebuilds the data directory from its
// review log: unreadable log lines are moved to a side file (after a backup
// of the whole log), and the snapshot is rebuilt after a timestamped backup
// of the old one. Settings come from the log's latest settings entry, else
// from the old snapshot when it can be read, else are the defaults. A
// snapshot written by a newer quiz is refused, not replaced.
func Repair(dir string, opts ...Option) (Report, error) {
	o := newStore(dir, true, opts)
	now := o.now()
	r := Report{Dir: dir}
	if err := checkRegularFiles(dir, LockFile, SnapshotFile, LogFile); err != nil {
		return r, fmt.Errorf("repair refused: %w; nothing was changed", err)
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return r, fmt.Errorf("repair: %w", err)
	}
	lk, err := acquire(dir, now)
	if err != nil {
		return r, err
	}
	defer release(dir, lk)

	snapPath := filepath.Join(dir, SnapshotFile)
	data, err := os.ReadFile(snapPath)
	var old *snapshot
	hadSnap := err == nil
	if hadSnap {
		var derr error
		old, derr = decodeSnapshot(snapPath, data)
		var de *DataError
		if errors.As(derr, &de) && de.Newer {
			return r, derr
		}
	} else if st, serr := os.Stat(snapPath); serr == nil && st.IsDir() {
		return r, fmt.Errorf("repair refused: %s is a directory, not a file; move it elsewhere and try again; nothing was changed", snapPath)
	} else if !errors.Is(err, os.ErrNotExist) {
		return r, fmt.Errorf("repair: %w", err)
	}
	if old != nil && old.Version == 0 {
		old.Base = mergeBase(old.Base, old.Cards)
	}
	if old != nil && !o.force {
		logPath := filepath.Join(dir, LogFile)
		size, err := fileSize(logPath)
		if err != nil {
			return r, fmt.Errorf("repair: %w", err)
		}
		if !covers(logPath, old, size) && lost(logPath, old) {
			return r, fmt.Errorf("repair refused: %w", lostError(dir, old, size))
		}
	}
	health, err := inspectLog(filepath.Join(dir, LogFile), -1, now.Add(24*time.Hour))
	switch {
	case err != nil:
		return r, fmt.Errorf("repair: %w", err)
	case health.newer != nil:
		return r, fmt.Errorf("repair: %w; nothing was changed", health.newer)
	case health.hopeless():
		return r, fmt.Errorf("repair refused: %d of %d lines of %s cannot be read, so it does not look like a review log "+
			"and rebuilding from it would lose your progress; nothing was changed (%s)", health.bad, health.lines, LogFile, fixHopless)
	}

	if err := repairLog(dir, &r, now, o.setAsideFuture); err != nil {
		return r, err
	}

	s, err := openFromLog(dir, old, opts)
	if err != nil {
		return r, fmt.Errorf("repair: %w", err)
	}
	s.writer = true
	if hadSnap {
		name := SnapshotFile + ".bak-" + stamp(now)
		if err := writeSynced(filepath.Join(dir, name), data); err != nil {
			return r, fmt.Errorf("repair: back up %s: %w", SnapshotFile, err)
		}
		r.note("old %s kept as %s", SnapshotFile, name)
	}
	if err := s.save(); err != nil {
		return r, fmt.Errorf("repair: %w", err)
	}
	r.note("%s rebuilt from %s (%s, %s)", SnapshotFile, LogFile, count(s.logLines, "entry", "entries"), count(len(s.cards), "question", "questions"))
	switch {
	case s.settingsLogged:
		r.note("settings restored from %s", LogFile)
	case old != nil && old.Settings != DefaultSettings():
		r.note("settings kept from the old %s", SnapshotFile)
	default:
		r.note("settings: the defaults (none were ever set)")
	}
	return r, nil
}

func mergeBase(base, cards map[string]Card) map[string]Card {
	out := map[string]Card{}
	for k, c := range base {
		out[k] = c
	}
	for k, c := range cards {
		out[k] = c
	}
	return out
}

// repairLog keeps the valid lines of the log and moves the others to a side
// file, after backing up the whole log. A log with nothing wrong is left
// untouched.
func repairLog(dir string, r *Report, now time.Time, setAsideFuture bool) error {
	logPath := filepath.Join(dir, LogFile)
	data, sealed, err := readWholeLog(logPath)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("repair refused: %w; nothing was changed", err)
	}
	var good, bad, future bytes.Buffer
	nbad, nfuture := 0, 0
	horizon := now.Add(24 * time.Hour)
	br := bufio.NewReader(bytes.NewReader(data))
	for {
		line, err := br.ReadBytes('\n')
		if len(line) > 0 {
			e, perr := parseEntry(line)
			if perr == nil && setAsideFuture && e.Kind != KindFormat && e.Time.After(horizon) {
				nfuture++
				future.Write(line)
				if !bytes.HasSuffix(line, []byte("\n")) {
					future.WriteByte('\n')
				}
			} else if perr == nil || blank(line) {
				good.Write(line)
				if !bytes.HasSuffix(line, []byte("\n")) {
					good.WriteByte('\n')
				}
			} else {
				nbad++
				bad.Write(line)
				if !bytes.HasSuffix(line, []byte("\n")) {
					bad.WriteByte('\n')
				}
			}
		}
		if err == io.EOF {
			break
		}
	}
	if nbad == 0 && nfuture == 0 && good.Len() == len(data) {
		return nil
	}
	st := stamp(now)
	backup := LogFile + ".bak-" + st
	if err := writeSynced(filepath.Join(dir, backup), data); err != nil {
		return fmt.Errorf("repair: back up %s: %w", LogFile, err)
	}
	r.note("old %s kept as %s", LogFile, backup)
	if nbad > 0 {
		side := LogFile + ".bad-" + st
		if err := writeSynced(filepath.Join(dir, side), bad.Bytes()); err != nil {
			return fmt.Errorf("repair: set aside bad lines: %w", err)
		}
		r.note("%s of %s moved to %s", count(nbad, "unreadable line", "unreadable lines"), LogFile, side)
	}
	if nfuture > 0 {
		side := LogFile + ".future-" + st
		if err := writeSynced(filepath.Join(dir, side), future.Bytes()); err != nil {
			return fmt.Errorf("repair: set aside entries dated ahead: %w", err)
		}
		r.note("%s of %s dated more than a day ahead moved to %s", count(nfuture, "entry", "entries"), LogFile, side)
	}
	// A log kept in a sync folder through a link stays a link: replace
	// the file it points at.
	if target, err := filepath.EvalSymlinks(logPath); err == nil {
		logPath = target
	}
	// The rewritten log holds every good line itself, so its sealed
	// segments are read no more: they are moved aside, after the log is
	// replaced (until then it needs them). The next quiz that records
	// seals the log again.
	if err := writeAtomic(logPath, good.Bytes()); err != nil {
		return fmt.Errorf("repair: rewrite %s: %w", LogFile, err)
	}
	if sealed != "" {
		old := sealed + ".bak-" + st
		if err := os.Rename(sealed, old); err != nil {
			return fmt.Errorf("repair: move aside the old segments of %s: %w", LogFile, err)
		}
		if err := syncDir(filepath.Dir(sealed)); err != nil {
			return fmt.Errorf("repair: %w", err)
		}
		r.note("its old sealed segments kept in %s", filepath.Base(old))
	}
	return nil
}

// readWholeLog reads the whole log at path as readers see it, segments
// included, and names the folder of its segments when it has some.
func readWholeLog(path string) (data []byte, segDir string, err error) {
	if _, err := os.Stat(path); err != nil {
		return nil, "", err
	}
	v, err := openLogView(path)
	if err != nil {
		return nil, "", err
	}
	defer v.Close()
	src, err := v.reader(0, -1)
	if err != nil {
		return nil, "", err
	}
	var buf bytes.Buffer
	buf.Grow(int(v.Size()))
	if _, err := io.Copy(&buf, src); err != nil {
		return nil, "", err
	}
	return buf.Bytes(), v.segDir, nil
}

// count writes n with the singular or plural noun that goes with it
// ("1 entry", "3 entries"); doctor's findings are read by people.
func count(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}
