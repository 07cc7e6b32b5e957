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

// sectionGens readies a generator for every section of an article, all
// sharing the article's lexicon.
func sectionGens(a *article.Article, opt Options) []*sectionGen {
	all := make([][]*sentence, len(a.Sections))
	for i, sec := range a.Sections {
		all[i] = splitSection(sec, a.Code, a.Title)
	}
	lx := newLexicon(all, a.Code)
	for _, sec := range a.Sections {
		lx.headings = append(lx.headings, sec.Heading)
	}
	gs := make([]*sectionGen, len(a.Sections))
	for i, sec := range a.Sections {
		g := &sectionGen{lx: lx, sec: sec, sents: all[i], opt: opt, heading: strings.ToLower(sec.Heading), secText: sec.Text(),
			title: strings.ToLower(a.Title), titleText: a.Title, first: i == 0, index: i}
		g.secLower = strings.ToLower(g.secText)
		gs[i] = g
	}
	for _, g := range gs {
		for _, s := range g.sents {
			if s.usable && g.definiteBack(s) {
				s.usable, s.leans = false, !s.partRef && !s.colon
			}
		}
	}
	lx.repetitive = repetitive(gs)
	lx.notes = isNotes(a)
	return gs
}

// isNotes reports whether an article is notes rather than prose: half
// its paragraphs or more are list items (revision notes run from 58% to
// 94%, the corpus's essays and articles from 0 to 15%).
func isNotes(a *article.Article) bool {
	n, items := 0, 0
	for _, s := range a.Sections {
		for _, p := range s.Paragraphs {
			n++
			if p.Kind == article.Item {
				items++
			}
		}
	}
	return n >= 6 && 2*items >= n
}

// repetitive reports whether the article's sections keep saying what
// their neighbours say: 60% or more of its statements restate a sentence
// of one of the three sections either side (see restates). Blind raters
// could not tell such an article's sections apart by their statements
// (section questions on the built-in article, where 69% do: 13 of 35
// acceptable), and told them apart where fewer do (the history article,
// 49%: 10 of 10). In such an article a wrong statement must share no
// word with the section (see restates). With fewer than ten statements
// it is not judged.
func repetitive(gs []*sectionGen) bool {
	n, r := 0, 0
	for j, h := range gs {
		for _, s := range h.sents {
			if !s.usable || !quotable(s) {
				continue
			}
			n++
			for i := max(0, j-3); i <= min(len(gs)-1, j+3); i++ {
				if i != j && gs[i].restates(s) {
					r++
					break
				}
			}
		}
	}
	return n >= 10 && 10*r >= 6*n
}

// Generate derives a bank of questions from every section of an article.
func Generate(a *article.Article, opt Options) *Result {
	res := &Result{All: a.Sections}
	ids := map[string]bool{}
	for i, g := range sectionGens(a, opt) {
		sec := g.sec
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

// candidate is a question the generator could keep.
type candidate struct {
	q       *questions.Question
	sents   []int   // the sentences it uses
	score   float64 // higher is better
	answer  string  // what the learner must recall, lower-cased
	visible string  // what the learner sees, lower-cased
	abbr    string  // the abbreviation an abbreviation question asks about
	shownN  int     // 1 + shownElsewhere, once counted
	// checked marks a question its maker checks as it makes it (a
	// glossary's, a table's, an enumeration's): the gate passes it.
	checked bool
	// asTrue is a false statement's sentence as written (see asWritten).
	asTrue *questions.Question
}

func (c *candidate) shown() (int, bool) { return c.shownN - 1, c.shownN > 0 }

type sectionGen struct {
	lx        *lexicon
	sec       article.Section
	sents     []*sentence
	opt       Options
	heading   string // lower-cased: the learner sees it
	title     string // the article's title, lower-cased: the learner sees it too
	titleText string // the article's title as written
	secText   string
	secLower  string
	cache     map[string][]string // distractors already found
	secCounts map[string]int      // phrase -> uses in the section, once counted
	unfit     map[*sentence]bool  // statements of other sections unfit as wrong options, once found
	decoy     map[*sentence]bool  // statements of other sections that use a word of the heading, once found
	theme     map[string]bool     // the stems the section keeps coming back to, once found
	shorts    *[]string           // the heading's short names (see shortNames), once found
	first     bool                // the article's first section
	index     int                 // the section's place in the article
	// openingQuote lets the section's opening sentence be asked as a
	// statement: the last way to fill it.
	openingQuote bool
	headIdeas    map[int]bool       // the ideas of concepts its heading names, once found
	heads        map[string]bool    // the stems of its heading that tie a statement to it, once found
	tied         map[*sentence]bool // whether a statement is tied to the heading, once found
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

// sentenceCandidates returns the questions each usable sentence gives.
func (g *sectionGen) sentenceCandidates() []*candidate {
	var cands []*candidate
	for _, s := range g.sents {
		if s.usable {
			cands = append(cands, g.fromSentence(s)...)
		}
	}
	return append(cands, g.contextCandidates()...)
}

func (g *sectionGen) run() []*questions.Question {
	cands := append(g.sentenceCandidates(), g.glossaryCandidates()...)
	cands = append(cands, g.tableCandidates()...)
	cands = append(cands, g.timelineCandidates()...)
	if c := g.order(); c != nil {
		cands = append(cands, c)
	}
	if c := g.enumerationCard(); c != nil {
		cands = append(cands, c)
	}
	cands = g.gate(cands)
	kept := g.pick(cands, nil, g.target())
	// The cards that pass the gate fill a section up to its target (with
	// --per-section, the number asked for), and a statement to recognise
	// up to minQuestions, or fewer if fewer were asked for.
	if g.sec.Words() >= minFillWords && len(kept) < g.target() {
		least := min(minQuestions, g.target())
		kept = g.pick(g.gate(g.fillCandidates()), kept, g.target())
		if len(kept) < least {
			kept = g.fillQuotes(kept, least)
		}
		// Last, a card on what the section claims, well formed but on
		// nothing specific: a section of general prose is still studied.
		if len(kept) < least {
			kept = g.pick(g.gateClaims(g.fillCandidates()), kept, least)
		}
		if len(kept) < least {
			g.openingQuote = true
			kept = g.fillQuotes(kept, least)
		}
	}
	// Present in article order.
	sort.SliceStable(kept, func(i, j int) bool { return kept[i].sents[0] < kept[j].sents[0] })
	g.nameArticle(kept)
	// Every second statement of the course, in article order, is asked as
	// written. The sentence as written shows only what its false form
	// shows, less the swap, and the false form's answer is no other
	// question's (see pick): nothing is given away that was not before.
	for _, c := range kept {
		if c.asTrue != nil {
			if g.lx.judged%2 == 1 {
				c.q = c.asTrue
			}
			g.lx.judged++
		}
	}
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

// hash gives a stable number for a string, for deterministic choices.
func hash(s string) uint32 {
	h := fnv.New32a()
	h.Write([]byte(s))
	return h.Sum32()
}
