// Package questions owns question banks: the YAML format, decoding and
// validation with file positions, the embedded built-in course, and splitting
// an article into sections. It knows nothing of terminals, progress or clocks.
package questions

import (
	"encoding/json"
	"strconv"
	"strings"
)

// Type names a kind of question.
type Type string

// The question types of format version 1.
const (
	Choice    Type = "choice"    // one answer among choices
	Multi     Type = "multi"     // select all that apply
	TrueFalse Type = "truefalse" // a statement, true or false
	Text      Type = "text"      // a typed answer
	Cloze     Type = "cloze"     // typed blanks in a sentence: {{answer}}
	Order     Type = "order"     // put items in the right order
	Card      Type = "card"      // a flashcard: prompt (front), answer (back), rated by the learner
)

// Types lists every question type, in the order the docs present them.
var Types = []Type{Choice, Multi, TrueFalse, Text, Cloze, Order, Card}

// ReverseSuffix ends the id of the reversed side of a card with reverse:
// true: the card "hola" has a reverse "hola-reverse", scheduled on its own.
const ReverseSuffix = "-reverse"

// Bank is one question bank: a titled set of questions, usually derived from
// one section of an article.
type Bank struct {
	ID          string   `json:"id"`
	Title       string   `json:"title"`
	Section     string   `json:"section,omitempty"`
	Description string   `json:"description,omitempty"`
	Tags        []string `json:"tags,omitempty"`
	// Strict makes every typed answer of the bank match exactly: accents,
	// case and articles count, and typos are not forgiven.
	Strict    bool        `json:"strict,omitempty"`
	Questions []*Question `json:"questions"`

	// Builtin is true for the banks of the embedded course.
	Builtin bool `json:"builtin"`
	// Course is the id of the course the bank belongs to ("" for a bank
	// installed on its own).
	Course string `json:"course,omitempty"`
	// File is where the bank was loaded from (empty for built-in banks).
	File string `json:"-"`

	// summary is set on a bank from the index: its questions hold only
	// their ids, types, tags and lines.
	summary bool
	src     *bankSource
}

// Question is one question of a bank. Answer holds the answer of choice and
// text questions, and "true" or "false" for truefalse questions.
type Question struct {
	ID      string   `json:"id"`
	Type    Type     `json:"type"`
	Prompt  string   `json:"prompt,omitempty"`
	Choices []string `json:"choices,omitempty"`
	Answer  string   `json:"answer,omitempty"`
	Answers []string `json:"answers,omitempty"`
	Accept  []string `json:"accept,omitempty"`
	Text    string   `json:"text,omitempty"`  // cloze: the sentence with {{blanks}}
	Items   []string `json:"items,omitempty"` // order: items in the right order
	Explain string   `json:"explain,omitempty"`
	Source  string   `json:"source,omitempty"`
	Tags    []string `json:"tags,omitempty"`
	// Strict makes typed answers match exactly (see Bank.Strict).
	Strict bool `json:"strict,omitempty"`
	// Reverse, on a card, also asks it back to front as its own question
	// (id + ReverseSuffix).
	Reverse bool `json:"reverse,omitempty"`
	// ReverseOf is set on the reversed side of a card: the id of the card
	// it was made from. It is not written to bank files.
	ReverseOf string `json:"reverse_of,omitempty"`

	// Line and Column locate the question in its file (1-based; 0 if unknown).
	Line   int `json:"-"`
	Column int `json:"-"`
}

// MarshalJSON writes a truefalse answer as a JSON boolean, as in the YAML.
func (q *Question) MarshalJSON() ([]byte, error) {
	type plain Question
	if q.Type != TrueFalse {
		return json.Marshal((*plain)(q))
	}
	b, _ := strconv.ParseBool(q.Answer)
	return json.Marshal(struct {
		*plain
		Answer bool `json:"answer"`
	}{(*plain)(q), b})
}

// QuoteSeparator separates the quotes of a source that quotes several
// passages of the article: an ellipsis, as in any quotation that leaves text
// out. A bank may write such a source as a list of quotes.
const QuoteSeparator = " … "

// Quotes returns the passages the question's source quotes: none, one, or
// several when the source joins them with QuoteSeparator.
func (q *Question) Quotes() []string {
	if q.Source == "" {
		return nil
	}
	return strings.Split(q.Source, QuoteSeparator)
}

// Key is the stable identity of a question across edits: bank id and question
// id. Progress is keyed by it.
func Key(bank, question string) string { return bank + "/" + question }

// Find returns the question with the given id, or nil.
func (b *Bank) Find(id string) *Question {
	for _, q := range b.Questions {
		if q.ID == id {
			return q
		}
	}
	return nil
}
