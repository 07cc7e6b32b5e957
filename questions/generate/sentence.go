package generate

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/quiz-cli/quiz/questions/article"
)

// maxBefore bounds the text before a sentence that is searched for what
// its subject points back to.
const maxBefore = 2000

// sentence is a sentence of a section and how it can be asked.
type sentence struct {
	text     string // verbatim, or as a dated item is asked (see dateItem)
	quote    string // verbatim: what a question quotes as its source
	lower    string // text, lower-cased
	offset   int    // byte offset in the section's text
	stemOff  int    // where the stem starts: after a dropped opener
	tokens   []token
	first    int // the first token of the stem
	index    int
	usable   bool            // the whole sentence stands alone
	formed   bool            // a statement of usable length and form, standing alone or not
	backRef  bool            // its subject names something the text before introduced
	leans    bool            // it would stand alone but for what the text before says (see context.go)
	colon    bool            // it ended in a colon before code, which text leaves out
	partRef  bool            // it points at a numbered part of the text or at text "here" (see pointsAtPart)
	nearCode bool            // it is next to a code block or figure the article leaves out
	gloss    bool            // it is an item of a glossary list (see glossary.go)
	para     int             // its paragraph in the section
	before   string          // the text before it in its paragraph (or the paragraph before), lower-cased
	stemSet  map[string]bool // its content words' roots (see stems), once found
}

// stem returns the sentence from stemOff with text[a:b] replaced by repl
// (a == b == -1 for none), capitalised.
func (s *sentence) stem(a, b int, repl string) string {
	t := s.text
	if a >= 0 {
		t = t[:a] + repl + t[b:]
	}
	return capitalize(t[s.stemOff:])
}

// splitSection cuts a section into sentences and decides which stand alone;
// the article's title, like the heading, names what "the fire" is.
func splitSection(sec article.Section, code map[string]int, title string) []*sentence {
	var out []*sentence
	off := 0
	gloss := glossaryParagraphs(sec)
	secText := sec.Text()
	for pi, p := range sec.Paragraphs {
		if pi > 0 {
			off += 2 // the blank line
		}
		base := off
		if p.Kind == article.Item {
			base += len(article.Bullet)
		}
		spans := sentences(p.Text)
		for si, sp := range spans {
			s := &sentence{text: p.Text[sp.start:sp.end], offset: base + sp.start, index: len(out), para: pi, gloss: gloss[pi]}
			s.quote = s.text
			fragment := false
			if si == 0 {
				s.text, fragment = dateItem(s.text, secText)
			}
			if si == len(spans)-1 && colonClaim(s.text) && (pi+1 == len(sec.Paragraphs) || sec.Paragraphs[pi+1].Kind != article.Item) {
				// "… the zero value of an array is a ready-to-use array
				// whose elements are themselves zeroed:" and then code: the
				// claim is whole without what the colon introduces.
				s.text, s.colon = strings.TrimSuffix(s.text, ":"), true
			}
			s.lower = strings.ToLower(s.text)
			s.partRef = pointsAtPart(s.lower)
			s.tokens = tokenize(s.text)
			before := p.Text[:sp.start]
			if sp.start == 0 && pi > 0 {
				// A paragraph's first sentence points back into the one before.
				before = sec.Paragraphs[pi-1].Text
			}
			// What a sentence can point back to is near it: a run-on
			// paragraph of a book would make every sentence cost the
			// paragraph's length.
			if len(before) > maxBefore {
				cut := len(before) - maxBefore
				for cut < len(before) && !utf8.RuneStart(before[cut]) {
					cut++
				}
				before = before[cut:]
			}
			s.before = strings.ToLower(before)
			s.formed = !fragment && wellFormed(s) && !(p.Kind == article.Item && (verbless(s) || nameAndClause(s.tokens, s.text) || headline(s))) && !subjectless(s) &&
				!bareList(s.text[s.stemOff:])
			// The sentence beside a code block or figure the article
			// leaves out points at it ("In the new version, the last line
			// fails to compile"), unless it is a whole claim ending in a
			// colon.
			s.nearCode = !s.colon && (p.AfterCode && si == 0 || p.BeforeCode && si == len(spans)-1)
			s.backRef = s.formed && (refersBack(s, before, code) || bareDefinite(s, sec.Heading+" "+title))
			// A glossary's item is asked as a term and what it means
			// (glossary.go): its description alone lacks its subject.
			whole := s.formed && !s.gloss && wordCount(s.text) >= 7 && !s.nearCode && !exampleVariable(s, code)
			leans := whole && (leansOnText(s) || s.backRef)
			s.usable = whole && !leans
			s.leans = leans && !s.partRef && !s.colon
			out = append(out, s)
		}
		off += len(p.Line())
	}
	return out
}

const (
	monthPat = `(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?`
	dayPat   = `(?:[1-9]|[12][0-9]|3[01])`
	yearPat  = `(?:1[0-9]{3}|20[0-9]{2}|[1-9][0-9]{0,3} BCE?)`
)

// dateLabelRe matches a paragraph that a date labels, as a timeline in
// notes is written: "1665: Robert Hooke observed …", "10 Aug 1792: the
// Tuileries Palace is stormed", "June 1791: …", "5 May — …". A day gives
// its date "On", a year or a month "In".
var dateLabelRe = regexp.MustCompile(`^(?:(` + dayPat + `(?:[–-]` + dayPat + `)? ` + monthPat + `(?: ` + yearPat + `)?)|((?:` + monthPat + ` )?` + yearPat + `))(?::| [-–—]) +(\p{L}\S*)`)

// dateItem asks a sentence that a date labels as the sentence it stands
// for: "1665: Robert Hooke observed …" is "In 1665, Robert Hooke observed
// …". Its first word keeps its capital only if the section never writes
// it in lower case ("Robert", not "The"). A dated name and what it was
// ("1712: Newcomen's atmospheric engine, used for pumping …", "1962:
// Harry Hess, …"), with no verb before its first comma, is no sentence:
// fragment says so.
func dateItem(text, secText string) (string, bool) {
	m := dateLabelRe.FindStringSubmatchIndex(text)
	if m == nil {
		return text, false
	}
	lead := "On "
	date := ""
	if m[2] >= 0 {
		date = text[m[2]:m[3]]
	} else {
		lead, date = "In ", text[m[4]:m[5]]
	}
	rest, first := text[m[6]:], text[m[6]:m[7]]
	// "20 June — Tennis Court Oath: deputies … swear …": a name and
	// what it was, no sentence.
	if i := strings.Index(rest, ": "); i > 0 {
		if head := rest[:i]; verbless(&sentence{text: head, tokens: tokenize(head)}) {
			return text, false
		}
	}
	head := rest
	if i := strings.IndexAny(rest, ",(;"); i > 0 {
		head = rest[:i]
	}
	// verbless looks for a verb after a name only before another word:
	// a word is added so that "Hooke observed" ends in one.
	if verbless(&sentence{text: head + " x", tokens: tokenize(head + " x")}) {
		return text, true
	}
	if lw := strings.ToLower(first); lw != first && !isAcronym(first) && (function[lw] || indexWord(secText, lw) >= 0) {
		rest = lw + rest[len(first):]
	}
	if !strings.HasSuffix(rest, ".") && !strings.HasSuffix(rest, "!") && !strings.HasSuffix(rest, "?") && !strings.HasSuffix(rest, "”") && !strings.HasSuffix(rest, "\"") {
		rest += "."
	}
	return lead + date + ", " + rest, false
}

// tableRowRe matches a table's row as the readers write it: "Header:
// cell; Header: cell".
var tableRowRe = regexp.MustCompile(`^[^:;]{1,40}: [^;]*(?:; [^:;]{1,40}: [^;]*)+$`)

// strandedPrepositions end a sentence only where a link or code that
// followed them was left out: "… are available at.".
var strandedPrepositions = set(`at from via the a an of to in into with see`)

// articles are the words that open a noun phrase and never follow each
// other.
var articles = set(`a an the`)

// subjectless reports whether a list item describes what its list is
// about without naming it: "Returns an array of versions …", "Set to false
// to omit …" under an option's or a function's name, which the question
// cannot show.
func subjectless(s *sentence) bool {
	if len(s.tokens) <= s.first+1 {
		return false
	}
	w, next := s.tokens[s.first].lower, s.tokens[s.first+1].lower
	if w == "set" && next == "to" {
		return true // "Set to false": an option's value
	}
	// "Ideal if …", "Null if node is top of tree": a verdict on the
	// option the heading names.
	if (next == "if" || next == "when" || next == "unless") && !function[w] && !conditions[w] && !verbs[w] && !strings.HasSuffix(w, "ly") {
		return true
	}
	// "Taken directly from …", "Called automatically from …": a
	// participle with nothing it belongs to.
	// "Used by the Allies, the bomb …" has its subject after the comma.
	if (irregularParticiples[w] && w != "given" || strings.HasSuffix(w, "ed")) && participleJoins2[next] && !subjectAfterComma(s.text) {
		return true
	}
	// "Led the Peloponnesian League from the 6th century BC", under
	// "Sparta": what the heading's subject did, not saying who.
	if (irregularPasts[w] || strings.HasSuffix(w, "ed") && len(w) > 4) && determiners[next] && s.tokens[s.first].text != w {
		return true
	}
	// "Returns an array …", "Causes npm to …", "Indicates that …".
	b := strings.TrimSuffix(w, "s")
	return strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && w != "is" && w != "was" && w != "has" &&
		(verbs[w] && (verbs[b] || verbs[strings.TrimSuffix(w, "es")]) || descriptionVerbs[w])
}

// headline reports whether a note is written as a headline, a name and a
// participle with no "was" ("Neptune found by Galle …", "Cluny founded
// 910", "Magna Carta sealed at Runnymede"): no sentence to ask. An active
// verb has its object after it ("Hooke observed cells").
func headline(s *sentence) bool {
	toks := s.tokens
	for i := s.first + 1; i+1 < len(toks); i++ {
		w, next := toks[i], toks[i+1]
		if r, _ := utf8.DecodeRuneInString(w.text); !isCapitalized(toks[i-1].text) || !unicode.IsLower(r) {
			continue
		}
		if !(irregularParticiples[w.lower] || strings.HasSuffix(w.lower, "ed") && len(w.lower) > 4) {
			return false // the first lower-case word after the name is no participle
		}
		// "Necker dismissed, which causes panic": the participle ends
		// its clause.
		return next.lower == "by" || numberRe.MatchString(next.text) || headlinePreps[next.lower] ||
			strings.HasPrefix(s.text[w.end:], ",")
	}
	return false
}

// headlinePreps follow a participle in a headline: "sealed at Runnymede".
var headlinePreps = set(`at in on near from after under during`)

// subjectAfterComma reports whether an opening participial phrase is
// followed by its subject: "Used by the Allies, the bomb …", not "Caused
// by Yersinia pestis; bubonic, pneumonic …".
func subjectAfterComma(text string) bool {
	i := strings.Index(text, ", ")
	if i < 0 || strings.Contains(text[:i], ";") {
		return false
	}
	f := strings.Fields(text[i+2:])
	return len(f) > 0 && (determiners[strings.ToLower(f[0])] || isCapitalized(f[0]))
}

// irregularPasts are verbs in the past that notes open an item with.
var irregularPasts = set(`led built won lost fought began took gave held sent wrote became brought beat drove rose fell made met ran
set bore chose`)

// participleJoins2 follow a participle that opens a description: "Taken
// directly from …", "Called automatically from …", "Used by …".
var participleJoins2 = set(`by from directly automatically when once only with to`)

// descriptionVerbs open the description of an option or a function
// whose name is its heading: "Causes npm to …", "Indicates that …",
// "Enables support for …".
var descriptionVerbs = set(`causes indicates enables disables specifies determines controls defines configures
allows prevents forces tells makes returns sets gets creates removes adds accepts takes`)

// exampleVariable reports whether a sentence names a variable of the
// article's example code: an identifier of one or two letters written as
// code ("word still contains the value 5 because s …"). Which example,
// the question cannot show.
func exampleVariable(s *sentence, code map[string]int) bool {
	for _, t := range s.tokens {
		if len(t.text) <= 2 && code[t.text] > 0 && t.text == t.lower {
			return true
		}
	}
	return false
}

