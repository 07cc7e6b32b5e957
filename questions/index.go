package questions

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// IndexFile is the name of the bank index in the data directory: for every
// installed bank file, its size and modification time and what listing and
// planning need (the bank's id, title, section and tags, and its questions'
// ids, types and tags). It is derived from the bank files and rebuilt from
// them whenever it is missing, unreadable or out of date, so deleting it
// loses nothing.
const IndexFile = "banks.index"

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
