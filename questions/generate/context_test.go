package generate

import (
	"strings"
	"testing"

	"github.com/quiz-cli/quiz/questions"
	"github.com/quiz-cli/quiz/questions/article"
)

// TestContextPassage: a sentence that points back ("the union", "he",
// "the previous year") is asked after the sentence before it, when that
// one stands alone and names what it points at; the two are quoted
// together, verbatim, and only the second is asked about.
func TestContextPassage(t *testing.T) {
	const text = `# Votes for Women

## The Union

The Women's Social and Political Union was founded in Manchester in 1903 by Emmeline Pankhurst. In 1908 the union took purple, white and green as its colours.

It moved its office to London in 1906. In 1912 the union began a campaign of window smashing in the West End.

The constitution of 1799 was approved by a national vote. In 1802 he was made Consul for life by the same means.

London in 1666 was already a battered and crowded place. The previous year the Great Plague had killed around 100,000 people in the city.

Thousands of people lined the streets of London for her funeral procession. The campaign went on into 1914, when the war brought it to a halt.

After the coup a new government was set up, with Napoleon as First Consul. In 1802 he was made Consul for life by a national vote.

## Later Years

Parliament passed the Representation of the People Act in 1918. Women over thirty could vote from 1918, and all women over twenty-one from 1928.
`
	g := sectionGens(mustArticle(t, text), Options{})[0]
	asked := map[string]string{} // the sentence asked about -> what the learner sees
	for _, c := range g.gate(g.sentenceCandidates()) {
		seen := c.q.Prompt + " " + c.q.Text
		for _, s := range g.sents {
			if c.sents[0] == s.index {
				asked[s.text] = seen
			}
		}
		if !strings.Contains(g.secText, c.q.Source) {
			t.Errorf("source %q is not one run of the section's text", c.q.Source)
		}
	}
	for _, tc := range []struct {
		sentence, before string // before: "" when it must not be asked
	}{
		{"In 1908 the union took purple", "The Women's Social and Political Union was founded"},
		{"The previous year the Great Plague", "London in 1666 was already"},
		// The sentence before points back too.
		{"In 1912 the union began", ""},
		// "he": the sentence before names nobody.
		{"In 1802 he was made Consul for life by the same means", ""},
		{"In 1802 he was made Consul for life by a national vote", "with Napoleon as First Consul"},
		// The sentence before leans itself: "her" for someone it does
		// not name.
		{"The campaign went on into 1914", ""},
	} {
		var seen string
		var found bool
		for s, v := range asked {
			if strings.HasPrefix(s, tc.sentence) {
				seen, found = v, true
			}
		}
		switch {
		case tc.before == "" && found:
			t.Errorf("%q is asked (%q), but what it points at is not shown", tc.sentence, seen)
		case tc.before != "" && !found:
			t.Errorf("%q is not asked after the sentence before it", tc.sentence)
		case tc.before != "" && !strings.Contains(seen, tc.before):
			t.Errorf("%q is asked without the sentence before it: %q", tc.sentence, seen)
		}
	}
}

