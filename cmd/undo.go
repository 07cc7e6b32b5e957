package cmd

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/quiz-cli/quiz/cmd/internal/text"
	"github.com/quiz-cli/quiz/questions"
)

// undoWindow is how recent an answer must be for quiz undo to take it back.
const undoWindow = 24 * time.Hour

func newUndoCmd(f *Factory) *cobra.Command {
	return &cobra.Command{
		Use:   "undo",
		Short: "Take back your last answer",
		Long: `Undo takes back the last answer you gave, as if you had not answered: the
question's schedule goes back to what it was. The answer stays in the log,
marked as undone. Run it again to take back the answer before that.

Only answers from the last 24 hours can be taken back, so that a slip of
the keyboard cannot unwind your history; 'quiz reset' forgets older
progress on purpose.`,
		Example: `  quiz undo`,
		Args:    noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			store, err := f.OpenWriter()
			if err != nil {
				return err
			}
			defer store.Close()
			last, ok, err := store.LastAnswer()
			switch {
			case err != nil:
				return err
			case !ok:
				return errors.New("nothing to undo: no answer left to take back")
			case f.Now().Sub(last.Time) > undoWindow:
				return fmt.Errorf("your last answer was given %s; undo only takes back answers from the last 24 hours",
					last.Time.In(f.Now().Location()).Format("Mon 2 Jan 2006 at 15:04"))
			}
			e, err := store.Undo(f.Now().UTC())
			if err != nil {
				return err
			}
			if err := store.Close(); err != nil {
				return err
			}
			banks, _ := f.BankSummaries()
			what := "answer"
			if e.Unscheduled {
				what = "practice answer"
			}
			msg := fmt.Sprintf("Took back your %s to %s%s", what, questions.Key(e.Bank, e.Question), promptSuffix(banks, e.Bank, e.Question))
			// A quoted prompt that ends a sentence ends this one too.
			if !strings.HasSuffix(strings.TrimSuffix(msg, "”"), ".") && !strings.HasSuffix(strings.TrimSuffix(msg, "”"), "?") &&
				!strings.HasSuffix(strings.TrimSuffix(msg, "”"), "!") {
				msg += "."
			}
			fmt.Fprintln(f.IO.Out, msg)
			return nil
		},
	}
}

// promptSuffix is ": “prompt”" for a question that still exists, else "".
func promptSuffix(banks []*questions.Bank, bank, id string) string {
	if q := findQuestion(banks, bank, id); q != nil {
		if full := fullQuestion(banks, bank, id); full != nil {
			q = full
		}
		p := q.Prompt
		if p == "" {
			p = q.Text
		}
		return ": “" + text.Clip(p, 70) + "”"
	}
	return ""
}

func findQuestion(banks []*questions.Bank, bank, id string) *questions.Question {
	for _, b := range banks {
		if b.ID == bank {
			return b.Find(id)
		}
	}
	return nil
}

// parseQuestionRef splits BANK/QUESTION, resolves BANK as every command
// does (id, section number or part of a heading) and checks that the
// question exists.
func parseQuestionRef(lib *library, ref string) (string, string, error) {
	name, id, ok := strings.Cut(ref, "/")
	if !ok || name == "" || id == "" {
		return "", "", usageErrorf("%q is not a question id; write BANK/QUESTION, as 'quiz leeches' or 'quiz show BANK' print them", ref)
	}
	b, err := lib.bank(name)
	if err != nil {
		return "", "", err
	}
	if b.Find(id) == nil {
		return "", "", fmt.Errorf("no question %s; 'quiz show %s' lists the bank's questions", questions.Key(b.ID, id), b.ID)
	}
	return b.ID, id, nil
}

// fullQuestion reads question id of bank whole, from its file when the bank
// is the index's summary.
func fullQuestion(banks []*questions.Bank, bank, id string) *questions.Question {
	for _, b := range banks {
		if b.ID == bank {
			if q, err := b.Question(id); err == nil {
				return q
			}
		}
	}
	return nil
}
