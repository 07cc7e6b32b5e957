package article

import (
	"slices"
	"strings"
	"testing"

	"github.com/quiz-cli/quiz/questions"
)

// render shows an article compactly: "# Heading" lines and paragraphs.
func render(a *Article) string {
	var b strings.Builder
	b.WriteString("title: " + a.Title + "\n")
	for _, s := range a.Sections {
		b.WriteString("# " + s.Heading + "\n")
		for _, p := range s.Paragraphs {
			b.WriteString(p.Line() + "\n")
		}
	}
	return b.String()
}

func TestRead(t *testing.T) {
	tests := []struct {
		name, file, in, want string
	}{
		{"markdown basics", "a.md", "# Title\n\nIntro *text* with a [link](http://x) and `code`.\n\n## First\n\nA paragraph\nover two lines.\n\n```go\nfunc main() {}\n```\n\n- one item\n- two **items**\n\nAfter.\n\n    indented code\n\n## Second\n\nText.[1] More.[citation needed]\n",
			"title: Title\n# Introduction\nIntro text with a link and code.\n# First\nA paragraph over two lines.\n• one item\n• two items\nAfter.\n# Second\nText. More.\n"},
		{"front matter title", "a.md", "---\ntitle: \"Front: Matter\"\ndate: 2020\n---\n\n## Part\n\nSome text here.\n",
			"title: Front: Matter\n# Part\nSome text here.\n"},
		{"toml front matter", "a.md", "+++\ntitle = \"Toml\"\n+++\n\n# Only\n\nText.\n",
			"title: Toml\n# Introduction\nText.\n"},
		{"myst and hugo noise", "a.md", "# T\n\n(sec-x)=\n## Roles {#roles}\n\nSee {ref}`the intro <sec-intro>` and {ref}`sec-x` for a {term}`slice`. {{< figure src=\"x.png\" >}}Done.\n\n```{note}\nA note in prose.\n```\n",
			"title: T\n# Roles\nSee the intro and for a slice. Done.\nA note in prose.\n"},
		{"table rows", "a.md", "# T\n\n## Data\n\n| Name | Year |\n|---|---|\n| Go | 2009 |\n",
			"title: T\n# Data\n• Name: Go; Year: 2009\n"},
		{"html and images dropped", "a.md", "# T\n\n## S\n\n<aside>quote</aside>\n\n![alt](x.png)\n\nProse stays.\n",
			"title: T\n# S\nProse stays.\n"},
		{"duplicate headings", "a.md", "## Notes\n\nOne.\n\n## Notes\n\nTwo.\n\n## notes\n\nThree.\n",
			"title: A\n# Notes\nOne.\n# Notes (2)\nTwo.\n# notes (3)\nThree.\n"},
		{"repeated heading named after its parent", "a.md", "## Bash\n\nOne.\n\n### Limitations\n\nTwo.\n\n## Fish\n\nThree.\n\n### Limitations\n\nFour.\n",
			"title: A\n# Bash\nOne.\n# Limitations (Bash)\nTwo.\n# Fish\nThree.\n# Limitations (Fish)\nFour.\n"},
		{"a term over its meaning", "a.md", "# Cells\n\n## Terms\n\n- **Antigen**\n  - a molecule that triggers an immune response\n- Antibody:\n  - a protein that binds an antigen\n- Several facts\n  - one\n  - two\n- A longer item that is a sentence of its own.\n  - a note on it\n",
			"title: Cells\n# Terms\n• Antigen: a molecule that triggers an immune response\n• Antibody: a protein that binds an antigen\n• Several facts\n• one\n• two\n• A longer item that is a sentence of its own.\n• a note on it\n"},
		{"notes app syntax", "a.md", "# Bio\n\n## Cells\n\n- [[Mitochondria]]: produce ATP through cellular [[Respiration|respiration]].\n- **Nucleus**: holds the ==DNA== of the cell. #exam\n- Ribosome: makes proteins, see [[Translation#Steps|translation]]. ![[ribosome.png]]\n\n> [!note] Remember\n> The cell membrane is a bilayer.\n\nThe [[Golgi apparatus]] packages proteins, in C# or not. #biology #cells/golgi\n\nCode `[[x]]` stays.\n",
			"title: Bio\n# Cells\n• Mitochondria: produce ATP through cellular respiration.\n• Nucleus: holds the DNA of the cell.\n• Ribosome: makes proteins, see translation.\nThe cell membrane is a bilayer.\nThe Golgi apparatus packages proteins, in C# or not.\nCode [[x]] stays.\n"},
		{"notes syntax in code", "a.md", "# Base64\n\n## Padding\n\nTwo characters followed by `==`. The letter `M` encodes as `TQ==`. C has `#include` and `a == b`. If x == y and y == z, then x == z.\n",
			"title: Base64\n# Padding\nTwo characters followed by ==. The letter M encodes as TQ==. C has #include and a == b. If x == y and y == z, then x == z.\n"},
		{"a term over its meaning and more", "a.md", "# Air\n\n## Terms\n\n- Greenhouse gas\n  - A gas that absorbs and emits infrared.\n  - Nitrogen is not one.\n- Sparta\n  - Dual kingship\n  - Ephors watched the kings.\n",
			"title: Air\n# Terms\n• Greenhouse gas: A gas that absorbs and emits infrared.\n• Nitrogen is not one.\n• Sparta\n• Dual kingship\n• Ephors watched the kings.\n"},
		{"plain term over its meaning and more", "notes.txt", "Air\n\nTerms\n\n- Greenhouse gas\n  - A gas that absorbs and emits infrared.\n  - Nitrogen is not one.\n- Sparta\n  - Dual kingship\n  - Ephors watched the kings.\n",
			"title: Air\n# Terms\n• Greenhouse gas: A gas that absorbs and emits infrared.\n• Nitrogen is not one.\n• Sparta\n• Dual kingship\n• Ephors watched the kings.\n"},
		{"a subsection's common word named after its parent", "a.md", "# Money\n\n## Inflation\n\nPrices rise.\n\n### Causes\n\nDemand grows and costs rise, and these causes add up.\n\n### Thermidor\n\nRobespierre falls.\n\n### Inflation targets\n\nBanks aim at two percent inflation.\n\n## Costs\n\nHolding cash costs.\n",
			"title: Money\n# Inflation\nPrices rise.\n# Causes (Inflation)\nDemand grows and costs rise, and these causes add up.\n# Thermidor\nRobespierre falls.\n# Inflation targets\nBanks aim at two percent inflation.\n# Costs\nHolding cash costs.\n"},
		{"a section named as the title keeps its name", "a.md", "# MRSA\n\n## MRSA\n\nThe best-known resistant bacterium.\n\n## Control\n\nStrict control cut infections.\n",
			"title: MRSA\n# MRSA\nThe best-known resistant bacterium.\n# Control\nStrict control cut infections.\n"},
		{"empty heading dropped", "a.md", "## Empty\n\n## Full\n\nText.\n", "title: A\n# Full\nText.\n"},
		{"plain title over a heading named Introduction", "dna-replication.txt", "DNA Replication: How Cells Copy Their Genetic Material\n\nIntroduction\n\nEvery cell must copy its DNA before it divides.\n\nThe Model\n\nEach new molecule keeps one old strand.\n",
			"title: DNA Replication: How Cells Copy Their Genetic Material\n# Introduction\nEvery cell must copy its DNA before it divides.\n# The Model\nEach new molecule keeps one old strand.\n"},
		{"a title from the file's name, as the text writes its words", "dna-replication.txt", "Every cell must copy its DNA before it divides, and replication does it.\n",
			"title: DNA Replication\n# Introduction\nEvery cell must copy its DNA before it divides, and replication does it.\n"},
		{"plain title over an introduction, named as the file", "meteors-and-meteor-showers.txt", "Meteors and Meteor Showers\n\nOn almost any clear night, a patient observer will see a few meteors.\n\nMeteoroids and Meteors\n\nThree related words are often confused here.\n",
			"title: Meteors and Meteor Showers\n# Introduction\nOn almost any clear night, a patient observer will see a few meteors.\n# Meteoroids and Meteors\nThree related words are often confused here.\n"},
		{"plain title with an accent its file's name lacks", "el-nino-and-its-effects.txt", "El Niño and Its Effects\n\nEvery few years the eastern Pacific warms for months.\n",
			"title: El Niño and Its Effects\n# Introduction\nEvery few years the eastern Pacific warms for months.\n"},
		{"a title from the file's name keeps its small words small", "the-rise-of-rome.txt", "Rome grew from a village into an empire over many centuries.\n",
			"title: The Rise of Rome\n# Introduction\nRome grew from a village into an empire over many centuries.\n"},
		{"plain bare headings", "notes.txt", "Some Title\nFirst Part\nProse of the first part.\n- an item\nSecond Part\nMore prose here.\n",
			"title: Some Title\n# First Part\nProse of the first part.\n• an item\n# Second Part\nMore prose here.\n"},
		{"plain aligned table", "notes.txt", "Notes\n\nMarket structures\n\nSome prose about markets and how they work.\n\nStructure         Firms     Entry barriers\nPerfect comp.     many      none\nMonopoly          one       very high\n\nMore prose after the table.\n",
			"title: Notes\n# Market structures\nSome prose about markets and how they work.\n• Structure: Perfect comp.; Firms: many; Entry barriers: none\n• Structure: Monopoly; Firms: one; Entry barriers: very high\nMore prose after the table.\n"},
		{"plain aligned table, no header over the names", "notes.txt", "Notes\n\nMarkets\n\nSome prose about markets and how they work.\n\n                  Firms     Entry barriers\nPerfect comp.     many      none\nMonopoly          one       very high\n",
			"title: Notes\n# Markets\nSome prose about markets and how they work.\n• Perfect comp.; Firms: many; Entry barriers: none\n• Monopoly; Firms: one; Entry barriers: very high\n"},
		{"plain term over its meaning", "notes.txt", "Notes\n\nMarket structures\n\n- Perfect competition\n  - Firms are price takers, so demand is perfectly elastic.\n- Monopoly\n  - A single seller facing the whole market demand.\n- Oligopoly\n  - A few large firms.\n  - They watch each other.\n",
			"title: Notes\n# Market structures\n• Perfect competition: Firms are price takers, so demand is perfectly elastic.\n• Monopoly: A single seller facing the whole market demand.\n• Oligopoly: A few large firms.\n• They watch each other.\n"},
		{"plain dated heading", "a.txt", "Intro text.\nThe Truman Doctrine (1947)\nTruman spoke.\n",
			"title: A\n# Introduction\nIntro text.\n# The Truman Doctrine (1947)\nTruman spoke.\n"},
		// Hard-wrapped text, the way most .txt files and books are kept:
		// a paragraph is the lines up to a blank line, not each line.
		{"plain hard-wrapped paragraphs", "notes.txt", "Notes\n\nThe first paragraph is wrapped\nacross three lines of text\nlike a letter.\n\nA second one\nis wrapped too.\n",
			"title: Notes\n# Introduction\nThe first paragraph is wrapped across three lines of text like a letter.\nA second one is wrapped too.\n"},
		{"plain underlined headings", "spec.txt", "TRIGGERS\n========\n\nIntroduction\n------------\n\nA trigger is a facility that allows events\ncaused by one package to be recorded.\n\n  Status      Pending\n              triggers\n\n  unpacked    never\n\nConcepts\n--------\n\nEach trigger is named, and at any time zero\nor more packages may be interested in it.\n * Explicit triggers, which any program\n   may activate.\n * File triggers.\n",
			"title: TRIGGERS\n# Introduction\nA trigger is a facility that allows events caused by one package to be recorded.\n# Concepts\nEach trigger is named, and at any time zero or more packages may be interested in it.\n• Explicit triggers, which any program may activate.\n• File triggers.\n"},
		{"plain book chapters", "book.txt", "The Project Gutenberg eBook of a Tale\n\n*** START OF THE PROJECT GUTENBERG EBOOK A TALE ***\n\nCHAPTER I.\nDown the Hole\n\nAlice was beginning to get very tired of sitting\nby her sister on the bank.\n\nCHAPTER II.\n\nThe pool was deep, and she was\nso much surprised.\n\n*** END OF THE PROJECT GUTENBERG EBOOK A TALE ***\n\nLicence terms follow\nhere in full.\n",
			"title: Book\n# CHAPTER I. Down the Hole\nAlice was beginning to get very tired of sitting by her sister on the bank.\n# CHAPTER II\nThe pool was deep, and she was so much surprised.\n"},
		{"escape sequences stripped", "a.txt", "Red \x1b[31mtext\x1b[0m here.\x07 Bidi \u202eoverride.\n",
			"title: A\n# Introduction\nRed text here. Bidi override.\n"},
		{"heading-like paragraph gets a stop", "a.md", "## S\n\nShort Line\n\nProse.\n", "title: A\n# S\nShort Line.\nProse.\n"},
		{"hash paragraph", "a.txt", "Intro.\n\\# not a heading\n", "title: A\n# Introduction\nIntro.\n\\# not a heading\n"},
		// A space before punctuation left by a removed marker goes; one
		// before code that is punctuation ("..") stays.
		{"operator in code", "a.md", "## The `?` Operator\n\nUse the `?` operator to return early.\n",
			"title: A\n# The ? Operator\nUse the ? operator to return early.\n"},
		{"code of punctuation", "a.md", "## S\n\nNo folders, no `..`, no hidden files. A claim [1] . Done.\n",
			"title: A\n# S\nNo folders, no .., no hidden files. A claim. Done.\n"},
		// HTML is read by its elements: headings start sections; paragraphs,
		// text directly in a block, definition lists, block quotes and
		// captions are prose.
		{"html headings and paragraphs", "a.html", "<!DOCTYPE html>\n<html><head><title>Memory Notes</title></head><body>\n<h2>First</h2>\n<p>A paragraph\n  over two lines.</p>\n<div>Loose text in a div.<p>A paragraph in it.</p>More loose text.</div>\n<h2>Second</h2>\n<blockquote><p>Quoted words here.</p></blockquote>\n<dl><dt>Term</dt><dd>Its definition, in prose.</dd></dl>\n<figure><img src=\"x.png\" alt=\"A picture\"><figcaption>A caption of the figure.</figcaption></figure>\n<p>One<br>line <em>with</em> a <a href=\"/x\">link</a> and a break.</p>\n</body></html>\n",
			"title: Memory Notes\n# First\nA paragraph over two lines.\nLoose text in a div.\nA paragraph in it.\nMore loose text.\n# Second\nQuoted words here.\n• Term: Its definition, in prose.\nA caption of the figure.\nOne line with a link and a break.\n"},
		{"html lone h1 is the title", "a.htm", "<h1>The Title</h1>\n<p>Intro <em>text</em>.</p>\n<h2>Part</h2>\n<p>Body text.</p>\n",
			"title: The Title\n# Introduction\nIntro text.\n# Part\nBody text.\n"},
		// A page's title often names the site too; its lone h1 does not.
		{"html title with a site name", "a.html", "<title>The Title | Some Site</title><h1>The Title</h1><h2>Part</h2><p>Body text.</p>",
			"title: The Title\n# Part\nBody text.\n"},
		{"html two h1 are sections", "a.html", "<h1>One</h1><p>First text.</p><h1>Two</h1><p>Second text.</p>",
			"title: A\n# One\nFirst text.\n# Two\nSecond text.\n"},
		{"html go website metadata", "go_mem.html", "<!--{\n\t\"Title\": \"The Go Memory Model\",\n\t\"Path\": \"/ref/mem\"\n}-->\n\n<h2 id=\"introduction\">Introduction</h2>\n<p>Some text.</p>\n",
			"title: The Go Memory Model\n# Introduction\nSome text.\n"},
		{"html lists", "a.html", "<h2>Lists</h2><ul><li>one item</li><li>two <b>items</b><ul><li>nested one</li><li><p>nested in</p><p>two paragraphs</p></li></ul>tail of two</li></ul><ol><li>numbered</li><li>unclosed<li>items</ol>",
			"title: A\n# Lists\n• one item\n• two items\n• nested one\n• nested in two paragraphs\n• tail of two\n• numbered\n• unclosed\n• items\n"},
		{"html not prose dropped", "a.html", "<head><style>p { color: red }</style><script>var x = \"no\";</script></head><nav><a href=\"/\">Home</a> <a href=\"/b\">Blog</a></nav><h2>S</h2><script>document.write(\"no\")</script><p>Kept<!-- a comment --> prose.</p><pre>code block here</pre><noscript>Enable scripts.</noscript><template><p>Template text.</p></template><form><label>Your name</label><input name=\"n\"><textarea>Typed text.</textarea><select><option>An option</option></select></form><p>Click <button>Go now</button> here, <svg><title>icon</title><text>svg text</text></svg><math><mi>x</mi></math><canvas>No canvas.</canvas><iframe src=\"x\">Frame.</iframe><object>Object.</object>then.</p><p hidden>Hidden text.</p><div hidden=\"until-found\">Folded text.</div><footer>Copyright 2024 Someone.</footer>",
			"title: A\n# S\nKept prose.\nClick here, then.\nFolded text.\n"},
		{"html code and entities", "a.html", "<h2>S</h2><p>The <code>make</code> function &amp; <code>a[1]</code>, &#8216;quoted&#8217; &lt;tag&gt; caf&eacute;&nbsp;ok.[2]</p>",
			"title: A\n# S\nThe make function & a[1], ‘quoted’ <tag> café ok.\n"},
		{"html escape sequences stripped", "a.html", "<h2>S</h2><p>Red \x1b[31mtext\x1b[0m and &#27;[32mgreen&#27;[0m here.\x07 Bidi &#x202e;override.</p>",
			"title: A\n# S\nRed text and green here. Bidi override.\n"},
		{"html table rows", "a.html", "<h2>Data</h2><table><caption>Languages and their years.</caption><thead><tr><th>Name</th><th>Year</th></tr></thead><tbody><tr><td>Go</td><td>2009</td></tr><tr><td><p>Rust</p></td><td>2015</td></tr></tbody></table><table><tr><th>Born</th><td>In Paris, 1900</td></tr><tr><th>Died</th><td></td></tr></table>",
			"title: A\n# Data\nLanguages and their years.\n• Name: Go; Year: 2009\n• Name: Rust; Year: 2015\n• Born: In Paris, 1900\n"},
		// A table that lays out a page holds its prose: its cells are read.
		{"html layout table", "a.html", "<table><tr><td><h2>Side</h2><p>Laid out prose.</p></td><td><table><tr><td>Inner cell text.</td></tr></table></td></tr></table>",
			"title: A\n# Side\nLaid out prose.\nInner cell text.\n"},
		{"html bare address dropped", "a.html", "<h2>S</h2><p>See <a href=\"https://example.com/x\">https://example.com/x</a> or <a href=\"https://example.com/y\">the page</a>.</p>",
			"title: A\n# S\nSee or the page.\n"},
		// The site around a page's main element is not its article.
		{"html main element", "a.html", "<title>Page Title - Site</title><header><h1>Site</h1><div class=\"banner\">We use cookies.</div></header><aside><h2>Related</h2><p>Other pages.</p></aside><main><h1>Page Title</h1><p>The article text.</p><h2>Part</h2><p>More text.</p></main><div>Subscribe to the newsletter.</div>",
			"title: Page Title\n# Introduction\nThe article text.\n# Part\nMore text.\n"},
		{"html two main elements", "a.html", "<main><h2>One</h2><p>First text.</p></main><div role=\"main\"><h2>Two</h2><p>Second text.</p></div>",
			"title: A\n# One\nFirst text.\n# Two\nSecond text.\n"},
		{"html empty main element", "a.html", "<main><div id=\"app\"></div></main><noscript>Scripts needed.</noscript><h2>Fallback</h2><p>Static text.</p>",
			"title: A\n# Fallback\nStatic text.\n"},
		// Lists of nothing but links are menus and tables of contents; a
		// heading's link to itself is a mark, not a word.
		{"html link lists and permalinks", "a.html", "<ul><li><a href=\"/\">Home</a></li><li><a href=\"#one\">One</a><ul><li><a href=\"#sub\">Sub</a></li></ul></li></ul><h2 id=\"one\">One <a class=\"headerlink\" href=\"#one\">¶</a></h2><p>Text.</p><ul><li><a href=\"/a\">A link</a> and words.</li><li><a href=\"/b\">Only a link</a></li></ul>",
			"title: A\n# One\nText.\n• A link and words.\n• Only a link\n"},
		{"html sniffed without extension", "page", "\n  <!DOCTYPE html>\n<h2>Heading</h2>\n<p>Text of it.</p>\n",
			"title: Page\n# Heading\nText of it.\n"},
		{"html sniffed by html tag", "page", "<HTML><body><h2>Heading</h2><p>Text of it.</p></body></HTML>",
			"title: Page\n# Heading\nText of it.\n"},
		{"html-looking text file is plain", "notes.txt", "<!DOCTYPE html>\n\n<h2>Heading</h2>\n\n<p>Text of it.</p>\n",
			"title: Notes\n# Introduction\n<!DOCTYPE html>\n<h2>Heading</h2>\n<p>Text of it.</p>\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Read(tt.file, []byte(tt.in))
			if err != nil {
				t.Fatalf("Read: %v", err)
			}
			if got := render(a); got != tt.want {
				t.Errorf("Read(%q) =\n%s\nwant\n%s", tt.in, got, tt.want)
			}
		})
	}
}

