package generate

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/quiz-cli/quiz/questions"
)

// An enumeration counts what it is about in one sentence and takes the
// things in turn in the sentences after it: "Colligative calculations use
// two measures of concentration. The first is mole fraction, … The second
// is molality, …". The count and its noun say what is asked; the items
// are what to recall, each named where the text says "The first is".

// enumCountRe finds a spelled count and the plural noun it counts, a word
// or two of description between: "two measures", "three different
// settings", "Two broad groups".
var enumCountRe = regexp.MustCompile(`(?i)\b(two|three|four|five)((?: [a-z-]+){0,2}) ([a-z-]+s)\b`)

// enumItemRe finds a sentence that names the nth thing: "The first is
// mole fraction, …", "The third, and perhaps the most neglected, is
// patience with ourselves."
var enumItemRe = regexp.MustCompile(`^The (first|second|third|fourth|fifth)(?:, [^,]+,)? (?:is|was) (.+)$`)

var ordinalNumber = map[string]int{"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5}

// enumItem cuts what an item sentence names at the end of its noun
// phrase: "mole fraction, the number of moles …" gives "mole fraction".
// It returns "" for what is no short noun phrase ("partly covered with
// water", "to breathe").
func enumItem(rest string) string {
	item := strings.TrimRight(rest, ".!?")
	for _, sep := range []string{",", ";", ":", " — ", " – ", " (", " which ", " that ", " where ", " when "} {
		i := strings.Index(item, sep)
		if i < 0 {
			continue
		}
		// "a shallow, gently sloping river bed": adjectives in a row
		// are one phrase.
		if sep == "," {
			if f := strings.Fields(item[i+1:]); len(f) > 2 && strings.HasSuffix(f[0], "ly") {
				if j := strings.Index(item[i+1:], ","); j >= 0 {
					i += 1 + j
				} else {
					i = len(item)
				}
			}
		}
		item = item[:i]
	}
	item = strings.TrimSpace(strings.NewReplacer("**", "", "*", "", "_", "").Replace(item))
	f := strings.Fields(strings.ToLower(item))
	if len(f) == 0 || len(f) > 8 {
		return ""
	}
	first := f[0]
	if first == "to" || strings.HasSuffix(first, "ly") || strings.HasSuffix(first, "ed") || verbs[first] || pronouns[first] {
		return ""
	}
	if function[f[len(f)-1]] {
		return ""
	}
	return item
}

// headingNamesAll reports whether the heading names half the items or
// more, by a word that tells an item from the others ("salt" of "salt"
// and "waterlogging" under "Living With Salt and Flooding"; not
// "circuit" of "the primary circuit" and "the domestic hot water
// circuit" under "Two Circuits in One Box").
func (g *sectionGen) headingNamesAll(items []string) bool {
	words := make([]map[string]bool, len(items))
	shared := map[string]int{}
	for i, it := range items {
		words[i] = contentWords(tokenize(strings.ToLower(it)))
		for w := range words[i] {
			shared[w]++
		}
	}
	named := 0
	for i := range items {
		for w := range words[i] {
			if shared[w] == len(items) {
				continue
			}
			if slices.ContainsFunc(strings.Fields(g.heading), func(h string) bool { return sameStem(w, strings.Trim(h, ".,:;()")) }) {
				named++
				break
			}
		}
	}
	return 2*named >= len(items)
}

// enumerationCard asks for the things a counting sentence announces and
// the sentences after it name in turn.
func (g *sectionGen) enumerationCard() *candidate {
	if !g.allowed(questions.Card) || g.workedExample() {
		return nil
	}
	for i, s := range g.sents {
		if !s.usable {
			continue
		}
		m := enumCountRe.FindStringSubmatch(s.text)
		if m == nil {
			continue
		}
		n := spelledValue(strings.ToLower(m[1]))
		var items []string
		sents := []int{s.index}
		end := s.offset + len(s.quote)
		for _, t := range g.sents[i+1 : min(len(g.sents), i+1+3*n)] {
			im := enumItemRe.FindStringSubmatch(t.text)
			if im == nil {
				continue
			}
			if ordinalNumber[im[1]] != len(items)+1 {
				break
			}
			item := enumItem(im[2])
			if item == "" {
				break
			}
			items = append(items, item)
			sents = append(sents, t.index)
			end = t.offset + len(t.quote)
			if len(items) == n {
				break
			}
		}
		if len(items) != n {
			continue
		}
		// "Mean arterial pressure depends on two quantities: how much
		// blood the heart pumps and how hard …": the sentence gives them
		// already; "Class Decorators and Classes as Decorators": so does
		// the heading (blind raters rejected both, and "Living With Salt
		// and Flooding" for salt and waterlogging).
		if strings.Contains(s.text, ":") || g.headingNamesAll(items) {
			continue
		}
		lead := s.text[s.stemOff:]
		front := fmt.Sprintf("%s says: “%s” Which %s does it name?", capitalize(g.where()), capitalize(lead), strings.ToLower(m[1]))
		q := &questions.Question{ID: g.id("card", "enum "+firstWords(lead, 4)), Type: questions.Card, Prompt: front,
			Answer:  strings.Join(items, "\n"),
			Explain: fmt.Sprintf("%s takes them in turn after “%s”", capitalize(g.where()), s.text),
			Source:  g.secText[s.offset:end]}
		return &candidate{q: q, sents: sents, score: 3, answer: strings.ToLower(items[0]), visible: strings.ToLower(front), checked: true}
	}
	return nil
}
