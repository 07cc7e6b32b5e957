package article

import (
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
		{"empty heading dropped", "a.md", "## Empty\n\n## Full\n\nText.\n", "title: A\n# Full\nText.\n"},
		{"plain bare headings", "notes.txt", "Some Title\nFirst Part\nProse of the first part.\n- an item\nSecond Part\nMore prose here.\n",
			"title: Some Title\n# First Part\nProse of the first part.\n• an item\n# Second Part\nMore prose here.\n"},
		{"plain dated heading", "a.txt", "Intro text.\nThe Truman Doctrine (1947)\nTruman spoke.\n",
			"title: A\n# Introduction\nIntro text.\n# The Truman Doctrine (1947)\nTruman spoke.\n"},
		// Hard-wrapped text, the way most .txt files and books are kept:
		// a paragraph is the lines up to a blank line, not each line.
		{"plain hard-wrapped paragraphs", "notes.txt", "Notes\n\nThe first paragraph is wrapped\nacross three lines of text\nlike a letter.\n\nA second one\nis wrapped too.\n",
			"title: Notes\n# Notes\nThe first paragraph is wrapped across three lines of text like a letter.\nA second one is wrapped too.\n"},
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
		{"code of punctuation", "a.md", "## S\n\nNo folders, no `..`, no hidden files. A claim [1] . Done.\n",
			"title: A\n# S\nNo folders, no .., no hidden files. A claim. Done.\n"},
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
	in := "# T\n\n## One\n\nShort Line\n\n- Item Without Stop\n- another\n\nProse after.\n\n## Two\n\n| A | B |\n|---|---|\n| x | y |\n\nEnd.\n"
	a, err := Read("a.md", []byte(in))
	if err != nil {
		t.Fatal(err)
	}
	split := questions.Split(a.Text(), 0)
	if len(split) != len(a.Sections) {
		t.Fatalf("Split gives %d sections, want %d:\n%s", len(split), len(a.Sections), a.Text())
	}
	for i, s := range split {
		if s.Heading != a.Sections[i].Heading || s.Text() != a.Sections[i].Text() {
			t.Errorf("section %d reads back as %q/%q, want %q/%q", i, s.Heading, s.Text(), a.Sections[i].Heading, a.Sections[i].Text())
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