func TestReadNoHeadings(t *testing.T) {
	var b strings.Builder
	for i := 0; i < 30; i++ {
		b.WriteString(strings.Repeat("Plain words make a long paragraph of prose. ", 10) + "\n\n")
	}
	a, err := Read("long.txt", []byte(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Sections) < 3 {
		t.Fatalf("sections = %d, want the text cut into parts", len(a.Sections))
	}
	for i, s := range a.Sections {
		if want := "Part " + string(rune('1'+i)); s.Heading != want {
			t.Errorf("section %d heading = %q, want %q", i, s.Heading, want)
		}
		if w := s.Words(); w < 150 || w > 900 {
			t.Errorf("section %d has %d words, want a sensible length", i, w)
		}
	}
}

func TestReadRefuses(t *testing.T) {
	tests := []struct {
		name string
		in   []byte
		want string
	}{
		{"empty", []byte("  \n\n"), "the file is empty"},
		{"binary", []byte("ab\x00cd"), "binary"},
		{"not utf-8", []byte("ok\ncaf\xe9"), "not UTF-8 (first bad byte at line 2, column 4)"},
		{"too big", make([]byte, MaxSize+1), "over the 8 MiB limit"},
		{"code only", []byte("```\ncode\n```\n"), "no prose"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Read("x.md", tt.in)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Read = %v, want an error containing %q", err, tt.want)
			}
		})
	}
}

