package progress

import (
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
