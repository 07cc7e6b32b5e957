package questions

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/agnivade/levenshtein"
	"go.yaml.in/yaml/v3"
	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// maxIDLen bounds bank and question ids: a bank id becomes a file name.
const maxIDLen = 64

// ValidID reports whether id is a valid bank or question id: lower-case
// ASCII letters, digits and '-', starting with a letter or digit, at most 64
// characters.
func ValidID(id string) bool {
	if id == "" || len(id) > maxIDLen || id[0] == '-' {
		return false
	}
	for i := 0; i < len(id); i++ {
		c := id[i]
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-') {
			return false
		}
	}
	return true
}

var nonID = regexp.MustCompile(`[^a-z0-9]+`)

// Slug turns text into a valid id where it can ("Capital of Perú" becomes
// "capital-of-peru"); it returns "" when nothing usable is left.
func Slug(s string) string {
	if t, _, err := transform.String(stripMarks, s); err == nil {
		s = t
	}
	s = nonID.ReplaceAllString(strings.ToLower(s), "-")
	s = strings.Trim(s, "-")
	if len(s) > maxIDLen {
		s = strings.TrimRight(s[:maxIDLen], "-")
	}
	return s
}

// stripMarks removes accents: NFD splits them off, then they are dropped.
var stripMarks = transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)

// Field names, in the order the docs present them.
var (
	bankFields     = []string{"bank", "title", "section", "description", "tags", "strict", "questions", "version"}
	questionFields = []string{"id", "type", "prompt", "choices", "answer", "answers", "accept", "text", "items", "reverse", "strict", "explain", "source", "tags"}
)

// typeFields lists the fields each type uses beyond id, type, explain,
// source and tags; uses explains them in messages.
var typeFields = map[Type]struct {
	fields []string
	uses   string
}{
	Choice:    {[]string{"prompt", "choices", "answer"}, "choices and answer (one of the choices)"},
	Multi:     {[]string{"prompt", "choices", "answers"}, "choices and answers (a list of the right choices)"},
	TrueFalse: {[]string{"prompt", "answer"}, "answer: true or false"},
	Text:      {[]string{"prompt", "answer", "accept"}, "answer and accept (other accepted answers)"},
	Cloze:     {[]string{"prompt", "text"}, "text with {{blanks}}"},
	Order:     {[]string{"prompt", "items"}, "items, listed in the right order"},
	Card:      {[]string{"prompt", "answer", "reverse"}, "prompt (the front) and answer (the back)"},
}

func typeUses(t Type, field string) bool {
	for _, f := range typeFields[t].fields {
		if f == field {
			return true
		}
	}
	return false
}

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

type ctrl struct {
	line, col int
	r         rune
	named     bool
}

const (
	markerBase = 0xF0000 // supplementary private use area A
	markerMax  = 0xFFFFD
)

func (w *walker) add(line, col int, msg string) {
	w.problems = append(w.problems, Problem{File: w.file, Line: line, Column: col, Msg: msg})
	if len(w.problems) > 10*maxProblems {
		panic(abort{})
	}
}

func (w *walker) at(n *yaml.Node, format string, args ...any) {
	w.add(n.Line, n.Column, fmt.Sprintf(format, args...))
}

// sanitize replaces the characters the YAML parser refuses outright with
// marker runes, so the rest of the file can still be checked and each such
// character reported in the field that holds it. It returns false when that
// is not possible.
func (w *walker) sanitize(data []byte) ([]byte, bool) {
	var out []byte
	line, col := 1, 1
	for i, r := range string(data) {
		if rawControl(r) {
			if out == nil {
				out = append(make([]byte, 0, len(data)+64), data[:i]...)
			}
			if markerBase+len(w.ctrls) > markerMax {
				return nil, false
			}
			w.ctrls = append(w.ctrls, ctrl{line: line, col: col, r: r})
			out = append(out, string(rune(markerBase+len(w.ctrls)-1))...)
		} else if out != nil {
			out = append(out, string(r)...)
		}
		switch {
		case r == '\n', r == '\r' && (i+1 >= len(data) || data[i+1] != '\n'):
			line, col = line+1, 1
		case r == '\r':
		default:
			col++
		}
	}
	if out == nil {
		return data, true
	}
	// A file that already holds marker runes cannot be sanitized unambiguously.
	for _, r := range string(data) {
		if r >= markerBase {
			return nil, false
		}
	}
	return out, true
}

