package generate

import (
	"strings"

	"github.com/quiz-cli/quiz/questions"
)

// gateClaims keeps the flashcards that are well formed, specific or not
// (see cardFormed): the last resort for a section of general prose. What
// they ask for must still be more than the front says: not a word of the
// heading ("revisit your README" under "Treat your README as a
// constitution"), and not two words that restate the question ("notable
// success" for "What have several efforts demonstrated?").
func (g *sectionGen) gateClaims(cands []*candidate) []*candidate {
	out := cands[:0:0]
	for _, c := range cands {
		if c.q.Type != questions.Card {
			continue
		}
		if _, ok := g.cardFormed(c, true); !ok {
			continue
		}
		question, _, _ := strings.Cut(c.q.Prompt, ", according to ")
		if m := nameFrontRe.FindStringSubmatch(question); m != nil && g.namesDefined(strings.ToLower(m[1]), g.sentenceOf(c)) {
			continue
		}
		// "What is a vaccine?" in an article on vaccines: what everyone
		// knows, or a value judgement; "What is your living room?": the
		// reader's own, no term at all (blind raters rejected all three
		// of round 30).
		if m := nameFrontRe.FindStringSubmatch(question); m != nil {
			k := strings.ToLower(m[1])
			if g.echoesTitle(k) || strings.HasPrefix(k, "your ") || strings.HasPrefix(k, "our ") || strings.HasPrefix(k, "my ") || categoryFront(k) {
				continue
			}
		}
		if g.cardSpecific(c, g.sentenceOf(c)) {
			out = append(out, c)
			continue
		}
		// Only advice, a case to act on and a definition: blind raters
		// rejected every card on what general prose claims ("What do
		// peacekeeping missions typically involve?": a stock answer, or
		// one of several the section gives) and every "why" or "how"
		// of a claim (a generic reason).
		if !claimForm(c.q.Prompt) && !g.namesSubject(c.q.Prompt) {
			continue
		}
		// "“Missions like … in Colombia faced difficulties.” Why?": a
		// named subject, but a reason that names nothing ("the
		// intricacies of the internal conflict") is the one anyone gives
		// (accepted once in six verdicts).
		if strings.Contains(c.q.Prompt, "” Why, according") || strings.Contains(c.q.Prompt, "” How, according") {
			continue
		}
		if g.echoesHeading(tokenize(c.answer), false) || newWords(c.q.Prompt, object(c.q.Answer, c.answer)) < 2 || vagueObject(c.answer) {
			continue
		}
		// "What has peacekeeping played a pivotal role in?": in general
		// prose, the answer is the subject's own purpose.
		if strings.Contains(c.q.Prompt, " role in") || strings.Contains(c.q.Prompt, " roles ") {
			continue
		}
		out = append(out, c)
	}
	return out
}

// categoryNouns name a kind of thing, not a thing: "What is the
// best-known example?" (of what?), "What is a helpful extra?".
var categoryNouns = set(`example examples extra extras option options alternative alternatives way ways choice choices
step steps tip tips factor factors part parts thing things one ones kind kinds type types complication complications
problem problems drawback drawbacks advantage advantages benefit benefits risk risks limitation limitations difficulty difficulties`)

// categoryFront reports whether what a card asks to be named is a
// category word: the sentence says which thing is one, and the front
// asks for it backwards.
func categoryFront(k string) bool {
	// "What is step four?": which of the steps, not what it is.
	if f := strings.Fields(k); len(f) == 2 && categoryNouns[f[0]] {
		if _, ok := countValue(f[1]); ok {
			return true
		}
	}
	head := ""
	for i, w := range strings.Fields(k) {
		if function[w] && !categoryNouns[w] && i > 0 && head != "" {
			break // "a helpful extra for any baker": the head is "extra"
		}
		if !function[w] || categoryNouns[w] {
			head = w
		}
	}
	return categoryNouns[head]
}

// echoesTitle reports whether a phrase uses a content word of the
// article's title.
func (g *sectionGen) echoesTitle(phrase string) bool {
	if g.lx.titleWords == nil {
		g.lx.titleWords = contentWords(tokenize(g.title))
	}
	title := g.lx.titleWords
	for _, t := range tokenize(phrase) {
		for w := range title {
			if len(w) >= 4 && sameStem(t.lower, w) {
				return true
			}
		}
	}
	return false
}

