package generate

import (
	"fmt"
	"regexp"
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
	back := s.stem(-1, -1, "")
	q := &questions.Question{ID: g.id("card", idPart), Type: questions.Card, Prompt: front, Answer: back,
		Explain: fmt.Sprintf("%s says: “%s”", capitalize(g.where()), back), Source: s.text}
	return &candidate{q: q, sents: []int{s.index}, score: score, answer: strings.ToLower(answer), visible: strings.ToLower(front)}
}

// irregularPast maps the past tense of common irregular verbs to the
// base form a "did" question needs.
var irregularPast = map[string]string{"made": "make", "took": "take", "gave": "give", "got": "get", "went": "go",
	"came": "come", "saw": "see", "knew": "know", "thought": "think", "said": "say", "told": "tell", "found": "find",
	"kept": "keep", "became": "become", "began": "begin", "brought": "bring", "left": "leave", "felt": "feel",
	"led": "lead", "held": "hold", "ran": "run", "stood": "stand", "wrote": "write", "meant": "mean", "lost": "lose",
	"won": "win", "paid": "pay", "met": "meet", "grew": "grow", "built": "build", "sent": "send", "spent": "spend",
	"fought": "fight", "drew": "draw", "struck": "strike", "sought": "seek", "chose": "choose", "bought": "buy",
	"taught": "teach", "caught": "catch", "sold": "sell", "understood": "understand", "gained": "gain"}

// modals take a verb's base form: "can hinder", "must make".
var modals = set(`can could may might must should will would`)

// objectStarts may begin the object of a verb: a determiner, a possessive
// or a number. A content word may too.
var objectStarts = set(`a an the their its his her many several some all both more most much two three four five
six seven eight nine ten new significant considerable`)

// cardAdverbs may stand between a subject and its verb.
var cardAdverbs = set(`often frequently usually generally typically sometimes always never still now increasingly
largely mostly primarily gradually directly actively effectively significantly consistently commonly rarely`)

// verbBase returns the base form of a finite verb and the auxiliary a
// question about its object needs ("lacks" gives "lack", "does"), or ""
// when the word is not a verb the lexicon knows in that form. plural
// tells whether the subject is plural.
func (g *sectionGen) verbBase(w string, plural bool) (base, aux string) {
	known := func(b string) bool {
		return len(b) >= 2 && (verbs[b] || g.lx.verbish[b]) && !function[b]
	}
	if b, ok := irregularPast[w]; ok {
		return b, "did"
	}
	switch {
	case strings.HasSuffix(w, "ed") && len(w) > 4:
		stem := w[:len(w)-2]
		cands := []string{stem, stem + "e", w[:len(w)-1]}
		if strings.HasSuffix(w, "ied") {
			cands = append([]string{w[:len(w)-3] + "y"}, cands...)
		}
		if n := len(stem); n >= 2 && stem[n-1] == stem[n-2] {
			cands = append(cands, stem[:n-1]) // "stopped"
		}
		for _, b := range cands {
			if known(b) {
				return b, "did"
			}
		}
		return "", ""
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !plural:
		cands := []string{w[:len(w)-1]}
		if strings.HasSuffix(w, "ies") {
			cands = append(cands, w[:len(w)-3]+"y")
		}
		if strings.HasSuffix(w, "es") {
			cands = append(cands, w[:len(w)-2])
		}
		for _, b := range cands {
			if known(b) {
				return b, "does"
			}
		}
		return "", ""
	case plural && known(w) && !strings.HasSuffix(w, "ing") && !strings.HasSuffix(w, "ed"):
		return w, "do"
	}
	return "", ""
}

// subjectJoins may join the words of a subject: "operations in Latin
// America", "the presence of UN personnel".
var subjectJoins = set(`of in for and`)

// subjectStarts may open a subject.
var subjectStarts = set(`the a an many most some several`)

