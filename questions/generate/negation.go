package generate

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/quiz-cli/quiz/questions"
)

// A sentence that denies something ("Re-slicing a slice doesn't make a
// copy of the underlying array") gives a false statement by saying the
// opposite ("Re-slicing a slice makes a copy …"): the article itself
// says it is false, and a learner who holds the misconception it
// corrects answers wrongly. Nothing is inserted: the article's own "not"
// is taken out, and only where that plainly reverses the main claim.

// negatedAux maps an auxiliary with its negation to what the statement
// says instead. "do", "does" and "did" go, and the verb after them takes
// their person and tense. "may not", "might not" and "could not" are
// left out: "may" is not the opposite of "may not".
var negatedAux = map[string]string{
	"is": "is", "isn't": "is", "are": "are", "aren't": "are", "was": "was", "wasn't": "was", "were": "were", "weren't": "were",
	"has": "has", "hasn't": "has", "have": "have", "haven't": "have", "had": "had", "hadn't": "had",
	"can": "can", "cannot": "can", "can't": "can", "will": "will", "won't": "will", "would": "would", "wouldn't": "would",
	"should": "should", "shouldn't": "should", "must": "must", "mustn't": "must",
	"do": "", "don't": "", "does": "", "doesn't": "", "did": "", "didn't": "",
}

// keepNegation are words after "not" that make the denial a matter of
// degree or scope: "not always", "not all", "not only … but": the
// statement without "not" is not its opposite, or so sweeping ("is
// evenly spread across tasks") that a non-reader calls it false.
var keepNegation = set(`always all every only just merely simply necessarily quite very much entirely fully completely
even yet until to many most so too enough exactly sure certain clear evenly equally uniformly universally perfectly
totally wholly`)

// clauseOpeners open a clause inside the sentence: a denial after one is
// not the sentence's main claim ("If you do not …").
var clauseOpeners = set(`if when whenever unless because since although though while whereas whether that which who whom
whose where as once until before after so than`)

// otherNegatives make a second denial of the sentence ("not" itself is
// counted as the denial is found), or a contrast with it.
var otherNegatives = set(`no never nor neither none nothing nobody nowhere without hardly rarely seldom instead rather but`)

// denialScopes open a clause that a denial before them may be about.
var denialScopes = set(`because since as if unless until though although while so for when whether once`)

// negativeOnly are words that need a denial before them.
var negativeOnly = set(`any anything anyone anybody anywhere ever either yet`)

// specificDenial reports whether a sentence names, counts or uses a word
// of its field: a figure, a name after its first word, an identifier
// the article writes as code, or a word everyday English lacks.
func (g *sectionGen) specificDenial(s *sentence) bool {
	for i, t := range s.tokens {
		if strings.ContainsAny(t.text, "0123456789") || i > s.first && isCapitalized(t.text) || g.lx.code[t.text] > 0 || g.lx.fieldWord(t.lower) {
			return true
		}
	}
	return false
}

// doForms are the auxiliary "do" and its denials.
var doForms = set(`do does did don't doesn't didn't`)

// consequenceRe finds a clause that says what the text before it brings
// about: ", which prevents", ", which means", ", and they wilt", "and
// must come from the diet" (after "cannot be made").
var consequenceRe = regexp.MustCompile(`(?:, (?:which (?:prevents|stops|avoids|saves|spares|means|keeps|protects|allows|lets|helps|makes)|and (?:so |thus |therefore )?(?:they|it|he|she|this)|so (?:they|it|he|she|this))| and (?:so |thus |therefore )?(?:must|has to|have to|needs to|need to))\b`)

