// Package cmd wires the quiz command line: cobra commands, flags, rendering,
// terminal and colour decisions, and exit statuses.
package cmd

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/spf13/cobra"

	"github.com/quiz-cli/quiz/cmd/internal/text"
	"github.com/quiz-cli/quiz/progress"
	"github.com/quiz-cli/quiz/questions"
	"github.com/quiz-cli/quiz/quiz"
)

// Factory carries what commands need from the outside world, so tests can
// replace any of it.
type Factory struct {
	IO *IOStreams
	// Now is the clock, the one place commands read the time: the system
	// clock, or the one QUIZ_NOW sets (see clockFromEnv).
	Now func() time.Time
	// Prompter returns the interactive prompter; only call it when
	// IO.CanPrompt() is true.
	Prompter func() quiz.Prompter

	homeFlag string // --home
	noColor  bool   // --no-color

	index   *questions.Index // the bank index, once opened
	noticed map[string]bool  // notices already shown
}

// HomeDir returns the data directory: --home, else $QUIZ_HOME, else
// $XDG_DATA_HOME/quiz, else ~/.local/share/quiz.
func (f *Factory) HomeDir() (string, error) {
	dir, err := progress.Dir(f.homeFlag)
	if err != nil {
		return "", err
	}
	if st, err := os.Stat(dir); err == nil && !st.IsDir() {
		return "", fmt.Errorf("data directory %s is a file, not a directory; point --home or QUIZ_HOME at a directory", dir)
	}
	return dir, nil
}

// OpenReader opens the progress store read-only: it takes no lock, so it
// works while a session is recording. Load warnings go to stderr.
func (f *Factory) OpenReader() (*progress.Store, error) {
	return f.open(progress.Open)
}

// OpenWriter opens the progress store for writing, taking the lock on the
// data directory. The caller must Close it.
func (f *Factory) OpenWriter() (*progress.Store, error) {
	return f.open(progress.OpenWrite)
}

func (f *Factory) open(open func(string, ...progress.Option) (*progress.Store, error)) (*progress.Store, error) {
	home, err := f.HomeDir()
	if err != nil {
		return nil, err
	}
	store, err := open(home, f.StoreOptions()...)
	if err != nil {
		return nil, err
	}
	for _, w := range store.Warnings() {
		f.warnf("%s", w)
	}
	return store, nil
}

// StoreOptions are the options every progress store and check is opened
// with: the one clock, so progress reads the time and the learner's time
// zone from it alone.
func (f *Factory) StoreOptions() []progress.Option {
	return []progress.Option{progress.WithClock(f.Now), progress.WithNotice(f.notice)}
}

// notice tells the learner about slow, rare work, each thing once: a
// command that opens the store twice would otherwise say it twice.
func (f *Factory) notice(msg string) {
	if f.noticed == nil {
		f.noticed = map[string]bool{}
	}
	if !f.noticed[msg] {
		f.noticed[msg] = true
		fmt.Fprintln(f.IO.ErrOut, msg)
	}
}

// BanksDir returns the folder of the learner's own banks.
func (f *Factory) BanksDir() (string, error) {
	home, err := f.HomeDir()
	if err != nil {
		return "", err
	}
	return filepath.Join(home, progress.BanksDirName), nil
}

// Banks returns every bank, each in full: the built-in course's in article
// order, the installed courses' by course, then the banks installed on
// their own. A broken course or bank is reported on stderr as a warning and
// skipped; the others still load.
func (f *Factory) Banks() ([]*questions.Bank, error) {
	banks, err := f.BankSummaries()
	if err != nil {
		return nil, err
	}
	for i, b := range banks {
		full, err := b.Full()
		if err != nil {
			return nil, err
		}
		banks[i] = full
	}
	return banks, nil
}

// BankSummaries is Banks without the questions' text where the bank index
// already knows the bank (see questions.Bank.Summary): enough to list,
// count and plan. Call Full on a bank before showing its questions.
func (f *Factory) BankSummaries() ([]*questions.Bank, error) {
	lib, err := f.Library()
	if err != nil {
		return nil, err
	}
	return lib.allBanks(), nil
}

