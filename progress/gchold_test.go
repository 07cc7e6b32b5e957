package progress

import (
	"runtime"
	"runtime/debug"
	"testing"
	"time"
)

var gcSink [][]byte

// After a hold, what was loaded counts as live: the collector's target is
// raised so it does not start at once, and the next collection brings the
// usual target back. With collection off, a hold leaves it off.
func TestHoldGC(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(100))
	runtime.GC()
	release := HoldGC()
	if p := debug.SetGCPercent(-1); p != -1 {
		t.Errorf("during a hold the GC percent is %d, want -1 (off)", p)
	}
	inner := HoldGC() // inside a hold: nothing more
	inner()
	if p := debug.SetGCPercent(-1); p != -1 {
		t.Errorf("after an inner hold the GC percent is %d, want -1 (off)", p)
	}
	for range 64 {
		gcSink = append(gcSink, make([]byte, 1<<20)) // 64 MiB kept
	}
	release()
	p := debug.SetGCPercent(-1)
	debug.SetGCPercent(p)
	if p <= 100 {
		t.Errorf("after loading 64 MiB the GC percent is %d, want it raised above 100", p)
	}
	// The next collection brings back the usual target (the finalizer
	// runs shortly after it).
	deadline := time.Now().Add(5 * time.Second)
	for {
		runtime.GC()
		q := debug.SetGCPercent(-1)
		debug.SetGCPercent(q)
		if q == 100 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("after a collection the GC percent is still %d, want 100", q)
		}
		time.Sleep(time.Millisecond)
	}
	gcSink = nil

	debug.SetGCPercent(-1) // GOGC=off
	HoldGC()()
	if p := debug.SetGCPercent(-1); p != -1 {
		t.Errorf("a hold with collection off left the GC percent at %d, want -1", p)
	}
}
