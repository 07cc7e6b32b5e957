package generate

import (
	"regexp"
	"strings"
	"unicode"
)

// What gives an answer away to a learner who has not read the section:
// an identifier whose name a word of the question spells ("passing the
// ___ option" beside "Changing the icons": WithIcons), a word of the
// sentence that holds the blank ("20240424" for 2024), an abbreviation
// the sentence spells out, a blank that stands for one example of many,
// and a card's answer that its front says or that points at text the
// card does not show. Blind raters found each of these in documents
// outside the corpus.

// identParts splits a word into the words an identifier is made of, in
// lower case: "types.Instantiate" gives "instantiate", "WithIcons" gives
// "with" and "icons", a plain word itself.
func identParts(w string) []string {
	if i := strings.LastIndexByte(w, '.'); i >= 0 && i+1 < len(w) {
		w = w[i+1:] // the package is not the name
	}
	var out []string
	start := 0
	for i := 1; i < len(w); i++ {
		if unicode.IsUpper(rune(w[i])) && unicode.IsLower(rune(w[i-1])) || w[i] == '_' {
			out = append(out, strings.ToLower(strings.Trim(w[start:i], "_")))
			start = i
		}
	}
	return append(out, strings.ToLower(strings.Trim(w[start:], "_")))
}

// answerPointsBack reports whether a card's answer names what the text
// around it sets out: "the following …", "a similar rule", "such a
// case" ("the same underlying array" says which).
func answerPointsBack(answer string) bool {
	toks := tokenize(answer)
	for i, t := range toks {
		switch t.lower {
		case "similar", "such", "this", "these", "those", "aforementioned", "exception":
			return true
		case "following", "other":
			// "the following …", "the other two sides": of what the
			// card does not show.
			if i > 0 && toks[i-1].lower == "the" {
				return true
			}
		}
	}
	return false
}

// frontSaysAnswer reports whether two thirds or more of the content words
// of a card's answer are words of its front, in any form.
func frontSaysAnswer(front, answer string) bool {
	shown := map[string]bool{}
	for w := range contentWords(tokenize(front)) {
		if st := stemOf(w); st != "" {
			shown[st] = true
		}
	}
	n, said := 0, 0
	for w := range contentWords(tokenize(answer)) {
		if st := stemOf(w); st != "" {
			n++
			if shown[st] {
				said++
			}
		}
	}
	return n >= 2 && 3*said >= 2*n
}

// givenInSentence reports whether the rest of a blank's sentence gives it
// away: a word holds it ("20240424" for 2024, "SHASUMS256" for SHA), or
// says its first word in another form ("Triagers follow the ___":
// Triage Guide).
func givenInSentence(answer, rest string) bool {
	a := strings.ToLower(strings.TrimSpace(answer))
	if len(a) < 2 {
		return false
	}
	first := strings.Fields(a)[0]
	// "called P680 because it absorbs best at 680 nanometres": the
	// figures of a name, said apart.
	if d := digitRunRe.FindString(a); len(d) >= 2 && d != a {
		for _, t := range tokenize(rest) {
			if t.text == d {
				return true
			}
		}
	}
	// "RuBisCO (ribulose-1,5-bisphosphate …) … called ___": each word of
	// the blank is in a longer name of the sentence.
	if words := strings.Fields(a); len(words) >= 2 {
		lr, all := strings.ToLower(rest), true
		for _, w := range words {
			if !strings.Contains(lr, w) || len(w) < 4 && isContent(w) {
				all = false
				break
			}
		}
		if all {
			return true
		}
	}
	for _, t := range tokenize(rest) {
		if strings.Contains(t.lower, a) && t.lower != a {
			return true
		}
		// "Calling ___ … returns values of type char": chars.
		if len(t.lower) >= 4 && !strings.Contains(a, " ") && t.lower != a && sameStem(t.lower, a) {
			return true
		}
		if len(first) >= 5 && isCapitalized(answer) && t.lower != first && sameStem(t.lower, first) {
			return true
		}
	}
	return false
}

// exampleSlot reports whether a blank stands for an example, one of many
// that would do: "a method like ___", "e.g. using ___", "such as ___".
func exampleSlot(before string) bool {
	b := strings.ToLower(strings.TrimRight(before, " "))
	// "values such as 0.5, ___ and 0.375": a later item of the list of
	// examples.
	for _, e := range []string{" such as", " including", " like"} {
		if k := strings.LastIndex(b, e); k >= 0 && listItemsRe.MatchString(b[k+len(e):]) {
			return true
		}
	}
	for _, e := range []string{" like", " such as", " including", "e.g.", "e.g., using", "e.g. using", "for example", "for instance", " say"} {
		if strings.HasSuffix(b, e) {
			return true
		}
	}
	return false
}

