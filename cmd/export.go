package cmd

import (
	"bufio"
	"fmt"
	"io"
	"os"

	"github.com/google/renameio/v2"
	"github.com/spf13/cobra"

	"github.com/quiz-cli/quiz/progress"
)

func newExportCmd(f *Factory) *cobra.Command {
	var format, output string
	c := &cobra.Command{
		Use:   "export",
		Short: "Write your whole review history as CSV or JSON",
		Long: `Export writes every answer you have given, oldest first: time (UTC), bank,
question id, prompt, rating, whether it was correct, the answer given, and
seconds taken. Answers taken back with 'quiz undo' are left out.`,
		Example: `  quiz export > history.csv
  quiz export --format json -o history.json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if format != progress.FormatCSV && format != progress.FormatJSON {
				return usageErrorf("--format must be csv or json, not %q", format)
			}
			store, err := f.OpenReader()
			if err != nil {
				return err
			}
			banks, err := f.Banks()
			if err != nil {
				return err
			}
			prompt := func(bank, id string) string {
				if q := findQuestion(banks, bank, id); q != nil {
					if q.Prompt != "" {
						return q.Prompt
					}
					return q.Text
				}
				return ""
			}
			if output == "" || output == "-" {
				w := bufio.NewWriter(f.IO.Out)
				if err := store.Export(w, format, prompt); err != nil {
					return err
				}
				return w.Flush()
			}
			// The file appears whole or not at all.
			pf, err := renameio.NewPendingFile(output, renameio.WithPermissions(0o644), renameio.WithTempDir(dirOf(output)))
			if err != nil {
				return fmt.Errorf("export to %s: %w", output, err)
			}
			defer pf.Cleanup()
			if err := store.Export(pf, format, prompt); err != nil {
				return err
			}
			if err := pf.CloseAtomicallyReplace(); err != nil {
				return fmt.Errorf("export to %s: %w", output, err)
			}
			return nil
		},
	}
	c.Flags().StringVar(&format, "format", progress.FormatCSV, "csv or json")
	c.Flags().StringVarP(&output, "output", "o", "", "write to `FILE` instead of standard output")
	return c
}

func dirOf(path string) string {
	for i := len(path) - 1; i >= 0; i-- {
		if os.IsPathSeparator(path[i]) {
			return path[:i+1]
		}
	}
	return "."
}

var _ io.Writer = (*renameio.PendingFile)(nil)