// backEchoesHeading reports whether what a card's back says first,
// beyond what its front says (its first six new content words), uses a
// word of the section's heading (not one of the article's topic words).
func (g *sectionGen) backEchoesHeading(front, back string) bool {
	shown := contentWords(tokenize(front))
	// A definition's head is what it says the term is: "the diffusion of
	// water across a … membrane" under "Membrane transport" tells no more
	// than "diffusion" does.
	n := 6
	if defFrontRe.MatchString(strings.TrimSuffix(front, "?")) {
		n = 2
	}
	var rest []token
	for _, t := range tokenize(back) {
		if !shown[t.lower] && isContent(t.lower) {
			rest = append(rest, t)
			if len(rest) == n {
				break
			}
		}
	}
	// The word itself, not its stem: "diplomatic goals" in what "atomic
	// diplomacy" means is the definition, not a give-away.
	for _, w := range g.lx.headingWords(g.index) {
		if len(w) < 4 || g.lx.topWords[strings.TrimSuffix(w, "s")] {
			continue
		}
		for _, t := range rest {
			if strings.TrimSuffix(t.lower, "s") == strings.TrimSuffix(w, "s") {
				return true
			}
		}
	}
	return false
}

// claimForm reports whether a card asks what to do, or what a term is.
func claimForm(prompt string) bool {
	q, _, _ := strings.Cut(prompt, ", according to ")
	return strings.HasPrefix(q, "What should you ") || strings.HasPrefix(q, "How should you ") ||
		strings.HasPrefix(q, "What may help ") || defFrontRe.MatchString(q) || defVerbFrontRe.MatchString(q)
}

// namesSubject reports whether a card's question names something that is
// not the article's subject ("What did the presentation of the Baruch
// Plan mark?"): a claim about a named thing is a fact of the article,
// where one about "several missions" is a stock answer.
func (g *sectionGen) namesSubject(prompt string) bool {
	q, _, _ := strings.Cut(prompt, ", according to ")
	var run []string
	named := false
	flush := func() {
		if len(run) > 0 && !g.topical(strings.ToLower(strings.Join(run, " "))) {
			named = true
		}
		run = nil
	}
	for i, w := range strings.Fields(q) {
		w = strings.Trim(w, "“”\"’'.,?")
		if i > 0 && isCapitalized(w) && !function[strings.ToLower(w)] {
			run = append(run, w)
		} else {
			flush()
		}
	}
	flush()
	return named
}

// object returns the part of a card's back that answers it: from where
// its answer phrase starts to the end of that clause ("mixed results" of
// "… has produced mixed results, reflecting complex regional dynamics").
func object(back, answer string) string {
	i := strings.Index(strings.ToLower(back), answer)
	if answer == "" || i < 0 {
		return back
	}
	rest := back[i:]
	if j := strings.IndexAny(rest, ",;."); j > 0 {
		rest = rest[:j]
	}
	return rest
}

// vagueObject reports whether an answer is a quantity of unnamed things
// ("a diverse set of activities", "a wide range of") or a verdict.
func vagueObject(answer string) bool {
	for _, w := range []string{"set of", "range of", "variety of", "number of", "array of", "series of", "host of"} {
		if strings.Contains(answer, w) {
			return true
		}
	}
	// "notable success", "mixed results", "significant progress": a
	// verdict any reader would give.
	f := strings.Fields(strings.ToLower(answer))
	if len(f) > 0 && evaluative[f[0]] {
		return true
	}
	// "the same problem", "such threats": what, the text before says.
	for _, p := range []string{"the same ", "the other ", "this ", "these ", "those ", "such ", "another "} {
		if strings.HasPrefix(strings.Join(f, " ")+" ", p) {
			return true
		}
	}
	return false
}

// evaluative adjectives judge without saying what: an answer that opens
// with one is a verdict, not a fact.
var evaluative = set(`notable mixed significant considerable important great positive negative tangible various diverse
substantial remarkable major key crucial vital pivotal greater better improved enhanced increased`)

// verdictAdjectives judge a thing as a whole: "a neat compromise", "an
// elegant solution".
var verdictAdjectives = set(`neat elegant clever good useful simple sensible practical welcome
nice fine handy helpful`)

// newWords counts the content words of a card's back that its front does
// not use: what the learner has to recall.
func newWords(front, back string) int {
	shown := contentWords(tokenize(front))
	n := 0
	for w := range contentWords(tokenize(back)) {
		if !shown[w] {
			n++
		}
	}
	return n
}

// claimTopic reports whether the words before a card's generic verb give
// it a topic: a subject of two words that are not function words
// ("strengthening local governance", "key developments"), or a verb the
// generic one completes ("you not forget to").
func claimTopic(before string) bool {
	if strings.HasSuffix(before, " to") {
		return true
	}
	n := 0
	for _, w := range strings.Fields(strings.ToLower(before)) {
		if !topicless[w] {
			n++
		}
	}
	return n >= 2
}

// topicless words name no topic in a card's subject.
var topicless = set(`a an the this that these those some any you your we our they their it its he his she her i not to`)
