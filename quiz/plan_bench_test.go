package quiz

import (
	"fmt"
	"os"
	"testing"
	"time"

	"github.com/quiz-cli/quiz/progress"
	"github.com/quiz-cli/quiz/questions"
)

// BenchmarkPlan plans a 20-question session over 50,000 questions in 100
// banks with histories of 1,000, 100,000 and 1,000,000 answers (over three
// years from 2022: by 2025 most answered questions are due), keeping the
// most overdue in a bounded heap (Plan) and, to compare, sorting every
// due review (planBySorting, as Plan was first written).
func BenchmarkPlan(b *testing.B) {
	banks := make([]*questions.Bank, 100)
	for i := range banks {
		banks[i] = &questions.Bank{ID: fmt.Sprintf("bank-%03d", i)}
		for q := range 500 {
			banks[i].Questions = append(banks[i].Questions, &questions.Question{ID: fmt.Sprintf("q%05d", i*500+q), Type: questions.Text})
		}
	}
	now := time.Date(2025, 6, 1, 12, 0, 0, 0, time.UTC)
	for _, n := range []int{1000, 100000, 1000000} {
		b.Run(fmt.Sprintf("reviews=%d", n), func(b *testing.B) {
			dir, err := os.MkdirTemp("", "quiz-plan-")
			if err != nil {
				b.Fatal(err)
			}
			defer os.RemoveAll(dir)
			if err := progress.Synthesize(dir, progress.SynthOptions{Banks: 100, Questions: 50000, Reviews: n, Seed: 1}); err != nil {
				b.Fatal(err)
			}
			s, err := progress.Open(dir)
			if err != nil {
				b.Fatal(err)
			}
			for _, plan := range []struct {
				name string
				fn   func([]*questions.Bank, CardReader, time.Time, Limits) []Item
			}{{"heap", Plan}, {"sort-all", planBySorting}} {
				b.Run(plan.name, func(b *testing.B) {
					for b.Loop() {
						if items := plan.fn(banks, s, now, Limits{Session: 20, New: 20, Reviews: 200}); len(items) != 20 {
							b.Fatalf("Plan = %d items, want 20", len(items))
						}
					}
				})
			}
		})
	}
}
