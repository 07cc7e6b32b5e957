package cmd

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/rogpeppe/go-internal/testscript"

	"github.com/quiz-cli/quiz/progress"
)

func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"quiz": func() { os.Exit(Main()) },
	})
}

// TestScripts runs the end-to-end scripts in testdata/script against the
// real command line, each in a fresh data directory.
func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir: "testdata/script",
		Setup: func(env *testscript.Env) error {
			env.Setenv("HOME", filepath.Join(env.WorkDir, "userhome"))
			env.Setenv("QUIZ_HOME", filepath.Join(env.WorkDir, "quizhome"))
			env.Setenv("XDG_DATA_HOME", "")
			env.Setenv("NO_COLOR", "1")
			env.Setenv("COLUMNS", "80")
			env.Setenv("TZ", "UTC")
			// One clock for every command: days, due counts and streaks
			// in the scripts are exact. Scripts set their own with env.
			env.Setenv("QUIZ_NOW", "2025-03-15T12:00:00Z")
			return nil
		},
		Cmds: map[string]func(*testscript.TestScript, bool, []string){
			"validjson": validJSON,
			"synthlog":  synthLog,
		},
		Deadline: time.Now().Add(4 * time.Minute),
	})
}

// validJSON is the script command "validjson": the last command's stdout
// is one JSON value, and nothing else.
func validJSON(ts *testscript.TestScript, neg bool, args []string) {
	if len(args) != 0 {
		ts.Fatalf("usage: validjson")
	}
	out := ts.ReadFile("stdout")
	if ok := json.Valid([]byte(out)); ok == neg {
		ts.Fatalf("stdout valid JSON: %v, want %v:\n%s", ok, !neg, out)
	}
}

// synthLog is the script command "synthlog DIR N": a made-up history of N
// answers in sessions of 20 (progress.Synthesize), for scripts that need a
// long log.
func synthLog(ts *testscript.TestScript, neg bool, args []string) {
	var n int
	if len(args) != 2 || neg {
		ts.Fatalf("usage: synthlog DIR N")
	}
	if _, err := fmt.Sscan(args[1], &n); err != nil {
		ts.Fatalf("synthlog: %v", err)
	}
	err := progress.Synthesize(ts.MkAbs(args[0]), progress.SynthOptions{Banks: 2, Questions: 40, Reviews: n, Seed: 1,
		Start: time.Date(2024, 3, 1, 8, 0, 0, 0, time.UTC), Span: 365 * 24 * time.Hour})
	ts.Check(err)
}
