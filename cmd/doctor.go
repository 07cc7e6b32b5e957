package cmd

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/quiz-cli/quiz/cmd/internal/text"
	"github.com/quiz-cli/quiz/progress"
	"github.com/quiz-cli/quiz/questions"
)

// doctorJSON is what 'quiz doctor --json' prints.
type doctorJSON struct {
	Dir      string        `json:"dir"`
	Healthy  bool          `json:"healthy"`
	Repaired bool          `json:"repaired,omitempty"`
	Findings []findingJSON `json:"findings"`
	// Banks are the problems of the learner's own bank files.
	Banks []problemJSON `json:"banks"`
}

// findingJSON is one thing doctor found: a problem, or a note when Problem
// is false. Fix says what to do when --repair cannot.
type findingJSON struct {
	Problem bool   `json:"problem"`
	Text    string `json:"text"`
	Fix     string `json:"fix,omitempty"`
}

func findingsJSON(rep progress.Report) []findingJSON {
	out := []findingJSON{}
	for _, fd := range rep.Findings {
		out = append(out, findingJSON{Problem: fd.Problem, Text: fd.Text, Fix: fd.Fix})
	}
	return out
}

// doctorOptions are the flags of `quiz doctor`.
type doctorOptions struct {
	repair bool
	force  bool // with repair: accept a log that lost entries
	future bool // with repair: set aside entries dated ahead
	asJSON bool
}

// newDoctorCmd builds 'quiz doctor'; runF, when not nil, is called with the
// parsed options instead of checking anything (for tests).
func newDoctorCmd(f *Factory, runF func(*doctorOptions) error) *cobra.Command {
	o := doctorOptions{}
	c := &cobra.Command{
		Use:   "doctor",
		Short: "Check the data directory, and repair it",
		Long: `Doctor checks the data directory: the review log (reviews.jsonl, with
the compressed segments of its older lines in reviews.d), the progress
snapshot (progress.json) and whether it matches the log, your own banks,
and the lock a running quiz holds. A damaged segment is reported; repair
never rewrites or drops one: restore it from a backup.

With --repair it rebuilds progress.json from the review log, keeping a
timestamped backup of anything it replaces. Unreadable lines of the log are
moved to a side file rather than dropped.

If reviews.jsonl holds less than progress.json has seen (a sync tool rolled
it back, or it was replaced), every command refuses rather than quietly undo
your answers: restore the log, or accept the loss with --repair --force
(progress.json is kept as a backup). With --repair --set-aside-future,
entries dated more than a day ahead are moved to a side file too.`,
		Example: `  quiz doctor
  quiz doctor --repair
  quiz doctor --repair --force              # rebuild from a rolled-back log
  quiz doctor --repair --set-aside-future   # entries from a clock set ahead
  quiz doctor --json | jq .healthy`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if (o.force || o.future) && !o.repair {
				return usageErrorf("--force and --set-aside-future go with --repair")
			}
			return runOr(f, &o, runF, runDoctor)
		},
	}
	c.Flags().BoolVar(&o.repair, "repair", false, "rebuild progress from the review log, keeping backups")
	c.Flags().BoolVar(&o.force, "force", false, "with --repair: rebuild even from a log that lost entries progress.json has seen")
	c.Flags().BoolVar(&o.future, "set-aside-future", false, "with --repair: move entries dated more than a day ahead to a side file")
	c.Flags().BoolVar(&o.asJSON, "json", false, "print what was found as one JSON object")
	return c
}

