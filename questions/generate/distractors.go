package generate

import (
	"fmt"
	"math"
	"regexp"
	"slices"
	"sort"
	"strings"
)

// kindNoun names what a term is, for an explanation: a month is a month,
// not a name.
func kindNoun(t term) string {
	if months[t.key()] {
		return "month"
	}
	return kindNames[t.kind]
}

// othersFrom says where a question's distractors come from: the article,
// or (years near the answer, when the article has too few) not from it.
func (g *sectionGen) othersFrom(ds []string) string {
	for _, d := range ds {
		if g.lx.count(strings.ToLower(strings.TrimPrefix(strings.TrimPrefix(d, "an "), "a "))) == 0 {
			return "the other choices are not what it says"
		}
	}
	return "the other choices are from elsewhere in the article"
}

// distractors returns up to n terms of t's kind from elsewhere in the
// article that fit where t stands: never in this section, never in the
// sentence, same number of words and the same number (singular or plural)
// for noun phrases, ranked by how alike their contexts are.
func (g *sectionGen) distractors(t term, s *sentence, n int, strict bool) []string {
	prep := ""
	if t.kind == KindPlace {
		// "the meeting at Potsdam": only a place the article also puts
		// after "at" reads as English there ("at China" does not).
		if f := strings.Fields(strings.ToLower(s.text[:t.start])); len(f) > 0 && prepositions[f[len(f)-1]] {
			prep = f[len(f)-1]
		}
	}
	if t.kind == KindCode {
		// "the copy function": only another function fits the blank.
		if f := strings.Fields(strings.ToLower(s.text[t.end:])); len(f) > 0 && codeCategories[strings.Trim(f[0], ".,;:")] {
			prep = strings.TrimSuffix(strings.Trim(f[0], ".,;:"), "s")
		} else {
			return nil
		}
	}
	if t.kind == KindNumber {
		// "Go 1.22": only another version of Go fits, never "TLS 1.2".
		for i, tok := range s.tokens {
			if tok.start == t.start && i > 0 && namedBefore(s.tokens, i) {
				prep = s.tokens[i-1].lower
			}
		}
	}
	key := fmt.Sprintf("%d|%s|%d|%v|%s|%s|%d", t.kind, t.key(), n, strict, t.article, prep, s.index)
	if ds, ok := g.cache[key]; ok {
		return append([]string(nil), ds...)
	}
	ds := g.findDistractors(t, s, n, strict, prep)
	if g.cache == nil {
		g.cache = map[string][]string{}
	}
	g.cache[key] = ds
	return append([]string(nil), ds...)
}

// firstName reports whether a person's name is only the start of a longer
// name in the article ("Douglas" of "Douglas A. MacArthur").
func (g *sectionGen) firstName(d string) bool {
	for _, p := range g.lx.pool[KindPerson] {
		if len(p) > len(d) && strings.HasPrefix(p, d+" ") {
			return true
		}
	}
	return false
}

// continents hold countries: one can stand for another in a sentence, so
// a continent is offered only for a continent.
var continents = set(`africa asia europe america americas antarctica oceania australasia eurasia`)

// prepositions that decide which places read as English after them.
var prepositions = set(`at in on to from into within across throughout near`)

