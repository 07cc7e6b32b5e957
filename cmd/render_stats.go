package cmd

import (
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/quiz-cli/quiz/cmd/internal/text"
	"github.com/quiz-cli/quiz/progress"
)

// Layout limits of the statistics screen.
const (
	statsMaxWidth = 100 // wider terminals get the same picture
	statsMinWidth = 30  // narrower ones are drawn as if this wide
)

// byAccuracy colours s by how good a share of correct answers is.
func (p palette) byAccuracy(acc float64, s string) string {
	switch {
	case acc >= 0.85:
		return p.good(s)
	case acc >= 0.6:
		return p.fair(s)
	}
	return p.poor(s)
}

// renderStats draws every section of `quiz stats` for a terminal width
// columns wide. prompt, when not nil, gives the prompt of a question for the
// leeches section.
func renderStats(w io.Writer, s progress.Stats, width int, colorOn bool, prompt func(bank, question string) string) {
	width = max(min(width, statsMaxWidth), statsMinWidth)
	p := newPalette(colorOn)
	sections := []func(io.Writer, progress.Stats, int, palette){
		renderToday,
		renderActivity,
		renderCalendar,
		renderMastery,
		renderRetention,
		renderForecast,
	}
	for i, section := range sections {
		if i > 0 {
			fmt.Fprintln(w)
		}
		section(w, s, width, p)
	}
	if len(s.Leeches) > 0 {
		fmt.Fprintln(w)
		renderLeeches(w, s, width, p, prompt)
	}
}

// statsHeading writes a section title followed by a rule to the full width.
func statsHeading(w io.Writer, title string, width int, p palette) {
	title = text.Clip(title, width-2)
	rule := width - text.Width(title) - 1
	fmt.Fprintf(w, "%s %s\n", p.heading(title), p.dim(strings.Repeat("─", max(rule, 0))))
}

func renderToday(w io.Writer, s progress.Stats, width int, p palette) {
	statsHeading(w, "Today", width, p)
	t := s.Today
	line := fmt.Sprintf("%s answered", text.Count(t.Reviews, "question", "questions"))
	if t.Reviews > 0 {
		line += " · " + p.byAccuracy(t.Accuracy, statsPercent(t.Accuracy)+" correct") + " · " + text.Duration(time.Duration(t.Seconds)*time.Second)
	}
	fmt.Fprintln(w, "  "+line)
	streak := "Streak: " + text.Count(s.StreakDays, "day", "days")
	if s.StreakDays == 0 {
		streak = "No streak yet"
		if s.LongestStreakDays > 0 {
			streak = "Streak: none"
		}
	}
	streak += fmt.Sprintf(" · longest %s", text.Count(s.LongestStreakDays, "day", "days"))
	fmt.Fprintln(w, "  "+streak)
	fmt.Fprintf(w, "  %s in all\n", text.Count(s.TotalReviews, "answer", "answers"))
}

// statsBucket is one column of the activity chart: a day or a week.
type statsBucket struct {
	start            string
	reviews, correct int
}

// activityBuckets groups the daily figures by week, ending today, when
// there are more than 60 days; otherwise each day is its own statsBucket.
func activityBuckets(daily []progress.Day) (buckets []statsBucket, weekly bool) {
	size := 1
	if len(daily) > 60 {
		size, weekly = 7, true
	}
	for end := len(daily); end > 0; end -= size {
		start := max(end-size, 0)
		b := statsBucket{start: daily[start].Date}
		for _, d := range daily[start:end] {
			b.reviews += d.Reviews
			b.correct += d.Correct
		}
		buckets = append(buckets, b)
	}
	for i, j := 0, len(buckets)-1; i < j; i, j = i+1, j-1 {
		buckets[i], buckets[j] = buckets[j], buckets[i]
	}
	return buckets, weekly
}

// barEighths are bar tops in barEighths of a cell, empty to full.
var barEighths = []rune(" ▁▂▃▄▅▆▇█")