// rawControl reports whether r is a character the YAML parser refuses or
// treats as an unusual line break; such characters are never allowed.
func rawControl(r rune) bool {
	return r < 0x20 && r != '\t' && r != '\n' && r != '\r' ||
		r >= 0x7f && r <= 0x9f || r == 0x2028 || r == 0x2029 || r == 0xfffe || r == 0xffff
}

// textControl reports whether r may not appear in a text field: control
// characters, and the bidirectional controls that can make text display
// differently from what it says.
func textControl(r rune) bool {
	return r < 0x20 || r >= 0x7f && r <= 0x9f || r == 0x2028 || r == 0x2029 ||
		r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069 || r == 0xfffe || r == 0xffff
}

var controlNames = map[rune]string{
	0x00: "NUL", 0x07: "bell", 0x08: "backspace", 0x0d: "carriage return", 0x1b: "escape",
	0x7f: "delete", 0x85: "next line", 0x9b: "CSI", 0x2028: "line separator", 0x2029: "paragraph separator",
	0x202a: "left-to-right embedding", 0x202b: "right-to-left embedding", 0x202c: "pop directional formatting",
	0x202d: "left-to-right override", 0x202e: "right-to-left override", 0x2066: "left-to-right isolate",
	0x2067: "right-to-left isolate", 0x2068: "first strong isolate", 0x2069: "pop directional isolate",
}

func describe(r rune) string {
	if name, ok := controlNames[r]; ok {
		return fmt.Sprintf("U+%04X (%s)", r, name)
	}
	return fmt.Sprintf("U+%04X", r)
}

const controlWhy = "remove it: a bank may not hold control codes, which can change the terminal or disguise text"

// reportControls reports the control characters that were not found in a
// field (in comments, keys or unknown fields).
func (w *walker) reportControls() {
	for _, c := range w.ctrls {
		if !c.named {
			w.add(c.line, c.col, fmt.Sprintf("control character %s is not allowed in a bank file; %s", describe(c.r), controlWhy))
		}
	}
}

