package generate

import (
	"slices"
	"sort"
	"strings"
)

// echoesHeading reports whether the tokens use a word of the section's
// heading; with strict false, words that are the article's subject do not
// count. The answer is held to strict: "the built-in copy function" under
// "Growing slices (the copy and append functions)" is picked by its
// heading, however often the article says "copy".
func (g *sectionGen) echoesHeading(toks []token, strict bool) bool {
	return len(g.headingEchoes(toks, strict)) > 0
}

// headingEchoes returns the words of the section's heading that the
// tokens use (see echoesHeading), in a fixed order.
func (g *sectionGen) headingEchoes(toks []token, strict bool) []string {
	var out []string
	words := g.lx.headingWords(g.index)
	for _, w := range g.shortNames() {
		if !slices.Contains(words, w) {
			words = append(words[:len(words):len(words)], w)
		}
	}
	// Each token's root once: this runs for every word of every
	// statement.
	var roots []string
	for _, w := range words {
		if len(w) < 3 && !g.shortName(w) || !strict && g.lx.topWords[strings.TrimSuffix(w, "s")] {
			continue
		}
		if roots == nil {
			roots = make([]string, len(toks))
			for k, t := range toks {
				roots[k] = root(t.lower)
			}
		}
		rw := root(w)
		for k, t := range toks {
			// "World War II" under "The Early Cold War": a short word
			// inside another name is not the heading's.
			if len(w) == 3 && isCapitalized(t.text) && (k > 0 && isCapitalized(toks[k-1].text) || k+1 < len(toks) && isCapitalized(toks[k+1].text)) {
				continue
			}
			if sameStemRoot(t.lower, w, roots[k], rw) || adjectiveOf(t.lower, w) || adjectiveOf(w, t.lower) {
				out = append(out, w)
				break
			}
		}
	}
	// "the UN" under "The Role of the United Nations": the heading's
	// name, abbreviated.
	if strict {
		for _, name := range capitalizedRuns(g.sec.Heading) {
			if in := initials(name); in != "" {
				for _, t := range toks {
					if t.text == in {
						out = append(out, in)
						break
					}
				}
			}
		}
	}
	return out
}

// shortNames are the heading's short names in capitals ("CAM"), its
// words with a figure ("C4", "1347") and its months ("December 1900"), in
// lower case: as telling as its long words.
func (g *sectionGen) shortNames() []string {
	if g.shorts == nil {
		var out []string
		for _, t := range tokenize(g.sec.Heading) {
			if len(t.text) >= 2 && (len(t.text) < 4 && t.text == strings.ToUpper(t.text) && t.text != strings.ToLower(t.text) || strings.ContainsAny(t.text, "0123456789")) ||
				months[t.lower] {
				out = append(out, t.lower)
			}
		}
		g.shorts = &out
	}
	return *g.shorts
}

func (g *sectionGen) shortName(w string) bool {
	return slices.Contains(g.shortNames(), w)
}

// adjectiveOf reports whether a is the adjective of the name n: "jewish"
// of "jews", "ethiopian" of "ethiopia", "roman" of "rome".
func adjectiveOf(a, n string) bool {
	n = strings.TrimSuffix(n, "s")
	if len(n) < 3 || len(a) <= len(n) {
		return false
	}
	// Checked in place: this runs for every word of every statement.
	for _, base := range []string{n, strings.TrimSuffix(n, "e")} {
		if strings.HasPrefix(a, base) {
			switch a[len(base):] {
			case "ish", "ian", "an", "ic", "ese", "n":
				return true
			}
		}
	}
	return false
}

// usesWord reports whether a statement uses a word as headingEchoes finds
// it.
func usesWord(toks []token, w string) bool {
	for _, t := range toks {
		if t.text == w || sameStem(t.lower, w) {
			return true
		}
	}
	return false
}

// sameStem reports whether a word of the text is a heading's word in
// another form: "history" under "Historical Background" (the same stem),
// "array" under "Arrays" (the same word).
func sameStem(t, w string) bool {
	return sameStemRoot(t, w, root(t), root(w))
}

