package generate

import (
	"slices"
	"strings"
	"testing"

	"github.com/quiz-cli/quiz/questions"
	"github.com/quiz-cli/quiz/questions/article"
)

// TestListChoices checks the select-all questions on a section's lists:
// the items are the answers, the other options are items other sections
// list that the section never mentions, and a phrase that only looks
// like an item is never asked.
func TestListChoices(t *testing.T) {
	const text = `# Harbours

## Trade

Harbour authorities along the coast regulate shipping lanes with great care every season. In most ports, harbour pilots often focus on berthing cargo vessels, clearing customs paperwork, and coordinating tug crews. Wealthy merchants financed the new warehouses beside the quay.

## Fishing

The fishing fleet sails before dawn and returns with the morning tide. Small trawlers often lack reliable engines, spare nets, and cold storage, which limits how far they can sail. The fleet landed herring, mackerel, and cod for the markets inland.

## Repairs

The dry dock repairs hulls during the quiet winter months. The dry dock stores oak timber, copper nails, and canvas sails. Shipwrights replace rotten planks, seal leaking seams, and paint the hulls before spring. The shipyard owners began work in response to storms and heavy damage, emphasizing safety and speed.

## Markets

Traders set up their stalls in the square before the church bells ring. On market days, the market stalls include fresh bread, cut flowers, and farmhouse cheeses. Buyers from inland towns arrive by the early train.

## Weather

Storms close the harbour for several days every winter. Coastguards issue gale warnings, tide tables, and fog reports to every skipper in port. Forecasts improved once the lighthouse keepers kept daily records of wind and rain.
`
	a, err := article.Read("harbours.md", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	res := Generate(a, Options{Course: "harbours"})
	multis := map[string]*questions.Question{}
	var all []string
	for i, b := range res.Banks {
		for _, q := range b.Questions {
			all = append(all, string(q.Type)+": "+q.Prompt+" | "+strings.Join(q.Choices, ", "))
			if q.Type == questions.Multi {
				multis[res.Sections[i].Heading] = q
			}
		}
	}
	dump := strings.Join(all, "\n")
	tests := []struct {
		section string
		answers []string
	}{
		// Gerund phrases after "focus on", joined with a serial comma.
		{"Trade", []string{"berthing cargo vessels", "clearing customs paperwork", "coordinating tug crews"}},
		// Noun phrases after "include".
		{"Markets", []string{"fresh bread", "cut flowers", "farmhouse cheeses"}},
	}
	for _, tt := range tests {
		q := multis[tt.section]
		if q == nil {
			t.Errorf("%s: no select-all question; all:\n%s", tt.section, dump)
			continue
		}
		if !slices.Equal(q.Answers, tt.answers) {
			t.Errorf("%s: answers %q, want %q", tt.section, q.Answers, tt.answers)
		}
		if len(q.Choices) != len(tt.answers)+2 {
			t.Errorf("%s: choices %q, want the answers and two more", tt.section, q.Choices)
		}
		var sec string
		for _, s := range a.Sections {
			if s.Heading == tt.section {
				sec = strings.ToLower(s.Text())
			}
		}
		for _, c := range q.Choices {
			if slices.Contains(q.Answers, c) {
				continue
			}
			if !strings.Contains(strings.ToLower(text), strings.ToLower(c)) {
				t.Errorf("%s: option %q is not from the article", tt.section, c)
			}
			for _, w := range strings.Fields(c) {
				if containsWord(sec, w) {
					t.Errorf("%s: option %q shares %q with its own section", tt.section, c, w)
				}
			}
		}
	}
	// "lack ___": the things a trawler lacks are guessed among things
	// other sections list.
	if q := multis["Fishing"]; q != nil {
		t.Errorf("Fishing: a select-all question after “lack”: %q", q.Choices)
	}
	// "… in response to storms and heavy damage, emphasizing safety and
	// speed": a clause, not a list.
	if strings.Contains(dump, "emphasizing") {
		t.Errorf("a participle clause read as a list item; all:\n%s", dump)
	}
}
