package questions

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/google/renameio/v2"
)

// IndexFile is the name of the bank index in the data directory: for every
// installed bank file, its size and modification time and what listing and
// planning need (the bank's id, title, section and tags, and its questions'
// ids, types and tags). It is derived from the bank files and rebuilt from
// them whenever it is missing, unreadable or out of date, so deleting it
// loses nothing.
const IndexFile = "banks.index"

// indexHeader is the first line of the index; an index starting with
// anything else is rebuilt.
const indexHeader = "quiz bank index 1"

// Index remembers, per bank file, what listing and planning need, so that
// a command parses a bank's YAML only when its questions are asked or
// shown. A file whose size or modification time differs from what the
// index recorded is parsed again.
type Index struct {
	path    string
	files   map[string]*indexed          // by file path
	scanned map[string]bool              // folders LoadDir read in this process
	ids     map[string]map[string]string // per folder: bank id → file
	builtin string                       // the key of this build's built-in banks, once asked for
	dirty   bool
}

// indexed is one bank file as the index knows it.
type indexed struct {
	size, mtime int64
	at          int64  // when the file was indexed (Unix nanoseconds)
	bank        *Bank  // a summary (see Bank.Summary); nil when broken
	err         string // why the file does not load
	seen        bool   // listed by LoadDir in this process
}

// racyWindow is how close to its indexing a file may have been modified
// for its size and modification time not to be trusted: a file system
// that keeps times in whole seconds (or two, as FAT does) cannot tell an
// edit made just after indexing from the version indexed. Such a file is
// parsed again until it has been indexed well after its last change.
const racyWindow = 2 * time.Second

// fresh reports whether e describes a file of this size and modification
// time that was indexed well after it was last changed.
func (e *indexed) fresh(size, mtime int64) bool {
	return e != nil && e.size == size && e.mtime == mtime && e.at-mtime > int64(racyWindow)
}

// OpenIndex reads the index at path (normally IndexFile in the data
// directory). A missing, damaged or older index is not an error: it comes
// back empty and is rebuilt as banks are loaded.
func OpenIndex(path string) *Index {
	ix := newIndex(path)
	data, err := os.ReadFile(path)
	if err != nil {
		return ix
	}
	if !ix.decode(data) {
		ix.files = map[string]*indexed{}
		ix.dirty = true
	}
	return ix
}

// newIndex returns an empty index kept at path; with no path, it is
// never saved.
func newIndex(path string) *Index {
	return &Index{path: path, files: map[string]*indexed{}, scanned: map[string]bool{}, ids: map[string]map[string]string{}}
}

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

// summarize returns what the index keeps of a bank: everything but the
// questions' text.
func summarize(b *Bank) *Bank {
	s := &Bank{ID: b.ID, Title: b.Title, Section: b.Section, Description: b.Description, Tags: b.Tags,
		Builtin: b.Builtin, Course: b.Course, File: b.File, summary: true}
	stubs := make([]Question, len(b.Questions))
	s.Questions = make([]*Question, len(b.Questions))
	for i, q := range b.Questions {
		stubs[i] = Question{ID: q.ID, Type: q.Type, Tags: q.Tags, Line: q.Line}
		s.Questions[i] = &stubs[i]
	}
	return s
}

// load returns the bank in the file at path: the index's summary when the
// file is unchanged since it was indexed, else the bank parsed in full (and
// indexed).
func (ix *Index) load(path string, info fs.FileInfo) (*Bank, error) {
	size, mtime := info.Size(), info.ModTime().UnixNano()
	if e := ix.files[path]; e.fresh(size, mtime) {
		e.seen = true
		if e.bank == nil {
			return nil, errors.New(e.err)
		}
		// A copy: callers may set fields on the bank they get.
		b := *e.bank
		b.src = &bankSource{size: size, mtime: mtime, spans: spans(b.Questions)}
		return &b, nil
	}
	b, err := LoadFile(path)
	e := &indexed{size: size, mtime: mtime, at: time.Now().UnixNano(), seen: true}
	if err != nil {
		e.err = err.Error()
	} else {
		e.bank = summarize(b)
	}
	// A file that changed while it was read is indexed on the next load.
	if after, serr := os.Stat(path); serr == nil && after.Size() == size && after.ModTime().UnixNano() == mtime {
		ix.files[path] = e
		ix.dirty = true
	}
	return b, err
}

// summary returns the index's summary of the bank file at path when the
// file is unchanged since it was indexed, or nil (always nil on a nil
// index).
func (ix *Index) summary(path string) *Bank {
	if ix == nil {
		return nil
	}
	info, err := os.Stat(path)
	if err != nil {
		return nil
	}
	e := ix.files[path]
	if !e.fresh(info.Size(), info.ModTime().UnixNano()) || e.bank == nil {
		return nil
	}
	e.seen = true
	b := *e.bank
	b.src = &bankSource{size: e.size, mtime: e.mtime, spans: spans(b.Questions)}
	return &b
}

// record indexes bank b, parsed from data, the bytes of the file at path,
// if the file still holds them (does nothing on a nil index).
func (ix *Index) record(path string, data []byte, b *Bank) {
	if ix == nil {
		return
	}
	info, err := os.Stat(path)
	if err != nil || info.Size() != int64(len(data)) {
		return
	}
	s := summarize(b)
	s.File = path
	ix.files[path] = &indexed{size: info.Size(), mtime: info.ModTime().UnixNano(), at: time.Now().UnixNano(), bank: s, seen: true}
	ix.dirty = true
}

// Put records a bank just written to path (as `quiz add` installs it), so
// that later loads need not parse it again.
func (ix *Index) Put(path string, b *Bank) {
	info, err := os.Stat(path)
	if err != nil {
		return
	}
	s := summarize(b)
	s.File = path
	ix.files[path] = &indexed{size: info.Size(), mtime: info.ModTime().UnixNano(), at: time.Now().UnixNano(), bank: s, seen: true}
	ix.dirty = true
}

// LoadDir is the package's LoadDir through the index: the same banks in
// the same order with the same errors, but a file unchanged since it was
// indexed comes back as a summary, without parsing its YAML.
func (ix *Index) LoadDir(dir string) ([]*Bank, []error) {
	entries, err := os.ReadDir(dir)
	if errors.Is(err, fs.ErrNotExist) {
		ix.scanned[dir] = true
		return nil, nil
	}
	if err != nil {
		return nil, []error{fmt.Errorf("read banks: %w", err)}
	}
	ix.scanned[dir] = true
	var banks []*Bank
	var errs []error
	ids := map[string]string{}
	for _, e := range entries {
		name := e.Name()
		if !bankFileName(name) || e.IsDir() {
			continue
		}
		path := filepath.Join(dir, name)
		info, err := os.Stat(path)
		if err != nil {
			errs = append(errs, fmt.Errorf("read bank: %w", err))
			continue
		}
		if info.IsDir() {
			continue
		}
		b, err := ix.load(path, info)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		if first, dup := ids[b.ID]; dup {
			errs = append(errs, Problems{{File: path, Line: 1, Msg: fmt.Sprintf(
				"bank id %s is already used by %s; rename one of the banks", b.ID, first)}})
			continue
		}
		ids[b.ID] = path
		banks = append(banks, b)
	}
	return banks, errs
}

// bankFileName reports whether a file in a banks folder holds a bank: a
// .yaml or .yml file that is not a dot file (editors' and installers'
// temporary files).
func bankFileName(name string) bool {
	ext := strings.ToLower(filepath.Ext(name))
	return !strings.HasPrefix(name, ".") && (ext == ".yaml" || ext == ".yml")
}

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
