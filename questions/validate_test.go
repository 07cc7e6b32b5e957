package questions

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// TestParseBroken checks, for each kind of broken file, every problem found:
// its FILE:LINE:COL and its message.
func TestParseBroken(t *testing.T) {
	tests := []struct {
		file string
		want []string
	}{
		{"answer-not-in-choices.yaml", []string{
			"broken/answer-not-in-choices.yaml:8:13: answer \"Lima\" is not one of the choices; add it to choices or fix the answer",
		}},
		{"bad-bank-id.yaml", []string{
			"broken/bad-bank-id.yaml:1:7: bank id \"Spanish Capitals\" is not valid; use lower-case letters, digits and '-' (at most 64), e.g. spanish-capitals",
		}},
		{"bad-question-id.yaml", []string{
			"broken/bad-question-id.yaml:4:9: question id \"Capital of Perú\" is not valid; use lower-case letters, digits and '-' (at most 64), e.g. capital-of-peru",
		}},
		{"bidi.yaml", []string{
			"broken/bidi.yaml:7:21: choices contains control character U+202E (right-to-left override); remove it: a bank may not hold control codes, which can change the terminal or disguise text",
		}},
		{"billion-laughs.yaml", []string{
			"broken/billion-laughs.yaml:1:1: unknown field a; remove it (a bank's fields are: bank, title, section, description, tags, strict, questions, version)",
			"broken/billion-laughs.yaml:1:1: missing bank; add bank: ID (lower-case letters, digits and '-')",
			"broken/billion-laughs.yaml:1:1: missing title; add title: with the bank's title",
			"broken/billion-laughs.yaml:1:1: missing questions; add questions: with at least one question",
			"broken/billion-laughs.yaml:2:1: unknown field b; remove it (a bank's fields are: bank, title, section, description, tags, strict, questions, version)",
			"broken/billion-laughs.yaml:3:1: unknown field c; remove it (a bank's fields are: bank, title, section, description, tags, strict, questions, version)",
			"broken/billion-laughs.yaml:4:1: unknown field d; remove it (a bank's fields are: bank, title, section, description, tags, strict, questions, version)",
			"broken/billion-laughs.yaml:5:1: unknown field e; remove it (a bank's fields are: bank, title, section, description, tags, strict, questions, version)",
			"broken/billion-laughs.yaml:6:1: unknown field f; remove it (a bank's fields are: bank, title, section, description, tags, strict, questions, version)",
			"broken/billion-laughs.yaml:7:1: unknown field g; remove it (a bank's fields are: bank, title, section, description, tags, strict, questions, version)",
			"broken/billion-laughs.yaml:8:1: unknown field h; remove it (a bank's fields are: bank, title, section, description, tags, strict, questions, version)",
			"broken/billion-laughs.yaml:9:1: unknown field i; remove it (a bank's fields are: bank, title, section, description, tags, strict, questions, version)",
		}},
		{"c1-control.yaml", []string{
			"broken/c1-control.yaml:8:19: explain contains control character U+009B (CSI); remove it: a bank may not hold control codes, which can change the terminal or disguise text",
		}},
		{"choice-with-answers.yaml", []string{
			"broken/choice-with-answers.yaml:8:5: choice questions have one answer:, not answers:; write answer: with one of the choices, or use type: multi for several right answers",
		}},
		{"cloze-no-blank.yaml", []string{
			"broken/cloze-no-blank.yaml:6:11: text has no blank; put each answer in {{double braces}}, e.g. {{1948}}",
		}},
		{"cloze-unbalanced.yaml", []string{
			"broken/cloze-unbalanced.yaml:6:11: text: blank opened at character 29 is not closed; add }} after the answer",
		}},
		{"colon-in-value.yaml", []string{
			"broken/colon-in-value.yaml:6: YAML syntax error: mapping values are not allowed in this context; quote the value if it contains \": \" (prompt: \"Note: ...\")",
		}},
		{"duplicate-choices.yaml", []string{
			"broken/duplicate-choices.yaml:10:9: duplicate choice \"lima\" (same as choice 1); remove one",
		}},
		{"duplicate-field.yaml", []string{
			"broken/duplicate-field.yaml:8:5: duplicate field prompt (first at line 6); remove one",
		}},
		{"duplicate-id.yaml", []string{
			"broken/duplicate-id.yaml:8:9: duplicate question id peru (first at line 4); question ids must be unique in a bank",
		}},
		{"empty-prompt.yaml", []string{
			"broken/empty-prompt.yaml:6:13: prompt is empty; write the question",
		}},
		{"empty-questions.yaml", []string{
			"broken/empty-questions.yaml:3:12: questions is empty; add at least one question (- id: ..., type: ..., prompt: ...)",
		}},
		{"empty.yaml", []string{
			"broken/empty.yaml:1: the file is empty; a bank needs bank:, title: and questions: (quiz new ID writes a template)",
		}},
		{"escape-in-prompt.yaml", []string{
			"broken/escape-in-prompt.yaml:6:13: prompt contains control character U+001B (escape); remove it: a bank may not hold control codes, which can change the terminal or disguise text",
		}},
		{"field-wrong-type.yaml", []string{
			"broken/field-wrong-type.yaml:7:5: truefalse questions have no choices (they use answer: true or false); remove choices",
		}},
		{"map-for-string.yaml", []string{
			"broken/map-for-string.yaml:7:7: prompt must be text, not a mapping",
		}},
		{"missing-prompt.yaml", []string{
			"broken/missing-prompt.yaml:4:5: missing prompt; add prompt: with the question",
		}},
		{"missing-required.yaml", []string{
			"broken/missing-required.yaml:1:1: missing bank; add bank: ID (lower-case letters, digits and '-')",
			"broken/missing-required.yaml:1:1: missing title; add title: with the bank's title",
		}},
		{"missing-type.yaml", []string{
			"broken/missing-type.yaml:4:5: missing type; use one of choice, multi, truefalse, text, cloze, order, card",
		}},
		{"multi-empty-answers.yaml", []string{
			"broken/multi-empty-answers.yaml:8:14: answers is empty; list at least one of the choices",
		}},
		{"multi-line-answer.yaml", []string{
			"broken/multi-line-answer.yaml:7:13: answer must be one line; remove the line break",
		}},
		{"multi-not-subset.yaml", []string{
			"broken/multi-not-subset.yaml:8:21: answer \"Chile\" is not one of the choices; add it to choices or fix the answer",
		}},
		{"not-mapping.yaml", []string{
			"broken/not-mapping.yaml:1:1: a bank file must be a mapping with bank:, title: and questions:, not a list",
		}},
		{"not-utf8.yaml", []string{
			"broken/not-utf8.yaml:7:18: the file is not valid UTF-8 (byte 0xE1); save it as UTF-8",
		}},
		{"number-for-list.yaml", []string{
			"broken/number-for-list.yaml:3:7: tags must be a list, not the number 4; write tags: [a, b] or one \"- item\" per line",
			"broken/number-for-list.yaml:8:14: choices must be a list, not the number 4; write choices: [a, b] or one \"- item\" per line",
		}},
		{"one-choice.yaml", []string{
			"broken/one-choice.yaml:7:14: a choice question needs at least two choices; add more choices",
		}},
		{"order-duplicate-items.yaml", []string{
			"broken/order-duplicate-items.yaml:7:38: duplicate item \"un founded\" (same as item 1); remove one",
		}},
		{"order-one-item.yaml", []string{
			"broken/order-one-item.yaml:7:12: an order question needs at least two items; add more items",
		}},
		{"question-not-mapping.yaml", []string{
			"broken/question-not-mapping.yaml:4:5: question 1 must be a mapping with id:, type: and prompt:, not \"What is the capital of Peru?\"",
		}},
		{"raw-escape.yaml", []string{
			"broken/raw-escape.yaml:2:18: title contains control character U+001B (escape); remove it: a bank may not hold control codes, which can change the terminal or disguise text",
			"broken/raw-escape.yaml:2:27: title contains control character U+0007 (bell); remove it: a bank may not hold control codes, which can change the terminal or disguise text",
		}},
		{"source-empty-list.yaml", []string{
			"broken/source-empty-list.yaml:8:13: source is an empty list; write a quote, or a list of quotes",
			"broken/source-empty-list.yaml:15:9: item 2 of source is empty; write it or remove it",
		}},
		{"syntax.yaml", []string{
			"broken/syntax.yaml:6: YAML syntax error: did not find expected '-' indicator; check the indentation and quoting",
		}},
		{"tab-indent.yaml", []string{
			"broken/tab-indent.yaml:5: YAML syntax error: found a tab character that violates indentation; indent with spaces, not tabs",
		}},
		{"text-empty-answer.yaml", []string{
			"broken/text-empty-answer.yaml:7:12: answer is empty; write the expected answer",
		}},
		{"truefalse-quoted.yaml", []string{
			"broken/truefalse-quoted.yaml:7:13: answer must be true or false, not the text \"true\"; write true or false without quotes",
		}},
		{"truefalse-yes.yaml", []string{
			"broken/truefalse-yes.yaml:7:13: answer must be true or false, not \"yes\"; write true or false",
		}},
		{"two-documents.yaml", []string{
			"broken/two-documents.yaml:8: a second YAML document starts here; a file holds one bank: remove the --- line or split the file",
		}},
		{"unclosed-list.yaml", []string{
			"broken/unclosed-list.yaml:3: YAML syntax error: did not find expected ',' or ']'; close the [ list with ], and quote items that contain \": \"",
		}},
		{"unclosed-quote.yaml", []string{
			"broken/unclosed-quote.yaml:2: YAML syntax error: found unexpected end of stream; a quote or bracket opened here is never closed",
		}},
		{"unknown-bank-field.yaml", []string{
			"broken/unknown-bank-field.yaml:2:1: unknown field titel; did you mean title?",
			"broken/unknown-bank-field.yaml:3:1: unknown field colour; remove it (a bank's fields are: bank, title, section, description, tags, strict, questions, version)",
		}},
		{"unknown-field.yaml", []string{
			"broken/unknown-field.yaml:6:5: unknown field promt; did you mean prompt?",
		}},
		{"unknown-type.yaml", []string{
			"broken/unknown-type.yaml:5:11: unknown type \"mutli\"; use one of choice, multi, truefalse, text, cloze, order, card (did you mean multi?)",
		}},
	}
	if len(tests) < 25 {
		t.Fatalf("corpus has %d cases, want at least 25", len(tests))
	}
	files, err := filepath.Glob("testdata/broken/*.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if len(files) != len(tests) {
		t.Errorf("testdata/broken has %d files, the table %d cases; add the new file to the table", len(files), len(tests))
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join("testdata/broken", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			b, err := Parse("broken/"+tt.file, data)
			if b != nil {
				t.Errorf("Parse(%s) returned a bank, want nil", tt.file)
			}
			var ps Problems
			if !errors.As(err, &ps) {
				t.Fatalf("Parse(%s) error = %v, want Problems", tt.file, err)
			}
			var got []string
			for _, p := range ps {
				got = append(got, p.Error())
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Parse(%s) problems:\n%s\nwant:\n%s", tt.file, strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
			if err.Error() != strings.Join(tt.want, "\n") {
				t.Errorf("Parse(%s).Error() = %q, want the problems joined by newlines", tt.file, err.Error())
			}
		})
	}
}

