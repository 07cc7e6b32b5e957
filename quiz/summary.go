package quiz

import (
	"fmt"
	"io"
	"time"
)

// WriteSummary prints the end-of-session report, fitted to width columns:
// score, time taken, a line per bank, and when the next question is due
// (next; zero when unknown).
func WriteSummary(w io.Writer, st Style, sum Summary, next, now time.Time, width int) {
	n, ok := len(sum.Answers), sum.Correct()
	line := func(s string) { fmt.Fprintln(w, Wrap(s, width, "")) }
	fmt.Fprintln(w, apply(st.Bold, "Session summary"))
	if sum.Interrupted {
		line(apply(st.Warn, "Stopped early; every answer you gave is saved."))
	}
	if n == 0 {
		line("No questions answered.")
	} else {
		line(fmt.Sprintf("Score: %s in %s", score(ok, n), Duration(sum.End.Sub(sum.Start))))
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
			fmt.Fprintf(w, "  %-*s %s\n", titleW, clip(t.title, titleW), score(t.ok, t.n))
		}
	}
	if sum.Retried > 0 {
		line(fmt.Sprintf("Asked once more: %d of %d right the second time.", sum.RetriedRight, sum.Retried))
	}
	if sum.RetryStopped {
		line("You ended the once-more round early; nothing in it changes your schedule.")
	}
	if len(sum.Leeches) > 0 {
		line(fmt.Sprintf("%s suspended as %s; 'quiz leeches' lists them.", Plural(len(sum.Leeches), "question"),
			plural(len(sum.Leeches), "a leech", "leeches")))
	}
	if !next.IsZero() {
		line(fmt.Sprintf("Next question due %s.", When(next, now)))
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

func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

// Duration formats a span for people: "45s", "3m 05s", "1h 02m".
func Duration(d time.Duration) string {
	d = d.Round(time.Second)
	switch {
	case d < time.Minute:
		return fmt.Sprintf("%ds", int(d.Seconds()))
	case d < time.Hour:
		return fmt.Sprintf("%dm %02ds", int(d.Minutes()), int(d.Seconds())%60)
	}
	return fmt.Sprintf("%dh %02dm", int(d.Hours()), int(d.Minutes())%60)
}

// When says when t comes, relative to now, in now's time zone: "now",
// "in 10 minutes", "tomorrow at 09:30", "on Mon 3 Dec".
func When(t, now time.Time) string {
	t = t.In(now.Location())
	d := t.Sub(now)
	switch {
	case d <= 0:
		return "now"
	case d < time.Hour:
		return fmt.Sprintf("in %d minutes", int(d.Minutes()+0.5))
	}
	y1, m1, d1 := now.Date()
	y2, m2, d2 := t.Date()
	days := int(time.Date(y2, m2, d2, 0, 0, 0, 0, time.UTC).Sub(time.Date(y1, m1, d1, 0, 0, 0, 0, time.UTC)).Hours() / 24)
	switch {
	case days == 0:
		return "today at " + t.Format("15:04")
	case days == 1:
		return "tomorrow at " + t.Format("15:04")
	case days < 7:
		return fmt.Sprintf("in %d days (%s)", days, t.Format("Mon 2 Jan"))
	}
	return fmt.Sprintf("in %d days (%s)", days, t.Format("Mon 2 Jan 2006"))
}

// Clock formats a countdown: "14:05", or "1:02:03" past an hour.
func Clock(d time.Duration) string {
	if d < 0 {
		d = 0
	}
	s := int(d.Seconds())
	if s >= 3600 {
		return fmt.Sprintf("%d:%02d:%02d", s/3600, s/60%60, s%60)
	}
	return fmt.Sprintf("%d:%02d", s/60, s%60)
}

// Plural says how many of a thing there are: "1 question", "3 questions".
func Plural(n int, thing string) string {
	return fmt.Sprintf("%d %s", n, plural(n, thing, thing+"s"))
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
