package generate

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/quiz-cli/quiz/questions"
	"github.com/quiz-cli/quiz/questions/article"
)

// adviceVerbs open advice, as well as imperatives do.
var adviceVerbs = set(`send move add label point close act reach thank invite share document mark link post list
publish acknowledge emphasize encourage resist direct welcome explain review merge assign ban block delete
remove reward recognize praise respect listen wait stay treat identify pick set forget remember rush`)

// objectVerbs take a person and what they are to do ("permitted
// Hirohito to retain his position"): "What did the Allies permit?" asks
// for half of it.
var objectVerbs = set(`permit allow enable force ask require urge invite let make tell persuade encourage consider threaten`)

// destinationVerbs take an object and where it goes ("add salt to the
// water").
var destinationVerbs = set(`add attach apply put place`)

// asVerbs take an object and what to take it as ("treat the plan as a
// guide").
var asVerbs = set(`treat regard view`)

// causatives take a person and a verb ("help people get to know each
// other"): "What should you help?" asks nothing.
var causatives = set(`help let make have get keep see watch tell ask show give teach remind`)

// adviceCard asks what a piece of advice tells the reader to do: "Resist
// the temptation to communicate … in private" gives "What should you
// resist, according to …?".
func (g *sectionGen) adviceCard(s *sentence) *candidate {
	toks := s.tokens
	i := s.first
	if i+3 >= len(toks) {
		return nil
	}
	// "Add a handful to planting holes …", one bullet among uses: any
	// other is as right an answer to "What should you add?".
	if g.sec.Paragraphs[s.para].Kind == article.Item {
		return nil
	}
	// "Pay attention to how they react": the verb and its noun are one
	// idiom, and "What should you pay?" asks nothing.
	if f := strings.Fields(strings.ToLower(s.text[s.tokens[s.first].start:])); len(f) > 1 && idioms[f[0]+" "+strings.Trim(f[1], ",.;:")] {
		return nil
	}
	// "Read a novel and then watch its film, invite a local author, or
	// hold a summer meeting": one of several ways, any of them right.
	if i := strings.Index(s.text, ", or "); i >= 0 {
		if f := strings.Fields(strings.ToLower(s.text[i+5:])); len(f) > 0 && verbs[f[0]] {
			return nil
		}
	}
	q := "What should you "
	// "For meetings, consider publishing …", "In your CONTRIBUTING file,
	// explicitly tell …": the opening phrase goes to the end.
	tail := ""
	if toks[i].lower == "for" || toks[i].lower == "in" {
		for k := i + 1; k < len(toks)-3 && k < i+6; k++ {
			if strings.HasPrefix(s.text[toks[k-1].end:toks[k].start], ",") {
				tail = " " + strings.ToLower(s.text[toks[i].start:toks[i].start+1]) + s.text[toks[i].start+1:toks[k-1].end]
				i = k
				break
			}
		}
		if tail == "" {
			return nil
		}
		// "In these cases, identify …": a phrase that points back is
		// left out; the advice itself must stand alone.
		if !s.usable {
			rest := &sentence{text: "Xx " + s.text[toks[i].start:], tokens: tokenize("Xx " + s.text[toks[i].start:])}
			if !wellFormed(rest) || leansOnText(rest) {
				return nil
			}
			tail = ""
		}
	} else if !s.usable {
		return nil
	}
	if a := toks[i].lower; cardAdverbs[a] || strings.HasSuffix(a, "ly") && !lyNouns[a] && i+3 < len(toks) {
		i++ // "explicitly tell"
	}
	// "Don't rush into a decision …": what not to do.
	if toks[i].lower == "don't" || toks[i].lower == "do" && toks[i+1].lower == "not" {
		q += "not "
		i++
		if toks[i].lower == "not" {
			i++
		}
	}
	v := toks[i].lower
	if v == "be" && i+2 < len(toks) {
		// "Be transparent about your project's roadmap": about what?
		adj, p := toks[i+1].lower, toks[i+2].lower
		if (p == "about" || p == "with" || p == "to" || p == "of") && !function[adj] && hasSuffix(adj, append(qualitySuffixes, "ant", "ent", "ful")) {
			rest := strings.TrimSuffix(s.text[toks[i+2].end:], ".")
			if wordCount(rest) >= 2 {
				return g.card(s, "advice be "+adj, g.cardPrompt(q+"be "+adj+" "+p), firstWords(rest, 4), 1.5)
			}
		}
		return nil
	}
	if function[v] && !nounsInFunction[v] || causatives[v] || lightVerbs[v] || !(imperatives[v] || verbs[v] || adviceVerbs[v] || cardVerbs[v]) ||
		strings.HasSuffix(v, "s") || strings.HasSuffix(v, "ing") || strings.HasSuffix(v, "ed") {
		return nil
	}
	if g.lx.nounish[v] && !verbs[v] && !imperatives[v] && !adviceVerbs[v] || i+2 >= len(toks) {
		return nil // "Documentation …", "Community …": a noun
	}
	if containsWord(g.heading, v) {
		return nil // "Identify a community tiebreaker": the heading is the answer
	}
	// "pay attention to …": an idiom's verb asks for its other half.
	if i+1 < len(toks) && idiomObjects[toks[i+1].lower] {
		return nil
	}
	q += v
	o := i + 1
	// "forget to consider", "try to be": the verb after "to" is the one
	// whose object is asked for.
	if toks[o].lower == "to" && o+2 < len(toks) && (verbs[toks[o+1].lower] || cardVerbs[toks[o+1].lower] || adviceVerbs[toks[o+1].lower]) {
		q += " to " + toks[o+1].lower
		o += 2
	}
	// "use your documentation to make people feel welcome": what to use
	// for that.
	if v == "use" {
		if k := strings.Index(s.text[toks[o].start:], " to "); k > 0 && wordCount(s.text[toks[o].start:toks[o].start+k]) <= 4 {
			purpose := strings.TrimSuffix(s.text[toks[o].start+k+1:], ".")
			if wordCount(purpose) < 3 || strings.ContainsAny(purpose, ",;:") {
				return nil
			}
			return g.card(s, "advice use "+firstWords(purpose, 3), g.cardPrompt(q+" "+purpose), firstWords(s.text[toks[o].start:], 3), 1.5)
		}
		return nil
	}
	ob := toks[o]
	if s.text[toks[o-1].end:ob.start] != " " {
		return nil
	}
	wh := ob.lower == "who" || ob.lower == "how" || ob.lower == "what" || ob.lower == "whether" || ob.lower == "why"
	if !wh && (function[ob.lower] && !objectStarts[ob.lower] || verbs[ob.lower] && !strings.HasSuffix(ob.lower, "ing")) ||
		strings.HasSuffix(ob.lower, "ly") && !lyNouns[ob.lower] || prepositionLike[ob.lower] {
		return nil
	}
	object := strings.TrimSuffix(s.text[ob.start:], ".")
	if wordCount(object) < 2 {
		return nil
	}
	// "Add a pair of scissors, a tapestry needle …": add to what, the
	// text before says.
	if destinationVerbs[v] && !strings.Contains(object, " to ") && !strings.Contains(object, " into ") && !strings.Contains(object, " on ") {
		return nil
	}
	// "Treat the plan as a guide rather than a contract": how to treat
	// the plan is the advice, and "What should you treat?" asks for half.
	if asVerbs[v] {
		k := strings.Index(object, " as ")
		if k < 0 || wordCount(object[:k]) > 4 || strings.ContainsAny(object[:k], ",;:") || wordCount(object[k+4:]) < 2 {
			return nil
		}
		return g.card(s, "advice "+v+" "+firstWords(object, 3), g.cardPrompt("How should you "+v+" "+object[:k]+tail), firstWords(object[k+4:], 4), 1.5)
	}
	// "What should you follow?", "What should you check?": a verb alone
	// asks for any of the things one might do so; blind raters of new
	// articles accepted such cards 5 times in 54 verdicts.
	if tail == "" {
		return nil
	}
	return g.card(s, "advice "+v+" "+firstWords(object, 3), g.cardPrompt(q+tail), firstWords(object, 4), 1.5)
}

