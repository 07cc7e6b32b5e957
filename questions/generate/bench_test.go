package generate

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/quiz-cli/quiz/questions/article"
)

// book builds a Markdown text of about words words from the corpus, each
// copy of an article under headings of its own.
func book(tb testing.TB, words int) []byte {
	tb.Helper()
	var b strings.Builder
	n := 0
	for copy := 1; n < words; copy++ {
		for _, c := range corpus {
			data, err := os.ReadFile(filepath.Join("testdata", "corpus", c.file))
			if err != nil {
				tb.Fatal(err)
			}
			a, err := article.Read(c.file, data)
			if err != nil {
				tb.Fatal(err)
			}
			for _, s := range a.Sections {
				b.WriteString("## " + s.Heading + " (" + c.id + " " + string(rune('A'+copy%26)) + ")\n\n")
				for _, p := range s.Paragraphs {
					if p.Kind == article.Item {
						b.WriteString("- ")
					}
					b.WriteString(p.Text + "\n\n")
				}
				n += s.Words()
				if n >= words {
					return []byte(b.String())
				}
			}
		}
	}
	return []byte(b.String())
}

func benchmarkGenerate(b *testing.B, words int) {
	runGenerate(b, book(b, words))
}

// technicalBook builds a Markdown manual of about words words: every
// section names identifiers, versions and sizes of its own, so that the
// pools of options grow with the book, as in a real manual (the corpus
// copied says the same few names again and again).
func technicalBook(words int) []byte {
	var b strings.Builder
	n := 0
	for i := 1; n < words; i++ {
		fmt.Fprintf(&b, "## The Widget%d type\n\n", i)
		p := fmt.Sprintf("The `Widget%d` type wraps a buffer of %d bytes and a counter. "+
			"Call the `Open%d` function before the first read, as Go 1.%d requires. "+
			"The `Close%d` method releases the buffer and returns an error when the counter is not zero. "+
			"Since version %d.%d, the `Reset%d` function clears the counter of every widget in %d milliseconds. "+
			"A widget of this type holds at most %d entries, and the `Grow%d` method doubles that limit when the buffer fills.\n\n",
			i, 64*i, i, i%30, i, 1+i/10, i%10, i, 10+i, 100+i, i)
		b.WriteString(p)
		n += len(strings.Fields(p))
	}
	return []byte(b.String())
}

// BenchmarkGenerateManual is a manual of 100,000 words with an
// identifier, a version and sizes of its own in every section.
func BenchmarkGenerateManual(b *testing.B) { runGenerate(b, technicalBook(100000)) }

func runGenerate(b *testing.B, data []byte) {
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		a, err := article.Read("book.md", data)
		if err != nil {
			b.Fatal(err)
		}
		res := Generate(a, Options{Course: "book"})
		if _, err := res.Files("book.md", "book", a.Title); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkGenerate5k is an article of 5,000 words: read, generate, lay out.
func BenchmarkGenerate5k(b *testing.B) { benchmarkGenerate(b, 5000) }

// BenchmarkGenerate100k is a book of 100,000 words.
func BenchmarkGenerate100k(b *testing.B) { benchmarkGenerate(b, 100000) }
