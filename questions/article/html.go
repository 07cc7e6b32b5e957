package article

import (
	"bytes"
	"encoding/json"
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// maxHTMLDepth bounds the recursion into nested elements. The parser
// already refuses more than 512 open elements (real pages nest a few dozen
// deep); this guards the stack should a tree still be deeper.
const maxHTMLDepth = 600

// HTML reads an HTML article: its <title> (or a lone h1, as in Markdown) is
// the article's title; headings start sections; paragraphs, text directly
// in a block, list items, definitions, block quotes, captions and the rows
// of data tables become sections of clean text; scripts, styles, forms,
// navigation, footers, preformatted code, images and embedded objects are
// dropped; links and emphasis keep their text, code its code. A page with
// one <main> element is read from it alone.
func HTML(data []byte) *Article {
	r := newHTMLReader()
	var title string
	if doc := parseHTML(data); doc != nil {
		title = metaTitle(doc)
		if t := find(doc, 0, func(n *html.Node) bool { return n.DataAtom == atom.Title }); t != nil {
			title = r.textOf(t, 0)
		}
		// A page's main element holds its article; should it hold no
		// text (one filled in by a script), the whole page is read.
		main := mainOf(doc)
		r.read(main)
		if main != doc && len(r.sections) == 0 && len(r.cur.Paragraphs) == 0 {
			r = newHTMLReader()
			r.read(doc)
		}
	}
	a, h1 := r.article(oneLine(title))
	// A page's title often adds the site's name to its heading ("Title |
	// Site"); the heading alone is the better title.
	if h1 != "" && strings.Contains(a.Title, h1) {
		a.Title = h1
	}
	return a
}

// parseHTML parses a page. The parser refuses elements nested more than 512
// deep; such a page, broken or hostile, is parsed again with the tags
// beyond a shallower depth left out, so that its text is still read. It
// returns nil if even that fails.
func parseHTML(data []byte) *html.Node {
	doc, err := html.Parse(bytes.NewReader(data))
	for limit := 256; err != nil && limit >= 16; limit /= 2 {
		doc, err = html.Parse(bytes.NewReader(flatten(data, limit)))
	}
	if err != nil {
		return nil
	}
	return doc
}

// flatten copies a page without the start tags of elements nested deeper
// than limit, nor their end tags. Depth is counted on the tags as written,
// which overcounts elements the parser closes implicitly (<p>, <li>): more
// is left out than needed, never less.
func flatten(data []byte, limit int) []byte {
	z := html.NewTokenizer(bytes.NewReader(data))
	var out bytes.Buffer
	depth := 0
	dropped := map[atom.Atom]int{}
	for {
		switch z.Next() {
		case html.ErrorToken:
			return out.Bytes()
		case html.StartTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			if voidElements[a] {
				break
			}
			// The content of a raw-text element (a script) is read as
			// markup if its tag goes; it cannot nest, so it stays.
			if depth >= limit && !rawTextElements[a] {
				dropped[a]++
				continue
			}
			depth++
		case html.EndTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			if dropped[a] > 0 {
				dropped[a]--
				continue
			}
			depth = max(depth-1, 0)
		}
		out.Write(z.Raw())
	}
}

// find returns the first element under n, in document order, for which
// match is true, or nil. Dropped elements are not searched.
func find(n *html.Node, depth int, match func(*html.Node) bool) *html.Node {
	if depth > maxHTMLDepth {
		return nil
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode || c.Namespace != "" || droppedElements[c.DataAtom] {
			continue
		}
		if match(c) {
			return c
		}
		if f := find(c, depth+1, match); f != nil {
			return f
		}
	}
	return nil
}

// mainOf returns the element that holds a page's article, as opposed to
// the site's header, menus and sidebars around it: its one <main> element
// (or role="main"), not counting any inside it; or, if there are none or
// several, doc.
func mainOf(doc *html.Node) *html.Node {
	var found []*html.Node
	var walk func(n *html.Node, depth int)
	walk = func(n *html.Node, depth int) {
		for c := n.FirstChild; c != nil && len(found) < 2 && depth <= maxHTMLDepth; c = c.NextSibling {
			if c.Type != html.ElementNode || c.Namespace != "" || droppedElements[c.DataAtom] || hidden(c) {
				continue
			}
			if c.DataAtom == atom.Main || attr(c, "role") == "main" {
				found = append(found, c)
				continue
			}
			walk(c, depth+1)
		}
	}
	walk(doc, 0)
	if len(found) != 1 {
		return doc
	}
	return found[0]
}

// metaTitle returns the title of a leading <!--{ "Title": … }--> comment,
// the front matter of the Go website's pages, or "".
func metaTitle(doc *html.Node) string {
	for c := doc.FirstChild; c != nil && c.Type != html.ElementNode; c = c.NextSibling {
		if c.Type != html.CommentNode {
			continue
		}
		var meta struct{ Title string }
		if s := strings.TrimSpace(c.Data); strings.HasPrefix(s, "{") && json.Unmarshal([]byte(s), &meta) == nil {
			return meta.Title
		}
		return ""
	}
	return ""
}

// htmlReader reads the article in a document tree.
type htmlReader struct {
	outline
	buf     *strings.Builder    // the paragraph being read
	kind    Kind                // what buf becomes
	join    bool                // in a list item: its blocks are one paragraph
	collect int                 // reading the text of a heading, cell or code: nothing is emitted
	layout  int                 // in a table that lays out the page
	links   map[*html.Node]bool // lists known to be lists of links (see linkList)
	inCode  bool
}

func newHTMLReader() *htmlReader {
	return &htmlReader{buf: &strings.Builder{}}
}

// read reads the article in an element.
func (r *htmlReader) read(n *html.Node) {
	r.walk(n, 0)
	r.emit()
}

// emit ends the paragraph being read.
func (r *htmlReader) emit() {
	if r.collect > 0 {
		r.buf.WriteByte(' ')
		return
	}
	r.add(r.buf.String(), r.kind)
	r.buf.Reset()
}

// brk ends the paragraph at the edge of a block, unless the block is part
// of a list item.
func (r *htmlReader) brk() {
	if r.join {
		r.buf.WriteByte(' ')
		return
	}
	r.emit()
}

// textOf returns the text of an element, blocks and all, without emitting
// any paragraph.
func (r *htmlReader) textOf(n *html.Node, depth int) string {
	buf := r.buf
	r.buf = &strings.Builder{}
	r.collect++
	r.walk(n, depth)
	r.collect--
	s := r.buf.String()
	r.buf = buf
	return s
}

func (r *htmlReader) walk(n *html.Node, depth int) {
	if depth > maxHTMLDepth {
		return
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			if r.inCode {
				// Brackets in code ("[4]int") are not citation markers.
				r.buf.WriteString(codeReplacer.Replace(c.Data))
			} else {
				r.buf.WriteString(c.Data)
			}
		case html.ElementNode:
			r.element(c, depth+1)
		}
	}
}

