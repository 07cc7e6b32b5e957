package quiz

import (
	"fmt"
	"time"

	"github.com/quiz-cli/quiz/progress"
	"github.com/quiz-cli/quiz/questions"
)

// undo takes back the answer just recorded, to be answered again.
func (s *Session) undo() (Answer, action, error) {
	if _, err := s.Store.Undo(s.Clock().UTC()); err != nil {
		return Answer{}, actNone, fmt.Errorf("undo: %w", err)
	}
	fmt.Fprintln(s.Out, apply(s.Style.Dim, "Answer taken back; answer again."))
	fmt.Fprintln(s.Out)
	return Answer{}, actAgain, nil
}

// menu offers what Esc leads to and does it. It returns actNone to go
// back to the question.
func (s *Session) menu(it Item, prev bool) (action, Item, error) {
	type entry struct {
		label string
		do    func() (action, Item, error)
	}
	key := questions.Key(it.Bank.ID, it.Q.ID)
	entries := []entry{
		{"Back to the question", func() (action, Item, error) { return actNone, it, nil }},
		{"Skip — ask it later in this session", func() (action, Item, error) {
			fmt.Fprintln(s.Out, apply(s.Style.Dim, "Skipped; it comes back at the end of the session."))
			fmt.Fprintln(s.Out)
			return actSkip, it, nil
		}},
		{"Bury — not again until tomorrow", func() (action, Item, error) {
			until := nextDay(s.Clock())
			if p, ok := s.Store.(Previewer); ok {
				until = p.NextDay(s.Clock())
			}
			if _, err := s.Store.Record(progress.Entry{Kind: progress.KindBury, Time: s.Clock().UTC(), Bank: it.Bank.ID,
				Question: it.Q.ID, Session: s.id, Until: until.UTC()}); err != nil {
				return actNone, it, fmt.Errorf("bury %s: %w", key, err)
			}
			fmt.Fprintln(s.Out, apply(s.Style.Dim, s.Style.Text.Wrap("Buried until "+s.Style.Text.When(until, s.Clock())+".", s.Width, "")))
			fmt.Fprintln(s.Out)
			return actDrop, it, nil
		}},
		{"Suspend — take it out of study", func() (action, Item, error) {
			if _, err := s.Store.Record(progress.Entry{Kind: progress.KindSuspend, Time: s.Clock().UTC(), Bank: it.Bank.ID,
				Question: it.Q.ID, Session: s.id}); err != nil {
				return actNone, it, fmt.Errorf("suspend %s: %w", key, err)
			}
			fmt.Fprintln(s.Out, apply(s.Style.Dim, s.Style.Text.Wrap("Suspended; 'quiz unsuspend "+key+"' brings it back.", s.Width, "")))
			fmt.Fprintln(s.Out)
			return actDrop, it, nil
		}},
	}
	if s.editable(it) {
		entries = append(entries, entry{"Edit — open it in your editor", func() (action, Item, error) {
			nit, err := s.Edit(it)
			if err != nil {
				fmt.Fprintln(s.Out, apply(s.Style.Warn, s.Style.Text.Wrap(err.Error(), s.Width, "")))
				fmt.Fprintln(s.Out)
				return actNone, it, nil
			}
			fmt.Fprintln(s.Out, apply(s.Style.Dim, "Reloaded; here it is as it is now."))
			fmt.Fprintln(s.Out)
			return actEdited, nit, nil
		}})
	}
	if prev {
		entries = append(entries, entry{"Undo your previous answer and answer it again", func() (action, Item, error) {
			if _, err := s.Store.Undo(s.Clock().UTC()); err != nil {
				return actNone, it, fmt.Errorf("undo: %w", err)
			}
			fmt.Fprintln(s.Out, apply(s.Style.Dim, "Previous answer taken back."))
			fmt.Fprintln(s.Out)
			return actUndoPrev, it, nil
		}})
	}
	labels := make([]string, len(entries))
	for i, e := range entries {
		labels[i] = e.label
	}
	i, err := s.Prompter.Select("What now?", labels, 0)
	if err != nil {
		return actNone, it, err
	}
	return entries[i].do()
}

// nextDay is the start of the day after t's, in t's location.
func nextDay(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d+1, 0, 0, 0, 0, t.Location())
}
