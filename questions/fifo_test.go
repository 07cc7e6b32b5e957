package questions

import (
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// A FIFO among the banks is reported, and the other banks still load: it
// must not hang every command.
func TestFIFOBankReported(t *testing.T) {
	dir := t.TempDir()
	if err := syscall.Mkfifo(filepath.Join(dir, "pipe.yaml"), 0o600); err != nil {
		t.Skipf("mkfifo: %v", err)
	}
	done := make(chan []error)
	go func() {
		_, errs := LoadDir(dir)
		done <- errs
	}()
	select {
	case errs := <-done:
		if len(errs) != 1 || !strings.Contains(errs[0].Error(), "pipe.yaml: is not a regular file") {
			t.Errorf("LoadDir with a FIFO = %v; want it reported", errs)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("LoadDir with a FIFO bank hangs")
	}
}