// codeReplacer hides the characters of code that cleanLine would read as
// markup; cleanLine puts them back.
var codeReplacer = strings.NewReplacer("[", "\uE000", "]", "\uE001", "=", "\uE005")

func (r *htmlReader) element(n *html.Node, depth int) {
	a := n.DataAtom
	if n.Namespace != "" || droppedElements[a] || hidden(n) {
		if blockElements[a] {
			r.brk()
		}
		// Code, a figure's picture, a diagram: the prose beside it
		// speaks of it.
		if a == atom.Pre || n.Parent != nil && (n.Parent.DataAtom == atom.Figure || n.Parent.DataAtom == atom.Picture) &&
			(a == atom.Img || a == atom.Svg || a == atom.Canvas || a == atom.Video) {
			r.brk()
			r.gap()
		}
		return
	}
	switch {
	case a == atom.Br:
		r.buf.WriteByte(' ')
	case a == atom.Title:
		// The article's title, read apart.
	case a == atom.Code:
		// Kept in its sentence with backticks, as a Markdown code span is.
		inCode := r.inCode
		r.inCode = true
		s := r.textOf(n, depth)
		r.inCode = inCode
		r.countCode(strings.TrimSpace(s))
		r.buf.WriteString("`" + s + "`")
	case a == atom.A && (bareAddress(n) || permalink(n)):
		// A bare address, or a heading's "¶" link to itself, is not prose.
	case a == atom.Q:
		r.buf.WriteString("“")
		r.walk(n, depth)
		r.buf.WriteString("”")
	case headingLevel(a) > 0 && r.collect == 0:
		r.emit()
		r.heading(oneLine(r.textOf(n, depth)), headingLevel(a))
	case a == atom.Li:
		r.emit()
		kind, join := r.kind, r.join
		r.kind, r.join = Item, true
		r.walk(n, depth)
		r.emit()
		r.kind, r.join = kind, join
	case a == atom.Dl && r.collect == 0 && !r.join:
		r.emit()
		r.definitions(n, depth)
	case (a == atom.Ul || a == atom.Ol || a == atom.Menu) && r.linkList(n, depth):
		// A menu or a table of contents, not prose.
		r.brk()
	case a == atom.Ul || a == atom.Ol || a == atom.Menu:
		// A nested list ends the text of its item; its items are items.
		r.emit()
		join := r.join
		r.join = false
		r.walk(n, depth)
		r.emit()
		r.join = join
	case a == atom.Table && r.layout == 0 && !r.join && r.collect == 0 && !layoutTable(n):
		r.emit()
		r.table(n, depth)
	case a == atom.Table:
		// A layout table, or a table in one, in a list item or in a cell:
		// its cells are read as blocks (a table in a layout table lays out
		// the page too).
		r.layout++
		r.brk()
		r.walk(n, depth)
		r.brk()
		r.layout--
	case inlineElements[a]:
		r.walk(n, depth)
	case blockElements[a] || headingLevel(a) > 0:
		r.brk()
		r.walk(n, depth)
		r.brk()
	default:
		// An element of no known kind (a custom one): its text, kept apart
		// from the words around it.
		r.buf.WriteByte(' ')
		r.walk(n, depth)
		r.buf.WriteByte(' ')
	}
}

