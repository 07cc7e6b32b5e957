package cmd

import (
	"fmt"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/quiz-cli/quiz/cmd/internal/text"
	"github.com/quiz-cli/quiz/questions"
)

// importOptions are the argument and flags of 'quiz import', checked.
type importOptions struct {
	path, id, title, output string
	add, swap, force, typed bool
}

// newImportCmd builds 'quiz import'; runF, when not nil, is called with the
// checked options instead of importing (for tests).
func newImportCmd(f *Factory, runF func(*importOptions) error) *cobra.Command {
	var o importOptions
	c := &cobra.Command{
		Use:   "import FILE.tsv --bank ID --title TITLE",
		Short: "Make a bank of flashcards (or typed answers) from a term/definition table",
		Long: `Import converts a two-column table, such as Quizlet's term/definition
export or Anki's plain-text export, into a bank of flashcards: the first
column on the front, the second on the back. With --typed it makes text
questions instead, where you type the answer: the second column is the
prompt and the first the answer. --swap exchanges the columns.

Columns are separated by a tab, or by a comma when no line has a tab
(quoted CSV fields are understood); Anki's "#separator:" header is
honoured. HTML from Anki exports is reduced to its text. Blank lines are
skipped; extra columns are ignored. The bank is written as YAML to stdout
or to -o FILE for you to edit, or installed at once with --add.`,
		Example: `  quiz import words.tsv --bank spanish-words --title "Spanish words" -o spanish-words.yaml
  quiz import deck.txt --bank deck --title "My Anki deck" --add
  quiz import words.csv --bank spanish-typed --title "Spanish, typed" --typed --add`,
		Args: exactArgs(1, "name the TSV file to import"),
		RunE: func(cmd *cobra.Command, args []string) error {
			if o.id == "" {
				return usageErrorf("--bank is required: the id of the new bank, e.g. --bank spanish-words")
			}
			if !questions.ValidID(o.id) {
				return usageErrorf("--bank %q is not a valid bank id; use lower-case letters, digits and '-'", o.id)
			}
			if strings.TrimSpace(o.title) == "" {
				return usageErrorf("--title is required")
			}
			if o.add && o.output != "" {
				return usageErrorf("use either --add or -o, not both")
			}
			o.path, o.title = args[0], strings.TrimSpace(o.title)
			return runOr(f, &o, runF, runImport)
		},
	}
	c.Flags().StringVar(&o.id, "bank", "", "bank `ID` of the new bank (required)")
	c.Flags().StringVar(&o.title, "title", "", "`TITLE` of the new bank (required)")
	c.Flags().StringVarP(&o.output, "output", "o", "", "write the bank to this `FILE` (must not exist) instead of stdout")
	c.Flags().BoolVar(&o.add, "add", false, "install the bank instead of printing it")
	c.Flags().BoolVar(&o.force, "force", false, "with --add, replace a bank that is already installed")
	c.Flags().BoolVar(&o.swap, "swap", false, "exchange the columns: the other one is the prompt")
	c.Flags().BoolVar(&o.typed, "typed", false, "make questions with a typed answer instead of flashcards")
	return c
}

func runImport(f *Factory, o importOptions) error {
	data, err := readTable(o.path)
	if err != nil {
		return err
	}
	as := questions.Card
	if o.typed {
		as = questions.Text
	}
	b, err := questions.ImportTable(o.path, data, o.id, o.title, o.swap, as)
	if err != nil {
		reportBankError(f, err)
		return errSilent
	}
	out, err := b.YAML()
	if err != nil {
		return err
	}
	switch {
	case o.add:
		return installBanks(f, []pendingBank{{o.path, b, out}}, o.force)
	case o.output != "":
		if err := writeNewFile(f, o.output, out); err != nil {
			return err
		}
	default:
		if _, err := f.IO.Out.Write(out); err != nil {
			return err
		}
	}
	fmt.Fprintf(f.IO.ErrOut, "Imported %s from %s.\n", text.Count(len(b.Questions), "question"), o.path)
	return nil
}

// readTable reads an import file, refusing one over the bank size limit
// before reading it.
func readTable(path string) ([]byte, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("import: %w", err)
	}
	if info.Size() > questions.MaxFileSize {
		return nil, fmt.Errorf("import %s: file is %d bytes, over the 1 MiB limit; split it", path, info.Size())
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("import: %w", err)
	}
	return data, nil
}
