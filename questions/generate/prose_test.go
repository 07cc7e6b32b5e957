package generate

import (
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/quiz-cli/quiz/questions"
	"github.com/quiz-cli/quiz/questions/article"
)

// proseGen reads a Markdown text and returns its first section's
// generator.
func proseGen(t *testing.T, text string) *sectionGen {
	t.Helper()
	return sectionGens(mustArticle(t, text), Options{})[0]
}

// ratedArticle reads one of the articles of the blind ratings.
func ratedArticle(t *testing.T, name string) *article.Article {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "ratings", "articles", name))
	if err != nil {
		t.Fatal(err)
	}
	// A plain-text article's headings are bare lines: read it as what
	// its name says, as "quiz generate" does.
	a, err := article.Read(name, data)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// leanCase is a sentence, found by a part of it, and whether it leans on
// the text before it.
type leanCase struct {
	sent  string
	leans bool
}

// checkLeans checks leansOnText on each case's sentence.
func checkLeans(t *testing.T, g *sectionGen, cases []leanCase) {
	t.Helper()
	for _, tc := range cases {
		if s := sentenceWith(t, g, tc.sent); leansOnText(s) != tc.leans {
			t.Errorf("leansOnText(%q) = %v, want %v", s.text, !tc.leans, tc.leans)
		}
	}
}

// askedCase is a sentence, found by a part of it, with the figures and
// words that must not be asked in it and those that must.
type askedCase struct {
	sent    string
	no, yes []string
}

// checkAsked checks a sentence's terms and spelled-out counts.
func checkAsked(t *testing.T, g *sectionGen, tc askedCase) {
	t.Helper()
	s := sentenceWith(t, g, tc.sent)
	got := map[string]bool{}
	for _, tm := range g.lx.terms(s) {
		got[tm.text] = true
	}
	for _, c := range g.spelledCounts(s) {
		got[c.answer] = true
	}
	for _, w := range tc.no {
		if got[w] {
			t.Errorf("%q is asked in %q", w, s.text)
		}
	}
	for _, w := range tc.yes {
		if !got[w] {
			t.Errorf("%q is not asked in %q", w, s.text)
		}
	}
}

// clozeOf makes the cloze candidate of a text with one {{blank}}.
// ratedQuestions generates one of the rated articles and returns every
// question of its course.
func ratedQuestions(t *testing.T, name string) []*questions.Question {
	t.Helper()
	var out []*questions.Question
	for _, b := range Generate(ratedArticle(t, name), Options{Course: "rated"}).Banks {
		out = append(out, b.Questions...)
	}
	return out
}

func clozeOf(text string) *candidate {
	i, j := strings.Index(text, "{{"), strings.Index(text, "}}")
	return &candidate{answer: text[i+2 : j], q: &questions.Question{Type: questions.Cloze, Text: text,
		Source: strings.NewReplacer("{{", "", "}}", "").Replace(text)}}
}

// TestNumbersNamedOrTimed: a number that a name in the same sentence
// spells ("P680 … at 680 nanometres") is given away by the name, and a
// swapped one reads as false at a glance; a time of day ("7 a.m.") is
// no count, and swapped it may be no time ("13 p.m.").
func TestNumbersNamedOrTimed(t *testing.T) {
	g := proseGen(t, `# Light

## Photosystems

Photosystem II, whose reaction centre is called P680 because it absorbs best at 680 nanometres, acts first. What does not work is scheduling meetings that are always at 7 a.m. for one group and 9 p.m. for another, twice a week for 3 teams.
`)
	for _, tc := range []askedCase{
		{"P680", []string{"680"}, nil},
		{"7 a.m.", []string{"7", "9"}, []string{"3"}},
	} {
		checkAsked(t, g, tc)
	}
}

// TestEventsStandAlone: an event of the order question says what
// happened, whole: not a date that bounds a definition ("Books printed
// before 1501 are called …"), a list its colon opens, a place or a
// return the sentence before gives ("brought there", "back in Mainz"),
// a cited work's year, nor a date whose "around" stays behind.
func TestEventsStandAlone(t *testing.T) {
	g := proseGen(t, `# Printing

## Mainz

Johannes Gutenberg was born in Mainz around 1400 into a patrician family, although the exact year is unknown. A lawsuit brought there in 1439 by the brothers of a deceased partner refers to a press. By 1448 Gutenberg was back in Mainz. Books printed before 1501 are called incunabula, from the Latin for "cradle." In 1543 two landmark works appeared: Nicolaus Copernicus's De revolutionibus and Andreas Vesalius's Fabrica. For scholars, the most important consequences were what the historian Elizabeth Eisenstein, in The Printing Press as an Agent of Change (1979), called standardisation and fixity. In 1462 Mainz was sacked during a feud between rival archbishops. In 2011 another team reconstructed its full genome from burials in London.
`)
	for _, tc := range []struct{ sent, want string }{
		{"born in Mainz", "Johannes Gutenberg was born in Mainz into a patrician family"},
		{"lawsuit", ""},
		{"back in Mainz", ""},
		{"incunabula", ""},
		{"landmark", ""},
		{"Eisenstein", ""},
		{"sacked", "Mainz was sacked during a feud between rival archbishops"},
		{"another team", ""},
	} {
		s := sentenceWith(t, g, tc.sent)
		var got string
		found := false
		for _, tm := range g.lx.terms(s) {
			if tm.kind == KindYear {
				got, found = eventText(s, tm), true
			}
		}
		if !found && tc.want != "" {
			t.Errorf("no year in %q", s.text)
		}
		if got != tc.want {
			t.Errorf("event of %q = %q, want %q", s.text, got, tc.want)
		}
	}
}

// TestShortHeadingNames: under "C4 and CAM Plants", a statement that
// names C4 or CAM is picked out by the heading, however short the name.
func TestShortHeadingNames(t *testing.T) {
	a := mustArticle(t, `# Plants

## The Calvin Cycle

The enzyme RuBisCO attaches carbon dioxide to a five-carbon sugar called ribulose bisphosphate. Plants make so much of the enzyme partly because it is remarkably slow.

## C4 and CAM Plants

C4 photosynthesis costs extra ATP but pays off in heat and bright light. CAM stands for crassulacean acid metabolism, after the stonecrop family in which it was first studied. During the day the stomata stay closed to conserve water in dry places.

## Global Scale

Oxygen accumulated in the atmosphere during the Great Oxidation Event about 2.4 billion years ago.
`)
	g := sectionGens(a, Options{})[1]
	for _, w := range []string{"C4 photosynthesis", "CAM stands"} {
		if s := sentenceWith(t, g, w); g.statementAnswer(s) {
			t.Errorf("%q is asked as the statement of %q", s.text, g.sec.Heading)
		}
	}
}

// TestNumbersGivenByNeighbours: a number the sentence gives by another
// is not asked: one of two in a row ("around ___ or 1555", "three or
// ___"), the sum of two others or one of the two ("about 180 copies …,
// roughly ___ on paper and 45 on vellum"); a plural whose singular the
// sentence gives ("grana (singular granum)") is not a blank either.
func TestNumbersGivenByNeighbours(t *testing.T) {
	g := proseGen(t, `# Print

## Copies

Around 1554 or 1555, two Syrians opened the first coffeehouses in Istanbul. Early grammars were printed in 1454 and 1455 by the workshop. A band of time zones allows three or four hours of overlap for each team. Historians estimate that about 180 copies were printed, roughly 135 on paper and 45 on vellum. Thylakoids are often stacked like coins into columns called grana (singular granum) inside the chloroplast. The press moved to Rome between 1518 and 1525 with 12 workers.
`)
	for _, tc := range []askedCase{
		{"Syrians", []string{"1554", "1555"}, nil},
		{"grammars", []string{"1454", "1455"}, nil},
		{"time zones", []string{"three", "four"}, nil},
		{"180 copies", []string{"180", "135", "45"}, nil},
		{"grana", []string{"grana"}, nil},
		{"Rome", nil, []string{"1518", "1525", "12"}},
	} {
		checkAsked(t, g, tc)
	}
}

// TestEllipticalOpeners: a sentence whose subject leaves its noun to the
// sentence before ("The most consequential belonged to …", "The city's
// most famous, …", "One is to …") or dates itself from an event there
// ("Within fifty years, …") leans on text the learner cannot see.
func TestEllipticalOpeners(t *testing.T) {
	g := proseGen(t, `# Coffee

## Houses

The city's most famous, Caffè Florian on Piazza San Marco, opened in 1720 and is still serving. The most consequential belonged to Edward Lloyd, whose establishment on Tower Street is first mentioned in 1688. Within fifty years, presses were at work in more than 250 towns across the continent. One is to cluster each team within a band of time zones that allows some overlap. The most famous coffeehouse in Venice opened its doors in 1720 on the square. The most widely used press in Europe was built in Mainz in 1450. Within the walls of Vienna, coffee was sold in 1685 by an Armenian merchant.
`)
	checkLeans(t, g, []leanCase{
		{"city's most famous", true},
		{"most consequential", true},
		{"Within fifty years", true},
		{"One is to cluster", true},
		{"coffeehouse in Venice", false},
		{"widely used", false},
		{"Within the walls", false},
	})
}

// TestBlankGivenNearby: a blank whose words the sentence spells in a
// longer name ("RuBisCO (ribulose-1,5-bisphosphate carboxylase) … called
// ___") or whose name the heading says in another form ("Ethiopia"
// under "… the Ethiopian Highlands") is given away.
func TestBlankGivenNearby(t *testing.T) {
	a := mustArticle(t, `# Coffee

## A Legend in the Ethiopian Highlands

Coffea arabica, the species behind most of the fine coffee sold today, is native to the forests of southwestern Ethiopia, where wild plants still grow. The story first appears in print in 1671, in a Latin treatise by Antoine Faustus Nairon in Rome.

## The Calvin Cycle

In the first phase, the enzyme RuBisCO (ribulose-1,5-bisphosphate carboxylase/oxygenase) attaches carbon dioxide to a five-carbon sugar called ribulose bisphosphate, or RuBP. Melvin Calvin received the Nobel Prize in Chemistry in 1961 for the work done in Berkeley.

## Brazil

Coffee reached Brazil in 1727, when Francisco de Melo Palheta brought seeds back from French Guiana to Belém.
`)
	for _, g := range sectionGens(a, Options{Course: "c"}) {
		for _, c := range g.gate(g.sentenceCandidates()) {
			switch strings.ToLower(c.answer) {
			case "ethiopia", "ribulose bisphosphate":
				t.Errorf("the gate keeps %q %q", c.q.Prompt, c.q.Text)
			}
		}
	}
}

// TestOptionsFitTheirPlace: after "around" a round year is asked among
// round years ("born around 1400": not 1377 and 1402), and a number that
// ends or starts a range is asked among numbers on its side of the other
// end ("5 to ___ micrometres": not 3).
func TestOptionsFitTheirPlace(t *testing.T) {
	a := mustArticle(t, `# Printing

## Mainz

Johannes Gutenberg was born in Mainz around 1400 into a patrician family of the city. In 1434 he was living in Strasbourg with his brother. A lawsuit of 1439 refers to a press in the workshop. In 1452 Fust advanced 800 guilders to the workshop. Mainz was sacked in 1462 by the troops of the archbishop. Gutenberg died in 1468 in the city of Mainz.

## Cells

Chloroplasts are small organelles roughly 5 to 10 micrometres long in most leaves. A leaf cell holds 3 layers of membranes around 25 stacks of thylakoids. Each stack holds 12 discs and 64 pigment clusters on its surface. Light between about 400 and 700 nanometres drives the reactions in the leaf.
`)
	gs := sectionGens(a, Options{})
	check := func(g *sectionGen, sent, answer string, ok func(v int) bool) {
		t.Helper()
		s := sentenceWith(t, g, sent)
		for _, tm := range g.lx.terms(s) {
			if tm.text != answer {
				continue
			}
			ds := g.findDistractors(tm, s, 3, true, "")
			if len(ds) == 0 {
				return // not asked: as good as fitting options
			}
			for _, d := range ds {
				v, _ := countValue(d)
				if !ok(v) {
					t.Errorf("%s is offered for %s in %q (all: %v)", d, answer, s.text, ds)
				}
			}
			return
		}
		t.Errorf("%s is not a term of %q", answer, s.text)
	}
	check(gs[0], "born in Mainz", "1400", func(v int) bool { return v%10 == 0 })
	check(gs[1], "micrometres", "10", func(v int) bool { return v > 5 })
	check(gs[1], "nanometres", "400", func(v int) bool { return v < 700 })
}

// TestLabelsAndRatios: a Roman numeral that tells one of a series apart
// ("Photosystem II") is no blank, nor the base of a ratio ("three in
// ten"), and a card's answer is never a phrase that points back ("CAM
// plants solve the same problem …").
func TestLabelsAndRatios(t *testing.T) {
	g := proseGen(t, `# Plants

## C4 and CAM Plants

Each photosystem holds hundreds of pigment molecules in the thylakoid membrane. Photosystem II, whose reaction centre absorbs best at red wavelengths, acts first in the chain. Historians estimate that in England roughly three in ten men could sign their names by the seventeenth century. In C4 plants the enzyme PEP carboxylase captures carbon dioxide in the mesophyll cells. CAM plants solve the same problem by separating the steps in time rather than in space.
`)
	for _, s := range g.sents {
		for _, tm := range g.lx.terms(s) {
			if tm.text == "II" {
				t.Errorf("%q is a term of %q", tm.text, s.text)
			}
		}
		for _, c := range g.spelledCounts(s) {
			if c.answer == "ten" {
				t.Errorf("%q is asked in %q", c.answer, s.text)
			}
		}
	}
	for _, c := range append(g.gate(g.sentenceCandidates()), g.gateClaims(g.fillCandidates())...) {
		if strings.HasPrefix(strings.ToLower(c.answer), "the same") {
			t.Errorf("card %q answered by %q", c.q.Prompt, c.q.Answer)
		}
	}
}

// TestBlanksOthersFit: a blank the heading names in another form
// ("Ethiopia" under "… the Ethiopian Highlands"), the last of a list
// of examples ("the Reformation, the growth of literacy or the ___"),
// or a figure of speech ("another twenty messages") is not asked.
func TestBlanksOthersFit(t *testing.T) {
	a := mustArticle(t, `# Coffee

## A Legend in the Ethiopian Highlands

Coffea arabica, the species behind most of the world's fine coffee, is native to the forests of southwestern Ethiopia, where wild coffee plants still grow today. The Kaldi story first appears in print in 1671, in a Latin treatise by Antoine Faustus Nairon in Rome.

## Effects

Printing did not by itself cause the Reformation, the growth of literacy or the Scientific Revolution, but each took the shape it did because of it. A clear two-paragraph summary at the top of a long thread does more good than another twenty messages from the team.

## Yemen

By the fifteenth century coffee was drunk in the Sufi monasteries of Yemen, near the port of Mocha on the Red Sea. The Scientific Revolution and the Reformation were shaped by print in Germany.
`)
	gs := sectionGens(a, Options{Course: "c"})
	if !gs[0].headingSays("Ethiopia") || gs[0].headingSays("Rome") {
		t.Errorf("headingSays under %q: Ethiopia %v, Rome %v", gs[0].sec.Heading, gs[0].headingSays("Ethiopia"), gs[0].headingSays("Rome"))
	}
	for before, want := range map[string]bool{
		"Printing did not by itself cause the Reformation, the growth of literacy or the ": true,
		"The Scientific Revolution and the ":                                               false,
		"He sailed with the fleet of Spain and ":                                           false,
	} {
		if listSlot(before) != want {
			t.Errorf("listSlot(%q) = %v, want %v", before, !want, want)
		}
	}
	for _, g := range gs {
		for _, c := range g.gate(g.sentenceCandidates()) {
			switch strings.ToLower(c.answer) {
			case "ethiopia", "scientific revolution", "twenty":
				t.Errorf("the gate keeps %q %q", c.q.Prompt, c.q.Text)
			}
		}
	}
}

// TestNamedBlanksGiven: a named word is no blank when the sentence gives
// it: its singular beside it ("grana (singular granum)"), its figure
// ("called P680 because it absorbs best at 680 nanometres"), or the
// words of the title it ends ("The Printing Press as an ___"), nor an
// event after "After" that many names fit ("After ___ the Consulate …").
func TestNamedBlanksGiven(t *testing.T) {
	g := proseGen(t, `# Cells

## The Chloroplast

Thylakoids are flattened sacs often stacked like coins into columns called grana (singular granum). Photosystem II, whose reaction centre is called P680 because it absorbs best at 680 nanometres, acts first. The historian Elizabeth Eisenstein, in The Printing Press as an Agent of Change (1979), called this standardisation and fixity. The fluid around the thylakoids is called the stroma, a dense solution of enzymes.
`)
	for _, text := range []string{
		"Thylakoids are flattened sacs often stacked like coins into columns called {{grana}} (singular granum).",
		"Photosystem II, whose reaction centre is called {{P680}} because it absorbs best at 680 nanometres, acts first.",
		"The historian Elizabeth Eisenstein, in The Printing Press as an {{Agent of Change}} (1979), called this standardisation and fixity.",
	} {
		if g.clozePasses(clozeOf(text)) {
			t.Errorf("the gate keeps %q", text)
		}
	}
	text := "After {{Brumaire}} the Consulate was set up, with Napoleon as First Consul."
	if g.clozePasses(clozeOf(text)) {
		t.Errorf("the gate keeps %q", text)
	}
	text = "The fluid around the thylakoids is called the {{stroma}}, a dense solution of enzymes."
	if !g.clozePasses(clozeOf(text)) {
		t.Errorf("the gate drops %q", text)
	}
}

// TestStatementsCompareBack: a statement that compares with what the text
// before said ("a similar ordinance the same year", "the same problems
// earlier still") is not shown alone; one that compares within itself
// ("at the same time as", "similar to") is.
func TestStatementsCompareBack(t *testing.T) {
	g := proseGen(t, `# Plague

## Labour

John II of France issued a similar ordinance for his kingdom in the same year. Pre-commit hooks in the repository catch the same problems earlier still. The Statute of Labourers was passed at the same time as the new poll tax in England. The French ordinance was similar to the English one in fixing wages at old rates.
`)
	for _, tc := range []struct {
		sent string
		want bool
	}{
		{"John II", false},
		{"Pre-commit", false},
		{"poll tax", true},
		{"fixing wages", true},
	} {
		if s := sentenceWith(t, g, tc.sent); quotable(s) != tc.want {
			t.Errorf("quotable(%q) = %v, want %v", s.text, !tc.want, tc.want)
		}
	}
}

// TestIrregularPastVerbs: "cut" and "spread" are verbs in the past too:
// "Strict infection control in England cut reported infections …" asks
// what cut them, never "What reported MRSA bloodstream infections …?".
func TestIrregularPastVerbs(t *testing.T) {
	g := proseGen(t, `# MRSA

## MRSA

The best-known resistant bacterium is methicillin-resistant Staphylococcus aureus, or MRSA. Penicillin-resistant staphylococci were already common in hospitals by the late 1940s. Methicillin, a penicillin designed to withstand beta-lactamase, was introduced in 1959, and the first resistant strains were reported in Britain in 1961. MRSA carries the mecA gene, which produces an altered penicillin-binding protein, PBP2a, that beta-lactam drugs barely bind to. For decades MRSA was mainly a hospital infection, but from the 1990s community-acquired strains began infecting healthy people too. Strict infection control in England cut reported MRSA bloodstream infections by more than three-quarters between the mid-2000s and the early 2010s. The lesson is that prevention works.
`)
	for _, c := range append(g.sentenceCandidates(), g.fillCandidates()...) {
		if strings.HasPrefix(c.q.Prompt, "What reported") || strings.HasPrefix(c.q.Prompt, "What did strict infection control in England cut reported") {
			t.Errorf("card %q", c.q.Prompt)
		}
	}
}

// TestRound19Giveaways: a statement that names the heading's year or
// its people in another form ("1347", "Jewish" under "… Persecution of
// Jews"), a card that asks what a place is, a number that a pointer
// measures ("On that definition, …"), a round figure after "at least"
// among exact ones, and a false statement that moves a rounded figure
// by less than a quarter are not asked.
func TestRound19Giveaways(t *testing.T) {
	a := mustArticle(t, `# Plague

## Messina and the Mediterranean, 1347

Ships leaving the Black Sea had carried plague to Constantinople by the summer of 1347. Genoese galleys brought the disease to Messina in Sicily in October of that year.

## Flagellants and the Persecution of Jews

Communities in Erfurt, Mainz and Cologne were destroyed in 1349, and debts owed to Jewish lenders were often cancelled. Bands of flagellants walked from town to town whipping themselves in public.

## Where Volcanoes Form

Most volcanoes lie along the boundaries of the tectonic plates that make up the Earth's rigid outer shell. At divergent boundaries, where plates pull apart, mantle rock rises to fill the gap and melts by decompression. Most of this happens unseen along the mid-ocean ridges, a chain of underwater mountains more than 60,000 kilometres long where new ocean floor is constantly being made. Iceland is one of the few places where a mid-ocean ridge, the Mid-Atlantic Ridge, rises above sea level.

## Magma and Lava

The Laki eruption in Iceland in 1783 and 1784 poured out about 15 cubic kilometres of basalt from a fissure about 27 kilometres long. How a volcano behaves depends largely on how much silica (silicon dioxide) its magma contains. Basaltic magma has roughly 45 to 52 per cent silica and erupts at about 1,100 to 1,200 degrees Celsius. It has low viscosity, meaning it is runny and flows easily. Andesitic magma, with about 52 to 63 per cent silica, is cooler and stickier. Rhyolitic magma, with more than about 69 per cent silica, erupts at roughly 650 to 850 degrees Celsius and is so viscous it barely flows. Viscosity matters because of gas. As magma rises and the pressure on it falls, dissolved gas forms bubbles, much as a fizzy drink does when the bottle is opened. In runny basalt the bubbles escape gently. In sticky rhyolite they are trapped, pressure builds and the magma can be blasted apart.

## Monitoring

Volcanoes usually give warning signs before they erupt. Seismometers record the small earthquakes produced as rising magma breaks rock, as well as the continuous shaking called volcanic tremor. Tiltmeters, GPS receivers and satellite radar (InSAR) measure swelling of the ground as magma collects beneath it, picking up changes of a few millimetres. Instruments on the ground and on satellites measure sulfur dioxide and carbon dioxide in volcanic gas, because changes in the amount or mix of gases can show that fresh magma is rising. At Pinatubo, monitoring and evacuations are estimated to have saved at least 5,000 lives. A few hundred people still died, many when roofs collapsed under ash made heavy by rain from a passing typhoon.
`)
	gs := sectionGens(a, Options{})
	for i, sent := range map[int]string{0: "Constantinople", 1: "Jewish lenders"} {
		if s := sentenceWith(t, gs[i], sent); gs[i].statementAnswer(s) {
			t.Errorf("%q is asked as the statement of %q", s.text, gs[i].sec.Heading)
		}
	}
	g := gs[2]
	for _, c := range append(g.gate(g.sentenceCandidates()), g.gateClaims(g.fillCandidates())...) {
		if strings.HasPrefix(strings.ToLower(c.q.Prompt), "what is iceland") {
			t.Errorf("card %q", c.q.Prompt)
		}
	}
	s := sentenceWith(t, proseGen(t, "# V\n\n## V\n\nOn that definition, there are about 1,350 potentially active volcanoes on land worldwide.\n"), "On that definition")
	if s.usable || quotable(s) {
		t.Errorf("%q leans on no text", s.text)
	}
	g = gs[4]
	s = sentenceWith(t, g, "at least 5,000")
	for _, tm := range g.lx.terms(s) {
		if tm.text == "5,000" {
			for _, d := range g.findDistractors(tm, s, 3, true, "") {
				if v, _ := countValue(d); v%100 != 0 {
					t.Errorf("%s is offered for 5,000 after “at least”", d)
				}
			}
		}
	}
	g = gs[3]
	s = sentenceWith(t, g, "Rhyolitic")
	for _, tm := range g.lx.terms(s) {
		if tm.text == "650" {
			if c := g.falseStatement(s, tm); c != nil {
				t.Errorf("false statement %q moves “roughly 650” too little", c.q.Prompt)
			}
		}
	}
}