// TestTextRoundTrip checks that the cleaned article reads back, with the
// plain-text splitter the course reader uses, into the same sections.
func TestTextRoundTrip(t *testing.T) {
	for file, in := range map[string]string{
		"a.md":   "# T\n\n## One\n\nShort Line\n\n- Item Without Stop\n- another\n\nProse after.\n\n## Two\n\n| A | B |\n|---|---|\n| x | y |\n\nEnd.\n",
		"a.html": "<h1>T</h1><h2>One</h2><p>Short Line</p><ul><li>Item Without Stop<li>another</ul><div>Prose after.</div><h2>Two</h2><table><tr><th>A<th>B<tr><td>x<td>y</table><dl><dt>Term<dd>End.</dl>",
	} {
		a, err := Read(file, []byte(in))
		if err != nil {
			t.Fatal(err)
		}
		split := questions.Split(a.Text(), 0)
		if len(split) != len(a.Sections) {
			t.Fatalf("%s: Split gives %d sections, want %d:\n%s", file, len(split), len(a.Sections), a.Text())
		}
		for i, s := range split {
			if s.Heading != a.Sections[i].Heading || s.Text() != a.Sections[i].Text() {
				t.Errorf("%s: section %d reads back as %q/%q, want %q/%q", file, i, s.Heading, s.Text(), a.Sections[i].Heading, a.Sections[i].Text())
			}
		}
	}
}

