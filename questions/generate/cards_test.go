package generate

import (
	"slices"
	"strings"
	"testing"

	"github.com/quiz-cli/quiz/questions/article"
)

// fillPrompts returns the fronts of the fills a one-section article gives,
// with the section's heading.
func fillPrompts(t *testing.T, heading, text string) []string {
	t.Helper()
	a, err := article.Read("t.md", []byte("# T\n\n## "+heading+"\n\n"+text+"\n"))
	if err != nil {
		t.Fatal(err)
	}
	g := sectionGens(a, Options{})[0]
	var out []string
	for _, c := range g.fillCandidates() {
		out = append(out, c.q.Prompt)
	}
	return out
}

// TestCards checks each flashcard form on the sentence it is made for,
// and that a sentence it must not be made for gives no such card.
func TestCards(t *testing.T) {
	const where = ", according to the section “Notes”?"
	tests := []struct {
		name, text string
		want       string // a front the fills must hold
		not        string // a front they must not hold
	}{
		{"what a subject does", "Many missions lack sufficient funds, personnel, and logistical support.",
			"What do many missions lack" + where, ""},
		{"adverb kept", "Peacekeepers frequently encounter threats from criminal organizations and insurgent groups.",
			"What do peacekeepers frequently encounter" + where, ""},
		{"phrasal verb", "The future of the region hinges on fostering inclusive frameworks and partnerships.",
			"What does the future of the region hinge on" + where, ""},
		{"negation", "Slicing does not copy the data of the original slice.",
			"What does slicing not copy" + where, ""},
		{"opening place kept", "In Latin America, regional organizations often focus on conflict resolution and governance.",
			"What do regional organizations often focus on in Latin America" + where, ""},
		{"it resolved to the subject before", "A slice is a descriptor of an array segment. It consists of a pointer, a length and a capacity.",
			"What does a slice consist of" + where, ""},
		{"definition", "A slice is a descriptor of an array segment.", "What is a slice" + where, ""},
		{"why", "Senior party leaders were not indicted because they had died before the trials began.",
			"“Senior party leaders were not indicted.” Why" + where, ""},
		{"how", "Regional initiatives complement national efforts by promoting localized strategies.",
			"“Regional initiatives complement national efforts.” How" + where, ""},
		{"condition", "If someone is being unkind to others, act immediately to keep discussions civil.",
			"What should you do if someone is being unkind to others" + where, ""},
		// A verb alone asks for any of the things one might do so.
		{"no advice by its verb alone", "Resist the temptation to communicate with people about your project in private.",
			"", "What should you resist"},
		{"advice with its case", "For meetings, consider publishing your notes or takeaways in a relevant issue.",
			"What should you consider for meetings" + where, ""},
		// "What should you treat?" asks for half of it: how to treat the
		// plan is the advice.
		{"advice: treat something as", "Treat the weekly plan as a guide rather than a contract.",
			"How should you treat the weekly plan" + where, "What should you treat"},
		{"he resolved to the person before", "The crisis worried President Truman. Truman justified his request on two grounds. He argued that a victory of the rebels would endanger the region.",
			"What did Truman argue" + where, ""},
		{"a person and what to do", "The war went on for President Truman. Truman asked Congress to support the government against the rebels.",
			"What did Truman ask Congress to do" + where, ""},
		{"role", "Peacekeeping in the region has played a pivotal role in promoting stability amid conflicts.",
			"What has peacekeeping in the region played a pivotal role in" + where, ""},
		{"no light verb", "The United States played a major part in the negotiations after the war ended.",
			"", "What did the United States play"},
		{"no definite subject of two words", "The missions lack sufficient funds and personnel in most places.",
			"", "What do the missions lack"},
		{"no pronoun object", "Truman justified his request on two grounds before the joint session.",
			"", "What did Truman justify"},
		{"no reason of a last clause only", "Three were found not guilty, one died, and one did not stand trial due to illness.",
			"", "Why"},
		{"no means that is a noun", "The tribunal sentenced them to punishments that ranged from death by hanging to prison.",
			"", "How"},
		{"what you will do in a case, with no comma", "When you pass a large array to a function you will copy all its elements.",
			"What will you copy when you pass a large array to a function" + where, ""},
		// "lists" is a noun here: "define" is the verb.
		{"no verb read in a compound noun", "Type parameter lists define placeholder types scoped to the declaration.",
			"", "What does type parameter list"},
		// The verb's own ending says the subject is one thing, whatever
		// the name after "the method" ends in.
		{"verb in -s after a name in -s", "The method types.Named.TypeParams returns the type parameters for a type declaration.",
			"", "What do the method"},
		// A modal, a comma and an aside: "upon" is no verb.
		{"no verb after a comma", "Any implementation can, upon detecting a data race, report the race and halt the program.",
			"", "What can any implementation upon"},
		// "make" says nothing alone: its object, "a copy", is the first
		// guess.
		// A short object that names again what came before, and then
		// where or how: the question asks for the least of the sentence.
		{"no short definite object before an adjunct", "Pope Innocent XI backed the alliance with money from the papal treasury.",
			"", "What did Pope Innocent XI back"},
		{"no short possessive object before a date", "Edward Jenner published his findings in 1798 after two years of trials.",
			"", "What did Edward Jenner publish"},
		{"an indefinite object is the point", "The Low German of Hanseatic merchants left a deep mark on the vocabulary of Danish and Swedish.",
			"What did the Low German of Hanseatic merchants leave" + where, ""},
		{"no card on what a sentence adds", "Git can also create repositories that use SHA-256 for every object name.",
			"", "What can git"},
		{"no card on one of two things done", "Washington imposed a trade embargo and broke off diplomatic relations with Havana.",
			"", "What did Washington impose"},
		// Round 45: a front cut at a comma inside a list of adjectives,
		// and "What is X?" answered by what X causes.
		{"no front cut between adjectives", "The alveolar wall is lined mainly by thin, flat type I cells, which cover about 95 percent of the surface.",
			"", "What is lined mainly by thin"},
		{"no definition card on a cause", "Multipath is the main reason positions wander among tall buildings in a city.",
			"", "What is multipath"},
		// Fronts found by reading the cards of the rated articles.
		{"no object after a verb of becoming", "Xavier Mertz grew sick, probably from vitamin A poisoning caused by eating dog liver.",
			"", "What did Xavier Mertz grow"},
		{"no short definite object before as", "Most people in Europe saw the plague as God's punishment for their sins.",
			"", "What did most people in Europe see"},
		{"no short definite object before to", "Some historians link the invention to the Year Without a Summer of 1816.",
			"", "What do some historians link"},
		{"no card on what says", "A well-known rule of thumb says you should add no more than about 10 per cent a week.",
			"", "What says"},
		{"no definition of a number", "Three is a popular number for good reason: it is easy to remember and feels complete.",
			"", "What is three"},
		{"no definition of a bare gerund", "Writing is the central skill of a distributed team that works across time zones.",
			"", "What is writing"},
		{"no definition of a category", "A handy shortcut is the Rule of 72: divide 72 by the annual interest rate.",
			"", "What is a handy shortcut"},
		{"no share of a definite object before an adjunct", "An I-shaped steel girder puts most of its material in the top and bottom flanges.",
			"", "What does an I-shaped steel girder put"},
		// Round 46.
		{"no short object before an appositive", "Thermodynamics sets an upper limit, the Carnot COP, equal to the cold temperature divided by the difference.",
			"", "What does thermodynamics set"},
		// Round 47.
		{"no card whose back only names what the front asks", "The central data structure is the inverted index.",
			"", "What is the inverted index"},
		{"no short bare object before an adjunct", "Modern crawlers often render pages in a headless browser, since much content is produced by JavaScript.",
			"", "What do modern crawlers often render"},
		{"a name with its possessive kept", "The state was founded by Osman in the north. Osman's son Orhan turned a raiding principality into a true state.",
			"What did Osman's son Orhan turn", ""},
		{"no adverb taken for the verb", "Arthur Holmes proposed convection in 1931. Holmes's idea would later prove remarkably close to the modern view of the mantle.",
			"", "What would Holmes's idea later"},
		{"no definition card on a ranking", "Cabbage is the classic starting point, because it is cheap and forgiving and makes its own juice.",
			"", "What is cabbage"},
		{"no front cut at a figure's comma", "Veryovkina Cave in the Caucasus Mountains descends more than 2,200 metres below its entrance.",
			"", "more than 2, according"},
		{"no subject that is a time", "Every time a browser loads a web page, it may need dozens or hundreds of resources.",
			"", "What does every time"},
		{"no case with a light verb", "When you pass a large array to a function you will make a copy of all its elements.",
			"", "What will you make"},
		// Rounds 78 to 122: a card that asks for a subject by what it
		// does was accepted by blind raters 18 times in 48 verdicts ("What
		// is drained and replaced with clean water?": the dirty water).
		{"no card on what a subject is, by what it does", "The dirty wash water is drained and replaced with clean water, once or more, to rinse away detergent.",
			"", "What is drained and replaced"},
		// Round 139: a place the claim holds, no subject.
		{"no subject that opens with a direction", "East of Barton the canal crossed the low ground near Stretford on an embankment.",
			"", "What did east of Barton"},
		// Round 141: "He" is a person, and "the Opera" none.
		{"no he resolved to a thing with a capital", "The Opera opened to the public in 1875 after long delays. He published books explaining his ideas on theatre design.",
			"", "What did the Opera publish"},
		// Round 117.
		{"no card on what a thing can be", "Flowers can be a few stems from the garden, a branch of greenery or a bowl of fruit.",
			"", "What can flowers be"},
		{"no subject card on a gerund after is", "The secret of an easy evening is doing as much as possible before anyone arrives.",
			"", "What is doing"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := fillPrompts(t, "Notes", tt.text)
			all := strings.Join(got, "\n")
			if tt.want != "" && !strings.Contains(all, tt.want) {
				t.Errorf("fills of %q = %q, want one with %q", tt.text, got, tt.want)
			}
			if tt.not != "" && strings.Contains(all, tt.not) {
				t.Errorf("fills of %q = %q, want none with %q", tt.text, got, tt.not)
			}
		})
	}
}

