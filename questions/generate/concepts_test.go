package generate

import (
	"os"
	"testing"

	"github.com/quiz-cli/quiz/questions/article"
)

// TestHeadingIdea: a statement that says its heading's idea in other
// words ("… a serious obstacle …" under "Challenges", "… will call at the port …"
// under "Future Prospects") is the one a non-reader picks, and is not
// asked; a statement on something else is.
func TestHeadingIdea(t *testing.T) {
	const text = `# Harbour Trust

## Challenges Facing the Harbour

Silt from the river remains a serious obstacle for ships entering the basin. Dredging crews work three days a week from March to October.

## Future Prospects

Container ships of twice the present size will call at the port within a decade. Trustees of the harbour meet in the old customs house every second Tuesday.

## Funding

Harbour dues paid by visiting yachts cover the wages of the berthing staff.
`
	a, err := article.Read("harbour.md", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	gs := sectionGens(a, Options{Course: "harbour"})
	for _, tc := range []struct {
		sec, sent int
		want      bool
	}{
		{0, 0, false}, // "obstacle" under "Challenges"
		{0, 1, true},
		{1, 0, false}, // "will" under "Future Prospects"
		{1, 1, true},
	} {
		g := gs[tc.sec]
		s := g.sents[tc.sent]
		if got := g.statementAnswer(s); got != tc.want {
			t.Errorf("%s: %q statementAnswer = %v, want %v", g.sec.Heading, s.text, got, tc.want)
		}
	}
}

// TestRepetitiveStatements: in an article whose sections restate each
// other, a statement question is still asked, but none of its wrong
// statements shares a word with the section.
func TestRepetitiveStatements(t *testing.T) {
	a, err := article.Read("peacekeeping.txt", mustRead(t, "testdata/corpus/peacekeeping.txt"))
	if err != nil {
		t.Fatal(err)
	}
	gs := sectionGens(a, Options{Course: "p"})
	if !gs[0].lx.repetitive {
		t.Fatal("the built-in article is not judged repetitive")
	}
	asked := 0
	for _, g := range gs {
		for _, c := range g.fillQuotes(nil, minQuestions) {
			asked++
			for _, x := range c.q.Choices {
				if x == c.q.Answer {
					continue
				}
				for _, s := range g.lx.sents {
					for _, o := range s {
						if o.statement() == x && g.restates(o) {
							t.Errorf("%s: wrong statement %q shares a word with the section", g.sec.Heading, x)
						}
					}
				}
			}
		}
	}
	if asked == 0 {
		t.Error("no statement question in a repetitive article")
	}
}

func mustRead(t *testing.T, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return data
}
