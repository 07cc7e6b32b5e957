package cmd

import (
	"regexp"
	"strings"
	"testing"
)

const clozeOrder = `bank: mix
title: Cloze and order
questions:
  - id: gap
    type: cloze
    text: "MINUSTAH was established in {{2004}} to stabilise {{Haiti}}."
    explain: The mission began in 2004.
  - id: seq
    type: order
    prompt: Put the steps in order.
    items: [Analyse the conflict, Agree a mandate, Deploy the mission]
    explain: Analysis comes first, then the mandate, then deployment.
`

// TestClozeAndOrder answers a two-blank cloze (one blank with a near miss)
// and an ordering question picked item by item.
func TestClozeAndOrder(t *testing.T) {
	t.Parallel()
	home := bankHome(t, "mix.yaml", clozeOrder)

	s := startPTY(t, home, "study", "mix", "--auto")
	s.expect("MINUSTAH was established in [1]_____ to stabilise [2]_____.")
	s.answer("Blank 1 of 2:", "2004"+keyEnter)
	s.answer("Blank 2 of 2:", "Hati"+keyEnter, "Almost")
	s.answer("Go on?", keyEnter, "Put the steps in order.")
	// Typing filters the list; Enter picks the match. The last item is
	// placed too, so it is seen.
	for i, item := range []string{"Analyse the conflict", "Agree a mandate", "Deploy the mission"} {
		s.answer("Item "+string(rune('1'+i))+" of 3", item+keyEnter)
	}
	s.expect("Correct", "Score: 2 of 2 (100%)")
	s.exits(0)
	rs := logReviews(t, home)
	if len(rs) != 2 {
		t.Fatalf("log holds %d reviews, want 2", len(rs))
	}
	// An Almost is right but rated Hard (2); a clean answer Good (3).
	if rs[0]["correct"] != true || rs[0]["rating"] != float64(2) {
		t.Errorf("cloze review = %v, want correct, rating 2 (Hard)", rs[0])
	}
	if rs[1]["answer"] != "Analyse the conflict → Agree a mandate → Deploy the mission" {
		t.Errorf("order review answer = %v", rs[1]["answer"])
	}
}

// TestTimedExam answers one question, lets the clock run out on the next,
// and checks the report counts the rest as wrong.
func TestTimedExam(t *testing.T) {
	t.Parallel()
	home := bankHome(t, "tf.yaml", threeTF)

	s := startPTY(t, home, "exam", "tf", "-n", "3", "--time", "3s")
	s.expect("Mock exam: 3 questions, 3s on the clock", "left")
	s.answer("True or false?", keyDown+keyEnter, "2 of 3") // the first asked question answered False
	// No feedback in an exam.
	if strings.Contains(s.screen(), "Correct") || strings.Contains(s.screen(), "Incorrect") {
		t.Errorf("exam gave feedback before the end:\n%s", s.screen())
	}
	s.expect("Time is up.", "2 questions left unanswered count as wrong.", "of 3", "(not answered)")
	s.exits(0)
	// The prompt the clock interrupted is wiped, not left above the report
	// with its options.
	if regexp.MustCompile(`(?m)^\s*(> )?(\d\. )?(True|False)\s*$`).MatchString(s.screen()) {
		t.Errorf("the prompt open at time-out is still on screen:\n%s", s.screen())
	}
	rs := logReviews(t, home)
	if len(rs) != 1 || rs[0]["mode"] != "exam" {
		t.Fatalf("log = %v, want one exam review", rs)
	}
}

// TestTimedExamWithPinnedClock runs a timed exam with QUIZ_NOW in the
// past: the countdown runs from the pinned time, it does not end at once.
func TestTimedExamWithPinnedClock(t *testing.T) {
	t.Parallel()
	home := bankHome(t, "tf.yaml", threeTF)
	s := startPTYEnv(t, home, []string{"QUIZ_NOW=2025-03-01T09:00:00Z"}, 80, 30, "exam", "tf", "-n", "3", "--time", "1m")
	s.expect("1 of 3")
	s.answer("True or false?", keyEnter, "2 of 3")
	s.answer("True or false?", keyCtrlC, "Exam report")
	s.wait()
	if strings.Contains(s.screen(), "Time is up") {
		t.Errorf("a one-minute exam ran out at once under QUIZ_NOW:\n%s", s.screen())
	}
}
