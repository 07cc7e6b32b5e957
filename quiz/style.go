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
	if avail < 20 {
		avail = 20
	}
	var b strings.Builder
	for pi, para := range strings.Split(text, "\n") {
		if pi > 0 {
			b.WriteByte('\n')
		}
		col := 0
		b.WriteString(indent)
		for _, w := range strings.Fields(para) {
			n := utf8.RuneCountInString(w)
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
