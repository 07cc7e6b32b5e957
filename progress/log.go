package progress

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"sync"
	"time"
)

// DataError reports a file of the data directory that does not hold valid
// progress data. The file is left as it is.
type DataError struct {
	Path    string // the file
	Problem string // what is wrong with it
	Newer   bool   // written by a newer quiz: update rather than repair
	Line    int    // the line of the file at fault, when known
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
	return fmt.Sprintf("was written by a newer quiz (log format %d; this one reads up to %d); update quiz", e.format, LogFormat)
}

func knownKind(k string) bool {
	switch k {
	case "", KindReview, KindUndo, KindReset, KindSuspend, KindUnsuspend, KindSession, KindSettings, KindFormat, KindCard, KindBury:
		return true
	}
	return false
}

var bom = []byte("\xef\xbb\xbf")

// trimLine drops what editors add around a line: a byte order mark,
// spaces, a carriage return, the newline.
func trimLine(line []byte) []byte {
	return bytes.TrimSpace(bytes.TrimPrefix(line, bom))
}

// blank reports a line that holds no entry and is skipped.
func blank(line []byte) bool { return len(trimLine(line)) == 0 }

// validate reports what makes an entry unusable, if anything.
func (e *Entry) validate() error {
	switch {
	case e.ID == "":
		return errors.New("entry has no id")
	case e.Time.IsZero():
		return errors.New("entry has no time")
	}
	switch e.Kind {
	case "", KindReview:
		if e.Bank == "" || e.Question == "" {
			return errors.New("review names no bank or question")
		}
		lo := Again
		if e.Unscheduled {
			lo = 0
		}
		if e.Rating < lo || e.Rating > Easy {
			return fmt.Errorf("review has rating %d; want 1 (Again) to 4 (Easy)", e.Rating)
		}
		if e.Retention != 0 && !(e.Retention > 0 && e.Retention <= 1) {
			return fmt.Errorf("review has retention %v; want 0 to 1", e.Retention)
		}
	case KindReset, KindSuspend, KindUnsuspend:
		if e.Bank == "" {
			return fmt.Errorf("%s names no bank", e.Kind)
		}
	case KindBury:
		if e.Bank == "" || e.Question == "" || e.Until.IsZero() {
			return errors.New("bury names no bank, question or time")
		}
	case KindUndo:
		if e.Target == "" || e.Bank == "" || e.Question == "" {
			return errors.New("undo names no target, bank or question")
		}
	case KindSession:
	case KindSettings:
		if e.Settings == nil {
			return errors.New("settings entry has no settings")
		}
		if err := e.Settings.Validate(); err != nil {
			return fmt.Errorf("settings entry: %w", err)
		}
	case KindFormat:
		if e.Format < 1 {
			return fmt.Errorf("format entry has version %d", e.Format)
		}
	case KindCard:
		if e.Bank == "" || e.Question == "" || e.Card == nil {
			return errors.New("card entry names no bank, question or card")
		}
		if err := checkCard(key(e.Bank, e.Question), *e.Card); err != nil {
			return fmt.Errorf("card entry: %w", err)
		}
	default:
		return fmt.Errorf("unknown entry kind %q (written by a newer quiz?)", e.Kind)
	}
	if e.MS < 0 {
		return fmt.Errorf("entry has negative time taken %d ms", e.MS)
	}
	if e.HLC < 0 {
		return fmt.Errorf("entry has negative hlc %d", e.HLC)
	}
	if math.IsNaN(e.Retention) {
		return errors.New("entry has retention NaN")
	}
	return nil
}

// parseEntry decodes and validates one line of the log.
func parseEntry(line []byte) (Entry, error) {
	var e Entry
	line = trimLine(line)
	if len(line) == 0 || line[0] != '{' {
		return Entry{}, errors.New("not a JSON object")
	}
	if !decodeEntry(line, &e) {
		e = Entry{}
		if err := json.Unmarshal(line, &e); err != nil {
			// A newer quiz may give known fields new types.
			var probe struct {
				Kind string `json:"kind"`
			}
			if json.Unmarshal(line, &probe) == nil && !knownKind(probe.Kind) {
				return Entry{}, &newerKindError{probe.Kind}
			}
			return Entry{}, err
		}
	}
	if !knownKind(e.Kind) {
		return Entry{}, &newerKindError{e.Kind}
	}
	if e.Kind == KindFormat && e.Format > LogFormat {
		return Entry{}, &newerFormatError{e.Format}
	}
	if err := e.validate(); err != nil {
		return Entry{}, err
	}
	return e, nil
}

// logScan describes how far a scan of the log got.
type logScan struct {
	end        int64  // offset just after the last valid entry
	lines      int    // valid entries read
	tail       []byte // bytes after end: an unfinished or unreadable last line
	tailLen    int64  // its length: tail holds at most MaxLineBytes of it
	terminated bool   // tail ends with a newline
}

// scanLog reads the log at path from byte from up to byte to (to < 0: the
// end of the file), calling fn with each entry and the offset after it. A
// missing file reads as empty. An unreadable line that is not the last one
// is an error; the last one is returned as the tail for the caller to judge.
func scanLog(path string, from, to int64, fn func(e Entry, end int64) error) (logScan, error) {
	return scanLogLines(path, from, to, nil, fn)
}

