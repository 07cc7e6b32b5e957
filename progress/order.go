package progress

import (
	"cmp"
	"math"
	"slices"
	"time"
)

// LogFormat is the format version of the review log this quiz writes.
// Version 2 adds the hlc of each entry (causal order across machines) and
// card entries. A log declares its version with a format entry, written
// before the first entry of a version; a quiz that meets a higher version
// refuses to read or rewrite the log and asks to be updated. A log
// without a format entry is version 1.
const LogFormat = 2

// OrderKey is where an entry sorts in the history: its HLC, or for entries
// of format 1 logs, its time. Ties are broken by id, so every machine
// replays a merged log in the same order.
func (e *Entry) OrderKey() int64 {
	if e.HLC != 0 {
		return e.HLC
	}
	return unixNano(e.Time)
}

// unixNano is t.UnixNano, held to the years it can count (1678 to 2262)
// so a damaged date sorts first or last instead of anywhere.
func unixNano(t time.Time) int64 {
	switch {
	case t.Year() >= 2262:
		return math.MaxInt64 - 1
	case t.Year() < 1678:
		return math.MinInt64
	}
	return t.UnixNano()
}

// after returns the HLC of an entry at time t appended after clock.
func after(t time.Time, clock int64) int64 {
	return max(unixNano(t), min(clock, math.MaxInt64-1)+1)
}

// entryCompare orders entries causally: by OrderKey, then by id.
func entryCompare(a, b *Entry) int {
	if c := cmp.Compare(a.OrderKey(), b.OrderKey()); c != 0 {
		return c
	}
	return cmp.Compare(a.ID, b.ID)
}

// sortEntries puts entries in causal order.
func sortEntries(es []Entry) {
	slices.SortStableFunc(es, func(a, b Entry) int { return entryCompare(&a, &b) })
}
