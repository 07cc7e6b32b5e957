package generate

import (
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strings"

	"github.com/quiz-cli/quiz/questions"
)

// quoteChoice is the last resort for a section that the other forms leave
// short of minQuestions: it asks which of four statements of the article
// this section makes, the others being statements of other sections. It
// checks that the learner knows what the section says, not one detail.
func (g *sectionGen) quoteChoice(s *sentence, shown map[string]bool) *candidate {
	if !g.statementAnswer(s) || g.lx.sharedHeading(g.index) || codeHeading(g.sec.Heading, g.lx.code) {
		return nil
	}
	// Notes' sections are short and on one topic each, named by their
	// headings: blind raters found the answer the only option on the
	// heading's topic in most statement questions on notes (59 of 138
	// verdicts accepted over five rounds, 10 of 44 in the last three).
	if g.lx.notes {
		return nil
	}
	// A statement the article ties to the heading's topic ("fields"
	// under "Structs") is offered only beside another tied to it: then
	// the topic alone does not point at it.
	tied := g.tiedToHeading(s)
	others := g.otherStatements(s, 3, shown, g.headingEchoes(s.tokens, true), tied)
	if len(others) < 3 {
		return nil
	}
	if tied {
		n := 0
		for _, it := range g.lx.statementsNamed(others) {
			if g.tiedToHeading(it.s) {
				n++
			}
		}
		if n < 1 {
			return nil
		}
	}
	// Each word of the heading in the answer is in two options more, or
	// the heading still points at the answer ("append" under "Growing
	// slices (the copy and append functions)", whatever the options say of
	// slices).
	for _, w := range g.headingEchoes(s.tokens, true) {
		n := 0
		for _, o := range others {
			if usesWord(tokenize(o), w) {
				n++
			}
		}
		if n < 2 {
			return nil
		}
	}
	answer := s.statement()
	choices := place(others, answer)
	q := &questions.Question{ID: g.id("which", firstWords(answer, 4)), Type: questions.Choice,
		Prompt:  fmt.Sprintf("Which of these statements is from %s?", g.where()),
		Choices: choices, Answer: answer,
		Explain: fmt.Sprintf("%s says: “%s” The other statements are from other sections of the article.", capitalize(g.where()), s.text),
		Source:  s.quote}
	return &candidate{q: q, sents: []int{s.index}, score: 0, answer: "which statement: " + strings.ToLower(s.text),
		visible: strings.ToLower(strings.Join(choices, "\n"))}
}

// statementAnswer reports whether a sentence can be the answer of a
// statement question: it stands alone, means something alone, and the
// heading does not pick it out.
func (g *sectionGen) statementAnswer(s *sentence) bool {
	// "Which of these statements is from the section “Ecological
	// Succession”?" in an article of that title: every one is.
	if strings.EqualFold(strings.TrimSpace(g.sec.Heading), strings.TrimSpace(g.title)) {
		return false
	}
	// "Consider the three-letter ASCII string Man." under "A Worked
	// Example": the one option that sets up an example.
	if g.workedExample() {
		return false
	}
	// The answer may speak to the reader ("You've launched your project
	// …"): the options are statements of the article as it is written.
	if !quotable(s) && !(s.first < len(s.tokens) && strings.HasPrefix(s.tokens[s.first].lower, "you") && quotableFrom(s, 1)) {
		return false
	}
	// "The involvement began …": a definite noun alone as the subject
	// names something an earlier sentence introduced.
	if t := s.tokens; len(t) > 3 && t[0].lower == "the" && !isCapitalized(t[1].text) &&
		(verbs[t[2].lower] || g.lx.verbish[t[2].lower] && !g.lx.nounish[t[2].lower] || modals[t[2].lower]) {
		return false
	}
	// "When you want to do something, you just do it.": too few words
	// of content to mean anything alone.
	if len(contentWords(s.tokens)) < 3 {
		return false
	}
	// "Try to be responsive …" under "Be responsive": the heading picks
	// it out. Offered among statements that use the heading's word too,
	// it was still the one a non-reader picked, and those statements
	// often said what this section says. Only a word of the article's
	// title ("peacekeeping" in every heading of an article on it) may be
	// used, and then most options use it too (see quoteChoice).
	// A word the whole article keeps using ("project" in an essay on
	// running one) picks out no section, and is treated as the title's;
	// but not when it is what the heading is about: the whole heading
	// ("Arrays"), or an identifier it names ("the copy and append
	// functions"), which blind raters saw point at the answer.
	if g.saysHeadingIdea(s.tokens) || g.ownTopic(s) {
		return false
	}
	for _, w := range g.headingEchoes(s.tokens, true) {
		if g.echoesTitle(w) {
			continue
		}
		if !g.lx.topWords[strings.TrimSuffix(w, "s")] || g.oneWordHeading() || g.lx.code[w] > 0 {
			return false
		}
	}
	return true
}

