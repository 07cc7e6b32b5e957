package questions

import (
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
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