func (g *sectionGen) findDistractors(t term, s *sentence, n int, strict bool, prep string) []string {
	var cands []scored
	ctx := g.lx.neighbours[t.key()]
	examined := 0
	lo, hi, step := g.figureBounds(t, s)
	// "about 24 points", "women over 30": a count among counts of the
	// same thing, or after the same word, that the article gives; 80
	// words and 130 minutes are odd ones out.
	unit, after := "", ""
	if t.kind == KindNumber && prep == "" {
		if f := strings.Fields(strings.ToLower(s.text[t.end:])); len(f) > 0 {
			if w := strings.Trim(f[0], ".,;:()"); w != "" && !function[w] && isLetter(w[0]) {
				unit = w
			}
		}
		if unit == "" {
			if f := strings.Fields(strings.ToLower(s.text[:t.start])); len(f) > 0 {
				after = f[len(f)-1]
			}
		}
	}
	key, keyAlnum := t.key(), alnum(t.key())
	for scanned, d := range g.lx.pool[t.kind] {
		// The pool is in order of frequency: in a manual of a thousand
		// identifiers, the options are among the commonest.
		if scanned >= maxScanned {
			break
		}
		it := g.lx.item(d)
		k := it.lower
		// "SHA1" is "SHA-1" written another way.
		if k == key || it.alnum == keyAlnum || indexWord(k, key) >= 0 || indexWord(key, k) >= 0 {
			continue
		}
		dw := it.words
		switch t.kind {
		case KindTerm:
			if dw != t.words || plural(lastField(d)) != t.plural {
				continue
			}
		case KindYear:
			// "218 BC" among years of its era.
			if strings.Contains(d, " ") != strings.Contains(t.text, " ") {
				continue
			}
		case KindNumber:
			// A version among versions of its name; an integer among
			// integers ("retries a test 1.24 times" is false by its form).
			if prep != "" && !g.lx.says(prep+" "+k) || decimals(k) != decimals(t.key()) {
				continue
			}
			if unit != "" && !g.lx.says(k+" "+unit) || after != "" && !g.lx.says(after+" "+k) {
				continue
			}
			// "over 1789 prisoners" for "over 1,000": written as a
			// year, not as a count.
			if strings.Contains(k, ",") != strings.Contains(t.key(), ",") {
				continue
			}
		case KindPlace:
			if prep != "" && !g.lx.says(prep+" "+k) {
				continue
			}
			if continents[k] != continents[t.key()] {
				continue // "the war in Asia" is as right as "the war in Vietnam"
			}
			if dw != t.words || dw > 1 && !strings.EqualFold(lastField(d), lastField(t.text)) && !(placeHeads[strings.ToLower(lastField(d))] && placeHeads[strings.ToLower(lastField(t.text))]) {
				continue
			}
		case KindPerson:
			if g.lx.titleOf[t.key()] != g.lx.titleOf[k] {
				continue // "President Truman", never "President MacArthur"
			}
			if f := strings.Fields(d); len(strings.Trim(f[len(f)-1], ".")) < 2 || g.firstName(d) {
				continue // "Dwight D", "General Douglas": part of a name
			}
		case KindOrg, KindDoc, KindEvent:
			// Same head word, as options too: "the Japanese Army" among
			// authorities and parties is the only army, so the only fit.
			if !strings.EqualFold(lastField(d), lastField(t.text)) {
				continue
			}
			if dw > t.words+1 || dw < t.words-1 {
				continue
			}
		case KindCode:
			if !g.lx.says(k+" "+prep) && !g.lx.says(k+" "+prep+"s") {
				continue
			}
		case KindAcronym:
			// "for ___ that do I/O": "APIs" among plurals, never "API".
			if acronymPlural(d) != acronymPlural(t.text) {
				continue
			}
			// An abbreviation the article spells out is a body or a
			// document; one it never spells out ("USSR") may be a country.
			if g.lx.spelledOut(key) != g.lx.spelledOut(k) {
				continue
			}
			if dw > t.words+1 || dw < t.words-1 {
				continue
			}
		default:
			if dw > t.words+1 || dw < t.words-1 {
				continue
			}
		}
		if t.kind == KindTerm && (generic[k] || g.lx.termCount[k] < 2 || strings.ContainsAny(d, "'’")) {
			continue
		}
		if t.article != "" && !g.lx.withA[k] {
			continue // "a cooperation"
		}
		if g.lx.paired[t.key()+"|"+k] {
			continue // "stability and security": the other may be true as well
		}
		if t.kind == KindAcronym && plural(t.text) != plural(d) {
			continue
		}
		if g.lx.withThe[k] != g.lx.withThe[t.key()] && t.kind != KindTerm && t.kind != KindYear && t.kind != KindNumber {
			continue // "the Soviet Union" and "Japan" do not trade places
		}
		// True in this section, or at least said there. A day of a
		// timeline is the day of another event: "17 June" for "5 May".
		if indexWord(g.secLower, k) >= 0 && (t.kind != KindDate || indexWord(s.lower, k) >= 0) {
			continue
		}
		// "In ___ Westinghouse patented a brake" (1869): 1872, when he
		// patented another, is as right.
		if t.kind == KindYear && g.sameDeed(s, d) {
			continue
		}
		if t.kind == KindYear || t.kind == KindNumber {
			if v := termValue(t.kind, d); v <= lo || v >= hi || step > 1 && (v != math.Trunc(v) || int(v-termValue(t.kind, t.text))%step != 0) ||
				t.kind == KindNumber && !sameScale(termValue(t.kind, t.text), v) {
				continue
			}
		}
		if examined++; examined > maxExamined {
			break
		}
		sc := 0.0
		for c := range g.lx.neighbours[k] {
			if ctx[c] {
				sc += 0.2
			}
		}
		sc += 2*g.lx.similarity(t.key(), k) + 0.05*float64(min(g.lx.termCount[k], 5))
		if t.kind == KindYear || t.kind == KindNumber {
			sc = -closeness(t.text, d)
		}
		cands = append(cands, scored{d, sc})
	}
	if t.kind == KindYear && len(cands) < n {
		// Too few years in the article: years near the answer.
		y, _ := yearValue(t.text)
		offs := []int{-3, 2, 5, -6, 7}
		if step > 1 {
			// "around 1840" in a life of 1815–1852: the decades beside it.
			offs = []int{-1, 1, -2, 2, -3, 3}
		}
		for _, off := range offs {
			d := formatYear(y+off*step, t.text)
			if v := float64(y + off*step); v > lo && v < hi && !containsWord(g.secLower, d) {
				cands = append(cands, scored{d, -100 - float64(len(cands))})
			}
		}
	}
	sort.SliceStable(cands, func(i, j int) bool {
		if cands[i].score != cands[j].score {
			return cands[i].score > cands[j].score
		}
		return cands[i].text < cands[j].text
	})
	if t.kind == KindYear && n >= 3 {
		cands = g.straddle(t, cands, step)
	}
	var out []string
	seen := map[string]bool{}
	for _, c := range cands {
		if len(out) == n {
			break
		}
		if t.kind == KindYear {
			if v := termValue(KindYear, c.text); v <= lo || v >= hi {
				continue // the straddling year, out of the sentence's order
			}
		}
		if k := strings.ToLower(c.text); !seen[k] {
			seen[k] = true
			out = append(out, c.text)
		}
	}
	return out
}

