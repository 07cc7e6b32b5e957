package progress

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"hash/maphash"
	"io"
	"os"
	"path/filepath"
	"time"
	"unicode"
	"unicode/utf8"
)

// MaxLineBytes caps a line of a review log: an answer line is a few
// hundred bytes, so anything longer is damage (a tail of NUL bytes left by
// a crash, a file that is not a log) and is not read whole.
const MaxLineBytes = 1 << 20

// MergeReport says what Merge did.
type MergeReport struct {
	// Added counts the lines of the other log appended to this one.
	Added int
	// Skipped says which lines of the other log were not merged ("line 3:
	// …"), and why:
	// unreadable, not fit to show (control characters, escape sequences,
	// ids that are not ids), dated in the future. Safe to print.
	Skipped []string
	// Conflicts are what the two logs disagree on: an id with different
	// content on each side (this side's is kept), settings changed on both
	// (the later change wins). Safe to print.
	Conflicts []string
}

// Merge appends to this store's log the entries of another data
// directory's log that it lacks (by id), each in its original bytes, so
// fields a newer quiz added are kept and lines already here are never
// rewritten; a log that is a symbolic link stays one and its target grows.
// The state is then rebuilt from the whole log in causal order (see
// Entry.OrderKey), so merging A into B and B into A give the same schedule,
// and merging again adds nothing. Lines unfit to merge are skipped and
// reported; a line written by a newer quiz stops the merge before anything
// is written.
func (s *Store) Merge(otherDir string) (MergeReport, error) {
	var rep MergeReport
	if err := s.writable(); err != nil {
		return rep, err
	}
	otherLog := filepath.Join(otherDir, LogFile)
	if err := checkRegular(otherLog); err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return rep, fmt.Errorf("merge: %s has no %s", otherDir, LogFile)
		}
		return rep, fmt.Errorf("merge: %w", err)
	}

	// What this side has: a hash of each entry's content by id, and its
	// settings entries.
	seed := maphash.MakeSeed()
	have := map[string]uint64{}
	localSettings := map[string]bool{}
	if _, err := scanLog(s.path(LogFile), 0, s.logSize, func(e Entry, _ int64) error {
		if _, ok := have[e.ID]; !ok {
			have[e.ID] = contentHash(seed, &e)
		}
		if e.Kind == KindSettings {
			localSettings[e.ID] = true
		}
		return nil
	}); err != nil {
		return rep, fmt.Errorf("merge: %w", err)
	}

	v, err := openLogView(otherLog)
	if err != nil {
		return rep, fmt.Errorf("merge: %w", err)
	}
	defer v.Close()
	src, err := v.reader(0, -1)
	if err != nil {
		return rep, fmt.Errorf("merge: %w", err)
	}
	horizon := s.now().Add(24 * time.Hour)
	var buf []byte
	otherSettings, newSettings := map[string]bool{}, 0
	r := bufio.NewReaderSize(src, 1<<16)
	for n := 1; ; n++ {
		line, tooLong, err := readLine(r, MaxLineBytes)
		if err != nil && err != io.EOF {
			return rep, fmt.Errorf("merge: read %s: %w", otherLog, err)
		}
		last := err == io.EOF
		skip := func(format string, args ...any) {
			rep.Skipped = append(rep.Skipped, fmt.Sprintf("line %d: ", n)+fmt.Sprintf(format, args...))
		}
		switch {
		case tooLong:
			skip("longer than %d bytes", MaxLineBytes)
		case blank(line):
		default:
			e, perr := parseEntry(line)
			if isNewer(perr) {
				return MergeReport{}, fmt.Errorf("merge refused: %s line %d %v; nothing was merged", otherLog, n, perr)
			}
			if perr != nil {
				if last {
					skip("an unfinished last line (%d bytes)", len(line))
				} else {
					skip("not a valid entry: %s", Printable(perr.Error()))
				}
				break
			}
			if err := checkForeign(trimLine(line), &e); err != nil {
				skip("%v", err)
				break
			}
			if e.Kind == KindSettings {
				otherSettings[e.ID] = true
			}
			if h, ok := have[e.ID]; ok {
				if h != contentHash(seed, &e) {
					rep.Conflicts = append(rep.Conflicts, fmt.Sprintf(
						"entry %s differs between the two logs; this one's is kept", e.ID))
				}
				break
			}
			if e.Time.After(horizon) || e.OrderKey() > unixNano(horizon) {
				skip("dated more than a day ahead of now (%s)", e.Time.UTC().Format(time.RFC3339))
				break
			}
			have[e.ID] = contentHash(seed, &e)
			if e.Kind == KindSettings {
				newSettings++
			}
			buf = append(buf, line...)
			if !bytes.HasSuffix(line, []byte("\n")) {
				buf = append(buf, '\n')
			}
			rep.Added++
		}
		if last {
			break
		}
	}
	if newSettings > 0 {
		for id := range localSettings {
			if !otherSettings[id] {
				rep.Conflicts = append(rep.Conflicts,
					"settings were changed on both sides; the later change wins (see 'quiz config')")
				break
			}
		}
	}
	if rep.Added == 0 {
		return rep, nil
	}
	if err := s.appendRaw(buf); err != nil {
		return rep, fmt.Errorf("merge: %w", err)
	}
	s.bulk = true
	defer func() { s.bulk = false }()
	if _, err := s.replayAll(); err != nil {
		s.broken = err
		return rep, fmt.Errorf("merge: %w", err)
	}
	if err := s.save(); err != nil {
		return rep, err
	}
	return rep, nil
}

