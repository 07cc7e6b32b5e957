package generate

import (
	"strings"
	"testing"

	"github.com/quiz-cli/quiz/questions"
	"github.com/quiz-cli/quiz/questions/article"
)

// gateArticle has three sections, so that a name used in all of them
// ("Kent") is the article's subject, not a fact of one section.
const gateArticle = `# Gardening in Kent

## Beds

Gardens in Kent need careful attention through the whole season. Resist the temptation to water the beds at midday. As your garden grows, neighbours will have advice for you. If your garden is on chalk, plant the beans after the Chelsea Flower Show and add a layer of compost from the Royal Horticultural Society. In addition to these problems, the gardeners faced a long drought in 1976. Finally, a volunteer from Devon planted the first rose in 1921. A casual visitor may not have time to learn the names of the plants in Kent.

## Tools

Gardeners in Kent keep their tools in a shed. The Supreme Gardener of the Royal Society judged the shows from late 1947 and early 1948.

## Shows

Shows in Kent open in September of each year.
`

func gateGen(t *testing.T, section int) *sectionGen {
	t.Helper()
	a, err := article.Read("garden.md", []byte(gateArticle))
	if err != nil {
		t.Fatal(err)
	}
	return sectionGens(a, Options{})[section]
}

// sentenceWith returns the section's sentence that contains part.
func sentenceWith(t *testing.T, g *sectionGen, part string) *sentence {
	t.Helper()
	for _, s := range g.sents {
		if strings.Contains(s.text, part) {
			return s
		}
	}
	t.Fatalf("no sentence with %q", part)
	return nil
}

// TestGateCards holds flashcards to the faults a blind rating found:
// fronts with a generic verb or an open question, answers a non-reader
// guesses, backs that lean on text the card does not show, "what" for a
// person.
func TestGateCards(t *testing.T) {
	g := gateGen(t, 0)
	for _, tc := range []struct {
		sentence, question, answer string
		keep                       bool
		prompt, back               string // what the card reads after the gate, if kept
	}{
		// A bare generic verb: no cue what about.
		{"Resist the temptation", "What should you resist", "the temptation to water", false, "", ""},
		// An open question: every answer is about as right.
		{"As your garden grows", "What happens as your garden grows", "neighbours will have advice", false, "", ""},
		{"Resist the temptation", "Complete the statement", "the temptation", false, "", ""},
		// A platitude whose only name is the article's subject.
		{"Gardens in Kent need", "What do gardens in Kent need", "careful attention", false, "", ""},
		{"A casual visitor", "What may not have time to learn the names of the plants in Kent", "a casual visitor", false, "", ""},
		// A condition and names the section alone gives.
		{"If your garden is on chalk", "What should you do if your garden is on chalk", "plant the beans", true,
			"What should you do if your garden is on chalk, according to the section “Beds”?", "If your garden is on chalk"},
		// The back opens on what the card does not show.
		{"In addition to these problems", "What did the gardeners face in 1976", "a long drought", false, "", ""},
		// A connective is cut; a person is asked with who.
		{"Finally, a volunteer", "What planted the first rose in 1921", "a volunteer from devon", true,
			"Who planted the first rose in 1921, according to the section “Beds”?", "A volunteer from Devon planted"},
	} {
		s := sentenceWith(t, g, tc.sentence)
		c := g.card(s, "x", g.cardPrompt(tc.question), tc.answer, 1)
		got := g.passes(c)
		if got != tc.keep {
			t.Errorf("passes(%q) = %v, want %v", c.q.Prompt, got, tc.keep)
			continue
		}
		if got && (c.q.Prompt != tc.prompt || !strings.HasPrefix(c.q.Answer, tc.back)) {
			t.Errorf("card after the gate = %q / %q, want %q / %q…", c.q.Prompt, c.q.Answer, tc.prompt, tc.back)
		}
	}
}

// TestGateBlanks drops blanks that world knowledge or the sentence fills,
// and true statements, which are always copied as written.
func TestGateBlanks(t *testing.T) {
	g := gateGen(t, 1)
	s := sentenceWith(t, g, "Supreme Gardener")
	cloze := func(text, answer string) *candidate {
		q := &questions.Question{Type: questions.Cloze, Prompt: "Fill in the blank.", Text: text, Source: s.text}
		return &candidate{q: q, sents: []int{s.index}, answer: strings.ToLower(answer)}
	}
	for _, tc := range []struct {
		c    *candidate
		keep bool
	}{
		{cloze("The {{Supreme Gardener}} of the Royal Society judged the shows.", "Supreme Gardener"), false},
		{cloze("The Supreme Gardener of the Royal Society judged the shows from late 1947 and early {{1948}}.", "1948"), false},
		{cloze("The Supreme Gardener of the {{Royal Society}} judged the shows from late 1947.", "Royal Society"), true},
		{cloze("The len function returns {{0}} for a nil slice.", "0"), false},
		{cloze("Shows open in {{September}} of each year.", "September"), false},
	} {
		if got := g.passes(tc.c); got != tc.keep {
			t.Errorf("passes(%q %q) = %v, want %v", tc.c.q.Type, tc.c.q.Text+tc.c.q.Prompt, got, tc.keep)
		}
	}
}

