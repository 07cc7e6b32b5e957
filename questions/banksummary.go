package questions

import (
	"bytes"
	"fmt"
	"os"
)

// Summary reports whether b holds only what the index keeps: ids, titles,
// sections, tags and the questions' ids, types and tags, without their
// text. Full returns the whole bank.
func (b *Bank) Summary() bool { return b.summary }

// Full returns the whole bank: b itself unless it is a summary, else its
// file parsed. A file that no longer holds bank b is an error.
func (b *Bank) Full() (*Bank, error) {
	if !b.summary {
		return b, nil
	}
	if b.Builtin {
		banks, err := Course()
		if err != nil {
			return nil, err
		}
		for _, full := range banks {
			if full.ID == b.ID {
				return full, nil
			}
		}
		return nil, fmt.Errorf("no built-in bank %s", b.ID)
	}
	full, err := LoadFile(b.File)
	if err != nil {
		return nil, err
	}
	if full.ID != b.ID {
		return nil, fmt.Errorf("bank file %s now holds bank %s instead of %s; run the command again", b.File, full.ID, b.ID)
	}
	full.Builtin, full.Course = b.Builtin, b.Course
	return full, nil
}

// bankSource is the file a summary was made from, as it was then, and its
// bytes once read: shared by the copies of a summary, so a session reads
// each file at most once.
type bankSource struct {
	size, mtime int64
	spans       map[string]span // by question id
	data        []byte
	full        *Bank // the whole bank, once parsed
}

// span is the lines of a question in its file: from its first line up to
// the next question's first line (end excluded; -1: to the end of the
// file), or zero when they cannot be told.
type span struct{ start, end int }

// spans finds the questions' lines from each one's first line.
func spans(qs []*Question) map[string]span {
	m := make(map[string]span, len(qs))
	for i, q := range qs {
		s := span{q.Line, -1}
		if i+1 < len(qs) {
			s.end = qs[i+1].Line
		}
		if s.start < 1 || s.end != -1 && s.end <= s.start {
			s = span{}
		}
		m[q.ID] = s
	}
	return m
}

// Question returns the question id of b in full. From a summary, it parses
// only that question's lines of the bank file when it can (the lines from
// the question's first to the next question's), and the whole file when
// it cannot: the file changed since it was indexed, or the question leans
// on the rest of the file (a YAML alias, questions written on one line).
func (b *Bank) Question(id string) (*Question, error) {
	if b.summary {
		if q := b.parseOne(id); q != nil {
			return q, nil
		}
	}
	var full *Bank
	if b.src != nil {
		full = b.src.full
	}
	if full == nil {
		var err error
		if full, err = b.Full(); err != nil {
			return nil, err
		}
		if b.src != nil {
			b.src.full = full
		}
	}
	if q := full.Find(id); q != nil {
		return q, nil
	}
	return nil, fmt.Errorf("bank %s has no question %s any more", b.ID, id)
}

// parseOne parses question id of a summary from its own lines of the
// file, or returns nil.
func (b *Bank) parseOne(id string) *Question {
	src := b.src
	if src == nil || src.spans[id].start == 0 {
		return nil
	}
	if src.data == nil {
		info, err := os.Stat(b.File)
		if err != nil || info.Size() != src.size || info.ModTime().UnixNano() != src.mtime || info.Size() > MaxFileSize {
			return nil
		}
		data, err := os.ReadFile(b.File)
		if err != nil || int64(len(data)) != src.size {
			return nil
		}
		src.data = data
	}
	start, end := src.spans[id].start, src.spans[id].end
	lines := lineSpan(src.data, start, end)
	if lines == nil {
		return nil
	}
	const head = "bank: b\ntitle: t\nquestions:\n"
	one, err := Parse(b.File, append([]byte(head), lines...))
	if err != nil || len(one.Questions) != 1 {
		return nil
	}
	q := one.Questions[0]
	if q.ID != id {
		return nil
	}
	q.Line += start - 4 // the head is three lines
	return q
}

// lineSpan returns lines start up to end (1-based, end excluded; -1 for
// the rest of the data), or nil when data is shorter.
func lineSpan(data []byte, start, end int) []byte {
	from := 0
	for line := 1; line < start; line++ {
		i := bytes.IndexByte(data[from:], '\n')
		if i < 0 {
			return nil
		}
		from += i + 1
	}
	if end < 0 {
		return data[from:]
	}
	to := from
	for line := start; line < end; line++ {
		i := bytes.IndexByte(data[to:], '\n')
		if i < 0 {
			return nil
		}
		to += i + 1
	}
	return data[from:to]
}
