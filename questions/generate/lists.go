package generate

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/quiz-cli/quiz/questions"
)

// listStem finds a list in the sentence that a verb or preposition leads
// into ("include A, B and C") and returns its items and the sentence with
// the list blanked; no items when there is no such list in the stem.
func (g *sectionGen) listStem(s *sentence, anyVerb bool) (items []string, stem string) {
	items, stem, _ = g.listStemWith(s, anyVerb, false)
	return items, stem
}

// countOfMore open a list's last item that counts what else there is:
// "dozens of smaller towns", "many others".
var countOfMore = set(`dozens hundreds thousands scores many several numerous countless various other others`)

// listStemWith is listStem, with gerund phrases as items too, and
// returns the word that leads into the list.
func (g *sectionGen) listStemWith(s *sentence, anyVerb, gerunds bool) (items []string, stem, lead string) {
	items = g.lx.listItems(s, gerunds)
	if items == nil {
		return nil, "", ""
	}
	// "… in Waltham, Massachusetts, and J. W. Fiske in New York": an
	// initial is no item; the list was cut at its full stop.
	for _, it := range items {
		if utf8.RuneCountInString(it) == 1 {
			return nil, "", ""
		}
	}
	// "the EMV chip standard, named after Europay, Mastercard and Visa":
	// a participle's phrase is no item beside the others.
	for _, it := range items[1:] {
		if f := strings.Fields(strings.ToLower(it)); len(f) > 1 && (participle(f[0]) || pastTense(f[0]) && verbs[f[0]]) {
			return nil, "", ""
		}
	}
	// "Commonwealth, French and Turkish cemeteries and memorials": names
	// of peoples that share the noun after the last of them, not items.
	for i, it := range items[:len(items)-1] {
		if f := strings.Fields(items[i+1]); !strings.Contains(it, " ") && isCapitalized(it) && len(f) > 2 && isCapitalized(f[0]) && f[1] == "and" {
			return nil, "", ""
		}
	}
	// "… were the surgeons, Frank Hurley the photographer, and Harry
	// McNish the carpenter": clauses with their verb left out.
	for _, it := range items[1:] {
		if f := strings.Fields(it); len(f) > 2 && isCapitalized(f[0]) && slices.Contains(f[1:3], "the") {
			return nil, "", ""
		}
	}
	// "two ships, HMS Erebus and HMS Terror": a count, then the names
	// it counts, is no list of three.
	if f := strings.Fields(items[0]); len(f) >= 2 {
		if n, ok := countValue(f[0]); ok && n == len(items)-1 && !slices.ContainsFunc(items[1:], func(it string) bool { return !isCapitalized(it) }) {
			return nil, "", ""
		}
	}
	// "Kilwa, Mombasa, Malindi, Zanzibar and dozens of smaller towns":
	// a count of more is no item, and the list is open.
	if f := strings.Fields(strings.ToLower(items[len(items)-1])); len(f) > 0 && countOfMore[f[0]] {
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
	// Other lists' items fit where a list only gives examples of a
	// kind ("include ___", "such as ___", "focus on ___"). After a verb
	// that says what the items are to the subject ("contributed ___",
	// "lack ___", "improve ___"), blind raters found every set of
	// options guessable: the answers were the things one contributes,
	// lacks or improves, and the options plainly were not.
	if !inclusionLeads[lead] && !(lead == "on" && focusVerbs[wordBefore(s, items[0], 2)]) {
		return nil
	}
	named := false
	for _, it := range items {
		if containsWord(g.heading, it) {
			return nil
		}
		named = named || hasName(it)
	}
	ds := g.listOptions(items, s, lead, named)
	if len(ds) < 2 {
		return nil
	}
	choices := append(append([]string(nil), items...), ds...)
	sort.Slice(choices, func(i, j int) bool { return hash(choices[i]+s.text) < hash(choices[j]+s.text) })
	q := &questions.Question{ID: g.id("list", items[0]), Type: questions.Multi,
		Prompt:  fmt.Sprintf("Which of these complete the sentence? (Select all that apply.)\n“%s”", stem),
		Choices: choices, Answers: items,
		Explain: fmt.Sprintf("%s lists %s; the other choices are from elsewhere in the article.", capitalize(g.where()), joinAnd(items)),
		Source:  s.quote}
	return &candidate{q: q, sents: []int{s.index}, score: 2.4, answer: strings.ToLower(items[0]), visible: strings.ToLower(stem)}
}

// shareRoots reports whether two lists share a content word in any form.
func shareRoots(a, b []string) bool {
	roots := map[string]bool{}
	for _, it := range a {
		for _, r := range contentRoots(it) {
			roots[r] = true
		}
	}
	for _, it := range b {
		for _, r := range contentRoots(it) {
			if roots[r] {
				return true
			}
		}
	}
	return false
}

// contentRoots returns the roots of a text's content words: "supports"
// and "supporting" both give "support".
func contentRoots(text string) []string {
	var out []string
	for _, t := range tokenize(text) {
		if isContent(t.lower) {
			out = append(out, root(strings.TrimSuffix(t.lower, "s")))
		}
	}
	return out
}

// sameLead reports whether the word that leads into a list is lead in
// another form ("contribute" and "contributed").
func sameLead(l articleList, lead string) bool {
	return l.lead == lead || len(lead) >= 4 && sameStem(l.lead, lead)
}

// An articleList is a list of a sentence of the article.
type articleList struct {
	sec   int
	lead  string // the word before its first item
	items []string
}

// articleLists finds the lists of every section once.
func (lx *lexicon) articleLists() []articleList {
	if lx.allLists == nil {
		lx.allLists = []articleList{}
		for j, sents := range lx.sents {
			for _, x := range sents {
				if items := lx.listItems(x, true); items != nil {
					lx.allLists = append(lx.allLists, articleList{sec: j, lead: wordBefore(x, items[0], 1), items: items})
				}
			}
		}
	}
	return lx.allLists
}

// focusVerbs lead into a list of examples through "on".
var focusVerbs = set(`focus focuses focused focusing concentrate concentrates concentrated`)

// wordBefore returns the lower-cased word n words before phrase in the
// sentence (1: the word right before it), or "".
func wordBefore(s *sentence, phrase string, n int) string {
	f := strings.Fields(strings.ToLower(s.text[:max(0, strings.Index(s.text, phrase))]))
	if len(f) < n {
		return ""
	}
	return f[len(f)-n]
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
func (g *sectionGen) listOptions(items []string, s *sentence, lead string, named bool) []string {
	roots := map[string]bool{}
	for _, r := range contentRoots(g.heading + " " + g.secText) {
		roots[r] = true
	}
	fresh := func(it string) bool {
		for _, r := range contentRoots(it) {
			if roots[r] {
				return false
			}
		}
		return true
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
	for _, l := range g.lx.articleLists() {
		// A list that shares an item or its verb with the answer's
		// says the same kind of thing of the same subject
		// ("contribute troops, logistical support, and strategic
		// expertise"): its other items may be as true.
		if l.sec == g.index || shareRoots(l.items, items) || sameLead(l, lead) {
			continue
		}
		for _, it := range l.items {
			if n := wordCount(it); n >= max(1, shortest-1) && n <= longest+1 && hasName(it) == named && fresh(it) {
				opts = append(opts, option{it, l.sec})
			}
		}
	}
	sort.SliceStable(opts, func(a, b int) bool { return hash(opts[a].text+s.text) < hash(opts[b].text+s.text) })
	var out []string
	usedSec := map[int]bool{}
	for _, o := range opts {
		// Two options from one section, or sharing a word, would vouch
		// for each other.
		if len(out) == 2 || usedSec[o.sec] || !fresh(o.text) {
			continue
		}
		usedSec[o.sec] = true
		out = append(out, o.text)
		for _, r := range contentRoots(o.text) {
			roots[r] = true
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
