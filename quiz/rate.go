package quiz

import (
	"slices"
	"time"

	"github.com/quiz-cli/quiz/progress"
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