// appendRaw appends lines as they are, after a format entry when the log
// has not declared this quiz's format yet, with one write and one fsync.
// On failure the log is cut back to where it was.
func (s *Store) appendRaw(lines []byte) error {
	var buf []byte
	if s.logFormat < LogFormat {
		f := Entry{ID: NewID(), Time: s.now().UTC(), Kind: KindFormat, Format: LogFormat}
		f.HLC = after(f.Time, s.clock)
		line, err := json.Marshal(f)
		if err != nil {
			return fmt.Errorf("encode entry: %w", err)
		}
		buf = append(line, '\n')
	}
	buf = append(buf, lines...)
	if err := s.writeLog(buf); err != nil {
		return err
	}
	s.logFormat = LogFormat
	s.logSize += int64(len(buf))
	return nil
}

// contentHash identifies what an entry says, whatever the layout of its
// line (spaces, field order, line ends).
func contentHash(seed maphash.Seed, e *Entry) uint64 {
	b, _ := json.Marshal(e)
	return maphash.Bytes(seed, b)
}

// readLine reads one line (with its newline) of at most max bytes; a longer
// one is read past, not kept, and reported as tooLong.
func readLine(r *bufio.Reader, max int) (line []byte, tooLong bool, err error) {
	for {
		chunk, err := r.ReadSlice('\n')
		if !tooLong {
			if len(line)+len(chunk) > max {
				tooLong, line = true, nil
			} else {
				line = append(line, chunk...)
			}
		}
		if err != bufio.ErrBufferFull {
			return line, tooLong, err
		}
	}
}

