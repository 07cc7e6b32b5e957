package cmd

import (
	"errors"
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"github.com/quiz-cli/quiz/cmd/internal/text"
	"github.com/quiz-cli/quiz/questions"
)

// validation is what 'quiz validate --json' says of one path.
type validation struct {
	Path      string        `json:"path"`
	OK        bool          `json:"ok"`
	Kind      string        `json:"kind,omitempty"` // "bank" or "course", when it loaded
	ID        string        `json:"id,omitempty"`
	Banks     int           `json:"banks,omitempty"`
	Questions int           `json:"questions,omitempty"`
	Problems  []problemJSON `json:"problems"`
}

// problemJSON is one problem of a bank file, for scripts and editors.
type problemJSON struct {
	File    string `json:"file"`
	Line    int    `json:"line,omitempty"`
	Column  int    `json:"column,omitempty"`
	Message string `json:"message"`
}

// problemsOf lists the problems in err: each of a bank's problems with its
// position, or err itself against path.
func problemsOf(path string, err error) []problemJSON {
	var ps questions.Problems
	if errors.As(err, &ps) {
		out := make([]problemJSON, len(ps))
		for i, p := range ps {
			out[i] = problemJSON{File: p.File, Line: p.Line, Column: p.Column, Message: p.Msg}
		}
		return out
	}
	return []problemJSON{{File: path, Message: err.Error()}}
}

// validateOptions are the arguments and flags of `quiz validate`.
type validateOptions struct {
	paths  []string
	asJSON bool
}

// newValidateCmd builds 'quiz validate'; runF, when not nil, is called with the
// parsed options instead of checking the files (for tests).
func newValidateCmd(f *Factory, runF func(*validateOptions) error) *cobra.Command {
	o := validateOptions{}
	c := &cobra.Command{
		Use:   "validate FILE|DIR...",
		Short: "Check question bank files or course directories without installing them",
		Long: `Validate checks bank files and course directories and reports every problem
in each, as FILE:LINE:COL: message on stderr. A valid file or course is
reported on stdout. The exit status is 1 when any is invalid.

A course directory holds course.yaml, its article and its banks; every bank
must name a section of the article. The format is described in docs/yaml.md.`,
		Example: `  quiz validate my-bank.yaml
  quiz validate banks/*.yaml
  quiz validate notes/          # a course directory
  quiz validate --json my-bank.yaml | jq '.[].problems[]'`,
		Args: minimumArgs(1, "name the bank files or course directories to check, e.g. 'quiz validate my-bank.yaml'"),
		RunE: func(cmd *cobra.Command, args []string) error {
			o.paths = args
			return runOr(f, &o, runF, runValidate)
		},
	}
	c.Flags().BoolVar(&o.asJSON, "json", false, "print one object per path, with its problems as file, line, column and message")
	return c
}

// runValidate checks every bank file and course directory in o.paths.
func runValidate(f *Factory, o validateOptions) error {
	bad := 0
	results := []validation{}
	for _, path := range o.paths {
		v, err := validateOne(path)
		results = append(results, v)
		switch {
		case err != nil:
			bad++
			if !o.asJSON {
				reportBankError(f, err)
			}
		case o.asJSON:
		case v.Kind == "course":
			fmt.Fprintf(f.IO.Out, "%s: ok (course %s, %s, %s)\n", path, v.ID,
				text.Count(v.Banks, "bank"), text.Count(v.Questions, "question"))
		default:
			fmt.Fprintf(f.IO.Out, "%s: ok (bank %s, %s)\n", path, v.ID, text.Count(v.Questions, "question"))
		}
	}
	if o.asJSON {
		if err := writeJSON(f.IO.Out, results); err != nil {
			return err
		}
	}
	if bad > 0 {
		return errSilent
	}
	return nil
}

// validateOne checks path, a course directory or a bank file; the error is
// what is wrong with it, also listed in the result's Problems.
func validateOne(path string) (validation, error) {
	v := validation{Path: path, Problems: []problemJSON{}}
	if isDir(path) {
		c, err := questions.LoadCourseDir(path)
		if err != nil {
			v.Problems = problemsOf(path, err)
			return v, err
		}
		v.Kind, v.ID, v.Banks, v.Questions = "course", c.ID, len(c.Banks), c.Questions()
	} else {
		b, err := questions.LoadFile(path)
		if err != nil {
			v.Problems = problemsOf(path, err)
			return v, err
		}
		v.Kind, v.ID, v.Questions = "bank", b.ID, len(b.Questions)
	}
	v.OK = true
	return v, nil
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
