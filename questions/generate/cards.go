package generate

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/quiz-cli/quiz/questions"
	"github.com/quiz-cli/quiz/questions/article"
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

// cardVerbs are base forms of verbs that prose about institutions,
// projects and programs uses; with verbs and the article's own evidence
// they tell a sentence's verb from its nouns. Only the card parser uses
// them.
var cardVerbs = set(`shed accept access achieve acknowledge adapt address adopt affect align allocate analyze apply appoint
approve arrange assess assign assist attract avoid balance ban benefit bolster broaden capture carry cause challenge
clarify collaborate collect combine commit communicate compare compete complement complete comply compose comprise
conduct confirm connect constrain construct contain control convert coordinate correct cover declare decline define
deliver demand demonstrate deny deploy design destroy detect determine develop devote differ discourage discover
discuss display distribute divide dominate double draft drive earn emphasize employ empower enable encounter end
endorse enforce engage enhance enjoy enter equip evaluate examine exceed exchange exclude execute exist expand explain
explore expose express extend facilitate favor fill finance fix forbid force foster free fund gain gather generate
govern guarantee guide handle harm hinder host identify ignore implement impose improve indicate influence inform
initiate insist inspire install integrate intend introduce invest investigate invite issue join judge justify lack
launch learn limit link list load locate maintain manage mark measure mention merge minimize mitigate monitor motivate
negotiate notice obtain occupy open operate oppose organize outline overcome own participate pass perform permit
persuade possess post predict prefer prepare present preserve prevent process produce prohibit protect prove publish
pursue raise reach recognize recommend record recover reflect reform refuse regard regulate reinforce reject release
rely remove repair replace report represent request resist resolve respect restore restrict retain reveal review
reward satisfy save secure select separate settle share shape shift simplify solve specify spread stabilize state
store strengthen streamline structure submit succeed suffer supply surround sustain target teach test threaten trace
track train transfer transform treat undermine unite update upgrade utilize value vary verify view violate visit vote
weaken welcome withdraw yield`)

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
var objectStarts = set(`a an the your their its his her many several some all both more most much two three four five
six seven eight nine ten new significant considerable`)

// cardAdverbs may stand between a subject and its verb.
var cardAdverbs = set(`also often frequently usually generally typically sometimes always never still now increasingly
largely mostly primarily gradually directly actively effectively significantly consistently commonly rarely`)

