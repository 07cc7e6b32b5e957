package cmd

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/quiz-cli/quiz/cmd/internal/text"
	"github.com/quiz-cli/quiz/questions"
)

func newReadCmd(f *Factory) *cobra.Command {
	return &cobra.Command{
		Use:   "read [SECTION]",
		Short: "Read the article, or one section of it",
		Long: `Read prints a section of the built-in article, wrapped to the terminal.
Without an argument it lists the sections with their numbers. A section can
be named by its number, by its bank id, or by part of its heading.`,
		Example: `  quiz read                 # list the sections
  quiz read 3               # section 3
  quiz read key-missions    # by bank id
  quiz read "lessons"       # by part of the heading`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			secs := questions.CourseSections()
			banks, _ := questions.Course()
			if len(args) == 0 {
				fmt.Fprintf(f.IO.Out, "%s\n\n", questions.CourseTitle)
				for i, s := range secs {
					fmt.Fprintf(f.IO.Out, "%3d  %s\n", i, s.Heading)
				}
				fmt.Fprintln(f.IO.Out, "\nRun 'quiz read N' to read a section.")
				return nil
			}
			i, err := findSection(secs, banks, args[0])
			if err != nil {
				return err
			}
			width := min(f.IO.TerminalWidth(), 100)
			s := secs[i]
			fmt.Fprintf(f.IO.Out, "%s\n\n", boldText(sessionStyle(f.IO), fmt.Sprintf("%d. %s", i, s.Heading)))
			for _, p := range s.Paragraphs {
				fmt.Fprintln(f.IO.Out, text.Wrap(p, width, ""))
				if !strings.HasSuffix(p, ":") {
					fmt.Fprintln(f.IO.Out)
				}
			}
			return nil
		},
	}
}

// findSection resolves a section named by number, bank id, or a
// case-insensitive part of its heading.
func findSection(secs []questions.Section, banks []*questions.Bank, name string) (int, error) {
	if n, err := strconv.Atoi(name); err == nil {
		if n < 0 || n >= len(secs) {
			return 0, fmt.Errorf("no section %d; sections are numbered 0 to %d ('quiz read' lists them)", n, len(secs)-1)
		}
		return n, nil
	}
	for _, b := range banks {
		if b.ID == name {
			for i, s := range secs {
				if s.Heading == b.Section {
					return i, nil
				}
			}
		}
	}
	var hits []int
	for i, s := range secs {
		if strings.Contains(strings.ToLower(s.Heading), strings.ToLower(name)) {
			hits = append(hits, i)
		}
	}
	switch len(hits) {
	case 1:
		return hits[0], nil
	case 0:
		return 0, fmt.Errorf("no section matches %q; run 'quiz read' to list them", name)
	}
	var names []string
	for _, h := range hits {
		names = append(names, fmt.Sprintf("%d (%s)", h, secs[h].Heading))
	}
	return 0, fmt.Errorf("%q matches several sections: %s; use a number", name, strings.Join(names, ", "))
}
