package generate

import "strings"

// restates reports whether a statement of another section says much of
// what a sentence of this one says ("Enhanced regional collaboration can
// lead to greater effectiveness" beside "multilateral cooperation enhances
// the effectiveness"): offered as wrong, it could be defended. Words the
// whole article uses do not count. In an article whose sections keep
// restating each other, one shared word is enough: there a wrong
// statement that shares any is as likely to be true of the section.
func (g *sectionGen) restates(o *sentence) bool {
	mine := g.stems(o)
	if len(mine) == 0 {
		return false
	}
	for _, s := range g.sents {
		theirs := g.stems(s)
		shared := 0
		for w := range mine {
			if theirs[w] {
				shared++
			}
		}
		if shared >= 2 && 3*shared >= min(len(mine), len(theirs)) || g.lx.repetitive && shared >= 1 {
			return true
		}
	}
	return false
}

// onTheme reports whether a statement uses one of the words this section
// keeps coming back to (in two of its sentences or more).
func (g *sectionGen) onTheme(o *sentence) bool {
	if g.theme == nil {
		n := map[string]int{}
		for _, s := range g.sents {
			for w := range g.stems(s) {
				n[w]++
			}
		}
		g.theme = map[string]bool{}
		for w, k := range n {
			if k >= 2 {
				g.theme[w] = true
			}
		}
	}
	for w := range g.stems(o) {
		if g.theme[w] {
			return true
		}
	}
	return false
}

// stems returns the roots of a sentence's content words of four letters
// or more, leaving out the article's topic words; found once a sentence.
func (g *sectionGen) stems(s *sentence) map[string]bool {
	if s.stemSet != nil {
		return s.stemSet
	}
	m := map[string]bool{}
	for w := range contentWords(s.tokens) {
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s") // "the slice's data"
		if len(w) < 4 || g.lx.topWords[strings.TrimSuffix(w, "s")] {
			continue
		}
		r := root(w)
		if len(r) > 6 {
			r = r[:6] // "collaboration", "collaborative"
		}
		m[r] = true
	}
	s.stemSet = m
	return m
}