// technicalCode is how many identifiers written as code make an article
// technical: the Go blog's article on slices writes 13, an essay on
// writing tests 4.
const technicalCode = 8

// ownTopic reports whether a statement is on its section's own topic:
// more than three in ten of its words, in any form, no other section
// uses ("Budget for travel as a normal operating cost" under "Meeting in
// Person on Purpose"). The heading names that topic, in other words as
// often as not, and the other options are on other topics. Of the
// statements rated blind, raters accepted 28 of 162 verdicts on those
// this leaves out in the prose articles of rounds 18 to 21 and 23 of 42
// on those it keeps; in the corpus, 10 of 20 and 43 of 56.
func (g *sectionGen) ownTopic(s *sentence) bool {
	// In an article of a few sections most words are said in one only:
	// the share tells nothing. In technical prose each section's own
	// words are its identifiers and their behaviour, which no heading
	// gives away (raters accepted 36 of 40 verdicts on the technical
	// article's statements over four ratings).
	if len(g.lx.sents) < 5 || len(g.lx.code) >= technicalCode {
		return false
	}
	n, own := 0, 0
	for w := range contentWords(s.tokens[s.first:]) {
		st := stemOf(w)
		if st == "" {
			continue
		}
		n++
		if g.lx.stemSections(st) <= 1 {
			own++
		}
	}
	return n > 0 && 10*own > 3*n
}

// fillQuotes adds quote questions, one at a time, up to least questions:
// each new one offers other wrong statements than those kept.
func (g *sectionGen) fillQuotes(kept []*candidate, least int) []*candidate {
	// An introduction's statement is the general one among details:
	// blind raters accepted 4 of 20 verdicts on one in articles they had
	// not seen (rounds 18 to 20), and rejected the built-in article's.
	if g.introduction() {
		return kept
	}
	for len(kept) < least {
		n := len(kept)
		kept = g.pick(g.gate(g.quoteCandidates(kept)), kept, n+1)
		if len(kept) == n {
			break
		}
		if q := kept[n].q; q.Type == questions.Choice {
			for _, x := range q.Choices {
				if x != q.Answer {
					g.lx.offered[x]++
				}
			}
		}
	}
	return kept
}

// introduction reports whether the section introduces the article or
// sums it up: its statement is the general one among details.
func (g *sectionGen) introduction() bool {
	switch g.heading {
	case "introduction", "overview", "summary", "conclusion", "conclusions":
		return true
	}
	return false
}

// quoteCandidates makes a quote question on each sentence not used yet,
// for a section still short of minQuestions.
func (g *sectionGen) quoteCandidates(kept []*candidate) []*candidate {
	used := map[int]bool{}
	shown := map[string]bool{} // the statements kept questions offer
	for _, c := range kept {
		for _, i := range c.sents {
			used[i] = true
		}
		for _, x := range c.q.Choices {
			shown[x] = true
		}
	}
	var out []*candidate
	for _, s := range g.sents {
		if used[s.index] {
			continue
		}
		// A section's opening sentence mostly says what the heading says:
		// the first guess. One that uses no word of the heading ("In the
		// early stages of your project, making major decisions is easy"
		// under "Resolving conflicts") is asked last, when nothing else
		// fills the section.
		if s.index == 0 && (!g.openingQuote || len(g.headingEchoes(s.tokens, true)) > 0) {
			continue
		}
		if c := g.quoteChoice(s, shown); c != nil {
			// A sentence naming something specific is the one to know.
			if g.specificIn(s, "", 1) {
				c.score += 0.5
			}
			out = append(out, c)
		}
	}
	return out
}