// barColumn returns the cell of row (0 at the bottom) of a vertical bar
// whose height is level barEighths of a cell.
func barColumn(level, row int) rune {
	n := level - row*8
	switch {
	case n <= 0:
		return ' '
	case n >= 8:
		return '█'
	}
	return barEighths[n]
}

func renderActivity(w io.Writer, s progress.Stats, width int, p palette) {
	buckets, weekly := activityBuckets(s.Daily)
	const label = 6 // "100% ┤"
	if fit := width - label - 1; len(buckets) > fit {
		buckets = buckets[len(buckets)-fit:]
	}
	span := fmt.Sprintf("last %d days", len(buckets))
	if weekly {
		span = fmt.Sprintf("last %d weeks", len(buckets))
	}
	statsHeading(w, "Accuracy and answers, "+span, width, p)
	cw := 1 // columns per statsBucket
	if label+1+2*len(buckets) <= width {
		cw = 2
	}
	peak := 0
	for _, b := range buckets {
		peak = max(peak, b.reviews)
	}
	if peak == 0 {
		fmt.Fprintln(w, "  No answers in this period.")
		return
	}
	const accRows, volRows = 4, 3
	row := func(lbl, axis string, cell func(b statsBucket, row int) string, r int) {
		var sb strings.Builder
		fmt.Fprintf(&sb, "%5s%s", lbl, p.dim(axis))
		for _, b := range buckets {
			sb.WriteString(cell(b, r))
			if cw == 2 {
				sb.WriteByte(' ')
			}
		}
		fmt.Fprintln(w, strings.TrimRight(sb.String(), " "))
	}
	acc := func(b statsBucket, r int) string {
		if b.reviews == 0 {
			return " "
		}
		a := float64(b.correct) / float64(b.reviews)
		level := max(int(math.Round(a*accRows*8)), 1)
		return p.byAccuracy(a, string(barColumn(level, r)))
	}
	vol := func(b statsBucket, r int) string {
		level := int(math.Round(float64(b.reviews) / float64(peak) * volRows * 8))
		if b.reviews > 0 {
			level = max(level, 1)
		}
		return p.volume(string(barColumn(level, r)))
	}
	for r := accRows - 1; r >= 0; r-- {
		lbl, axis := "", "│"
		switch r {
		case accRows - 1:
			lbl, axis = "100%", "┤"
		case accRows/2 - 1: // the top of this row is half way
			lbl, axis = "50%", "┤"
		}
		row(lbl, axis, acc, r)
	}
	axisWidth := len(buckets) * cw
	fmt.Fprintf(w, "%5s%s\n", "0%", p.dim("┼"+strings.Repeat("─", axisWidth)))
	for r := volRows - 1; r >= 0; r-- {
		lbl, axis := "", "│"
		if r == volRows-1 {
			lbl, axis = strconv.Itoa(peak), "┤"
		}
		row(lbl, axis, vol, r)
	}
	fmt.Fprintf(w, "%5s%s\n", "0", p.dim("┴"+strings.Repeat("─", axisWidth)))
	// Dates under the first, middle and last columns, where they fit.
	axis := []rune(strings.Repeat(" ", label+axisWidth))
	taken := make([]bool, len(axis)) // columns holding a date or its margin
	put := func(i int, alignRight bool) {
		d, err := time.Parse(time.DateOnly, buckets[i].start)
		if err != nil {
			return
		}
		date := []rune(d.Format("Jan 2"))
		at := label + i*cw
		if alignRight {
			at = min(at, len(axis)-len(date))
		}
		if at < 0 || at+len(date) > len(axis) || slices.Contains(taken[at:at+len(date)], true) {
			return // it would overwrite another date
		}
		copy(axis[at:], date)
		for k := max(at-1, 0); k < min(at+len(date)+1, len(taken)); k++ {
			taken[k] = true
		}
	}
	// The first and last dates matter most; the middle one goes where it fits.
	put(0, false)
	if len(buckets) > 1 {
		put(len(buckets)-1, true)
	}
	if len(buckets) >= 16 {
		put(len(buckets)/2, false)
	}
	fmt.Fprintln(w, strings.TrimRight(string(axis), " "))
	legend := "  accuracy per day (top), answers per day (bottom)"
	if weekly {
		legend = "  accuracy per week (top), answers per week (bottom)"
	}
	if text.Width(legend) <= width {
		fmt.Fprintln(w, p.dim(legend))
	}
}

