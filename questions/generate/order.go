package generate

import (
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strings"

	"github.com/quiz-cli/quiz/questions"
)

// order asks to put the section's dated events in order, when it dates
// three or more events to different years.
func (g *sectionGen) order() *candidate {
	type event struct {
		year, text string
		sent       int
	}
	var evs []event
	years := map[string]bool{}
	for _, s := range g.sents {
		var ys []term
		for _, t := range g.lx.terms(s) {
			if t.kind == KindYear {
				ys = append(ys, t)
			}
		}
		if len(ys) != 1 || years[ys[0].text] || !s.usable {
			continue
		}
		y := ys[0]
		text := eventText(s, y)
		if text == "" {
			continue
		}
		years[y.text] = true
		evs = append(evs, event{y.text, text, s.index})
	}
	if len(evs) < 3 {
		return nil
	}
	if len(evs) > 5 {
		evs = evs[:5]
	}
	sorted := append([]event(nil), evs...)
	sort.SliceStable(sorted, func(i, j int) bool {
		a, _ := yearValue(sorted[i].year)
		b, _ := yearValue(sorted[j].year)
		return a < b
	})
	var items, dated []string
	var sents []int
	for _, e := range sorted {
		items = append(items, e.text)
		dated = append(dated, fmt.Sprintf("%s (%s)", e.text, e.year))
	}
	for _, e := range evs {
		sents = append(sents, e.sent)
	}
	first, last := g.sents[evs[0].sent], g.sents[evs[len(evs)-1].sent]
	source := g.secText[first.offset : last.offset+len(last.quote)]
	if len(source) > 2000 {
		return nil
	}
	q := &questions.Question{ID: g.id("order", g.sec.Heading), Type: questions.Order,
		Prompt: "Put these events in the order in which they happened, earliest first.", Items: items,
		Explain: fmt.Sprintf("%s dates them: %s.", capitalize(g.where()), strings.Join(dated, "; ")), Source: source}
	return &candidate{q: q, sents: sents, score: 5.5}
}

// participleOnly reports whether a clause's only verb is a participle
// before "by": "A force led by the Chevalier de Troyes".
func participleOnly(toks []token) bool {
	by := false
	for i, t := range toks {
		if i+1 < len(toks) && toks[i+1].lower == "by" && (irregularPast[t.lower] != "" || pastForms[t.lower] || strings.HasSuffix(t.lower, "ed")) {
			by = true
			continue
		}
		if verbs[t.lower] || irregularPast[t.lower] != "" || pastForms[t.lower] || auxiliaries[t.lower] || i > 0 && strings.HasSuffix(t.lower, "ed") {
			return false
		}
	}
	return by
}

