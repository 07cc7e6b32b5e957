package quiz

import "time"

// Style is how the session's output looks: colours for its parts, and the
// Text that fits words to the terminal. The command line fills it in; the
// colour functions may be nil (plain text), Text may not.
type Style struct {
	Good, Bad, Warn, Dim, Bold, Accent func(string) string
	Text                               Text
}

// Text measures and words things for the terminal. The engine says what to
// show; the command line, which knows the terminal, says how it fits.
type Text interface {
	// Width is how many columns s takes, colour escapes not counted.
	Width(s string) int
	// Wrap breaks s into lines of at most width columns, each after indent.
	Wrap(s string, width int, indent string) string
	// Clip shortens s to at most n columns.
	Clip(s string, n int) string
	// Pad fills s with spaces to n columns.
	Pad(s string, n int) string
	// Plural picks one or many (default one+"s") for n things.
	Plural(n int, one string, many ...string) string
	// Count says "1 question", "3 questions".
	Count(n int, one string, many ...string) string
	// Duration writes a span: "3m 05s".
	Duration(d time.Duration) string
	// When says when t comes relative to now: "tomorrow at 09:30".
	When(t, now time.Time) string
	// Clock writes a countdown: "14:05".
	Clock(d time.Duration) string
}

func apply(f func(string) string, s string) string {
	if f == nil {
		return s
	}
	return f(s)
}