// checkForeign reports what makes an entry from another machine's log
// unfit to merge: ids that are not ids, or any text (known fields or not)
// holding control characters, escape sequences, text-direction controls or
// bytes that are not UTF-8, which could reach the terminal through
// history, export or stats.
func checkForeign(line []byte, e *Entry) error {
	ids := []struct{ what, v string }{{"id", e.ID}, {"target", e.Target}, {"session", e.Session}}
	for _, id := range ids {
		if id.v != "" && !entryID(id.v) {
			return fmt.Errorf("%s \"%s\" is not an entry id", id.what, Printable(id.v))
		}
	}
	names := []struct{ what, v string }{{"bank", e.Bank}, {"question", e.Question}}
	for _, b := range e.Banks {
		names = append(names, struct{ what, v string }{"bank", b})
	}
	for _, n := range names {
		if n.v != "" && !bankID(n.v) {
			return fmt.Errorf("%s \"%s\" is not a bank or question id", n.what, Printable(n.v))
		}
	}
	if !utf8.Valid(line) {
		return errors.New("holds bytes that are not UTF-8")
	}
	var v any
	if err := json.Unmarshal(line, &v); err != nil {
		return fmt.Errorf("not JSON: %v", err)
	}
	return checkText(v)
}

func checkText(v any) error {
	switch v := v.(type) {
	case string:
		for _, r := range v {
			if unsafeRune(r) {
				return fmt.Errorf("holds control character %U, which could change the terminal", r)
			}
		}
	case []any:
		for _, x := range v {
			if err := checkText(x); err != nil {
				return err
			}
		}
	case map[string]any:
		for k, x := range v {
			if err := checkText(k); err != nil {
				return err
			}
			if err := checkText(x); err != nil {
				return err
			}
		}
	}
	return nil
}

// unsafeRune reports a character that must not reach a terminal from
// data: C0 and C1 controls (ESC starts CSI and OSC sequences), DEL, the
// replacement for bytes that are not UTF-8, and text-direction controls
// that can disguise text.
func unsafeRune(r rune) bool {
	switch {
	case unicode.IsControl(r), r == utf8.RuneError:
		return true
	case r == 0x061C, r == 0x200E, r == 0x200F, r >= 0x202A && r <= 0x202E, r >= 0x2066 && r <= 0x2069:
		return true
	}
	return false
}

// Printable returns s with every character unsafeRune refuses shown as a
// \u escape, so untrusted text can be quoted in a message.
func Printable(s string) string {
	var b bytes.Buffer
	for _, r := range s {
		if unsafeRune(r) {
			fmt.Fprintf(&b, "\\u%04x", r)
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// entryID reports an entry id as quiz writes them (hex) or as people and
// other tools do: ASCII letters, digits, '-' and '_', at most 64.
func entryID(s string) bool {
	if len(s) > 64 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_') {
			return false
		}
	}
	return true
}

// bankID reports a bank or question id as bank files allow them: lower-case
// ASCII letters, digits and '-', not starting with '-', at most 64.
func bankID(s string) bool {
	if len(s) > 64 || s[0] == '-' {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-') {
			return false
		}
	}
	return true
}

// checkRegular reports a path that is not a regular file (a FIFO, a
// device, a directory) without opening it, since opening a FIFO blocks. A
// symbolic link is followed.
func checkRegular(path string) error {
	st, err := os.Lstat(path)
	if err != nil {
		return err
	}
	if st.Mode()&os.ModeSymlink != 0 {
		if st, err = os.Stat(path); err != nil {
			return err
		}
	}
	if !st.Mode().IsRegular() {
		return &DataError{Path: path, Problem: fmt.Sprintf("is a %s, not a file", fileKind(st.Mode()))}
	}
	return nil
}

// checkRegularFiles reports the first of the named files of dir that
// exists but is not a regular file; missing ones are fine.
func checkRegularFiles(dir string, names ...string) error {
	for _, name := range names {
		err := checkRegular(filepath.Join(dir, name))
		if err != nil && !errors.Is(err, os.ErrNotExist) {
			return err
		}
	}
	return nil
}

// fileKind names the kind of a file that is not regular.
func fileKind(m os.FileMode) string {
	switch {
	case m.IsDir():
		return "directory"
	case m&os.ModeNamedPipe != 0:
		return "named pipe (FIFO)"
	case m&os.ModeSocket != 0:
		return "socket"
	case m&os.ModeDevice != 0:
		return "device"
	}
	return "special file"
}