// scanLogLines is scanLog that only decodes the lines keep accepts (all
// when keep is nil); the others are counted unchecked.
func scanLogLines(path string, from, to int64, keep func([]byte) bool, fn func(e Entry, end int64) error) (logScan, error) {
	res := logScan{end: from}
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		return res, nil
	}
	if err != nil {
		return res, fmt.Errorf("read log: %w", err)
	}
	defer f.Close()
	if _, err := f.Seek(from, io.SeekStart); err != nil {
		return res, fmt.Errorf("read %s: %w", path, err)
	}
	var src io.Reader = f
	if to >= 0 {
		src = io.LimitReader(f, to-from)
	}
	r := bufio.NewReaderSize(src, 1<<16)
	for {
		line, n, err := readCapped(r, MaxLineBytes)
		if err != nil && err != io.EOF {
			return res, fmt.Errorf("read %s: %w", path, err)
		}
		if n > int64(len(line)) {
			// Longer than any entry: damage, not read whole.
			if _, pk := r.Peek(1); err == io.EOF || pk == io.EOF {
				res.tail, res.tailLen, res.terminated = line, n, err == nil
				return res, nil
			}
			return res, &DataError{Path: path, Problem: fmt.Sprintf("line %d is longer than %d bytes, so it is not an entry (run 'quiz doctor')", res.lines+1, MaxLineBytes)}
		}
		if blank(line) {
			res.end += int64(len(line))
			if err == io.EOF {
				return res, nil
			}
			continue
		}
		if err == io.EOF {
			if _, perr := parseEntry(line); isNewer(perr) {
				return res, newerLine(path, res.end, perr)
			}
			res.tail, res.tailLen = line, int64(len(line))
			return res, nil
		}
		if keep != nil && !keep(line) {
			res.end += int64(len(line))
			res.lines++
			continue
		}
		e, perr := parseEntry(line)
		if isNewer(perr) {
			return res, newerLine(path, res.end, perr)
		}
		if perr != nil {
			if _, pk := r.Peek(1); pk == io.EOF {
				res.tail, res.tailLen, res.terminated = line, int64(len(line)), true
				return res, nil
			}
			where := fmt.Sprintf("line %d", res.lines+1)
			if from > 0 {
				where = fmt.Sprintf("entry at byte %d", res.end)
			}
			return res, &DataError{Path: path, Problem: fmt.Sprintf("%s is not a valid entry: %v (run 'quiz doctor')", where, perr)}
		}
		res.end += int64(len(line))
		res.lines++
		if fn != nil {
			if err := fn(e, res.end); err != nil {
				return res, err
			}
		}
	}
}

func isNewer(err error) bool {
	var ne *newerKindError
	var nf *newerFormatError
	return errors.As(err, &ne) || errors.As(err, &nf)
}

// newerLine reports the entry at byte off of the log at path, written by a
// newer quiz: loading stops and the file is left as it is.
func newerLine(path string, off int64, err error) error {
	return &DataError{Path: path, Line: lineAt(path, off), Newer: true, Problem: err.Error()}
}

// lineAt returns the number of the line starting at byte off of path.
func lineAt(path string, off int64) int {
	f, err := os.Open(path)
	if err != nil {
		return 0
	}
	defer f.Close()
	n := 1
	buf := make([]byte, 1<<16)
	r := io.LimitReader(f, off)
	for {
		k, err := r.Read(buf)
		n += bytes.Count(buf[:k], []byte("\n"))
		if err != nil {
			return n
		}
	}
}

// scanBackAt calls fn with the entries of the log's first end bytes, last
// first, and the offset where each entry's line starts, until fn returns
// false. It reads only as far back as needed.
func scanBackAt(path string, end int64, fn func(e Entry, off int64) bool) error {
	if end <= 0 {
		return nil
	}
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("read log: %w", err)
	}
	defer f.Close()
	const block = 1 << 16
	pos := end
	var carry []byte // the start of a line whose beginning is further back
	for pos > 0 {
		n := int64(block)
		if pos < n {
			n = pos
		}
		pos -= n
		chunk := make([]byte, n, n+int64(len(carry)))
		if _, err := f.ReadAt(chunk, pos); err != nil {
			return fmt.Errorf("read %s: %w", path, err)
		}
		rest := append(chunk, carry...)
		carry = nil
		for len(rest) > 0 {
			rest = bytes.TrimSuffix(rest, []byte("\n"))
			i := bytes.LastIndexByte(rest, '\n')
			if i < 0 && pos > 0 {
				carry = rest
				break
			}
			line := rest[i+1:]
			rest = rest[:i+1]
			if blank(line) {
				if i < 0 {
					break
				}
				continue
			}
			e, err := parseEntry(line)
			if isNewer(err) {
				return newerLine(path, pos+int64(i+1), err)
			}
			if err != nil {
				return &DataError{Path: path, Problem: fmt.Sprintf("entry before byte %d is not valid: %v", pos+int64(i+1+len(line)), err)}
			}
			if !fn(e, pos+int64(i+1)) {
				return nil
			}
			if i < 0 {
				break
			}
		}
	}
	return nil
}

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
		if terr := s.logf.Truncate(s.logSize); terr != nil {
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
	if err := copySynced(s.path(name), io.NewSectionReader(f, s.logSize, size)); err != nil {
		return fmt.Errorf("set aside torn line of %s: %w", LogFile, err)
	}
	if err := f.Truncate(s.logSize); err != nil {
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
