// Package article reads an article, Markdown, HTML or plain text, into
// titled sections of clean prose: no markup, no code, no citation markers,
// no control characters. It knows nothing of question banks.
package article

import (
	"bytes"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/quiz-cli/quiz/questions"
	"golang.org/x/text/unicode/norm"
)

// MaxSize is the largest article accepted, in bytes: about a million words,
// far more than a book.
const MaxSize = 8 << 20

// Kind says what a paragraph was in the source.
type Kind int

// Kinds of paragraph.
const (
	Prose Kind = iota // a paragraph of running text
	Item              // an item of a bulleted or numbered list, or a table row
)

// Paragraph is one paragraph or list item, on one line.
type Paragraph struct {
	Text string
	Kind Kind
	// BeforeCode and AfterCode mark a paragraph that a code block, an
	// example or a figure the article leaves out follows or precedes:
	// its sentence next to the gap often points at it ("The full array
	// …", "In the new version, the last line fails to compile").
	BeforeCode, AfterCode bool
	// Lead is the bold phrase a list item opens with ("**Rotating
	// tumblers**, which make turning easy …"): what the item is about,
	// cleaned as Text is; "" where there is none.
	Lead string
}

// Line returns the paragraph as it is written in the cleaned article: list
// items get a bullet so that they are never read back as headings.
func (p Paragraph) Line() string {
	if p.Kind == Item {
		return Bullet + p.Text
	}
	return p.Text
}

// Bullet starts a list item's line in the cleaned article.
const Bullet = "• "

// Section is a heading and the paragraphs under it.
type Section struct {
	Heading    string
	Paragraphs []Paragraph
}

// Text returns the section's prose as the cleaned article holds it:
// paragraphs separated by blank lines.
func (s Section) Text() string {
	lines := make([]string, len(s.Paragraphs))
	for i, p := range s.Paragraphs {
		lines[i] = p.Line()
	}
	return strings.Join(lines, "\n\n")
}

// Words counts the words of the section's prose.
func (s Section) Words() int {
	n := 0
	for _, p := range s.Paragraphs {
		n += len(strings.Fields(p.Text))
	}
	return n
}

// Article is a titled list of sections.
type Article struct {
	Title    string
	Sections []Section
	// Code counts the identifiers a Markdown or HTML article writes as
	// inline code ("make", "AppendByte"): names of functions, types and
	// the like, which the prose then uses without the backticks. A word the text
	// uses more often than this is sometimes English ("make a copy").
	Code map[string]int
}

// Text returns the cleaned article: for each section a "# Heading" line,
// then its paragraphs, separated by blank lines.
func (a *Article) Text() string {
	var b strings.Builder
	for i, s := range a.Sections {
		if i > 0 {
			b.WriteString("\n")
		}
		b.WriteString("# " + s.Heading + "\n\n")
		b.WriteString(s.Text())
		b.WriteString("\n")
	}
	return b.String()
}

// Words counts the words of the whole article.
func (a *Article) Words() int {
	n := 0
	for _, s := range a.Sections {
		n += s.Words()
	}
	return n
}

// Errors for input that is not an article.
var (
	ErrEmpty  = errors.New("the file is empty")
	ErrBinary = errors.New("the file is binary, not text")
)

