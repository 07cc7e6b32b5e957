package generate

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/quiz-cli/quiz/questions"
)

// The gate is the last check a candidate passes before it may be kept. A
// question is worth asking when a reader of the section can answer it and
// a non-reader cannot guess it: it asks for a specific piece of content (a
// name, a date or number, an identifier, a defined term) and its prompt
// says what about. Prose that names nothing specific ("peacekeepers help
// create an environment conducive to democratic development") gives
// platitudes, whatever the form: such a section gets fewer questions, not
// worse ones.

// gate keeps the candidates that pass the gate, rewriting a card's back
// where a connective leads it.
func (g *sectionGen) gate(cands []*candidate) []*candidate {
	out := cands[:0:0]
	for _, c := range cands {
		if g.passes(c) {
			out = append(out, c)
		}
	}
	return out
}

// minClozeWords is the fewest words a blank's text may have.
const minClozeWords = 10

// passes reports whether a candidate asks for something specific.
func (g *sectionGen) passes(c *candidate) bool {
	q := c.q
	if c.checked {
		return true
	}
	switch q.Type {
	case questions.Card:
		return g.cardPasses(c)
	case questions.Cloze:
		return g.clozePasses(c)
	case questions.Choice:
		return g.choicePasses(c)
	}
	return true
}

// openFronts ask for a continuation, an outcome or a bare action: every
// answer a non-reader gives is about as right as the sentence's.
var openFronts = []string{"complete the passage", "complete the statement", "what happens ", "what happened ",
	"what will happen", "what has happened"}

// genericVerbs say nothing about what their object is: "What did the
// United States face?", "What should you start?", "What should you
// avoid?" (any of the things a section warns against).
var genericVerbs = set(`combine combines combined judge judges judged know knows knew cite cites cited leave leaves left face faced faces mention mentioned mentions use used uses start started starts explain explained spend spent spends
explains resist encourage encouraged encourages include included includes have has had do does did play played plays
demonstrate demonstrated demonstrates produce produced produces contribute contributed involve involved involves
emphasize emphasizes emphasized ensure ensures ensured help helps helped foster fosters fostered enhance enhances enhanced
bolster bolsters bolstered facilitate facilitates facilitated hold holds held lack lacks lacked encounter encounters
encountered create creates created possess possesses improve improves improved hinge hinges hinged achieve achieved
achieves mark marks marked debate debated argue argued argues consider considered considers refrain refrained see saw
seen show showed shown provide provided provides offer offered offers support supported supports become became make made
makes take took takes get got gets give gave gives need needed needs want wanted wants discuss discussed address
addressed addresses say said says note noted notes state stated states describe described describes find found finds
keep kept keeps bring brought brings allow allowed allows require required requires reflect reflected reflects remain
remained remains represent represented represents promote promoted promotes maintain maintained maintains
strengthen strengthened strengthens shape shaped shapes affect affected affects lead led leads present presented
presents define defines defined import imports imported call calls called run runs ran be
choose chooses chose chosen pick picks picked avoid avoids avoided careful remember remembers remembered
carry carries carried occupy occupies occupied notice notices noticed suggest suggests suggested`)

// vagueVerbs ask for one of many things even after a subject of their
// own: "What did locks and aqueducts need?", "What do modern scanners
// use?", "What does each object carry?" (blind raters rejected all of
// them in rounds 78 to 91). "Combined units called RCBOs house …" is no
// calling at all: "What did combined units call?" (round 106). "What
// did Nansen notice?", "What do modern counts suggest?": noticed about
// what, counts of what (round 229)? "What did De Mestral see?": the
// burrs, or their hooks (round 303)?
var vagueVerbs = set(`notice notices noticed see sees saw suggest suggests suggested leave leaves left cite cites cited combine combines combined
judge judges judged know knows knew
need needs needed use uses used carry carries carried occupy occupies occupied include includes
included hold holds held call calls called name names named`)

// judgementRe finds what a definition's back says a thing is like to
// deal with, or what it shows: "is a demanding place to live", "is an
// easy thing to miss", "is a sign of freshness" (what crema is, no), or
// what one makes of it: "is a generous but wasteful thing", "are the
// northern hemisphere's answer to penguins"; or where it ranks: "are the
// gravest hazard", "is the best-known brand", "are the sweeper's weak
// point", "is one cause". Nor is a person's character ("Hill was an
// inventive man who …").
var judgementRe = regexp.MustCompile(`\b(?:is|are) an? (?:[a-z-]+ ){1,2}(?:place|thing|way|time|job|task|one) to [a-z]+|\b(?:is|are) an? [a-z-]+ (?:but|and|yet) [a-z-]+ (?:thing|business|affair|matter)\b|\b(?:is|are) the (?:[a-z-]+est|best|worst|most|least)\b|\b(?:is|are) the [a-z'’-]+ (?:weak|strong|sore) point\b|\b(?:is|are) one (?:cause|reason|factor|part|example)\b|\b(?:is|are) (?:the |an? )?[a-z'’ ]*\banswer to\b|\b(?:is|are) an? (?:[a-z-]+ )?(?:sign|signal|indicator|symbol|mark) of\b|\b(?:is|was) an? [a-z-]+ (?:man|woman|person|fellow|character|figure)\b`)

// cardFrontRe splits a card's question into its subject and what it asks
// of it: "What did the United States face" gives "the United States",
// "face".
var cardFrontRe = regexp.MustCompile(`^What (?:do|does|did|should|can|could|would|will|may|might|must|had|has|have)(?: not)? (.+?) ([a-z'-]+)(?: (?:to|in|on|from|for|with|of|about|into))?$`)

// abbrAfterRe finds an abbreviation right after a blank: " or PVC",
// " (PVC)".
var abbrAfterRe = regexp.MustCompile(`^(?: or|,? or| \(|,) ?\(?[A-Z]{2,}[0-9]*\b`)

// figurativeNouns say what a thing is like, not what it is, before
// "of": "the enemy of a new habit", "the key to …".
var figurativeNouns = set(`enemy friend key secret heart soul root essence mother father cornerstone backbone lifeblood engine
currency language fuel oxygen antidote recipe`)

// figurativeBack reports whether a definition's back says what its
// subject is like: "is the enemy of", "is the lifeblood of".
func figurativeBack(back string) bool {
	f := strings.Fields(strings.ToLower(back))
	for i := 0; i+3 < len(f); i++ {
		if (f[i] == "is" || f[i] == "are") && (f[i+1] == "the" || f[i+1] == "a" || f[i+1] == "an") && figurativeNouns[f[i+2]] &&
			(f[i+3] == "of" || f[i+3] == "to") {
			return true
		}
	}
	return false
}

