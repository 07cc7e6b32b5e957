package cmd

import (
	"fmt"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/quiz-cli/quiz/cmd/internal/text"
	"github.com/quiz-cli/quiz/progress"
	"github.com/quiz-cli/quiz/questions"
	"github.com/quiz-cli/quiz/quiz"
)

type studyOptions struct {
	limit   int
	auto    bool
	noRetry bool
	sel     selectFlags
	// banks are the arguments; limitSet is whether --limit was given.
	banks    []string
	limitSet bool
}

// newStudyCmd builds 'quiz study'; runF, when not nil, is called with the
// parsed options instead of running the session (for tests).
func newStudyCmd(f *Factory, runF func(*studyOptions) error) *cobra.Command {
	var o studyOptions
	c := &cobra.Command{
		Use:               "study [COURSE|BANK...]",
		ValidArgsFunction: completeArgs(f, argBanks),
		Short:             "Study due reviews, then new questions",
		Long: `Study asks the questions that are due for review, most overdue first, then
new questions in the order of the article, across the courses and banks you
name. A course stands for all its banks, section by section in article
order; naming none covers the courses in use and the banks you added on
their own ('quiz courses' lists the courses).

After a right answer you say how well you knew it (Enter or 3 = Good; 1
Again, 2 Hard, 4 Easy, each showing the interval it gives); a wrong
answer shows the right one, why, and the passage of the article it comes
from, and the question comes back once more at the end of the session
(those second answers do not change your schedule). Undo takes an answer
back after any verdict. Digits 1-9 pick choices; Esc offers skip, bury,
suspend and edit for the question on screen. Every answer is saved at
once: press Ctrl-C (or Ctrl-D) to stop at any time.`,
		Example: `  quiz study                              # what is due, then new questions
  quiz study key-missions                 # one bank ('quiz banks' lists them)
  quiz study tides                        # every bank of the course tides
  quiz study --limit 5 --auto             # five questions, rated automatically
  quiz study --section lessons --new 0    # only reviews, in matching sections`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if o.limit < 0 || (cmd.Flags().Changed("limit") && o.limit == 0) {
				return usageErrorf("--limit must be a positive number")
			}
			o.banks, o.limitSet = args, cmd.Flags().Changed("limit")
			return runOr(f, &o, runF, runStudy)
		},
	}
	c.Flags().IntVarP(&o.limit, "limit", "n", 0, "questions in the session (default: the session-size setting, 20)")
	c.Flags().BoolVar(&o.auto, "auto", false, "rate answers automatically instead of asking how well you knew them")
	c.Flags().BoolVar(&o.noRetry, "no-retry", false, "do not ask the questions you missed once more at the end")
	o.sel.register(c.Flags())
	return c
}

func runStudy(f *Factory, o studyOptions) error {
	env, err := openSession(f, o.banks, &o.sel)
	if err != nil {
		return err
	}
	defer env.store.Close()

	set := env.store.Settings()
	introduced, reviewed, err := env.store.Today(env.now)
	if err != nil {
		return err
	}
	lim := quiz.Limits{Session: set.SessionSize, New: set.NewPerDay - introduced, Reviews: set.ReviewsPerDay - reviewed}
	if o.limitSet {
		lim.Session = o.limit
	}
	if o.sel.newN >= 0 {
		lim.New = o.sel.newN
	}
	if o.sel.reviewsN >= 0 {
		lim.Reviews = o.sel.reviewsN
	}
	items := quiz.Plan(env.banks, env.store, env.now, lim)
	width := sessionWidth(f.IO)
	if len(items) == 0 {
		fmt.Fprintln(f.IO.Out, text.Wrap(nothingDue(env.banks, env.store, env.now, lim, o.sel.newN == 0, set.NewPerDay), width, ""))
		return nil
	}
	if len(env.store.Cards()) == 0 {
		order := "the article"
		for _, it := range items {
			if it.Bank.Section == "" {
				order = "their bank" // a bank added on its own has no article
				break
			}
		}
		first := "Here are your first " + text.Count(len(items), "question") + ", in the order of " + order + "."
		if len(items) == 1 {
			first = "Here is your first question."
		}
		fmt.Fprintf(f.IO.Out, "%s\n\n", text.Wrap("Welcome! "+first+" Use the arrow keys, the digits and Enter to answer, type where asked, "+
			"and press Ctrl-C to stop at any time: every answer is saved as you go (in "+env.store.Dir()+").", width, ""))
	}
	if note := newLimitNote(env, items, lim); note != "" && o.sel.newN < 0 {
		fmt.Fprintf(f.IO.Out, "%s\n\n", text.Wrap(note, width, ""))
	}
	s := env.newSession(f, progress.ModeStudy)
	s.AutoRate = s.AutoRate || o.auto
	s.RetryMissed = !o.noRetry
	return env.run(s, items, func(sum quiz.Summary) {
		now := f.Now()
		quiz.WriteSummary(f.IO.Out, s.Style, sum, upcoming(env.banks, env.store, now), now, s.Width)
	})
}