// runDoctor checks the data directory, or repairs it with o.repair.
func runDoctor(f *Factory, o doctorOptions) error {
	home, err := f.HomeDir()
	if err != nil {
		return err
	}
	if o.repair {
		opts := f.StoreOptions()
		if o.force {
			opts = append(opts, progress.WithForce())
		}
		if o.future {
			opts = append(opts, progress.WithSetAsideFuture())
		}
		rep, err := progress.Repair(home, opts...)
		if o.asJSON {
			out := doctorJSON{Dir: home, Healthy: err == nil, Repaired: err == nil, Findings: findingsJSON(rep), Banks: []problemJSON{}}
			if jerr := writeJSON(f.IO.Out, out); jerr != nil {
				return jerr
			}
			return err
		}
		for _, fd := range rep.Findings {
			fmt.Fprintln(f.IO.Out, hanging(fd.Text, wrapWidth(f), "  "))
		}
		if err != nil {
			return err
		}
		fmt.Fprintf(f.IO.Out, "Repaired %s.\n", home)
		return nil
	}
	rep, err := progress.Check(home, f.StoreOptions()...)
	if err != nil {
		return err
	}
	if o.asJSON {
		banksDir, err := f.BanksDir()
		if err != nil {
			return err
		}
		out := doctorJSON{Dir: home, Healthy: rep.Healthy(), Findings: findingsJSON(rep), Banks: []problemJSON{}}
		_, problems := questions.LoadDir(banksDir)
		for _, p := range problems {
			out.Banks = append(out.Banks, problemsOf(banksDir, p)...)
		}
		out.Healthy = out.Healthy && len(problems) == 0
		if err := writeJSON(f.IO.Out, out); err != nil {
			return err
		}
		if !out.Healthy {
			return errSilent
		}
		return nil
	}
	bad, repairable := 0, 0
	for _, fd := range rep.Findings {
		if !fd.Problem {
			continue
		}
		bad++
		fmt.Fprintln(f.IO.ErrOut, hanging("problem: "+fd.Text, wrapWidth(f), "  "))
		if fd.Fix != "" {
			fmt.Fprintln(f.IO.ErrOut, hanging("  fix: "+fd.Fix, wrapWidth(f), "       "))
		} else {
			repairable++
		}
	}
	banksDir, err := f.BanksDir()
	if err != nil {
		return err
	}
	_, problems := questions.LoadDir(banksDir)
	for _, p := range problems {
		fmt.Fprintf(f.IO.ErrOut, "problem: bank %s\n", firstLine(p.Error()))
	}
	coursesDir, err := f.CoursesDir()
	if err != nil {
		return err
	}
	_, courseProblems := questions.LoadCourses(coursesDir)
	for _, p := range courseProblems {
		fmt.Fprintf(f.IO.ErrOut, "problem: course %s\n", firstLine(p.Error()))
	}
	problems = append(problems, courseProblems...)
	// Advise --repair only when it fixes everything it is asked
	// to: it refuses the rest and would only raise hopes.
	if repairable > 0 && rep.Repairable() {
		fmt.Fprintln(f.IO.ErrOut, "Run 'quiz doctor --repair' to rebuild progress from the review log (backups are kept).")
	} else if repairable > 0 {
		fmt.Fprintln(f.IO.ErrOut, "Fix the problems above first; then 'quiz doctor --repair' can rebuild progress from the review log.")
	}
	if bad > 0 || len(problems) > 0 {
		if len(problems) > 0 {
			fmt.Fprintln(f.IO.ErrOut, "Fix broken banks and courses by hand; 'quiz validate' shows where.")
		}
		return errSilent
	}
	fmt.Fprintln(f.IO.Out, hanging(fmt.Sprintf("%s is healthy%s.", home, summary(rep)), wrapWidth(f), "  "))
	return nil
}

// summary is the notes of a healthy check, in brackets on the same line.
func summary(rep progress.Report) string {
	s := ""
	for _, fd := range rep.Findings {
		if s != "" {
			s += "; "
		}
		s += fd.Text
	}
	if s == "" {
		return ""
	}
	return " (" + s + ")"
}

// wrapWidth is the width to wrap messages to: the terminal's, or 0 (do not
// wrap) when the output goes to a file or a program, which want one line
// per message.
func wrapWidth(f *Factory) int {
	if !f.IO.IsStdoutTTY() {
		return 0
	}
	return f.IO.TerminalWidth()
}

// hanging wraps msg to width (not at all when width is 0), its lines after
// the first indented: a long finding stays readable in a narrow terminal
// and still stands out.
func hanging(msg string, width int, indent string) string {
	if width <= 0 {
		return msg
	}
	lead := len(msg) - len(strings.TrimLeft(msg, " "))
	wrapped := text.Wrap(strings.TrimLeft(msg, " "), width-lead, indent)
	return strings.Repeat(" ", lead) + strings.TrimPrefix(wrapped, indent)
}