// quotable reports whether a sentence can be shown as a statement on its
// own: well formed, of middling length, and not opening with a pronoun or
// a word that points back. A dropped opener ("However, ") is not shown.
func quotable(s *sentence) bool {
	return quotableFrom(s, 0)
}

// bareList reports whether a sentence is only a list: three or more
// short phrases between commas, none of which holds a verb the generator
// knows.
func bareList(text string) bool {
	t := parenRe.ReplaceAllString(strings.TrimSuffix(text, "."), "")
	parts := strings.Split(t, ",")
	if len(parts) < 3 {
		return false
	}
	for _, p := range parts {
		p = strings.TrimSpace(p)
		p = strings.TrimPrefix(strings.TrimPrefix(p, "and "), "or ")
		if wordCount(p) > 4 {
			return false
		}
		for _, tok := range tokenize(p) {
			if verbs[tok.lower] || auxiliaries[tok.lower] {
				return false
			}
		}
	}
	return true
}

// pointerOpenRe finds an opening that points at cases, a place, a fact
// or advice the text before gave: "In each case", "Striking there", "The
// reason is that", "If not,", "Notice, too,".
var pointerOpenRe = regexp.MustCompile(`^(?:(?:in (?:each|both|either|every) cases?|\w+ing there|the reason (?:is|was) that)\b|if (?:not|so),|notice, too\b)`)

// parenRe matches a remark in brackets.
var parenRe = regexp.MustCompile(` ?\([^()]*\)`)

// quotableFrom is quotable for the sentence without its first skip words
// of the stem ("You" of "You will never …", which statementAnswer allows).
func quotableFrom(s *sentence, skip int) bool {
	if !s.formed || s.backRef || s.colon || s.nearCode || s.gloss || s.first+skip >= len(s.tokens) {
		return false
	}
	toks := s.tokens[s.first+skip:]
	padded := " " + s.lower + " "
	for _, a := range relativeTimes {
		if containsPhrase(padded, " "+a) {
			return false
		}
	}
	n := wordCount(s.text[s.stemOff:])
	if n < 6 || n > 32 {
		return false // four options longer than that are a page to read
	}
	// "The two most common are …", "In some, …": of what?
	if skip == 0 && ofSomeOpener(s) {
		return false
	}
	// "… giving three possible combinations:": a lead-in to what follows.
	if strings.HasSuffix(strings.TrimSpace(s.text), ":") {
		return false
	}
	f := toks[0].lower
	// "Shifts the whole action sideways …": a bullet's description
	// without its label has no subject; a verb, not a noun ("Studies
	// show"), takes a determiner after it.
	if skip == 0 && len(f) > 3 && strings.HasSuffix(f, "s") && !strings.HasSuffix(f, "ss") && !strings.HasSuffix(f, "us") && !strings.HasSuffix(f, "is") &&
		!function[f] && len(toks) > 1 && determiners[toks[1].lower] {
		return false
	}
	// "In each case the aim is …", "Striking there weakens …": the cases,
	// the place, the text before gave.
	if pointerOpenRe.MatchString(s.lower[s.stemOff:]) {
		return false
	}
	// "Suppose a page asks to upload a photograph.": the setting of an
	// example, no statement of the section's.
	if f == "suppose" || f == "imagine" || f == "picture" {
		return false
	}
	if function[f] && !subjectStarts[f] && !fronting[f] && !conditions[f] && !modifierStarts[f] && skip == 0 {
		return false // "However the most serious problem …": it answers text before
	}
	// "The immediate origins of this effort …": what it points at is in
	// another sentence.
	// "Understanding its evolution …": a pronoun near the start names
	// what an earlier sentence said.
	// "Some, such as compare-and-swap, are …": some of what?
	if len(toks) > 1 && s.text[toks[0].end:min(len(s.text), toks[0].end+1)] == "," && leadPronouns[f] {
		return false
	}
	for i, t := range toks[1:] {
		w := t.lower
		if k := strings.IndexByte(w, '\''); k > 0 && w != "it's" {
			w = w[:k] // "they're", "he'd"
		}
		switch w {
		case "such":
			if i+2 < len(toks) && toks[i+2].lower == "as" {
				continue // "such as Stack Overflow": examples, not a pointer
			}
			return false
		case "this", "these", "those":
			return false
		case "it", "its", "he", "his", "she", "her", "they", "their", "them":
			if i < 4 {
				return false
			}
		case "same":
			// "the same year", "the same problems": as what the text
			// before said, unless "as" says it here.
			if toks[i].lower == "the" && !slices.ContainsFunc(toks[i+2:min(len(toks), i+7)], func(t token) bool { return t.lower == "as" }) {
				return false
			}
		case "similar":
			if i+2 >= len(toks) || toks[i+2].lower != "to" {
				return false // "a similar ordinance": similar to what?
			}
		case "we", "us", "our":
			return false // "as we walk through the next few examples": which?
		case "of":
			// "very high doses of some, such as vitamin B6": some of what?
			if i+2 < len(toks) && (quantifiers[toks[i+2].lower] || toks[i+2].lower == "others") && strings.HasPrefix(s.text[toks[i+2].end:], ",") {
				return false
			}
		case "none":
			if i < 3 && (i+2 >= len(toks) || toks[i+2].lower != "of") {
				return false // "Currently none are defined": none of what?
			}
		}
	}
	if skip == 0 && (badStarts[f] || strings.HasPrefix(f, "you") || f == "we" || f == "i") {
		return false
	}
	// What follows a dropped opener, or "You", must stand alone as a
	// usable sentence would ("For example, @someone asked … below" does
	// not).
	if (s.stemOff > 0 || skip > 0) && leansOnText(s) {
		return false
	}
	// "See the section on Tools below", "As described in the next
	// section, …": it points at text the question does not show.
	for _, p := range textPointers {
		if containsPhrase(s.lower, p) {
			return false
		}
	}
	if s.partRef || pointsAtCase(s) || unnamedRelation(s) {
		return false
	}
	// "As mentioned earlier, re-slicing …": the opener says that another
	// section says it too.
	if opener := strings.ToLower(s.text[:s.stemOff]); strings.Contains(opener, "mentioned") || strings.Contains(opener, "earlier") || strings.Contains(opener, "noted") {
		return false
	}
	return !strings.ContainsAny(s.text, "“”\"") && !fragment(toks)
}

