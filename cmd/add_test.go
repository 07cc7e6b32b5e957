package cmd

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/quiz-cli/quiz/quiz"
)

// treeOf lists every file under dir with its contents, to show that a
// command left it unchanged.
func treeOf(t *testing.T, dir string) map[string]string {
	t.Helper()
	tree := map[string]string{}
	filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		data, _ := os.ReadFile(path)
		tree[path] = string(data)
		return nil
	})
	return tree
}

// TestAddBrokenCorpus runs validate and add on every broken bank of the
// validator's corpus: each exits 1, names FILE:LINE, and leaves the data
// directory as it was.
func TestAddBrokenCorpus(t *testing.T) {
	files, err := filepath.Glob("../questions/testdata/broken/*.yaml")
	if err != nil || len(files) < 25 {
		t.Fatalf("broken corpus: %d files, %v", len(files), err)
	}
	home := tempHome(t)
	installed := filepath.Join(home, "banks", "kept.yaml")
	if err := os.MkdirAll(filepath.Dir(installed), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(installed, []byte("bank: kept\ntitle: Kept\nquestions:\n  - {id: q, type: text, prompt: P, answer: A}\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	before := treeOf(t, home)
	for _, file := range files {
		for _, command := range []string{"validate", "add"} {
			streams, _, out, errOut := testStreams()
			f := &Factory{IO: streams, Now: time.Now}
			code := run(f, []string{command, file})
			if code != exitError {
				t.Errorf("quiz %s %s: exit %d, want %d", command, filepath.Base(file), code, exitError)
			}
			if !strings.HasPrefix(errOut.String(), file+":") || strings.Contains(out.String(), "added") {
				t.Errorf("quiz %s %s: stdout %q, stderr %q; want FILE:LINE problems and nothing added", command, filepath.Base(file), out, errOut)
			}
		}
	}
	after := treeOf(t, home)
	if len(before) != len(after) {
		t.Fatalf("data directory changed: %d entries before, %d after", len(before), len(after))
	}
	for path, data := range before {
		if after[path] != data {
			t.Errorf("%s changed", path)
		}
	}
}

func TestRemoveAsks(t *testing.T) {
	tests := []struct {
		answer   bool
		wantOut  string
		wantKept bool
	}{
		{true, "Removed mine; its review history is kept", false},
		{false, "Kept mine.", true},
	}
	for _, tt := range tests {
		home := tempHome(t)
		path := filepath.Join(home, "banks", "mine.yaml")
		os.MkdirAll(filepath.Dir(path), 0o700)
		if err := os.WriteFile(path, []byte("bank: mine\ntitle: Mine\nquestions:\n  - {id: q, type: text, prompt: P, answer: A}\n"), 0o600); err != nil {
			t.Fatal(err)
		}
		streams, _, out, errOut := testStreams()
		streams.stdinTTY, streams.stdoutTTY = true, true
		p := newStubPrompter(t).expectConfirm("Remove bank mine", tt.answer, nil)
		f := &Factory{IO: streams, Now: time.Now, Prompter: func() quiz.Prompter { return p }}
		if code := run(f, []string{"remove", "mine"}); code != exitOK {
			t.Fatalf("quiz remove mine (answer %v): exit %d, stderr %q", tt.answer, code, errOut)
		}
		if !strings.Contains(out.String(), tt.wantOut) {
			t.Errorf("quiz remove mine (answer %v) printed %q, want %q", tt.answer, out, tt.wantOut)
		}
		if _, err := os.Stat(path); (err == nil) != tt.wantKept {
			t.Errorf("quiz remove mine (answer %v): file kept = %v, want %v", tt.answer, err == nil, tt.wantKept)
		}
	}
}
