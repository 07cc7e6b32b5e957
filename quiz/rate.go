package quiz

import (
	"fmt"
	"slices"
	"time"

	"github.com/quiz-cli/quiz/progress"
	"github.com/quiz-cli/quiz/questions"
)

// MinUsualSamples is how many earlier answers of a question type it takes
// before their median counts as the learner's usual time for that type.
const MinUsualSamples = 5

// AutoRating picks a rating without asking the learner:
//
//   - Again when the answer is wrong, partly right or not;
//   - Hard for an Almost, which includes partial credit (more than half of
//     the blanks of a cloze or the places of an order right);
//   - Good when the answer is right;
//   - Easy when the answer is right and fast: it took under half the
//     learner's usual time for that question type, the median of their
//     earlier answer times for it.
//
// usual is 0 when unknown (fewer than MinUsualSamples earlier answers of
// that type, see UsualTime); an unknown usual time never gives Easy.
func AutoRating(v Verdict, partial bool, took, usual time.Duration) progress.Rating {
	switch {
	case v == Incorrect:
		return progress.Again
	case partial || v == Almost:
		return progress.Hard
	case usual > 0 && took > 0 && took < usual/2:
		return progress.Easy
	}
	return progress.Good
}

// UsualTime returns the learner's usual answer time from their earlier
// answer times for one question type: their median, or 0 (unknown) when
// there are fewer than MinUsualSamples of them.
func UsualTime(earlier []time.Duration) time.Duration {
	if len(earlier) < MinUsualSamples {
		return 0
	}
	return Median(earlier)
}

// Median returns the median of ds (the mean of the two middle values when
// their number is even), or 0 when ds is empty. ds is left unchanged.
func Median(ds []time.Duration) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	s := slices.Clone(ds)
	slices.Sort(s)
	mid := len(s) / 2
	if len(s)%2 == 1 {
		return s[mid]
	}
	// Halve each before adding so huge durations cannot overflow.
	return s[mid-1]/2 + s[mid]/2 + (s[mid-1]%2+s[mid]%2)/2
}

// provisionalRating is the rating saved with an answer before the learner
// rates it: the automatic rating when rating automatically, else Good for a
// right answer (Enter's choice).
func (s *Session) provisionalRating(t questions.Type, r Result, took time.Duration) progress.Rating {
	if r.Rating != 0 {
		return r.Rating // a flashcard, rated by the learner
	}
	if s.AutoRate || s.Mode == progress.ModeExam || r.Verdict != Correct {
		return AutoRating(r.Verdict, r.Partial, took, s.usual(t))
	}
	return progress.Good
}

func (s *Session) remember(t questions.Type, took time.Duration) {
	if s.usualMS == nil {
		s.usualMS = map[questions.Type][]time.Duration{}
	}
	s.usualMS[t] = append(s.usualMS[t], took)
}

// usual is the learner's median answer time for a question type this
// session, or 0 when there are too few answers to tell.
func (s *Session) usual(t questions.Type) time.Duration {
	return UsualTime(s.usualMS[t])
}

// checkLeech suspends a question once it has been failed as often as the
// leech threshold, and tells the learner.
func (s *Session) checkLeech(it Item, a Answer) (bool, error) {
	if a.Correct() || s.Unscheduled {
		return false, nil
	}
	c, ok := s.Store.Card(it.Bank.ID, it.Q.ID)
	limit := s.Store.Settings().LeechThreshold
	// As in Anki: a leech at the threshold, and again every half threshold
	// after it has been unsuspended and failed again.
	if !ok || c.Suspended || limit <= 0 || c.Failures < limit || (c.Failures-limit)%max(limit/2, 1) != 0 {
		return false, nil
	}
	if _, err := s.Store.Record(progress.Entry{
		Kind: progress.KindSuspend, Time: s.Clock().UTC(), Bank: it.Bank.ID, Question: it.Q.ID, Session: s.id,
	}); err != nil {
		return false, fmt.Errorf("suspend leech: %w", err)
	}
	fmt.Fprintf(s.Out, "%s you have missed this %s, so it is suspended for now:\n%s\n%s\n\n",
		apply(s.Style.Warn, "Leech:"), s.Style.Text.Count(c.Failures, "time"), s.Style.Text.Wrap(it.Q.Display(" "), s.Width, "  "),
		apply(s.Style.Dim, fmt.Sprintf("  Reread the section, then run 'quiz unsuspend %s'.", questions.Key(it.Bank.ID, it.Q.ID))))
	return true, nil
}