// TestMarkdownCode checks that identifiers written as inline code are
// recorded, and that longer code spans and plain text are not.
func TestMarkdownCode(t *testing.T) {
	src := "# Slices\n\nThe `make` function takes a type; `AppendByte` grows a slice; `s[1:4]` is an expression and `x := 1` a statement. Make a copy.\n"
	a, err := Read("slices.md", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]int{"make": 1, "AppendByte": 1}
	if len(a.Code) != len(want) {
		t.Errorf("Code = %v, want %v", a.Code, want)
	}
	for w := range want {
		if a.Code[w] != want[w] {
			t.Errorf("Code[%q] = %d, want %d (Code = %v)", w, a.Code[w], want[w], a.Code)
		}
	}
	if p := Plain("Slices\n\nThe make function takes a type.\n"); p.Code != nil {
		t.Errorf("Plain(...).Code = %v, want nil", p.Code)
	}
}

// TestHTMLCode checks that identifiers written as <code> are recorded the
// way Markdown code spans are.
func TestHTMLCode(t *testing.T) {
	src := "<h1>Slices</h1><p>The <code>make</code> function takes a type; <a href=\"#\"><code>AppendByte</code></a> grows a slice; <code>s[1:4]</code> is an expression and <code>x := 1</code> a statement. Make a copy with <code> make </code>.</p>"
	a, err := Read("slices.html", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]int{"make": 2, "AppendByte": 1}
	if len(a.Code) != len(want) {
		t.Errorf("Code = %v, want %v", a.Code, want)
	}
	for w := range want {
		if a.Code[w] != want[w] {
			t.Errorf("Code[%q] = %d, want %d (Code = %v)", w, a.Code[w], want[w], a.Code)
		}
	}
}

