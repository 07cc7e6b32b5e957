package progress

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"strings"
	"time"

	fsrs "github.com/open-spaced-repetition/go-fsrs/v4"
)

// schedKey names a scheduler: desired retention and FSRS parameters.
type schedKey struct {
	retention float64
	w         [21]float64
}

// scheduler returns the FSRS scheduler for a desired retention (0 means the
// current setting) and parameters w. Fuzz stays off so that replaying or
// merging a log gives exactly the same schedule.
func (s *Store) scheduler(retention float64, w [21]float64) *fsrs.FSRS {
	if retention <= 0 || retention > 1 || math.IsNaN(retention) {
		retention = s.settings.Retention
	}
	k := schedKey{retention, w}
	if f, ok := s.sched[k]; ok {
		return f
	}
	p := fsrs.DefaultParam()
	p.RequestRetention = retention
	p.W = w
	p.EnableFuzz = false
	// Whole-day intervals only: a question answered today comes back on a
	// later day, never in a later session of the same day (no minute-long
	// learning steps).
	p.EnableShortTerm = false
	f := fsrs.NewFSRS(p)
	s.sched[k] = f
	return f
}

// stepParams returns the FSRS parameters for the review being applied.
func (s *Store) stepParams() [21]float64 {
	return Settings{Parameters: s.logW}.FSRSParameters()
}

// step applies one review to a card (ok is false for a question never
// answered) and returns the new card.
func (s *Store) step(c Card, ok bool, e Entry) (Card, error) {
	if !ok {
		c = Card{Card: fsrs.NewCard(e.Time)}
	}
	c.Seen++
	if e.Correct {
		c.Correct++
	}
	if e.Unscheduled {
		return c, nil
	}
	if !e.Correct {
		c.Failures++
	}
	now := e.Time
	// A clock set back, or logs merged from a machine whose clock ran
	// ahead, must not make FSRS refuse the answer.
	if now.Before(c.LastReview) {
		now = c.LastReview
	}
	// FSRS counts elapsed days by UTC date and sets Due to the instant
	// plus whole days. Give it the learner's days instead (DayOf is
	// midnight UTC of the learner's date), then make the question due from
	// the start of its due day, so it is due for the whole of that day.
	rollover := s.settings.RolloverHour
	in := c.Card
	if !in.LastReview.IsZero() {
		in.LastReview = DayOf(in.LastReview, s.loc, rollover)
	}
	today := DayOf(now, s.loc, rollover)
	info, err := s.scheduler(e.Retention, s.stepParams()).Next(in, today, fsrs.Rating(e.Rating))
	if err != nil {
		return Card{}, fmt.Errorf("schedule %s: %w", key(e.Bank, e.Question), err)
	}
	c.Card = info.Card
	c.LastReview = now
	c.Due = DayStart(today.AddDate(0, 0, int(info.Card.ScheduledDays)), s.loc, rollover).UTC()
	if c.First.IsZero() {
		c.First = e.Time
	}
	return c, nil
}

// applyToCard applies a question-level entry to one card; ok reports
// whether the card exists afterwards.
func (s *Store) applyToCard(c Card, ok bool, e Entry) (Card, bool, error) {
	switch e.Kind {
	case KindReview, "":
		n, err := s.step(c, ok, e)
		if err != nil {
			return c, ok, err
		}
		return n, true, nil
	case KindReset:
		return Card{}, false, nil
	case KindSuspend:
		if !ok {
			c = Card{Card: fsrs.NewCard(e.Time)}
		}
		c.Suspended = true
		return c, true, nil
	case KindUnsuspend:
		if ok {
			c.Suspended = false
		}
		return c, ok, nil
	case KindCard:
		return *e.Card, true, nil
	case KindBury:
		if !ok {
			c = Card{Card: fsrs.NewCard(e.Time)}
		}
		c.Buried = e.Until
		return c, true, nil
	}
	return c, ok, nil
}

