package questions

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/google/renameio/v2"
)

// indexHeader is the first line of the index; an index starting with
// anything else is rebuilt.
const indexHeader = "quiz bank index 1"

// indexMeta is the first line of a file's record.
type indexMeta struct {
	File        string              `json:"file"`
	Size        int64               `json:"size"`
	MTime       int64               `json:"mtime"`
	At          int64               `json:"indexed"`
	ID          string              `json:"id,omitempty"`
	Title       string              `json:"title,omitempty"`
	Section     string              `json:"section,omitempty"`
	Description string              `json:"description,omitempty"`
	Tags        []string            `json:"tags,omitempty"`
	QTags       map[string][]string `json:"qtags,omitempty"`
	Err         string              `json:"error,omitempty"`
}

// plain reports whether the record's text holds no control characters:
// the index is read back without the checks a bank file gets, and what it
// holds reaches the terminal.
func (m *indexMeta) plain() bool {
	ok := func(s string, lines bool) bool {
		for _, r := range s {
			if textControl(r) && !(lines && (r == '\n' || r == '\t')) {
				return false
			}
		}
		return true
	}
	all := func(ss []string) bool {
		for _, s := range ss {
			if !ok(s, false) {
				return false
			}
		}
		return true
	}
	for _, tags := range m.QTags {
		if !all(tags) {
			return false
		}
	}
	return all([]string{m.File, m.ID, m.Title, m.Section}) && all(m.Tags) && ok(m.Description, true) && ok(m.Err, true)
}

// decode reads the index: a header line, then two lines per file, its
// metadata as JSON and its questions as "id:type:line" words (ids and
// types never hold spaces or colons). It reports whether the whole index
// made sense.
func (ix *Index) decode(data []byte) bool {
	line, rest, _ := bytes.Cut(data, []byte("\n"))
	if string(line) != indexHeader {
		return false
	}
	for len(rest) > 0 {
		var meta, qs []byte
		meta, rest, _ = bytes.Cut(rest, []byte("\n"))
		qs, rest, _ = bytes.Cut(rest, []byte("\n"))
		var m indexMeta
		if err := json.Unmarshal(meta, &m); err != nil || m.File == "" || !m.plain() {
			return false
		}
		e := &indexed{size: m.Size, mtime: m.MTime, at: m.At, err: m.Err}
		if m.Err == "" {
			if !ValidID(m.ID) {
				return false
			}
			b := &Bank{ID: m.ID, Title: m.Title, Section: m.Section, Description: m.Description, Tags: m.Tags,
				File: m.File, summary: true}
			b.Questions = make([]*Question, 0, bytes.Count(qs, []byte(" "))+1)
			stubs := make([]Question, 0, cap(b.Questions))
			// One string for the line: the ids are slices of it, not an
			// allocation each.
			for rest := string(qs); len(rest) > 0; {
				var w string
				w, rest, _ = strings.Cut(rest, " ")
				id, tl, ok := strings.Cut(w, ":")
				typ, line, ok2 := strings.Cut(tl, ":")
				n, err := strconv.Atoi(line)
				if !ok || !ok2 || err != nil {
					return false
				}
				t := internType(typ)
				if !ValidID(id) || !slices.Contains(Types, t) || n < 0 {
					return false
				}
				stubs = append(stubs, Question{ID: id, Type: t, Line: n})
			}
			for i := range stubs {
				q := &stubs[i]
				q.Tags = m.QTags[q.ID]
				b.Questions = append(b.Questions, q)
			}
			if len(b.Questions) == 0 {
				return false
			}
			e.bank = b
		}
		ix.files[m.File] = e
	}
	return true
}

// internType returns the Type constant spelled typ, without allocating.
func internType(typ string) Type {
	for _, t := range Types {
		if string(t) == typ {
			return t
		}
	}
	return Type(typ)
}

func (ix *Index) encode() []byte {
	var buf bytes.Buffer
	buf.WriteString(indexHeader + "\n")
	paths := make([]string, 0, len(ix.files))
	for p := range ix.files {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	for _, p := range paths {
		e := ix.files[p]
		m := indexMeta{File: p, Size: e.size, MTime: e.mtime, At: e.at, Err: e.err}
		if b := e.bank; b != nil {
			m.ID, m.Title, m.Section, m.Description, m.Tags = b.ID, b.Title, b.Section, b.Description, b.Tags
			for _, q := range b.Questions {
				if len(q.Tags) > 0 {
					if m.QTags == nil {
						m.QTags = map[string][]string{}
					}
					m.QTags[q.ID] = q.Tags
				}
			}
		}
		line, _ := json.Marshal(m)
		buf.Write(line)
		buf.WriteByte('\n')
		if b := e.bank; b != nil {
			for i, q := range b.Questions {
				if i > 0 {
					buf.WriteByte(' ')
				}
				buf.WriteString(q.ID + ":" + string(q.Type) + ":" + strconv.Itoa(q.Line))
			}
		}
		buf.WriteByte('\n')
	}
	return buf.Bytes()
}

// Save writes the index if loading changed it, atomically, so that a
// reader never sees half of it. Files in folders that LoadDir read but no
// longer hold them are dropped. It writes nothing when the folder the
// index lives in does not exist.
func (ix *Index) Save() error {
	for p, e := range ix.files {
		// A course's banks are one folder further down: a course removed
		// takes its banks out of the index too.
		// Another build's built-in banks are not this one's.
		old := ix.builtin != "" && strings.HasPrefix(p, "builtin:") && !strings.HasPrefix(p, ix.builtin+"/")
		if old || !e.seen && (ix.scanned[filepath.Dir(p)] || ix.scanned[filepath.Dir(filepath.Dir(p))]) {
			delete(ix.files, p)
			ix.dirty = true
		}
	}
	if !ix.dirty || ix.path == "" {
		return nil
	}
	if _, err := os.Stat(filepath.Dir(ix.path)); err != nil {
		return nil
	}
	if err := renameio.WriteFile(ix.path, ix.encode(), 0o600); err != nil {
		return fmt.Errorf("save bank index: %w", err)
	}
	ix.dirty = false
	return nil
}