// verbless reports whether a list item is a phrase, not a statement: it
// has no verb the lexicon knows, or only one in a relative clause
// ("Future kinds of triggers, which are activated by …"). A list of links
// ("The original proposal for type parameters.") is of phrases.
func verbless(s *sentence) bool {
	toks := s.tokens
	relative := false // inside "called pinions, which carry … and divide …"
	for i, t := range toks {
		w := t.lower
		if relative && (w == "which" || w == "who") {
			continue
		}
		if !auxiliaries[w] && !(verbs[w] && !strings.HasSuffix(w, "ing")) {
			continue
		}
		if t.end < len(s.text) && s.text[t.end] == '/' || t.start > 0 && s.text[t.start-1] == '/' {
			continue // "go/token": a path
		}
		if relative || i > 0 && (toks[i-1].lower == "which" || toks[i-1].lower == "that" || toks[i-1].lower == "who") {
			continue // the verb of a relative clause
		}
		// "gears called pinions, which carry …": a participle naming,
		// with the relative clause after the name.
		if (w == "called" || w == "known" || w == "named") && i > 0 && !auxiliaries[toks[i-1].lower] && !beForms[toks[i-1].lower] &&
			!strings.HasSuffix(toks[i-1].lower, "ly") && i+2 < len(toks) && strings.HasPrefix(s.text[toks[i+1].end:], ", which") {
			relative = true // to the sentence's end
			continue
		}
		return false
	}
	// "Robert Hooke observed cells …", "Hannibal crosses the Alps": a
	// verb after a name, in the past, or in the present before what it
	// acts on.
	for i := 1; i+1 < len(toks); i++ {
		w := toks[i].lower
		if toks[i].text != w || !isCapitalized(toks[i-1].text) || len(w) < 4 {
			continue
		}
		if len(w) >= 5 && strings.HasSuffix(w, "ed") {
			return false
		}
		next := toks[i+1]
		if strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is") &&
			(determiners[next.lower] || isCapitalized(next.text) && !function[next.lower]) {
			return false
		}
	}
	return true
}

// shortName reports whether text holds word as the last word of a longer
// name ("the Nuremberg Charter" for "Charter").
func shortName(text, word string) bool {
	for off := 0; ; {
		i := strings.Index(text[off:], " "+word)
		if i < 0 {
			return false
		}
		i += off
		if j := strings.LastIndexByte(text[:i], ' '); isCapitalized(text[j+1 : i]) {
			return true
		}
		off = i + 1
	}
}

// backOrdinals after "The" point into a sequence the text set up before.
// thatPrepositions may stand before a pointing "that": "through that
// salty tissue", "all of that ice".
var thatPrepositions = set(`through with by for of around beside behind under over past near`)

// laterOrdinals count on from what the text before gave: "A second wave".
var laterOrdinals = set(`second third fourth fifth further subsequent`)

// ordinalPhrases are nouns that make a phrase of their own with an
// ordinal: "a second language" is no second of anything.
var ordinalPhrases = set(`language languages opinion nature home hand chance thought class cousin person party`)

var backOrdinals = set(`first second third fourth final last next previous latter former resulting subsequent remaining same`)

// refersBack reports whether a sentence's subject is a definite noun
// phrase naming something the sentence before it in the paragraph has just
// introduced ("… the array. The full array will be kept …", "… UN
// involvement … The involvement began …"): without that sentence the
// learner cannot tell which one is meant. A proper name ("The Soviet
// Union") is not a back-reference.
func refersBack(s *sentence, before string, code map[string]int) bool {
	toks := s.tokens[s.first:]
	if len(toks) < 2 || toks[0].lower != "the" {
		return false
	}
	if code[toks[1].text] > 0 {
		return false // "The copy function": a name the article writes as code
	}
	if backOrdinals[toks[1].lower] {
		return true // "The first phase", "The final agreement": of what?
	}
	prev := " " + strings.ToLower(before) + " "
	// "The Charter provided …" after "… the Nuremberg Charter …": a
	// single capitalised word is the short name of one just given.
	if len(toks) > 2 && isCapitalized(toks[1].text) && !isCapitalized(toks[2].text) && len(toks[1].lower) >= 4 &&
		strings.ToUpper(toks[1].text) != toks[1].text && shortName(before, toks[1].text) {
		return true
	}
	// "The autonomic nervous system …" after "the somatic nervous
	// system": a classifying adjective the text has not used yet names
	// another kind of the thing, not the one before.
	if len(toks) > 2 && classifier(toks[1].lower) && !strings.Contains(prev, " "+toks[1].lower) {
		return false
	}
	for _, t := range toks[1:min(len(toks), 4)] {
		if phraseAdjectives[t.lower] {
			continue // "The full array …": the noun is still to come
		}
		if t.text == "" || t.text[0] < 'a' || t.text[0] > 'z' || function[t.lower] || verbs[t.lower] {
			return false // a name, or the noun phrase has ended
		}
		if len(t.lower) >= 4 && (strings.Contains(prev, " "+t.lower) || strings.Contains(prev, " "+strings.TrimSuffix(t.lower, "s"))) {
			return true
		}
	}
	return false
}

// bareDefinite reports whether a story's sentence has "the" and a common
// noun alone as its subject ("The plan was settled …", "The offer soured
// …"): which plan, the text before says, unless the heading names it.
func bareDefinite(s *sentence, heading string) bool {
	toks := s.tokens[s.first:]
	// "Result: a merged patrician–plebeian elite": a note's label that
	// names what the item before led to.
	if label, _, ok := strings.Cut(s.text, ":"); ok && backResults[strings.ToLower(strings.TrimSpace(label))] {
		return true
	}
	// "At sea, the defenders won …": the same after a short opening
	// phrase.
	if len(toks) > 4 && toks[0].lower != "the" && (prepositions[toks[0].lower] || strings.HasSuffix(toks[0].lower, "ly")) {
		for k := 1; k < len(toks)-3 && k <= 4; k++ {
			if strings.HasPrefix(s.text[toks[k-1].end:toks[k].start], ",") {
				if toks[k].lower == "the" {
					rest := *s
					rest.first = s.first + k
					return bareDefinite(&rest, heading)
				}
				break
			}
		}
	}
	if len(toks) < 3 || toks[0].lower != "the" {
		return false
	}
	n, v := toks[1], toks[2].lower
	// "The solution is the cardiovascular system": the solution to what
	// the text before set out.
	appositive := strings.HasPrefix(s.text[n.end:], ",")
	if backResults[n.lower] && (beForms[v] || v == "lies" || v == "lay" || v == "came" || appositive) && !containsWord(strings.ToLower(heading), n.lower) {
		return true
	}
	// "The new agency promoted …", "The turning point came …": the noun
	// after an adjective or a noun that modifies it.
	if (phraseAdjectives[n.lower] || !function[n.lower] && !verbs[n.lower] && !beForms[v] && !verbs[v]) && n.text == n.lower && len(toks) > 3 &&
		s.text[n.end:toks[2].start] == " " && toks[2].text == toks[2].lower && !function[toks[2].lower] &&
		pastTense(toks[3].lower) {
		return !containsWord(strings.ToLower(heading), strings.TrimSuffix(toks[2].lower, "s"))
	}
	if n.text != n.lower || function[n.lower] || phraseAdjectives[n.lower] || s.text[toks[0].end:n.start] != " " {
		return false
	}
	// A story's "The plan was settled": a definition's "The length is
	// the number of elements …" names its own term.
	if !pastTense(v) {
		return false
	}
	return !containsWord(strings.ToLower(heading), strings.TrimSuffix(n.lower, "s"))
}

// timeAdverbs say when or how often, and name nothing "its" could be.
var timeAdverbs = set(`twice once thrice again soon later then still even only also never always afterwards afterward
eventually meanwhile thereafter`)

// relationalEnds name something of something else: a sentence that
// ends on one without saying of what leans on the text before.
var relationalEnds = set(`causes cause reasons reason effects consequences symptoms`)

// otherQuantifiers before "other" count the rest of what the text before
// named: "Most other bones".
var otherQuantifiers = set(`most many some all several few`)

// resultAdjectives make a noun the result or the rest of what the text
// before described: "the resulting area".
var resultAdjectives = set(`resulting remaining ensuing aforementioned abovementioned`)

// timeNouns name a stretch of a year: "that October" is of the year the
// text before gave.
var timeNouns = set(`january february march april may june july august september october november december spring summer autumn fall winter year month week day decade century morning evening night`)

// whereWords say where, with what they are about after them:
// "Beneath it".
var whereWords = set(`beneath below beside behind above inside outside within around under over near alongside across against`)

// layerWords place a layer or part within a whole the text before named:
// "The inner mucosa".
var layerWords = set(`inner outer middle innermost outermost deeper shallower upper lower`)

// partNouns name a part of something: "At the corners", "On the
// underside" of what the text before described.
var partNouns = set(`corners corner underside undersides edges edge tip tips rim periphery end ends side sides`)

// exampleRanks rank an example among others of its kind: "the first
// modern example".
var exampleRanks = set(`first earliest last latest best best-known classic finest oldest`)

// countNouns count things without naming them: "dozens of them".
var countNouns = set(`dozens hundreds thousands millions billions tens scores lots loads numbers`)

// backResults are nouns that name what the text before led to or asked
// for: "The solution is …", "Result: a merged elite …" lean on it.
var backResults = set(`solution solutions answer answers result results outcome outcomes consequence consequences upshot
remedy cure antidote fix catch trick aftermath response reaction significance impact effect effects`)

// phraseAdjectives are words of the function list that modify a noun to
// come: "the full array", "the entire file".
var phraseAdjectives = set(`full entire whole original new old main major minor big small large little long high low
early late actual basic total single initial broad wide real simple clear usual additional general particular`)

// wellFormed reports whether a sentence is a statement of a length and
// form a question can quote, and finds where its stem starts: after a
// discourse opener ("However, ") or a list item's label.
func wellFormed(s *sentence) bool {
	s.stemOff, s.first = 0, 0
	t := s.text
	lower := strings.ToLower(t)
	n := wordCount(t)
	if n < 5 || n > 55 || len(s.tokens) == 0 {
		return false
	}
	if !s.colon && !strings.HasSuffix(t, ".") && !strings.HasSuffix(t, ".”") && !strings.HasSuffix(t, ".\"") {
		return false
	}
	// "… in their official names,. The …": a remark cut out of the
	// text left its punctuation behind.
	if strings.Contains(t, ",.") || strings.Contains(t, " ,") {
		return false
	}
	// "Concurrency · Computer Architecture · Index": a line of links.
	if strings.Count(t, "·") >= 2 || strings.Count(t, " | ") >= 2 {
		return false
	}
	// "threat → consul 104–100": notes' shorthand, not a sentence.
	if strings.ContainsAny(t, "?[]{}`*<>|=_#\\~^$→⇒↑↓±×Σ√≈≠≤≥∩∪") || strings.Contains(t, " + ") || strings.Contains(t, "()") || strings.Contains(t, "...") || strings.Contains(t, "…") {
		return false
	}
	if strings.Count(t, "\"")%2 != 0 || strings.Count(t, "(") != strings.Count(t, ")") ||
		strings.Count(t, "“") != strings.Count(t, "”") {
		return false
	}
	if !isCapitalized(t) && !strings.HasPrefix(t, "“") && !strings.HasPrefix(t, "\"") {
		return false
	}
	// "… are available at.": a link was cut out after the preposition.
	if last := s.tokens[len(s.tokens)-1].lower; strandedPrepositions[last] && strings.HasSuffix(t, last+".") {
		return false
	}
	// "are be labeled", "of of", "the a dictionary": a slip of the
	// source, not English to ask.
	for i := 1; i < len(s.tokens); i++ {
		a, b := s.tokens[i-1].lower, s.tokens[i].lower
		if a == b && function[a] || b == "be" && (a == "is" || a == "are" || a == "was" || a == "were") ||
			articles[a] && articles[b] || a == "an" && b == s.tokens[i].text && strings.ContainsRune("bcdfgjklmnpqrstvwxz", rune(b[0])) {
			return false // "an special action"
		}
	}
	for _, m := range markers {
		if strings.HasPrefix(lower, m+", ") {
			s.stemOff = len(m) + 2
			break
		}
	}
	// "This means that X": X is the claim, and stands alone when nothing
	// else in it points back.
	if s.stemOff == 0 {
		for _, m := range []string{"this means that ", "that means that ", "in other words, ", "that is, "} {
			if strings.HasPrefix(lower, m) {
				s.stemOff = len(m)
				break
			}
		}
	}
	// A list item's label: "Good first issues: To help new contributors ...".
	if i := strings.Index(t, ": "); i > 0 && s.stemOff == 0 && wordCount(t[:i]) <= 4 && i+2 < len(t) && isCapitalized(t[i+2:]) {
		s.stemOff = i + 2
	}
	// "Robust. goldmark is fully compliant …": a feature list's label; not
	// an initial ("E. coli has …", "In E. coli the old strand …").
	if i := strings.Index(t, ". "); i > 0 && utf8.RuneCountInString(lastWord(t[:i])) > 1 && s.stemOff == 0 && wordCount(t[:i]) <= 2 && !strings.ContainsAny(t[:i], ".,;:") &&
		!abbreviations[strings.ToLower(lastWord(t[:i]))] {
		s.stemOff = i + 2
	}
	// "Functional option: WithExtensions; Type: …; Description: …": a
	// table's row, not a sentence.
	if tableRowRe.MatchString(t) {
		return false
	}
	// "Explain why one murder in the Balkans led to a war …": an exam's
	// task, which says nothing.
	if f := strings.Fields(strings.ToLower(t[s.stemOff:])); len(f) > 1 && examVerbs[f[0]] && examObjects[f[1]] {
		return false
	}
	for i, tok := range s.tokens {
		if tok.start >= s.stemOff {
			s.first = i
			break
		}
	}
	return true
}

