package quiz

import (
	"testing"

	"github.com/quiz-cli/quiz/questions"
)

// TestCourseAnswersAreAccepted checks that every typed answer of the
// built-in course, and every alternative it lists, is judged right: a
// learner who knows the answer must never be told otherwise.
func TestCourseAnswersAreAccepted(t *testing.T) {
	banks, err := questions.Course()
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range banks {
		for _, q := range b.Questions {
			where := questions.Key(b.ID, q.ID)
			switch q.Type {
			case questions.Text:
				for _, a := range append([]string{q.Answer}, q.Accept...) {
					if r := judgeText(q, a, false); r.Verdict != Correct {
						t.Errorf("%s: typed answer %q judged %v, want Correct", where, a, r.Verdict)
					}
				}
			case questions.Cloze:
				blanks := q.Blanks()
				for alt := 0; ; alt++ {
					given := make([]string, len(blanks))
					more := false
					for i, b := range blanks {
						given[i] = b[min(alt, len(b)-1)]
						more = more || alt+1 < len(b)
					}
					if r := judgeCloze(blanks, given, false); r.Verdict != Correct {
						t.Errorf("%s: blanks %q judged %v, want Correct", where, given, r.Verdict)
					}
					if !more {
						break
					}
				}
			}
		}
	}
}

// TestCourseAcceptsEquivalents checks answers a learner who understood the
// article would type in other words: the course teaches ideas, so a fair
// synonym or a shorter form of the same idea is right.
func TestCourseAcceptsEquivalents(t *testing.T) {
	banks, err := questions.Course()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		bank, id string
		given    []string // one answer per blank; one for a text question
	}{
		{"introduction", "democratic-governance", []string{"democracy"}},
		{"historical-background", "recognized-importance", []string{"democratic"}},
		{"historical-background", "recognized-importance", []string{"democratic governance"}},
		{"challenges", "what-overcomes", []string{"planning"}},
		{"regional-involvement", "security-commitments", []string{"shared"}},
		{"regional-involvement", "security-commitments", []string{"joint"}},
		{"regional-involvement", "security-commitments", []string{"common"}},
		{"critical-analysis", "what-it-demands", []string{"assessment", "engagement"}},
		{"critical-analysis", "what-it-demands", []string{"monitoring", "involvement"}},
		{"introduction", "local-dynamics", []string{"domestic"}},
		{"stability-governance", "criminal-networks", []string{"crime"}},
		{"impact", "diplomatic-relations", []string{"diplomacy"}},
		{"improvements", "responsive-targeted", []string{"focused", "needs"}},
		{"effectiveness-lessons", "key-takeaways", []string{"flexibility"}},
		{"successes-failures", "tailored-mandates", []string{"tailor-made"}},
		{"regional-involvement", "ownership", []string{"ownership", "lasting"}},
		{"conclusion", "partnerships", []string{"partnership"}},
		{"multilateral-cooperation", "dialogue", []string{"communication"}},
		{"future-prospects", "kind-of-assistance", []string{"monetary"}},
	}
	for _, tt := range tests {
		var q *questions.Question
		for _, b := range banks {
			if b.ID == tt.bank {
				q = b.Find(tt.id)
			}
		}
		if q == nil {
			t.Errorf("%s/%s: no such question", tt.bank, tt.id)
			continue
		}
		var r Result
		if q.Type == questions.Cloze {
			r = judgeCloze(q.Blanks(), tt.given, false)
		} else {
			r = judgeText(q, tt.given[0], false)
		}
		if r.Verdict != Correct {
			t.Errorf("%s/%s: %q judged %v, want Correct", tt.bank, tt.id, tt.given, r.Verdict)
		}
	}
}
