package generate

import (
	"regexp"
	"strings"
)

// namedRe finds a term a sentence names: "a region called the nucleoid",
// "a process known as photosynthesis", "is termed osmosis", "For most
// products, called normal goods, …". After "called"
// only "the" or no article may come: "called a strike" is a verb and its
// object.
var namedRe = regexp.MustCompile(`(?:\b(?:is|are|was|were|be|been|being|[a-z]+) called|, called|\bknown as|\btermed|\breferred to as|\bdubbed) (?:the )?([a-z][a-z-]{3,}(?: [a-z][a-z-]{3,}){0,2})(?:[.,;:)]| \(|$| (?:by|which|that|in|and|or)\b)`)

// namedBeforeVerbRe finds a one-word term a sentence names as the
// subject of its verb: "an enzyme called helicase unwinds …", "Signalling
// molecules called chemokines then attract …" (see namesBeforeVerb).
var namedBeforeVerbRe = regexp.MustCompile(`\b(?:[a-z]+ called|known as|termed|dubbed) ([a-z][a-z-]{3,}) ([a-z]+)\b`)

// namedVerbLeads may stand between a named subject and its verb, or be
// its verb.
var namedVerbLeads = set(`is are was were has have had can could may might must will would then also first later now
still often usually always never`)

// invokedHow are words that say how often or when something is called.
var invokedHow = set(`multiple several once twice again many more less first last only each every both either whenever
synchronously asynchronously recursively`)

// namedTerms returns the terms a sentence names, as a blank of its own:
// the word a text introduces is the word to learn, though common nouns
// are never blanks otherwise (see answerable).
func (g *sectionGen) namedTerms(s *sentence) []term {
	var out []term
	var matches [][]int
	for _, m := range namedRe.FindAllStringSubmatchIndex(s.text, -1) {
		// "The growers called moderation wisdom and …": with no verb
		// before it, "called" may be the sentence's verb, and the words
		// after it its objects, which run on past "and".
		rest := s.text[m[3]:]
		if strings.Contains(s.text[m[0]:m[3]], " called ") && !g.verbBefore(s, m[0]) &&
			(strings.HasPrefix(rest, " and ") || strings.HasPrefix(rest, " or ") || strings.HasPrefix(rest, " in ") || strings.HasPrefix(rest, " by ")) {
			continue
		}
		matches = append(matches, m)
	}
	for _, m := range namedBeforeVerbRe.FindAllStringSubmatchIndex(s.text, -1) {
		if g.namesBeforeVerb(s.text[m[4]:m[5]]) {
			matches = append(matches, m[:4])
		}
	}
	for _, m := range matches {
		if m[2] < s.stemOff {
			continue
		}
		text := s.text[m[2]:m[3]]
		// The last word may be the function word the match stopped on,
		// or the verb the name is the subject of ("a clear layer called
		// the stratum lucidum follows.").
		words := strings.Fields(text)
		for len(words) > 1 && (function[words[len(words)-1]] || verbs[words[len(words)-1]] && presentOrPast(words[len(words)-1])) {
			words = words[:len(words)-1]
		}
		text = strings.Join(words, " ")
		k := strings.ToLower(text)
		before := strings.ToLower(s.text[:m[0]])
		// "Historians have called the treaty a failure": what a subject
		// calls something is an opinion, not a name.
		if strings.HasSuffix(before, "have ") || strings.HasSuffix(before, "has ") || strings.HasSuffix(before, "had ") {
			continue
		}
		// "may be called multiple times", "is called repeatedly": a
		// function that is invoked.
		if strings.HasSuffix(words[0], "ly") || invokedHow[words[0]] {
			continue
		}
		if function[words[0]] || generic[k] || verbs[words[0]] || countWord(s.lower, k) != 1 || containsWord(g.heading, k) ||
			containsWord(g.title, k) || g.lx.topWords[strings.TrimSuffix(k, "s")] || g.lx.sectionsWith(k) > 2 {
			continue
		}
		// "a branch of the portal vein …, known as the portal triad":
		// the sentence says the name's first word already.
		if len(words) > 1 && giveawayBeside(s, words) || len(words) == 1 && pairBeside(k, s.lower[:m[2]]+" "+s.lower[m[2]+len(text):]) {
			continue
		}
		out = append(out, term{text: text, kind: KindTerm, start: m[2], end: m[2] + len(text), words: len(words)})
	}
	return out
}

// giveawayBeside reports whether the sentence gives a name of several
// words away: it says a word of the name but its last once more ("the
// portal vein … the portal triad", "electrolyte … solid electrolyte
// interphase"), or the name's initials ("…, or SEI").
func giveawayBeside(s *sentence, words []string) bool {
	initials := ""
	for i, w := range words {
		initials += strings.ToUpper(w[:1])
		// "emerging from the caissons … called ___ disease": a plural of
		// the word gives it too.
		if lw := strings.ToLower(w); i < len(words)-1 && len(lw) >= 4 && countWord(s.lower, lw)+countWord(s.lower, lw+"s")+countWord(s.lower, lw+"es") > 1 {
			return true
		}
	}
	for _, t := range s.tokens {
		if t.text == initials {
			return true
		}
	}
	return false
}

// namesBeforeVerb reports whether the word after a named term is its
// verb, or an adverb or auxiliary before it: the term is then the whole
// name ("called separase cuts"), not the start of a longer one.
func (g *sectionGen) namesBeforeVerb(next string) bool {
	if namedVerbLeads[next] {
		return true
	}
	if function[next] || g.lx.nounish[next] {
		return false
	}
	return verbs[next] || cardVerbs[next] || cardVerbs[strings.TrimSuffix(next, "s")] || g.lx.verbish[next]
}

// verbBefore reports whether the stem has a verb before byte offset end.
func (g *sectionGen) verbBefore(s *sentence, end int) bool {
	for _, t := range s.tokens[s.first:] {
		if t.end > end {
			break
		}
		if auxiliaries[t.lower] || verbs[t.lower] || cardVerbs[t.lower] || cardVerbs[strings.TrimSuffix(t.lower, "s")] ||
			g.lx.verbish[t.lower] && !g.lx.nounish[t.lower] {
			return true
		}
	}
	return false
}
