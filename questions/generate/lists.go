package generate

import (
	"fmt"
	"sort"
	"strings"

	"github.com/quiz-cli/quiz/questions"
)

// listStem finds a list in the sentence that a verb or preposition leads
// into ("include A, B and C") and returns its items and the sentence with
// the list blanked; no items when there is no such list in the stem.
func (g *sectionGen) listStem(s *sentence, anyVerb bool) (items []string, stem string) {
	items, stem, _ = g.listStemWith(s, anyVerb, false)
	return items, stem
}

// listStemWith is listStem, with gerund phrases as items too, and
// returns the word that leads into the list.
func (g *sectionGen) listStemWith(s *sentence, anyVerb, gerunds bool) (items []string, stem, lead string) {
	items = g.lx.listItems(s, gerunds)
	if items == nil {
		return nil, "", ""
	}
	first := strings.Index(s.text, items[0])
	lastItem := items[len(items)-1]
	last := strings.LastIndex(s.text, lastItem)
	if first < s.stemOff || last < first {
		return nil, "", ""
	}
	// "the necessity of clear ___": a modifier before the blank would have
	// to fit every option, and other lists' items seldom fit it.
	// A flashcard may follow any verb ("lack A, B and C"): its back is
	// the list, and no option has to fit the verb.
	f := strings.Fields(strings.ToLower(s.text[:first]))
	if len(f) == 0 {
		return nil, "", ""
	}
	lead = f[len(f)-1]
	if !listVerbs[lead] && !(anyVerb && (verbs[lead] || g.lx.verbish[lead] && !g.lx.nounish[lead])) {
		return nil, "", ""
	}
	return items, s.stem(first, last+len(lastItem), Blank), lead
}

// list asks which phrases complete a list in the sentence, among phrases
// that other sections list. Three stock items are easy to give without
// reading ("healthcare, education, and infrastructure"); picking them
// out from what the article lists elsewhere is not.
func (g *sectionGen) list(s *sentence) *candidate {
	if !g.allowed(questions.Multi) {
		return nil
	}
	items, stem, lead := g.listStemWith(s, true, true)
	if items == nil {
		return nil
	}
	return g.listChoice(s, items, lead, fmt.Sprintf("Which of these complete the sentence? (Select all that apply.)\n“%s”", stem), strings.ToLower(stem))
}

// listByCard asks the question a claim card asks when its answer is a
// list: "What do peacekeeping missions in Latin America focus on,
// according to …? (Select all that apply.)" of "These missions focus on
// A, B, and C", whose subject the sentence before names.
func (g *sectionGen) listByCard(s *sentence) *candidate {
	if !g.allowed(questions.Multi) || !s.formed || s.backRef {
		return nil
	}
	// "Key areas include …": of what, the text before says; a subject
	// the sentence before names ("These missions") is asked in full.
	if cl := g.parseClause(s); !s.usable && (cl == nil || cl.pointer == "") {
		return nil
	}
	items, _, lead := g.listStemWith(s, true, true)
	if items == nil {
		return nil
	}
	card := g.claimCard(s)
	if card == nil || !strings.HasPrefix(strings.ToLower(items[0]), card.answer) && !strings.HasPrefix(card.answer, strings.ToLower(items[0])) {
		return nil // the list is not what the card asks for
	}
	front := strings.TrimSuffix(card.q.Prompt, "?") + "? (Select all that apply.)"
	return g.listChoice(s, items, lead, front, card.visible)
}

// listChoice makes a select-all question of a list's items and two
// wrong options from other sections.
func (g *sectionGen) listChoice(s *sentence, items []string, lead, prompt, visible string) *candidate {
	// After a preposition or "include", a noun phrase and a gerund
	// phrase both fit ("focus on ___"); after any other verb only a noun
	// phrase does ("lack ___").
	nounsOnly := !function[lead] && !inclusionLeads[lead]
	named := false
	for _, it := range items {
		if nounsOnly && isGerundPhrase(it) || containsWord(g.heading, it) {
			return nil
		}
		named = named || hasName(it)
	}
	ds := g.listOptions(items, s, lead, nounsOnly, named)
	if len(ds) < 2 {
		return nil
	}
	choices := append(append([]string(nil), items...), ds...)
	sort.Slice(choices, func(i, j int) bool { return hash(choices[i]+s.text) < hash(choices[j]+s.text) })
	q := &questions.Question{ID: g.id("list", items[0]), Type: questions.Multi, Prompt: prompt,
		Choices: choices, Answers: items,
		Explain: fmt.Sprintf("%s lists %s; the other choices are from elsewhere in the article.", capitalize(g.where()), joinAnd(items)),
		Source:  s.text}
	return &candidate{q: q, sents: []int{s.index}, score: 2.4, answer: strings.ToLower(items[0]), visible: visible}
}

