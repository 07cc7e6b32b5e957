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
					if r := judgeText(q, a); r.Verdict != Correct {
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
					if r := judgeCloze(blanks, given); r.Verdict != Correct {
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
