package progress

import (
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"syscall"
	"testing"
	"time"
)

// benchSizes are the histories the scale benchmarks compare, so each shows
// how its cost grows with the number of answers: 50,000 questions in 100
// banks and 1,000, 100,000 or 1,000,000 answers.
var benchSizes = []int{1000, 100000, 1000000}

// sized holds the histories of benchSizes, each made once per run.
var sized struct {
	sync.Mutex
	dirs map[int]string
}

func sizedHistory(b *testing.B, reviews int) string {
	b.Helper()
	if reviews == 1000000 {
		return bigHistory(b)
	}
	sized.Lock()
	defer sized.Unlock()
	if dir := sized.dirs[reviews]; dir != "" {
		return dir
	}
	dir, err := os.MkdirTemp("", "quiz-bench-")
	if err != nil {
		b.Fatal(err)
	}
	if err := synthSealed(dir, SynthOptions{Banks: 100, Questions: 50000, Reviews: reviews, Seed: 1}); err != nil {
		b.Fatal(err)
	}
	syscall.Sync()
	if sized.dirs == nil {
		sized.dirs = map[int]string{}
	}
	sized.dirs[reviews] = dir
	return dir
}

// synthSealed synthesizes a history and seals its log, as quiz keeps it
// once a writer has closed on it.
func synthSealed(dir string, o SynthOptions) error {
	if err := Synthesize(dir, o); err != nil {
		return err
	}
	s, err := OpenWrite(dir)
	if err != nil {
		return err
	}
	return s.Close()
}

// eachSize runs fn as a sub-benchmark per history size.
func eachSize(b *testing.B, fn func(b *testing.B, dir string)) {
	for _, n := range benchSizes {
		b.Run(fmt.Sprintf("reviews=%d", n), func(b *testing.B) { fn(b, sizedHistory(b, n)) })
	}
}

// benchBanks are the synthetic banks' question ids, as stats get them.
func benchBanks() []BankInfo { return synthBankInfo(100, 500) }

func openBench(b *testing.B, dir string) *Store {
	s, err := Open(dir)
	if err != nil {
		b.Fatal(err)
	}
	return s
}

// BenchmarkLoad opens a store read-only from its snapshot, as every
// command does.
func BenchmarkLoad(b *testing.B) {
	eachSize(b, func(b *testing.B, dir string) {
		for b.Loop() {
			openBench(b, dir)
		}
	})
}

// BenchmarkRebuild opens a store whose snapshot is missing: the whole log
// is replayed.
func BenchmarkRebuild(b *testing.B) {
	eachSize(b, func(b *testing.B, dir string) {
		tmp := b.TempDir()
		if err := os.Link(filepath.Join(dir, LogFile), filepath.Join(tmp, LogFile)); err != nil {
			b.Fatal(err)
		}
		// The sealed segments too, when there are some.
		segs, _ := filepath.Glob(filepath.Join(dir, "reviews.d", "*"))
		if len(segs) > 0 {
			if err := os.Mkdir(filepath.Join(tmp, "reviews.d"), 0o700); err != nil {
				b.Fatal(err)
			}
		}
		for _, seg := range segs {
			if err := os.Link(seg, filepath.Join(tmp, "reviews.d", filepath.Base(seg))); err != nil {
				b.Fatal(err)
			}
		}
		for b.Loop() {
			openBench(b, tmp)
		}
	})
}

// BenchmarkSnapshotWrite writes the snapshot, as a session's end does.
func BenchmarkSnapshotWrite(b *testing.B) {
	eachSize(b, func(b *testing.B, dir string) {
		s, err := OpenWrite(dir)
		if err != nil {
			b.Fatal(err)
		}
		defer s.Close()
		for b.Loop() {
			if err := s.save(); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkSave saves one answer: append and fsync.
func BenchmarkSave(b *testing.B) {
	eachSize(b, func(b *testing.B, dir string) { benchRecord(b, dir) })
}

// BenchmarkStats works out `quiz stats` from an open store: without the
// totals cache (cold), and with it up to date (cached).
func BenchmarkStats(b *testing.B) {
	banks := benchBanks()
	now := time.Date(2025, 1, 1, 12, 0, 0, 0, time.UTC)
	for _, cached := range []bool{false, true} {
		name := "cold"
		if cached {
			name = "cached"
		}
		b.Run(name, func(b *testing.B) {
			eachSize(b, func(b *testing.B, dir string) {
				s := openBench(b, dir)
				os.Remove(filepath.Join(dir, StatsCacheFile))
				if cached {
					if _, err := s.Stats(banks, now, 30, nil); err != nil {
						b.Fatal(err)
					}
				}
				for b.Loop() {
					if !cached {
						os.Remove(filepath.Join(dir, StatsCacheFile))
					}
					if _, err := s.Stats(banks, now, 30, nil); err != nil {
						b.Fatal(err)
					}
				}
			})
		})
	}
}

// BenchmarkHistory lists the 20 newest sessions, as `quiz history` does.
func BenchmarkHistory(b *testing.B) {
	eachSize(b, func(b *testing.B, dir string) {
		s := openBench(b, dir)
		for b.Loop() {
			got, err := s.RecentSessions(20)
			if err != nil || len(got) != 20 {
				b.Fatalf("RecentSessions(20) = %d sessions, %v", len(got), err)
			}
		}
	})
}
