package progress

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
)

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
	if e.Kind == KindFormat && e.Format > SealedFormat {
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
	v, err := openLogView(path)
	if err != nil {
		return res, err
	}
	defer v.Close()
	src, err := v.reader(from, to)
	if err != nil {
		return res, err
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
			n := res.lines + 1
			if from > 0 {
				n = lineAt(path, res.end) // counted from the log's start, as doctor counts
			}
			return res, &DataError{Path: path, Problem: fmt.Sprintf("line %d is not a valid entry: %v (run 'quiz doctor')", n, perr)}
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
	v, err := openLogView(path)
	if err != nil {
		return 0
	}
	defer v.Close()
	r, err := v.reader(0, off)
	if err != nil {
		return 0
	}
	n := 1
	buf := make([]byte, 1<<16)
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
	f, err := openLogView(path)
	if err != nil {
		return err
	}
	defer f.Close()
	const block = 1 << 16
	pos := end
	var carry []byte // the start of a line whose beginning is further back
	// A line starts where the sealed segments end: the lines after it are
	// read without decompressing a segment.
	bound := int64(-1)
	if f.hdrLen > 0 && end > f.base() {
		bound = f.base()
	}
	for pos > 0 {
		n := int64(block)
		if pos < n {
			n = pos
		}
		if pos > bound && pos-n < bound {
			n = pos - bound
		}
		pos -= n
		chunk := make([]byte, n, n+int64(len(carry)))
		if _, err := f.ReadAt(chunk, pos); err != nil {
			var de *DataError
			if errors.As(err, &de) {
				return err
			}
			return fmt.Errorf("read %s: %w", path, err)
		}
		rest := append(chunk, carry...)
		carry = nil
		for len(rest) > 0 {
			rest = bytes.TrimSuffix(rest, []byte("\n"))
			i := bytes.LastIndexByte(rest, '\n')
			if i < 0 && pos > 0 && pos != bound {
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
				return &DataError{Path: path, Problem: fmt.Sprintf("line %d is not a valid entry: %v", lineAt(path, pos+int64(i+1)), err)}
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
