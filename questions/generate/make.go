package generate

import (
	"fmt"
	"regexp"
	"sort"
	"strings"

	"github.com/quiz-cli/quiz/questions"
)

// Blank marks the gap in a stem.
const Blank = "_____"

// kindWeight ranks what a question asks about: facts a learner should
// remember (dates, names, defined terms) before ordinary words.
var kindWeight = map[Kind]float64{KindYear: 3, KindNumber: 2, KindAcronym: 2.2, KindOrg: 2.6, KindPerson: 2.6,
	KindPlace: 2.2, KindDoc: 2.6, KindEvent: 2.6, KindName: 1.4, KindTerm: 1.2, KindCode: 2.4}

// fromSentence makes every candidate question a sentence supports.
func (g *sectionGen) fromSentence(s *sentence) []*candidate {
	var out []*candidate
	quality := sentenceQuality(s)
	if c := g.acronym(s); c != nil {
		c.score += quality
		out = append(out, c)
	}
	if c := g.list(s); c != nil {
		c.score += quality
		out = append(out, c)
	}
	terms := g.answerable(s)
	for _, t := range terms {
		w := g.termWeight(t, s)
		if c := g.cloze(s, t); c != nil {
			c.score = w + quality
			out = append(out, c)
		}
		if c := g.choice(s, t); c != nil {
			c.score = w + quality + 0.3
			out = append(out, c)
		}
		if c := g.falseStatement(s, t); c != nil {
			c.score = w + quality - 0.2
			out = append(out, c)
		}
	}
	if checkable(terms) {
		if c := g.trueStatement(s); c != nil {
			c.score = quality + 0.8
			out = append(out, c)
		}
	}
	return out
}

// checkable reports whether a sentence carries a specific fact a learner
// can check against the article (a date, a number, a person, a body, a
// document, an abbreviation): a sentence without one, asked as a true
// statement, is a platitude anyone accepts without reading.
func checkable(terms []term) bool {
	for _, t := range terms {
		switch t.kind {
		case KindYear, KindNumber, KindPerson, KindOrg, KindDoc, KindAcronym, KindCode:
			return true
		}
	}
	return false
}

// sentenceQuality prefers sentences of middling length.
func sentenceQuality(s *sentence) float64 {
	n := wordCount(s.text[s.stemOff:])
	switch {
	case n >= 10 && n <= 28:
		return 1
	case n <= 34:
		return 0.5
	}
	return 0
}

// definitionRe matches "X is/are/refers to/means ..." at a stem's start.
var definitionRe = regexp.MustCompile(`^(?:(?:A|An|The) )?([\w-]+(?: [\w-]+){0,2}) (?:is|are|refers to|means|describes) `)

// termWeight ranks a term: its kind, how often the article uses it, and
// whether the sentence defines it.
func (g *sectionGen) termWeight(t term, s *sentence) float64 {
	w := kindWeight[t.kind]
	if t.kind == KindTerm {
		n := g.lx.termCount[t.key()]
		w += 0.3*float64(min(n, 5)) + 0.7*float64(t.words-1)
		if m := definitionRe.FindStringSubmatch(s.stem(-1, -1, "")); m != nil && strings.EqualFold(m[1], t.text) {
			w += 1.5
		}
	}
	return w
}