// heatChars are the calendar's cells, no answers to most answers.
var heatChars = []string{"·", "░", "▒", "▓", "█"}

// heatLevel places n answers on a 0–4 scale relative to the busiest day.
func heatLevel(n, peak int) int {
	if n <= 0 || peak <= 0 {
		return 0
	}
	return min(max(int(math.Ceil(4*float64(n)/float64(peak))), 1), 4)
}

func renderCalendar(w io.Writer, s progress.Stats, width int, p palette) {
	const label = 4 // "Mon "
	if len(s.Calendar) == 0 {
		return
	}
	first, err := time.Parse(time.DateOnly, s.Calendar[0].Date)
	if err != nil {
		return
	}
	// Weeks run Sunday to Saturday; the calendar starts on a Sunday.
	lead := int(first.Weekday())
	weeks := (lead + len(s.Calendar) + 6) / 7
	skip := 0
	if fit := width - label; weeks > fit {
		skip = weeks - fit
	}
	title := "Review calendar, last 52 weeks"
	if skip > 0 {
		title = fmt.Sprintf("Review calendar, last %d weeks", weeks-skip)
	}
	statsHeading(w, title, width, p)
	peak := 0
	for _, d := range s.Calendar {
		peak = max(peak, d.Reviews)
	}
	cell := func(week, weekday int) (progress.Day, bool) {
		i := week*7 + weekday - lead
		if i < 0 || i >= len(s.Calendar) {
			return progress.Day{}, false
		}
		return s.Calendar[i], true
	}
	// Month names over the week in which each month begins.
	months := []rune(strings.Repeat(" ", label+weeks-skip))
	next := 0 // first free column
	for week := skip; week < weeks; week++ {
		for wd := range 7 {
			d, ok := cell(week, wd)
			if !ok || !strings.HasSuffix(d.Date, "-01") {
				continue
			}
			t, _ := time.Parse(time.DateOnly, d.Date)
			name := []rune(t.Format("Jan"))
			at := label + week - skip
			if at >= next && at+len(name) <= len(months) {
				copy(months[at:], name)
				next = at + len(name) + 1
			}
		}
	}
	fmt.Fprintln(w, strings.TrimRight(string(months), " "))
	names := []string{"", "Mon", "", "Wed", "", "Fri", ""}
	for wd := range 7 {
		var sb strings.Builder
		fmt.Fprintf(&sb, "%-*s", label, names[wd])
		for week := skip; week < weeks; week++ {
			d, ok := cell(week, wd)
			if !ok {
				sb.WriteByte(' ')
				continue
			}
			lv := heatLevel(d.Reviews, peak)
			sb.WriteString(p.heat[lv](heatChars[lv]))
		}
		fmt.Fprintln(w, strings.TrimRight(sb.String(), " "))
	}
	legend := "Less "
	for lv, c := range heatChars {
		legend += p.heat[lv](c) + " "
	}
	legend += "More"
	fmt.Fprintf(w, "%*s%s\n", label, "", legend)
}

// masteryBar draws mastered questions solid, seen ones shaded and unseen
// ones light, in n cells.
func masteryBar(b progress.BankStats, n int, p palette) string {
	if b.Questions == 0 {
		return strings.Repeat(" ", n)
	}
	mastered := int(math.Round(float64(b.Mastered) / float64(b.Questions) * float64(n)))
	seen := int(math.Round(float64(b.Seen) / float64(b.Questions) * float64(n)))
	seen = max(seen, mastered)
	if b.Mastered > 0 {
		mastered = max(mastered, 1)
	}
	if b.Seen > 0 {
		seen = max(seen, mastered, 1)
	}
	return p.good(strings.Repeat("█", mastered)) + p.fair(strings.Repeat("▒", seen-mastered)) + p.dim(strings.Repeat("░", n-seen))
}

