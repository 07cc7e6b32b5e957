package article

import (
	"strings"
	"unicode"

	"github.com/quiz-cli/quiz/questions"
)

// Plain reads a plain-text article whose headings are bare lines (short,
// capitalised, no final punctuation) or "#" lines, one paragraph or list
// item a line. A first line followed directly by a heading is the title.
// List markers ("- ", "* ", "1. ") are taken off list items.
func Plain(s string) *Article {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	a := &Article{}
	lines := strings.Split(s, "\n")
	first, second := -1, -1
	for i, l := range lines {
		if strings.TrimSpace(l) == "" {
			continue
		}
		if first < 0 {
			first = i
		} else {
			second = i
			break
		}
	}
	if first >= 0 && second >= 0 {
		t := strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(lines[first]), "#"))
		if looksLikeTitle(t) && startsSection(lines[second:]) {
			a.Title = t
			lines = lines[first+1:]
		}
	}
	for _, sec := range questions.Split(strings.Join(lines, "\n"), 0) {
		out := Section{Heading: sec.Heading}
		if sec.Heading == questions.IntroductionHeading {
			out.Heading = ""
		}
		for _, p := range sec.Paragraphs {
			if item, ok := listItem(p); ok {
				out.Paragraphs = append(out.Paragraphs, Paragraph{Text: item, Kind: Item})
			} else {
				out.Paragraphs = append(out.Paragraphs, Paragraph{Text: p, Kind: Prose})
			}
		}
		a.Sections = append(a.Sections, out)
	}
	return a
}

// looksLikeTitle: a heading-like line, a little longer allowed.
func looksLikeTitle(l string) bool {
	if l == "" || len(strings.Fields(l)) > 20 {
		return false
	}
	r := []rune(l)
	return (unicode.IsUpper(r[0]) || unicode.IsDigit(r[0])) && !strings.ContainsRune(".:;,!?", r[len(r)-1])
}

// startsSection reports whether lines begin with a heading: a bare heading
// line followed by prose, or a "#" line.
func startsSection(lines []string) bool {
	secs := questions.Split(strings.Join(lines, "\n"), 0)
	return len(secs) > 0 && secs[0].Heading != questions.IntroductionHeading
}

// listItem strips a bullet or number from a list item's line.
func listItem(p string) (string, bool) {
	for _, b := range []string{"- ", "* ", "• ", "+ "} {
		if strings.HasPrefix(p, b) {
			return strings.TrimSpace(p[len(b):]), true
		}
	}
	i := strings.IndexFunc(p, func(r rune) bool { return !unicode.IsDigit(r) })
	if i > 0 && i < 4 && i+1 < len(p) && (p[i] == '.' || p[i] == ')') && p[i+1] == ' ' {
		return strings.TrimSpace(p[i+2:]), true
	}
	return "", false
}
