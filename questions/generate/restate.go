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
	// "Clearly explain how to contribute, using your CONTRIBUTING file"
	// beside "In your CONTRIBUTING file, explicitly tell …": a name the
	// section says too ties a statement to it, whatever else it says.
	for _, t := range o.tokens[o.first+1:] {
		if len(t.text) < 2 || !isCapitalized(t.text) || function[t.lower] {
			continue
		}
		if t.text == strings.ToUpper(t.text) {
			// Written in capitals, as a file or an abbreviation: the word
			// in lower case ("contributing") is another word.
			if g.lx.capsSections(t.text) < max(3, (g.lx.nSections+2)/3) && sayWord(g.secText, t.text) {
				return true
			}
			continue
		}
		if g.secCount(t.lower) > 0 && !g.topical(t.lower) {
			return true
		}
	}
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
// stem (see stems).
func (lx *lexicon) commonStem(w string) bool {
	return 2*lx.stemSections(w) >= len(lx.sents)
}

// stemSections counts the sections that use a word of a stem (see
// stemOf): "budget" and "budgeting" are one; found once.
func (lx *lexicon) stemSections(w string) int {
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
	return lx.stemSecs[w]
}

// capsSections counts the sections that write a word in capitals, as it
// is ("CONTRIBUTING"); found once a word.
func (lx *lexicon) capsSections(w string) int {
	if n, ok := lx.capsSecs[w]; ok {
		return n
	}
	if lx.capsSecs == nil {
		lx.capsSecs = map[string]int{}
	}
	n := 0
	for _, sec := range lx.sents {
		for _, s := range sec {
			if sayWord(s.text, w) {
				n++
				break
			}
		}
	}
	lx.capsSecs[w] = n
	return n
}

// sayWord reports whether text holds w as a whole word, case and all.
func sayWord(text, w string) bool {
	for off := 0; ; {
		i := strings.Index(text[off:], w)
		if i < 0 {
			return false
		}
		a, b := off+i, off+i+len(w)
		if (a == 0 || !isWordRune(rune(text[a-1]))) && (b == len(text) || !isWordRune(rune(text[b]))) {
			return true
		}
		off = a + 1
	}
}