// answerable keeps the terms of a sentence that make good answers: in the
// stem, said once in the sentence, not in the heading (which the learner
// sees), and for common noun phrases, recurring in the article.
func (g *sectionGen) answerable(s *sentence) []term {
	var out []term
	lower := strings.ToLower(s.text)
	for _, t := range g.lx.terms(s) {
		k := t.key()
		if t.start < s.stemOff || countWord(lower, k) != 1 || containsWord(g.heading, k) {
			continue
		}
		if t.kind == KindTerm && (g.lx.termCount[k] < 2 || len(k) < 4) {
			continue
		}
		if t.kind == KindTerm && generic[strings.ToLower(lastField(t.text))] {
			continue
		}
		// A common noun phrase is never an answer. A single noun ("region",
		// "elements") is vague; a phrase is guessed from its neighbours
		// ("stability and ___", "unconditional ___") or from the article's
		// subject ("nuclear weapons" in a history of the atomic age), and
		// the article's other phrases seldom fit its blank as options.
		if t.kind == KindTerm {
			continue
		}
		if (t.kind == KindName || t.kind == KindAcronym || t.kind == KindPlace) && coordinated(s, t) {
			continue // "a CONTRIBUTORS or ___ file", "either in Asia or in ___"
		}
		// A war or other framing event the article keeps coming back to
		// ("the Second World War") is known without reading it.
		if t.kind == KindEvent && g.lx.sections[k] >= 2 {
			continue
		}
		if f := strings.ToLower(strings.Fields(t.text)[0]); t.start == s.stemOff && t.words > 1 && (strings.HasSuffix(f, "ing") || function[f] || verbs[f]) {
			continue // "{{Following World War II}}": a capital only because it starts the sentence
		}
		// A one-word name that is among the article's most frequent words
		// ("the Soviets" in a history of the Cold War) is guessed first.
		if t.words == 1 && t.kind != KindYear && t.kind != KindNumber && t.kind != KindCode && t.kind != KindAcronym &&
			g.lx.topWords[strings.TrimSuffix(k, "s")] {
			continue
		}
		if t.kind != KindYear && t.kind != KindNumber && containsWord(k, "war") {
			continue // "World War II", "the Cold War": known without reading
		}
		if t.words == 1 && (t.kind == KindOrg || t.kind == KindDoc || t.kind == KindEvent) {
			continue // "the Charter": a head noun, not a name
		}
		if t.kind == KindPerson && isCapitalized(strings.TrimLeft(s.text[t.end:], " ")) && strings.HasPrefix(s.text[t.end:], " ") {
			continue // "General {{Douglas}} A. MacArthur": part of the name
		}
		if t.kind == KindAcronym && spelledOut(s, t) {
			continue // "a work in progress (WIP)"
		}
		if t.kind == KindCode && (coordinated(s, t) || echoes(s, t)) {
			continue // "len and ___ functions", "the ___ function appends"
		}
		if t.kind != KindYear && t.kind != KindNumber && t.kind != KindTerm && t.kind != KindCode && g.attributive(s, t) {
			continue // "Latin American countries", "{{U.S. Cold War}} policy": a modifier, not the thing
		}
		if t.words > 1 && t.kind != KindTerm && (containsWord(g.title, initials(t.text)) || containsWord(g.secText, initials(t.text))) {
			continue // "United Nations" in a course on UN peacekeeping
		}
		if f := strings.Fields(t.text); t.kind == KindPerson && len(strings.Trim(f[len(f)-1], ".")) < 2 {
			continue // "Dwight D": a name cut at an initial
		}
		if first := strings.ToLower(strings.Fields(t.text)[0]); t.kind == KindTerm && t.words > 1 && g.lx.verbish[first] && !g.lx.nounish[first] {
			continue // "attract people"
		}
		// The article's topic words (in most sections) are too easy to guess.
		if t.kind != KindYear && t.kind != KindNumber && g.lx.nSections >= 4 && g.lx.sections[k]*2 > g.lx.nSections {
			continue
		}
		if containsWord(g.title, k) {
			continue // the article's title gives it away
		}
		if t.kind == KindTerm && t.words == 1 && g.fixedPhrase(s, t) {
			continue // "rule of law": the rest of the phrase gives the word away
		}
		if t.words > 1 && containsWord(s.text, initials(t.text)) {
			continue // "United Nations" in a sentence that says "UN"
		}
		if t.kind == KindTerm && t.words == 1 && afterName(s, t) {
			continue // "the FindDigits function": the blank is only the category
		}
		if t.kind == KindTerm && followsVerbMarker(s, t) {
			continue // "to influence the balance": a verb
		}
		if quoted(s.text, t.start) || strings.ContainsAny(t.text, "'’") && t.kind == KindTerm {
			continue
		}
		if t.kind == KindName && t.words == 1 && g.lx.termCount[k] < 2 {
			continue
		}
		// The blank must not be the subject pronoun's stand-in at the start.
		if t.start == s.stemOff && t.kind == KindTerm && t.words == 1 && !g.lx.nounish[k] {
			continue
		}
		out = append(out, t)
	}
	sort.SliceStable(out, func(i, j int) bool { return g.termWeight(out[i], s) > g.termWeight(out[j], s) })
	if len(out) > 3 {
		out = out[:3]
	}
	return out
}