// pluralBefore reports whether tokens hold a word that may be a plural
// noun, or a person ("a casual contributor … for them"): something "them"
// can stand for.
func pluralBefore(toks []token) bool {
	for _, t := range toks {
		w := t.lower
		if function[w] || verbs[w] || len(w) <= 3 {
			continue
		}
		if strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") || hasSuffix(w, personSuffixes) || persons[w] {
			return true
		}
	}
	return false
}

// personSuffixes end nouns for people, whom a singular "them" stands for.
var personSuffixes = []string{"er", "or", "ist", "ant", "ent", "ian"}

// persons are nouns for people without such an ending.
var persons = set(`someone anyone everyone person people user child adult citizen member`)

// nameBefore reports whether tokens hold a capitalised word after the
// first: a name a later pronoun may stand for.
func nameBefore(toks []token) bool {
	for i, t := range toks {
		// "In March 1860 he …": a month is no one he could be.
		if i > 0 && isCapitalized(t.text) && !months[t.lower] {
			return true
		}
	}
	return false
}

// subjectBefore reports whether tokens hold a name a later "he", "she",
// "him" or an object "her" may stand for. A name a preposition leads is
// someone the subject dealt with, or a place ("In 1910, working with
// André-Louis Debierne, she isolated …"); a name that opens the sentence
// may be the subject ("Fust took over the equipment, and with Schöffer
// he …").
func subjectBefore(toks []token) bool {
	// A plural opening the sentence is no name: "Universities in … did
	// not admit women, so the path was closed to her."
	// "Off Sandy Hook, … he emptied …": a preposition opening it leads
	// a place.
	// "Back in London in 1738 he met …": an everyday word is no name.
	if len(toks) > 0 && isCapitalized(toks[0].text) && !function[toks[0].lower] && !pluralOpening(toks) && !prepositions[toks[0].lower] &&
		!antecedentBlockers[toks[0].lower] && !adverbOpeners[toks[0].lower] {
		return true
	}
	led := false // whether the name being read follows a preposition
	for i := 1; i < len(toks); i++ {
		t := toks[i]
		if !isCapitalized(t.text) {
			continue
		}
		if !isCapitalized(toks[i-1].text) || i == 1 {
			// "at the Colline Gate": a preposition, then "the".
			led = antecedentBlockers[toks[i-1].lower] || toks[i-1].lower == "the" && i >= 2 && antecedentBlockers[toks[i-2].lower] ||
				// "while surveying the Boothia Peninsula, he …": a name
				// after "the" is a place, a ship or a body, unless it is
				// a title ("the King").
				toks[i-1].lower == "the" && !titles[t.lower] && !nobleTitles[t.lower] && !hasSuffix(t.lower, demonymEndings)
		}
		if !led && !months[t.lower] && !eras[t.text] && t.text != "AD" && t.text != "CE" && !hyphenAdjective(t.text) {
			return true
		}
	}
	return false
}

// demonymEndings end a people's adjective, which may describe a person
// after "the": "the Norwegian Fridtjof Nansen".
var demonymEndings = []string{"an", "ese", "ish", "ic", "ch"}

// timesAsMuchRe finds a comparison with nothing after it: "sixteen times
// as much.".
var timesAsMuchRe = regexp.MustCompile(`\btimes as (?:much|many|great|large|long|high|fast|strong|heavy)\s*[.,;]`)

// dayBeforeRe finds a time counted back from one the text before gave:
// "the evening before, on 21 June".
var dayBeforeRe = regexp.MustCompile(`\bthe (?:evening|night|day|morning|week|month|year) before\s*[,.;]`)

// bareWorkRe finds a sentence opening on work of no named kind: "Work
// began in 1901".
var bareWorkRe = regexp.MustCompile(`^(?:work|construction|excavation|digging|building|fighting) (?:began|started|resumed|continued|stopped|ceased|ended)\b`)

// explanationNouns, after "One", need what they explain: "One
// well-supported explanation is …".
var explanationNouns = set(`explanation explanations reason reasons theory answer possibility cause`)

// nobleTitles name a person after "the": "the Duke of York", "the
// Prince".
var nobleTitles = set(`duke duchess earl countess baron baroness prince princess marquess marquis viscount bishop archbishop
captain abbot prior cardinal dauphin tsar czar sultan khan shah`)

// examVerbs and examObjects open an exam's task: "Explain why …",
// "Assess the reasons …".
var (
	examVerbs   = set(`explain describe discuss compare contrast evaluate assess outline analyse analyze summarise summarize justify`)
	examObjects = set(`why how what whether the to`)
)

// pluralOpening reports whether a sentence opens on a plural noun, not a
// name in -s: "Universities in …", "Mountains are …", not "Stevens
// resigned …".
func pluralOpening(toks []token) bool {
	w := toks[0].lower
	return len(toks) > 1 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "'s") && !strings.HasSuffix(w, "’s") &&
		function[toks[1].lower]
}

// objectHer reports whether toks[i] is "her" as an object ("closed to
// her."), not before a noun as "his" would be ("and her daughter").
func objectHer(toks []token, i int) bool {
	return toks[i].lower == "her" && (i+1 == len(toks) || function[toks[i+1].lower])
}

// nameRuns counts the runs of capitalised words in tokens that may name
// a person: not a month, nor a word capitalised only because it opens
// the sentence.
func nameRuns(toks []token) int {
	n := 0
	for i, t := range toks {
		if !isCapitalized(t.text) || months[t.lower] || i == 0 && function[t.lower] || possessive(t.lower) {
			continue
		}
		if i == 0 || !isCapitalized(toks[i-1].text) || months[toks[i-1].lower] || i == 1 && function[toks[0].lower] {
			n++
		}
	}
	return n
}

// antecedentBlockers lead a name that a later "he" or "she" does not
// stand for.
// adverbOpeners open a sentence and name no one: "Back in London …".
var adverbOpeners = set(`back later then once soon there here meanwhile afterwards still`)

var antecedentBlockers = set(`with by for to from against of in at on under alongside near across into beside off`)

// hyphenAdjective reports whether a capitalised word is an adjective
// made with a hyphen: "Russian-ruled", "German-born" (not "André-Louis").
func hyphenAdjective(w string) bool {
	_, after, ok := strings.Cut(w, "-")
	return ok && after != "" && !isCapitalized(after)
}

// itComplements follow an "it" that points forward, not back: "made it
// possible to …", "found it hard".
var itComplements = set(`possible impossible easy easier hard harder difficult clear necessary likely unlikely sure
worth to that a an the into`)

// beForms are the forms of "be" a predicate follows.
var beForms = set(`is are was were be been being`)

// comparers and comparatives make a comparison that needs a "than":
// "far higher", "much smaller".
var (
	comparers    = set(`far much even still significantly considerably slightly`)
	comparatives = set(`higher lower larger smaller greater fewer more less better worse bigger faster slower longer shorter older younger stronger weaker`)
	// bareComparatives compare with what the text before described when
	// a comma or the end follows them: "Geminid meteors are slower, …",
	// "a darker, typically basaltic rock".
	bareComparatives = set(`higher lower larger smaller bigger faster slower longer shorter older younger stronger weaker
darker lighter brighter dimmer cooler warmer hotter colder heavier denser thinner thicker cheaper deeper shallower wider narrower louder quieter`)
)

// proVerbs stand for a verb the text before gave: "must do it".
var proVerbs = set(`do does did doing done`)

// indefinites are pronouns that name no one in particular: "Nobody lived
// on it".
var indefinites = set(`nobody everybody somebody anybody everyone someone anyone nothing something everything`)

// partOf name a part of a whole: "part of its flank".
var partOf = set(`part parts much most some all rest half`)

// thatSubjectVerbs follow "that" as the subject after a comma: ", that
// works out to …", ", that gives …".
var thatSubjectVerbs = set(`works comes amounts gives means makes`)

// relationNouns say what a thing is to another: an example of, an
// explanation of, an exception to.
var relationNouns = set(`example examples instance instances explanation explanations exception exceptions counterpart
counterparts successor precursor variation variant`)

// unnamedRelation reports whether a sentence says what something is to a
// thing it does not name: "Midway Atoll and Kure Atoll … are examples.",
// "Well-known examples include Hawaii …", "Wilson proposed an
// explanation." (of what?). "For example" and "an example of" name it, and
// so does a clause before a semicolon or colon ("… are called ice caps;
// Vatnajökull … is a well-known example").
func unnamedRelation(s *sentence) bool {
	toks := s.tokens[s.first:]
	for i, t := range toks {
		if !relationNouns[t.lower] {
			continue
		}
		if i > 0 && toks[i-1].lower == "for" {
			continue // "for example"
		}
		// "Hubble's successor", "his Soviet counterpart": whose, it says.
		if slices.ContainsFunc(toks[max(0, i-3):i], func(p token) bool {
			return possessive(p.lower) || p.lower == "his" || p.lower == "her" || p.lower == "its" || p.lower == "their"
		}) {
			continue
		}
		if strings.HasPrefix(s.text[t.end:], ":") {
			continue // "a more prosaic explanation: the hand of God, …"
		}
		if i+1 < len(toks) {
			switch toks[i+1].lower {
			case "of", "for", "to", "is", "was", "are", "were":
				continue // "an example of", "The explanation is that …"
			}
		}
		if strings.ContainsAny(s.text[:t.start], ";:") {
			continue
		}
		return true
	}
	return false
}

// stageRe finds a step of a process the sentence does not name, and the
// word after it: "In the second stage the …" (not "… stage of the war").
var stageRe = regexp.MustCompile(`^(?:in|during|at) the (?:first|second|third|fourth|fifth|final|last|next) (?:stage|step|phase|pass|round)s?,? (\w+)`)

