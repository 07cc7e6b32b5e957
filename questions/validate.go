package questions

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"

	"go.yaml.in/yaml/v3"
)

// Field names, in the order the docs present them.
var (
	bankFields     = []string{"bank", "title", "section", "description", "tags", "strict", "questions", "version"}
	questionFields = []string{"id", "type", "prompt", "choices", "answer", "answers", "accept", "text", "items", "reverse", "strict", "explain", "source", "tags"}
)

// walker walks a decoded YAML tree, building a Bank and collecting problems.
type walker struct {
	file     string
	problems Problems

	// visits counts the nodes examined; budget bounds it so that aliases
	// cannot multiply the work.
	visits, budget int

	// ctrls are the control characters sanitize replaced with marker runes
	// (markerBase + index), so they can be traced to the field holding them.
	ctrls []ctrl
}

func (w *walker) add(line, col int, msg string) {
	w.problems = append(w.problems, Problem{File: w.file, Line: line, Column: col, Msg: msg})
	if len(w.problems) > 10*maxProblems {
		panic(abort{})
	}
}

func (w *walker) at(n *yaml.Node, format string, args ...any) {
	w.add(n.Line, n.Column, fmt.Sprintf(format, args...))
}

// node follows aliases and charges the walk budget, so that a file of
// aliases to aliases cannot make the walk explode.
func (w *walker) node(n *yaml.Node) *yaml.Node {
	for depth := 0; n.Kind == yaml.AliasNode && n.Alias != nil; depth++ {
		n = n.Alias
		if depth > 100 {
			break
		}
	}
	w.visits++
	if w.visits > w.budget {
		w.at(n, "excessive aliasing: the aliases in this file expand to too much; write the values out instead of using * aliases")
		panic(abort{})
	}
	return n
}

func kindName(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	case yaml.AliasNode:
		return "an alias"
	case yaml.ScalarNode:
		switch n.ShortTag() {
		case "!!int", "!!float":
			return "the number " + n.Value
		case "!!bool":
			return n.Value
		case "!!null":
			return "empty"
		}
		return strconv.Quote(n.Value)
	}
	return "empty"
}

// show quotes a user's value for a message: quoted, escaped and shortened so
// that a message never carries control characters or a whole paragraph.
func show(s string) string {
	if r := []rune(s); len(r) > 40 {
		s = string(r[:40]) + "…"
	}
	return strconv.Quote(s)
}

// showName shows a field name plainly when it is a simple word.
func showName(s string) string {
	for _, r := range s {
		if !(r < unicode.MaxASCII && (unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' || r == '-')) {
			return show(s)
		}
	}
	if s == "" {
		return `""`
	}
	return s
}

// field is one key: value pair of a mapping.
type field struct {
	name     string
	key, val *yaml.Node
}

// fields lists the fields of a mapping, reporting keys that are not plain
// names and keys that appear twice.
func (w *walker) fields(m *yaml.Node) []field {
	var fs []field
	first := map[string]int{}
	for i := 0; i+1 < len(m.Content); i += 2 {
		k, v := m.Content[i], m.Content[i+1]
		if k.Kind != yaml.ScalarNode {
			w.at(k, "a field name must be a plain word, not %s; write name: value", kindName(k))
			continue
		}
		if k.ShortTag() == "!!merge" {
			w.at(k, "merge keys (<<) are not supported; write the fields out")
			continue
		}
		if line, dup := first[k.Value]; dup {
			w.at(k, "duplicate field %s (first at line %d); remove one", showName(k.Value), line)
			continue
		}
		first[k.Value] = k.Line
		fs = append(fs, field{name: k.Value, key: k, val: v})
	}
	return fs
}

// str decodes a text field; multi allows line breaks and tabs. It returns
// the trimmed text ("" for an empty value) and whether the value is usable.
func (w *walker) str(f field, multi bool) (string, bool) {
	n := w.node(f.val)
	if n.Kind != yaml.ScalarNode {
		w.at(n, "%s must be text, not %s", f.name, kindName(n))
		return "", false
	}
	if n.ShortTag() == "!!null" {
		return "", true
	}
	if !w.checkText(f.name, n, n.Value, multi) {
		return "", false
	}
	return strings.TrimSpace(n.Value), true
}

// source decodes a source: one quote, or a list of quotes from different
// passages, which are joined with QuoteSeparator.
func (w *walker) source(f field) (string, bool) {
	if w.node(f.val).Kind != yaml.SequenceNode {
		return w.str(f, true)
	}
	items, ok := w.list(f)
	if ok && len(items) == 0 {
		w.at(f.val, "source is an empty list; write a quote, or a list of quotes")
		return "", false
	}
	return strings.Join(texts(items), QuoteSeparator), ok
}

// item is one element of a list field, with its node for messages.
type item struct {
	text string
	n    *yaml.Node
}

// list decodes a list of one-line texts. An empty item is reported.
func (w *walker) list(f field) ([]item, bool) {
	n := w.node(f.val)
	if n.Kind == yaml.ScalarNode && n.ShortTag() == "!!null" {
		return nil, true
	}
	if n.Kind != yaml.SequenceNode {
		w.at(n, "%s must be a list, not %s; write %s: [a, b] or one \"- item\" per line", f.name, kindName(n), f.name)
		return nil, false
	}
	ok := true
	items := make([]item, 0, len(n.Content))
	for i, c := range n.Content {
		c = w.node(c)
		if c.Kind != yaml.ScalarNode {
			w.at(c, "item %d of %s must be text, not %s", i+1, f.name, kindName(c))
			ok = false
			continue
		}
		s := strings.TrimSpace(c.Value)
		if c.ShortTag() == "!!null" || s == "" {
			w.at(c, "item %d of %s is empty; write it or remove it", i+1, f.name)
			ok = false
			continue
		}
		if !w.checkText(f.name, c, c.Value, false) {
			ok = false
			continue
		}
		items = append(items, item{s, c})
	}
	return items, ok
}

func texts(items []item) []string {
	if items == nil {
		return nil
	}
	s := make([]string, len(items))
	for i, it := range items {
		s[i] = it.text
	}
	return s
}

// fold is the form in which two choices or items count as the same.
func fold(s string) string { return strings.ToLower(strings.Join(strings.Fields(s), " ")) }

// distinct reports items that repeat an earlier one (after trimming and case
// folding). what names one item in messages ("choice").
func (w *walker) distinct(items []item, what string) bool {
	ok := true
	first := map[string]int{}
	for i, it := range items {
		k := fold(it.text)
		if j, dup := first[k]; dup {
			w.at(it.n, "duplicate %s %s (same as %s %d); remove one", what, show(it.text), what, j+1)
			ok = false
			continue
		}
		first[k] = i
	}
	return ok
}

func hasString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// flag decodes a true/false field.
func (w *walker) flag(f field) bool {
	n := w.node(f.val)
	if n.Kind == yaml.ScalarNode && n.ShortTag() == "!!bool" {
		if v, err := strconv.ParseBool(strings.ToLower(n.Value)); err == nil {
			return v
		}
	}
	w.at(n, "%s must be true or false, not %s", f.name, kindName(n))
	return false
}
