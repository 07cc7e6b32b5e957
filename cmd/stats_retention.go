package cmd

import (
	"fmt"
	"io"
	"math"
	"strings"

	"github.com/quiz-cli/quiz/cmd/internal/text"
	"github.com/quiz-cli/quiz/progress"
)

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