// Index returns the index of installed banks, read once per process.
func (f *Factory) Index() (*questions.Index, error) {
	if f.index == nil {
		home, err := f.HomeDir()
		if err != nil {
			return nil, err
		}
		release := progress.HoldGC() // the index is kept: nothing to collect
		f.index = questions.OpenIndex(filepath.Join(home, questions.IndexFile))
		release()
	}
	return f.index, nil
}

// saveIndex writes the bank index if it changed. The index is derived from
// the bank files, so a failure only costs speed: it is reported, and the
// command goes on.
func (f *Factory) saveIndex() {
	if f.index == nil {
		return
	}
	if err := f.index.Save(); err != nil {
		f.warnf("%v", err)
	}
}

func firstLine(s string) string {
	first, rest, _ := strings.Cut(s, "\n")
	if rest != "" {
		return first + " (and more)"
	}
	return first
}

// Main runs the program and returns its exit status.
func Main() int {
	io := systemStreams()
	now, err := clockFromEnv(os.Getenv("QUIZ_NOW"), time.Now)
	if err != nil {
		fmt.Fprintf(io.ErrOut, "quiz: %v\n", err)
		return exitUsage
	}
	f := &Factory{IO: io, Now: now}
	// One prompter per run: it owns the reader of the terminal.
	f.Prompter = sync.OnceValue(func() quiz.Prompter { return newPrompter(io, now) })
	return run(f, os.Args[1:])
}

// run executes the command line args and turns the outcome into an exit
// status; errors are printed once, here.
func run(f *Factory, args []string) int {
	root := newRootCmd(f, nil)
	root.SetArgs(args)
	root.SetIn(f.IO.In)
	root.SetOut(f.IO.Out)
	root.SetErr(f.IO.ErrOut)
	cmd, err := root.ExecuteC()
	if err == nil {
		return exitOK
	}
	if errors.Is(err, quiz.ErrInterrupted) && !errors.Is(err, errInterrupted) {
		fmt.Fprintln(f.IO.ErrOut, "Stopped; nothing was changed.")
		return exitInterrupted
	}
	if !errors.Is(err, errSilent) && !errors.Is(err, errInterrupted) {
		fmt.Fprintf(f.IO.ErrOut, "quiz: %v\n", err)
		var ue *usageError
		if errors.As(err, &ue) {
			fmt.Fprintf(f.IO.ErrOut, "Usage: %s\nRun '%s --help' for more.\n", cmd.UseLine(), cmd.CommandPath())
		}
	}
	return exitCode(err)
}

// dashboardOptions are the flags of `quiz` alone, the dashboard.
type dashboardOptions struct {
	asJSON bool
}

