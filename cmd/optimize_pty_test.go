package cmd

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/txtar"

	"github.com/quiz-cli/quiz/cmd/internal/text"
)

// smallLogHome returns a data directory holding the small log of the
// optimize script: 581 answers to 150 questions.
func smallLogHome(t *testing.T) string {
	t.Helper()
	a, err := txtar.ParseFile("testdata/script/optimize.txtar")
	if err != nil {
		t.Fatal(err)
	}
	home := t.TempDir()
	for _, f := range a.Files {
		if f.Name == "small.jsonl" {
			if err := os.WriteFile(filepath.Join(home, "reviews.jsonl"), f.Data, 0o600); err != nil {
				t.Fatal(err)
			}
			return home
		}
	}
	t.Fatal("optimize.txtar has no small.jsonl")
	return ""
}

func settingsEntries(t *testing.T, home string) int {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(home, "reviews.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	return strings.Count(string(data), `"kind":"settings"`)
}

// TestOptimizeAsks drives `quiz optimize` in a 60-column terminal: it asks
// before using the fit; No and Ctrl-C change nothing, Yes records it.
func TestOptimizeAsks(t *testing.T) {
	home := smallLogHome(t)
	const question = "Use the fitted parameters from now on?"

	s := startPTYSize(t, home, 60, 30, "optimize")
	s.expect(question)
	for i, line := range strings.Split(s.screen(), "\n") {
		if w := text.Width(strings.TrimRight(line, " ")); w > 60 {
			t.Errorf("line %d is %d columns wide at 60: %q", i+1, w, line)
		}
	}
	s.send("n" + keyEnter)
	s.expect("Nothing changed.")
	if code := s.wait(); code != 0 {
		t.Errorf("quiz optimize, answered No: exit %d, want 0", code)
	}
	if n := settingsEntries(t, home); n != 0 {
		t.Errorf("after No: %d settings entries in the log, want none", n)
	}

	s = startPTY(t, home, "optimize")
	s.expect(question)
	s.send(keyCtrlC)
	s.expect("Stopped; nothing was changed.")
	if code := s.wait(); code != 130 {
		t.Errorf("quiz optimize, Ctrl-C at the question: exit %d, want 130", code)
	}
	if n := settingsEntries(t, home); n != 0 {
		t.Errorf("after Ctrl-C: %d settings entries in the log, want none", n)
	}

	s = startPTY(t, home, "optimize")
	s.expect(question)
	s.send("y" + keyEnter)
	s.expect("Scheduling now uses the fitted parameters")
	if code := s.wait(); code != 0 {
		t.Errorf("quiz optimize, answered Yes: exit %d, want 0", code)
	}
	if n := settingsEntries(t, home); n != 1 {
		t.Errorf("after Yes: %d settings entries in the log, want 1", n)
	}
	if out := quizRun(t, home, "config"); !regexp.MustCompile(`(?m)^parameters +fitted `).MatchString(out) {
		t.Errorf("quiz config after Yes:\n%s\nwant the parameters shown as fitted", out)
	}
}