// coordinated reports whether a term is one of a pair or list ("stability
// and security", "an issue or pull request", "A, B, and C"): its partners
// give it away, or the blank could as well be any member of the set.
func coordinated(s *sentence, t term) bool {
	before := strings.TrimRight(strings.ToLower(s.text[:t.start]), " ")
	for _, d := range []string{" the", " a", " an", " their", " its", " in", " at", " on", " to", " from", " of", " with", " for"} {
		before = strings.TrimSuffix(before, d)
	}
	after := strings.ToLower(s.text[t.end:])
	for _, c := range []string{"and", "or", "nor"} {
		if strings.HasSuffix(before, " "+c) || strings.HasPrefix(after, " "+c+" ") || strings.HasPrefix(after, ", "+c+" ") {
			return true
		}
	}
	if strings.HasSuffix(before, ",") {
		return true
	}
	// "A, B, and C": a list member followed by more of the list.
	if strings.HasPrefix(after, ", ") {
		rest := after[2:]
		if i := strings.IndexAny(rest, ".;"); i >= 0 {
			rest = rest[:i]
		}
		return strings.Contains(rest, ", and ") || strings.Contains(rest, ", or ")
	}
	return false
}

// echoes reports whether another word of the sentence starts with the
// term ("the append function appends"): it gives the answer away.
func echoes(s *sentence, t term) bool {
	k := t.key()
	for _, tok := range s.tokens {
		if tok.start != t.start && strings.HasPrefix(tok.lower, k) {
			return true
		}
	}
	return false
}

// attributive reports whether a name modifies the noun after it ("Latin
// American countries", "U.S. Cold War policy"): the blank is then an
// adjective, or spans the wrong words.
func (g *sectionGen) attributive(s *sentence, t term) bool {
	after := strings.TrimLeft(s.text[t.end:], " ")
	if after == "" || after[0] < 'a' || after[0] > 'z' || len(after) == len(s.text[t.end:]) {
		return false
	}
	w := strings.ToLower(strings.FieldsFunc(after, func(r rune) bool { return !isWordRune(r) })[0])
	if function[w] || verbs[w] || g.lx.verbish[w] || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ly") {
		return false
	}
	// A word in -s after a name is usually its verb ("Effective Go
	// contains"), unless the article uses it as a noun or the name is a
	// demonym ("Latin American countries").
	return !strings.HasSuffix(w, "s") || g.lx.nounish[w] || hasSuffix(strings.ToLower(lastField(t.text)), []string{"an", "ese", "ish"})
}

// spelledOut reports whether the words just before an abbreviation spell
// it out ("a work in progress (WIP)"): the blank is then given away.
func spelledOut(s *sentence, t term) bool {
	before := strings.Fields(strings.TrimRight(s.text[:t.start], " ("))
	want := strings.ToLower(t.text)
	for _, skip := range []bool{false, true} {
		var got []byte
		for i := len(before) - 1; i >= 0 && len(got) < len(want); i-- {
			w := strings.ToLower(before[i])
			if skip && function[w] && len(got) > 0 {
				continue
			}
			got = append([]byte{w[0]}, got...)
		}
		if string(got) == want {
			return true
		}
	}
	return false
}

// fixedPhrase reports whether a one-word term starts a phrase "X of Y"
// that the article repeats: the rest of it gives the word away.
func (g *sectionGen) fixedPhrase(s *sentence, t term) bool {
	rest := strings.ToLower(s.text[t.end:])
	if !strings.HasPrefix(rest, " of ") {
		return false
	}
	f := strings.Fields(rest)
	if len(f) < 2 {
		return false
	}
	phrase := t.key() + " of " + strings.Trim(f[1], ".,;:")
	n, ok := g.lx.phrases[phrase]
	if !ok {
		n = countWord(g.lx.lower, phrase)
		g.lx.phrases[phrase] = n
	}
	return n >= 2
}