// leansOnText reports whether a well-formed sentence leans on text the
// learner cannot see: it opens with a pronoun or a linking word, or says
// "this", "such", "the latter" and the like.
func leansOnText(s *sentence) bool {
	// A typographic apostrophe reads as the word lists': "it’s", "we’re".
	lower := strings.ReplaceAll(strings.ToLower(s.text), "’", "'")
	if s.stemOff > 0 {
		lower = lower[s.stemOff:]
	}
	if badStarts[s.tokens[s.first].lower] {
		return true
	}
	// "In the second stage the filtered scanlines are joined": the
	// second stage of what, the text before said.
	if m := stageRe.FindStringSubmatch(lower); m != nil && m[1] != "of" {
		return true
	}
	// "such as" introduces examples, not a reference to earlier text.
	padded := strings.ReplaceAll(" "+lower+" ", " such as ", " like ")
	if strings.Contains(lower, ", they ") || strings.Contains(lower, ", it ") {
		return true // "In the Potsdam Declaration, they called for …": who?
	}
	// "With two silvered surfaces …, the figure falls to roughly half a
	// watt": the figure the text before gave.
	if figureChangesRe.MatchString(lower) {
		return true
	}
	if strings.Contains(lower, ", that is the ") {
		return true // "For a 75 kg occupant, that is the difference between …": what is?
	}
	// "A chartered schooner … failed too.": as what else did?
	if n := len(s.tokens); n > 2 && s.tokens[n-1].lower == "too" && s.text[s.tokens[n-2].end:s.tokens[n-1].start] == " " && pastTense(s.tokens[n-2].lower) {
		return true
	}
	// "A modern installation is a good deal more than a pipe and a fan,
	// however.": more than what the text before made of it.
	if n := len(s.tokens); n > 2 && (s.tokens[n-1].lower == "however" || s.tokens[n-1].lower == "though") && strings.HasSuffix(strings.TrimSpace(s.text[:s.tokens[n-1].start]), ",") {
		return true
	}
	// "A strong wind … gives about 240 pascals, sixteen times as much.":
	// as what?
	if timesAsMuchRe.MatchString(lower) {
		return true
	}
	// "The ship had anchored off Tilbury the evening before, on …":
	// before what?
	if dayBeforeRe.MatchString(lower) {
		return true
	}
	// "Work began in 1901": which work?
	if bareWorkRe.MatchString(lower) {
		return true
	}
	if strings.Contains(lower, "what happened next") || strings.Contains(lower, "what followed") {
		return true // "What happened next was pieced together …": after what?
	}
	if strings.Contains(lower, ", that happens") {
		return true // "… about 101 kilopascals, that happens at 100 °C": what does?
	}
	// "Slide the upper one so that …": the upper what? After a
	// comparison ("similar to the French one") or later in the sentence
	// ("an extra directory entry placed just before the ordinary one"),
	// its noun is the sentence's own.
	if m := adjOneRe.FindStringSubmatchIndex(lower); m != nil && !function[lower[m[2]:m[3]]] && !comparedBefore(lower[:m[0]]) && wordCount(lower[:m[0]]) <= 1 {
		return true
	}
	// "A famous list from one of them describes …": of what? (After a
	// comma, "them" is what the sentence named: "Enzymes are … catalysts,
	// almost all of them proteins".)
	if i := strings.Index(lower, " of them"); i >= 0 && wordCount(lower[:i]) <= 6 {
		if j := strings.LastIndex(lower[:i], ","); j < 0 || wordCount(lower[j+1:i]) > 2 {
			return true
		}
	}
	// "Roughly speaking, every rise of 10 degrees nearly doubles it.":
	// an object "it" with nothing in the sentence for it to be.
	if n := len(s.tokens); n > 3 && (s.tokens[n-1].lower == "it" || s.tokens[n-1].lower == "them") {
		clause := lower
		// "Roughly speaking, …": an opener of two words is no clause.
		if before, after, ok := strings.Cut(clause, ","); ok && wordCount(before) <= 2 {
			clause = after
		}
		if !strings.ContainsAny(clause, ",;") && !slices.ContainsFunc(tokenize(clause), func(t token) bool { return t.lower == "and" || t.lower == "or" || clauseOpeners[t.lower] }) {
			return true
		}
	}
	for _, t := range s.tokens[s.first:] {
		if base, _, _ := strings.Cut(t.lower, "'"); base == "we" {
			return true // "We’re returning a usize …": who, and where?
		}
	}
	for _, a := range anaphora {
		if containsPhrase(padded, " "+a) {
			return true
		}
	}
	toks := s.tokens[s.first:]
	if ellipticalOpener(s) || unnamedRelation(s) || preferredAlone(s) {
		return true
	}
	// "The tomb of Caecilia Metella … is the best known.": of which?
	for _, end := range []string{" is the best known.", " are the best known.", " is the most famous.", " are the most famous.",
		" is the best-known.", " is the largest.", " is the oldest."} {
		if strings.HasSuffix(lower, end) {
			return true
		}
	}
	// "Where it may once have held …, by 1450 its population had
	// fallen", "Although it did not declare independence, the document
	// …": an opening clause on "it", and the main clause's subject is
	// its again, or "the" and a noun, never named.
	if len(toks) > 4 && clauseOpeners[toks[0].lower] && (toks[1].lower == "it" || toks[1].lower == "they") {
		for k := 2; k < len(toks)-1; k++ {
			if strings.HasPrefix(s.text[toks[k-1].end:toks[k].start], ",") {
				// "the document challenged": one noun, then its verb ("the
				// nuclear monopoly was" names what "it" was).
				if toks[k].lower == "the" && k+2 < len(toks) && !isCapitalized(toks[k+1].text) && pastTense(toks[k+2].lower) {
					return true
				}
				for _, t := range toks[k:min(len(toks), k+4)] {
					if isCapitalized(t.text) {
						break
					}
					if t.lower == "its" || t.lower == "their" || t.lower == "it" || t.lower == "they" {
						return true
					}
				}
				break
			}
		}
	}
	// "B is settled at 3, and the road B–D improves D to 8": a route
	// between the labels of a worked example, which the question does
	// not show.
	if exampleEdgeRe.MatchString(s.text) {
		return true
	}
	// "Since the middle of the eighteenth century its glaciers have
	// retreated …": after an opening phrase, the subject is "its" thing,
	// of what the text before named.
	if len(toks) > 4 && (prepositions[toks[0].lower] || toks[0].lower == "since" || toks[0].lower == "during" || toks[0].lower == "after" ||
		toks[0].lower == "before" || toks[0].lower == "by") {
		for k := 1; k+2 < len(toks) && k <= 10; k++ {
			if w := toks[k].lower; w == "its" || w == "their" {
				// "the city and its suburbs": named just before.
				if p := toks[k-1].lower; p == "and" || p == "or" || p == "of" || p == "with" {
					break
				}
				if v := toks[k+2].lower; auxiliaries[v] || beForms[v] || modals[v] || v == "have" || v == "has" || pastTense(v) {
					return true
				}
				break
			}
			// "Before the water leaves the plant its acidity …": a clause,
			// whose subject "its" is.
			if w := toks[k].lower; auxiliaries[w] || beForms[w] || pastTense(w) || verbs[w] || presentOrPast(w) && !unicode.IsDigit(rune(w[0])) && k > 2 {
				break
			}
		}
	}
	// "About a week later, on the night of …", "Confirmation came more
	// than a century later, in …": later than what the text before told.
	// Near the start, any span and "later", "earlier" or "afterwards";
	// further on, "a …" or a count and "later", unless a year before it
	// says later than what ("shot on … 1989, …; a month later").
	for k := 1; k+1 < len(toks); k++ {
		unit := timeUnits[toks[k].lower] || timeUnits[toks[k].lower+"s"]
		century := toks[k].lower == "century" || toks[k].lower == "centuries"
		if !unit && !century || !relativeTime[toks[k+1].lower] || toks[k+1].lower == "ago" {
			continue
		}
		opening := unit && k <= 4 && !slices.ContainsFunc(toks[:k], func(b token) bool {
			return !function[b.lower] && spelledValue(b.lower) == 0 && !numberRe.MatchString(b.text) && b.lower != "about" && b.lower != "some"
		})
		span := toks[k-1].lower == "a" || toks[k-1].lower == "an" || spelledValue(toks[k-1].lower) > 0 || numberRe.MatchString(toks[k-1].text)
		if opening || span && toks[k+1].lower == "later" && !slices.ContainsFunc(toks[:k], func(b token) bool { return yearRe.MatchString(b.text) }) {
			return true
		}
	}
	// "A second wave followed in 1934", "Newer processors support a
	// fifth level", "ends at a second opening": the first ones, the text
	// before gave, unless the sentence names a first itself. Past its
	// start, "a further …" and "a second time" count nothing.
	for i := 0; i+2 < len(toks); i++ {
		if (toks[i].lower == "a" || toks[i].lower == "an") && laterOrdinals[toks[i+1].lower] && !ordinalPhrases[toks[i+2].lower] &&
			(i == 0 || toks[i+1].lower != "further" && !timeNouns[toks[i+2].lower]) &&
			!slices.ContainsFunc(toks[:i], func(b token) bool {
				// "the outer wall … a second, inner wall": the first is here.
				named := false
				for _, n := range toks[i+2 : min(len(toks), i+5)] {
					named = named || isContent(n.lower) && strings.TrimSuffix(b.lower, "s") == strings.TrimSuffix(n.lower, "s")
				}
				return b.lower == "first" || b.lower == "one" || named
			}) {
			return true
		}
	}
	// "Opposing it are …", "Against them stood …", "Expect it to take
	// eight minutes", "Allow them to rest", "Beneath it, …": what it is,
	// the text before said.
	if len(toks) > 2 && (toks[1].lower == "it" || toks[1].lower == "them") && (strings.HasSuffix(toks[0].lower, "ing") || prepositions[toks[0].lower] ||
		whereWords[toks[0].lower] || toks[2].lower == "to") {
		return true
	}
	// "…, Ron Rivest, Adi Shamir and Leonard Adleman, did.": an
	// auxiliary that ends the sentence stands for a verb the text before
	// gave.
	if n := len(toks); n > 2 && (toks[n-1].lower == "did" || toks[n-1].lower == "does") && s.text[toks[n-2].end:toks[n-1].start] == ", " {
		return true
	}
	// "Snow that falls on it …": "it" is not the snow, and nothing else
	// is named before it.
	for k := 1; k+3 < len(toks) && k <= 2; k++ {
		if (toks[k].lower == "that" || toks[k].lower == "which") && prepositions[toks[k+2].lower] && toks[k+3].lower == "it" {
			return true
		}
	}
	// "The inner mucosa is lined by urothelium", "The deeper
	// paracortex": the inner layer of what, deeper than what, the text
	// before said ("The deeper the water, the slower …" compares).
	if len(toks) > 3 && toks[0].lower == "the" && layerWords[toks[1].lower] && toks[3].lower != "of" &&
		s.text[toks[1].end:toks[2].start] == " " && !(toks[2].lower == "the" || strings.HasPrefix(s.text[toks[2].end:], ",")) {
		return true
	}
	// "Inside, lymph flows …": inside what? "Similar but less organised
	// tissue …": similar to what?
	if len(toks) > 2 && whereWords[toks[0].lower] && strings.HasPrefix(s.text[toks[0].end:], ",") ||
		len(toks) > 2 && toks[0].lower == "similar" && toks[1].lower != "to" {
		return true
	}
	// "At the corners are portal tracts", "On the underside, …": the
	// corners of what, the text before said.
	if len(toks) > 3 && prepositions[toks[0].lower] && toks[1].lower == "the" && partNouns[toks[2].lower] && toks[3].lower != "of" {
		return true
	}
	// "Within a decade, that opinion was reversed": "that" and a noun
	// as the subject after an opening phrase point at what the text
	// before described.
	for i := 1; i+2 < len(toks); i++ {
		if toks[i].lower == "that" && s.text[toks[i-1].end:toks[i].start] == ", " && isContent(toks[i+1].lower) && !verbs[toks[i+1].lower] &&
			(beForms[toks[i+2].lower] || strings.HasSuffix(toks[i+2].lower, "ed") && verbs[toks[i+2].lower]) {
			return true
		}
	}
	// "loses water to that salty tissue": "that" after a preposition
	// and before a noun phrase points at one the text before described.
	for i := 1; i+1 < len(toks); i++ {
		if toks[i].lower == "that" && (prepositions[toks[i-1].lower] || thatPrepositions[toks[i-1].lower]) &&
			isContent(toks[i+1].lower) && !verbs[toks[i+1].lower] &&
			// "an extra chromosome … three copies of that chromosome": the
			// sentence names it itself.
			!slices.ContainsFunc(toks[:i], func(b token) bool { return b.lower == toks[i+1].lower }) {
			return true
		}
	}
	// "White's plan for a stabilization fund was more modest.": more
	// modest than what the text before described ("H+ as shorthand, but
	// H3O+ is more accurate" compares within the sentence).
	if n := len(toks); n > 3 && (toks[n-2].lower == "more" || toks[n-2].lower == "less") && beForms[toks[n-3].lower] &&
		!slices.ContainsFunc(toks, func(b token) bool { return b.lower == "than" }) && !strings.ContainsAny(s.text[s.stemOff:], ",;:") {
		return true
	}
	for i, t := range toks {
		// "Astronomers outside France resisted, and …": resisted what?
		// "…, which Egypt and Sudan rejected.": the relative is its object.
		if bareObjectVerbs[t.lower] && i > 0 && (strings.HasPrefix(s.text[t.end:], ",") || strings.HasPrefix(s.text[t.end:], ".")) &&
			!slices.ContainsFunc(toks[max(0, i-5):i], func(b token) bool {
				return b.lower == "which" || b.lower == "that" || b.lower == "what" || b.lower == "whom"
			}) {
			return true
		}
		// "The Spanish responded on 12 April by opening …": to what?
		// ("… raised tariffs sharply, and other countries retaliated"
		// says to what, before.)
		if (t.lower == "responded" || t.lower == "retaliated" || t.lower == "reacted") && i > 0 && !strings.Contains(s.text[:t.start], ", and ") &&
			!slices.ContainsFunc(toks[i+1:min(len(toks), i+4)], func(b token) bool { return b.lower == "to" || b.lower == "against" }) {
			return true
		}
		// "Strikes broke out in protest, and …": against what?
		// ("… declared war without consulting them, and the ministries
		// resigned in protest." says against what.)
		if t.lower == "protest" && i > 0 && toks[i-1].lower == "in" && strings.HasPrefix(s.text[t.end:], ",") {
			return true
		}
		// "a closely related standard is known as …": related to what?
		if t.lower == "related" && i > 0 && (toks[i-1].lower == "a" || toks[i-1].lower == "closely") && i+1 < len(toks) &&
			!slices.ContainsFunc(toks[i+1:min(len(toks), i+4)], func(b token) bool { return b.lower == "to" }) {
			return true
		}
		// "introduced a similar requirement": similar to what?
		if t.lower == "similar" && i > 0 && (toks[i-1].lower == "a" || toks[i-1].lower == "an") && i+1 < len(toks) && (i+2 == len(toks) || toks[i+2].lower != "to") {
			return true
		}
		// "Rust forms in a ring between the two zones", "the two kings
		// concluded a treaty": which two, the text before said ("the
		// two kings, Ramesses and Hattusili" says it here).
		// "the four leaders were displayed": which four people?
		if t.lower == "the" && i+2 < len(toks) && spelledValue(toks[i+1].lower) >= 3 && spelledValue(toks[i+1].lower) <= 10 &&
			toks[i+2].text == toks[i+2].lower && plural(toks[i+2].lower) && personNoun(strings.TrimSuffix(toks[i+2].lower, "s")) &&
			(i+3 == len(toks) || toks[i+3].lower != "of") {
			return true
		}
		if t.lower == "the" && i+2 < len(toks) && toks[i+1].lower == "two" {
			// ("the two remaining …", "the two other …" lean by the words
			// "remaining" and "other" already.)
			n := toks[i+2]
			if n.text == n.lower && plural(n.lower) && !naturalPairs[n.lower] && !function[n.lower] &&
				(i+3 == len(toks) || toks[i+3].lower != "of" && !strings.HasPrefix(s.text[n.end:], ",") && !strings.HasPrefix(s.text[n.end:], " (") && !strings.HasPrefix(s.text[n.end:], ":")) {
				return true
			}
		}
		switch {
		// "Through a fissure here …": here, where the text before was.
		case t.lower == "here":
			return true
		// "before the change", "adds to the contrast": which, the text
		// before said ("the change from sail to steam" says it here).
		case t.lower == "the" && i+1 < len(toks) && (toks[i+1].lower == "change" || toks[i+1].lower == "contrast" || toks[i+1].lower == "fighting") &&
			(i+2 == len(toks) || !changeComplements[toks[i+2].lower]):
			return true
		// "either number beat the record": either of what the text before
		// gave ("either the driver or the fireman" names them).
		// ("a deficiency of either disrupts" and "combine X25519 with
		// ML-KEM … either component" name both.)
		case t.lower == "either" && i+1 < len(toks) && toks[i+1].text == toks[i+1].lower && !eitherPlaces[toks[i+1].lower] && !prepositions[toks[i+1].lower] &&
			!presentOrPast(toks[i+1].lower) && !verbs[toks[i+1].lower] && !slices.ContainsFunc(toks[i+1:], func(b token) bool { return b.lower == "or" }) &&
			!slices.ContainsFunc(toks[min(1, i):i], func(b token) bool { return isCapitalized(b.text) }):
			return true
		// "so devices mix the two.": the two what?
		case i == len(toks)-1 && i > 0 && t.lower == "two" && toks[i-1].lower == "the":
			return true
		// "Where the original had listed …": the original what?
		case t.lower == "original" && i > 0 && toks[i-1].lower == "the" && i+1 < len(toks) && (auxiliaries[toks[i+1].lower] || beForms[toks[i+1].lower] || pastTense(toks[i+1].lower)):
			return true
		// "The idea was simple", "The idea dates to 1679": which idea?
		// ("patented the idea in 1888" after the tyres it names, "The
		// idea of a sealed pot …" say which.)
		case i == 0 && t.lower == "the" && len(toks) > 2 && toks[1].lower == "idea" && !ideaComplements[toks[2].lower]:
			return true
		// "Further west lay Qana": west of what the text before described.
		case i == 0 && (t.lower == "further" || t.lower == "farther") && len(toks) > 1 && compassWords[toks[1].lower]:
			return true
		// "Most decisive was the spread of …": the most decisive of what?
		case i == 0 && t.lower == "most" && len(toks) > 2 && (beForms[toks[2].lower] || toks[2].lower == "of") && standsForNoun(toks[1].lower):
			return true
		// "who lived in nearby Auburn": near what?
		case t.lower == "nearby" && i+1 < len(toks) && isCapitalized(toks[i+1].text):
			return true
		// "had argued as much": as what the text before said ("eats as
		// much as four tonnes" compares).
		case t.lower == "as" && i > 0 && i+1 < len(toks) && toks[i+1].lower == "much" && pastTense(toks[i-1].lower) &&
			(i+2 == len(toks) || toks[i+2].lower != "as"):
			return true
		// "did germ theory provide one.": one of what the text before
		// named; "the only option.": the only one for what?; "… file
		// instead.": instead of what?
		case i > 0 && t.lower == "one" && verbs[toks[i-1].lower] && (i == len(toks)-1 || strings.HasPrefix(s.text[t.end:], ",")),
			i == len(toks)-1 && i > 1 && onlyNouns[t.lower] && toks[i-1].lower == "only" && toks[i-2].lower == "the",
			i == len(toks)-1 && i > 0 && t.lower == "instead":
			return true
		// "Peter Boysen-Jensen showed that it could pass": nothing before
		// "it" that it could be but a person.
		case t.lower == "it" && i > 1 && toks[i-1].lower == "that" && !slices.ContainsFunc(toks[:i-1], func(b token) bool {
			// ("The US Treasury … made it clear that it": a name after
			// "the" can be "it".)
			return b.text == b.lower && isContent(b.lower) && !pastTense(b.lower) && !verbs[b.lower] || determiners[b.lower]
		}):
			return true
		// "Geminid meteors are slower, at about 35 kilometres per second",
		// "a darker, typically basaltic rock", "A smaller event … had
		// killed 37 people": slower, darker and smaller than what the text
		// before described. ("to gain a stronger position" and "A higher
		// proportion … makes a polymer denser" compare within the
		// sentence.)
		case bareComparatives[t.lower] && i > 0 && !slices.ContainsFunc(toks, func(b token) bool { return b.lower == "than" }) &&
			((beForms[toks[i-1].lower] || toks[i-1].lower == "a") && (i+1 == len(toks) || strings.HasPrefix(s.text[t.end:], ",")) ||
				i == 1 && (toks[0].lower == "a" || toks[0].lower == "an") && comparedSubject(toks[i+1:])):
			return true
		// "Ulloa's was captured": Ulloa's what, the text before said.
		case possessive(t.lower) && !contractions[t.lower] && i+1 < len(toks) && (beForms[toks[i+1].lower] || auxiliaries[toks[i+1].lower]):
			return true
		// "achieved that target": that, the text before set; "showed
		// that cells divide" says what was shown.
		case t.lower == "that" && i > 0 && i+2 < len(toks) && pastTense(toks[i-1].lower) && isContent(toks[i+1].lower) &&
			!verbs[toks[i+1].lower] && (prepositions[toks[i+2].lower] || thatPrepositions[toks[i+2].lower]) &&
			// "found that recall of trigrams dropped": a clause.
			!slices.ContainsFunc(toks[i+2:], func(b token) bool {
				return pastTense(b.lower) || beForms[b.lower] || modals[b.lower] || b.lower == "be"
			}):
			return true
		case t.lower == "that" && i > 0 && i+2 == len(toks) && pastTense(toks[i-1].lower) && isContent(toks[i+1].lower) && !verbs[toks[i+1].lower]:
			return true
		// "very high doses of some, such as vitamin B6": some of what?
		case t.lower == "of" && i+1 < len(toks) && (quantifiers[toks[i+1].lower] || toks[i+1].lower == "others") &&
			strings.HasPrefix(s.text[toks[i+1].end:], ","):
			return true
		// "Ulugh Beg would govern there for four decades": where, the
		// text before said ("there were", "there followed" say nothing).
		case t.lower == "there" && i > 0 && !(i+1 < len(toks) && (beForms[toks[i+1].lower] || modals[toks[i+1].lower] || existentials[toks[i+1].lower])) &&
			// "In South Sudan the river, known there as …": the place is
			// named before it.
			!slices.ContainsFunc(toks[1:i], func(b token) bool {
				k := slices.IndexFunc(toks, func(x token) bool { return x.start == b.start })
				return isCapitalized(b.text) && k > 0 && placePrepositions[toks[k-1].lower]
			}):
			return true
		// "At one end is the carboxylate group": one end of what?
		case i == 0 && prepositions[t.lower] && i+2 < len(toks) && (toks[i+1].lower == "one" || toks[i+1].lower == "either" || toks[i+1].lower == "each") &&
			partNouns[toks[i+2].lower]:
			return true
		// "showed that it did, with later measurements …": did what, the
		// text before asked.
		case (t.lower == "it" || t.lower == "they") && i+1 < len(toks) && (toks[i+1].lower == "did" || toks[i+1].lower == "does" || toks[i+1].lower == "do") &&
			(i+2 == len(toks) || strings.ContainsAny(s.text[toks[i+1].end:min(len(s.text), toks[i+1].end+1)], ",.;")):
			return true
		// "A rare exception was described in …": an exception to what?
		case (t.lower == "exception" || t.lower == "exceptions") && !(i+1 < len(toks) && toks[i+1].lower == "to") &&
			!strings.HasPrefix(s.text[t.end:], ":") && // "Exception: …", a note's label
			!slices.ContainsFunc(toks[:i], func(b token) bool { return b.lower == "with" || b.lower == "without" }):
			return true
		// "By contrast, a water tube …": by contrast with what?
		case (t.lower == "contrast" || t.lower == "comparison") && i > 0 && (toks[i-1].lower == "by" || toks[i-1].lower == "in") &&
			!(i+1 < len(toks) && (toks[i+1].lower == "to" || toks[i+1].lower == "with")):
			return true
		// "Often it is a neutron star": what is, the text before said.
		case t.lower == "it" && i == 1 && (toks[0].lower == "often" || toks[0].lower == "sometimes" || toks[0].lower == "usually") &&
			i+1 < len(toks) && (presentOrPast(toks[i+1].lower) || modals[toks[i+1].lower]):
			return true
		// "blasted his way into the upper ones": the upper what?
		// ("faster than the new ones" after "The older machines" names
		// them).
		case t.lower == "ones" && i > 0 && toks[i-1].lower != "loved" && toks[i-1].lower != "young" && toks[i-1].lower != "little" &&
			!slices.ContainsFunc(toks[:i], func(b token) bool {
				return len(b.lower) > 3 && strings.HasSuffix(b.lower, "s") && !strings.HasSuffix(b.lower, "ss") && isContent(b.lower)
			}):
			return true
		// "Some 100,000 more people": more than what the text before
		// counted.
		case (t.lower == "more" || t.lower == "fewer") && i > 0 && numberRe.MatchString(toks[i-1].text) && s.text[toks[i-1].end:t.start] == " " &&
			!slices.ContainsFunc(toks, func(b token) bool { return b.lower == "than" }):
			return true
		// "the resources of both institutions": both of those the text
		// before named, unless the sentence names them ("both A and B").
		case t.lower == "both" && i+1 < len(toks) && strings.HasSuffix(toks[i+1].lower, "s") && !function[toks[i+1].lower] && !naturalPairs[toks[i+1].lower] &&
			!slices.ContainsFunc(toks[i+1:min(len(toks), i+5)], func(b token) bool { return b.lower == "and" }):
			return true
		// "whether it holds that line.", "a way of honouring that shape":
		// the line and the shape the text before described, unless the
		// sentence names them first ("showed that cells divide" says
		// what was shown).
		case t.lower == "that" && i > 0 && i+1 < len(toks) && (verbs[toks[i-1].lower] || presentOrPast(toks[i-1].lower) || strings.HasSuffix(toks[i-1].lower, "ing")) &&
			isContent(toks[i+1].lower) && toks[i+1].text == toks[i+1].lower && !verbs[toks[i+1].lower] && !timeNouns[toks[i+1].lower] &&
			!hasSuffix(toks[i+1].lower, qualitySuffixes) && (i+2 == len(toks) || strings.HasPrefix(s.text[toks[i+1].end:], ",")) &&
			!slices.ContainsFunc(toks[:i], func(b token) bool {
				return strings.TrimSuffix(b.lower, "s") == strings.TrimSuffix(toks[i+1].lower, "s")
			}):
			return true
		// "that October", "that winter": of the year the text before gave.
		case t.lower == "that" && i+1 < len(toks) && timeNouns[toks[i+1].lower] && !slices.ContainsFunc(toks[:i], func(b token) bool { return yearRe.MatchString(b.text) }):
			return true
		// "tried a different approach": different from what? "A related
		// technique": related to what?
		case (t.lower == "a" || t.lower == "an") && i+2 < len(toks) && (toks[i+1].lower == "different" || toks[i+1].lower == "related") &&
			!slices.ContainsFunc(toks[i+2:], func(b token) bool { return b.lower == "from" || b.lower == "than" || b.lower == "to" }):
			return true
		// "drew the opposite conclusion", "faces the reverse problem":
		// opposite to what?
		case t.lower == "the" && i+1 < len(toks) && (toks[i+1].lower == "opposite" || toks[i+1].lower == "reverse") && (i+2 == len(toks) || toks[i+2].lower != "of"):
			return true
		// "Alexander proved otherwise, building …": otherwise than what
		// the text before said.
		case t.lower == "otherwise" && i > 0 && (presentOrPast(toks[i-1].lower) || verbs[toks[i-1].lower]) && strings.HasPrefix(s.text[t.end:], ","):
			return true
		// "Some are made of …", "Many have a decorative cap": some of
		// what?
		case i == s.first && (t.lower == "some" || t.lower == "many" || t.lower == "most" || t.lower == "several") && i+1 < len(toks) &&
			(beForms[toks[i+1].lower] || modals[toks[i+1].lower] || toks[i+1].lower == "have" || toks[i+1].lower == "had"):
			return true
		// "From then until 1932", "Since then": then, when the text
		// before says.
		case t.lower == "then" && i > 0 && (toks[i-1].lower == "from" || toks[i-1].lower == "since" || toks[i-1].lower == "until" || toks[i-1].lower == "by"):
			return true
		// "Each consists of two glands": each of what?
		case i == 0 && t.lower == "each" && len(toks) > 1 && (presentOrPast(toks[1].lower) || modals[toks[1].lower] || beForms[toks[1].lower]):
			return true
		// "T3 is the more active form": more than what? Not with "than".
		case t.lower == "the" && i+2 < len(toks) && (toks[i+1].lower == "more" || toks[i+1].lower == "less") && !function[toks[i+2].lower] &&
			!slices.ContainsFunc(toks, func(b token) bool { return b.lower == "than" }) && i > 0 && beForms[toks[i-1].lower]:
			return true
		// "Historically it has taken ten years": what has, the text
		// before said.
		case t.lower == "it" && i == 1 && strings.HasSuffix(toks[0].lower, "ly") && i+1 < len(toks) && (presentOrPast(toks[i+1].lower) || modals[toks[i+1].lower]):
			return true
		// "came to call it An Gorta Mór": what they called so.
		case t.lower == "it" && i > 0 && (toks[i-1].lower == "call" || toks[i-1].lower == "called" || toks[i-1].lower == "name" || toks[i-1].lower == "named"):
			return true
		// "the resulting area", "the remaining cases": of what the text
		// before described.
		case t.lower == "the" && i+1 < len(toks) && resultAdjectives[toks[i+1].lower]:
			return true
		// "At the time smallpox was endemic": at what time?
		case i == 0 && t.lower == "at" && i+3 < len(toks) && toks[i+1].lower == "the" && toks[i+2].lower == "time" &&
			toks[i+3].lower != "of" && toks[i+3].lower != "when" && toks[i+3].lower != "that":
			return true
		// "The two fragments, both positively charged, …": which two,
		// the text before said.
		case i == 0 && t.lower == "the" && i+2 < len(toks) && (toks[i+1].lower == "two" || toks[i+1].lower == "three") &&
			plural(toks[i+2].lower) && toks[i+2].text == toks[i+2].lower && !naturalPairs[toks[i+2].lower] &&
			(i+3 >= len(toks) || toks[i+3].lower != "of"):
			return true
		// "Multiplying the two gives …": the two the text before gave;
		// "the two sides" names them.
		case t.lower == "the" && i+2 < len(toks) && (toks[i+1].lower == "two" || toks[i+1].lower == "three") &&
			(verbs[toks[i+2].lower] || beForms[toks[i+2].lower] || modals[toks[i+2].lower] || function[toks[i+2].lower]),
			t.lower == "the" && i+2 < len(toks) && toks[i+1].lower == "opposite" && (toks[i+2].lower == "effect" || toks[i+2].lower == "way"):
			return true
		// "… are major causes.": of what?
		case i == len(toks)-1 && relationalEnds[t.lower] && i > 0 && !slices.ContainsFunc(toks[:i], func(b token) bool { return b.lower == "of" }):
			return true
		// "… are other major causes", "two further small lobes": other
		// than, and further to, what the text before gave.
		case t.lower == "other" && i > 0 && (beForms[toks[i-1].lower] || otherQuantifiers[toks[i-1].lower]) && (i+1 == len(toks) || toks[i+1].lower != "than"),
			// "a few degrees cooler still": still more than the text
			// before said.
			t.lower == "still" && i > 0 && strings.HasSuffix(toks[i-1].lower, "er") && len(toks[i-1].lower) > 4 && !verbs[toks[i-1].lower],
			t.lower == "further" && i > 0 && (spelledUnits[toks[i-1].lower] > 0 || numberRe.MatchString(toks[i-1].text)):
			return true
		// "… is often cited as the first modern example.": of what?
		case (t.lower == "example" || t.lower == "examples") && i > 1 && (i+1 == len(toks) || toks[i+1].lower != "of") &&
			!strings.ContainsAny(s.text[:t.start], ";:") && slices.ContainsFunc(toks[max(0, i-3):i], func(b token) bool { return exampleRanks[b.lower] }):
			return true
		// "Twice the Ottomans brought their armies to its walls": its,
		// with nothing before it that it could be.
		// A name may end in "s" ("the Thames"), unless "their" after it
		// says it is a plural.
		case t.lower == "its" && i > 0 && !slices.ContainsFunc(toks[:i], func(b token) bool {
			if isCapitalized(b.text) && b.start > 0 && !slices.ContainsFunc(toks[:i], func(c token) bool { return c.lower == "their" }) {
				return true
			}
			return !strings.HasSuffix(b.lower, "s") && !strings.HasSuffix(b.lower, "ly") && !function[b.lower] && !verbs[b.lower] && !beForms[b.lower] &&
				!timeAdverbs[b.lower] && isContent(b.lower)
		}):
			return true
		}
		if t.lower == "this" || t.lower == "these" || t.lower == "those" {
			return true
		}
		// "In the second, old u1 and new u2 correspond": an ordinal with
		// no noun after it counts what the text before set up.
		if t.lower == "the" && i+1 < len(toks) && backOrdinals[toks[i+1].lower] {
			if e := toks[i+1].end; e < len(s.text) && strings.ContainsRune(",;:.", rune(s.text[e])) {
				return true
			}
		}
		// "On the very same day": the day the text before gave.
		if t.lower == "the" && i+2 < len(toks) && (toks[i+1].lower == "same" || toks[i+1].lower == "very" && toks[i+2].lower == "same") &&
			!slices.ContainsFunc(toks[i:], func(b token) bool { return b.lower == "as" }) {
			return true
		}
		// "was besieging the town when …", "the country's inflation":
		// which town, the text before says; "the city of Caffa" says it
		// here.
		// "Automattic, the company behind WordPress.com": the name before
		// it says which.
		if t.lower == "the" && i+1 < len(toks) && backNouns[strings.TrimSuffix(strings.TrimSuffix(toks[i+1].lower, "'s"), "’s")] &&
			!(i >= 1 && strings.HasPrefix(s.text[toks[i-1].end:t.start], ",") && isCapitalized(toks[i-1].text)) &&
			// "under the name test doubles", "is the name for a group of
			// compounds", "the name given to": it says which.
			!(i >= 1 && (toks[i-1].lower == "under" || toks[i-1].lower == "by")) &&
			!(i+2 < len(toks) && toks[i+1].lower == "name" && (toks[i+2].lower == "for" || toks[i+2].lower == "given")) &&
			// "the city of Caffa", "the company Siemens" name it; "the
			// university's Medical Building" does not.
			(i+2 == len(toks) || toks[i+2].lower != "of" && (!isCapitalized(toks[i+2].text) || possessive(toks[i+1].lower))) {
			return true
		}
		// "Over water 4,000 metres deep it travels …", "By default they
		// will not store …": "it" or "they" as the subject after an
		// opening phrase ("they" after a short one: "… in cyanobacteria,
		// and the oxygen they released" has its plural), before any verb of the
		// sentence ("… could be X, or it could be Y" says what it is).
		if (t.lower == "it" || t.lower == "they" && i <= 4) && i > 1 && i+1 < len(toks) &&
			(presentOrPast(toks[i+1].lower) || irregularPasts[toks[i+1].lower] || irregularPast[toks[i+1].lower] != "" || t.lower == "they" && modals[toks[i+1].lower]) &&
			// ("On 26 May they climbed": the month is no modal.)
			!slices.ContainsFunc(toks[:i], func(b token) bool { return beForms[b.lower] || modals[b.lower] && b.text == b.lower || verbs[b.lower] }) {
			return true
		}
		// "Understanding its evolution ...": whose?
		if (t.lower == "its" || t.lower == "their" || t.lower == "his" || t.lower == "her") && (i < 3 || i < 5 && !nameBefore(toks[:i])) {
			return true
		}
		// "The constitution was approved, and he was made Consul": who?
		// A name before the pronoun may be whom it means.
		if (t.lower == "he" || t.lower == "she" || t.lower == "him" || objectHer(toks, i)) && !subjectBefore(toks[:i]) ||
			(t.lower == "his" || t.lower == "her") && !nameBefore(toks[:i]) {
			return true
		}
		// "must do it while the train travels": do what? ("When you want
		// to do something, you just do it" says.)
		if t.lower == "it" && i > 0 && proVerbs[toks[i-1].lower] &&
			!slices.ContainsFunc(toks[:i-1], func(b token) bool { return indefinites[b.lower] }) {
			return true
		}
		// "takes its name from it", "named after it": after what?
		if t.lower == "it" && i > 1 && (toks[i-1].lower == "from" || toks[i-1].lower == "after" || toks[i-1].lower == "for") &&
			(toks[i-2].lower == "name" || toks[i-2].lower == "named" || toks[i-2].lower == "names") {
			return true
		}
		// "identified the mutation itself.": as against what the text
		// before said of it, unless the sentence has said it ("from
		// quantisation, not from the compression itself").
		if t.lower == "itself" && i > 1 && i == len(toks)-1 && toks[i-2].lower == "the" &&
			!slices.ContainsFunc(toks[:i-2], func(b token) bool { return b.lower == toks[i-1].lower }) {
			return true
		}
		// "Nobody lived on it permanently": on what, the text before
		// says.
		if t.lower == "it" && i > 0 && i < 5 && prepositions[toks[i-1].lower] &&
			!slices.ContainsFunc(toks[:i-1], func(b token) bool {
				return !function[b.lower] && !indefinites[b.lower] && !verbs[b.lower] && !pastTense(b.lower)
			}) {
			return true
		}
		// "In the spring of 1859 its sledge parties searched …", "In
		// December 2018 part of its flank collapsed": whose?
		if t.lower == "its" && i >= 2 && i < 8 && !slices.ContainsFunc(toks[:i], func(b token) bool {
			return !function[b.lower] && !timeNouns[b.lower] && !partOf[b.lower] && !numberRe.MatchString(b.text)
		}) {
			return true
		}
		// "…, that works out to roughly 0.45 millimetres": what works
		// out, the sentence before says.
		if t.lower == "that" && i > 0 && i+1 < len(toks) && strings.Contains(s.text[toks[i-1].end:t.start], ",") && thatSubjectVerbs[toks[i+1].lower] {
			return true
		}
		// "Queen Victoria sent her a brooch", "Herbert wrote asking her":
		// the one person named before is the subject, and "her" someone
		// else.
		if objectHer(toks, i) && i > 0 && (verbs[toks[i-1].lower] || pastTense(toks[i-1].lower) || strings.HasSuffix(toks[i-1].lower, "ing")) && nameRuns(toks[:i-1]) == 1 {
			return true
		}
		// "New Zealand pioneered it in 1990": what it did is in the text
		// before. Not "made it possible to …", "found it hard".
		if (t.lower == "it" || t.lower == "them") && i > 0 && i < 8 && (strings.HasSuffix(toks[i-1].lower, "ed") || verbs[toks[i-1].lower] ||
			strings.HasSuffix(toks[i-1].lower, "s") && verbs[strings.TrimSuffix(toks[i-1].lower, "s")]) &&
			(i+1 == len(toks) || !itComplements[toks[i+1].lower]) {
			return true
		}
		// "NAT rewrites them to one public address": them, with nothing
		// before it that they could be.
		// "Today astronomers understand them as …": the plural right
		// before the verb is its subject, which "them" is not.
		if t.lower == "them" && i > 1 && !function[toks[i-1].lower] && plural(toks[i-2].lower) && !pluralBefore(toks[:i-2]) {
			return true
		}
		// "Oort proposed that they come from …": who? Only a plural
		// before it can be.
		if t.lower == "they" && i > 0 && (toks[i-1].lower == "that" || toks[i-1].lower == "because" || toks[i-1].lower == "where") &&
			!slices.ContainsFunc(toks[:i-1], func(b token) bool { return !function[b.lower] && plural(b.lower) }) {
			return true
		}
		if t.lower == "them" && i > 0 && !pluralBefore(toks[:i-1]) {
			return true
		}
		// "Sailors have long called them the Seven Hunters": the only
		// plural before is the subject, which "them" is not.
		if t.lower == "them" && i > 2 && pluralBefore(toks[:1]) && !pluralBefore(toks[1:i]) {
			return true
		}
		// "A healthy adult has 4,000 to 11,000 of them": some of many,
		// and no plural before that they could be.
		// "may contain dozens of them": a count is no plural they could
		// be.
		if t.lower == "them" && i > 0 && toks[i-1].lower == "of" && !slices.ContainsFunc(toks[:i-1], func(b token) bool {
			return len(b.lower) > 3 && !function[b.lower] && !verbs[b.lower] && strings.HasSuffix(b.lower, "s") && !strings.HasSuffix(b.lower, "ss") &&
				!countNouns[b.lower]
		}) {
			return true
		}
		// "Six more states followed by 1 Feb 1861", "The siege followed
		// until April": followed what?
		if t.lower == "followed" && (i+1 == len(toks) || toks[i+1].lower == "until" || toks[i+1].lower == "suit" ||
			toks[i+1].lower == "by" && i+2 < len(toks) && numberRe.MatchString(toks[i+2].text)) {
			return true
		}
		// "Deaths in the war were far higher, commonly put at …": than
		// what? ("had a much higher rate of return" compares within the
		// sentence.)
		if comparers[t.lower] && i > 0 && beForms[toks[i-1].lower] && i+1 < len(toks) && comparatives[toks[i+1].lower] && !strings.Contains(lower, " than ") {
			return true
		}
	}
	if s.partRef {
		return true
	}
	for _, w := range []string{" i ", " me ", " my ", " i'm ", " i've "} {
		if strings.Contains(padded, w) {
			return true
		}
	}
	return false
}