// verbAt reports whether token k is the finite verb of a sentence whose
// subject's head is head, and how to ask about its object: the base form
// and the auxiliary ("lacks": "lack", "does"; "can hinder": "hinder",
// "can"). An adverb before it (adv) is evidence that it is a verb.
func (g *sectionGen) verbAt(s *sentence, k int, head string, adv bool) (base, aux string, next int) {
	toks := s.tokens
	w := toks[k].lower
	if isCapitalized(toks[k].text) || k+1 >= len(toks) {
		return "", "", 0
	}
	if modals[w] {
		if b := toks[k+1].lower; verbs[b] || g.lx.verbish[b] {
			return b, w, k + 2
		}
		return "", "", 0
	}
	if w == "has" || w == "have" || w == "had" {
		p := toks[k+1].lower
		if lightVerbs[p] {
			return "", "", 0
		}
		if irregularParticiples[p] || strings.HasSuffix(p, "ed") {
			return p, w, k + 2
		}
		return "", "", 0
	}
	if function[w] || lightVerbs[w] {
		return "", "", 0
	}
	pl := plural(head)
	if b, a := g.verbBase(w, pl); b != "" {
		if !adv && g.lx.nounish[w] && !verbs[w] && a != "did" {
			return "", "", 0 // a noun of the subject: "resource limitations"
		}
		return b, a, k + 1
	}
	// A word the lexicon does not know, after a plural subject and before
	// an object, read as a verb: "Many missions lack sufficient funds".
	if pl && !strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ing") && !strings.HasSuffix(w, "ed") &&
		!strings.HasSuffix(w, "ly") && isContent(w) && (adv || !g.lx.nounish[w]) {
		n := toks[k+1].lower
		if objectStarts[n] || hasSuffix(n, adjectiveSuffixes) || hasSuffix(n, qualitySuffixes) {
			return w, "do", k + 1
		}
	}
	return "", "", 0
}

// lightVerbs say little of their own ("play a role", "make progress"):
// a question on their object is vague.
var lightVerbs = set(`play plays played make makes made take takes took taken give gives gave given get gets got
have has had do does did become becomes became remain remains remained seem seems seemed be is are was were been
show shows showed shown`)

// irregularParticiples follow "has" or "have".
var irregularParticiples = set(`made taken given got gotten gone come seen known thought said told found kept become
begun brought shown left felt led held run stood written meant lost won paid met grown built sent spent fought
drawn struck sought chosen bought taught caught sold understood been`)

// claimCard asks for the object of a sentence's main verb: "Many missions
// lack sufficient funds, personnel, and logistical support" gives "What do
// many missions lack, according to …?".
func (g *sectionGen) claimCard(s *sentence) *candidate {
	if aboutReader(s) || g.imperative(s) {
		return nil
	}
	toks := s.tokens
	i := s.first
	if i >= len(toks) {
		return nil
	}
	if subjectStarts[toks[i].lower] {
		i++
	}
	start := i
	head := ""
	verb, base, aux, adverb, next := -1, "", "", "", 0
	for k := start; k < len(toks)-2 && k < start+8; k++ {
		t := toks[k]
		if k > start && s.text[toks[k-1].end:t.start] != " " {
			return nil // a comma or bracket inside the subject
		}
		if k > start && head != "" && !subjectJoins[toks[k-1].lower] {
			adv := ""
			j := k
			if cardAdverbs[t.lower] || strings.HasSuffix(t.lower, "ly") && !lyNouns[t.lower] {
				adv = t.text
				j++
			}
			if b, a, n := g.verbAt(s, j, head, adv != ""); b != "" {
				verb, base, aux, adverb, next = j, b, a, adv, n
				break
			}
		}
		switch {
		case subjectJoins[t.lower] && k > start:
			if t.lower != "and" {
				head = "-" + head // the head is fixed before "of", "in", "for"
			}
		case function[t.lower]:
			return nil // "While …", "As …": a clause, not a subject
		case isCapitalized(t.text) || isContent(t.lower) && !strings.HasSuffix(t.lower, "ly"):
			if !strings.HasPrefix(head, "-") {
				head = t.lower
			}
		default:
			return nil
		}
	}
	head = strings.TrimLeft(head, "-")
	if verb < 0 || next >= len(toks) {
		return nil
	}
	subject := strings.TrimSpace(s.text[toks[s.first].start:toks[verb].start])
	if adverb != "" {
		subject = strings.TrimSpace(subject[:strings.LastIndex(subject, adverb)])
	}
	sf := strings.Fields(subject)
	if len(sf) == 0 || len(sf) > 7 {
		return nil
	}
	// "The missions", "A slice": a definite subject of one or two words
	// points back into the text before; a bare noun, a name or a longer
	// phrase names what it means.
	if f := strings.ToLower(sf[0]); (f == "the" || f == "a" || f == "an") && len(sf) <= 2 && !isCapitalized(sf[len(sf)-1]) {
		return nil
	}
	if strings.EqualFold(subject, g.heading) {
		return nil
	}
	if f := strings.ToLower(sf[0]); strings.HasSuffix(f, "ing") && !g.lx.nounish[f] {
		return nil // "Training security forces helps": a gerund
	}
	// The object: a noun phrase or a clause of two words or more, not a
	// preposition, an infinitive or another verb.
	obj := toks[next].lower
	if function[obj] && !objectStarts[obj] && obj != "that" || verbs[obj] || g.lx.verbish[obj] && !g.lx.nounish[obj] ||
		strings.HasSuffix(obj, "ly") && !lyNouns[obj] || s.text[toks[next-1].end:toks[next].start] != " " {
		return nil
	}
	object := strings.TrimSuffix(s.text[toks[next].start:], ".")
	if wordCount(object) < 2 {
		return nil
	}
	if !g.lx.capitalizedElsewhere(strings.ToLower(sf[0])) || strings.EqualFold(sf[0], "the") {
		subject = strings.ToLower(subject[:1]) + subject[1:]
	}
	q := "What " + aux + " " + subject
	if adverb != "" {
		q += " " + strings.ToLower(adverb)
	}
	q += " " + base
	return g.card(s, firstWords(subject, 4)+" "+base, g.cardPrompt(q), firstWords(object, 4), 1.6)
}