func TestIsHTML(t *testing.T) {
	tests := []struct {
		name, data string
		want       bool
	}{
		{"a.html", "plain words", true},
		{"a.HTM", "", true},
		{"a.xhtml", "<?xml version=\"1.0\"?>", true},
		{"page", "<!DOCTYPE html><p>x</p>", true},
		{"page", "\n\t <!doctype HTML>", true},
		{"page", "<html lang=\"en\">", true},
		{"page.php", "<html>", true},
		{"page", "<p>a fragment</p>", false},
		{"page", "# Heading\n\n<html>", false},
		{"notes.txt", "<!DOCTYPE html>", false},
		{"notes.md", "<html>", false},
	}
	for _, tt := range tests {
		if got := IsHTML(tt.name, []byte(tt.data)); got != tt.want {
			t.Errorf("IsHTML(%q, %q) = %v, want %v", tt.name, tt.data, got, tt.want)
		}
	}
	if IsMarkdown("page", []byte("<!DOCTYPE html>\n# not a heading\n")) {
		t.Errorf("IsMarkdown took an HTML page for Markdown")
	}
}

// TestHTMLHostile checks that nesting far deeper than the parser accepts and
// a huge attribute neither crash nor hang the reader, and that the text of
// a deeply nested page is still read.
func TestHTMLHostile(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"nested divs", strings.Repeat("<div>", 100000) + "<p>Deep text is still read.</p>", "Deep text is still read."},
		{"nested divs closed", strings.Repeat("<div>", 100000) + "Deep text." + strings.Repeat("</div>", 100000) + "<p>Text after it.</p>", "Text after it."},
		{"nested lists", strings.Repeat("<ul><li>", 50000) + "Deep item.", "Deep item."},
		{"nested tables", strings.Repeat("<table><tr><td>", 30000) + "Deep cell.", "Deep cell."},
		{"nested inline", strings.Repeat("<b><i>", 50000) + "Deep words.", "Deep words."},
		{"nested code", "<p>" + strings.Repeat("<code>", 100000) + "x</p><p>Words.</p>", "Words."},
		{"huge attribute", "<h2>S</h2><p title=\"" + strings.Repeat("x", 4<<20) + "\">Text after a huge attribute.</p>", "Text after a huge attribute."},
		{"unclosed attribute", "<h2>S</h2><p>Text.</p><p title=\"" + strings.Repeat("y ", 1<<20), "Text."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Read("x.html", []byte(tt.in))
			if err != nil {
				t.Fatalf("Read: %v", err)
			}
			if got := a.Text(); !strings.Contains(got, tt.want) || strings.Contains(got, "<") {
				t.Errorf("article is\n%.300s\nwant it to hold %q and no markup", got, tt.want)
			}
		})
	}
}

