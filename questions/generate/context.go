package generate

import (
	"slices"
	"strings"

	"github.com/quiz-cli/quiz/questions"
)

// A sentence that points back ("In 1908 the union took purple, white and
// green as its colours", "It creates a new slice value …") cannot be asked
// alone: the learner does not see what it points at. Shown after the
// sentence before it, which stands alone and names what it points at, it
// can: the two are quoted together, as a passage, and only the second is
// asked about. Cloze and choice questions are made this way; a statement
// to judge true or false, or a card's front, would have to rewrite the
// pointer. A select-all question's wrong items, from lists elsewhere in
// the article, read as wrong by their topic alone once the passage says
// what the list is of (blind raters rejected the corpus's one, "This
// includes ___" after "… humanitarian and developmental goals", by both
// verdicts).

// maxPassageWords bounds a passage: a question is read at a glance.
const maxPassageWords = 70

// contextCandidates makes questions on the sentences that lean on the one
// before, showing that one first.
func (g *sectionGen) contextCandidates() []*candidate {
	var out []*candidate
	for i, s := range g.sents {
		if !s.leans || i == 0 {
			continue
		}
		p := g.sents[i-1]
		if !g.context(p, s) {
			continue
		}
		for _, c := range g.fromSentence(s) {
			if c := g.withContext(c, p); c != nil {
				out = append(out, c)
			}
		}
	}
	return out
}

// context reports whether p, the sentence before s, can be shown for it.
func (g *sectionGen) context(p, s *sentence) bool {
	if !p.usable || p.para != s.para || p.text != p.quote || s.text != s.quote {
		return false
	}
	if wordCount(p.text)+wordCount(s.text) > maxPassageWords {
		return false
	}
	// "Take an illustrative pressure difference of 5 kilopascals. Acting
	// on …, it gives a force of about ___ newtons": the author's example,
	// worked through.
	if illustrativeRe.MatchString(p.lower) {
		return false
	}
	// Quoted together, the two must be one run of the section's text.
	if !strings.Contains(g.secText, p.quote+" "+s.quote) {
		return false
	}
	// The sentence shown names what it speaks of: a pronoun near its
	// start ("Over time it became the government's banker"), or one for
	// a person it has not named ("… lined the streets of London for her
	// funeral"), points further back.
	for i, t := range p.tokens {
		switch {
		case personPronouns[t.lower] && !g.namesPerson(p.tokens[:i]):
			return false
		case pronouns[t.lower] && i < 4:
			return false
		}
	}
	// "It was signed on board that same day", "the next day": the
	// sentence before must give the day it counts from.
	for _, a := range relativeTimes {
		if containsPhrase(" "+s.lower+" ", " "+a) && !slices.ContainsFunc(p.tokens, func(t token) bool { return months[t.lower] || yearRe.MatchString(t.text) }) {
			return false
		}
	}
	// "He", "she" point at a person: the sentence before must name one.
	for _, t := range s.tokens[s.first:] {
		if personPronouns[t.lower] && !g.namesPerson(p.tokens) {
			return false
		}
	}
	// "That early chip captured …" after "What the sensor lacks in
	// resolution it makes up for in speed.": the sentence before must
	// name the chip. ("This property, called cleavage, …" names what the
	// sentence before described: "this" sums up, "that" points.)
	if t := s.tokens; s.first+2 < len(t) && demonstratives[t[s.first].lower] {
		for _, n := range t[s.first+1 : s.first+3] {
			if g.lx.nounish[n.lower] && !function[n.lower] {
				if !containsWord(p.lower, n.lower) && !containsWord(p.lower, strings.TrimSuffix(n.lower, "s")) && !containsWord(p.lower, n.lower+"s") {
					return false
				}
				break
			}
		}
	}
	// "both institutions", "a fifth level": the sentence before must
	// name them.
	t := s.tokens
	for i := s.first; i+1 < len(t); i++ {
		noun := ""
		switch {
		case t[i].lower == "both" && strings.HasSuffix(t[i+1].lower, "s") && !naturalPairs[t[i+1].lower]:
			noun = strings.TrimSuffix(t[i+1].lower, "s")
		case i+2 < len(t) && (t[i].lower == "a" || t[i].lower == "an") && laterOrdinals[t[i+1].lower] && !ordinalPhrases[t[i+2].lower]:
			noun = t[i+2].lower
		}
		if noun != "" && !containsWord(p.lower, noun) && !containsWord(p.lower, noun+"s") {
			return false
		}
	}
	return true
}

