package cmd

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/quiz-cli/quiz/cmd/internal/text"
	"github.com/quiz-cli/quiz/questions"
)

// showOptions are the argument and flags of `quiz show`.
type showOptions struct {
	name   string // a bank or course, named as everywhere
	asJSON bool
}

// newShowCmd builds 'quiz show'; runF, when not nil, is called with the
// parsed options instead of printing the bank (for tests).
func newShowCmd(f *Factory, runF func(*showOptions) error) *cobra.Command {
	o := showOptions{}
	c := &cobra.Command{
		Use:               "show BANK|COURSE",
		ValidArgsFunction: completeArgs(f, argBank),
		Short:             "Print a bank's questions and answers",
		Long: `Show prints every question of a bank with its answer (marked *), why it is
right, and the passage of the article it comes from. Name a course to print
all its banks, in article order. With --json it prints the bank (for a
course, an array of its banks) with the same field names as the YAML
format, for scripts.`,
		Example: `  quiz show key-missions
  quiz show key-missions --json
  quiz show tides               # every bank of a course`,
		Args: exactArgs(1, "name the bank or course to show; 'quiz banks' lists them"),
		RunE: func(cmd *cobra.Command, args []string) error {
			o.name = args[0]
			return runOr(f, &o, runF, runShow)
		},
	}
	c.Flags().BoolVar(&o.asJSON, "json", false, "print the bank as JSON (same field names as the YAML)")
	return c
}

// runShow prints the questions of the bank, or of every bank of the
// course, o.name names.
func runShow(f *Factory, o showOptions) error {
	lib, err := f.Library()
	if err != nil {
		return err
	}
	picked, err := lib.pick([]string{o.name})
	if err != nil {
		return err
	}
	// The library lists banks from the bank index: read them in full.
	for i, b := range picked {
		if picked[i], err = b.Full(); err != nil {
			return err
		}
	}
	course := lib.course(o.name)
	if o.asJSON {
		if course != nil {
			return writeJSON(f.IO.Out, picked)
		}
		return writeJSON(f.IO.Out, picked[0])
	}
	for i, b := range picked {
		if i > 0 {
			fmt.Fprintln(f.IO.Out)
		}
		writeBank(f, b, lib.courseOf(b))
	}
	return nil
}

func writeBank(f *Factory, b *questions.Bank, course *questions.CourseBundle) {
	w, width := f.IO.Out, f.IO.TerminalWidth()
	st := sessionStyle(f.IO)
	fmt.Fprintf(w, "%s (%s)\n", boldText(st, b.Title), b.ID)
	if course != nil {
		fmt.Fprintf(w, "Course: %s (%s)\n", course.Title, course.ID)
	}
	if b.Section != "" {
		fmt.Fprintln(w, text.Wrap("Section: "+b.Section, width, ""))
	}
	if b.Description != "" {
		fmt.Fprintln(w, text.Wrap(b.Description, width, ""))
	}
	fmt.Fprintln(w, text.Count(len(b.Questions), "question"))
	for i, q := range b.Questions {
		fmt.Fprintf(w, "\n%d. %s (%s)\n", i+1, questions.Key(b.ID, q.ID), q.Type)
		prompt := q.Prompt
		if q.Type == questions.Cloze {
			prompt = strings.TrimSpace(prompt + " " + q.Text)
		}
		fmt.Fprintln(w, text.Wrap(prompt, width, "   "))
		for _, c := range q.Choices {
			// Wrap drops leading spaces, so the mark is put on the wrapped
			// text: every option starts in the same column, the key marked.
			mark := "     "
			if c == q.Answer || contains(q.Answers, c) {
				mark = "   * "
			}
			fmt.Fprintln(w, mark+strings.TrimPrefix(text.Wrap(c, width, "     "), "     "))
		}
		for k, it := range q.Items {
			num := fmt.Sprintf("     %d. ", k+1)
			pad := strings.Repeat(" ", len(num))
			fmt.Fprintln(w, num+strings.TrimPrefix(text.Wrap(it, width, pad), pad))
		}
		switch q.Type {
		case questions.Text:
			ans := q.Answer
			if len(q.Accept) > 0 {
				ans += " (also: " + strings.Join(q.Accept, ", ") + ")"
			}
			fmt.Fprintln(w, text.Wrap("Answer: "+ans, width, "   "))
		case questions.TrueFalse:
			v, _ := strconv.ParseBool(q.Answer)
			fmt.Fprintf(w, "   Answer: %s\n", map[bool]string{true: "True", false: "False"}[v])
		case questions.Card:
			fmt.Fprintln(w, strings.Replace(text.Wrap(q.Answer, width, "         "), "         ", "   Back: ", 1))
		}
		if q.Explain != "" {
			fmt.Fprintln(w, text.Wrap("Why: "+q.Explain, width, "   "))
		}
		if q.Source != "" {
			fmt.Fprintln(w, text.Wrap("Source: “"+q.Source+"”", width, "   "))
		}
	}
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}
