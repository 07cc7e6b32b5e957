package generate

import (
	"math"
	"slices"
	"sort"

	"github.com/quiz-cli/quiz/questions"
)

// pick ranks the candidates and keeps the best, one per sentence, none
// giving another away, favouring types not used yet; kept are already
// chosen; it stops at target questions.
func (g *sectionGen) pick(cands, kept []*candidate, target int) []*candidate {
	var allowedCands []*candidate
	for _, c := range cands {
		if g.allowed(c.q.Type) {
			allowedCands = append(allowedCands, c)
		}
	}
	cands = allowedCands
	// Stable ranking: score, then position, then id.
	sort.SliceStable(cands, func(i, j int) bool {
		if cands[i].score != cands[j].score {
			return cands[i].score > cands[j].score
		}
		if cands[i].sents[0] != cands[j].sents[0] {
			return cands[i].sents[0] < cands[j].sents[0]
		}
		return cands[i].q.ID < cands[j].q.ID
	})
	used := map[int]bool{}
	typeCount := map[questions.Type]int{}
	answers := map[string]bool{}
	for _, c := range kept {
		typeCount[c.q.Type]++
		answers[c.answer] = true
		markUsed(c, used)
	}
	for len(kept) < target {
		var best *candidate
		bestScore := math.Inf(-1)
		for _, c := range cands {
			if c == nil || clash(c, used) || c.answer != "" && answers[c.answer] || g.givesAway(c, kept) || sameFront(c, kept) {
				continue
			}
			sc := c.score - 1.5*float64(typeCount[c.q.Type])
			if g.lx.asked[c.answer] {
				sc -= 1 // asked in an earlier section already
			}
			// An answer that other sentences of the section show would
			// block questions on them.
			sc -= 0.5 * float64(g.shownElsewhere(c))
			if sc > bestScore {
				best, bestScore = c, sc
			}
		}
		if best == nil {
			break
		}
		kept = append(kept, best)
		typeCount[best.q.Type]++
		answers[best.answer] = true
		if best.answer != "" {
			g.lx.asked[best.answer] = true
		}
		if best.abbr != "" {
			g.lx.asked["abbr:"+best.abbr] = true
		}
		markUsed(best, used)
	}
	return kept
}

// markUsed marks a kept question's sentences as asked about. The order
// question asks when its events happened relative to each other, not what
// any one says: a question on one of them may be kept beside it.
func markUsed(c *candidate, used map[int]bool) {
	if c.q.Type == questions.Order {
		return
	}
	for _, i := range c.sents {
		used[i] = true
	}
}

func clash(c *candidate, used map[int]bool) bool {
	if c.q.Type == questions.Order {
		return false
	}
	for _, i := range c.sents {
		if used[i] {
			return true
		}
	}
	return false
}

// givesAway reports whether c and a kept question would answer each other.
func (g *sectionGen) givesAway(c *candidate, kept []*candidate) bool {
	for _, k := range kept {
		if g.reveals(k, c) || g.reveals(c, k) {
			return true
		}
	}
	return false
}

// shownElsewhere counts the other sentences of the section that show a
// candidate's answer (for answers rare enough to be given away).
func (g *sectionGen) shownElsewhere(c *candidate) int {
	if c.answer == "" || g.lx.termCount[c.answer] >= 5 {
		return 0
	}
	if n, ok := c.shown(); ok {
		return n
	}
	n := 0
	for _, s := range g.sents {
		if s.index != c.sents[0] && indexWord(s.lower, c.answer) >= 0 {
			n++
		}
	}
	c.shownN = n + 1
	return n
}

// reveals reports whether a shows b's answer in a sentence about the same
// thing. A word the article uses everywhere reveals nothing.
func (g *sectionGen) reveals(a, b *candidate) bool {
	return b.answer != "" && g.lx.termCount[b.answer] < 5 && containsWord(a.visible, b.answer) && g.related(a, b)
}

// related reports whether two questions' sentences share enough content
// words to state the same fact.
func (g *sectionGen) related(a, b *candidate) bool {
	wa := contentWords(g.sents[a.sents[0]].tokens)
	shared := 0
	for w := range contentWords(g.sents[b.sents[0]].tokens) {
		if wa[w] {
			shared++
		}
	}
	return shared >= 3
}

func contentWords(toks []token) map[string]bool {
	m := map[string]bool{}
	for _, t := range toks {
		if isContent(t.lower) {
			m[t.lower] = true
		}
	}
	return m
}

// sameFront reports whether a kept question asks what c asks, word for
// word ("What did Truman ask Congress to do?" of two sentences). Two
// "which statement" questions share a prompt; they are the same when they
// share two wrong options or more, which the learner would learn to skip.
func sameFront(c *candidate, kept []*candidate) bool {
	for _, k := range kept {
		if k.q.Prompt == c.q.Prompt && k.q.Text == c.q.Text && (len(c.q.Choices) == 0 || sharedChoices(k.q, c.q) >= 2) {
			return true
		}
	}
	return false
}

// sharedChoices counts the wrong options two questions share.
func sharedChoices(a, b *questions.Question) int {
	n := 0
	for _, x := range a.Choices {
		if x != a.Answer && x != b.Answer && slices.Contains(b.Choices, x) {
			n++
		}
	}
	return n
}

// secCount counts the whole-word uses of a lower-cased phrase in the
// section, once per phrase.
func (g *sectionGen) secCount(phrase string) int {
	if n, ok := g.secCounts[phrase]; ok {
		return n
	}
	if g.secCounts == nil {
		g.secCounts = map[string]int{}
	}
	n := countWord(g.secLower, phrase)
	g.secCounts[phrase] = n
	return n
}
