package cmd

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/quiz-cli/quiz/cmd/internal/text"
	"github.com/quiz-cli/quiz/progress"
	"github.com/quiz-cli/quiz/quiz"
)

type practiceOptions struct {
	n       int
	weakest bool
	shuffle bool
	record  bool
	sel     selectFlags
	banks   []string // the arguments
}

// newPracticeCmd builds 'quiz practice'; runF, when not nil, is called with
// the parsed options instead of running the session (for tests).
func newPracticeCmd(f *Factory, runF func(*practiceOptions) error) *cobra.Command {
	var o practiceOptions
	c := &cobra.Command{
		Use:               "practice [COURSE|BANK...]",
		ValidArgsFunction: completeArgs(f, argBanks),
		Short:             "Cram: practise questions whether or not they are due",
		Long: `Practice ignores due dates, for cramming before a test or when nothing is
due. By default it picks the questions you know least: lowest chance of
recall now, then most often failed; questions you have never seen come last.

Answers are logged (so stats show them) but leave your schedule alone,
unless you pass --record. Name courses or banks to practise only those;
naming none covers the courses in use and the banks you added on their own.`,
		Example: `  quiz practice                      # your 20 weakest questions
  quiz practice challenges -n 10     # ten from one bank
  quiz practice --shuffle --section mission
  quiz practice --record             # let the answers count for scheduling`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if o.n <= 0 {
				return usageErrorf("-n must be a positive number")
			}
			if o.weakest && o.shuffle {
				return usageErrorf("--weakest and --shuffle cannot be used together")
			}
			o.banks = args
			return runOr(f, &o, runF, runPractice)
		},
	}
	c.Flags().IntVarP(&o.n, "limit", "n", 20, "questions in the session")
	c.Flags().BoolVar(&o.weakest, "weakest", false, "weakest questions first (the default)")
	c.Flags().BoolVar(&o.shuffle, "shuffle", false, "questions in random order")
	c.Flags().BoolVar(&o.record, "record", false, "let the answers change the schedule, as in study")
	o.sel.register(c.Flags())
	return c
}

func runPractice(f *Factory, o practiceOptions) error {
	env, err := openSession(f, o.banks, &o.sel)
	if err != nil {
		return err
	}
	defer env.store.Close()
	var items []quiz.Item
	if o.shuffle {
		items = quiz.Shuffled(env.banks, env.store, env.now, env.rng)
	} else {
		items = quiz.Weakest(env.banks, env.store, env.now)
	}
	items = o.sel.capNewAndSeen(items)
	if len(items) > o.n {
		items = items[:o.n]
	}
	if len(items) == 0 {
		fmt.Fprintln(f.IO.Out, text.Wrap(env.noQuestions(&o.sel, "to practise"), sessionWidth(f.IO), ""))
		return nil
	}
	s := env.newSession(f, progress.ModePractice)
	s.Unscheduled = !o.record
	return env.run(s, items, func(sum quiz.Summary) {
		quiz.WriteSummary(f.IO.Out, s.Style, sum, quiz.Upcoming{}, f.Now(), s.Width)
		if s.Unscheduled && len(sum.Answers) > 0 {
			fmt.Fprintln(f.IO.Out, text.Wrap("Practice answers are in your history; your review schedule is unchanged.", s.Width, ""))
		}
	})
}
