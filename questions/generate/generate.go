// Package generate derives question banks from an article, offline and
// deterministically: the same article always gives the same questions.
//
// For each section it finds the sentences that stand alone, the terms in
// them worth asking about (years, numbers, names, abbreviations, recurring
// noun phrases, lists, dated events), makes more candidate questions than
// it needs, ranks them and keeps the best, one per sentence, so that the
// questions spread over the section and none gives another away. Every
// question quotes its sentence verbatim as its source.
package generate

import (
	"fmt"
	"hash/fnv"
	"math"
	"sort"
	"strings"

	"github.com/quiz-cli/quiz/questions"
	"github.com/quiz-cli/quiz/questions/article"
)

// Options tune the generator.
type Options struct {
	// Course is the course id; bank ids are "<course>-<heading>".
	Course string
	// PerSection is the number of questions per section; 0 chooses by the
	// section's length.
	PerSection int
	// Types limits the question types; empty means every type.
	Types []questions.Type
	// Progress, if set, is called after each section with the number of
	// sections done and the total.
	Progress func(done, total int)
}

// Result is a generated course.
type Result struct {
	// Sections are the sections that got a bank, in article order.
	Sections []article.Section
	// Banks has one bank per entry of Sections.
	Banks []*questions.Bank
	// Skipped names the sections that gave no question.
	Skipped []string
	// All is every section of the article, with a bank or not.
	All []article.Section
}

// Article returns the whole article, as the course's article.md holds it:
// a section without questions can still be read.
func (r *Result) Article(title string) *article.Article {
	return &article.Article{Title: title, Sections: r.All}
}

