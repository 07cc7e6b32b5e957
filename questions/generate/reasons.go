package generate

import (
	"fmt"
	"regexp"
	"strings"
)

// reasonMarkers open the part of a sentence that says why or how its
// main clause holds.
var reasonMarkers = []struct{ marker, ask string }{
	{" because ", "Why"}, {" due to ", "Why"}, {" in order to ", "Why"}, {" so that ", "Why"},
	// "… waters the seedlings in the evening so the leaves dry slowly":
	// "so" before a subject, not "so much" or "so long".
	{" so the ", "Why"}, {" so you ", "Why"}, {" so your ", "Why"}, {" so they ", "Why"}, {" so people ", "Why"},
	{", by ", "How"}, {" by ", "How"},
}

// definitionStartRe finds a sentence that defines a term: "A slice is a
// descriptor …", "The Marshall Plan was an American initiative …".
var definitionStartRe = regexp.MustCompile(`^(?:(A|An|The|Your) )?([\w-]+(?: [\w-]+){0,2}) (is|are|was|were|(?:can|could|should|must|may|might|will|would) be) (?:a|an|the|one) `)

// definitionVerbRe matches a definition by its verb: "Atomic diplomacy
// refers to attempts …", "Quorum means …".
var definitionVerbRe = regexp.MustCompile(`^(?:(A|An|The) )?([\w-]+(?: [\w-]+){0,2}) (refers to|refer to|means|mean|is defined as|are defined as) `)

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
		// "poisoning caused by eating dog liver": "by" after a
		// participle names its agent, and the claim would end on it.
		if f := strings.Fields(stem[:i]); m.ask == "How" && len(f) > 0 && participle(strings.ToLower(f[len(f)-1])) {
			continue
		}
		// "… was easy to copy, so the industry adopted the EMV chip":
		// after a comma, "so" gives what followed, not why.
		if strings.HasPrefix(m.marker, " so ") && strings.HasSuffix(stem[:i], ",") {
			continue
		}
		// "… linked to lupus, probably because …": the hedge belongs to
		// the reason, not to the claim.
		claim := strings.TrimRight(stem[:i], ", ")
		for _, h := range []string{" probably", " perhaps", " partly", " largely", " mainly", " possibly", " presumably"} {
			claim = strings.TrimRight(strings.TrimSuffix(claim, h), ", ")
		}
		return g.reasonFront(s, claim, m.ask, rest)
	}
	return nil
}

// participle reports whether a word is a past participle that "by"
// names the agent of: "caused", "written", "led".
func participle(w string) bool {
	return strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "en") && len(w) > 4 || irregularParticiples[w]
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
	// "A common form, called an omega block because …": the reason is
	// of the participle's naming, and the rest is no clause.
	if i := strings.LastIndex(claim, ", "); i >= 0 {
		if f := strings.Fields(claim[i+2:]); len(f) > 0 && (f[0] == "called" || f[0] == "known" || f[0] == "named" || f[0] == "termed") {
			return nil
		}
	}
	// "While some missions achieved notable success, others faced
	// setbacks": which others, and why each? The contrast has no one
	// reason.
	if f := strings.ToLower(firstWords(claim, 1)); f == "while" || f == "although" || f == "though" || f == "whereas" {
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
	// "Nazi leader Adolf Hitler was not indicted": why a public figure
	// did or did not do something (the article gives him a title or
	// role) is what everyone knows of him; three raters of four said so.
	for _, t := range g.lx.terms(s) {
		if (t.kind == KindPerson || t.kind == KindName) && t.start < s.stemOff+len(claim) && g.publicFigure(s, t) {
			return nil
		}
	}
	front := fmt.Sprintf("“%s.” %s, according to %s?", claim, ask, g.where())
	return g.card(s, strings.ToLower(ask)+" "+firstWords(claim, 4), front, firstWords(rest, 4), 2.2)
}

// publicFigure reports whether a name is a person the article gives a
// title or role: "Nazi leader Adolf Hitler", "President Truman".
func (g *sectionGen) publicFigure(s *sentence, t term) bool {
	before := strings.Fields(strings.ToLower(s.text[:t.start]))
	prev := ""
	if len(before) > 0 {
		prev = strings.Trim(before[len(before)-1], ",")
	}
	return titles[prev] || prev == "leader" || g.lx.titled[strings.ToLower(lastField(t.text))]
}

