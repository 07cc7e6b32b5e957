package questions

import (
	"fmt"
	"slices"

	"go.yaml.in/yaml/v3"
)

// bankFile is what a bank file holds.
var bankFile = fileKind{
	kind:   "bank",
	empty:  "the file is empty; a bank needs bank:, title: and questions: (quiz new ID writes a template)",
	mustBe: "a bank file must be a mapping with bank:, title: and questions:",
	fields: bankFields,
	whose:  "a bank's",
	misplaced: func(name string) string {
		if hasString(questionFields, name) && name != "strict" {
			return name + " is a question field, not a bank field; indent it under an item of questions:"
		}
		return ""
	},
	required: []required{
		{"bank", "add bank: ID (lower-case letters, digits and '-')"},
		{"title", "add title: with the bank's title"},
		{"questions", "add questions: with at least one question"},
	},
}

// bank walks the document.
func (w *walker) bank(doc *yaml.Node) *Bank {
	b := &Bank{}
	ok := w.topLevel(doc, bankFile, &b.ID, &b.Title, func(f field) bool {
		switch f.name {
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
			return false
		}
		return true
	})
	if !ok {
		return nil
	}
	return b
}

// fileKind is what a kind of file (a bank, course.yaml) holds at its top.
type fileKind struct {
	kind          string // the id field's name: bank or course
	empty, mustBe string // what to say of an empty file, and of one that is not a mapping
	fields        []string
	whose         string                   // "a bank's": whose fields, in messages
	misplaced     func(name string) string // what to say of a field that belongs elsewhere, or ""
	required      []required
}

// topLevel walks the top mapping of a file of kind k: version, the id and the
// title are read into id and title, each other field goes to other, which
// reports whether it knew it, and the fields k requires are checked. It
// reports false, after saying why, when the file holds no mapping.
func (w *walker) topLevel(doc *yaml.Node, k fileKind, id, title *string, other func(field) bool) bool {
	root := w.mapping(doc, k.empty, k.mustBe)
	if root == nil {
		return false
	}
	seen := map[string]bool{}
	for _, f := range w.fields(root) {
		seen[f.name] = true
		switch {
		case f.name == "version":
			w.version(f)
		case f.name == k.kind:
			*id = w.id(f, k.kind)
		case f.name == "title":
			*title = w.title(f, k.kind)
		case other(f):
		case k.misplaced(f.name) != "":
			w.at(f.key, "%s", k.misplaced(f.name))
		default:
			seen[w.unknown(f, k.fields, k.whose)] = true
		}
	}
	for _, req := range k.required {
		if !seen[req.name] {
			w.at(root, "missing %s; %s", req.name, req.advice)
		}
	}
	return true
}

// mapping returns the mapping at the top of a file's document, or nil
// after reporting an empty document with empty or anything else with
// mustBe (what the file must be).
func (w *walker) mapping(doc *yaml.Node, empty, mustBe string) *yaml.Node {
	root := doc
	if doc.Kind == yaml.DocumentNode {
		if len(doc.Content) == 0 {
			w.add(1, 0, empty)
			return nil
		}
		root = doc.Content[0]
	}
	root = w.node(root)
	if root.Kind != yaml.MappingNode {
		w.at(root, "%s, not %s", mustBe, kindName(root))
		return nil
	}
	return root
}

// required is a field a file must have, and how to add it.
type required struct{ name, advice string }

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
