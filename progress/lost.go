package progress

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"time"
)

// covers reports whether the snapshot describes a prefix of the log: the
// log is long enough and the entry ending where the snapshot stops is the
// one it names.
func covers(logPath string, snap *snapshot, size int64) bool {
	if snap.LogSize == 0 {
		return true
	}
	if snap.LogSize > size {
		return false
	}
	f, err := openLogView(logPath)
	if err != nil {
		return false
	}
	defer f.Close()
	if f.hdrLen > 0 && snap.LogSize == f.base() && snap.LogLines > 0 && snap.LogLast == f.hdr.SealedLast {
		// Where the log was sealed: the header names the entry there,
		// so the segments need not be read.
		return true
	}
	start := max(snap.LogSize-1<<16, 0)
	lineStart := start == 0
	if f.hdrLen > 0 && snap.LogSize > f.base() && start <= f.base() {
		// A line starts where the segments end: no need to read them.
		start, lineStart = f.base(), true
	}
	n := snap.LogSize - start
	buf := make([]byte, n)
	if _, err := f.ReadAt(buf, start); err != nil && !errors.Is(err, io.EOF) {
		return false
	}
	if snap.LogLines == 0 {
		return start == 0 && blank(buf) // only blank lines so far
	}
	// Blank lines an editor left after the entry are part of the prefix,
	// but the prefix must end at a line's end.
	line := bytes.TrimRight(buf, " \t\r\n")
	if !bytes.Contains(buf[len(line):], []byte("\n")) {
		return false
	}
	i := bytes.LastIndexByte(line, '\n')
	if i < 0 && !lineStart {
		return false // longer than we look back; rebuild to be safe
	}
	e, err := parseEntry(line[i+1:])
	return err == nil && e.ID == snap.LogLast
}

// fileSize is the length of the log at path as readers see it: its
// sealed segments and the file.
func fileSize(path string) (int64, error) { return logicalSize(path) }

// LostError is returned when the review log no longer holds what the
// snapshot has seen: it is shorter (a sync tool rolled it back) or does not
// begin with those entries (it was replaced). Rebuilding from it would
// quietly undo answers and settings, so nothing is changed.
type LostError struct {
	Dir        string
	LogSize    int64     // bytes in the log now
	SeenSize   int64     // bytes of it the snapshot had seen
	SeenLines  int       // entries the snapshot had seen
	SeenLatest time.Time // the latest of them
}

// Error names both files, what is missing and the ways out.
func (e *LostError) Error() string {
	return fmt.Sprintf("%s in %s was rolled back or replaced: %s; nothing was changed: "+
		"restore it from a backup or your sync tool's history, or accept the loss with 'quiz doctor --repair --force'",
		LogFile, e.Dir, e.What())
}

// What says what is missing, in one clause.
func (e *LostError) What() string {
	upTo := e.SeenLatest.Format("2 Jan 2006 15:04 MST")
	if e.LogSize < e.SeenSize {
		return fmt.Sprintf("it holds %d bytes but %s has seen %d (%d entries, up to %s)", e.LogSize, SnapshotFile, e.SeenSize, e.SeenLines, upTo)
	}
	return fmt.Sprintf("it no longer holds the %d entries %s has seen (up to %s)", e.SeenLines, SnapshotFile, upTo)
}

// lost reports a log that no longer holds what snap has seen: the last
// entry it saw is gone, or there are fewer lines than entries it saw. A log
// with a damaged or inserted line, or one edited in place, still holds
// them; those are repaired or rebuilt, not refused.
func lost(logPath string, snap *snapshot) bool {
	if snap.LogLines == 0 {
		return false
	}
	v, err := openLogView(logPath)
	if err != nil {
		return true
	}
	defer v.Close()
	var de *DataError
	src, err := v.reader(0, -1)
	if err != nil {
		// A sealed segment missing or damaged is reported as what it
		// is by the replay that follows, not as a rollback.
		return !(errors.As(err, &de) && de.Segment)
	}
	r := bufio.NewReaderSize(src, 1<<16)
	lines, found := 0, false
	for {
		line, tooLong, err := readLine(r, MaxLineBytes)
		if tooLong || !blank(line) {
			lines++
		}
		if id, ok := lineID(line); ok && string(id) == snap.LogLast {
			found = true
		} else if !ok && !found && bytes.Contains(line, []byte(snap.LogLast)) {
			e, perr := parseEntry(line)
			found = perr == nil && e.ID == snap.LogLast
		}
		if err != nil {
			if errors.As(err, &de) && de.Segment {
				return false
			}
			return !found || lines < snap.LogLines
		}
	}
}

func lostError(dir string, snap *snapshot, size int64) error {
	return &LostError{Dir: dir, LogSize: size, SeenSize: snap.LogSize, SeenLines: snap.LogLines, SeenLatest: snap.LogTime}
}
