package progress

// Loading what a command keeps (the bank index, the cards of the snapshot)
// starts from a small heap, so the collector's target is small: loading a
// heavy user's index and cards (50 MB and more, nearly all of it kept)
// would run the collector five times over, each time scanning what was
// loaded so far, for a fifth of a short command's time, and free almost
// nothing.

import (
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"sync"
)

var gcHold struct {
	sync.Mutex
	// While a release has raised the target: the target to go back to at
	// the next collection, and which release raised it.
	normal int
	raised int // 0: not raised
}

// HoldGC stops garbage collection until the returned release is called.
// Release counts the heap allocated meanwhile as live, as if a collection
// had just marked it: the next collection comes once the heap has grown
// by the usual proportion (GOGC) beyond it, and from then on the usual
// target applies again. With collection off (GOGC=off), or inside another
// hold, HoldGC does nothing. Hold it only around loading what is kept,
// never around work that makes garbage (replaying a log).
func HoldGC() (release func()) {
	gcHold.Lock()
	prev := debug.SetGCPercent(-1)
	if gcHold.raised != 0 && prev >= 0 {
		prev = gcHold.normal // a raise not yet undone: this hold supersedes it
	}
	gcHold.Unlock()
	if prev < 0 {
		debug.SetGCPercent(prev)
		return func() {}
	}
	return func() {
		gcHold.Lock()
		defer gcHold.Unlock()
		samples := []metrics.Sample{{Name: "/gc/heap/live:bytes"}, {Name: "/memory/classes/heap/objects:bytes"}}
		metrics.Read(samples)
		var live, now uint64
		if samples[0].Value.Kind() == metrics.KindUint64 && samples[1].Value.Kind() == metrics.KindUint64 {
			live, now = samples[0].Value.Uint64(), samples[1].Value.Uint64()
		}
		live = max(live, 4<<20) // the collector's smallest heap
		if now <= live {
			gcHold.raised = 0
			debug.SetGCPercent(prev)
			return
		}
		// The target is live × (1 + percent/100): make it now × (1 +
		// prev/100).
		raised := max(int(now*uint64(100+prev)/live)-100, prev+1)
		debug.SetGCPercent(raised)
		gcHold.normal, gcHold.raised = prev, raised
		// A finalizer runs after the next collection: back to the usual
		// target then, unless another hold changed it meanwhile.
		sentinel := new([16]byte)
		runtime.SetFinalizer(sentinel, func(*[16]byte) {
			gcHold.Lock()
			defer gcHold.Unlock()
			if gcHold.raised != raised {
				return
			}
			if p := debug.SetGCPercent(gcHold.normal); p != raised {
				debug.SetGCPercent(p) // changed by someone else: leave it
			}
			gcHold.raised = 0
		})
	}
}
