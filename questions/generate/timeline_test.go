package generate

import (
	"strings"
	"testing"
)

// TestTimelineDates: a timeline's dated names are asked by date, among
// the timeline's nearest other dates, in the order of the year; not a
// clause, a range, a day everyone keeps, nor a timeline out of order.
func TestTimelineDates(t *testing.T) {
	const notes = `# Notes

## 1789

- 5 May — Estates-General opens at Versailles, the first meeting since 1614.
- 20 June — Tennis Court Oath: deputies swear not to separate until France has a constitution.
- 23 June — The king orders the clergy and the nobles to join the Assembly.
- 11 July — Necker dismissed, which causes panic in Paris.
- 12 July — Order No. 1 read to the troops in Paris.
- 14 July — Storming of the Bastille, a royal fortress-prison.
- 26 August — Declaration of the Rights of Man and of the Citizen: natural rights.
- 5–6 October — Women's March on Versailles: the royal family moves to Paris.
`
	g := proseGen(t, notes)
	asked := map[string]*timelineCand{}
	for _, c := range g.timelineCandidates() {
		asked[c.q.Answer] = &timelineCand{c.q.Prompt, c.q.Choices}
	}
	oath := asked["20 June"]
	if oath == nil || !strings.Contains(oath.prompt, "for the Tennis Court Oath?") {
		t.Fatalf("the Tennis Court Oath is not asked by date: %v", asked)
	}
	if got := strings.Join(oath.choices, ", "); got != "20 June, 23 June, 11 July, 12 July" {
		t.Errorf("choices = %s, want the nearest dates in the order of the year", got)
	}
	for _, no := range []string{"5 May", "23 June", "11 July", "12 July", "14 July", "5–6 October"} {
		if asked[no] != nil {
			t.Errorf("%s asked: %q", no, asked[no].prompt)
		}
	}
	// Its three nearest days are all in July: the odd month out.
	if asked["26 August"] != nil {
		t.Errorf("the Declaration is asked among July days: %q", asked["26 August"].choices)
	}
	// Out of order, the days may run over a year's end.
	g = proseGen(t, strings.Replace(notes, "- 5 May —", "- 5 December —", 1))
	if cs := g.timelineCandidates(); len(cs) > 0 {
		t.Errorf("a timeline out of order is asked: %q", cs[0].q.Prompt)
	}
}

type timelineCand struct {
	prompt  string
	choices []string
}

// TestOddMonthOut: "28 June" among three July days is the odd one out;
// "March 12" among January, June and September days is not.
func TestOddMonthOut(t *testing.T) {
	for _, tc := range []struct {
		date    string
		options []string
		want    bool
	}{
		{"28 June", []string{"23 July", "25 July", "28 July"}, false},
		{"17 April", []string{"16 October", "22 October", "28 October"}, false},
		{"March 12", []string{"January 24", "June 14", "September 17"}, true},
		{"20 June", []string{"23 June", "11 July", "12 July"}, true},
	} {
		if got := sameMonthAmong(tc.date, tc.options); got != tc.want {
			t.Errorf("sameMonthAmong(%q, %q) = %v, want %v", tc.date, tc.options, got, tc.want)
		}
	}
}