// apply applies a valid entry to the state in memory. Replay, Record and
// rebuilds all go through here, so they agree.
func (s *Store) apply(e Entry) {
	s.seq++
	s.dirty = true
	s.noteEntry(&e)
	switch e.Kind {
	case KindFormat:
		s.logFormat = max(s.logFormat, e.Format)
	case KindCard:
		k := key(e.Bank, e.Question)
		s.cards[k] = *e.Card
		s.touched[k] = s.seq
		s.carried[k] = true
	case KindReview, "":
		if s.undone[e.ID] {
			return
		}
		k := key(e.Bank, e.Question)
		c, ok := s.cards[k]
		n, err := s.step(c, ok, e)
		if err != nil {
			s.warnf("%s: answer %s left out: %v", LogFile, e.ID, err)
			return
		}
		if !s.bulk {
			s.prev[e.ID] = prevCard{card: c, ok: ok, seq: s.seq}
		}
		s.touched[k] = s.seq
		s.cards[k] = n
	case KindReset, KindSuspend, KindUnsuspend, KindBury:
		if e.Question != "" {
			k := key(e.Bank, e.Question)
			c, ok := s.cards[k]
			s.setCard(k, s.applyQuiet(c, ok, e))
			s.touched[k] = s.seq
			return
		}
		s.bankTouch[e.Bank] = s.seq
		prefix := e.Bank + "/"
		for k, c := range s.cards {
			if strings.HasPrefix(k, prefix) {
				s.setCard(k, s.applyQuiet(c, true, e))
			}
		}
	case KindSettings:
		if e.Settings != nil {
			s.settings = *e.Settings
			s.settingsLogged = true
			s.logW = e.Settings.Parameters
		}
	case KindUndo:
		if s.undone[e.Target] {
			return // already taken back, or left out by a full replay
		}
		k := key(e.Bank, e.Question)
		c, ok, err := s.undoCard(k, e.Bank, e.Target, s.logSize)
		s.undone[e.Target] = true
		if err != nil {
			s.warnf("%s: undo %s not applied: %v", LogFile, e.ID, err)
			return
		}
		if ok {
			s.cards[k] = c
		} else {
			delete(s.cards, k)
		}
		s.touched[k] = s.seq
	}
}

type cardResult struct {
	c  Card
	ok bool
}

func (s *Store) applyQuiet(c Card, ok bool, e Entry) cardResult {
	n, nok, _ := s.applyToCard(c, ok, e)
	return cardResult{n, nok}
}

func (s *Store) setCard(k string, r cardResult) {
	if r.ok {
		s.cards[k] = r.c
	} else {
		delete(s.cards, k)
	}
}

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

// Today counts, for the learner's day of now (in now's location, see
// DayOf), the questions answered that day for the first time ever
// (introduced) and the answers that day to questions first seen before
// (reviewed). Only scheduled answers count. A log that cannot be read is
// an error.
func (s *Store) Today(now time.Time) (introduced, reviewed int, err error) {
	day := DayOf(now, now.Location(), s.settings.RolloverHour)
	start := DayStart(day, now.Location(), s.settings.RolloverHour)
	end := DayStart(day.AddDate(0, 0, 1), now.Location(), s.settings.RolloverHour)
	taken := map[string]bool{}
	intro := map[string]bool{}
	// Where the log is in causal order, an entry ordered before the day
	// began ends the search: all before it are earlier still. Lines a
	// merge appended are all looked at.
	err = scanBackAt(s.path(LogFile), s.logSize, func(e Entry, off int64) bool {
		if off >= s.orderedFrom && e.OrderKey() < start.UnixNano() {
			return false
		}
		if e.Time.Before(start) {
			return true
		}
		if !e.Time.Before(end) {
			return true // a later day, as seen from a past now
		}
		switch e.Kind {
		case KindUndo:
			taken[e.Target] = true
		case KindReview, "":
			if e.Unscheduled || taken[e.ID] || s.undone[e.ID] {
				return true
			}
			k := key(e.Bank, e.Question)
			c, ok := s.cards[k]
			if !ok || c.First.IsZero() {
				return true // reset since
			}
			if c.First.Before(start) {
				reviewed++
			} else {
				intro[k] = true
			}
		}
		return true
	})
	if err != nil {
		return 0, 0, fmt.Errorf("count today's answers: %w", err)
	}
	return len(intro), reviewed, nil
}

// Preview returns in how many of the learner's days bank/question would
// next be due after an answer at now rated Again, Hard, Good and Easy
// (index 0 to 3), from its card as it is: what a rating button offers
// before it is pressed.
func (s *Store) Preview(bank, question string, now time.Time) ([4]int, error) {
	var days [4]int
	c, ok := s.cards[key(bank, question)]
	for i, r := range []Rating{Again, Hard, Good, Easy} {
		n, err := s.step(c, ok, Entry{Time: now, Bank: bank, Question: question, Rating: r, Correct: r != Again})
		if err != nil {
			return days, err
		}
		days[i] = DaysBetween(now, n.Due, s.loc, s.settings.RolloverHour)
	}
	return days, nil
}

// NextDay returns when the learner's day after now's begins: when a
// question buried now comes back.
func (s *Store) NextDay(now time.Time) time.Time {
	return DayStart(DayOf(now, s.loc, s.settings.RolloverHour).AddDate(0, 0, 1), s.loc, s.settings.RolloverHour)
}