// TestCodeGaps: the paragraphs on either side of a code block, an
// example or a figure that the article leaves out are marked, in every
// format, so that a question does not quote a sentence about it.
func TestCodeGaps(t *testing.T) {
	wrapped := "Notes\n\nThe checker compares two versions of a package\nand reports each change it finds.\n\n    old := f(x)\n    new := g(x)\n\nIn the new version the last line\nfails to compile for the caller.\n\nA closing paragraph says more\nabout the checker and its report.\n"
	for _, tc := range []struct{ name, file, text string }{
		{"markdown", "a.md", "## S\n\nThe checker compares two versions.\n\n```go\nold := f(x)\n```\n\nIn the new version the last line fails.\n\nA closing paragraph.\n"},
		{"html", "a.html", "<h2>S</h2><p>The checker compares two versions.</p><pre>old := f(x)</pre><p>In the new version the last line fails.</p><p>A closing paragraph.</p>"},
		{"plain", "a.txt", wrapped},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Read(tc.file, []byte(tc.text))
			if err != nil {
				t.Fatal(err)
			}
			ps := a.Sections[len(a.Sections)-1].Paragraphs
			if len(ps) != 3 {
				t.Fatalf("paragraphs %+v", ps)
			}
			if !ps[0].BeforeCode || ps[0].AfterCode || !ps[1].AfterCode || ps[1].BeforeCode || ps[2].AfterCode || ps[2].BeforeCode {
				t.Errorf("marks %+v", ps)
			}
		})
	}
}

