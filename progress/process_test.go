package progress

import (
	"bufio"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"testing"
	"time"
)

// TestHelperWriter is the other process of TestTwoWriterProcesses: it
// records answers, says so, and holds the lock until its stdin closes.
func TestHelperWriter(t *testing.T) {
	dir := os.Getenv("QUIZ_HELPER_DIR")
	if dir == "" {
		t.Skip("helper process only")
	}
	s, err := OpenWrite(dir)
	if err != nil {
		fmt.Println("error:", err)
		os.Exit(1)
	}
	for i := range 5 {
		if _, err := s.Record(answerAt("b", fmt.Sprintf("helper%d", i), Good, t0)); err != nil {
			fmt.Println("error:", err)
			os.Exit(1)
		}
	}
	fmt.Println("ready")
	bufio.NewReader(os.Stdin).ReadString('\n')
	if err := s.Close(); err != nil {
		os.Exit(1)
	}
	os.Exit(0)
}

func TestTwoWriterProcesses(t *testing.T) {
	dir := t.TempDir()
	cmd := exec.Command(os.Args[0], "-test.run=^TestHelperWriter$")
	cmd.Env = append(os.Environ(), "QUIZ_HELPER_DIR="+dir)
	stdin, _ := cmd.StdinPipe()
	stdout, _ := cmd.StdoutPipe()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	line, _ := bufio.NewReader(stdout).ReadString('\n')
	if line != "ready\n" {
		t.Fatalf("helper said %q, want ready", line)
	}
	_, err := OpenWrite(dir)
	var le *LockedError
	if !errors.As(err, &le) || le.PID != cmd.Process.Pid {
		t.Errorf("OpenWrite while another process writes = %v, want a LockedError naming pid %d", err, cmd.Process.Pid)
	}
	r, err := Open(dir)
	if err != nil || len(r.Cards()) != 5 {
		t.Errorf("reader during the other's session: %v, %d cards; want 5", err, len(r.Cards()))
	}
	stdin.Close()
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("helper: %v", err)
		}
	case <-time.After(time.Minute):
		cmd.Process.Kill()
		t.Fatal("helper did not finish")
	}
	s := openW(t, dir)
	record(t, s, answerAt("b", "mine", Good, t0))
	if n := len(s.Cards()); n != 6 {
		t.Errorf("after the other writer finished: %d cards, want 6", n)
	}
}