// Read checks and parses an article. name is the file's name: its
// extension chooses Markdown (.md, .markdown, .mdown, .mkd, .mdx, .myst),
// HTML (.html, .htm, .xhtml) or plain text (.txt, .text); a file with
// another extension, or none, is HTML or Markdown by how it starts (see
// IsHTML and IsMarkdown), else plain text. Its base name is the title of
// last resort. It refuses a file over MaxSize, a binary file, a file that
// is not UTF-8 and a file with no text.
func Read(name string, data []byte) (*Article, error) {
	if len(data) > MaxSize {
		return nil, fmt.Errorf("the file is %d bytes, over the %d MiB limit for an article; split it", len(data), MaxSize>>20)
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if bytes.IndexByte(data, 0) >= 0 {
		return nil, ErrBinary
	}
	if !utf8.Valid(data) {
		line, col := badUTF8(data)
		return nil, fmt.Errorf("the file is not UTF-8 (first bad byte at line %d, column %d); convert it, for example with iconv -t UTF-8", line, col)
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, ErrEmpty
	}
	if controlShare(data) > 0.05 {
		return nil, ErrBinary
	}
	var a *Article
	plain := false
	if IsHTML(name, data) {
		a = HTML(data)
	} else if IsMarkdown(name, data) {
		a = Markdown(data)
	} else {
		a, plain = Plain(string(data)), true
	}
	if a.Title == "" {
		a.Title = writtenAs(titleFromName(name), data)
		// "Meteors and Meteor Showers" over an introduction, in
		// meteors-and-meteor-showers.txt: a first line named as the file
		// is its title, though prose and not a heading follows it.
		if plain && len(a.Sections) > 0 && a.Sections[0].Heading != "" && letters(a.Sections[0].Heading) == letters(a.Title) {
			a.Title, a.Sections[0].Heading = a.Sections[0].Heading, ""
		}
	}
	a.finish()
	if len(a.Sections) == 0 {
		return nil, errors.New("the file has no prose to ask about (only code, tables or markup)")
	}
	return a, nil
}

// IsMarkdown reports whether a file is read as Markdown: by its extension,
// or, for a name without a known extension, by a Markdown heading or code
// fence in its first lines, unless it is HTML.
func IsMarkdown(name string, data []byte) bool {
	switch ext := strings.ToLower(filepath.Ext(name)); {
	case markdownExt(ext):
		return true
	case textExt(ext) || htmlExt(ext) || IsHTML(name, data):
		return false
	}
	head := data[:min(len(data), 4096)]
	for _, line := range strings.Split(string(head), "\n") {
		if strings.HasPrefix(line, "# ") || strings.HasPrefix(line, "## ") || strings.HasPrefix(line, "```") || line == "---" {
			return true
		}
	}
	return false
}

// IsHTML reports whether a file is read as HTML: by its extension, or,
// for a name without a known extension, by a doctype or <html> tag, in any
// case, before anything but white space.
func IsHTML(name string, data []byte) bool {
	switch ext := strings.ToLower(filepath.Ext(name)); {
	case htmlExt(ext):
		return true
	case markdownExt(ext) || textExt(ext):
		return false
	}
	head := bytes.TrimPrefix(data[:min(len(data), 1024)], []byte("\xef\xbb\xbf"))
	head = bytes.ToLower(bytes.TrimLeft(head, " \t\r\n\f"))
	for _, tag := range []string{"<!doctype html", "<html"} {
		if rest, ok := bytes.CutPrefix(head, []byte(tag)); ok {
			// "<html>", "<html lang=…>", not "<htmlx>".
			return len(rest) == 0 || bytes.IndexByte([]byte(" \t\r\n\f>"), rest[0]) >= 0
		}
	}
	return false
}

func markdownExt(ext string) bool {
	switch ext {
	case ".md", ".markdown", ".mdown", ".mkd", ".mdx", ".myst":
		return true
	}
	return false
}

func htmlExt(ext string) bool {
	return ext == ".html" || ext == ".htm" || ext == ".xhtml"
}

func textExt(ext string) bool {
	return ext == ".txt" || ext == ".text"
}

func badUTF8(data []byte) (line, col int) {
	line, col = 1, 1
	for len(data) > 0 {
		r, size := utf8.DecodeRune(data)
		if r == utf8.RuneError && size <= 1 {
			return line, col
		}
		if r == '\n' {
			line, col = line+1, 1
		} else {
			col++
		}
		data = data[size:]
	}
	return line, col
}

// controlShare is the share of control characters other than white space:
// text has next to none, binary data many.
func controlShare(data []byte) float64 {
	n, total := 0, 0
	for _, r := range string(data[:min(len(data), 1<<16)]) {
		total++
		if r < 0x20 && r != '\n' && r != '\r' && r != '\t' && r != 0x1b {
			n++
		}
	}
	if total == 0 {
		return 0
	}
	return float64(n) / float64(total)
}

func titleFromName(name string) string {
	base := filepath.Base(name)
	base = strings.TrimSuffix(base, filepath.Ext(base))
	words := strings.FieldsFunc(base, func(r rune) bool { return r == '-' || r == '_' || r == ' ' || r == '.' })
	for i, w := range words {
		if i > 0 && smallWords[w] {
			continue // "The Rise of Rome"
		}
		r, size := utf8.DecodeRuneInString(w)
		words[i] = string(unicode.ToUpper(r)) + w[size:]
	}
	if len(words) == 0 {
		return "Article"
	}
	return strings.Join(words, " ")
}

// smallWords stay lower case inside a title.
var smallWords = map[string]bool{"a": true, "an": true, "and": true, "as": true, "at": true, "but": true, "by": true, "for": true,
	"from": true, "in": true, "into": true, "of": true, "on": true, "or": true, "the": true, "to": true, "with": true}

// letters returns a title's letters and digits, lower-cased: "Meteors and
// Meteor Showers" and "Meteors And Meteor Showers" are one title.
func letters(title string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(title) { // "Niño" as "nino", a file's name
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// writtenAs spells each word of a title made from a file's name as the
// text spells it, when the text writes it in capitals ("dna-replication"
// is "DNA Replication" in an article that says "DNA").
func writtenAs(title string, text []byte) string {
	words := strings.Fields(title)
	for i, w := range words {
		up := strings.ToUpper(w)
		if up != w && len(w) > 1 && len(w) <= 5 && wordIn(text, up) {
			words[i] = up
		}
	}
	return strings.Join(words, " ")
}

// wordIn reports whether text has w as a whole word.
func wordIn(text []byte, w string) bool {
	for i := 0; ; {
		j := bytes.Index(text[i:], []byte(w))
		if j < 0 {
			return false
		}
		j += i
		before, _ := utf8.DecodeLastRune(text[:j])
		after, _ := utf8.DecodeRune(text[j+len(w):])
		if !unicode.IsLetter(before) && !unicode.IsLetter(after) {
			return true
		}
		i = j + len(w)
	}
}

// Section sizes when a long stretch of text has to be cut into parts.
const (
	maxSectionWords  = 900 // longer sections are cut into parts
	partTargetWords  = 450 // the size aimed at when cutting
	untitledHeading  = "Part"
	introductionHead = "Introduction"
)

// finish cleans every paragraph, drops empty sections, cuts long ones into
// parts and makes headings unique.
func (a *Article) finish() {
	a.Title = cleanHeading(a.Title)
	var out []Section
	for _, s := range a.Sections {
		s.Heading = cleanHeading(s.Heading)
		var ps []Paragraph
		for _, p := range s.Paragraphs {
			p.Text = cleanLine(p.Text)
			if p.Lead != "" {
				p.Lead = cleanLine(p.Lead)
			}
			if p.Text == "" || !hasLetter(p.Text) {
				continue
			}
			if p.Kind == Prose && looksLikeHeading(p.Text) {
				// A short unpunctuated line would be read back as a heading.
				p.Text += "."
			}
			ps = append(ps, p)
		}
		s.Paragraphs = ps
		if len(ps) == 0 {
			continue
		}
		if s.Heading == "" {
			s.Heading = introductionHead
		}
		out = append(out, cutLong(s)...)
	}
	// A text with no headings at all is cut into numbered parts.
	if len(out) > 1 && allParts(out) {
		for i := range out {
			out[i].Heading = fmt.Sprintf("%s %d", untitledHeading, i+1)
		}
	}
	seen := map[string]int{}
	for i := range out {
		key := strings.ToLower(out[i].Heading)
		seen[key]++
		if n := seen[key]; n > 1 {
			h := fmt.Sprintf("%s (%d)", out[i].Heading, n)
			for seen[strings.ToLower(h)] > 0 {
				n++
				h = fmt.Sprintf("%s (%d)", out[i].Heading, n)
			}
			seen[strings.ToLower(h)]++
			out[i].Heading = h
		}
	}
	a.Sections = out
}

func allParts(ss []Section) bool {
	for _, s := range ss {
		if !strings.HasPrefix(s.Heading, introductionHead) {
			return false
		}
	}
	return true
}

// cutLong cuts a section of more than maxSectionWords into parts at
// paragraph boundaries, each about partTargetWords long.
func cutLong(s Section) []Section {
	if s.Words() <= maxSectionWords {
		return []Section{s}
	}
	var parts []Section
	cur := Section{}
	words := 0
	// rest[i] is the number of words after paragraph i.
	rest := make([]int, len(s.Paragraphs))
	for i := len(s.Paragraphs) - 2; i >= 0; i-- {
		rest[i] = rest[i+1] + len(strings.Fields(s.Paragraphs[i+1].Text))
	}
	for i, p := range s.Paragraphs {
		cur.Paragraphs = append(cur.Paragraphs, p)
		words += len(strings.Fields(p.Text))
		// Cut after prose (not inside a list unless the part is already
		// twice too long), unless what remains is too short to stand alone.
		next := i+1 < len(s.Paragraphs) && s.Paragraphs[i+1].Kind == Prose
		boundary := next && p.Kind == Prose || words >= 2*maxSectionWords
		if words >= partTargetWords && rest[i] >= partTargetWords/3 && boundary {
			parts = append(parts, cur)
			cur, words = Section{}, 0
		}
	}
	if len(cur.Paragraphs) > 0 {
		parts = append(parts, cur)
	}
	if len(parts) == 1 {
		parts[0].Heading = s.Heading
		return parts
	}
	for i := range parts {
		parts[i].Heading = fmt.Sprintf("%s (part %d)", s.Heading, i+1)
	}
	return parts
}

func hasLetter(s string) bool {
	return strings.IndexFunc(s, unicode.IsLetter) >= 0
}

// looksLikeHeading mirrors the bare-line heading rule of the plain-text
// reader: short, starting with a capital or digit, no final punctuation.
func looksLikeHeading(line string) bool {
	if len(strings.Fields(line)) > 14 {
		return false
	}
	first, _ := utf8.DecodeRuneInString(line)
	if (!unicode.IsUpper(first) && !unicode.IsDigit(first)) || questions.IsFormula(line) {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(line)
	return last == ')' || !strings.ContainsRune(".:;,!?…\"”", last)
}
