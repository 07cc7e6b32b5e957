package cmd

import (
	"fmt"
	"io"
	"math"
	"strings"

	"github.com/quiz-cli/quiz/cmd/internal/text"
	"github.com/quiz-cli/quiz/progress"
)

// Layout limits of the statistics screen.
const (
	statsMaxWidth = 100 // wider terminals get the same picture
	statsMinWidth = 30  // narrower ones are drawn as if this wide
)

// byAccuracy colours s by how good a share of correct answers is.
func (p palette) byAccuracy(acc float64, s string) string {
	switch {
	case acc >= 0.85:
		return p.good(s)
	case acc >= 0.6:
		return p.fair(s)
	}
	return p.poor(s)
}

// renderStats draws every section of `quiz stats` for a terminal width
// columns wide. prompt, when not nil, gives the prompt of a question for the
// leeches section.
func renderStats(w io.Writer, s progress.Stats, width int, colorOn bool, prompt func(bank, question string) string) {
	width = max(min(width, statsMaxWidth), statsMinWidth)
	p := newPalette(colorOn)
	sections := []func(io.Writer, progress.Stats, int, palette){
		renderToday,
		renderActivity,
		renderCalendar,
		renderMastery,
		renderRetention,
		renderForecast,
	}
	for i, section := range sections {
		if i > 0 {
			fmt.Fprintln(w)
		}
		section(w, s, width, p)
	}
	if len(s.Leeches) > 0 {
		fmt.Fprintln(w)
		renderLeeches(w, s, width, p, prompt)
	}
}

// statsHeading writes a section title followed by a rule to the full width.
func statsHeading(w io.Writer, title string, width int, p palette) {
	title = text.Clip(title, width-2)
	rule := width - text.Width(title) - 1
	fmt.Fprintf(w, "%s %s\n", p.heading(title), p.dim(strings.Repeat("─", max(rule, 0))))
}

// statsPercent formats a share as a whole percentage.
func statsPercent(v float64) string { return fmt.Sprintf("%d%%", int(math.Round(v*100))) }
