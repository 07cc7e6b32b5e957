package generate

import (
	"fmt"
	"slices"
	"strings"

	"github.com/quiz-cli/quiz/questions"
)

// A section of general prose has few specific facts (dates, numbers,
// names) to ask about. Such a section is filled with flashcards on what
// its sentences say, and every one of them must pass the gate (gate.go):
// a card whose answer a non-reader could give is dropped, never relaxed,
// so a section of platitudes gets fewer questions.

// minFillWords is the length from which a section is filled.
const minFillWords = 60

// fillCandidates makes the fills a section's usable sentences support.
func (g *sectionGen) fillCandidates() []*candidate {
	// "What does an electric kettle contain?" of a worked example: the
	// author's choice of figures, not a fact to recall.
	if g.workedExample() {
		return nil
	}
	var out []*candidate
	if c := g.bulletCard(); c != nil {
		out = append(out, c)
	}
	for _, s := range g.sents {
		quality := sentenceQuality(s)
		// A quoted question is not a statement, so the sentence is not
		// formed; what it tells the reader to ask is still a card.
		if c := g.askCard(s); c != nil {
			out = append(out, c)
		}
		if !s.usable {
			// A claim that stands alone may come from a sentence that
			// leans on the text before: its back is read after the
			// question.
			if s.formed && !s.backRef {
				for _, c := range []*candidate{g.reasonCard(s), g.claimCard(s), g.conditionCard(s), g.roleCard(s),
					g.adviceCard(s)} {
					if c != nil {
						c.score += quality - 0.3
						out = append(out, c)
					}
				}
			}
			continue
		}
		for _, c := range []*candidate{g.listCard(s), g.definitionCard(s), g.reasonCard(s), g.claimCard(s), g.adviceCard(s), g.conditionCard(s), g.roleCard(s)} {
			if c != nil {
				c.score += quality
				out = append(out, c)
			}
		}
	}
	return dropAmbiguous(out)
}

// dropAmbiguous drops the cards whose front two sentences of the section
// answer ("What did Truman ask Congress to do?" of "Truman asked Congress
// to support the Greek Government" and "He also asked Congress to provide
// assistance for Turkey"): either back is only half the answer.
func dropAmbiguous(cands []*candidate) []*candidate {
	sents := map[string]map[int]bool{}
	for _, c := range cands {
		if sents[c.q.Prompt] == nil {
			sents[c.q.Prompt] = map[int]bool{}
		}
		sents[c.q.Prompt][c.sents[0]] = true
	}
	out := cands[:0]
	for _, c := range cands {
		if len(sents[c.q.Prompt]) < 2 {
			out = append(out, c)
		}
	}
	return out
}

// qualitySuffixes end adjectives: "local", "active", "silent", "famous".
var qualitySuffixes = []string{"al", "ive", "ent", "ant", "ous", "ic", "ful", "less", "able", "ible", "ary", "ar"}

// listCard makes a flashcard of a list the sentence gives: the front is
// the sentence with the list blanked, the back the list.
func (g *sectionGen) listCard(s *sentence) *candidate {
	items, stem := g.listStem(s, true)
	if items == nil {
		return nil
	}
	// "elder statesmen such as ___": examples of more, not all of them;
	// "Four of the ___": the list is an aside on a count.
	if i := strings.Index(s.text, items[0]); i >= 0 {
		if f := strings.Fields(strings.ToLower(s.text[:i])); len(f) > 0 && (f[len(f)-1] == "including" || f[len(f)-1] == "like" ||
			len(f) > 1 && f[len(f)-2] == "such" && f[len(f)-1] == "as" || len(f) > 1 && f[len(f)-2] == "of" && f[len(f)-1] == "the") {
			return nil
		}
	}
	// "Houston, Mattingly and others spent long hours": an item that
	// holds a verb runs on into the sentence's clause.
	// "… sank the destroyers Keith, Basilisk and Havant, and Ramsay
	// stopped daylight sailings": so does a past tense the word lists
	// know by its stem, and a middle item with an "and" of its own is a
	// sign the list was cut in the wrong places.
	for i, it := range items {
		if slices.ContainsFunc(tokenize(it), func(t token) bool {
			return verbs[t.lower] || irregularPast[t.lower] != "" || pastForms[t.lower] || g.pastByStem(t.lower)
		}) {
			return nil
		}
		if i < len(items)-1 && containsWord(it, "and") {
			return nil
		}
	}
	named := false
	for _, it := range items {
		if containsWord(g.heading, it) {
			return nil
		}
		named = named || strings.ContainsAny(it, "0123456789") || hasName(it)
	}
	// Three things of common nouns ("healthcare, education, and
	// infrastructure") are the list a non-reader gives, or one of many as
	// right: blind raters accepted 2 and 0 of 4. A list that names
	// something is the reader's to recall.
	if !named {
		return nil
	}
	q := &questions.Question{ID: g.id("card", items[0]), Type: questions.Card,
		Prompt:  fmt.Sprintf("Which %s things complete this sentence from the article?\n“%s”", numberWord(len(items)), stem),
		Answer:  strings.Join(items, "\n"),
		Explain: fmt.Sprintf("%s lists %s.", capitalize(g.where()), joinAnd(items)), Source: s.quote}
	return &candidate{q: q, sents: []int{s.index}, score: 1.5, answer: strings.ToLower(items[0]), visible: strings.ToLower(stem)}
}

func numberWord(n int) string {
	if n >= 0 && n < 10 {
		return []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"}[n]
	}
	return fmt.Sprint(n)
}

// hasName reports whether a phrase of the middle of a sentence has a
// capitalised word: a name ("Kent", "IRC channel").
func hasName(phrase string) bool {
	for _, w := range strings.Fields(phrase) {
		if isCapitalized(w) && !function[strings.ToLower(w)] {
			return true
		}
	}
	return false
}