// TestOfThemLeans: "4,000 to 11,000 of them" counts some of a plural the
// text before names; "forty-nine of them" after "fifty-two nations" does
// not lean. "Even so", "A second wave", "Opposing it" and "to that salty
// tissue" lean on the text before as well.
func TestOfThemLeans(t *testing.T) {
	checkLeansTexts(t, map[string]bool{
		"A healthy adult has roughly 4,000 to 11,000 of them in every microlitre of blood.":                                                      true,
		"When the Prime Minister, H. H. Asquith, shelved the first of them, about 300 women marched.":                                            true,
		"In September of 1951, fifty-two nations met in San Francisco, and forty-nine of them signed it.":                                        false,
		"By morning some 300 houses had burned along the river front of the old city.":                                                           true,
		"Even so, unemployment was still about 6 percent in 1937 across the country.":                                                            true,
		"A second wave followed in 1934, after the failure of a bank in Vienna spread panic.":                                                    true,
		"Opposing it are the pressure of fluid already in the capsule and the pull of proteins.":                                                 true,
		"Fluid in the descending limb loses water to that salty tissue in the inner medulla.":                                                    true,
		"The committee decided that salty food should be labelled more clearly in future.":                                                       false,
		"Nearly all of that ice lies in the Antarctic Ice Sheet, which would raise global sea level by about 58 metres if it melted completely.": true,
		"Expect it to take eight to ten minutes of steady work on a wooden board.":                                                               true,
		"If a gamete with an extra chromosome is fertilized, the embryo will have three copies of that chromosome.":                              false,
		"A second language is easier to learn in childhood than in later life, most studies find.":                                               false,
		// "…, did.": did what, the text before says. "Snow that falls on
		// it": on what, the snow cannot be.
		"In 1977 three researchers at the Massachusetts Institute of Technology, Ron Rivest, Adi Shamir and Leonard Adleman, did.": true,
		"Few people believed that the scheme would work, but the engineers at the company did so.":                                 true,
		"The older machines could print faster than the new ones ever did in their first years.":                                   false,
		"Snow that falls on it and survives the year is its income, called accumulation.":                                          true,
		"Water that falls on the ice sheet in summer runs off through channels in the ice.":                                        false,
		// "…, that opinion was reversed": which opinion, the text before
		// says.
		"Within roughly a decade, between about 1960 and 1970, that opinion was reversed.":        true,
		"Many geologists argued, and the journals agreed, that continents could not move at all.": false,
		// Round 43: "its" with only plurals before it; a part with no
		// whole ("At the corners", "On the underside"); "other causes",
		// "two further lobes", "the first modern example" and "here"
		// count from what the text before gave.
		"Twice the Ottomans brought their armies to its walls and camped outside them.":                           true,
		"The Thames near its tidal limit has an average discharge of around 65 cumecs.":                           false,
		"The Ottoman army brought its heavy guns to the walls of Vienna in July.":                                 false,
		"At the corners are portal tracts, each containing a branch of the portal vein and a small bile duct.":    true,
		"On the underside, two further small lobes can be seen beside the gall bladder.":                          true,
		"Heavy drinking and fat accumulation linked to obesity are other major causes of cirrhosis.":              true,
		"The Strömsund Bridge in Sweden, completed in 1955, is often cited as the first modern example.":          true,
		"The Forth Bridge in Scotland is the classic example of a cantilever truss bridge in Europe.":             false,
		"Through a fissure here the portal vein, the hepatic artery and the bile duct enter and leave the organ.": true,
		"At the corners of the board, players place the four rooks before the game begins in earnest.":            false,
		// Round 44: "the two" things the text before gave, "the
		// opposite effect" of what it described, and "major causes" of
		// what it named.
		"Multiplying the two gives energy in watt-hours for a battery of any size.":    true,
		"The two sides signed a treaty at Karlowitz in 1699 after long talks.":         false,
		"Glucagon, a peptide of 29 amino acids, has the opposite effect on the liver.": true,
		"Long-term heavy drinking and smoking are major causes.":                       true,
		"Smoking is one of the major causes of lung cancer in Britain and elsewhere.":  false,
		// Round 46: "cooler still" than what the text before said; "Most
		// other bones", other than those it named.
		"By the outlet the liquid may be a few degrees cooler still, which is called subcooling.":        true,
		"Most other bones develop by endochondral ossification, in which cartilage is replaced by bone.": true,
		"The engine still runs on the original parts fitted in 1931 at the works in Derby.":              false,
		// Round 49: "it" after an opening adverb, what "the Irish came
		// to call it", and "the resulting area".
		"Historically it has taken ten years or more, and most candidates fail somewhere along the way.":                     true,
		"The Irish came to call it An Gorta Mór, the Great Hunger, and the name has stuck ever since.":                       true,
		"Older textbooks compared the resulting area to a tennis court; recent measurements put it at thirty square metres.": true,
		// Round 50.
		"Ōkuma was forced out, and an imperial rescript that October promised a national assembly by 1890.": true,
		"Itō drew the opposite conclusion and in 1900 founded the Rikken Seiyūkai as a party of his own.":   true,
		"From then until 1932 the leaders of the main parties in the lower house normally formed cabinets.": true,
		"Beneath it, attached by a thin stalk, hangs the pituitary gland, about the size of a pea.":         true,
		"Each consists of two glands in one, an outer cortex and an inner medulla.":                         true,
		"T3 is the more active form, and most of it is made from T4 in other tissues.":                      true,
		"Heat makes the more volatile liquid evaporate faster than water does.":                             false,
		// A count is no plural "them" could be.
		"A single cell in the mesophyll, the inner tissue of a leaf, may contain dozens of them.": true,
	})
}

