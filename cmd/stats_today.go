package cmd

import (
	"fmt"
	"io"
	"time"

	"github.com/quiz-cli/quiz/cmd/internal/text"
	"github.com/quiz-cli/quiz/progress"
)

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
