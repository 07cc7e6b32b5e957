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
	for _, tc := range []struct {
		keys     string
		says     string
		code     int
		settings int // settings entries in the log afterwards
	}{
		{"n" + keyEnter, "Nothing changed.", 0, 0},
		{keyCtrlC, "Stopped; nothing was changed.", 130, 0},
		{"y" + keyEnter, "Scheduling now uses the fitted parameters", 0, 1},
	} {
		s := startPTYSize(t, home, 60, 30, "optimize")
		s.expect("Use the fitted parameters from now on?")
		for i, line := range strings.Split(s.screen(), "\n") {
			if w := text.Width(strings.TrimRight(line, " ")); w > 60 {
				t.Errorf("line %d is %d columns wide at 60: %q", i+1, w, line)
			}
		}
		s.send(tc.keys)
		s.expect(tc.says)
		if code := s.wait(); code != tc.code {
			t.Errorf("quiz optimize, answered %q: exit %d, want %d", tc.keys, code, tc.code)
		}
		if n := settingsEntries(t, home); n != tc.settings {
			t.Errorf("after %q: %d settings entries in the log, want %d", tc.keys, n, tc.settings)
		}
	}
	if out := quizRun(t, home, "config"); !regexp.MustCompile(`(?m)^parameters +fitted `).MatchString(out) {
		t.Errorf("quiz config after Yes:\n%s\nwant the parameters shown as fitted", out)
	}
}