// leadPronouns stand for a noun the text before gave when a comma
// follows them: "Some, such as …", "Many, however, …".
var leadPronouns = set(`some many most several others both each all few none one`)

// textPointers point at other parts of the text.
var textPointers = []string{"below", "above", "the latter", "the former", "one reason", "another reason", "that followed,", "recall that", "remember that", "next section", "previous section", "following section", "the section on",
	"see the", "as described", "described later", "described earlier", "later in this", "earlier in this"}

// statement is a sentence as a statement question shows it: without an
// opener it dropped ("However, ").
func (s *sentence) statement() string {
	if s.stemOff == 0 {
		return s.text
	}
	return s.stem(-1, -1, "")
}

// fragment reports whether a sentence is a list item without a verb of
// its own ("Developing shared strategic frameworks to streamline
// operations."): among statements, the one fragment stands out.
func fragment(toks []token) bool {
	if len(toks) == 0 || !strings.HasSuffix(toks[0].lower, "ing") {
		return false
	}
	for _, t := range toks[1:] {
		w := t.lower
		if auxiliaries[w] || verbs[w] && !strings.HasSuffix(w, "ing") && !strings.HasSuffix(w, "ed") {
			return false
		}
	}
	return true
}

// modifierStarts open a subject or a piece of advice rather than point
// back: "Good documentation only becomes …", "Even a few kind words can
// …", "Don't forget to consider …".
var modifierStarts = set(`good great big small large little long high low early new old main major minor best
less few one no even different similar common clear simple specific don't`)

// auxiliaries are finite verbs that make a clause of what precedes them.
var auxiliaries = set(`is are was were has have had can could will would may might must should does do did`)