// eventText is a sentence with its date taken out, as a short event:
// "In 1947, Allied advisors dictated a new constitution to Japan's leaders"
// gives "Allied advisors dictated a new constitution to Japan's leaders". A
// long event is cut at a clause boundary; one that stays long, or that
// leaves a date behind, is no event.
func eventText(s *sentence, y term) string {
	if y.start < s.stemOff {
		return ""
	}
	t := s.text[s.stemOff:]
	a, b := y.start-s.stemOff, y.end-s.stemOff
	// "Remoteness (Hadley v Baxendale (1854)) has two limbs": a year in
	// brackets inside brackets dates a source, not an event.
	if strings.Count(t[:a], "(")-strings.Count(t[:a], ")") >= 2 {
		return ""
	}
	// "Jarvis v Swans Tours (1973)": a case's year is when it was heard,
	// not an event of the text.
	if open := strings.LastIndex(t[:a], "("); open >= 0 && strings.TrimSpace(t[open+1:a]) == "" &&
		strings.Contains(t[max(0, open-40):open], " v ") {
		return ""
	}
	// "Books printed before 1501 are called incunabula": a date that
	// bounds a kind, not when something happened.
	if f := strings.Fields(strings.ToLower(t[:a])); len(f) > 0 {
		switch f[len(f)-1] {
		case "before", "after", "until", "till", "than":
			return ""
		}
	}
	loc := datePhrase(t, a, b)
	if loc == nil {
		return ""
	}
	out := strings.TrimSpace(t[:loc[0]]) + " " + strings.TrimSpace(t[loc[1]:])
	out = strings.TrimSpace(out)
	out = strings.TrimLeft(out, ", ")
	out = strings.TrimSuffix(out, ".")
	out = strings.ReplaceAll(out, " ,", ",")
	out = strings.TrimSpace(strings.TrimSuffix(out, ","))
	// "…, although the exact year is unknown": a concession is no part
	// of what happened.
	for _, c := range []string{", although ", ", though ", ", whereas "} {
		if i := strings.Index(out, c); i > 0 {
			out = out[:i]
		}
	}
	if wordCount(out) > 16 {
		out = cutClause(out, 6)
	}
	// "Two landmark works appeared: …": the list after a colon is what
	// happened, and a cut may leave half of it.
	if n := wordCount(out); n > 16 || n < 4 || strings.ContainsAny(out, "0123456789;:") {
		return ""
	}
	// "John Steinbeck's novel The Grapes of Wrath", "Woody Guthrie, who
	// had lived through …": a name, with no verb of its own, is no event.
	// "A force led by the Chevalier de Troyes": a participle before "by"
	// describes the noun, and the event's own verb was cut away.
	if ev := (&sentence{text: out, tokens: tokenize(out)}); verbless(ev) && !slices.ContainsFunc(ev.tokens, func(t token) bool { return irregularPast[t.text] != "" || pastForms[t.text] }) ||
		nameAndClause(ev.tokens, out) || participleOnly(ev.tokens) {
		return ""
	}
	// An event must say what happened, not when or where it leans on.
	f := strings.Fields(strings.ToLower(out))
	switch f[0] {
	case "in", "on", "before", "during", "by", "at", "as", "from", "until", "since", "another",
		// "When cholera struck the East End of London": a clause of
		// time, whose main clause the cut left out.
		"when", "while", "after", "once", "because", "although", "though", "if", "whereas":
		return ""
	}
	// "… reviewed the Broad Street outbreak and": cut before its end.
	if danglingEnds[strings.Trim(f[len(f)-1], ",.")] {
		return ""
	}
	for i, w := range f {
		switch strings.Trim(w, ",.") {
		case "they", "it", "its", "their", "he", "she", "this", "later", "earlier", "then", "there", "back", "now":
			return ""
		case "that":
			// "Virchow stated that every cell …": a clause, not a pointer.
			if p := f[max(i-1, 0)]; i == 0 || !verbs[p] && !strings.HasSuffix(p, "ed") {
				return ""
			}
		}
	}
	return capitalize(out)
}

// danglingEnds cannot end an event: "… reviewed the outbreak and".
var danglingEnds = set(`and or but nor the a an of to in on at for with by from that which who whose as than`)

// pastForms are past tenses the word lists lack: "The decisive blow fell
// at Arras" is an event.
var pastForms = set(`fell rose sank broke spoke drove flew fled froze threw sat lay shot swam rang sang wore woke hid rode shook swore tore`)

var monthNames = `(?:January|February|March|April|May|June|July|August|September|October|November|December)`

// dateRe matches a date phrase around a year: "in 1947", "In August 1945,",
// "on June 14, 1946", "by late 1946", "of 1948", "(1949)".
var dateRe = regexp.MustCompile(`(?i)(?:\b(?:in|on|by|since|during|of|from)\s+)?(?:(?:early|late|mid-)\s*)?(?:` + monthNames + `\s+(?:\d{1,2},\s*)?(?:of\s+)?)?(?:(?:around|about|circa|c\.|ca\.)\s+)?$`)

// datePhrase returns the byte range of the date phrase around the year at
// [a, b) in t, with the comma after it when the phrase opens the sentence.
func datePhrase(t string, a, b int) []int {
	m := dateRe.FindStringIndex(t[:a])
	start := a
	if m != nil {
		start = m[0]
	}
	end := b
	if strings.TrimSpace(t[:start]) == "" && strings.HasPrefix(t[end:], ",") {
		end++
	}
	if start > 0 && strings.HasSuffix(t[:start], "(") && strings.HasPrefix(t[end:], ")") {
		start--
		end++
	}
	return []int{start, end}
}

// cutClause shortens an event at the first clause boundary after min words.
func cutClause(s string, min int) string {
	words := strings.Fields(s)
	for i := min; i < len(words); i++ {
		w := words[i]
		if strings.HasSuffix(words[i-1], ",") || strings.HasSuffix(words[i-1], ";") || w == "which" || w == "who" || w == "and" || w == "but" {
			return strings.TrimRight(strings.Join(words[:i], " "), ",;")
		}
	}
	return s
}