// TestYearOptionsStraddle checks that year options fall on both sides of
// the answer: 1947, 1950 and 1951 for 1953 leave only one year of a
// presidency that began in 1953.
func TestYearOptionsStraddle(t *testing.T) {
	g := &sectionGen{secLower: "in 1953, the president considered it."}
	tests := []struct {
		answer string
		cands  []string
		want   []string
	}{
		{"1953", []string{"1951", "1950", "1949", "1947"}, []string{"1951", "1950", "1955"}},
		{"1953", []string{"1951", "1950", "1949", "1962", "1956"}, []string{"1951", "1950", "1956"}},
		{"1953", []string{"1954", "1951", "1950"}, []string{"1954", "1951", "1950"}},
	}
	for _, tt := range tests {
		var cs []scored
		for i, c := range tt.cands {
			cs = append(cs, scored{c, -float64(i)})
		}
		got := g.straddle(term{text: tt.answer, kind: KindYear}, cs, 1)
		var texts []string
		for _, c := range got[:3] {
			texts = append(texts, c.text)
		}
		if strings.Join(texts, ",") != strings.Join(tt.want, ",") {
			t.Errorf("straddle(%s, %v) = %v, want %v first", tt.answer, tt.cands, texts, tt.want)
		}
	}
}

// TestPastBase: a card asks "What did Kennedy assemble?", not "assembl",
// and "What did the Joint Chiefs favour?", not "favoure".
func TestPastBase(t *testing.T) {
	for w, want := range map[string]string{
		"pulled": "pull", "restructured": "restructure", "stopped": "stop", "applied": "apply",
		"assembled": "assemble", "handled": "handle", "settled": "settle",
		"favoured": "favour", "poured": "pour", "captured": "capture", "focused": "",
		"blamed": "blame", "dreamed": "dream",
		"experienced": "experience", "forced": "force", "noticed": "notice", "solved": "solve", "judged": "judge", "collapsed": "collapse",
	} {
		if got := pastBase(w); got != want {
			t.Errorf("pastBase(%q) = %q, want %q", w, got, want)
		}
	}
}

