package cmd

import (
	"fmt"
	"time"

	"github.com/spf13/cobra"

	"github.com/quiz-cli/quiz/cmd/internal/text"
	"github.com/quiz-cli/quiz/progress"
	"github.com/quiz-cli/quiz/quiz"
)

type examOptions struct {
	n     int
	limit time.Duration
	sel   selectFlags
	banks []string // the arguments
}

// newExamCmd builds 'quiz exam'; runF, when not nil, is called with the
// parsed options instead of running the exam (for tests).
func newExamCmd(f *Factory, runF func(*examOptions) error) *cobra.Command {
	var o examOptions
	c := &cobra.Command{
		Use:               "exam [COURSE|BANK...]",
		ValidArgsFunction: completeArgs(f, argBanks),
		Short:             "Sit a mock exam: no feedback until the end",
		Long: `Exam draws questions from every section you choose and asks them without
saying whether you were right. At the end it reports your score, your score
per section, and each miss with your answer, the right one and its source.

With --time, a countdown runs; when it reaches zero the exam ends and the
questions left count as wrong, as they do when you stop with Ctrl-C. Exam
answers count as reviews for scheduling: they are genuine recall. Name
courses or banks to draw only from those; naming none covers the courses in
use and the banks you added on their own.`,
		Example: `  quiz exam                    # 20 questions across the course
  quiz exam -n 30 --time 15m   # a timed mock test
  quiz exam challenges impact  # two sections only
  quiz exam tides              # one course`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if o.n <= 0 {
				return usageErrorf("-n must be a positive number")
			}
			if o.limit < 0 || (cmd.Flags().Changed("time") && o.limit < time.Second) {
				return usageErrorf("--time must be at least a second, such as 90s, 15m or 1h, not %s", o.limit)
			}
			o.banks = args
			return runOr(f, &o, runF, runExam)
		},
	}
	c.Flags().IntVarP(&o.n, "limit", "n", 20, "questions in the exam")
	c.Flags().DurationVar(&o.limit, "time", 0, "time limit, such as 15m (default: none)")
	o.sel.register(c.Flags())
	return c
}

func runExam(f *Factory, o examOptions) error {
	env, err := openSession(f, o.banks, &o.sel)
	if err != nil {
		return err
	}
	defer env.store.Close()
	pool := o.sel.capNewAndSeen(quiz.Shuffled(env.banks, env.store, env.now, env.rng))
	items := quiz.ExamPick(env.banks, pool, o.n, env.rng)
	if len(items) == 0 {
		fmt.Fprintln(f.IO.Out, text.Wrap(env.noQuestions(&o.sel, "for an exam"), sessionWidth(f.IO), ""))
		return nil
	}
	s := env.newSession(f, progress.ModeExam)
	intro := "Mock exam: " + text.Count(len(items), "question")
	if o.limit > 0 {
		s.Deadline = f.Now().Add(o.limit)
		intro += ", " + text.Duration(o.limit) + " on the clock"
	}
	fmt.Fprintf(f.IO.Out, "%s\n\n", text.Wrap(intro+". No feedback until the end; Ctrl-C stops.", sessionWidth(f.IO), ""))
	return env.run(s, items, func(sum quiz.Summary) {
		quiz.WriteExamReport(f.IO.Out, s.Style, sum, sessionWidth(f.IO))
	})
}
