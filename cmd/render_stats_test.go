package cmd

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	fsrs "github.com/open-spaced-repetition/go-fsrs/v4"

	"github.com/quiz-cli/quiz/cmd/internal/text"
	"github.com/quiz-cli/quiz/progress"
)

var updateGolden = flag.Bool("update", false, "rewrite the golden files of rendering tests")

// statsNow is the fixed clock of the rendering tests: a Wednesday evening.
var statsNow = time.Date(2025, 3, 5, 18, 0, 0, 0, time.UTC)

// fixtureBanks are four sections of an article, one with a long title.
var fixtureBanks = []progress.BankInfo{
	{ID: "intro", Title: "Introduction", Questions: []string{"q1", "q2", "q3", "q4", "q5", "q6"}},
	{ID: "missions", Title: "Key missions and the long road to the outer planets", Questions: []string{"q1", "q2", "q3", "q4", "q5", "q6", "q7", "q8"}},
	{ID: "legacy", Title: "Legacy", Questions: []string{"q1", "q2", "q3", "q4"}},
	{ID: "notes", Title: "", Questions: []string{"q1", "q2"}},
}

// fixtureStats computes statistics from a fixed synthetic history of about
// half a year, with gaps, a current streak and one leech.
func fixtureStats(t *testing.T, days int) progress.Stats {
	t.Helper()
	var entries []progress.Entry
	add := func(at time.Time, bank, q string, correct bool) {
		entries = append(entries, progress.Entry{ID: fmt.Sprint("e", len(entries)), Time: at, Kind: progress.KindReview,
			Bank: bank, Question: q, Correct: correct, MS: 7000, Mode: progress.ModeStudy})
	}
	for ago := 200; ago >= 0; ago-- {
		if ago > 6 && (ago*7)%11 >= 6 {
			continue // a day off
		}
		day := statsNow.AddDate(0, 0, -ago).Add(-8 * time.Hour)
		n := (ago*13)%5 + 1
		for k := range n {
			b := fixtureBanks[(ago+k)%3]
			q := b.Questions[(ago*3+k)%len(b.Questions)]
			add(day.Add(time.Duration(k)*time.Minute), b.ID, q, (ago*5+k*3)%7 != 0)
		}
	}
	for k := range 9 {
		add(statsNow.AddDate(0, 0, -30+k).Add(-time.Hour), "missions", "q8", false)
	}
	cards := map[string]progress.Card{}
	card := func(key string, stability float64, last, due int, lapses uint64) {
		cards[key] = progress.Card{Card: fsrs.Card{State: fsrs.Review, Stability: stability,
			LastReview: statsNow.AddDate(0, 0, -last), Due: statsNow.AddDate(0, 0, due), Lapses: lapses}}
	}
	for i, q := range fixtureBanks[0].Questions {
		card("intro/"+q, 40, i, 20+i, 0)
	}
	for i, q := range fixtureBanks[1].Questions[:6] {
		card("missions/"+q, 3, 2+i, i-1, uint64(i%3))
	}
	card("missions/q8", 0.5, 1, 0, 6)
	card("legacy/q1", 10, 1, 9, 1)
	card("legacy/q2", 2, 12, -5, 2)
	set := progress.DefaultSettings()
	return progress.ComputeStats(entries, cards, fixtureBanks, set, statsNow, days, nil)
}

func fixturePrompt(bank, question string) string {
	if bank == "missions" && question == "q8" {
		return "Which probe carried the golden\nrecord, and in what year did it leave the solar system?"
	}
	return ""
}

func TestRenderStatsGolden(t *testing.T) {
	tests := []struct {
		name  string
		width int
		days  int
	}{
		{"stats-80", 80, 30},
		{"stats-50", 50, 30},
		{"stats-80-weekly", 80, 365},
	}
	for _, tt := range tests {
		var buf bytes.Buffer
		renderStats(&buf, fixtureStats(t, tt.days), tt.width, false, fixturePrompt)
		checkGolden(t, tt.name, buf.Bytes())
	}
}

// TestRenderStatsFitsWidth checks that no line of stats or history is wider
// than the terminal, which would wrap it in the middle of a word.
func TestRenderStatsFitsWidth(t *testing.T) {
	noRetention := fixtureStats(t, 30)
	noRetention.TrueRetention = nil
	cases := map[string]progress.Stats{
		"stats":               fixtureStats(t, 30),
		"weekly stats":        fixtureStats(t, 365),
		"empty stats":         progress.ComputeStats(nil, nil, fixtureBanks, progress.DefaultSettings(), statsNow, 30, nil),
		"stats, no retention": noRetention,
	}
	check := func(name string, width int, out string) {
		for i, line := range strings.Split(out, "\n") {
			if n := text.Width(line); n > width {
				t.Errorf("%s at width %d: line %d has %d columns, want at most %d: %q", name, width, i+1, n, width, line)
			}
		}
	}
	for width := 40; width <= 120; width++ {
		for name, st := range cases {
			var buf bytes.Buffer
			renderStats(&buf, st, width, false, fixturePrompt)
			check(name, width, buf.String())
		}
		var buf bytes.Buffer
		renderHistory(&buf, fixtureSessions(), width, time.UTC, false)
		check("history", width, buf.String())
	}
}

func TestLeechHeadingPlural(t *testing.T) {
	s := fixtureStats(t, 30)
	for _, tt := range []struct {
		threshold int
		want      string
	}{{1, "failed 1 time or more"}, {8, "failed 8 times or more"}} {
		s.LeechThreshold = tt.threshold
		var buf bytes.Buffer
		renderStats(&buf, s, 80, false, fixturePrompt)
		if !strings.Contains(buf.String(), tt.want) {
			t.Errorf("renderStats with leech threshold %d lacks %q", tt.threshold, tt.want)
		}
	}
}

func TestRenderStatsColour(t *testing.T) {
	s := fixtureStats(t, 30)
	var plain, coloured bytes.Buffer
	renderStats(&plain, s, 80, false, fixturePrompt)
	renderStats(&coloured, s, 80, true, fixturePrompt)
	if strings.Contains(plain.String(), "\x1b[") {
		t.Errorf("renderStats with colour off wrote escape sequences")
	}
	if !strings.Contains(coloured.String(), "\x1b[38;5;") {
		t.Errorf("renderStats with colour on wrote no calendar colours")
	}
}

func TestRenderStatsEmptySections(t *testing.T) {
	s := progress.ComputeStats(nil, nil, fixtureBanks, progress.DefaultSettings(), statsNow, 30, nil)
	var buf bytes.Buffer
	renderStats(&buf, s, 80, false, nil)
	for _, want := range []string{"0 questions answered", "No answers in this period.", "Nothing due.", "no reviews of learnt questions yet"} {
		if !strings.Contains(buf.String(), want) {
			t.Errorf("renderStats of an empty history lacks %q:\n%s", want, buf.String())
		}
	}
}

// checkGolden compares got with testdata/golden/name.txt, or rewrites the
// file when the tests run with -update.
func checkGolden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", "golden", name+".txt")
	if *updateGolden {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run the tests with -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from %s (run with -update to accept):\n--- got\n%s\n--- want\n%s", name, path, got, want)
	}
}
