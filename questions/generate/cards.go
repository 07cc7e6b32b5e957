package generate

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/quiz-cli/quiz/questions"
)

// Flashcards ask about a claim of the section in a question of its own,
// with the sentence that answers it on the back. Prose that names no date,
// number or person still states what things do, what they are, why and
// how: "Many missions lack sufficient funds, personnel, and logistical
// support" is asked as "What do many missions lack?". The learner says
// how well they recalled it, so a card need not match one exact wording,
// but its front must ask one precise thing that only its sentence answers.

// cardPrompt ends a card's question with where its answer is.
func (g *sectionGen) cardPrompt(question string) string {
	return fmt.Sprintf("%s, according to %s?", question, g.where())
}

// card makes a flashcard candidate: front, back and the phrase that
// answers it (which no other question of the bank may show).
func (g *sectionGen) card(s *sentence, idPart, front, answer string, score float64) *candidate {
	back := s.text // as written: "In addition, copy can …" keeps its case
	q := &questions.Question{ID: g.id("card", idPart), Type: questions.Card, Prompt: front, Answer: back,
		Explain: fmt.Sprintf("%s says: “%s”", capitalize(g.where()), back), Source: s.quote}
	return &candidate{q: q, sents: []int{s.index}, score: score, answer: strings.ToLower(answer), visible: strings.ToLower(front)}
}

// subjectlessEndings end adjectives and seldom nouns: "bacteriological",
// "dangerous", "effective".
var subjectlessEndings = []string{"ical", "ous", "ive", "ful", "less", "able", "ible"}

