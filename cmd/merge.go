package cmd

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/quiz-cli/quiz/cmd/internal/text"
	"github.com/quiz-cli/quiz/progress"
)

// mergeOptions are the argument of `quiz merge`.
type mergeOptions struct {
	dir string // the other data directory, as typed
}

// newMergeCmd builds 'quiz merge'; runF, when not nil, is called with the
// parsed options instead of merging (for tests).
func newMergeCmd(f *Factory, runF func(*mergeOptions) error) *cobra.Command {
	o := mergeOptions{}
	return &cobra.Command{
		Use:   "merge DIR",
		Short: "Merge progress from another data directory",
		Long: `Merge adds the answers, undos, resets and settings recorded in another data
directory (another computer's copy, synced by Syncthing, Dropbox or git) to
this one, and rebuilds your schedule from the combined history.

Entries are matched by id, so nothing is counted twice and merging again
changes nothing. The other side's missing lines are appended to your review
log exactly as they are; lines already there are never rewritten. History is
ordered by a clock each entry carries, so what you do after a merge comes
after everything it brought in, even if the two computers' clocks disagree.
Lines that cannot be read, hold control characters or are dated in the
future are skipped and listed; entries that differ between the two sides
are reported.`,
		Example:           `  quiz merge ~/Sync/laptop-quiz`,
		Args:              exactArgs(1, "name the other data directory to merge from"),
		ValidArgsFunction: completeDirs,
		RunE: func(cmd *cobra.Command, args []string) error {
			o.dir = args[0]
			return runOr(f, &o, runF, runMerge)
		},
	}
}

// runMerge merges the data directory o.dir into this one.
func runMerge(f *Factory, o mergeOptions) error {
	home, err := f.HomeDir()
	if err != nil {
		return err
	}
	other, err := filepath.Abs(o.dir)
	if err != nil {
		return err
	}
	if st, err := os.Stat(other); err != nil || !st.IsDir() {
		return fmt.Errorf("merge: %s is not a directory", o.dir)
	}
	if same(home, other) {
		return usageErrorf("%s is this data directory; name another one", o.dir)
	}
	store, err := progress.OpenWrite(home, f.StoreOptions()...)
	if err != nil {
		return err
	}
	defer store.Close()
	rep, err := store.Merge(other)
	for _, w := range store.Warnings() {
		f.warnf("%s", w)
	}
	if err != nil {
		return err
	}
	width := wrapWidth(f)
	say := func(msg string) { fmt.Fprintln(f.IO.ErrOut, hanging(msg, width, "  ")) }
	otherLog := filepath.Join(o.dir, progress.LogFile)
	for _, s := range rep.Skipped {
		say(fmt.Sprintf("skipped: %s %s", otherLog, s))
	}
	for _, c := range rep.Conflicts {
		say("conflict: " + c)
	}
	n := rep.Added
	if err := store.Close(); err != nil {
		return err
	}
	if n == 0 && len(rep.Skipped) > 0 {
		sayf(f, "Nothing merged from %s: %s skipped (listed above).", o.dir, text.Count(len(rep.Skipped), "line"))
		return nil
	}
	if n == 0 {
		fmt.Fprintf(f.IO.Out, "Nothing new in %s; already merged.\n", o.dir)
		return nil
	}
	fmt.Fprintf(f.IO.Out, "Merged %s from %s.\n", text.Count(n, "new entry", "new entries"), o.dir)
	return nil
}

// same reports whether two paths name the same directory.
func same(a, b string) bool {
	sa, err1 := os.Stat(a)
	sb, err2 := os.Stat(b)
	return err1 == nil && err2 == nil && os.SameFile(sa, sb)
}
