package termprompt

import (
	"strings"

	layout "github.com/quiz-cli/quiz/cmd/internal/text"
)

// wrapLine breaks s at spaces into lines narrower than width columns, the
// lines after the first indented; a word longer than a line is cut between
// characters. Widths are display columns (layout.Width).
func wrapLine(s string, width int, indent string) []string {
	avail := max(width-1, 12)
	var lines []string
	var cur strings.Builder
	col := 0
	flush := func() {
		lines = append(lines, cur.String())
		cur.Reset()
		cur.WriteString(indent)
		col = layout.Width(indent)
	}
	for i, w := range strings.Split(s, " ") {
		n := layout.Width(w)
		if i > 0 {
			if col+1+n > avail && col > layout.Width(indent) {
				flush()
			} else {
				cur.WriteByte(' ')
				col++
			}
		}
		for n > avail-col && n > 0 && !strings.Contains(w, "\x1b") {
			head, rest := layout.Cut(w, max(avail-col, 1))
			cur.WriteString(head)
			w, n = rest, layout.Width(rest)
			flush()
		}
		cur.WriteString(w)
		col += n
	}
	lines = append(lines, cur.String())
	return lines
}
