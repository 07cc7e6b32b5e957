package cmd

import (
	"fmt"
	"io"
	"math"
	"strings"
	"time"

	"github.com/quiz-cli/quiz/progress"
)

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
