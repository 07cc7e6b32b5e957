package generate

import "strings"

// restates reports whether a statement of another section says much of
// what a sentence of this one says ("Enhanced regional collaboration can
// lead to greater effectiveness" beside "multilateral cooperation enhances
// the effectiveness"): offered as wrong, it could be defended. Words the
// whole article uses do not count. In an article whose sections keep
// restating each other, one shared word is enough (but not one that half
// its sections use, "regional", "stability": it tells no section
// apart): there a wrong statement that shares any is as likely to be
// true of the section.
func (g *sectionGen) restates(o *sentence) bool {
	mine := g.stems(o)
	if len(mine) == 0 {
		return false
	}
	for _, s := range g.sents {
		theirs := g.stems(s)
		shared, rare := 0, 0
		for w := range mine {
			if theirs[w] {
				shared++
				if !g.lx.commonStem(w) {
					rare++
				}
			}
		}
		if shared >= 2 && 3*shared >= min(len(mine), len(theirs)) || g.lx.repetitive && rare >= 1 {
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
		m[stemOf(w)] = true
	}
	s.stemSet = m
	return m
}

// stemOf cuts a content word to the stem restates compares: "collaboration"
// and "collaborative" both give "collab"; "" for a word that is not
// content.
func stemOf(w string) string {
	if !isContent(w) {
		return ""
	}
	w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
	r := root(w)
	if len(r) > 6 {
		r = r[:6]
	}
	return r
}

// commonStem reports whether half the article's sections or more use a
// stem (see stems); found once.
func (lx *lexicon) commonStem(w string) bool {
	if lx.stemSecs == nil {
		lx.stemSecs = map[string]int{}
		for _, sec := range lx.sents {
			seen := map[string]bool{}
			for _, s := range sec {
				for _, t := range s.tokens {
					if r := stemOf(t.lower); r != "" && !seen[r] {
						seen[r] = true
						lx.stemSecs[r]++
					}
				}
			}
		}
	}
	return 2*lx.stemSecs[w] >= len(lx.sents)
}