// sameStemRoot is sameStem with the words' roots found already.
func sameStemRoot(t, w, rt, rw string) bool {
	return t == w || strings.TrimSuffix(t, "s") == strings.TrimSuffix(w, "s") ||
		len(w) >= 6 && len(t) >= 6 && t[:5] == w[:5] || len(t) >= 3 && rt == rw
}

// headingWords returns the content words of section i's heading, sorted;
// found once a section.
func (lx *lexicon) headingWords(i int) []string {
	if lx.headWords == nil {
		lx.headWords = make([][]string, len(lx.headings))
	}
	if lx.headWords[i] == nil {
		lx.headWords[i] = sortedKeys(contentWords(tokenize(lx.headings[i])))
	}
	return lx.headWords[i]
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// root strips one negating prefix and one suffix from a word: "unkind"
// and "kindness" both give "kind".
func root(w string) string {
	for _, p := range []string{"un", "in", "dis", "non"} {
		if strings.HasPrefix(w, p) && len(w)-len(p) >= 4 {
			w = w[len(p):]
			break
		}
	}
	// "copied", "applies": the stem of "copy", "apply".
	for _, x := range []string{"ied", "ies"} {
		if strings.HasSuffix(w, x) && len(w)-len(x) >= 3 {
			return w[:len(w)-len(x)] + "y"
		}
	}
	// "arches", "boxes": the plural of a word ending in a hiss.
	for _, x := range []string{"ches", "shes", "xes", "sses", "zes"} {
		if strings.HasSuffix(w, x) && len(w)-2 >= 3 {
			return w[:len(w)-2]
		}
	}
	for _, x := range []string{"ness", "ful", "less", "ly", "ing", "ed", "s"} {
		if strings.HasSuffix(w, x) && len(w)-len(x) >= 4 {
			return undouble(w[:len(w)-len(x)])
		}
	}
	// "oiling", "oiled": a short stem takes a verb's ending too.
	for _, x := range []string{"ing", "ed"} {
		if strings.HasSuffix(w, x) && len(w)-len(x) == 3 {
			return w[:3]
		}
	}
	return w
}

// undouble drops the consonant a verb doubles before its ending:
// "scann" of "scanning" is "scan"; "fall" and "press" keep theirs.
func undouble(stem string) string {
	n := len(stem)
	if n >= 4 && stem[n-1] == stem[n-2] && !strings.ContainsRune("aeiouylsz", rune(stem[n-1])) {
		return stem[:n-1]
	}
	return stem
}

// capitalizedRuns returns the runs of two or more capitalised words of a
// heading: "The Role of the United Nations" gives "Role", "United
// Nations" (with "of the" breaking the run).
func capitalizedRuns(heading string) []string {
	var out []string
	var run []string
	flush := func() {
		if len(run) >= 2 {
			out = append(out, strings.Join(run, " "))
		}
		run = nil
	}
	for _, w := range strings.Fields(heading) {
		if isCapitalized(w) && !function[strings.ToLower(w)] {
			run = append(run, w)
		} else {
			flush()
		}
	}
	flush()
	return out
}

// opensOnHeading reports whether a statement opens (in its first four
// words) on a word of its own section's heading ("Improvements in
// peacekeeping strategies have been pivotal …" under "Improvements in
// Peacekeeping Strategies"): as a wrong option it names where it is
// from. Words that are the article's subject do not count.
func (lx *lexicon) opensOnHeading(toks []token, sec int) bool {
	if sec < 0 || sec >= len(lx.headings) {
		return false
	}
	toks = toks[:min(4, len(toks))]
	// "Go 1.25 corrected …" under "Go 1.25": a version or year in the
	// heading names the section as well as a word does.
	for _, h := range tokenize(lx.headings[sec]) {
		if numberRe.MatchString(h.text) && len(h.text) >= 3 {
			for _, t := range toks {
				if t.text == h.text || strings.HasPrefix(t.text, h.text+".") {
					return true
				}
			}
		}
	}
	for _, w := range lx.headingWords(sec) {
		if len(w) < 4 || lx.topWords[strings.TrimSuffix(w, "s")] {
			continue
		}
		for _, t := range toks {
			if len(t.lower) >= 4 && root(t.lower) == root(w) {
				return true
			}
		}
	}
	return false
}