// TestResultLeans: "The solution is …" and a note's "Result: …" name what
// the text before led to; "The solution was filtered" in a chemistry
// section names a liquid the section's heading gives.
func TestResultLeans(t *testing.T) {
	for _, tc := range []struct {
		text, heading string
		want          bool
	}{
		{"The solution is the cardiovascular system, a closed network of tubes.", "The Double Circulation", true},
		{"Result: a merged patrician–plebeian elite (the nobiles), not a democracy.", "The Struggle of the Orders", true},
		{"The solution is a mixture in which one substance is dissolved in another.", "Making a Solution", false},
		{"The answer to a query is a set of rows that the database returns.", "Queries", false},
		// "The turning point came with …": of what?
		{"The turning point came with the political crisis of 1881 over the sale of state assets.", "The Road to a Constitution", true},
		// "The new agency promoted …": which agency, the text before
		// said.
		{"The new agency promoted practices that slowed wind and held soil on the farms.", "Washington Responds", true},
		{"The new agency promoted practices that slowed wind and held soil on the farms.", "The Soil Conservation Agency", false},
		// "The antidote, N-acetylcysteine, …": the antidote to what the
		// text before named.
		{"The antidote, N-acetylcysteine, works by restoring glutathione in the liver.", "Liver Disease", true},
		{"The antidote to most snake bites is antivenom, made from the blood of horses.", "Bites", false},
	} {
		s := &sentence{text: tc.text, tokens: tokenize(tc.text)}
		if got := bareDefinite(s, tc.heading); got != tc.want {
			t.Errorf("bareDefinite(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestRelativeTimeNotQuoted: a statement dated by an event the text
// before gives ("By morning …") is offered in no statement question.
func TestRelativeTimeNotQuoted(t *testing.T) {
	g := proseGen(t, "# Fire\n\n## The First Night\n\nThe fire began in a bakery on Pudding Lane shortly after midnight. By morning some 300 houses had burned along the river.\n")
	for _, s := range g.sents {
		if strings.HasPrefix(s.text, "By morning") && quotable(s) {
			t.Errorf("%q is quotable", s.text)
		}
	}
}

// TestInitialIsNoLabel: "E. coli has …" starts with a genus's initial,
// not a label to drop ("Robust. goldmark is …" does).
func TestInitialIsNoLabel(t *testing.T) {
	for text, want := range map[string]string{
		"E. coli has a single circular chromosome of about 4.6 million base pairs.":         "E. coli has",
		"Robust. Goldmark is fully compliant with the latest version of the specification.": "Goldmark is",
	} {
		s := &sentence{text: text, tokens: tokenize(text)}
		if !wellFormed(s) {
			t.Errorf("wellFormed(%q) = false", text)
			continue
		}
		if got := s.stem(-1, -1, ""); !strings.HasPrefix(got, want) {
			t.Errorf("stem(%q) = %q, want it to start %q", text, got, want)
		}
	}
}

// TestNoSelectAllPassage: a select-all question is not asked on a
// passage: once the sentence before says what the list is of, the wrong
// items read as wrong by their topic alone.
func TestNoSelectAllPassage(t *testing.T) {
	a, err := article.Read("peacekeeping.txt", mustRead(t, "testdata/corpus/peacekeeping.txt"))
	if err != nil {
		t.Fatal(err)
	}
	for _, g := range sectionGens(a, Options{Course: "peacekeeping"}) {
		for _, c := range g.contextCandidates() {
			if c.q.Type == questions.Multi {
				t.Errorf("select-all question on a passage: %q", c.q.Prompt)
			}
		}
	}
}

// TestRound54Leans: "Inside, lymph flows …" (inside what?), "The deeper
// paracortex" (deeper than what?) and "Similar but less organised tissue"
// (similar to what?) lean on the text before.
func TestRound54Leans(t *testing.T) {
	checkLeansTexts(t, map[string]bool{
		"Inside, lymph flows slowly through channels called sinuses, which are lined by macrophages.":  true,
		"The deeper paracortex is rich in T lymphocytes, and the central medulla holds plasma cells.":  true,
		"Similar but less organised tissue lies in the linings of the gut, airways and urinary tract.": true,
		"Inside the capsule, lymph flows slowly through channels called sinuses lined by macrophages.": false,
		"The deeper the water, the slower the waves travel across the floor of the basin.":             false,
	})
}

// TestIntroduced: a noun named with a word of its own before it ("the
// Stamp Act") is introduced, and "the act" after it points back; "the
// heart" after "the heart" is the same thing any reader knows.
func TestIntroduced(t *testing.T) {
	for _, tc := range []struct {
		text, noun string
		want       bool
	}{
		{"parliament passed the stamp act in march.", "act", true},
		{"relief was channelled through public works, chiefly roads.", "works", true},
		{"it is derived from a reference of 10.23 megahertz.", "reference", true},
		{"blood leaves the heart through the aorta.", "heart", false},
	} {
		if got := introduced(tc.text, tc.noun); got != tc.want {
			t.Errorf("introduced(%q, %q) = %v, want %v", tc.text, tc.noun, got, tc.want)
		}
	}
}
