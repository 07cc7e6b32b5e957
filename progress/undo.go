package progress

import (
	"bytes"
	"encoding/json"
	"fmt"
	"time"
)

// undoCard returns the card k as it is without review target. When this
// process applied target and nothing touched the card since, the card from
// before it is restored; otherwise the card is rebuilt from the log's first
// upto bytes.
func (s *Store) undoCard(k, bank, target string, upto int64) (Card, bool, error) {
	if p, ok := s.prev[target]; ok && s.touched[k] == p.seq && s.bankTouch[bank] < p.seq {
		return p.card, p.ok, nil
	}
	return s.rebuildCard(k, bank, target, upto)
}

// rebuildCard folds the history of one card from the log's first upto
// bytes, leaving out undone reviews and also the review without.
func (s *Store) rebuildCard(k, bank, without string, upto int64) (Card, bool, error) {
	undone := map[string]bool{without: true}
	var hist []Entry
	// Decode only the lines that can matter: undos and this bank's.
	bankField, _ := json.Marshal(bank)
	bankField = append([]byte(`"bank":`), bankField...)
	undo := []byte(KindUndo)
	settings := []byte(KindSettings)
	keep := func(line []byte) bool {
		return bytes.Contains(line, bankField) || bytes.Contains(line, undo) || bytes.Contains(line, settings)
	}
	seen := map[string]bool{}
	_, err := scanLogLines(s.path(LogFile), 0, upto, keep, func(e Entry, _ int64) error {
		if s.dupIDs[e.ID] {
			if seen[e.ID] {
				return nil
			}
			seen[e.ID] = true
		}
		if e.Kind == KindUndo {
			undone[e.Target] = true
			return nil
		}
		if e.Kind == KindSettings {
			// Reviews are scheduled with the parameters of their time.
			hist = append(hist, e)
			return nil
		}
		if e.Bank != bank {
			return nil
		}
		if e.Question == "" && e.Kind != KindReview && e.Kind != "" && e.Kind != KindSession && e.Kind != KindCard || key(e.Bank, e.Question) == k {
			hist = append(hist, e)
		}
		return nil
	})
	if err != nil {
		return Card{}, false, err
	}
	// A merged log is not in file order: fold the history causally.
	sortEntries(hist)
	c, ok := s.base[k]
	defer func(w [21]float64) { s.logW = w }(s.logW)
	s.logW = [21]float64{}
	for _, e := range hist {
		if e.Kind == KindSettings {
			if e.Settings != nil {
				s.logW = e.Settings.Parameters
			}
			continue
		}
		if (e.Kind == KindReview || e.Kind == "") && undone[e.ID] {
			continue
		}
		if e.Kind == KindSession {
			continue
		}
		// A bank-wide entry changes only cards that exist, as apply does.
		if e.Question == "" && !ok {
			continue
		}
		c, ok, err = s.applyToCard(c, ok, e)
		if err != nil {
			return Card{}, false, err
		}
	}
	return c, ok, nil
}

// lastReview finds the last review of the log (in causal order) not taken
// back, reading back from the end only as far as needed: in the part of the
// log in order the first one met is the last; before it (lines a merge
// appended) every review is a candidate.
func (s *Store) lastReview() (Entry, bool, error) {
	taken := map[string]bool{}
	var target Entry
	found := false
	err := scanBackAt(s.path(LogFile), s.logSize, func(e Entry, off int64) bool {
		switch {
		case e.Kind == KindUndo:
			taken[e.Target] = true
		case (e.Kind == KindReview || e.Kind == "") && !taken[e.ID] && !s.undone[e.ID]:
			if off >= s.orderedFrom {
				target, found = e, true
				return false
			}
			if !found || entryCompare(&e, &target) > 0 {
				target, found = e, true
			}
		}
		return true
	})
	return target, found, err
}

// LastAnswer returns the last review not taken back, and false when there
// is none.
func (s *Store) LastAnswer() (Entry, bool, error) {
	e, ok, err := s.lastReview()
	if err != nil {
		return Entry{}, false, fmt.Errorf("find the last answer: %w", err)
	}
	return e, ok, nil
}

// Rerate replaces the last review not taken back with the same answer
// rated rating at now, and returns the card afterwards. The new review and
// the undo of the old one are written together with one fsync, the review
// first, so a write cut short keeps at least the answer.
func (s *Store) Rerate(now time.Time, rating Rating) (Card, error) {
	if err := s.writable(); err != nil {
		return Card{}, err
	}
	old, found, err := s.lastReview()
	if err != nil {
		return Card{}, fmt.Errorf("rerate: %w", err)
	}
	if !found {
		return Card{}, ErrNothingToUndo
	}
	n := old
	n.ID, n.Time, n.Rating, n.Kind = NewID(), now.UTC(), rating, KindReview
	if err := n.validate(); err != nil {
		return Card{}, fmt.Errorf("rerate: %w", err)
	}
	k := key(old.Bank, old.Question)
	before, ok, err := s.undoCard(k, old.Bank, old.ID, s.logSize)
	if err != nil {
		return Card{}, fmt.Errorf("rerate: %w", err)
	}
	// Schedule before writing so a scheduling error leaves nothing behind.
	after, err := s.step(before, ok, n)
	if err != nil {
		return Card{}, fmt.Errorf("rerate: %w", err)
	}
	u := Entry{ID: NewID(), Time: n.Time, Kind: KindUndo, Bank: old.Bank, Question: old.Question, Target: old.ID}
	if err := s.appendEntries(n, u); err != nil {
		return Card{}, err
	}
	// One step for both entries: the new review is the last to touch the
	// card, so undoing it restores before without reading the log.
	s.seq++
	s.dirty = true
	s.undone[old.ID] = true
	s.prev[n.ID] = prevCard{card: before, ok: ok, seq: s.seq}
	s.touched[k] = s.seq
	s.cards[k] = after
	return after, nil
}

// Undo takes back the last review not already taken back: the card returns
// to what it would be without it, and an undo entry is appended to the log.
// It returns the review taken back, or ErrNothingToUndo.
func (s *Store) Undo(now time.Time) (Entry, error) {
	if err := s.writable(); err != nil {
		return Entry{}, err
	}
	target, found, err := s.lastReview()
	if err != nil {
		return Entry{}, fmt.Errorf("undo: %w", err)
	}
	if !found {
		return Entry{}, ErrNothingToUndo
	}
	k := key(target.Bank, target.Question)
	c, ok, err := s.undoCard(k, target.Bank, target.ID, s.logSize)
	if err != nil {
		return Entry{}, fmt.Errorf("undo: %w", err)
	}
	u := Entry{ID: NewID(), Time: now.UTC(), Kind: KindUndo, Bank: target.Bank, Question: target.Question, Target: target.ID}
	if err := s.appendEntry(u); err != nil {
		return Entry{}, err
	}
	s.seq++
	s.dirty = true
	s.undone[target.ID] = true
	s.setCard(k, cardResult{c, ok})
	s.touched[k] = s.seq
	return target, nil
}
