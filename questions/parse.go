package questions

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// MaxFileSize is the largest bank file accepted, in bytes. Larger files are
// refused before they are parsed, so a hostile file cannot exhaust memory.
const MaxFileSize = 1 << 20

// maxProblems caps the problems reported for one file: past that, more
// messages do not help the author.
const maxProblems = 100

// Problem is one thing wrong with a bank file, located at a line and column
// (1-based; Column 0 means the column is unknown).
type Problem struct {
	File   string
	Line   int
	Column int
	Msg    string
}

// Error formats the problem as "FILE:LINE:COL: message", or
// "FILE:LINE: message" when the column is unknown.
func (p Problem) Error() string {
	if p.Column > 0 {
		return fmt.Sprintf("%s:%d:%d: %s", p.File, p.Line, p.Column, p.Msg)
	}
	return fmt.Sprintf("%s:%d: %s", p.File, p.Line, p.Msg)
}

// Problems is every problem found in one file; it is the error Parse returns
// when a file is invalid.
type Problems []Problem

// Error joins the problems, one per line.
func (ps Problems) Error() string {
	lines := make([]string, len(ps))
	for i, p := range ps {
		lines[i] = p.Error()
	}
	return strings.Join(lines, "\n")
}

// abort stops a walk early (too many problems, excessive aliasing); Parse
// recovers it.
type abort struct{}

// Parse decodes and validates one bank file. file names the file in
// messages. On any problem it returns a nil bank and Problems holding every
// problem found in the file, sorted by line.
func Parse(file string, data []byte) (*Bank, error) {
	var b *Bank
	if ps := check(file, data, func(w *walker, clean []byte) { b = w.parse(clean) }); ps != nil {
		return nil, ps
	}
	return b, nil
}

// check runs the checks every YAML file of the format gets (size, UTF-8,
// control characters), then walk on the file's sanitized text. It returns
// every problem found, sorted by line, or nil.
func check(file string, data []byte, walk func(w *walker, clean []byte)) Problems {
	if len(data) > MaxFileSize {
		return Problems{tooBig(file, int64(len(data)))}
	}
	if p, bad := checkUTF8(file, data); bad {
		return Problems{p}
	}
	w := &walker{file: file}
	clean, ok := w.sanitize(data)
	if !ok {
		// The file cannot be parsed without its control characters, and they
		// cannot be traced to fields: report where they are.
		w.reportControls()
		return w.sorted()
	}
	walk(w, clean)
	w.reportControls()
	if len(w.problems) > 0 {
		return w.sorted()
	}
	return nil
}

func tooBig(file string, size int64) Problem {
	return Problem{File: file, Line: 1, Msg: fmt.Sprintf(
		"file is %d bytes, over the limit of %d bytes (1 MiB); split it into smaller banks", size, MaxFileSize)}
}

// emptyBank is the message for a bank file with nothing in it.
const emptyBank = "the file is empty; a bank needs bank:, title: and questions: (quiz new ID writes a template)"

// parse decodes clean YAML and walks it; problems are collected in w.
func (w *walker) parse(clean []byte) (b *Bank) {
	defer w.recoverAbort(func() { b = nil })
	doc := w.decode(clean, emptyBank, "bank")
	if doc == nil {
		return nil
	}
	return w.bank(doc)
}

// recoverAbort stops the panic of an aborted walk, calling reset; other
// panics go on.
func (w *walker) recoverAbort(reset func()) {
	if r := recover(); r != nil {
		if _, ok := r.(abort); !ok {
			panic(r)
		}
		reset()
	}
}

// decode decodes clean YAML into one document and sets the walk budget. It
// returns nil, with the problem recorded, when the file is empty (reported
// as empty) or not YAML. what names what a file holds, for messages.
func (w *walker) decode(clean []byte, empty, what string) *yaml.Node {
	dec := yaml.NewDecoder(bytes.NewReader(clean))
	var doc yaml.Node
	err := dec.Decode(&doc)
	if errors.Is(err, io.EOF) {
		w.add(1, 0, empty)
		return nil
	}
	if err != nil {
		w.syntax(err, clean)
		return nil
	}
	var extra yaml.Node
	switch err := dec.Decode(&extra); {
	case err == nil:
		w.add(extra.Line, 0, "a second YAML document starts here; a file holds one "+what+": remove the --- line or split the file")
	case !errors.Is(err, io.EOF):
		w.syntax(err, clean)
	}
	w.budget = 2*countNodes(&doc) + 1000
	return &doc
}

