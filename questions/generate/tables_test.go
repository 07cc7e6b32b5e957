package generate

import (
	"slices"
	"strings"
	"testing"

	"github.com/quiz-cli/quiz/questions"
	"github.com/quiz-cli/quiz/questions/article"
)

// tableNotes are notes with tables, as students keep them: one whose
// first column names each row, and one whose values repeat.
const tableNotes = notes + `
## Unemployment

| Type | Cause | Example |
|---|---|---|
| Frictional | Time taken to move between jobs | Graduate searching for a first job |
| Structural | Mismatch of skills or location with the jobs on offer | Coal miners after pit closures |
| Cyclical | Deficient aggregate demand in a recession | Layoffs in 2008–09 |
| Seasonal | Regular seasonal patterns of work | Ski instructors in summer |

## Shapes

| Domains | Lone pairs | Shape | Angle |
|---|---|---|---|
| 3 | 1 | Bent | 118° |
| 4 | 0 | Tetrahedral | 109.5° |
| 4 | 2 | Bent | 104.5° |
| 6 | 0 | Octahedral | 90° |
`

// TestTableQuestions checks the questions on a table: which row's name
// goes with one of its cells, among the names of the other rows, and
// never a cell that two rows share.
func TestTableQuestions(t *testing.T) {
	a, err := article.Read("notes.md", []byte(tableNotes))
	if err != nil {
		t.Fatal(err)
	}
	gs := sectionGens(a, Options{})
	types := []string{"Frictional", "Structural", "Cyclical", "Seasonal"}
	var asked bool
	for _, c := range gs[len(gs)-2].tableCandidates() {
		q := c.q
		if q.Type != questions.Choice {
			continue
		}
		asked = true
		if !strings.HasPrefix(q.Prompt, "In the section “Unemployment”, which type has “") {
			t.Errorf("prompt %q", q.Prompt)
		}
		for _, o := range q.Choices {
			if !slices.Contains(types, o) {
				t.Errorf("%q has the option %q", q.Prompt, o)
			}
		}
		if len(q.Choices) != 4 || !slices.Contains(q.Choices, q.Answer) {
			t.Errorf("%q: choices %q, answer %q", q.Prompt, q.Choices, q.Answer)
		}
		// "Regular seasonal patterns of work" says "Seasonal".
		if q.Answer == "Seasonal" {
			t.Errorf("asked %q, whose cell says its answer", q.Prompt)
		}
		if !strings.Contains(a.Sections[len(a.Sections)-2].Text(), q.Source) {
			t.Errorf("source %q is not in the section", q.Source)
		}
	}
	if !asked {
		t.Error("no question on the table of types")
	}
	for _, c := range gs[len(gs)-1].tableCandidates() {
		if strings.Contains(c.q.Prompt, "“Bent”") || c.q.Answer == "Bent" || strings.Contains(c.q.Prompt, "“4”") {
			t.Errorf("asked %q: a value two rows share", c.q.Prompt)
		}
	}
}
