package cmd

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/quiz-cli/quiz/questions"
	"github.com/quiz-cli/quiz/quiz"
)

// scaleHome is the data directory of the heavy setup that
// `go run ./cmd/internal/scale setup DIR` writes, named by
// $QUIZ_SCALE_DIR; the command benchmarks skip without it.
func scaleHome(b *testing.B) string {
	dir := os.Getenv("QUIZ_SCALE_DIR")
	if dir == "" {
		b.Skip("set QUIZ_SCALE_DIR to a folder 'go run ./cmd/internal/scale setup' wrote")
	}
	return filepath.Join(dir, "home")
}

// benchCommand runs a quiz command in-process against the heavy setup, as
// the binary would but without the process start.
func benchCommand(b *testing.B, args ...string) {
	home := scaleHome(b)
	for b.Loop() {
		io, _, _, _ := testStreams()
		f := &Factory{IO: io, Now: time.Now}
		if code := run(f, append(args, "--home", home)); code != 0 {
			b.Fatalf("quiz %v: exit %d", args, code)
		}
	}
}

// BenchmarkCommand times the reading commands of the performance notes on
// the heavy user's data.
func BenchmarkCommand(b *testing.B) {
	for _, c := range [][]string{{"banks"}, {"history", "-n", "20"}, {"stats"}} {
		b.Run(c[0], func(b *testing.B) { benchCommand(b, c...) })
	}
}

// BenchmarkStudyStart is what `quiz study` does before the first question
// is on screen: load the banks, open the store for writing, plan the
// session and read the planned questions.
func BenchmarkStudyStart(b *testing.B) {
	home := scaleHome(b)
	for b.Loop() {
		io, _, _, _ := testStreams()
		io.stdinTTY, io.stdoutTTY = true, true
		f := &Factory{IO: io, Now: time.Now, homeFlag: home}
		env, err := openSession(f, nil, &selectFlags{})
		if err != nil {
			b.Fatal(err)
		}
		set := env.store.Settings()
		introduced, reviewed, err := env.store.Today(env.now)
		if err != nil {
			b.Fatal(err)
		}
		items := quiz.Plan(env.banks, env.store, env.now, quiz.Limits{Session: set.SessionSize,
			New: set.NewPerDay - introduced, Reviews: set.ReviewsPerDay - reviewed})
		if _, err := fullItems(items); err != nil {
			b.Fatal(err)
		}
		env.store.Close()
	}
}

// BenchmarkAdd installs the heavy user's 100 bank files (about 27 MB of
// YAML) into an empty data directory, in-process.
func BenchmarkAdd(b *testing.B) {
	src := b.TempDir()
	files, _, err := questions.SynthesizeBanks(src, 100, 500)
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		home := b.TempDir()
		io, _, _, errOut := testStreams()
		f := &Factory{IO: io, Now: time.Now}
		if code := run(f, append([]string{"add", "--home", home}, files...)); code != 0 {
			b.Fatalf("quiz add: exit %d: %s", code, errOut)
		}
	}
}