// TestStatementChoiceAnswers holds "Which of these statements is from the
// section …?" to answers a reader must know: none the heading picks out,
// none that leans on text it does not show.
func TestStatementChoiceAnswers(t *testing.T) {
	g := gateGen(t, 0)
	g.sec.Heading = "Set the bar for kindness"
	g.lx.headings[g.index] = g.sec.Heading
	g.lx.headWords = nil
	for _, tc := range []struct {
		text string
		ok   bool
	}{
		{"Volunteers from Devon planted the first roses along the southern wall in 1921.", true},
		{"If someone is unkind to a visitor, ask them to leave the garden at once.", false}, // the heading's root
		{"The involvement began mainly in response to the long drought of 1976.", false},    // "the involvement": which?
		{"Understanding its history offers insights into the roses of the southern wall.", false},
		{"The origins of this effort lie in the long drought of 1976 in Devon.", false},
		{"When you want to do something, you just do it.", false}, // too little content
	} {
		s := &sentence{text: tc.text, tokens: tokenize(tc.text), formed: true}
		if got := g.statementAnswer(s); got != tc.ok {
			t.Errorf("statementAnswer(%q) = %v, want %v", tc.text, got, tc.ok)
		}
	}
}

// roseArticle uses "roses" in every section: the word picks out none of
// them, though one heading names it.
const roseArticle = `# A Village Garden

## Soil

Old roses in the village grow in heavy clay near the church. The soil by the river holds water through the dry summer of 1976. Climbing roses on the north wall were planted by the vicar in 1921. The new roses by the gate came from a nursery in Devon.

## Watering the roses (the hose and the can)

Wild roses along the lane climb over an old wall every summer. A common task is to water the beds at dawn with a can. The gardeners of the village share one long hose between four plots.

## Pruning

Gardeners prune most roses in late February before the buds open. Pruned stems of the roses go onto the compost heap behind the shed. The best roses of the year are shown at the village fete in July. A sharp blade leaves a clean cut that heals before the spring rain.

## Ponds

Frogs from the pond eat the aphids on the roses by the wall. The village pond was dug by the miller in 1890 for his geese.

## Shows

The rose show in the village hall opens on the first Saturday of July. Judges from Kent award a silver cup to the best roses of the show.

## Roses

The village grows forty kinds of old garden plants. Most of the roses by the church were grafted onto wild stock in 1950.
`

// TestStatementHeadingWords lets a statement answer use a word of its
// heading that the whole article uses, when two wrong options use it too,
// but not a word that names what the section alone is about.
func TestStatementHeadingWords(t *testing.T) {
	a, err := article.Read("roses.md", []byte(roseArticle))
	if err != nil {
		t.Fatal(err)
	}
	gs := sectionGens(a, Options{})
	for _, tc := range []struct {
		section int
		part    string
		ok      bool
	}{
		{1, "Wild roses along the lane", true},           // "roses": every section's word
		{1, "A common task is to water the beds", false}, // "water": the heading's own
		{5, "Most of the roses by the church", false},    // "Roses": the whole heading
	} {
		g := gs[tc.section]
		s := sentenceWith(t, g, tc.part)
		if got := g.statementAnswer(s); got != tc.ok {
			t.Errorf("statementAnswer(%q) = %v, want %v", s.text, got, tc.ok)
		}
		if !tc.ok {
			continue
		}
		c := g.quoteChoice(s, nil)
		if c == nil {
			t.Fatalf("quoteChoice(%q) = nil, want a question", s.text)
		}
		n := 0
		for _, o := range c.q.Choices {
			if o != c.q.Answer && strings.Contains(strings.ToLower(o), "roses") {
				n++
			}
		}
		if n < 2 {
			t.Errorf("quoteChoice(%q) offers %q: %d wrong options say \"roses\", want 2 or more", s.text, c.q.Choices, n)
		}
	}
}

