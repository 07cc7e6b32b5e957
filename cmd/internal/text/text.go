// Package text lays words out for the terminal: display width counted by
// grapheme cluster (so CJK, emoji and combining accents line up), wrapping,
// clipping and padding, plurals, and how spans of time are written.
package text

import (
	"strconv"
	"strings"
	"time"

	"github.com/rivo/uniseg"
)

// Width returns how many terminal columns s takes: a wide character or an
// emoji counts two, a combining accent none, and colour escape sequences
// (ESC [ … letter) nothing.
func Width(s string) int {
	n := 0
	eachCluster(s, func(_ string, w int) { n += w })
	return n
}

// eachCluster calls fn for every grapheme cluster of s with its width, and
// for every escape sequence with width 0, in order.
func eachCluster(s string, fn func(part string, width int)) {
	state := -1
	for s != "" {
		if n := escapeLen(s); n > 0 {
			fn(s[:n], 0)
			s, state = s[n:], -1
			continue
		}
		var cluster string
		var w int
		cluster, s, w, state = uniseg.FirstGraphemeClusterInString(s, state)
		fn(cluster, w)
	}
}

// escapeLen returns the length of the CSI escape sequence s starts with
// (ESC [ parameters final-byte), or 0.
func escapeLen(s string) int {
	if len(s) < 2 || s[0] != 0x1b || s[1] != '[' {
		return 0
	}
	j := 2
	for j < len(s) && (s[j] < 0x40 || s[j] > 0x7e) {
		j++
	}
	return min(j+1, len(s))
}

// Wrap breaks text into lines of at most width columns at spaces, each
// prefixed by indent; newlines in text start new lines. A run of wide
// characters longer than the line (CJK, which has no spaces) is broken
// between characters; a long word of narrow ones is left whole.
func Wrap(text string, width int, indent string) string {
	avail := width - Width(indent)
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
		newLine := func() {
			b.WriteByte('\n')
			b.WriteString(indent)
			col = 0
		}
		for _, w := range strings.Fields(para) {
			n := Width(w)
			if col > 0 && col+1+n > avail {
				newLine()
			}
			if col > 0 {
				b.WriteByte(' ')
				col++
			}
			if n <= avail-col || !hasWide(w) {
				// A long Latin word (a URL, say) stays whole, so it can
				// still be copied; the terminal folds it.
				b.WriteString(w)
				col += n
				continue
			}
			eachCluster(w, func(part string, pw int) {
				if col > 0 && col+pw > avail {
					newLine()
				}
				b.WriteString(part)
				col += pw
			})
		}
	}
	return b.String()
}

// hasWide reports whether s holds a character two columns wide.
func hasWide(s string) bool {
	wide := false
	eachCluster(s, func(_ string, w int) { wide = wide || w > 1 })
	return wide
}

// Clip shortens s to at most n columns, ending it with "…" when cut.
func Clip(s string, n int) string {
	if Width(s) <= n {
		return s
	}
	var b strings.Builder
	col, full := 0, false
	eachCluster(s, func(part string, w int) {
		if full {
			return
		}
		if col+w > n-1 {
			full = true
			return
		}
		b.WriteString(part)
		col += w
	})
	return strings.TrimRight(b.String(), " ") + "…"
}

// Cut splits s after at most n columns, between grapheme clusters; at
// least one cluster goes to head when s is not empty, so a caller cutting a
// word into lines always moves on.
func Cut(s string, n int) (head, tail string) {
	col, at := 0, 0
	eachCluster(s, func(part string, w int) {
		if at == len(head) && (col+w <= n || at == 0) {
			head += part
			col += w
		}
		at += len(part)
	})
	return head, s[len(head):]
}

// Pad fills s with spaces on the right to n columns; it never cuts.
func Pad(s string, n int) string {
	return s + strings.Repeat(" ", max(0, n-Width(s)))
}

// Plural returns one when n is 1, else many; many defaults to one+"s".
// It is the one place the program decides between singular and plural.
func Plural(n int, one string, many ...string) string {
	if n == 1 {
		return one
	}
	if len(many) > 0 {
		return many[0]
	}
	return one + "s"
}

// Count says how many of a thing there are: "1 question", "3 questions",
// "2 leeches" (with many given).
func Count(n int, one string, many ...string) string {
	return strconv.Itoa(n) + " " + Plural(n, one, many...)
}

// Typesetter offers this package's functions as methods, for code that
// takes them through an interface of its own (the quiz engine's Text).
type Typesetter struct{}

// Width is the package's Width.
func (Typesetter) Width(s string) int { return Width(s) }

// Wrap is the package's Wrap.
func (Typesetter) Wrap(s string, width int, indent string) string { return Wrap(s, width, indent) }

// Clip is the package's Clip.
func (Typesetter) Clip(s string, n int) string { return Clip(s, n) }

// Pad is the package's Pad.
func (Typesetter) Pad(s string, n int) string { return Pad(s, n) }

// Plural is the package's Plural.
func (Typesetter) Plural(n int, one string, many ...string) string { return Plural(n, one, many...) }

// Count is the package's Count.
func (Typesetter) Count(n int, one string, many ...string) string { return Count(n, one, many...) }

// Duration is the package's Duration.
func (Typesetter) Duration(d time.Duration) string { return Duration(d) }

// When is the package's When.
func (Typesetter) When(t, now time.Time) string { return When(t, now) }

// Clock is the package's Clock.
func (Typesetter) Clock(d time.Duration) string { return Clock(d) }