// sentence is a sentence of a section and how it can be asked.
type sentence struct {
	text    string // verbatim
	lower   string // text, lower-cased
	offset  int    // byte offset in the section's text
	stemOff int    // where the stem starts: after a dropped opener
	tokens  []token
	first   int // the first token of the stem
	index   int
	usable  bool   // the whole sentence stands alone
	formed  bool   // a statement of usable length and form, standing alone or not
	backRef bool   // its subject names something the text before introduced
	before  string // the text before it in its paragraph (or the paragraph before), lower-cased
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

// Generate derives a bank of questions from every section of an article.
func Generate(a *article.Article, opt Options) *Result {
	all := make([][]*sentence, len(a.Sections))
	for i, sec := range a.Sections {
		all[i] = splitSection(sec)
	}
	lx := newLexicon(all, a.Code)
	res := &Result{All: a.Sections}
	ids := map[string]bool{}
	for i, sec := range a.Sections {
		g := &sectionGen{lx: lx, sec: sec, sents: all[i], opt: opt, heading: strings.ToLower(sec.Heading), secText: sec.Text(),
			title: strings.ToLower(a.Title)}
		g.secLower = strings.ToLower(g.secText)
		g.first, g.index = i == 0, i
		qs := g.run()
		if len(qs) == 0 {
			res.Skipped = append(res.Skipped, sec.Heading)
			continue
		}
		b := &questions.Bank{ID: bankID(opt.Course, sec.Heading, ids), Title: sec.Heading, Section: sec.Heading,
			Description: fmt.Sprintf("Questions generated from the section “%s”.", sec.Heading), Questions: qs}
		res.Banks = append(res.Banks, b)
		res.Sections = append(res.Sections, sec)
		if opt.Progress != nil {
			opt.Progress(i+1, len(a.Sections))
		}
	}
	return res
}

// bankID makes a unique bank id from the course id and a heading.
func bankID(course, heading string, taken map[string]bool) string {
	base := slug(course+"-"+heading, 64)
	if base == "" {
		base = "section"
	}
	id := base
	for n := 2; taken[id]; n++ {
		suffix := fmt.Sprintf("-%d", n)
		id = strings.TrimRight(base[:min(len(base), 64-len(suffix))], "-") + suffix
	}
	taken[id] = true
	return id
}

// splitSection cuts a section into sentences and decides which stand alone.
func splitSection(sec article.Section) []*sentence {
	var out []*sentence
	off := 0
	for pi, p := range sec.Paragraphs {
		if pi > 0 {
			off += 2 // the blank line
		}
		base := off
		if p.Kind == article.Item {
			base += len(article.Bullet)
		}
		for _, sp := range sentences(p.Text) {
			s := &sentence{text: p.Text[sp.start:sp.end], offset: base + sp.start, index: len(out)}
			s.lower = strings.ToLower(s.text)
			s.tokens = tokenize(s.text)
			before := p.Text[:sp.start]
			if sp.start == 0 && pi > 0 {
				// A paragraph's first sentence points back into the one before.
				before = sec.Paragraphs[pi-1].Text
			}
			s.before = strings.ToLower(before)
			s.formed = wellFormed(s)
			s.backRef = s.formed && refersBack(s, before)
			s.usable = s.formed && wordCount(s.text) >= 7 && !leansOnText(s) && !s.backRef
			out = append(out, s)
		}
		off += len(p.Line())
	}
	return out
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
var backOrdinals = set(`first second third fourth final last next previous latter former resulting subsequent remaining same`)

// refersBack reports whether a sentence's subject is a definite noun
// phrase naming something the sentence before it in the paragraph has just
// introduced ("… the array. The full array will be kept …", "… UN
// involvement … The involvement began …"): without that sentence the
// learner cannot tell which one is meant. A proper name ("The Soviet
// Union") is not a back-reference.
func refersBack(s *sentence, before string) bool {
	toks := s.tokens[s.first:]
	if len(toks) < 2 || toks[0].lower != "the" {
		return false
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
	for _, t := range toks[1:min(len(toks), 4)] {
		if t.text == "" || t.text[0] < 'a' || t.text[0] > 'z' || function[t.lower] || verbs[t.lower] {
			return false // a name, or the noun phrase has ended
		}
		if len(t.lower) >= 4 && (strings.Contains(prev, " "+t.lower) || strings.Contains(prev, " "+strings.TrimSuffix(t.lower, "s"))) {
			return true
		}
	}
	return false
}

// standalone decides whether a sentence can be asked without the text
// around it, dropping a discourse opener ("However, ") if it has one.
func standalone(s *sentence) bool {
	return wellFormed(s) && wordCount(s.text) >= 7 && !leansOnText(s)
}

// wellFormed reports whether a sentence is a statement of a length and
// form a question can quote, and finds where its stem starts: after a
// discourse opener ("However, ") or a list item's label.
func wellFormed(s *sentence) bool {
	s.stemOff, s.first = 0, 0
	t := s.text
	lower := strings.ToLower(t)
	n := wordCount(t)
	if n < 5 || n > 40 || len(s.tokens) == 0 {
		return false
	}
	if !strings.HasSuffix(t, ".") && !strings.HasSuffix(t, ".”") && !strings.HasSuffix(t, ".\"") {
		return false
	}
	if strings.ContainsAny(t, "?[]{}`*<>|=_#\\~^$") || strings.Contains(t, "()") || strings.Contains(t, "...") || strings.Contains(t, "…") {
		return false
	}
	if strings.Count(t, "\"")%2 != 0 || strings.Count(t, "(") != strings.Count(t, ")") ||
		strings.Count(t, "“") != strings.Count(t, "”") {
		return false
	}
	if !isCapitalized(t) && !strings.HasPrefix(t, "“") && !strings.HasPrefix(t, "\"") {
		return false
	}
	for _, m := range markers {
		if strings.HasPrefix(lower, m+", ") {
			s.stemOff = len(m) + 2
			break
		}
	}
	// A list item's label: "Good first issues: To help new contributors ...".
	if i := strings.Index(t, ": "); i > 0 && s.stemOff == 0 && wordCount(t[:i]) <= 4 && i+2 < len(t) && isCapitalized(t[i+2:]) {
		s.stemOff = i + 2
	}
	for i, tok := range s.tokens {
		if tok.start >= s.stemOff {
			s.first = i
			break
		}
	}
	return true
}

// leansOnText reports whether a well-formed sentence leans on text the
// learner cannot see: it opens with a pronoun or a linking word, or says
// "this", "such", "the latter" and the like.
func leansOnText(s *sentence) bool {
	lower := strings.ToLower(s.text)
	if s.stemOff > 0 {
		lower = lower[s.stemOff:]
	}
	if badStarts[s.tokens[s.first].lower] {
		return true
	}
	// "such as" introduces examples, not a reference to earlier text.
	padded := strings.ReplaceAll(" "+lower+" ", " such as ", " like ")
	if strings.Contains(lower, ", they ") || strings.Contains(lower, ", it ") {
		return true // "In the Potsdam Declaration, they called for …": who?
	}
	for _, a := range anaphora {
		if strings.Contains(padded, " "+a) {
			return true
		}
	}
	for i, t := range s.tokens[s.first:] {
		if t.lower == "this" || t.lower == "these" || t.lower == "those" {
			return true
		}
		// "Understanding its evolution ...": whose?
		if i < 3 && (t.lower == "its" || t.lower == "their" || t.lower == "his" || t.lower == "her") {
			return true
		}
	}
	for _, w := range []string{" i ", " me ", " my ", " i'm ", " i've "} {
		if strings.Contains(padded, w) {
			return true
		}
	}
	return false
}

// candidate is a question the generator could keep.
type candidate struct {
	q       *questions.Question
	sents   []int   // the sentences it uses
	score   float64 // higher is better
	answer  string  // what the learner must recall, lower-cased
	visible string  // what the learner sees, lower-cased
	abbr    string  // the abbreviation an abbreviation question asks about
	shownN  int     // 1 + shownElsewhere, once counted
	weak    bool    // a fill used only to reach minQuestions
	// lastResort is a fill used only when the weak fills leave the
	// section short of minQuestions.
	lastResort bool
}

func (c *candidate) shown() (int, bool) { return c.shownN - 1, c.shownN > 0 }

type sectionGen struct {
	lx       *lexicon
	sec      article.Section
	sents    []*sentence
	opt      Options
	heading  string // lower-cased: the learner sees it
	title    string // the article's title, lower-cased: the learner sees it too
	secText  string
	secLower string
	cache    map[string][]string // distractors already found
	first    bool                // the article's first section
	index    int                 // the section's place in the article
}

func (g *sectionGen) allowed(t questions.Type) bool {
	if len(g.opt.Types) == 0 {
		return true
	}
	for _, x := range g.opt.Types {
		if x == t {
			return true
		}
	}
	return false
}

// target is how many questions a section gets.
func (g *sectionGen) target() int {
	if g.opt.PerSection > 0 {
		return g.opt.PerSection
	}
	n := int(math.Round(float64(g.sec.Words()) / 75))
	return max(3, min(n, 10))
}

// minQuestions is what a section with enough prose should get at least.
const minQuestions = 3

func (g *sectionGen) run() []*questions.Question {
	var cands []*candidate
	for _, s := range g.sents {
		if !s.usable {
			continue
		}
		cands = append(cands, g.fromSentence(s)...)
	}
	if c := g.order(); c != nil {
		cands = append(cands, c)
	}
	kept := g.pick(cands, nil, g.target())
	if g.opt.PerSection == 0 && g.sec.Words() >= minFillWords {
		// Cards that ask one precise thing fill a section up to its
		// target; the weaker fills only up to minQuestions.
		fills := g.fillCandidates()
		var strong, weak []*candidate
		for _, c := range fills {
			if !c.weak && !c.lastResort {
				strong = append(strong, c)
			}
			if !c.lastResort {
				weak = append(weak, c)
			}
		}
		kept = g.pick(strong, kept, g.target())
		if len(kept) < minQuestions {
			kept = g.pick(weak, kept, minQuestions)
		}
		if len(kept) < minQuestions {
			kept = g.pick(append(fills, g.quoteCandidates(kept)...), kept, minQuestions)
		}
	}
	// Present in article order.
	sort.SliceStable(kept, func(i, j int) bool { return kept[i].sents[0] < kept[j].sents[0] })
	seen := map[string]bool{}
	out := make([]*questions.Question, 0, len(kept))
	for _, c := range kept {
		id := c.q.ID
		for n := 2; seen[id]; n++ {
			id = fmt.Sprintf("%s-%d", c.q.ID, n)
		}
		seen[id] = true
		c.q.ID = id
		out = append(out, c.q)
	}
	return out
}

// pick ranks the candidates and keeps the best, one per sentence, none
// giving another away, favouring types not used yet; kept are already
// chosen; it stops at target questions.
func (g *sectionGen) pick(cands, kept []*candidate, target int) []*candidate {
	var allowedCands []*candidate
	for _, c := range cands {
		if g.allowed(c.q.Type) {
			allowedCands = append(allowedCands, c)
		}
	}
	cands = allowedCands
	// Stable ranking: score, then position, then id.
	sort.SliceStable(cands, func(i, j int) bool {
		if cands[i].score != cands[j].score {
			return cands[i].score > cands[j].score
		}
		if cands[i].sents[0] != cands[j].sents[0] {
			return cands[i].sents[0] < cands[j].sents[0]
		}
		return cands[i].q.ID < cands[j].q.ID
	})
	used := map[int]bool{}
	typeCount := map[questions.Type]int{}
	answers := map[string]bool{}
	for _, c := range kept {
		typeCount[c.q.Type]++
		answers[c.answer] = true
		for _, i := range c.sents {
			used[i] = true
		}
	}
	for len(kept) < target {
		var best *candidate
		bestScore := math.Inf(-1)
		for _, c := range cands {
			if c == nil || clash(c, used) || c.answer != "" && answers[c.answer] || g.givesAway(c, kept) {
				continue
			}
			sc := c.score - 1.5*float64(typeCount[c.q.Type])
			if g.lx.asked[c.answer] {
				sc -= 1 // asked in an earlier section already
			}
			// An answer that other sentences of the section show would
			// block questions on them.
			sc -= 0.5 * float64(g.shownElsewhere(c))
			if sc > bestScore {
				best, bestScore = c, sc
			}
		}
		if best == nil {
			break
		}
		kept = append(kept, best)
		typeCount[best.q.Type]++
		answers[best.answer] = true
		if best.answer != "" {
			g.lx.asked[best.answer] = true
		}
		if best.abbr != "" {
			g.lx.asked["abbr:"+best.abbr] = true
		}
		for _, i := range best.sents {
			used[i] = true
		}
	}
	return kept
}

func clash(c *candidate, used map[int]bool) bool {
	for _, i := range c.sents {
		if used[i] {
			return true
		}
	}
	return false
}

// givesAway reports whether c and a kept question would answer each other.
func (g *sectionGen) givesAway(c *candidate, kept []*candidate) bool {
	for _, k := range kept {
		if g.reveals(k, c) || g.reveals(c, k) {
			return true
		}
	}
	return false
}

// shownElsewhere counts the other sentences of the section that show a
// candidate's answer (for answers rare enough to be given away).
func (g *sectionGen) shownElsewhere(c *candidate) int {
	if c.answer == "" || g.lx.termCount[c.answer] >= 5 {
		return 0
	}
	if n, ok := c.shown(); ok {
		return n
	}
	n := 0
	for _, s := range g.sents {
		if s.index != c.sents[0] && indexWord(s.lower, c.answer) >= 0 {
			n++
		}
	}
	c.shownN = n + 1
	return n
}

// reveals reports whether a shows b's answer in a sentence about the same
// thing. A word the article uses everywhere reveals nothing.
func (g *sectionGen) reveals(a, b *candidate) bool {
	return b.answer != "" && g.lx.termCount[b.answer] < 5 && containsWord(a.visible, b.answer) && g.related(a, b)
}

// related reports whether two questions' sentences share enough content
// words to state the same fact.
func (g *sectionGen) related(a, b *candidate) bool {
	wa := contentWords(g.sents[a.sents[0]].tokens)
	shared := 0
	for w := range contentWords(g.sents[b.sents[0]].tokens) {
		if wa[w] {
			shared++
		}
	}
	return shared >= 3
}

func contentWords(toks []token) map[string]bool {
	m := map[string]bool{}
	for _, t := range toks {
		if isContent(t.lower) {
			m[t.lower] = true
		}
	}
	return m
}

// hash gives a stable number for a string, for deterministic choices.
func hash(s string) uint32 {
	h := fnv.New32a()
	h.Write([]byte(s))
	return h.Sum32()
}
