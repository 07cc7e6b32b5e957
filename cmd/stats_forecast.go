package cmd

import (
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/quiz-cli/quiz/progress"
)

func renderForecast(w io.Writer, s progress.Stats, width int, p palette) {
	statsHeading(w, fmt.Sprintf("Due in the next %d days", len(s.Forecast)), width, p)
	peak, total := 0, 0
	for _, d := range s.Forecast {
		peak = max(peak, d.Due)
		total += d.Due
	}
	if total == 0 {
		fmt.Fprintln(w, "  Nothing due.")
		return
	}
	numW := len(strconv.Itoa(peak))
	const lbl = 13 // "  Wed Mar 14 "
	barW := min(width-lbl-numW-1, 50)
	for i, d := range s.Forecast {
		t, err := time.Parse(time.DateOnly, d.Date)
		if err != nil {
			continue
		}
		day := t.Format("Mon Jan 2")
		if i == 0 {
			day = "Today"
		}
		n := 0
		if d.Due > 0 {
			n = max(int(math.Round(float64(d.Due)/float64(peak)*float64(barW))), 1)
		}
		line := fmt.Sprintf("  %-11s%*d %s", day, numW, d.Due, p.volume(strings.Repeat("█", n)))
		fmt.Fprintln(w, strings.TrimRight(line, " "))
	}
}