func renderMastery(w io.Writer, s progress.Stats, width int, p palette) {
	statsHeading(w, "Mastery by section", width, p)
	if len(s.Banks) == 0 {
		fmt.Fprintln(w, "  No banks.")
		return
	}
	// Optional columns, dropped from the right as the terminal narrows.
	type column struct {
		title string
		width int
		value func(progress.BankStats) string
	}
	cols := []column{
		{"Seen", 5, func(b progress.BankStats) string { return strconv.Itoa(b.Seen) }},
		{"Recall", 7, func(b progress.BankStats) string {
			if b.Seen == 0 {
				return "–"
			}
			return statsPercent(b.Retrievability)
		}},
		{"Correct", 8, func(b progress.BankStats) string {
			if b.Answers == 0 {
				return "–"
			}
			return statsPercent(b.Accuracy)
		}},
		{"Lapses", 7, func(b progress.BankStats) string { return strconv.Itoa(b.Lapses) }},
	}
	countW := 0
	for _, b := range s.Banks {
		countW = max(countW, len(fmt.Sprintf("%d/%d", b.Mastered, b.Questions)))
	}
	const minName = 12
	barW := 10
	fixed := func() int {
		n := 2 + 1 + barW + 1 + countW
		for _, c := range cols {
			n += c.width
		}
		return n
	}
	for len(cols) > 0 && fixed()+minName > width {
		cols = cols[:len(cols)-1]
	}
	if fixed()+minName > width {
		barW = max(width-minName-countW-4, 4)
	}
	nameW := max(width-fixed(), minName)
	longest := 0
	for _, b := range s.Banks {
		longest = max(longest, text.Width(bankLabel(b)))
	}
	nameW = min(nameW, max(longest, len("Section")))

	var hdr strings.Builder
	fmt.Fprintf(&hdr, "  %-*s %-*s", nameW, "Section", barW+1+countW, "Mastered")
	for _, c := range cols {
		fmt.Fprintf(&hdr, "%*s", c.width, c.title)
	}
	fmt.Fprintln(w, p.dim(strings.TrimRight(hdr.String(), " ")))
	// With banks of several courses, each course's sections come under its
	// title.
	grouped := false
	for _, b := range s.Banks {
		grouped = grouped || b.Course != s.Banks[0].Course
	}
	for i, b := range s.Banks {
		if grouped && (i == 0 || b.Course != s.Banks[i-1].Course) {
			group := b.CourseTitle
			if b.Course == "" {
				group = "Banks of your own"
			}
			fmt.Fprintln(w, "  "+p.heading(text.Clip(group, width-2)))
		}
		name := text.Clip(bankLabel(b), nameW)
		pad := nameW - text.Width(name)
		var sb strings.Builder
		fmt.Fprintf(&sb, "  %s%s %s %*s", name, strings.Repeat(" ", max(pad, 0)), masteryBar(b, barW, p), countW, fmt.Sprintf("%d/%d", b.Mastered, b.Questions))
		for _, c := range cols {
			fmt.Fprintf(&sb, "%*s", c.width, c.value(b))
		}
		fmt.Fprintln(w, sb.String())
	}
	legend := "  █ mastered  ▒ seen  ░ not seen yet"
	if text.Width(legend) <= width {
		fmt.Fprintln(w, p.dim(legend))
	}
}

// bankLabel names a bank by its title, or its id when it has none.
func bankLabel(b progress.BankStats) string {
	if b.Title != "" {
		return b.Title
	}
	return b.ID
}

