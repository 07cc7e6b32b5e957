package progress

import (
	"bytes"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// A crash can leave a long run of NUL bytes at the end of the log. Reading
// it must not hold it in memory: lines are capped, and the tail is set
// aside by copying, whole.
func TestLongNULTailNotReadWhole(t *testing.T) {
	dir := twoAnswers(t)
	logPath := filepath.Join(dir, LogFile)
	good := readFile(t, logPath)
	os.Remove(filepath.Join(dir, SnapshotFile))
	const tail = 32 << 20
	f, err := os.OpenFile(logPath, os.O_WRONLY|os.O_APPEND, 0)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.Write(make([]byte, tail)); err != nil {
		t.Fatal(err)
	}
	f.Close()

	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	r, err := Open(dir)
	runtime.ReadMemStats(&after)
	if err != nil || len(r.Cards()) != 2 {
		t.Fatalf("Open with a NUL tail: %v; want both answers", err)
	}
	if got := after.TotalAlloc - before.TotalAlloc; got > tail/2 {
		t.Errorf("Open allocated %d MiB for a %d MiB tail; want the tail not read whole", got>>20, tail>>20)
	}
	if w := strings.Join(r.Warnings(), "\n"); !strings.Contains(w, "33554432 bytes") {
		t.Errorf("warnings %q, want the tail's size", w)
	}
	s := openW(t, dir)
	s.Close()
	if got := readFile(t, logPath); got != good {
		t.Errorf("log after setting the tail aside is %d bytes, want the %d good ones", len(got), len(good))
	}
	side, _ := filepath.Glob(filepath.Join(dir, LogFile+".torn-*"))
	if len(side) != 1 {
		t.Fatalf("side files %v, want one", side)
	}
	if data, _ := os.ReadFile(side[0]); len(data) != tail || !bytes.Equal(data[:16], make([]byte, 16)) {
		t.Errorf("side file holds %d bytes, want the whole %d-byte tail", len(data), tail)
	}
	if rep, err := Check(dir); err != nil || !rep.Healthy() {
		t.Errorf("Check after = %q, %v", problems(rep), err)
	}
}
