package cmd

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/cobra/doc"

	"github.com/quiz-cli/quiz/cmd/internal/atomicfile"
)

// manOptions are the argument of `quiz man`.
type manOptions struct {
	dir string
}

// newManCmd builds 'quiz man'; runF, when not nil, is called with the
// parsed options instead of writing the pages (for tests).
func newManCmd(f *Factory, runF func(*manOptions) error) *cobra.Command {
	o := manOptions{}
	return &cobra.Command{
		Use:   "man DIR",
		Short: "Write a manual page for every command",
		Long: `Man writes one manual page per command (quiz.1, quiz-study.1, …) into DIR,
creating it if needed and replacing pages written before. Install them where
man looks, for instance ~/.local/share/man/man1, then run 'man quiz'.`,
		Example:           `  quiz man ~/.local/share/man/man1 && man quiz-study`,
		Args:              exactArgs(1, "name the folder to write the pages to"),
		ValidArgsFunction: completeDirs,
		RunE: func(cmd *cobra.Command, args []string) error {
			o.dir = args[0]
			if runF != nil {
				return runF(&o)
			}
			return runMan(f, cmd.Root(), o)
		},
	}
}

// runMan writes a manual page for root and each of its commands into o.dir.
func runMan(f *Factory, root *cobra.Command, o manOptions) error {
	if err := os.MkdirAll(o.dir, 0o777); err != nil {
		return fmt.Errorf("create %s: %w", o.dir, err)
	}
	root.DisableAutoGenTag = true
	now := f.Now()
	n := 0
	err := eachManCommand(root, func(c *cobra.Command) error {
		name := strings.ReplaceAll(c.CommandPath(), " ", "-") + ".1"
		header := &doc.GenManHeader{Section: "1", Date: &now, Source: "quiz " + readBuildInfo().Version, Manual: "quiz manual"}
		n++
		return atomicfile.Write(filepath.Join(o.dir, name), atomicfile.Options{Replace: true}, func(w io.Writer) error {
			return doc.GenMan(c, header, w)
		})
	})
	if err != nil {
		return err
	}
	fmt.Fprintf(f.IO.ErrOut, "Wrote %d manual pages to %s.\n", n, o.dir)
	return nil
}

// eachManCommand calls fn for c and every command below it that has a page:
// not the hidden ones nor help topics.
func eachManCommand(c *cobra.Command, fn func(*cobra.Command) error) error {
	if !c.IsAvailableCommand() && c.HasParent() || c.IsAdditionalHelpTopicCommand() {
		return nil
	}
	if err := fn(c); err != nil {
		return err
	}
	for _, sub := range c.Commands() {
		if err := eachManCommand(sub, fn); err != nil {
			return err
		}
	}
	return nil
}
