package generate

import (
	"slices"
	"strings"
	"testing"

	"github.com/quiz-cli/quiz/questions"
	"github.com/quiz-cli/quiz/questions/article"
)

// ruleArticle names a declaration in one sentence and refers to it as
// "the declaration" in the next; counts things in words; and dates its
// last section's events inside the span its heading gives.
const ruleArticle = `# Treaties of the North

## The Oslo Declaration

Five ministers signed the Oslo Declaration in 1911 at a meeting in Bergen. The Danish Government did not sign the declaration because its parliament was in recess. The Oslo Council indicted twenty-two senior officials and sentenced them to seven years' imprisonment. The port reopened six days later, when the ice had gone. The tribunal found nineteen defendants guilty. The fleet used two ships on the cities of Narvik and Tromsø.

## Fisheries, 1920–28

The Fisheries Board set quotas for cod in 1924 and for herring in 1921. Norway joined the board in 1926 and Sweden in 1928. The quotas were first enforced in 1920.

## Harbours

The Harbour Board built a new pier in 1935 and a lighthouse in 1938.
`

func ruleGen(t *testing.T, section int) *sectionGen {
	t.Helper()
	a, err := article.Read("treaties.md", []byte(ruleArticle))
	if err != nil {
		t.Fatal(err)
	}
	return sectionGens(a, Options{})[section]
}

