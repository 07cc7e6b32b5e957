package generate

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"strings"
	"sync"
)

// commonGz is SCOWL's list of everyday English words in all their forms
// (words/README.md).
//
//go:embed words/common.txt.gz
var commonGz []byte

// educatedGz is the words SCOWL adds at size 50: "efficacy",
// "governance", "cerebrum".
//
//go:embed words/educated.txt.gz
var educatedGz []byte

// abbreviationsTxt is the abbreviations of the same list at size 50:
// "DNA", "GPS", "UTC".
//
//go:embed words/abbreviations.txt
var abbreviationsTxt string

// The lists are read once, when a section first asks.
var (
	commonWords   = sync.OnceValue(func() map[string]bool { return readWords(commonGz, 41000) })
	educatedWords = sync.OnceValue(func() map[string]bool { return readWords(educatedGz, 24000) })
	commonAbbrs   = sync.OnceValue(func() map[string]bool { return set(abbreviationsTxt) })
)

// readWords reads a gzipped list of words, one a line. The lists are part
// of the binary: one that does not read is a broken build.
func readWords(gz []byte, n int) map[string]bool {
	m := make(map[string]bool, n)
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		panic("generate: an embedded word list is corrupt: " + err.Error())
	}
	sc := bufio.NewScanner(zr)
	for sc.Scan() {
		m[sc.Text()] = true
	}
	if err := sc.Err(); err != nil {
		panic("generate: an embedded word list is corrupt: " + err.Error())
	}
	return m
}

// denseFieldShare is the share of an article's distinct words of five
// letters or more, outside everyday English, above which the article is
// dense with the words of its field: 8% and more for chapters on the
// heart, photosynthesis or volcanoes; 3% to 7% for histories, essays and
// guides ("governance" and "efficacy" in an essay on peacekeeping).
const denseFieldShare = 0.08

// fieldWord reports whether a lower-case word is a word of the article's
// field ("meninges", "kinetochore", "subduction"; in an article dense with
// such words also "cerebrum", "cytoplasm"): not everyday English, and not
// a word of educated prose ("efficacy", "deployment") where the article
// is not dense with its field's words.
func (lx *lexicon) fieldWord(w string) bool {
	if !rareWord(w) {
		return false
	}
	return lx.fieldDense() || !educatedWords()[w]
}

// fieldDense reports whether the article is dense with words outside
// everyday English (see denseFieldShare).
func (lx *lexicon) fieldDense() bool {
	if lx.dense == 0 {
		seen := map[string]bool{}
		rare := 0
		for _, sec := range lx.sents {
			for _, s := range sec {
				for _, t := range s.tokens {
					if len(t.lower) < 5 || seen[t.lower] || isCapitalized(t.text) {
						continue
					}
					seen[t.lower] = true
					if rareWord(t.lower) {
						rare++
					}
				}
			}
		}
		lx.dense = -1
		if len(seen) > 0 && float64(rare) >= denseFieldShare*float64(len(seen)) {
			lx.dense = 1
		}
	}
	return lx.dense > 0
}

// rareWord reports whether a lower-case word is outside everyday
// English: five letters or more, and in none of its forms among the
// words of the common list. A word joined by a hyphen ("ring-shaped") is
// judged by its parts.
func rareWord(w string) bool {
	if len(w) < 5 {
		return false
	}
	for _, r := range w {
		if (r < 'a' || r > 'z') && r != '-' {
			return false
		}
	}
	common := commonWords()
	if common[w] {
		return false
	}
	if strings.Contains(w, "-") {
		for _, p := range strings.Split(w, "-") {
			if p == "" || common[p] || len(p) < 5 {
				return false
			}
		}
		return true
	}
	return !everydayForm(w, common)
}

// everydayForm reports whether a word the list lacks is still everyday
// English: a British spelling ("fibres", "defences"), two everyday words
// run together ("windowsill", "floodwater", "codebase"), or an everyday
// word with a prefix or a suffix that makes a noun of it ("unevenness",
// "reconsideration", "facilitator", "governance").
func everydayForm(w string, common map[string]bool) bool {
	for _, sp := range [][2]string{{"our", "or"}, {"ise", "ize"}, {"isation", "ization"}, {"isab", "izab"}, {"ising", "izing"}, {"yse", "yze"}, {"ogue", "og"},
		{"ae", "e"}, {"oe", "e"}, {"ll", "l"}, {"ence", "ense"}} {
		if strings.Contains(w, sp[0]) && common[strings.Replace(w, sp[0], sp[1], 1)] {
			return true
		}
	}
	for _, end := range [][2]string{{"re", "er"}, {"res", "ers"}, {"red", "ered"}} {
		if strings.HasSuffix(w, end[0]) && common[strings.TrimSuffix(w, end[0])+end[1]] {
			return true
		}
	}
	for i := 3; i <= len(w)-3; i++ {
		if common[w[:i]] && common[w[i:]] {
			return true
		}
	}
	for _, pre := range []string{"un", "re", "non", "counter", "over", "under", "anti", "pre", "post", "multi", "inter", "super", "sub", "mis", "dis"} {
		if r := strings.TrimPrefix(w, pre); r != w && len(r) >= 4 && (common[r] || everydayRoot(r, common)) {
			return true
		}
	}
	return everydayRoot(w, common)
}

// everydaySuffixes make nouns of everyday words; a root may have lost a
// final "e" or "y" to them ("facilitate", "hostile", "military").
var everydaySuffixes = []string{"nesses", "ness", "abilities", "ability", "ibility", "ities", "ity", "isms", "ism", "ists", "ist",
	"izations", "ization", "ations", "ation", "ments", "ment", "ors", "or", "ers", "er", "ships", "ship", "doms", "dom",
	"hoods", "hood", "ances", "ance", "ences", "ence", "als", "al"}

// everydayRoot reports whether a word is an everyday word with one of
// everydaySuffixes.
func everydayRoot(w string, common map[string]bool) bool {
	for _, suf := range everydaySuffixes {
		r := strings.TrimSuffix(w, suf)
		if r == w || len(r) < 3 {
			continue
		}
		for _, add := range []string{"", "e", "y", "ate", "le"} {
			if common[r+add] {
				return true
			}
		}
		if suf == "ibility" && common[r+"ible"] || suf == "ability" && common[r+"able"] {
			return true
		}
	}
	return false
}
