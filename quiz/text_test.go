package quiz

import (
	"fmt"
	"strings"
	"time"
	"unicode/utf8"
)

// plainText is the Text the engine's tests lay out with: no wrapping, one
// column a rune. The real one lives with the command line.
type plainText struct{}

func (plainText) Width(s string) int { return utf8.RuneCountInString(s) }
func (plainText) Wrap(s string, _ int, indent string) string {
	return indent + strings.ReplaceAll(s, "\n", "\n"+indent)
}
func (plainText) Clip(s string, _ int) string { return s }
func (plainText) Pad(s string, n int) string {
	return s + strings.Repeat(" ", max(0, n-utf8.RuneCountInString(s)))
}
func (t plainText) Plural(n int, one string, many ...string) string {
	if n == 1 {
		return one
	}
	if len(many) > 0 {
		return many[0]
	}
	return one + "s"
}
func (t plainText) Count(n int, one string, many ...string) string {
	return fmt.Sprintf("%d %s", n, t.Plural(n, one, many...))
}
func (plainText) Duration(d time.Duration) string { return d.Round(time.Second).String() }
func (plainText) When(t, now time.Time) string    { return "at " + t.Format(time.DateTime) }
func (plainText) Clock(d time.Duration) string    { return d.Round(time.Second).String() }