// claimCard asks for the object of a sentence's main verb: "Many missions
// lack sufficient funds, personnel, and logistical support" gives "What do
// many missions lack, according to …?".
func (g *sectionGen) claimCard(s *sentence) *candidate {
	if g.imperative(s) {
		return nil
	}
	c := g.parseClause(s)
	if c == nil {
		return nil
	}
	toks := s.tokens
	subject, base, next := c.subject, c.base, c.next
	// "Others have blamed a small black hole …": others than whom? "Many
	// rivals followed …": rivals of what?
	if f := strings.Fields(strings.ToLower(subject)); len(f) == 1 && (f[0] == "others" || quantifiers[f[0]]) ||
		len(f) == 2 && quantifiers[f[0]] && kinNouns[f[1]] {
		return nil
	}
	bare := strings.TrimPrefix(base, "not ")
	vbare, _ := g.verbBase(bare, false)
	if c.aux == "be" || strings.HasSuffix(" "+bare, " be") || lightVerbs[bare] {
		return nil // "is", "can usually be", "play a role": what they say is not a question of "what"
	}
	// "Landholders submitted returns describing …" read as "landholders
	// submitted" returning: a bare noun and a past tense is a clause,
	// no subject ("the amount produced" is one).
	if f := strings.Fields(strings.ToLower(subject)); len(f) == 2 && !determiners[f[0]] && g.pastByStem(f[1]) {
		return nil
	}
	// "Each July a festival in the village brings together …": a time
	// the sentence opens on is no part of the subject.
	if f := strings.Fields(strings.ToLower(subject)); len(f) > 2 && (f[0] == "each" || f[0] == "every" || f[0] == "last" || f[0] == "next") && timeNouns[f[1]] {
		return nil
	}
	// "Large foreign ships could not reach …" with "reach" unknown: a
	// negation is no verb; "Soon afterwards the Leonids were linked":
	// an adverb is no subject.
	if base == "not" || timeAdverbs[c.head] {
		return nil
	}
	// "Bacteriological tests confirmed …" read as "bacteriological"
	// testing: an adjective alone is no subject.
	if f := strings.Fields(subject); len(f) == 1 && hasSuffix(strings.ToLower(f[0]), subjectlessEndings) {
		return nil
	}
	// "… file instead.": instead of what? The front asks for one thing
	// of two, the other unseen.
	if n := len(s.tokens); n > 0 && s.tokens[n-1].lower == "instead" {
		return nil
	}
	// "In code compiled with frame pointers, each stack frame stores …":
	// the case the claim holds in, dropped, leaves the front vague.
	if c.first > s.first && c.first-s.first >= 4 && !(s.usable && keepFronted[s.tokens[s.first].lower]) {
		return nil
	}
	// "Truman asked Congress to support the Greek Government": what did
	// he ask Congress to do? A person and an infinitive, or nothing.
	toDo := ""
	if objectVerbs[bare] || objectVerbs[vbare] {
		j := next
		for j < len(toks)-2 && j < next+4 && toks[j].lower != "to" {
			j++
		}
		// "tells its neighbours its distances to all destinations": "to"
		// before a noun phrase is no infinitive.
		if j == next || j >= len(toks)-2 || toks[j].lower != "to" || toks[j+1].lower == "be" || function[toks[j+1].lower] ||
			!(verbs[toks[j+1].lower] || cardVerbs[toks[j+1].lower] || g.lx.verbish[toks[j+1].lower]) ||
			strings.ContainsAny(s.text[toks[next].start:toks[j].start], ",;") {
			return nil
		}
		toDo = " " + strings.TrimSpace(s.text[toks[next].start:toks[j].start]) + " to do"
		next = j + 1
	}
	switch c.pointer {
	case "this":
		// "This examination sheds light on …" in an article's opening
		// section, "This article …" anywhere: the article itself.
		if docNouns[c.head] && wordCount(subject) == 2 && (g.first || c.head == "article" || c.head == "guide" || c.head == "post") {
			subject = "the article"
		} else if subject = g.resolve(s, subject, c.head); subject == "" {
			return nil
		}
	case "these", "such":
		if subject = g.resolve(s, subject, c.head); subject == "" {
			return nil
		}
	case "name":
		subject = "the" + subject[strings.Index(subject, " "):]
	}
	if subject != "the article" && !g.explicitSubject(subject, c.aux != "do") {
		return nil
	}
	// "focus on", "lead to": the preposition belongs to the verb.
	vb, _ := g.verbBase(base, false)
	if (vb == "shed" || base == "shed") && next+2 < len(toks) && toks[next].lower == "light" && toks[next+1].lower == "on" {
		base += " light on"
		next += 2
	}
	if next+1 < len(toks) && (phrasal[base+" "+toks[next].lower] || phrasal[vb+" "+toks[next].lower]) {
		base += " " + toks[next].lower
		next++
	}
	// "helps maintain peace": what it helps to do.
	if (vb == "help" || base == "help") && next+1 < len(toks) && (verbs[toks[next].lower] || g.lx.verbish[toks[next].lower]) &&
		!g.lx.nounish[toks[next].lower] {
		base += " " + toks[next].lower
		next++
	}
	// "Parliament tried to impose order": what one tried, when the
	// sentence does not say what it was for, has many answers.
	if attempts[vb] || attempts[base] {
		return nil
	}
	// "aim to build local capacities": what they aim to do.
	if aims[vb] || aims[base] {
		if next+2 < len(toks) && toks[next].lower == "to" && (verbs[toks[next+1].lower] || g.lx.verbish[toks[next+1].lower]) {
			base += " to do"
		} else {
			return nil
		}
		next++
	}
	// "Paying attention also means staying close": one meaning, or one
	// part, of several.
	if strings.EqualFold(c.adverb, "also") && (describingVerbs[vb] || describingVerbs[strings.Fields(base)[0]]) {
		return nil
	}
	// A verb that says what a thing holds or is made of asks for the
	// thing itself ("What does a slice consist of?").
	if toDo == "" && !describingVerbs[vb] && !describingVerbs[strings.Fields(base)[0]] && g.missesThePoint(s, c, next, base, vb) {
		return nil
	}
	// The object: a noun phrase or a clause of two words or more, not a
	// preposition, an infinitive or another verb.
	obj := toks[next].lower
	if toDo == "" && (function[obj] && !objectStarts[obj] && obj != "that" || verbs[obj] && !strings.HasSuffix(obj, "ing") || prepositionLike[obj] ||
		strings.HasSuffix(obj, "ly") && !lyNouns[obj] || s.text[toks[next-1].end:toks[next].start] != " ") {
		return nil
	}
	// "Snyder struck Reed with the butt of his whip": whom, not what; a
	// name is asked as a blank.
	if toDo == "" && isCapitalized(toks[next].text) && !isAcronym(toks[next].text) && g.lx.proper[toks[next].lower] > 0 {
		return nil
	}
	// "The Vega continued east alone, past …": where it went, no object
	// ("What did the Vega continue?").
	if motionDirections[obj] {
		return nil
	}
	// "takes place", "began life as an HTTP request": the noun is half
	// of an idiom, no object ("What does a connection begin?").
	if toDo == "" && (idiomObjects[obj] || obj == "life" && next+1 < len(toks) && toks[next+1].lower == "as") {
		return nil
	}
	object := strings.TrimSuffix(s.text[toks[next].start:], ".")
	// "A hazard map published weeks earlier had shown …": the verb came
	// later, and "published" described the map.
	if m := participleVerbRe.FindStringSubmatch(object); m != nil && !clauseOpeners[m[1]] {
		return nil
	}
	if wordCount(object) < 2 || intransitive[base] {
		return nil // "What did Shackleton go?": "went south" has no object
	}
	// "A modern stove can manage 70 to 80 per cent or more": a share of
	// what the sentence before says.
	if f := strings.Fields(strings.ToLower(firstWords(object, 6))); toDo == "" && len(f) >= 2 && numberRe.MatchString(f[0]) &&
		(strings.Contains(object, "per cent") || strings.Contains(object, "percent") || strings.Contains(object, "%")) {
		return nil
	}
	// "Rainfall shifts thousands of kilometres across the ocean": a
	// distance is how far, not what.
	if f := strings.Fields(strings.ToLower(firstWords(object, 4))); len(f) >= 2 && (bigCounts[f[0]] || numberRe.MatchString(f[0]) || spelledValue(f[0]) > 0) &&
		slices.ContainsFunc(f[1:], func(w string) bool { return distanceUnits[strings.Trim(w, ",.")] }) {
		return nil
	}
	// "pulled the economy out of depression": the object and where it went
	// make one answer; "What did wartime production pull?" asks half.
	if f := strings.Fields(strings.ToLower(firstWords(object, 5))); toDo == "" && len(f) >= 3 {
		for i := 1; i < len(f)-1; i++ {
			if f[i] == "out" && f[i+1] == "of" {
				return nil
			}
		}
	}
	// "What did Truman justify?" — "his request on two grounds": a short
	// object that points back to the subject says nothing.
	if p := toks[next].lower; (p == "his" || p == "her" || p == "its" || p == "their") && wordCount(object) <= 5 {
		return nil
	}
	// "Appius Claudius desired her and arranged …": the object is someone
	// the sentence before named.
	// ("Dowman bought her, restored her name …": a comma after "her"
	// makes it the object.)
	if p := toks[next].lower; p == "him" || p == "them" || p == "her" && next+1 < len(toks) &&
		(!g.lx.nounish[toks[next+1].lower] && !isContent(toks[next+1].lower) || strings.Contains(s.text[toks[next].end:toks[next+1].start], ",")) {
		return nil
	}
	// "Deficiencies of the early classical components, C1q, …" read
	// with "classical" for the verb: an adjective asks nothing.
	if strings.TrimSpace(base) == "" || hasSuffix(base, qualitySuffixes) && !verbs[base] && !g.lx.verbish[base] {
		return nil
	}
	subject = g.midSentence(subject)
	if !strings.Contains(subject, " ") && g.lx.code[subject] > 0 {
		subject = "“" + subject + "”" // "What can “copy” handle?": a name, not a verb
	}
	q := "What " + c.aux + " " + subject
	if c.adverb != "" && !strings.EqualFold(c.adverb, "also") {
		q += " " + strings.ToLower(c.adverb)
	}
	q += " " + base + toDo
	// "For SARS-CoV-2, most developers chose …": an opening phrase that
	// names what the claim is about must stay, or the card is vague.
	if c.first > s.first && !(s.usable && keepFronted[toks[s.first].lower]) &&
		slices.ContainsFunc(toks[s.first:c.first], func(t token) bool {
			return isCapitalized(t.text) && t.start > toks[s.first].start || numberRe.MatchString(t.text)
		}) {
		return nil
	}
	// "In Latin America, peacekeeping efforts often focus on …": the
	// opening phrase says where or when, and the question keeps it.
	if c.first > s.first && s.usable && keepFronted[toks[s.first].lower] {
		if f := strings.TrimRight(s.text[toks[s.first].start:toks[c.first].start], ", "); wordCount(f) <= 6 {
			q += " " + strings.ToLower(f[:1]) + f[1:]
		}
	}
	return g.card(s, firstWords(subject, 4)+" "+base, g.cardPrompt(q), firstWords(object, 4), 1.6)
}

