package cmd

import (
	"fmt"
	"io"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/quiz-cli/quiz/cmd/internal/text"
	"github.com/quiz-cli/quiz/questions"
	"github.com/quiz-cli/quiz/quiz"
)

// courseRow is one line of `quiz courses`, and one object of its --json.
type courseRow struct {
	ID        string `json:"id"`
	Title     string `json:"title"`
	Sections  int    `json:"sections"`
	Banks     int    `json:"banks"`
	Questions int    `json:"questions"`
	New       int    `json:"new"`
	Due       int    `json:"due"`
	InUse     bool   `json:"in_use"`
	Builtin   bool   `json:"builtin"`
	Dir       string `json:"dir,omitempty"`
}

// coursesOptions are the flags of `quiz courses`.
type coursesOptions struct {
	asJSON bool
}

// newCoursesCmd builds 'quiz courses'; runF, when not nil, is called with the
// parsed options instead of listing the courses (for tests).
func newCoursesCmd(f *Factory, runF func(*coursesOptions) error) *cobra.Command {
	o := coursesOptions{}
	c := &cobra.Command{
		Use:   "courses",
		Short: "List courses, and set a course aside or bring it back",
		Long: `Courses lists the courses: the built-in one (peacekeeping) and those you
added with 'quiz add DIR'. For each it shows its banks and questions, how
many questions are new and due, and whether it is in use.

Study, practice, exam and the dashboard cover the courses in use (and the
banks you added on their own) when you name none. 'quiz courses hide
COURSE' sets a course aside; 'quiz courses use COURSE' brings it back. Its
history is kept either way, and you can still name it: 'quiz study COURSE'.`,
		Example: `  quiz courses
  quiz courses hide peacekeeping   # set the built-in course aside
  quiz courses use peacekeeping    # bring it back
  quiz courses --json`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runOr(f, &o, runF, runCourses)
		},
	}
	c.Flags().BoolVar(&o.asJSON, "json", false, "print the courses as a JSON array")
	c.AddCommand(newCourseStateCmd(f, true, nil), newCourseStateCmd(f, false, nil))
	return c
}

// runCourses lists the courses, as a table or as JSON.
func runCourses(f *Factory, o coursesOptions) error {
	lib, err := f.Library()
	if err != nil {
		return err
	}
	store, err := f.OpenReader()
	if err != nil {
		return err
	}
	defer store.Close()
	now := f.Now()
	rows := make([]courseRow, len(lib.courses))
	for i, c := range lib.courses {
		r := courseRow{ID: c.ID, Title: c.Title, Sections: len(c.Sections), Banks: len(c.Banks),
			InUse: !lib.hidden[c.ID], Builtin: c.Builtin, Dir: c.Dir}
		for _, b := range c.Banks {
			n := quiz.Count(b, store, now)
			r.Questions += n.Questions
			r.New += n.New
			r.Due += n.Due
		}
		rows[i] = r
	}
	if o.asJSON {
		return writeJSON(f.IO.Out, rows)
	}
	writeCourseTable(f.IO.Out, rows, f.IO.TerminalWidth())
	if n := len(lib.standalone); n > 0 {
		fmt.Fprintf(f.IO.Out, "\nAnd %s added on its own ('quiz banks' lists them).\n", text.Count(n, "bank"))
	}
	return nil
}

func writeCourseTable(w io.Writer, rows []courseRow, width int) {
	idW := len("COURSE")
	for _, r := range rows {
		idW = max(idW, len(r.ID))
	}
	// id, counts, state and gaps take idW+40 columns; the title gets the
	// rest, or is left out when fewer than 12 columns remain.
	titleW := min(width-idW-42, 40)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	if titleW >= 12 {
		fmt.Fprintln(tw, "COURSE\tTITLE\tBANKS\tQUESTIONS\tNEW\tDUE\tSTATE")
	} else {
		fmt.Fprintln(tw, "COURSE\tBANKS\tQUESTIONS\tNEW\tDUE\tSTATE")
	}
	for _, r := range rows {
		state := "in use"
		if !r.InUse {
			state = "set aside"
		}
		if titleW >= 12 {
			fmt.Fprintf(tw, "%s\t%s\t%d\t%d\t%d\t%d\t%s\n", r.ID, text.Clip(r.Title, titleW), r.Banks, r.Questions, r.New, r.Due, state)
		} else {
			fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%d\t%s\n", r.ID, r.Banks, r.Questions, r.New, r.Due, state)
		}
	}
	tw.Flush()
}