// pointInTime reports whether the text before a year dates an event to
// it ("Early in", "At the end of"), not bounds one ("By", "well before").
func pointInTime(before string) bool {
	f := strings.Fields(strings.ToLower(before))
	return len(f) > 0 && (f[len(f)-1] == "in" || f[len(f)-1] == "of")
}

// yearsNear reports whether the article gives another year within ten
// years of y.
func (g *sectionGen) yearsNear(y float64) bool {
	if g.lx == nil {
		return false
	}
	for _, d := range g.lx.pool[KindYear] {
		if v := termValue(KindYear, d); v != y && math.Abs(v-y) <= 10 {
			return true
		}
	}
	return false
}

// figureBounds returns the values a year's or a number's options must lie
// strictly between, and the step they go by ("around 1400" is among round
// figures).
func (g *sectionGen) figureBounds(t term, s *sentence) (lo, hi float64, step int) {
	// "around 1400": a round figure among round figures. "5 to ___":
	// on the far side of the range's other end.
	step = 1
	lo, hi = math.Inf(-1), math.Inf(1)
	if t.kind == KindYear || t.kind == KindNumber {
		if v := termValue(t.kind, t.text); approxBefore(s.text[:t.start]) && v == math.Trunc(v) && int(v)%10 == 0 {
			// A year rounds to its decade; a count to its own figure:
			// "at least 5,000" among thousands.
			step = 10
			for t.kind == KindNumber && step < 1000 && int(v)%(step*10) == 0 {
				step *= 10
			}
			// "around 300 BCE": a century among centuries, not among
			// 290, 310 and 320.
			if t.kind == KindYear && int(v)%100 == 0 {
				step = 100
			}
		}
		// "well before 1100": a year of a whole century is a round
		// figure however the sentence gives it, and among 1102, 1104 and
		// 1106 it is the odd one.
		// Not a year of a dated narrative ("Early in 1800" in a journey of
		// 1799 to 1804), whose options 1700, 1750 and 1850 an era gives;
		// "By 1700" stays a round figure.
		if v := termValue(t.kind, t.text); t.kind == KindYear && step == 1 && v == math.Trunc(v) && int(v)%100 == 0 &&
			!(pointInTime(s.text[:t.start]) && g.yearsNear(v)) {
			step = 50
		}
		lo, hi = rangeEnds(s.text, t.start, t.end)
	}
	// "The census of ___": censuses are taken every ten years, so the
	// options are years of the same cycle (1831, 1851 for 1841).
	if t.kind == KindYear && censusRe.MatchString(s.text[:t.start]) {
		step = 10
	}
	// "After Tambora erupted in 1815, ___ became known as …": a year
	// stays on its side of the sentence's other years.
	if t.kind == KindYear {
		y := termValue(KindYear, t.text)
		for _, o := range s.tokens {
			// "In the 1390s … until 1398": a decade is a year too.
			text := strings.TrimSuffix(o.text, "s")
			if !yearRe.MatchString(text) || o.start == t.start {
				continue
			}
			switch v := termValue(KindYear, text); {
			case v < y:
				lo = max(lo, v)
			case v > y:
				hi = min(hi, v)
			}
		}
		// An event of a life the article tells lies within it: 1810 and
		// 1890 are no years for what a woman of 1815–1852 did.
		if g.lx != nil && g.lx.died > 0 && y > g.lx.born && y <= g.lx.died {
			lo, hi = max(lo, g.lx.born), min(hi, g.lx.died+1)
		}
		// "By 1973 the currencies were floating", "Since 1971 …": true
		// of every later year too, so only an earlier one is wrong;
		// "until 1914", of every earlier one.
		f := strings.Fields(strings.ToLower(s.text[:t.start]))
		for len(f) > 0 && (f[len(f)-1] == "early" || f[len(f)-1] == "late" || approxBefore(f[len(f)-1])) {
			f = f[:len(f)-1]
		}
		if len(f) > 0 {
			switch f[len(f)-1] {
			case "by", "since":
				hi = min(hi, y)
			case "until", "till", "before":
				lo = max(lo, y)
			}
		}
	}
	return lo, hi, step
}

