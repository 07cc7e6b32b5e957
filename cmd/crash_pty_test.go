package cmd

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"
	"time"
)

// TestCrashKeepsAcknowledgedAnswers kills quiz with SIGKILL at random
// moments of a session and checks that every answer whose verdict reached
// the screen is in the log, and that the data directory still loads.
// QUIZ_CRASH_ITERATIONS sets the number of kills (default 50).
func TestCrashKeepsAcknowledgedAnswers(t *testing.T) {
	t.Parallel()
	iterations := crashIterations(50, 5)
	home := bankHome(t, "crash.yaml", statementsBank("crash", 12, func(i int) bool { return i%2 == 0 }))
	rng := rand.New(rand.NewPCG(1, 2))

	for i := range iterations {
		before := len(logReviewsIfAny(t, home))
		s := startPTY(t, home, "practice", "crash", "-n", "12", "--shuffle")
		answers := rng.IntN(4)
		for range answers {
			s.answer("True or false?", keyEnter)
		}
		// Kill at a random moment: right away, or a little later.
		time.Sleep(time.Duration(rng.IntN(30)) * time.Millisecond)
		s.kill()
		screen := s.screen()
		shown := strings.Count(screen, "Correct!") + strings.Count(screen, "Incorrect:")
		logged := len(logReviewsIfAny(t, home)) - before
		if logged < shown || logged > shown+1 {
			t.Fatalf("iteration %d: %d verdicts on screen but %d answers logged\n%s", i, shown, logged, screen)
		}

		// Everything still loads, and a read-only command works on the
		// directory the session wrote to.
		out, err := exec.Command(quizBinary(t), "--home", home, "banks", "--json").CombinedOutput()
		if err != nil {
			t.Fatalf("iteration %d: quiz banks after a kill: %v\n%s", i, err, out)
		}
		if !strings.Contains(string(out), `"id": "crash"`) {
			t.Fatalf("iteration %d: quiz banks after a kill does not list the crash bank:\n%s", i, out)
		}
	}
	// The next writer recovers the directory: no lock left behind.
	out, err := exec.Command(quizBinary(t), "--home", home, "undo").CombinedOutput()
	if err != nil && strings.Contains(string(out), "another quiz") {
		t.Fatalf("lock left behind after kills: %s", out)
	}
}

// statementsBank is a bank id of n true-or-false questions q0, q1, …,
// statement i being true when truth(i) is.
func statementsBank(id string, n int, truth func(i int) bool) string {
	var b strings.Builder
	fmt.Fprintf(&b, "bank: %s\ntitle: Statements\nquestions:\n", id)
	for i := range n {
		fmt.Fprintf(&b, "  - id: q%d\n    type: truefalse\n    prompt: Statement %d holds.\n    answer: %v\n", i, i, truth(i))
	}
	return b.String()
}

// logReviewsIfAny is logReviews, but an absent log has no reviews.
func logReviewsIfAny(t *testing.T, home string) []map[string]any {
	t.Helper()
	if _, err := os.Stat(home + "/reviews.jsonl"); err != nil {
		return nil
	}
	return logReviews(t, home)
}

// TestCrashWhileRerating kills quiz while answers are being given a rating
// other than the default, which replaces the answer saved before the
// verdict: every answer whose verdict was shown must survive, once.
func TestCrashWhileRerating(t *testing.T) {
	t.Parallel()
	iterations := crashIterations(20, 3)
	home := bankHome(t, "rerate.yaml", statementsBank("rerate", iterations*3+3, func(int) bool { return true }))
	rng := rand.New(rand.NewPCG(3, 4))
	for i := range iterations {
		before := countAnswers(t, home)
		s := startPTY(t, home, "study", "rerate", "--limit", "3", "--new", "3")
		answers := 1 + rng.IntN(3)
		for range answers {
			s.answer("True or false?", keyEnter)
			s.answer("How well did you know it?", "\x1b[A"+keyEnter) // Hard
		}
		time.Sleep(time.Duration(rng.IntN(5)) * time.Millisecond)
		s.kill()
		shown := strings.Count(s.screen(), "Correct!")
		got := countAnswers(t, home) - before
		if got < shown || got > shown+1 {
			t.Fatalf("iteration %d: %d verdicts on screen but %d answers kept\n%s", i, shown, got, s.screen())
		}
	}
}

// countAnswers counts the answers quiz export reports (undone ones are not).
func countAnswers(t *testing.T, home string) int {
	t.Helper()
	out, err := exec.Command(quizBinary(t), "--home", home, "export", "--format", "csv").Output()
	if err != nil {
		t.Fatalf("quiz export: %v", err)
	}
	return strings.Count(string(out), "\n") - 1 // less the header
}

// crashIterations is how many kills a crash test makes: QUIZ_CRASH_ITERATIONS
// when set, def by default, short with -short.
func crashIterations(def, short int) int {
	if n, err := strconv.Atoi(os.Getenv("QUIZ_CRASH_ITERATIONS")); err == nil && n > 0 {
		return n
	}
	if testing.Short() {
		return short
	}
	return def
}

// kill ends quiz with SIGKILL and reads what it wrote before dying.
func (s *ptySession) kill() {
	s.t.Helper()
	// The session may have ended by itself just before: that is fine.
	if err := s.cmd.Process.Kill(); err != nil && !errors.Is(err, os.ErrProcessDone) {
		s.t.Fatalf("kill: %v", err)
	}
	<-s.done
	s.drain()
}
