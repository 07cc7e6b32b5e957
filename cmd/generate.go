package cmd

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/quiz-cli/quiz/cmd/internal/text"
	"github.com/quiz-cli/quiz/questions"
	"github.com/quiz-cli/quiz/questions/article"
	"github.com/quiz-cli/quiz/questions/generate"
)

// generateOptions are the argument and flags of `quiz generate`.
type generateOptions struct {
	path       string // the article
	output     string
	id         string
	title      string
	perSection int
	types      []string
	preview    bool
	force      bool

	kinds []questions.Type // types, checked
}

// newGenerateCmd builds 'quiz generate'; runF, when not nil, is called with
// the checked options instead of reading the article (for tests).
func newGenerateCmd(f *Factory, runF func(*generateOptions) error) *cobra.Command {
	var opts generateOptions
	c := &cobra.Command{
		Use:   "generate FILE",
		Short: "Make a course of question banks from an article",
		Long: `Generate reads an article, Markdown, HTML or plain text, and writes a
course directory: the cleaned article, one bank of questions per section
it can ask about, and a course.yaml that ties them together. Install it
with 'quiz add DIR'.

Questions are derived offline and deterministically: the same article
always gives the same questions. They ask about specific facts (dates,
numbers, names, abbreviations, identifiers written as code) as cloze,
multiple choice, true/false, select-all, ordering and abbreviation
questions, as flashcards on a definition or on what to do in a case
("What is a slice?", "What should you do if …?"), and by asking which
statement comes from a section. Notes are read as notes: a list of terms
and what they mean ("Nucleus: contains the cell's DNA") asks which term
a description is of and what a term means, a dated list ("1665: …") asks
when and in what order, and a table asks which row goes with a cell. A
question is kept only if it asks for something specific, so a section of
general prose may get one question or none (the summary names the
sections left without). Each question quotes the sentence it comes from
as its source. Review them before you study: a generator makes mistakes
a teacher would not.

Markdown and HTML headings start sections; in plain text, a short
capitalised line without final punctuation is a heading. Text without
headings is cut into parts of a few hundred words. Code, images and
markup are left out, and so are the scripts, forms and menus of a web
page; table rows become one line each.`,
		Example: `  quiz generate notes.md                 # writes ./notes/
  quiz generate chapter.txt -o course/   # plain text with bare-line headings
  quiz generate notes.md --preview       # print the questions, write nothing
  quiz generate notes.md --types cloze,choice --per-section 5
  quiz add notes/                        # then install the course`,
		Args: exactArgs(1, "name the article to read, e.g. 'quiz generate notes.md'"),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.path = args[0]
			if err := opts.check(); err != nil {
				return err
			}
			return runOr(f, &opts, runF, runGenerate)
		},
	}
	fl := c.Flags()
	fl.StringVarP(&opts.output, "output", "o", "", "write the course to this `DIR` (default: the file's name without its extension)")
	fl.StringVar(&opts.id, "id", "", "course `ID`, the prefix of every bank id (default: from the file name)")
	fl.StringVar(&opts.title, "title", "", "course `TITLE` (default: the article's title or first heading)")
	fl.IntVar(&opts.perSection, "per-section", 0, "questions per section, `N` from 1 to 30 (default: by the section's length)")
	fl.StringSliceVar(&opts.types, "types", nil, "only these question `TYPES`, comma-separated: choice,multi,truefalse,text,cloze,order,card")
	fl.BoolVar(&opts.preview, "preview", false, "print the questions instead of writing files")
	fl.BoolVar(&opts.force, "force", false, "replace an output directory written by an earlier quiz generate")
	return c
}

