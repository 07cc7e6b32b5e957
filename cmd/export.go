package cmd

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/quiz-cli/quiz/progress"
)

func newExportCmd(f *Factory) *cobra.Command {
	var format, output string
	var force bool
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
			defer store.Close()
			banks, err := f.BankSummaries()
			if err != nil {
				return err
			}
			prompt := promptLookup(banks)
			write := func(w io.Writer) error { return store.Export(w, format, prompt) }
			if output == "" || output == "-" {
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
			if inside(home, output) {
				return fmt.Errorf("refusing to write inside the data directory %s; choose a file elsewhere", home)
			}
			return writeExportFile(output, force, write)
		},
	}
	c.Flags().StringVar(&format, "format", progress.FormatCSV, "csv or json")
	c.Flags().StringVarP(&output, "output", "o", "", "write to `FILE` instead of standard output")
	c.Flags().BoolVar(&force, "force", false, "replace FILE if it exists")
	return c
}

// writeExportFile writes path whole or not at all: a temporary file in the
// same folder, fsync'd, then moved into place and the folder fsync'd.
// Unless force is set an existing file is left alone, even one that appears
// while writing.
func writeExportFile(path string, force bool, write func(io.Writer) error) error {
	exists := fmt.Errorf("%s already exists; add --force to overwrite it", path)
	if !force {
		if _, err := os.Lstat(path); err == nil {
			return exists
		} else if !errors.Is(err, fs.ErrNotExist) {
			return fmt.Errorf("export to %s: %w", path, err)
		}
	}
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return fmt.Errorf("export to %s: %w", path, err)
	}
	defer os.Remove(tmp.Name()) // after a link or a failure; gone after a rename
	fail := func(err error) error {
		tmp.Close()
		return fmt.Errorf("export to %s: %w", path, err)
	}
	w := bufio.NewWriter(tmp)
	if err := write(w); err != nil {
		tmp.Close()
		return err
	}
	if err := w.Flush(); err != nil {
		return fail(err)
	}
	if err := tmp.Chmod(0o644); err != nil {
		return fail(err)
	}
	if err := tmp.Sync(); err != nil {
		return fail(err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("export to %s: %w", path, err)
	}
	if force {
		err = os.Rename(tmp.Name(), path)
	} else if err = os.Link(tmp.Name(), path); errors.Is(err, fs.ErrExist) {
		// A link, unlike a rename, never replaces a file that appeared
		// meanwhile.
		return exists
	} else if err != nil {
		// Some file systems have no hard links.
		if _, serr := os.Lstat(path); serr == nil {
			return exists
		}
		err = os.Rename(tmp.Name(), path)
	}
	if err != nil {
		return fmt.Errorf("export to %s: %w", path, err)
	}
	if d, err := os.Open(dir); err == nil {
		d.Sync()
		d.Close()
	}
	return nil
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