// comparedSubject reports whether the clause after a subject that opens
// "A smaller …" tells what it was ("was", "had killed"), not what it
// does ("makes", "does not create").
func comparedSubject(rest []token) bool {
	for _, t := range rest {
		switch {
		case beForms[t.lower] || t.lower == "had":
			return true
		case auxiliaries[t.lower] || modals[t.lower] || verbs[t.lower] || strings.HasSuffix(t.lower, "s") && presentOrPast(t.lower) && !isCapitalized(t.text):
			return false
		}
	}
	return false
}

// ideaComplements say which idea: "The idea of …", "The idea that …".
var ideaComplements = set(`of that behind for to`)

// eitherPlaces name places that come in twos: "on either side".
var eitherPlaces = set(`side sides end ends bank banks hand direction way`)

// compassWords are directions: "Further west", "Farther north".
var compassWords = set(`north south east west inland upstream downstream afield`)

// standsForNoun reports whether a word after "Most" at a sentence's start
// is an adjective standing for a noun the text before gave ("Most
// decisive was …"), not a noun ("Most people …"): it ends as adjectives
// do.
func standsForNoun(w string) bool {
	return !plural(w) && hasSuffix(w, []string{"ive", "ant", "ent", "ous", "ful", "al", "ic", "able", "ible", "ing"})
}