// courseStateOptions are the argument of `quiz courses hide` and
// `quiz courses use`.
type courseStateOptions struct {
	id   string
	hide bool // hide, or else use
}

// newCourseStateCmd builds 'quiz courses hide' (hide) or 'quiz courses use';
// runF, when not nil, is called with the parsed options instead of
// changing the course (for tests).
func newCourseStateCmd(f *Factory, hide bool, runF func(*courseStateOptions) error) *cobra.Command {
	o := courseStateOptions{hide: hide}
	c := &cobra.Command{
		Use:   "use COURSE",
		Short: "Bring a course set aside back into use",
		Long: `Use brings a course that was set aside back into use: study, practice, exam
and the dashboard cover it again when you name no course. Its history was
kept, so its schedule carries on where it was.`,
		Example: `  quiz courses use peacekeeping`,
	}
	if hide {
		c.Use = "hide COURSE"
		c.Short = "Set a course aside, keeping its history"
		c.Long = `Hide sets a course aside: study, practice, exam and the dashboard leave it out
when you name no course, so it does not crowd the courses you are studying.
Nothing is deleted: its history and schedule are kept, you can still study
it by name ('quiz study COURSE'), and 'quiz courses use COURSE' brings it
back. The setting is kept in your data directory with your other settings.`
		c.Example = `  quiz courses hide peacekeeping   # set the built-in course aside`
	}
	c.Args = exactArgs(1, "name the course; 'quiz courses' lists them")
	c.ValidArgsFunction = completeArgs(f, argCourse)
	c.RunE = func(cmd *cobra.Command, args []string) error {
		o.id = args[0]
		return runOr(f, &o, runF, runCourseState)
	}
	return c
}

// runCourseState sets the course o.id aside or brings it back.
func runCourseState(f *Factory, o courseStateOptions) error {
	lib, err := f.Library()
	if err != nil {
		return err
	}
	course := lib.course(o.id)
	if course == nil {
		return fmt.Errorf("no course %q; run 'quiz courses' to list them", o.id)
	}
	return setCourseHidden(f, course, o.hide)
}

// setCourseHidden records that a course is set aside (hide) or in use.
func setCourseHidden(f *Factory, c *questions.CourseBundle, hide bool) error {
	store, err := f.OpenWriter()
	if err != nil {
		return err
	}
	defer store.Close()
	set := store.Settings()
	switch {
	case hide && set.IsHidden(c.ID):
		sayf(f, "Course %s is already set aside; 'quiz courses use %s' brings it back.", c.ID, c.ID)
		return nil
	case !hide && !set.IsHidden(c.ID):
		fmt.Fprintf(f.IO.Out, "Course %s is already in use.\n", c.ID)
		return nil
	}
	if err := store.SetSettings(set.WithHidden(c.ID, hide)); err != nil {
		return fmt.Errorf("save course state: %w", err)
	}
	if err := store.Close(); err != nil {
		return err
	}
	msg := fmt.Sprintf("Course %s is in use again; its history and schedule carry on where they were.", c.ID)
	if hide {
		msg = fmt.Sprintf("Set %s aside: study, practice, exam and the dashboard leave it out unless you name it. "+
			"Its history is kept; 'quiz courses use %s' brings it back.", c.ID, c.ID)
	}
	fmt.Fprintln(f.IO.Out, text.Wrap(msg, f.IO.TerminalWidth(), ""))
	return nil
}
