package cmd

import (
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/quiz-cli/quiz/questions"
)

// TestStudyBuiltInCourse is a new user's first session: `quiz study` on the
// built-in course, every question answered right whatever its type, in the
// order the course asks them.
func TestStudyBuiltInCourse(t *testing.T) {
	t.Parallel()
	banks, err := questions.Course()
	if err != nil {
		t.Fatal(err)
	}
	intro := banks[0]
	home := t.TempDir()
	n := len(intro.Questions)
	s := startPTY(t, home, "study", "--limit", strconv.Itoa(n))
	for i, q := range intro.Questions {
		s.expect(strconv.Itoa(i+1) + " of " + strconv.Itoa(n) + " · Introduction · new")
		answerRight(t, s, q, false)
		s.expect("Correct!")
		s.answer("How well did you know it?", keyEnter)
	}
	s.expect("Score: " + strconv.Itoa(n) + " of " + strconv.Itoa(n) + " (100%)")
	s.exits(0)
	if got := len(logReviews(t, home)); got != n {
		t.Errorf("log holds %d reviews, want %d", got, n)
	}
}

// answerRight answers q correctly through the real prompts. With drawn,
// the first prompt is already on screen and read.
func answerRight(t *testing.T, s *ptySession, q *questions.Question, drawn bool) {
	t.Helper()
	wait := func(text string) {
		if drawn {
			drawn = false
			return
		}
		s.expect(text)
	}
	switch q.Type {
	case questions.Choice:
		opts := listedOptions(t, s, "Your answer:", q.Choices, drawn)
		s.send(strconv.Itoa(slices.Index(opts, q.Answer) + 1)) // a digit picks at once
	case questions.TrueFalse:
		wait("True or false?")
		if q.Answer == "true" {
			s.send(keyEnter)
		} else {
			s.send(keyDown + keyEnter)
		}
	case questions.Text:
		wait("Your answer:")
		s.send(q.Answer + keyEnter)
	case questions.Cloze:
		for _, b := range q.Blanks() {
			wait("Blank")
			s.send(b[0] + keyEnter)
		}
	case questions.Order:
		for i, item := range q.Items {
			wait("Item " + strconv.Itoa(i+1) + " of")
			s.send(item + keyEnter)
		}
	case questions.Multi:
		opts := listedOptions(t, s, "Your answers:", q.Choices, drawn)
		for i, o := range opts {
			if contains(q.Answers, o) {
				s.send(keySpace)
			}
			if i < len(opts)-1 {
				s.send(keyDown)
			}
		}
		s.send(keyEnter)
	default:
		t.Fatalf("question %s: type %s not handled", q.ID, q.Type)
	}
}

// listedOptions waits, unless drawn, for the list of choices headed by
// prompt to be drawn, then reads its options as shownOptions does.
func listedOptions(t *testing.T, s *ptySession, prompt string, choices []string, drawn bool) []string {
	t.Helper()
	if !drawn {
		last := choices[len(choices)-1]
		s.expect(prompt, last[:min(8, len(last))])
	}
	return shownOptions(t, s, prompt, len(choices))
}

// shownOptions reads the numbered options of the last list on screen
// headed by prompt, top to bottom, without their numbers and tick boxes.
func shownOptions(t *testing.T, s *ptySession, prompt string, n int) []string {
	t.Helper()
	var opts []string
	for try := 0; try < 50; try++ {
		opts = opts[:0]
		lines := strings.Split(s.screen(), "\n")
		start := -1
		for i, l := range lines {
			if strings.Contains(l, prompt) {
				start = i
			}
		}
		for _, l := range lines[start+1:] {
			l = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(l), ">"))
			l = strings.TrimSpace(strings.TrimPrefix(l, "[ ]"))
			if _, after, ok := strings.Cut(l, ". "); ok && len(opts) < n && strings.HasPrefix(l, strconv.Itoa(len(opts)+1)+".") {
				opts = append(opts, strings.TrimSpace(after))
			}
		}
		if len(opts) == n {
			return opts
		}
		time.Sleep(20 * time.Millisecond)
		s.drain()
	}
	t.Fatalf("multi-select shows %d options, want %d\n%s", len(opts), n, s.screen())
	return nil
}

// TestPracticeAndExamOnBuiltInCourse runs the other two modes on the
// built-in course, answering right: practice asks no rating and leaves the
// schedule alone; the exam gives no verdict until its report.
func TestPracticeAndExamOnBuiltInCourse(t *testing.T) {
	t.Parallel()
	banks, err := questions.Course()
	if err != nil {
		t.Fatal(err)
	}
	find := func(screen string) *questions.Question {
		for _, b := range banks {
			for _, q := range b.Questions {
				if p := q.Display(" "); p != "" && strings.Contains(strings.Join(strings.Fields(screen), " "), strings.Join(strings.Fields(p), " ")[:min(40, len(p))]) {
					return q
				}
			}
		}
		return nil
	}
	home := t.TempDir()
	for _, mode := range []string{"practice", "exam"} {
		s := startPTY(t, home, mode, "key-missions", "-n", "3")
		for i := 1; i <= 3; i++ {
			s.expect(strconv.Itoa(i)+" of 3 · Key Peacekeeping Missions · "+mode, "?") // the prompt is drawn
			s.drain()
			last := s.screen()[strings.LastIndex(s.screen(), strconv.Itoa(i)+" of 3 ·"):]
			q := find(last)
			if q == nil {
				t.Fatalf("%s: cannot tell which question is on screen:\n%s", mode, last)
			}
			answerRight(t, s, q, true)
		}
		if mode == "exam" {
			s.expect("Exam report")
		}
		s.expect("3 of 3 (100%)")
		s.exits(0)
		if strings.Contains(s.screen(), "How well did you know it?") {
			t.Errorf("%s asked for a rating", mode)
		}
	}
}