// changeComplements say which change, contrast or fighting: "the change
// from sail to steam", "the contrast between them", "the fighting in
// Flanders".
var changeComplements = set(`of in from between to with at on over around near`)

// contractions end in "'s" but are no possessives: "it's" is "it is".
var contractions = set(`it's that's there's here's what's who's he's she's let's where's`)

// onlyNouns are what "the only …" at a sentence's end leaves unsaid the
// purpose of: "The moving coil is the only option."
var onlyNouns = set(`option options choice way one solution answer alternative possibility method approach`)

// backNouns are what a text names once and then calls "the town", "the
// union", "the bill": which one, the text before says.
var backNouns = set(`town city village port fortress castle island country nation union bill league movement campaign
story invention expedition race society fleet result results finding findings method technique company firm yard shipyard
factory loss fragments university problem name concept wreck accident incident`)

// pauses, wordNouns and outcomeNouns open sentences that lean on the one
// before: "After a pause", "The term", "The result is"; quantifiers alone
// ("Most escapes …") and remainders ("The rest comes …") too.
var (
	quantifiers = set(`most many much some few half all several`)
	remainders  = set(`rest remainder difference balance total sum result`)
	shareNouns  = set(`share rate proportion fraction majority minority bulk portion percentage`)
	// bareObjectVerbs take an object or a "to" that says what: with
	// neither, it is in the text before.
	bareObjectVerbs = set(`resisted refused declined objected protested complied relented accepted rejected obeyed followed`)
	pauses          = set(`pause while delay break gap`)
	wordNouns       = set(`term word name phrase`)
	outcomeNouns    = set(`result outcome consequence effect upshot place spot site process procedure pathway treatment therapy`)
)

