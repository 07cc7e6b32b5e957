package quiz

import (
	"errors"
	"fmt"

	"github.com/quiz-cli/quiz/progress"
)

// retry asks each question answered wrong once more. The answers are
// logged as unscheduled practice outside the session, so neither the
// schedule nor the session's score changes.
func (s *Session) retry(sum *Summary) error {
	// Wrong answers, and right ones the learner says were guesses.
	var missed []Item
	for _, a := range sum.Answers {
		if !a.Correct() || a.Rating == progress.Again {
			missed = append(missed, a.Item)
		}
	}
	if len(missed) == 0 {
		return nil
	}
	s.retrying = true
	defer func() { s.retrying = false }()
	what := "question" // "the question you missed", "the 3 questions you missed"
	if len(missed) > 1 {
		what = s.Style.Text.Count(len(missed), "question")
	}
	fmt.Fprintln(s.Out, apply(s.Style.Bold, s.Style.Text.Wrap("Once more: the "+what+" you missed or guessed, while the answer is fresh. "+
		"Your answers in this round do not change your schedule.", s.Width, "")))
	fmt.Fprintln(s.Out)
	for i, it := range missed {
		s.header(i+1, len(missed), it)
		start := s.Clock()
		res, err := s.ask(it, false)
		if errors.Is(err, ErrInterrupted) {
			// The session itself is complete; Ctrl-C only ends this round.
			sum.RetryStopped = true
			fmt.Fprintln(s.Out)
			return nil
		}
		if err != nil {
			return err
		}
		if _, err := s.Store.Record(progress.Entry{
			Time: s.Clock().UTC(), Bank: it.Bank.ID, Question: it.Q.ID, Rating: AutoRating(res.Verdict, res.Partial, 0, 0),
			Correct: res.Correct(), Answer: res.Given, MS: s.Clock().Sub(start).Milliseconds(),
			Mode: progress.ModePractice, Unscheduled: true,
		}); err != nil {
			return fmt.Errorf("save answer: %w", err)
		}
		sum.Retried++
		if res.Correct() {
			sum.RetriedRight++
		}
		s.feedback(it, res)
		if res.Verdict == Correct {
			fmt.Fprintln(s.Out)
		}
	}
	return nil
}