// censusRe finds "the census of " just before a year.
var censusRe = regexp.MustCompile(`(?i)\bcensus (?:of|in) $`)

// maxYearSpan is how far, in steps, a year option may lie from the
// answer. Years further off are ruled out by what a reader knows of the
// period: 1810 and 1890 for an event in the life of a woman of
// 1815–1852, 1851 for a day founded in the 2000s.
const maxYearSpan = 30

// evenYears replaces the year options far from the answer: those more
// than maxYearSpan steps off, and one far from it where the others are
// near (1945 among 1839 and 1844 for 1842 is picked out as the odd one).
// The stand-ins are years near the answer that the section does not give.
func (g *sectionGen) evenYears(t term, s *sentence, out []string) []string {
	lo, hi, step := g.figureBounds(t, s)
	seen := map[string]bool{}
	for _, d := range out {
		seen[strings.ToLower(d)] = true
	}
	y := termValue(KindYear, t.text)
	dist := make([]float64, len(out))
	far := 0
	for i, d := range out {
		dist[i] = math.Abs(termValue(KindYear, d) - y)
		if dist[i] > dist[far] {
			far = i
		}
	}
	// The farthest of the others from the answer.
	near := 0.0
	for i := range out {
		if i != far {
			near = max(near, dist[i])
		}
	}
	replace := map[int]bool{}
	if dist[far] > 20 && dist[far] > 4*near {
		replace[far] = true
	}
	// "Apollo 11 in July 1969 … By the spring of ___": beside a year of
	// its sentence a year or two off, options a decade or more away are
	// ruled out by it.
	span := float64(maxYearSpan * step)
	for _, o := range s.tokens {
		if yearRe.MatchString(o.text) && o.start != t.start && math.Abs(termValue(KindYear, o.text)-y) <= 2 {
			span = min(span, float64(10*step))
		}
	}
	for i := range out {
		if dist[i] > span {
			replace[i] = true
		}
	}
	latest := g.latestYear()
	offs := []int{2, -3, 4, -5, 6, -7, 8, -9}
	for i := range out {
		if !replace[i] {
			continue
		}
		for len(offs) > 0 {
			off := offs[0]
			offs = offs[1:]
			d := formatYear(int(y)+off*step, t.text)
			if v := y + float64(off*step); v > lo && v < hi && v <= latest && !seen[strings.ToLower(d)] && !containsWord(g.secLower, d) {
				out[i] = d
				seen[strings.ToLower(d)] = true
				break
			}
		}
	}
	return out
}