// preferredAlone reports whether a sentence says what some prefer but
// not to what: "Some people prefer 150 cm or so" (to the height the
// sentence before gave).
func preferredAlone(s *sentence) bool {
	if s.first >= len(s.tokens) || !quantifiers[s.tokens[s.first].lower] && s.tokens[s.first].lower != "others" {
		return false
	}
	for i, t := range s.tokens {
		if t.lower != "prefer" && t.lower != "prefers" && t.lower != "preferred" {
			continue
		}
		for _, u := range s.tokens[i+1:] {
			switch u.lower {
			case "to", "over", "than", "rather", "instead", "because", "for", "when", "if":
				return false
			}
		}
		return i+1 < len(s.tokens)
	}
	return false
}

// comparedBefore reports whether text ends on the word of a comparison:
// "similar to ", "than ", "like ", "as ", "from ".
func comparedBefore(text string) bool {
	f := strings.Fields(text)
	if len(f) == 0 {
		return false
	}
	switch f[len(f)-1] {
	case "to", "than", "like", "as", "from", "with":
		return true
	}
	return false
}

// figureChangesRe finds "the figure" that changes, the one the text
// before gave: "the figure falls to roughly half a watt" (not "the
// figure most often quoted", "double the figure for …").
var figureChangesRe = regexp.MustCompile(`\bthe figure (?:falls|fell|rises|rose|drops|dropped|climbs|climbed|grows|grew|doubles|doubled|halves|halved|becomes|became)\b`)

// pluralPeople are plurals without an s: "Some people, …" names whom.
var pluralPeople = set(`people men women children folk`)

// adjOneRe finds "one" standing for a noun the text before gave: "the
// upper one", "the narrow one".
var adjOneRe = regexp.MustCompile(`\bthe ([a-z]+) ones?\b`)

// presentOrPast reports whether a word reads as a verb of a subject "it":
// "travels", "ejected", "was".
func presentOrPast(w string) bool {
	switch w {
	case "is", "was", "has", "had", "does", "did", "can", "could", "will", "would", "may", "might", "must":
		return true
	}
	return len(w) > 3 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us")) && !function[w]
}

// ellipticalOpener reports whether a sentence opens on a subject whose
// noun the sentence before gives ("The most consequential belonged to
// …", "The city's most famous, …", "One is to …"), or on a time counted
// from an event there ("Within fifty years, …").
func ellipticalOpener(s *sentence) bool {
	toks := s.tokens[s.first:]
	if len(toks) < 4 {
		return false
	}
	w := func(i int) string {
		if i < len(toks) {
			return strings.ReplaceAll(toks[i].lower, "’", "'")
		}
		return ""
	}
	if (w(0) == "one" || w(0) == "another") && beForms[w(1)] {
		return true
	}
	// "Of the fifteen, seven survived": of which fifteen? "One
	// well-supported explanation is …": of what?
	if w(0) == "of" && w(1) == "the" && spelledValue(w(2)) > 0 ||
		w(0) == "one" && slices.ContainsFunc(toks[1:min(4, len(toks))], func(t token) bool { return explanationNouns[t.lower] }) {
		return true
	}
	// "Smaller groups had arrived in 1947": smaller than what?
	if bareComparatives[w(0)] && plural(w(1)) && !function[w(1)] {
		return true
	}
	// "None of the 105 is known to have survived": none of whom?
	if w(0) == "none" && w(1) == "of" && (w(2) == "the" || w(2) == "them" || w(2) == "these") {
		return true
	}
	// "Most escapes into the air …", "Many are …": most of what? ("Many
	// missions lack …" has its noun: a word in -s before another that is
	// no function word is a plural, not the verb.)
	if quantifiers[w(0)] && (beForms[w(1)] || modals[w(1)] || presentOrPast(w(1)) && function[w(2)] && !auxiliaries[w(2)]) {
		return true
	}
	// "Some broke free or were retaken": a verb in the past right after
	// it.
	if quantifiers[w(0)] && (irregularPast[w(1)] != "" || irregularPasts[w(1)] || pastForms[w(1)]) {
		return true
	}
	// "Some survive, restored, at sites such as …": some of what?
	if quantifiers[w(0)] && strings.HasPrefix(s.text[toks[1].end:], ",") && !strings.HasSuffix(w(1), "s") && !pluralPeople[w(1)] {
		return true
	}
	// "The difference, about 40,000 …", "The rest comes from …": the
	// difference between, the rest of, what the text before gave.
	if w(0) == "the" && remainders[w(1)] && (strings.HasPrefix(s.text[toks[1].end:], ",") || presentOrPast(w(2)) || beForms[w(2)] || modals[w(2)]) {
		return true
	}
	// "From there, …", "After a pause, …": from where, after what?
	if w(0) == "from" && w(1) == "there" || w(0) == "after" && w(1) == "a" && pauses[w(2)] {
		return true
	}
	// "The term, from the Greek …": which term, unless the sentence
	// quotes it; "The result is …": of what?
	// ("The process, phagocytosis, was …" names it.)
	if w(0) == "the" && (wordNouns[w(1)] && !strings.ContainsAny(s.text, "\"“”'") || outcomeNouns[w(1)] && !strings.HasPrefix(s.text[toks[1].end:], ",") &&
		(beForms[w(2)] || verbs[w(2)] || presentOrPast(w(2)))) {
		return true
	}
	if (w(0) == "within" || w(0) == "after") && (spelledValue(w(1)) > 0 || numberRe.MatchString(toks[1].text) || w(1) == "a") &&
		(timeUnits[w(2)] || timeUnits[w(2)+"s"]) {
		return true
	}
	// "Within days Gierek was replaced …", "In response a group …", "In
	// return the Sultan was to receive …":
	// of what the text before told.
	if (w(0) == "within" || w(0) == "after") && timeUnits[w(1)] && strings.HasSuffix(w(1), "s") && w(2) != "of" ||
		w(0) == "in" && (w(1) == "response" || w(1) == "return" || w(1) == "exchange") && w(2) != "to" && w(2) != "for" {
		return true
	}
	if ofSomeOpener(s) {
		return true
	}
	// "Through it pass nine tendons": through what?
	if (prepositions[w(0)] || w(0) == "through" || w(0) == "beneath" || w(0) == "behind" || w(0) == "beyond") && (w(1) == "it" || w(1) == "them") {
		return true
	}
	// "What remains are long, smooth, regular undulations": of what?
	if w(0) == "what" && (w(1) == "remains" || w(1) == "remained" || w(1) == "is" && w(2) == "left" || w(1) == "was" && w(2) == "left") {
		return true
	}
	// "At the northern end lay …": of what? "World production is …":
	// of what?
	if w(0) == "at" && w(1) == "the" && (compass[w(2)] || w(2) == "far" || w(2) == "other") && w(3) == "end" && w(4) != "of" ||
		(w(0) == "world" || w(0) == "global" || w(0) == "annual" || w(0) == "total") && (w(1) == "production" || w(1) == "output" || w(1) == "consumption" || w(1) == "demand") && w(2) != "of" {
		return true
	}
	// "Dividing by 96,500 gives 0.020 moles": a step of a worked
	// example, whose figures came before.
	if w(0) == "dividing" || w(0) == "multiplying" || w(0) == "subtracting" || w(0) == "adding" && (w(1) == "up" || w(1) == "these" || w(1) == "them") {
		return true
	}
	// "The fraction that does is called …": that does what?
	if w(0) == "the" && w(2) == "that" && (w(3) == "does" || w(3) == "did" || w(3) == "do") && (beForms[w(4)] || w(4) == "") {
		return true
	}
	// "In between came eleven years of …": between what?
	if w(0) == "in" && w(1) == "between" && (verbs[w(2)] || presentOrPast(w(2)) || irregularPast[w(2)] != "") {
		return true
	}
	// "Most ambitious of all was Rosetta": of all of what?
	if w(0) == "most" && w(2) == "of" && w(3) == "all" {
		return true
	}
	// "The largest share, roughly 70 per cent, …", "The rate is
	// regulated by …": a share or a rate of what the text before named.
	j := 1
	if strings.HasSuffix(w(1), "est") || w(1) == "main" || w(1) == "greater" || w(1) == "smaller" {
		j = 2
	}
	if w(0) == "the" && shareNouns[w(j)] && (strings.HasPrefix(s.text[toks[j].end:], ",") || beForms[w(j+1)] || modals[w(j+1)] || presentOrPast(w(j+1))) {
		return true
	}
	// "Each cell contains …", "One scene shows …": each or one of what
	// the text before named ("Each of the cells", "Each year", "One day"
	// say it or say when).
	if (w(0) == "each" || w(0) == "one") && len(w(1)) >= 3 && !function[w(1)] && !timeNouns[w(1)] && !timeUnits[w(1)] &&
		toks[1].text == w(1) && w(2) != "of" && (presentOrPast(w(2)) || beForms[w(2)] || modals[w(2)]) &&
		// "One quirk is that bcrypt …": the clause says of what.
		!(beForms[w(2)] && w(3) == "that") {
		return true
	}
	i := 1
	if strings.HasSuffix(w(1), "'s") {
		i = 2
	}
	// "The two most common are …": two of what?
	if spelledValue(w(1)) > 0 && (w(2) == "most" || w(2) == "least") {
		i = 2
	}
	if w(0) != "the" || w(i) != "most" && w(i) != "least" || strings.HasSuffix(w(i+1), "ly") || i+2 >= len(toks) {
		return false
	}
	// The adjective has no noun when a comma, a verb or a function word
	// comes next.
	adj, n := toks[i+1], w(i+2)
	return strings.HasPrefix(s.text[adj.end:], ",") || verbs[n] || function[n] || beForms[n] || strings.HasSuffix(n, "ed")
}

