package cmd

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"time"

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
	Course    string `json:"course,omitempty"`
	Section   string `json:"section,omitempty"`
	Questions int    `json:"questions"`
	New       int    `json:"new"`
	Due       int    `json:"due"`
	Suspended int    `json:"suspended"`
	Builtin   bool   `json:"builtin"`
	InUse     bool   `json:"in_use"`
	File      string `json:"file,omitempty"`
}

// bankRows counts new and due questions of the banks in use (of every bank
// when all is set), reading progress without taking the writer lock, so it
// works during a study session.
func bankRows(f *Factory, all bool) ([]bankRow, []*questions.Bank, *progress.Store, *library, error) {
	lib, err := f.Library()
	if err != nil {
		return nil, nil, nil, nil, err
	}
	banks := lib.inUseBanks()
	if all {
		banks = lib.allBanks()
	}
	store, err := f.OpenReader()
	if err != nil {
		return nil, nil, nil, nil, err
	}
	now := f.Now()
	rows := make([]bankRow, len(banks))
	for i, b := range banks {
		n := quiz.Count(b, store, now)
		rows[i] = bankRow{ID: b.ID, Title: b.Title, Course: b.Course, Section: b.Section, Questions: n.Questions,
			New: n.New, Due: n.Due, Suspended: n.Suspended, Builtin: b.Builtin, InUse: !lib.hidden[b.Course], File: b.File}
	}
	return rows, banks, store, lib, nil
}

// banksOptions are the flags of `quiz banks`.
type banksOptions struct {
	asJSON bool
	all    bool
}

// newBanksCmd builds 'quiz banks'; runF, when not nil, is called with the
// parsed options instead of listing the banks (for tests).
func newBanksCmd(f *Factory, runF func(*banksOptions) error) *cobra.Command {
	o := banksOptions{}
	c := &cobra.Command{
		Use:   "banks",
		Short: "List question banks with their new and due questions",
		Long: `Banks lists the question banks of the courses in use, each course's in
article order (the built-in course first), then the banks you added on their
own. For each it shows the course it belongs to (when there are several),
how many questions it has, how many you have never answered (new), and how
many are due for review now. --all adds the courses set aside.`,
		Example: `  quiz banks
  quiz banks --all
  quiz banks --json | jq '.[] | select(.due > 0) | .id'`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runOr(f, &o, runF, runBanks)
		},
	}
	c.Flags().BoolVar(&o.asJSON, "json", false, "print the banks as a JSON array")
	c.Flags().BoolVar(&o.all, "all", false, "also list the banks of courses set aside")
	return c
}

// runBanks lists the banks, as a table or as JSON.
func runBanks(f *Factory, o banksOptions) error {
	rows, _, store, lib, err := bankRows(f, o.all)
	if err != nil {
		return err
	}
	defer store.Close()
	if o.asJSON {
		return writeJSON(f.IO.Out, rows)
	}
	if len(rows) > 0 { // no header over nothing
		writeBankTable(f.IO.Out, rows, f.IO.TerminalWidth())
	}
	if !o.all {
		if note := asideNote(lib); note != "" {
			if len(rows) > 0 {
				fmt.Fprintln(f.IO.Out)
			}
			fmt.Fprintln(f.IO.Out, text.Wrap(note+" 'quiz banks --all' lists every bank.", sessionWidth(f.IO), ""))
		}
	}
	return nil
}

// asideNote names the courses set aside and how to bring one back, or "".
func asideNote(lib *library) string {
	var ids []string
	for _, c := range lib.courses {
		if lib.hidden[c.ID] {
			ids = append(ids, c.ID)
		}
	}
	if len(ids) == 0 {
		return ""
	}
	use := ids[0]
	if len(ids) > 1 {
		use = "COURSE"
	}
	return fmt.Sprintf("Set aside: %s. 'quiz courses use %s' brings it back.", strings.Join(ids, ", "), use)
}