// definitions adds each entry of a definition list as an item, "Term:
// what it means", as notes write a glossary in Markdown; terms that share
// a description are joined ("Ribosome, Ribosomes: …"). A group of entries
// in a <div>, as HTML allows, is read the same.
func (r *htmlReader) definitions(dl *html.Node, depth int) {
	var terms []string
	flush := func() {
		if len(terms) > 0 {
			r.add(strings.Join(terms, ", "), Item)
			terms = nil
		}
	}
	var entries func(n *html.Node, depth int)
	entries = func(n *html.Node, depth int) {
		if depth > maxHTMLDepth {
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode || c.Namespace != "" || droppedElements[c.DataAtom] || hidden(c) {
				continue
			}
			switch c.DataAtom {
			case atom.Dt:
				if t := oneLine(r.textOf(c, depth+1)); t != "" {
					terms = append(terms, t)
				}
			case atom.Dd:
				d := oneLine(r.textOf(c, depth+1))
				switch {
				case d == "":
				case len(terms) > 0:
					r.add(strings.Join(terms, ", ")+": "+d, Item)
					terms = nil
				default:
					r.add(d, Item)
				}
			case atom.Div:
				entries(c, depth+1)
			}
		}
	}
	entries(dl, depth)
	flush()
}

// table adds the caption of a data table and each of its rows as an item:
// "Header: cell; Header: cell", as for a Markdown table. A row of header
// cells gives the headers of the rows after it; a row with another number
// of cells (spanning columns) is written without them, and one that starts
// with a header cell as "Header: cell; cell" (a table of properties).
func (r *htmlReader) table(t *html.Node, depth int) {
	var header []string
	for _, row := range tableRows(t) {
		if row.DataAtom == atom.Caption {
			r.add(r.textOf(row, depth+1), Prose)
			continue
		}
		var cells []string
		heads := 0
		for c := row.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode || (c.DataAtom != atom.Td && c.DataAtom != atom.Th) {
				continue
			}
			if c.DataAtom == atom.Th && heads == len(cells) {
				heads++
			}
			cells = append(cells, oneLine(r.textOf(c, depth+2)))
		}
		switch {
		case len(cells) == 0:
			continue
		case heads == len(cells):
			header = cells
			continue
		case len(cells) != len(header) && heads == 1 && cells[0] != "":
			if rest := nonEmpty(cells[1:]); len(rest) > 0 {
				r.add(cells[0]+": "+strings.Join(rest, "; "), Item)
			}
			continue
		}
		var parts []string
		for i, c := range cells {
			if c == "" {
				continue
			}
			if len(cells) == len(header) && header[i] != "" {
				c = header[i] + ": " + c
			}
			parts = append(parts, c)
		}
		r.add(strings.Join(parts, "; "), Item)
	}
}