// bulletCard asks for the items of a bulleted list that a sentence ending
// in a colon introduces: "Key measures include the following:" and four
// items give "The section “…” says: “Key measures include the following:”
// Which four does it name?". The section's heading says what the list is
// of.
func (g *sectionGen) bulletCard() *candidate {
	paras := g.sec.Paragraphs
	off := 0
	offs := make([]int, len(paras))
	for i, p := range paras {
		offs[i] = off
		off += len(p.Line()) + 2
	}
	for i, p := range paras {
		if p.Kind != article.Prose || !strings.HasSuffix(p.Text, ":") {
			continue
		}
		j := i + 1
		var items []string
		table := false
		for j < len(paras) && paras[j].Kind == article.Item {
			items = append(items, strings.TrimSuffix(paras[j].Text, "."))
			// "Feature: Detects; Ionisation: …": a table's row, read a
			// row to a line, is no item to recall.
			table = table || tableRowRe.MatchString(paras[j].Text)
			j++
		}
		if table {
			continue
		}
		if len(items) < 3 || len(items) > 7 {
			continue
		}
		ok := true
		for _, it := range items {
			if n := wordCount(it); n > 15 || n == 0 || openEnded(it) {
				ok = false // "etc": the list is not all of them
			}
		}
		// "fruit and vegetable scraps, tea leaves and coffee grounds":
		// items that each group several things are no count to recall.
		grouped := 0
		for _, it := range items {
			if strings.Contains(it, ", ") {
				grouped++
			}
		}
		if grouped > 1 {
			ok = false
		}
		// "**Rotating tumblers**, which make turning easy but …": items
		// that each open with a bold name are asked by their names.
		if leads := itemLeads(paras[i+1 : j]); !ok && leads != nil {
			items, ok = leads, true
		}
		lead := p.Text
		if k := strings.LastIndex(strings.TrimSuffix(lead, ":"), ". "); k >= 0 {
			lead = lead[k+2:]
		}
		if n := wordCount(lead); n < 3 || n > 20 || !isCapitalized(lead) {
			ok = false
		}
		for _, t := range tokenize(lead) {
			switch t.lower {
			case "this", "these", "those", "such", "it", "they", "them", "their", "its", "he", "she", "his", "her", "we", "our":
				ok = false
			}
		}
		// "Common examples include:": examples of what, the text before
		// says.
		if l := strings.ToLower(lead); (strings.Contains(l, "example") || strings.Contains(l, "instance")) && !strings.Contains(l, " of ") {
			ok = false
		}
		// "The most common are:": the most common what?
		if superlativeLeadRe.MatchString(strings.ToLower(lead)) {
			ok = false
		}
		// "Other approaches include:": other than the one the text before
		// gave.
		if f := strings.Fields(strings.ToLower(lead)); len(f) > 0 && (f[0] == "other" || f[0] == "further") {
			ok = false
		}
		// "Feedforward, Feedback and Hybrid Designs": the heading names
		// every item, and the front quotes it.
		named := 0
		for _, it := range items {
			for _, w := range strings.Fields(strings.ToLower(it)) {
				if w = strings.Trim(w, ".,:;()"); function[w] {
					continue
				}
				if containsWord(g.heading, w) {
					named++
				}
				break
			}
		}
		if !ok || named == len(items) {
			continue
		}
		start := offs[i] + len(p.Text) - len(lead)
		end := offs[j-1] + len(paras[j-1].Line())
		source := g.secText[start:end]
		var sents []int
		for _, s := range g.sents {
			if s.offset >= start && s.offset < end {
				sents = append(sents, s.index)
			}
		}
		if len(sents) == 0 {
			continue
		}
		front := fmt.Sprintf("%s says: “%s” Which %s does it name?", capitalize(g.where()), lead, numberWord(len(items)))
		// "Determinants of PED:": a label, not a sentence to quote. The
		// question names what the list is.
		if label := strings.TrimSpace(parenRe.ReplaceAllString(strings.TrimSuffix(lead, ":"), "")); wordCount(label) <= 6 && verbless(&sentence{text: label, tokens: tokenize(label)}) {
			// "As a rough guide:" names no kind of thing: no card.
			if f := strings.ToLower(firstWords(label, 1)); function[f] || prepositions[f] {
				continue
			}
			// "ATP tally per glucose (modern estimate):" names one thing,
			// not the items: "Which four ATP tally …" would not read.
			if !pluralLabel(label) {
				continue
			}
			// "Designers balance three competing goals:": a clause with
			// its own count, which "Which three …" would say twice.
			if slices.ContainsFunc(tokenize(label), func(t token) bool { return spelledValue(t.lower) > 1 || numberRe.MatchString(t.text) }) {
				continue
			}
			front = fmt.Sprintf("Which %s %s does %s name?", numberWord(len(items)), g.midSentence(label), g.where())
		}
		q := &questions.Question{ID: g.id("card", "list "+firstWords(lead, 4)), Type: questions.Card, Prompt: front,
			Answer:  strings.Join(items, "\n"),
			Explain: fmt.Sprintf("%s lists them after “%s”", capitalize(g.where()), lead), Source: source}
		return &candidate{q: q, sents: sents, score: 3, answer: strings.ToLower(items[0]), visible: strings.ToLower(front)}
	}
	return nil
}

