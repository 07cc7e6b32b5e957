package generate

import (
	"fmt"
	"sort"
	"strings"

	"github.com/quiz-cli/quiz/questions"
)

// A section of general prose has few specific facts (dates, numbers,
// names) to ask about. Such a section is filled up to minQuestions with
// forms that hold on plain prose: a cloze on the phrase most specific to
// the section, or a flashcard from a list the sentence gives. A true
// statement is not a fill: on general prose it is a platitude. A fill that
// does not meet these rules is dropped, never relaxed.

// minFillWords is the length from which a section is filled.
const minFillWords = 60

// fillCandidates makes the fills a section's usable sentences support.
func (g *sectionGen) fillCandidates() []*candidate {
	var out []*candidate
	if c := g.bulletCard(); c != nil {
		out = append(out, c)
	}
	for _, s := range g.sents {
		quality := sentenceQuality(s)
		if !s.usable {
			// A card that shows only the sentence's subject, or a claim
			// that stands alone, may come from a sentence that leans on
			// the text before: its back is read after the question.
			if s.formed && !s.backRef {
				for _, c := range []*candidate{g.reasonCard(s), g.claimCard(s), g.conditionCard(s), g.roleCard(s), g.subjectCard(s),
					g.passageCard(s), g.adviceCard(s)} {
					if c != nil {
						c.score += quality - 0.3
						out = append(out, c)
					}
				}
			}
			continue
		}
		for _, c := range []*candidate{g.listCard(s), g.definitionCard(s), g.reasonCard(s), g.claimCard(s), g.adviceCard(s), g.conditionCard(s), g.roleCard(s), g.subjectCard(s), g.completionCard(s), g.shortCompletionCard(s)} {
			if c != nil {
				c.score += quality
				out = append(out, c)
			}
		}
		kp := g.keyPhrases(s)
		for _, t := range kp {
			if c := g.keyCloze(s, t); c != nil {
				// A blank on a common phrase is the weakest fill: a card
				// on what the sentence says comes first.
				c.score = 0.2*g.specificity(t) + quality - 1.5
				c.weak = true
				out = append(out, c)
			}
		}
	}
	return out
}

// specificity ranks a key phrase: how much of the article's use of it is
// in this section, and how long it is.
func (g *sectionGen) specificity(t term) float64 {
	k := t.key()
	here := g.secCount(k)
	all := max(g.lx.count(k), 1)
	return 2*float64(here)/float64(all) + 0.6*float64(t.words-1) + 0.1*float64(min(here, 3))
}

// keyPhrases returns the noun phrases of a sentence specific to its
// section, most specific first: used mostly in this section, not in the
// heading or title, not a member of a pair or list, not led or followed by
// a word that would give it away, and with a head that is not generic.
func (g *sectionGen) keyPhrases(s *sentence) []term {
	var out []term
	for _, t := range g.lx.terms(s) {
		if t.kind != KindTerm || t.start < s.stemOff || len(t.text) < 4 {
			continue
		}
		k := t.key()
		if 2*g.secCount(k) < g.lx.count(k) || countWord(s.lower, k) != 1 {
			continue
		}
		words := strings.Fields(k)
		if generic[strings.TrimSuffix(words[len(words)-1], "s")] || generic[words[len(words)-1]] {
			continue
		}
		// The article's topic words may be part of the phrase ("array
		// segment") but not all of it ("slice type").
		bad, topical := false, 0
		for _, w := range words {
			if containsWord(g.heading, w) || containsWord(g.heading, strings.TrimSuffix(w, "s")) || containsWord(g.title, w) ||
				strings.ContainsAny(w, "'’-") || g.lx.verbish[w] && !g.lx.nounish[w] {
				bad = true
			}
			if g.lx.topWords[strings.TrimSuffix(w, "s")] && g.lx.count(w) >= 3 {
				topical++
			}
		}
		if bad || topical == len(words) {
			continue
		}
		// An adjective before the noun ("local capacities", "silent
		// majority", "keen interest") leaves a blank that many phrases
		// fill; a compound of nouns ("garbage collector") does not.
		if hasSuffix(words[0], qualitySuffixes) && !g.lx.nounish[words[0]] || plainAdjectives[words[0]] {
			continue
		}
		if t.words == 1 || vagueModifiers[words[0]] {
			continue // a lone noun is vague; "broader scope", "strong opinion" guessed
		}
		// "the problem persists", "the effectiveness varies": a singular
		// noun before a word in -s is as often a subject and its verb as
		// a plural compound, so only a number may come before a plural.
		if last := words[len(words)-1]; strings.HasSuffix(last, "s") && !strings.HasSuffix(last, "ss") && !numberWords[words[len(words)-2]] {
			continue
		}
		// A noun modifying another is singular ("garbage collector"): a
		// plural inside the phrase is a subject before its verb
		// ("gardeners harden seedlings").
		for _, w := range words[:len(words)-1] {
			if plural(w) {
				bad = true
			}
		}
		if bad {
			continue
		}
		// A word of the phrase said elsewhere in the sentence gives it
		// away ("your personal ___ … a dedicated email address").
		if g.echoed(s, t, words) {
			continue
		}
		if coordinated(s, t) || followsVerbMarker(s, t) || quoted(s.text, t.start) {
			continue
		}
		// The word before must not complete the phrase ("rule of ___",
		// "strengthened ___") nor be a name it belongs to: only a
		// determiner, a preposition or a verb may stand there.
		if i := tokenAt(s, t.start); i > s.first {
			p := s.tokens[i-1]
			if !function[p.lower] && !verbs[p.lower] && !g.lx.verbish[p.lower] || isCapitalized(p.text) && i-1 > s.first {
				continue
			}
			if s.text[p.end:t.start] != " " {
				continue
			}
		}
		// "as a ___": the reader's own role, guessed without reading.
		if before := strings.ToLower(s.text[:t.start]); strings.HasSuffix(before, " as a ") || strings.HasSuffix(before, " as an ") {
			continue
		}
		// "of" after the phrase ties it to what follows ("sense of ___").
		if after := s.text[t.end:]; strings.HasPrefix(after, " of ") && (t.words == 1 || isCapitalized(strings.TrimPrefix(after, " of "))) {
			continue // "a ___ of Congress": "joint session" is the only fit
		}
		out = append(out, t)
	}
	sort.SliceStable(out, func(i, j int) bool { return g.specificity(out[i]) > g.specificity(out[j]) })
	if len(out) > 2 {
		out = out[:2]
	}
	return out
}

