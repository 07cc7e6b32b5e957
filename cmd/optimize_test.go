package cmd

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/quiz-cli/quiz/progress"
)

// writeReferenceLog imports the synthetic reference history (2,000 cards,
// 21,702 reviews) into a data directory as bank "synthetic", one question
// per card.
func writeReferenceLog(t *testing.T, dir string) {
	t.Helper()
	in, err := os.Open("../progress/optimize/testdata/history.jsonl.gz")
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	z, err := gzip.NewReader(in)
	if err != nil {
		t.Fatal(err)
	}
	out, err := os.Create(filepath.Join(dir, progress.LogFile))
	if err != nil {
		t.Fatal(err)
	}
	w := bufio.NewWriter(out)
	sc := bufio.NewScanner(z)
	for i := 0; sc.Scan(); i++ {
		var r struct {
			Card   int   `json:"card_id"`
			Time   int64 `json:"review_time"`
			Rating int   `json:"rating"`
		}
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatal(err)
		}
		e := progress.Entry{
			ID: fmt.Sprintf("r%d", i), Time: time.UnixMilli(r.Time).UTC(), Kind: progress.KindReview,
			Bank: "synthetic", Question: fmt.Sprint(r.Card), Rating: progress.Rating(r.Rating),
			Correct: r.Rating > 1, Mode: progress.ModeStudy, Retention: 0.9,
		}
		line, err := json.Marshal(e)
		if err != nil {
			t.Fatal(err)
		}
		w.Write(append(line, '\n'))
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	if err := out.Close(); err != nil {
		t.Fatal(err)
	}
}

// TestOptimizeReference runs `quiz optimize` on the reference history in a
// data directory whose parameters are fsrs-rs's fit, and checks its
// figures against fsrs-rs's (days begin at 04:00 UTC, the default rollover
// hour in the UTC clock of the test): the defaults' and fsrs-rs's parameters
// evaluate as fsrs-rs says, and the new fit is at least as good.
func TestOptimizeReference(t *testing.T) {
	var ref struct {
		Fitted [21]float64 `json:"fitted_parameters"`
	}
	data, err := os.ReadFile("../progress/optimize/testdata/reference.json")
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, &ref); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	writeReferenceLog(t, dir)
	s, err := progress.OpenWrite(dir)
	if err != nil {
		t.Fatal(err)
	}
	set := s.Settings()
	set.Parameters = ref.Fitted
	if err := s.SetSettingsAt(set, time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}

	streams, _, out, errOut := testStreams()
	f := &Factory{IO: streams, Now: func() time.Time { return time.Date(2025, 1, 2, 0, 0, 0, 0, time.UTC) }}
	if code := run(f, []string{"--home", dir, "optimize", "--json", "--yes"}); code != 0 {
		t.Fatalf("quiz optimize: exit %d, stderr %s", code, errOut)
	}
	var rep optimizeReport
	if err := json.Unmarshal(out.Bytes(), &rep); err != nil {
		t.Fatalf("quiz optimize --json: %v\n%s", err, out)
	}
	checks := []struct {
		name      string
		got, want float64
	}{
		{"default_log_loss", rep.DefaultLogLoss, 0.285570},
		{"default_rmse", rep.DefaultRMSE, 0.042130},
		{"previous_log_loss (fsrs-rs's fit)", rep.PreviousLogLoss, 0.276818},
		{"previous_rmse (fsrs-rs's fit)", rep.PreviousRMSE, 0.015936},
	}
	for _, c := range checks {
		if math.Abs(c.got-c.want) > 1e-4 {
			t.Errorf("%s = %.6f, want %.6f", c.name, c.got, c.want)
		}
	}
	if rep.Reviews != 21702 || rep.Predictions != 14819 || rep.Questions != 2000 {
		t.Errorf("reviews, predictions, questions = %d, %d, %d; want 21702, 14819, 2000", rep.Reviews, rep.Predictions, rep.Questions)
	}
	if rep.LogLoss > 0.2777 || rep.RMSE > 0.019 {
		t.Errorf("fitted log loss %.6f, RMSE(bins) %.6f; want ≤ 0.2777 and ≤ 0.019", rep.LogLoss, rep.RMSE)
	}
	if !rep.Applied {
		t.Errorf("fit better than fsrs-rs's (%.6f < %.6f) not applied: outcome %s", rep.LogLoss, rep.PreviousLogLoss, rep.Outcome)
	}
	r, err := progress.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	if got := r.Settings().Parameters; got != rep.Parameters {
		t.Errorf("parameters in use = %v, want the fitted %v", got, rep.Parameters)
	}
}

func TestThousands(t *testing.T) {
	for n, want := range map[int]string{0: "0", 999: "999", 1000: "1,000", 21702: "21,702", 1011268: "1,011,268", -4500: "-4,500"} {
		if got := thousands(n); got != want {
			t.Errorf("thousands(%d) = %q, want %q", n, got, want)
		}
	}
}
