package cmd

import (
	"bufio"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	expect "github.com/Netflix/go-expect"
	"github.com/creack/pty"
	"github.com/hinshun/vt10x"
)

// The pseudo-terminal tests drive the real quiz binary the way a person
// does: arrow keys, Enter, typed text and Ctrl-C, read back from a terminal
// emulator.

var built struct {
	once sync.Once
	path string
	err  error
}

// quizBinary builds the quiz binary once per test run.
func quizBinary(t *testing.T) string {
	t.Helper()
	built.once.Do(func() {
		dir, err := os.MkdirTemp("", "quiz-bin")
		if err != nil {
			built.err = err
			return
		}
		built.path = filepath.Join(dir, "quiz")
		out, err := exec.Command("go", "build", "-o", built.path, "../cmd/quiz").CombinedOutput()
		if err != nil {
			built.err = errors.New(string(out))
		}
	})
	if built.err != nil {
		t.Fatalf("build quiz: %v", built.err)
	}
	return built.path
}

// ptySession is a running quiz in a pseudo-terminal.
type ptySession struct {
	t    *testing.T
	c    *expect.Console
	term vt10x.Terminal
	cmd  *exec.Cmd
	done chan error
}

// startPTY runs quiz with args in an 80x30 pseudo-terminal, with home as
// its data directory.
func startPTY(t *testing.T, home string, args ...string) *ptySession {
	t.Helper()
	return startPTYSize(t, home, 80, 30, args...)
}

// startPTYSize is startPTY in a terminal of cols x rows.
func startPTYSize(t *testing.T, home string, cols, rows int, args ...string) *ptySession {
	t.Helper()
	return startPTYEnv(t, home, nil, cols, rows, args...)
}

// startPTYEnv is startPTYSize with more environment variables.
func startPTYEnv(t *testing.T, home string, env []string, cols, rows int, args ...string) *ptySession {
	t.Helper()
	bin := quizBinary(t)
	ptm, pts, err := pty.Open()
	if err != nil {
		t.Fatalf("open pty: %v", err)
	}
	if err := pty.Setsize(ptm, &pty.Winsize{Rows: uint16(rows), Cols: uint16(cols)}); err != nil {
		t.Fatalf("set pty size: %v", err)
	}
	term := vt10x.New(vt10x.WithWriter(pts), vt10x.WithSize(cols, rows))
	c, err := expect.NewConsole(expect.WithStdin(ptm), expect.WithStdout(term),
		expect.WithCloser(ptm, pts), expect.WithDefaultTimeout(20*time.Second))
	if err != nil {
		t.Fatalf("console: %v", err)
	}
	// The program's terminal is the console's, so it gets the size too.
	if err := pty.Setsize(c.Tty(), &pty.Winsize{Rows: uint16(rows), Cols: uint16(cols)}); err != nil {
		t.Fatalf("set pty size: %v", err)
	}
	cmd := exec.Command(bin, args...)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = c.Tty(), c.Tty(), c.Tty()
	// Like a shell: the terminal is the controlling terminal of a new
	// session, so Ctrl-C outside raw mode sends SIGINT as it would for a user.
	cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true, Setctty: true}
	cmd.Env = append(append(os.Environ(), "QUIZ_HOME="+home, "TERM=xterm", "NO_COLOR=1", "TZ=UTC"), env...)
	if err := cmd.Start(); err != nil {
		t.Fatalf("start quiz: %v", err)
	}
	s := &ptySession{t: t, c: c, term: term, cmd: cmd, done: make(chan error, 1)}
	go func() { s.done <- cmd.Wait() }()
	t.Cleanup(func() {
		_ = cmd.Process.Kill()
		c.Close()
	})
	return s
}

// expect waits for each of texts to appear in the output, in order.
func (s *ptySession) expect(texts ...string) {
	s.t.Helper()
	for _, text := range texts {
		if _, err := s.c.ExpectString(text); err != nil {
			s.t.Fatalf("waiting for %q: %v\nscreen:\n%s", text, err, s.screen())
		}
	}
}

// answer is one exchange with quiz: it waits for prompt, types keys, then
// waits for each of then (a verdict, the next question), in order. Keys
// are never typed before the prompt is on screen.
func (s *ptySession) answer(prompt, keys string, then ...string) {
	s.t.Helper()
	s.expect(prompt)
	s.send(keys)
	s.expect(then...)
}

// exits waits for quiz to exit and stops the test unless its exit status
// is want.
func (s *ptySession) exits(want int) {
	s.t.Helper()
	if code := s.wait(); code != want {
		s.t.Fatalf("exit status %d, want %d\nscreen:\n%s", code, want, s.screen())
	}
}

func (s *ptySession) send(keys string) {
	s.t.Helper()
	if _, err := s.c.Send(keys); err != nil {
		s.t.Fatalf("send %q: %v", keys, err)
	}
}

// drain reads what the program wrote before it died into the terminal.
func (s *ptySession) drain() {
	_, _ = s.c.Expect(expect.EOF, expect.PTSClosed, expect.WithTimeout(300*time.Millisecond))
}

