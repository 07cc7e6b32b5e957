// Command scale builds the heavy user's setup and times quiz against it:
// 100 installed bank files of 500 questions each (every type, with
// explanations and sources, about 27 MB of YAML) and 1,000,000 answers
// over two years.
//
//	go run ./cmd/internal/scale setup DIR   # DIR/src: the bank files, DIR/home: the data directory
//	go run ./cmd/internal/scale time DIR    # times each command against DIR/home
//
// time builds quiz from this module, runs each command several times (one
// unmeasured warm-up run first) and prints the median, fastest and slowest
// wall time, the median CPU time and the largest peak memory, then the
// size of the data directory. "first question" is the time
// from exec until the first question's prompt is on the screen of a
// pseudo-terminal running `quiz study`.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/quiz-cli/quiz/progress"
	"github.com/quiz-cli/quiz/questions"
)

const (
	nBanks   = 100
	perBank  = 500
	nReviews = 1_000_000
)

func main() {
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: scale setup DIR | scale time [-runs N] [-quiz BIN] [-only ROWS] DIR")
	}
	if len(os.Args) < 3 {
		flag.Usage()
		os.Exit(2)
	}
	var err error
	switch os.Args[1] {
	case "setup":
		err = setup(os.Args[2])
	case "time":
		err = timeAll(os.Args[2:])
	default:
		flag.Usage()
		os.Exit(2)
	}
	if err != nil {
		fmt.Fprintf(os.Stderr, "scale: %v\n", err)
		os.Exit(1)
	}
}

// setup writes DIR/src (the bank files) and DIR/home (a data directory
// with those banks installed and a million answers to their questions
// over the two years that ended a day and a half before the run).
func setup(dir string) error {
	home := filepath.Join(dir, "home")
	if _, err := os.Stat(home); err == nil {
		return fmt.Errorf("%s exists; remove it or pick another folder", home)
	}
	t0 := time.Now()
	files, size, err := questions.SynthesizeBanks(filepath.Join(dir, "src"), nBanks, perBank)
	if err != nil {
		return err
	}
	fmt.Printf("wrote %d bank files, %.1f MB of YAML, in %s\n", len(files), float64(size)/1e6, time.Since(t0).Round(time.Millisecond))
	t0 = time.Now()
	banks := filepath.Join(home, "banks")
	ix := questions.OpenIndex(filepath.Join(home, questions.IndexFile))
	for _, f := range files {
		b, data, err := questions.ReadFile(f)
		if err != nil {
			return err
		}
		if _, _, err := ix.Install(banks, b, data, false); err != nil {
			return err
		}
	}
	if err := ix.Save(); err != nil {
		return err
	}
	fmt.Printf("installed them in %s\n", time.Since(t0).Round(time.Millisecond))
	t0 = time.Now()
	span := 2 * 365 * 24 * time.Hour
	// The last answer a day and a half ago: today's limits are untouched,
	// and the reviews that came due since are waiting.
	end := time.Now().UTC().Truncate(time.Hour).Add(-36 * time.Hour)
	err = progress.Synthesize(home, progress.SynthOptions{Banks: nBanks, Questions: nBanks * perBank,
		Reviews: nReviews, Seed: 1, Start: end.Add(-span), Span: span})
	if err != nil {
		return err
	}
	fmt.Printf("wrote %d answers over two years in %s\n", nReviews, time.Since(t0).Round(time.Millisecond))
	// The first quiz that records after an upgrade seals the long log
	// into compressed segments, as quiz has done for the learner all
	// along since: time that one-off migration.
	t0 = time.Now()
	store, err := progress.OpenWrite(home, progress.WithNotice(func(msg string) { fmt.Println(msg) }))
	if err != nil {
		return err
	}
	if err := store.Close(); err != nil {
		return err
	}
	fmt.Printf("sealed the log into compressed segments in %s\n", time.Since(t0).Round(time.Millisecond))
	fmt.Printf("data directory: %s (%.0f MiB on disk, %.0f MiB apparent)\n", home, float64(dirSize(home))/(1<<20), float64(apparentSize(home))/(1<<20))
	return nil
}

// apparentSize is the bytes of the files under dir (du --apparent-size).
func apparentSize(dir string) int64 {
	var n int64
	filepath.Walk(dir, func(_ string, info os.FileInfo, err error) error {
		if err == nil && !info.IsDir() {
			n += info.Size()
		}
		return nil
	})
	return n
}

// dirSize is the disk space the files under dir take.
func dirSize(dir string) int64 {
	var n int64
	filepath.Walk(dir, func(_ string, info os.FileInfo, err error) error {
		if err == nil && !info.IsDir() {
			n += diskUsage(info)
		}
		return nil
	})
	return n
}