// TestClaimsNoTopicDefinition: in an article on vaccines, "What is a
// vaccine?" asks what everyone knows, and "What is your living room?"
// asks for no term.
func TestClaimsNoTopicDefinition(t *testing.T) {
	g := sectionGens(mustArticle(t, `# How Vaccines Train Immunity

## Introduction

A vaccine is a preparation that teaches the immune system to recognise a pathogen without causing the disease. Your living room is a strange environment for most tropical plants and ferns.

## Later

Edward Jenner published his findings on cowpox in 1798 after years of careful study.
`), Options{})[0]
	for _, c := range g.gateClaims(g.fillCandidates()) {
		if strings.HasPrefix(c.q.Prompt, "What is a vaccine") || strings.HasPrefix(c.q.Prompt, "What is your") {
			t.Errorf("card %q", c.q.Prompt)
		}
	}
}

// TestCardObjectInHeading: "What do some queries clearly deserve?" under
// "Freshness" is answered by the heading: fresh results.
func TestCardObjectInHeading(t *testing.T) {
	got := fillPrompts(t, "Freshness", "Some queries clearly deserve fresh results, such as the name of a sports team during a match.")
	for _, p := range got {
		if strings.HasPrefix(p, "What do some queries clearly deserve") {
			t.Errorf("asked under its heading's word: %q", p)
		}
	}
}