// otherStatements picks n statements of the sections nearest to this
// one, as alike in length to s as can be, in a fixed order. Statements of
// neighbouring sections are the hardest to tell from this one's: a
// statement from a far part of the article gives itself away. A
// statement shown is never offered again: kept questions offer those.
// Statements using a word of prefer (the subject words of the heading the
// answer uses) come first.
func (g *sectionGen) otherStatements(s *sentence, n int, shown map[string]bool, prefer []string, tied bool) []string {
	bySection := g.lx.statements()
	stmt := s.statement()
	want := wordCount(stmt)
	type scored struct {
		text  string
		score int
		sec   int
		s     *sentence
	}
	var cands []scored
	withAny := map[int]bool{}  // the sections that gave a statement
	withWord := map[int]bool{} // those that gave one using a word of prefer
	for d := 1; d <= min(len(bySection), maxReach) && (len(cands) < 8*n || len(withAny) < 2*n || len(prefer) > 0 && len(withWord) < 2); d++ {
		for _, i := range []int{g.index - d, g.index + d} {
			if i < 0 || i >= len(bySection) {
				continue
			}
			for _, it := range bySection[i] {
				diff := it.words - want
				if diff < 0 {
					diff = -diff
				}
				// Never the answer again, nor anything the section says
				// (a book may repeat a sentence in several sections).
				if diff > 10 || it.text == stmt || strings.Contains(g.secLower, strings.ToLower(it.text)) || shown[it.text] {
					continue
				}
				// One that says again what this section says is right as
				// well.
				if g.unfitOption(it) {
					continue
				}
				// A statement on the section's theme is the one a
				// non-reader cannot rule out by theme alone.
				score := 4*d + diff
				if g.onTheme(it.s) {
					score -= 8
				}
				// A statement offered in earlier questions again and
				// again is learnt as the wrong one.
				score += 6 * g.lx.offered[it.text]
				if tied && g.tiedToHeading(it.s) {
					score -= 20 // tied to the heading as the answer is
				}
				// A statement that uses a word of the heading is the one a
				// non-reader picks: with it among the options, the heading
				// no longer gives the answer away.
				if g.decoyOption(it.s) {
					score -= 10
				}
				for _, w := range prefer {
					if usesWord(it.s.tokens, w) {
						score -= 20 // the subject word the answer uses
						withWord[i] = true
						break
					}
				}
				cands = append(cands, scored{it.text, score, i, it.s})
				withAny[i] = true
			}
		}
	}
	sort.SliceStable(cands, func(i, j int) bool {
		if cands[i].score != cands[j].score {
			return cands[i].score < cands[j].score
		}
		return hash(cands[i].text+s.text) < hash(cands[j].text+s.text)
	})
	// One statement a section: two from the same section share its
	// theme, and the answer is the odd one out. So do two that use a
	// word of the heading: one at most.
	var out []string
	seen := map[string]bool{}
	from := map[int]bool{}
	decoys := 0
	for _, c := range cands {
		if len(out) < n && !seen[c.text] && !from[c.sec] {
			echo := g.decoyOption(c.s)
			if echo && decoys > 0 {
				continue
			}
			if echo {
				decoys++
			}
			seen[c.text] = true
			from[c.sec] = true
			out = append(out, c.text)
		}
	}
	return out
}

// maxReach bounds how many sections away wrong statements are sought: in
// a book, a search for a rare word would otherwise look at every
// section's statements for every question.
const maxReach = 40

// quoteItem is a statement of the article that a quote question may offer.
type quoteItem struct {
	text  string
	words int
	s     *sentence
	opens bool // it opens on a word of its own section's heading
}

// unfitOption reports whether a statement of another section cannot be a
// wrong option here: it opens on its own heading, or it says again what
// this section says. Found once a statement.
func (g *sectionGen) unfitOption(it quoteItem) bool {
	if v, ok := g.unfit[it.s]; ok {
		return v
	}
	if g.unfit == nil {
		g.unfit = map[*sentence]bool{}
	}
	v := it.opens || g.restates(it.s)
	g.unfit[it.s] = v
	return v
}

// decoyOption reports whether a statement of another section uses a word
// of this heading. Found once a statement.
func (g *sectionGen) decoyOption(s *sentence) bool {
	if v, ok := g.decoy[s]; ok {
		return v
	}
	if g.decoy == nil {
		g.decoy = map[*sentence]bool{}
	}
	v := g.echoesHeading(s.tokens, false)
	g.decoy[s] = v
	return v
}