// negationFlip makes a false statement of a sentence that denies
// something, or returns nil.
func (g *sectionGen) negationFlip(s *sentence) *candidate {
	if !g.allowed(questions.TrueFalse) || g.imperative(s) || aboutReader(s) {
		return nil
	}
	toks := s.tokens
	neg := -1
	for i := s.first; i < len(toks); i++ {
		w := toks[i].lower
		if w == "not" || w == "cannot" || strings.HasSuffix(w, "n't") {
			if neg >= 0 {
				return nil // two denials
			}
			neg = i
		}
	}
	// The subject comes first: a word or more before the auxiliary.
	if neg < s.first+1 {
		return nil
	}
	// "Mocks Aren't Stubs", "Please Do Not Throw …": a title's or a
	// mnemonic's words, quoted, not the sentence's claim.
	if isCapitalized(toks[neg].text) || strings.Count(s.text[:toks[neg].start], `"`)%2 == 1 ||
		strings.Count(s.text[:toks[neg].start], "“") > strings.Count(s.text[:toks[neg].start], "”") {
		return nil
	}
	// "Dew should not be confused with guttation": without the "not",
	// plainly no claim anyone makes.
	if neg+2 < len(toks) && (toks[neg+2].lower == "confused" || toks[neg+2].lower == "mistaken") ||
		neg+1 < len(toks) && (toks[neg+1].lower == "confused" || toks[neg+1].lower == "mistaken") {
		return nil
	}
	aux, auxEnd := toks[neg].lower, neg+1
	if aux == "not" {
		aux = toks[neg-1].lower
	}
	repl, ok := negatedAux[aux]
	if !ok {
		return nil
	}
	auxAt := neg
	if toks[neg].lower == "not" {
		auxAt = neg - 1
	}
	if auxAt <= s.first {
		return nil // "Don't …", "Do not …": advice, not a claim
	}
	subj := toks[s.first:auxAt]
	// "The money does not grow …": a bare "the" and a noun names what
	// an earlier sentence introduced.
	if len(subj) == 2 && subj[0].lower == "the" {
		return nil
	}
	for _, t := range subj {
		if clauseOpeners[t.lower] || function[t.lower] && len(subj) == 1 {
			return nil // "it is not", "If you do not …"
		}
	}
	// No clause break before the denial: "…, not destruction", "; it is not".
	if strings.ContainsAny(s.text[s.stemOff:toks[auxAt].start], ",;:()") {
		return nil
	}
	// "Primary response stops the fall but does not bring frequency
	// back": said the other way round, "but" joins two things that no
	// longer contrast, and the statement shows it was changed.
	if auxAt > s.first && toks[auxAt-1].lower == "but" {
		return nil
	}
	// "Many people do not realise how much …": said the other way
	// round, it claims what people know, which the article does not say
	// either.
	if auxEnd < len(toks) && mentalVerbs[toks[auxEnd].lower] {
		return nil
	}
	if auxEnd >= len(toks) || keepNegation[toks[auxEnd].lower] {
		return nil
	}
	// "does not really suck dirt": after "do", the word after the denial
	// is an adverb, not the verb to conjugate ("reallies suck").
	if w := toks[auxEnd].lower; doForms[aux] && (cardAdverbs[w] || strings.HasSuffix(w, "ly") && !lyNouns[w]) {
		return nil
	}
	// "A good reunion does not need to be lavish": outside technical
	// prose, a denial in words everyone uses, of no name, figure or word
	// of a field, said the other way round is a claim anyone rejects
	// (blind raters accepted 18 of 96 verdicts on such statements, 15 of
	// 48 on others).
	if len(g.lx.code) < technicalCode && !g.specificDenial(s) {
		return nil
	}
	// "… does not cause it to close, which prevents it from wasting
	// energy": the clause says what the denial brings about, and
	// contradicts the statement said the other way round.
	if consequenceRe.MatchString(s.text[toks[auxEnd].start:]) {
		return nil
	}
	// The claim ends at a semicolon: what follows often says the
	// opposite of the false statement in other words.
	end := len(s.text)
	if k := strings.IndexAny(s.text[toks[auxEnd].start:], ";:"); k >= 0 {
		end = toks[auxEnd].start + k
	}
	// "does not copy the data at all": only a denial takes "at all".
	if strings.Contains(strings.ToLower(s.text[toks[auxEnd].start:end]), " at all") {
		return nil
	}
	for i := auxEnd; i < len(toks) && toks[i].start < end; i++ {
		if otherNegatives[toks[i].lower] {
			return nil // "not X but Y", "not … nor …"
		}
		// "Hitler was not indicted because he had committed suicide":
		// the denial is of the reason, and its opposite is nonsense.
		if denialScopes[toks[i].lower] {
			return nil
		}
		// "does not want to do anything": a word that only a denial
		// takes, which the statement would keep.
		if negativeOnly[toks[i].lower] {
			return nil
		}
	}
	// do, does, did: the verb after them takes their place.
	verbFrom, verbTo := toks[auxAt].start, toks[auxEnd-1].end
	if repl == "" {
		v := toks[auxEnd]
		form := ""
		switch strings.TrimSuffix(aux, "n't") {
		case "do":
			form = v.lower
		case "does":
			form = thirdPerson(v.lower)
		case "did":
			form = pastOf(v.lower)
		}
		if form == "" || !(verbs[v.lower] || cardVerbs[v.lower] || g.lx.verbish[v.lower]) {
			return nil
		}
		repl, verbTo = form, v.end
	}
	// "Kennedy did not reveal what he knew": too little said of what is
	// denied to be a claim a reader can weigh.
	rest := auxEnd
	if negatedAux[aux] == "" {
		rest++ // the verb after "do", "does" or "did"
	}
	// "did not intervene; the Wall …": nothing is denied after the verb
	// before the claim ends.
	if rest >= len(toks) || toks[rest].start >= end {
		return nil
	}
	denied := s.text[toks[rest].start:end]
	if k := strings.Index(denied, ","); k >= 0 {
		denied = denied[:k] // "was not there himself, and …": what is denied ends at the comma
	}
	if wordCount(denied) < 3 || len(contentWords(tokenize(denied))) == 0 {
		return nil
	}
	stem := s.stem(verbFrom, verbTo, repl)
	if cut := len(stem) - (len(s.text) - end); end < len(s.text) && cut > 0 {
		stem = strings.TrimRight(stem[:cut], " ") + "."
	}
	q := &questions.Question{ID: g.id("false", s.text[toks[s.first].start:toks[auxAt].start]), Type: questions.TrueFalse,
		Prompt: stem, Answer: "false",
		Explain: fmt.Sprintf("False: %s says “%s”", g.where(), withStop(s.text)), Source: s.quote}
	return g.asWritten(s, &candidate{q: q, sents: []int{s.index}, visible: strings.ToLower(stem)})
}

