package cmd

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/quiz-cli/quiz/cmd/internal/atomicfile"
	"github.com/quiz-cli/quiz/progress"
)

// exportOptions are the flags of 'quiz export', checked.
type exportOptions struct {
	format string // progress.FormatCSV or FormatJSON
	output string // "" or "-" for stdout
	force  bool
}

// newExportCmd builds 'quiz export'; runF, when not nil, is called with the
// checked options instead of exporting (for tests).
func newExportCmd(f *Factory, runF func(*exportOptions) error) *cobra.Command {
	var o exportOptions
	var asJSON bool
	c := &cobra.Command{
		Use:   "export",
		Short: "Write your whole review history as CSV or JSON",
		Long: `Export writes every answer you have given, oldest first: time (UTC), bank,
question id, prompt, rating, whether it was correct, the answer given,
seconds taken, and the mode (study, practice or exam). Answers taken back
with 'quiz undo' are left out.

With -o the file appears whole or not at all; an existing file is only
replaced with --force.`,
		Example: `  quiz export > history.csv
  quiz export --json -o history.json`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if asJSON {
				if cmd.Flags().Changed("format") && o.format != progress.FormatJSON {
					return usageErrorf("--json and --format %s disagree; give one of them", o.format)
				}
				o.format = progress.FormatJSON
			}
			if o.format != progress.FormatCSV && o.format != progress.FormatJSON {
				return usageErrorf("--format must be csv or json, not %q", o.format)
			}
			return runOr(f, &o, runF, runExport)
		},
	}
	c.Flags().StringVar(&o.format, "format", progress.FormatCSV, "csv or json")
	c.Flags().BoolVar(&asJSON, "json", false, "write JSON (the same as --format json)")
	c.Flags().StringVarP(&o.output, "output", "o", "", "write to `FILE` instead of standard output")
	c.Flags().BoolVar(&o.force, "force", false, "replace FILE if it exists")
	return c
}

func runExport(f *Factory, o exportOptions) error {
	store, err := f.OpenReader()
	if err != nil {
		return err
	}
	defer store.Close()
	banks, err := f.BankSummaries()
	if err != nil {
		return err
	}
	prompt := promptLookup(banks)
	write := func(w io.Writer) error { return store.Export(w, o.format, prompt) }
	if o.output == "" || o.output == "-" {
		w := bufio.NewWriter(f.IO.Out)
		if err := write(w); err != nil {
			return err
		}
		return w.Flush()
	}
	home, err := f.HomeDir()
	if err != nil {
		return err
	}
	if inside(home, o.output) {
		return fmt.Errorf("refusing to write inside the data directory %s; choose a file elsewhere", home)
	}
	return writeExportFile(o.output, o.force, write)
}

// writeExportFile writes path whole or not at all; unless force is set an
// existing file is left alone, even one that appears while writing.
func writeExportFile(path string, force bool, write func(io.Writer) error) error {
	err := atomicfile.Write(path, atomicfile.Options{Replace: force}, write)
	if errors.Is(err, atomicfile.ErrExists) {
		return fmt.Errorf("%s already exists; add --force to overwrite it", path)
	}
	return err
}

// inside reports whether path is in dir or below it, following symbolic
// links on both sides: an export must never replace the progress it reads.
func inside(dir, path string) bool {
	within := func(d, p string) bool {
		rel, err := filepath.Rel(d, p)
		return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return false
	}
	dir, _ = filepath.Abs(dir)
	real := resolve(abs)
	realDir := resolve(dir)
	return within(dir, abs) || within(realDir, real) || within(dir, real) || within(realDir, abs)
}

// resolve follows symbolic links in path as far as it exists: a file yet
// to be written resolves through its folder.
func resolve(path string) string {
	if r, err := filepath.EvalSymlinks(path); err == nil {
		return r
	}
	parent := filepath.Dir(path)
	if parent == path {
		return path
	}
	return filepath.Join(resolve(parent), filepath.Base(path))
}