// exampleEdgeRe finds a route between two labels of a worked example:
// "B–D" (with a hyphen, "A-T" pairs are no route).
var exampleEdgeRe = regexp.MustCompile(`(?:^|[\s(])[A-Z]–[A-Z](?:$|[\s,.;:)])`)

// existentials follow an existential "there": "there followed a
// period of …".
var existentials = set(`has have had seems seemed seem appears appeared appear remains remained remain exists existed exist came comes
followed follows arose arises lived lives stood stands lies lay`)

// naturalPairs come in twos of their own: "both sides give something
// up" names no two things the text before gave.
var naturalPairs = set(`sides parties ends hands feet eyes ears arms legs sexes directions partners parents players halves hemispheres banks
lungs kidneys ovaries testes`)

// ofSomeOpener reports whether a sentence opens on a share of what the
// text before named: "In some, the anthers …", "Of these, …", "The two
// most common are …".
func ofSomeOpener(s *sentence) bool {
	toks := s.tokens[s.first:]
	if len(toks) < 5 {
		return false
	}
	// "In all, …" is "in total".
	if (prepositions[toks[0].lower] || toks[0].lower == "for" || toks[0].lower == "of" || toks[0].lower == "among") &&
		(quantifiers[toks[1].lower] && toks[1].lower != "all" || toks[1].lower == "others" || toks[1].lower == "both" ||
			toks[1].lower == "these" || toks[1].lower == "those") && strings.HasPrefix(s.text[toks[1].end:], ",") {
		return true
	}
	// "The two often disagree": which two?
	if toks[0].lower == "the" && (toks[1].lower == "two" || toks[1].lower == "three") &&
		(toks[2].lower == "often" || toks[2].lower == "usually" || toks[2].lower == "sometimes" || toks[2].lower == "always" || toks[2].lower == "never") {
		return true
	}
	return toks[0].lower == "the" && spelledValue(toks[1].lower) > 0 && (toks[2].lower == "most" || toks[2].lower == "least") &&
		(beForms[toks[4].lower] || strings.HasPrefix(s.text[toks[3].end:], ","))
}

// partRe finds a numbered part of the text ("Rule 2", "step 3", "bullet
// 2", "Figure 1"), text shown "here", a line of an example ("the last
// line"), "that method" and a last "instead." or "here.": a reader of
// the question alone cannot tell which.
var partRe = regexp.MustCompile(`\b(?:rules?|clauses?|steps?|bullets?|items?|cases?|figures?|fig\.|tables?|examples?|listings?|sections?|chapters?|appendix|points?|paragraphs?|lines?|footnotes?|equations?|options?|stages?|phases?) (?:\d+|[ivx]+\b|[a-h]\b)|\b(?:described|shown|outlined|listed|given|defined|presented|discussed|explained|illustrated) here\b` +
	`|\bthe (?:first|second|third|last|next|previous|above) (?:line|lines|example|snippet|listing|call|statement)\b|\b(?:instead|here)\.$` +
	`|\b(?:previous|preceding|next|following) (?:paragraphs?|chapters?|pages?|figures?|tables?|examples?)\b` +
	`|\bthe (?:first|second|third|last|former|latter) (?:case|one|option|approach|form|kind|variant)\b|\((?:[a-h]|i{1,3}|iv|v)\)|\(see [^)]*\)` +
	`|\beither (?:call|case|one|way|version|example)\b|\bthe (?:two|three|four) (?:threads|goroutines|calls|cases|functions|programs|examples|versions|variables|values|lines|steps)\b` +
	`|\b(?:of|in|on|to|for|with|by|from|at|into|about|through) that (?:method|function|type|value|field|call|file|example|option|command|package|module|class|object|variable|case|approach|step|rule|version|change|point|time|process|problem|issue|list|section|code|definition|view|basis|estimate|count|measure|scale|reckoning)\b`)

// pointsAtPart reports whether a lower-cased sentence points at a
// numbered part of the text or at text shown "here".
func pointsAtPart(lower string) bool {
	return partRe.MatchString(lower)
}

// containsPhrase reports whether text holds phrase ending at a word's end:
// "again" is not in "against", nor "do so" in "do some".
func containsPhrase(text, phrase string) bool {
	for off := 0; ; {
		i := strings.Index(text[off:], phrase)
		if i < 0 {
			return false
		}
		end := off + i + len(phrase)
		if end == len(text) || !isLetter(text[end-1]) || !isLetter(text[end]) {
			return true
		}
		off += i + 1
	}
}

func isLetter(b byte) bool { return 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' }

// colonIntros end a sentence that only introduces what follows its colon.
// So do a participle that says how it is put ("the overall reaction can
// be written:" before an equation) and a preposition ("is given by:").
var colonIntros = set(`so this these follows following like example examples here below way ways are is include
includes including ideas steps things us them you it written shown given expressed stated summarised summarized
represented calculated computed defined drawn set out by as to of with for from`)

// colonClaim reports whether a sentence ending in a colon says something
// whole before it ("… whose elements are themselves zeroed:"), rather than
// introducing what comes next ("An array literal can be specified like
// so:").
func colonClaim(text string) bool {
	if !strings.HasSuffix(text, ":") || wordCount(text) < 8 {
		return false
	}
	w := strings.ToLower(lastWord(strings.TrimSuffix(text, ":")))
	return !colonIntros[w] && !strings.HasSuffix(w, "ly")
}

// classifier reports whether a word is an adjective that sorts things
// into kinds ("autonomic", "sympathetic", "efferent", "cranial") by its
// suffix, or a word of a field.
func classifier(w string) bool {
	if len(w) < 5 || function[w] || phraseAdjectives[w] {
		return false
	}
	return hasSuffix(w, []string{"ic", "al", "ous", "ive", "ary", "ar", "ent", "ant", "ine", "oid"}) && !verbs[w] || rareWord(w)
}

// nameAndClause reports whether a bullet only names a thing and then says
// what it is like in a clause after a comma ("NMC and NCA, favoured in
// electric vehicles …", "LFP, which stores less energy but is cheaper,
// …"): no verb of its own before the comma, nor after the clause.
func nameAndClause(toks []token, text string) bool {
	// "(LiFePO₄, or LFP)": a comma in brackets ends nothing.
	if strings.Contains(text, "(") {
		text = parenRe.ReplaceAllString(text, "")
		toks = tokenize(text)
	}
	isVerb := func(w string) bool { return beForms[w] || auxiliaries[w] || modals[w] || verbs[w] }
	i := 0
	// "Using a blunt knife, which …", "Taking cuts that are too deep,
	// which …": a gerund naming the thing, and a clause inside the name,
	// are no verb of the sentence's own.
	relative := false
	for ; i < len(toks) && !(i > 0 && strings.Contains(text[toks[i-1].end:toks[i].start], ",")); i++ {
		w := toks[i].lower
		if w == "that" || w == "which" || w == "who" {
			relative = true
		}
		if isVerb(w) && !relative && !(i == 0 && strings.HasSuffix(w, "ing")) {
			return false
		}
	}
	if i == len(toks) {
		return false
	}
	first := i // the first word after the name
	// "…, favoured in electric vehicles", "…, found in cheap mills": a
	// participle and what it was done in, for or by ("…, aged 19, …" is
	// an aside).
	clauseAt := func(i int) bool {
		w := toks[i].lower
		participle := (strings.HasSuffix(w, "ed") || irregularParticiples[w]) && i+1 < len(toks) && prepositions[toks[i+1].lower]
		return w == "which" || w == "who" || participle
	}
	toComma := func(i int) int {
		for i++; i < len(toks) && !strings.Contains(text[toks[i-1].end:toks[i].start], ","); i++ {
		}
		return i
	}
	if !clauseAt(i) {
		// "Ceramic, usually zirconia or alumina, which …": an aside
		// without a verb may come first.
		j := toComma(i)
		if j >= len(toks) || slices.ContainsFunc(toks[i:j], func(t token) bool { return isVerb(t.lower) || pastTense(t.lower) }) ||
			toks[j].lower != "which" && toks[j].lower != "who" {
			return false
		}
		i = j
	}
	// The clause runs to the next comma, and on over ", but can chip …",
	// which goes on without a subject of its own; a verb after it is
	// the main one ("removing call overhead" is another aside).
	i = toComma(i)
	for i+1 < len(toks) && (toks[i].lower == "but" || toks[i].lower == "and" || toks[i].lower == "or") && (modals[toks[i+1].lower] || auxiliaries[toks[i+1].lower]) {
		i = toComma(i)
	}
	// A singular name takes a verb in -s or a past tense: "call" after
	// "Inlining, …," is a noun.
	subjPlural := first > 0 && plural(toks[first-1].lower)
	// "LFP, which stores less energy, lasts longer": the word after the
	// clause's comma, in -s or -ed, is the verb.
	if i < len(toks) && presentOrPast(toks[i].lower) && !strings.HasSuffix(toks[i].lower, "ing") && !strings.Contains(toks[i].lower, "-") {
		return false
	}
	for ; i < len(toks); i++ {
		w := toks[i].lower
		if isVerb(w) && !strings.HasSuffix(w, "ing") && (subjPlural || beForms[w] || auxiliaries[w] || modals[w] || presentOrPast(w) || irregularPast[w] != "") {
			return false
		}
	}
	return true
}

// pastTense reports whether a word reads as a verb in the past tense:
// "was", "had", "promoted", "came", "broke"; not "need" or "speed",
// whose "-eed" is no ending.
func pastTense(w string) bool {
	return w == "was" || w == "were" || w == "had" || strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "eed") ||
		irregularPast[w] != "" || pastForms[w]
}

// personNoun reports whether a noun names a person by a role: "leader",
// "king", "worker".
func personNoun(w string) bool {
	return persons[w] || hasSuffix(w, personSuffixes)
}

// possessive reports whether a lower-cased word ends in "'s" or "’s".
func possessive(w string) bool {
	return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s")
}