// syntax reports a YAML syntax error. The YAML parser often gives the line
// where the enclosing block starts rather than the offending line, so the
// line is narrowed to the shortest prefix of the file that fails the same way.
func (w *walker) syntax(err error, data []byte) {
	line, msg := yamlError(err)
	if l := failingLine(data, msg); l > 0 {
		line = l
	}
	hint := "check the indentation and quoting"
	switch {
	case strings.Contains(msg, "mapping values are not allowed"):
		hint = "quote the value if it contains \": \" (prompt: \"Note: ...\")"
	case strings.Contains(msg, "unexpected end of stream"):
		hint = "a quote or bracket opened here is never closed"
	case strings.Contains(msg, "expected ',' or ']'"):
		hint = "close the [ list with ], and quote items that contain \": \""
	case strings.Contains(msg, "expected ',' or '}'"):
		hint = "close the { mapping with }"
	case strings.Contains(msg, "tab character"), lineHasTab(data, line):
		hint = "indent with spaces, not tabs"
	}
	w.add(line, 0, fmt.Sprintf("YAML syntax error: %s; %s", msg, hint))
}

var yamlLine = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)

// yamlError splits a YAML error into its line (1 when it has none) and text.
func yamlError(err error) (int, string) {
	msg := err.Error()
	if m := yamlLine.FindStringSubmatch(msg); m != nil {
		line, _ := strconv.Atoi(m[1])
		return max(line, 1), m[2]
	}
	return 1, strings.TrimPrefix(msg, "yaml: ")
}

// failingLine returns the smallest number of lines of data that the YAML
// parser refuses with msg, or 0 when that cannot be found.
func failingLine(data []byte, msg string) int {
	lines := bytes.SplitAfter(data, []byte("\n"))
	fails := func(n int) bool {
		var v yaml.Node
		err := yaml.Unmarshal(bytes.Join(lines[:n], nil), &v)
		if err == nil {
			return false
		}
		_, m := yamlError(err)
		return m == msg
	}
	lo, hi := 1, len(lines) // find the smallest n in [lo, hi] with fails(n)
	if !fails(hi) {
		return 0
	}
	for lo < hi {
		mid := (lo + hi) / 2
		if fails(mid) {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return lo
}

// lineHasTab reports whether the 1-based line of data is indented with a tab.
func lineHasTab(data []byte, line int) bool {
	lines := bytes.Split(data, []byte("\n"))
	if line < 1 || line > len(lines) {
		return false
	}
	l := lines[line-1]
	indent := l[:len(l)-len(bytes.TrimLeft(l, " \t"))]
	return bytes.IndexByte(indent, '\t') >= 0
}

// countNodes counts the nodes of a tree without following aliases.
func countNodes(n *yaml.Node) int {
	c := 1
	for _, k := range n.Content {
		c += countNodes(k)
	}
	return c
}

// checkUTF8 finds the first byte that is not valid UTF-8.
func checkUTF8(file string, data []byte) (Problem, bool) {
	if utf8.Valid(data) {
		return Problem{}, false
	}
	line, col := 1, 1
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size <= 1 {
			return Problem{File: file, Line: line, Column: col, Msg: fmt.Sprintf(
				"the file is not valid UTF-8 (byte 0x%02X); save it as UTF-8", data[i])}, true
		}
		if r == '\n' {
			line, col = line+1, 1
		} else {
			col++
		}
		i += size
	}
	return Problem{}, false
}

// sorted returns the problems in file order, capped at maxProblems.
func (w *walker) sorted() Problems {
	ps := w.problems
	for i := range ps {
		ps[i].File = w.file
	}
	sort.SliceStable(ps, func(i, j int) bool {
		if ps[i].Line != ps[j].Line {
			return ps[i].Line < ps[j].Line
		}
		return ps[i].Column < ps[j].Column
	})
	if len(ps) > maxProblems {
		more := len(ps) - maxProblems
		ps = append(ps[:maxProblems:maxProblems], Problem{File: w.file, Line: ps[maxProblems-1].Line,
			Msg: fmt.Sprintf("%d more problems not shown; fix these first", more)})
	}
	return ps
}