// pronouns stand for something named before them; personPronouns for
// someone.
var (
	pronouns       = set(`it its he him his she her they them their`)
	demonstratives = set(`that those`)
	personPronouns = set(`he him his she her`)
	// placePrepositions lead a place's name.
	placePrepositions = set(`in at of from to near across into through`)
)

// namedPerson reports whether tokens name one of the article's people
// for certain: a word of a person's name, or two capitalised words in a
// row ("Western help" is neither).
func (g *sectionGen) namedPerson(toks []token) bool {
	g.namesPerson(nil) // fills personWord
	for i, t := range toks {
		if !isCapitalized(t.text) {
			continue
		}
		if g.lx.personWord[t.lower] || i+1 < len(toks) && isCapitalized(toks[i+1].text) && !function[toks[i+1].lower] {
			return true
		}
	}
	return false
}

// namesPerson reports whether tokens of a sentence name someone: one of the
// article's people, or a name the article gives no place, organisation,
// document or event ("Napoleon").
func (g *sectionGen) namesPerson(toks []token) bool {
	if g.lx.personWord == nil {
		g.lx.personWord = map[string]bool{}
		for _, k := range []Kind{KindPlace, KindOrg, KindDoc, KindEvent, KindAcronym, KindPerson} {
			for _, name := range g.lx.pool[k] {
				for _, w := range strings.Fields(strings.ToLower(name)) {
					g.lx.personWord[w] = k == KindPerson
				}
			}
		}
	}
	for i, t := range toks {
		// A sentence's first word is a name if the article capitalises
		// it inside sentences too.
		if !isCapitalized(t.text) || len(t.lower) < 3 || months[t.lower] || i == 0 && g.lx.proper[t.lower] == 0 {
			continue
		}
		// A name the article gives no kind is a person's, unless a
		// preposition of place leads it ("the streets of London").
		if person, ok := g.lx.personWord[t.lower]; person || !ok && (i == 0 || !placePrepositions[toks[i-1].lower]) {
			return true
		}
	}
	return false
}

// withContext shows p before the question c asks on the sentence after
// it, or returns nil when c cannot be asked so.
func (g *sectionGen) withContext(c *candidate, p *sentence) *candidate {
	q := c.q
	// Shown as it is asked alone: without an opener that links it to the
	// text before ("Furthermore, …").
	shown := p.stem(-1, -1, "")
	lower := strings.ToLower(shown)
	// What the learner must recall, or one of the wrong options, must not
	// be in the sentence shown, nor the other of its pair ("the umbra"
	// before "the lighter ___").
	if c.answer != "" && (containsWord(lower, c.answer) || pairIn(c.answer, lower, false)) {
		return nil
	}
	for _, x := range append(append([]string(nil), q.Choices...), q.Answers...) {
		if containsWord(lower, strings.ToLower(x)) {
			return nil
		}
	}
	switch q.Type {
	case questions.Cloze:
		q.Text = shown + " " + q.Text
	case questions.Choice:
		head, quote, ok := strings.Cut(q.Prompt, "\n“")
		if !ok || !strings.Contains(head, "the sentence") {
			return nil
		}
		q.Prompt = strings.Replace(head, "the sentence", "the passage", 1) + "\n“" + shown + " " + quote
	default:
		return nil
	}
	q.Source = p.quote + " " + q.Source
	c.visible = lower + " " + c.visible
	// The sentence before is shown, so no other question may ask it.
	c.sents = append(c.sents, p.index)
	// A sentence that stands alone asks more directly.
	c.score -= 0.5
	return c
}