func TestParseValid(t *testing.T) {
	data, err := os.ReadFile("testdata/valid/all-types.yaml")
	if err != nil {
		t.Fatal(err)
	}
	b, err := Parse("all-types.yaml", data)
	if err != nil {
		t.Fatalf("Parse(all-types.yaml) = %v, want no error", err)
	}
	if b.ID != "latin-america" || b.Title != "Latin America" || b.Section != "Capitals and institutions" {
		t.Errorf("bank = %q %q %q, want latin-america, Latin America, Capitals and institutions", b.ID, b.Title, b.Section)
	}
	if want := "Capitals of Latin America\nand the institutions of the region."; b.Description != want {
		t.Errorf("Description = %q, want %q", b.Description, want)
	}
	if !reflect.DeepEqual(b.Tags, []string{"geography", "history"}) {
		t.Errorf("Tags = %q, want [geography history]", b.Tags)
	}
	want := []*Question{
		{ID: "capital-colombia", Type: Text, Prompt: "What is the capital of Colombia?", Answer: "Bogotá",
			Accept: []string{"Bogota", "Santa Fe de Bogotá"}, Explain: "Founded in 1538 as Santa Fe de Bogotá.",
			Source: "Bogotá, officially Bogotá, Distrito Capital", Tags: []string{"capitals"}, Line: 10, Column: 5},
		{ID: "oas-founded", Type: Choice, Prompt: "When was the OAS founded?",
			Choices: []string{"1945", "1948", "1951", "1960"}, Answer: "1948", Line: 18, Column: 5},
		// Answers are stored as written in choices.
		{ID: "andean", Type: Multi, Prompt: "Which of these are Andean countries?",
			Choices: []string{"Peru", "Bolivia", "Uruguay"}, Answers: []string{"Peru", "Bolivia"}, Line: 23, Column: 5},
		{ID: "lima-capital", Type: TrueFalse, Prompt: "Lima is the capital of Peru.\nTrue or false?", Answer: "true", Line: 31, Column: 5},
		{ID: "minustah", Type: Cloze, Text: "MINUSTAH was established in {{2004}} in {{Haiti|Haití}}.", Line: 37, Column: 5},
		{ID: "founding-order", Type: Order, Prompt: "Put these in the order they were founded.",
			Items: []string{"United Nations", "OAS", "Mercosur"}, Line: 40, Column: 5},
	}
	if len(b.Questions) != len(want) {
		t.Fatalf("got %d questions, want %d", len(b.Questions), len(want))
	}
	for i, q := range b.Questions {
		if !reflect.DeepEqual(q, want[i]) {
			t.Errorf("question %d = %+v, want %+v", i+1, *q, *want[i])
		}
	}
	if got := b.Find("minustah").Blanks(); !reflect.DeepEqual(got, [][]string{{"2004"}, {"Haiti", "Haití"}}) {
		t.Errorf("Blanks() = %q, want [[2004] [Haiti Haití]]", got)
	}
}

