package cmd

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/quiz-cli/quiz/cmd/internal/text"
	"github.com/quiz-cli/quiz/questions"
)

// readOptions are the arguments and flags of `quiz read`.
type readOptions struct {
	names []string // [COURSE] [SECTION], as typed
	all   bool
}

// newReadCmd builds 'quiz read'; runF, when not nil, is called with the
// parsed options instead of printing anything (for tests).
func newReadCmd(f *Factory, runF func(*readOptions) error) *cobra.Command {
	o := readOptions{}
	c := &cobra.Command{
		Use:               "read [COURSE] [SECTION]",
		ValidArgsFunction: completeArgs(f, argSection),
		Short:             "Read a course's article, or one section of it",
		Long: `Read prints a section of a course's article, wrapped to the terminal.
Without a section it lists the sections with their numbers; with --all it
prints the whole article. A section is named as everywhere else: by its
number, by its bank id, or by part of its heading (from the start of a
word).

With one course in use the course can be left out; 'quiz courses' lists the
courses.`,
		Example: `  quiz read                 # list the sections
  quiz read 3               # section 3
  quiz read key-missions    # by bank id
  quiz read lessons         # by part of the heading
  quiz read --all           # the whole article
  quiz read notes 2         # section 2 of the course notes`,
		Args: maximumArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			o.names = args
			if runF != nil {
				return runF(&o)
			}
			lib, err := f.Library()
			if err != nil {
				return err
			}
			if o.all {
				return readAll(f, lib, o.names)
			}
			return runRead(f, lib, o.names)
		},
	}
	c.Flags().BoolVar(&o.all, "all", false, "print the whole article")
	return c
}

func runRead(f *Factory, lib *library, args []string) error {
	inUse := lib.inUse()
	if len(inUse) == 0 {
		inUse = lib.courses
	}
	if len(args) == 0 {
		for k, c := range inUse {
			if k > 0 {
				fmt.Fprintln(f.IO.Out)
			}
			listSections(f, c, len(inUse) > 1)
		}
		if len(inUse) == 1 {
			fmt.Fprintln(f.IO.Out)
			sayf(f, "Run 'quiz read N' to read a section, or 'quiz read --all' for the whole article.")
		} else {
			fmt.Fprintln(f.IO.Out, "\nRun 'quiz read COURSE N' to read a section.")
		}
		return nil
	}
	var n named
	var err error
	if len(args) == 2 {
		c, cerr := readCourse(lib, args[0])
		if cerr != nil {
			return cerr
		}
		n, err = resolveName([]*questions.CourseBundle{c}, []*questions.CourseBundle{c}, nil, args[1])
	} else {
		n, err = lib.resolve(args[0])
	}
	if err != nil {
		if args[len(args)-1] == "all" {
			return fmt.Errorf("%w; to read the whole article, run 'quiz read --all'", err)
		}
		return err
	}
	switch {
	case n.course == nil:
		id := n.banks[0].ID
		return fmt.Errorf("bank %s was added on its own, without an article; 'quiz show %s' prints its questions", id, id)
	case n.section < 0:
		listSections(f, n.course, false)
		fmt.Fprintf(f.IO.Out, "\nRun 'quiz read %s N' to read a section.\n", n.course.ID)
		return nil
	}
	writeSection(f, n.course, n.section)
	return nil
}

// readAll prints the whole article of the course in use, or of the one
// named.
func readAll(f *Factory, lib *library, args []string) error {
	inUse := lib.inUse()
	if len(inUse) == 0 {
		inUse = lib.courses
	}
	switch {
	case len(args) > 1:
		return usageErrorf("--all prints a whole article; name at most the course")
	case len(args) == 1:
		c, err := readCourse(lib, args[0])
		if err != nil {
			return err
		}
		inUse = []*questions.CourseBundle{c}
	case len(inUse) > 1:
		return fmt.Errorf("several courses are in use (%s); name one: quiz read --all COURSE", courseIDs(inUse))
	}
	c := inUse[0]
	fmt.Fprintf(f.IO.Out, "%s\n\n", boldText(sessionStyle(f.IO), c.Title))
	for i := range c.Sections {
		writeSection(f, c, i)
	}
	return nil
}

// readCourse returns the course named id, or an error suggesting the
// nearest course ids.
func readCourse(lib *library, id string) (*questions.CourseBundle, error) {
	if c := lib.course(id); c != nil {
		return c, nil
	}
	msg := fmt.Sprintf("no course %q", id)
	var ids []string
	for _, c := range lib.courses {
		ids = append(ids, c.ID)
	}
	if near := nearest(ids, id); len(near) > 0 {
		return nil, fmt.Errorf("%s; did you mean %s?", msg, strings.Join(near, " or "))
	}
	return nil, fmt.Errorf("%s; run 'quiz courses' to list them", msg)
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
	width := f.IO.TerminalWidth()
	fmt.Fprintf(f.IO.Out, "%s\n\n", text.Wrap(title, width, ""))
	for i, s := range c.Sections {
		// A long heading goes on under itself, not under the number.
		fmt.Fprintf(f.IO.Out, "%3d  %s\n", i+c.FirstNumber, strings.TrimPrefix(text.Wrap(s.Heading, width, "     "), "     "))
	}
}

// writeSection prints section i of a course, wrapped to the terminal.
func writeSection(f *Factory, c *questions.CourseBundle, i int) {
	width := min(f.IO.TerminalWidth(), 100)
	s := c.Sections[i]
	fmt.Fprintf(f.IO.Out, "%s\n\n", boldText(sessionStyle(f.IO), text.Wrap(fmt.Sprintf("%d. %s", i+c.FirstNumber, s.Heading), width, "")))
	for _, p := range s.Paragraphs {
		fmt.Fprintln(f.IO.Out, text.Wrap(p, width, ""))
		if !strings.HasSuffix(p, ":") {
			fmt.Fprintln(f.IO.Out)
		}
	}
}
