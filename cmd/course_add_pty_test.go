package cmd

import (
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"

	"github.com/quiz-cli/quiz/questions"
)

// tidesDir is a hand-written course directory: an article with three
// sections and a bank for each.
const tidesDir = "../questions/testdata/course/tides"

// runQuiz runs quiz without a terminal and returns what it printed.
func runQuiz(t *testing.T, home string, args ...string) string {
	t.Helper()
	cmd := exec.Command(quizBinary(t), args...)
	cmd.Env = append(os.Environ(), "QUIZ_HOME="+home, "NO_COLOR=1", "TZ=UTC")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("quiz %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return string(out)
}

// studyAllRight answers every question of a course's first study session
// right, checking that they come section by section in article order.
func studyAllRight(t *testing.T, s *ptySession, course *questions.CourseBundle) {
	t.Helper()
	total := strconv.Itoa(course.Questions())
	n := 0
	for _, b := range course.Banks {
		for _, q := range b.Questions {
			n++
			s.expect(strconv.Itoa(n) + " of " + total + " · " + b.Title + " · new")
			answerRight(t, s, q, false)
			s.expect("Correct!")
			s.answer("How well did you know it?", keyEnter)
		}
	}
	s.expect("Score: " + total + " of " + total + " (100%)")
	s.exits(0)
}

// TestStudyAddedCourse adds a course directory and studies it by name in a
// pseudo-terminal: every bank, section by section in article order, each
// question answered right. Then, with the built-in course set aside,
// study and practice without a name cover only the added course; brought
// back, the built-in course is studied again.
func TestStudyAddedCourse(t *testing.T) {
	t.Parallel()
	course, err := questions.LoadCourseDir(tidesDir)
	if err != nil {
		t.Fatal(err)
	}
	home := t.TempDir()
	runQuiz(t, home, "add", tidesDir)

	total := course.Questions()
	studyAllRight(t, startPTY(t, home, "study", "tides"), course)
	reviews := logReviews(t, home)
	if len(reviews) != total {
		t.Fatalf("log holds %d reviews, want %d", len(reviews), total)
	}
	for i, r := range reviews {
		if bank, _ := r["bank"].(string); !strings.HasPrefix(bank, "tides-") {
			t.Errorf("review %d is of bank %q, want a bank of the course tides", i, bank)
		}
	}

	// Set aside, the built-in course is left out: everything of tides was
	// answered today, so nothing is left to study.
	runQuiz(t, home, "courses", "hide", "peacekeeping")
	s := startPTY(t, home, "study")
	s.expect("Nothing to study right now")
	s.exits(0)
	s = startPTY(t, home, "practice", "-n", "1")
	s.expect("1 of 1 · ", "?")
	s.drain()
	if !strings.Contains(s.screen(), "Tide") && !strings.Contains(s.screen(), "Tidal") {
		t.Errorf("practice with the built-in course set aside asked from elsewhere:\n%s", s.screen())
	}
	s.send(keyCtrlC)
	s.wait()

	// Brought back, it is studied again, from its first section.
	runQuiz(t, home, "courses", "use", "peacekeeping")
	s = startPTY(t, home, "study", "--limit", "1")
	s.answer("1 of 1 · Introduction · new", keyCtrlC)
	s.wait()
}
