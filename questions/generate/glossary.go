package generate

import (
	"fmt"
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/quiz-cli/quiz/questions"
	"github.com/quiz-cli/quiz/questions/article"
)

// A glossary is a list whose items each give a term and what it means:
// "Nucleus: contains the cell's DNA …", "Golgi apparatus — modifies …",
// "--force: overwrite …". Notes, manuals and READMEs are full of them. The
// list's other terms are the best wrong options there are: of the same
// kind, from the same page, each true of something else.

// glossEntry is one item of a glossary list.
type glossEntry struct {
	term, def string // as written
	text      string // the whole item
	para      int    // its paragraph in the section
}

// glossSeps part a term from what it means, first found first.
var glossSeps = []string{": ", " — ", " – ", " - "}

// pointerDefs open a description that says nothing of its own.
var pointerDefs = []string{"see ", "same ", "as above", "as below", "ditto", "like ", "cf. ", "etc"}

// splitGloss splits a list item into a term and what it means, if it
// reads as one: a short name before the separator, three words or more
// after it.
func splitGloss(item string) (term, def string, ok bool) {
	at, sep := -1, ""
	for _, s := range glossSeps {
		if i := strings.Index(item, s); i > 0 && (at < 0 || i < at) {
			at, sep = i, s
		}
	}
	if at < 0 {
		return "", "", false
	}
	term = strings.TrimSpace(item[:at])
	def = strings.TrimSpace(item[at+len(sep):])
	def = strings.TrimSuffix(def, ".")
	// "GDP (Gross Domestic Product)": a term and its long form.
	bare := term
	if i := strings.Index(term, " ("); i > 0 && strings.HasSuffix(term, ")") {
		bare = term[:i]
		inner := term[i+2 : len(term)-1]
		if wordCount(inner) > 5 || strings.ContainsAny(inner, "().") || pointsElsewhere(inner) {
			return "", "", false // "GDP (see below)"
		}
		// "Law of Suspects (17 Sept 1793)": the term is the name; the
		// date is for the card's back.
		if strings.ContainsAny(inner, "0123456789") {
			term = bare
		}
	}
	if tableRowRe.MatchString(item) {
		return "", "", false // "Type: Frictional; Cause: …": a table's row
	}
	if len(bare) > 48 || wordCount(bare) > 5 || strings.ContainsAny(bare, ".,;:!?()\"“”[]{}") ||
		strings.ContainsAny(item, "[]{}`*<>|\\") {
		return "", "", false // markup the reader left: no text to quote
	}
	// "CVE-2020-8174", "v1.2.3": an identifier to look up, not a term.
	digits := 0
	for _, r := range bare {
		if unicode.IsDigit(r) {
			digits++
		}
	}
	if digits >= 4 {
		return "", "", false
	}
	// "Variant 2", "Step 3", "Option B": a label that numbers the items,
	// not a term.
	if f := strings.Fields(term); len(f) > 1 {
		if last := f[len(f)-1]; len(last) == 1 || strings.IndexFunc(last, func(r rune) bool { return !unicode.IsDigit(r) }) < 0 {
			return "", "", false
		}
	}
	r, _ := utf8.DecodeRuneInString(term)
	if !unicode.IsLetter(r) && r != '-' && r != '.' {
		return "", "", false // "1665: Robert Hooke …" dates an event
	}
	// A term names something: not "The cell, in short", not "When".
	toks := tokenize(bare)
	if len(toks) == 0 {
		return "", "", false // "--": no word
	}
	content := false
	for _, t := range toks {
		if !function[t.lower] || t.text != t.lower {
			content = true // "BE", "IT": an abbreviation
		}
	}
	if last := toks[len(toks)-1]; !content || function[last.lower] && last.text == last.lower {
		return "", "", false
	}
	n := wordCount(def)
	if n < 3 || n > 40 || strings.HasSuffix(def, ":") {
		return "", "", false
	}
	if pointsElsewhere(def) {
		return "", "", false
	}
	return term, def, true
}

// pointsElsewhere reports whether a description points at text elsewhere
// instead of saying something: "see above", "same as …".
func pointsElsewhere(s string) bool {
	lower := strings.ToLower(s)
	for _, p := range pointerDefs {
		if strings.HasPrefix(lower, p) || strings.Contains(lower, p) && (p == "as above" || p == "as below") {
			return true
		}
	}
	return false
}