func (s *ptySession) screen() string { return s.term.String() }

// wait waits for quiz to exit and returns its exit status.
func (s *ptySession) wait() int {
	s.t.Helper()
	go func() { _, _ = s.c.ExpectEOF() }()
	select {
	case err := <-s.done:
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			return ee.ExitCode()
		}
		if err != nil {
			s.t.Fatalf("quiz: %v", err)
		}
		return 0
	case <-time.After(20 * time.Second):
		s.t.Fatalf("quiz did not exit\nscreen:\n%s", s.screen())
	}
	return -1
}

const (
	keyDown  = "\x1b[B"
	keyEnter = "\r"
	keyCtrlC = "\x03"
	keySpace = " "
)

// bankHome returns a new data directory with bank files installed by
// hand, given as pairs of file name and content.
func bankHome(t *testing.T, files ...string) string {
	t.Helper()
	home := t.TempDir()
	for i := 0; i+1 < len(files); i += 2 {
		installBankFile(t, home, files[i], files[i+1])
	}
	return home
}

// installBankFile installs a bank file by hand into home/banks.
func installBankFile(t *testing.T, home, name, yaml string) {
	t.Helper()
	dir := filepath.Join(home, "banks")
	if err := os.MkdirAll(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, name), []byte(yaml), 0o600); err != nil {
		t.Fatal(err)
	}
}

const threeTF = `bank: tf
title: Three statements
questions:
  - id: one
    type: truefalse
    prompt: Statement one is true.
    answer: true
    explain: It says so.
  - id: two
    type: truefalse
    prompt: Statement two is true.
    answer: false
    explain: Statement two was false all along.
    source: Two is false.
  - id: three
    type: truefalse
    prompt: Statement three is true.
    answer: true
`

// logReviews reads the review entries of the log in home.
func logReviews(t *testing.T, home string) []map[string]any {
	t.Helper()
	f, err := os.Open(filepath.Join(home, "reviews.jsonl"))
	if err != nil {
		t.Fatalf("open log: %v", err)
	}
	defer f.Close()
	var out []map[string]any
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var e map[string]any
		if err := json.Unmarshal(sc.Bytes(), &e); err != nil {
			t.Fatalf("log line %q: %v", sc.Text(), err)
		}
		if k, _ := e["kind"].(string); k == "" || k == "review" {
			out = append(out, e)
		}
	}
	return out
}

// TestStudyRightWrongInterrupt answers one question right, one wrong, and
// interrupts the third: exactly two reviews are kept, the summary is shown,
// and the exit status says the session was interrupted.
func TestStudyRightWrongInterrupt(t *testing.T) {
	t.Parallel()
	home := bankHome(t, "tf.yaml", threeTF)

	s := startPTY(t, home, "study", "tf")
	s.expect("Statement one is true.")
	s.answer("True or false?", keySpace+keyEnter, "Correct")                                // True: right (a stray space must not hide the options)
	s.answer("How well did you know it?", keyEnter, "Statement two is true.")               // Good
	s.answer("True or false?", keyEnter, "Incorrect", "Statement two was false all along.") // True: wrong
	s.answer("Go on?", keyEnter, "Statement three is true.")                                // Next question
	s.answer("True or false?", keyCtrlC, "Score: 1 of 2 (50%)")
	s.exits(exitInterrupted)

	reviews := logReviews(t, home)
	if len(reviews) != 2 {
		t.Fatalf("log holds %d reviews, want 2: %v", len(reviews), reviews)
	}
	if reviews[0]["question"] != "one" || reviews[0]["correct"] != true {
		t.Errorf("first review = %v, want question one answered correctly", reviews[0])
	}
	if reviews[1]["question"] != "two" || reviews[1]["correct"] == true {
		t.Errorf("second review = %v, want question two answered wrongly", reviews[1])
	}
	var snap struct {
		Cards map[string]json.RawMessage `json:"cards"`
	}
	data, err := os.ReadFile(filepath.Join(home, "progress.json"))
	if err != nil {
		t.Fatalf("read progress.json: %v", err)
	}
	if err := json.Unmarshal(data, &snap); err != nil {
		t.Fatalf("progress.json: %v", err)
	}
	if len(snap.Cards) != 2 || snap.Cards["tf/one"] == nil || snap.Cards["tf/two"] == nil {
		t.Errorf("progress.json cards = %v, want tf/one and tf/two", keys(snap.Cards))
	}

	// The next session does not repeat what was answered today: only the
	// unanswered question is left.
	s = startPTY(t, home, "study", "tf", "--auto")
	s.expect("1 of 1")
	s.answer("Statement three is true.", keyEnter, "Score: 1 of 1 (100%)")
	s.exits(0)
	if strings.Contains(s.screen(), "Statement one") {
		t.Errorf("question answered Good today was asked again:\n%s", s.screen())
	}
}

func keys[V any](m map[string]V) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	return ks
}