// TestGateEchoingVerb keeps out of the corpus a card whose verb says
// again what its subject's name says: "What does the append function
// append?" asks for what the name already tells.
func TestGateEchoingVerb(t *testing.T) {
	for _, c := range corpus {
		_, res, _ := generateCorpus(t, c.file, c.id)
		for _, b := range res.Banks {
			for _, q := range b.Questions {
				question, _, _ := strings.Cut(q.Prompt, ", according to ")
				if m := cardFrontRe.FindStringSubmatch(question); m != nil && verbEchoesSubject(m[1], m[2]) {
					t.Errorf("%s: %s asks %q", b.ID, q.ID, question)
				}
			}
		}
	}
}

// TestAskCard asks for the question a piece of advice tells the reader to
// ask, in the case the sentence gives; never when whom to ask, or when,
// is in text the card does not show.
func TestAskCard(t *testing.T) {
	const text = "# Talks\n\n## Meetings\n\n" +
		"Meetings in the village hall can run long. " +
		"With every point made by you or by others, ask yourself, \"How does this bring us closer to a resolution?\" " +
		"If the conversation is starting to unravel, ask the group, \"Which steps should we take next?\" to refocus the conversation. " +
		"When they arrive, ask them, \"Who sent you?\" at the door. " +
		"Ask yourself, \"Why?\"\n\n## Other\n\nThe hall opens at noon on Sundays.\n"
	a, err := article.Read("talks.md", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	g := sectionGens(a, Options{})[0]
	want := map[string]string{
		"With every point":    "What should you ask yourself with every point made by you or by others, according to the section “Meetings”?",
		"If the conversation": "What should you ask the group if the conversation is starting to unravel, according to the section “Meetings”?",
		"When they arrive":    "",
		"Ask yourself":        "",
	}
	for part, front := range want {
		s := sentenceWith(t, g, part)
		c := g.askCard(s)
		switch {
		case front == "" && c != nil:
			t.Errorf("askCard(%q) = %q, want none", s.text, c.q.Prompt)
		case front != "" && c == nil:
			t.Errorf("askCard(%q) = none, want %q", s.text, front)
		case front != "" && c.q.Prompt != front:
			t.Errorf("askCard(%q) = %q, want %q", s.text, c.q.Prompt, front)
		case front != "" && !g.passes(c):
			t.Errorf("askCard(%q) does not pass the gate", s.text)
		}
	}
}

// TestGateTitleAnswer drops a card answered by the article's subject
// ("the slice type" in an article on slices) but not one whose answer
// only mentions it among other words.
func TestGateTitleAnswer(t *testing.T) {
	const text = "# Slices\n\n## Copying\n\n" +
		"The slice type is an abstraction built on top of the array type of the language. " +
		"In addition, `copy` can handle source and destination slices that share the same underlying array.\n\n" +
		"## Other\n\nThe `copy` function is built into the language.\n"
	a, err := article.Read("slices.md", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	g := sectionGens(a, Options{})[0]
	for _, tc := range []struct {
		sentence, question, answer string
		keep                       bool
	}{
		{"The slice type is", "What is an abstraction built on top of the array type of the language", "the slice type", false},
		{"In addition, `copy`", "What can “copy” handle", "source and destination slices", true},
	} {
		s := sentenceWith(t, g, strings.ReplaceAll(tc.sentence, "`", ""))
		c := g.card(s, "x", g.cardPrompt(tc.question), tc.answer, 1)
		if got := g.passes(c); got != tc.keep {
			t.Errorf("passes(%q) = %v, want %v", c.q.Prompt, got, tc.keep)
		}
	}
}

// TestStatementWithoutOpener shows a statement without the opener it
// drops ("However, "), and only when the rest stands alone.
func TestStatementWithoutOpener(t *testing.T) {
	for _, tc := range []struct {
		text, want string // want "" for not quotable
	}{
		{"However, even in a productive conversation, there can simply be a difference in opinion.", "Even in a productive conversation, there can simply be a difference in opinion."},
		{"For example, the vicar asked a gardener to prune the roses below the church wall.", ""}, // "below": which?
		{"You will never meet most of the people who visit the garden in summer.", "You will never meet most of the people who visit the garden in summer."},
		{"You could say that again about the roses along the south wall.", ""},
		{"Gossip about the roses also goes on in other places, such as the village hall and the pub.", "Gossip about the roses also goes on in other places, such as the village hall and the pub."},
		{"Gossip about such roses goes on in other places around the village in the summer.", ""},
		{"As mentioned earlier, a sharp blade leaves a clean cut on the stems of the roses.", ""}, // said in another section
	} {
		ss := splitSection(article.Section{Heading: "Test", Paragraphs: []article.Paragraph{{Text: tc.text}}}, nil, "")
		s := ss[0]
		ok := quotable(s) || strings.HasPrefix(s.tokens[s.first].lower, "you") && quotableFrom(s, 1)
		switch {
		case tc.want == "" && ok:
			t.Errorf("quotable(%q) = true, want false", tc.text)
		case tc.want != "" && !ok:
			t.Errorf("quotable(%q) = false, want true", tc.text)
		case tc.want != "" && s.statement() != tc.want:
			t.Errorf("statement(%q) = %q, want %q", tc.text, s.statement(), tc.want)
		}
	}
}

// TestIdentifierCards asks what an identifier returns when "It" opens the
// sentence after one about it ("As the name suggests, copy copies …" is
// asked as "copy copies …"), and never what "copy" copies.
func TestIdentifierCards(t *testing.T) {
	_, res, _ := generateCorpus(t, "go-slices.md", "go-slices")
	var fronts []string
	for _, b := range res.Banks {
		for _, q := range b.Questions {
			fronts = append(fronts, q.Prompt)
		}
	}
	all := strings.Join(fronts, "\n")
	if !strings.Contains(all, "What does “copy” return") {
		t.Errorf("no card on what copy returns; fronts:\n%s", all)
	}
	if strings.Contains(all, "What does “copy” copy") {
		t.Errorf("a card asks what copy copies; fronts:\n%s", all)
	}
}

// TestGateCaseCard keeps a card on what the reader does in a case in
// technical prose, where it is a fact of the language, with the back
// shown without "This means that"; in other prose the case card must
// pass as advice or not at all.
func TestGateCaseCard(t *testing.T) {
	const sentence = "This means that when you pass a large array to a function you will copy all its elements."
	for _, tc := range []struct {
		name, text string
		keep       bool
	}{
		{"technical", "# Arrays\n\n## Values\n\nAn array in Go is a value, and `len` gives its length. " + sentence + "\n", true},
		{"general", "# Gardens\n\n## Values\n\nA garden in Kent is a joy, and the rain gives it life. " + sentence + "\n", false},
	} {
		a, err := article.Read("t.md", []byte(tc.text))
		if err != nil {
			t.Fatal(err)
		}
		g := sectionGens(a, Options{})[0]
		c := g.conditionCard(sentenceWith(t, g, "pass a large array"))
		if c == nil {
			t.Fatalf("%s: no case card", tc.name)
		}
		if got := g.passes(c); got != tc.keep {
			t.Errorf("%s: passes(%q) = %v, want %v", tc.name, c.q.Prompt, got, tc.keep)
		}
		if tc.keep && !strings.HasPrefix(c.q.Answer, "When you pass") {
			t.Errorf("%s: back %q, want it without “This means that”", tc.name, c.q.Answer)
		}
	}
}

// TestBulletCardPasses: a sentence ending in a colon and the bulleted
// items after it give a card that asks for the items, which the gate
// keeps as any list of three or more.
func TestBulletCardPasses(t *testing.T) {
	const text = `# Gardening in Kent

## Beds

Gardens in Kent need careful attention through the whole season. Gardeners keep their tools in a shed near the gate.

## Tools

Good tools make the work of a season lighter and quicker.

Key tools include the following:

- A spade with an ash handle for the heavy clay.
- A fork for lifting potatoes without bruising them.
- A hoe for weeding between the rows of beans.

Keep every blade clean and dry through the winter months.
`
	a, err := article.Read("garden.md", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	g := sectionGens(a, Options{})[1]
	c := g.bulletCard()
	if c == nil {
		t.Fatal("no card of the bulleted list")
	}
	if !g.passes(c) {
		t.Errorf("the gate drops %q", c.q.Prompt)
	}
	if want := "A spade with an ash handle for the heavy clay\nA fork for lifting potatoes without bruising them\nA hoe for weeding between the rows of beans"; c.q.Answer != want {
		t.Errorf("back = %q, want %q", c.q.Answer, want)
	}
}

// TestBulletCardOpenEnded: a bulleted list that ends in "etc." names
// fewer things than its card would ask for ("Which five does it name?"
// of four and "etc").
func TestBulletCardOpenEnded(t *testing.T) {
	const text = `# Packages

## Removal

A package can be removed for several reasons that the manager cannot tell apart.

Reasons for a package removal include:

- A user directly uninstalled this package from the project.
- A user uninstalled a package that depends on this one.
- etc.
`
	a, err := article.Read("pkg.md", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	if c := sectionGens(a, Options{})[0].bulletCard(); c != nil {
		t.Errorf("a card on an open list: %q", c.q.Prompt)
	}
}
