package cmd

import (
	"strings"
	"testing"
	"time"

	"github.com/quiz-cli/quiz/cmd/internal/text"
	"github.com/spf13/cobra"
)

// TestHelpTextLayout reads the long help of every command as it is
// printed: no line wider than 80 columns, and no sentence broken off far
// short of the next line's first word (a ragged edit).
func TestHelpTextLayout(t *testing.T) {
	f := &Factory{IO: func() *IOStreams { s, _, _, _ := testStreams(); return s }(), Now: time.Now}
	var walk func(c *cobra.Command)
	walk = func(c *cobra.Command) {
		lines := strings.Split(c.Long, "\n")
		for i, l := range lines {
			if w := text.Width(l); w > 80 {
				t.Errorf("%s: help line is %d columns wide: %q", c.CommandPath(), w, l)
			}
			if i+1 == len(lines) || l == "" || strings.HasPrefix(l, " ") {
				continue
			}
			next := lines[i+1]
			if next == "" || strings.HasPrefix(next, " ") || strings.ContainsAny(l[len(l)-1:], ".:;?!") {
				continue // a sentence may end a line on purpose
			}
			first, _, _ := strings.Cut(next, " ")
			if text.Width(l)+1+text.Width(first) <= 60 {
				t.Errorf("%s: help line broken early: %q, then %q", c.CommandPath(), l, next)
			}
		}
		for _, sub := range c.Commands() {
			walk(sub)
		}
	}
	walk(newRootCmd(f, nil))
}
