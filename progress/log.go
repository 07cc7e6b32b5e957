package progress

import (
	"fmt"
)

// DataError reports a file of the data directory that does not hold valid
// progress data. The file is left as it is.
type DataError struct {
	Path    string // the file
	Problem string // what is wrong with it
	Newer   bool   // written by a newer quiz: update rather than repair
	Line    int    // the line of the file at fault, when known
	// Segment is set for a sealed segment of the log that is missing or
	// damaged: it is never rewritten, only restored from a backup.
	Segment bool
}

// Error names the file and what is wrong.
func (e *DataError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s line %d %s", e.Path, e.Line, e.Problem)
	}
	return e.Path + ": " + e.Problem
}

// newerKindError is a well-formed entry of a kind this quiz does not know.
type newerKindError struct{ kind string }

func (e *newerKindError) Error() string {
	return fmt.Sprintf("was written by a newer quiz (kind %q); update quiz", e.kind)
}

// newerFormatError is a format entry of a version this quiz does not know.
type newerFormatError struct{ format int }

func (e *newerFormatError) Error() string {
	return fmt.Sprintf("was written by a newer quiz (log format %d; this one reads up to %d); update quiz", e.format, SealedFormat)
}

func knownKind(k string) bool {
	switch k {
	case "", KindReview, KindUndo, KindReset, KindSuspend, KindUnsuspend, KindSession, KindSettings, KindFormat, KindCard, KindBury:
		return true
	}
	return false
}

// Entries returns the whole log in causal order (see Entry.OrderKey), undo,
// reset and session entries included. A log that cannot be read is an
// error: partial history must not pass for the whole.
func (s *Store) Entries() ([]Entry, error) {
	out := make([]Entry, 0, s.logLines)
	err := s.eachCausal(func(e Entry) error {
		out = append(out, e)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("read the review log: %w", err)
	}
	return out, nil
}

// eachCausal is EachEntry in causal order: streamed in file order when
// the log is in order, else through scanCausal, which holds only the
// lines out of place in memory.
func (s *Store) eachCausal(fn func(Entry) error) error {
	if s.orderedFrom == 0 {
		return s.EachEntry(fn)
	}
	seen := map[string]bool{}
	_, _, err := scanCausal(s.path(LogFile), s.logSize, func(e *Entry, _ int64) bool {
		return s.firstCopy(e, seen)
	}, fn)
	return err
}

// firstCopy reports whether e is to be read: not a format entry, which
// only declares the log's version, and not a repeat of an id seen before
// (an entry repeated in the log counts once, as on load).
func (s *Store) firstCopy(e *Entry, seen map[string]bool) bool {
	if e.Kind == KindFormat {
		return false
	}
	if s.dupIDs[e.ID] {
		if seen[e.ID] {
			return false
		}
		seen[e.ID] = true
	}
	return true
}

// scanCausal calls fn with the entries of the log at path up to byte to
// that keep accepts (keep sees every entry once, in file order), in causal
// order. A log quiz appends is in causal order; a merge appends another
// machine's lines, older ones among them, after it. So scanCausal reads
// the log twice: first to hold, sorted, only the entries that sort before
// one above them in the file; then in file order, where the others come
// in order, passing each held entry where it belongs. Memory grows with
// the entries out of place, not with the log; held says how many there
// were.
func scanCausal(path string, to int64, keep func(e *Entry, end int64) bool, fn func(Entry) error) (res logScan, held int, err error) {
	var late []Entry
	skip := map[int64]bool{} // ends of the lines the second pass leaves out
	var top *Entry           // the greatest entry in file order so far
	res, err = scanLog(path, 0, to, func(e Entry, end int64) error {
		switch {
		case !keep(&e, end):
			skip[end] = true
		case top == nil || entryCompare(&e, top) > 0:
			top = &e
		default:
			late = append(late, e)
			skip[end] = true
		}
		return nil
	})
	if err != nil {
		return res, 0, err
	}
	sortEntries(late)
	i := 0
	_, err = scanLog(path, 0, res.end, func(e Entry, end int64) error {
		if skip[end] {
			return nil
		}
		for ; i < len(late) && entryCompare(&late[i], &e) < 0; i++ {
			if err := fn(late[i]); err != nil {
				return err
			}
		}
		return fn(e)
	})
	for ; err == nil && i < len(late); i++ {
		err = fn(late[i])
	}
	return res, len(late), err
}

// EachEntry calls fn with each entry of the log in file order without
// holding the whole log in memory (format entries, which only declare the
// log's version, left out); it stops at fn's first error and returns it.
func (s *Store) EachEntry(fn func(Entry) error) error {
	seen := map[string]bool{}
	_, err := scanLog(s.path(LogFile), 0, s.logSize, func(e Entry, _ int64) error {
		if !s.firstCopy(&e, seen) {
			return nil
		}
		return fn(e)
	})
	return err
}
