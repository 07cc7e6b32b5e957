package generate

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/quiz-cli/quiz/questions"
)

// A timeline in notes dates names as often as sentences: "14 July —
// Storming of the Bastille, a royal fortress-prison …", "20 June — Tennis
// Court Oath: deputies … swear …". Such an item is no sentence to quote
// with a blank, but it says when the named event happened: the question
// asks for its date among the timeline's other dates.

// timelineItem is a dated item: its date as written, the event it names
// ("" for a clause), the date's place in time (year*400+month*32+day,
// the year the last one a day gave) and its sentence.
type timelineItem struct {
	date, name string
	when, sent int
}

// timelineItems returns the section's dated items, with their names
// where they name an event, or nil unless there are four or more, in the
// order of their dates as written (a timeline out of order may run over a
// year's end, which its days cannot tell).
func (g *sectionGen) timelineItems() []timelineItem {
	var out []timelineItem
	year := 0 // the last year a day gave: "27 Feb" after "9 Jan 1917"
	for _, s := range g.sents {
		m := dateLabelRe.FindStringSubmatchIndex(s.quote)
		if m == nil || m[2] < 0 {
			continue // a year alone, or no date label
		}
		date := s.quote[m[2]:m[3]]
		when := dayOfYear(date)
		if when < 0 {
			continue
		}
		if f := strings.Fields(date); len(f) >= 3 {
			if y, err := strconv.Atoi(f[2]); err == nil {
				year = y
			}
		}
		when += year * 400
		if n := len(out); n > 0 && when < out[n-1].when {
			return nil
		}
		out = append(out, timelineItem{date, timelineName(s.quote[m[6]:]), when, s.index})
	}
	if len(out) < 4 {
		return nil
	}
	return out
}

// timelineName cuts the name off a dated item: "Storming of the Bastille,
// a royal …" gives "Storming of the Bastille". A clause ("Estates-General
// opens at Versailles"), a name with a figure ("Night of 4 August") or a
// long one is no name.
func timelineName(rest string) string {
	name := rest
	if i := strings.IndexAny(rest, ":,;(."); i > 0 {
		name = rest[:i]
	}
	if i := strings.Index(name, " — "); i > 0 {
		name = name[:i]
	}
	name = strings.TrimSpace(name)
	// "Order No. 1": cut at an abbreviation's stop.
	if f := strings.Fields(name); len(f) > 0 && abbreviations[strings.ToLower(f[len(f)-1])] {
		return ""
	}
	n := wordCount(name)
	if n == 0 || n > 10 || strings.ContainsAny(name, "0123456789") || !isCapitalized(name) {
		return ""
	}
	// Every word a name's: capitalised, or a small word between.
	for _, w := range strings.Fields(name) {
		if r := []rune(w)[0]; !unicode.IsUpper(r) && !titleSmall[w] {
			return ""
		}
	}
	if !verbless(&sentence{text: name + " x", tokens: tokenize(name + " x")}) {
		return ""
	}
	return name
}

// dayOfYear reads "14 July", "5–6 October", "10 Aug", "March 12" as a
// day's place in a year, or -1.
func dayOfYear(date string) int {
	f := strings.Fields(strings.ToLower(strings.ReplaceAll(date, ",", "")))
	if len(f) < 2 {
		return -1
	}
	if f[0] != "" && (f[0][0] < '0' || f[0][0] > '9') {
		f[0], f[1] = f[1], f[0] // "March 12"
	}
	day := 0
	for _, r := range f[0] {
		if r < '0' || r > '9' {
			break // "5–6": the first day
		}
		day = day*10 + int(r-'0')
	}
	month := strings.TrimSuffix(f[1], ".")
	for i, name := range monthOrder {
		if month == name || len(month) >= 3 && strings.HasPrefix(name, month) {
			return (i+1)*32 + day
		}
	}
	return -1
}

var monthOrder = []string{"january", "february", "march", "april", "may", "june", "july", "august", "september",
	"october", "november", "december"}

// timelineCandidates asks the date of each named event of a timeline,
// among the three dates of the timeline nearest to it.
func (g *sectionGen) timelineCandidates() []*candidate {
	items := g.timelineItems()
	var out []*candidate
	for _, it := range items {
		// A range ("5–6 October") among single days is the odd one out;
		// a day everyone keeps is no test ("14 July" for the Bastille).
		if it.name == "" || strings.ContainsAny(it.date, "–-") || famous(famousDays, it.date, strings.ToLower(it.name)) {
			continue
		}
		others := make([]timelineItem, 0, len(items))
		seen := map[string]bool{it.date: true}
		for _, o := range items {
			if !seen[o.date] && o.when != it.when && !strings.ContainsAny(o.date, "–-") {
				seen[o.date] = true
				others = append(others, o)
			}
		}
		if len(others) < 3 {
			continue
		}
		sort.SliceStable(others, func(i, j int) bool { return abs(others[i].when-it.when) < abs(others[j].when-it.when) })
		// "28 June" among July days: the odd month out.
		if !sameMonthAmong(it.date, []string{others[0].date, others[1].date, others[2].date}) {
			continue
		}
		// The options in the order of the year, as a timeline reads.
		opts := []timelineItem{it, others[0], others[1], others[2]}
		sort.SliceStable(opts, func(i, j int) bool { return opts[i].when < opts[j].when })
		var choices []string
		for _, o := range opts {
			choices = append(choices, o.date)
		}
		s := g.sents[it.sent]
		name := it.name
		if first := strings.Fields(name)[0]; !strings.ContainsAny(first, "'’") {
			name = "the " + name // "the Tennis Court Oath", not "Women's March …"
		}
		q := &questions.Question{ID: g.id("when", it.name), Type: questions.Choice,
			Prompt:  fmt.Sprintf("Which date does %s give for %s?", g.where(), name),
			Choices: choices, Answer: it.date,
			Explain: fmt.Sprintf("%s dates %s to %s; the other dates are of other events there.", capitalize(g.where()), name, it.date),
			Source:  s.quote}
		out = append(out, &candidate{q: q, sents: []int{s.index}, score: 3.2, answer: strings.ToLower(it.date),
			visible: strings.ToLower(q.Prompt)})
	}
	return out
}

// famousDays are days a reader keeps without the notes, with the words
// that name their event (see famous).
var famousDays = map[string][]string{
	"14 july":     {"bastille"},
	"4 july":      {"declaration of independence"},
	"11 november": {"armistice"},
	"6 june":      {"d-day", "normandy landings"},
}

// sameMonthAmong reports whether a day is no odd month out among the
// options: false when they all share one month that is not its own.
func sameMonthAmong(date string, options []string) bool {
	m := dayOfYear(date) / 32 % 13
	other := -1
	for _, o := range options {
		om := dayOfYear(o) / 32 % 13
		if om == m || other >= 0 && om != other {
			return true
		}
		other = om
	}
	return len(options) == 0
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