// shareRoots reports whether two lists share a content word in any form.
func shareRoots(a, b []string) bool {
	roots := map[string]bool{}
	for _, it := range a {
		for _, t := range tokenize(it) {
			if isContent(t.lower) {
				roots[root(strings.TrimSuffix(t.lower, "s"))] = true
			}
		}
	}
	for _, it := range b {
		for _, t := range tokenize(it) {
			if isContent(t.lower) && roots[root(strings.TrimSuffix(t.lower, "s"))] {
				return true
			}
		}
	}
	return false
}

// sameLead reports whether the word that leads into a sentence's list is
// lead in another form ("contribute" and "contributed").
func sameLead(s *sentence, list []string, lead string) bool {
	if list == nil {
		return false
	}
	f := strings.Fields(strings.ToLower(s.text[:max(0, strings.Index(s.text, list[0]))]))
	return len(f) > 0 && (f[len(f)-1] == lead || len(lead) >= 4 && sameStem(f[len(f)-1], lead))
}

// isGerundPhrase reports whether a list item opens on a verb in -ing:
// "fostering democratic governance".
func isGerundPhrase(it string) bool {
	f := strings.Fields(strings.ToLower(it))
	return len(f) > 1 && strings.HasSuffix(f[0], "ing")
}

// listOptions finds two wrong options for a list: items of lists in
// other sections, of about the same length, none of whose words (in any
// form) the section or its heading uses, so that none is true of it, and
// each from a different section.
func (g *sectionGen) listOptions(items []string, s *sentence, lead string, nounsOnly, named bool) []string {
	roots := map[string]bool{}
	addRoots := func(toks []token) {
		for _, t := range toks {
			if isContent(t.lower) {
				roots[root(strings.TrimSuffix(t.lower, "s"))] = true
			}
		}
	}
	addRoots(tokenize(g.heading))
	for _, x := range g.sents {
		addRoots(x.tokens)
	}
	shortest, longest := 9, 0
	for _, it := range items {
		shortest, longest = min(shortest, wordCount(it)), max(longest, wordCount(it))
	}
	type option struct {
		text string
		sec  int
	}
	var opts []option
	for j, sents := range g.lx.sents {
		if j == g.index {
			continue
		}
		for _, x := range sents {
			list := g.lx.listItems(x, true)
			// A list that shares an item or its verb with the answer's
			// says the same kind of thing of the same subject
			// ("contribute troops, logistical support, and strategic
			// expertise"): its other items may be as true.
			if shareRoots(list, items) || lead != "" && sameLead(x, list, lead) {
				continue
			}
			for _, it := range list {
				n := wordCount(it)
				if n < max(1, shortest-1) || n > longest+1 || nounsOnly && isGerundPhrase(it) || hasName(it) != named {
					continue
				}
				fresh := true
				for _, t := range tokenize(it) {
					if isContent(t.lower) && roots[root(strings.TrimSuffix(t.lower, "s"))] {
						fresh = false
					}
				}
				if fresh {
					opts = append(opts, option{it, j})
				}
			}
		}
	}
	sort.SliceStable(opts, func(a, b int) bool { return hash(opts[a].text+s.text) < hash(opts[b].text+s.text) })
	var out []string
	usedSec := map[int]bool{}
	for _, o := range opts {
		if len(out) == 2 {
			break
		}
		if usedSec[o.sec] {
			continue
		}
		// Two options must not share a word either: one would vouch for
		// the other.
		clash := false
		for _, t := range tokenize(o.text) {
			if isContent(t.lower) && roots[root(strings.TrimSuffix(t.lower, "s"))] {
				clash = true
			}
		}
		if clash {
			continue
		}
		usedSec[o.sec] = true
		out = append(out, o.text)
		for _, t := range tokenize(o.text) {
			if isContent(t.lower) {
				roots[root(strings.TrimSuffix(t.lower, "s"))] = true
			}
		}
	}
	return out
}

// listVerbs, prepositions and determiners introduce a list directly: "include A, B and C", "of A, B or C".
// inclusionLeads introduce a list whose items other lists' items can
// stand in for.
var inclusionLeads = set(`include includes included including involve involves involved like as`)

var listVerbs = set(`include includes included including are were is was involve involves involved of in on for to with from by about as at into among between like such the a an`)

func joinAnd(items []string) string {
	if len(items) == 1 {
		return items[0]
	}
	return strings.Join(items[:len(items)-1], ", ") + " and " + items[len(items)-1]
}
