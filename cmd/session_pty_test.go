package cmd

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	expect "github.com/Netflix/go-expect"
)

// The study session as a learner drives it: each test presses the keys a
// person would, in a pseudo-terminal, and checks what they see and what is
// kept.

const keyCtrlD = "\x04"

const typed = `bank: typed
title: Typed answers
questions:
  - id: capital
    type: text
    prompt: What is the capital of Haiti?
    answer: Port-au-Prince
  - id: year
    type: choice
    prompt: In which year was MINUSTAH established?
    choices: ["2004", "1994", "2010"]
    answer: "2004"
`

// quizRun runs quiz without a terminal and returns its standard output.
func quizRun(t *testing.T, home string, args ...string) string {
	t.Helper()
	c := exec.Command(quizBinary(t), args...)
	c.Env = append(os.Environ(), "QUIZ_HOME="+home, "NO_COLOR=1", "TZ=UTC")
	out, err := c.Output()
	if err != nil {
		t.Fatalf("quiz %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return string(out)
}

// scored is one session's score as 'quiz history --json' gives it.
type scored struct{ Correct, Questions int }

// historyOf returns the sessions of 'quiz history --json' in home.
func historyOf(t *testing.T, home string) []scored {
	t.Helper()
	var hist []scored
	if err := json.Unmarshal([]byte(quizRun(t, home, "history", "--json")), &hist); err != nil {
		t.Fatal(err)
	}
	return hist
}

// TestCtrlDNeverAnswers presses Ctrl-D at a typed prompt and at a choice:
// each ends the session like Ctrl-C, and nothing is logged as an answer.
func TestCtrlDNeverAnswers(t *testing.T) {
	t.Parallel()
	for _, at := range []string{"text", "choice"} {
		t.Run(at, func(t *testing.T) {
			home := bankHome(t, "typed.yaml", typed)
			s := startPTY(t, home, "study", "typed", "--auto")
			s.expect("capital of Haiti?", "Your answer:")
			if at == "choice" {
				s.send("Port-au-Prince" + keyEnter)
				s.expect("MINUSTAH established?", "2010")
			}
			s.send(keyCtrlD)
			s.expect("Session summary")
			s.exits(exitInterrupted)
			want := 0
			if at == "choice" {
				want = 1
			}
			if rs := logReviewsIfAny(t, home); len(rs) != want {
				t.Errorf("Ctrl-D at a %s prompt: log holds %d answers, want %d: %v", at, len(rs), want, rs)
			}
		})
	}
}

const multiBank = `bank: multi
title: Select all
questions:
  - id: colours
    type: multi
    prompt: Which are primary colours of light?
    choices: [Red, Yellow]
    answers: [Red]
`

// TestMultiNothingTicked presses Enter with nothing ticked: the prompt
// says what to do and waits; nothing is scored.
func TestMultiNothingTicked(t *testing.T) {
	t.Parallel()
	home := bankHome(t, "multi.yaml", multiBank)
	s := startPTY(t, home, "study", "multi", "--auto")
	s.answer("Yellow", keyEnter, "Tick at least one with Space")
	if rs := logReviewsIfAny(t, home); len(rs) != 0 {
		t.Fatalf("Enter with nothing ticked was scored: %v", rs)
	}
	s.send(keyCtrlC)
	s.wait()
}

// TestUndoAfterWrongAnswer answers wrong, takes the answer back, answers
// right: the log keeps only the second answer, and the summary, history
// and stats give the same score.
func TestUndoAfterWrongAnswer(t *testing.T) {
	t.Parallel()
	home := bankHome(t, "tf.yaml", threeTF)
	s := startPTY(t, home, "study", "tf", "--limit", "1", "--no-retry")
	s.expect("Statement one is true.")
	s.answer("True or false?", keyDown+keyEnter, "Incorrect") // False: wrong
	s.answer("Undo", "2", "taken back")                       // Undo
	s.answer("True or false?", keyEnter)                      // True: right
	s.answer("How well did you know it?", keyEnter, "Score: 1 of 1 (100%)")
	s.exits(0)
	hist := historyOf(t, home)
	if len(hist) != 1 || hist[0].Correct != 1 || hist[0].Questions != 1 {
		t.Errorf("history = %+v, want one session scored 1 of 1", hist)
	}
	var st struct {
		Today struct{ Reviews, Correct int }
	}
	if err := json.Unmarshal([]byte(quizRun(t, home, "stats", "--json")), &st); err != nil {
		t.Fatal(err)
	}
	if st.Today.Reviews != 1 || st.Today.Correct != 1 {
		t.Errorf("stats today = %+v, want 1 answer, 1 right", st.Today)
	}
}

const twoBlanks = `bank: gap
title: Cloze
questions:
  - id: gap
    type: cloze
    text: "MINUSTAH was established in {{2004}} to stabilise {{Haiti}}."
  - id: three
    type: cloze
    text: "{{Red}}, {{green}} and {{blue}} are primary colours of light."
`

// writeLog writes review entries as quiz's log, for a learner with a past.
func writeLog(t *testing.T, home string, lines ...string) {
	t.Helper()
	if err := os.MkdirAll(home, 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(home, "reviews.jsonl"), []byte(strings.Join(lines, "\n")+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
}

func pastReview(id, question string, ago time.Duration) string {
	return fmt.Sprintf(`{"id":%q,"time":%q,"kind":"review","bank":"tf","question":%q,"rating":3,"correct":true,"retention":0.9}`,
		id, time.Now().Add(-ago).UTC().Format(time.RFC3339), question)
}

// TestNextDueWhenStillDue studies one of two due reviews: the summary says
// one is still due rather than when the next comes due.
func TestNextDueWhenStillDue(t *testing.T) {
	t.Parallel()
	home := bankHome(t, "tf.yaml", threeTF)
	writeLog(t, home, pastReview("a1", "one", 30*24*time.Hour), pastReview("a2", "two", 30*24*time.Hour))
	s := startPTY(t, home, "study", "tf", "--limit", "1", "--auto", "--no-retry")
	s.answer("True or false?", keyCtrlC)
	s.wait()
	s = startPTY(t, home, "study", "tf", "--limit", "1", "--auto", "--no-retry", "--new", "0")
	s.answer("True or false?", "1", "Session summary", "Still due now: 1 review")
	s.wait()
	if strings.Contains(s.screen(), "Next review due in") {
		t.Errorf("summary names a later due date while a review is due:\n%s", s.screen())
	}
}

// TestPartialClozeOneRule answers two of three blanks right: the verdict,
// the summary, history and stats all count it right, rated Hard.
func TestPartialClozeOneRule(t *testing.T) {
	t.Parallel()
	home := bankHome(t, "gap.yaml", twoBlanks)
	s := startPTY(t, home, "study", "gap", "--auto", "--no-retry")
	s.answer("Blank 1 of 2:", "2004"+keyEnter+"Haiti"+keyEnter)
	s.answer("Blank 1 of 3:", "Red"+keyEnter+"green"+keyEnter+"yellow"+keyEnter, "Partly right: 2 of 3 blanks right (counted right, rated Hard)")
	s.answer("Go on?", keyEnter, "Score: 2 of 2 (100%)")
	s.exits(0)
	rs := logReviews(t, home)
	if len(rs) != 2 || rs[1]["correct"] != true || rs[1]["rating"] != float64(2) {
		t.Errorf("log = %v, want the partly right cloze correct and rated 2 (Hard)", rs)
	}
	hist := historyOf(t, home)
	if len(hist) != 1 || hist[0].Correct != 2 || hist[0].Questions != 2 {
		t.Errorf("history = %+v, want 2 of 2", hist)
	}
}

// TestExamStoppedCountsUnanswered stops a three-question exam after one
// answer: the report and history both score it out of three.
func TestExamStoppedCountsUnanswered(t *testing.T) {
	t.Parallel()
	home := bankHome(t, "tf.yaml", threeTF)
	s := startPTY(t, home, "exam", "tf", "-n", "3")
	s.expect("1 of 3")
	s.answer("True or false?", keyEnter, "2 of 3")
	s.answer("True or false?", keyCtrlC, "Exam report", " of 3 (")
	s.wait()
	hist := historyOf(t, home)
	if len(hist) != 1 || hist[0].Questions != 3 {
		t.Errorf("history = %+v, want the exam scored out of 3", hist)
	}
}

// TestEmptySessionMessages checks what study, practice and exam say when
// --new 0 leaves nothing to ask.
func TestEmptySessionMessages(t *testing.T) {
	t.Parallel()
	home := bankHome(t, "tf.yaml", threeTF)
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"study", "tf", "--new", "0"}, "--new 0 leaves out the 3 new"},
		{[]string{"practice", "tf", "--new", "0"}, "--new 0 leaves out the 3 new"},
		{[]string{"exam", "tf", "--new", "0"}, "--new 0 leaves out the 3 new"},
	} {
		s := startPTY(t, home, c.args...)
		s.expect(c.want)
		s.wait()
		if strings.Contains(s.screen(), "suspended") || strings.Contains(s.screen(), "new questions are done") {
			t.Errorf("quiz %s blames the wrong cause:\n%s", strings.Join(c.args, " "), s.screen())
		}
	}
}

// TestUndoMessageOneFullStop takes back an answer whose prompt ends a
// sentence: the message ends with one full stop.
func TestUndoMessageOneFullStop(t *testing.T) {
	t.Parallel()
	home := bankHome(t, "tf.yaml", threeTF)
	s := startPTY(t, home, "study", "tf", "--limit", "1", "--auto")
	s.answer("True or false?", keyEnter, "Score")
	s.wait()
	out := quizRun(t, home, "undo")
	if strings.Contains(out, ".”.") || strings.Contains(out, "..") {
		t.Errorf("quiz undo says %q: a double full stop", out)
	}
}

const longText = `bank: long
title: Long
questions:
  - id: long
    type: choice
    prompt: Which of these statements about the peacekeeping mission is the one the article makes?
    choices:
      - The mission was established to stabilise the country after the crisis of the early years
      - The mission was established to draft a new constitution
    answer: The mission was established to stabilise the country after the crisis of the early years
    explain: The explanation of this question is long on purpose, so that on a wide terminal it would run far past eighty columns if nothing capped the reading width of the session text at all.
`

// TestLayout checks the prompt at 60 columns (no line wider than the
// terminal, no word cut), text capped near 80 columns on a wide terminal,
// and a prompt left by Ctrl-C wiped before the summary.
func TestLayout(t *testing.T) {
	t.Parallel()
	home := bankHome(t, "long.yaml", longText)
	s := startPTYSize(t, home, 60, 30, "study", "long", "--auto")
	s.expect("draft a new")
	s.drain()
	// A line the terminal wrapped itself would cut a word in two.
	words := strings.Fields(s.screen())
	for _, w := range strings.Fields("Which of these statements about the peacekeeping mission is the one the article makes? " +
		"The mission was established to stabilise the country after the crisis of the early years " +
		"Use the arrow keys, the digits and Enter to answer, type where asked,") {
		if !slices.Contains(words, w) {
			t.Errorf("the word %q is cut at 60 columns:\n%s", w, s.screen())
		}
	}
	s.send(keyCtrlC)
	s.expect("Session summary")
	s.wait()
	if strings.Contains(s.screen(), "draft a new") {
		t.Errorf("the abandoned prompt is still on screen:\n%s", s.screen())
	}

	s = startPTYSize(t, home, 200, 30, "study", "long", "--auto", "--no-retry")
	s.answer("draft a new", "draft"+keyEnter) // wrong: the explanation is shown
	s.answer("Go on?", keyEnter, "Session summary")
	s.wait()
	for _, l := range strings.Split(s.screen(), "\n") {
		if n := len([]rune(strings.TrimRight(l, " "))); n > 80 {
			t.Errorf("line of %d columns on a wide terminal: %q", n, l)
		}
	}
}

const orderBank = `bank: ord
title: Order
questions:
  - id: seq
    type: order
    prompt: Put the steps in order.
    items: [Analyse the conflict, Agree a mandate, Deploy the mission, Withdraw]
`

// TestOrderTakeBackAndPartialCredit places an item, takes it back, then
// orders with two places wrong: the last item is shown, the learner's order
// is shown beside the right one, and half right is not enough.
func TestOrderTakeBackAndPartialCredit(t *testing.T) {
	t.Parallel()
	home := bankHome(t, "ord.yaml", orderBank)
	s := startPTY(t, home, "study", "ord", "--auto", "--no-retry")
	s.answer("Item 1 of 4", "Deploy"+keyEnter)
	s.answer("Take back", "Take back"+keyEnter)
	for i, item := range []string{"Analyse", "Agree", "Withdraw", "Deploy"} {
		s.answer(fmt.Sprintf("Item %d of 4", i+1), item+keyEnter)
	}
	s.expect("Not enough: 2 of 4 in the right place", "Your order", "Right order", "4. Deploy the mission")
	s.answer("Go on?", keyEnter, "Score: 0 of 1")
	s.wait()
	rs := logReviews(t, home)
	if len(rs) != 1 || rs[0]["answer"] != "Analyse the conflict → Agree a mandate → Withdraw → Deploy the mission" || rs[0]["rating"] != float64(1) {
		t.Errorf("log = %v, want the order given, rated Again", rs)
	}
}

// TestDoctorOneUnreadableLine repairs a log with one unreadable line: the
// report says "1 unreadable line", not "lines".
func TestDoctorOneUnreadableLine(t *testing.T) {
	t.Parallel()
	home := t.TempDir()
	writeLog(t, home, pastReview("a1", "one", 48*time.Hour), "garbage here", pastReview("a2", "two", 24*time.Hour))
	s := startPTY(t, home, "doctor", "--repair")
	s.expect("1 unreadable line of reviews.jsonl moved")
	s.wait()
	if strings.Contains(s.screen(), "1 unreadable lines") {
		t.Errorf("doctor says %q", "1 unreadable lines")
	}
}

// TestStatsAfterFirstSession answers two of three questions, one right and
// one wrong: nothing is mastered yet, and recall averages the two seen
// questions only, the wrong one counting 0.
func TestStatsAfterFirstSession(t *testing.T) {
	t.Parallel()
	home := bankHome(t, "tf.yaml", threeTF)
	s := startPTY(t, home, "study", "tf", "--auto", "--limit", "2", "--no-retry")
	s.expect("Statement one is true.")
	s.answer("True or false?", keyEnter, "Statement two is true.") // right
	s.answer("True or false?", keyEnter)                           // wrong
	if out, _ := s.c.Expect(expect.String("Go on?"), expect.String("Score: 1 of 2")); strings.Contains(out, "Go on?") {
		s.send(keyEnter)
		s.expect("Score: 1 of 2")
	}
	s.wait()
	var st struct {
		Banks []struct {
			ID             string
			Seen, Mastered int
			Retrievability float64
		}
	}
	if err := json.Unmarshal([]byte(quizRun(t, home, "stats", "--json")), &st); err != nil {
		t.Fatal(err)
	}
	for _, b := range st.Banks {
		if b.ID != "tf" {
			continue
		}
		if b.Seen != 2 || b.Mastered != 0 {
			t.Errorf("tf: seen %d, mastered %d; want 2 seen, none mastered after one answer each", b.Seen, b.Mastered)
		}
		if b.Retrievability < 0.45 || b.Retrievability > 0.55 {
			t.Errorf("tf: recall %.2f, want about 0.5 (one right, one wrong; the unseen one left out)", b.Retrievability)
		}
		return
	}
	t.Errorf("stats has no bank tf: %+v", st.Banks)
}

const twoTyped = `bank: typed
title: Typed answers
questions:
  - id: year
    type: text
    prompt: In what year was MINUSTAH established?
    answer: "2004"
  - id: country
    type: text
    prompt: In which country did MINUSTAH operate?
    answer: Haiti
`