// statements returns each section's quotable statements, found once.
func (lx *lexicon) statements() [][]quoteItem {
	if lx.quotes != nil {
		return lx.quotes
	}
	lx.quotes = make([][]quoteItem, len(lx.sents))
	for i, sec := range lx.sents {
		for _, o := range sec {
			if o.usable && quotable(o) && len(lx.quotes[i]) < 50 {
				lx.quotes[i] = append(lx.quotes[i], quoteItem{o.statement(), wordCount(o.statement()), o, lx.opensOnHeading(o.tokens[o.first:], i)})
			}
		}
	}
	return lx.quotes
}

// caseNouns, after "the" and before nothing that says which, name what
// the text before set out: "… to deal with the problem."
var caseNouns = set(`problem problems issue issues situation case example examples change changes approach solution
question difference result results process scenario`)

// pointsAtCase reports whether a statement ends on "the problem", "the
// example" or the like: which one, the text before says ("the problem of
// versioning" says it, and "If the issue does not represent …" is any
// issue at hand).
func pointsAtCase(s *sentence) bool {
	toks := s.tokens
	for i := 0; i+1 < len(toks); i++ {
		if toks[i].lower == "the" && caseNouns[toks[i+1].lower] {
			if e := toks[i+1].end; e == len(s.text) || strings.ContainsRune(".,;", rune(s.text[e])) {
				return true
			}
		}
	}
	return false
}

// callRe finds a call in a heading: "request(options)", not "Growing
// slices (the copy and append functions)".
var callRe = regexp.MustCompile(`\w\(`)

// codeHeading reports whether a heading names a field, an option or a
// function of a reference ("bugs", "devDependencies",
// "Dispatcher.request(options[, callback])", "Parameter: RequestOptions"):
// its section describes that one thing, and the statement that describes
// it is the one a reader of the field picks, as blind raters found of
// API references.
func codeHeading(h string, code map[string]int) bool {
	if callRe.MatchString(h) || strings.ContainsAny(h, "[]`") || code[h] > 0 {
		return true
	}
	words := strings.Fields(h)
	for _, w := range words {
		if looksLikeIdent(strings.TrimRight(w, ":,")) {
			return true
		}
	}
	return len(words) == 1 && h == strings.ToLower(h) && len(h) >= 2
}

// dupRe finds the number that tells apart sections of one heading:
// "Limitations (2)".
var dupRe = regexp.MustCompile(`^(.*) \(\d+\)$`)

// sharedHeading reports whether another section has the same heading but
// for its number ("Limitations", "Limitations (2)"): "Which of these
// statements is from the section “Limitations (2)”?" names no section a
// learner can tell. Found once.
func (lx *lexicon) sharedHeading(i int) bool {
	if lx.shared == nil {
		n := map[string]int{}
		base := make([]string, len(lx.headings))
		for k, h := range lx.headings {
			b := strings.ToLower(h)
			if m := dupRe.FindStringSubmatch(b); m != nil {
				b = m[1]
			}
			base[k] = b
			n[b]++
		}
		lx.shared = make([]bool, len(lx.headings))
		for k := range lx.headings {
			lx.shared[k] = n[base[k]] > 1
		}
	}
	return i < len(lx.shared) && lx.shared[i]
}

// statementsNamed returns the statements of the article with these texts.
func (lx *lexicon) statementsNamed(texts []string) []quoteItem {
	want := map[string]bool{}
	for _, t := range texts {
		want[t] = true
	}
	var out []quoteItem
	for _, sec := range lx.statements() {
		for _, it := range sec {
			if want[it.text] {
				out = append(out, it)
				delete(want, it.text)
			}
		}
	}
	return out
}

// oneWordHeading reports whether the heading is a single word but for
// function words ("Arrays"; not "Meet contributors where they're at").
func (g *sectionGen) oneWordHeading() bool {
	n := 0
	for _, t := range tokenize(g.sec.Heading) {
		if !function[t.lower] {
			n++
		}
	}
	return n == 1
}
