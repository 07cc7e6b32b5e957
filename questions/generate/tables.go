package generate

import (
	"fmt"
	"sort"
	"strings"
	"unicode"

	"github.com/quiz-cli/quiz/questions"
	"github.com/quiz-cli/quiz/questions/article"
)

// A table in notes is a set of facts of one shape: each row names a thing
// in its first column and gives its other cells ("Type: Cyclical; Cause:
// Deficient aggregate demand in a recession; Example: …"). The names of
// the other rows are the wrong options, as a glossary's other terms are.

// tableCell is a cell of a table's row, with its column's header.
type tableCell struct{ header, value string }

// tableRow is a row of a table as the reader writes it: "Header: cell;
// Header: cell".
type tableRow struct {
	cells []tableCell
	text  string
	para  int
}

// parseRow splits a row into its cells; false unless every cell has a
// header.
func parseRow(text string) ([]tableCell, bool) {
	if !tableRowRe.MatchString(text) {
		return nil, false
	}
	var cells []tableCell
	for _, part := range strings.Split(text, "; ") {
		h, v, ok := strings.Cut(part, ": ")
		if !ok || strings.TrimSpace(h) == "" {
			return nil, false
		}
		cells = append(cells, tableCell{strings.TrimSpace(h), strings.TrimSpace(v)})
	}
	return cells, true
}

// sectionTables returns a section's tables: runs of three or more rows
// with the same headers.
func sectionTables(sec article.Section) [][]tableRow {
	var out [][]tableRow
	var run []tableRow
	flush := func() {
		if len(run) >= 3 {
			out = append(out, run)
		}
		run = nil
	}
	for i, p := range sec.Paragraphs {
		cells, ok := parseRow(p.Text)
		if p.Kind != article.Item || !ok {
			flush()
			continue
		}
		if len(run) > 0 && !sameHeaders(run[0].cells, cells) {
			flush()
		}
		run = append(run, tableRow{cells: cells, text: p.Text, para: i})
	}
	flush()
	return out
}

func sameHeaders(a, b []tableCell) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i].header != b[i].header {
			return false
		}
	}
	return true
}

// keyColumn is the column that names the rows: the first, if its cells
// are all different, short, and start with a letter ("Frictional", not
// "0x00" nor "--id"), under a header that names one thing ("Type", not
// "Architectures"); -1 if not. (A later column that happens to differ
// row by row, "String (required)", names nothing.)
func keyColumn(rows []tableRow) int {
	if !headerNames(rows[0].cells[0].header) {
		return -1
	}
	seen := map[string]bool{}
	for _, r := range rows {
		v := strings.ToLower(r.cells[0].value)
		if v == "" || seen[v] || wordCount(v) > 5 || !unicode.IsLetter([]rune(v)[0]) || strings.ContainsAny(v, "[]{}|<>`") {
			return -1
		}
		seen[v] = true
	}
	return 0
}

// headerNames reports whether a column's header reads as the name of one
// thing in "which Type has … as its Cause?": one to three words, with a
// capital, not a plural ("Versions"), not a value ("none"), not a
// question ("How it ended").
func headerNames(h string) bool {
	f := strings.Fields(h)
	// "Works on induction?": a question a cell answers yes or no.
	if len(f) == 0 || len(f) > 3 || !isCapitalized(h) || strings.HasSuffix(h, "?") {
		return false
	}
	// "Letters used": what was done with them, not a thing's name.
	if len(f) > 1 && strings.HasSuffix(strings.ToLower(f[len(f)-1]), "ed") {
		return false
	}
	// "How it ended", "What it does": a question, not a thing's name.
	switch strings.ToLower(f[0]) {
	case "how", "what", "why", "when", "where", "who", "which":
		return false
	}
	last := strings.ToLower(f[len(f)-1])
	return !(strings.HasSuffix(last, "s") && !strings.HasSuffix(last, "ss") && !strings.HasSuffix(last, "us") && !strings.HasSuffix(last, "is"))
}

// askedColumn is the column a table's questions give: the one whose
// cells say most (a description, a cause), of three words or more on
// average, under a header that names one thing; -1 if none.
func askedColumn(rows []tableRow, k int) int {
	best, bestLen := -1, 3.0
	for c := range rows[0].cells {
		if c == k || !headerNames(rows[0].cells[c].header) {
			continue
		}
		n := 0
		for _, r := range rows {
			n += wordCount(r.cells[c].value)
		}
		if avg := float64(n) / float64(len(rows)); avg >= bestLen {
			best, bestLen = c, avg
		}
	}
	return best
}