func nonEmpty(ss []string) []string {
	var out []string
	for _, s := range ss {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}

// tableRows returns the caption and rows of a table, in order.
func tableRows(t *html.Node) []*html.Node {
	var rows []*html.Node
	for c := t.FirstChild; c != nil; c = c.NextSibling {
		switch c.DataAtom {
		case atom.Caption, atom.Tr:
			rows = append(rows, c)
		case atom.Thead, atom.Tbody, atom.Tfoot:
			for g := c.FirstChild; g != nil; g = g.NextSibling {
				if g.DataAtom == atom.Tr {
					rows = append(rows, g)
				}
			}
		}
	}
	return rows
}

// layoutTable reports whether a table lays out a page rather than holding
// data: it says so (role="presentation"), or holds headings or tables.
// Its cells are then read as blocks.
func layoutTable(t *html.Node) bool {
	if role := attr(t, "role"); role == "presentation" || role == "none" {
		return true
	}
	var holds func(n *html.Node, depth int) bool
	holds = func(n *html.Node, depth int) bool {
		if depth > maxHTMLDepth {
			return false
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode || c.Namespace != "" {
				continue
			}
			if c.DataAtom == atom.Table || headingLevel(c.DataAtom) > 0 || holds(c, depth+1) {
				return true
			}
		}
		return false
	}
	return holds(t, 0)
}

// linkList reports whether a list is nothing but links, one an item, with
// perhaps lists of links under them: a menu or a table of contents.
func (r *htmlReader) linkList(l *html.Node, depth int) bool {
	if ok, seen := r.links[l]; seen {
		return ok
	}
	ok := depth <= maxHTMLDepth && l.FirstChild != nil
	for li := l.FirstChild; li != nil && ok; li = li.NextSibling {
		if blank(li) {
			continue
		}
		ok = li.DataAtom == atom.Li
		links := 0
		for c := li.FirstChild; c != nil && ok; c = c.NextSibling {
			switch {
			case blank(c):
			case c.DataAtom == atom.A:
				links++
			case c.DataAtom == atom.Ul || c.DataAtom == atom.Ol:
				ok = r.linkList(c, depth+1)
			default:
				ok = false
			}
		}
		ok = ok && links == 1
	}
	if r.links == nil {
		r.links = map[*html.Node]bool{}
	}
	// Remembered, so that a nested list is looked at once, not once for
	// each list around it.
	r.links[l] = ok
	return ok
}

// blank reports whether a node shows nothing: white space or a comment.
func blank(n *html.Node) bool {
	return n.Type == html.CommentNode || n.Type == html.TextNode && strings.TrimSpace(n.Data) == ""
}

// permalink reports whether a link is a heading's link to itself, a mark
// such as "¶" or "#" with no word in it.
func permalink(n *html.Node) bool {
	if !strings.HasPrefix(attr(n, "href"), "#") {
		return false
	}
	var b strings.Builder
	var text func(n *html.Node, depth int)
	text = func(n *html.Node, depth int) {
		for c := n.FirstChild; c != nil && depth <= maxHTMLDepth; c = c.NextSibling {
			if c.Type == html.TextNode {
				b.WriteString(c.Data)
			}
			text(c, depth+1)
		}
	}
	text(n, 0)
	return !strings.ContainsFunc(b.String(), func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) })
}

// bareAddress reports whether a link's text is its address.
func bareAddress(n *html.Node) bool {
	c := n.FirstChild
	if c == nil || c != n.LastChild || c.Type != html.TextNode {
		return false
	}
	text := bareURL(c.Data)
	return text != "" && text == bareURL(attr(n, "href"))
}