// missesThePoint reports whether a card on what a verb of doing takes
// would ask for the least of its sentence.
//
// "What did Pope Innocent XI back?" (the alliance, with money),
// "What did the Ottomans concentrate?" (their attack, on the western
// side), "What did Jenner publish?" (his findings, in 1798): a short
// object that names again what the text before named leaves the
// point of the sentence (where, when, with what) out of the question,
// and blind raters of new articles rejected such cards. So they did
// cards on what a sentence adds ("Git can also create …") and on one
// of two things done ("imposed a trade embargo and broke off
// relations").
func (g *sectionGen) missesThePoint(s *sentence, c *clause, next int, base, vb string) bool {
	toks := s.tokens
	for k := c.first; k < next; k++ {
		if toks[k].lower == "also" {
			return true
		}
	}
	// "Mertz grew sick": what he became, not what he grew.
	if becoming[vb] || becoming[strings.Fields(base)[0]] {
		if !objectStarts[toks[next].lower] || function[toks[next].lower] && !determiners[toks[next].lower] {
			return true
		}
	}
	// "render pages in a headless browser": one bare word, and then
	// how.
	if next+1 < len(toks) && !objectStarts[toks[next].lower] && plural(toks[next].lower) && adjunctPrepositions[toks[next+1].lower] && next+3 < len(toks) {
		return true
	}
	// "What do some queries deserve?" under "Freshness": fresh
	// results, which the heading gives.
	if g.echoesHeading(tokenize(firstWords(strings.TrimSuffix(s.text[toks[next].start:], "."), 3)), false) {
		return true
	}
	// "most of its material in the flanges": a share of it.
	first := next
	if next+2 < len(toks) && shareWords[toks[next].lower] && toks[next+1].lower == "of" && definiteStarts[toks[next+2].lower] {
		first = next + 2
	}
	if definiteStarts[toks[first].lower] {
		for k := first + 1; k <= first+4; k++ {
			// "drew its water from the Thames": from where is the point.
			if k == len(toks) || k <= first+3 && (adjunctPrepositions[toks[k].lower] || toks[k].lower == "from") {
				return true
			}
		}
	}
	for k := next + 1; k+1 < len(toks); k++ {
		// ("and broke off relations": a past that takes no -ed too.)
		if toks[k].lower == "and" && (presentOrPast(toks[k+1].lower) && verbs[toks[k+1].lower] || irregularPast[toks[k+1].lower] != "" || pastForms[toks[k+1].lower]) {
			return true
		}
	}
	// "awarded the three astronauts the Presidential Medal": the first of
	// two objects.
	if definiteStarts[toks[next].lower] || toks[next].lower == "a" || toks[next].lower == "an" {
		for k := next + 2; k < len(toks) && k <= next+4; k++ {
			if (toks[k].lower == "the" || toks[k].lower == "a" || toks[k].lower == "an") && s.text[toks[k-1].end:toks[k].start] == " " && !function[toks[k-1].lower] {
				return true
			}
		}
	}
	// "sets an upper limit, the Carnot COP, …": a short object that
	// the words after a comma say what it is.
	for k := next + 1; k < len(toks) && k <= next+3; k++ {
		if strings.HasPrefix(s.text[toks[k-1].end:toks[k].start], ",") && (toks[k].lower == "the" || toks[k].lower == "a" || toks[k].lower == "an") {
			return true
		}
	}
	return false
}