// TestParseAccepts checks small files that are valid though unusual.
func TestParseAccepts(t *testing.T) {
	head := "bank: b\ntitle: T\nquestions:\n"
	tests := []struct {
		name, yaml string
		check      func(*Bank) bool
	}{
		{"false answer", head + "  - {id: q, type: truefalse, prompt: P, answer: false}\n",
			func(b *Bank) bool { return b.Questions[0].Answer == "false" }},
		{"number answer", head + "  - {id: q, type: text, prompt: P, answer: 2004}\n",
			func(b *Bank) bool { return b.Questions[0].Answer == "2004" }},
		{"answer matches choice ignoring case", head + "  - {id: q, type: choice, prompt: P, choices: [Lima, Cusco], answer: lima}\n",
			func(b *Bank) bool { return b.Questions[0].Answer == "Lima" }},
		{"cloze with a prompt", head + "  - {id: q, type: cloze, prompt: Fill in, text: \"a {{b}}\"}\n",
			func(b *Bank) bool { return b.Questions[0].Prompt == "Fill in" }},
		{"alias for choices", head + "  - {id: q, type: choice, prompt: P, choices: &yn [Yes, No], answer: Yes}\n  - {id: r, type: choice, prompt: P, choices: *yn, answer: No}\n",
			func(b *Bank) bool { return reflect.DeepEqual(b.Questions[1].Choices, []string{"Yes", "No"}) }},
		{"version 1", "version: 1\n" + head + "  - {id: q, type: text, prompt: P, answer: A}\n",
			func(b *Bank) bool { return b.ID == "b" }},
		{"CRLF line ends", strings.ReplaceAll(head+"  - id: q\n    type: text\n    prompt: P\n    answer: A\n", "\n", "\r\n"),
			func(b *Bank) bool { return b.Questions[0].Answer == "A" }},
		{"byte order mark", "\uFEFF" + head + "  - {id: q, type: text, prompt: P, answer: A}\n",
			func(b *Bank) bool { return b.ID == "b" }},
		{"source as a list of quotes", head + "  - {id: q, type: text, prompt: P, answer: A, source: [First quote., \"Second: quote.\"]}\n",
			func(b *Bank) bool {
				q := b.Questions[0]
				return q.Source == "First quote. … Second: quote." && reflect.DeepEqual(q.Quotes(), []string{"First quote.", "Second: quote."})
			}},
		{"source as one quote", head + "  - {id: q, type: text, prompt: P, answer: A, source: One quote.}\n",
			func(b *Bank) bool { return reflect.DeepEqual(b.Questions[0].Quotes(), []string{"One quote."}) }},
		{"tab in explain", head + "  - {id: q, type: text, prompt: P, answer: A, explain: \"a\\tb\"}\n",
			func(b *Bank) bool { return b.Questions[0].Explain == "a\tb" }},
	}
	for _, tt := range tests {
		b, err := Parse("t.yaml", []byte(tt.yaml))
		if err != nil {
			t.Errorf("%s: Parse = %v, want no error", tt.name, err)
			continue
		}
		if !tt.check(b) {
			t.Errorf("%s: Parse gave %+v", tt.name, b.Questions[0])
		}
	}
}

