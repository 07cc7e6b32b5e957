package cmd

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/quiz-cli/quiz/cmd/internal/text"
	"github.com/quiz-cli/quiz/progress"
	"github.com/quiz-cli/quiz/questions"
)

// resetOptions are the argument and flags of `quiz reset`.
type resetOptions struct {
	target string // BANK or BANK/QUESTION, as typed
	yes    bool
}

// newResetCmd builds 'quiz reset'; runF, when not nil, is called with the
// parsed options instead of forgetting anything (for tests).
func newResetCmd(f *Factory, runF func(*resetOptions) error) *cobra.Command {
	o := resetOptions{}
	c := &cobra.Command{
		Use:               "reset BANK[/QUESTION]",
		ValidArgsFunction: completeArgs(f, argBankQuestion),
		Short:             "Forget your progress on a bank or one question",
		Long: `Reset forgets your progress on a bank, or on one question of it: the
questions become new again. The reset is recorded in the review log, so
'quiz merge' carries it to your other computers. Your past answers stay in
the history ('quiz export').`,
		Example: `  quiz reset key-missions
  quiz reset key-missions/minustah-year --yes`,
		Args: exactArgs(1, "name the bank, or BANK/QUESTION, whose progress to forget"),
		RunE: func(cmd *cobra.Command, args []string) error {
			o.target = args[0]
			if bank, _, _ := strings.Cut(o.target, "/"); bank == "" || strings.HasSuffix(o.target, "/") {
				return usageErrorf("%q is not a bank or question; write BANK or BANK/QUESTION", o.target)
			}
			return runOr(f, &o, runF, runReset)
		},
	}
	c.Flags().BoolVarP(&o.yes, "yes", "y", false, "do not ask first")
	return c
}

// runReset forgets the progress on the bank or question o.target names,
// after asking unless o.yes.
func runReset(f *Factory, o resetOptions) error {
	bank, question, _ := strings.Cut(o.target, "/")
	// BANK is named as everywhere; a bank that is gone but left
	// progress behind is still named by its id.
	lib, err := f.Library()
	if err != nil {
		return err
	}
	b, unknown := lib.bank(bank)
	if unknown == nil {
		bank = b.ID
		o.target = questions.Key(bank, question)
		if question == "" {
			o.target = bank
		}
	}
	store, err := f.OpenWriter()
	if err != nil {
		return err
	}
	defer store.Close()
	n := 0
	for k := range store.Cards() {
		if k == o.target || (question == "" && strings.HasPrefix(k, bank+"/")) {
			n++
		}
	}
	if n == 0 {
		// A question gone from its bank stays resettable while it
		// has progress; with none, a name matching nothing is a typo.
		if unknown != nil {
			return unknown
		}
		if question != "" && b.Find(question) == nil {
			return fmt.Errorf("no question %q in bank %s; 'quiz show %s' lists them", question, bank, bank)
		}
		fmt.Fprintf(f.IO.Out, "No progress on %s to forget.\n", o.target)
		return nil
	}
	what := fmt.Sprintf("%s of %s", text.Count(n, "question"), bank)
	if question != "" {
		what = o.target
	}
	if !o.yes {
		if !f.IO.CanPrompt() {
			return usageErrorf("reset asks before forgetting progress; add --yes to reset %s without a terminal", o.target)
		}
		ok, err := f.Prompter().Confirm(fmt.Sprintf("Forget your progress on %s?", what), false)
		if err != nil {
			// Ctrl-C stays recognisable, to exit 130.
			return fmt.Errorf("reset %s: %w", o.target, err)
		}
		if !ok {
			fmt.Fprintln(f.IO.Out, "Nothing reset.")
			return nil
		}
	}
	if _, err := store.Record(progress.Entry{Time: f.Now().UTC(), Kind: progress.KindReset, Bank: bank, Question: question}); err != nil {
		return err
	}
	if err := store.Close(); err != nil {
		return err
	}
	fmt.Fprintf(f.IO.Out, "Forgot your progress on %s.\n", what)
	return nil
}