// superlativeLeadRe finds a list's lead that ranks without naming what:
// "The most common are:", "The main ones include:".
var superlativeLeadRe = regexp.MustCompile(`^the (?:most|main|commonest|best|usual|principal|chief)(?: [a-z]+)? (?:are|is|include)\b`)

// openEnded reports whether a list's item says the list goes on: "etc",
// "and so on".
func openEnded(item string) bool {
	switch strings.ToLower(strings.Trim(strings.TrimSpace(item), ".…")) {
	case "etc", "and so on", "and more", "and others", "others", "more":
		return true
	}
	return false
}

// askRe finds advice to ask a question, quoted, and the case it is for:
// "If the conversation is starting to unravel, ask the group, “Which
// steps should we take next?” to refocus the conversation."
var askRe = regexp.MustCompile(`^(?:(With|If|When|Whenever|Before|After|As|Once|For) ([^,"“”]+), )?[Aa]sk (yourself|the group|the team|everyone|your community|your contributors|the contributor|the maintainers)[,:]? ["“]([^"“”]+\?)["”]`)

// askCard asks which question the section tells the reader to ask: the
// words are the content, and no reader guesses them. The case must be
// given, and stand alone.
func (g *sectionGen) askCard(s *sentence) *candidate {
	m := askRe.FindStringSubmatch(s.text)
	if m == nil || m[1] == "" {
		return nil
	}
	cond := m[2]
	if condPointsBack(cond) || wordCount(cond) < 3 || wordCount(cond) > 16 {
		return nil
	}
	front := fmt.Sprintf("What should you ask %s %s %s", m[3], strings.ToLower(m[1]), cond)
	return g.card(s, m[3]+" "+firstWords(m[4], 3), g.cardPrompt(front), "asked: "+m[4], 2.6)
}