// thirdPerson gives the form a verb takes after a singular subject.
func thirdPerson(v string) string {
	switch v {
	case "have":
		return "has"
	case "be":
		return ""
	case "do", "go":
		return v + "es"
	}
	switch {
	case strings.HasSuffix(v, "s") || strings.HasSuffix(v, "x") || strings.HasSuffix(v, "z") ||
		strings.HasSuffix(v, "ch") || strings.HasSuffix(v, "sh"):
		return v + "es"
	case len(v) > 2 && strings.HasSuffix(v, "y") && !strings.ContainsRune("aeiou", rune(v[len(v)-2])):
		return v[:len(v)-1] + "ies"
	}
	return v + "s"
}

// pastOf gives a verb's past tense, or "" when the spelling is in doubt
// (a short verb that may double its last letter: "stop", "plan").
func pastOf(v string) string {
	switch v {
	case "have":
		return "had"
	case "do":
		return "did"
	case "be":
		return ""
	}
	for past, base := range irregularPast {
		if base == v {
			return past
		}
	}
	// "did not spread": "spread", not "spreaded".
	if bareVerbs[v] || v == "put" || v == "set" || v == "let" || v == "read" {
		return v
	}
	vowel := func(b byte) bool { return strings.IndexByte("aeiou", b) >= 0 }
	n := len(v)
	switch {
	case n < 3:
		return ""
	case strings.HasSuffix(v, "e"):
		return v + "d"
	case strings.HasSuffix(v, "y") && !vowel(v[n-2]):
		return v[:n-1] + "ied"
	case !vowel(v[n-1]) && vowel(v[n-2]) && !vowel(v[n-3]) && !strings.ContainsRune("wxy", rune(v[n-1])):
		return "" // consonant, vowel, consonant: "stopped" but "visited"
	}
	return v + "ed"
}

// withStop ends a sentence quoted whole with its stop.
func withStop(text string) string {
	text = strings.TrimSpace(text)
	if !strings.HasSuffix(text, ".") && !strings.HasSuffix(text, "!") && !strings.HasSuffix(text, "?") {
		text += "."
	}
	return text
}

// mentalVerbs say what someone knows or thinks.
var mentalVerbs = set(`realise realize know notice understand think believe expect remember recognise recognize see`)

// bareVerbs are verbs whose past is their present: not in the word
// lists, where "cut flowers" is a noun phrase.
var bareVerbs = set(`cut spread split hit shut cost burst cast`)
