package article

import (
	"bytes"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	extast "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/text"
)

// md parses CommonMark with GitHub tables (so that a table is a table, not
// a paragraph of pipes) and strikethrough.
var md = goldmark.New(goldmark.WithExtensions(extension.Table, extension.Strikethrough))

// maxDepth bounds the recursion into nested blocks and inlines: deeper
// nesting (a hostile file) is dropped rather than overflowing the stack.
const maxDepth = 64

// Markdown reads a Markdown article: front matter (its title is the
// article's), headings, paragraphs, lists, block quotes and tables become
// sections of clean text; code, HTML and images are dropped; links and
// emphasis keep their text.
func Markdown(data []byte) *Article {
	body, title := frontMatter(data)
	r := &mdReader{src: body}
	doc := md.Parser().Parse(text.NewReader(body))
	r.blocks(doc, 0)
	a, _ := r.article(title)
	return a
}

type mdSection struct {
	Section
	level int // 0 for text before the first heading
}

// outline gathers the sections of an article read from a tree, Markdown
// or HTML, with the identifiers it writes as code.
type outline struct {
	sections []mdSection
	cur      mdSection
	code     map[string]int // identifiers seen as code spans, and how often
	afterGap bool           // a code block or figure was left out since the last paragraph
	lead     string         // the bold phrase the next item opens with, if any
}

type mdReader struct {
	outline
	src []byte
}

// article ends the last section and returns the article, titled title. A
// single H1 before any other heading is the title if title is empty, and
// not a section: its paragraphs, if any, are the introduction. h1 is the
// text of that heading.
func (r *outline) article(title string) (a *Article, h1 string) {
	r.flush()
	a = &Article{Title: title, Code: r.code}
	secs := qualifyRepeats(r.sections)
	n := 0
	for _, s := range secs {
		if s.level == 1 {
			n++
		}
	}
	for i, s := range secs {
		if n == 1 && s.level == 1 && i <= 1 && (i == 0 || secs[0].level == 0) {
			h1 = s.Heading
			if a.Title == "" {
				a.Title = s.Heading
			}
			if len(s.Paragraphs) == 0 {
				continue
			}
			s.Heading = introductionHead
		}
		a.Sections = append(a.Sections, s.Section)
	}
	return a, h1
}

// qualifyRepeats names a heading that several sections share after the
// heading it comes under: "Limitations" under "Zsh completions" reads
// "Limitations (Zsh completions)", which a learner can tell from the
// others; "Limitations (2)" they cannot. A subsection's heading of one
// common word, which the article writes in lower case ("Causes" under
// "Inflation"), is named so too: alone, in a question or a list of
// sections, it says nothing of what it is about.
func qualifyRepeats(secs []mdSection) []mdSection {
	n := map[string]int{}
	var text strings.Builder
	h1 := 0
	for _, s := range secs {
		n[strings.ToLower(s.Heading)]++
		if s.level == 1 {
			h1++
		}
		for _, p := range s.Paragraphs {
			text.WriteString(p.Text)
			text.WriteByte('\n')
		}
	}
	prose := text.String()
	out := make([]mdSection, len(secs))
	copy(out, secs)
	for i, s := range secs {
		repeated := n[strings.ToLower(s.Heading)] >= 2
		if s.Heading == "" || !repeated && !commonWord(s.Heading, prose) {
			continue
		}
		for k := i - 1; k >= 0; k-- {
			if p := secs[k]; p.level > 0 && p.level < s.level && p.Heading != "" {
				// "MRSA" under a title "MRSA": the same name, said twice.
				if strings.EqualFold(p.Heading, s.Heading) {
					break
				}
				// A lone H1 is the article's title: every section is
				// under it.
				if repeated || !(p.level == 1 && h1 == 1) {
					out[i].Heading = s.Heading + " (" + p.Heading + ")"
				}
				break
			}
		}
	}
	return out
}

// commonWord reports whether a heading is one word that text writes in
// lower case: a common noun ("Causes"), not a name ("Thermidor").
func commonWord(h, text string) bool {
	if strings.ContainsAny(h, " \t") || h == strings.ToLower(h) {
		return false
	}
	w := strings.ToLower(h)
	for off := 0; ; {
		i := strings.Index(text[off:], w)
		if i < 0 {
			return false
		}
		i += off
		before, _ := utf8.DecodeLastRuneInString(text[:i])
		after, _ := utf8.DecodeRuneInString(text[i+len(w):])
		if (i == 0 || !unicode.IsLetter(before)) && !unicode.IsLetter(after) {
			return true
		}
		off = i + 1
	}
}