func bareURL(s string) string {
	s = strings.TrimSpace(s)
	for _, p := range []string{"https://", "http://", "mailto:"} {
		s = strings.TrimPrefix(s, p)
	}
	return strings.TrimSuffix(s, "/")
}

// hidden reports whether an element is not shown. One hidden "until
// found" is folded away but shown when searched for: it is read.
func hidden(n *html.Node) bool {
	for _, at := range n.Attr {
		if at.Key == "hidden" {
			return at.Val != "until-found"
		}
	}
	return false
}

func attr(n *html.Node, key string) string {
	for _, at := range n.Attr {
		if at.Key == key {
			return at.Val
		}
	}
	return ""
}

func headingLevel(a atom.Atom) int {
	switch a {
	case atom.H1:
		return 1
	case atom.H2:
		return 2
	case atom.H3:
		return 3
	case atom.H4:
		return 4
	case atom.H5:
		return 5
	case atom.H6:
		return 6
	}
	return 0
}

// oneLine collapses white space, as a browser shows it.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

func atoms(as ...atom.Atom) map[atom.Atom]bool {
	m := make(map[atom.Atom]bool, len(as))
	for _, a := range as {
		m[a] = true
	}
	return m
}

var (
	// droppedElements are not prose: code, scripts, media, forms and the
	// parts of a page around its article.
	droppedElements = atoms(atom.Script, atom.Style, atom.Noscript, atom.Template,
		atom.Svg, atom.Math, atom.Canvas, atom.Iframe, atom.Object, atom.Embed,
		atom.Audio, atom.Video, atom.Img, atom.Form, atom.Button, atom.Select,
		atom.Textarea, atom.Datalist, atom.Nav, atom.Footer, atom.Pre,
		atom.Noembed, atom.Noframes)
	// blockElements end the paragraph before them and start one after.
	blockElements = atoms(atom.Html, atom.Head, atom.Body, atom.Address,
		atom.Article, atom.Aside, atom.Blockquote, atom.Center, atom.Dd,
		atom.Details, atom.Dialog, atom.Div, atom.Dl, atom.Dt, atom.Fieldset,
		atom.Figcaption, atom.Figure, atom.Footer, atom.Form, atom.Header,
		atom.Hgroup, atom.Hr, atom.Legend, atom.Li, atom.Main, atom.Menu,
		atom.Nav, atom.Ol, atom.P, atom.Pre, atom.Search, atom.Section,
		atom.Summary, atom.Table, atom.Caption, atom.Thead, atom.Tbody,
		atom.Tfoot, atom.Tr, atom.Td, atom.Th, atom.Ul, atom.Noscript,
		atom.Template)
	// inlineElements keep their text in the paragraph.
	inlineElements = atoms(atom.A, atom.Abbr, atom.Acronym, atom.B, atom.Bdi,
		atom.Bdo, atom.Big, atom.Cite, atom.Data, atom.Del, atom.Dfn, atom.Em,
		atom.Font, atom.I, atom.Ins, atom.Kbd, atom.Label, atom.Mark,
		atom.Meter, atom.Nobr, atom.Output, atom.Progress, atom.Rb, atom.Rp,
		atom.Rt, atom.Rtc, atom.Ruby, atom.S, atom.Samp, atom.Small,
		atom.Span, atom.Strike, atom.Strong, atom.Sub, atom.Sup, atom.Time,
		atom.Tt, atom.U, atom.Var, atom.Wbr, atom.Slot, atom.Picture,
		atom.Source, atom.Input, atom.Meta, atom.Link, atom.Base, atom.Area,
		atom.Map, atom.Track, atom.Param)
	voidElements = atoms(atom.Area, atom.Base, atom.Br, atom.Col, atom.Embed,
		atom.Hr, atom.Img, atom.Input, atom.Keygen, atom.Link, atom.Meta,
		atom.Param, atom.Source, atom.Track, atom.Wbr)
	rawTextElements = atoms(atom.Script, atom.Style, atom.Textarea, atom.Title,
		atom.Xmp, atom.Iframe, atom.Noembed, atom.Noframes, atom.Noscript,
		atom.Plaintext)
)