// TestApproxBefore: the words that round the figure after them.
func TestApproxBefore(t *testing.T) {
	for before, want := range map[string]bool{
		"saved at least ":       true,
		"in more than ":         true,
		"was born around ":      true,
		"erupts at roughly ":    true,
		"a fissure ":            false,
		"which killed exactly ": false,
	} {
		if got := approxBefore(before); got != want {
			t.Errorf("approxBefore(%q) = %v, want %v", before, got, want)
		}
	}
}

// TestYearOptionsKeepTheSentencesOrder: a year's options fall on the
// same side of the sentence's other years as the answer: "After Tambora
// erupted in April 1815, … ___ became known as the Year Without a
// Summer" offers no year before 1815, and a study "published in 2021"
// found nothing in 2022.
func TestYearOptionsKeepTheSentencesOrder(t *testing.T) {
	g := proseGen(t, `# Volcanoes

## Hazards

After Tambora in Indonesia erupted in April 1815, killing at least 71,000 people, 1816 became known in Europe as the Year Without a Summer. A study of Microsoft employees, published in 2021, found that the shift to remote work in 2020 made networks more static. Mont Pelée destroyed Saint-Pierre in 1902 and killed about 28,000 people. Krakatau erupted in 1883 with a blast heard thousands of kilometres away. Mount St Helens erupted in 1980 after an earthquake. Pinatubo erupted in 1991 in the Philippines. Eyjafjallajökull closed European airspace in 2010 for about a week. Nevado del Ruiz buried Armero in 1985 under mudflows. Vesuvius last erupted in 1944 during the war. Laki erupted in 1783 for eight months. Hekla erupted in 1947 after a century of quiet.
`)
	for _, tc := range []struct {
		sent, answer string
		lo, hi       int
	}{
		{"Year Without a Summer", "1816", 1815, 3000},
		{"published in 2021", "2020", 0, 2021},
	} {
		s := sentenceWith(t, g, tc.sent)
		found := false
		for _, tm := range g.lx.terms(s) {
			if tm.text != tc.answer {
				continue
			}
			found = true
			for _, d := range g.findDistractors(tm, s, 3, true, "") {
				if v, _ := yearValue(d); v <= tc.lo || v >= tc.hi {
					t.Errorf("%s is offered for %s in %q", d, tc.answer, s.text)
				}
			}
		}
		if !found {
			t.Errorf("%s is not a term of %q", tc.answer, s.text)
		}
	}
}

// TestPlaceThatPointsBack: "besieging the town" names a town the text
// before gave; "the city of Caffa" names its own.
func TestPlaceThatPointsBack(t *testing.T) {
	g := proseGen(t, `# Plague

## Caffa

In 1346 the army of Jani Beg, khan of the Golden Horde, was besieging the town when plague broke out in its camp. In 1346 the army of Jani Beg besieged the city of Caffa on the Black Sea coast.
`)
	checkLeans(t, g, []leanCase{
		{"besieging the town", true},
		{"city of Caffa", false},
	})
}

// TestEverydayLabels: in prose, a list of labels that are everyday words
// ("suggestion: a proposed improvement …", "praise: something done
// well") is no glossary to learn: the word says what it means.
func TestEverydayLabels(t *testing.T) {
	g := proseGen(t, "# Review\n\n## Comments\n\nA review comment is a small piece of writing with a reader, and the usual rules of good writing apply. Many teams tag each remark with what it is. For example:\n\n"+
		"- **issue:** a problem that needs fixing before merge\n- **suggestion:** a proposed improvement the author can take or leave\n- **question:** a request for clarification, not a hidden demand\n- **praise:** something done well\n\n"+
		"Do not skip the praise. A question in a review is not an order, and an issue found late costs more than one found early.\n\n"+
		"## Speed\n\nWhen a change waits two days for feedback, the author switches to something else and loses context.\n\nGoogle's guide says a reviewer should respond within one business day at most.\n\nSmall changes are reviewed faster and more carefully than large ones.\n\nA team that measures time to first response can find where reviews stall.\n")
	if cs := g.glossaryCandidates(); len(cs) > 0 {
		t.Errorf("glossary questions on everyday labels: %q", cs[0].q.Prompt)
	}
}

// TestNoIntroductionStatement: the statement an introduction makes is
// the general one among other sections' details; it is not asked.
func TestNoIntroductionStatement(t *testing.T) {
	a := ratedArticle(t, "personal-finance.md")
	res := Generate(a, Options{Course: "m"})
	for i, b := range res.Banks {
		if res.Sections[i].Heading != "Introduction" {
			continue
		}
		for _, q := range b.Questions {
			if strings.Contains(q.Prompt, "statements is from") {
				t.Errorf("introduction asked: %q", q.Answer)
			}
		}
	}
}

// TestRound20Pointers: openers that lean on the text before ("From
// there, …", "After a pause, …", "The term, from the Greek …", "The
// result is …") and a time zone after a time ("at 02:56 ___") are not
// asked.
func TestRound20Pointers(t *testing.T) {
	g := proseGen(t, `# Roads

## Routes

From there, routes continued across Iran to Mesopotamia, where the caliphs founded Baghdad in 762. After a pause, Apollo 14 launched on January 31, 1971 from Florida. The term, from the Greek for lessening, was introduced by the botanists Farmer and Moore in 1905. The result is four haploid cells, each genetically different from the parent cell. The term was coined in 1877 by the geographer Ferdinand von Richthofen, who spoke of the "Silk Road" in his work on China. The process of meiosis takes place only in the cells that make gametes.
`)
	checkLeans(t, g, []leanCase{
		{"From there", true},
		{"After a pause", true},
		{"Greek for lessening", true},
		{"The result is", true},
		{"Richthofen", false},
		{"The process of meiosis", false},
	})
	text := "Hours later, at 02:56 {{UTC}} on July 21, Armstrong stepped onto the surface."
	if g.clozePasses(clozeOf(text)) {
		t.Errorf("the gate keeps %q", text)
	}
}

// TestBoundedFiguresStayTrue: a false statement does not move a figure
// that is a bound ("can fall 30% or more", "at least 5,000"): "25% or
// more" is still true; nor a year "around" by a few years.
func TestBoundedFiguresStayTrue(t *testing.T) {
	g := proseGen(t, `# Money

## Markets

Stocks are volatile, and markets can fall 30% or more in a bad year. Markets fell 25% in 2008 and 12% in 2011 and 18% in 2020, and rose 40% in 2009. Zhang Qian came home around 126 BCE with only one of his original companions, but with priceless intelligence. Zhang Qian set out around 138 BCE for the west. Emperor Wu sent more envoys in 119 BCE and 104 BCE to the west, and others in 129 BCE.
`)
	for _, tc := range []struct{ sent, term string }{
		{"30% or more", "30"},
		{"came home around", "126 BCE"},
	} {
		s := sentenceWith(t, g, tc.sent)
		for _, tm := range g.lx.terms(s) {
			if tm.text != tc.term {
				continue
			}
			if c := g.falseStatement(s, tm); c != nil {
				y, _ := yearValue(tc.term)
				if tm.kind == KindYear {
					if v, _ := yearValue(strings.Fields(strings.SplitN(c.q.Explain, "not ", 2)[1])[0]); v-y < 10 && y-v < 10 {
						t.Errorf("false statement %q", c.q.Prompt)
					}
					continue
				}
				t.Errorf("false statement %q", c.q.Prompt)
			}
		}
	}
}

// TestBoundedFigure: the figures a smaller or larger one may satisfy.
func TestBoundedFigure(t *testing.T) {
	for _, tc := range []struct {
		text, fig string
		want      bool
	}{
		{"markets can fall 30% or more in a bad year", "30", true},
		{"saved at least 5,000 lives", "5,000", true},
		{"more than 250 towns", "250", true},
		{"markets fell 25% in 2008", "25", false},
		{"the overland route took 120 days", "120", false},
	} {
		a := strings.Index(tc.text, tc.fig)
		if got := boundedFigure(tc.text, a, a+len(tc.fig)); got != tc.want {
			t.Errorf("boundedFigure(%q, %q) = %v, want %v", tc.text, tc.fig, got, tc.want)
		}
	}
}

// TestDaysAndLabels: a day that starts a range of days ("from 22 to 24
// October") and a unit's number ("No. 45 Commando") are no counts.
func TestDaysAndLabels(t *testing.T) {
	a := ratedArticle(t, "suez-crisis.md")
	for _, g := range sectionGens(a, Options{}) {
		for _, s := range g.sents {
			for _, tm := range g.lx.terms(s) {
				if strings.Contains(s.text, "from 22 to 24 October") && tm.text == "22" || strings.Contains(s.text, "No. 45") && tm.text == "45" {
					t.Errorf("%q is a term of %q", tm.text, s.text)
				}
			}
		}
	}
}

// TestBareDefiniteSubjects: in a story, "The plan was settled …" and "The
// offer soured …" name a plan and an offer the text before gave; a
// definition's "The length is the number …" names its own term, and a
// heading may name the noun.
func TestBareDefiniteSubjects(t *testing.T) {
	g := proseGen(t, `# Suez

## The Protocol

The plan was settled in secret talks held at a private villa in Sèvres. The offer soured after Nasser recognised the People's Republic of China in May 1956. The protocol was signed by all three delegations on the last day of talks. The length is the number of elements referred to by the slice.
`)
	for _, tc := range []struct {
		sent string
		back bool
	}{
		{"The plan", true},
		{"The offer", true},
		{"The protocol", false},
		{"The length", false},
	} {
		if s := sentenceWith(t, g, tc.sent); s.backRef != tc.back {
			t.Errorf("backRef(%q) = %v, want %v", s.text, s.backRef, tc.back)
		}
	}
}

// TestInitialInName: a name with an initial ("Kent C. Dodds") is one
// name, never "Kent C" and a stop; and a statement that opens on
// "Others" leans on the one before.
func TestInitialInName(t *testing.T) {
	a := ratedArticle(t, "writing-tests.md")
	for _, g := range sectionGens(a, Options{}) {
		for _, s := range g.sents {
			for _, tm := range g.lx.terms(s) {
				if tm.text == "Kent C" {
					t.Errorf("term %q in %q", tm.text, s.text)
				}
			}
			if strings.HasPrefix(s.text, "Others ") && quotable(s) {
				t.Errorf("%q is quotable", s.text)
			}
		}
	}
}

// TestOwnTopicStatements: a statement whose words its own section alone
// uses is on the topic the heading names ("Budget for travel …" under
// "Meeting in Person on Purpose"); one in the words of the whole article
// is not given away so.
func TestOwnTopicStatements(t *testing.T) {
	a := ratedArticle(t, "remote-teams.md")
	want := map[string]bool{
		"Budget for travel as a normal operating cost": false,
		"New hires are the people most harmed":         false,
		"Many teams replace the daily stand-up call":   true,
	}
	for _, g := range sectionGens(a, Options{}) {
		for _, s := range g.sents {
			for part, ok := range want {
				if strings.HasPrefix(s.text, part) {
					if got := g.statementAnswer(s); got != ok {
						t.Errorf("statementAnswer(%q) = %v, want %v", s.text, got, ok)
					}
					delete(want, part)
				}
			}
		}
	}
	if len(want) > 0 {
		t.Errorf("no sentences %v", want)
	}
}

// TestNameAcrossADash: "the Battle of Toba–Fushimi" is one name; no
// blank takes half of it.
func TestNameAcrossADash(t *testing.T) {
	g := proseGen(t, "# Japan\n\n## The Boshin War\n\nAt the Battle of Toba–Fushimi, fought south of Kyoto from 27 to 30 January 1868, a smaller but better-armed force from Satsuma and Chōshū defeated the larger shogunate army.\n")
	s := sentenceWith(t, g, "Toba")
	for _, tm := range g.lx.terms(s) {
		if strings.Contains(tm.text, "Toba") && !strings.Contains(tm.text, "Fushimi") || tm.text == "Fushimi" {
			t.Errorf("term %q in %q", tm.text, s.text)
		}
	}
}

// TestRound22: "By ___ the currencies were floating" and "Since ___ every
// currency has been fiat" are true of any later year too, so their
// options and swaps are earlier years; "until ___", later ones. A month
// is no name that "he" could mean ("In March 1860 he was assassinated"),
// and "his army" a few words in leans on the text before.
func TestRound22(t *testing.T) {
	g := proseGen(t, `# Money

## Floating

By 1973 the major currencies were floating against one another. Since 1971 every major currency has been fiat money. Britain kept the gold standard until 1914 and returned to it in 1925. The Bretton Woods system was agreed in 1944 and collapsed in 1971. The euro arrived in 1999, and notes followed in 2002. Germany went off gold in 1931 and the United States in 1933. France left gold in 1936 after years of deflation.

## People

In March 1860 he was assassinated outside the Sakurada Gate of Edo Castle by samurai from Mito. In February 1877 his army marched north and besieged Kumamoto Castle for some fifty days.
`)
	for _, tc := range []struct {
		sent, year string
		earlier    bool
	}{
		{"By 1973", "1973", true},
		{"Since 1971", "1971", true},
		{"until 1914", "1914", false},
	} {
		s := sentenceWith(t, g, tc.sent)
		y, _ := yearValue(tc.year)
		for _, tm := range g.lx.terms(s) {
			if tm.text != tc.year {
				continue
			}
			for _, d := range g.findDistractors(tm, s, 3, true, "") {
				if v, _ := yearValue(d); v > y == tc.earlier {
					t.Errorf("%s is offered for %s in %q", d, tc.year, s.text)
				}
			}
			if c := g.falseStatement(s, tm); c != nil {
				_, swapped, _ := strings.Cut(c.q.Explain, ", not ")
				if v, _ := yearValue(strings.TrimSuffix(swapped, ".")); v > y == tc.earlier {
					t.Errorf("false statement %q is true", c.q.Prompt)
				}
			}
		}
	}
	p := sectionGens(mustArticle(t, "# Money\n\n## Floating\n\nBy 1973 the major currencies were floating.\n\n## People\n\nIn March 1860 he was assassinated outside the Sakurada Gate of Edo Castle by samurai from Mito. In February 1877 his army marched north and besieged Kumamoto Castle for some fifty days.\n"), Options{})[1]
	for _, part := range []string{"he was assassinated", "his army"} {
		if s := sentenceWith(t, p, part); !leansOnText(s) {
			t.Errorf("%q leans on no text", s.text)
		}
	}
}

