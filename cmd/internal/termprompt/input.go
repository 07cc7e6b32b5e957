package termprompt

import (
	"strings"
	"unicode"
	"unicode/utf8"

	layout "github.com/quiz-cli/quiz/cmd/internal/text"
)

// Input implements quiz.Prompter: a line editor. Keys typed ahead of the
// prompt are its first text.
func (t *Terminal) Input(message string) (string, error) {
	s, err := t.begin(false)
	if err != nil {
		return "", err
	}
	var text []rune
	pos := 0
	for {
		head := t.question(message, "")
		hw := layout.Width(head)
		// The text runs on from the message, broken at the terminal's
		// width rather than left to the terminal, so the cursor can be
		// placed exactly.
		per := max(s.width-1, 10)
		var lines []string
		pad := strings.Repeat(" ", hw)
		if hw >= per-10 {
			// A message too long to type after: the text goes below it.
			lines, pad = wrapLine(head, s.width, "  "), ""
		}
		rows := cutRows(pad+string(text), per)
		// The cursor's place: where the text before it ends. Rows are cut
		// greedily, so these rows are the first rows of the whole text.
		before := cutRows(pad+string(text[:pos]), per)
		row, col := len(before)-1, layout.Width(before[len(before)-1])
		if col >= per {
			row, col = row+1, 0
			if len(rows) == row {
				rows = append(rows, "") // the cursor waits on a row of its own
			}
		}
		if pad != "" {
			rows[0] = head + strings.TrimPrefix(rows[0], pad)
		}
		row += len(lines)
		lines = append(lines, rows...)
		var hintLines []string
		if t.escape != "" && len(text) == 0 {
			hintLines = wrapLine(t.faint(t.hint("Enter to answer")), s.width, "")
		}
		s.draw(append(lines, hintLines...), row, col)

		k := t.keys.Next()
		if err := t.stop(k); err != nil {
			s.end(nil)
			return "", err
		}
		switch k.Code {
		case Enter:
			s.end(wrapLine(t.question(message, t.accent(string(text))), s.width, "  "))
			return string(text), nil
		case Backspace:
			if pos > 0 {
				text = append(text[:pos-1], text[pos:]...)
				pos--
			}
		case Delete:
			if pos < len(text) {
				text = append(text[:pos], text[pos+1:]...)
			}
		case Left:
			pos = max(pos-1, 0)
		case Right:
			pos = min(pos+1, len(text))
		case Home:
			pos = 0
		case End:
			pos = len(text)
		case CtrlU:
			text, pos = text[pos:], 0
		case CtrlW:
			i := pos
			for i > 0 && text[i-1] == ' ' {
				i--
			}
			for i > 0 && text[i-1] != ' ' {
				i--
			}
			text, pos = append(text[:i], text[pos:]...), i
		case Rune:
			if unicode.IsPrint(k.Rune) {
				text = append(text[:pos], append([]rune{k.Rune}, text[pos:]...)...)
				pos++
			}
		case Tab:
			text = append(text[:pos], append([]rune{' '}, text[pos:]...)...)
			pos++
		}
	}
}

// cutRows cuts s into rows of at most per display columns, between
// characters; an empty s is one empty row.
func cutRows(s string, per int) []string {
	var rows []string
	for {
		head, tail := layout.Cut(s, per)
		rows = append(rows, head)
		if tail == "" {
			return rows
		}
		s = tail
	}
}

func dropLast(s string) string {
	_, n := utf8.DecodeLastRuneInString(s)
	return s[:len(s)-n]
}