// reasonMarkers open the part of a sentence that says why or how its
// main clause holds.
var reasonMarkers = []struct{ marker, ask string }{
	{" because ", "Why"}, {" due to ", "Why"}, {" in order to ", "Why"}, {" so that ", "Why"},
	{", by ", "How"}, {" by ", "How"},
}

// definitionStartRe finds a sentence that defines a term: "A slice is a
// descriptor …", "The Marshall Plan was an American initiative …".
var definitionStartRe = regexp.MustCompile(`^(?:(A|An|The) )?([\w-]+(?: [\w-]+){0,2}) (is|are|was|were) (?:a|an|the|one) `)

// reasonCard asks why or how a claim holds when its sentence says so
// after the claim: "Nazi leader Adolf Hitler was not indicted because he
// had committed suicide" gives "“Nazi leader Adolf Hitler was not
// indicted.” Why, according to …?".
func (g *sectionGen) reasonCard(s *sentence) *candidate {
	if aboutReader(s) || g.imperative(s) {
		return nil
	}
	stem := s.stem(-1, -1, "")
	for _, m := range reasonMarkers {
		i := strings.Index(stem, m.marker)
		if i < 0 {
			continue
		}
		claim := strings.TrimRight(stem[:i], ", ")
		rest := strings.TrimSuffix(stem[i+len(m.marker):], ".")
		if wordCount(claim) < 5 || wordCount(rest) < 3 || strings.ContainsAny(claim, ";:") {
			return nil
		}
		if m.ask == "How" && !strings.HasSuffix(strings.Fields(rest)[0], "ing") {
			continue // "by 1947", "by the Allies": not a means
		}
		// The claim must be a whole clause: it has a verb, and does not
		// end on a word that needs what follows ("… the risk to").
		last := strings.ToLower(lastField(claim))
		if function[last] && last != "it" {
			return nil
		}
		hasVerb := false
		for _, w := range strings.Fields(strings.ToLower(claim)) {
			if verbs[w] || g.lx.verbish[w] || w == "is" || w == "are" || w == "was" || w == "were" || w == "has" || w == "have" ||
				strings.HasSuffix(w, "ed") {
				hasVerb = true
			}
		}
		if !hasVerb {
			return nil
		}
		front := fmt.Sprintf("“%s.” %s, according to %s?", claim, m.ask, g.where())
		return g.card(s, strings.ToLower(m.ask)+" "+firstWords(claim, 4), front, firstWords(rest, 4), 2.2)
	}
	return nil
}

// definitionCard asks what a term is when the sentence defines it: "A
// slice is a descriptor of an array segment" gives "What is a slice,
// according to …?".
func (g *sectionGen) definitionCard(s *sentence) *candidate {
	stem := s.stem(-1, -1, "")
	m := definitionStartRe.FindStringSubmatch(stem)
	if m == nil {
		return nil
	}
	det, noun, verb := m[1], m[2], m[3]
	lw := strings.ToLower(noun)
	for _, w := range strings.Fields(lw) {
		if function[w] || verbs[w] {
			return nil
		}
	}
	if containsWord(g.heading, lw) && wordCount(lw) == 1 && len(g.sents) < 3 {
		return nil
	}
	// "The slice is …": a definite lone noun may point back; "A slice is
	// …", "Arrays are …" and names define.
	if strings.EqualFold(det, "the") && !isCapitalized(noun) {
		return nil
	}
	rest := strings.TrimSuffix(stem[len(m[0]):], ".")
	if wordCount(rest) < 3 {
		return nil
	}
	what := noun
	if !isCapitalized(noun) || !g.lx.capitalizedElsewhere(strings.ToLower(strings.Fields(noun)[0])) {
		what = strings.ToLower(noun[:1]) + noun[1:]
	}
	if det != "" {
		what = strings.ToLower(det) + " " + what
	}
	front := g.cardPrompt(fmt.Sprintf("What %s %s", verb, what))
	return g.card(s, "what "+noun, front, firstWords(rest, 4), 2.4)
}