// TestAsAdviceKept: "Treat the plan as a guide rather than a contract"
// is advice on general prose, asked as how to treat the plan, and kept
// like any other piece of advice.
func TestAsAdviceKept(t *testing.T) {
	text := "A plan needs a little upkeep to last. Keeping a record makes each week easier than the last. " +
		"Old plans can be reused almost unchanged, especially during busy periods. " +
		"Finally, treat the plan as a guide rather than a contract. " +
		"Meals can be swapped between days or moved to the following week without any sense of failure. " +
		"The point of planning is not to follow a schedule perfectly but to remove the nightly scramble. " +
		"A plan that bends but is used every week will always do more good than a perfect one that is abandoned."
	a, err := article.Read("t.md", []byte("# Planning a Week of Meals\n\n## Make the Habit Stick\n\n"+text+"\n"))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, q := range sectionGens(a, Options{})[0].run() {
		got = append(got, q.Prompt)
	}
	if !slices.ContainsFunc(got, func(p string) bool { return strings.HasPrefix(p, "How should you treat the plan") }) {
		t.Errorf("questions = %q, want a card asking how to treat the plan", got)
	}
}

// TestDefinitionBacks: a back that says what a thing is like, or what
// follows from it, is no definition; one that says what it is, is.
func TestDefinitionBacks(t *testing.T) {
	for _, tc := range []struct {
		back               string
		figurative, clause bool
	}{
		{"Ambition is the enemy of a new habit.", true, false},
		{"Trust is the currency of a team.", true, false},
		{"A slice is a descriptor of an array segment.", false, false},
		{"Demand paging means a program starts quickly, because only the pages it uses are loaded.", false, true},
		{"Demand paging means loading pages only when a program first touches them.", false, false},
		{"Thrashing means the system spends more time swapping than working.", false, true},
		{"Latency means the delay between a request and its response.", false, false},
	} {
		if got := figurativeBack(tc.back); got != tc.figurative {
			t.Errorf("figurativeBack(%q) = %v, want %v", tc.back, got, tc.figurative)
		}
		if got := clauseAfter(tc.back, " means "); got != tc.clause {
			t.Errorf("clauseAfter(%q) = %v, want %v", tc.back, got, tc.clause)
		}
	}
}

// TestVagueVerbCards: "What did locks and aqueducts need?", "What does
// each object carry?" ask for one of many things; blind raters rejected
// every such card of rounds 78 to 91.
func TestVagueVerbCards(t *testing.T) {
	notAsked(t, "the-building-of-the-erie-canal.md", "What did locks and aqueducts need")
	notAsked(t, "how-garbage-collection-works.md", "What does each object carry", "What does each piece of data occupy")
	notAsked(t, "how-medical-ultrasound-imaging-works.md", "What do modern scanners use")
}

// TestWhoDrewUp: a card whose answer is a team of people asks "Who",
// not "What" ("What drew up several alternative designs?").
func TestWhoDrewUp(t *testing.T) {
	notAsked(t, "the-rebuilding-of-lisbon-after-the-1755-earthquake.md", "What drew up")
}

// TestNoCallingCard: "Combined units called RCBOs house both functions"
// names the units; "What did combined units call?" asks nothing
// (round 106).
func TestNoCallingCard(t *testing.T) {
	notAsked(t, "how-residual-current-devices-work.md", "What did combined units call")
	notAsked(t, "mangroves-forests-between-land-and-sea.txt", "seedling call")
}

// TestParticleNameFront: "Antonie van Leeuwenhoek" keeps its capital on
// a card's front (round 110).
func TestParticleNameFront(t *testing.T) {
	notAsked(t, "the-invention-of-the-microscope.md", "What was antonie")
}
