package cmd

import (
	"encoding/json"
	"fmt"
	"io"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/quiz-cli/quiz/cmd/internal/text"
	"github.com/quiz-cli/quiz/progress"
	"github.com/quiz-cli/quiz/questions"
	"github.com/quiz-cli/quiz/quiz"
)

// bankRow is one line of `quiz banks`, and one object of its --json.
type bankRow struct {
	ID        string `json:"id"`
	Title     string `json:"title"`
	Section   string `json:"section,omitempty"`
	Questions int    `json:"questions"`
	New       int    `json:"new"`
	Due       int    `json:"due"`
	Suspended int    `json:"suspended"`
	Builtin   bool   `json:"builtin"`
	File      string `json:"file,omitempty"`
}

// bankRows counts new and due questions of every bank, reading progress
// without taking the writer lock, so it works during a study session.
func bankRows(f *Factory) ([]bankRow, []*questions.Bank, *progress.Store, error) {
	banks, err := f.BankSummaries()
	if err != nil {
		return nil, nil, nil, err
	}
	store, err := f.OpenReader()
	if err != nil {
		return nil, nil, nil, err
	}
	now := f.Now()
	rows := make([]bankRow, len(banks))
	for i, b := range banks {
		n := quiz.Count(b, store, now)
		rows[i] = bankRow{ID: b.ID, Title: b.Title, Section: b.Section, Questions: n.Questions,
			New: n.New, Due: n.Due, Suspended: n.Suspended, Builtin: b.Builtin, File: b.File}
	}
	return rows, banks, store, nil
}

func newBanksCmd(f *Factory) *cobra.Command {
	var asJSON bool
	c := &cobra.Command{
		Use:   "banks",
		Short: "List question banks with their new and due questions",
		Long: `Banks lists the question banks: the built-in course, one bank per section of
the article in article order, then the banks you added. For each it shows how
many questions it has, how many you have never answered (new), and how many
are due for review now.`,
		Example: `  quiz banks
  quiz banks --json | jq '.[] | select(.due > 0) | .id'`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			rows, _, _, err := bankRows(f)
			if err != nil {
				return err
			}
			if asJSON {
				return writeJSON(f.IO.Out, rows)
			}
			writeBankTable(f.IO.Out, rows, f.IO.TerminalWidth())
			return nil
		},
	}
	c.Flags().BoolVar(&asJSON, "json", false, "print the banks as a JSON array")
	return c
}

func writeBankTable(w io.Writer, rows []bankRow, width int) {
	idW := 4
	for _, r := range rows {
		idW = max(idW, len(r.ID))
	}
	// id, counts and gaps take idW+27 columns; the title gets the rest, or
	// is left out when fewer than 12 columns remain.
	titleW := min(width-idW-29, 44)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	if titleW >= 12 {
		fmt.Fprintln(tw, "BANK\tTITLE\tQUESTIONS\tNEW\tDUE")
	} else {
		fmt.Fprintln(tw, "BANK\tQUESTIONS\tNEW\tDUE")
	}
	for _, r := range rows {
		if titleW >= 12 {
			fmt.Fprintf(tw, "%s\t%s\t%d\t%d\t%d\n", r.ID, text.Clip(r.Title, titleW), r.Questions, r.New, r.Due)
		} else {
			fmt.Fprintf(tw, "%s\t%d\t%d\t%d\n", r.ID, r.Questions, r.New, r.Due)
		}
	}
	tw.Flush()
}

func runDashboard(f *Factory) error {
	rows, banks, store, err := bankRows(f)
	if err != nil {
		return err
	}
	w := f.IO.Out
	st := sessionStyle(f.IO)
	var due, fresh, total int
	for _, r := range rows {
		due += r.Due
		fresh += r.New
		total += r.Questions
	}
	width := f.IO.TerminalWidth()
	say := func(s string) { fmt.Fprintln(w, text.Wrap(s, width, "")) }
	say(fmt.Sprintf("%s — %d banks, %d questions", boldText(st, questions.CourseTitle), len(rows), total))
	fmt.Fprintln(w)
	writeBankTable(w, rows, width)
	fmt.Fprintln(w)
	now := f.Now()
	set := store.Settings()
	introduced, _, err := store.Today(now)
	if err != nil {
		return err
	}
	newToday := min(fresh, max(0, set.NewPerDay-introduced))
	switch {
	case due > 0 || newToday > 0:
		say(fmt.Sprintf("%d due for review and %d new for today. Run 'quiz study' to start.", due, newToday))
	default:
		msg := "All done for today."
		if next := nextDue(banks, store, now); !next.IsZero() {
			msg += " Next question due " + text.When(next, now) + "."
		}
		say(msg)
		say("Run 'quiz practice' to study anyway, or 'quiz stats' to see your progress.")
	}
	return nil
}

func boldText(st quiz.Style, s string) string {
	if st.Bold == nil {
		return s
	}
	return st.Bold(s)
}

// writeJSON prints v as indented JSON.
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}