// latestYear is the last year the article gives. A year that stands in
// for a far option never lies after it: a year still to come is no date
// of anything done.
func (g *sectionGen) latestYear() float64 {
	latest := math.Inf(1)
	if g.lx == nil {
		return latest
	}
	if ys := g.lx.pool[KindYear]; len(ys) > 0 {
		latest = math.Inf(-1)
		for _, d := range ys {
			latest = max(latest, termValue(KindYear, d))
		}
	}
	return latest
}

// termValue is the value of a year or a number.
func termValue(k Kind, text string) float64 {
	if k == KindYear {
		y, _ := yearValue(text)
		return float64(y)
	}
	var v float64
	fmt.Sscanf(strings.ReplaceAll(text, ",", ""), "%g", &v)
	return v
}

// approxBefore reports whether a figure follows a word that rounds it.
func approxBefore(before string) bool {
	f := strings.Fields(strings.ToLower(before))
	// "around the year 1000": the year's noun between.
	if n := len(f); n >= 2 && f[n-1] == "year" && f[n-2] == "the" {
		f = f[:n-2]
	}
	if len(f) == 0 {
		return false
	}
	switch f[len(f)-1] {
	case "around", "about", "c.", "ca.", "circa", "roughly", "approximately", "nearly", "almost", "some",
		"least", "than", "over", "perhaps", "estimated":
		return true
	}
	return false
}

// rangeStartRe and rangeEndRe find the other end of a range a figure
// ends or starts: "5 to ___", "___ to 10", "between ___ and 700".
var (
	rangeStartRe = regexp.MustCompile(`(\d[\d,]*(?:\.\d+)?)\s*(?:to|–|-)\s*$`)
	rangeEndRe   = regexp.MustCompile(`^\s*(to|and|–|-)\s*(?:about |around |roughly )?(\d[\d,]*(?:\.\d+)?)`)
)

// rangeEnds returns the bounds that the other end of a range sets a
// figure at [a, b) of text: infinities where there is none.
func rangeEnds(text string, a, b int) (lo, hi float64) {
	lo, hi = math.Inf(-1), math.Inf(1)
	if m := rangeStartRe.FindStringSubmatch(text[:a]); m != nil {
		lo = termValue(KindNumber, m[1])
	}
	if m := rangeEndRe.FindStringSubmatch(text[b:]); m != nil {
		// "and" joins a range only after "between": "in 1454 and 1455"
		// are two years.
		before := strings.Fields(strings.ToLower(text[:a]))
		between := slices.Contains(before[max(0, len(before)-2):], "between")
		if m[1] != "and" || between {
			hi = termValue(KindNumber, m[2])
		}
	}
	return lo, hi
}

// scored is a distractor and how well it fits.
type scored struct {
	text  string
	score float64
}

// straddle reorders year distractors so that the options fall on both
// sides of the answer: with 1947, 1950 and 1951 for 1953, only the answer
// falls in Eisenhower's presidency, and world knowledge alone picks it. A
// year after the answer, the nearest the article gives within five years or
// else two years after, comes third.
func (g *sectionGen) straddle(t term, cands []scored, step int) []scored {
	y, _ := yearValue(t.text)
	after := -1
	for i, c := range cands {
		d, _ := yearValue(c.text)
		if d > y && d <= y+5*step {
			after = i
			break
		}
	}
	if after >= 0 && after < 3 {
		return cands // one is after already
	}
	var late scored
	if after >= 0 {
		late = cands[after]
		cands = append(cands[:after:after], cands[after+1:]...)
	} else {
		d := formatYear(y+2*step, t.text)
		if containsWord(g.secLower, d) {
			return cands
		}
		late = scored{d, -100}
	}
	out := append([]scored(nil), cands[:min(2, len(cands))]...)
	out = append(out, late)
	return append(out, cands[min(2, len(cands)):]...)
}