// glossaryParagraphs marks the paragraphs of a section that are items of
// a glossary list: a run of three or more list items, nearly all of which
// split into a term and what it means, each term different.
func glossaryParagraphs(sec article.Section) map[int]bool {
	marked := map[int]bool{}
	glossaries(sec, marked)
	return marked
}

// glossaries returns a section's glossary lists, and marks every item of
// them in marked, if not nil: those that are no term too ("FS: File
// System." says too little to ask).
func glossaries(sec article.Section, marked map[int]bool) [][]glossEntry {
	var out [][]glossEntry
	ps := sec.Paragraphs
	for i := 0; i < len(ps); {
		if ps[i].Kind != article.Item {
			i++
			continue
		}
		j := i
		var run []glossEntry
		seen := map[string]bool{}
		for ; j < len(ps) && ps[j].Kind == article.Item; j++ {
			term, def, ok := splitGloss(ps[j].Text)
			if !ok || seen[strings.ToLower(term)] {
				continue
			}
			seen[strings.ToLower(term)] = true
			run = append(run, glossEntry{term: term, def: def, text: ps[j].Text, para: j})
		}
		// Most items are terms: a list of statements with one "Note: …"
		// is not a glossary.
		if len(run) >= 3 && 4*len(run) >= 3*(j-i) {
			out = append(out, run)
			for k := i; k < j && marked != nil; k++ {
				marked[k] = true
			}
		}
		i = j
	}
	return out
}

// glossaryCandidates asks about every term of the section's glossaries:
// as a card, what the list says of the term, and, unless that gives the
// term away, which term a description is of, among the list's other terms.
func (g *sectionGen) glossaryCandidates() []*candidate {
	var out []*candidate
	for _, run := range glossaries(g.sec, nil) {
		for i, e := range run {
			sents := g.paraSentences(e.para)
			if len(sents) == 0 {
				continue
			}
			if !g.glossGiven(e) {
				if c := g.glossChoice(e, run, i, sents); c != nil {
					out = append(out, c)
				}
			}
			out = append(out, g.glossCard(e, sents))
		}
	}
	return out
}

// paraSentences returns the indexes of a paragraph's sentences.
func (g *sectionGen) paraSentences(para int) []int {
	var out []int
	for _, s := range g.sents {
		if s.para == para {
			out = append(out, s.index)
		}
	}
	return out
}

// glossGiven reports whether a term can be told without reading: what the
// list says of it uses a word of it ("Vacuole: a large vacuole stores
// water"), or the heading names it.
func (g *sectionGen) glossGiven(e glossEntry) bool {
	defWords := tokenize(e.def)
	for _, t := range tokenize(e.term) {
		if len(t.lower) >= 2 && (containsWord(strings.ToLower(e.def), t.lower) && !function[t.lower]) {
			return true // "--force: force …", "TLS: TLS settings"
		}
		// "goldmark-embed: Adds support for … embeds", "statusText:
		// The status text", "Bug Tracker - Search or submit bugs".
		for _, part := range strings.FieldsFunc(t.text, func(r rune) bool { return r == '-' || r == '_' }) {
			for _, w := range identParts(part) {
				for _, d := range defWords {
					if sameWord(w, d.lower) {
						return true
					}
				}
			}
		}
	}
	// "ASAP: As Soon As Possible", "CI: Continuous Integration - …".
	if spelledInitials(e.term, e.def) {
		return true
	}
	return containsWord(g.heading, strings.ToLower(e.term))
}

// sameWord reports whether two lower-cased words are one word in two
// forms: "bug" and "bugs", "embed" and "embeds", "sorting" and "sorts".
func sameWord(a, b string) bool {
	if len(a) < 3 || len(b) < 3 || function[a] || function[b] {
		return false
	}
	if strings.TrimSuffix(a, "s") == strings.TrimSuffix(b, "s") {
		return true
	}
	if ra, rb := stemOf(a), stemOf(b); ra != "" && ra == rb {
		return true
	}
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return n >= 5
}