// verbBase returns the base form of a finite verb and the auxiliary a
// question about its object needs ("lacks" gives "lack", "does"), or ""
// when the word is not a verb the lexicon knows in that form. plural
// tells whether the subject is plural.
func (g *sectionGen) verbBase(w string, plural bool) (base, aux string) {
	known := func(b string) bool {
		return len(b) >= 2 && (verbs[b] || g.lx.verbish[b] || cardVerbs[b]) && (!function[b] || nounsInFunction[b])
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
var subjectStarts = set(`the a an many most some several every each all any your`)

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
		if a := toks[k+1].lower; (cardAdverbs[a] || strings.HasSuffix(a, "ly") && !lyNouns[a]) && k+2 < len(toks) {
			// "will inevitably attract"
			if b := toks[k+2].lower; verbs[b] || g.lx.verbish[b] && !strings.HasSuffix(b, "ly") {
				return a + " " + b, w, k + 3
			}
			return "", "", 0
		}
		if b := toks[k+1].lower; verbs[b] || g.lx.verbish[b] && !strings.HasSuffix(b, "ly") {
			return b, w, k + 2
		}
		return "", "", 0
	}
	if w == "has" || w == "have" || w == "had" {
		if cardAdverbs[toks[k+1].lower] && k+2 < len(toks) {
			k++ // "has also encouraged"
		}
		p := toks[k+1].lower
		if irregularParticiples[p] || strings.HasSuffix(p, "ed") {
			return p, w, k + 2
		}
		return "", "", 0
	}
	switch w {
	case "is", "are", "was", "were":
		return w, "be", k + 1
	case "does", "do", "did", "doesn't", "don't", "didn't", "cannot", "can't":
		// "Slicing does not copy the slice's data": what does it not copy?
		j := k + 1
		aux := strings.TrimSuffix(strings.TrimSuffix(w, "n't"), "not")
		if aux == "ca" {
			aux = "can"
		}
		if aux == "do" || aux == "does" || aux == "did" {
			if w == aux {
				if toks[j].lower != "not" || j+1 >= len(toks) {
					return "", "", 0
				}
				j++
			}
		}
		if b := toks[j].lower; j < len(toks)-1 && (verbs[b] || cardVerbs[b] || g.lx.verbish[b]) && !strings.HasSuffix(b, "ing") {
			if aux == "do" && !plural(head) && head != "them" || aux == "does" && plural(head) {
				return "", "", 0
			}
			return "not " + b, aux, j + 1
		}
		return "", "", 0
	}
	if function[w] && !nounsInFunction[w] {
		return "", "", 0
	}
	pl := plural(head)
	if nx := toks[k+1].lower; nx == "and" || nx == "or" {
		return "", "", 0 // "security forces and judicial systems": a noun
	}
	if b, a := g.verbBase(w, pl); b != "" {
		if !adv && g.lx.nounish[w] && !verbs[w] && a != "did" {
			return "", "", 0 // a noun of the subject: "resource limitations"
		}
		return b, a, k + 1
	}
	// A word in -s the lexicon does not know as a noun, after a singular
	// subject and before an object: "An array type definition specifies a
	// length".
	n := toks[k+1].lower
	objectNext := objectStarts[n] || hasSuffix(n, adjectiveSuffixes) || hasSuffix(n, qualitySuffixes) ||
		adv && isContent(n) && !g.lx.verbish[n] || phrasal[strings.TrimSuffix(w, "s")+" "+n]
	if !pl && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") &&
		!strings.HasSuffix(w, "is") && !g.lx.nounish[w] && !g.lx.nounish[strings.TrimSuffix(w, "s")] && len(w) > 4 &&
		!hasSuffix(strings.TrimSuffix(w, "s"), nounSuffixes) && !hasSuffix(strings.TrimSuffix(w, "s"), adjectiveSuffixes) &&
		!adjectiveSuffixNouns[strings.TrimSuffix(w, "s")] && (g.lx.nounish[head] || !hasSuffix(head, qualitySuffixes)) &&
		(objectStarts[n] || hasSuffix(n, adjectiveSuffixes) || adv || phrasal[strings.TrimSuffix(w, "s")+" "+n]) {
		switch {
		case strings.HasSuffix(w, "ies"):
			return w[:len(w)-3] + "y", "does", k + 1
		case hasSuffix(w, []string{"sses", "xes", "ches", "shes", "zzes"}):
			return w[:len(w)-2], "does", k + 1
		}
		return w[:len(w)-1], "does", k + 1
	}
	// A word the lexicon does not know, after a plural subject and before
	// an object, read as a verb: "Many missions lack sufficient funds".
	if pl && (!strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss")) && !strings.HasSuffix(w, "ing") && !strings.HasSuffix(w, "ed") &&
		!strings.HasSuffix(w, "ly") && isContent(w) && (adv || !g.lx.nounish[w]) {
		if objectNext {
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

// particles may follow a verb in the part of a statement a card shows:
// "focus on …", "means that when …"; a determiner or an adjective may not.
var particles = set(`on in at to from into with about for of by over through that when whether how`)

// prepositionLike words are prepositions the function list lacks: a verb
// before them takes no object ("work alongside local agencies").
var prepositionLike = set(`alongside toward towards across against amid beyond within without around throughout upon
onto via versus underneath`)

// aims take an infinitive: "aim to build".
var aims = set(`aim aims aimed seek seeks sought strive strives strove try tries tried tend tends tended plan plans planned
hope hopes hoped intend intends intended`)

// keepFronted open a phrase of place or time that a question about the
// rest of the sentence keeps: "in Latin America", "under a consensus
// seeking process".
var keepFronted = set(`in under during after since following across among through`)

// subjectAdjectives are adjectives on the function list that may open a
// subject: "Good documentation", "Key developments".
var subjectAdjectives = set(`good great big small large little long high low early late new old whole main major minor key
top best real simple clear common general full basic final single recent initial extra broad wide`)

// docNouns name a piece of writing: "This examination" in an article's
// first section is the article.
var docNouns = set(`article examination analysis overview guide post essay chapter paper discussion exploration study review`)

// participleJoins may follow a participle inside a subject: "lessons
// learned from past failures".
var participleJoins = set(`from by in at with on during under`)

// fronting words open a phrase before the subject that a question can
// leave out.
var fronting = set(`despite in by through during after since following with under for across among`)

// phrasal verbs take their object after a preposition.
var phrasal = func() map[string]bool {
	m := map[string]bool{}
	for _, p := range strings.Fields(`focus|on rely|on depend|on hinge|on lead|to contribute|to result|in refer|to
	consist|of aim|at account|for deal|with respond|to call|for insist|on agree|to object|to`) {
		m[strings.ReplaceAll(p, "|", " ")] = true
	}
	return m
}()

// irregularParticiples follow "has" or "have".
var irregularParticiples = set(`made taken given got gotten gone come seen known thought said told found kept become
begun brought shown left felt led held run stood written meant lost won paid met grown built sent spent fought
drawn struck sought chosen bought taught caught sold understood been`)

// clause is a sentence read as subject, verb and the rest.
type clause struct {
	first   int    // the subject's first token (after an opening phrase)
	verb    int    // the verb's token (after an adverb)
	next    int    // the first token after the verb (and its auxiliary)
	subject string // as written
	head    string // the subject's head noun, lower-cased
	base    string // the verb's base form, or its participle after "has"
	aux     string // do, does, did, a modal, has, have or had
	adverb  string // an adverb before the verb, or ""
	pointer string // "these", "this" or "it" when the subject points back
}

// parseClause finds a sentence's subject and finite verb, or returns nil.
// An opening phrase ("Despite limited missions, …") is skipped.
func (g *sectionGen) parseClause(s *sentence) *clause {
	toks := s.tokens
	first := s.first
	if first >= len(toks) {
		return nil
	}
	if fronting[toks[first].lower] {
		for k := first + 1; k < len(toks)-3 && k < first+12; k++ {
			if strings.HasPrefix(s.text[toks[k-1].end:toks[k].start], ",") {
				first = k
				break
			}
		}
		if first == s.first {
			return nil
		}
	}
	c := &clause{first: first, verb: -1}
	i := first
	head := ""
	switch w := toks[i].lower; {
	case subjectStarts[w] || w == "key":
		i++
	case (w == "these" || w == "this") && first == s.first && i+1 < len(toks) &&
		(g.lx.code[toks[i+1].text] > 0 || isCapitalized(toks[i+1].text) && !function[toks[i+1].lower]):
		// "this FindDigits function": the name says which.
		c.pointer = "name"
		i++
	case (w == "these" || w == "this" || w == "such") && first == s.first:
		c.pointer = w
		i++
		if w == "this" && i < len(toks) {
			// "This reduces vulnerability": the pointer is the subject.
			if b, a, n := g.verbAt(s, i, "this", false); b != "" && a != "do" {
				c.verb, c.base, c.aux, c.next, c.head, c.subject = i, b, a, n, "this", "This"
				return c
			}
		}
	case w == "it" && first == s.first && s.index > 0:
		// "It consists of …" after "A slice is a descriptor …": the
		// subject of the sentence before.
		p := g.parseClause(g.sents[s.index-1])
		if p == nil || p.pointer != "" || plural(p.head) || !g.explicitSubject(p.subject, p.aux != "do") {
			return nil
		}
		c.pointer, c.subject, head = "it", p.subject, p.head
		i++
	}
	start := i
	plural := false   // "evaluation and knowledge-sharing remain"
	modifier := false // "lessons learned from past failures": a participle's phrase
	for k := start; k < len(toks)-1 && k < start+12; k++ {
		t := toks[k]
		if k > start && s.text[toks[k-1].end:t.start] != " " {
			return nil // a comma or bracket inside the subject
		}
		// After "the community’s", "continued" is an adjective.
		possessive := k > 0 && (strings.HasSuffix(toks[k-1].lower, "’s") || strings.HasSuffix(toks[k-1].lower, "'s"))
		if (k > start || c.pointer == "it") && head != "" && (k == 0 || !subjectJoins[toks[k-1].lower]) && !possessive {
			adv := ""
			j := k
			if cardAdverbs[t.lower] || strings.HasSuffix(t.lower, "ly") && !lyNouns[t.lower] {
				adv = t.text
				j++
			}
			h := strings.TrimLeft(head, "-")
			if plural {
				h = "them" // any plural
			}
			if b, a, n := g.verbAt(s, j, h, adv != ""); b != "" {
				// "lessons learned from past failures have led": a
				// participle before a preposition modifies the subject.
				// "lessons learned emphasize": so is one before a verb.
				if nx := toks[n].lower; !(a == "did" && adv == "" && (function[nx] && !objectStarts[nx] || prepositionLike[nx] ||
					(verbs[nx] || cardVerbs[nx]) && !strings.HasSuffix(nx, "ing"))) {
					c.verb, c.base, c.aux, c.adverb, c.next = j, b, a, adv, n
					break
				}
				if !modifier && j == k && participleJoins[toks[n].lower] {
					modifier = true
					head = "-" + strings.TrimLeft(head, "-")
					k = n // the preposition; its noun phrase follows
					continue
				}
			}
		}
		if c.pointer == "it" {
			return nil
		}
		switch {
		case (subjectJoins[t.lower] || participleJoins[t.lower] && strings.HasSuffix(toks[start].lower, "ing")) && k > start:
			if t.lower != "and" {
				head = "-" + strings.TrimLeft(head, "-") // the head is fixed before "of", "in", "for"
			} else if !strings.HasPrefix(head, "-") {
				plural = true
			}
		case (t.lower == "the" || t.lower == "a" || t.lower == "an" || t.lower == "your") && k > start:
			// "Evaluating the effectiveness of past missions"
		case k == start && strings.HasSuffix(t.lower, "ing") && verbs[t.lower]:
			head = t.lower // "making major decisions": a gerund
		case subjectAdjectives[t.lower]:
			// "making major decisions": an adjective, not the head
		case function[t.lower] && !nounsInFunction[t.lower]:
			return nil // "While …", "As …": a clause, not a subject
		case isCapitalized(t.text) || isContent(t.lower) && !strings.HasSuffix(t.lower, "ly") || nounsInFunction[t.lower]:
			if !strings.HasPrefix(head, "-") {
				head = t.lower
			}
		default:
			return nil
		}
	}
	c.head = strings.TrimLeft(head, "-")
	if c.verb < 0 || c.next >= len(toks) {
		return nil
	}
	if c.pointer != "it" {
		c.subject = strings.TrimSpace(s.text[toks[first].start:toks[c.verb].start])
		if c.adverb != "" {
			c.subject = strings.TrimSpace(c.subject[:strings.LastIndex(c.subject, c.adverb)])
		}
		// The auxiliary of "can hinder", "has contributed" is not part of
		// the subject.
		if c.aux != "do" && c.aux != "does" && c.aux != "did" {
			if i := strings.LastIndex(c.subject, " "); i > 0 && strings.EqualFold(c.subject[i+1:], c.aux) {
				c.subject = c.subject[:i]
			}
		}
	}
	return c
}

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
	bare := strings.TrimPrefix(base, "not ")
	if vb, _ := g.verbBase(bare, false); c.aux == "be" || lightVerbs[bare] || objectVerbs[bare] || objectVerbs[vb] {
		return nil // "is", "play a role": what they say is not a question of "what"
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
	// "aim to build local capacities": what they aim to do.
	if aims[vb] || aims[base] {
		if next+2 < len(toks) && toks[next].lower == "to" && (verbs[toks[next+1].lower] || g.lx.verbish[toks[next+1].lower]) {
			base += " to do"
		} else {
			return nil
		}
		next++
	}
	// The object: a noun phrase or a clause of two words or more, not a
	// preposition, an infinitive or another verb.
	obj := toks[next].lower
	if function[obj] && !objectStarts[obj] && obj != "that" || verbs[obj] && !strings.HasSuffix(obj, "ing") || prepositionLike[obj] ||
		strings.HasSuffix(obj, "ly") && !lyNouns[obj] || s.text[toks[next-1].end:toks[next].start] != " " {
		return nil
	}
	object := strings.TrimSuffix(s.text[toks[next].start:], ".")
	if wordCount(object) < 2 {
		return nil
	}
	// "What did Truman justify?" — "his request on two grounds": a short
	// object that points back to the subject says nothing.
	if p := toks[next].lower; (p == "his" || p == "her" || p == "its" || p == "their") && wordCount(object) <= 5 {
		return nil
	}
	subject = g.midSentence(subject)
	q := "What " + c.aux + " " + subject
	if c.adverb != "" && !strings.EqualFold(c.adverb, "also") {
		q += " " + strings.ToLower(c.adverb)
	}
	q += " " + base
	// "In Latin America, peacekeeping efforts often focus on …": the
	// opening phrase says where or when, and the question keeps it.
	if c.first > s.first && s.usable && keepFronted[toks[s.first].lower] {
		if f := strings.TrimRight(s.text[toks[s.first].start:toks[c.first].start], ", "); wordCount(f) <= 6 {
			q += " " + strings.ToLower(f[:1]) + f[1:]
		}
	}
	return g.card(s, firstWords(subject, 4)+" "+base, g.cardPrompt(q), firstWords(object, 4), 1.6)
}

// completionCard shows a sentence up to its verb and asks how it goes on:
// "Complete the statement … “Peacekeeping operations in Latin America
// face …”". It is the fallback for a claim whose verb the generator
// cannot turn into a question; the subject must be explicit.
func (g *sectionGen) completionCard(s *sentence) *candidate {
	return g.completion(s, false)
}

// shortCompletionCard is completionCard for a shorter statement ("Your
// README is …"), the last resort for a section still short of
// minQuestions.
func (g *sectionGen) shortCompletionCard(s *sentence) *candidate {
	c := g.completion(s, true)
	if c != nil {
		c.score -= 1
		c.lastResort = true
	}
	return c
}

func (g *sectionGen) completion(s *sentence, short bool) *candidate {
	if g.imperative(s) {
		return nil
	}
	c := g.parseClause(s)
	if c == nil || c.pointer != "" || c.first != s.first && !s.usable || !g.explicitSubject(c.subject, c.aux != "do") {
		return nil
	}
	toks := s.tokens
	next := c.next
	for next < len(toks) && (particles[toks[next].lower] || prepositionLike[toks[next].lower]) && next-c.next < 2 {
		next++ // "focus on …", "work alongside …"
	}
	if next >= len(toks) {
		return nil
	}
	shown := strings.TrimSpace(s.text[s.stemOff:toks[next].start])
	rest := strings.TrimSuffix(s.text[toks[next].start:], ".")
	// "Every contribution is …" has too many endings: the statement shown
	// must say enough to call for one.
	least := 5
	if c.aux == "be" || lightVerbs[c.base] || c.base == "been" {
		least = 6
	}
	if short {
		if wordCount(shown) >= least {
			return nil // completionCard asks it
		}
		least = 3
	}
	if wordCount(rest) < 3 || wordCount(shown) < least || strings.ContainsAny(s.text[toks[c.first].start:toks[next].start], ",;:") {
		return nil
	}
	front := fmt.Sprintf("Complete the statement from %s:\n“%s …”", g.where(), capitalize(shown))
	c2 := g.card(s, "complete "+firstWords(shown, 4), front, firstWords(rest, 4), 1.0)
	c2.weak = true
	return c2
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

// reasonCard asks why or how a claim holds when its sentence says so:
// "Nazi leader Adolf Hitler was not indicted because he had committed
// suicide" gives "“Nazi leader Adolf Hitler was not indicted.” Why,
// according to …?"; "By fostering regional ownership, peacekeeping becomes
// more relevant" gives "“Peacekeeping becomes more relevant.” How, …?".
func (g *sectionGen) reasonCard(s *sentence) *candidate {
	if g.imperative(s) {
		return nil
	}
	stem := s.stem(-1, -1, "")
	if f := strings.Fields(stem); len(f) > 4 && f[0] == "By" && strings.HasSuffix(f[1], "ing") {
		if i := strings.Index(stem, ", "); i > 0 {
			return g.reasonFront(s, capitalize(strings.TrimSuffix(stem[i+2:], ".")), "How", stem[3:i])
		}
		return nil
	}
	for _, m := range reasonMarkers {
		i := strings.Index(stem, m.marker)
		if i < 0 {
			continue
		}
		rest := strings.TrimSuffix(stem[i+len(m.marker):], ".")
		rf := strings.Fields(rest + " x x")
		if m.ask == "How" && (!strings.HasSuffix(rf[0], "ing") || function[strings.ToLower(rf[1])] && !objectStarts[strings.ToLower(rf[1])]) {
			continue // "by 1947", "by the Allies", "death by hanging to …": not a means
		}
		return g.reasonFront(s, strings.TrimRight(stem[:i], ", "), m.ask, rest)
	}
	return nil
}

// reasonFront makes the card that asks why or how a claim holds; the
// claim is quoted, so it must stand alone and be a whole clause.
func (g *sectionGen) reasonFront(s *sentence, claim, ask, rest string) *candidate {
	if wordCount(claim) < 5 || wordCount(rest) < 3 || strings.ContainsAny(claim, ";:") {
		return nil
	}
	// "Three were found not guilty, one …, and one did not stand trial
	// due to illness": the reason is of the last clause only.
	if strings.Contains(claim, ", and ") || strings.Contains(claim, ", or ") {
		return nil
	}
	if cs := (&sentence{text: claim + ".", tokens: tokenize(claim + ".")}); !wellFormed(cs) || leansOnText(cs) {
		return nil
	}
	// It does not end on a word that needs what follows ("… the risk
	// to"), and it has a verb.
	if last := strings.ToLower(lastField(claim)); function[last] && last != "it" {
		return nil
	}
	hasVerb := false
	for _, w := range strings.Fields(strings.ToLower(claim)) {
		if verbs[w] || g.lx.verbish[w] || w == "is" || w == "are" || w == "was" || w == "were" || w == "has" || w == "have" ||
			strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "es") {
			hasVerb = true
		}
	}
	if !hasVerb {
		return nil
	}
	front := fmt.Sprintf("“%s.” %s, according to %s?", claim, ask, g.where())
	return g.card(s, strings.ToLower(ask)+" "+firstWords(claim, 4), front, firstWords(rest, 4), 2.2)
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
	if strings.EqualFold(det, "the") && !isCapitalized(noun) &&
		!(wordCount(noun) == 1 && strings.HasPrefix(stem[len(m[0])-4:], "the ") && countWord(g.secLower, lw) >= 3) {
		return nil // "The capacity is the number of …" defines; "The slice is a …" points back
	}
	rest := strings.TrimSuffix(stem[len(m[0]):], ".")
	if wordCount(rest) < 3 {
		return nil
	}
	what := g.midSentence(noun)
	if det != "" {
		what = strings.ToLower(det) + " " + what
	}
	front := g.cardPrompt(fmt.Sprintf("What %s %s", verb, what))
	return g.card(s, "what "+noun, front, firstWords(rest, 4), 2.4)
}

// adviceVerbs open advice, as well as imperatives do.
var adviceVerbs = set(`send move add label point close act reach thank invite share document mark link post list
publish acknowledge emphasize encourage resist direct welcome explain review merge assign ban block delete
remove reward recognize praise respect listen wait stay treat identify pick set forget remember rush`)

// objectVerbs take a person and what they are to do ("permitted
// Hirohito to retain his position"): "What did the Allies permit?" asks
// for half of it.
var objectVerbs = set(`permit allow enable force ask require urge invite let make tell persuade encourage consider threaten`)

// causatives take a person and a verb ("help people get to know each
// other"): "What should you help?" asks nothing.
var causatives = set(`help let make have get keep see watch tell ask show give teach remind`)

// adviceCard asks what a piece of advice tells the reader to do: "Resist
// the temptation to communicate … in private" gives "What should you
// resist, according to …?".
func (g *sectionGen) adviceCard(s *sentence) *candidate {
	toks := s.tokens
	i := s.first
	if i+3 >= len(toks) {
		return nil
	}
	q := "What should you "
	// "For meetings, consider publishing …", "In your CONTRIBUTING file,
	// explicitly tell …": the opening phrase goes to the end.
	tail := ""
	if toks[i].lower == "for" || toks[i].lower == "in" {
		for k := i + 1; k < len(toks)-3 && k < i+6; k++ {
			if strings.HasPrefix(s.text[toks[k-1].end:toks[k].start], ",") {
				tail = " " + strings.ToLower(s.text[toks[i].start:toks[i].start+1]) + s.text[toks[i].start+1:toks[k-1].end]
				i = k
				break
			}
		}
		if tail == "" {
			return nil
		}
		// "In these cases, identify …": a phrase that points back is
		// left out; the advice itself must stand alone.
		if !s.usable {
			rest := &sentence{text: "Xx " + s.text[toks[i].start:], tokens: tokenize("Xx " + s.text[toks[i].start:])}
			if !wellFormed(rest) || leansOnText(rest) {
				return nil
			}
			tail = ""
		}
	} else if !s.usable {
		return nil
	}
	if a := toks[i].lower; cardAdverbs[a] || strings.HasSuffix(a, "ly") && !lyNouns[a] && i+3 < len(toks) {
		i++ // "explicitly tell"
	}
	// "Don't rush into a decision …": what not to do.
	if toks[i].lower == "don't" || toks[i].lower == "do" && toks[i+1].lower == "not" {
		q += "not "
		i++
		if toks[i].lower == "not" {
			i++
		}
	}
	v := toks[i].lower
	if v == "be" && i+2 < len(toks) {
		// "Be transparent about your project's roadmap": about what?
		adj, p := toks[i+1].lower, toks[i+2].lower
		if (p == "about" || p == "with" || p == "to" || p == "of") && !function[adj] && hasSuffix(adj, append(qualitySuffixes, "ant", "ent", "ful")) {
			rest := strings.TrimSuffix(s.text[toks[i+2].end:], ".")
			if wordCount(rest) >= 2 {
				return g.card(s, "advice be "+adj, g.cardPrompt(q+"be "+adj+" "+p), firstWords(rest, 4), 1.5)
			}
		}
		return nil
	}
	if function[v] && !nounsInFunction[v] || causatives[v] || lightVerbs[v] || !(imperatives[v] || verbs[v] || adviceVerbs[v] || cardVerbs[v]) ||
		strings.HasSuffix(v, "s") || strings.HasSuffix(v, "ing") || strings.HasSuffix(v, "ed") {
		return nil
	}
	if g.lx.nounish[v] && !verbs[v] && !imperatives[v] && !adviceVerbs[v] || i+2 >= len(toks) {
		return nil // "Documentation …", "Community …": a noun
	}
	if containsWord(g.heading, v) {
		return nil // "Identify a community tiebreaker": the heading is the answer
	}
	q += v
	o := i + 1
	// "forget to consider", "try to be": the verb after "to" is the one
	// whose object is asked for.
	if toks[o].lower == "to" && o+2 < len(toks) && (verbs[toks[o+1].lower] || cardVerbs[toks[o+1].lower] || adviceVerbs[toks[o+1].lower]) {
		q += " to " + toks[o+1].lower
		o += 2
	}
	// "use your documentation to make people feel welcome": what to use
	// for that.
	if v == "use" {
		if k := strings.Index(s.text[toks[o].start:], " to "); k > 0 && wordCount(s.text[toks[o].start:toks[o].start+k]) <= 4 {
			purpose := strings.TrimSuffix(s.text[toks[o].start+k+1:], ".")
			if wordCount(purpose) < 3 || strings.ContainsAny(purpose, ",;:") {
				return nil
			}
			return g.card(s, "advice use "+firstWords(purpose, 3), g.cardPrompt(q+" "+purpose), firstWords(s.text[toks[o].start:], 3), 1.5)
		}
		return nil
	}
	ob := toks[o]
	if s.text[toks[o-1].end:ob.start] != " " {
		return nil
	}
	wh := ob.lower == "who" || ob.lower == "how" || ob.lower == "what" || ob.lower == "whether" || ob.lower == "why"
	if !wh && (function[ob.lower] && !objectStarts[ob.lower] || verbs[ob.lower] && !strings.HasSuffix(ob.lower, "ing")) ||
		strings.HasSuffix(ob.lower, "ly") && !lyNouns[ob.lower] || prepositionLike[ob.lower] {
		return nil
	}
	object := strings.TrimSuffix(s.text[ob.start:], ".")
	if wordCount(object) < 2 {
		return nil
	}
	return g.card(s, "advice "+v+" "+firstWords(object, 3), g.cardPrompt(q+tail), firstWords(object, 4), 1.5)
}

// topicCard is the last resort for a section of plain prose: it names a
// phrase that only one sentence of the section uses and asks what the
// section says about it: "What does the section “Document everything”
// say about meetings?". The sentence, on the back, may lean on the text
// before it: the front does not quote it.
func (g *sectionGen) topicCard(s *sentence) *candidate {
	var best term
	bestScore := -1.0
	for _, t := range g.lx.terms(s) {
		if t.start < s.stemOff || len(t.text) < 4 || strings.ContainsAny(t.text, "'’") {
			continue
		}
		k := t.key()
		words := strings.Fields(k)
		head := words[len(words)-1]
		if t.kind == KindTerm {
			if t.words == 1 {
				continue // "examination": a lone noun is vague
			}
			verbLike := false
			for _, w := range words {
				if verbs[w] || g.lx.verbish[w] && !g.lx.nounish[w] {
					verbLike = true
				}
			}
			for _, w := range words[:len(words)-1] {
				if plural(w) {
					verbLike = true // "strategies emphasize adaptability": a subject and its verb
				}
			}
			if verbLike {
				continue
			}
			if generic[head] || generic[strings.TrimSuffix(head, "s")] || vagueModifiers[words[0]] || function[words[0]] ||
				!g.lx.nounish[head] && !g.lx.nounish[strings.TrimSuffix(head, "s")] || t.words == 1 && g.lx.termCount[k] > 3 {
				continue
			}
		} else if t.kind == KindYear || t.kind == KindNumber {
			continue
		}
		if containsWord(g.heading, k) || containsWord(g.title, k) || g.lx.topWords[strings.TrimSuffix(k, "s")] {
			continue
		}
		// Only this sentence of the section may speak of it, or the
		// question has more than one answer.
		n := 0
		for _, o := range g.sents {
			if indexWord(o.lower, k) >= 0 {
				n++
			}
		}
		if n != 1 {
			continue
		}
		sc := g.specificity(t)
		if sc > bestScore {
			best, bestScore = t, sc
		}
	}
	if bestScore < 0 {
		return nil
	}
	what := best.text
	if tokenAt(s, best.start) == s.first {
		what = g.midSentence(what)
	}
	front := fmt.Sprintf("What does %s say about %s?", g.where(), what)
	return g.card(s, "about "+what, front, best.key(), 0.5+0.3*bestScore)
}

// conditions open a clause that says when the rest of the sentence holds.
var conditions = set(`if when whenever once as after before unless`)

// conditionCard asks what to do, or what happens, in the case a sentence
// opens with: "If someone is being unkind …, act immediately …" gives
// "What should you do if someone is being unkind …, according to …?";
// "As your project becomes more popular, more people will take interest
// …" gives "What happens as your project becomes more popular, …?".
func (g *sectionGen) conditionCard(s *sentence) *candidate {
	toks := s.tokens
	if s.first+4 >= len(toks) {
		return nil
	}
	marker := toks[s.first].lower
	if !conditions[marker] {
		return nil
	}
	stem := s.stem(-1, -1, "")
	comma := strings.Index(stem, ", ")
	if comma < 0 {
		return nil
	}
	cond := stem[len(marker)+1 : comma]
	main := strings.TrimSuffix(stem[comma+2:], ".")
	// "If you've cultivated a friendly, respectful community …": the
	// comma is inside the condition, not after it.
	if l := strings.ToLower(lastField(cond)); strings.HasSuffix(l, "ly") || function[l] {
		return nil
	}
	if f := strings.ToLower(strings.Fields(main + " x")[0]); hasSuffix(f, qualitySuffixes) && !g.lx.nounish[f] && !function[f] {
		return nil
	}
	if wordCount(cond) < 3 || wordCount(cond) > 16 || wordCount(main) < 3 || strings.ContainsAny(cond, ",;:()\"“”") {
		return nil
	}
	// The condition is shown: it must not lean on the text before.
	cs := &sentence{text: "Xx " + cond + ".", tokens: tokenize("Xx " + cond + ".")}
	if !wellFormed(cs) || leansOnText(cs) {
		return nil
	}
	for i, w := range strings.Fields(strings.ToLower(cond)) {
		switch strings.Trim(w, ".,") {
		case "it", "they", "them", "he", "she", "him", "her", "this", "that", "these", "those", "one":
			return nil
		case "their", "its":
			if i < 2 {
				return nil // "If its …": whose? Later, "your project … its first contributions".
			}
		}
	}
	cf := strings.Fields(strings.ToLower(cond))
	switch cf[0] {
	case "much", "long", "well", "soon", "far", "a", "an", "such", "of", "for", "to":
		return nil // "As much as you are able", "As a result"
	case "the":
		// "If the issue does not …": which issue? One the text before
		// named, if it did.
		if len(cf) > 1 && strings.Contains(s.before, strings.TrimSuffix(cf[1], "s")) {
			return nil
		}
	}
	mf := strings.Fields(strings.ToLower(main))
	first := strings.Trim(mf[0], ",")
	var q string
	switch {
	case (imperatives[first] || verbs[first] || adviceVerbs[first]) && !strings.HasSuffix(first, "s") && !strings.HasSuffix(first, "ed") &&
		!strings.HasSuffix(first, "ing") || first == "don't":
		q = "What should you do " + marker + " " + cond
	case strings.HasPrefix(strings.ToLower(main), "it may help to ") || strings.HasPrefix(strings.ToLower(main), "it can help to "):
		q = "What may help " + marker + " " + cond // "it may help to revisit your README"
	case first == "it" || first == "there" || first == "this" || first == "that" || first == "they":
		return nil // "it may feel natural": what happens is not said
	default:
		if marker == "unless" || marker == "before" {
			return nil
		}
		verb := "happens"
		for _, w := range mf[:min(len(mf), 5)] {
			if _, aux := g.verbBase(w, false); aux == "did" {
				verb = "happened"
			}
		}
		q = "What " + verb + " " + marker + " " + cond
	}
	return g.card(s, marker+" "+firstWords(cond, 4), g.cardPrompt(q), firstWords(main, 4), 2.0)
}

// roleRe finds "X has played a vital role in Y".
var roleRe = regexp.MustCompile(`^(.{3,90}?) (has played|have played|played|plays|play) (an?(?: [\w-]+){0,2}) role in (.+)\.$`)

// roleCard asks what a subject has a role in: "Peacekeeping in Latin
// America has played a pivotal role in promoting stability …" gives "What
// has peacekeeping in Latin America played a pivotal role in, according
// to …?".
func (g *sectionGen) roleCard(s *sentence) *candidate {
	m := roleRe.FindStringSubmatch(s.stem(-1, -1, ""))
	if m == nil {
		return nil
	}
	subject, verb, role, rest := m[1], m[2], m[3], m[4]
	if !g.explicitSubject(subject, verb != "play") || wordCount(rest) < 2 {
		return nil
	}
	aux, base := "", "play"
	switch verb {
	case "has played", "have played":
		aux, base = strings.Fields(verb)[0], "played"
	case "played":
		aux = "did"
	case "plays":
		aux = "does"
	default:
		aux = "do"
	}
	subject = g.midSentence(subject)
	q := fmt.Sprintf("What %s %s %s %s role in", aux, subject, base, role)
	return g.card(s, "role "+firstWords(subject, 4), g.cardPrompt(q), firstWords(rest, 4), 2.0)
}

// explicitSubject reports whether a subject names what it means: no
// pronoun, no "this" or "such", no gerund, and not a definite noun of one
// or two words ("The missions"), which points back into the text before.
func (g *sectionGen) explicitSubject(subject string, gerundOK bool) bool {
	sf := strings.Fields(subject)
	if len(sf) == 0 || len(sf) > 8 || strings.ContainsAny(subject, ",;:()\"“”") {
		return false
	}
	for i, w := range sf {
		lw := strings.ToLower(w)
		if function[lw] && !nounsInFunction[lw] && !(subjectJoins[lw] && i > 0) && !(subjectStarts[lw] && i == 0) && !subjectAdjectives[lw] &&
			!((lw == "the" || lw == "a" || lw == "an" || lw == "your") && i > 0) && !(participleJoins[lw] && i > 0) {
			return false
		}
	}
	f := strings.ToLower(sf[0])
	if f == "the" && len(sf) <= 2 && !isCapitalized(sf[len(sf)-1]) {
		return false
	}
	// "Training security forces" may be a gerund or a participle; the
	// caller decides by the verb. "Peacekeeping in Latin America" is a
	// noun the article keeps using.
	if strings.HasSuffix(f, "ing") && !g.lx.nounish[f] && countWord(g.lx.lower, f) < 5 && !gerundOK {
		return false
	}
	return true
}

// midSentence lower-cases the first letter of a phrase taken from the
// start of a sentence, unless it is a name: a word the article writes
// capitalised inside sentences and never in lower case.
func (g *sectionGen) midSentence(phrase string) string {
	f := strings.Fields(phrase)
	if len(f) == 0 {
		return phrase
	}
	w := strings.ToLower(f[0])
	if isAcronym(f[0]) || g.lx.capitalizedElsewhere(w) && !g.lx.lowerSeen[w] {
		return phrase
	}
	return strings.ToLower(phrase[:1]) + phrase[1:]
}

// resolve names what a subject such as "These missions" points back to,
// when the sentence before says it in the words of the section's heading:
// after "The scope of peacekeeping missions in Latin America encompasses
// …" under "The Scope of Peacekeeping Missions in Latin America", "These
// missions" are "peacekeeping missions in Latin America". It returns ""
// when it cannot tell.
func (g *sectionGen) resolve(s *sentence, subject, head string) string {
	if wordCount(subject) > 3 {
		return ""
	}
	ht := tokenize(g.sec.Heading)
	h := -1
	for i, t := range ht {
		if t.lower == head {
			h = i
		}
	}
	if h < 0 {
		return ""
	}
	a := h
	for a > 0 && !function[ht[a-1].lower] && isWordRune([]rune(ht[a-1].text)[0]) {
		a--
	}
	b := h + 1
	if b+1 < len(ht) && (ht[b].lower == "in" || ht[b].lower == "of") && isCapitalized(ht[b+1].text) && !function[ht[b+1].lower] {
		b += 2
		for b < len(ht) && isCapitalized(ht[b].text) && !function[ht[b].lower] {
			b++
		}
	}
	var words []string
	for _, t := range ht[a:b] {
		w := t.text
		if g.lx.lowerSeen[t.lower] {
			w = t.lower
		}
		words = append(words, w)
	}
	phrase := strings.Join(words, " ")
	// The sentence before must say the same phrase: then it is what the
	// pointer points to.
	prev := s.before
	if i := strings.LastIndex(strings.TrimRight(prev, ". "), ". "); i >= 0 {
		prev = prev[i+2:]
	}
	if indexWord(prev, strings.ToLower(phrase)) < 0 {
		return ""
	}
	return phrase
}

// bulletCard asks for the items of a bulleted list that a sentence ending
// in a colon introduces: "Key measures include the following:" and four
// items give "The section “…” says: “Key measures include the following:”
// Which four does it name?". The section's heading says what the list is
// of.
func (g *sectionGen) bulletCard() *candidate {
	paras := g.sec.Paragraphs
	off := 0
	offs := make([]int, len(paras))
	for i, p := range paras {
		offs[i] = off
		off += len(p.Line()) + 2
	}
	for i, p := range paras {
		if p.Kind != article.Prose || !strings.HasSuffix(p.Text, ":") {
			continue
		}
		j := i + 1
		var items []string
		for j < len(paras) && paras[j].Kind == article.Item {
			items = append(items, strings.TrimSuffix(paras[j].Text, "."))
			j++
		}
		if len(items) < 3 || len(items) > 7 {
			continue
		}
		ok := true
		for _, it := range items {
			if n := wordCount(it); n > 15 || n == 0 {
				ok = false
			}
		}
		lead := p.Text
		if k := strings.LastIndex(strings.TrimSuffix(lead, ":"), ". "); k >= 0 {
			lead = lead[k+2:]
		}
		if n := wordCount(lead); n < 3 || n > 20 || !isCapitalized(lead) {
			ok = false
		}
		for _, t := range tokenize(lead) {
			switch t.lower {
			case "this", "these", "those", "such", "it", "they", "them", "their", "its", "he", "she", "his", "her", "we", "our":
				ok = false
			}
		}
		if !ok {
			continue
		}
		start := offs[i] + len(p.Text) - len(lead)
		end := offs[j-1] + len(paras[j-1].Line())
		source := g.secText[start:end]
		var sents []int
		for _, s := range g.sents {
			if s.offset >= start && s.offset < end {
				sents = append(sents, s.index)
			}
		}
		if len(sents) == 0 {
			continue
		}
		front := fmt.Sprintf("%s says: “%s” Which %s does it name?", capitalize(g.where()), lead, numberWord(len(items)))
		q := &questions.Question{ID: g.id("card", "list "+firstWords(lead, 4)), Type: questions.Card, Prompt: front,
			Answer:  strings.Join(items, "\n"),
			Explain: fmt.Sprintf("%s lists them after “%s”", capitalize(g.where()), lead), Source: source}
		return &candidate{q: q, sents: sents, score: 3, answer: strings.ToLower(items[0]), visible: strings.ToLower(front)}
	}
	return nil
}

// subjectCard asks what the sentence's subject is, given what it says of
// it: "Good documentation only becomes more important as your community
// grows" gives "What only becomes more important as your community grows,
// according to …?". Only singular subjects: "What lack …" is not English.
func (g *sectionGen) subjectCard(s *sentence) *candidate {
	if g.imperative(s) {
		return nil
	}
	c := g.parseClause(s)
	if c == nil || c.pointer != "" || c.first != s.first && !(s.usable && keepFronted[s.tokens[s.first].lower]) ||
		!g.explicitSubject(c.subject, c.aux != "do") {
		return nil
	}
	switch c.aux {
	case "do", "have":
		return nil
	case "be":
		if c.base != "is" && c.base != "was" {
			return nil
		}
	}
	if plural(c.head) && c.aux != "does" && c.aux != "has" && c.aux != "be" {
		return nil // "Peacekeepers can …": which ones?
	}
	toks := s.tokens
	start := toks[c.first].start + len(c.subject)
	rest := strings.TrimSpace(s.text[start:])
	rest = strings.TrimSuffix(rest, ".")
	if i := strings.IndexAny(rest, ",;:("); i >= 0 {
		rest = strings.TrimSpace(rest[:i])
	}
	if c.first > s.first {
		// "In the early stages of your project, making major decisions is
		// easy": what is easy then?
		f := strings.TrimRight(s.text[toks[s.first].start:toks[c.first].start], ", ")
		rest += " " + strings.ToLower(f[:1]) + f[1:]
	}
	if r := strings.ToLower(rest); strings.HasPrefix(r, "is to ") || strings.HasPrefix(r, "was to ") {
		return nil // "A common operation is to append …": what is to append?
	}
	if wordCount(rest) < 4 || wordCount(rest) > 25 {
		return nil
	}
	// The rest is shown: it must not lean on text before it.
	if rs := (&sentence{text: "Xx " + rest + ".", tokens: tokenize("Xx " + rest + ".")}); !wellFormed(rs) || leansOnText(rs) {
		return nil
	}
	for _, t := range tokenize(rest) {
		switch t.lower {
		case "it", "they", "them", "he", "she", "him", "her", "its", "their":
			return nil
		}
	}
	// The subject must be something to recall: not one of the article's
	// topic words alone, not a person (asked as "who").
	if k := strings.ToLower(c.subject); wordCount(k) == 1 && g.lx.topWords[strings.TrimSuffix(k, "s")] || g.lx.titled[c.head] ||
		containsWord(g.heading, c.head) || containsWord(g.heading, strings.TrimSuffix(c.head, "s")) {
		return nil
	}
	front := g.cardPrompt("What " + rest)
	return g.card(s, "what "+firstWords(rest, 4), front, strings.ToLower(c.subject), 1.3)
}

// passageCard shows a sentence that leans on the one before it together
// with that one, up to its verb, and asks how it goes on: "The scope of
// peacekeeping missions … encompasses a diverse set of activities ….
// These missions typically involve …". The sentence before says what
// "these missions" are.
func (g *sectionGen) passageCard(s *sentence) *candidate {
	if s.index == 0 || s.usable || !s.formed {
		return nil
	}
	a := g.sents[s.index-1]
	if !a.usable || !strings.HasSuffix(strings.TrimRight(s.before, " "), strings.ToLower(a.text)) {
		return nil
	}
	for _, t := range a.tokens {
		switch t.lower {
		case "they", "them", "he", "she", "him", "his", "her", "their":
			return nil // the sentence shown for context must not need context itself
		}
	}
	c := g.parseClause(s)
	if c == nil {
		c = g.firstVerb(s) // "Allowing these conversations to continue is …"
	}
	if c == nil || c.first != s.first || c.pointer == "it" {
		return nil
	}
	toks := s.tokens
	next := c.next
	for next < len(toks) && (particles[toks[next].lower] || prepositionLike[toks[next].lower]) && next-c.next < 2 {
		next++
	}
	if next >= len(toks) {
		return nil
	}
	shown := strings.TrimSpace(s.text[:toks[next].start])
	rest := strings.TrimSuffix(s.text[toks[next].start:], ".")
	if wordCount(rest) < 3 || wordCount(shown) < 2 || strings.ContainsAny(shown, ",;:") || wordCount(a.text)+wordCount(shown) > 45 {
		return nil
	}
	if s.offset < a.offset+len(a.text) {
		return nil
	}
	source := g.secText[a.offset : s.offset+len(s.text)]
	front := fmt.Sprintf("Complete the passage from %s:\n“%s %s …”", g.where(), a.text, shown)
	q := &questions.Question{ID: g.id("card", "passage "+firstWords(shown, 4)), Type: questions.Card, Prompt: front,
		Answer:  s.text,
		Explain: fmt.Sprintf("%s says: “%s”", capitalize(g.where()), source), Source: source}
	return &candidate{q: q, sents: []int{a.index, s.index}, score: 0.9, answer: strings.ToLower(firstWords(rest, 4)),
		visible: strings.ToLower(front), weak: true}
}

// firstVerb finds the first word of a sentence that reads as a finite verb
// after a content word, for a passage card: its subject may point back,
// since the sentence before is shown.
func (g *sectionGen) firstVerb(s *sentence) *clause {
	toks := s.tokens
	for k := s.first + 1; k < len(toks)-1 && k < s.first+10; k++ {
		p := toks[k-1]
		if s.text[p.end:toks[k].start] != " " {
			return nil
		}
		if function[p.lower] && !nounsInFunction[p.lower] {
			continue // "to continue": an infinitive
		}
		if b, a, n := g.verbAt(s, k, p.lower, false); b != "" {
			return &clause{first: s.first, verb: k, next: n, base: b, aux: a, head: p.lower}
		}
	}
	return nil
}
