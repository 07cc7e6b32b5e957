package generate

import (
	"fmt"
	"strings"
	"testing"

	"github.com/quiz-cli/quiz/questions"
	"github.com/quiz-cli/quiz/questions/article"
)

// FuzzGenerate feeds arbitrary text through the reader and the generator:
// nothing may panic or hang, and whatever is generated must validate and
// quote its own section. Text read as plain text that starts with "<" is
// read as HTML instead.
func FuzzGenerate(f *testing.F) {
	for _, seed := range []string{
		"# T\n\n## A\n\nThe Treaty of Paris was signed in 1783 by Britain and the United States. It ended the war.\n",
		"Title\nPart\nThe North Atlantic Treaty Organization (NATO) was founded in 1949. Canada, France and Italy joined.\n",
		"---\ntitle: x\n---\n```go\ncode\n```\n| a | b |\n|---|---|\n| 1 | 2 |\n",
		"{{< x >}} {ref}`y <z>` [1] \x1b[31mred\x1b[0m text. In 1990, A, B and C met. In 1991, D met E. In 1992, F met G.\n",
		strings.Repeat("Words of a long plain paragraph without any heading at all. ", 200),
		// Shapes that were once slow: a long list, a run-on sentence of
		// names, many tiny paragraphs, a long word.
		strings.Repeat("- item\n", 5000),
		strings.Repeat("Long Name (LN) ", 3000),
		strings.Repeat("One two three four five six seven eight nine ten.\n\n", 3000),
		strings.Repeat("a-", 20000),
		// A run-on paragraph of a book: what a sentence points back to is
		// looked for near it, not in the whole paragraph before it.
		strings.Repeat("The cat sat on the mat because it was tired. ", 3000),
		// HTML: a page with the parts that are not prose, and nesting
		// deeper than the parser accepts.
		"<!DOCTYPE html><title>T | Site</title><nav><a href=\"/\">Home</a></nav><main><h1>T</h1><h2>A</h2><p>The Treaty of <em>Paris</em> was signed in 1783 by <code>Britain</code> &amp; the United States.</p><ul><li>one<ul><li>two</li></ul></li></ul><table><tr><th>Year<th>Event<tr><td>1783<td>Peace</table><script>x()</script><pre>code</pre></main>",
		"<div>" + strings.Repeat("<div><p>Deep <b>text", 400),
		// Notes: glossaries, a timeline, a definition list, named terms.
		"# Cells\n\n## Parts\n\n- **Nucleus**: holds the DNA of the cell.\n- Ribosome — makes proteins from RNA.\n- --: ends options of a command\n- Golgi: sorts and packages proteins.\n- 1665: Robert Hooke observed cells in cork.\n- 1838 – Schleiden concluded that plants are made of cells.\n\nDNA lies in a region called the nucleoid.\n",
		"<dl><dt>Term</dt><dt>Other</dt><dd>what both mean, in a few words</dd><div><dt>X</dt><dd>why</dd></div><dd>loose</dd></dl>",
		"# N\n\n## A\n\n- [[Mito|mitochondria]]: make ==ATP== #bio ![[x.png]]\n  - nested [[a#b|c]]\n\n> [!tip]- T\n> body [[\n\n| K | V | W |\n|---|---|---|\n| a | b c d | 1 |\n| e | f g h | 2 |\n| i | j k l | 3 |\n\n- 218 BC: Hannibal crosses the Alps.\n- 10 Aug 1792: the palace is stormed.\n",
		// A denial whose claim ends at a semicolon right after its verb.
		"# B\n\n## W\n\nThe Western powers protested but did not intervene; the Wall left their rights untouched.\n",
		// A reStructuredText comment: a "sentence" of dots alone.
		".. This data file has been placed in the public domain.\n",
		"Notes\n\nPart\n\n          A     B\nx         1     2\ny         3     4\n\n- Term\n  - meaning of it here\n",
	} {
		f.Add(seed, true)
		f.Add(seed, false)
	}
	f.Fuzz(func(t *testing.T, text string, md bool) {
		name := "in.txt"
		if md {
			name = "in.md"
		} else if strings.HasPrefix(text, "<") {
			name = "in.html"
		}
		a, err := article.Read(name, []byte(text))
		if err != nil {
			return
		}
		res := Generate(a, Options{Course: "fuzz"})
		if len(res.Banks) == 0 {
			return
		}
		files, err := res.Files(name, "fuzz", "Fuzz")
		if err != nil {
			t.Fatalf("generated course does not validate: %v", err)
		}
		art := writtenArticle(files)
		// article.md holds every section; each bank names one of them,
		// in order, and quotes it verbatim.
		split := questions.Split(art, 0)
		if len(split) != len(res.All) {
			t.Fatalf("article.md has %d sections, the article %d", len(split), len(res.All))
		}
		at, err := bankSections(split, res.Banks)
		if err != nil {
			t.Fatal(err)
		}
		for i, b := range res.Banks {
			for _, q := range b.Questions {
				if !strings.Contains(split[at[i]].Text(), q.Source) {
					t.Fatalf("%s/%s: source %q not in its section", b.ID, q.ID, q.Source)
				}
			}
		}
	})
}

// writtenArticle is the text of the article file among a course's files.
func writtenArticle(files []File) string {
	for _, f := range files {
		if f.Name == ArticleFile {
			return string(f.Data)
		}
	}
	return ""
}

// bankSections finds each bank's section in the sections of article.md, in
// order: each after the previous bank's.
func bankSections(split []questions.Section, banks []*questions.Bank) ([]int, error) {
	at := make([]int, len(banks))
	next := 0
	for i, b := range banks {
		for next < len(split) && split[next].Heading != b.Section {
			next++
		}
		if next == len(split) {
			return nil, fmt.Errorf("bank %s names section %q, not in article.md after the previous bank's", b.ID, b.Section)
		}
		at[i] = next
	}
	return at, nil
}
