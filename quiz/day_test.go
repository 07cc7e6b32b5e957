package quiz

import (
	"testing"
	"time"

	"github.com/quiz-cli/quiz/progress"
	"github.com/quiz-cli/quiz/questions"
)

// Planning and the due counts use the learner's day: a question answered
// Good at 21:00 is planned, and counted due, at 09:00 on its due day,
// though fewer than whole days have passed since the answer.
func TestPlanByTheLearnersDay(t *testing.T) {
	zone := time.FixedZone("UTC-5", -5*3600)
	s, err := progress.OpenWrite(t.TempDir(), progress.WithClock(func() time.Time { return time.Date(2025, 3, 1, 21, 0, 0, 0, zone) }))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	answered := time.Date(2025, 3, 1, 21, 0, 0, 0, zone)
	c, err := s.Record(progress.Entry{Time: answered, Bank: "b", Question: "capital", Rating: progress.Good, Correct: true})
	if err != nil {
		t.Fatal(err)
	}
	lim := Limits{Session: 10, New: 0, Reviews: 10}
	dueDay := time.Date(2025, 3, 1+int(c.ScheduledDays), 0, 0, 0, 0, zone)
	for _, tt := range []struct {
		at  time.Time
		due bool
	}{
		{dueDay.Add(3*time.Hour + 59*time.Minute), false}, // before the 4 a.m. rollover
		{dueDay.Add(9 * time.Hour), true},
		{dueDay.Add(23 * time.Hour), true},
	} {
		planned := len(Plan([]*questions.Bank{testBank}, s, tt.at, lim)) == 1
		counted := Count(testBank, s, tt.at).Due == 1
		if planned != tt.due || counted != tt.due {
			t.Errorf("at %v: planned %v, counted due %v; want %v", tt.at, planned, counted, tt.due)
		}
	}
}