func renderRetention(w io.Writer, s progress.Stats, width int, p palette) {
	statsHeading(w, fmt.Sprintf("Retention, last %d days", progress.RetentionDays), width, p)
	const lbl = 18 // "  True retention  "
	barW := min(width-lbl-6, 40)
	bar := func(v float64) string {
		n := int(math.Round(v * float64(barW)))
		return strings.Repeat("█", n) + strings.Repeat("░", barW-n)
	}
	if s.TrueRetention == nil {
		// The note moves to a line of its own rather than let the
		// terminal wrap it inside a word.
		const head, note = "  True retention  –", "  (no reviews of learnt questions yet)"
		if text.Width(head+note) <= width {
			fmt.Fprintln(w, head+note)
		} else {
			fmt.Fprintln(w, head)
			fmt.Fprintln(w, p.dim(note))
		}
	} else {
		r := *s.TrueRetention
		colour := p.good
		if r < s.DesiredRetention-0.05 {
			colour = p.poor
		} else if r < s.DesiredRetention {
			colour = p.fair
		}
		fmt.Fprintf(w, "  True retention  %4s %s\n", statsPercent(r), colour(bar(r)))
	}
	fmt.Fprintf(w, "  Desired         %4s %s\n", statsPercent(s.DesiredRetention), p.dim(bar(s.DesiredRetention)))
	if s.TrueRetention != nil {
		note := fmt.Sprintf("  from %s to questions learnt on an earlier day", text.Count(s.RetentionReviews, "answer", "answers"))
		if text.Width(note) > width {
			note = "  " + text.Count(s.RetentionReviews, "answer", "answers")
		}
		fmt.Fprintln(w, p.dim(note))
	}
}

func renderForecast(w io.Writer, s progress.Stats, width int, p palette) {
	statsHeading(w, fmt.Sprintf("Due in the next %d days", len(s.Forecast)), width, p)
	peak, total := 0, 0
	for _, d := range s.Forecast {
		peak = max(peak, d.Due)
		total += d.Due
	}
	if total == 0 {
		fmt.Fprintln(w, "  Nothing due.")
		return
	}
	numW := len(strconv.Itoa(peak))
	const lbl = 13 // "  Wed Mar 14 "
	barW := min(width-lbl-numW-1, 50)
	for i, d := range s.Forecast {
		t, err := time.Parse(time.DateOnly, d.Date)
		if err != nil {
			continue
		}
		day := t.Format("Mon Jan 2")
		if i == 0 {
			day = "Today"
		}
		n := 0
		if d.Due > 0 {
			n = max(int(math.Round(float64(d.Due)/float64(peak)*float64(barW))), 1)
		}
		line := fmt.Sprintf("  %-11s%*d %s", day, numW, d.Due, p.volume(strings.Repeat("█", n)))
		fmt.Fprintln(w, strings.TrimRight(line, " "))
	}
}

func renderLeeches(w io.Writer, s progress.Stats, width int, p palette, prompt func(bank, question string) string) {
	statsHeading(w, "Leeches: failed "+text.Count(s.LeechThreshold, "time", "times")+" or more", width, p)
	numW, idW := 0, 0
	for _, l := range s.Leeches {
		numW = max(numW, len(strconv.Itoa(l.Failures)))
		idW = max(idW, text.Width(l.Bank+"/"+l.Question))
	}
	// Prompts line up when that leaves them room enough.
	const minPrompt = 20
	aligned := 2+numW+2+idW+2+minPrompt <= width
	for _, l := range s.Leeches {
		q := ""
		if prompt != nil {
			q = strings.Join(strings.Fields(prompt(l.Bank, l.Question)), " ")
		}
		id := l.Bank + "/" + l.Question
		if aligned && q != "" {
			id += strings.Repeat(" ", idW-text.Width(id))
		}
		head := fmt.Sprintf("  %*d× %s", numW, l.Failures, id)
		rest := width - text.Width(head) - 2
		if q != "" && rest >= 10 {
			head += "  " + p.dim(text.Clip(q, rest))
		}
		fmt.Fprintln(w, head)
	}
	if hint := "  Reread or reword these; see 'quiz leeches'."; text.Width(hint) <= width {
		fmt.Fprintln(w, p.dim(hint))
	}
}

// statsPercent formats a share as a whole percentage.
func statsPercent(v float64) string { return fmt.Sprintf("%d%%", int(math.Round(v*100))) }
