package cmd

import (
	"errors"
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"github.com/quiz-cli/quiz/cmd/internal/atomicfile"
	"github.com/quiz-cli/quiz/questions"
)

// newOptions are the argument and flags of `quiz new`.
type newOptions struct {
	id     string // a valid bank id
	output string
}

// newNewCmd builds 'quiz new'; runF, when not nil, is called with the
// parsed options instead of writing the template (for tests).
func newNewCmd(f *Factory, runF func(*newOptions) error) *cobra.Command {
	o := newOptions{}
	c := &cobra.Command{
		Use:   "new BANK-ID",
		Short: "Write a commented template for a new question bank",
		Long: `New writes a bank file with one question of each type and comments that
explain the format, to stdout or to the file named by -o (which must not
exist yet). Edit it, check it with 'quiz validate', install it with
'quiz add'.`,
		Example: `  quiz new spanish-capitals -o spanish-capitals.yaml`,
		Args:    exactArgs(1, "name the new bank, e.g. 'quiz new my-bank -o my-bank.yaml'"),
		RunE: func(cmd *cobra.Command, args []string) error {
			o.id = args[0]
			if !questions.ValidID(o.id) {
				return usageErrorf("bank id %q is not valid; use lower-case letters, digits and '-'", o.id)
			}
			return runOr(f, &o, runF, runNew)
		},
	}
	c.Flags().StringVarP(&o.output, "output", "o", "", "write to this `FILE` (must not exist) instead of stdout")
	return c
}

// runNew writes the template of bank o.id to stdout or to o.output.
func runNew(f *Factory, o newOptions) error {
	data := questions.Template(o.id)
	if o.output == "" {
		_, err := f.IO.Out.Write(data)
		return err
	}
	return writeNewFile(f, o.output, data)
}

// writeNewFile writes data to a file that must not exist yet, so that a
// user's file is never overwritten.
func writeNewFile(f *Factory, path string, data []byte) error {
	err := atomicfile.Write(path, atomicfile.Options{}, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	})
	if errors.Is(err, atomicfile.ErrExists) {
		return fmt.Errorf("%s already exists; choose another file name or delete it first", path)
	}
	if err != nil {
		return err
	}
	fmt.Fprintf(f.IO.ErrOut, "Wrote %s.\n", path)
	return nil
}