// check checks the options before anything is read: the number of
// questions, the types (parsed into kinds) and the course id (from the
// file's name when not given).
func (opts *generateOptions) check() error {
	if opts.perSection < 0 || opts.perSection > 30 {
		return usageErrorf("--per-section must be between 1 and 30, not %d", opts.perSection)
	}
	opts.kinds = nil
	for _, t := range opts.types {
		t = strings.TrimSpace(strings.ToLower(t))
		ok := false
		for _, known := range questions.Types {
			if string(known) == t {
				opts.kinds = append(opts.kinds, known)
				ok = true
			}
		}
		if !ok {
			return usageErrorf("--types: unknown question type %q; use choice, multi, truefalse, text, cloze, order or card", t)
		}
	}
	if opts.id == "" {
		base := filepath.Base(opts.path)
		opts.id = courseSlug(strings.TrimSuffix(base, filepath.Ext(base)))
	}
	if !questions.ValidID(opts.id) {
		return usageErrorf("course id %q is not valid; give one with --id (lower-case letters, digits and '-')", opts.id)
	}
	return nil
}

// runGenerate reads the article opts.path and writes its course, or
// prints its questions with opts.preview.
func runGenerate(f *Factory, opts generateOptions) error {
	path, id, types := opts.path, opts.id, opts.kinds
	data, err := readArticle(path)
	if err != nil {
		return err
	}
	a, err := article.Read(path, data)
	if err != nil {
		return fmt.Errorf("generate %s: %w", path, err)
	}
	title := strings.TrimSpace(opts.title)
	if title == "" {
		title = a.Title
	}
	if strings.ContainsAny(title, "\n\r") {
		return usageErrorf("--title must be one line")
	}

	progress := newProgress(f, a.Words())
	res := generate.Generate(a, generate.Options{Course: id, PerSection: opts.perSection, Types: types, Progress: progress.update})
	progress.done()
	if len(res.Banks) == 0 {
		return fmt.Errorf("generate %s: %w", path, generate.ErrNoQuestions)
	}
	if opts.preview {
		printPreview(f.IO.Out, res)
		summarize(f, path, "", res)
		return nil
	}

	out := opts.output
	if out == "" {
		out = id
	}
	if err := outsideDataDir(f, out); err != nil {
		return err
	}
	files, err := res.Files(path, id, title)
	if err != nil {
		return err
	}
	if err := generate.WriteDir(out, files, opts.force); err != nil {
		return fmt.Errorf("generate: %w", err)
	}
	summarize(f, path, out, res)
	return nil
}

// readArticle reads an article, refusing one over the size limit before
// reading it.
func readArticle(path string) ([]byte, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("generate: %w", unwrapPathErr(err))
	}
	if st.IsDir() {
		return nil, fmt.Errorf("generate: %s is a directory; give an article file", path)
	}
	if st.Size() > article.MaxSize {
		return nil, fmt.Errorf("generate %s: the file is %d bytes, over the %d MiB limit for an article; split it", path, st.Size(), article.MaxSize>>20)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("generate: %w", unwrapPathErr(err))
	}
	return data, nil
}

func unwrapPathErr(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return fmt.Errorf("%s: %w", pe.Path, pe.Err)
	}
	return err
}

// courseSlug makes a course id from a file name.
func courseSlug(name string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(name) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			b.WriteRune(r)
			dash = false
		} else if b.Len() > 0 && !dash {
			b.WriteByte('-')
			dash = true
		}
	}
	s := strings.TrimRight(b.String(), "-")
	if len(s) > 40 {
		s = strings.TrimRight(s[:40], "-")
	}
	return s
}

// outsideDataDir refuses an output directory inside the data directory:
// courses get there only through quiz add, which validates them first.
func outsideDataDir(f *Factory, out string) error {
	home, err := f.HomeDir()
	if err != nil {
		return nil // no data directory to protect
	}
	absHome, err1 := filepath.Abs(home)
	absOut, err2 := filepath.Abs(out)
	if err1 != nil || err2 != nil {
		return nil
	}
	if rel, err := filepath.Rel(absHome, absOut); err == nil && (rel == "." || !strings.HasPrefix(rel, "..")) {
		return fmt.Errorf("generate: %s is inside the data directory %s; write the course elsewhere and install it with quiz add", out, home)
	}
	return nil
}

