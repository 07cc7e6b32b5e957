package cmd

import (
	"testing"
)

// press is keys a dialogue types; a plain string in a dialogue is text to
// wait for. Every press comes after a string, so keys are never typed
// before the prompt they answer is on screen.
type press string

// TestDialogues drives short sessions in which what the learner sees, and
// how quiz exits, is all there is to check.
func TestDialogues(t *testing.T) {
	t.Parallel()
	for _, d := range []struct {
		name  string
		files []string // bank files: name, content, …
		args  []string
		steps []any // string: wait for it; press: type it
		exit  int
	}{
		{
			// Alt+x and F5 at a typed prompt are ignored, and the answer
			// typed after them is judged.
			name: "alt key ignored", files: []string{"typed.yaml", typed}, args: []string{"study", "typed", "--auto", "--limit", "1"},
			steps: []any{"Your answer:", press("\x1bx" + "\x1b[15~" + "Port-au-Prince" + keyEnter), "Correct!", "Score: 1 of 1"},
		},
		{
			// Both blanks of a cloze typed in one burst, as a paste does:
			// both are answered.
			name: "type-ahead kept", files: []string{"gap.yaml", twoBlanks}, args: []string{"study", "gap", "--auto", "--limit", "1"},
			steps: []any{"Blank 1 of 2:", press("2004" + keyEnter + "Haiti" + keyEnter), "Correct!", "Score: 1 of 1"},
		},
		{
			// Enter pressed twice to keep Good at the rating, as a hurried
			// learner does: the second Enter never answers the next
			// question with nothing.
			name: "stray enter never answers the next question", files: []string{"typed.yaml", twoTyped}, args: []string{"study", "typed", "--no-retry"},
			steps: []any{
				"In what year", press("2004" + keyEnter),
				"How well did you know it?", press(keyEnter + keyEnter),
				"In which country", press("Haiti" + keyEnter),
				"How well did you know it?", press(keyEnter), "Score: 2 of 2",
			},
		},
		{
			// "bogota" for "Bogotá" in a strict bank, in a lenient bank,
			// and at a strict question of the lenient bank.
			name: "strict matching", files: []string{"strict.yaml", strictBanks, "loose.yaml", looseBank},
			args: []string{"study", "strict", "loose", "--auto", "--no-retry"},
			steps: []any{
				"spelt right?", press("bogota" + keyEnter), "Incorrect: the answer is exactly Bogotá", "accents, case and articles count",
				"Go on?", press(keyEnter),
				"any spelling?", press("bogota" + keyEnter), "Correct!",
				"this one strict?", press("bogota" + keyEnter), "Incorrect: the answer is exactly Bogotá",
				"Go on?", press(keyEnter), "Score: 1 of 3",
			},
		},
		{
			// A cloze of one blank answered wrong says "0 of 1 blank", not
			// "blanks".
			name: "one blank wrong", files: []string{"gap.yaml", oneBlank}, args: []string{"study", "gap", "--no-retry"},
			steps: []any{"Blank:", press("1999" + keyEnter), "Incorrect: 0 of 1 blank right", "Go on?", press(keyEnter), "Score: 0 of 1"},
		},
		{
			// A bank added on its own has no article, so the first session
			// does not promise "the order of the article".
			name: "welcome for a bank of one's own", files: []string{"tf.yaml", threeTF}, args: []string{"study", "tf"},
			steps: []any{"Here are your first 3 questions, in the order of their bank.", "True or false?", press(keyCtrlC)},
			exit:  exitInterrupted,
		},
	} {
		t.Run(d.name, func(t *testing.T) {
			t.Parallel()
			s := startPTY(t, bankHome(t, d.files...), d.args...)
			for _, step := range d.steps {
				switch step := step.(type) {
				case string:
					s.expect(step)
				case press:
					s.send(string(step))
				default:
					t.Fatalf("step %v is neither text to wait for nor keys", step)
				}
			}
			s.exits(d.exit)
		})
	}
}