// vagueModifiers make a phrase that any text could hold, or that its
// sentence suggests: "a strong opinion", "the broader scope".
var vagueModifiers = set(`broad broader overall perfect substantial strong stronger common biggest big bigger secure vital
significant modest relative effective dedicated potential personal immediate important crucial key essential
good better best bad worse worst great greater huge large larger small smaller positive negative certain
particular specific general whole entire real true main major minor primary secondary simple easy hard difficult
clear new old early late various numerous several different similar same other further greatest
sustainable operational inclusive comprehensive overall fundamental careful`)

// plainAdjectives are common adjectives without an adjective's suffix.
var plainAdjectives = set(`keen cold warm hot cool free open close deep high low long short wide narrow heavy light rich poor
young fresh quick slow bright dark clean dry wet soft hard loud quiet safe sure true false wild fair`)

// qualitySuffixes end adjectives: "local", "active", "silent", "famous".
var qualitySuffixes = []string{"al", "ive", "ent", "ant", "ous", "ic", "ful", "less", "able", "ible", "ary", "ar"}

var numberWords = set(`two three four five six seven eight nine ten twelve hundred thousand`)

// echoed reports whether a word of the phrase (or its stem) appears
// elsewhere in the sentence.
func (g *sectionGen) echoed(s *sentence, t term, words []string) bool {
	for _, tok := range s.tokens[s.first:] {
		if tok.start >= t.start && tok.end <= t.end {
			continue
		}
		for _, w := range words {
			if len(w) >= 4 && len(tok.lower) >= 4 && (strings.HasPrefix(tok.lower, w[:len(w)-1]) || strings.HasPrefix(w, tok.lower[:len(tok.lower)-1])) {
				return true
			}
		}
	}
	return false
}

// tokenAt returns the index of the token starting at byte offset off.
func tokenAt(s *sentence, off int) int {
	for i, t := range s.tokens {
		if t.start == off {
			return i
		}
	}
	return -1
}

// keyCloze blanks a key phrase of the section.
func (g *sectionGen) keyCloze(s *sentence, t term) *candidate {
	if strings.ContainsAny(t.text, "{}|") {
		return nil
	}
	text := s.stem(t.start, t.end, "{{"+t.text+"}}")
	q := &questions.Question{ID: g.id("cloze", t.text), Type: questions.Cloze, Prompt: "Fill in the blank.", Text: text,
		Explain: fmt.Sprintf("In %s, the phrase here is “%s”.", g.where(), t.text), Source: s.text}
	return &candidate{q: q, sents: []int{s.index}, answer: t.key(), visible: strings.ToLower(s.stem(t.start, t.end, Blank))}
}

// listCard makes a flashcard of a list the sentence gives: the front is
// the sentence with the list blanked, the back the list.
func (g *sectionGen) listCard(s *sentence) *candidate {
	items, stem := g.listStem(s, true)
	if items == nil {
		return nil
	}
	for _, it := range items {
		if containsWord(g.heading, it) {
			return nil
		}
	}
	q := &questions.Question{ID: g.id("card", items[0]), Type: questions.Card,
		Prompt:  fmt.Sprintf("Which %s things complete this sentence from the article?\n“%s”", numberWord(len(items)), stem),
		Answer:  strings.Join(items, "\n"),
		Explain: fmt.Sprintf("%s lists %s.", capitalize(g.where()), joinAnd(items)), Source: s.text}
	return &candidate{q: q, sents: []int{s.index}, score: 1.5, answer: strings.ToLower(items[0]), visible: strings.ToLower(stem)}
}

func numberWord(n int) string {
	if n >= 0 && n < 10 {
		return []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"}[n]
	}
	return fmt.Sprint(n)
}