// initials returns the capital initials of a name: "United Nations" gives
// "UN"; "" unless there are two or more.
func initials(name string) string {
	var b strings.Builder
	for _, w := range strings.Fields(name) {
		if isCapitalized(w) {
			b.WriteString(w[:1])
		}
	}
	if b.Len() < 2 {
		return ""
	}
	return b.String()
}

// afterName reports whether a term directly follows a capitalised word
// inside the sentence.
func afterName(s *sentence, t term) bool {
	for i, tok := range s.tokens {
		if tok.start == t.start {
			return i > s.first && isCapitalized(s.tokens[i-1].text)
		}
	}
	return false
}

// followsVerbMarker reports whether a term comes right after "to" or a
// modal, where a word is a verb whatever else it can be.
func followsVerbMarker(s *sentence, t term) bool {
	for i, tok := range s.tokens {
		if tok.start != t.start {
			continue
		}
		j := i - 1
		for j >= 0 && strings.HasSuffix(s.tokens[j].lower, "ly") && !lyNouns[s.tokens[j].lower] {
			j-- // "will inevitably attract"
		}
		if j < 0 {
			return false
		}
		switch s.tokens[j].lower {
		case "to", "will", "can", "could", "should", "may", "might", "must", "would", "not",
			"you", "we", "they", "i", "he", "she", "it", "who", "people":
			return true
		}
		return false
	}
	return false
}

// imperative reports whether a sentence gives advice ("Be responsive",
// "As you grow, consider ...") rather than stating a fact: such a
// sentence is no true-or-false statement.
func (g *sectionGen) imperative(s *sentence) bool {
	for i := s.first; i < len(s.tokens); i++ {
		w := s.tokens[i].lower
		atClause := i == s.first || s.text[s.tokens[i-1].end:s.tokens[i].start] == ", "
		if !atClause {
			continue
		}
		if imperatives[w] || g.lx.verbish[w] && !g.lx.nounish[w] && !function[w] && !isCapitalized(s.tokens[i].text) && i == s.first {
			return true
		}
		if i > s.first && imperatives[w] {
			return true
		}
	}
	return false
}

// imperatives start advice.
var imperatives = set(`be don't do try consider make let resist use start give keep avoid remember note
ask tell write read take put think find set look see check choose stop`)

// quoted reports whether offset i of text is inside quotation marks.
func quoted(text string, i int) bool {
	before := text[:i]
	return strings.Count(before, "\"")%2 == 1 || strings.Count(before, "“") > strings.Count(before, "”")
}

func (g *sectionGen) id(prefix, what string) string {
	s := slug(what, 40)
	if s == "" {
		s = "q"
	}
	return prefix + "-" + s
}

func (g *sectionGen) where() string { return "the section “" + g.sec.Heading + "”" }

// cloze blanks a term in its sentence.
func (g *sectionGen) cloze(s *sentence, t term) *candidate {
	if strings.ContainsAny(t.text, "{}|") {
		return nil
	}
	text := s.stem(t.start, t.end, "{{"+t.text+"}}")
	q := &questions.Question{ID: g.id("cloze", t.text), Type: questions.Cloze, Prompt: "Fill in the blank.", Text: text,
		Explain: fmt.Sprintf("In %s, the %s here is %s.", g.where(), kindNoun(t), t.text), Source: s.text}
	return &candidate{q: q, sents: []int{s.index}, answer: t.key(), visible: strings.ToLower(s.stem(t.start, t.end, Blank))}
}