// definiteBack reports whether a sentence names with "the" alone, after
// its subject, a thing the text just before introduced: "… 154 times the
// reference" after "a reference of 10.23 megahertz", "If air enters the
// space" after "this pleural space". Not a word the heading or title
// says, nor one of the article's commonest: that is its topic ("the
// lungs"), which needs no introduction.
func (g *sectionGen) definiteBack(s *sentence) bool {
	toks := s.tokens
	// "Hoping for Western help, he allowed …": he, whom the text before
	// named.
	for i := s.first + 1; i < len(toks); i++ {
		if (toks[i].lower == "he" || toks[i].lower == "she") && strings.HasPrefix(s.text[toks[i-1].end:toks[i].start], ",") {
			if !g.namedPerson(toks[s.first:i]) {
				return true
			}
			break
		}
	}
	// "Each tunnel was about 17 metres in diameter" after "four
	// diversion tunnels": each of those.
	if f := s.first; f+2 < len(toks) && toks[f].lower == "each" && len(toks[f+1].lower) >= 3 && !function[toks[f+1].lower] &&
		!timeNouns[toks[f+1].lower] && (indexWord(s.before, toks[f+1].lower+"s") >= 0 || indexWord(s.before, toks[f+1].lower+"es") >= 0) {
		return true
	}
	for i := s.first; i+1 < len(toks); i++ {
		if toks[i].lower != "the" || i == s.first {
			continue
		}
		n := toks[i+1]
		// After "the", "works" is a noun.
		if n.text != n.lower || len(n.lower) < 4 || function[n.lower] || phraseAdjectives[n.lower] || classifier(n.lower) {
			continue
		}
		// The noun phrase ends with the noun: "the space, a condition",
		// "the treaty reached", not "the reference frequency".
		if i+2 < len(toks) && s.text[n.end:toks[i+2].start] == " " && !function[toks[i+2].lower] && !verbs[toks[i+2].lower] && !presentOrPast(toks[i+2].lower) {
			continue
		}
		// "the summer of 1932": the phrase after it says which.
		if i+2 < len(toks) && toks[i+2].lower == "of" {
			continue
		}
		w := strings.TrimSuffix(n.lower, "s")
		if !introduced(s.before, n.lower) && !introduced(s.before, w) {
			continue
		}
		if slices.ContainsFunc(toks[:i], func(t token) bool { return strings.TrimSuffix(t.lower, "s") == w }) ||
			containsWord(g.heading, w) || containsWord(g.title, w) || g.lx.topWords[w] {
			continue
		}
		return true
	}
	return false
}

// introduced reports whether the text introduces a noun as a new thing
// ("a reference of 10.23 megahertz", "this pleural space", "its load"),
// which "the" and the noun then point back to; "the heart" before "the
// heart" names the same thing any reader knows.
func introduced(text, noun string) bool {
	for off := 0; ; {
		i := indexWord(text[off:], noun)
		if i < 0 {
			return false
		}
		at := off + i
		f := strings.Fields(text[max(0, at-40):at])
		// "a programme of public works": the phrase may run through "of";
		// "… through public works": a plural with no article is new too.
		for k := len(f) - 1; k >= 0 && k >= len(f)-4; k-- {
			w := strings.Trim(f[k], ",;:(")
			if introducers[w] {
				return true
			}
			// "the Stamp Act" names one act; "the act" after it points back
			// to it.
			if w == "the" {
				if k < len(f)-1 {
					return true
				}
				break
			}
			if function[w] && w != "of" {
				if k < len(f)-1 && plural(noun) {
					return true
				}
				break
			}
		}
		off = at + len(noun)
	}
}

// introducers open a noun phrase that names a thing for the first time,
// or one of something just named.
var introducers = set(`a an this these that those its their his her our your another`)
