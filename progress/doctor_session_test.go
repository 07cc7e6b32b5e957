package progress

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// doctor run while a session records sees the session's lock without
// taking it, reads what was written as a consistent whole, and reports no
// problem that is not there: not the snapshot the session has yet to save,
// not the line it is in the middle of writing. The session goes on.
func TestDoctorQuietDuringSession(t *testing.T) {
	dir := twoAnswers(t)
	w := openW(t, dir)
	done := make(chan error)
	go func() {
		for i := range 100 {
			if _, err := w.Record(answerAt("b", fmt.Sprintf("s%d", i%7), Good, t0.Add(time.Duration(i)*time.Minute))); err != nil {
				done <- err
				return
			}
		}
		done <- nil
	}()
	check := func(when string) {
		t.Helper()
		rep, err := Check(dir)
		if err != nil || !rep.Healthy() {
			t.Errorf("%s: Check = %q, %v; want healthy", when, problems(rep), err)
		}
	}
	for running := true; running; {
		select {
		case err := <-done:
			if err != nil {
				t.Fatalf("the session failed while doctor ran: %v", err)
			}
			running = false
		default:
			check("while recording")
		}
	}
	// The session is half way through writing a line.
	f, err := os.OpenFile(filepath.Join(dir, LogFile), os.O_WRONLY|os.O_APPEND, 0)
	if err != nil {
		t.Fatal(err)
	}
	f.WriteString(`{"id":"half","time":"2025-03-10T`)
	f.Close()
	check("in the middle of a line")
	// Held means held: a second writer is still refused.
	if _, err := OpenWrite(dir); err == nil {
		t.Errorf("a second writer got the lock")
	}
}
