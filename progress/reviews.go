package progress

import (
	"bytes"
	"fmt"
	"time"
)

// Day returns the learner's day t falls in (see DayOf), counted in the
// store's time zone with the rollover hour of its settings.
func (s *Store) Day(t time.Time) time.Time { return DayOf(t, s.loc, s.settings.RolloverHour) }

// ReviewVisitor receives, in causal order (see Entry.OrderKey), what
// shapes the memory of each question: its scheduled answers and resets.
type ReviewVisitor interface {
	// Review is one scheduled answer that was not taken back.
	Review(bank, question string, t time.Time, r Rating)
	// Reset forgets bank/question, or all of bank when question is "".
	Reset(bank, question string)
}

// EachScheduledReview passes every scheduled answer of the log that was
// not taken back, and every reset, to v in causal order; practice answers
// that left the schedule alone are left out. It reads the log twice (once
// for the undos) and holds only their targets in memory.
func (s *Store) EachScheduledReview(v ReviewVisitor) error {
	undone := map[string]bool{}
	undo := []byte(KindUndo)
	keep := func(line []byte) bool { return bytes.Contains(line, undo) }
	_, err := scanLogLines(s.path(LogFile), 0, s.logSize, keep, func(e Entry, _ int64) error {
		if e.Kind == KindUndo {
			undone[e.Target] = true
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("read the reviews: %w", err)
	}
	err = s.eachCausal(func(e Entry) error {
		switch e.Kind {
		case KindReview, "":
			if !e.Unscheduled && !undone[e.ID] {
				v.Review(e.Bank, e.Question, e.Time, e.Rating)
			}
		case KindReset:
			v.Reset(e.Bank, e.Question)
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("read the reviews: %w", err)
	}
	return nil
}
