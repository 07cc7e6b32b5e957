package cmd

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/quiz-cli/quiz/cmd/internal/text"
	"github.com/quiz-cli/quiz/progress"
)

// historyOptions are the flags of `quiz history`.
type historyOptions struct {
	limit  int
	asJSON bool
}

// newHistoryCmd builds 'quiz history'; runF, when not nil, is called with
// the parsed options instead of listing the sessions (for tests).
func newHistoryCmd(f *Factory, runF func(*historyOptions) error) *cobra.Command {
	opts := historyOptions{}
	c := &cobra.Command{
		Use:   "history",
		Short: "List your past sessions with their scores",
		Long: `History lists your sessions, newest first: when each started (local time),
its mode, its banks, the score (right answers of questions asked: an
exam's unanswered questions count as wrong, and an answer taken back does
not count), and how long it took. A session that was cut short is listed
from its first answer to its last.`,
		Example: `  quiz history
  quiz history -n 5
  quiz history --json | jq '.[0].correct'`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if opts.limit < 0 {
				return usageErrorf("-n must be 0 (all) or more, not %d", opts.limit)
			}
			return runOr(f, &opts, runF, runHistory)
		},
	}
	c.Flags().IntVarP(&opts.limit, "number", "n", 20, "show the `N` newest sessions (0 for all)")
	c.Flags().BoolVar(&opts.asJSON, "json", false, "print the sessions as a JSON array")
	return c
}

func runHistory(f *Factory, opts historyOptions) error {
	home, err := f.HomeDir()
	if err != nil {
		return err
	}
	// The newest sessions need only the end of the log, not the cards.
	sessions, ok, err := progress.QuickRecentSessions(home, opts.limit)
	if err != nil {
		return err
	}
	if !ok {
		store, err := f.OpenReader()
		if err != nil {
			return err
		}
		defer store.Close()
		if sessions, err = store.RecentSessions(opts.limit); err != nil {
			return err
		}
	}
	// A log written by hand or by an older quiz's merge may hold escape
	// sequences: show them as text, never to the terminal.
	for i := range sessions {
		sessions[i].Mode = progress.Printable(sessions[i].Mode)
		for k, b := range sessions[i].Banks {
			sessions[i].Banks[k] = progress.Printable(b)
		}
	}
	if opts.asJSON {
		return writeJSON(f.IO.Out, sessions)
	}
	if len(sessions) == 0 {
		fmt.Fprintln(f.IO.Out, "No sessions yet. Run 'quiz study' to start.")
		return nil
	}
	renderHistory(f.IO.Out, sessions, f.IO.TerminalWidth(), f.Now().Location(), f.IO.ColorEnabled())
	return nil
}

// renderHistory writes one line per session: local start time, mode, banks
// (shortened to fit), score and duration. Narrow terminals lose the banks
// first, then the duration, then the year.
func renderHistory(w io.Writer, sessions []progress.Session, width int, loc *time.Location, colorOn bool) {
	p := newPalette(colorOn)
	type row struct{ mode, score, dur string }
	rows := make([]row, len(sessions))
	modeW, scoreW, durW := 0, 0, 0
	for i, s := range sessions {
		r := row{
			mode:  s.Mode,
			score: historyScore(s),
			dur:   text.Duration(s.Duration()),
		}
		rows[i] = r
		modeW = max(modeW, text.Width(r.mode))
		scoreW = max(scoreW, text.Width(r.score))
		durW = max(durW, text.Width(r.dur))
	}
	const gap = 2
	// The year goes first when even date, mode and score do not fit.
	when, whenW := "2006-01-02 15:04", 16
	if whenW+gap+modeW+gap+scoreW > width {
		when, whenW = "Jan _2 15:04", 12
	}
	fixed := whenW + gap + modeW + gap + scoreW
	showDur := fixed+gap+durW <= width
	if showDur {
		fixed += gap + durW
	}
	banksW := width - fixed - gap
	showBanks := banksW >= 8
	if showBanks {
		longest := 0
		for _, s := range sessions {
			longest = max(longest, text.Width(strings.Join(s.Banks, ", ")))
		}
		banksW = min(banksW, longest, 40)
	}
	for i, s := range sessions {
		r := rows[i]
		var sb strings.Builder
		sb.WriteString(p.dim(s.Start.In(loc).Format(when)))
		fmt.Fprintf(&sb, "  %-*s", modeW, r.mode)
		if showBanks {
			b := shortBanks(s.Banks, banksW)
			fmt.Fprintf(&sb, "  %s%s", b, strings.Repeat(" ", banksW-text.Width(b)))
		}
		score := fmt.Sprintf("%*s", scoreW, r.score)
		if n := sessionQuestions(s); n > 0 {
			score = p.byAccuracy(float64(s.Correct)/float64(n), score)
		}
		sb.WriteString("  " + score)
		if showDur {
			fmt.Fprintf(&sb, "  %*s", durW, r.dur)
		}
		fmt.Fprintln(w, strings.TrimRight(sb.String(), " "))
	}
}

// historyScore writes a session's score as "correct of questions (p%)":
// an exam's unanswered questions count against it.
func historyScore(s progress.Session) string {
	n := sessionQuestions(s)
	if n == 0 {
		return "no answers"
	}
	return fmt.Sprintf("%d of %d (%s)", s.Correct, n, statsPercent(float64(s.Correct)/float64(n)))
}

// sessionQuestions is how many questions a session asked; sessions recorded
// before that was kept count their answers.
func sessionQuestions(s progress.Session) int { return max(s.Questions, s.Answered) }

// shortBanks lists bank ids in at most n columns, ending with "+k" for the
// k that do not fit.
func shortBanks(banks []string, n int) string {
	if len(banks) == 0 {
		return "–"
	}
	out := ""
	for i, b := range banks {
		next := b
		if i > 0 {
			next = out + ", " + b
		}
		rest := len(banks) - i - 1
		more := ""
		if rest > 0 {
			more = " +" + strconv.Itoa(rest)
		}
		if text.Width(next+more) > n {
			left := len(banks) - i
			if i == 0 {
				more := moreSuffix(left - 1)
				return text.Clip(b, n-len(more)) + more
			}
			return out + " +" + strconv.Itoa(left)
		}
		out = next
	}
	return out
}

func moreSuffix(k int) string {
	if k == 0 {
		return ""
	}
	return " +" + strconv.Itoa(k)
}
