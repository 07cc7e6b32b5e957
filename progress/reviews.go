package progress

import (
	"bytes"
	"fmt"
	"time"
)

// Day returns the learner's day t falls in (see DayOf), counted in the
// store's time zone with the rollover hour of its settings.
func (s *Store) Day(t time.Time) time.Time { return DayOf(t, s.loc, s.settings.RolloverHour) }

// ReviewVisitor receives what shapes the memory of each question: its
// scheduled answers and resets, each with its place in the causal order
// of the history (Entry.OrderKey), since they come in the order of the
// file, which a merge may have appended older lines to.
type ReviewVisitor interface {
	// Review is one scheduled answer that was not taken back.
	Review(bank, question string, t time.Time, r Rating, order int64)
	// Reset forgets bank/question, or all of bank when question is "",
	// for the answers placed after it.
	Reset(bank, question string, order int64)
}

// EachScheduledReview passes every scheduled answer of the log that was
// not taken back, and every reset, to v; practice answers that left the
// schedule alone are left out. It streams the log twice (once for the
// undos) and holds only their targets in memory, whatever order a merge
// left the log in.
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
	err = s.EachEntry(func(e Entry) error {
		switch e.Kind {
		case KindReview, "":
			if !e.Unscheduled && !undone[e.ID] {
				v.Review(e.Bank, e.Question, e.Time, e.Rating, e.OrderKey())
			}
		case KindReset:
			v.Reset(e.Bank, e.Question, e.OrderKey())
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("read the reviews: %w", err)
	}
	return nil
}
