package cmd

import (
	"strings"
	"testing"
	"unicode"

	expect "github.com/Netflix/go-expect"
)

// What a learner reads during a session: hints that promise only what is
// on offer, counts that agree with their nouns, and lines that fit the
// terminal without being cut in the middle of a word.

const oneBlank = `bank: gap
title: One gap
questions:
  - id: one
    type: cloze
    text: "MINUSTAH was established in {{2004}}."
`

// foldedMidWord returns the first pair of screen lines where the terminal,
// not quiz, broke a word: a full line ending in a letter followed by a line
// starting with one.
func foldedMidWord(screen string, cols int) string {
	lines := strings.Split(screen, "\n")
	for i := 0; i+1 < len(lines); i++ {
		l, next := []rune(strings.TrimRight(lines[i], " ")), []rune(lines[i+1])
		if len(l) >= cols && len(next) > 0 && unicode.IsLetter(l[len(l)-1]) && unicode.IsLetter(next[0]) {
			return lines[i] + "\n" + lines[i+1]
		}
	}
	return ""
}

// TestEscHintForBuiltInBank: a question of the built-in course cannot be
// opened in an editor, so neither the hint under it nor the menu offers to.
func TestEscHintForBuiltInBank(t *testing.T) {
	t.Parallel()
	home := t.TempDir()
	s := startPTYEnv(t, home, []string{"EDITOR=true"}, 100, 30, "study", "key-missions", "--limit", "1")
	// The hint is matched up to the character after it, so that an
	// ", edit" written with it is read too.
	out, err := s.c.Expect(expect.RegexpPattern(`Esc: skip, bury, suspend(, edit)?[^,a-z ]`))
	if err != nil {
		t.Fatalf("waiting for the Esc hint: %v\nscreen:\n%s", err, s.screen())
	}
	if strings.Contains(out, ", edit") {
		t.Errorf("hint offers edit for a built-in question:\n%s", s.screen())
	}
	s.send("\x1b")
	// Four entries: back, skip, bury, suspend; no Edit.
	s.expect("What now?", "4. Suspend")
	s.answer("or 1–4", keyCtrlC)
	s.wait()
}

// TestPracticeAndExamAt60Columns: the practice summary's last line is
// wrapped by quiz, not folded by the terminal, and an exam of one
// question says "1 question".
func TestPracticeAndExamAt60Columns(t *testing.T) {
	t.Parallel()
	home := bankHome(t, "tf.yaml", threeTF)
	s := startPTYSize(t, home, 60, 30, "practice", "tf", "-n", "1")
	s.answer("True or false?", "1", "Session summary", "unchanged.")
	s.exits(0)
	if l := foldedMidWord(s.screen(), 60); l != "" {
		t.Errorf("a word is cut at the edge of a 60-column terminal:\n%s\nscreen:\n%s", l, s.screen())
	}

	e := startPTYSize(t, home, 60, 30, "exam", "tf", "-n", "1")
	e.answer("Mock exam: 1 question.", keyCtrlC)
	e.wait()
}

const gases = `bank: gases
title: Gases
questions:
  - id: gases
    type: multi
    prompt: Which are gases at room temperature?
    choices: [Oxygen, Iron, Nitrogen, Mercury]
    answers: [Oxygen, Nitrogen]
`

// TestTickReminderGoesAway: Enter with nothing ticked reminds the learner
// to tick; once one is ticked the reminder is no longer on screen.
func TestTickReminderGoesAway(t *testing.T) {
	t.Parallel()
	home := bankHome(t, "gases.yaml", gases)
	s := startPTY(t, home, "study", "gases", "--no-retry")
	s.answer("Enter when done", keyEnter, "Tick at least one")
	s.answer("Enter when done", "1", "[x] 1.", "Enter when done")
	if strings.Contains(s.screen(), "Tick at least one") {
		t.Errorf("reminder still shown after a tick:\n%s", s.screen())
	}
	s.send(keyCtrlC)
	s.wait()
}

// TestNewPerDayZero: with the new-per-day setting at 0, study does not
// promise the new questions for tomorrow; it says the setting holds them.
func TestNewPerDayZero(t *testing.T) {
	t.Parallel()
	home := bankHome(t, "tf.yaml", threeTF)
	c := startPTY(t, home, "config", "set", "new-per-day", "0")
	c.expect("new-per-day set to 0")
	c.wait()
	s := startPTYSize(t, home, 100, 30, "study", "tf")
	s.expect("the new-per-day setting is", "3 new questions waiting are never started", "starts them")
	s.exits(0)
	if strings.Contains(s.screen(), "tomorrow") {
		t.Errorf("promises new questions for tomorrow:\n%s", s.screen())
	}
}
