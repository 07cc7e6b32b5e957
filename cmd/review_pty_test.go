package cmd

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// What an Anki user reaches for during a review: digits, intervals on the
// rating choices, flashcards, strict answers, and leaving a question for
// later, for tomorrow, for good or for the editor.

const capitals = `bank: caps
title: Capitals
questions:
  - id: colombia
    type: choice
    prompt: What is the capital of Colombia?
    choices: [Lima, Bogotá, Quito, Caracas]
    answer: Bogotá
`

// TestDigitsPickChoiceAndRating answers with a digit and rates with a
// digit; the rating choices show the interval each would give.
func TestDigitsPickChoiceAndRating(t *testing.T) {
	t.Parallel()
	home := bankHome(t, "caps.yaml", capitals)
	s := startPTY(t, home, "study", "caps")
	s.expect("Caracas")
	opts := shownOptions(t, s, "Your answer:", 4)
	n := 0
	for i, o := range opts {
		if o == "Bogotá" {
			n = i + 1
		}
	}
	if n == 0 {
		t.Fatalf("options on screen = %q", opts)
	}
	s.send(strconv.Itoa(n))
	s.expect("Correct!", "How well did you know it?")
	for _, want := range []string{"1. Again · 1d", "2. Hard · ", "3. Good · ", "4. Easy · "} {
		s.expect(want)
	}
	s.send("4") // Easy, at once
	s.expect("Score: 1 of 1")
	s.exits(0)
	// The answer is saved as Good at once, then rated again as Easy.
	rs := logReviews(t, home)
	if len(rs) == 0 || rs[len(rs)-1]["rating"] != float64(4) {
		t.Errorf("log = %v, want the answer rated 4 (Easy) last", rs)
	}
}

const cards = `bank: words
title: Spanish words
questions:
  - id: hola
    type: card
    prompt: hola
    answer: hello
    reverse: true
`

// TestCardAndReverse studies a flashcard and its reverse: the back shows
// after Space, the learner rates it, and each side has its own schedule
// and shows in stats.
func TestCardAndReverse(t *testing.T) {
	t.Parallel()
	home := bankHome(t, "words.yaml", cards)
	s := startPTY(t, home, "study", "words", "--no-retry")
	s.expect("1 of 2", "hola")
	s.answer("Show the answer?", keySpace, "hello", "How well did you know it?")
	s.answer("3. Good · ", "3", "2 of 2")
	s.answer("Show the answer?", keyEnter)
	s.answer("How well did you know it?", "1", "Score: 1 of 2") // Again: did not know it
	s.exits(0)
	rs := logReviews(t, home)
	if len(rs) != 2 || rs[0]["question"] != "hola" || rs[0]["rating"] != float64(3) || rs[0]["correct"] != true ||
		rs[1]["question"] != "hola-reverse" || rs[1]["rating"] != float64(1) || rs[1]["correct"] == true {
		t.Fatalf("log = %v, want hola Good and right, hola-reverse Again and wrong", rs)
	}
	screen := s.screen()
	if i := strings.LastIndex(screen, "2 of 2"); i < 0 || !strings.Contains(screen[i:], "hello") {
		t.Errorf("the reverse side does not show the back as its front:\n%s", screen)
	}
	var st struct {
		Banks []struct {
			ID              string
			Questions, Seen int
		}
	}
	if err := json.Unmarshal([]byte(quizRun(t, home, "stats", "--json")), &st); err != nil {
		t.Fatal(err)
	}
	found := false
	for _, b := range st.Banks {
		if b.ID == "words" {
			found = true
			if b.Questions != 2 || b.Seen != 2 {
				t.Errorf("stats for words = %+v, want 2 questions (card and reverse), 2 seen", b)
			}
		}
	}
	if !found {
		t.Errorf("stats has no bank words: %+v", st.Banks)
	}
}

const strictBanks = `bank: strict
title: Strict
strict: true
questions:
  - id: capital
    type: text
    prompt: Capital of Colombia, spelt right?
    answer: Bogotá
`

