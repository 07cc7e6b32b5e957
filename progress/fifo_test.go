package progress

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// within runs fn and fails the test if it has not returned after a few
// seconds: opening a FIFO for reading waits for a writer forever.
func within(t *testing.T, what string, fn func()) {
	t.Helper()
	done := make(chan struct{})
	go func() {
		defer close(done)
		fn()
	}()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		t.Fatalf("%s hangs", what)
	}
}

// A FIFO (or any file that is not a regular one) in place of the log, the
// snapshot or the lock is reported, by every command and by doctor,
// without hanging.
func TestNonRegularFilesReported(t *testing.T) {
	for _, name := range []string{LogFile, SnapshotFile, LockFile} {
		dir := twoAnswers(t)
		path := filepath.Join(dir, name)
		os.Remove(path)
		if err := syscall.Mkfifo(path, 0o600); err != nil {
			t.Skipf("mkfifo: %v", err)
		}
		for _, open := range []struct {
			what string
			fn   func(string, ...Option) (*Store, error)
		}{{"Open", Open}, {"OpenWrite", OpenWrite}} {
			if name == LockFile && open.what == "Open" {
				continue // readers do not touch the lock
			}
			within(t, open.what+" with a FIFO "+name, func() {
				s, err := open.fn(dir)
				if err == nil {
					s.Close()
				}
				var de *DataError
				if !errors.As(err, &de) || !strings.Contains(err.Error(), path) || !strings.Contains(err.Error(), "named pipe") {
					t.Errorf("%s with a FIFO %s: %v; want an error naming it a named pipe", open.what, name, err)
				}
			})
		}
		within(t, "Check with a FIFO "+name, func() {
			rep, err := Check(dir)
			if err != nil || rep.Healthy() || !strings.Contains(strings.Join(problems(rep), "\n"), "named pipe") {
				t.Errorf("Check with a FIFO %s = %q, %v; want it reported", name, problems(rep), err)
			}
		})
		within(t, "Repair with a FIFO "+name, func() {
			if _, err := Repair(dir); err == nil {
				t.Errorf("Repair with a FIFO %s succeeded; want it refused", name)
			}
		})
	}
}