// identRe matches a code span that is a single identifier.
var identRe = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]{0,39}$`)

func (r *outline) flush() {
	if r.cur.Heading != "" || len(r.cur.Paragraphs) > 0 {
		r.sections = append(r.sections, r.cur)
	}
	r.cur = mdSection{}
}

func (r *outline) add(s string, k Kind) {
	lead := r.lead
	r.lead = ""
	if strings.TrimSpace(s) != "" {
		r.cur.Paragraphs = append(r.cur.Paragraphs, Paragraph{Text: s, Kind: k, AfterCode: r.afterGap, Lead: lead})
		r.afterGap = false
	}
}

// gap notes a code block, an example or a figure left out of the
// section here.
func (r *outline) gap() {
	if n := len(r.cur.Paragraphs); n > 0 {
		r.cur.Paragraphs[n-1].BeforeCode = true
	}
	r.afterGap = true
}

// heading ends the current section and starts one.
func (r *outline) heading(s string, level int) {
	r.flush()
	r.afterGap = false
	r.cur = mdSection{Section: Section{Heading: s}, level: level}
}

// countCode counts a code span if it is a single identifier.
func (r *outline) countCode(s string) {
	if identRe.MatchString(s) {
		if r.code == nil {
			r.code = map[string]int{}
		}
		r.code[s]++
	}
}

func (r *mdReader) blocks(n ast.Node, depth int) {
	if depth > maxDepth {
		return
	}
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Heading:
			r.heading(r.inline(c), c.Level)
		case *ast.Paragraph, *ast.TextBlock:
			r.add(r.inline(c), Prose)
		case *ast.List:
			r.list(c, depth+1)
		case *ast.Blockquote:
			r.blocks(c, depth+1)
		case *ast.FencedCodeBlock:
			// A MyST admonition ```{note} holds prose; other fences hold code.
			if lang := string(c.Language(r.src)); isAdmonition(lang) {
				var buf bytes.Buffer
				for i := 0; i < c.Lines().Len(); i++ {
					seg := c.Lines().At(i)
					buf.Write(seg.Value(r.src))
				}
				sub := &mdReader{src: buf.Bytes()}
				sub.blocks(md.Parser().Parse(text.NewReader(sub.src)), depth+1)
				sub.flush()
				for _, s := range sub.sections {
					r.cur.Paragraphs = append(r.cur.Paragraphs, s.Paragraphs...)
				}
			} else {
				r.gap()
			}
		case *ast.CodeBlock:
			r.gap()
		case *extast.Table:
			r.table(c)
		default:
			// Code blocks, HTML blocks, thematic breaks: not prose.
		}
	}
}

func isAdmonition(lang string) bool {
	switch strings.Trim(lang, "{}") {
	case "note", "tip", "hint", "important", "warning", "caution", "attention", "seealso", "admonition", "danger", "error":
		return strings.HasPrefix(lang, "{")
	}
	return false
}

// list adds each item of a list, nested lists flattened, one item a line.
// A short item whose nested list is one item of its own is a term and what
// it means, as notes write them ("Antigen" over "molecule that triggers
// an immune response"): it is read as one item, "Antigen: molecule …".
func (r *mdReader) list(l *ast.List, depth int) {
	if depth > maxDepth {
		return
	}
	for item := l.FirstChild(); item != nil; item = item.NextSibling() {
		r.listItem(item, depth)
	}
}

// listItem adds an item of a list, and the items of a list nested in it.
func (r *mdReader) listItem(item ast.Node, depth int) {
	if depth > maxDepth {
		return
	}
	var parts []string
	for c := item.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Paragraph, *ast.TextBlock:
			if len(parts) == 0 {
				if e, ok := c.FirstChild().(*ast.Emphasis); ok && e.Level == 2 {
					r.lead = r.inline(e)
				}
			}
			parts = append(parts, r.inline(c))
		case *ast.List:
			head := strings.TrimSuffix(strings.TrimSpace(strings.Join(parts, " ")), ":")
			if meaning, rest, ok := r.firstMeaning(c); ok && head != "" && len(strings.Fields(head)) <= 5 && !strings.ContainsAny(head, ".:;") {
				r.add(head+": "+meaning, Item)
				parts = nil
				for ; rest != nil; rest = rest.NextSibling() {
					r.listItem(rest, depth+1)
				}
				continue
			}
			r.add(strings.Join(parts, " "), Item)
			parts = nil
			r.list(c, depth+1)
		}
	}
	r.add(strings.Join(parts, " "), Item)
}