func TestParseTooBig(t *testing.T) {
	data := []byte("bank: b\ntitle: T\n" + strings.Repeat("# padding\n", MaxFileSize/10+1))
	_, err := Parse("big.yaml", data)
	want := fmt.Sprintf("big.yaml:1: file is %d bytes, over", len(data)) + " the limit of 1048576 bytes (1 MiB); split it into smaller banks"
	if err == nil || err.Error() != want {
		t.Errorf("Parse(big.yaml) = %v, want %s", err, want)
	}
}

// TestParseAliasAmplification checks that aliases which multiply the work
// (each question an alias to one holding a long list) are refused.
func TestParseAliasAmplification(t *testing.T) {
	var sb strings.Builder
	sb.WriteString("bank: b\ntitle: T\nquestions:\n  - &q\n    id: q\n    type: choice\n    prompt: P\n    answer: c0\n    choices:\n")
	for i := 0; i < 2000; i++ {
		fmt.Fprintf(&sb, "      - c%d\n", i)
	}
	for i := 0; i < 20000; i++ {
		sb.WriteString("  - *q\n")
	}
	_, err := Parse("aliases.yaml", []byte(sb.String()))
	if err == nil || !strings.Contains(err.Error(), "excessive aliasing") {
		t.Errorf("Parse(aliases.yaml) = %.300v, want an excessive aliasing problem", err)
	}
}

