package generate

import (
	"fmt"
	"github.com/quiz-cli/quiz/questions"
	"github.com/quiz-cli/quiz/questions/article"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestZZCoverage(t *testing.T) {
	tot, totFull := 0, 0
	for _, c := range corpus {
		a, res, _ := generateCorpus(t, c.file, c.id)
		banks := map[string]int{}
		for _, b := range res.Banks {
			banks[b.Section] = len(b.Questions)
		}
		full, n := 0, 0
		for _, s := range a.Sections {
			if s.Words() < 60 {
				continue
			}
			n++
			if banks[s.Heading] >= 3 {
				full++
			} else {
				fmt.Printf("   short %s: %q %d words, %d questions\n", c.id, s.Heading, s.Words(), banks[s.Heading])
			}
		}
		tot += n
		totFull += full
		fmt.Printf("%s: %d of %d\n", c.id, full, n)
	}
	fmt.Printf("TOTAL %d of %d\n", totFull, tot)
}

func TestZZWide(t *testing.T) {
	dir := os.Getenv("ZZDIR")
	if dir == "" {
		dir = "testdata/ratings/articles"
	}
	files, _ := filepath.Glob(dir + "/*")
	full, asked, n, qs, obj := 0, 0, 0, 0, 0
	for _, f := range files {
		data, _ := os.ReadFile(f)
		a, err := article.Read(f, data)
		if err != nil {
			continue
		}
		res := Generate(a, Options{Course: "x"})
		banks := map[string]*questions.Bank{}
		for _, b := range res.Banks {
			banks[b.Section] = b
			qs += len(b.Questions)
			for _, q := range b.Questions {
				if strings.HasPrefix(q.ID, "what-") {
					obj++
					if os.Getenv("ZZSHOW") != "" {
						fmt.Printf("%s | %s\n   %q\n", filepath.Base(f), q.Prompt, q.Choices)
						fmt.Printf("   A: %s\n", q.Answer)
					}
				}
			}
		}
		for _, s := range a.Sections {
			if s.Words() < 60 {
				continue
			}
			n++
			if b := banks[s.Heading]; b != nil {
				asked++
				if len(b.Questions) >= 3 {
					full++
				}
			}
		}
	}
	fmt.Printf("files %d: %d of %d sections full, %d asked, %d questions, %d object choices\n", len(files), full, n, asked, qs, obj)
}

func TestZZShort(t *testing.T) {
	files, _ := filepath.Glob("testdata/ratings/articles/*")
	hist := map[string]int{}
	for _, f := range files {
		data, _ := os.ReadFile(f)
		a, err := article.Read(f, data)
		if err != nil {
			continue
		}
		for _, g := range sectionGens(a, Options{Course: "x"}) {
			if g.sec.Words() < 60 {
				continue
			}
			usable := 0
			for _, s := range g.sents {
				if s.usable {
					usable++
				}
			}
			raw := g.sentenceCandidates()
			gated := g.gate(raw)
			sents := map[int]bool{}
			for _, c := range gated {
				sents[c.sents[0]] = true
			}
			key := fmt.Sprintf("usable=%d gatedSents=%d", min(usable, 6), min(len(sents), 4))
			hist[key]++
		}
	}
	for k, v := range hist {
		fmt.Printf("%6d %s\n", v, k)
	}
}