// acronymPlural reports whether an abbreviation is written as a plural:
// "APIs", "PRs".
func acronymPlural(a string) bool {
	return len(a) > 2 && strings.HasSuffix(a, "s") && strings.ToUpper(a[:len(a)-1]) == a[:len(a)-1]
}

// decimals counts the digits after a number's decimal point.
func decimals(n string) int {
	if i := strings.LastIndex(n, "."); i >= 0 {
		return len(n) - i - 1
	}
	return 0
}

// alnum keeps a text's letters and digits, lower-cased.
func alnum(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if isWordRune(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func lastField(s string) string {
	f := strings.Fields(s)
	return f[len(f)-1]
}

// maxExamined bounds the distractors scored for one answer: the pools are
// ordered by frequency, so in a book the rare tail is never scored.
const maxExamined = 120

// maxScanned bounds the terms of a pool looked at for one answer, scored
// or not: most are ruled out, and a manual's pool of identifiers can
// hold tens of thousands.
const maxScanned = 600

// closeness is how far apart two numbers are, for ranking numeric
// distractors: near ones are harder.
// maxScale is how many times the answer, or what fraction of it, a
// number offered beside it may be: "women over 21" among 49, 61 and 62,
// "about 2.5 centimetres" among 0.3, 0.5 and 0.8, "about 24 points"
// among 80, 90 and 130 were picked as the odd one out (blind raters
// accepted such choices 7 times of 36 verdicts in rounds 20 to 26).
const maxScale = 2.5

// sameScale reports whether two positive figures are within maxScale of
// each other.
func sameScale(a, b float64) bool {
	return a > 0 && b > 0 && max(a, b) <= maxScale*min(a, b)
}

func closeness(a, b string) float64 {
	var x, y float64
	fmt.Sscanf(strings.ReplaceAll(a, ",", ""), "%g", &x)
	fmt.Sscanf(strings.ReplaceAll(b, ",", ""), "%g", &y)
	d := x - y
	if d < 0 {
		d = -d
	}
	return d
}

// maxDeedSentences bounds the sentences sameDeed reads for one year.
const maxDeedSentences = 32

// sameDeed reports whether another sentence of the article dated by year
// tells the same deed as s: the same verb in the past and the same name
// ("In 1872 Westinghouse patented the automatic brake" beside "In 1869
// … Westinghouse patented a brake").
func (g *sectionGen) sameDeed(s *sentence, year string) bool {
	if g.lx.yearSents == nil {
		g.lx.yearSents = map[string][]*sentence{}
		for _, sec := range g.lx.sents {
			for _, x := range sec {
				for _, t := range x.tokens {
					if yearRe.MatchString(t.text) {
						g.lx.yearSents[t.text] = append(g.lx.yearSents[t.text], x)
					}
				}
			}
		}
	}
	deeds, names := map[string]bool{}, map[string]bool{}
	for i, t := range s.tokens {
		switch {
		case i > s.first && isCapitalized(t.text) && !months[t.lower] && !function[t.lower]:
			names[bareName(t.lower)] = true
		case t.text == t.lower && (strings.HasSuffix(t.lower, "ed") && len(t.lower) > 4 || irregularPast[t.lower] != ""):
			deeds[t.lower] = true
		}
	}
	if len(deeds) == 0 || len(names) == 0 {
		return false
	}
	// A year a book gives in hundreds of sentences is looked for in the
	// first of them: the check runs for every year option of every
	// question.
	xs := g.lx.yearSents[year]
	for _, x := range xs[:min(len(xs), maxDeedSentences)] {
		if x == s {
			continue
		}
		deed, name := false, false
		for _, t := range x.tokens {
			deed = deed || deeds[t.lower] && t.text == t.lower
			name = name || names[bareName(t.lower)] && isCapitalized(t.text)
		}
		if deed && name {
			return true
		}
	}
	return false
}

// bareName is a name without its possessive: "westinghouse's".
func bareName(w string) string {
	return strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
}
