package generate

import (
	"slices"
	"strings"
)

// Telling a sentence's verb from its nouns without a tagger: short lists
// of verbs and of the words around them, and the article's own evidence.

// cardVerbs are base forms of verbs that prose about institutions,
// projects and programs uses; with verbs and the article's own evidence
// they tell a sentence's verb from its nouns. Only the card parser uses
// them.
var cardVerbs = set(`ask thank talk respond share label shed consist hinge depend rely refer refrain accept access achieve acknowledge adapt address adopt affect align allocate analyze apply appoint
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
		return len(b) >= 2 && (verbs[b] || g.lx.verbish[b] || cardVerbs[b]) && (!function[b] || nounsInFunction[b] || cardVerbs[b])
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

// pastByStem reports whether w is a past tense in -ed of a verb the
// lexicon knows by its stem ("submitted", "stopped"), which the word
// lists do not hold as written.
func (g *sectionGen) pastByStem(w string) bool {
	b, _ := g.verbBase(w, false)
	return strings.HasSuffix(w, "ed") && b != ""
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
		if s.text[toks[k].end:toks[k+1].start] != " " {
			return "", "", 0 // "can, upon detecting a race, report …"
		}
		if a := toks[k+1].lower; (cardAdverbs[a] || timeAdverbs[a] || strings.HasSuffix(a, "ly") && !lyNouns[a]) && k+2 < len(toks) {
			// "will inevitably attract", "would later prove"
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
		if a := toks[k+1].lower; (cardAdverbs[a] || strings.HasSuffix(a, "ly") && !lyNouns[a]) && k+2 < len(toks) {
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
	// "Type parameter lists define …": a verb right after it is the
	// verb, and it is a noun of the subject.
	if nx := toks[k+1].lower; verbs[nx] && !g.lx.nounish[nx] && !strings.HasSuffix(nx, "ing") && !strings.HasSuffix(nx, "ed") && !phrasal[w+" "+nx] {
		return "", "", 0
	}
	// "Ten minutes a day will take you …": the word after a count is
	// what it counts.
	if k > 0 && (spelledValue(toks[k-1].lower) > 1 || numberRe.MatchString(toks[k-1].text)) {
		return "", "", 0
	}
	// "Special Commissions of senior judges sat …": a word before a verb
	// in the past is the subject's noun, not its verb.
	if nx := toks[k+1].lower; (irregularPast[nx] != "" || pastForms[nx]) && strings.HasSuffix(w, "s") {
		return "", "", 0
	}
	// "The method types.Named.TypeParams returns …": a verb in -s says
	// its subject is one thing, whatever the name before it ends in.
	if pl && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !g.lx.nounish[w] {
		if b, a := g.verbBase(w, false); b != "" && a == "does" {
			return b, a, k + 1
		}
	}
	if b, a := g.verbBase(w, pl); b != "" {
		if nx := toks[k+1].lower; !adv && g.lx.nounish[w] && !verbs[w] && a != "did" && !phrasal[b+" "+nx] && !objectStarts[nx] {
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
	// A word in -ed the lexicon does not know, right before a determiner:
	// "the United States restructured its military".
	if b := pastBase(w); b != "" && objectStarts[n] && !g.lx.nounish[w] && (g.lx.nounish[head] || !hasSuffix(head, qualitySuffixes)) {
		return b, "did", k + 1
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

// prepositionLike words are prepositions the function list lacks: a verb
// before them takes no object ("work alongside local agencies").
var prepositionLike = set(`alongside toward towards across against amid beyond within without around throughout upon
onto via versus underneath deep far abroad ahead away`)

// aims take an infinitive: "aim to build".
var aims = set(`aim aims aimed seek seeks sought strive strives strove tend tends tended plan plans planned
hope hopes hoped intend intends intended`)

// attempts say what was tried: "Parliament tried to impose order" (blind
// raters rejected "What did parliament try to do?" as open).
var attempts = set(`try tries tried attempt attempts attempted`)

// kinNouns name people or things by what they are to others: "Many
// rivals" of what?
var kinNouns = set(`rivals competitors critics supporters followers members neighbours neighbors colleagues successors
imitators opponents allies descendants relatives`)

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
	consist|of aim|at account|for deal|with respond|to call|for insist|on agree|to object|to refrain|from`) {
		m[strings.ReplaceAll(p, "|", " ")] = true
	}
	return m
}()

// irregularParticiples follow "has" or "have".
var irregularParticiples = set(`made taken given got gotten gone come seen known thought said told found kept become
begun brought shown left felt led held run stood written meant lost won paid met grown built sent spent fought
drawn struck sought chosen bought taught caught sold understood been`)

// pastBase guesses the base form of a regular past tense: "pulled" gives
// "pull", "restructured" "restructure", "stopped" "stop", "assembled"
// "assemble", "favoured" "favour"; "" where the
// guess would be unsure ("focused", "visited").
func pastBase(w string) string {
	if !strings.HasSuffix(w, "ed") || len(w) < 6 || strings.HasSuffix(w, "eed") {
		return ""
	}
	stem := w[:len(w)-2]
	n := len(stem)
	switch {
	case strings.HasSuffix(stem, "i"):
		return stem[:n-1] + "y" // "applied"
	case stem[n-1] == stem[n-2] && !strings.ContainsRune("lsfz", rune(stem[n-1])):
		return stem[:n-1] // "stopped"
	case strings.HasSuffix(stem, "u"):
		return stem + "e" // "plagued", "continued", "issued"
	case strings.HasSuffix(stem, "our"):
		return stem // "favoured", "honoured"
	case stem[n-1] == 'l' && strings.ContainsRune("bcdfgkptz", rune(stem[n-2])):
		return stem + "e" // "assembled", "settled"
	case hasSuffix(stem, []string{"at", "iz", "ys", "ur", "iv", "ov", "uc", "ag", "ud", "ir", "ol", "os", "rg"}):
		return stem + "e" // "demonstrated", "restructured"
	case slices.ContainsFunc([]string{"nc", "rc", "ic", "rv", "lv", "dg", "ns", "ps"}, func(e string) bool { return strings.HasSuffix(stem, e) }),
		strings.HasSuffix(stem, "am") && !strings.HasSuffix(stem, "eam") && !strings.HasSuffix(stem, "oam"):
		return stem + "e" // "experienced", "forced", "solved", "judged", "blamed"
	case hasSuffix(stem, []string{"us", "it", "ng", "as", "is", "ac", "ut", "in", "on", "en", "er"}):
		return "" // "focused" or "caused", "visited" or "invited"
	}
	return stem
}
