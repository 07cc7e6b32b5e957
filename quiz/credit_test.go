package quiz

import (
	"testing"

	"github.com/quiz-cli/quiz/questions"
)

func TestCredit(t *testing.T) {
	tests := []struct {
		parts, right, almost int
		want                 Verdict
		partial              bool
	}{
		{3, 3, 0, Correct, false},
		{3, 2, 1, Almost, false},
		{3, 2, 0, Almost, true},    // more than half: counted right
		{4, 2, 0, Incorrect, true}, // half is not enough
		{4, 1, 1, Incorrect, true},
		{2, 0, 0, Incorrect, false},
	}
	for _, tt := range tests {
		v, p := credit(tt.parts, tt.right, tt.almost)
		if v != tt.want || p != tt.partial {
			t.Errorf("credit(%d, %d, %d) = %v, %v; want %v, %v", tt.parts, tt.right, tt.almost, v, p, tt.want, tt.partial)
		}
	}
}

func TestStrictMatch(t *testing.T) {
	q := &questions.Question{Type: questions.Text, Answer: "Bogotá", Accept: []string{"Santa Fe de Bogotá"}}
	tests := []struct {
		given  string
		strict bool
		want   Verdict
		loose  bool
	}{
		{"bogota", false, Correct, false},
		{"bogota", true, Incorrect, true},
		{"Bogotá", true, Correct, false},
		{"  Santa  Fe de Bogotá ", true, Correct, false},
		{"Bogotà", true, Incorrect, true},
		{"Lima", true, Incorrect, false},
	}
	for _, tt := range tests {
		r := judgeText(q, tt.given, tt.strict)
		if r.Verdict != tt.want || r.Loose != tt.loose {
			t.Errorf("judgeText(%q, strict %v) = %v (loose %v), want %v (loose %v)", tt.given, tt.strict, r.Verdict, r.Loose, tt.want, tt.loose)
		}
	}
	r := judgeCloze([][]string{{"Bogotá"}, {"Perú"}}, []string{"Bogotá", "Peru"}, true)
	if r.Verdict != Incorrect || r.PartsRight != 1 {
		t.Errorf("strict cloze with one accent missing = %v, %d right; want Incorrect, 1 right", r.Verdict, r.PartsRight)
	}
}

func TestInterval(t *testing.T) {
	tests := []struct {
		days int
		want string
	}{
		{0, "0d"}, {1, "1d"}, {29, "29d"}, {30, "1mo"}, {75, "3mo"}, {365, "1y"}, {550, "1.5y"},
	}
	for _, tt := range tests {
		if got := Interval(tt.days); got != tt.want {
			t.Errorf("Interval(%d) = %q, want %q", tt.days, got, tt.want)
		}
	}
}