// choice asks which term completes the sentence, with distractors of the
// same kind and shape from elsewhere in the article.
func (g *sectionGen) choice(s *sentence, t term) *candidate {
	// Common noun phrases from elsewhere in the article rarely fit the
	// blank's sense or role, and when they do they are often as right as
	// the answer: only dates, numbers and names of one kind are offered as
	// options, and only with three distractors.
	if t.kind == KindName || t.kind == KindTerm {
		return nil
	}
	ds := g.distractors(t, s, 3, false)
	if len(ds) < 3 {
		return nil
	}
	a, b, ans := t.start, t.end, t.text
	if t.article != "" {
		// "a ___" would give away the answer's first sound: the article
		// joins the blank and every option.
		a -= len(t.article) + 1
		ans = s.text[a:b]
		for i, d := range ds {
			ds[i] = articleFor(d) + " " + d
		}
	}
	stem := s.stem(a, b, Blank)
	if a == s.stemOff {
		// A blank at the start of the sentence: options then start it.
		ans = capitalize(ans)
		for i := range ds {
			ds[i] = capitalize(ds[i])
		}
	}
	choices := place(append([]string(nil), ds...), ans, s.text)
	noun := "word or phrase"
	switch t.kind {
	case KindYear, KindNumber, KindPerson:
		noun = kindNames[t.kind]
	}
	q := &questions.Question{ID: g.id("choice", t.text), Type: questions.Choice,
		Prompt:  fmt.Sprintf("Which %s completes the sentence?\n“%s”", noun, stem),
		Choices: choices, Answer: ans,
		Explain: fmt.Sprintf("In %s, the sentence reads “%s”; %s.", g.where(), ans, g.othersFrom(ds)),
		Source:  s.text}
	return &candidate{q: q, sents: []int{s.index}, answer: t.key(), visible: strings.ToLower(stem)}
}

// place puts the answer among the distractors at a position fixed by a
// hash, so that output is deterministic but the answer is not always first.
func place(ds []string, answer, seed string) []string {
	sort.Strings(ds)
	i := int(hash(seed+answer) % uint32(len(ds)+1))
	out := append([]string(nil), ds[:i]...)
	out = append(out, answer)
	return append(out, ds[i:]...)
}

func articleFor(w string) string {
	if strings.ContainsRune("aeiouAEIOU", rune(w[0])) {
		return "an"
	}
	return "a"
}

// aboutReader reports whether a sentence speaks to the reader ("You've
// launched your project …"): what the reader does is not a fact the
// article can make true or false.
func aboutReader(s *sentence) bool {
	for _, t := range s.tokens[s.first:] {
		if strings.HasPrefix(t.lower, "you") {
			return true
		}
	}
	return false
}

// trueStatement asks whether the sentence, as written, is true.
func (g *sectionGen) trueStatement(s *sentence) *candidate {
	if g.imperative(s) || aboutReader(s) {
		return nil // advice, or what the reader is doing: not a fact to test
	}
	stem := s.stem(-1, -1, "")
	q := &questions.Question{ID: g.id("true", firstWords(stem, 5)), Type: questions.TrueFalse, Prompt: stem, Answer: "true",
		Explain: fmt.Sprintf("True: %s says so in these words.", g.where()), Source: s.text}
	return &candidate{q: q, sents: []int{s.index}, visible: strings.ToLower(stem)}
}

// falseStatement swaps one term of a sentence for another of the same kind
// from elsewhere in the article: the statement is then false. Common noun
// phrases are never swapped: the result would often be nonsense rather
// than false.
func (g *sectionGen) falseStatement(s *sentence, t term) *candidate {
	switch t.kind {
	case KindYear, KindNumber, KindPerson, KindOrg, KindDoc, KindAcronym, KindCode:
	default:
		// A place swapped into another's preposition ("at China") or an
		// event into another's time ("during the Cold War") reads as
		// nonsense or stays defensibly true.
		return nil
	}
	if g.imperative(s) || aboutReader(s) {
		return nil
	}
	// "Unlike the IMT, the IMTFE was not …": a swap in an opening
	// comparison leaves the main claim as it was, and the statement
	// defensibly true.
	if f := s.tokens[s.first].lower; t.kind != KindYear && t.kind != KindNumber && comparisons[f] &&
		!strings.Contains(s.text[s.stemOff:t.start], ",") && strings.Contains(s.text[t.end:], ",") {
		return nil
	}
	ds := g.distractors(t, s, 1, true)
	if len(ds) == 0 {
		return nil
	}
	stem := s.stem(t.start, t.end, ds[0])
	q := &questions.Question{ID: g.id("false", t.text), Type: questions.TrueFalse, Prompt: stem, Answer: "false",
		Explain: fmt.Sprintf("False: %s gives %s, not %s.", g.where(), t.text, ds[0]), Source: s.text}
	return &candidate{q: q, sents: []int{s.index}, answer: t.key(), visible: strings.ToLower(stem)}
}

