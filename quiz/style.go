package quiz

import (
	"strings"
	"unicode/utf8"
)

// Style colours parts of the session's output. The zero Style prints plain
// text; the command wiring fills it in when colour is on.
type Style struct {
	Good, Bad, Warn, Dim, Bold, Accent func(string) string
}

func apply(f func(string) string, s string) string {
	if f == nil {
		return s
	}
	return f(s)
}

// Wrap breaks text into lines of at most width columns at spaces, each
// prefixed by indent. Words longer than a line are left whole.
func Wrap(text string, width int, indent string) string {
	avail := width - utf8.RuneCountInString(indent)
	if avail < 10 {
		avail = 10 // too narrow to be useful: overflow rather than one word a line
	}
	var b strings.Builder
	for pi, para := range strings.Split(text, "\n") {
		if pi > 0 {
			b.WriteByte('\n')
		}
		col := 0
		b.WriteString(indent)
		for _, w := range strings.Fields(para) {
			n := visibleWidth(w)
			if col > 0 && col+1+n > avail {
				b.WriteByte('\n')
				b.WriteString(indent)
				col = 0
			}
			if col > 0 {
				b.WriteByte(' ')
				col++
			}
			b.WriteString(w)
			col += n
		}
	}
	return b.String()
}

// visibleWidth counts the runes of s that take a column, skipping the colour
// escape sequences (ESC [ ... letter) that Style functions add.
func visibleWidth(s string) int {
	n := 0
	for i := 0; i < len(s); {
		if s[i] == 0x1b && i+1 < len(s) && s[i+1] == '[' {
			j := i + 2
			for j < len(s) && (s[j] < 0x40 || s[j] > 0x7e) {
				j++
			}
			i = j + 1
			continue
		}
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
		n++
	}
	return n
}
