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
		Use:               "read [COURSE] [SECTION]",
		ValidArgsFunction: completeArgs(f, argSection),
		Short:             "Read a course's article, or one section of it",
		Long: `Read prints a section of a course's article, wrapped to the terminal.
Without a section it lists the sections with their numbers. A section can
be named by its number, by its bank id, or by part of its heading.

With one course in use the course can be left out; 'quiz courses' lists the
courses.`,
		Example: `  quiz read                 # list the sections
  quiz read 3               # section 3
  quiz read key-missions    # by bank id
  quiz read "lessons"       # by part of the heading
  quiz read notes 2         # section 2 of the course notes`,
		Args: maximumArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			lib, err := f.Library()
			if err != nil {
				return err
			}
			return runRead(f, lib, args)
		},
	}
}

func runRead(f *Factory, lib *library, args []string) error {
	inUse := lib.inUse()
	if len(inUse) == 0 {
		inUse = lib.courses
	}
	if len(args) == 2 {
		c := lib.course(args[0])
		if c == nil {
			return fmt.Errorf("no course %q; run 'quiz courses' to list them", args[0])
		}
		i, err := findSection(c, args[1])
		if err != nil {
			return err
		}
		writeSection(f, c, i)
		return nil
	}
	if len(args) == 0 {
		for k, c := range inUse {
			if k > 0 {
				fmt.Fprintln(f.IO.Out)
			}
			listSections(f, c, len(inUse) > 1)
		}
		if len(inUse) == 1 {
			fmt.Fprintln(f.IO.Out, "\nRun 'quiz read N' to read a section.")
		} else {
			fmt.Fprintln(f.IO.Out, "\nRun 'quiz read COURSE N' to read a section.")
		}
		return nil
	}
	name := args[0]
	if c := lib.course(name); c != nil {
		listSections(f, c, false)
		fmt.Fprintf(f.IO.Out, "\nRun 'quiz read %s N' to read a section.\n", c.ID)
		return nil
	}
	for _, c := range lib.courses {
		for _, b := range c.Banks {
			if b.ID == name {
				writeSection(f, c, c.SectionIndex(b.Section))
				return nil
			}
		}
	}
	for _, b := range lib.standalone {
		if b.ID == name {
			return fmt.Errorf("bank %s was added on its own, without an article; 'quiz show %s' prints its questions", name, name)
		}
	}
	if len(inUse) == 1 {
		i, err := findSection(inUse[0], name)
		if err != nil {
			return err
		}
		writeSection(f, inUse[0], i)
		return nil
	}
	// Several courses: a heading can still be unique among them.
	if _, err := strconv.Atoi(name); err == nil {
		return fmt.Errorf("several courses are in use (%s); name one: quiz read COURSE %s", courseIDs(inUse), name)
	}
	var hits []string
	var hitCourse *questions.CourseBundle
	hitIndex := 0
	for _, c := range inUse {
		for i, s := range c.Sections {
			if strings.Contains(strings.ToLower(s.Heading), strings.ToLower(name)) {
				hits = append(hits, fmt.Sprintf("%s %d (%s)", c.ID, i+c.FirstNumber, s.Heading))
				hitCourse, hitIndex = c, i
			}
		}
	}
	switch len(hits) {
	case 0:
		return fmt.Errorf("no course, bank or section matches %q; run 'quiz read' to list them", name)
	case 1:
		writeSection(f, hitCourse, hitIndex)
		return nil
	}
	return fmt.Errorf("%q matches several sections: %s; use a course and a number", name, strings.Join(hits, ", "))
}

// courseIDs joins the ids of courses for a message.
func courseIDs(cs []*questions.CourseBundle) string {
	ids := make([]string, len(cs))
	for i, c := range cs {
		ids[i] = c.ID
	}
	return strings.Join(ids, ", ")
}

// listSections prints a course's title and its numbered sections.
func listSections(f *Factory, c *questions.CourseBundle, withID bool) {
	title := c.Title
	if withID {
		title += " (" + c.ID + ")"
	}
	fmt.Fprintf(f.IO.Out, "%s\n\n", title)
	for i, s := range c.Sections {
		fmt.Fprintf(f.IO.Out, "%3d  %s\n", i+c.FirstNumber, s.Heading)
	}
}

// writeSection prints section i of a course, wrapped to the terminal.
func writeSection(f *Factory, c *questions.CourseBundle, i int) {
	width := min(f.IO.TerminalWidth(), 100)
	s := c.Sections[i]
	fmt.Fprintf(f.IO.Out, "%s\n\n", boldText(sessionStyle(f.IO), fmt.Sprintf("%d. %s", i+c.FirstNumber, s.Heading)))
	for _, p := range s.Paragraphs {
		fmt.Fprintln(f.IO.Out, text.Wrap(p, width, ""))
		if !strings.HasSuffix(p, ":") {
			fmt.Fprintln(f.IO.Out)
		}
	}
}

// findSection resolves a section of a course named by number, bank id, or
// a case-insensitive part of its heading, to its index in c.Sections.
func findSection(c *questions.CourseBundle, name string) (int, error) {
	secs := c.Sections
	if n, err := strconv.Atoi(name); err == nil {
		i := n - c.FirstNumber
		if i < 0 || i >= len(secs) {
			return 0, fmt.Errorf("no section %d; sections are numbered %d to %d ('quiz read %s' lists them)",
				n, c.FirstNumber, len(secs)-1+c.FirstNumber, c.ID)
		}
		return i, nil
	}
	for _, b := range c.Banks {
		if b.ID == name {
			if i := c.SectionIndex(b.Section); i >= 0 {
				return i, nil
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
		return 0, fmt.Errorf("no section matches %q; run 'quiz read %s' to list them", name, c.ID)
	}
	var names []string
	for _, h := range hits {
		names = append(names, fmt.Sprintf("%d (%s)", h+c.FirstNumber, secs[h].Heading))
	}
	return 0, fmt.Errorf("%q matches several sections: %s; use a number", name, strings.Join(names, ", "))
}