func summarize(f *Factory, path, out string, res *generate.Result) {
	n := 0
	for _, b := range res.Banks {
		n += len(b.Questions)
	}
	what := fmt.Sprintf("%s, %s from %s", text.Count(len(res.Banks), "bank"), text.Count(n, "question"), filepath.Base(path))
	if out == "" {
		fmt.Fprintf(f.IO.ErrOut, "Previewed %s.\n", what)
	} else {
		fmt.Fprintf(f.IO.ErrOut, "Wrote %s: %s.\n", out, what)
	}
	if len(res.Skipped) > 0 {
		var quoted []string
		for i, h := range res.Skipped {
			if i == maxNamed {
				quoted = append(quoted, fmt.Sprintf("and %d more", len(res.Skipped)-maxNamed))
				break
			}
			quoted = append(quoted, "“"+h+"”")
		}
		fmt.Fprintf(f.IO.ErrOut, "No questions for %s, kept in the article to read: %s.\n", text.Count(len(res.Skipped), "section"), strings.Join(quoted, ", "))
	}
	if out != "" {
		fmt.Fprintf(f.IO.ErrOut, "Review the questions, then install the course: quiz add %s\n", out)
	}
}

// maxNamed is how many skipped sections the summary names.
const maxNamed = 5

// printPreview prints the generated questions with their answers.
func printPreview(w io.Writer, res *generate.Result) {
	for i, b := range res.Banks {
		if i > 0 {
			fmt.Fprintln(w)
		}
		fmt.Fprintf(w, "== %d. %s (bank %s, %s)\n", i+1, b.Title, b.ID, text.Count(len(b.Questions), "question"))
		for j, q := range b.Questions {
			fmt.Fprintf(w, "\n%d. [%s] ", j+1, q.Type)
			switch q.Type {
			case questions.Cloze:
				fmt.Fprintln(w, q.Text)
			default:
				fmt.Fprintln(w, q.Prompt)
			}
			switch q.Type {
			case questions.Choice:
				for _, c := range q.Choices {
					mark := " "
					if c == q.Answer {
						mark = "*"
					}
					fmt.Fprintf(w, "   %s %s\n", mark, c)
				}
			case questions.Multi:
				for _, c := range q.Choices {
					mark := " "
					for _, a := range q.Answers {
						if a == c {
							mark = "*"
						}
					}
					fmt.Fprintf(w, "   %s %s\n", mark, c)
				}
			case questions.Order:
				for k, it := range q.Items {
					fmt.Fprintf(w, "   %d) %s\n", k+1, it)
				}
			case questions.TrueFalse, questions.Text:
				fmt.Fprintf(w, "   answer: %s\n", q.Answer)
			case questions.Card:
				fmt.Fprintf(w, "   back: %s\n", strings.ReplaceAll(q.Answer, "\n", "\n         "))
			}
		}
	}
}

// genProgress shows how far generation has got on stderr, when it is a
// terminal and the article is long enough to take a while.
type genProgress struct {
	w       io.Writer
	on      bool
	started time.Time
	shown   bool
}

// progressWords is the article length from which progress is shown: well
// under it, generation takes much less than a second.
const progressWords = 20000

func newProgress(f *Factory, words int) *genProgress {
	p := &genProgress{w: f.IO.ErrOut, started: time.Now()}
	if file, ok := f.IO.ErrOut.(*os.File); ok && isTerminal(file) && words >= progressWords {
		p.on = true
	}
	return p
}

func (p *genProgress) update(done, total int) {
	if !p.on {
		return
	}
	fmt.Fprintf(p.w, "\rGenerating questions: section %d of %d", done, total)
	p.shown = true
}

func (p *genProgress) done() {
	if p.shown {
		fmt.Fprint(p.w, "\r\033[K")
	}
}