// definitionCard asks what a term is when the sentence defines it: "A
// slice is a descriptor of an array segment" gives "What is a slice,
// according to …?".
func (g *sectionGen) definitionCard(s *sentence) *candidate {
	stem := s.stem(-1, -1, "")
	m := definitionStartRe.FindStringSubmatch(stem)
	byVerb := false
	if m == nil {
		if m = definitionVerbRe.FindStringSubmatch(stem); m == nil {
			return nil
		}
		byVerb = true
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
	// "Three is a popular number", "Writing is the central skill", "A
	// handy shortcut is …": a number, an activity named by one word, or
	// a kind the adjective makes, is no term a card can ask about.
	if spelledUnits[lw] > 0 || numberRe.MatchString(lw) || wordCount(lw) == 1 && strings.HasSuffix(lw, "ing") ||
		wordCount(lw) == 2 && praiseAdjectives[strings.Fields(lw)[0]] {
		return nil
	}
	// "The slice is …": a definite lone noun may point back; "A slice is
	// …", "Arrays are …" and names define.
	if strings.EqualFold(det, "the") && !isCapitalized(noun) &&
		!(wordCount(noun) == 1 && strings.HasPrefix(stem[len(m[0])-4:], "the ") && g.secCount(lw) >= 3) {
		return nil // "The capacity is the number of …" defines; "The slice is a …" points back
	}
	rest := strings.TrimSuffix(stem[len(m[0]):], ".")
	if wordCount(rest) < 3 {
		return nil
	}
	// "Multipath is the main reason positions wander": what it causes,
	// not what it is.
	if f := strings.Fields(strings.ToLower(rest)); !byVerb && len(f) > 1 && rankWords[f[0]] {
		return nil
	}
	// "Adjusting heat is one of the most important skills": judged, not
	// defined.
	if f := strings.Fields(strings.ToLower(rest)); strings.HasSuffix(m[0], "one ") && len(f) > 2 && f[0] == "of" && f[1] == "the" &&
		(f[2] == "most" || f[2] == "least" || rankWords[f[2]]) {
		return nil
	}
	what := g.midSentence(noun)
	if det != "" {
		what = strings.ToLower(det) + " " + what
	}
	front := g.cardPrompt(fmt.Sprintf("What %s %s", verb, what))
	if modal, ok := strings.CutSuffix(verb, " be"); ok {
		// "Flowers can be a few stems from the garden": a bare plural
		// with "can be" says what may serve as one, not what one is.
		if det == "" && plural(lw) {
			return nil
		}
		// "A bore can be a ripple a few centimetres high or a breaking
		// wave taller than a person": the range it varies over ("A
		// tiebreaker could be the primary maintainer …, or …" names
		// what may serve).
		if modal == "can" && strings.Contains(rest, " or ") {
			return nil
		}
		// "What could a tiebreaker be?"
		front = g.cardPrompt(fmt.Sprintf("What %s %s be", modal, what))
	}
	if byVerb {
		// "What does atomic diplomacy refer to?"
		aux, base := "does", strings.TrimSuffix(strings.TrimSuffix(verb, "s"), " as")
		switch verb {
		case "refer to", "mean":
			aux = "do"
		case "refers to":
			base = "refer to"
		case "is defined as":
			aux, base = "is", "defined as"
		case "are defined as":
			aux, base = "are", "defined as"
		}
		if base == "defined" {
			base = "defined as"
		}
		front = g.cardPrompt(fmt.Sprintf("What %s %s %s", aux, what, base))
	}
	return g.card(s, "what "+noun, front, firstWords(rest, 4), 2.4)
}

// conditions open a clause that says when the rest of the sentence holds.
var conditions = set(`if when whenever once as after before unless`)

// mainClauseAfterRe finds a clause with its own subject after a comma:
// ", the bytes usually travel", ", it …".
var mainClauseAfterRe = regexp.MustCompile(`, (?:the|it|they|this|these|your|its|their) `)

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
	comma, skip := strings.Index(stem, ", "), 2
	if comma < 0 {
		// "When you assign or pass around an array value you will make a
		// copy of its contents": with no comma, the reader as the
		// subject of both clauses marks where the case ends.
		lower := strings.ToLower(stem)
		if !strings.HasPrefix(lower, marker+" you ") {
			return nil
		}
		if comma = strings.Index(lower[len(marker)+5:], " you "); comma < 0 {
			return nil
		}
		comma += len(marker) + 5
		skip = 1
	}
	// "If, however, a module calls back …": an aside, not the case.
	if comma <= len(marker) || !strings.HasPrefix(strings.ToLower(stem), marker+" ") {
		return nil
	}
	cond := stem[len(marker)+1 : comma]
	main := strings.TrimSuffix(stem[comma+skip:], ".")
	// "If you've cultivated a friendly, respectful community …": the
	// comma is inside the condition, not after it.
	if l := strings.ToLower(lastField(cond)); strings.HasSuffix(l, "ly") || function[l] {
		return nil
	}
	// "If you would like to try, …", "If you want to, …": try what?
	if l := strings.ToLower(lastField(cond)); l == "try" || l == "to" || l == "so" || l == "it" {
		return nil
	}
	// "If you have ever opened a paper, read the first paragraph twice
	// and closed it again, you are in good company": a later clause with
	// "you" is the main one, and the case runs on past the first comma.
	if strings.Contains(strings.ToLower(main), ", you ") {
		return nil
	}
	// "When you load a web page, send an email or copy a file to a
	// server, the bytes travel …": a list of cases, and the main clause
	// after it.
	if mainClauseAfterRe.MatchString(strings.ToLower(main)) {
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
	if condPointsBack(cond) {
		return nil
	}
	cf := strings.Fields(strings.ToLower(cond))
	switch cf[0] {
	case "much", "long", "well", "soon", "far", "a", "an", "such", "of", "for", "to":
		return nil // "As much as you are able", "As a result"
	case "the":
		// "If the issue does not …": which issue? One the text before
		// named, if it did. "As the Soviets …" names them.
		if len(cf) > 1 && !isCapitalized(strings.Fields(cond)[1]) && strings.Contains(s.before, strings.TrimSuffix(cf[1], "s")) {
			return nil
		}
	}
	mf := strings.Fields(strings.ToLower(main))
	first := strings.Trim(mf[0], ",")
	var q string
	switch {
	case (imperatives[first] || verbs[first] || adviceVerbs[first]) && !strings.HasSuffix(first, "s") && !strings.HasSuffix(first, "ed") &&
		!strings.HasSuffix(first, "ing") && !(irregularParticiples[first] && first != "come" && first != "become" && first != "run") || first == "don't":
		// Not "known in the English colonies as King George's War, a
		// force … raided": a participle, no advice.
		q = "What should you do " + marker + " " + cond
	case first == "you" && len(mf) > 3 && modals[mf[1]] && !function[mf[2]]:
		// "you will make a copy of its contents": what you will make; but
		// "make", like "have" or "get", says nothing alone, and its object
		// is the first guess ("a copy": three of four blind raters).
		if lightVerbs[mf[2]] {
			return nil
		}
		q = "What " + mf[1] + " you " + mf[2] + " " + marker + " " + cond
		return g.card(s, marker+" "+firstWords(cond, 4), g.cardPrompt(q), strings.Join(mf[3:min(len(mf), 7)], " "), 2.0)
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
	stem := s.stem(-1, -1, "")
	m := roleRe.FindStringSubmatch(stem)
	if m == nil {
		return g.rolesCard(s, stem)
	}
	subject, verb, role, rest := m[1], m[2], m[3], m[4]
	if !g.explicitSubject(subject, verb != "play") || wordCount(rest) < 2 {
		return nil
	}
	aux, base := playQuestion(verb)
	subject = g.midSentence(subject)
	q := fmt.Sprintf("What %s %s %s %s role in", aux, subject, base, role)
	return g.card(s, "role "+firstWords(subject, 4), g.cardPrompt(q), firstWords(rest, 4), 2.0)
}

// rolesRe finds "X have played both host and participant roles in Y".
var rolesRe = regexp.MustCompile(`^(.{3,90}?) (has played|have played|played|plays|play) ((?:both |many |several |various )?[\w-]+(?: and [\w-]+)?) roles in ([^,]+)`)

// rolesCard asks which roles a subject has played: "Latin American
// countries have played both host and participant roles in various
// peacekeeping efforts" gives "What roles have Latin American countries
// played in various peacekeeping efforts, according to …?".
func (g *sectionGen) rolesCard(s *sentence, stem string) *candidate {
	m := rolesRe.FindStringSubmatch(stem)
	if m == nil || strings.HasPrefix(m[3], "a ") || strings.HasPrefix(m[3], "an ") {
		return nil
	}
	// "both host and participant roles" names them; "significant roles"
	// only rates them.
	if r := strings.Fields(m[3]); !strings.Contains(m[3], " and ") && !g.lx.nounish[r[len(r)-1]] {
		return nil
	}
	subject, verb, roles, where := m[1], m[2], m[3], strings.TrimSuffix(m[4], ".")
	if !g.explicitSubject(subject, true) || wordCount(where) < 2 || wordCount(where) > 8 {
		return nil
	}
	aux, base := playQuestion(verb)
	q := fmt.Sprintf("What roles %s %s %s in %s", aux, g.midSentence(subject), base, where)
	return g.card(s, "roles "+firstWords(subject, 4), g.cardPrompt(q), roles, 2.0)
}

// playQuestion returns the auxiliary and the verb form a question about
// "has played", "played", "plays" or "play" needs: "has … played", "did …
// play", "does … play", "do … play".
func playQuestion(verb string) (aux, base string) {
	switch verb {
	case "has played", "have played":
		return strings.Fields(verb)[0], "played"
	case "played":
		return "did", "play"
	case "plays":
		return "does", "play"
	}
	return "do", "play"
}

// condPointsBack reports whether the case a card shows names something
// only the text before it says ("If it …", "When they …").
func condPointsBack(cond string) bool {
	for i, w := range strings.Fields(strings.ToLower(cond)) {
		switch strings.Trim(w, ".,") {
		case "it", "they", "them", "he", "she", "him", "her", "this", "that", "these", "those", "one", "such":
			return true
		case "their", "its":
			if i < 2 {
				return true // "If its …": whose? Later, "your project … its first contributions".
			}
		}
	}
	return false
}

// rankWords rank a thing among others: "the main reason", "the most
// common cause" say what it does or how it stands, not what it is.
var rankWords = set(`main chief major leading biggest largest greatest commonest best worst most classic single key usual obvious
ideal perfect`)

// praiseAdjectives praise or grade a thing: "a handy shortcut", "a useful
// habit" name a kind by what the author thinks of it.
var praiseAdjectives = set(`handy useful helpful good great simple easy common popular important key nice quick smart`)