// clauseAfter reports whether a verb of the back (" means ") is followed
// by a clause, a subject and its verb ("means a program starts"), not a
// noun phrase.
func clauseAfter(back string, after ...string) bool {
	lower := strings.ToLower(back)
	for _, v := range after {
		i := strings.Index(lower, v)
		if i < 0 {
			continue
		}
		f := strings.Fields(lower[i+len(v):])
		if len(f) > 0 && f[0] == "that" {
			return true
		}
		// A determiner, a noun and a verb: "a program starts", "the
		// system spends", "the pages are".
		if len(f) > 2 && determiners[f[0]] && isContent(f[1]) && !strings.ContainsAny(f[1], ",;:") {
			w := strings.Trim(f[2], ",;:.")
			if modals[w] || beForms[w] && w != "be" || presentOrPast(w) {
				return true
			}
		}
	}
	return false
}

// notedAdjectives say a thing is known, not which it is: "a well-known
// coincidence", "a famous example".
var notedAdjectives = set(`well-known famous notable remarkable curious striking celebrated memorable notorious`)

// cardPasses holds a flashcard to one precise, specific question.
func (g *sectionGen) cardPasses(c *candidate) bool {
	s, ok := g.cardFormed(c, false)
	if !ok {
		return false
	}
	return g.cardSpecific(c, s)
}

// cardFormed holds a flashcard to one precise question, whose back reads
// alone, and tidies its back and front; it returns the card's sentence.
// With claims, a generic verb is let through when the words before it
// give the front its topic (see claimTopic).
func (g *sectionGen) cardFormed(c *candidate, claims bool) (*sentence, bool) {
	q := c.q
	lp := strings.ToLower(q.Prompt)
	for _, f := range openFronts {
		if strings.HasPrefix(lp, f) {
			return nil, false
		}
	}
	// "For some people, returning means confronting a home …": what
	// holds for some, asked as what holds.
	if s := g.sentenceOf(c); s != nil && len(s.tokens) > 2 && s.tokens[0].lower == "for" && (quantifiers[s.tokens[1].lower] || s.tokens[1].lower == "certain") {
		return nil, false
	}
	// "What is brackish water?" for "Brackish water is a demanding place
	// to live": a judgement, not what it is.
	if front := strings.TrimSuffix(strings.SplitN(q.Prompt, ", according to ", 2)[0], "?"); (defFrontRe.MatchString(front) || strings.HasPrefix(front, "What was ") || strings.HasPrefix(front, "What were ")) &&
		judgementRe.MatchString(strings.ToLower(q.Answer)) {
		return nil, false
	}
	// "Locke's method offered a neat compromise.": the whole answer is a
	// verdict, what it offered the text before says.
	if f := strings.Fields(c.answer); len(f) >= 2 && len(f) <= 3 && (f[0] == "a" || f[0] == "an") && (evaluative[f[1]] || verdictAdjectives[f[1]]) &&
		strings.HasSuffix(strings.TrimSuffix(strings.ToLower(q.Answer), "."), c.answer) {
		return nil, false
	}
	// A list the sentence gives, three or more items to recall: the
	// items are the content.
	if listFront(q) {
		return g.sentenceOf(c), true
	}
	question, _, _ := strings.Cut(q.Prompt, ", according to ")
	// "What was a recent announcement by the British Government that":
	// a front cut off in mid-clause.
	switch strings.ToLower(lastField(question)) {
	case "that", "which", "who", "whom", "whose", "the", "a", "an", "and", "or", "but", "as", "than":
		return nil, false
	}
	// "What can heating a sealed from …?" of "Heating a sealed can from
	// 300 to 450 kelvin …": after an article and a word, "can" is a noun.
	if f := strings.Fields(strings.ToLower(question)); len(f) > 2 && modals[f[1]] {
		if s := g.sentenceOf(c); s != nil {
			for _, m := range nounModalRe.FindAllStringSubmatch(s.lower, -1) {
				if m[1] == f[1] {
					return nil, false
				}
			}
		}
	}
	// "What should you explain", "What did Truman mention": a generic verb
	// with nothing after it leaves the front without a topic.
	if m := cardFrontRe.FindStringSubmatch(question); m != nil && genericVerbs[m[2]] && !defFrontRe.MatchString(question) &&
		!(claims && claimTopic(m[1]) && !vagueVerbs[m[2]] && !studyFinding(m[1], m[2])) {
		return nil, false
	}
	// "What does expanding regional involvement refer to?" under
	// "Expanding Regional Involvement": the section's own name, which its
	// definition says again in other words (blind raters accepted such a
	// card once in six verdicts).
	if m := defFrontRe.FindStringSubmatch(question); m != nil && g.namesHeading(strings.Join(m[1:], "")) {
		return nil, false
	}
	if m := defVerbFrontRe.FindStringSubmatch(question); m != nil && g.namesHeading(m[1]) {
		return nil, false
	}
	// "What can “copy” handle?" where the section also says "The copy
	// function supports …": one identifier, several claims, and the back
	// gives one of them. "What does the append function append?": the
	// name says what it does.
	if m := cardFrontRe.FindStringSubmatch(question); m != nil &&
		(capability(question) && g.claimedElsewhere(m[1], c.sents[0]) || verbEchoesSubject(m[1], m[2])) {
		return nil, false
	}
	// "What do well-known examples include?": examples of what?
	if unnamedRelation(&sentence{text: question, tokens: tokenize(question)}) {
		return nil, false
	}
	// "What is not very porous?": many things are not; the denial asks
	// for anything.
	if strings.HasPrefix(question, "What is not ") || strings.HasPrefix(question, "What are not ") {
		return nil, false
	}
	// "What is how long the sensor is exposed?": a definition asked
	// backwards, by a clause.
	if m := defFrontRe.FindStringSubmatch(question); m != nil {
		if f := strings.Fields(strings.Join(m[1:], "")); len(f) > 0 && (f[0] == "how" || f[0] == "what" || f[0] == "why" || f[0] == "when" || f[0] == "where" ||
			f[0] == "that" || f[0] == "whether") {
			return nil, false
		}
	}
	// "What is ambition?" answered by "Ambition is the enemy of a new
	// habit": a figure of speech, not what ambition is.
	if defFrontRe.MatchString(question) && figurativeBack(q.Answer) {
		return nil, false
	}
	// "What does demand paging mean?" answered by "Demand paging means a
	// program starts quickly, …": what follows from it, not its meaning.
	if strings.HasSuffix(question, " mean") && clauseAfter(q.Answer, " means ", " mean ") {
		return nil, false
	}
	// "What does a well-known coincidence link?": which one, the front
	// does not say.
	if m := cardFrontRe.FindStringSubmatch(question); m != nil {
		if f := strings.Fields(m[1]); len(f) > 2 && (f[0] == "a" || f[0] == "an") && notedAdjectives[f[1]] {
			return nil, false
		}
	}
	// "What closely follows …?" answered by "The following formal
	// definition", "What does Rust enforce?" by "a similar rule": the
	// answer points at text the card does not show.
	if c.answer != "" && !strings.HasPrefix(q.Prompt, "What should you ask") && answerPointsBack(object(q.Answer, c.answer)) {
		return nil, false
	}
	// "What do type parameter lists define?" answered by "placeholder
	// types (type parameters)": the front says most of its answer.
	if c.answer != "" && !listFront(q) && strings.Contains(strings.ToLower(q.Answer), c.answer) && frontSaysAnswer(question, object(q.Answer, c.answer)) {
		return nil, false
	}
	// "What does the method types.Named.TypeParams return?" answered by
	// "the type parameters …": the name spells the answer.
	for _, f := range strings.Fields(question) {
		if f = strings.Trim(f, "“”\"'’?,"); looksLikeIdent(f) && c.answer != "" && identEchoed(f, c.answer) {
			return nil, false
		}
	}
	// "What instantiates a generic type …?" answered by
	// "types.Instantiate": the front spells the identifier it asks for.
	if s := g.sentenceOf(c); s != nil {
		for _, f := range strings.Fields(s.text) {
			f = strings.Trim(f, ".,;:()“”\"'’")
			if looksLikeIdent(f) && !strings.Contains(question, f) && identEchoed(f, question) {
				return nil, false
			}
		}
	}
	// "What introduced land reform …?" answered by the name the section
	// is about: the first guess.
	if c.answer != "" && g.secCount(c.answer) >= 4 {
		return nil, false
	}
	s := g.sentenceOf(c)
	if s == nil {
		return nil, false
	}
	// "Why did the Soviet Union not sign the declaration?": which one
	// the sentence before says, not the card.
	if g.unnamedDoc(s.text) || g.unnamedDoc(question) {
		return nil, false
	}
	back, ok := g.cleanBack(q.Answer)
	if !ok {
		return nil, false
	}
	q.Answer = back
	// "What is an abstraction built on top of Go's array type?" answered
	// by "the slice type" in an article on slices: the title gives it.
	if c.answer != "" && g.titleAnswers(c.answer, strings.Contains(q.Answer, "\n")) {
		return nil, false
	}
	// "What may help if people are overly focused on …?" answered by
	// "revisit your README" under "Treat your README as a constitution":
	// the heading gives the answer away.
	if g.backEchoesHeading(question, back) {
		return nil, false
	}
	if g.personFront(question, s) {
		q.Prompt = "Who" + strings.TrimPrefix(q.Prompt, "What")
	}
	return s, true
}

