package generate

import (
	"strings"
	"testing"

	"github.com/quiz-cli/quiz/questions"
)

// TestNegationFlip: a sentence that denies something is asked as the
// false statement that says the opposite, with nothing inserted; and
// not where taking "not" out leaves nonsense, a statement that is still
// true, or a quoted title.
func TestNegationFlip(t *testing.T) {
	for _, tc := range []struct {
		sentence, want string // want: "" when no statement may be made
	}{
		{"Slicing does not copy the slice's data.", "Slicing copies the slice's data."},
		{"As mentioned earlier, re-slicing a slice doesn't make a copy of the underlying array.",
			"Re-slicing a slice makes a copy of the underlying array."},
		{"A slice cannot be grown beyond its capacity.", "A slice can be grown beyond its capacity."},
		{"Equilibrium does not mean that reactants and products are present in equal amounts.",
			"Equilibrium means that reactants and products are present in equal amounts."},
		{"Photosynthesis is not especially efficient at converting sunlight into stored energy.",
			"Photosynthesis is especially efficient at converting sunlight into stored energy."},
		{"The early printers did not carry their presses from town to town by river.",
			"The early printers carried their presses from town to town by river."},
		// The claim ends at a semicolon: the rest would say the opposite.
		{"Arrays do not need to be initialized explicitly; the zero value of an array is ready to use.",
			"Arrays need to be initialized explicitly."},
		// The denial is of a reason: its opposite is nonsense.
		{"Hitler was not indicted because he had committed suicide in April 1945.", ""},
		// A matter of degree or scope: without "not" it is no opposite.
		{"Not all initiatives achieved lasting peace in the region.", ""},
		{"The mission was not always welcome in the provinces it served.", ""},
		{"Good tests do not only check the happy path of a function.", ""},
		{"Procrastination is not evenly spread across the tasks of a day.", ""},
		{"Support is not a matter of money but of people and their time.", ""},
		// "may not" is not the opposite of "may".
		{"A casual contributor may not have time to get up to speed with your project.", ""},
		// A denial inside a clause, or after a comma, is not the claim.
		{"If the issue does not represent the broader needs of your community, close it.", ""},
		{"Help it become a force of construction, not destruction, in the long run.", ""},
		// Words only a denial takes, and a title in quotes.
		{"A lazy person does not want to do anything at all on the weekend.", ""},
		{"The copy function does not share the memory of the source slice at all.", ""},
		{`Martin Fowler's essay "Mocks Aren't Stubs" explains why the difference matters.`, ""},
		// Advice, the reader, a pronoun or a bare "the" noun as subject.
		{"Don't tolerate bad actors in your community for any length of time.", ""},
		{"You do not need to answer every question on the same day.", ""},
		{"It does not copy the data of the underlying array at all.", ""},
		{"The money does not grow in a straight line over the years.", ""},
		// Too little is denied to weigh: "what he knew", "there himself".
		{"Kennedy did not reveal what he knew.", ""},
		{"De' Mussis was not there himself, and historians doubt his story.", ""},
		// A short verb whose past tense may double its letter is left.
		{"The council did not stop the building of the new bridge over the river.", ""},
	} {
		text := "# Notes\n\n## Part\n\n" + tc.sentence + "\n"
		g := sectionGens(mustArticle(t, text), Options{})[0]
		// The form of the flip, as in technical prose, where a denial in
		// everyday words is asked too (see TestPlainDenials).
		g.lx.code = technicalLexicon()
		var got string
		for _, s := range g.sents {
			if c := g.negationFlip(s); c != nil {
				got = c.q.Prompt
				if c.q.Type != questions.TrueFalse || c.q.Answer != "false" || c.q.Source != s.quote {
					t.Errorf("%q: got a %s question answered %q with source %q", tc.sentence, c.q.Type, c.q.Answer, c.q.Source)
				}
				if !strings.Contains(c.q.Explain, s.text[:len(s.text)-1]) {
					t.Errorf("%q: explain %q does not quote the sentence", tc.sentence, c.q.Explain)
				}
			}
		}
		if got != tc.want {
			t.Errorf("%q:\n got %q\nwant %q", tc.sentence, got, tc.want)
		}
	}
}

// technicalLexicon is a set of identifiers enough to make prose
// technical (technicalCode).
func technicalLexicon() map[string]int {
	m := map[string]int{}
	for _, w := range []string{"make", "append", "copy", "len", "cap", "slice", "array", "byte"} {
		m[w] = 1
	}
	return m
}

// TestPlainDenials: outside technical prose, a denial in everyday words
// is not said the other way round ("A good reunion does not need to be
// lavish": blind raters accepted 18 of 96 verdicts on such statements);
// one that names, counts or uses a word of its field is.
func TestPlainDenials(t *testing.T) {
	for _, tc := range []struct {
		sentence string
		want     bool
	}{
		{"A good reunion does not need to be lavish or expensive for anyone.", false},
		{"Most friendships do not end with an argument between the two people.", false},
		{"Aldus did not have the money to start a press alone in Venice.", true},
		{"An allergic reaction does not happen on the first encounter with an allergen.", true},
		{"The museum did not open to the public until the spring of 1759.", false},
	} {
		g := sectionGens(mustArticle(t, "# Notes\n\n## Part\n\n"+tc.sentence+"\n"), Options{})[0]
		got := false
		for _, s := range g.sents {
			got = got || g.negationFlip(s) != nil
		}
		if got != tc.want {
			t.Errorf("%q: flipped %v, want %v", tc.sentence, got, tc.want)
		}
	}
}

func TestVerbForms(t *testing.T) {
	for _, tc := range []struct{ base, third, past string }{
		{"make", "makes", "made"}, {"copy", "copies", "copied"}, {"reach", "reaches", "reached"},
		{"go", "goes", "went"}, {"have", "has", "had"}, {"do", "does", "did"}, {"carry", "carries", "carried"},
		{"stop", "stops", ""}, {"visit", "visits", ""}, {"allow", "allows", "allowed"}, {"use", "uses", "used"},
	} {
		if got := thirdPerson(tc.base); got != tc.third {
			t.Errorf("thirdPerson(%q) = %q, want %q", tc.base, got, tc.third)
		}
		if got := pastOf(tc.base); got != tc.past {
			t.Errorf("pastOf(%q) = %q, want %q", tc.base, got, tc.past)
		}
	}
}

// TestDenialEndingOnItsVerb: "… but did not intervene; the Wall …": the
// claim ends at the semicolon right after the denied verb, and asking it
// must not read past its end (it crashed the generator).
func TestDenialEndingOnItsVerb(t *testing.T) {
	g := proseGen(t, "# Berlin\n\n## The Wall\n\nThe Western powers protested but did not intervene; the Wall, after all, left their own rights in West Berlin untouched.\n\n## The fall\n\nThe border crossings opened on the night of 9 November 1989 after a confused announcement.\n")
	if c := g.negationFlip(g.sents[0]); c != nil {
		t.Errorf("asked a denial with nothing denied after its verb: %q", c.q.Prompt)
	}
}

// TestNoFlipOfKnowing: "Many people do not realise …" said the other
// way round claims what people know (round 96).
func TestNoFlipOfKnowing(t *testing.T) {
	notAsked(t, "on-being-a-good-neighbour.md", "simply realise", "people realise")
}