// comparisons open a phrase that sets something beside the main claim.
var comparisons = set(`unlike like as with despite during after before following besides`)

func firstWords(s string, n int) string {
	f := strings.Fields(s)
	return strings.Join(f[:min(n, len(f))], " ")
}

// acronymRe finds "Long Name (LN)".
var acronymRe = regexp.MustCompile(`((?:[A-Z][\w’'.-]*|of|for|and|the|on|in|de|des|du|la|le|el|y)(?: (?:[A-Z][\w’'.-]*|of|for|and|the|on|in|de|des|du|la|le|el|y)){1,9}) \(([A-Z][A-Za-z]{1,9})\)`)

// acronym asks what an abbreviation defined in the sentence stands for.
func (g *sectionGen) acronym(s *sentence) *candidate {
	m := acronymRe.FindStringSubmatchIndex(s.text)
	if m == nil {
		return nil
	}
	long, abbr := s.text[m[2]:m[3]], s.text[m[4]:m[5]]
	// Leading small words and a leading "the" are not part of the name.
	for {
		f := strings.Fields(long)
		if len(f) > 1 && !isCapitalized(f[0]) || len(f) > 1 && f[0] == "The" {
			long = strings.Join(f[1:], " ")
			continue
		}
		break
	}
	if !strings.HasPrefix(strings.ToUpper(long), abbr[:1]) || wordCount(long) < 2 || containsWord(g.heading, abbr) {
		return nil
	}
	if g.lx.asked["abbr:"+abbr] {
		return nil // asked in an earlier section
	}
	q := &questions.Question{ID: g.id("abbr", abbr), Type: questions.Text,
		Prompt:  fmt.Sprintf("What does the abbreviation %s stand for?", abbr),
		Answer:  long,
		Explain: fmt.Sprintf("%s spells it out: %s (%s).", capitalize(g.where()), long, abbr), Source: s.text}
	return &candidate{q: q, sents: []int{s.index}, score: 2.8, answer: strings.ToLower(long), visible: strings.ToLower(q.Prompt), abbr: abbr}
}

// list asks which items a list in the sentence holds.
func (g *sectionGen) list(s *sentence) *candidate {
	items := g.lx.listIn(s)
	if items == nil {
		return nil
	}
	first := strings.Index(s.text, items[0])
	lastItem := items[len(items)-1]
	last := strings.LastIndex(s.text, lastItem)
	if first < s.stemOff || last < first {
		return nil
	}
	// "the necessity of clear ___": a modifier before the blank would have
	// to fit every option, and other lists' items seldom fit it.
	if f := strings.Fields(strings.ToLower(s.text[:first])); len(f) == 0 || !listVerbs[f[len(f)-1]] {
		return nil
	}
	var ds []string
	seen := map[string]bool{}
	for _, it := range items {
		seen[strings.ToLower(it)] = true
	}
	for _, l := range g.lx.lists {
		for _, it := range l {
			k := strings.ToLower(it)
			if seen[k] || containsWord(g.secLower, k) || isCapitalized(it) != isCapitalized(items[1]) {
				continue
			}
			seen[k] = true
			ds = append(ds, it)
		}
	}
	sort.Slice(ds, func(i, j int) bool { return hash(ds[i]) < hash(ds[j]) })
	if len(ds) < 2 {
		return nil
	}
	ds = ds[:min(3, len(ds))]
	stem := s.stem(first, last+len(lastItem), Blank)
	choices := append([]string(nil), items...)
	choices = append(choices, ds...)
	sort.Slice(choices, func(i, j int) bool { return hash(choices[i]+s.text) < hash(choices[j]+s.text) })
	q := &questions.Question{ID: g.id("list", items[0]), Type: questions.Multi,
		Prompt:  fmt.Sprintf("Which of these complete the sentence? (Select all that apply.)\n“%s”", stem),
		Choices: choices, Answers: items,
		Explain: fmt.Sprintf("%s lists %s; the other choices are from elsewhere in the article.", capitalize(g.where()), joinAnd(items)),
		Source:  s.text}
	return &candidate{q: q, sents: []int{s.index}, score: 2.4, answer: strings.ToLower(items[0]), visible: strings.ToLower(stem)}
}

