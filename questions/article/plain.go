package article

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/quiz-cli/quiz/questions"
)

// Plain reads a plain-text article whose headings are bare lines (short,
// capitalised, no final punctuation), "#" lines, underlined lines or
// chapter lines ("CHAPTER I."), one paragraph or list item a line, or
// paragraphs wrapped over several lines and kept apart by blank lines. A
// first line followed directly by a heading is the title. List markers
// ("- ", "* ", "1. ") are taken off list items.
func Plain(s string) *Article {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	a := &Article{}
	lines := unwrap(gutenbergBody(strings.Split(s, "\n")))
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
		after := false
		for _, p := range sec.Paragraphs {
			if p == gapMark {
				if n := len(out.Paragraphs); n > 0 {
					out.Paragraphs[n-1].BeforeCode = true
				}
				after = true
				continue
			}
			if item, ok := listItem(p); ok {
				out.Paragraphs = append(out.Paragraphs, Paragraph{Text: item, Kind: Item, AfterCode: after})
			} else {
				out.Paragraphs = append(out.Paragraphs, Paragraph{Text: p, Kind: Prose, AfterCode: after})
			}
			after = false
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
	first := ""
	for _, l := range lines {
		if l = strings.TrimSpace(l); l != "" {
			if strings.HasPrefix(l, "#") {
				return true
			}
			first = l
			break
		}
	}
	// The splitter names the text before any heading "Introduction": a
	// heading of that name is told apart by being the first line.
	secs := questions.Split(strings.Join(lines, "\n"), 0)
	return len(secs) > 0 && (secs[0].Heading != questions.IntroductionHeading || first == questions.IntroductionHeading && len(secs[0].Paragraphs) > 0 && secs[0].Paragraphs[0] != first)
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

// ruleRe matches a line drawn under a heading ("Concepts" over "--------")
// or across the page.
var ruleRe = regexp.MustCompile(`^(?:={3,}|-{3,}|~{3,}|\^{3,}|\*{3,}|\+{3,}|#{3,})$`)

// chapterRe matches a book's chapter line: "CHAPTER I.", "Chapter 12",
// "BOOK TWO", "Part III".
var chapterRe = regexp.MustCompile(`^(?:CHAPTER|Chapter|BOOK|Book|PART|Part|VOLUME|Volume)\s+(?:[IVXLCDM]+|\d+|ONE|TWO|THREE|FOUR|FIVE|SIX|SEVEN|EIGHT|NINE|TEN|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten)\b`)

// unwrap joins each paragraph of a hard-wrapped text into one line, makes
// an underlined line and a chapter line a "#" heading, and drops rules
// and, in a wrapped text, indented blocks (tables, code, examples). A
// text whose lines are its paragraphs keeps them, but for headings.
func unwrap(lines []string) []string {
	wrapped := hardWrapped(lines)
	out := make([]string, 0, len(lines))
	var para []string // the lines of the paragraph being read
	flush := func() {
		if len(para) == 0 {
			return
		}
		p := strings.Join(para, " ")
		para = nil
		if chapterRe.MatchString(p) && len(strings.Fields(p)) <= headingWords {
			p = "# " + strings.TrimSuffix(p, ".")
		}
		out = append(out, p)
	}
	for i := 0; i < len(lines); {
		if strings.TrimSpace(lines[i]) == "" {
			out = append(out, "")
			i++
			continue
		}
		j := i
		for j < len(lines) && strings.TrimSpace(lines[j]) != "" {
			j++
		}
		block := lines[i:j]
		i = j
		if wrapped && preformatted(block) {
			out = append(out, gapMark)
			continue
		}
		if rows := alignedTable(block); rows != nil {
			out = append(out, rows...)
			continue
		}
		block = termsOverMeanings(block)
		for _, l := range block {
			t := strings.TrimSpace(l)
			switch {
			case ruleRe.MatchString(t):
				// Under one short line, a heading; alone, a rule.
				if len(para) == 1 && len(strings.Fields(para[0])) <= headingWords && !strings.HasPrefix(para[0], "#") {
					out = append(out, "# "+para[0])
					para = nil
				}
				flush()
			case !wrapped || isListLine(t):
				flush()
				para = []string{t}
			default:
				para = append(para, t)
			}
		}
		flush()
	}
	return out
}

// columnGap parts the columns of a table aligned with spaces.
var columnGap = regexp.MustCompile(`\s{2,}|\t+`)

// alignedTable reads a block of lines aligned in columns with spaces, a
// header line over rows ("Structure    Firms    Entry barriers"), as a
// table's rows, one list item each, "Header: cell; Header: cell", as a
// Markdown table's; nil if the block is not such a table.
func alignedTable(block []string) []string {
	if len(block) < 3 {
		return nil
	}
	var cells [][]string
	for k, l := range block {
		c := columnGap.Split(strings.TrimSpace(l), -1)
		// A header line that starts with spaces has nothing over the
		// rows' names.
		if k == 0 && l != strings.TrimLeft(l, " \t") {
			c = append([]string{""}, c...)
		}
		if len(c) < 2 || len(cells) > 0 && len(c) != len(cells[0]) || isListLine(strings.TrimSpace(l)) {
			return nil
		}
		for _, x := range c {
			if len(strings.Fields(x)) > 6 {
				return nil // prose with two spaces after a full stop
			}
		}
		cells = append(cells, c)
	}
	head := cells[0]
	rows := make([]string, 0, len(cells)-1)
	for _, r := range cells[1:] {
		parts := make([]string, len(r))
		for k, c := range r {
			parts[k] = c
			if head[k] != "" {
				parts[k] = head[k] + ": " + c
			}
		}
		rows = append(rows, "- "+strings.Join(parts, "; "))
	}
	return rows
}

// termsOverMeanings joins a short list item and the item indented under
// it (the first of several, if it reads as a definition), as notes write a term and what it means ("- Monopoly" over
// "  - A single seller …"), into one item, "- Monopoly: A single seller
// …", as Markdown's nested lists are read.
func termsOverMeanings(block []string) []string {
	out := make([]string, 0, len(block))
	indented := func(k int) bool {
		return k < len(block) && block[k] != strings.TrimLeft(block[k], " \t") && isListLine(strings.TrimSpace(block[k]))
	}
	for k := 0; k < len(block); k++ {
		l := block[k]
		term, ok := listItem(l)
		term = strings.TrimSuffix(term, ":")
		if ok && l == strings.TrimLeft(l, " \t") && indented(k+1) && len(strings.Fields(term)) <= 5 && !strings.ContainsAny(term, ".:;") {
			// The only item under it, or the first of several that reads
			// as a definition.
			if meaning, _ := listItem(strings.TrimSpace(block[k+1])); !indented(k+2) || definitionStart(meaning) {
				out = append(out, "- "+term+": "+meaning)
				k++
				continue
			}
		}
		out = append(out, l)
	}
	return out
}

// preformatted reports whether a block of lines is set off by indenting
// every line, as a wrapped text sets off a table, code or an example; a
// list item's lines are indented too, and are prose.
func preformatted(block []string) bool {
	for _, l := range block {
		if l == strings.TrimLeft(l, " \t") {
			return false
		}
	}
	return !isListLine(strings.TrimSpace(block[0]))
}

// isListLine reports whether a line starts a list item.
func isListLine(t string) bool {
	_, ok := listItem(t)
	return ok
}

// hardWrapped reports whether a text breaks its paragraphs into short
// lines: a fifth of its lines or more go on from the line before with a
// lower-case word, and half its lines are 100 characters or shorter. A
// text with a paragraph a line starts each line with a capital.
func hardWrapped(lines []string) bool {
	n, cont := 0, 0
	var lens []int
	for i, l := range lines {
		t := strings.TrimSpace(l)
		if t == "" {
			continue
		}
		n++
		lens = append(lens, utf8.RuneCountInString(t))
		if i > 0 && strings.TrimSpace(lines[i-1]) != "" {
			if r, _ := utf8.DecodeRuneInString(t); unicode.IsLower(r) {
				cont++
			}
		}
	}
	if n == 0 {
		return false
	}
	slices.Sort(lens)
	return lens[len(lens)/2] <= 100 && cont*5 >= n
}

// gutenbergBody returns the text of a Project Gutenberg book without the
// notices before and after it, or all the lines of any other text.
func gutenbergBody(lines []string) []string {
	start, end := -1, len(lines)
	for i, l := range lines {
		t := strings.TrimSpace(l)
		if !strings.HasPrefix(t, "***") {
			continue
		}
		u := strings.ToUpper(t)
		switch {
		case start < 0 && strings.Contains(u, "START OF") && strings.Contains(u, "PROJECT GUTENBERG"):
			start = i
		case start >= 0 && strings.Contains(u, "END OF") && strings.Contains(u, "PROJECT GUTENBERG"):
			end = i
		}
		if end < len(lines) {
			break
		}
	}
	if start < 0 {
		return lines
	}
	return lines[start+1 : end]
}

// gapMark stands, between unwrapping and splitting, for an indented block
// left out: the paragraphs beside it are marked.
const gapMark = "\uE002"

// headingWords bounds a heading's length, as the course splitter does.
const headingWords = 14
