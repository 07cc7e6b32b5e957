package generate

import (
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
	data := book(b, words)
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