// listVerbs, prepositions and determiners introduce a list directly: "include A, B and C", "of A, B or C".
var listVerbs = set(`include includes included including are were is was involve involves involved of in on for to with from by about as at into among between like such the a an`)

func joinAnd(items []string) string {
	if len(items) == 1 {
		return items[0]
	}
	return strings.Join(items[:len(items)-1], ", ") + " and " + items[len(items)-1]
}

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
		if !containsWord(g.lx.lower, strings.ToLower(strings.TrimPrefix(strings.TrimPrefix(d, "an "), "a "))) {
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
	key := fmt.Sprintf("%d|%s|%d|%v|%s|%s", t.kind, t.key(), n, strict, t.article, prep)
	if ds, ok := g.cache[key]; ok {
		return append([]string(nil), ds...)
	}
	ds := g.findDistractors(t, n, strict, prep)
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

func (g *sectionGen) findDistractors(t term, n int, strict bool, prep string) []string {
	type scored struct {
		text  string
		score float64
	}
	var cands []scored
	ctx := g.lx.neighbours[t.key()]
	examined := 0
	for _, d := range g.lx.pool[t.kind] {
		k := strings.ToLower(d)
		if k == t.key() || indexWord(k, t.key()) >= 0 || indexWord(t.key(), k) >= 0 {
			continue
		}
		dw := wordCount(d)
		switch t.kind {
		case KindTerm:
			if dw != t.words || plural(lastField(d)) != t.plural {
				continue
			}
		case KindYear, KindNumber:
		case KindPlace:
			if prep != "" && indexWord(g.lx.lower, prep+" "+k) < 0 {
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
			if indexWord(g.lx.lower, k+" "+prep) < 0 && indexWord(g.lx.lower, k+" "+prep+"s") < 0 {
				continue
			}
		case KindAcronym:
			// An abbreviation the article spells out is a body or a
			// document; one it never spells out ("USSR") may be a country.
			if strings.Contains(g.lx.lower, "("+t.key()+")") != strings.Contains(g.lx.lower, "("+k+")") {
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
		if indexWord(g.secLower, k) >= 0 {
			continue // true in this section, or at least said there
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
		for _, off := range []int{-3, 2, 5, -6, 7} {
			var y int
			fmt.Sscanf(t.text, "%d", &y)
			d := fmt.Sprint(y + off)
			if !containsWord(g.secLower, d) {
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
	var out []string
	seen := map[string]bool{}
	for _, c := range cands {
		if len(out) == n {
			break
		}
		if k := strings.ToLower(c.text); !seen[k] {
			seen[k] = true
			out = append(out, c.text)
		}
	}
	return out
}

func lastField(s string) string {
	f := strings.Fields(s)
	return f[len(f)-1]
}

// maxExamined bounds the distractors scored for one answer: the pools are
// ordered by frequency, so in a book the rare tail is never scored.
const maxExamined = 120

// closeness is how far apart two numbers are, for ranking numeric
// distractors: near ones are harder.
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

// order asks to put the section's dated events in order, when it dates
// three or more events to different years.
func (g *sectionGen) order() *candidate {
	type event struct {
		year, text string
		sent       int
	}
	var evs []event
	years := map[string]bool{}
	for _, s := range g.sents {
		var ys []term
		for _, t := range g.lx.terms(s) {
			if t.kind == KindYear {
				ys = append(ys, t)
			}
		}
		if len(ys) != 1 || years[ys[0].text] || !s.usable {
			continue
		}
		y := ys[0]
		text := eventText(s, y)
		if text == "" {
			continue
		}
		years[y.text] = true
		evs = append(evs, event{y.text, text, s.index})
	}
	if len(evs) < 3 {
		return nil
	}
	if len(evs) > 5 {
		evs = evs[:5]
	}
	sorted := append([]event(nil), evs...)
	sort.SliceStable(sorted, func(i, j int) bool { return sorted[i].year < sorted[j].year })
	var items, dated []string
	var sents []int
	for _, e := range sorted {
		items = append(items, e.text)
		dated = append(dated, fmt.Sprintf("%s (%s)", e.text, e.year))
	}
	for _, e := range evs {
		sents = append(sents, e.sent)
	}
	first, last := g.sents[evs[0].sent], g.sents[evs[len(evs)-1].sent]
	source := g.secText[first.offset : last.offset+len(last.text)]
	if len(source) > 2000 {
		return nil
	}
	q := &questions.Question{ID: g.id("order", g.sec.Heading), Type: questions.Order,
		Prompt: "Put these events in the order in which they happened, earliest first.", Items: items,
		Explain: fmt.Sprintf("%s dates them: %s.", capitalize(g.where()), strings.Join(dated, "; ")), Source: source}
	return &candidate{q: q, sents: sents, score: 5.5}
}

// eventText is a sentence with its date taken out, as a short event:
// "In 1947, Allied advisors dictated a new constitution to Japan's leaders"
// gives "Allied advisors dictated a new constitution to Japan's leaders". A
// long event is cut at a clause boundary; one that stays long, or that
// leaves a date behind, is no event.
func eventText(s *sentence, y term) string {
	if y.start < s.stemOff {
		return ""
	}
	t := s.text[s.stemOff:]
	a, b := y.start-s.stemOff, y.end-s.stemOff
	loc := datePhrase(t, a, b)
	if loc == nil {
		return ""
	}
	out := strings.TrimSpace(t[:loc[0]]) + " " + strings.TrimSpace(t[loc[1]:])
	out = strings.TrimSpace(out)
	out = strings.TrimLeft(out, ", ")
	out = strings.TrimSuffix(out, ".")
	out = strings.ReplaceAll(out, " ,", ",")
	out = strings.TrimSpace(strings.TrimSuffix(out, ","))
	if wordCount(out) > 16 {
		out = cutClause(out, 6)
	}
	if n := wordCount(out); n > 16 || n < 4 || strings.ContainsAny(out, "0123456789") || strings.Contains(out, ";") {
		return ""
	}
	// An event must say what happened, not when or where it leans on.
	f := strings.Fields(strings.ToLower(out))
	switch f[0] {
	case "in", "on", "before", "during", "by", "at", "as", "from", "until", "since":
		return ""
	}
	for _, w := range f {
		switch strings.Trim(w, ",.") {
		case "they", "it", "he", "she", "this", "that", "later", "earlier", "then":
			return ""
		}
	}
	return capitalize(out)
}

var monthNames = `(?:January|February|March|April|May|June|July|August|September|October|November|December)`

// dateRe matches a date phrase around a year: "in 1947", "In August 1945,",
// "on June 14, 1946", "by late 1946", "of 1948", "(1949)".
var dateRe = regexp.MustCompile(`(?i)(?:\b(?:in|on|by|since|during|of|from)\s+)?(?:(?:early|late|mid-)\s*)?(?:` + monthNames + `\s+(?:\d{1,2},\s*)?(?:of\s+)?)?$`)

// datePhrase returns the byte range of the date phrase around the year at
// [a, b) in t, with the comma after it when the phrase opens the sentence.
func datePhrase(t string, a, b int) []int {
	m := dateRe.FindStringIndex(t[:a])
	start := a
	if m != nil {
		start = m[0]
	}
	end := b
	if strings.TrimSpace(t[:start]) == "" && strings.HasPrefix(t[end:], ",") {
		end++
	}
	if start > 0 && strings.HasSuffix(t[:start], "(") && strings.HasPrefix(t[end:], ")") {
		start--
		end++
	}
	return []int{start, end}
}

// cutClause shortens an event at the first clause boundary after min words.
func cutClause(s string, min int) string {
	words := strings.Fields(s)
	for i := min; i < len(words); i++ {
		w := words[i]
		if strings.HasSuffix(words[i-1], ",") || strings.HasSuffix(words[i-1], ";") || w == "which" || w == "who" || w == "and" || w == "but" {
			return strings.TrimRight(strings.Join(words[:i], " "), ",;")
		}
	}
	return s
}
