package cmd

import (
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/quiz-cli/quiz/cmd/internal/text"
	"github.com/quiz-cli/quiz/progress"
)

// statsBucket is one column of the activity chart: a day or a week.
type statsBucket struct {
	start            string
	reviews, correct int
}

// activityBuckets groups the daily figures by week, ending today, when
// there are more than 60 days; otherwise each day is its own statsBucket.
func activityBuckets(daily []progress.Day) (buckets []statsBucket, weekly bool) {
	size := 1
	if len(daily) > 60 {
		size, weekly = 7, true
	}
	for end := len(daily); end > 0; end -= size {
		start := max(end-size, 0)
		b := statsBucket{start: daily[start].Date}
		for _, d := range daily[start:end] {
			b.reviews += d.Reviews
			b.correct += d.Correct
		}
		buckets = append(buckets, b)
	}
	for i, j := 0, len(buckets)-1; i < j; i, j = i+1, j-1 {
		buckets[i], buckets[j] = buckets[j], buckets[i]
	}
	return buckets, weekly
}

// barEighths are bar tops in barEighths of a cell, empty to full.
var barEighths = []rune(" ▁▂▃▄▅▆▇█")

// barColumn returns the cell of row (0 at the bottom) of a vertical bar
// whose height is level barEighths of a cell.
func barColumn(level, row int) rune {
	n := level - row*8
	switch {
	case n <= 0:
		return ' '
	case n >= 8:
		return '█'
	}
	return barEighths[n]
}

func renderActivity(w io.Writer, s progress.Stats, width int, p palette) {
	buckets, weekly := activityBuckets(s.Daily)
	const label = 6 // "100% ┤"
	if fit := width - label - 1; len(buckets) > fit {
		buckets = buckets[len(buckets)-fit:]
	}
	span := fmt.Sprintf("last %d days", len(buckets))
	if weekly {
		span = fmt.Sprintf("last %d weeks", len(buckets))
	}
	statsHeading(w, "Accuracy and answers, "+span, width, p)
	cw := 1 // columns per statsBucket
	if label+1+2*len(buckets) <= width {
		cw = 2
	}
	peak := 0
	for _, b := range buckets {
		peak = max(peak, b.reviews)
	}
	if peak == 0 {
		fmt.Fprintln(w, "  No answers in this period.")
		return
	}
	const accRows, volRows = 4, 3
	row := func(lbl, axis string, cell func(b statsBucket, row int) string, r int) {
		var sb strings.Builder
		fmt.Fprintf(&sb, "%5s%s", lbl, p.dim(axis))
		for _, b := range buckets {
			sb.WriteString(cell(b, r))
			if cw == 2 {
				sb.WriteByte(' ')
			}
		}
		fmt.Fprintln(w, strings.TrimRight(sb.String(), " "))
	}
	acc := func(b statsBucket, r int) string {
		if b.reviews == 0 {
			return " "
		}
		a := float64(b.correct) / float64(b.reviews)
		level := max(int(math.Round(a*accRows*8)), 1)
		return p.byAccuracy(a, string(barColumn(level, r)))
	}
	vol := func(b statsBucket, r int) string {
		level := int(math.Round(float64(b.reviews) / float64(peak) * volRows * 8))
		if b.reviews > 0 {
			level = max(level, 1)
		}
		return p.volume(string(barColumn(level, r)))
	}
	for r := accRows - 1; r >= 0; r-- {
		lbl, axis := "", "│"
		switch r {
		case accRows - 1:
			lbl, axis = "100%", "┤"
		case accRows/2 - 1: // the top of this row is half way
			lbl, axis = "50%", "┤"
		}
		row(lbl, axis, acc, r)
	}
	axisWidth := len(buckets) * cw
	fmt.Fprintf(w, "%5s%s\n", "0%", p.dim("┼"+strings.Repeat("─", axisWidth)))
	for r := volRows - 1; r >= 0; r-- {
		lbl, axis := "", "│"
		if r == volRows-1 {
			lbl, axis = strconv.Itoa(peak), "┤"
		}
		row(lbl, axis, vol, r)
	}
	fmt.Fprintf(w, "%5s%s\n", "0", p.dim("┴"+strings.Repeat("─", axisWidth)))
	// Dates under the first, middle and last columns, where they fit.
	axis := []rune(strings.Repeat(" ", label+axisWidth))
	taken := make([]bool, len(axis)) // columns holding a date or its margin
	put := func(i int, alignRight bool) {
		d, err := time.Parse(time.DateOnly, buckets[i].start)
		if err != nil {
			return
		}
		date := []rune(d.Format("Jan 2"))
		at := label + i*cw
		if alignRight {
			at = min(at, len(axis)-len(date))
		}
		if at < 0 || at+len(date) > len(axis) || slices.Contains(taken[at:at+len(date)], true) {
			return // it would overwrite another date
		}
		copy(axis[at:], date)
		for k := max(at-1, 0); k < min(at+len(date)+1, len(taken)); k++ {
			taken[k] = true
		}
	}
	// The first and last dates matter most; the middle one goes where it fits.
	put(0, false)
	if len(buckets) > 1 {
		put(len(buckets)-1, true)
	}
	if len(buckets) >= 16 {
		put(len(buckets)/2, false)
	}
	fmt.Fprintln(w, strings.TrimRight(string(axis), " "))
	legend := "  accuracy per day (top), answers per day (bottom)"
	if weekly {
		legend = "  accuracy per week (top), answers per week (bottom)"
	}
	if text.Width(legend) <= width {
		fmt.Fprintln(w, p.dim(legend))
	}
}