// newRootCmd builds 'quiz' and all its commands; runF, when not nil, is
// called with the dashboard's parsed options instead of showing it (for
// tests).
func newRootCmd(f *Factory, runF func(*dashboardOptions) error) *cobra.Command {
	o := dashboardOptions{}
	root := &cobra.Command{
		Use:   "quiz",
		Short: "Study a text in the terminal with quizzes and spaced repetition",
		Long: `quiz asks you questions about a text, section by section, and brings each
question back just before you would forget it (FSRS spaced repetition).
Your progress is kept in a local data directory.

` + text.Wrap(`The built-in course (peacekeeping) is the article "`+questions.CourseTitle+
			`"; 'quiz add DIR' adds a course of your own and 'quiz courses' lists them.`, 80, "") + `
Run 'quiz study' to start; run 'quiz' alone to see what is due.

A day of study starts at 4 a.m. in your time zone ('quiz config set
rollover-hour'). QUIZ_NOW (an RFC 3339 time) sets the clock every command
reads, for scripts or a look ahead.`,
		Example: `  quiz                      # what is due, bank by bank
  quiz study                # study due and new questions
  quiz study key-missions   # study one bank
  quiz read 3               # read section 3 of the article
  quiz stats                # scores over time
  quiz --json               # the dashboard's figures, for scripts
  QUIZ_NOW=2026-03-09T09:00:00+01:00 quiz   # what is due on Monday morning`,
		SilenceErrors: true,
		SilenceUsage:  true,
		Args:          noArgs,
		PersistentPreRun: func(cmd *cobra.Command, args []string) {
			if f.noColor {
				f.IO.SetColorEnabled(false)
			}
		},
		RunE: func(cmd *cobra.Command, args []string) error { return runOr(f, &o, runF, runDashboard) },
	}
	root.PersistentFlags().StringVar(&f.homeFlag, "home", "", "data directory (default $QUIZ_HOME, $XDG_DATA_HOME/quiz or ~/.local/share/quiz)")
	root.PersistentFlags().BoolVar(&f.noColor, "no-color", false, "turn colour off (also: NO_COLOR=1)")
	_ = root.MarkPersistentFlagDirname("home")
	root.Flags().BoolP("version", "v", false, "print the version of quiz")
	root.Flags().BoolVar(&o.asJSON, "json", false, "print the dashboard's figures as one JSON object")
	root.SetFlagErrorFunc(flagError)
	root.Version = readBuildInfo().String()
	root.SetVersionTemplate("quiz {{.Version}}\n")
	// The exit statuses close the top-level help only.
	root.SetUsageTemplate(root.UsageTemplate() + "{{if not .HasParent}}\n" + exitStatusHelp + "\n{{end}}")

	// One line per command, in groups for --help, in the order listed.
	cobra.EnableCommandSorting = false
	groups := []struct {
		id, title string
		cmds      []func(*Factory) *cobra.Command
	}{
		{"study", "Study:", []func(*Factory) *cobra.Command{
			withRun(newStudyCmd), withRun(newPracticeCmd), withRun(newExamCmd), withRun(newReadCmd), newUndoCmd,
		}},
		{"progress", "Your progress:", []func(*Factory) *cobra.Command{
			withRun(newStatsCmd), withRun(newHistoryCmd), withRun(newLeechesCmd),
			func(f *Factory) *cobra.Command { return newSuspendCmd(f, true, nil) },
			func(f *Factory) *cobra.Command { return newSuspendCmd(f, false, nil) },
			withRun(newResetCmd), withRun(newConfigCmd), withRun(newOptimizeCmd),
		}},
		{"banks", "Courses and question banks:", []func(*Factory) *cobra.Command{
			withRun(newCoursesCmd), withRun(newBanksCmd), withRun(newShowCmd), withRun(newNewCmd), withRun(newValidateCmd),
			withRun(newAddCmd), withRun(newRemoveCmd), withRun(newImportCmd), withRun(newGenerateCmd),
		}},
		{"data", "Your data:", []func(*Factory) *cobra.Command{
			withRun(newExportCmd), withRun(newMergeCmd), withRun(newDoctorCmd),
		}},
		{"setup", "Setting up:", []func(*Factory) *cobra.Command{
			withRun(newVersionCmd), withRun(newManCmd),
		}},
	}
	for _, g := range groups {
		root.AddGroup(&cobra.Group{ID: g.id, Title: g.title})
		for _, newCmd := range g.cmds {
			c := newCmd(f)
			c.GroupID = g.id
			root.AddCommand(c)
		}
	}
	for _, c := range root.Commands() {
		if c.Flags().Lookup("tag") != nil {
			_ = c.RegisterFlagCompletionFunc("tag", completeTags(f))
		}
	}
	root.SetCompletionCommandGroupID("setup")
	root.SetHelpCommandGroupID("setup")
	return root
}

// warnf writes a one-line warning on stderr, its label in colour when
// stderr shows colour.
func (f *Factory) warnf(format string, a ...any) {
	label := "warning:"
	if f.IO.ErrColorEnabled() {
		label = newPalette(true).warn(label)
	}
	fmt.Fprintf(f.IO.ErrOut, "%s %s\n", label, fmt.Sprintf(format, a...))
}

// runOr runs a command with its checked options o: through run, or, when
// a test gave a runF, through runF instead, so that the test sees what the
// command line parsed to without running the command.
func runOr[O any](f *Factory, o *O, runF func(*O) error, run func(*Factory, O) error) error {
	if runF != nil {
		return runF(o)
	}
	return run(f, *o)
}

// withRun fits a command whose constructor takes a runF seam into the list
// of commands: the real command runs.
func withRun[O any](newCmd func(*Factory, func(*O) error) *cobra.Command) func(*Factory) *cobra.Command {
	return func(f *Factory) *cobra.Command { return newCmd(f, nil) }
}
