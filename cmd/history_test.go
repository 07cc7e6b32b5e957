package cmd

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/quiz-cli/quiz/cmd/internal/text"
	"github.com/quiz-cli/quiz/progress"
)

// fixtureSessions are a few sessions, newest first, as progress.Sessions
// returns them.
func fixtureSessions() []progress.Session {
	at := func(day, hour, min int) time.Time { return time.Date(2025, 3, day, hour, min, 0, 0, time.UTC) }
	return []progress.Session{
		{ID: "s4", Start: at(5, 17, 30), End: at(5, 17, 42), Mode: "study", Banks: []string{"introduction", "historical-background", "scope", "key-missions"}, Answered: 20, Correct: 17},
		{ID: "s3", Start: at(4, 23, 50), End: at(5, 0, 5), Mode: "practice", Banks: []string{"key-missions"}, Answered: 8, Correct: 8},
		{ID: "s2", Start: at(3, 9, 0), End: at(3, 9, 10), Mode: "exam", Banks: []string{"scope"}, Answered: 1, Correct: 1, Questions: 5},
		{ID: "s1", Start: at(1, 8, 0), End: at(1, 9, 15), Mode: "study", Banks: []string{"introduction", "scope"}, Answered: 112, Correct: 61},
	}
}

func TestRenderHistoryGolden(t *testing.T) {
	// Start times are shown in the learner's zone: here UTC+1, which moves
	// the practice session to the next day.
	loc := time.FixedZone("CET", 3600)
	for _, width := range []int{80, 50} {
		var buf bytes.Buffer
		renderHistory(&buf, fixtureSessions(), width, loc, false)
		checkGolden(t, "history-"+map[int]string{80: "80", 50: "50"}[width], buf.Bytes())
		for i, line := range strings.Split(buf.String(), "\n") {
			if n := text.Width(line); n > width {
				t.Errorf("history at width %d: line %d has %d columns: %q", width, i+1, n, line)
			}
		}
	}
}

func TestShortBanks(t *testing.T) {
	tests := []struct {
		banks []string
		n     int
		want  string
	}{
		{[]string{"intro"}, 20, "intro"},
		{[]string{"intro", "scope"}, 20, "intro, scope"},
		{[]string{"intro", "scope", "impact"}, 16, "intro, scope +1"},
		{[]string{"intro", "scope", "impact"}, 9, "intro +2"},
		{[]string{"historical-background", "scope"}, 12, "historic… +1"},
		{[]string{"historical-background"}, 12, "historical-…"},
		{nil, 10, "–"},
	}
	for _, tt := range tests {
		if got := shortBanks(tt.banks, tt.n); got != tt.want {
			t.Errorf("shortBanks(%q, %d) = %q, want %q", tt.banks, tt.n, got, tt.want)
		}
	}
}

func TestRenderHistoryColour(t *testing.T) {
	var plain, coloured bytes.Buffer
	renderHistory(&plain, fixtureSessions(), 80, time.UTC, false)
	renderHistory(&coloured, fixtureSessions(), 80, time.UTC, true)
	if strings.Contains(plain.String(), "\x1b[") {
		t.Errorf("renderHistory with colour off wrote escape sequences")
	}
	if !strings.Contains(coloured.String(), "\x1b[") {
		t.Errorf("renderHistory with colour on wrote no colour")
	}
}

func TestHistoryScore(t *testing.T) {
	tests := []struct {
		s    progress.Session
		want string
	}{
		{progress.Session{Answered: 1, Correct: 1, Questions: 5}, "1 of 5 (20%)"},
		{progress.Session{Questions: 3}, "0 of 3 (0%)"},
		{progress.Session{Answered: 4, Correct: 3}, "3 of 4 (75%)"},
		{progress.Session{}, "no answers"},
	}
	for _, tt := range tests {
		if got := historyScore(tt.s); got != tt.want {
			t.Errorf("historyScore(%+v) = %q, want %q", tt.s, got, tt.want)
		}
	}
}