// nextDue is the earliest due time among questions of banks that are not
// due yet (zero when there is none).
func nextDue(banks []*questions.Bank, cards quiz.CardReader, now time.Time) time.Time {
	var next time.Time
	for _, b := range banks {
		n := quiz.Count(b, cards, now).Next
		if !n.IsZero() && (next.IsZero() || n.Before(next)) {
			next = n
		}
	}
	return next
}

// upcoming counts the reviews of banks due at now and finds the next one
// due after it.
func upcoming(banks []*questions.Bank, store *progress.Store, now time.Time) quiz.Upcoming {
	u := quiz.Upcoming{Next: nextDue(banks, store, now)}
	for _, b := range banks {
		u.DueNow += quiz.Count(b, store, now).Due
	}
	if !u.Next.IsZero() {
		u.NextDays = int(store.Day(u.Next).Sub(store.Day(now)).Hours() / 24)
	}
	return u
}

// newLimitNote explains a session cut short by the daily limit on new
// questions, or returns "".
func newLimitNote(env *sessionEnv, items []quiz.Item, lim quiz.Limits) string {
	if len(items) >= lim.Session {
		return ""
	}
	planned, waiting := 0, 0
	for _, it := range items {
		if it.New {
			planned++
		}
	}
	for _, b := range env.banks {
		waiting += quiz.Count(b, env.store, env.now).New
	}
	if waiting <= planned {
		return ""
	}
	return fmt.Sprintf("%s today: the daily limit on new questions is reached (%d more are waiting). "+
		"Use --new N to take more now, or 'quiz config set new-per-day N'.",
		text.Count(len(items), "question"), waiting-planned)
}

// nothingDue explains an empty study session; noNew says --new 0 was
// given.
func nothingDue(banks []*questions.Bank, cards quiz.CardReader, now time.Time, lim quiz.Limits, noNew bool, newPerDay int) string {
	waiting := 0
	for _, bk := range banks {
		waiting += quiz.Count(bk, cards, now).New
	}
	var b strings.Builder
	b.WriteString("Nothing to study right now: no reviews are due")
	switch {
	case noNew && waiting > 0:
		fmt.Fprintf(&b, ", and --new 0 leaves out the %s waiting", text.Count(waiting, "new question"))
	case newPerDay <= 0 && waiting > 0:
		// Not "tomorrow": the setting holds them back every day.
		fmt.Fprintf(&b, ", and the new-per-day setting is 0, so the %s waiting are never started ('quiz config set new-per-day 20' starts them)",
			text.Count(waiting, "new question"))
	case lim.New <= 0 && waiting > 0:
		fmt.Fprintf(&b, ", and today's new questions are done (%d more are waiting for tomorrow)", waiting)
	case waiting == 0:
		b.WriteString(", and every question has been seen")
	}
	b.WriteString(".")
	if next := nextDue(banks, cards, now); !next.IsZero() {
		fmt.Fprintf(&b, "\nNext review due %s.", text.When(next, now))
	}
	if lim.New <= 0 && waiting > 0 {
		b.WriteString("\nRun 'quiz study --new 10' for more new questions, 'quiz practice' to study anyway, or 'quiz stats' to see how you are doing.")
	} else {
		b.WriteString("\nRun 'quiz practice' to study anyway, or 'quiz stats' to see how you are doing.")
	}
	return b.String()
}

// sessionStyle lays session output out for the terminal, in colour when
// colour is on for stdout.
func sessionStyle(io *IOStreams) quiz.Style {
	st := quiz.Style{Text: text.Typesetter{}}
	if !io.ColorEnabled() {
		return st
	}
	p := newPalette(true)
	st.Good, st.Bad, st.Warn = p.right, p.wrong, p.warn
	st.Dim, st.Bold, st.Accent = p.dim, p.heading, p.volume
	return st
}
