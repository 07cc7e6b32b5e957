package cmd

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/quiz-cli/quiz/progress"
	"github.com/quiz-cli/quiz/questions"
)

// statsOptions are the arguments and flags of `quiz stats`.
type statsOptions struct {
	banks  []string
	days   int
	asJSON bool
}

// newStatsCmd builds 'quiz stats'; runF, when not nil, is called with the
// parsed options instead of drawing the statistics (for tests).
func newStatsCmd(f *Factory, runF func(*statsOptions) error) *cobra.Command {
	opts := statsOptions{}
	c := &cobra.Command{
		Use:               "stats [COURSE|BANK...]",
		ValidArgsFunction: completeArgs(f, argBanks),
		Short:             "Show your scores over time, mastery by section and what is due",
		Long: `Stats shows what you have done and how well you remember it: today's answers
and your streak of study days, accuracy and answers per day, a calendar of the
last 52 weeks, mastery of each section in article order, true retention
against the retention you asked for, the questions due in the next 14 days,
and leeches (questions you keep failing).

Name courses or banks to see only those; without names, mastery covers the
courses in use (each course's sections under its title) and the banks you
added on their own, while the totals count every answer. Days are counted in
your local time zone. Stats only reads your progress, so it works while a
session is running.`,
		Example: `  quiz stats
  quiz stats key-missions --days 90
  quiz stats tides                # one course
  quiz stats --json | jq .streak_days`,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.banks = args
			if opts.days < 1 || opts.days > 3660 {
				return usageErrorf("--days must be between 1 and 3660, not %d", opts.days)
			}
			return runOr(f, &opts, runF, runStats)
		},
	}
	c.Flags().IntVar(&opts.days, "days", progress.DefaultStatsDays, "days of accuracy and answers to chart; over 60, by week")
	c.Flags().BoolVar(&opts.asJSON, "json", false, "print every figure as one JSON object")
	return c
}

func runStats(f *Factory, opts statsOptions) error {
	lib, err := f.Library()
	if err != nil {
		return err
	}
	// Without names: the courses in use and the banks of their own; every
	// answer still counts in the totals. With names: only those banks.
	banks, err := lib.pick(opts.banks)
	if err != nil {
		return err
	}
	var filter []string
	if len(opts.banks) > 0 {
		for _, b := range banks {
			filter = append(filter, b.ID)
		}
	}
	store, err := f.OpenReader()
	if err != nil {
		return err
	}
	defer store.Close()
	infos := make([]progress.BankInfo, len(banks))
	for i, b := range banks {
		infos[i] = progress.BankInfo{ID: b.ID, Title: b.Title, Questions: make([]string, len(b.Questions)), Course: b.Course}
		if c := lib.courseOf(b); c != nil {
			infos[i].CourseTitle = c.Title
		}
		for k, q := range b.Questions {
			infos[i].Questions[k] = q.ID
		}
	}
	s, err := store.Stats(infos, f.Now(), opts.days, filter)
	if err != nil {
		return err
	}
	if opts.asJSON {
		return writeJSON(f.IO.Out, s)
	}
	if s.TotalReviews == 0 {
		if len(opts.banks) > 0 {
			fmt.Fprintf(f.IO.Out, "No reviews yet in %s. Run 'quiz study %s' to start.\n", strings.Join(opts.banks, ", "), strings.Join(opts.banks, " "))
			return nil
		}
		fmt.Fprintln(f.IO.Out, "No reviews yet. Run 'quiz study' to start.")
		return nil
	}
	renderStats(f.IO.Out, s, f.IO.TerminalWidth(), f.IO.ColorEnabled(), promptLookup(lib.allBanks()))
	return nil
}

// promptLookup finds the prompt of a question by bank and question id.
// A bank from the index is read question by question while few of its
// prompts are asked for (stats' leeches), and whole once many are
// (export asks for one per answer); each prompt is worked out once.
func promptLookup(banks []*questions.Bank) func(bank, question string) string {
	byID := map[string]*questions.Bank{}
	for _, b := range banks {
		if byID[b.ID] == nil {
			byID[b.ID] = b
		}
	}
	prompts := map[string]string{}
	asked := map[string]int{}
	whole := func(b *questions.Bank) {
		for _, q := range b.Questions {
			prompts[questions.Key(b.ID, q.ID)] = q.Display(" ")
		}
	}
	return func(bank, question string) string {
		k := questions.Key(bank, question)
		if p, ok := prompts[k]; ok {
			return p
		}
		prompts[k] = ""
		b := byID[bank]
		if b == nil || asked[bank] < 0 {
			return "" // no such bank, or every prompt of it is known
		}
		if asked[bank]++; !b.Summary() || asked[bank] > 8 {
			asked[bank] = -1
			full, err := b.Full()
			if err != nil {
				return ""
			}
			byID[bank] = full
			whole(full)
			return prompts[k]
		}
		if q, err := b.Question(question); err == nil {
			prompts[k] = q.Display(" ")
		}
		return prompts[k]
	}
}