// listFront reports whether a card asks for the items of a list, three
// or more: "Which three things complete this sentence …?", and "The
// section “…” says: “Key measures include the following:” Which four does
// it name?" of a bulleted list.
func listFront(q *questions.Question) bool {
	return strings.Count(q.Answer, "\n") >= 2 && (strings.HasPrefix(q.Prompt, "Which ") || strings.HasSuffix(q.Prompt, " does it name?"))
}

// cardSpecific reports whether a well-formed card asks for something
// specific: a name, date, number or identifier, or the definition of a
// term the article keeps using.
func (g *sectionGen) cardSpecific(c *candidate, s *sentence) bool {
	q := c.q
	if listFront(q) {
		return true
	}
	question, _, _ := strings.Cut(q.Prompt, ", according to ")
	// A definition of a term the article keeps using is worth knowing
	// even in plain words: "A slice is a descriptor of an array segment."
	m := defFrontRe.FindStringSubmatch(question)
	if m == nil {
		m = defVerbFrontRe.FindStringSubmatch(question)
	}
	if m != nil {
		k := strings.ToLower(strings.Join(m[1:], "")) // the one group that matched
		if len(k) < 3 {
			return false // "What is F?": a symbol, asked the wrong way round
		}
		if g.namesDefined(k, s) {
			return false
		}
		// "What is the length?": of what? "What is a slice?" in an
		// article on slices: it says what a slice is in many ways.
		if strings.HasPrefix(question, "What is the ") && !strings.Contains(k, " ") || g.echoesTitle(k) || categoryFront(k) {
			return false
		}
		// "What is comparable?": an adjective alone reads as "which
		// things are comparable".
		if !strings.Contains(k, " ") && hasSuffix(k, headAdjectives) {
			return false
		}

		if g.lx.count(k) >= 4 || g.termDefined(k, s) {
			return true
		}
		return g.specificIn(s, strings.ToLower(question), 2)
	}
	if g.specificIn(s, strings.ToLower(question), 1) {
		return true
	}
	if g.techFront(question) {
		return true
	}
	// "What will you make when you assign or pass around an array
	// value?": in technical prose, what follows in a case is a fact of
	// the language or program, not a guess.
	if len(g.lx.code) > 0 && caseFrontRe.MatchString(question) {
		return true
	}
	// In technical prose an identifier is the cue: "What does the
	// FindDigits function load?" asks one thing only that function does.
	for _, t := range g.lx.terms(s) {
		if t.kind == KindCode && strings.Contains(question, t.text) && g.lx.count(t.key()) <= 3 {
			return true
		}
	}
	return false
}