// bigCounts and distanceUnits make a distance: "thousands of kilometres".
var (
	bigCounts     = set(`hundreds thousands millions tens dozens several`)
	distanceUnits = set(`kilometres kilometers metres meters miles feet yards km m centimetres inches`)
)

// describingVerbs say what a thing holds, is made of, means or needs:
// their object is what a card on the thing asks for.
var describingVerbs = set(`consist comprise contain include list specify denote define hold carry store return require
represent mean record describe`)

// shareWords take a share of what follows "of": "most of its material".
var shareWords = set(`most much some all part half many few each`)

// becoming verbs link a subject to what it becomes: "grew sick", "fell
// ill", "turned sour".
var becoming = set(`grow become turn fall go get prove stay remain seem appear`)

// definiteStarts open a noun phrase that names again what the text
// before named.
var definiteStarts = set(`the their his her its both`)

// adjunctPrepositions open a phrase that says where, when, how or with
// what a thing was done.
var adjunctPrepositions = set(`with on in at into onto through during across against as to`)

// intransitive verbs take no object: what follows them says where or
// how ("can stay cached forever", "Close relatives exist elsewhere");
// "Most amphibians live a double life" is no object to ask for.
var intransitive = set(`go goes went come comes came arrive arrives arrived die dies died sail sails sailed travel travels
travelled traveled happen happens happened occur occurs occurred stay stays stayed descend descends descended ascend ascends
ascended rise rises rose extend extends extended stretch stretches stretched exist exists existed belong belongs belonged
appear appears appeared emerge emerges emerged persist persists persisted vanish vanishes vanished disappear disappears
disappeared live lives lived`)

// participleVerbRe finds the verb of a clause a few words after a
// participle taken for it: "weeks earlier had shown"; not after a word
// that opens a clause of its own ("lands that had belonged").
var participleVerbRe = regexp.MustCompile(`^(?:([a-z]+) ){1,3}(?:had|has|have) [a-z]+(?:ed|en|wn)\b`)

// motionDirections are where a verb of motion goes: "continued east".
var motionDirections = set(`east west north south eastward westward northward southward eastwards westwards northwards southwards onward onwards ahead inland upstream downstream home homeward abroad ashore`)
