package questions

import (
	"bytes"
	"fmt"
	"strconv"

	"go.yaml.in/yaml/v3"
)

// yamlBank and yamlQuestion fix the field order of written banks.
type yamlBank struct {
	Bank        string          `yaml:"bank"`
	Title       string          `yaml:"title"`
	Section     string          `yaml:"section,omitempty"`
	Description string          `yaml:"description,omitempty"`
	Tags        []string        `yaml:"tags,omitempty,flow"`
	Strict      bool            `yaml:"strict,omitempty"`
	Questions   []*yamlQuestion `yaml:"questions"`
}

type yamlQuestion struct {
	ID      string   `yaml:"id"`
	Type    Type     `yaml:"type"`
	Prompt  string   `yaml:"prompt,omitempty"`
	Choices []string `yaml:"choices,omitempty,flow"`
	Answer  any      `yaml:"answer,omitempty"`
	Answers []string `yaml:"answers,omitempty,flow"`
	Accept  []string `yaml:"accept,omitempty,flow"`
	Text    string   `yaml:"text,omitempty"`
	Items   []string `yaml:"items,omitempty,flow"`
	Reverse bool     `yaml:"reverse,omitempty"`
	Strict  bool     `yaml:"strict,omitempty"`
	Explain string   `yaml:"explain,omitempty"`
	Source  string   `yaml:"source,omitempty"`
	Tags    []string `yaml:"tags,omitempty,flow"`
}

// YAML writes the bank in the file format, fields in the documented order.
func (b *Bank) YAML() ([]byte, error) {
	out := yamlBank{Bank: b.ID, Title: b.Title, Section: b.Section, Description: b.Description, Tags: b.Tags, Strict: b.Strict}
	for _, q := range b.Questions {
		if q.ReverseOf != "" {
			continue // made from its card's reverse: true
		}
		yq := &yamlQuestion{ID: q.ID, Type: q.Type, Prompt: q.Prompt, Choices: q.Choices, Answers: q.Answers,
			Accept: q.Accept, Text: q.Text, Items: q.Items, Reverse: q.Reverse, Strict: q.Strict,
			Explain: q.Explain, Source: q.Source, Tags: q.Tags}
		if q.Answer != "" {
			yq.Answer = q.Answer
			if q.Type == TrueFalse {
				yq.Answer, _ = strconv.ParseBool(q.Answer)
			}
		}
		out.Questions = append(out.Questions, yq)
	}
	var buf bytes.Buffer
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(out); err != nil {
		return nil, fmt.Errorf("write bank %s: %w", b.ID, err)
	}
	if err := enc.Close(); err != nil {
		return nil, fmt.Errorf("write bank %s: %w", b.ID, err)
	}
	return buf.Bytes(), nil
}

// Template returns a commented bank file with one question of each type,
// for the author to edit. id must be a valid id.
func Template(id string) []byte {
	return fmt.Appendf(nil, templateText, id)
}

const templateText = `# A quiz question bank. Edit it, then check it and install it:
#   quiz validate FILE
#   quiz add FILE
# The format is described in docs/yaml.md; editors with a YAML language
# server check the file as you type with the schema line below.
# yaml-language-server: $schema=https://raw.githubusercontent.com/quiz-cli/quiz/main/questions/schema.json

# The bank id: lower-case letters, digits and '-'. Your progress is kept per
# bank id and question id, so keep the ids when you reword questions.
bank: %s
title: My questions
# section: the part of a text the questions come from (optional)
# description: a line or two about the bank (optional)
tags: [example]

questions:
  # choice: one right answer among the choices.
  - id: first-choice
    type: choice
    prompt: Which planet is the largest?
    choices: [Mercury, Jupiter, Mars, Venus]
    answer: Jupiter
    explain: Jupiter is more than twice as massive as all the other planets together.

  # multi: select all that apply; answers lists the right choices.
  - id: first-multi
    type: multi
    prompt: Which of these are primary colours of light?
    choices: [Red, Green, Yellow, Blue]
    answers: [Red, Green, Blue]

  # truefalse: a statement; answer is true or false, without quotes.
  - id: first-truefalse
    type: truefalse
    prompt: Water boils at 100 °C at sea level.
    answer: true

  # text: a typed answer. Case, accents and extra spaces are forgiven;
  # accept lists other right answers.
  - id: first-text
    type: text
    prompt: What is the capital of Colombia?
    answer: Bogotá
    accept: [Santa Fe de Bogotá]
    source: "Bogotá, officially Bogotá, Distrito Capital, is the capital of Colombia."

  # cloze: each answer in {{double braces}}; {{a|b}} accepts either.
  - id: first-cloze
    type: cloze
    text: The United Nations was founded in {{1945}} in {{San Francisco|SF}}.

  # order: items in the right order; they are shown shuffled.
  - id: first-order
    type: order
    prompt: Put these in order, smallest first.
    items: [Atom, Molecule, Cell, Organism]

  # card: a flashcard. You reveal the back (answer) and say how well you
  # knew it. reverse: true also asks it back to front, on its own schedule.
  - id: first-card
    type: card
    prompt: hola
    answer: hello
    reverse: true
`
