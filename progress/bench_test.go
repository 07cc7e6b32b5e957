package progress

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"syscall"
	"testing"
	"time"
)

// The heavy user of the benchmarks: 50,000 questions in 100 banks and
// 1,000,000 answers. Built once per run, only when a benchmark asks.
var (
	bigOnce sync.Once
	bigDir  string
	bigErr  error
)

func bigHistory(b *testing.B) string {
	b.Helper()
	bigOnce.Do(func() {
		bigDir, bigErr = os.MkdirTemp("", "quiz-bench-")
		if bigErr == nil {
			bigErr = synthSealed(bigDir, SynthOptions{Banks: 100, Questions: 50000, Reviews: 1000000, Seed: 1})
		}
		// Flush the generator's writes so their write-back does not slow
		// the fsyncs being measured.
		syscall.Sync()
	})
	if bigErr != nil {
		b.Fatal(bigErr)
	}
	return bigDir
}

func TestMain(m *testing.M) {
	code := m.Run()
	if bigDir != "" {
		os.RemoveAll(bigDir)
	}
	for _, dir := range sized.dirs {
		os.RemoveAll(dir)
	}
	os.Exit(code)
}

func benchEntry(i int) Entry {
	return Entry{Time: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC).Add(time.Duration(i) * time.Second),
		Bank: "bank-007", Question: fmt.Sprintf("q%05d", 3500+i%100), Rating: Good, Correct: true,
		Answer: "an answer", MS: 4200, Session: "bench", Mode: ModeStudy}
}

func benchRecord(b *testing.B, dir string) {
	s, err := OpenWrite(dir)
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	i := 0
	b.ResetTimer()
	for b.Loop() {
		if _, err := s.Record(benchEntry(i)); err != nil {
			b.Fatal(err)
		}
		i++
	}
}

// BenchmarkRecord saves one answer (append and fsync) with a short and a
// long history: the cost must not grow with history.
func BenchmarkRecord(b *testing.B) {
	b.Run("reviews=100", func(b *testing.B) {
		dir := b.TempDir()
		if err := Synthesize(dir, SynthOptions{Banks: 100, Questions: 50000, Reviews: 100, Seed: 1}); err != nil {
			b.Fatal(err)
		}
		syscall.Sync()
		benchRecord(b, dir)
	})
	b.Run("reviews=1000000", func(b *testing.B) {
		benchRecord(b, bigHistory(b))
	})
}

// bareLog opens a fresh file for appending, and returns it with the bytes
// Record writes for one answer: the floor Record is measured against.
func bareLog(b *testing.B) (*os.File, []byte) {
	line, _ := json.Marshal(Entry{ID: NewID(), Time: benchEntry(0).Time, Kind: KindReview, Bank: "bank-007",
		Question: "q03500", Rating: Good, Correct: true, Answer: "an answer", MS: 4200, Session: "bench",
		Mode: ModeStudy, Retention: 0.9})
	f, err := os.OpenFile(filepath.Join(b.TempDir(), "log"), os.O_WRONLY|os.O_CREATE|os.O_APPEND, 0o600)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { f.Close() })
	return f, append(line, '\n')
}

// BenchmarkAppendFsync is the floor for Record: the same bytes appended to
// a file and fsync'd, nothing else.
func BenchmarkAppendFsync(b *testing.B) {
	f, line := bareLog(b)
	for b.Loop() {
		if _, err := f.Write(line); err != nil {
			b.Fatal(err)
		}
		if err := f.Sync(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkOpen loads the heavy user's snapshot read-only, as `quiz banks`
// does.
func BenchmarkOpen(b *testing.B) {
	dir := bigHistory(b)
	for b.Loop() {
		s, err := Open(dir)
		if err != nil {
			b.Fatal(err)
		}
		if len(s.Cards()) != 50000 {
			b.Fatalf("%d cards, want 50000", len(s.Cards()))
		}
	}
}

// BenchmarkDecodeSnapshot is the floor for Open: reading progress.json and
// decoding it with encoding/json, nothing else.
func BenchmarkDecodeSnapshot(b *testing.B) {
	dir := bigHistory(b)
	for b.Loop() {
		data, err := os.ReadFile(filepath.Join(dir, SnapshotFile))
		if err != nil {
			b.Fatal(err)
		}
		var snap snapshot
		if err := json.Unmarshal(data, &snap); err != nil {
			b.Fatal(err)
		}
	}
}

// TestWriteSynthetic writes the heavy user's history into
// $QUIZ_SYNTHETIC_DIR, to time commands against it; skipped otherwise.
func TestWriteSynthetic(t *testing.T) {
	dir := os.Getenv("QUIZ_SYNTHETIC_DIR")
	if dir == "" {
		t.Skip("set QUIZ_SYNTHETIC_DIR to write a synthetic history there")
	}
	if err := Synthesize(dir, SynthOptions{Banks: 100, Questions: 50000, Reviews: 1000000, Seed: 1}); err != nil {
		t.Fatal(err)
	}
}

// BenchmarkSaveInterleaved saves one answer into a short history, one into
// the heavy user's history, and one bare fsync'd append of the same bytes,
// in turn, so that all three see the same disk: fsync latency drifts over a
// run by more than the differences being measured. It reports each cost and
// the two ratios the performance notes quote.
func BenchmarkSaveInterleaved(b *testing.B) {
	small := b.TempDir()
	if err := Synthesize(small, SynthOptions{Banks: 100, Questions: 50000, Reviews: 100, Seed: 1}); err != nil {
		b.Fatal(err)
	}
	big := bigHistory(b)
	syscall.Sync()
	open := func(dir string) *Store {
		s, err := OpenWrite(dir)
		if err != nil {
			b.Fatal(err)
		}
		b.Cleanup(func() { s.Close() })
		return s
	}
	ss, sb := open(small), open(big)
	f, line := bareLog(b)

	var tSmall, tBig, tBare time.Duration
	i := 0
	for b.Loop() {
		t0 := time.Now()
		if _, err := ss.Record(benchEntry(i)); err != nil {
			b.Fatal(err)
		}
		t1 := time.Now()
		if _, err := sb.Record(benchEntry(i)); err != nil {
			b.Fatal(err)
		}
		t2 := time.Now()
		if _, err := f.Write(line); err != nil {
			b.Fatal(err)
		}
		if err := f.Sync(); err != nil {
			b.Fatal(err)
		}
		t3 := time.Now()
		tSmall, tBig, tBare = tSmall+t1.Sub(t0), tBig+t2.Sub(t1), tBare+t3.Sub(t2)
		i++
	}
	n := float64(i)
	b.ReportMetric(float64(tSmall.Microseconds())/n, "µs/record@100")
	b.ReportMetric(float64(tBig.Microseconds())/n, "µs/record@1M")
	b.ReportMetric(float64(tBare.Microseconds())/n, "µs/append")
	b.ReportMetric(float64(tBig)/float64(tSmall), "1M/100")
	b.ReportMetric(float64(tBig)/float64(tBare), "1M/append")
}
