package cmd

import (
	"errors"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/quiz-cli/quiz/cmd/internal/text"
	"github.com/quiz-cli/quiz/questions"
)

func newValidateCmd(f *Factory) *cobra.Command {
	return &cobra.Command{
		Use:   "validate FILE...",
		Short: "Check question bank files without installing them",
		Long: `Validate checks bank files and reports every problem in each, as
FILE:LINE:COL: message on stderr. A valid file is reported on stdout.
The exit status is 1 when any file is invalid.

The format is described in docs/yaml.md.`,
		Example: `  quiz validate my-bank.yaml
  quiz validate banks/*.yaml`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			bad := 0
			for _, path := range args {
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