// listItemsRe finds the items of a list before a blank: "0.5, ", "a
// plot, a path,".
var listItemsRe = regexp.MustCompile(`^(?: [^ ,;:()]+(?: [^ ,;:()]+){0,2},)+$`)

// digitRunRe finds the figures in a name: "680" in "P680".
var digitRunRe = regexp.MustCompile(`\d+`)

// titleGoesOn reports whether a blank continues a title or name that
// the words before it begin: "in The Printing Press as an ___". A
// capitalised word before "a", "an" or "as", not the sentence's first,
// shows it.
func titleGoesOn(before string) bool {
	f := strings.Fields(before)
	n := len(f)
	k := n - 1
	article := false // "of the" also joins a title to its body: "the Gardener of the Royal Society"
	for k >= 0 && titleSmall[f[k]] {
		article = article || f[k] == "a" || f[k] == "an" || f[k] == "as"
		k--
	}
	if k == n-1 || k < 1 || !article {
		return false
	}
	w := f[k]
	return isCapitalized(w) && !strings.ContainsAny(w, ",;:.()\"“”")
}

// listSlot reports whether a blank ends a list of examples ("the
// Reformation, the growth of literacy or the ___"): whatever else the
// list could name fits as well.
func listSlot(before string) bool {
	b := strings.ToLower(strings.TrimRight(before, " "))
	for _, e := range []string{" or", " or the", " or a", " and", " and the", " and a"} {
		if strings.HasSuffix(b, e) {
			clause := b[:len(b)-len(e)]
			if k := strings.LastIndexAny(clause, ";:("); k >= 0 {
				clause = clause[k+1:]
			}
			return strings.Contains(clause, ", ")
		}
	}
	return false
}

// headingSays reports whether the heading names a one-word blank in
// another form: "Ethiopia" under "A Legend in the Ethiopian Highlands".
func (g *sectionGen) headingSays(blank string) bool {
	if strings.Contains(blank, " ") || len(blank) < 4 || !isCapitalized(blank) {
		return false
	}
	lb := strings.ToLower(blank)
	for _, t := range tokenize(g.sec.Heading) {
		if t.lower == lb || strings.HasPrefix(t.lower, lb) && len(t.lower)-len(lb) <= 3 {
			return true
		}
	}
	return false
}

// headingSpells reports whether an identifier's name holds a word of six
// letters or more of the heading ("ShellCompDirectiveDefault" under
// "Change the default ShellCompDirective").
func (g *sectionGen) headingSpells(blank string) bool {
	if !looksLikeIdent(blank) {
		return false
	}
	lb := strings.ToLower(blank)
	for _, t := range tokenize(g.sec.Heading) {
		if len(t.lower) >= 6 && strings.Contains(lb, t.lower) && t.lower != lb {
			return true
		}
	}
	return false
}

// spelledInitials reports whether an abbreviation of two to six capitals
// is the initials of words in a row of text ("EH" of "exception
// handling").
func spelledInitials(abbr, text string) bool {
	if n := len(abbr); n < 2 || n > 6 || abbr != strings.ToUpper(abbr) || strings.IndexFunc(abbr, func(r rune) bool { return r < 'A' || r > 'Z' }) >= 0 {
		return false
	}
	// "Just-In-Time" is three words.
	var words []string
	for _, t := range tokenize(text) {
		words = append(words, strings.Split(t.text, "-")...)
	}
	for i := 0; i+len(abbr) <= len(words); i++ {
		ok := true
		for k := 0; k < len(abbr) && ok; k++ {
			w := words[i+k]
			ok = w != "" && w != abbr && strings.ToUpper(w[:1]) == abbr[k:k+1]
		}
		if ok {
			return true
		}
	}
	return false
}

// looksLikeIdent reports whether a word is written as an identifier: a
// dotted name ("types.Instantiate") or mixed case ("WithIcons").
func looksLikeIdent(w string) bool {
	if strings.Contains(w, ".") && !strings.HasSuffix(w, ".") {
		return true
	}
	for i := 1; i < len(w); i++ {
		if unicode.IsUpper(rune(w[i])) && unicode.IsLower(rune(w[i-1])) {
			return true
		}
	}
	return false
}

// identEchoed reports whether an identifier is spelled by another word of
// its text ("the WithIcons option" beside "Changing the icons", "What
// instantiates …?" of "types.Instantiate"): the text gives it away.
func identEchoed(ident, text string) bool {
	parts := identParts(ident)
	if len(parts) < 2 && !strings.Contains(ident, ".") {
		return false // a plain word: other rules judge it
	}
	for _, t := range tokenize(text) {
		if strings.Contains(t.text, ident) || strings.Contains(ident, t.text) && len(t.text) < len(ident) && isCapitalized(t.text) {
			continue // the identifier itself, or a part of it in the text
		}
		for _, p := range parts {
			if len(p) >= 4 && sameStem(t.lower, p) {
				return true
			}
		}
	}
	return false
}