// nameGoesOn reports whether a blank that is a name is part of a longer
// one, whose other words the question shows: a capitalised word right
// after it ("The ___ Way"), or right before it that is no title, month
// or the sentence's first word ("The States ___").
func nameGoesOn(before, blank, after string) bool {
	if !isCapitalized(blank) {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(strings.TrimPrefix(after, " ")); strings.HasPrefix(after, " ") && unicode.IsUpper(r) {
		return true
	}
	f := strings.Fields(before)
	if len(f) < 2 || !strings.HasSuffix(before, " ") {
		return false
	}
	w := f[len(f)-1]
	return isCapitalized(w) && !strings.ContainsAny(w, ",;:.()\"“”") && !titles[strings.ToLower(w)] && !months[strings.ToLower(w)]
}

// namesDefined reports whether a definition card asks what a name is:
// "What is Iceland?", "What was William Herschel?" have many answers,
// and the sentence gives one. A name is written in capitals throughout,
// never in lower case; one word of it must be capitalised mid-sentence
// somewhere too, or it may be a word of the field ("Osmosis is …").
func (g *sectionGen) namesDefined(k string, s *sentence) bool {
	i := strings.Index(strings.ToLower(s.text), k)
	if i < 0 || len(k) == 0 {
		return false
	}
	words := strings.Fields(s.text[i : i+len(k)])
	for _, w := range words {
		if !isCapitalized(w) || g.lx.lowerSeen[strings.ToLower(w)] > 0 {
			return false
		}
	}
	return len(words) > 1 || g.lx.capitalizedElsewhere(k)
}

// termDefined reports whether a sentence defines a word of a field, as
// notes and textbooks do: "Osmosis is the diffusion of water across a
// selectively permeable membrane." The word is one the article writes
// only in lower case, in one section and not in its heading, and the
// sentence says what it is in six words or more after "is the" or "is a".
// Prose defines its own phrases too ("Expanding regional involvement
// refers to increasing …"), but those are a heading's idea, in several
// words.
func (g *sectionGen) termDefined(k string, s *sentence) bool {
	if strings.Contains(k, " ") || len(k) < 5 || !isContent(k) || generic[k] || g.lx.proper[k] > 0 || g.lx.sectionsWith(k) > 1 ||
		containsWord(g.heading, k) || g.lx.topWords[strings.TrimSuffix(k, "s")] {
		return false
	}
	lower := s.lower[s.stemOff:]
	for _, v := range []string{" is the ", " is a ", " is an ", " are the "} {
		if i := strings.Index(lower, k+v); i == 0 {
			return wordCount(lower[len(k)+len(v):]) >= 6
		}
	}
	return false
}

// nameFrontRe matches a card that asks what something is or was: "What
// was William Herschel?".
var nameFrontRe = regexp.MustCompile(`^What (?:is|are|was|were) (?:an? |the )?(.+)$`)

// defFrontRe matches a definition card's question.
var defFrontRe = regexp.MustCompile(`^What (?:is|are) (?:an? |the )?(.+)$|^What (?:can|could|should|must|may|might|will|would) (?:an? |the |your )?(.+) be$`)

// defVerbFrontRe matches a definition card asked by its verb: "What does
// atomic diplomacy refer to".
var defVerbFrontRe = regexp.MustCompile(`^What (?:does|do|is|are) (?:an? |the )?(.+) (?:refer to|mean|defined as)$`)

// specificIn reports whether the sentence names at least n specific
// things (names, dates, numbers, abbreviations, identifiers) that the
// front does not show: what the card asks a reader to recall.
func (g *sectionGen) specificIn(s *sentence, front string, n int) bool {
	found := 0
	for _, t := range g.lx.terms(s) {
		switch t.kind {
		case KindTerm:
			continue
		case KindNumber:
			if v := strings.TrimSpace(t.text); v == "0" || v == "1" || v == "one" {
				continue
			}
		}
		// A capitalised first word ("Historically", "Overall") is no
		// name.
		if t.kind == KindName && t.words == 1 && t.start <= s.tokens[s.first].start {
			continue
		}
		k := t.key()
		if strings.Contains(front, k) || strings.Contains(g.heading, k) || strings.Contains(g.title, k) || g.topical(k) {
			continue
		}
		found++
	}
	return found >= n
}

// topical reports whether a name is the article's subject rather than a
// fact of the section: used in a third of the sections or more, it is the
// first guess of a reader who knows only the title ("Latin America" in an
// article on peacekeeping there, "the United States" in a history of its
// foreign policy).
func (g *sectionGen) topical(k string) bool {
	n := g.lx.nSections
	if n < 3 {
		return false
	}
	// A third of the sections, and never a single one.
	least := max(2, (n+2)/3)
	if g.lx.sectionsWith(k) >= least {
		return true
	}
	// "Latin American" where "Latin America" is the subject: a name
	// that begins as a topical one does is the same subject.
	for _, ns := range g.lx.pool {
		for _, o := range ns {
			lo := strings.ToLower(o)
			if len(lo) >= 6 && len(k) >= 6 && lo[:6] == k[:6] && lo != k && g.lx.sectionsWith(lo) >= least {
				return true
			}
		}
	}
	return false
}

// sentenceOf returns the candidate's first sentence.
func (g *sectionGen) sentenceOf(c *candidate) *sentence {
	if len(c.sents) == 0 {
		return nil
	}
	i := c.sents[0]
	if i < 0 || i >= len(g.sents) {
		return nil
	}
	return g.sents[i]
}

// leadConnectives open a sentence with a link to the one before; on a
// card's back, read alone, they point at nothing and are dropped.
var leadConnectives = []string{"finally", "for example", "for instance", "in fact", "moreover", "overall", "in sum",
	"as mentioned earlier", "as noted earlier", "furthermore", "however", "additionally", "in addition", "at the same time",
	"ultimately", "in short", "indeed", "also", "similarly", "likewise", "instead", "thus", "therefore", "meanwhile",
	"by doing so", "in this way", "in these missions", "in conclusion"}

// cleanBack drops a leading connective from a card's back; it reports
// false when the back still leans on text the card does not show ("In
// addition to these challenges, …").
func (g *sectionGen) cleanBack(back string) (string, bool) {
	lb := strings.ToLower(back)
	// "This means that when you …": the claim, without the pointer.
	for _, lc := range []string{"this means that ", "that means that "} {
		if strings.HasPrefix(lb, lc) {
			return capitalizeFirst(back[len(lc):]), true
		}
	}
	for _, lc := range leadConnectives {
		if strings.HasPrefix(lb, lc+", ") {
			rest := back[len(lc)+2:]
			if w, _, _ := strings.Cut(rest, " "); g.lx.code[w] > 0 {
				return rest, true // "copy can handle …": an identifier keeps its case
			}
			return capitalizeFirst(rest), true
		}
	}
	// The clause before the first comma names "these", "this", "such":
	// what it refers to is not on the card.
	if head, _, ok := strings.Cut(lb, ","); ok && wordCount(head) <= 8 {
		for _, w := range strings.Fields(head) {
			switch w {
			case "this", "these", "those", "such", "that":
				return "", false
			}
		}
	}
	return back, true
}

// capitalizeFirst upper-cases the first letter unless the word is an
// identifier written in lower case on purpose ("copy can handle …").
func capitalizeFirst(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	if !unicode.IsLower(r) {
		return s
	}
	if w, _, _ := strings.Cut(s, " "); strings.ContainsAny(w, "()._") {
		return s
	}
	return string(unicode.ToUpper(r)) + s[size:]
}

// personNouns name people by their part: a card whose answer is one asks
// "who", not "what".
var personNouns = set(`contributor contributors maintainer maintainers user users leader leaders people person member members
author authors official officials president minister general commander founder founders developer developers newcomer
newcomers volunteer volunteers reader readers writer writers scholar scholars delegate delegates diplomat diplomats
soldier soldiers citizen citizens advisor advisors adviser advisers someone anyone everyone team teams committee committees
commission crew crews engineer engineers architect architects surveyor surveyors scientist scientists researcher researchers`)

// personFront reports whether a card asks for the subject of its sentence
// and the subject is a person: "What may not have time …" answered by "A
// casual contributor".
func (g *sectionGen) personFront(question string, s *sentence) bool {
	if !strings.HasPrefix(question, "What ") {
		return false
	}
	second, _, _ := strings.Cut(strings.TrimPrefix(question, "What "), " ")
	switch second {
	case "do", "does", "did", "is", "are", "was", "were", "should", "had", "has", "have", "can", "could", "will", "would",
		"may", "might", "must":
		return false // "What had Stalin refrained from?" asks for the object
	}
	toks := s.tokens[s.first:]
	// "If people are overly focused …, it may help …": the people are
	// in the condition, not what the card asks for.
	if len(toks) > 0 && conditions[toks[0].lower] {
		return false
	}
	for i, t := range toks {
		if i > 3 {
			break
		}
		if personNouns[t.lower] {
			return true
		}
	}
	for _, t := range g.lx.terms(s) {
		if t.kind == KindPerson && t.start <= s.tokens[s.first].start+1 {
			return true
		}
	}
	return false
}

// clozePasses drops blanks that world knowledge or the sentence fills.
func (g *sectionGen) clozePasses(c *candidate) bool {
	ans := strings.TrimSpace(c.answer)
	// "Only ___ that brings in revenue": one letter ("P" of the 4Ps) is
	// no word to recall.
	if r := []rune(ans); len(r) == 1 && unicode.IsLetter(r[0]) {
		return false
	}
	// "___: creating value for customers …": the label of a note, which
	// the term it defines fits as well.
	if strings.HasPrefix(c.q.Text, "{{") && strings.Contains(c.q.Text, "}}: ") {
		return false
	}
	if ans == "0" || ans == "1" || ans == "zero" || ans == "one" {
		return false // "return 0 for a nil slice": the only natural value
	}
	if months[ans] {
		return false // "By ___ 17": a month is a guess among twelve, and rarely the point
	}
	i := strings.Index(c.q.Text, "{{")
	j := strings.Index(c.q.Text, "}}")
	if i < 0 || j < i {
		return false
	}
	after := c.q.Text[j+2:]
	if g.yearReckoned(c.q.Text[:i], ans, after) {
		return false
	}
	// "Clean away any ___ from inside the tube.", "___ was present at
	// the site.": fewer than ten words say too little around a blank.
	// Blind raters accepted 24 of 90 verdicts on such blanks over every
	// round to 304, two in three on the others.
	if wordCount(c.q.Text) < minClozeWords {
		return false
	}
	// "Setting the pins, known as ___": the sentence says the word in
	// another form (pinning).
	if !strings.Contains(ans, " ") && len(ans) >= 5 {
		ra := root(ans)
		for _, t := range tokenize(c.q.Text[:i] + " " + after) {
			if len(t.lower) >= 3 && t.lower != ans && (root(t.lower) == ra || root(strings.TrimSuffix(t.lower, "s")) == ra) {
				return false
			}
		}
	}
	// "First ___ ordered": the blank cuts a rank.
	if f := strings.Fields(c.q.Text[:i]); len(f) > 0 && rankOpeners[strings.ToLower(f[len(f)-1])] && isCapitalized(f[len(f)-1]) {
		return false
	}
	// "much of ___", "eastern ___ (after Zhejiang)", "the Cape of ___": a
	// place everyone knows; "___, Davis": a name cut before its place.
	if worldPlaces[strings.ToLower(ans)] || strings.EqualFold(ans, "Good Hope") || strings.HasPrefix(strings.ToLower(ans), "university of ") && strings.HasPrefix(after, ", ") && len(after) > 2 && isCapitalized(after[2:]) {
		return false
	}
	// "Camera obscura is ___ for "dark room"": the phrase shows its
	// language.
	if languages[strings.ToLower(ans)] && strings.HasPrefix(after, " for ") {
		return false
	}
	// "the medulla ___": the second word of a field's compound, whose
	// first the question shows ("the phylum Cnidaria", a name after its
	// rank, is asked).
	shown, _, _ := strings.Cut(c.q.Text[i+2:j], "|")
	if f := strings.Fields(c.q.Text[:i]); shown == strings.ToLower(shown) && len(f) > 0 && strings.HasSuffix(c.q.Text[:i], " ") && !strings.Contains(ans, " ") {
		if w := strings.ToLower(f[len(f)-1]); rareWord(w) && rareWord(strings.ToLower(ans)) {
			return false
		}
	}
	// "better known as ___ or PVC": the abbreviation beside it spells it
	// for anyone who knows the abbreviation.
	if abbrAfterRe.MatchString(after) && strings.Contains(c.answer, " ") {
		return false
	}
	// "the bits ___ can only be read as 0, 110, 111": the figures after it
	// spell the blank.
	if len(shown) >= 5 && strings.Trim(shown, "0123456789") == "" && strings.Contains(digitsOf(after), shown) {
		return false
	}
	// "John Aislabie, the Chancellor of the ___": the rest of a title,
	// which one word after "of the" completes for any reader.
	if titleOfTheRe.MatchString(c.q.Text[:i]) && !strings.Contains(shown, " ") && isCapitalized(shown) {
		return false
	}
	// "___ (DomainKeys Identified Mail)": the long form after it spells
	// the abbreviation.
	if long := strings.TrimPrefix(strings.SplitN(after, ")", 2)[0], " ("); isAcronym(shown) && strings.HasPrefix(after, " (") &&
		(strings.EqualFold(initials(long), shown) || capitalsOf(long) == strings.ToUpper(shown)) {
		return false
	}
	// "usually 0, ___ and 90 degrees": the middle of the two ends.
	if midOfList(c.q.Text[:i], shown, after) {
		return false
	}
	// "straight-chained HDPE …, while branched ___" (LDPE), "___ images
	// … or T2-weighted": the other of a pair one character apart.
	if onePairApart(shown, c.q.Text[:i]+" "+after) {
		return false
	}
	// "grana (singular granum)": the other number of the word, beside it.
	if la := strings.ToLower(after); strings.HasPrefix(la, " (singular ") || strings.HasPrefix(la, " (plural ") {
		return false
	}
	// "at 02:56 ___": the time zone a time is given in.
	if clockRe.MatchString(c.q.Text[:i]) {
		return false
	}
	// "After ___ the Consulate was set up": an event that many names
	// fit ("the coup", "18 Brumaire"); a year there is one answer.
	switch strings.TrimSpace(c.q.Text[:i]) {
	case "After", "Before", "Following", "Until", "Since":
		if !gateYearRe.MatchString(ans) {
			return false
		}
	}
	// "The Printing Press as an ___": the rest of a title. "The ___
	// Way", "The States ___": the rest of a name.
	if shown, _, _ := strings.Cut(c.q.Text[i+2:j], "|"); titleGoesOn(c.q.Text[:i]) || nameGoesOn(c.q.Text[:i], shown, after) {
		return false
	}
	// "___ of the Allied Powers": the words after a blank that a title
	// heads give the title away.
	if strings.HasPrefix(after, " of ") && isCapitalized(strings.TrimPrefix(strings.TrimPrefix(after, " of "), "the ")) {
		return false
	}
	if g.yearForced(c.q.Text[:i], ans) {
		return false
	}
	blank, _, _ := strings.Cut(c.q.Text[i+2:j], "|")
	// "SCAP dismantled the ___": when every word of the blank is said
	// elsewhere in the section ("Japanese" and "army" in a section on the
	// occupation of Japan), the sentence's neighbours fill it.
	if g.wordsElsewhere(blank, c.q.Source) {
		return false
	}
	// "SCAP dismantled the ___" in a section on the occupation of Japan:
	// "Japanese Army" is the heading's subject and a category, which
	// "army", "military" or "armed forces" would fill as well.
	if g.headingAndCategory(blank) {
		return false
	}
	// The name a section keeps coming back to ("SCAP" in a section on
	// the occupation it ran) is the first guess for any of its blanks.
	if !gateYearRe.MatchString(blank) && g.secCount(strings.ToLower(blank)) >= 4 {
		return false
	}
	// "the table driven exception handling … the table driven ___": EH
	// spells words of its own sentence.
	if spelledInitials(blank, c.q.Source) {
		return false
	}
	if givenInSentence(blank, c.q.Text[:i]+c.q.Text[j+2:]) || exampleSlot(c.q.Text[:i]) || listSlot(c.q.Text[:i]) ||
		g.headingSpells(blank) || g.headingSays(blank) {
		return false
	}
	// "passing the ___ option" beside "Changing the icons": WithIcons.
	if !strings.Contains(blank, " ") && identEchoed(blank, strings.Replace(c.q.Text, "{{"+c.q.Text[i+2:j]+"}}", "", 1)) {
		return false
	}
	// "Every field of the ___" where the document is about "APIs": the
	// abbreviation a third of its sections use is the first guess.
	if isCapitalized(blank) && !strings.Contains(blank, " ") && g.topical(strings.ToLower(blank)) {
		return false
	}
	return !g.ambiguousAcronym(blank)
}

// choicePasses drops year choices that the wording settles.
func (g *sectionGen) choicePasses(c *candidate) bool {
	if ans := strings.TrimSpace(c.answer); ans == "0" || ans == "1" {
		return false // "roughly ___ in 10⁹ bases": one is the natural value
	}
	p := c.q.Prompt
	i := strings.Index(p, "_____")
	if i < 0 {
		return true
	}
	if g.titleRangeGives(c.q) || g.titleYearSides(c.q) || decadePartGives(c.q, p) {
		return false
	}
	if givenInSentence(c.q.Answer, p[:i]+p[i+5:]) || exampleSlot(p[:i]) || g.headingSpells(c.q.Answer) {
		return false
	}
	// "the resulting error will wrap a new _____ type": ArgumentError.
	if looksLikeIdent(c.q.Answer) && identEchoed(c.q.Answer, p[:i]+p[i+5:]) {
		return false
	}
	return !g.yearForced(p[:i], c.answer) && !g.yearReckoned(p[:i], strings.TrimSpace(c.answer), p[i+5:])
}

// followedInRe finds a year one thing followed another in, in one clause:
// "and RCA Victor followed with the 45 rpm single in 1949".
var followedInRe = regexp.MustCompile(`\bfollowed\b[^.;,]{0,50}\bin (?:[A-Z][a-z]+ )?(\d{4})\b`)

// rankOpeners begin a rank of two words: "First Officer", "Chief
// Engineer".
var rankOpeners = set(`first second third fourth chief head senior junior`)

// languages are those whose words English borrows most.
var languages = set(`latin greek french german italian spanish arabic dutch hebrew sanskrit norse`)

// yearSpanRe finds a span of years the sentence counts from a year the
// reader has: "for the fiftieth anniversary", "the centenary", "under
// the thirty-year rule".
var yearSpanRe = regexp.MustCompile(`\b(?:([a-z]+(?:-[a-z]+)?|\d+)(?:st|nd|rd|th)? anniversary|(centenary|centennial|bicentenary|bicentennial|tercentenary)|([a-z]+(?:-[a-z]+)?|\d+)-year rule)\b`)

// centenaries are the anniversaries counted in hundreds of years.
var centenaries = map[string]int{"centenary": 100, "centennial": 100, "bicentenary": 200, "bicentennial": 200, "tercentenary": 300}

// yearReckoned reports whether a year blank is one the sentence lets the
// reader reckon: a span from a year of the title or the sentence ("A
// reassessment published in ___, for the fiftieth anniversary" of "The
// Windscale fire of 1957"; "released only in ___ under the thirty-year
// rule"), or the year just before one the sentence says followed it ("In
// ___ Columbia introduced the long-playing record, and RCA Victor followed
// … in 1949"): blind raters rejected all six verdicts on such years in
// rounds 265 to 268.
func (g *sectionGen) yearReckoned(before, ans, after string) bool {
	v, err := strconv.Atoi(ans)
	if err != nil || len(ans) != 4 {
		return false
	}
	text := strings.ToLower(before + " " + after)
	var bases []int
	for _, m := range gateYearRe.FindAllString(g.titleText+" "+before+" "+after, -1) {
		if y, err := strconv.Atoi(m); err == nil && y != v {
			bases = append(bases, y)
		}
	}
	for _, m := range yearSpanRe.FindAllStringSubmatch(text, -1) {
		w := m[1] + m[2] + m[3]
		n := centenaries[w] + int(wordNumber(w)) + spelledValue(w)
		if d, err := strconv.Atoi(w); err == nil {
			n = d
		}
		if n == 0 {
			continue
		}
		if slices.ContainsFunc(bases, func(b int) bool { return v-n == b || v-n-1 == b }) {
			return true
		}
	}
	for _, m := range followedInRe.FindAllStringSubmatch(after, -1) {
		if y, _ := strconv.Atoi(m[1]); y-v >= 1 && y-v <= 2 {
			return true
		}
	}
	return false
}

// titleRangeRe finds the span of years a title gives: "The voyage of HMS
// Beagle (1831-1836)", "The Luddite risings of 1811 to 1813".
var titleRangeRe = regexp.MustCompile(`\b(\d{4})(?: ?[-–] ?| to )(\d{4})\b`)

// titleRangeGives reports whether the title's span of years leaves one
// year option only after its first year: of 1830, 1831, 1834 and 1837,
// the Beagle's voyage of 1831 to 1836 has room for 1834 alone once it
// has begun (blind raters rejected 7 of 8 verdicts on such choices in
// rounds 241 to 260).
func (g *sectionGen) titleRangeGives(q *questions.Question) bool {
	m := titleRangeRe.FindStringSubmatch(g.titleText)
	if m == nil {
		return false
	}
	lo, _ := strconv.Atoi(m[1])
	hi, _ := strconv.Atoi(m[2])
	in := 0
	for _, ch := range q.Choices {
		y, err := strconv.Atoi(strings.TrimSpace(ch))
		if err != nil || y < 1000 || y > 2999 {
			return false
		}
		if y > lo && y <= hi {
			in++
		}
	}
	a, _ := strconv.Atoi(strings.TrimSpace(q.Answer))
	return in == 1 && a > lo && a <= hi
}

// titleYearSides reports whether the answer of a year choice is the one
// option on its side of the year a title gives ("Grace Darling and the
// wreck of the Forfarshire, 1838": of 1826, 1834, 1838 and 1842, only
// 1842 can be "In ___ she fell ill" after her fame; "The Charge of the
// Light Brigade, 1854": "The Crimean War had begun in ___", 1853 among
// 1855, 1856 and 1871). Blind raters rejected all six verdicts on such
// choices in rounds 273 to 284.
func (g *sectionGen) titleYearSides(q *questions.Question) bool {
	ys := gateYearRe.FindAllString(g.titleText, -1)
	if len(ys) != 1 || titleRangeRe.MatchString(g.titleText) {
		return false
	}
	y, _ := strconv.Atoi(ys[0])
	a, err := strconv.Atoi(strings.TrimSpace(q.Answer))
	if err != nil || a == y {
		return false
	}
	same := 0
	for _, ch := range q.Choices {
		o, err := strconv.Atoi(strings.TrimSpace(ch))
		if err != nil {
			return false
		}
		if (o > y) == (a > y) && o != y {
			same++
		}
	}
	return same == 1
}

// decadePartRe finds a part of a decade: "in the early 1850s".
var decadePartRe = regexp.MustCompile(`\b(early|mid|late)(?:-| )(\d{3})0s\b`)

// decadePartGives reports whether a part of a decade the question gives
// holds the answer and no other option: "The binaural design became
// practical in the early 1850s" settles 1852 among 1852, 1854, 1857 and
// 1859.
func decadePartGives(q *questions.Question, text string) bool {
	m := decadePartRe.FindStringSubmatch(strings.ToLower(text))
	if m == nil {
		return false
	}
	base, _ := strconv.Atoi(m[2] + "0")
	lo, hi := base, base+3
	switch m[1] {
	case "mid":
		lo, hi = base+3, base+7
	case "late":
		lo, hi = base+6, base+9
	}
	in := 0
	for _, ch := range q.Choices {
		if y, err := strconv.Atoi(strings.TrimSpace(ch)); err == nil && y >= lo && y <= hi {
			in++
		}
	}
	a, _ := strconv.Atoi(strings.TrimSpace(q.Answer))
	return in == 1 && a >= lo && a <= hi
}

// titleOfTheRe finds an office's name cut after "of the": "the
// Chancellor of the ", "First Lord of the ".
var titleOfTheRe = regexp.MustCompile(`\b(?:Chancellor|Lord|Secretary|Minister|Master|Keeper|Governor|President|Speaker|Leader|Bishop|Archbishop|Duke|Earl|Prince) of the $`)

// midOfList reports whether a figure blank sits in a list between two
// figures whose middle it is: "0, ___ and 90".
func midOfList(before, blank, after string) bool {
	b := listBeforeRe.FindStringSubmatch(before)
	a := listAfterRe.FindStringSubmatch(after)
	if b == nil || a == nil {
		return false
	}
	x, y, v := numberValue(b[1]), numberValue(a[1]), numberValue(blank)
	return v > 0 && 2*v == x+y
}

var (
	listBeforeRe = regexp.MustCompile(`\b(\d[\d,.]*), $`)
	listAfterRe  = regexp.MustCompile(`^,? and (\d[\d,.]*)\b`)
)

// onePairApart reports whether the blank has a partner in text that
// differs from it in one character only: an abbreviation of three
// letters or more a letter apart (HDPE and LDPE, SDRAM and DDRAM), or a
// designation of letters and digits a digit apart ("___ images … or
// T2-weighted": T1-weighted).
func onePairApart(blank, text string) bool {
	abbr := len(blank) >= 3 && strings.ToUpper(blank) == blank && strings.ToLower(blank) != blank && !strings.Contains(blank, " ")
	mixed := strings.ContainsAny(blank, "0123456789") && strings.IndexFunc(blank, unicode.IsLetter) >= 0
	if !abbr && !mixed {
		return false
	}
	for _, t := range tokenize(text) {
		w := t.text
		if len(w) != len(blank) || w == blank || abbr && strings.ToUpper(w) != w {
			continue
		}
		diff, digits := 0, true
		for k := range len(w) {
			if w[k] != blank[k] {
				diff++
				digits = digits && isDigitByte(w[k]) && isDigitByte(blank[k])
			}
		}
		if diff == 1 && (abbr || digits) {
			return true
		}
	}
	return false
}

// nounModalRe finds "can" after an article and an adjective, where it is
// a noun: "a sealed can" (not "the court will").
var nounModalRe = regexp.MustCompile(`\b(?:a|an|the) (?:[\p{L}-]+ed|empty|open|full|old|new|large|small|tin|metal|steel|aluminium) (can)\b`)

// clockRe matches a time of day that ends the text before a blank.
var clockRe = regexp.MustCompile(`\b\d{1,2}:\d{2}\s*$`)

var gateYearRe = regexp.MustCompile(`\b(1[0-9]{3}|20[0-9]{2})\b`)

// yearForced reports whether a year's blank follows another year a few
// words before ("late 1947 and early ___"): the next year is the guess.
func (g *sectionGen) yearForced(before, ans string) bool {
	if !gateYearRe.MatchString(ans) || len(ans) != 4 {
		return false
	}
	tail := before
	if len(tail) > 30 {
		tail = tail[len(tail)-30:]
	}
	return gateYearRe.MatchString(tail)
}

// ambiguousAcronym reports whether another abbreviation of the article
// begins as this one does ("IMT" and "IMTFE"): either fits the blank.
func (g *sectionGen) ambiguousAcronym(ans string) bool {
	if len(ans) < 2 || strings.ToUpper(ans) != ans || strings.ToLower(ans) == ans {
		return false
	}
	for _, other := range g.lx.pool[KindAcronym] {
		if other != ans && (strings.HasPrefix(other, ans) || strings.HasPrefix(ans, other)) {
			return true
		}
	}
	return false
}

// wordsElsewhere reports whether every word of a phrase of two or more
// words (or its stem: "Japan" for "Japanese") is used in the section
// outside the sentence.
func (g *sectionGen) wordsElsewhere(phrase, sentence string) bool {
	words := strings.Fields(strings.ToLower(phrase))
	if len(words) < 2 {
		return false
	}
	rest := strings.Replace(g.secLower, strings.ToLower(sentence), " ", 1)
	for _, w := range words {
		if function[w] {
			continue
		}
		stem := w
		if len(stem) > 5 {
			stem = stem[:5]
		}
		if !strings.Contains(rest, stem) {
			return false
		}
	}
	return true
}

// theDocRe finds a document named by its kind alone: "the declaration".
var theDocRe = regexp.MustCompile(`\b[Tt]he ([a-z]+)\b`)

// unnamedDoc reports whether a text refers to a document by its kind
// alone ("the declaration") while the section names documents of that
// kind ("the Potsdam Declaration"): which one is meant is said elsewhere.
func (g *sectionGen) unnamedDoc(text string) bool {
	for _, m := range theDocRe.FindAllStringSubmatch(text, -1) {
		if docHeads[m[1]] && strings.Contains(g.secText, " "+strings.ToUpper(m[1][:1])+m[1][1:]) {
			return true
		}
	}
	return false
}

// techFrontRe matches a card asking, in the present, what a thing does:
// "What does an array type definition specify".
// caseFrontRe matches a card on what the reader does in a case: "What
// will you make when you …".
var caseFrontRe = regexp.MustCompile(`^What (?:will|can|would|could) you [a-z]+ (?:when|if|whenever|once) you `)

var techFrontRe = regexp.MustCompile(`^What (?:does|do|can) (.+?) (?:not )?([a-z'-]+)(?: of| to| with)?$`)

// techFront reports whether a card of technical prose (an article that
// writes identifiers as code) asks what a thing the article keeps naming
// always does: "What does a slice consist of?", "What does an array type
// definition specify?". Such a statement is a rule of the system the
// article teaches, not a step in its story.
func (g *sectionGen) techFront(question string) bool {
	if len(g.lx.code) == 0 {
		return false
	}
	m := techFrontRe.FindStringSubmatch(question)
	if m == nil || genericVerbs[m[2]] || strings.HasPrefix(m[1], "not ") {
		return false
	}
	for _, w := range strings.Fields(strings.ToLower(m[1])) {
		w = strings.TrimSuffix(strings.Trim(w, "“”\"'"), "'s")
		if len(w) >= 4 && !function[w] && g.lx.count(w) >= 4 {
			return true
		}
	}
	return false
}

// headingAndCategory reports whether a blank of two words is a word of
// the heading (or of its stem: "Japanese" for "Japan") and a category
// noun ("army", "government", "party").
func (g *sectionGen) headingAndCategory(blank string) bool {
	w := strings.Fields(strings.ToLower(blank))
	if len(w) != 2 || !orgHeads[w[1]] || len(w[0]) < 5 {
		return false
	}
	for _, h := range strings.Fields(g.heading) {
		h = strings.Trim(h, ",.:;()")
		if len(h) >= 5 && h[:5] == w[0][:5] {
			return true
		}
	}
	return false
}

// verbEchoesSubject reports whether a card's verb is a word of its
// subject, or shares its root ("append" of "the append function").
func verbEchoesSubject(subject, verb string) bool {
	for _, f := range strings.Fields(subject) {
		for _, w := range identParts(strings.Trim(f, "“”\"'’")) {
			if len(w) >= 4 && sameStem(w, verb) {
				return true
			}
		}
	}
	return false
}

// titleAnswers reports whether the article's subject is most of an
// answer: "the slice type" in an article on slices is, "source and
// destination slices" is not. Any word of the title in a list is too
// much: the list reads as the article's summary.
func (g *sectionGen) titleAnswers(answer string, list bool) bool {
	if list {
		return g.echoesTitle(answer)
	}
	words := contentWords(tokenize(answer))
	n := 0
	for w := range words {
		if g.echoesTitle(w) {
			n++
		}
	}
	return n > 0 && 2*n >= len(words)
}

// namesHeading reports whether a phrase holds every content word of the
// section's heading (but the title's): "atomic diplomacy" under "Atomic
// Diplomacy (part 1)".
func (g *sectionGen) namesHeading(phrase string) bool {
	words := contentWords(tokenize(phrase))
	n := 0
	for _, w := range g.lx.headingWords(g.index) {
		if g.echoesTitle(w) {
			continue
		}
		if !words[w] {
			return false
		}
		n++
	}
	return n > 0
}

// studyFinding reports whether a card's front asks what studies found or
// showed ("What have studies of European nightjars found?"): one of
// whatever the studies found, the section's words or not.
func studyFinding(subject, verb string) bool {
	switch verb {
	case "find", "finds", "found", "show", "shows", "showed", "shown":
	default:
		return false
	}
	f := strings.Fields(strings.ToLower(subject))
	if len(f) > 0 && determiners[f[0]] {
		f = f[1:]
	}
	return len(f) > 0 && studyNouns[f[0]]
}

var studyNouns = set(`study studies research survey surveys experiment experiments test tests trial trials researchers scientists`)

// capability reports whether a card asks what something can do: of an
// identifier, the section may say several things it can do, and the back
// gives one.
func capability(question string) bool {
	for _, m := range []string{"What can ", "What could ", "What may ", "What might "} {
		if strings.HasPrefix(question, m) {
			return true
		}
	}
	return false
}

// claimedElsewhere reports whether a card's subject is an identifier that
// another sentence of the section opens on, saying something else of it.
func (g *sectionGen) claimedElsewhere(subject string, own int) bool {
	var id string
	for _, t := range tokenize(subject) {
		if g.lx.code[t.text] > 0 {
			id = t.text
		}
	}
	if id == "" {
		return false
	}
	for _, s := range g.sents {
		if s.index == own || !s.formed {
			continue
		}
		for _, t := range s.tokens[s.first:min(len(s.tokens), s.first+3)] {
			if t.text == id {
				return true
			}
		}
	}
	return false
}

// digitsOf returns the digits of text, in order.
func digitsOf(text string) string {
	var b strings.Builder
	for _, r := range text {
		if '0' <= r && r <= '9' {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// capitalsOf returns the capital letters of text, in order:
// "DomainKeys Identified Mail" gives "DKIM".
func capitalsOf(text string) string {
	var b strings.Builder
	for _, r := range text {
		if unicode.IsUpper(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}
