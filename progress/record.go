package progress

import (
	"errors"
	"fmt"
)

// Record appends e to the log, fsyncs it, and applies it. It fills e.ID when
// empty; e.Time must be set. A review (Kind "" or KindReview) is scheduled
// with FSRS at e.Time with e.Rating unless e.Unscheduled. It returns the
// card of e's question afterwards. If the write fails the state in memory is
// unchanged.
func (s *Store) Record(e Entry) (Card, error) {
	if err := s.writable(); err != nil {
		return Card{}, err
	}
	if e.Time.IsZero() {
		return Card{}, errors.New("record: entry has no time")
	}
	e.Time = e.Time.UTC()
	if !e.Start.IsZero() {
		e.Start = e.Start.UTC()
	}
	if e.ID == "" {
		e.ID = NewID()
	}
	if e.Kind == "" {
		e.Kind = KindReview
	}
	if e.Kind == KindReview && !e.Unscheduled && e.Retention == 0 {
		e.Retention = s.settings.Retention
	}
	if err := e.validate(); err != nil {
		return Card{}, fmt.Errorf("record: %w", err)
	}
	if e.Kind == KindUndo {
		return Card{}, errors.New("record: use Undo to take back a review")
	}
	// Schedule before writing so a scheduling error leaves nothing behind.
	if e.Kind == KindReview {
		c, ok := s.cards[key(e.Bank, e.Question)]
		if _, err := s.step(c, ok, e); err != nil {
			return Card{}, fmt.Errorf("record: %w", err)
		}
	}
	if err := s.appendEntry(e); err != nil {
		return Card{}, err
	}
	s.apply(e)
	c := s.cards[key(e.Bank, e.Question)]
	return c, nil
}

func (s *Store) writable() error {
	switch {
	case !s.writer:
		return ErrReadOnly
	case s.closed:
		return errors.New("progress store is closed")
	case s.broken != nil:
		return fmt.Errorf("progress store stopped after a failed write: %w", s.broken)
	}
	return nil
}
