package quiz

import (
	"math"
	"slices"
	"testing"
	"time"

	"github.com/quiz-cli/quiz/progress"
)

func TestAutoRating(t *testing.T) {
	const s = time.Second
	tests := []struct {
		v           Verdict
		partial     bool
		took, usual time.Duration
		want        progress.Rating
	}{
		{Incorrect, false, 2 * s, 10 * s, progress.Again},
		{Incorrect, false, 20 * s, 0, progress.Again},
		{Almost, false, 2 * s, 10 * s, progress.Hard},
		{Almost, false, 20 * s, 10 * s, progress.Hard},
		{Correct, true, 2 * s, 10 * s, progress.Hard},    // partial credit
		{Almost, true, 9 * s, 10 * s, progress.Hard},     // more than half the parts right
		{Incorrect, true, 9 * s, 10 * s, progress.Again}, // half or fewer: wrong
		{Correct, false, 9 * s, 10 * s, progress.Good},
		{Correct, false, 30 * s, 10 * s, progress.Good},
		{Correct, false, 5 * s, 10 * s, progress.Good}, // exactly half is not under half
		{Correct, false, 4 * s, 10 * s, progress.Easy},
		{Correct, false, 1 * s, 10 * s, progress.Easy},
		{Correct, false, 1 * s, 0, progress.Good},  // usual time unknown
		{Correct, false, 0, 10 * s, progress.Good}, // no time measured
	}
	for _, tt := range tests {
		if got := AutoRating(tt.v, tt.partial, tt.took, tt.usual); got != tt.want {
			t.Errorf("AutoRating(%v, %v, %v, %v) = %v, want %v", tt.v, tt.partial, tt.took, tt.usual, got, tt.want)
		}
	}
}

func TestMedian(t *testing.T) {
	const s = time.Second
	tests := []struct {
		ds   []time.Duration
		want time.Duration
	}{
		{nil, 0},
		{[]time.Duration{7 * s}, 7 * s},
		{[]time.Duration{9 * s, 1 * s, 5 * s}, 5 * s},
		{[]time.Duration{4 * s, 1 * s, 3 * s, 2 * s}, 2500 * time.Millisecond},
		{[]time.Duration{3, 4}, 3}, // nanoseconds: rounds down
		{[]time.Duration{math.MaxInt64, math.MaxInt64}, math.MaxInt64},
		{[]time.Duration{60 * s, 6 * s, 5 * s, 7 * s, 4 * s}, 6 * s}, // one slow answer does not move it
	}
	for _, tt := range tests {
		in := slices.Clone(tt.ds)
		if got := Median(tt.ds); got != tt.want {
			t.Errorf("Median(%v) = %v, want %v", tt.ds, got, tt.want)
		}
		if !slices.Equal(in, tt.ds) {
			t.Errorf("Median(%v) reordered its argument", in)
		}
	}
}

func TestUsualTime(t *testing.T) {
	const s = time.Second
	four := []time.Duration{4 * s, 6 * s, 8 * s, 10 * s}
	if got := UsualTime(four); got != 0 {
		t.Errorf("UsualTime(%v) = %v, want 0 (too few answers)", four, got)
	}
	five := append(four, 2*s)
	if got := UsualTime(five); got != 6*s {
		t.Errorf("UsualTime(%v) = %v, want %v", five, got, 6*s)
	}
}