const looseBank = `bank: loose
title: Loose
questions:
  - id: capital
    type: text
    prompt: Capital of Colombia, any spelling?
    answer: Bogotá
  - id: strict-one
    type: text
    prompt: Capital of Colombia, this one strict?
    answer: Bogotá
    strict: true
`

// TestReviewMenu leaves questions with Esc: skip puts one off to the end
// of the session, bury keeps one out until tomorrow, suspend for good.
func TestReviewMenu(t *testing.T) {
	t.Parallel()
	home := bankHome(t, "tf.yaml", threeTF)
	s := startPTY(t, home, "study", "tf", "--auto", "--no-retry")
	s.expect("1 of 3", "Statement one is true.")
	s.answer("Esc: skip, bury, suspend, edit", "\x1b")
	s.answer("What now?", "2", "Skipped", "Statement two is true.") // Skip
	s.answer("True or false?", "\x1b")
	s.answer("What now?", "3", "Buried until", "Statement three is true.") // Bury
	s.answer("True or false?", "\x1b")
	s.answer("What now?", "4", "'quiz unsuspend tf/three' brings it back", "Statement one is true.") // Suspend; the skipped one, at the end
	s.answer("True or false?", keyEnter, "Score: 1 of 1")
	s.wait()

	// Later the same day: two is buried, three suspended, one answered.
	s = startPTY(t, home, "study", "tf", "--auto")
	s.expect("Nothing to study right now")
	s.wait()
	out := quizRun(t, home, "leeches")
	if !strings.Contains(out, "tf/three") || !strings.Contains(out, "suspended") {
		t.Errorf("quiz leeches does not list the suspended question:\n%s", out)
	}
}

// TestReviewMenuEdit edits the question on screen in $EDITOR: the editor
// gets the bank file at the question's line, and the session asks the
// question as edited.
func TestReviewMenuEdit(t *testing.T) {
	t.Parallel()
	home := bankHome(t, "tf.yaml", threeTF)
	dir := t.TempDir()
	editor := filepath.Join(dir, "editor")
	args := filepath.Join(dir, "args")
	script := "#!/bin/sh\necho \"$1 $2\" > " + args + "\nsed -i 's/Statement one is true/Statement one, edited, is true/' \"$2\"\n"
	if err := os.WriteFile(editor, []byte(script), 0o700); err != nil {
		t.Fatal(err)
	}
	s := startPTYEnv(t, home, []string{"EDITOR=" + editor, "VISUAL="}, 80, 30, "study", "tf", "--auto", "--limit", "1")
	s.answer("True or false?", "\x1b")
	s.answer("What now?", "5", "Reloaded", "Statement one, edited, is true.") // Edit
	s.answer("True or false?", keyEnter, "Score: 1 of 1")
	s.wait()
	got, err := os.ReadFile(args)
	if err != nil {
		t.Fatalf("the editor did not run: %v", err)
	}
	if want := "+4 " + filepath.Join(home, "banks", "tf.yaml"); strings.TrimSpace(string(got)) != want {
		t.Errorf("editor called with %q, want %q (the question's line and its file)", strings.TrimSpace(string(got)), want)
	}
}

// TestUndoAfterSessionKeepsScore takes back the last answer of a session
// with 'quiz undo': history scores the session on what is left, instead of
// counting the question taken back as wrong.
func TestUndoAfterSessionKeepsScore(t *testing.T) {
	t.Parallel()
	home := bankHome(t, "tf.yaml", threeTF)
	s := startPTY(t, home, "study", "tf", "--auto", "--limit", "2")
	s.expect("Statement one is true.")
	s.answer("True or false?", keyEnter, "Statement two is true.")
	s.answer("True or false?", keyDown+keyEnter, "Score: 2 of 2")
	s.wait()
	quizRun(t, home, "undo")
	hist := historyOf(t, home)
	if len(hist) != 1 || hist[0].Correct != 1 || hist[0].Questions != 1 {
		t.Errorf("history after undo = %+v, want 1 of 1", hist)
	}
}