// firstMeaning returns the text of a nested list's first item, when it
// says what the item above it means, and the items after it: the only
// item, or the first of several that reads as a definition ("A gas that
// absorbs …", "molecule that …"), not a fact of its own ("Dual
// kingship").
func (r *mdReader) firstMeaning(l *ast.List) (string, ast.Node, bool) {
	item := l.FirstChild()
	if item == nil {
		return "", nil, false
	}
	var parts []string
	for c := item.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Paragraph, *ast.TextBlock:
			parts = append(parts, r.inline(c))
		default:
			return "", nil, false
		}
	}
	text := strings.TrimSpace(strings.Join(parts, " "))
	if text == "" || item.NextSibling() != nil && !definitionStart(text) {
		return "", nil, false
	}
	return text, item.NextSibling(), true
}

// definitionStart reports whether a text opens as a definition does: "A
// gas that …", "The change in …", "molecule that …".
func definitionStart(text string) bool {
	f := strings.Fields(text)
	if len(f) < 3 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(f[0])
	return f[0] == "A" || f[0] == "An" || f[0] == "The" || unicode.IsLower(r)
}

// table adds each body row as an item: "Header: cell; Header: cell".
func (r *mdReader) table(t *extast.Table) {
	var header []string
	for row := t.FirstChild(); row != nil; row = row.NextSibling() {
		var cells []string
		for c := row.FirstChild(); c != nil; c = c.NextSibling() {
			cells = append(cells, strings.TrimSpace(r.inline(c)))
		}
		if _, ok := row.(*extast.TableHeader); ok {
			header = cells
			continue
		}
		var parts []string
		for i, c := range cells {
			if c == "" {
				continue
			}
			if i < len(header) && header[i] != "" {
				c = header[i] + ": " + c
			}
			parts = append(parts, c)
		}
		r.add(strings.Join(parts, "; "), Item)
	}
}

// inline returns the text of a block's inlines: emphasis and links keep
// their text, code spans their code, images and raw HTML go.
func (r *mdReader) inline(n ast.Node) string {
	var b strings.Builder
	r.inlineTo(&b, n, 0)
	return b.String()
}

func (r *mdReader) inlineTo(b *strings.Builder, n ast.Node, depth int) {
	if depth > maxDepth {
		return
	}
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Text:
			v := c.Value(r.src)
			if isCode(n) && bytes.ContainsAny(v, "[]=") {
				// Brackets in code ("[4]int") are not citation markers,
				// nor "==" a highlight ("`TQ==`").
				v = []byte(codeReplacer.Replace(string(v)))
			}
			b.Write(v)
			if c.SoftLineBreak() || c.HardLineBreak() {
				b.WriteByte('\n') // a space once cleaned; a callout's title ends at it
			}
		case *ast.String:
			b.Write(c.Value)
		case *ast.CodeSpan:
			b.WriteByte('`')
			start := b.Len()
			r.inlineTo(b, c, depth+1)
			r.countCode(b.String()[start:])
			b.WriteByte('`')
		case *ast.Image, *ast.RawHTML:
		case *ast.AutoLink:
			// A bare address is not prose.
		default:
			r.inlineTo(b, c, depth+1)
		}
	}
}

func isCode(n ast.Node) bool {
	_, ok := n.(*ast.CodeSpan)
	return ok
}

// frontMatter splits YAML (---) or TOML (+++) front matter from the body
// and returns the body and the title it gives, if any.
func frontMatter(data []byte) (body []byte, title string) {
	for _, fence := range []string{"---", "+++"} {
		if !bytes.HasPrefix(data, []byte(fence+"\n")) && !bytes.HasPrefix(data, []byte(fence+"\r\n")) {
			continue
		}
		rest := data[len(fence)+1:]
		for off := 0; off < len(rest); {
			end := bytes.IndexByte(rest[off:], '\n')
			line := rest[off:]
			if end >= 0 {
				line = rest[off : off+end]
			}
			l := strings.TrimSpace(string(line))
			if l == fence {
				if end < 0 {
					return nil, title
				}
				return rest[off+end+1:], title
			}
			if k, v, ok := cutKey(l); ok && k == "title" && title == "" {
				title = v
			}
			if end < 0 {
				break
			}
			off += end + 1
		}
		return data, "" // not closed: not front matter
	}
	return data, ""
}

// cutKey reads `key: value` or `key = "value"`, unquoting the value.
func cutKey(line string) (key, value string, ok bool) {
	i := strings.IndexAny(line, ":=")
	if i <= 0 {
		return "", "", false
	}
	key = strings.TrimSpace(line[:i])
	value = strings.TrimSpace(line[i+1:])
	if len(value) >= 2 && (value[0] == '"' || value[0] == '\'') && value[len(value)-1] == value[0] {
		value = value[1 : len(value)-1]
		if line[i+1:] != "" && value != "" && strings.Contains(value, `\"`) {
			value = strings.ReplaceAll(value, `\"`, `"`)
		}
	}
	return key, value, true
}
