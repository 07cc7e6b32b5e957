package cmd

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/quiz-cli/quiz/quiz"
)

func TestResetExitCodes(t *testing.T) {
	const answered = `{"id":"a1","time":"2025-03-10T09:00:00Z","kind":"review","bank":"key-missions","question":"minustah-year","rating":3,"correct":true,"mode":"study"}` + "\n"
	tests := []struct {
		args      []string
		interrupt bool
		code      int
		stderr    string
	}{
		{[]string{"reset", "key-missions/haiti-2004", "--yes"}, false, exitError, `no question "haiti-2004" in bank key-missions; 'quiz show key-missions' lists them`},
		{[]string{"reset", "no-such-bank/q", "--yes"}, false, exitError, `no course, bank or section "no-such-bank"`},
		{[]string{"reset", "key-missions/minustah-country", "--yes"}, false, exitOK, ""},
		{[]string{"reset", "key-missions/minustah-year"}, true, exitInterrupted, ""},
	}
	for _, tt := range tests {
		home := tempHome(t)
		log := filepath.Join(home, "reviews.jsonl")
		if err := os.WriteFile(log, []byte(answered), 0o600); err != nil {
			t.Fatal(err)
		}
		streams, _, _, errOut := testStreams()
		streams.stdinTTY, streams.stdoutTTY = true, true
		p := newStubPrompter(t)
		if tt.interrupt {
			p.expectConfirm("Forget your progress on key-missions/minustah-year?", false, quiz.ErrInterrupted)
		}
		f := &Factory{IO: streams, Now: time.Now, Prompter: func() quiz.Prompter { return p }}
		code := run(f, tt.args)
		if code != tt.code || !strings.Contains(errOut.String(), tt.stderr) {
			t.Errorf("quiz %s: exit %d, stderr %q; want exit %d, stderr with %q", strings.Join(tt.args, " "), code, errOut, tt.code, tt.stderr)
		}
		if data, _ := os.ReadFile(log); string(data) != answered {
			t.Errorf("quiz %s changed the log:\n%s", strings.Join(tt.args, " "), data)
		}
	}
}
