package generate

import (
	"fmt"
	"sort"
	"strings"

	"github.com/quiz-cli/quiz/questions"
)

// quoteChoice is the last resort for a section that the other forms leave
// short of minQuestions: it asks which of four statements of the article
// this section makes, the others being statements of other sections. It
// checks that the learner knows what the section says, not one detail.
func (g *sectionGen) quoteChoice(s *sentence) *candidate {
	// The answer may speak to the reader ("You've launched your project
	// …"): the options are statements of the article as it is written.
	if !quotable(s) && !(len(s.tokens) > 1 && strings.HasPrefix(s.tokens[0].lower, "you") && quotable(&sentence{text: s.text, tokens: s.tokens[1:], formed: s.formed})) {
		return nil
	}
	others := g.otherStatements(s, 3)
	if len(others) < 3 {
		return nil
	}
	answer := s.text
	choices := place(append([]string(nil), others...), answer, s.text)
	q := &questions.Question{ID: g.id("which", firstWords(s.text, 4)), Type: questions.Choice,
		Prompt:  fmt.Sprintf("Which of these statements is from %s?", g.where()),
		Choices: choices, Answer: answer,
		Explain: fmt.Sprintf("%s says: “%s” The other statements are from other sections of the article.", capitalize(g.where()), answer),
		Source:  s.text}
	// One such question a bank: they all share one answer key.
	return &candidate{q: q, sents: []int{s.index}, score: 0, answer: "which statement",
		visible: strings.ToLower(strings.Join(choices, "\n")), lastResort: true}
}

// quoteCandidates makes a quote question on each sentence not used yet,
// for a section still short of minQuestions.
func (g *sectionGen) quoteCandidates(kept []*candidate) []*candidate {
	used := map[int]bool{}
	for _, c := range kept {
		for _, i := range c.sents {
			used[i] = true
		}
	}
	var out []*candidate
	for _, s := range g.sents {
		if used[s.index] {
			continue
		}
		if c := g.quoteChoice(s); c != nil {
			out = append(out, c)
		}
	}
	return out
}

// quotable reports whether a sentence can be shown as a statement on its
// own: well formed, of middling length, and not opening with a pronoun or
// a word that points back.
func quotable(s *sentence) bool {
	if !s.formed || s.backRef || len(s.tokens) == 0 {
		return false
	}
	n := wordCount(s.text)
	if n < 6 || n > 30 || s.stemOff > 0 {
		return false
	}
	f := s.tokens[0].lower
	if function[f] && !subjectStarts[f] && !fronting[f] && !conditions[f] {
		return false // "However the most serious problem …": it answers text before
	}
	return !badStarts[f] && !strings.HasPrefix(f, "you") && f != "we" && f != "i" && !strings.ContainsAny(s.text, "“”\"")
}

// otherStatements picks n statements of other sections, as alike in
// length to s as can be, in a fixed order.
func (g *sectionGen) otherStatements(s *sentence, n int) []string {
	byLen := g.lx.statements()
	want := wordCount(s.text)
	var out []string
	for d := 0; d <= 30 && len(out) < n; d++ {
		for _, l := range []int{want - d, want + d} {
			if d == 0 && l != want {
				continue
			}
			var here []quoteItem
			for _, it := range byLen[l] {
				// Never the answer again, nor anything the section says
				// (a book may repeat a sentence in several sections).
				if it.section != g.index && it.text != s.text && !strings.Contains(g.secText, it.text) {
					here = append(here, it)
				}
			}
			sort.SliceStable(here, func(i, j int) bool { return hash(here[i].text+s.text) < hash(here[j].text+s.text) })
			for _, it := range here {
				if len(out) < n {
					out = append(out, it.text)
				}
			}
			if d == 0 {
				break
			}
		}
	}
	return out
}

// quoteItem is a statement of the article that a quote question may offer.
type quoteItem struct {
	text    string
	section int
}

// statements returns the article's quotable statements by word count,
// found once.
func (lx *lexicon) statements() map[int][]quoteItem {
	if lx.quotes != nil {
		return lx.quotes
	}
	lx.quotes = map[int][]quoteItem{}
	seen := map[string]bool{}
	for i, sec := range lx.sents {
		for _, o := range sec {
			if !o.usable || !quotable(o) || seen[o.text] {
				continue
			}
			seen[o.text] = true
			n := wordCount(o.text)
			if len(lx.quotes[n]) < 50 {
				lx.quotes[n] = append(lx.quotes[n], quoteItem{o.text, i})
			}
		}
	}
	return lx.quotes
}