// TestHTMLDefinitionList checks that a definition list is read as a list
// of terms and what each means, as a Markdown list of "Term: meaning"
// items is.
func TestHTMLDefinitionList(t *testing.T) {
	src := `<h1>Cells</h1><h2>Organelles</h2><dl>
<dt>Nucleus</dt><dd>Contains the cell's DNA.</dd>
<dt>Ribosome</dt><dt>Ribosomes</dt><dd><p>Synthesizes proteins.</p></dd>
<dt>Lonely term</dt>
</dl><p>After the list.</p>`
	a, err := Read("cells.html", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range a.Sections[0].Paragraphs {
		got = append(got, p.Line())
	}
	want := []string{"• Nucleus: Contains the cell's DNA.", "• Ribosome, Ribosomes: Synthesizes proteins.", "• Lonely term", "After the list."}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("paragraphs:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestItemLead: a list item that opens with a bold phrase keeps it as
// its lead, which names what the item is about.
func TestItemLead(t *testing.T) {
	a, err := Read("guide.md", []byte("# Guide\n\n## Bins\n\nCommon choices include:\n\n- **Rotating tumblers**, which make turning easy but hold a limited amount.\n- Wooden bays, with **slats** between them.\n- **Wormeries.** Worms process kitchen scraps.\n"))
	if err != nil {
		t.Fatal(err)
	}
	var leads []string
	for _, p := range a.Sections[0].Paragraphs {
		if p.Kind == Item {
			leads = append(leads, p.Lead)
		}
	}
	if want := []string{"Rotating tumblers", "", "Wormeries."}; !slices.Equal(leads, want) {
		t.Errorf("leads = %q, want %q", leads, want)
	}
}