func writeBankTable(w io.Writer, rows []bankRow, width int) {
	idW, courseW := 4, 0
	courses := map[string]bool{}
	for _, r := range rows {
		idW = max(idW, len(r.ID))
		if r.Course != "" {
			courses[r.Course] = true
		}
		courseW = max(courseW, len(r.Course), len("COURSE"))
	}
	// When the banks come from several courses, a column says which; on a
	// terminal too narrow for it, each course's banks come under its id.
	withCourse := len(courses) > 1
	grouped := withCourse && idW+courseW+25 > width
	withCourse = withCourse && !grouped
	fixed := idW + 29
	if withCourse {
		fixed += courseW + 2
	}
	// id, counts and gaps take idW+27 columns; the title gets the rest, or
	// is left out when fewer than 12 columns remain.
	titleW := min(width-fixed, 44)
	withTitle := titleW >= 12
	var buf bytes.Buffer
	tw := tabwriter.NewWriter(&buf, 0, 0, 2, ' ', 0)
	cells := func(id, course, title string, counts string) {
		line := id
		if withCourse {
			line += "\t" + course
		}
		if withTitle {
			line += "\t" + title
		}
		fmt.Fprintln(tw, line+"\t"+counts)
	}
	cells("BANK", "COURSE", "TITLE", "QUESTIONS\tNEW\tDUE")
	for i, r := range rows {
		course := r.Course
		if course == "" {
			course = "-"
		}
		if grouped && (i == 0 || r.Course != rows[i-1].Course) {
			// Empty cells keep the line in the table's columns.
			label := "(" + r.Course + ")"
			if r.Course == "" {
				label = "(banks of their own)"
			}
			cells(label, "", "", "\t\t")
		}
		cells(r.ID, course, text.Clip(r.Title, titleW), fmt.Sprintf("%d\t%d\t%d", r.Questions, r.New, r.Due))
	}
	tw.Flush()
	// Empty cells leave trailing blanks: trim them.
	for _, line := range strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n") {
		fmt.Fprintln(w, strings.TrimRight(line, " "))
	}
}

// dashboardJSON is what 'quiz --json' prints: the banks in use with their
// counts, the totals, and when the next question is due.
type dashboardJSON struct {
	Banks     []bankRow  `json:"banks"`
	Questions int        `json:"questions"`
	Due       int        `json:"due"`
	NewToday  int        `json:"new_today"`
	NextDue   *time.Time `json:"next_due,omitempty"`
	SetAside  []string   `json:"set_aside"`
}

// runDashboard shows every bank in use with its new and due questions, and
// what to run next.
func runDashboard(f *Factory, o dashboardOptions) error {
	rows, banks, store, lib, err := bankRows(f, false)
	if err != nil {
		return err
	}
	defer store.Close()
	var due, fresh, total int
	for _, r := range rows {
		due += r.Due
		fresh += r.New
		total += r.Questions
	}
	now := f.Now()
	set := store.Settings()
	introduced, _, err := store.Today(now)
	if err != nil {
		return err
	}
	newToday := min(fresh, max(0, set.NewPerDay-introduced))
	if o.asJSON {
		out := dashboardJSON{Banks: rows, Questions: total, Due: due, NewToday: newToday, SetAside: []string{}}
		if next := nextDue(banks, store, now); !next.IsZero() {
			next = next.UTC()
			out.NextDue = &next
		}
		for _, c := range lib.courses {
			if lib.hidden[c.ID] {
				out.SetAside = append(out.SetAside, c.ID)
			}
		}
		return writeJSON(f.IO.Out, out)
	}
	w := f.IO.Out
	st := sessionStyle(f.IO)
	width := f.IO.TerminalWidth()
	say := func(s string) { fmt.Fprintln(w, text.Wrap(s, width, "")) }
	if len(rows) == 0 {
		say("Every course is set aside. Run 'quiz courses' to list them, and 'quiz courses use COURSE' to bring one back.")
		return nil
	}
	title := "Your courses"
	if inUse := lib.inUse(); len(inUse) == 1 && len(lib.standalone) == 0 {
		title = inUse[0].Title
	} else if len(inUse) == 0 {
		title = "Your banks"
	}
	say(fmt.Sprintf("%s — %s, %s", boldText(st, title), text.Count(len(rows), "bank"), text.Count(total, "question")))
	fmt.Fprintln(w)
	writeBankTable(w, rows, width)
	fmt.Fprintln(w)
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
	if note := asideNote(lib); note != "" {
		say(note)
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