// uniqueIn reports whether a row's cell in column c is that of no other
// row.
func uniqueIn(rows []tableRow, at, c int) bool {
	v := strings.ToLower(rows[at].cells[c].value)
	for i, r := range rows {
		if i != at && strings.ToLower(r.cells[c].value) == v {
			return false
		}
	}
	return true
}

// tableCandidates asks, for each row of each table, which row's name goes
// with its cell in the column that says most: "In the section
// “Unemployment”, which Type has “Deficient aggregate demand in a
// recession” as its Cause?", among the names of three other rows. A cell
// that another row shares, that says the row's name in some form, or
// that says little ("Yes", "String (required)") is not asked.
func (g *sectionGen) tableCandidates() []*candidate {
	if !g.allowed(questions.Choice) {
		return nil
	}
	var out []*candidate
	for _, rows := range sectionTables(g.sec) {
		k := keyColumn(rows)
		if k < 0 {
			continue
		}
		c := askedColumn(rows, k)
		if c < 0 {
			continue
		}
		for at, r := range rows {
			sents := g.paraSentences(r.para)
			v := r.cells[c].value
			if len(sents) == 0 || !uniqueIn(rows, at, c) || wordCount(v) < 3 || wordCount(v) > 20 ||
				strings.ContainsAny(v, "[]{}|<>`") {
				continue
			}
			// A cell that says the row's name ("Seasonal": "Regular
			// seasonal patterns") gives it away.
			if g.glossGiven(glossEntry{term: r.cells[k].value, def: v}) {
				continue
			}
			if q := g.tableChoice(rows, at, k, c, sents); q != nil {
				out = append(out, q)
			}
		}
	}
	return out
}

// tableChoice makes the question on row at's cell in column c.
func (g *sectionGen) tableChoice(rows []tableRow, at, k, c int, sents []int) *candidate {
	r := rows[at]
	name := r.cells[k].value
	var others []string
	for i, o := range rows {
		if i != at {
			others = append(others, o.cells[k].value)
		}
	}
	if len(others) < 2 {
		return nil
	}
	shape := termShape(name)
	sort.SliceStable(others, func(i, j int) bool {
		si, sj := termShape(others[i]) == shape, termShape(others[j]) == shape
		if si != sj {
			return si
		}
		return hash(name+others[i]) < hash(name+others[j])
	})
	ds := others[:min(3, len(others))]
	// "Feature | Ionisation | Photoelectric": the columns are things and
	// the rows their features; "which feature has … as its ionisation?"
	// reads backwards.
	if featureHeaders[strings.ToLower(rows[0].cells[k].header)] {
		return nil
	}
	prompt := fmt.Sprintf("In %s, which %s has “%s” as its %s?", g.where(), headerWord(rows[0].cells[k].header), r.cells[c].value, headerWord(r.cells[c].header))
	q := &questions.Question{ID: g.id("which", name), Type: questions.Choice, Prompt: prompt,
		Choices: place(ds, name), Answer: name,
		Explain: fmt.Sprintf("%s gives, in its table: “%s”", capitalize(g.where()), r.text), Source: r.text}
	lower := strings.ToLower(prompt + " " + strings.Join(q.Choices, " "))
	return &candidate{q: q, sents: sents, score: 3.3, answer: strings.ToLower(name), visible: lower, checked: true}
}

// headerWord is a column's header as a word of a sentence: "Component"
// and "Job" in lower case, "GDP" and "Start Date" as written.
func headerWord(h string) string {
	// "Region of keyboard", "Approximate skin depth": a header in
	// sentence case reads in lower case mid-sentence; "Curie point (°C)"
	// or "EU Directive" keeps its capitals.
	first, rest, _ := strings.Cut(h, " ")
	if len(first) < 2 || strings.ToUpper(first) == first || !isCapitalized(first) || strings.ToLower(first[1:]) != first[1:] || strings.ToLower(rest) != rest {
		return h
	}
	return strings.ToLower(h[:1]) + h[1:]
}

// featureHeaders head a column of features, when the other columns are
// the things compared.
var featureHeaders = set(`feature features property properties characteristic characteristics aspect aspects attribute criterion criteria`)
