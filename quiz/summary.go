package quiz

import (
	"fmt"
	"io"
	"time"
)

// Upcoming is what waits after a session: reviews due now, and when the
// next one not yet due comes due (zero when none).
type Upcoming struct {
	DueNow int
	Next   time.Time
	// NextDays counts the learner's days from now to Next: reviews fall
	// due by day, from the start of the learner's day.
	NextDays int
}

// WriteSummary prints the end-of-session report, fitted to width columns:
// score, time taken, a line per bank, and what is due next (the zero
// Upcoming says nothing).
func WriteSummary(w io.Writer, st Style, sum Summary, next Upcoming, now time.Time, width int) {
	n, ok := len(sum.Answers), sum.Correct()
	line := func(s string) { fmt.Fprintln(w, st.Text.Wrap(s, width, "")) }
	fmt.Fprintln(w, apply(st.Bold, "Session summary"))
	if sum.Interrupted {
		line(apply(st.Warn, "Stopped early; every answer you gave is saved."))
	}
	if n == 0 {
		line("No questions answered.")
	} else {
		line(fmt.Sprintf("Score: %s in %s", score(ok, n), st.Text.Duration(sum.End.Sub(sum.Start))))
		type tally struct {
			title string
			n, ok int
		}
		var order []string
		per := map[string]*tally{}
		for _, a := range sum.Answers {
			t := per[a.Bank.ID]
			if t == nil {
				t = &tally{title: a.Bank.Title}
				per[a.Bank.ID] = t
				order = append(order, a.Bank.ID)
			}
			t.n++
			if a.Correct() {
				t.ok++
			}
		}
		// Title, then the score in at most 17 columns ("10 of 10 (100%)").
		titleW := max(8, min(40, width-21))
		for _, id := range order {
			t := per[id]
			fmt.Fprintf(w, "  %s %s\n", st.Text.Pad(st.Text.Clip(t.title, titleW), titleW), score(t.ok, t.n))
		}
	}
	if sum.Retried > 0 {
		line(fmt.Sprintf("Asked once more: %d of %d right the second time.", sum.RetriedRight, sum.Retried))
	}
	if sum.RetryStopped {
		line("You ended the once-more round early; nothing in it changes your schedule.")
	}
	if len(sum.Leeches) > 0 {
		line(fmt.Sprintf("%s suspended as %s; 'quiz leeches' lists them.", st.Text.Count(len(sum.Leeches), "question"),
			st.Text.Plural(len(sum.Leeches), "a leech", "leeches")))
	}
	switch {
	case next.DueNow > 0:
		line(fmt.Sprintf("Still due now: %s; run 'quiz study' again to go on.", st.Text.Count(next.DueNow, "review")))
	case !next.Next.IsZero() && next.NextDays == 1:
		line("Next review due tomorrow.")
	case !next.Next.IsZero() && next.NextDays > 1:
		line(fmt.Sprintf("Next review due in %d days (%s).", next.NextDays, next.Next.In(now.Location()).Format("Mon 2 Jan")))
	case !next.Next.IsZero():
		line(fmt.Sprintf("Next review due %s.", st.Text.When(next.Next, now)))
	}
}

// score says "n of N (p%)", the one way scores are written.
func score(ok, n int) string { return fmt.Sprintf("%d of %d (%d%%)", ok, n, percent(ok, n)) }

func percent(a, b int) int {
	if b == 0 {
		return 0
	}
	return (a*100 + b/2) / b
}
