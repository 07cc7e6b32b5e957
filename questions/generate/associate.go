package generate

import "strings"

// Technical headings name a topic ("Channels", "Structs", "On-disk
// state") that a section's sentences keep to without naming it: "values
// sent or received" under "Channels". A statement about the topic is the
// one a non-reader who knows the field picks, as blind raters found of
// documents outside the corpus. The article shows which words go with a
// heading's words: those it says mostly in the same sentences.

// tiedToHeading reports whether a statement uses a word that the article
// says mostly beside a word of the section's heading: in two sentences
// or more, and in half or more of the sentences that say it.
func (g *sectionGen) tiedToHeading(s *sentence) bool {
	heads := g.headStems()
	if len(heads) == 0 {
		return false
	}
	if v, ok := g.tied[s]; ok {
		return v
	}
	v := false
	for w := range allStems(s) {
		if heads[w] || g.lx.commonStem(w) {
			continue
		}
		for h := range heads {
			if g.lx.goesWith(w, h) {
				v = true
				break
			}
		}
		if v {
			break
		}
	}
	if g.tied == nil {
		g.tied = map[*sentence]bool{}
	}
	g.tied[s] = v
	return v
}

// goesWith reports whether the article says w mostly beside h: in two
// sentences or more, and in half or more of those that say w. Found
// once a pair: a book asks it of the same words again and again.
func (lx *lexicon) goesWith(w, h string) bool {
	key := w + "\x00" + h
	if v, ok := lx.pairs[key]; ok {
		return v
	}
	idx := lx.stemIndex()
	with, set := idx[w], idx[h]
	both := 0
	if len(with) >= 2 {
		for _, i := range with {
			if contains32(set, i) {
				both++
			}
		}
	}
	v := both >= 2 && 2*both >= len(with)
	if lx.pairs == nil {
		lx.pairs = map[string]bool{}
	}
	lx.pairs[key] = v
	return v
}

// headAdjectives end adjectives, not nouns ("-ary" and "-al" end both:
// "library", "proposal").
var headAdjectives = []string{"ic", "ical", "ous", "ful", "ive", "able", "ible", "less", "ish"}

// headStems returns the stems of the heading's content words that may
// tie a statement to it: not the title's, nor words half the article's
// sections use (a topic word of the whole article may still be a
// section's heading: "Channels").
func (g *sectionGen) headStems() map[string]bool {
	if g.heads != nil {
		return g.heads
	}
	g.heads = map[string]bool{}
	for w := range contentWords(tokenize(g.sec.Heading)) {
		// "Atomic Diplomacy": a word goes with an adjective of the
		// heading as a phrase ("atomic bomb"), not as a topic; blind
		// raters did not find "the bomb" pointed at by the heading.
		if len(w) < 4 || g.echoesTitle(w) || hasSuffix(w, headAdjectives) || strings.HasSuffix(w, "ed") {
			continue
		}
		if st := stemOf(w); st != "" && !g.lx.commonStem(st) {
			g.heads[st] = true
		}
	}
	return g.heads
}

// allStems returns the stems of a sentence's content words of four
// letters or more, the article's topic words too.
func allStems(s *sentence) map[string]bool {
	m := map[string]bool{}
	for w := range contentWords(s.tokens) {
		if len(w) >= 4 {
			if st := stemOf(w); st != "" {
				m[st] = true
			}
		}
	}
	return m
}

// stemIndex maps each stem to the sentences of the article that use it,
// in order, numbered across sections; built once.
func (lx *lexicon) stemIndex() map[string][]int32 {
	if lx.stemSents != nil {
		return lx.stemSents
	}
	lx.stemSents = map[string][]int32{}
	var n int32
	for _, sec := range lx.sents {
		for _, s := range sec {
			for w := range allStems(s) {
				lx.stemSents[w] = append(lx.stemSents[w], n)
			}
			n++
		}
	}
	return lx.stemSents
}

// contains32 reports whether a sorted list holds i.
func contains32(list []int32, i int32) bool {
	lo, hi := 0, len(list)
	for lo < hi {
		m := (lo + hi) / 2
		switch {
		case list[m] == i:
			return true
		case list[m] < i:
			lo = m + 1
		default:
			hi = m
		}
	}
	return false
}
