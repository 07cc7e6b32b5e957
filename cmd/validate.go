package cmd

import (
	"errors"
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"github.com/quiz-cli/quiz/cmd/internal/text"
	"github.com/quiz-cli/quiz/questions"
)

func newValidateCmd(f *Factory) *cobra.Command {
	return &cobra.Command{
		Use:   "validate FILE|DIR...",
		Short: "Check question bank files or course directories without installing them",
		Long: `Validate checks bank files and course directories and reports every problem
in each, as FILE:LINE:COL: message on stderr. A valid file or course is
reported on stdout. The exit status is 1 when any is invalid.

A course directory holds course.yaml, its article and its banks; every bank
must name a section of the article. The format is described in docs/yaml.md.`,
		Example: `  quiz validate my-bank.yaml
  quiz validate banks/*.yaml
  quiz validate notes/          # a course directory`,
		Args: minimumArgs(1, "name the bank files or course directories to check, e.g. 'quiz validate my-bank.yaml'"),
		RunE: func(cmd *cobra.Command, args []string) error {
			bad := 0
			for _, path := range args {
				if isDir(path) {
					c, err := questions.LoadCourseDir(path)
					if err != nil {
						bad++
						reportBankError(f, err)
						continue
					}
					fmt.Fprintf(f.IO.Out, "%s: ok (course %s, %s, %s)\n", path, c.ID,
						text.Count(len(c.Banks), "bank"), text.Count(c.Questions(), "question"))
					continue
				}
				b, err := questions.LoadFile(path)
				if err != nil {
					bad++
					reportBankError(f, err)
					continue
				}
				fmt.Fprintf(f.IO.Out, "%s: ok (bank %s, %s)\n", path, b.ID, text.Count(len(b.Questions), "question"))
			}
			if bad > 0 {
				return errSilent
			}
			return nil
		},
	}
}

// isDir reports whether path names a directory.
func isDir(path string) bool {
	st, err := os.Stat(path)
	return err == nil && st.IsDir()
}

// reportBankError prints a bank file's problems, one per line, or another
// error as it is.
func reportBankError(f *Factory, err error) {
	var ps questions.Problems
	if errors.As(err, &ps) {
		for _, p := range ps {
			fmt.Fprintln(f.IO.ErrOut, p.Error())
		}
		return
	}
	fmt.Fprintf(f.IO.ErrOut, "quiz: %v\n", err)
}
