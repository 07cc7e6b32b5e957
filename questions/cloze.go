package questions

import (
	"errors"
	"fmt"
	"strings"
)

// ClozePart is one piece of a cloze text: literal text (Answers nil) or a
// blank with the answers it accepts.
type ClozePart struct {
	Text    string
	Answers []string
}

// ParseCloze splits a cloze text into literal parts and blanks. A blank is
// written {{answer}}; {{a|b}} accepts either answer. Single braces are
// literal text. Errors name the character position (1-based) of the fault.
func ParseCloze(text string) ([]ClozePart, error) {
	var parts []ClozePart
	rest := text
	pos := 1 // character position of rest in text
	for rest != "" {
		open := strings.Index(rest, "{{")
		if cl := strings.Index(rest, "}}"); cl >= 0 && (open < 0 || cl < open) {
			return nil, fmt.Errorf("}} at character %d closes no blank; remove it or add {{ before the answer", pos+runeLen(rest[:cl]))
		}
		if open < 0 {
			parts = append(parts, ClozePart{Text: rest})
			break
		}
		if open > 0 {
			parts = append(parts, ClozePart{Text: rest[:open]})
		}
		start := pos + runeLen(rest[:open])
		body := rest[open+2:]
		end := strings.Index(body, "}}")
		if end < 0 {
			return nil, fmt.Errorf("blank opened at character %d is not closed; add }} after the answer", start)
		}
		if strings.Contains(body[:end], "{{") {
			return nil, fmt.Errorf("blank opened at character %d contains another {{; blanks cannot be nested", start)
		}
		answers, err := blankAnswers(body[:end])
		if err != nil {
			return nil, fmt.Errorf("blank at character %d %w", start, err)
		}
		parts = append(parts, ClozePart{Answers: answers})
		consumed := rest[:open+2+end+2]
		pos += runeLen(consumed)
		rest = rest[len(consumed):]
	}
	return parts, nil
}

var errEmptyBlank = errors.New("is empty; write the answer between {{ and }}")

// blankAnswers splits the inside of a blank into its accepted answers.
func blankAnswers(body string) ([]string, error) {
	if strings.TrimSpace(body) == "" {
		return nil, errEmptyBlank
	}
	alts := strings.Split(body, "|")
	answers := make([]string, 0, len(alts))
	for _, a := range alts {
		a = strings.TrimSpace(a)
		if a == "" {
			return nil, errors.New("has an empty alternative; write an answer on each side of |")
		}
		answers = append(answers, a)
	}
	return answers, nil
}

func runeLen(s string) int { return len([]rune(s)) }

func countBlanks(parts []ClozePart) int {
	n := 0
	for _, p := range parts {
		if p.Answers != nil {
			n++
		}
	}
	return n
}

// Blanks returns the accepted answers of each blank of a cloze question, in
// order; nil when the question is not a valid cloze.
func (q *Question) Blanks() [][]string {
	if q.Type != Cloze {
		return nil
	}
	parts, err := ParseCloze(q.Text)
	if err != nil {
		return nil
	}
	var blanks [][]string
	for _, p := range parts {
		if p.Answers != nil {
			blanks = append(blanks, p.Answers)
		}
	}
	return blanks
}

// Display returns the question as shown to a learner: its prompt and, for a
// cloze, the sentence with its blanks numbered ("[1]_____"), joined by sep.
// It never shows a blank's answer.
func (q *Question) Display(sep string) string {
	if q.Type != Cloze {
		return q.Prompt
	}
	parts, err := ParseCloze(q.Text)
	if err != nil {
		return q.Prompt
	}
	var b strings.Builder
	n := 0
	for _, p := range parts {
		if p.Answers == nil {
			b.WriteString(p.Text)
			continue
		}
		n++
		fmt.Fprintf(&b, "[%d]_____", n)
	}
	if q.Prompt == "" {
		return b.String()
	}
	return q.Prompt + sep + b.String()
}