// checkText refuses control characters in the text of a field; multi allows
// line breaks and tabs.
func (w *walker) checkText(name string, n *yaml.Node, s string, multi bool) bool {
	ok := true
	reported := false
	for _, r := range s {
		switch {
		case r >= markerBase && r < markerBase+rune(len(w.ctrls)):
			c := &w.ctrls[r-markerBase]
			if !c.named {
				c.named = true
				w.add(c.line, c.col, fmt.Sprintf("%s contains control character %s; %s", name, describe(c.r), controlWhy))
			}
			ok = false
		case (r == '\n' || r == '\t') && multi:
		case r == '\n':
			if !reported {
				w.at(n, "%s must be one line; remove the line break", name)
			}
			reported, ok = true, false
		case r == '\t':
			if !reported {
				w.at(n, "%s contains a tab; replace it with a space", name)
			}
			reported, ok = true, false
		case textControl(r):
			if !reported {
				w.at(n, "%s contains control character %s; %s", name, describe(r), controlWhy)
			}
			reported, ok = true, false
		}
	}
	return ok
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

// unknown reports a field that is not part of the format, suggesting the
// nearest known name.
func (w *walker) unknown(f field, known []string, where string) string {
	best, bestDist := "", 3
	for _, k := range known {
		if d := levenshtein.ComputeDistance(strings.ToLower(f.name), k); d < bestDist && d < len(k) {
			best, bestDist = k, d
		}
	}
	if best != "" {
		w.at(f.key, "unknown field %s; did you mean %s?", showName(f.name), best)
		return best
	}
	w.at(f.key, "unknown field %s; remove it (%s fields are: %s)", showName(f.name), where, strings.Join(known, ", "))
	return ""
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

// bank walks the document.
func (w *walker) bank(doc *yaml.Node) *Bank {
	root := doc
	if doc.Kind == yaml.DocumentNode {
		if len(doc.Content) == 0 {
			w.add(1, 0, "the file is empty; a bank needs bank:, title: and questions: (quiz new ID writes a template)")
			return nil
		}
		root = doc.Content[0]
	}
	root = w.node(root)
	if root.Kind != yaml.MappingNode {
		w.at(root, "a bank file must be a mapping with bank:, title: and questions:, not %s", kindName(root))
		return nil
	}
	b := &Bank{}
	seen := map[string]bool{}
	for _, f := range w.fields(root) {
		seen[f.name] = true
		switch f.name {
		case "version":
			w.version(f)
		case "bank":
			b.ID = w.id(f, "bank")
		case "title":
			b.Title = w.title(f, "bank")
		case "section":
			b.Section, _ = w.str(f, false)
		case "description":
			b.Description, _ = w.str(f, true)
		case "tags":
			items, _ := w.list(f)
			b.Tags = texts(items)
		case "strict":
			b.Strict = w.flag(f)
		case "questions":
			b.Questions = w.questions(f)
		default:
			if hasString(questionFields, f.name) && f.name != "strict" {
				w.at(f.key, "%s is a question field, not a bank field; indent it under an item of questions:", f.name)
				continue
			}
			seen[w.unknown(f, bankFields, "a bank's")] = true
		}
	}
	for _, req := range []struct{ name, advice string }{
		{"bank", "add bank: ID (lower-case letters, digits and '-')"},
		{"title", "add title: with the bank's title"},
		{"questions", "add questions: with at least one question"},
	} {
		if !seen[req.name] {
			w.at(root, "missing %s; %s", req.name, req.advice)
		}
	}
	return b
}

// version checks the version field of a file.
func (w *walker) version(f field) {
	n := w.node(f.val)
	if n.Kind != yaml.ScalarNode || n.Value != "1" {
		w.at(n, "unsupported format version %s; this quiz reads version 1: write version: 1 or remove it", kindName(n))
	}
}

// id decodes the id field of a bank or course (what), or returns "".
func (w *walker) id(f field, what string) string {
	id, ok := w.str(f, false)
	switch {
	case !ok:
	case id == "":
		w.at(f.val, "%s is empty; write the %s id (lower-case letters, digits and '-')", f.name, what)
	case !ValidID(id):
		w.at(f.val, "%s id %s is not valid; %s", what, show(id), idAdvice(id))
	default:
		return id
	}
	return ""
}

// title decodes the title field of a bank or course (whose), which may not
// be empty.
func (w *walker) title(f field, whose string) string {
	t, ok := w.str(f, false)
	if ok && t == "" {
		w.at(f.val, "title is empty; write the %s's title", whose)
	}
	return t
}

func hasString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func idAdvice(id string) string {
	if s := Slug(id); s != "" && s != id {
		return fmt.Sprintf("use lower-case letters, digits and '-' (at most %d), e.g. %s", maxIDLen, s)
	}
	return fmt.Sprintf("use lower-case letters, digits and '-' (at most %d), starting with a letter or digit", maxIDLen)
}

func (w *walker) questions(f field) []*Question {
	n := w.node(f.val)
	if n.Kind == yaml.ScalarNode && n.ShortTag() == "!!null" || n.Kind == yaml.SequenceNode && len(n.Content) == 0 {
		w.at(n, "questions is empty; add at least one question (- id: ..., type: ..., prompt: ...)")
		return nil
	}
	if n.Kind != yaml.SequenceNode {
		w.at(n, "questions must be a list of questions, not %s; start each question with \"- id:\"", kindName(n))
		return nil
	}
	var qs []*Question
	ids := map[string]int{}
	for i, c := range n.Content {
		q := w.question(c, i+1)
		if q == nil {
			continue
		}
		if q.ID != "" {
			if line, dup := ids[q.ID]; dup {
				w.add(q.idLine, q.idCol, fmt.Sprintf("duplicate question id %s (first at line %d); question ids must be unique in a bank", q.ID, line))
			} else {
				ids[q.ID] = q.idLine
			}
		}
		qs = append(qs, q.Question)
	}
	// The reverse of a card is a question of its own, after all the others
	// so that adding reverse: true does not reorder the bank.
	for _, q := range slices.Clone(qs) {
		if !q.Reverse || q.ID == "" {
			continue
		}
		id := q.ID + ReverseSuffix
		if line, dup := ids[id]; dup {
			w.add(q.Line, q.Column, fmt.Sprintf("reverse: true makes a question %s, but the id is taken (line %d); rename one of them", id, line))
			continue
		}
		ids[id] = q.Line
		qs = append(qs, &Question{ID: id, Type: Card, Prompt: q.Answer, Answer: q.Prompt, Strict: q.Strict,
			Explain: q.Explain, Source: q.Source, Tags: q.Tags, Line: q.Line, Column: q.Column, ReverseOf: q.ID})
	}
	return qs
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

// located is a question with the position of its id, for duplicate checks.
type located struct {
	*Question
	idLine, idCol int
}

func (w *walker) question(c *yaml.Node, num int) *located {
	n := w.node(c)
	if n.Kind != yaml.MappingNode {
		w.at(n, "question %d must be a mapping with id:, type: and prompt:, not %s", num, kindName(n))
		return nil
	}
	q := &located{Question: &Question{Line: n.Line, Column: n.Column}}
	fs := w.fields(n)
	byName := map[string]field{}
	for _, f := range fs {
		byName[f.name] = f
	}
	suggested := map[string]bool{}

	typeOK := false
	if f, ok := byName["type"]; ok {
		t, ok := w.str(f, false)
		switch {
		case !ok:
		case t == "":
			w.at(f.val, "type is empty; %s", typeAdvice())
		case typeFields[Type(t)].fields == nil:
			w.at(f.val, "unknown type %s; %s", show(t), typeAdvice()+suggestType(t))
		default:
			q.Type, typeOK = Type(t), true
		}
	} else {
		w.at(n, "missing type; %s", typeAdvice())
	}

	var choices, answers, items []item
	var answerNode *yaml.Node
	answerOK, textOK := false, false
	for _, f := range fs {
		if hasString([]string{"prompt", "choices", "answer", "answers", "accept", "text", "items", "reverse"}, f.name) &&
			typeOK && !typeUses(q.Type, f.name) {
			w.wrongField(f, q.Type)
			continue
		}
		switch f.name {
		case "id":
			id, ok := w.str(f, false)
			switch {
			case !ok:
			case id == "":
				w.at(f.val, "id is empty; write a question id (lower-case letters, digits and '-')")
			case !ValidID(id):
				w.at(f.val, "question id %s is not valid; %s", show(id), idAdvice(id))
			default:
				q.ID, q.idLine, q.idCol = id, f.val.Line, f.val.Column
			}
		case "type":
		case "prompt":
			p, ok := w.str(f, true)
			if ok && p == "" && q.Type != Cloze {
				w.at(f.val, "prompt is empty; write the question")
			}
			q.Prompt = p
		case "choices":
			choices, _ = w.list(f)
			q.Choices = texts(choices)
		case "answers":
			answers, _ = w.list(f)
			q.Answers = texts(answers)
		case "accept":
			accept, _ := w.list(f)
			q.Accept = texts(accept)
		case "items":
			items, _ = w.list(f)
			q.Items = texts(items)
		case "answer":
			answerNode = w.node(f.val)
			if q.Type == TrueFalse {
				q.Answer, answerOK = w.boolAnswer(answerNode)
			} else {
				// The back of a card may span lines; a typed answer may not.
				q.Answer, answerOK = w.str(f, q.Type == Card)
			}
		case "text":
			q.Text, textOK = w.str(f, true)
		case "reverse":
			q.Reverse = w.flag(f)
		case "strict":
			q.Strict = w.flag(f)
		case "explain":
			q.Explain, _ = w.str(f, true)
		case "source":
			q.Source, _ = w.source(f)
		case "tags":
			tags, _ := w.list(f)
			q.Tags = texts(tags)
		default:
			// A misspelt field is reported once, not also as missing.
			suggested[w.unknown(f, questionFields, "a question's")] = true
		}
	}
	if _, ok := byName["id"]; !ok && !suggested["id"] {
		w.at(n, "missing id; add id: with a name unique in the bank (lower-case letters, digits and '-')")
	}
	if !typeOK {
		return q
	}
	_, hasPrompt := byName["prompt"]
	if !hasPrompt && !suggested["prompt"] && q.Type != Cloze {
		w.at(n, "missing prompt; add prompt: with the question")
	}
	switch q.Type {
	case Choice, Multi:
		f, ok := byName["choices"]
		switch {
		case !ok && suggested["choices"]:
		case !ok:
			w.at(n, "missing choices; a %s question needs choices: [A, B, ...]", q.Type)
		case tooFew(f.val):
			w.at(f.val, "a %s question needs at least two choices; add more choices", q.Type)
		default:
			w.distinct(choices, "choice")
		}
		_, misplaced := byName["answers"]
		misplaced = misplaced || suggested["answer"]
		if q.Type == Choice && !(answerNode == nil && misplaced) {
			w.choiceAnswer(q, n, answerNode, answerOK, choices)
		} else if q.Type == Multi && !suggested["answers"] && !(byName["answers"].val == nil && answerNode != nil) {
			w.multiAnswers(q, n, byName, answers, choices)
		}
	case TrueFalse:
		if answerNode == nil && !suggested["answer"] {
			w.at(n, "missing answer; add answer: true or answer: false")
		}
	case Text, Card:
		switch {
		case answerNode == nil && !suggested["answer"] && q.Type == Card:
			w.at(n, "missing answer; add answer: with the back of the card")
		case answerNode == nil && !suggested["answer"]:
			w.at(n, "missing answer; add answer: with the expected answer")
		case answerNode != nil && answerOK && q.Answer == "":
			w.at(answerNode, "answer is empty; write the expected answer")
		}
	case Cloze:
		f, ok := byName["text"]
		switch {
		case !ok && suggested["text"]:
		case !ok:
			w.at(n, "missing text; add text: with the answers in {{double braces}}, e.g. text: \"It was founded in {{1948}}.\"")
		case !textOK:
		case q.Text == "":
			w.at(f.val, "text is empty; write the sentence with the answers in {{double braces}}")
		default:
			parts, err := ParseCloze(q.Text)
			if err != nil {
				w.at(f.val, "text: %v", err)
			} else if countBlanks(parts) == 0 {
				w.at(f.val, "text has no blank; put each answer in {{double braces}}, e.g. {{1948}}")
			}
		}
	case Order:
		f, ok := byName["items"]
		switch {
		case !ok && suggested["items"]:
		case !ok:
			w.at(n, "missing items; an order question needs items: [first, second, ...] in the right order")
		case tooFew(f.val):
			w.at(f.val, "an order question needs at least two items; add more items")
		default:
			w.distinct(items, "item")
		}
	}
	return q
}

// tooFew reports whether a list value holds fewer than two entries.
func tooFew(v *yaml.Node) bool {
	if v.Kind == yaml.AliasNode && v.Alias != nil {
		v = v.Alias
	}
	return v.ShortTag() == "!!null" || v.Kind == yaml.SequenceNode && len(v.Content) < 2
}

func typeAdvice() string {
	names := make([]string, len(Types))
	for i, t := range Types {
		names[i] = string(t)
	}
	return "use one of " + strings.Join(names, ", ")
}

func suggestType(t string) string {
	for _, k := range Types {
		if levenshtein.ComputeDistance(strings.ToLower(t), string(k)) <= 2 {
			return fmt.Sprintf(" (did you mean %s?)", k)
		}
	}
	return ""
}

// wrongField reports a field that the question's type does not use.
func (w *walker) wrongField(f field, t Type) {
	switch {
	case t == Choice && f.name == "answers":
		w.at(f.key, "choice questions have one answer:, not answers:; write answer: with one of the choices, or use type: multi for several right answers")
	case t == Multi && f.name == "answer":
		w.at(f.key, "multi questions use answers: (a list), not answer:; write answers: [...] with the right choices")
	default:
		w.at(f.key, "%s questions have no %s (they use %s); remove %s", t, f.name, typeFields[t].uses, f.name)
	}
}

// boolAnswer decodes the answer of a truefalse question.
func (w *walker) boolAnswer(n *yaml.Node) (string, bool) {
	if n.Kind == yaml.ScalarNode && n.ShortTag() == "!!bool" {
		v, err := strconv.ParseBool(strings.ToLower(n.Value))
		if err == nil {
			return strconv.FormatBool(v), true
		}
	}
	if n.Kind == yaml.ScalarNode {
		switch strings.ToLower(strings.TrimSpace(n.Value)) {
		case "true", "false":
			w.at(n, "answer must be true or false, not the text %s; write true or false without quotes", show(n.Value))
			return "", false
		case "yes", "no", "y", "n", "on", "off", "t", "f", "1", "0", "verdadero", "falso":
			w.at(n, "answer must be true or false, not %s; write true or false", kindName(n))
			return "", false
		case "", "~", "null":
			w.at(n, "answer is empty; write true or false")
			return "", false
		}
	}
	w.at(n, "answer must be true or false, not %s; write true or false", kindName(n))
	return "", false
}

// choiceAnswer checks that a choice question's answer is one of its
// choices, and stores it as written in choices.
func (w *walker) choiceAnswer(q *located, n, answer *yaml.Node, answerOK bool, choices []item) {
	if answer == nil {
		w.at(n, "missing answer; add answer: with the right choice")
		return
	}
	if !answerOK {
		return // reported by str
	}
	if q.Answer == "" {
		w.at(answer, "answer is empty; write the right choice")
		return
	}
	if len(choices) == 0 {
		return
	}
	for _, c := range choices {
		if fold(c.text) == fold(q.Answer) {
			q.Answer = c.text
			return
		}
	}
	w.at(answer, "answer %s is not one of the choices; add it to choices or fix the answer", show(q.Answer))
}

// multiAnswers checks that a multi question's answers are distinct choices.
func (w *walker) multiAnswers(q *located, n *yaml.Node, byName map[string]field, answers, choices []item) {
	f, ok := byName["answers"]
	if !ok {
		w.at(n, "missing answers; add answers: [...] with the right choices")
		return
	}
	v := w.node(f.val)
	if v.ShortTag() == "!!null" || v.Kind == yaml.SequenceNode && len(v.Content) == 0 {
		w.at(v, "answers is empty; list at least one of the choices")
		return
	}
	if !w.distinct(answers, "answer") || len(choices) == 0 {
		return
	}
	q.Answers = q.Answers[:0]
	for _, a := range answers {
		found := ""
		for _, c := range choices {
			if fold(c.text) == fold(a.text) {
				found = c.text
				break
			}
		}
		if found == "" {
			w.at(a.n, "answer %s is not one of the choices; add it to choices or fix the answer", show(a.text))
			continue
		}
		q.Answers = append(q.Answers, found)
	}
}
