package generate

import (
	"strings"
	"unicode"
)

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
	// "Every time a browser loads a web page, it …": a clause of time,
	// not the subject.
	if first+1 < len(toks) && (toks[first].lower == "every" || toks[first].lower == "each" || toks[first].lower == "any") &&
		(toks[first+1].lower == "time" || toks[first+1].lower == "day") {
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
			if b, a, n := g.verbAt(s, i, "this", false); b != "" && a != "do" && n < len(toks) {
				c.verb, c.base, c.aux, c.next, c.head, c.subject = i, b, a, n, "this", "This"
				return c
			}
		}
	case (w == "it" || w == "he" || w == "she") && first == s.first && s.index > 0:
		// "It consists of …" after "A slice is a descriptor …": the
		// subject of the sentence before; "He argued …" after "Truman
		// justified …": the person the sentence before is about.
		p := g.parseClause(g.sents[s.index-1])
		if p == nil || p.pointer != "" || plural(p.head) || !g.explicitSubject(p.subject, p.aux != "do") {
			return nil
		}
		// ("The Opera" has a capital, and is no "he".)
		f := strings.Fields(p.subject)
		if person := isCapitalized(f[len(f)-1]) && !determiners[strings.ToLower(f[0])]; person != (w != "it") {
			return nil // "It" for a person, "He" for a thing: not the subject before
		}
		c.pointer, c.subject, head = "it", p.subject, p.head
		i++
	}
	start := i
	// "East of Barton the canal crossed …": a place, then the subject,
	// with no comma between them.
	if start+1 < len(toks) && compassWords[toks[start].lower] && toks[start+1].lower == "of" {
		return nil
	}
	// "Alongside Tillett stood John Burns": a place or company, then the
	// verb and its subject turned round; no subject opens with a
	// preposition.
	if start < len(toks) && (prepositions[toks[start].lower] || toks[start].lower == "alongside" || toks[start].lower == "beside") {
		return nil
	}
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
			if b, a, n := g.verbAt(s, j, h, adv != ""); b != "" && n < len(toks) {
				// "lessons learned from past failures have led": a
				// participle before a preposition modifies the subject.
				// "lessons learned emphasize": so is one before a verb.
				// "Weeds left standing in August spread": so is one
				// before a present participle.
				if nx := toks[n].lower; !(a == "did" && adv == "" && (participleJoins[nx] || prepositionLike[nx] ||
					(verbs[nx] || cardVerbs[nx]) && !strings.HasSuffix(nx, "ing") ||
					strings.HasSuffix(nx, "ing") && !g.lx.nounish[nx] && !verbs[nx])) {
					c.verb, c.base, c.aux, c.adverb, c.next = j, b, a, adv, n
					break
				}
				if !modifier && j == k && (participleJoins[toks[n].lower] || strings.HasSuffix(toks[n].lower, "ing")) {
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
		if st := toks[first].start; st > 0 && s.text[st-1] == '@' {
			return nil // a user name: "@michaeljoseph asked …"
		}
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
	if strings.HasSuffix(f, "ing") && !g.lx.nounish[f] && g.lx.count(f) < 5 && !gerundOK {
		return false
	}
	return true
}

// fieldEndings end the words of a field that a name seldom ends with.
var fieldEndings = []string{"ia", "oma", "sis", "itis", "ine", "ide", "ase", "um", "yte", "gen", "ity", "ion", "al", "ic", "ar", "ous"}

// midSentence lower-cases the first letter of a phrase taken from the
// start of a sentence, unless it is a name: a word the article writes
// capitalised inside sentences and never in lower case.
func (g *sectionGen) midSentence(phrase string) string {
	f := strings.Fields(phrase)
	if len(f) == 0 {
		return phrase
	}
	w := strings.ToLower(f[0])
	// "The Bretton Woods system": the article before a name is a word
	// of the sentence, not of the name.
	// "Many Californians": so is a quantifier.
	if len(f) > 1 && (w == "the" || w == "a" || w == "an" || quantifiers[w] || w == "each" || w == "every" || w == "both") && isCapitalized(f[0]) {
		return w + phrase[len(f[0]):]
	}
	// "IgM", "iPhone": a capital after the first letter marks a name.
	// "Osman's son": the name without its possessive.
	if b, ok := strings.CutSuffix(strings.ReplaceAll(w, "’", "'"), "'s"); ok {
		w = b
	}
	if isAcronym(f[0]) || strings.IndexFunc(f[0][1:], unicode.IsUpper) >= 0 || g.lx.capitalizedElsewhere(w) && (g.lx.lowerSeen[w] == 0 || g.lx.mostlyName(w)) {
		return phrase
	}
	// "Giotto began the bell tower …": a word neither word list has and
	// the article never writes in lower case is a name, though it only
	// ever opens a sentence ("Scurvy steadily weakened the crew" is not).
	// A word in -s may be a plural no dictionary lists ("Peacekeepers"),
	// and one with a noun's ending a word of a field ("Criticality",
	// "Glaucoma", "Presbyopia"); one in -us no dictionary lists is a
	// genus ("Brachycentrus builds …").
	// "Parsing CSV properly …", "Knurling presses …": a gerund, never a
	// name the article would write in capitals elsewhere.
	if strings.HasSuffix(w, "ing") && len(w) > 5 && !g.lx.capitalizedElsewhere(w) {
		return strings.ToLower(phrase[:1]) + phrase[1:]
	}
	if len(f) == 1 && isCapitalized(f[0]) && g.lx.lowerSeen[w] == 0 && !commonWords()[w] && !educatedWords()[w] && (!strings.HasSuffix(w, "s") || strings.HasSuffix(w, "us")) &&
		!hasSuffix(w, nounSuffixes) && !hasSuffix(w, fieldEndings) &&
		strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }) < 0 {
		return phrase
	}
	// "Valence Shell Electron Pair Repulsion theory": the first word of
	// a name whose next word has a capital too; not an everyday word
	// before a letter or an abbreviation ("Ultraviolet B radiation",
	// "Vitamin D", "Long TTLs").
	if len(f) > 1 && isCapitalized(f[1]) && !function[strings.ToLower(f[1])] &&
		!((len(f[1]) == 1 || isAcronym(f[1])) && commonWords()[w] && !g.lx.capitalizedElsewhere(w)) {
		return phrase
	}
	// "Antonie van Leeuwenhoek": a name with a particle inside it.
	if len(f) > 2 && nameParticles[strings.ToLower(f[1])] && isCapitalized(f[2]) {
		return phrase
	}
	return strings.ToLower(phrase[:1]) + phrase[1:]
}

// mostlyName reports whether the article writes a word as a name inside
// its sentences three times or more and in lower case once ("Plimsoll",
// and once "a plimsoll", the shoe); not a gerund ("Pre-tensioning" opens
// list items).
func (lx *lexicon) mostlyName(w string) bool {
	return lx.proper[w] >= 3 && lx.lowerSeen[w] == 1 && !strings.HasSuffix(w, "ing") && !strings.Contains(w, "-")
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
		if g.lx.lowerSeen[t.lower] > 0 {
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