// pluralLabel reports whether a list's label names things in the plural:
// its head, the last word before "of", "per", "in", "for" and the like
// ("Determinants of PED"), ends in -s.
func pluralLabel(label string) bool {
	head := ""
	for _, w := range strings.Fields(strings.ToLower(label)) {
		if prepositions[w] || w == "of" || w == "per" || w == "for" || w == "with" || w == "by" {
			break
		}
		head = w
	}
	return strings.HasSuffix(head, "s") && !strings.HasSuffix(head, "ss")
}

// itemLeads returns the bold names that every item of a list opens with,
// or nil: each a short phrase with no verb of its own ("Wormeries", not
// "It smells of ammonia").
func itemLeads(items []article.Paragraph) []string {
	var out []string
	for _, p := range items {
		l := strings.TrimRight(strings.TrimSpace(p.Lead), ".:,;")
		if n := wordCount(l); n == 0 || n > 6 || strings.TrimSpace(strings.TrimPrefix(p.Text, p.Lead)) == "" {
			return nil
		}
		// "**Round toward positive infinity** and **round toward
		// negative infinity**": the item names two, and the lead one.
		if rest := strings.TrimPrefix(p.Text, p.Lead); strings.HasPrefix(rest, " and ") || strings.HasPrefix(rest, " or ") {
			return nil
		}
		if toks := tokenize(l); slices.ContainsFunc(toks, func(t token) bool { return verbs[t.lower] || auxiliaries[t.lower] || beForms[t.lower] }) {
			return nil
		}
		out = append(out, l)
	}
	return out
}

// idioms are a verb and a noun that say one thing together.
var idioms = func() map[string]bool {
	m := map[string]bool{}
	for _, p := range strings.Fields(`pay|attention take|care take|time take|place make|sure keep|track take|note take|part make|use`) {
		m[strings.ReplaceAll(p, "|", " ")] = true
	}
	return m
}()

// idiomObjects complete a verb into an idiom: "pay attention", "take
// care", "make sense".
var idiomObjects = set(`attention care sense heed notice place`)