func TestProblemError(t *testing.T) {
	tests := []struct {
		p    Problem
		want string
	}{
		{Problem{File: "a.yaml", Line: 3, Column: 5, Msg: "m"}, "a.yaml:3:5: m"},
		{Problem{File: "a.yaml", Line: 3, Msg: "m"}, "a.yaml:3: m"},
	}
	for _, tt := range tests {
		if got := tt.p.Error(); got != tt.want {
			t.Errorf("%#v.Error() = %q, want %q", tt.p, got, tt.want)
		}
	}
}

func TestValidID(t *testing.T) {
	tests := []struct {
		id   string
		want bool
	}{
		{"capitals", true},
		{"spanish-capitals-2", true},
		{"2024-exam", true},
		{"a", true},
		{"", false},
		{"-capitals", false},
		{"Capitals", false},
		{"spanish capitals", false},
		{"spanish_capitals", false},
		{"perú", false},
		{"../etc", false},
		{"a/b", false},
		{strings.Repeat("a", 64), true},
		{strings.Repeat("a", 65), false},
	}
	for _, tt := range tests {
		if got := ValidID(tt.id); got != tt.want {
			t.Errorf("ValidID(%q) = %v, want %v", tt.id, got, tt.want)
		}
	}
}

func TestSlug(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Spanish Capitals", "spanish-capitals"},
		{"Capital of Perú", "capital-of-peru"},
		{"  ¿Qué?  ", "que"},
		{"!!!", ""},
	}
	for _, tt := range tests {
		if got := Slug(tt.in); got != tt.want {
			t.Errorf("Slug(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestParseControls checks where control characters outside the corpus are
// reported: in a comment, in a list item, and in a file that the parser
// cannot read without them.
func TestParseControls(t *testing.T) {
	head := "bank: b\ntitle: T\nquestions:\n"
	tests := []struct {
		name, yaml string
		want       string
	}{
		{"raw escape in a comment", "# \x1b[2J\n" + head + "  - {id: q, type: text, prompt: P, answer: A}\n",
			"c.yaml:1:3: control character U+001B (escape) is not allowed in a bank file; " + controlWhy},
		{"escaped escape in accept", head + "  - {id: q, type: text, prompt: P, answer: A, accept: [\"\\e[31m\"]}\n",
			"c.yaml:4:56: accept contains control character U+001B (escape); " + controlWhy},
		{"bidi isolate in a tag", head + "  - {id: q, type: text, prompt: P, answer: A, tags: [\"a\u2067b\"]}\n",
			"c.yaml:4:54: tags contains control character U+2067 (right-to-left isolate); " + controlWhy},
		{"carriage return escape in title", "bank: b\ntitle: \"a\\rb\"\nquestions:\n  - {id: q, type: text, prompt: P, answer: A}\n",
			"c.yaml:2:8: title contains control character U+000D (carriage return); " + controlWhy},
		{"raw escape beside a private-use character", head + "  - {id: q, type: text, prompt: \"\U000F0000\x1b\", answer: A}\n",
			"c.yaml:4:35: control character U+001B (escape) is not allowed in a bank file; " + controlWhy},
	}
	for _, tt := range tests {
		_, err := Parse("c.yaml", []byte(tt.yaml))
		if err == nil || err.Error() != tt.want {
			t.Errorf("%s: Parse = %v, want %s", tt.name, err, tt.want)
		}
	}
}