func mustArticle(t *testing.T, text string) *article.Article {
	t.Helper()
	a, err := article.Read("a.md", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// TestHeaderNames: a column's header is asked as "its Cause" only when it
// names one thing; "How it ended" and "Versions" do not.
func TestHeaderNames(t *testing.T) {
	for h, want := range map[string]bool{"Cause": true, "Peak month": true, "How it ended": false, "What it does": false, "Versions": false, "none": false} {
		if got := headerNames(h); got != want {
			t.Errorf("headerNames(%q) = %v, want %v", h, got, want)
		}
	}
}

// TestCardKeepsNamesArticle: "The Bretton Woods system underpinned …"
// asks "What did the Bretton Woods system underpin?", not "… did The …".
func TestCardKeepsNamesArticle(t *testing.T) {
	g := proseGen(t, "# Money\n\n## Bretton Woods\n\nThe Bretton Woods system underpinned the postwar boom, but it relied on the United States holding enough gold to honour its promise.\n")
	for _, c := range append(g.sentenceCandidates(), g.fillCandidates()...) {
		if strings.Contains(c.q.Prompt, " The Bretton") {
			t.Errorf("card %q", c.q.Prompt)
		}
	}
}

// TestSubjectPronounAfterOpener: "During systole it ejects …" and "Over
// water 4,000 metres deep it travels …": "it" is the subject, and what it
// is the text before says; so is "the country's" with no name after.
func TestSubjectPronounAfterOpener(t *testing.T) {
	g := proseGen(t, `# Heart

## Pumping

During systole it ejects about 70 millilitres, the stroke volume, leaving around 30 millilitres behind. Over water 4,000 metres deep it travels at about 700 kilometres per hour. In 2008 the country's official annual inflation rate reached 231 million percent. The left ventricle ejects about 70 millilitres of blood in each beat of the heart. It is the heart's largest chamber, with the thickest wall of muscle.
`)
	checkLeans(t, g, []leanCase{
		{"During systole", true},
		{"Over water", true},
		{"the country's", true},
		{"The left ventricle", false},
	})
}

// TestExampleCountsAndVagueChoices: a count in an example ("like reading
// ten pages a day") is any count, and "What should you choose?" asks for
// any choice.
func TestExampleCountsAndVagueChoices(t *testing.T) {
	g := proseGen(t, `# Languages

## Plateaus

Set goals defined by activity rather than outcome, like reading ten pages a day, because activities are within your control. Choose a specialist area, whether cooking, law or history, and learn its vocabulary in depth. Read twelve novels in the language before you try to write one yourself.
`)
	for _, s := range g.sents {
		for _, c := range g.spelledCounts(s) {
			if c.answer == "ten" {
				t.Errorf("%q asked in %q", c.answer, s.text)
			}
		}
	}
	for _, c := range append(g.gate(g.fillCandidates()), g.gateClaims(g.fillCandidates())...) {
		if strings.HasPrefix(c.q.Prompt, "What should you choose") {
			t.Errorf("card %q", c.q.Prompt)
		}
	}
}

// TestRound23: a blank that is part of a longer name ("The ___ Way",
// "The States ___", "the ___ Large Telescope") is given by the rest of it;
// "What was William Herschel?" has many answers; a swapped year stays on
// its side of a decade the sentence names ("In the 1390s … until ___").
func TestRound23(t *testing.T) {
	g := proseGen(t, `# Telescopes

## Galileo

The Milky Way dissolved into countless faint stars in his telescope in 1610. The States General were interested enough to commission instruments for their army. On the ground, the story continues with the European Southern Observatory's Extremely Large Telescope, a 39-metre giant in Chile. President Harry Truman approved the plan for a national observatory in 1947.
`)
	for _, text := range []string{
		"The {{Milky}} Way dissolved into countless faint stars in his telescope in 1610.",
		"The States {{General}} were interested enough to commission instruments for their army.",
		"On the ground, the story continues with the {{European Southern Observatory's Extremely}} Large Telescope, a 39-metre giant in Chile.",
	} {
		if g.clozePasses(clozeOf(text)) {
			t.Errorf("the gate keeps %q", text)
		}
	}
	text := "President {{Harry Truman}} approved the plan for a national observatory in 1947."
	if !g.clozePasses(clozeOf(text)) {
		t.Errorf("the gate drops %q", text)
	}
	h := proseGen(t, "# Telescopes\n\n## Herschel\n\nWilliam Herschel was a German-born musician living in Bath, England, who began building telescopes in the 1770s. Herschel found Uranus in 1781 with a telescope of his own.\n")
	for _, c := range append(h.gate(h.sentenceCandidates()), h.gateClaims(h.fillCandidates())...) {
		if strings.HasPrefix(c.q.Prompt, "What was William Herschel") {
			t.Errorf("card %q", c.q.Prompt)
		}
	}
	p := proseGen(t, "# Hansa\n\n## Pirates\n\nIn the 1390s the pirates known as the Victual Brothers raided Bergen and seized Visby, until the Teutonic Order drove them from Gotland in 1398. The league won the war in 1370 and signed the peace at Stralsund. Lübeck became a free imperial city in 1226. The Hanseatic diet met for the last time in 1669.\n")
	s := sentenceWith(t, p, "Victual")
	for _, tm := range p.lx.terms(s) {
		if tm.text != "1398" {
			continue
		}
		for _, d := range p.findDistractors(tm, s, 3, true, "") {
			if v, _ := yearValue(d); v < 1390 {
				t.Errorf("%s is offered for 1398 after “In the 1390s”", d)
			}
		}
	}
}

// TestThatYear: "the summer of that year" leans on the year the text
// before gave.
func TestThatYear(t *testing.T) {
	g := proseGen(t, "# Telescopes\n\n## Galileo\n\nIn the summer of that year Galileo built an instrument that magnified three times.\n")
	if s := sentenceWith(t, g, "that year"); !leansOnText(s) {
		t.Errorf("%q leans on no text", s.text)
	}
}

// TestRound24: faults of round 24, each in the article it was found in.
func TestRound24(t *testing.T) {
	read := func(name string) []*sectionGen { return sectionGens(ratedArticle(t, name), Options{}) }
	for _, g := range append(read("antarctic-exploration.md"), read("home-coffee.md")...) {
		var cands []*candidate
		cands = append(cands, g.gate(g.sentenceCandidates())...)
		cands = append(cands, g.gate(g.fillCandidates())...)
		cands = append(cands, g.gateClaims(g.fillCandidates())...)
		cands = append(cands, g.gate(g.glossaryCandidates())...)
		for _, c := range cands {
			p := c.q.Prompt + " " + c.q.Text
			switch {
			case strings.Contains(p, "poisoning caused.”"), // "caused by" names an agent, not a means
				strings.HasPrefix(p, "What did Shackleton go"),                  // "go" takes no object
				strings.HasPrefix(p, "Which three as a rough guide"),            // a label that names nothing
				strings.Contains(p, "describe as “if "),                         // a condition is no description
				strings.Contains(p, "1:_____"), strings.Contains(p, "_____:30"), // a ratio's or a time's figures
				c.q.Type == questions.TrueFalse && strings.Contains(c.q.Source, " to ") && rangeFigure(c.q.Source, c.answer):
				t.Errorf("asked: %q %q", c.q.Prompt, c.q.Text)
			}
		}
	}
}

// rangeFigure reports whether a figure ends a range in a text: "80 to 90".
func rangeFigure(text, fig string) bool {
	i := strings.Index(text, fig)
	if i < 0 {
		return false
	}
	lo, hi := rangeEnds(text, i, i+len(fig))
	return !math.IsInf(lo, 0) || !math.IsInf(hi, 0)
}

// TestNumberOptionsShareTheirUnit: a count's wrong options are counts of
// the same thing, or after the same word, elsewhere in the article:
// "nothing smaller than about 24 points" is not asked among 80 words and
// 130 minutes, nor "women over 30" among vote tallies.
func TestNumberOptionsShareTheirUnit(t *testing.T) {
	for _, tc := range []struct{ file, sent, fig string }{
		{"public-speaking.md", "24 points", "24"},
		{"womens-suffrage-uk.md", "women over 30", "30"},
	} {
		for _, g := range sectionGens(ratedArticle(t, tc.file), Options{}) {
			for _, s := range g.sents {
				if !strings.Contains(s.text, tc.sent) {
					continue
				}
				for _, tm := range g.lx.terms(s) {
					if tm.text != tc.fig {
						continue
					}
					for _, d := range g.findDistractors(tm, s, 3, true, "") {
						if !g.lx.says(d+" "+strings.Fields(s.text[tm.end:])[0]) && !g.lx.says(strings.ToLower(lastWord(s.text[:tm.start]))+" "+d) {
							t.Errorf("%s offered for %s in %q", d, tc.fig, s.text)
						}
					}
				}
			}
		}
	}
}

// TestWhoForAPerson: a card whose answer is a person asks "Who …?", and
// one whose answer is a name of a kind the generator cannot tell is not
// made: "What became one of the movement's organisers?" for Lydia Becker.
func TestWhoForAPerson(t *testing.T) {
	for _, g := range sectionGens(ratedArticle(t, "womens-suffrage-uk.md"), Options{}) {
		for _, c := range append(g.sentenceCandidates(), g.fillCandidates()...) {
			if strings.HasPrefix(c.q.Prompt, "What became one of the movement's most effective organisers") {
				t.Errorf("card %q", c.q.Prompt)
			}
		}
	}
}

// TestBackNouns: "the union", "the bill", "the story" name what the text
// before gave.
func TestBackNouns(t *testing.T) {
	g := proseGen(t, "# Votes\n\n## Militancy\n\nIn 1905 members of the union interrupted a Liberal meeting in Manchester to demand votes for women. The bill's final stages were delayed by his amendment in 1913. The Women's Social and Political Union was founded in Manchester in 1903.\n")
	checkLeans(t, g, []leanCase{
		{"members of the union", true},
		{"The bill's", true},
		{"Political Union was founded", false},
	})
}

// TestMixedCaseNameKeepsItsCase: "IgM" is a name in mixed case; a card's
// front does not write it "igM".
func TestMixedCaseNameKeepsItsCase(t *testing.T) {
	g := proseGen(t, "# Immunity\n\n## Antibodies\n\nIgM is the first antibody made in a response.\n")
	if got := g.midSentence("IgM is the first antibody"); !strings.HasPrefix(got, "IgM") {
		t.Errorf("midSentence = %q", got)
	}
}

// TestNumberOptionsOfScale: a number is offered only among numbers of
// its scale ("women over 21" never among 49, 61 and 62: the odd one
// out), and then among them.
func TestNumberOptionsOfScale(t *testing.T) {
	g := proseGen(t, `# Votes

## The Acts

In November 1918 a separate Act allowed women over 21 to stand for Parliament. The ship carried 28 men across the southern ocean to the island.

## Numbers

The petition was signed by women over 49 in the first week. Pensions went to men over 61 in the towns and to women over 62 in the country. Of the crew, 22 men stayed on the island and 24 men sailed on, while 36 men had gone home.
`)
	for _, tc := range []struct {
		sentence, answer string
		asked            bool
	}{
		{"In November 1918", "21", false},
		{"The ship carried", "28", true},
	} {
		s := sentenceWith(t, g, tc.sentence)
		var c *candidate
		for _, tm := range g.answerable(s) {
			if tm.kind == KindNumber && tm.text == tc.answer {
				c = g.choice(s, tm)
			}
		}
		if (c != nil) != tc.asked {
			t.Errorf("choice on %s in %q: %v, want %v", tc.answer, s.text, c != nil, tc.asked)
			continue
		}
		if c != nil {
			for _, o := range c.q.Choices {
				a, b := termValue(KindNumber, o), termValue(KindNumber, tc.answer)
				if max(a, b) > maxScale*min(a, b) {
					t.Errorf("option %s beside %s", o, tc.answer)
				}
			}
		}
	}
}

// TestRound28Cards: "What should you avoid?" and "What should you be
// careful about?" ask for any of the things a section of advice warns
// against (rejected by both raters of round 28).
func TestRound28Cards(t *testing.T) {
	g := proseGen(t, `# Salary

## Making the Case

Be careful about disclosing your current or previous salary during the first interview with a recruiter. Avoid comparing yourself unfavourably with colleagues or hinting at threats you do not intend to carry out.
`)
	for _, c := range append(g.gate(g.fillCandidates()), g.gateClaims(g.fillCandidates())...) {
		if strings.HasPrefix(c.q.Prompt, "What should you avoid") || strings.HasPrefix(c.q.Prompt, "What should you be careful about") {
			t.Errorf("card %q", c.q.Prompt)
		}
	}
}

// TestRound29: "Most escapes …", "The difference, about …" and "The rest
// comes …" lean on the text before; "Many missions lack …" and a pronoun
// before its noun do not.
func TestRound29(t *testing.T) {
	g := proseGen(t, `# Water

## Ice and Rivers

Once you can run continuously for 20 to 30 minutes, you can start to build your weekly total. Keep your gaze on the ground 10 or 20 metres ahead rather than at your feet while you run. Most escapes into the air as vapour through tiny pores on the leaves called stomata. If it melted completely, global sea level would rise by nearly 60 metres. The difference, about 40,000 cubic kilometres, is carried over the land by winds. The rest comes from the land: from lakes, wet soil and, above all, plants. Roughly 1,400 million cubic kilometres of water cover the planet in all its forms. Several missions have studied the polar ice sheets from orbit since the 1990s. Many missions lack the instruments to measure the thickness of sea ice. Though it inspired greater confidence in the postwar years, the nuclear monopoly was not of long duration.
`)
	checkLeans(t, g, []leanCase{
		{"Most escapes", true},
		// A pronoun before its noun points forward.
		{"Though it inspired", false},
		{"The difference, about", true},
		{"The rest comes", true},
		{"Once you can run", false},
		{"Several missions have", false},
		{"Many missions lack", false},
	})
}

// TestNamesLedByPrepositions: a name after "with" or "in" is someone
// the subject worked with, or a place: "she", and "her" as an object,
// still point back.
func TestNamesLedByPrepositions(t *testing.T) {
	g := proseGen(t, `# Curie

## Radium

In 1910, working with André-Louis Debierne, she isolated radium as a pure metal for the first time. In 1863, with help from a storekeeper in the Russian-ruled town, he found a workable route over the pass. In 1891 Maria Sklodowska moved to Paris, where she enrolled at the Sorbonne to study physics. The Duke of York took charge of the fire fighting, and he organised the demolition of houses. Fust took over much of the equipment, and with Schöffer he produced the Mainz Psalter in 1457. The rule was popularized by Elizabeth Warren and her daughter in their 2005 book. Universities in the Russian-ruled part of Poland did not admit women, so the usual path to higher education was closed to her. Stevens resigned abruptly in 1907, and Roosevelt replaced him with an army engineer.
`)
	checkLeans(t, g, []leanCase{
		{"working with André-Louis Debierne", true},
		{"with help from a storekeeper", true},
		{"In 1891 Maria Sklodowska", false},
		{"The Duke of York", false},
		{"Fust took over", false},
		{"popularized by Elizabeth Warren", false},
		{"Universities in the Russian-ruled part", true},
		{"Stevens resigned abruptly", false},
	})
}

// TestFamousYears: a year the sentence's own words name the event of
// ("missiles to Cuba", "the outbreak of the First World War") is known
// without the article; a year of the same event's aftermath is not.
func TestFamousYears(t *testing.T) {
	g := proseGen(t, `# Cold War

## Crises

In an about face, in 1962, the Soviet deployment of nuclear missiles to Cuba brought the superpowers close to war. The institute was completed in 1914, shortly before the outbreak of the First World War. The hotline between Washington and Moscow was set up in 1963 to prevent another such crisis.
`)
	checkAsked(t, g, askedCase{sent: "In an about face", no: []string{"1962"}})
	checkAsked(t, g, askedCase{sent: "The institute was completed", no: []string{"1914"}})
	checkAsked(t, g, askedCase{sent: "The hotline between", yes: []string{"1963"}})
}

// TestDaysBetween: "For thirteen days, from … 16 October to … 28
// October" counts the days its own dates span.
func TestDaysBetween(t *testing.T) {
	g := proseGen(t, `# Crisis

## Thirteen Days

For thirteen days, from the moment the President learned of the missiles on 16 October to the public promise to remove them on 28 October, his advisers debated what to do. The destroyer Joseph P. Kennedy Jr. stayed at sea for 11 days before returning to Norfolk on 5 November.
`)
	checkAsked(t, g, askedCase{sent: "For thirteen days", no: []string{"thirteen", "13"}})
	checkAsked(t, g, askedCase{sent: "The destroyer", yes: []string{"11"}})
}

// TestRound31: "What can the old version stay?" (no object), "What is a
// helpful extra?" and "What is the best-known example?" (a category,
// asked backwards) are no cards; "By default they will not store …",
// "at the Colline Gate …, he was made dictator" and "both men" point
// back.
func TestRound31(t *testing.T) {
	g := proseGen(t, `# Caches

## Invalidation

When a file's name changes with its content, the old version can stay cached forever without harm. A probe thermometer is a helpful extra for any baker who wants certainty. Rent control is the best-known example of a ceiling on prices in cities. By default they will not store a response to a request that carried an Authorization header. After winning a civil war at the Colline Gate in 82 BC, he was made dictator of Rome. In 70 BC both men held the consulship together and restored the powers of the tribunes.
`)
	for _, c := range append(g.gate(g.fillCandidates()), g.gateClaims(g.fillCandidates())...) {
		for _, bad := range []string{"What can the old version stay", "What is a helpful extra", "What is the best-known example"} {
			if strings.HasPrefix(c.q.Prompt, bad) {
				t.Errorf("card %q", c.q.Prompt)
			}
		}
	}
	checkLeans(t, g, []leanCase{
		{"By default they will", true},
		{"After winning a civil war", true},
		{"In 70 BC both men", true},
	})
}

// TestConversions: either side of a unit conversion gives the other
// ("6,650 kilometres (about 4,130 miles)").
func TestConversions(t *testing.T) {
	g := proseGen(t, `# Rivers

## The Nile

At roughly 6,650 kilometres (about 4,130 miles) from its most distant headwaters, the Nile is usually called the longest river in the world. Its basin covers about 3.4 million square kilometres and spans eleven countries of eastern Africa.
`)
	checkAsked(t, g, askedCase{sent: "At roughly 6,650", no: []string{"6,650", "4,130"}})
	checkAsked(t, g, askedCase{sent: "Its basin covers", yes: []string{"3.4"}})
}

// TestOnceNamed: a one-word name the article gives once may be a blank
// when it is plainly a name; not a country or capital everyone knows, an
// adjective of one, part of a longer name, or a word with a capital only
// because it starts the sentence.
func TestOnceNamed(t *testing.T) {
	for _, tc := range []struct {
		sentence, name string
		want           bool
	}{
		{"In 1910 the chemist Paul Ehrlich's search ended when the drug discovered by Hata was sold.", "Hata", true},
		{"Further upstream lay the desert region where the kingdom of Kush developed.", "Kush", true},
		{"Fossils of the seed fern Glossopteris are found on landmasses now far apart.", "Glossopteris", true},
		{"Three cirques can sculpt a pyramid-shaped horn, such as the Matterhorn on the border.", "Matterhorn", false},
		{"Merchants of the Tang dynasty in China used certificates called flying money.", "China", false},
		{"Semantic memory is general knowledge, such as knowing that Paris is the capital of France.", "Paris", false},
		{"The American example showed a people could make its own constitution.", "American", false},
		{"Delegates from the Allied nations met at the hotel in July of that year.", "Allied", false},
		{"The name itself is a Renaissance label for the thousand years before it.", "Renaissance", false},
		{"The chronicler Michele da Piazza described how the sailors were driven out.", "Piazza", false},
		{"Glassmaking was improved by Joseph von Fraunhofer in Bavaria in that century.", "Fraunhofer", false},
		{"Vesicles from the Golgi apparatus gather at the centre of the dividing cell.", "Golgi", false},
		{"The most common layout is Arrange, Act, Assert in every test of the suite.", "Arrange", false},
		{"A bomb damaged a house being built for the Chancellor, David Lloyd George, that year.", "Chancellor", false},
		{"Usually the flood reached its peak in the early autumn of each year.", "Usually", false},
		{"Twenty minutes a day will teach you more than three hours every Sunday, because skill grows with rest.", "Sunday", false},
	} {
		const rest = "\n\n## Other Matters\n\nThe harvest of that year was poor across the whole valley. Traders carried grain along the river to the markets of the coast. " +
			"Farmers kept records of the water level on stone steps by the bank.\n\n## Later\n\nThe old ways of farming lasted for many centuries after that time. " +
			"Most villages stood on higher ground above the reach of the water.\n"
		g := proseGen(t, "# Notes\n\n## Part\n\n"+tc.sentence+rest)
		s := g.sents[0]
		var got bool
		for _, tm := range g.answerable(s) {
			if tm.text == tc.name {
				got = true
			}
		}
		if got != tc.want {
			t.Errorf("%q: %q asked %v, want %v", tc.sentence, tc.name, got, tc.want)
		}
	}
}

// TestNameParticleShown: "as van ___ did" gives the rest of a name whose
// particle the sentence shows.
func TestNameParticleShown(t *testing.T) {
	for _, q := range ratedQuestions(t, "learning-to-draw.md") {
		if strings.Contains(q.Text, "van {{") {
			t.Errorf("blank after a name's particle: %q", q.Text)
		}
	}
}

// TestCloseRangeEnds: a number whose range's other end is near it ("93
// to ___ °C", "___ to 35 minutes") is no blank: the other end gives its
// size and a round step from it. Ends far apart ("4,000 to 11,000") are.
func TestCloseRangeEnds(t *testing.T) {
	for _, tc := range []struct {
		sentence, number string
		want             bool
	}{
		{"Bake the loaf for 30 to 35 minutes, until the crust is deep golden brown.", "30", false},
		{"If you have a thermometer, the centre of the loaf should read about 93 to 96 degrees.", "96", false},
		{"A normal diet generates roughly 50 to 100 millimoles of acid in a single day.", "100", false},
		{"The usual recommendation is to brew the coffee between about 90 and 96 °C at home.", "96", false},
		{"A healthy adult has roughly 4,000 to 11,000 white cells in every microlitre of blood.", "11,000", true},
		{"The average adult takes about 12 breaths a minute when resting quietly indoors.", "12", true},
	} {
		g := proseGen(t, "# Notes\n\n## Part\n\n"+tc.sentence+"\n\n## Other\n\nThe harvest of that year was poor across the whole valley and the river ran low.\n")
		var got bool
		for _, tm := range g.answerable(g.sents[0]) {
			if tm.text == tc.number {
				got = true
			}
		}
		if got != tc.want {
			t.Errorf("%q: %s asked %v, want %v", tc.sentence, tc.number, got, tc.want)
		}
	}
}

// TestEvenYears: a year option far from the answer while the others are
// near it (1945 among 1839, 1842 and 1844) is the odd one out; a year
// near the answer takes its place.
func TestEvenYears(t *testing.T) {
	const text = `# Kidney

## Structure

The capsule around each glomerulus was described by the surgeon William Bowman in 1842 in London.

## History

The anatomist Marcello Malpighi had studied the kidney under a microscope by 1839 in his own work. Another surgeon repeated the study in 1844 at a hospital in Paris.

## Treatment

Willem Kolff saved his first dialysis patient in 1945 in the Netherlands. The first lasting kidney transplant followed in 1954 in Boston.
`
	g := sectionGens(mustArticle(t, text), Options{})[0]
	s := g.sents[0]
	for _, tm := range g.lx.terms(s) {
		if tm.text != "1842" {
			continue
		}
		c := g.choice(s, tm)
		if c == nil {
			t.Fatal("no year choice on 1842")
		}
		for _, o := range c.q.Choices {
			if v, _ := yearValue(o); v > 1862 || v < 1822 {
				t.Errorf("option %s among %v is the odd one out", o, c.q.Choices)
			}
		}
		return
	}
	t.Fatal("1842 is no term")
}

// TestThatPoints: "Nearly all of that ice lies in …" points at ice the
// sentence before described, and is asked about by no question that
// shows it alone.
func TestThatPoints(t *testing.T) {
	for _, q := range ratedQuestions(t, "glaciers.txt") {
		if strings.HasPrefix(q.Prompt, "Nearly all of that ice") || strings.HasPrefix(q.Text, "Nearly all of that ice") {
			t.Errorf("asked alone: %q %q", q.Prompt, q.Text)
		}
	}
}

// TestNearYears: year options more than thirty years from the answer are
// ruled out by what a reader knows of the period (1851 and 1864 for a
// day founded in 2009): years near the answer take their place.
func TestNearYears(t *testing.T) {
	n := 0
	for _, q := range ratedQuestions(t, "ada-lovelace.md") {
		if !strings.HasPrefix(q.Prompt, "Which year") {
			continue
		}
		y, _ := yearValue(q.Answer)
		if y != 2009 {
			continue // the others are rounded years ("around 1840"), among decades
		}
		n++
		for _, o := range q.Choices {
			if v, _ := yearValue(o); v-y > 30 || y-v > 30 {
				t.Errorf("option %s among %v is far from %s", o, q.Choices, q.Answer)
			}
		}
	}
	if n == 0 {
		t.Fatal("no year choice on 2009")
	}
}

// TestAroundTheYear: "around the year 1000" is a rounded year, offered
// among rounded years: 997 and 1004 beside it pick it out.
func TestAroundTheYear(t *testing.T) {
	if !approxBefore("Paper money first appeared in China around the year ") {
		t.Error(`"around the year" is not read as rounding the year after it`)
	}
}

// TestYearInHeading: "218 BC" under the heading "Second (218–201 BC)" is
// given by the heading, which the learner sees.
func TestYearInHeading(t *testing.T) {
	g := proseGen(t, "# Punic Wars\n\n## Second (218–201 BC)\n\nHannibal crossed the Alps with his army and elephants in 218 BC and invaded Italy.\n\n## Third\n\nCarthage was destroyed by the Romans in 146 BC after a long siege of the city.\n")
	for _, tm := range g.answerable(g.sents[0]) {
		if strings.HasPrefix(tm.text, "218") {
			t.Errorf("%q is asked under the heading %q", tm.text, g.sec.Heading)
		}
	}
}

// TestYearsInALifetime: in a life of 1815–1852, an event of her life
// offered among 1810, 1860 and 1890 is the only year she could have done
// it; every option lies within the life the article gives.
func TestYearsInALifetime(t *testing.T) {
	n := 0
	for _, q := range ratedQuestions(t, "ada-lovelace.md") {
		if !strings.HasPrefix(q.Prompt, "Which year") {
			continue
		}
		y, _ := yearValue(q.Answer)
		if y <= 1815 || y > 1852 {
			continue
		}
		n++
		for _, o := range q.Choices {
			if v, _ := yearValue(o); v <= 1815 || v > 1852 {
				t.Errorf("option %s among %v lies outside the life of 1815–1852", o, q.Choices)
			}
		}
	}
	if n == 0 {
		t.Fatal("no year choice within her life")
	}
}

// TestOneExampleOfMany: "Bridalveil Fall in Yosemite Valley is a famous
// example" of a hanging valley's waterfall: other falls are as right.
func TestOneExampleOfMany(t *testing.T) {
	g := proseGen(t, "# Glaciers\n\n## Hanging valleys\n\nSide valleys are often left high above the main trough as hanging valleys, whose streams plunge down as waterfalls; Bridalveil Fall in Yosemite Valley, California, is a famous example.\n\n## Ice\n\nThe Aletsch Glacier in Switzerland is about 20 kilometres long and flows past Concordia.\n")
	for _, tm := range g.answerable(g.sents[0]) {
		if tm.text == "Bridalveil Fall" {
			t.Errorf("%q is asked, one example of many", tm.text)
		}
	}
}

// TestPowerOfBits: "a 16-bit query ID, a number with only 65,536 possible
// values": the count follows from "16-bit".
func TestPowerOfBits(t *testing.T) {
	g := proseGen(t, "# DNS\n\n## Spoofing\n\nA resolver accepted a response if it arrived on the right port and carried the right 16-bit query ID, a number with only 65,536 possible values.\n\n## Caching\n\nValues of about 300 seconds are typical for records that change often.\n")
	for _, tm := range g.answerable(g.sents[0]) {
		if tm.text == "65,536" {
			t.Errorf("%q is asked after 16-bit", tm.text)
		}
	}
}

// TestNamedTermSpelledBeside: "a branch of the portal vein … a grouping
// known as the portal triad": the sentence says "portal" twice already.
func TestNamedTermSpelledBeside(t *testing.T) {
	for _, q := range ratedQuestions(t, "the-liver.txt") {
		if strings.Contains(q.Text, "{{portal triad}}") || q.Answer == "portal triad" {
			t.Errorf("asked beside the portal vein and portal tracts: %q", q.Text+q.Prompt)
		}
	}
}

// TestNoBulletStatements: a bullet naming a cathode and what it is
// favoured for is no statement to offer.
func TestNoBulletStatements(t *testing.T) {
	for _, q := range ratedQuestions(t, "how-lithium-ion-batteries-work.md") {
		for _, c := range q.Choices {
			if strings.HasPrefix(c, "Nickel manganese cobalt oxide (NMC) and") || strings.HasPrefix(c, "Lithium iron phosphate (LiFePO") {
				t.Errorf("offered as a statement: %q", c)
			}
		}
	}
}

// TestNoBlankAcrossAVerb: "Blood leaving the islets flows first to the
// liver": "flows" is the verb, not a noun of "islets flows".
func TestNoBlankAcrossAVerb(t *testing.T) {
	for _, g := range sectionGens(ratedArticle(t, "the-pancreas.txt"), Options{Course: "rated"}) {
		for _, s := range g.sents {
			for _, tm := range g.answerable(s) {
				if tm.text == "islets flows" {
					t.Errorf("blank across a noun and its verb: %q", s.text)
				}
			}
		}
	}
}

// TestNamedTermAbbreviatedBeside: "a thin film called the solid
// electrolyte interphase, or SEI": the initials and "electrolyte" give the
// name away.
func TestNamedTermAbbreviatedBeside(t *testing.T) {
	for _, q := range ratedQuestions(t, "how-lithium-ion-batteries-work.md") {
		if strings.Contains(q.Text, "{{solid electrolyte interphase}}") {
			t.Errorf("asked beside its initials: %q", q.Text)
		}
	}
}

// TestOneOfAnOpenList: "the domain of the Comanche, the Kiowa, and other
// nations": any Plains nation fits the blank.
func TestOneOfAnOpenList(t *testing.T) {
	for _, q := range ratedQuestions(t, "the-dust-bowl.md") {
		if strings.Contains(q.Text, "{{Comanche}}") || strings.Contains(q.Text, "{{Kiowa}}") {
			t.Errorf("one of an open list asked: %q", q.Text)
		}
	}
}

// TestOrderItemsAreEvents: "John Steinbeck's novel The Grapes of Wrath"
// names a book, not something that happened.
func TestOrderItemsAreEvents(t *testing.T) {
	for _, q := range ratedQuestions(t, "the-dust-bowl.md") {
		for _, it := range q.Items {
			if strings.HasPrefix(it, "John Steinbeck's novel") || strings.HasPrefix(it, "Woody Guthrie, who") {
				t.Errorf("an order item that is no event: %q", it)
			}
		}
	}
}

// TestDefiniteNounPointsBack: "154 times the reference" after "a reference
// of 10.23 megahertz", "If air enters the space" after "this pleural
// space": the noun was introduced by the sentence before, which a
// question on the sentence must show.
func TestDefiniteNounPointsBack(t *testing.T) {
	for _, tc := range []struct{ file, sentence, before string }{
		{"how-gps-works.md", "which is exactly", "10.23"},
		{"the-lungs.txt", "If air enters the space", "pleural space"},
	} {
		for _, q := range ratedQuestions(t, tc.file) {
			if seen := q.Text + q.Prompt; strings.Contains(seen, tc.sentence) && !strings.Contains(seen, tc.before) {
				t.Errorf("asked without the sentence before: %q", seen)
			}
		}
	}
}

// TestArithmeticGivesIt: "Because ___ milliliters of each breath fills the
// dead space, only about 350 milliliters of a 500-milliliter breath
// reaches the alveoli": 500 − 350.
func TestArithmeticGivesIt(t *testing.T) {
	g := proseGen(t, "# Lungs\n\n## Dead space\n\nBecause 150 milliliters of each breath fills the dead space, only about 350 milliliters of a 500-milliliter breath reaches the alveoli.\n\n## Gas exchange\n\nOxygen crosses a barrier about 0.5 micrometres thick in well under a second.\n")
	for _, tm := range g.answerable(g.sents[0]) {
		if tm.text == "150" || tm.text == "350" {
			t.Errorf("%q is asked, the other two figures give it", tm.text)
		}
	}
}

// TestBulletLeads: a list whose items each open with a bold name and go
// on at length ("**Rotating tumblers**, which make turning easy but …")
// is asked by those names.
func TestBulletLeads(t *testing.T) {
	a, err := article.Read("guide.md", []byte("# Composting\n\n## Choosing a Bin and a Site\n\nYou can compost in an open heap, but most people find a container tidier and easier to manage. Common choices include:\n\n- **Plastic \"dalek\" bins**, which are cheap, compact and often subsidised by local councils.\n- **Wooden slatted bays**, ideal if you have plenty of garden waste; two or three side by side let you turn compost from one into the next.\n- **Rotating tumblers**, which make turning easy but hold a limited amount of material at any one time.\n- **Wormeries**, in which composting worms process kitchen scraps in a small space, even on a balcony.\n\n## Moisture\n\nAim for the dampness of a wrung-out sponge when you squeeze a handful of the heap.\n"))
	if err != nil {
		t.Fatal(err)
	}
	c := sectionGens(a, Options{})[0].bulletCard()
	if c == nil {
		t.Fatal("no card on the bins")
	}
	if want := "Plastic \"dalek\" bins\nWooden slatted bays\nRotating tumblers\nWormeries"; c.q.Answer != want {
		t.Errorf("back = %q, want %q", c.q.Answer, want)
	}
}

// TestRound46Fronts: what round 46's raters rejected as vague or given
// away, by the title ("What now uses … a typical model from the early
// 1970s?": a refrigerator), by being one of a list ("What should you
// add?" of a bullet among uses), or by grouping several things in each
// item ("Which six does it name?").
func TestRound46Fronts(t *testing.T) {
	for _, tc := range []struct{ file, front string }{
		{"how-refrigerators-work.md", "What now uses roughly a quarter"},
		{"a-beginners-guide-to-composting.md", "What should you add"},
		{"a-beginners-guide-to-composting.md", "Good things to add include:"},
	} {
		for _, q := range ratedQuestions(t, tc.file) {
			if strings.Contains(q.Prompt, tc.front) {
				t.Errorf("%s: asked %q", tc.file, q.Prompt)
			}
		}
	}
}

// TestDayAfterRange: "on 7 to ___ August" is the next day; "Philip's
// armies" is as well "Spain's".
func TestDayAfterRange(t *testing.T) {
	for _, q := range ratedQuestions(t, "the-spanish-armada.md") {
		if strings.Contains(q.Prompt, "on 7 to _____") || strings.Contains(q.Text, "{{Philip}}'s") {
			t.Errorf("asked: %q", q.Prompt+q.Text)
		}
	}
}

// TestYearAsItsDate: "The traditional founding date of ___ is a later
// convention": what was founded, the blank leaves out.
func TestYearAsItsDate(t *testing.T) {
	for _, q := range ratedQuestions(t, "the-rise-of-the-ottoman-empire.md") {
		if strings.Contains(q.Prompt, "founding date of _____") || strings.Contains(q.Text, "founding date of {{") {
			t.Errorf("asked: %q", q.Prompt+q.Text)
		}
	}
}

// TestRound49: what round 49's raters found given away or leaning: 162
// is 170 less eight, 90 per cent is a tenth's complement, a census year
// among years no census was taken, "the works" of the public works the
// sentence before introduced, and "most developers chose" with "For
// SARS-CoV-2" left off.
func TestRound49(t *testing.T) {
	for _, q := range ratedQuestions(t, "how-vaccines-are-tested.md") {
		if strings.Contains(q.Text, "{{162}}") || strings.Contains(q.Text, "efficacy is {{90}}") || strings.HasPrefix(q.Prompt, "What did most developers choose") {
			t.Errorf("asked: %q", q.Prompt+q.Text)
		}
	}
	for _, q := range ratedQuestions(t, "the-irish-potato-famine.md") {
		if strings.Contains(q.Prompt, "The census of _____") {
			for _, o := range q.Choices {
				if o[3] != q.Answer[3] {
					t.Errorf("census year %s among %v", q.Answer, q.Choices)
					break
				}
			}
		}
		if strings.HasPrefix(q.Prompt, "By the spring of 1850 more than 700,000 people were employed on the works") {
			t.Errorf("asked alone: %q", q.Prompt)
		}
	}
}

// TestRound50: a third of 3,000 megawatts, 100 less 99.3 percent, "type
// ___ diabetes" (1 or 2), the genrō "such as" three of them, and 1882
// beside 1881 among years twenty off.
func TestRound50(t *testing.T) {
	for _, q := range ratedQuestions(t, "how-nuclear-reactors-work.md") {
		if strings.Contains(q.Text, "{{1,000}} megawatts") || strings.Contains(q.Text, "{{0.7}} percent") {
			t.Errorf("asked: %q", q.Text)
		}
	}
	for _, q := range ratedQuestions(t, "the-endocrine-system.txt") {
		if strings.Contains(q.Text, "type {{2}}") || strings.Contains(q.Text, "Type {{2}}") {
			t.Errorf("asked: %q", q.Text)
		}
	}
	for _, q := range ratedQuestions(t, "the-meiji-constitution-and-taisho-democracy.md") {
		if strings.Contains(q.Prompt, "elder statesmen such as _____") {
			t.Errorf("asked: %q", q.Prompt)
		}
		if strings.Contains(q.Prompt, "(Constitutional Reform Party) in _____") {
			for _, o := range q.Choices {
				if v, _ := yearValue(o); v > 1892 {
					t.Errorf("option %s beside 1881 for %s: %v", o, q.Answer, q.Choices)
				}
			}
		}
	}
}

// TestRound51: "five to ___ minutes" (ten) is a close range end spelled
// out; 20 comparisons at the 0.05 level is its reciprocal; "What is a
// shared medium?" answered by what is one, and "What is a complication?"
// a category; "Eighteen-year-old Peter Fechter" is an age and a name;
// "If you have ever opened a research paper, read …, you are in good
// company" is no advice.
func TestRound51(t *testing.T) {
	for _, q := range ratedQuestions(t, "how-to-read-a-scientific-paper.md") {
		if strings.Contains(q.Text, "five to {{ten") || strings.Contains(q.Text, "If {{twenty") || strings.Contains(q.Prompt, "if you have ever opened") {
			t.Errorf("asked: %q", q.Prompt+q.Text)
		}
	}
	for _, q := range ratedQuestions(t, "how-wifi-works.md") {
		if strings.HasPrefix(q.Prompt, "What is a shared medium") || strings.HasPrefix(q.Prompt, "What is a complication") {
			t.Errorf("asked: %q", q.Prompt)
		}
	}
	for _, q := range ratedQuestions(t, "the-berlin-wall.md") {
		if strings.Contains(q.Text, "{{Eighteen-year-old") {
			t.Errorf("asked: %q", q.Text)
		}
	}
}

// TestRound52: a list card whose blank takes in a verb ("Houston,
// Mattingly and others spent long hours") or an appositive after "Four
// of the" reads as nonsense; "What did Nixon award?" asks for the first
// of two objects; "By the spring of ___" after 1969 among 1982 and 1994.
func TestRound52(t *testing.T) {
	for _, f := range []string{"how-blood-clots.md", "the-apollo-13-mission.md"} {
		for _, q := range ratedQuestions(t, f) {
			if strings.Contains(q.Prompt, "Four of the _____") || strings.Contains(q.Prompt, "“In _____ in simulators") ||
				strings.HasPrefix(q.Prompt, "What did President Richard Nixon award") {
				t.Errorf("asked: %q", q.Prompt)
			}
			if strings.Contains(q.Prompt, "By the spring of _____") {
				for _, o := range q.Choices {
					if v, _ := yearValue(o); v > 1980 {
						t.Errorf("option %s for %s beside 1969: %v", o, q.Answer, q.Choices)
					}
				}
			}
		}
	}
}

// TestRound53: a blank that splits "15¾", "caisson disease" beside
// "caissons", "The inner ___ is lined by urothelium" (the inner layer of
// what?), and "What should you read?" answered by three alternatives.
func TestRound53(t *testing.T) {
	for _, q := range ratedQuestions(t, "the-building-of-the-brooklyn-bridge.md") {
		if strings.Contains(q.Text, "}}¾") || strings.Contains(q.Text, "{{caisson disease}}") {
			t.Errorf("asked: %q", q.Text)
		}
	}
	for _, q := range ratedQuestions(t, "the-kidney-stones-and-urinary-tract.txt") {
		if strings.HasPrefix(q.Text, "The inner {{") || strings.Contains(q.Text, "The outer {{adventitia") {
			t.Errorf("asked: %q", q.Text)
		}
	}
	for _, q := range ratedQuestions(t, "how-to-start-running-a-book-club.md") {
		if strings.HasPrefix(q.Prompt, "What should you read") {
			t.Errorf("asked: %q", q.Prompt)
		}
	}
}

// TestRound55: "called the stratum lucidum follows." ends on its verb;
// "(roughly 10 by ___ feet)" and "about ___ centimetres (one inch)" are
// conversions the sentence gives.
func TestRound55(t *testing.T) {
	for _, q := range ratedQuestions(t, "the-skin.txt") {
		if strings.Contains(q.Text, "lucidum follows}}") {
			t.Errorf("asked: %q", q.Text)
		}
	}
	for _, q := range ratedQuestions(t, "how-to-plan-a-vegetable-garden.md") {
		if strings.Contains(q.Text, "10 by {{20}} feet") || strings.Contains(q.Text, "{{2.5}} centimetres (one inch)") {
			t.Errorf("asked: %q", q.Text)
		}
	}
}

// TestRound56: "tried a different approach" (different from what?), and
// "What should you pay?" of "Pay attention to how they are reacting".
func TestRound56(t *testing.T) {
	for _, q := range ratedQuestions(t, "the-boston-tea-party-and-the-road-to-revolution.md") {
		if seen := q.Prompt + q.Text; strings.Contains(seen, "“In _____ Charles Townshend") {
			t.Errorf("asked alone: %q", seen)
		}
	}
	for _, q := range ratedQuestions(t, "how-to-give-useful-feedback.md") {
		if strings.HasPrefix(q.Prompt, "What should you pay") {
			t.Errorf("asked: %q", q.Prompt)
		}
	}
}

// notAsked fails for each question of a rated article that shows one of
// the bad phrases in its prompt, text, answer, choices or items. "\x00"
// marks where the prompt and the text start; a choice or item ends in
// "\n".
func notAsked(t *testing.T, file string, bad ...string) {
	t.Helper()
	for _, q := range ratedQuestions(t, file) {
		seen := "\x00" + q.Prompt + " \x00" + q.Text + " " + q.Answer + "\n" + strings.Join(q.Choices, "\n") + "\n" + strings.Join(q.Items, "\n") + "\n"
		for _, b := range bad {
			if strings.Contains(seen, b) {
				t.Errorf("%s: asked %q", file, seen)
			}
		}
	}
}

// TestRound57: figures the sentence gives another way ("address ___ …
// the five-thousandth location", "___ dB … a tenfold increase", "___ to
// the power of 12 is 4,096", "36 bits … four groups of ___", "___
// tunnels, two on the Nevada side and two on the Arizona side"), a unit
// after a figure ("2,000 to 4,000 ___"), a bound swapped below itself
// ("may exceed 85 dB" for 110), sentences that lean ("a fifth level",
// "Each tunnel"), and cards that ask for a figure of speech ("What is
// ambition?") or for what a clause after "means" says follows.
func TestRound57(t *testing.T) {
	notAsked(t, "how-virtual-memory-works.md", "address {{5,000}}", "{{2}} to the power", "groups of {{9}}", "\x00Newer processors support a fifth level", "What does demand paging mean")
	notAsked(t, "the-building-of-the-hoover-dam.md", "{{four|4}} diversion", "\x00Each tunnel was about", "What does a well-known coincidence")
	notAsked(t, "the-ear-and-hearing.txt", "{{10}} dB corresponds", "4,000 {{Hz}}", "may exceed 85 dB")
	notAsked(t, "planning-a-week-of-meals.md", "What is ambition")
}

// TestLaterOrdinals: "a fifth level" leans on the levels the text before
// gave; "behind the outer wall … by a second wall" names the first wall
// itself.
func TestLaterOrdinals(t *testing.T) {
	g := proseGen(t, "# Walls\n\n## The Border\n\nThe border was guarded by many soldiers on foot. "+
		"Newer processors support a fifth level, extending virtual addresses to 57 bits. "+
		"Behind the outer wall lay a strip of raked sand and some 300 watchtowers, closed off on the eastern side by a second, inner wall.\n")
	checkLeans(t, g, []leanCase{{"a fifth level", true}, {"Behind the outer wall", false}})
}

// TestMoreThanWhat: "White's plan … was more modest." compares with the
// text before; "H+ as shorthand, but H3O+ is more accurate" within the
// sentence.
func TestMoreThanWhat(t *testing.T) {
	g := proseGen(t, "# Plans\n\n## Two Plans\n\nThe conference met in July. White's plan for a Stabilization Fund was more modest. "+
		"Chemists often write H+ as shorthand, but H3O+ is more accurate.\n")
	checkLeans(t, g, []leanCase{{"White's plan", true}, {"Chemists often", false}})
	g = proseGen(t, "# Wall\n\n## Escapes\n\nMany tried to cross. In all, roughly 5,000 people escaped across the border. "+
		"In some, the anthers ripen first. The oldest known detector was built by the scholar Zhang Heng in AD 132.\n")
	checkLeans(t, g, []leanCase{{"In all", false}, {"In some", true}})
	checkAsked(t, g, askedCase{sent: "The oldest known", yes: []string{"132"}})
	g = proseGen(t, "# Trade\n\n## Exchange\n\nExchange is the core idea: both sides give something up to get something they value more. "+
		"In practice the resources of both institutions proved inadequate to the scale of reconstruction.\n")
	checkLeans(t, g, []leanCase{{"both sides", false}, {"both institutions", true}})
}

// TestThatAndMore: "achieved that target." and "Some 100,000 more people
// were made ill." lean; "found that recall of trigrams dropped", "in
// 1795; more clay makes a harder lead" do not.
func TestThatAndMore(t *testing.T) {
	g := proseGen(t, "# Memory\n\n## Forgetting\n\nThe team set a goal of 20 decibels. In 1970 three researchers at Corning achieved that target. "+
		"In 1959 Lloyd and Margaret Peterson found that recall of three-letter trigrams dropped steeply. "+
		"Some 100,000 more people are thought to have been made ill. "+
		"Modern leads are graphite mixed with clay, a process patented by Conté in 1795; more clay makes a harder lead.\n")
	checkLeans(t, g, []leanCase{{"achieved that target", true}, {"found that recall", false}, {"Some 100,000", true}, {"Modern leads", false}})
}

// TestInitialInsideOpening: "In E. coli the old strand …" is asked whole,
// not from "coli".
func TestInitialInsideOpening(t *testing.T) {
	s := oneSentence(t, "In E. coli the old strand carries methyl groups that are added to new DNA only after a delay.", 0)
	if got := s.stem(-1, -1, ""); !strings.HasPrefix(got, "In E. coli") {
		t.Errorf("stem = %q, want the sentence from its start", got)
	}
}

// TestNamesWithInitials: "Abram S. Hewitt" is one name, and "Fred W.
// Haise Jr." ends with its stop.
func TestNamesWithInitials(t *testing.T) {
	g := proseGen(t, "# Bridge\n\n## Opening\n\nThe mayor spoke first. Abram S. Hewitt gave the principal oration, and the evening ended with fireworks. "+
		"Fred W. Haise Jr. was the lunar module pilot.\n")
	checkAsked(t, g, askedCase{sent: "Abram", yes: []string{"Abram S. Hewitt"}, no: []string{"S. Hewitt"}})
	checkAsked(t, g, askedCase{sent: "Fred W.", yes: []string{"Fred W. Haise Jr."}})
}

// TestItsAfterOpening: "Since the middle of the eighteenth century its
// glaciers have retreated" leans on what "its" is; "In 1990 Paris and
// its suburbs grew" does not.
func TestItsAfterOpening(t *testing.T) {
	g := proseGen(t, "# Ice\n\n## Glacier Bay\n\nThe bay lies in south-east Alaska. Since the middle of the eighteenth century its glaciers have retreated by more than 100 kilometres. "+
		"In 1990 Paris and its suburbs grew quickly. Before the water leaves the plant its acidity may be adjusted.\n")
	checkLeans(t, g, []leanCase{{"Since the middle", true}, {"In 1990 Paris", false}, {"Before the water", false}})
}

// TestUnitAfterFigure: "boosting frequencies of about 2,000 to 4,000 ___"
// is a unit, which the figures before it give away.
func TestUnitAfterFigure(t *testing.T) {
	g := proseGen(t, "# Hearing\n\n## The Outer Ear\n\nThe ear canal is about 2.5 centimetres long. "+
		"The canal itself resonates, boosting frequencies of about 2,000 to 4,000 Hz. Sound pressure is measured in dB by engineers at Bell Labs.\n")
	checkAsked(t, g, askedCase{sent: "The canal itself resonates", no: []string{"Hz"}})
	checkAsked(t, g, askedCase{sent: "Sound pressure", yes: []string{"Bell Labs"}})
}

// TestRound58: a figure that with another gives a third, roughly
// ("4,983 … just under ___ …, around 7,000"); a year after "by" swapped
// ("by 1450 its population had fallen"); sentences that lean ("Where it
// may once have held …, its population", "Hoping for Western help, he
// allowed", "the defenders won"); a back that points back ("the other
// two sides"); one example of several ("including ___'s"); one of a
// pair the sentence names ("called ___, or … called alkalosis"); and a
// verb of the field as a blank ("A strong acid ___ almost completely").
func TestRound58(t *testing.T) {
	notAsked(t, "the-fall-of-constantinople.md", "just under {{2,000}}", "by 1450 its population", "\x00Where it may once", "“Hoping for Western help, he", "\x00Unable to break the chain, he", "“At sea, the defenders", "What did sea walls guard")
	notAsked(t, "how-jet-engines-work.md", "including {{Whittle}}'s")
	notAsked(t, "acids-bases-and-the-ph-scale.txt", "{{acidosis}}", "{{ionises}}")
}

// TestNotRoughSums: "24 … slots …, each inclined 55 degrees …, though
// around 30 satellites" is no sum, and "tectonic plates" is no verb.
func TestNotRoughSums(t *testing.T) {
	for file, want := range map[string]string{"how-gps-works.md": "inclined {{55}} degrees", "volcanoes.txt": "the {{tectonic plates}}"} {
		found := false
		for _, q := range ratedQuestions(t, file) {
			found = found || strings.Contains(q.Text, want)
		}
		if !found {
			t.Errorf("%s: no question asks %q", file, want)
		}
	}
}

// TestRound59: statements that lean ("The two most common are …", "In
// some, …", "White's plan … was more modest.", "the resources of both
// institutions"); one of the examples after "such as" ("values such as
// 0.5, ___ and 0.375"); the number of a standard's name ("IEEE ___");
// a list card whose item names two ("**Round toward positive
// infinity** and **round toward negative infinity**"); a list of
// remarks taken for a glossary ("What does the section say of
// “Money”?"); and "What should you add?" with nothing to add it to.
func TestRound59(t *testing.T) {
	notAsked(t, "how-floating-point-numbers-work.md", "The two most common are", "0.5, {{0.25}}", "IEEE {{754}} requires", "Round toward zero\nRound toward positive infinity", "say of “Money”", "Which of these does the section “Pitfalls in Practice” describe")
	notAsked(t, "learning-to-knit.md", "What should you add")
	notAsked(t, "the-biology-of-pollination.txt", "\nIn some, ", " In some, ")
	notAsked(t, "the-bretton-woods-conference.md", "{{Stabilization Fund}}] was more modest", "Stabilization Fund}} was more modest", "resources of both institutions")
}

// TestRound60: "around that pump" shown as the sentence before; order items cut before their end ("… reviewed the
// Broad Street outbreak and"); a figure a user chooses ("When a user
// chooses ___ per cent power"); "What did the Southwark and Vauxhall
// Company draw?" (its water, from where is the point); and a table's
// headers in capitals mid-sentence ("which Component has … as its
// Job?").
func TestRound60(t *testing.T) {
	notAsked(t, "john-snow-and-the-broad-street-cholera-outbreak.md", "around that pump.", "outbreak and\n", "What did the Southwark and Vauxhall Company draw")
	notAsked(t, "how-microwave-ovens-work.md", "chooses {{50}}", "which Component has", "as its Job")
}

// TestRound61: one of a pair the sentence or the sentence shown before
// names ("called perigee, and … called ___", "the umbra … the lighter
// ___"); "About a week later, on the night of ___" and "Although it did
// not declare independence, the document …" lean; a list headed by
// advice ("Make results visible: …") is no glossary; "A related
// technique supports …" leans (related to what?).
func TestRound61(t *testing.T) {
	notAsked(t, "the-moon-phases-eclipses-and-tides.txt", "{{apogee}}", "{{penumbra}}")
	notAsked(t, "the-haitian-revolution.md", "“About a week later", "“Although it did not declare independence, the document")
	notAsked(t, "continuous-integration-explained.md", "say of “Make results visible”", "describe as “every developer merges", "A related technique supports")
}

// TestRound62: a count its sentence spells in a name ("all ___ hydrogen
// atoms … tetrafluoroethene"); a long form before its abbreviation
// ("better known as ___ or PVC"); one of a pair of abbreviations
// ("straight-chained HDPE …, while branched ___"); "achieved that
// target" leans; "Some ___ more people" (more than what?) leans.
func TestRound62(t *testing.T) {
	notAsked(t, "polymers-and-plastics.txt", "all {{four|4}} hydrogen", "{{polyvinyl chloride}} or PVC", "branched {{LDPE}}")
	notAsked(t, "how-fibre-optic-communication-works.md", "achieved that target")
	notAsked(t, "the-great-smog-of-london.md", "Some {{100,000}} more people")
}

// TestRound63: a count whose list follows a colon ("from ___ muscles …,
// the rotator cuff: supraspinatus, infraspinatus, teres minor and
// subscapularis").
func TestRound63(t *testing.T) {
	notAsked(t, "the-joints-of-the-human-body.txt", "{{four|4}} muscles whose tendons")
	// "B is settled at 3, and the road ___ improves D to 8": the labels
	// of a worked example the question does not show.
	notAsked(t, "how-dijkstras-algorithm-finds-shortest-paths.md", "the road {{")
}

// TestRound64: "which statement is from the section “Ecological
// Succession”" in an article of that title (every statement is), and
// "blasted his way into the upper ones" (the upper what?).
func TestRound64(t *testing.T) {
	notAsked(t, "ecological-succession.txt", "from the section “Ecological Succession”")
	notAsked(t, "the-building-of-the-great-pyramid-of-giza.md", "into the upper ones")
}

// TestRound65: a year after "after" swapped ("After 1893, pendulum rods
// could be made from invar" for 1896 is true as well); "The place lies
// in …" leans; "What did Challenger spend?" asks nothing.
func TestRound65(t *testing.T) {
	notAsked(t, "how-a-pendulum-clock-keeps-time.md", "After 1893, pendulum rods")
	notAsked(t, "the-voyage-of-hms-challenger.md", "“The place lies", "What did Challenger spend")
}

// TestNounPhraseItem: a list item that is a noun phrase ("A series of
// wheels and smaller gears called pinions, which carry … and divide
// …") is no sentence to blank or to quote.
func TestNounPhraseItem(t *testing.T) {
	notAsked(t, "how-a-pendulum-clock-keeps-time.md", "A series of wheels and smaller gears called")
}

// TestCountByDifference: "only eight seeds, there might be ___ round and
// three wrinkled" is the whole less the rest.
func TestCountByDifference(t *testing.T) {
	for _, q := range ratedQuestions(t, "mendel-and-the-laws-of-inheritance.txt") {
		if strings.Contains(q.Text, "{{five|5}} round") {
			t.Errorf("asked: %q", q.Text)
		}
		// "… giving three possible combinations:" leads in to a list; it
		// is no statement.
		for _, c := range q.Choices {
			if strings.HasSuffix(c, ":") {
				t.Errorf("option %q of %q", c, q.Prompt)
			}
		}
	}
}

// TestRound66: "What is cabbage?" answered by "the classic starting
// point", "What is salt?" by "the single most important variable": a
// ranking, not what the thing is.
func TestRound66(t *testing.T) {
	notAsked(t, "fermenting-vegetables-at-home.md", "\x00What is cabbage", "\x00What is salt")
}

// TestRound67: "16-bit … ___ bytes" (65,535, one less than two to the
// sixteenth); "What should you do when you load a web page?" of a list
// of cases whose main clause is "the bytes usually travel …"; "On the
// very same day" leans.
func TestRound67(t *testing.T) {
	notAsked(t, "how-tcp-delivers-data-reliably.md", "{{65,535}}", "What should you do when you load a web page")
	notAsked(t, "the-invention-of-the-telephone.md", "\x00On the very same day Elisha Gray", "“On the very same day Elisha Gray")
}

// TestRound68: a "why" card on a consequence ("… was easy to copy, so
// the industry adopted …"); "What is how long the sensor is exposed?";
// "very high doses of some, such as vitamin ___" and "For others, …"
// lean.
func TestRound68(t *testing.T) {
	notAsked(t, "how-card-payments-work.md", "was easy to copy.” Why", "so the industry adopted the _____")
	notAsked(t, "learning-to-see-a-beginners-guide-to-photography.md", "What is how long")
	notAsked(t, "vitamins-and-their-roles-in-the-body.txt", "doses of some, such as", "For others, large doses")
}

// TestRound69: "What does Veryovkina Cave … descend?" (descends more than
// 2,200 metres: no object); "What is not very porous?"; "a fleet of ___
// ships" under "The Voyage of Twenty-Five Ships".
func TestRound69(t *testing.T) {
	notAsked(t, "limestone-caves-and-karst-landscapes.txt", "What does Veryovkina Cave in the Caucasus Mountains descend", "What is not very porous")
	notAsked(t, "the-norse-settlement-of-greenland.md", "a fleet of {{25}} ships")
}

// TestRound70: "What did many people experienc?" (the base of
// "experienced"), and "which feature has “Toast and frying” as its
// ionisation?" of a table whose columns are the things compared.
func TestRound70(t *testing.T) {
	notAsked(t, "smell-and-taste-the-chemical-senses.txt", "experienc,", "experienc ")
	notAsked(t, "how-smoke-alarms-work.md", "which feature has", "can be summarised as follows:” Which")
}

// TestRound71: "29 degrees ___" (Celsius); "The two fragments, both
// positively charged, …", "Confirmation came more than a century
// later, in ___", "describing the result" and "showed that it did"
// lean.
func TestRound71(t *testing.T) {
	notAsked(t, "coral-reefs.txt", "{{Celsius}}", "\x00Confirmation came more than a century later", "“Confirmation came more than a century later")
	notAsked(t, "the-discovery-of-nuclear-fission.md", "\x00The two fragments", "“The two fragments")
}

// TestRound72: "can exceed ___ bar, about two thousand times atmospheric
// pressure"; "propane-1,___,3-triol"; "At one end is the ___ group"
// (of what?); "Ulugh Beg would govern there for ___ decades" (where?).
func TestRound72(t *testing.T) {
	notAsked(t, "how-diesel-engines-work.md", "exceed {{2,000}} bar")
	notAsked(t, "the-chemistry-of-soap-and-detergents.txt", "propane-1,{{", "\x00At one end is the")
	notAsked(t, "ulugh-beg-and-the-samarkand-observatory.md", "\x00Ulugh Beg would govern there")
}

// TestRound73: "spreaded" (the past of "spread"); "The two often
// disagree", "At the time smallpox was endemic" and "used the method"
// lean.
func TestRound73(t *testing.T) {
	if got := pastOf("spread"); got != "spread" {
		t.Errorf("pastOf(spread) = %q", got)
	}
	notAsked(t, "how-recommender-systems-work.md", "The two often disagree")
	notAsked(t, "the-eradication-of-smallpox.md", "spreaded", "\x00At the time smallpox", "“A twenty-country programme in West and Central Africa")
}

// TestRound74: "A rare exception was described in ___" (an exception to
// what?) leans.
func TestRound74(t *testing.T) {
	notAsked(t, "blood-groups-and-transfusion.txt", "“A rare exception was described")
}

// TestRound75: "What did … blam?" (the base of "blamed"); "Often it is a
// neutron star" leans; and round 74's card "What was described in 1952
// …?" answered by "A rare exception …".
func TestRound75(t *testing.T) {
	notAsked(t, "the-johnstown-flood-of-1889.md", " blam,", " blam ")
	notAsked(t, "the-life-cycles-of-stars.txt", "\x00Often it is a neutron star", "“Often it is a neutron star")
	notAsked(t, "blood-groups-and-transfusion.txt", "What was described in 1952")
}

// TestRound76: "What is that most of the stress comes from …?" (a
// definition asked by a clause) and "the medulla ___" (the second word of
// a field's compound).
func TestRound76(t *testing.T) {
	notAsked(t, "a-practical-guide-to-moving-house.md", "What is that most")
	notAsked(t, "the-control-of-breathing.txt", "medulla {{oblongata}}")
}

// TestRound78: a sentence that ends on what it is an example or an
// explanation of, never said ("…, far to the north-west of Kauai, are
// examples.", "… proposed an explanation."); "he" after an opening phrase
// of place ("Off Sandy Hook, … he emptied …"); a card on "well-known
// examples"; a year that is part of a name ("The War of ___").
func TestRound78(t *testing.T) {
	notAsked(t, "hotspots-and-mantle-plumes.txt", "\x00Midway Atoll", "proposed an explanation", "What do well-known examples")
	notAsked(t, "the-building-of-the-erie-canal.md", "The War of {{", "he emptied a keg")
}

// TestRound79: a round year among years a step of two apart ("well before
// ___": 1100, 1102, 1104, 1106).
func TestRound79(t *testing.T) {
	notAsked(t, "the-champagne-fairs.md", "1100\n1102\n1104\n1106")
}

// TestUnnamedRelation: an example, explanation or counterpart of
// something the sentence does not name leans on the text before; one
// whose other it names ("an example of", "Hubble's successor", "his
// Soviet counterpart", "an explanation: …", "for example") does not.
func TestUnnamedRelation(t *testing.T) {
	for text, want := range map[string]bool{
		"Midway Atoll and Kure Atoll, far to the north-west of Kauai, are examples.":                true,
		"Well-known examples include Hawaii, Iceland and Yellowstone.":                              true,
		"In 1963 the Canadian geophysicist J. Tuzo Wilson proposed an explanation.":                 true,
		"The Ring Nebula in the constellation Lyra is a well-known example.":                        true,
		"The Ring Nebula is an example of a planetary nebula.":                                      false,
		"Hubble's successor, the James Webb Space Telescope, was launched in 2021.":                 false,
		"Ambassador Adlai Stevenson challenged his Soviet counterpart, Valerian Zorin, to deny it.": false,
		"A committee settled for a more prosaic explanation: the hand of God and a great wind.":     false,
		"Smaller domes are called ice caps; Vatnajökull in Iceland is a well-known example.":        false,
		"A conventional panel has 60 or 72 cells, or the equivalent number of half-cut cells.":      false,
		"Some metals, for example copper, conduct heat well.":                                       false,
	} {
		s := &sentence{text: text, tokens: tokenize(text)}
		if got := unnamedRelation(s); got != want {
			t.Errorf("unnamedRelation(%q) = %v, want %v", text, got, want)
		}
	}
}

// TestRound80: a year of another sentence that tells the same deed
// ("patented … 1872" beside "In ___ Westinghouse patented a brake");
// "Westinghouse's answer" (to what?); "Each cell", "The largest share",
// "The rate" (of what?); "Astronomers outside France resisted, and …"
// (resisted what?).
func TestRound80(t *testing.T) {
	notAsked(t, "how-railway-air-brakes-work.md", "\x00Westinghouse's answer")
	for _, q := range ratedQuestions(t, "how-railway-air-brakes-work.md") {
		if strings.Contains(q.Prompt, "Westinghouse patented a brake") && slices.Contains(q.Choices, "1872") {
			t.Errorf("%q offers 1872, when Westinghouse patented his automatic brake", q.Prompt)
		}
	}
	notAsked(t, "red-blood-cells-and-the-transport-of-oxygen.txt", "\x00Each cell contains", "\x00The largest share", "\x00The rate is regulated")
	notAsked(t, "the-discovery-of-neptune.md", "\x00Astronomers outside")
}

// TestRound81: "the two zones", "the two kings" (which two?); "One
// scene shows …" (of what?); a blank its sentence spells ("the bits ___
// can only be read as 0, 110, 111").
func TestRound81(t *testing.T) {
	notAsked(t, "corrosion-and-the-rusting-of-iron.txt", "between the two zones")
	notAsked(t, "the-battle-of-kadesh.md", "\x00One scene shows", "the two kings concluded")
	notAsked(t, "how-huffman-coding-compresses-data.md", "the bits {{0110111}}")
}

// TestLeansRound80: what leans and what does not, beside the rounds'
// sentences.
func TestLeansRound80(t *testing.T) {
	checkLeansTexts(t, map[string]bool{
		"Each cell contains roughly 270 million haemoglobin molecules.":                           true,
		"Each of the cells contains roughly 270 million haemoglobin molecules.":                   false,
		"Each year the Edinburgh festival draws thousands of visitors.":                           false,
		"One scene shows the prince of Aleppo being held upside down.":                            true,
		"One quirk is that bcrypt only considers the first 72 bytes of a password.":               false,
		"The largest share, roughly 70 per cent, is carried as bicarbonate ions.":                 true,
		"The rate is regulated by the hormone erythropoietin.":                                    true,
		"The rate of production is regulated by the hormone erythropoietin.":                      false,
		"Astronomers outside France resisted, and Neptune was soon generally accepted.":           true,
		"In 2010 several upstream countries signed an agreement, which Egypt and Sudan rejected.": false,
		"Rust forms in a ring between the two zones.":                                             true,
		"Rust forms in a ring between the two zones of the drop.":                                 false,
		"At the corners of the board, players place the four rooks before the game begins.":       false,
	})
}

// TestRound82: "In response", "Within days", "in protest" (of what?);
// "the company's records", "the loss" (which, of what?); "What is
// usually to begin with …?" (no front).
func TestRound82(t *testing.T) {
	notAsked(t, "the-rise-of-solidarity-in-poland.md", "\x00In response a group", "\x00Within days", "broke out in protest")
	notAsked(t, "predators-and-prey.txt", "the company's records")
	notAsked(t, "how-medical-ultrasound-imaging-works.md", "\x00In soft tissue the loss")
	notAsked(t, "on-trust.md", "What is usually to begin")
}

// TestRound83: "a similar requirement" (similar to what?).
func TestRound83(t *testing.T) {
	notAsked(t, "the-tay-bridge-disaster.md", "introduced a similar requirement")
}

// TestLeansRound82: what leans and what does not, beside rounds 82 and
// 83's sentences.
func TestLeansRound82(t *testing.T) {
	checkLeansTexts(t, map[string]bool{
		"Within days Gierek was replaced as party leader by Stanisław Kania.":                                          true,
		"Within days of the vote, Gierek was replaced as party leader by Stanisław Kania.":                             false,
		"In response a group of intellectuals founded the Workers' Defence Committee in 1976.":                         true,
		"In response to the strikes, a group of intellectuals founded a committee in 1976.":                            false,
		"Strikes broke out in protest, and at the Wujek mine riot police shot dead nine miners.":                       true,
		"The Viceroy declared war without consulting Indian leaders, and the Congress ministries resigned in protest.": false,
		"Automattic, the company behind WordPress.com, has been distributed since 2005.":                               false,
		"The ecologist Charles Elton analysed the company's records in the 1920s.":                                     true,
		"The Board of Trade introduced a similar requirement for new railway bridges.":                                 true,
		"The Board of Trade introduced a requirement similar to the French one for new bridges.":                       false,
	})
}

// TestRound84: "them" and "they" with nothing before them that they
// could be ("astronomers understand them", "proposed that they come
// from"); "the fragments" (of what?); "Most ambitious of all" (of
// which?); "describe as" a clause; "five centuries ago", a round figure
// of speech.
func TestRound84(t *testing.T) {
	notAsked(t, "comets.txt", "\x00Today astronomers understand them", "proposed that they come from", "\x00Most ambitious of all", "the fragments struck")
	notAsked(t, "the-glassmakers-of-murano.md", "centuries ago")
	notAsked(t, "how-containers-work.md", "describe as “shared memory")
}

// TestRound85: "The process begins …", "In a variation called …", "a
// similar limit", "In between came …", "the four leaders", "… headsets
// followed, and …" (of what?); a list card whose items the heading
// names ("Feedforward, Feedback and Hybrid Designs").
func TestRound85(t *testing.T) {
	notAsked(t, "how-cells-repair-damaged-dna.txt", "\x00The process begins", "In a variation called")
	notAsked(t, "how-noise-cancelling-headphones-work.md", "sets a similar limit", "Which three does it name", "\x00Commercial aviation headsets followed")
	notAsked(t, "the-mexican-war-of-independence.md", "\x00In between came", "the four leaders were")
}

// TestRound86: a list card whose label is a clause with its own count
// ("Which three designers balance three competing goals …?"); a "why"
// of a participle's phrase ("A common form, called an omega block");
// "In both cases", "the university's", "the problem" (which?).
func TestRound86(t *testing.T) {
	notAsked(t, "how-garbage-collection-works.md", "Which three designers")
	notAsked(t, "the-jet-stream.txt", "called an omega block.” Why", "\x00In both cases")
	notAsked(t, "the-discovery-of-insulin.md", "the university's {{", "worked on the problem")
}

// TestRound87: "What had Rome campaigned?" (deep into Scotland: no
// object); "Through it …", "If that fails" (what?).
func TestRound87(t *testing.T) {
	notAsked(t, "the-building-of-hadrians-wall.md", "campaigned, according")
	notAsked(t, "the-anatomy-of-the-hand.txt", "\x00Through it")
	notAsked(t, "how-a-mortgage-works.md", "\x00If that fails")
}

// TestWorldBodies: "the ___" is the Earth, the Sun or the Moon for every
// reader ("uneven heating of the ___", rejected twice in rounds 77 and
// 86).
func TestWorldBodies(t *testing.T) {
	notAsked(t, "the-jet-stream.txt", "heating of the {{Earth}}")
	notAsked(t, "soil-formation-and-the-soil-profile.txt", "surface of the {{Earth}}")
}

// TestRound88: a table's column whose header is a question ("Works on
// induction?"); "the name" (which?); a name the title gives ("The trial
// of ___" in "The Trial of Galileo").
func TestRound88(t *testing.T) {
	notAsked(t, "how-induction-hobs-work.md", "as its Works on induction")
	notAsked(t, "the-trial-of-galileo.md", "The trial of {{Galileo")
}

// TestRound89: "they" after an opening date whose month is "May" (no
// modal); "the name" (which?); "towards ___ per cent" (100).
func TestRound89(t *testing.T) {
	notAsked(t, "the-first-ascent-of-mount-everest.md", "they climbed the southeast ridge", "adopted the name in")
	notAsked(t, "how-bloom-filters-work.md", "towards {{100}} per cent")
}

// TestNameSaysWhich: "the name" leans unless the sentence says which.
func TestNameSaysWhich(t *testing.T) {
	checkLeansTexts(t, map[string]bool{
		"The Royal Geographical Society adopted the name in 1865.":                            true,
		"Vitamin E is the name for a group of compounds, among them alpha-tocopherol.":        false,
		"The Meiji Restoration is the name given to the revolution that ended shogunal rule.": false,
		"Meszaros grouped the stand-ins used in tests under the name test doubles in 2007.":   false,
	})
}

// TestRound90: the rest of a title ("Chancellor of the ___"); the middle
// of a list whose ends it halves ("0, ___ and 90 degrees").
func TestRound90(t *testing.T) {
	notAsked(t, "the-south-sea-bubble.md", "Chancellor of the {{", "First Lord of the {{")
	notAsked(t, "how-strain-gauges-work.md", "0, {{45}} and 90")
}

// TestRound91: an abbreviation before its long form in brackets
// ("___ (DomainKeys Identified Mail)"); a long form before its
// abbreviation with a figure ("___, POP3"); "What remains are …" (of
// what?).
func TestRound91(t *testing.T) {
	notAsked(t, "how-email-is-delivered.md", "{{DKIM}} (DomainKeys", "{{Post Office Protocol}}, POP3")
	notAsked(t, "ocean-waves.txt", "\x00What remains are")
}

// TestRound92: "In 1913, however, …" (against what?); the last word of
// a name joined by "e" ("Carvalho e ___"); "At the northern end lay …"
// (of what?); "The treatment encourages …" (which?).
func TestRound92(t *testing.T) {
	notAsked(t, "allergies-and-the-immune-response.txt", ", however, a large trial", "\x00The treatment encourages")
	notAsked(t, "the-rebuilding-of-lisbon-after-the-1755-earthquake.md", "Carvalho e {{", "\x00At the northern end")
}

// TestRound93: "World production is …" (of what?); "Back in London …
// he met" ("Back" is no name "he" could be).
func TestRound93(t *testing.T) {
	notAsked(t, "bauxite-and-the-making-of-aluminium.txt", "\x00World production")
	notAsked(t, "the-rise-of-methodism.md", "\x00Back in London in")
}

// TestRound94: "The fraction that does is called …" (does what?).
func TestRound94(t *testing.T) {
	notAsked(t, "how-digital-image-sensors-work.md", "\x00The fraction that does")
}

// TestRound95: a name that opens its sentence keeps its capital on a
// card ("What did Giotto begin?", not "giotto"); a count in advice or
// a guess at what will happen ("as ___ desserts and no vegetables", "an
// extra ___ minutes"); "0 to ___" after "four bits" (15).
func TestRound95(t *testing.T) {
	notAsked(t, "the-building-of-brunelleschis-dome.md", "What did giotto")
	notAsked(t, "cooking-for-a-crowd.md", "as {{five|5}} desserts", "an extra {{ten|10}} minutes")
	notAsked(t, "how-one-time-passcodes-work.md", "0 to {{15}}")
}

// TestRespondedToWhat: "The Spanish responded on ___ by opening …"
// (round 94) and "Whitefield responded by preaching …" (round 93)
// respond to what the text before told.
func TestRespondedToWhat(t *testing.T) {
	notAsked(t, "the-great-siege-of-gibraltar.md", "sentence?\n“The Spanish responded on")
	notAsked(t, "the-rise-of-methodism.md", "\x00Whitefield responded by")
	checkLeansTexts(t, map[string]bool{
		"The Spanish responded on 12 April by opening a massive bombardment.":   true,
		"The Spanish responded to the convoy by opening a massive bombardment.": false,
	})
}

// TestRound97: the setting of an example ("Suppose a page asks to
// upload a photograph.") is no statement to offer.
func TestRound97(t *testing.T) {
	notAsked(t, "how-browser-sandboxes-work.md", "Suppose a page asks")
}

// TestRound99: "that same day" (which?).
func TestRound99(t *testing.T) {
	notAsked(t, "the-voyage-of-the-mayflower.md", "\x00That same day", " that same day")
}

// TestHalfInPairs: "46 chromosomes arranged in ___ pairs" is 23 by
// halving (round 98).
func TestHalfInPairs(t *testing.T) {
	notAsked(t, "sex-linked-inheritance.txt", "in {{23}} pairs")
}

// TestRound100: no "What does the section … say of …?" card outside
// notes (rejected by both raters, four times, in round 100), nor
// "describe as" a clause on "it".
func TestRound100(t *testing.T) {
	notAsked(t, "how-catalytic-converters-work.md", "say of “")
	notAsked(t, "the-self-strengthening-movement-in-qing-china.md", "say of “", "describe as “it ")
}

// TestRound102: a table's column whose header says what was done
// ("Letters used"); the rest of a name after "De" ("De ___ was later
// fined").
func TestRound102(t *testing.T) {
	notAsked(t, "how-cardiac-pacemakers-work.md", "as its Letters used")
	notAsked(t, "the-building-of-the-sydney-harbour-bridge.md", "De {{Groot}}")
}

// TestRound103: "What does rainfall shift?" (thousands of kilometres:
// how far, not what).
func TestRound103(t *testing.T) {
	notAsked(t, "el-nino-and-the-southern-oscillation.txt", "What does rainfall shift")
}

// TestRound105: a worked example's step ("Dividing by 96,500 gives ___
// moles"); "a closely related standard" (to what?); "showed otherwise"
// (than what?).
func TestRound105(t *testing.T) {
	notAsked(t, "electrolysis-and-its-uses.txt", "\x00Dividing by 96,500")
	notAsked(t, "how-fm-radio-works.md", "\x00In North America a closely related standard", "showed otherwise. In {{")
}

// TestRound108: "… is the best known." (the best known of what?).
func TestRound108(t *testing.T) {
	notAsked(t, "the-building-of-the-appian-way.md", "is the best known.")
}

// checkLeansTexts checks leansOnText on each sentence, read alone.
func checkLeansTexts(t *testing.T, cases map[string]bool) {
	t.Helper()
	for text, want := range cases {
		if got := leansOnText(&sentence{text: text, tokens: tokenize(text)}); got != want {
			t.Errorf("leansOnText(%q) = %v, want %v", text, got, want)
		}
	}
}

// TestRound116: an abbreviation whose long form is the blank's
// ("CEN/XFS (eXtensions for ___)"); a card on what a subject could not
// do with no verb ("What could large foreign ships not?"); "the
// contrast" (between what?); a card on what a thing can be.
func TestRound116(t *testing.T) {
	notAsked(t, "how-cash-machines-work.md", "(eXtensions for {{Financial Services}})")
	notAsked(t, "the-cohong-of-canton.md", "What could large foreign ships not")
	notAsked(t, "volcanic-rocks-how-lava-becomes-stone.txt", "What can the individual mineral grains", "the contrast")
}

// TestRound117: "before the change", "it fell" after an opening phrase,
// "had argued as much", "did germ theory provide one", "the only
// option" (of what?), "showed that it could pass" with nothing "it"
// could be, "Geminid meteors are slower" (than what?); a blank that
// splits a name ("___,4-D"); the year of a named event ("The
// revolutions of ___").
func TestRound117(t *testing.T) {
	notAsked(t, "ignaz-semmelweis-and-the-causes-of-childbed-fever.md", "before the change", "In June it fell", "“Alexander Gordon of Aberdeen had argued", "\x00Alexander Gordon of Aberdeen had argued",
		"germ theory provide one", "The revolutions of _____")
	notAsked(t, "how-loudspeakers-work.md", "\x00The moving coil is the only option.")
	notAsked(t, "plant-hormones-and-the-control-of-growth.txt", "{{2}},4-D", "showed that it could pass")
}

// TestRound118: a card whose subject is an adverb ("What does soon
// afterward …?"); a claim that ends "instead" (of what?); a card that
// drops the case its claim holds in ("In code compiled with frame
// pointers, each stack frame stores …"); a blank that a word of its
// sentence begins ("GDB … ___": gdbserver); the day after "3 or ___";
// a comparison with nothing to compare ("Geminid meteors are slower").
func TestRound118(t *testing.T) {
	notAsked(t, "meteors-and-meteor-showers.txt", "What does soon afterward", "3 or _____", "are slower, at about {{")
	notAsked(t, "how-debuggers-work.md", "What do windows compilers", "What does each stack frame store", "{{gdbserver}}")
}

// TestLeansRound117: what the text before said, read alone.
func TestLeansRound117(t *testing.T) {
	checkLeansTexts(t, map[string]bool{
		"In April 1847, before the change, the First Clinic had lost 57 of 312 mothers.":                       true,
		"The change from sail to steam took fifty years.":                                                      false,
		"In June it fell to about 2.2 per cent, in July to 1.2 per cent and in August to 1.9 per cent.":        true,
		"Alexander Gordon of Aberdeen had argued as much in 1795.":                                             true,
		"A blue whale eats as much as four tonnes of krill a day.":                                             false,
		"Only in the 1860s, through the work of Louis Pasteur, did germ theory provide one.":                   true,
		"The moving coil is the only option.":                                                                  true,
		"The moving coil is the only option for cheap speakers.":                                               false,
		"In 1910 and 1913 Peter Boysen-Jensen showed that it could pass through a thin block of gelatin.":      true,
		"The leaf bends towards the light because the stem showed that it could grow faster on the dark side.": false,
		"The US Treasury under George Humphrey made it clear that it would not support the pound.":             false,
		"The dermis lies beneath the epidermis and is much thicker.":                                           false,
		"Geminid meteors are slower, at about 35 kilometres per second, and are often bright.":                 true,
		"Geminid meteors are slower than the Perseids.":                                                        false,
		"Windows compilers usually write a separate Program Database (PDB) file instead.":                      true,
		"Windows compilers usually write a separate file instead of embedding the data.":                       false,
	})
}

// TestRound119: a blank that runs a month into a name ("In early ___
// passed": June Parliament); the year of a named event with its
// adjective ("The Russian Revolution of ___"); "the fighting" (which?);
// a card on an idiom's verb ("What should you pay?": attention).
func TestRound119(t *testing.T) {
	notAsked(t, "the-winnipeg-general-strike-of-1919.md", "{{June Parliament}}", "Russian Revolution of _____", "\x00When the fighting ended", "“When the fighting ended")
	notAsked(t, "on-saying-sorry-too-often.md", "What should you pay")
}

// TestRound120: "Ulloa's was captured" (Ulloa's what?), "A smaller
// event" (than what?); definition cards on an activity judged ("What is
// adjusting heat?": one of the most important skills) or on one of its
// meanings ("Paying attention also means staying close").
func TestRound120(t *testing.T) {
	notAsked(t, "the-french-geodesic-mission-to-peru.md", "\x00Ulloa's was captured")
	notAsked(t, "lake-stratification-and-turnover.txt", "“A smaller event at nearby")
	notAsked(t, "learning-to-cook-without-recipes.md", "What is adjusting heat", "What does paying attention mean")
}

// TestLeansRound120: what the text before said, read alone.
func TestLeansRound120(t *testing.T) {
	checkLeansTexts(t, map[string]bool{
		"Ulloa's was captured by the British, and he was taken to London.":                                true,
		"Ulloa's ship was captured by the British, and he was taken to London.":                           false,
		"A smaller event at nearby Lake Monoun in 1984 had killed 37 people.":                             true,
		"A smaller event than the eruption of 1986 killed 37 people in 1984.":                             false,
		"A higher proportion of crystalline regions usually makes a polymer denser.":                      false,
		"A stronger stimulus does not create a bigger action potential.":                                  false,
		"An older mechanism is the Expires header from HTTP/1.0.":                                         true,
		"In 1965 a historian argued that the bombs were used to gain a stronger position for bargaining.": false,
		"When the fighting ended in November 1918, thousands of soldiers came home.":                      true,
		"When the fighting in Flanders ended in November 1918, soldiers came home.":                       false,
	})
}

// TestNamesWhatTheSentenceAssumes: a sentence that speaks of "the ship"
// or "the hull", the thing the whole article is about, is asked with
// the article's title in its prompt, so the learner knows which ship
// (both raters of round 121 rejected the Vasa's questions without it);
// a sentence that names what it speaks of is asked as before, and no
// prompt names a title that holds an answer of its bank.
func TestNamesWhatTheSentenceAssumes(t *testing.T) {
	const from = "from “The Sinking and Raising of the Vasa”"
	named := 0
	for _, q := range ratedQuestions(t, "the-sinking-and-raising-of-the-vasa.md") {
		text := q.Prompt + " " + q.Text
		if strings.Contains(q.Text, "the ship quickly filled") || strings.Contains(q.Prompt, "dug six tunnels through the clay beneath the ship") {
			if !strings.Contains(q.Prompt, from) {
				t.Errorf("prompt %q does not say which ship", q.Prompt)
			}
		}
		if strings.Contains(q.Prompt, from) {
			named++
			if strings.Contains(strings.ToLower(text), "vasa") && strings.Count(strings.ToLower(text), "vasa") > 1 {
				t.Errorf("prompt %q names the Vasa twice", q.Prompt)
			}
		}
	}
	if named == 0 {
		t.Error("no prompt names the article")
	}
	for _, b := range Generate(ratedArticle(t, "the-trial-of-galileo.md"), Options{Course: "rated"}).Banks {
		for _, q := range b.Questions {
			if strings.Contains(q.Prompt, "from “The Trial of Galileo”") {
				for _, o := range b.Questions {
					if strings.Contains("the trial of galileo", strings.ToLower(o.Answer)) && o.Answer != "" {
						t.Errorf("%q names a title that holds the answer %q", q.Prompt, o.Answer)
					}
				}
			}
		}
	}
}

// TestLeansRound123: what the text before said, read alone (rounds 123
// to 126).
func TestLeansRound123(t *testing.T) {
	checkLeansTexts(t, map[string]bool{
		"Gresley regarded 125 mph as the fairer figure, but either number beat the German record.":              true,
		"Either the driver or the fireman could stop the train at any moment.":                                  false,
		"Either mode works for most builds here.":                                                               true,
		"Folate and vitamin B12 work together, so a deficiency of either disrupts the production of cells.":     false,
		"Hybrid schemes combine X25519 with ML-KEM, so a connection stays secure while either component holds.": false,
		"Trees lined either side of the road to the station for miles.":                                         false,
		"Partial updates are quicker but allow ghosting to build up, so devices mix the two.":                   true,
		"Where the original had listed the abuses of King George III, the new version listed more.":             true,
		"Further west lay Qana, the main harbour of Hadramawt, where resin was gathered.":                       true,
		"Most decisive was the spread of Christianity, which at first rejected burnt offerings.":                true,
		"Most people in Europe saw the plague as a punishment for their sins.":                                  false,
		"Gyricon proved the concept but never became a mass-market product.":                                    true,
		"Gyricon proved the concept of rotating balls but never became a mass-market product.":                  false,
		"In July 1848 Mott was visiting her sister, who lived in nearby Auburn.":                                true,
		"Auburn lies near Seneca Falls, in western New York.":                                                   false,
	})
}

// TestRound123: a figure whose other unit the brackets give ("about ___
// kelvin (−269 °C)"), half of a number written in two groups ("05 ___"),
// one of a pair of designations a digit apart ("___ images … or
// T2-weighted"), "either number" (of what?: asked after the sentence
// before it).
func TestRound123(t *testing.T) {
	notAsked(t, "how-mri-scanners-work.md", "{{4}} kelvin", "{{T1-weighted}}")
	notAsked(t, "mallard-and-the-steam-speed-record.md", "05 {{002}}", "{{05}} 002", "\x00Gresley himself", "“Gresley himself")
}

// TestNamesTheTitlesThing: "the observatory" in an article on the Royal
// Observatory is the title's thing, though the article says it less
// often than "star" or "clock" (round 127).
func TestNamesTheTitlesThing(t *testing.T) {
	for _, q := range ratedQuestions(t, "the-founding-of-the-royal-observatory-at-greenwich.md") {
		if strings.Contains(q.Prompt, "The immediate trigger for the observatory") && !strings.Contains(q.Prompt, "from “The Founding of the Royal Observatory at Greenwich”") {
			t.Errorf("prompt %q does not say which observatory", q.Prompt)
		}
	}
}

// TestRound127: a figure beside another it pairs with ("often ___ or 128
// kilobytes": 64).
func TestRound127(t *testing.T) {
	notAsked(t, "how-raid-protects-data.md", "{{64}} or 128")
}

// TestLeansRound128: "the wreck", "the accident", "The idea", "that
// happens" name what the text before told (rounds 128 to 130).
func TestLeansRound128(t *testing.T) {
	checkLeansTexts(t, map[string]bool{
		"After the wreck the men salvaged what they could from the river.":                     true,
		"The idea was simple: a sealed pot raises the boiling point of water.":                 true,
		"The idea of a sealed pot goes back to Denis Papin in 1679.":                           false,
		"In 1888 John Boyd Dunlop made air-filled tyres for his son and patented the idea.":    false,
		"If that happens, the safety valve opens and lets steam escape.":                       true,
		"The study of everything that happens to an organism after death is called taphonomy.": false,
		"At sea level, where the pressure is about 101 kilopascals, that happens at 100 °C.":   true,
		"The accident cost the expedition a boat and most of its food.":                        true,
	})
}

// TestRound132: a denial after "but" is not said the other way round
// ("Primary response stops the fall but brings frequency back": both
// raters saw the change).
func TestRound132(t *testing.T) {
	notAsked(t, "how-power-grids-keep-their-frequency-steady.md", "stops the fall but brings")
}

// TestLeansRound137: "that air", "that line", "that shape" name what
// the text before did, unless the sentence names it first; "If not,"
// and "to include one," too (rounds 135 to 138).
func TestLeansRound137(t *testing.T) {
	checkLeansTexts(t, map[string]bool{
		"If that air is moist enough, its temperature falls to the dew point and fog forms.":                        true,
		"When the core presents an address, the cache must decide very quickly whether it holds that line.":         true,
		"Saying goodbye well is, in the end, a way of honouring that shape.":                                        true,
		"Rain falling from warmer air evaporates into the cooler air, adding moisture until that air is saturated.": false,
		"The amount of vapour that air can hold before it becomes saturated depends on temperature.":                false,
		"Experiments showed that cells divide only after their DNA has been copied.":                                false,
		"In 1890 Behring showed that serum from immunised animals could neutralise the toxin.":                      false,
		"Research suggests that comfortable, unassisted reading requires knowing most of the words.":                false,
		"If not, the request goes to the second level, then to the third, and finally to main memory.":              true,
		"The Model 85, announced in 1968, was the first commercial computer to include one, and it helped.":         true,
	})
}

// TestFigureGivenInOtherUnits: a figure the sentence also gives in other
// units of more than one word or in words ("___ kilometres per hour
// (about 14 metres per second)", "about four feet (some ___ metres)",
// "about ___ metres, a quarter of a mile,"): both raters worked it out
// (rounds 134, 136 and 140).
func TestFigureGivenInOtherUnits(t *testing.T) {
	notAsked(t, "how-seatbelts-work.md", "{{50}} kilometres per hour")
	notAsked(t, "the-building-of-salisbury-cathedral.md", "some {{1.2}} metres")
	notAsked(t, "how-centre-pivot-irrigation-works.md", "{{400}} metres, a quarter")
}

// TestPercentOfAnotherFigure: a figure that is a percentage the
// sentence gives of another of its figures ("On a 50-hertz grid, a dip
// of ___ hertz is a 0.2 per cent deviation": 0.1) is worked out, not
// recalled (round 132).
func TestPercentOfAnotherFigure(t *testing.T) {
	notAsked(t, "how-power-grids-keep-their-frequency-steady.md", "a dip of {{0.1}} hertz")
}

// TestRound143: figures a reader works out from the sentence or the
// heading: a count the heading spells ("Seven Years of Silence …": "For
// about ___ years"; "… the Ten Principles": "a declaration of ___
// principles"), the days of a range the sentence gives ("Over ___ days,
// from 18 to 24 April"), a year another year and a span give ("For
// exactly two and a half centuries, from ___ to 1815"); a card that
// takes a noun for a modal ("What can heating a sealed from …?"), and a
// list whose lead does not say of what it gives examples ("Common
// examples include:") (rounds 143 to 146).
func TestRound143(t *testing.T) {
	notAsked(t, "the-building-of-the-thames-tunnel.md", "{{seven|7}} years the tunnel")
	notAsked(t, "the-bandung-conference-of-1955.md", "{{ten|10}} principles", "Over {{seven|7}} days", "Over _____ days")
	notAsked(t, "the-manila-galleon-trade.md", "from _____ to 1815", "from {{1565}} to 1815")
	notAsked(t, "the-gas-laws.txt", "What can heating a sealed")
	notAsked(t, "how-portland-cement-is-made.md", "“Common examples include:”")
}

// TestDenialWithItsConsequence: a denial whose consequence a "which"
// clause or an "and" with a pronoun gives is not said the other way round ("A single touch … does
// not cause it to close, which prevents it from wasting energy": both
// raters saw the false statement contradict itself, round 146).
func TestDenialWithItsConsequence(t *testing.T) {
	notAsked(t, "carnivorous-plants.txt", "A single touch of a trigger hair causes it to close")
	// "… cannot take up water fast enough to stay turgid, and they wilt"
	// (round 152).
	notAsked(t, "soil-water-and-its-availability-to-plants.txt", "plants can take up water fast enough")
}

// TestRound147: a year that names its exposition ("the Paris Exposition
// Universelle of ___"), a count of years the title's years give ("wait
// ___ years for the second transit" in "The Transits of Venus of 1761
// and 1769"), and "In the second stage" (of what?) (rounds 147 to 150).
func TestRound147(t *testing.T) {
	notAsked(t, "how-escalators-work.md", "Universelle of _____")
	notAsked(t, "the-transits-of-venus-of-1761-and-1769.md", "wait {{eight|8}} years")
	checkLeansTexts(t, map[string]bool{
		"In the second stage the filtered scanlines are joined together and compressed with DEFLATE, wrapped in the zlib format.": true,
		"In the second stage of the war the rebels moved north.":                                                                  false,
	})
}

// TestTableHeadersInSentenceCase: a table's header of several words is
// written in the prompt as the middle of a sentence ("which region of
// keyboard has …", not "which Region of keyboard"; "as its approximate
// skin depth"): raters rejected both for grammar (rounds 62 and 152).
func TestTableHeadersInSentenceCase(t *testing.T) {
	notAsked(t, "how-a-piano-works.md", "which Region of keyboard")
	notAsked(t, "how-induction-hobs-work.md", "which Pan material", "its Approximate skin depth")
}

// TestStatementsThatStandAlone: a statement offered as an option is a
// whole sentence that points at nothing unseen: not a bullet's
// description without its label ("Shifts the whole action sideways …"),
// nor one that opens "In each case" or "Striking there" (round 152).
func TestStatementsThatStandAlone(t *testing.T) {
	notAsked(t, "how-a-piano-works.md", "Shifts the whole action sideways", "Striking there weakens")
	notAsked(t, "soil-water-and-its-availability-to-plants.txt", "In each case the aim")
}

// TestFalseYearsNearTheTrue: a year swapped into a false statement is
// within twenty years of the true one. Farther, raters saw it false by
// the statement's own other years or by what everyone knows ("entered
// the war in 1568 and won … in 1631", "Pope John Paul II … in 1757",
// "converted to automatic operation in 1813, ending more than 170
// years"): accepted 30 times in 62 verdicts over rounds 18 to 154,
// against 139 in 180 for nearer ones.
func TestFalseYearsNearTheTrue(t *testing.T) {
	notAsked(t, "the-peace-of-westphalia.md", "entered the war in 1568")
}

// TestCommonAbbreviationsNotBlanked: an abbreviation a spelling
// dictionary lists ("ATP", "UTC", "DNA", "GPS") is known without
// reading: blind raters accepted 14 of 106 verdicts on such blanks,
// against 117 of 238 on other abbreviations (rounds 18 to 154).
func TestCommonAbbreviationsNotBlanked(t *testing.T) {
	notAsked(t, "the-nitrogen-cycle.txt", "{{ATP}}")
	notAsked(t, "how-one-time-passcodes-work.md", "{{UTC}}")
}

// TestNamesTheArticleOfAnyDefiniteThing: a sentence that speaks of "the"
// thing it does not name is asked with the article's title in its
// prompt, whatever the word ("The original basin, later known as the
// ___" in "The Venetian Arsenal"; "The usual angle of incline is ___
// degrees" in "How Escalators Work"): both raters of rounds 148 and 151
// asked of what. Blanks asked with the title were accepted 230 times in
// 312 verdicts over rounds 60 to 154, those without it 2,562 in 3,876.
// (The escalator's sentence, of eight words, is no longer asked: see
// minClozeWords.)
func TestNamesTheArticleOfAnyDefiniteThing(t *testing.T) {
	for file, text := range map[string]string{
		"the-venetian-arsenal.md": "The original basin, later known as",
	} {
		found := false
		for _, q := range ratedQuestions(t, file) {
			if strings.Contains(q.Text, text) {
				found = true
				if !strings.Contains(q.Prompt, "(from “") {
					t.Errorf("%s: prompt %q of %q does not name the article", file, q.Prompt, q.Text)
				}
			}
		}
		if !found {
			t.Errorf("%s: %q not asked", file, text)
		}
	}
}

// TestFiguresOfASupposedCase: a figure of a case the sentence supposes
// ("Suppose the countries trade at a price of ___ tonnes …", "If it were
// concrete, with a conductivity of about ___") is an example's value or
// worked out from the others: blind raters accepted 16 of 58 verdicts
// on figures in sentences that open "If", "Suppose" or "Imagine"
// (rounds 18 to 154).
func TestFiguresOfASupposedCase(t *testing.T) {
	notAsked(t, "comparative-advantage-and-the-gains-from-trade.txt", "Suppose the countries trade at a price of {{1.5}}")
	notAsked(t, "heat-transfer-conduction-convection-and-radiation.txt", "If it were concrete, with a conductivity of about {{1.5}}")
}

// TestRound155: an event that is only a noun and its participle ("A
// force led by the Chevalier de Troyes", cut before "marched"); a card
// whose subject opens with a preposition ("What did Alongside Tillett
// stand?"); statements that open "The reason is that" or "If not"
// (rounds 155 to 158).
func TestRound155(t *testing.T) {
	notAsked(t, "the-founding-of-the-hudsons-bay-company.md", "\nA force led by the Chevalier de Troyes\n")
	notAsked(t, "the-london-dock-strike-of-1889.md", "What did Alongside Tillett")
	notAsked(t, "how-cross-origin-resource-sharing-works.md", "\nThe reason is that", "\nIf not,")
}

// TestFalseFiguresInTheirUnitsRange: a figure of a compound duration is
// swapped only for one its unit allows ("23 hours, 70 minutes" was false
// on its face to both raters of round 161).
func TestFalseFiguresInTheirUnitsRange(t *testing.T) {
	notAsked(t, "how-geostationary-satellites-work.md", "23 hours, 70 minutes")
}

// TestRound159: a list whose last item is a count of more ("Kilwa,
// Mombasa, Malindi, Zanzibar and dozens of smaller towns") is no list
// to recall, and a card takes no adjective for its subject ("What does
// bacteriological test?" of "Bacteriological tests confirmed …")
// (rounds 159 to 162).
func TestRound159(t *testing.T) {
	notAsked(t, "the-sultanate-of-kilwa.md", "\ndozens\n", "\ndozens ")
	notAsked(t, "the-hamburg-cholera-epidemic-of-1892.md", "What does bacteriological test")
}

// TestRound163: the bits a count of values gives ("at most ___ bits, no
// … more than 256 distinct colours": 8), a figure between its
// neighbours ("Mounds ___, 3 and 4"), "In return" and "In exchange" (for
// what?), and a denial of an adverb's verb ("does not really suck",
// said the other way round "reallies suck") (rounds 163 and 164).
func TestRound163(t *testing.T) {
	notAsked(t, "how-the-gif-image-format-works.md", "at most {{8}} bits", "maximum of {{12}} bit")
	notAsked(t, "the-sutton-hoo-ship-burial.md", "Mounds {{2}}, 3 and 4")
	notAsked(t, "raffles-and-the-founding-of-singapore.md", "\x00In return the Sultan", "\x00In exchange the Sultan")
	notAsked(t, "how-a-vacuum-cleaner-works.md", "reallies")
}

// TestRound165: a date after the start of its range with a month ("the
// night of 30 June to ___"), a count the "one …, one …, and one …" after
// it gives ("___ great causeways …: one running north …, one west …, and
// one south …"), and no title in the prompt when a title word holds a
// bank's answer in another form ("mycorrhiza" under "Mycorrhizae: …")
// (rounds 165 to 168).
func TestRound165(t *testing.T) {
	notAsked(t, "the-fall-of-tenochtitlan.md", "30 June to _____", "{{Three}} great causeways", "{{Three|3}} great causeways")
	for _, q := range ratedQuestions(t, "mycorrhizae-the-partnership-between-fungi-and-roots.txt") {
		if strings.Contains(q.Text, "{{mycorrhiza}}") && strings.Contains(q.Prompt, "(from “Mycorrhizae") {
			t.Errorf("prompt %q names a title that holds its answer", q.Prompt)
		}
	}
}

// TestRound169: a quantifier before a name is a word of the sentence
// ("What did many Californians want?", not "Many Californians")
// (rounds 169 to 172).
func TestRound169(t *testing.T) {
	notAsked(t, "the-pony-express.md", "What did Many Californians")
}

// TestRound177: "proved otherwise", "the reverse problem", "somewhere in
// between" (not "five layers …, with a compound in between"), "Late that
// afternoon", "Some are made of …" lean on the
// text before; a capitalised word of the word lists opening a sentence
// is no name in a card ("What did Scurvy steadily weaken?"); no list
// whose last item runs into the verb ("Brinell machines confirms"); no
// card on half of an idiom ("What does a WebSocket connection begin?")
// (rounds 177 to 180).
func TestRound177(t *testing.T) {
	checkLeansTexts(t, map[string]bool{
		"Over roughly seven months Alexander proved otherwise, building a causeway across the sea.": true,
		"A teleost in fresh water faces the reverse problem.":                                       true,
		"The reverse of the coin shows an owl.":                                                     false,
		"A fish's blood and tissue fluids fall somewhere in between.":                               true,
		"The edges are folded into five layers of metal, with a sealing compound in between.":       false,
		"Late that afternoon a Zulu reserve crossed the river into Natal.":                          true,
		"Some are made of fragments of older rocks.":                                                true,
		"Some rocks are made of fragments of older rocks.":                                          false,
		"Many have a decorative cap that unscrews.":                                                 true,
	})
	notAsked(t, "willem-barentsz-and-the-winter-on-novaya-zemlya.md", "What did Scurvy")
	notAsked(t, "how-steel-is-hardened-and-tempered.md", "Brinell machines confirms")
	notAsked(t, "how-websockets-work.md", "What does a WebSocket connection begin")
}

// TestRound181: a year of a dated narrative is asked among years near it,
// not among 1700, 1750 and 1850 ("Early in ___ the travellers moved
// inland" in a journey of 1799 to 1804); four binary digits are no year
// ("the data bits … read 1011 again"); "grew up nearby." leans (rounds
// 181 to 184).
func TestRound181(t *testing.T) {
	notAsked(t, "alexander-von-humboldts-journey-to-the-americas.md", "1700\n1750")
	notAsked(t, "how-hamming-codes-correct-errors.md", "Which year completes")
	checkLeansTexts(t, map[string]bool{
		"The architect Donato Bramante grew up nearby.":    true,
		"The architect Donato Bramante grew up in Urbino.": false,
	})
}

// TestRound185: a number in a call is no year ("gcd(___, 385)"); a
// century "around" a date is asked among centuries, not among 290, 310
// and 320 BCE; no denial said the other way round before "and must …"
// ("Nine amino acids can be made … and must come from the diet"); no
// spelled number the sentence gives in figures ("only 5 males … just
// ___ fathers"); no card on a participle taken for the verb ("What did a
// hazard map publish?" for "A hazard map published weeks earlier had
// shown …") (rounds 185 to 188).
func TestRound185(t *testing.T) {
	notAsked(t, "the-euclidean-algorithm-and-the-greatest-common-divisor.txt", "gcd(_____")
	notAsked(t, "how-a-metal-lathe-works.md", "290 BCE")
	notAsked(t, "dietary-protein-digestion-absorption-and-use.txt", "Nine amino acids can be made")
	notAsked(t, "genetic-drift-and-small-populations.txt", "just {{five|5}} fathers")
	notAsked(t, "volcanic-hazards-and-their-monitoring.txt", "What did a hazard map publish")
}

// TestRound189: an abbreviation the sentence spells out after it
// ("___, the Networked Transport of RTCM via Internet Protocol"); a
// count the parts after it add up to ("___ vertebrae: 7 cervical …, 12
// thoracic …"), or one of those parts; a blank that takes a verb for a noun ("the bromine ends
// up") (rounds 189 to 192).
func TestRound189(t *testing.T) {
	notAsked(t, "how-real-time-kinematic-satellite-positioning-works.md", "{{NTRIP}}")
	notAsked(t, "the-vertebral-column.txt", "{{33}}", "{{4}} small")
	notAsked(t, "alkenes-and-their-addition-reactions.txt", "bromine ends}}")
}

// TestRound193: no figure, card or statement question of a worked
// example or an exercise ("The flux density falls steadily from 0.40 T
// to ___ T"; "Consider the three-letter ASCII string Man." under "A
// Worked Example"); no count between the
// counts the sentence spells ("from ___ shillings a week to eight, and
// then to seven"), nor a figure halfway between two others by doubling
// ("4 KB in SQLite, ___ KB in PostgreSQL and 16 KB"); no card whose
// subject takes in the time the sentence opens on ("What does each July
// a festival in the village bring?") (rounds 193 to 196).
func TestRound193(t *testing.T) {
	notAsked(t, "electromagnetic-induction.txt", "to {{0.10}} T")
	notAsked(t, "the-tolpuddle-martyrs.md", "from {{nine|9}} shillings")
	notAsked(t, "how-b-trees-organise-database-indexes.md", "{{8}} KB")
	notAsked(t, "the-tolpuddle-martyrs.md", "What does each July")
	notAsked(t, "how-b-trees-organise-database-indexes.md", "{{4}} KB")
	notAsked(t, "specific-heat-capacity-and-latent-heat.txt", "What does an electric kettle contain")
	notAsked(t, "how-base64-encoding-works.md", "Which of these statements is from the section “A Worked Example”")
}

// TestRound197: no abbreviation the words before it spell
// ("Gamma-aminobutyric acid, known as ___"); no blank whose other half
// the sentence says ("the ___ neuron and … the postsynaptic cell"); no
// list card on "Other approaches include:" (other than what?); no figure
// in an even run of three ("£20,000 …, £___ … and £10,000"); no card
// whose object is a pronoun ("What did Appius Claudius desire?" for
// "desired her"); no count a name in the sentence gives ("slicing-by-8 …
// ___ bytes"); no genus before its species ("___ meningitidis"); no card
// on an adjective read as a verb ("What do deficiencies of the early
// classical?"), nor a hedge left at the end of a claim ("…, probably.”
// Why?") (rounds 197 to 208).
func TestRound197(t *testing.T) {
	notAsked(t, "the-synapse-and-chemical-transmission.txt", "{{GABA}}", "{{presynaptic")
	notAsked(t, "how-pid-controllers-work.md", "Other approaches include")
	notAsked(t, "the-twelve-tables-of-roman-law.md", "What did Appius Claudius desire")
	notAsked(t, "how-cyclic-redundancy-checks-catch-errors.md", "process {{eight|8}} bytes")
	notAsked(t, "the-complement-system.txt", "{{Neisseria}}", "What do deficiencies of the early classical", "erythematosus, probably.”")
	notAsked(t, "john-harrison-and-the-marine-chronometer.md", "£{{15,000}}", "£{{20,000}}")
	for _, tc := range []struct {
		before, abbr string
		want         bool
	}{
		{"Gamma-aminobutyric acid, known as ", "GABA", true},
		{"the Global Positioning System (", "GPS", true},
		{"HomePlug AV uses ", "AES", false},
		{"cells in the brain release prothoracicotropic hormone, usually shortened to ", "PTTH", true},
	} {
		if got := spelledBefore(tc.before, tc.abbr); got != tc.want {
			t.Errorf("spelledBefore(%q, %q) = %v, want %v", tc.before, tc.abbr, got, tc.want)
		}
	}
}

// TestRound209: no advice card on a participle after the case ("When the
// war spread …, known … as King George's War, a force … raided"); no
// year whose abbreviation gives its last two digits ("the North American
// Vertical Datum of ___ (NAVD 88)"); no fraction the sentence gives as a
// percentage ("About 8 per cent …, so q is approximately ___") (rounds
// 209 to 212).
func TestRound209(t *testing.T) {
	notAsked(t, "the-fortress-of-louisbourg.md", "What should you do when the War of the Austrian Succession")
	notAsked(t, "how-spirit-levelling-measures-height.md", "Datum of {{1988}}", "Datum of _____")
	notAsked(t, "the-hardy-weinberg-principle.txt", "approximately {{0.08}}")
}

// TestRound217: no card on where a verb of motion went ("What did the
// Vega continue?" for "The Vega continued east alone"); a gerund opening
// a sentence is no name ("What does parsing CSV properly mean?") (rounds
// 217 to 224).
func TestRound217(t *testing.T) {
	notAsked(t, "nordenskiold-and-the-voyage-of-the-vega.md", "What did the Vega continue")
	notAsked(t, "how-csv-files-work.md", "What does Parsing")
}

// TestRound225: no figure the sentence's other figures multiply to
// ("44,100 samples per second, 16 bits per sample, in two channels, for
// a bit rate of ___ kilobits per second"); no blank over a noun and the
// verb after it ("When the ___ matures, …" blanking "archegonium
// matures") (rounds 225 to 228).
func TestRound225(t *testing.T) {
	notAsked(t, "how-mp3-compression-works.md", "{{1,411.2}}", "{{16}} bits per sample")
	notAsked(t, "the-life-cycle-of-ferns.txt", "archegonium matures}}")
}

// TestRound229: a cloze whose sentence names nothing says which article
// it is from ("Twenty-one people were killed and about ___ were
// injured"); no product the sentence spells ("three times 14 is ___")
// nor a figure of a run of digits ("0, 6, 0, ___, 1 and 5"),
// no count of months its months give ("almost ___ months, from May to
// September"), no year the start of which follows the year before ("In
// 1522 … surrendered … at the start of ___"); no card on what was
// noticed or suggested ("What did Nansen notice?"), nor on what holds
// only for some ("For some people, returning means …"); no definition
// that is a judgement ("Brackish water is a demanding place to live");
// "Some people prefer …" leans; "The total is 89, …" leans (rounds 229
// to 232).
func TestRound229(t *testing.T) {
	notAsked(t, "how-barcodes-encode-numbers.md", "is {{42}}", "\x00The total is 89", "0, 6, 0, {{2}}")
	notAsked(t, "the-great-siege-of-malta-1565.md", "{{four|4}} months", "at the start of _____")
	notAsked(t, "sea-ice.txt", "What did Nansen notice")
	notAsked(t, "the-cerebellum.txt", "What do modern counts suggest")
	notAsked(t, "on-returning-to-a-childhood-place.md", "What does returning mean")
	notAsked(t, "estuaries.txt", "What is brackish water")
	notAsked(t, "a-practical-guide-to-hanging-a-picture.md", "Some people prefer")
	for _, q := range ratedQuestions(t, "the-great-molasses-flood-of-1919.md") {
		if q.Type == questions.Cloze && (strings.HasPrefix(q.Text, "Twenty-one people") || strings.HasPrefix(q.Text, "Construction was")) &&
			!strings.Contains(q.Prompt, "Molasses Flood") {
			t.Errorf("%q asked without the article's title: %q", q.Text, q.Prompt)
		}
	}
}

// TestRound233: a passage's sentence before names what "That early chip"
// points at; no year late before the year after ("late ___ and January
// 1637"); no count that with the others makes the total ("Thirty-six
// people died: thirteen passengers, ___ members of the crew and one
// man"); no figure that converts the one before ("125 kilometres an
// hour, about ___ miles an hour") or after ("___ feet, or about 11,521
// metres"), nor a difference in hundredths
// ("7.53 … added to the ___ … giving 19.46"); no false statement that
// drops the "not" of "should not be confused"; no card on a verdict
// ("What did Locke's method offer?" for "a neat compromise");
// "the upper one" (asked after the sentence that names the rulers), "the
// numbers above:", "one of them", "Some survive,
// restored, …" and "… nearly doubles it." lean (rounds 233 to 236).
func TestRound233(t *testing.T) {
	notAsked(t, "how-an-optical-mouse-tracks-movement.md", "That early chip captured about {{")
	notAsked(t, "the-tulip-mania-of-the-1630s.txt", "late _____ and January", "late {{1636}}", "\x00A famous list from one of them")
	notAsked(t, "the-hindenburg-disaster.md", "{{twenty-two|22}} members", "about {{78}} miles")
	notAsked(t, "the-descent-of-the-trieste-into-the-challenger-deep.md", "{{37,800}} feet, or about")
	notAsked(t, "how-a-slide-rule-multiplies.md", "{{11.93}}", "{{0.301}} plus", "\x00Slide the upper one", "the numbers above")
	notAsked(t, "dew-frost-and-the-dew-point.txt", "Dew should be confused", "nearly doubles it")
	notAsked(t, "on-keeping-a-commonplace-book.md", "What did Locke's method offer")
	notAsked(t, "claude-chappes-semaphore-telegraph.md", "\x00Some survive")
}

// TestSequenceOpeners: a sentence that opens on "Now", "Next" or
// "Finally" is a step of what the text before set up ("Now look along
// the upper ruler to its 4": blind raters accepted none of 8 verdicts on
// such sentences).
func TestSequenceOpeners(t *testing.T) {
	notAsked(t, "how-a-slide-rule-multiplies.md", "\x00Now look along")
}

// TestRound237: no figure everyone knows from school in the sentence
// that gives it ("water boils at ___ degrees Celsius", "body temperature
// of ___ °C", "___ minutes to a degree", "The Earth turns about ___
// degrees per hour", "about ___ hectopascals" at sea level, the tilt of
// the Earth's axis); "the figure falls" leans on the figure before; no
// card on what "Others" did (rounds 237 to 240).
func TestRound237(t *testing.T) {
	notAsked(t, "geysers-and-hot-springs.txt", "boils at {{100}}", "boils at _____", "about {{37}} degrees")
	notAsked(t, "how-a-sextant-finds-latitude.md", "{{sixty|60}} minutes to a degree")
	notAsked(t, "how-a-gyroscope-keeps-its-direction.md", "turns about {{15}} degrees")
	notAsked(t, "dew-frost-and-the-dew-point.txt", "about {{1,013}} hectopascals")
	notAsked(t, "sundials-and-the-measurement-of-solar-time.txt", "{{23.4}} degrees")
	notAsked(t, "how-a-vacuum-flask-keeps-drinks-hot.md", "the figure falls")
	notAsked(t, "the-tunguska-event-of-1908.md", "What have others blamed")
}

// TestChoiceNamesArticle: a choice whose sentence names nothing says
// which article it is from, as a blank does ("On _____ a balloon tore
// free and vanished.": both raters of round 237 asked whose).
func TestChoiceNamesArticle(t *testing.T) {
	for _, q := range ratedQuestions(t, "marconi-and-the-first-transatlantic-wireless-signal-1901.md") {
		if strings.Contains(q.Prompt, "a balloon tore free") && !strings.Contains(q.Prompt, "from “Marconi") {
			t.Errorf("asked without the article's title: %q", q.Prompt)
		}
	}
}

// TestRound241: no figure the sentence halves ("half the 29.5-day
// cycle"); no year whose other
// reckoning follows it in brackets ("AD ___ (or 63, by Tacitus's
// reckoning)"); "that followed", "argued otherwise" and ", that is the
// difference" lean (rounds 241 to 244).
func TestRound241(t *testing.T) {
	notAsked(t, "tides-and-tidal-ranges.txt", "{{14.8}}")
	notAsked(t, "the-eruption-of-vesuvius-in-ad-79.md", "AD {{62}}", "AD _____ (or 63")
	notAsked(t, "alexander-fleming-and-the-discovery-of-penicillin.md", "drugs}} that followed")
	notAsked(t, "how-a-crumple-zone-protects-a-cars-occupants.md", "\x00For a 75 kg occupant, that is", "\x00The engineer who argued otherwise")
}

// TestEnumerations: a sentence that counts what it is about, and the
// sentences after it that take the things in turn ("The first is …",
// "The second is …"), make a card that asks for them.
func TestEnumerations(t *testing.T) {
	for _, tc := range []struct {
		file, front, back string
	}{
		{"colligative-properties-of-solutions.txt", "“Colligative calculations use two measures of concentration.” Which two does it name?", "mole fraction\nmolality"},
		{"ocean-waves.txt", "“The size that wind waves eventually reach depends on three factors.” Which three does it name?", "wind speed\nduration\nfetch"},
	} {
		found := false
		for _, q := range ratedQuestions(t, tc.file) {
			if q.Type == questions.Card && strings.HasSuffix(q.Prompt, tc.front) {
				found = true
				if q.Answer != tc.back {
					t.Errorf("%s: %q answered %q, want %q", tc.file, tc.front, q.Answer, tc.back)
				}
			}
		}
		if !found {
			t.Errorf("%s: no card %q", tc.file, tc.front)
		}
	}
	// Blind raters rejected those whose sentence or heading names the
	// things already (and one whose heading says them in other words,
	// "Class Decorators and Classes as Decorators", still asked).
	notAsked(t, "blood-pressure-and-its-regulation.txt", "“Mean arterial pressure depends on two quantities")
	notAsked(t, "the-ecology-of-salt-marshes.txt", "face two severe stresses.” Which two")
	// Not a list of things: "The first is partly covered with ordinary
	// tap water" describes, "The first is to …" advises.
	for _, rest := range []string{"partly covered with ordinary tap water.", "to breathe slowly.", "it."} {
		if got := enumItem(rest); got != "" {
			t.Errorf("enumItem(%q) = %q, want none", rest, got)
		}
	}
}

// TestRound245: no list card on a lead that names nothing ("The most
// common are:"); no 100 °C of water (rounds 245 to 248).
func TestRound245(t *testing.T) {
	notAsked(t, "how-a-pop-up-toaster-knows-when-to-stop.md", "“The most common are:”", "than {{100}} °C")
}

// TestRound249: no year whose last two digits a name before it gives
// ("The Faema E61 of ___": 1961); no figure the sentence spells out
// again ("about ___ bar, roughly nine times the pressure of the
// atmosphere"); no definition card whose back says what a thing is a
// sign of ("Crema is a sign of freshness …") (rounds 249 to 252).
func TestRound249(t *testing.T) {
	notAsked(t, "how-an-espresso-machine-makes-coffee.md", "E61 of _____", "E61 of {{1961}}", "about {{9}} bar", "What is crema")
}

// TestTitleRange: no year choice that the title's span of years settles
// ("The voyage of HMS Beagle (1831-1836)": of 1830, 1831, 1834 and 1837,
// only 1834 falls in the voyage once begun) (rounds 241 to 260).
func TestTitleRange(t *testing.T) {
	notAsked(t, "the-voyage-of-hms-beagle-1831-1836.md", "returned in early _____")
}

// TestRound261: a name the article writes in lower case once ("a
// plimsoll", the shoe) and as a name everywhere else keeps its capital
// on a card; "judges" before "sat" is the noun of "of senior judges", not
// the verb; an item of a list that a label opens ("Ceramic, usually
// zirconia …, which …") is no statement (rounds 261 to 264).
func TestRound261(t *testing.T) {
	notAsked(t, "samuel-plimsoll-and-the-load-line.md", "What did plimsoll")
	notAsked(t, "the-swing-riots-of-1830.md", "What does Special Commissions")
	notAsked(t, "how-a-pepper-mill-grinds.md", "\nCeramic, usually zirconia", "\nZinc alloy or plastic, found")
}

// TestRound269: the joiner after a sentence's first word is no part of a
// name ("Because of Earth's motion" gave the blank "of Earth"), and a
// verb in -ued keeps its e ("What did mosquitoes plagu").
func TestRound269(t *testing.T) {
	notAsked(t, "on-learning-the-names-of-the-stars.md", "{{of Earth}}")
	notAsked(t, "the-wright-brothers-at-kitty-hawk-1900-to-1903.md", "plagu,")
}

// TestRound265: years the sentence or everyone knows (the fiftieth
// anniversary of the title's 1957, thirty years after it, a year before
// the one "followed" in, the pandemic's lockdowns, Victoria's accession),
// a count its list spells out ("five beaches … S, V, W, X and Y"), the
// language of a phrase ("is Latin for"), a sentence shown for context
// that points back ("Nobody lived on it", "part of its flank", "that works
// out to"), the modifiers of a list's last noun cut into items
// ("Commonwealth, French and Turkish cemeteries"), and cards that ask
// what "many rivals" did, what parliament "tried" to do, a judgement ("a
// generous but wasteful thing") or a figure with no measure ("manage 70
// to 80 per cent") (rounds 265 to 268).
func TestRound265(t *testing.T) {
	notAsked(t, "the-windscale-fire-of-1957.md", "_____, for the fiftieth", "{{2007}}, for the fiftieth", "_____ under the thirty-year", "{{1988}} under the thirty-year")
	notAsked(t, "how-a-gramophone-played-a-record.md", "In _____ Columbia introduced", "In {{1948}} Columbia")
	notAsked(t, "a-practical-guide-to-doing-a-jigsaw-puzzle-with-others.md", "lockdowns of _____", "lockdowns of {{2020}}")
	notAsked(t, "the-lamplighters-of-victorian-london.md", "throne in {{1837}}", "throne in _____", "What did many rivals", "try to do")
	notAsked(t, "the-gallipoli-landings-of-1915.md", "{{five|5}} beaches", "Commonwealth\nFrench")
	notAsked(t, "how-a-camera-obscura-forms-an-image.md", "is {{Latin}} for", "that works out to")
	notAsked(t, "the-eruption-of-krakatoa-in-1883.md", "Nobody lived on it", "part of its flank")
	notAsked(t, "how-a-wood-burning-stove-controls-its-burn.md", "What is an open fireplace", "stove manage")
}

// TestRound269Ratings: what both raters of rounds 269 to 272 rejected and
// a rule can tell: a figure the sentence's formula gives (5 MW at 25 kV
// is 200 A), a wider name cut before its place ("___, Davis"), a war
// known by its battle, a number that names a thing ("the French
// seventy-four Redoutable", "a side of a 45"), a country everyone knows
// ("eastern ___" after Zhejiang, "much of ___"), sentences that point
// back ("must do it", "Some broke free", "takes its name from it", "the
// mutation itself", "called them" after "Sailors"), a definition by a figure of speech ("the northern
// hemisphere's answer to penguins") or by what a thing can be ("a ripple
// … or a breaking wave"), a card on what someone left, and an
// enumeration's item cut at its comma ("a shallow").
func TestRound269Ratings(t *testing.T) {
	notAsked(t, "how-an-electric-trains-pantograph-collects-current.md", "about {{200}} amperes", "\x00In practice a pantograph must do it while")
	notAsked(t, "a-practical-guide-to-looking-after-a-wooden-chopping-board.md", "{{University of California}}, Davis")
	notAsked(t, "the-battle-of-trafalgar.md", "{{Napoleonic Wars}}", "{{seventy-four}}", "Some broke free", "\x00Trafalgar Square in London takes its name from it", "sentence?\n“Trafalgar Square in London takes its name from it")
	notAsked(t, "the-peppered-moth-and-industrial-melanism.txt", "the mutation itself")
	notAsked(t, "how-a-jukebox-chooses-and-plays-a-record.md", "a {{45}} usually")
	notAsked(t, "puffins-and-life-on-the-sea-cliffs.txt", "What are auks")
	notAsked(t, "the-scottish-lighthouse-keepers-of-the-flannan-isles-1900.md", "\x00Sailors have long called them", "What did Harvie leave")
	notAsked(t, "tidal-bores-and-the-rivers-that-have-them.txt", "eastern {{China}}", "What can a bore be", "\na shallow\n")
	notAsked(t, "on-keeping-a-small-allotment.md", "much of {{Britain}}")
	notAsked(t, "the-great-storm-of-1703.md", "southern {{Britain}}")
}

// TestHeadingEchoShort: a statement whose answer says the heading's word
// of three letters ("Ink that is almost a paste": "Ballpoint ink …"), its
// stem under a doubled consonant ("scanning": "the scan") or its short
// stem ("Oiling": "Oil is what keeps …"), or the month it names
// ("December 1900": "on 20 December"), is picked out by the heading:
// over all rated rounds, raters accepted 76 of 266 verdicts on such
// statements, against 2,341 of 6,144 on the others.
func TestHeadingEchoShort(t *testing.T) {
	for _, c := range []struct{ file, heading, answer string }{
		{"a-practical-guide-to-looking-after-a-wooden-chopping-board.md", "Oiling and Conditioning", "Oil is what keeps"},
		{"how-a-jukebox-chooses-and-plays-a-record.md", "Finding: scanning and transfer", "When at least one selection"},
		{"the-scottish-lighthouse-keepers-of-the-flannan-isles-1900.md", "December 1900: a light goes dark", "The Hesperus was due"},
		{"how-a-ballpoint-pen-delivers-its-ink.md", "Ink that is almost a paste", "Ballpoint ink is very"},
	} {
		found := false
		for _, g := range sectionGens(ratedArticle(t, c.file), Options{Course: "x"}) {
			if g.sec.Heading != c.heading {
				continue
			}
			for _, s := range g.sents {
				if strings.HasPrefix(s.text, c.answer) {
					found = true
					if g.statementAnswer(s) {
						t.Errorf("%s: %q is asked as the statement of %q", c.file, s.text, c.heading)
					}
				}
			}
		}
		if !found {
			t.Errorf("%s: no sentence %q under %q", c.file, c.answer, c.heading)
		}
	}
}

// TestRound273: what both raters of rounds 273 to 276 rejected and a
// rule can tell: figures the sentence doubles ("164 pairs, or ___
// reeds"), multiplies ("___ buttons … in six rows of twenty") or all but
// gives ("___ grams …, a little less than water's 1.0"); "the Cape of
// Good Hope"; sentences that point back ("In 1787 it bought", "What
// happened next", "None of the 105", "In the spring of 1859 its sledge
// parties", "he" after only places); an appositive cut into a list's
// items ("two ships, HMS Erebus, HMS Terror"); and cards on what someone
// bought when the object is "her", on what is "cited", and on what to do
// "if you would like to try".
func TestRound273(t *testing.T) {
	notAsked(t, "how-an-accordion-makes-its-sound.md", "or {{328}} reeds", "{{120}} buttons")
	notAsked(t, "how-a-lava-lamp-moves-its-wax.md", "about {{0.9}} grams")
	notAsked(t, "the-mutiny-on-the-bounty-1789.md", "Cape of {{Good Hope}}", "\x00In 1787 it bought")
	notAsked(t, "the-tea-clipper-cutty-sark.md", "Cape of {{Good Hope}}", "What did Dowman buy")
	notAsked(t, "the-franklin-expedition-of-1845.md", "\x00What happened next", "None of the {{105}}", "its sledge parties", "\x00In 1854, while surveying the Boothia Peninsula, he", "two ships\nHMS Erebus")
	notAsked(t, "hedgehogs-and-hibernation.txt", "often cite")
	notAsked(t, "on-the-pleasure-of-a-cold-swim.md", "if you would like to try")
}

// TestRound277: what both raters of rounds 277 to 280 rejected and a rule
// can tell: definitions that rank or place a thing rather than say what
// it is ("Power lines are the gravest hazard", "Hard floors are the
// sweeper's weak point", "Gore-Tex is the best-known brand", "Habitat
// loss is one cause"), cards whose object is a name ("What did Snyder
// strike?": Reed), sentences that point back ("Of the fifteen, …", "One
// well-supported explanation is …", "… failed too."), a blank that cuts a
// rank ("First ___ ordered"), and clauses with their verb left out read
// as a list ("were the surgeons, Frank Hurley the photographer, and …").
func TestRound277(t *testing.T) {
	notAsked(t, "how-a-hot-air-balloon-is-steered-and-landed.md", "What are power lines")
	notAsked(t, "how-a-carpet-sweeper-picks-up-crumbs.md", "What are hard floors")
	notAsked(t, "a-practical-guide-to-choosing-walking-boots.md", "What is Gore-Tex")
	notAsked(t, "glow-worms-and-their-light.txt", "What is habitat loss", "\x00One well-supported explanation")
	notAsked(t, "the-donner-party-1846-to-1847.md", "What did Snyder strike", "What did Keseberg reach", "\x00Of the fifteen")
	notAsked(t, "the-maiden-voyage-of-the-titanic-1912.md", "First {{Officer Murdoch}}")
	notAsked(t, "shackletons-endurance-expedition-1914-to-1917.md", "failed too", "Frank Hurley the photographer\n")
}

// TestRound281: what both raters of rounds 281 to 284 rejected and a rule
// can tell: a figure the sentence raises to a power ("Five pins with ten
// possible depths gives ___ keys", "Four wheels of ten digits give ___")
// or gives in radians ("___ degrees, or π radians"); a year choice whose
// answer is the one option on its side of the title's year ("Grace
// Darling and the wreck of the Forfarshire, 1838": 1842 among 1826, 1834
// and 1838; "The Charge of the Light Brigade, 1854": 1853 among 1855,
// 1856 and 1871); cards that ask what someone combined, judged or knew;
// sentences that point back ("sixteen times as much.", "Work began in
// ___"); and a list item
// that opens on a gerund and describes it in a clause ("Using a blunt
// knife, which crushes the wood …"), which is no statement.
func TestRound281(t *testing.T) {
	notAsked(t, "how-a-padlock-keeps-its-shackle-shut.md", "{{100,000}} theoretical", "give {{10,000}} combinations")
	notAsked(t, "how-a-mousetrap-springs.md", "roughly {{180}} degrees")
	notAsked(t, "grace-darling-and-the-wreck-of-the-forfarshire-1838.md", "What did William Darling judge", "In _____ she fell ill")
	notAsked(t, "the-mutiny-on-the-bounty-1789.md", "By _____ only one mutineer")
	notAsked(t, "the-charge-of-the-light-brigade-1854.md", "had begun in _____")
	notAsked(t, "earthworms-and-the-making-of-soil.txt", "What did Darwin combine")
	notAsked(t, "the-discovery-of-the-antikythera-mechanism.md", "What did Price know", "Work began in _____")
	notAsked(t, "how-a-weathervane-turns-into-the-wind.md", "sixteen times as much")
	notAsked(t, "a-practical-guide-to-sharpening-a-pencil-with-a-knife.md", "Using a blunt knife, which", "Taking cuts that are too deep")
}

// TestRound285: a year that a winter shares with the spring after it
// ("the winter of ___ and the spring of 1759"), a circumference its
// diameter gives ("7.5 centimetres across has a circumference of nearly
// ___"), and an object "her" after the one person the sentence names,
// who is the subject ("Queen Victoria sent her a brooch", "Herbert wrote
// asking her"), which points at someone unseen (rounds 285 to 288).
func TestRound285(t *testing.T) {
	notAsked(t, "the-return-of-halleys-comet-in-1759.md", "winter of _____", "winter of {{1758}}")
	notAsked(t, "how-a-tin-opener-cuts-a-lid.md", "nearly {{24}}")
	notAsked(t, "florence-nightingale-at-scutari-1854-to-1856.md", "\x00Queen Victoria sent her", "\x00In October 1854 {{Herbert}}")
}

// TestRound289: what both raters of rounds 289 to 292 rejected and a rule
// can tell: a card that reads a count's noun as its verb ("What does ten
// minute"), a year choice that a part of a decade settles ("in the early
// 1850s": 1852 among 1852, 1854, 1857 and 1859), figures the sentence
// gives ("___ degrees divided by the mirror angle", "At 45 degrees there
// are eight sectors, and at ___ degrees twelve", "0.9 multiplied by
// itself five times, or roughly ___ per cent"), and sentences that point
// back ("the evening before, on ___", "Smaller groups had arrived").
func TestRound289(t *testing.T) {
	notAsked(t, "a-practical-guide-to-learning-to-whistle-a-tune-by-ear.md", "What does ten minute")
	notAsked(t, "how-a-stethoscope-carries-sound.md", "1852\n1854\n1857")
	notAsked(t, "how-a-kaleidoscope-makes-its-patterns.md", "{{360}} degrees divided", "at {{30}} degrees twelve", "roughly {{59}} per cent")
	notAsked(t, "the-arrival-of-the-empire-windrush-1948.md", "the evening before, on _____", "\x00Smaller groups had arrived")
}

// TestRound293: a rate the sentence gives per second as well as per
// minute ("about ___ times a minute, some twenty-five beats every
// second"), and a blank whose word the sentence says in another form
// ("Setting the pins, known as ___") (rounds 293 to 296).
func TestRound293(t *testing.T) {
	notAsked(t, "shrews-and-their-fast-lives.txt", "about {{1,500}} times a minute")
	notAsked(t, "how-a-musical-box-plays-a-tune.md", "known as {{pinning}}")
}

// TestRound297: a sentence whose colon introduces an equation ("the
// overall reaction can be written:"), a card whose subject runs into its
// verb ("What does landholders submitted return?"), a genus put in lower
// case, a conversion the sentence gives ("994 millimetres long, a little
// over ___ inches"; "roughly ___ to 25 kilometres an hour, about 5 to 15
// miles an hour"), the letters of the alphabet (26, and the six a
// plugboard's twenty leaves), a letter read as an initial ("the lamp for
// A. Letters without a cable …"), and years everyone knows (the end of
// the Napoleonic Wars, the Great Reform Act).
func TestRound297(t *testing.T) {
	notAsked(t, "how-a-silvered-glass-mirror-is-made.md", "the overall reaction can be written")
	notAsked(t, "the-domesday-book-survey-of-1086.md", "What does landholders")
	notAsked(t, "caddisfly-larvae-and-their-cases.txt", "brachycentrus")
	notAsked(t, "how-a-mechanical-clocks-escapement-works.md", "a little over {{39}} inches")
	notAsked(t, "a-practical-guide-to-flying-a-kite.md", "roughly {{8}} to 25")
	notAsked(t, "how-the-enigma-machine-enciphered-messages.md", "{{26}}", "{{A. Letters}}", "leaving {{six")
	notAsked(t, "the-peterloo-massacre-of-1819.md", "Napoleonic Wars in {{1815", "Great Reform Act of _____")
	// Sentences that end at a letter the paragraph uses as a word ("…
	// concert A. Modern Highland chanters …"), and what they now ask.
	notAsked(t, "how-bagpipes-make-their-sound.md", "orchestral A of {{440")
	notAsked(t, "vitamins-and-their-roles-in-the-body.txt", "What does Ultraviolet")
}

// TestRound301: a card on a verb that takes no object ("What do close
// relatives exist?"), on what someone saw, on a sentence that answers the
// one before ("… a good deal more than a pipe and a fan, however"), on a
// judgement of a person ("Hill was an inventive man …"); a false
// statement whose swapped figure the sentence's bound keeps true ("covers
// a run of 200 metres in under a minute"); the pressure at sea level in
// kilopascals, India's flag of 1947, a year the title's "1811 to 1813"
// settles, and blanks in fewer than ten words ("Clean away any ___ from
// inside the tube.").
func TestRound301(t *testing.T) {
	notAsked(t, "a-practical-guide-to-taking-a-sauna.md", "What do close relatives exist")
	notAsked(t, "how-a-hook-and-loop-fastener-grips.md", "What did De Mestral see")
	notAsked(t, "how-a-pneumatic-tube-system-moves-capsules.md", "What is a modern installation", "a run of 200 metres", "about {{101}} kilopascals")
	notAsked(t, "rowland-hill-and-the-penny-post-of-1840.md", "What was Hill,")
	notAsked(t, "on-the-pleasure-of-a-hand-turned-spinning-wheel.md", "national flag in _____")
	// Blanks in fewer than ten words.
	notAsked(t, "a-practical-guide-to-making-a-wind-chime.md", "Clean away any {{swarf}}")
	notAsked(t, "the-luddite-risings-of-1811-to-1813.md", "By 1813 {{Luddism}}", "early in _____ it reached")
	notAsked(t, "the-raising-of-the-mary-rose-in-1982.md", "{{Prince Charles}} was present")
}

// TestRound305: bodies everyone knows ("presented the petition to the
// ___" for the House of Commons, "warships for the ___"), a word written
// in capitals that is no abbreviation (a crossword's START, SILENT and
// WATER), a chain's 22 yards, and a card on what studies found.
func TestRound305(t *testing.T) {
	notAsked(t, "the-jarrow-march-of-1936.md", "{{House of Commons}}", "{{Royal Navy}}")
	notAsked(t, "the-bryant-and-may-match-girls-strike-of-1888.md", "{{House of Commons}}")
	notAsked(t, "a-practical-guide-to-solving-cryptic-crosswords.md", "{{S-TAR-T}}", "{{SILENT}}", "{{WATER}}")
	notAsked(t, "on-learning-to-lay-a-hedge.md", "a chain, {{twenty-two")
	notAsked(t, "nightjars-and-their-summer-nights.txt", "What have studies of European nightjars found")
}

// TestRound309: a list card whose list runs on into another clause ("sank
// the destroyers Keith, Basilisk and Havant, and Ramsay stopped daylight
// sailings"), a card on which of the steps ("What is step four?"),
// gravity's 9.8 metres per second squared, the Domesday Book's 1086, and
// a figure a later one doubles ("about ___ metres per second; four
// metres of head doubles it to about 8.9").
func TestRound309(t *testing.T) {
	notAsked(t, "the-evacuation-of-dunkirk-in-1940.md", "Ramsay stopped daylight sailings\n")
	notAsked(t, "a-practical-guide-to-re-caning-a-chair-seat.md", "What is step four")
	notAsked(t, "how-a-water-wheel-turns-a-mill.md", "about {{9.8}}", "By {{1086}}")
	notAsked(t, "how-a-siphon-moves-water-uphill.md", "about {{4.4}} metres per second")
}

// TestRound313: a figure the sentence calls illustrative ("Take an
// illustrative pressure difference of ___ kilopascals") or works out
// from one in the sentence after, and the Great Depression's 1929.
func TestRound313(t *testing.T) {
	notAsked(t, "how-a-pianola-plays-itself.md", "illustrative pressure difference of {{5}}", "illustrative pressure difference of 5 kilopascals, about one-twentieth of atmospheric pressure. Acting",
		"Great Depression that followed _____")
}

// TestRound317: a card on a verb that takes no object but its own noun
// ("What do most amphibians live?"), and a list cut at an initial ("in
// Waltham, Massachusetts, and J. W. Fiske", with "J" an item).
func TestRound317(t *testing.T) {
	notAsked(t, "common-frogs-and-their-spawn.txt", "What do most amphibians live")
	notAsked(t, "weathercocks-and-wind-vanes-through-history.txt", "\nJ\n")
}
