package generate

import (
	"slices"
	"strings"
	"testing"

	"github.com/quiz-cli/quiz/questions"
	"github.com/quiz-cli/quiz/questions/article"
)

// TestListItems: a list is found after an opening phrase and before the
// preposition that ends its clause, and a clause is never an item, nor
// an item that runs into the verb after it.
func TestListItems(t *testing.T) {
	g := ruleGen(t, 0)
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"Despite limited missions compared to other regions, the region has contributed personnel, logistical support, and diplomatic influence to peace initiatives.",
			[]string{"personnel", "logistical support", "diplomatic influence"}},
		{"Many missions lack sufficient funds, personnel, and logistical support, which impacts their ability to respond.",
			[]string{"sufficient funds", "personnel", "logistical support"}},
		{"The mission restored stability after periods of unrest, ultimately supporting democratic elections and civilian reintegration.", nil},
		// The last item runs into the verb: "Brinell machines confirms".
		{"Hardness testing with Rockwell, Vickers or Brinell machines confirms that each batch has reached its target.", nil},
		// Figures and where they hold, cut at the wrong places.
		{"Common default page sizes are 4 KB in SQLite, 8 KB in PostgreSQL and 16 KB in InnoDB.", nil},
	} {
		s := &sentence{text: tc.text, tokens: tokenize(tc.text)}
		if got := g.lx.listIn(s); !slices.Equal(got, tc.want) {
			t.Errorf("listIn(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}

// fillArticle has sections that say different things, with a sentence
// that defines a term by its verb, one that says what something could be,
// and a case to act on.
const fillArticle = `# Running a Garden Club

## Membership

A garden club needs members who turn up in every season. Members pay a fee of ten pounds each spring. The fee covers seeds, tools and the rent of the hall. New members receive a welcome pack with a map of the plots. The secretary keeps the register of members in a locked cabinet.

## Plots

Plot rotation refers to moving each crop to a new bed every year. A plot could be a raised bed or a strip of open ground. If your plot floods in winter, keep the seedlings in pots until the spring. The committee inspects the plots twice a year in May and September. Weeds left standing in August spread their seed across the site.

## Shows

The autumn show awards a cup for the heaviest marrow. Judges weigh every entry on the morning of the show. Children enter a separate class for painted pebbles. The raffle pays for the marquee and the prizes. Visitors from nearby villages fill the car park by noon.

## Tools

The tool shed opens on Saturday mornings from nine. Borrowed spades must be cleaned before they are returned. A broken tool goes into the red box by the door. The club replaces worn hoses every third year. Members sharpen the shears together at the winter meeting.
`

func fillGens(t *testing.T) []*sectionGen {
	t.Helper()
	a, err := article.Read("club.md", []byte(fillArticle))
	if err != nil {
		t.Fatal(err)
	}
	return sectionGens(a, Options{Course: "club"})
}

// TestFillForms: definitions by their verb and by "could be", and what to
// do in a case, are asked; a front that asks for the subject of "had" is
// not turned into "Who".
func TestFillForms(t *testing.T) {
	g := fillGens(t)[1]
	var fronts []string
	for _, c := range g.gateClaims(g.fillCandidates()) {
		q, _, _ := strings.Cut(c.q.Prompt, ", according to ")
		fronts = append(fronts, q)
	}
	for _, want := range []string{"What does plot rotation refer to", "What could a plot be", "What should you do if your plot floods in winter"} {
		if !slices.Contains(fronts, want) {
			t.Errorf("fill fronts = %q, want %q among them", fronts, want)
		}
	}
	// "Weeds left standing in August spread …": "left" modifies weeds.
	for _, f := range fronts {
		if strings.HasPrefix(f, "What did weeds leave") {
			t.Errorf("front %q: a participle read as the verb", f)
		}
	}
	s := &sentence{text: "Soviet leader Joseph Stalin had refrained from providing any support.", tokens: tokenize("Soviet leader Joseph Stalin had refrained from providing any support.")}
	if g.personFront("What had Soviet leader Joseph Stalin refrained from", s) {
		t.Error(`personFront("What had … refrained from") = true: it asks for the object, not the person`)
	}
}

// TestFrontCutOff: a card whose front ends in mid-clause is never asked.
func TestFrontCutOff(t *testing.T) {
	g := fillGens(t)[0]
	s := sentenceWith(t, g, "The secretary keeps")
	c := &candidate{q: &questions.Question{Type: questions.Card, Prompt: "What was a recent announcement by the secretary that, according to the section “Membership”?",
		Answer: s.text}, sents: []int{s.index}, answer: "the register of members"}
	if _, ok := g.cardFormed(c, true); ok {
		t.Errorf("cardFormed(%q) = true, want false", c.q.Prompt)
	}
}

// TestAmbiguousFronts: two sentences that answer one front give no card.
func TestAmbiguousFronts(t *testing.T) {
	mk := func(i int) *candidate {
		return &candidate{q: &questions.Question{Type: questions.Card, Prompt: "What did Truman ask Congress to do?"}, sents: []int{i}}
	}
	other := &candidate{q: &questions.Question{Type: questions.Card, Prompt: "What did Truman justify?"}, sents: []int{3}}
	got := dropAmbiguous([]*candidate{mk(1), mk(2), other})
	if len(got) != 1 || got[0] != other {
		t.Errorf("dropAmbiguous kept %d cards, want only the one front a single sentence answers", len(got))
	}
}

// TestStatementQuestionsDiffer: a section short of questions may get
// several statement questions, each offering other wrong statements.
func TestStatementQuestionsDiffer(t *testing.T) {
	g := fillGens(t)[2]
	kept := g.fillQuotes(nil, minQuestions)
	if len(kept) < 2 {
		t.Fatalf("fillQuotes gave %d questions, want 2 or more", len(kept))
	}
	seen := map[string]bool{}
	for _, c := range kept {
		if !strings.HasPrefix(c.q.Prompt, "Which of these statements is from the section") {
			t.Errorf("prompt %q", c.q.Prompt)
		}
		for _, x := range c.q.Choices {
			if x == c.q.Answer {
				continue
			}
			if seen[x] {
				t.Errorf("wrong statement %q offered twice in one bank", x)
			}
			seen[x] = true
		}
	}
}

// TestRepetitiveArticle: where nearly every statement says again what a
// neighbouring section says, no statement question is asked.
func TestRepetitiveArticle(t *testing.T) {
	if gs := fillGens(t); gs[0].lx.repetitive {
		t.Error("an article whose sections say different things is repetitive")
	}
	var b strings.Builder
	b.WriteString("# Cooperation\n\n")
	for _, h := range []string{"Regional Cooperation", "Shared Frameworks", "Joint Efforts", "Future Prospects", "Lessons Learned"} {
		b.WriteString("## " + h + "\n\n")
		b.WriteString("Regional collaboration enhances the effectiveness of peace operations across the region. ")
		b.WriteString("Stronger partnerships among neighbouring states foster lasting stability and effective cooperation. ")
		b.WriteString("Effective cooperation among regional partners strengthens collaboration and lasting stability.\n\n")
	}
	a, err := article.Read("coop.md", []byte(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	gs := sectionGens(a, Options{})
	if !gs[0].lx.repetitive {
		t.Error("an article whose sections restate each other is not repetitive")
	}
	if kept := gs[2].fillQuotes(nil, minQuestions); len(kept) != 0 {
		t.Errorf("fillQuotes in a repetitive article gave %d questions, want none", len(kept))
	}
}

// TestAbbreviationSpellings: where the article spells an abbreviation out
// twice, the question accepts either spelling.
func TestAbbreviationSpellings(t *testing.T) {
	const text = `# Occupation

## Command

In September 1945 the general took charge of the Supreme Command of Allied Powers (SCAP) and began rebuilding the country.

## Trials

The tribunal was created by a proclamation of the Supreme Commander for the Allied Powers in the occupied country.
`
	a, err := article.Read("occupation.md", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	g := sectionGens(a, Options{})[0]
	s := sentenceWith(t, g, "Supreme Command of")
	c := g.acronym(s)
	if c == nil {
		t.Fatal("acronym: no question on SCAP")
	}
	if c.q.Answer != "Supreme Command of Allied Powers" || !slices.Equal(c.q.Accept, []string{"Supreme Commander for the Allied Powers"}) {
		t.Errorf("answer %q, accept %q; want the article's other spelling accepted", c.q.Answer, c.q.Accept)
	}
}

// TestSecondAbbreviation: a sentence that spells out two abbreviations,
// the first known to all, asks what the second stands for.
func TestSecondAbbreviation(t *testing.T) {
	g := proseGen(t, `# Cooperation

## Regional bodies

Organizations like the Organization of American States (OAS) and the Union of South American Nations (UNASUR) have played pivotal roles in fostering dialogue and supporting peace initiatives.
`)
	c := g.acronym(sentenceWith(t, g, "Organizations like"))
	if c == nil || c.abbr != "UNASUR" || c.q.Answer != "Union of South American Nations" {
		t.Fatalf("acronym = %+v, want a question on what UNASUR stands for", c)
	}
}

// TestDefinitionFronts: a definition of a lone noun with "the" ("What is
// the length?": of what?) or of the title's subject ("What is a slice?"
// in an article on slices) is not asked, however often the article uses
// the word; one of another term is.
func TestDefinitionFronts(t *testing.T) {
	const text = `# Slices

## Internals

A slice is a descriptor of an array segment. The length is the number of elements referred to by the slice. A descriptor is a small header that points into an array. The length of a slice can change, and a descriptor records the length. A descriptor is cheap to copy, and a descriptor never copies the array. Reslicing a slice changes its length. Every slice has a length and a capacity, and the slice grows when its length reaches the capacity.
`
	a, err := article.Read("slices.md", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	g := sectionGens(a, Options{})[0]
	for _, tc := range []struct {
		front, sentence string
		want            bool
	}{
		{"What is the length", "The length is", false},
		{"What is a slice", "A slice is", false},
		{"What is a descriptor", "A descriptor is a small", true},
	} {
		s := sentenceWith(t, g, tc.sentence)
		c := &candidate{q: &questions.Question{Type: questions.Card, Prompt: tc.front + ", according to the section “Internals”?", Answer: s.text},
			sents: []int{s.index}}
		if got := g.cardSpecific(c, s); got != tc.want {
			t.Errorf("cardSpecific(%q) = %v, want %v", tc.front, got, tc.want)
		}
	}
}

// TestOpeningStatement: a section's opening sentence is asked as a
// statement only last, and only when it uses no word of the heading.
func TestOpeningStatement(t *testing.T) {
	const text = `# Running a Garden Club

## Membership

A garden club needs members who turn up in every season. Members pay a fee of ten pounds each spring. The fee covers seeds, tools and the rent of the hall.

## Disputes

In the first year of a club, choosing the crops is simple. Later, neighbours on adjacent plots argue about shade from tall hedges. The committee settles every quarrel at its monthly meeting in the village hall.

## Shows

The autumn show awards a cup for the heaviest marrow. Judges weigh every entry on the morning of the show. Children enter a separate class for painted pebbles.

## Tools

The tool shed opens on Saturday mornings from nine. Borrowed spades must be cleaned before they are returned. A broken hoe goes into the red box by the door.
`
	a, err := article.Read("club.md", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	gs := sectionGens(a, Options{Course: "club"})
	opens := func(g *sectionGen) bool {
		for _, c := range g.quoteCandidates(nil) {
			if c.sents[0] == 0 {
				return true
			}
		}
		return false
	}
	for _, g := range gs {
		if opens(g) {
			t.Errorf("%s: the opening sentence asked before the last resort", g.sec.Heading)
		}
		g.openingQuote = true
	}
	if !opens(gs[1]) {
		t.Errorf("Disputes: the opening sentence, which uses no word of the heading, is not asked as a last resort")
	}
	if opens(gs[0]) {
		t.Errorf("Membership: an opening sentence that says the heading's word is asked")
	}
}