// termShape sorts terms into kinds a learner tells apart at a glance:
// abbreviations, identifiers and options, and words.
func termShape(term string) int {
	switch {
	case strings.HasPrefix(term, "-") || strings.ContainsAny(term, "._/()") || looksLikeIdent(term):
		return 2
	case term == strings.ToUpper(term) && !strings.Contains(term, " "):
		return 1
	}
	return 0
}

// glossChoice asks which term of the list a description is of, with three
// of the list's other terms as the wrong options (two in a list of three):
// those of its shape first, then by a hash, so that output is
// deterministic.
func (g *sectionGen) glossChoice(e glossEntry, run []glossEntry, at int, sents []int) *candidate {
	// A long description makes a page of a prompt: the card asks it.
	if !g.allowed(questions.Choice) || wordCount(e.def) > 30 {
		return nil
	}
	others := make([]glossEntry, 0, len(run)-1)
	for i, o := range run {
		if i != at && !containsWord(strings.ToLower(e.def), strings.ToLower(o.term)) {
			others = append(others, o)
		}
	}
	if len(others) < 2 {
		return nil
	}
	// Terms of the answer's shape first: "Native modules/addons" among
	// abbreviations is no option.
	shape := termShape(e.term)
	sort.SliceStable(others, func(i, j int) bool {
		si, sj := termShape(others[i].term) == shape, termShape(others[j].term) == shape
		if si != sj {
			return si
		}
		return hash(e.term+others[i].term) < hash(e.term+others[j].term)
	})
	var ds []string
	for _, o := range others[:min(3, len(others))] {
		ds = append(ds, o.term)
	}
	prompt := fmt.Sprintf("Which of these does %s describe as “%s”?", g.where(), e.def)
	q := &questions.Question{ID: g.id("which", e.term), Type: questions.Choice, Prompt: prompt,
		Choices: place(ds, e.term, e.def), Answer: e.term,
		Explain: fmt.Sprintf("%s says: “%s”", capitalize(g.where()), e.text), Source: e.text}
	lower := strings.ToLower(prompt + " " + strings.Join(q.Choices, " "))
	return &candidate{q: q, sents: sents, score: 3.4, answer: strings.ToLower(e.term), visible: lower, glossary: true}
}

// glossCard asks what the list says of a term; the back is the item.
func (g *sectionGen) glossCard(e glossEntry, sents []int) *candidate {
	front := fmt.Sprintf("What does %s say of “%s”?", g.where(), e.term)
	q := &questions.Question{ID: g.id("card", e.term), Type: questions.Card, Prompt: front, Answer: e.text,
		Explain: fmt.Sprintf("%s says: “%s”", capitalize(g.where()), e.text), Source: e.text}
	return &candidate{q: q, sents: sents, score: 2.4, answer: strings.ToLower(e.def), visible: strings.ToLower(front), glossary: true}
}

// namedRe finds a term a sentence names: "a region called the nucleoid",
// "a process known as photosynthesis", "is termed osmosis". After "called"
// only "the" or no article may come: "called a strike" is a verb and its
// object.
var namedRe = regexp.MustCompile(`\b(?:(?:is|are|was|were|be|been|being|[a-z]+) called|known as|termed|referred to as|dubbed) (?:the )?([a-z][a-z-]{3,}(?: [a-z][a-z-]{3,}){0,2})(?:[.,;:)]| \(|$| (?:by|which|that|in|and|or)\b)`)

// invokedHow are words that say how often or when something is called.
var invokedHow = set(`multiple several once twice again many more less first last only each every both either whenever
synchronously asynchronously recursively`)

// namedTerms returns the terms a sentence names, as a blank of its own:
// the word a text introduces is the word to learn, though common nouns
// are never blanks otherwise (see answerable).
func (g *sectionGen) namedTerms(s *sentence) []term {
	var out []term
	for _, m := range namedRe.FindAllStringSubmatchIndex(s.text, -1) {
		if m[2] < s.stemOff {
			continue
		}
		text := s.text[m[2]:m[3]]
		// The last word may be the function word the match stopped on.
		words := strings.Fields(text)
		for len(words) > 1 && function[words[len(words)-1]] {
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
		out = append(out, term{text: text, kind: KindTerm, start: m[2], end: m[2] + len(text), words: len(words)})
	}
	return out
}
