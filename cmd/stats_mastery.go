package cmd

import (
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"

	"github.com/quiz-cli/quiz/cmd/internal/text"
	"github.com/quiz-cli/quiz/progress"
)

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
