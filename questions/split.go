package questions

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Section is one unit of an article: a heading and its paragraphs.
type Section struct {
	Heading    string   // the heading, "Introduction" or "Conclusion"
	Paragraphs []string // the prose under it, one string per paragraph or list line
}

// Text returns the section's prose, paragraphs separated by blank lines.
func (s Section) Text() string { return strings.Join(s.Paragraphs, "\n\n") }

// Names of the units that have no heading of their own.
const (
	IntroductionHeading = "Introduction"
	ConclusionHeading   = "Conclusion"
)

// maxHeadingWords bounds a heading's length: a longer line is prose.
const maxHeadingWords = 14

// Split divides an article into sections. A heading is a short line with no
// final punctuation that is followed by prose, in plain text or as a Markdown
// "#" heading. Text before the first heading becomes the Introduction. When
// conclusion > 0, that many trailing paragraphs of the last section are
// split off as the Conclusion (articles often end with unheaded closing
// paragraphs). Lines that follow a line ending in a colon are list items,
// never headings.
func Split(article string, conclusion int) []Section {
	lines := strings.Split(strings.ReplaceAll(article, "\r\n", "\n"), "\n")
	var (
		sections []Section
		cur      = Section{Heading: IntroductionHeading}
		inList   bool // inside a list introduced by a line ending in ':'
	)
	flush := func() {
		if cur.Heading != IntroductionHeading || len(cur.Paragraphs) > 0 {
			sections = append(sections, cur)
		}
	}
	for i, raw := range lines {
		line := strings.TrimSpace(raw)
		if line == "" {
			continue
		}
		md := strings.HasPrefix(line, "#")
		if md {
			line = strings.TrimSpace(strings.TrimLeft(line, "#"))
		}
		if md || (!inList && isHeading(line) && nextIsProse(lines[i+1:])) {
			flush()
			cur = Section{Heading: line}
			inList = false
			continue
		}
		cur.Paragraphs = append(cur.Paragraphs, line)
		if strings.HasSuffix(line, ":") {
			inList = true
		} else if inList && !isListItem(line) && !isHeading(line) {
			inList = false // prose ends the list
		}
	}
	flush()
	if conclusion > 0 && len(sections) > 0 {
		last := &sections[len(sections)-1]
		if n := len(last.Paragraphs); n > conclusion {
			tail := append([]string(nil), last.Paragraphs[n-conclusion:]...)
			last.Paragraphs = last.Paragraphs[:n-conclusion]
			sections = append(sections, Section{Heading: ConclusionHeading, Paragraphs: tail})
		}
	}
	return sections
}

// isHeading reports whether a line looks like a heading: short, starting
// with a capital letter or digit, and without final punctuation.
func isHeading(line string) bool {
	if isListItem(line) || len(strings.Fields(line)) > maxHeadingWords {
		return false
	}
	first, _ := utf8.DecodeRuneInString(line)
	if !unicode.IsUpper(first) && !unicode.IsDigit(first) {
		return false
	}
	if datedHeading.MatchString(line) {
		return true // "The Truman Doctrine (1947)"
	}
	if IsFormula(line) {
		return false // "C6H12O6 -> 2 C2H5OH + 2 CO2"
	}
	last, _ := utf8.DecodeLastRuneInString(line)
	return !strings.ContainsRune(".:;,!?…\"”)", last)
}

// IsFormula reports whether a line is an equation or a formula, not
// words: it has an operator or an arrow between spaces.
func IsFormula(line string) bool {
	for _, op := range []string{" -> ", " → ", " = ", " + ", " × ", " ⇌ ", " <-> "} {
		if strings.Contains(line, op) {
			return true
		}
	}
	return false
}

// datedHeading matches a heading that ends with a year or a span of years
// in parentheses.
var datedHeading = regexp.MustCompile(`\(\d{3,4}(\s*[–-]\s*\d{2,4})?\)$`)

// nextIsProse reports whether the next non-blank line is prose: a heading
// must be followed by text, not by another heading or the end.
func nextIsProse(rest []string) bool {
	for _, l := range rest {
		l = strings.TrimSpace(l)
		if l == "" {
			continue
		}
		return !strings.HasPrefix(l, "#") && !isHeading(l)
	}
	return false
}

// isListItem reports whether a line is a bullet or numbered list item.
func isListItem(line string) bool {
	if strings.HasPrefix(line, "- ") || strings.HasPrefix(line, "* ") || strings.HasPrefix(line, "• ") {
		return true
	}
	i := strings.IndexFunc(line, func(r rune) bool { return !unicode.IsDigit(r) })
	return i > 0 && i+1 < len(line) && (line[i] == '.' || line[i] == ')') && line[i+1] == ' '
}

// NameFits reports whether part names s: it occurs in s, ignoring case,
// from the start of a word: "lessons" is in "Effectiveness and Lessons Learned",
// "all" is not in "Challenges".
func NameFits(s, part string) bool {
	part = strings.ToLower(strings.TrimSpace(part))
	if part == "" {
		return false
	}
	s = strings.ToLower(s)
	for i := 0; i <= len(s)-len(part); {
		j := strings.Index(s[i:], part)
		if j < 0 {
			return false
		}
		at := i + j
		prev, _ := utf8.DecodeLastRuneInString(s[:at])
		if at == 0 || !unicode.IsLetter(prev) && !unicode.IsDigit(prev) {
			return true
		}
		_, size := utf8.DecodeRuneInString(s[at:])
		i = at + size
	}
	return false
}