// TestUnnamedDocument: "the declaration" on a card, when the section
// names a declaration, points at a sentence the card does not show.
func TestUnnamedDocument(t *testing.T) {
	g := ruleGen(t, 0)
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"The Danish Government did not sign the declaration because its parliament was in recess.", true},
		{"Why did the Danish Government not sign the declaration", true},
		{"Five ministers signed the Oslo Declaration in 1911 at a meeting in Bergen.", false},
		// No treaty is named in the section: "the treaty" is no reference.
		{"The ministers discussed the treaty.", false},
	} {
		if got := g.unnamedDoc(tc.text); got != tc.want {
			t.Errorf("unnamedDoc(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
	s := sentenceWith(t, g, "did not sign the declaration")
	c := &candidate{q: &questions.Question{Type: questions.Card, Prompt: "“The Danish Government did not sign the declaration.” Why, according to the section “The Oslo Declaration”?",
		Answer: s.text}, sents: []int{s.index}}
	if g.passes(c) {
		t.Errorf("gate kept the card %q", c.q.Prompt)
	}
}

// TestSpelledCounts: a count written in words is a blank when it counts
// what the sentence names, not when it is a guess (two, three), counts a
// list that follows, or counts from another event ("six days later").
func TestSpelledCounts(t *testing.T) {
	g := ruleGen(t, 0)
	var got []string
	for _, s := range g.sents {
		for _, c := range g.spelledCounts(s) {
			got = append(got, c.q.Text)
		}
	}
	for _, want := range []string{
		"The Oslo Council indicted {{twenty-two|22}} senior officials and sentenced them to seven years' imprisonment.",
		"The Oslo Council indicted twenty-two senior officials and sentenced them to {{seven|7}} years' imprisonment.",
	} {
		if !slices.Contains(got, want) {
			t.Errorf("spelledCounts: no %q in %q", want, got)
		}
	}
	for _, bad := range []string{"{{six", "{{two", "{{Five", "{{five", "{{nineteen"} {
		for _, q := range got {
			if strings.Contains(q, bad) {
				t.Errorf("spelledCounts made %q", q)
			}
		}
	}
	for w, want := range map[string]int{"twenty-two": 22, "nine": 9, "forty-nine": 49, "one": 0, "twenty-ten": 0, "ninety": 90} {
		if got := spelledValue(w); got != want {
			t.Errorf("spelledValue(%q) = %d, want %d", w, got, want)
		}
	}
}

// TestFalseYears: a false statement's year is three years or more from
// the true one, and inside the heading's span when the true year is.
func TestFalseYears(t *testing.T) {
	if got := farYears("1947", []string{"1946", "1948", "1943", "1950", "x"}); !slices.Equal(got, []string{"1943", "1950"}) {
		t.Errorf("farYears(1947) = %q, want [1943 1950]", got)
	}
	g := ruleGen(t, 1) // "Fisheries, 1920–28"
	if got := g.inHeadingSpan("1924", []string{"1911", "1921", "1928", "1935"}); !slices.Equal(got, []string{"1921", "1928"}) {
		t.Errorf("inHeadingSpan(1924) = %q, want [1921 1928]", got)
	}
	// An event before the period: the span says nothing of it.
	if got := g.inHeadingSpan("1911", []string{"1905", "1921"}); !slices.Equal(got, []string{"1905", "1921"}) {
		t.Errorf("inHeadingSpan(1911) = %q, want both", got)
	}
	for _, s := range g.sents {
		for _, tm := range g.lx.terms(s) {
			if tm.kind != KindYear {
				continue
			}
			c := g.falseStatement(s, tm)
			if c == nil {
				continue
			}
			y := gateYearRe.FindAllString(c.q.Prompt, -1)
			for _, v := range y {
				if v < "1920" || v > "1928" {
					t.Errorf("false statement %q dates an event of 1920–28 outside it", c.q.Prompt)
				}
			}
		}
	}
}

// TestStatementOptions: the wrong statements of a "which is from the
// section" question come from different sections, and none opens on its
// own section's heading.
func TestStatementOptions(t *testing.T) {
	g := ruleGen(t, 0)
	if !g.lx.opensOnHeading(tokenize("The Harbour Board built a new pier in 1935 and a lighthouse in 1938."), 2) {
		t.Errorf("opensOnHeading(Harbour Board …, Harbours) = false, want true")
	}
	// A version in the heading ("Go 1.25") names the section too.
	lx := &lexicon{headings: []string{"Go 1.25", "Go 1.24"}, topWords: map[string]bool{"go": true}}
	if !lx.opensOnHeading(tokenize("Go 1.25.3 corrected the semantics of contention reports."), 0) {
		t.Errorf("opensOnHeading(Go 1.25 corrected …, Go 1.25) = false, want true")
	}
	if lx.opensOnHeading(tokenize("Go 1.25 corrected the semantics of contention reports."), 1) {
		t.Errorf("opensOnHeading(Go 1.25 corrected …, Go 1.24) = true, want false")
	}
	if g.lx.opensOnHeading(tokenize("Norway joined the board in 1926 and Sweden in 1928."), 1) {
		t.Errorf("opensOnHeading(Norway joined …, Fisheries) = true, want false")
	}
	s := sentenceWith(t, g, "Five ministers")
	others := g.otherStatements(s, 3, nil, nil, false)
	from := map[int]bool{}
	for _, o := range others {
		for i, sec := range g.lx.sents {
			for _, x := range sec {
				if x.text == o {
					if from[i] {
						t.Errorf("otherStatements: two statements from section %d: %q", i, others)
					}
					from[i] = true
				}
			}
		}
	}
}

// TestHeadingAndCategory: a blank that is the heading's subject and a
// category noun ("Japanese Army" under "… of Japan") is filled by any
// reader.
func TestHeadingAndCategory(t *testing.T) {
	g := ruleGen(t, 1) // "Fisheries, 1920–28"
	for blank, want := range map[string]bool{"Fishery Board": true, "Fisheries Council": true, "Harbour Board": false,
		"Fisheries": false, "Fishery Quota": false, "Fishery Board Council": false} {
		if got := g.headingAndCategory(blank); got != want {
			t.Errorf("headingAndCategory(%q) = %v, want %v", blank, got, want)
		}
	}
}

// dateArticle dates its events to the day.
const dateArticle = `# Treaties of the South

## Signing

The treaty was signed by five ministers in Valparaíso on March 12, 1911. The port reopened six days later, on March 18, 1911.

## Ratification

The Chilean Senate ratified the treaty in Santiago on June 3, 1912. The Argentine Congress voted on it in Buenos Aires on September 9, 1912.

## Revision

The ministers met again in Lima on January 20, 1920, and revised the fishing quotas on February 14, 1921. On June 5, 1922, the Peruvian Congress approved the revised treaty in Lima.
`

// TestDateChoice asks a day of the month as a choice among the article's
// other days, never one the section gives, and never of a sentence that
// dates itself from the one before ("six days later").
func TestDateChoice(t *testing.T) {
	a, err := article.Read("dates.md", []byte(dateArticle))
	if err != nil {
		t.Fatal(err)
	}
	g := sectionGens(a, Options{})[0]
	later := sentenceWith(t, g, "six days later")
	if later.usable {
		t.Errorf("usable(%q) = true, want false", later.text)
	}
	s := sentenceWith(t, g, "The treaty was signed")
	var c *candidate
	for _, tm := range g.answerable(s) {
		if tm.kind == KindDate {
			c = g.choice(s, tm)
		}
	}
	if c == nil {
		t.Fatalf("no date choice for %q", s.text)
	}
	if !strings.HasPrefix(c.q.Prompt, "Which date completes the sentence?") || c.q.Answer != "March 12" {
		t.Errorf("date choice = %q, answer %q", c.q.Prompt, c.q.Answer)
	}
	for _, o := range c.q.Choices {
		if o != c.q.Answer && (strings.Contains(g.secText, o) || !strings.Contains(dateArticle, o)) {
			t.Errorf("option %q: in its own section, or not a day of the article", o)
		}
	}
	if len(c.q.Choices) != 4 {
		t.Errorf("choices = %q, want 4", c.q.Choices)
	}
	// Days read in the order of the year.
	for i := 1; i < len(c.q.Choices); i++ {
		if dayOfYear(c.q.Choices[i-1]) > dayOfYear(c.q.Choices[i]) {
			t.Errorf("choices = %q, not in the order of the year", c.q.Choices)
			break
		}
	}
	// "On June 5, 1922": a date that opens the sentence is a date too.
	g = sectionGens(a, Options{})[2]
	s = sentenceWith(t, g, "On June 5")
	found := false
	for _, tm := range g.lx.terms(s) {
		found = found || tm.kind == KindDate && tm.text == "June 5"
	}
	if !found {
		t.Errorf("terms(%q) has no date June 5", s.text)
	}
}

// TestSameStem: "arches" under "Arch Bridges" is the heading's word; a
// statement using it is picked out by the heading.
func TestSameStem(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"arches", "arch", true},
		{"boxes", "box", true},
		{"churches", "church", true},
		{"copied", "copy", true},
		{"arch", "archive", false},
	} {
		if got := sameStem(tc.a, tc.b); got != tc.want {
			t.Errorf("sameStem(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

// TestMainVerb: a bullet that names a thing and says what it is like
// ("NMC and NCA, favoured in electric vehicles …") is no statement; nor
// is one whose only verbs are in a clause about its name.
func TestMainVerb(t *testing.T) {
	for text, want := range map[string]bool{
		"Nickel manganese cobalt oxide (NMC) and nickel cobalt aluminium oxide (NCA), favoured in electric vehicles for their high energy density.": false,
		"Lithium iron phosphate (LiFePO4, or LFP), which stores somewhat less energy but is cheaper, longer-lived, and more thermally stable.":      false,
		"The cathode is usually a lithium metal oxide or phosphate bonded to aluminium foil.":                                                       true,
		"Lithium iron phosphate, which stores somewhat less energy, lasts longer in heavy daily use than other cathodes.":                           true,
		"Sony brought the first commercial lithium-ion battery to market in 1991, using a cobalt oxide cathode.":                                    true,
	} {
		if got := !nameAndClause(tokenize(text), text); got != want {
			t.Errorf("!nameAndClause(%q) = %v, want %v", text, got, want)
		}
	}
}

// TestTimeZoneAfterPM: "at 12:07 p.m. Eastern time and were picked up"
// is one sentence: a time zone after "p.m." does not start a new one.
func TestTimeZoneAfterPM(t *testing.T) {
	p := "They splashed down at 12:07 p.m. Eastern time and were picked up by USS Iwo Jima. The mission had lasted almost six days."
	if got := sentences(p); len(got) != 2 {
		t.Errorf("sentences(%q) split as %v, want 2 sentences", p, got)
	}
}

// TestAsideAfterAside: "Inlining, which replaces a call …, removing call
// overhead …" names a thing and says two things of it, with no verb of
// its own.
func TestAsideAfterAside(t *testing.T) {
	text := "Inlining, which replaces a function call with the body of the function, removing call overhead and exposing further optimisations."
	if !nameAndClause(tokenize(text), text) {
		t.Errorf("nameAndClause(%q) = false, want true", text)
	}
}

// TestOptionOrderTellsNothing: a choice's options are in an order of
// their own (by value for figures, alphabetical otherwise), wherever the
// answer is among them. Three distractors in order and the answer put
// among them at random made the one out of order the answer ("1800 |
// 1823 | 1821 | 1843": a blind rater saw it in five questions of one
// round).
func TestOptionOrderTellsNothing(t *testing.T) {
	var qs []*questions.Question
	for _, c := range corpus {
		_, res, _ := generateCorpus(t, c.file, c.id)
		for _, b := range res.Banks {
			qs = append(qs, b.Questions...)
		}
	}
	for _, name := range []string{"the-champagne-fairs.md", "the-building-of-the-erie-canal.md", "hotspots-and-mantle-plumes.txt"} {
		qs = append(qs, ratedQuestions(t, name)...)
	}
	n := 0
	for _, q := range qs {
		if q.Type != questions.Choice {
			continue
		}
		n++
		want := slices.Clone(q.Choices)
		orderOptions(want)
		if !slices.Equal(want, q.Choices) {
			t.Errorf("%s: options %q, want them in the order %q", q.ID, q.Choices, want)
		}
	}
	if n < 20 {
		t.Fatalf("only %d choice questions checked", n)
	}
}
