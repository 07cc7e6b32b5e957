package cmd

import (
	"errors"
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"github.com/quiz-cli/quiz/cmd/internal/text"
	"github.com/quiz-cli/quiz/questions"
	"github.com/quiz-cli/quiz/quiz"
)

// pendingBank is a checked bank file waiting to be installed.
type pendingBank struct {
	name string // the file, for messages
	bank *questions.Bank
	data []byte
}

// addOptions are the arguments and flags of `quiz add`.
type addOptions struct {
	paths []string
	force bool
}

// newAddCmd builds 'quiz add'; runF, when not nil, is called with the
// parsed options instead of installing (for tests).
func newAddCmd(f *Factory, runF func(*addOptions) error) *cobra.Command {
	o := addOptions{}
	c := &cobra.Command{
		Use:   "add FILE|DIR...",
		Short: "Install question bank files or course directories",
		Long: `Add checks bank files and course directories, then installs them into your
data directory, where study and the other commands find them. If anything
has a problem, nothing is installed.

A course directory (course.yaml, its article and its banks, as written by
'quiz generate') is installed whole, as one course: 'quiz read COURSE' reads
its article and 'quiz study COURSE' studies its banks section by section.

A course or bank id that is already installed is refused unless --force;
the ids of the built-in course are always refused. Your progress is kept
per bank id and question id, so replacing a course or bank with an edited
version keeps it.`,
		Example: `  quiz add my-bank.yaml
  quiz add notes/                 # a course directory
  quiz add --force notes/         # replace the installed version`,
		Args: minimumArgs(1, "name the bank files or course directories to install, e.g. 'quiz add my-bank.yaml'"),
		RunE: func(cmd *cobra.Command, args []string) error {
			o.paths = args
			return runOr(f, &o, runF, runAdd)
		},
	}
	c.Flags().BoolVar(&o.force, "force", false, "replace a course or bank that is already installed")
	return c
}

// runAdd checks every bank file and course directory named, then installs
// them all, or none when any has a problem.
func runAdd(f *Factory, o addOptions) error {
	var pending []pendingBank
	var courses []pendingCourse
	bad := false
	for _, path := range o.paths {
		if isDir(path) {
			c, err := questions.LoadCourseDir(path)
			if err != nil {
				bad = true
				reportBankError(f, err)
				continue
			}
			courses = append(courses, pendingCourse{path, c})
			continue
		}
		b, data, err := questions.ReadFile(path)
		if err != nil {
			bad = true
			reportBankError(f, err)
			continue
		}
		pending = append(pending, pendingBank{path, b, data})
	}
	if bad {
		return errSilent
	}
	return install(f, pending, courses, o.force)
}

// pendingCourse is a checked course directory waiting to be installed.
type pendingCourse struct {
	name   string // the directory, for messages
	course *questions.CourseBundle
}

// installBanks installs checked banks: all of them, or none when any id
// is refused.
func installBanks(f *Factory, pending []pendingBank, force bool) error {
	return install(f, pending, nil, force)
}

// install installs checked banks and courses: all of them, or none when
// any id is refused.
func install(f *Factory, pending []pendingBank, courses []pendingCourse, force bool) error {
	bdir, err := f.BanksDir()
	if err != nil {
		return err
	}
	cdir, err := f.CoursesDir()
	if err != nil {
		return err
	}
	lib, err := f.Library()
	if err != nil {
		return err
	}
	ix, err := f.Index()
	if err != nil {
		return err
	}
	defer f.saveIndex()
	replacing := map[string]bool{}
	for _, p := range courses {
		// Without --force it is refused as installed, with it replaced:
		// either way its own ids are not in the way.
		replacing[p.course.ID] = true
	}
	// Every id in use, except those of a course about to be replaced.
	taken := map[string]string{}
	for _, c := range lib.courses {
		owner := "course " + c.ID
		if c.Builtin {
			owner = "the built-in course"
		} else if replacing[c.ID] {
			continue
		}
		taken[c.ID] = owner
		for _, b := range c.Banks {
			taken[b.ID] = owner
		}
	}
	standalone := map[string]bool{}
	for _, b := range lib.standalone {
		standalone[b.ID] = true
	}

	var msgs []string
	refuse := func(name, format string, args ...any) {
		msgs = append(msgs, fmt.Sprintf("quiz: %s: %s", name, fmt.Sprintf(format, args...)))
	}
	seen := map[string]string{} // ids of this add, to the file or directory using them
	for _, p := range courses {
		c := p.course
		switch {
		case c.ID == questions.BuiltinCourseID:
			refuse(p.name, "course id %s belongs to the built-in course; change course: in %s to another id", c.ID, questions.CourseFileName)
		case !force && (lib.course(c.ID) != nil || questions.CourseInstalled(cdir, c.ID)):
			refuse(p.name, "course %s is already installed; use --force to replace it (your progress is kept)", c.ID)
		case !force && ix.InstalledFile(bdir, c.ID) != "", standalone[c.ID]:
			refuse(p.name, "course id %s is already used by an installed bank; change course: in %s to another id", c.ID, questions.CourseFileName)
		case taken[c.ID] != "":
			refuse(p.name, "course id %s is already used by %s; change course: in %s to another id", c.ID, taken[c.ID], questions.CourseFileName)
		case seen[c.ID] != "":
			refuse(p.name, "course id %s is also used by %s; give each its own id", c.ID, seen[c.ID])
		}
		seen[c.ID] = p.name
		for _, b := range c.Banks {
			switch {
			case taken[b.ID] != "":
				refuse(b.File, "bank id %s is already used by %s; change bank: to another id", b.ID, taken[b.ID])
			case standalone[b.ID] || ix.InstalledFile(bdir, b.ID) != "":
				refuse(b.File, "bank id %s is already used by an installed bank; change bank: to another id, or 'quiz remove %s' first", b.ID, b.ID)
			case seen[b.ID] != "":
				refuse(b.File, "bank id %s is also used by %s; give each bank its own id", b.ID, seen[b.ID])
			}
			seen[b.ID] = b.File
		}
	}
	for _, p := range pending {
		id := p.bank.ID
		switch {
		case taken[id] == "the built-in course":
			refuse(p.name, "bank id %s belongs to a built-in bank; change bank: to another id", id)
		case taken[id] != "":
			refuse(p.name, "bank id %s is already used by %s; change bank: to another id", id, taken[id])
		case seen[id] != "":
			refuse(p.name, "bank id %s is also used by %s; give each bank its own id", id, seen[id])
		case !force && ix.InstalledFile(bdir, id) != "":
			refuse(p.name, "bank %s is already installed; use --force to replace it", id)
		}
		seen[id] = p.name
	}
	if len(msgs) > 0 {
		for _, m := range msgs {
			fmt.Fprintln(f.IO.ErrOut, m)
		}
		// With several files, say that the good ones were not added either.
		if len(pending)+len(courses) > 1 {
			fmt.Fprintln(f.IO.ErrOut, "quiz: nothing was added")
		}
		return errSilent
	}
	for _, p := range courses {
		c := p.course
		_, replaced, err := questions.InstallCourse(cdir, c, force)
		if err != nil {
			return err
		}
		verb := "Added"
		if replaced {
			verb = "Replaced"
		}
		sayf(f, "%s course %s (%s, %s). Run 'quiz read %s' to read it, 'quiz study %s' to study it.",
			verb, c.ID, text.Count(len(c.Banks), "bank"), text.Count(c.Questions(), "question"), c.ID, c.ID)
		if lib.hidden[c.ID] {
			sayf(f, "Course %s is set aside; 'quiz courses use %s' brings it back into use.", c.ID, c.ID)
		}
	}
	for _, p := range pending {
		_, replaced, err := ix.Install(bdir, p.bank, p.data, force)
		if err != nil {
			return err
		}
		verb := "Added"
		if replaced {
			verb = "Replaced"
		}
		fmt.Fprintf(f.IO.Out, "%s %s (%s).\n", verb, p.bank.ID, text.Count(len(p.bank.Questions), "question"))
	}
	return nil
}

// removeOptions are the argument and flags of `quiz remove`.
type removeOptions struct {
	id  string
	yes bool
}

// newRemoveCmd builds 'quiz remove'; runF, when not nil, is called with the
// parsed options instead of removing anything (for tests).
func newRemoveCmd(f *Factory, runF func(*removeOptions) error) *cobra.Command {
	o := removeOptions{}
	c := &cobra.Command{
		Use:               "remove COURSE|BANK",
		ValidArgsFunction: completeArgs(f, argOwnBank),
		Short:             "Uninstall a course or question bank you added",
		Long: `Remove uninstalls a course or a bank you added. It asks first; --yes skips
the question (and is needed when not run in a terminal).

The review history is kept: add the course or bank again and your progress
comes back. The built-in course cannot be removed; 'quiz courses hide
peacekeeping' sets it aside instead.`,
		Example: `  quiz remove my-bank
  quiz remove notes --yes       # a course, with all its banks`,
		Args: exactArgs(1, "name the course or bank to remove; 'quiz banks' lists the banks you added"),
		RunE: func(cmd *cobra.Command, args []string) error {
			o.id = args[0]
			return runOr(f, &o, runF, runRemove)
		},
	}
	c.Flags().BoolVarP(&o.yes, "yes", "y", false, "remove without asking")
	return c
}

// runRemove uninstalls the course or bank o.id names, after asking.
func runRemove(f *Factory, o removeOptions) error {
	lib, err := f.Library()
	if err != nil {
		return err
	}
	if c := lib.course(o.id); c != nil {
		if c.Builtin {
			return fmt.Errorf("%s is the built-in course and cannot be removed; 'quiz courses hide %s' sets it aside", o.id, o.id)
		}
		return removeCourse(f, c, o.yes)
	}
	for _, c := range lib.courses {
		for _, b := range c.Banks {
			if b.ID != o.id {
				continue
			}
			if c.Builtin {
				return fmt.Errorf("%s is a built-in bank; only banks you added can be removed", o.id)
			}
			return fmt.Errorf("bank %s belongs to course %s; remove the whole course with 'quiz remove %s'", o.id, c.ID, c.ID)
		}
	}
	dir, err := f.BanksDir()
	if err != nil {
		return err
	}
	path := questions.InstalledFile(dir, o.id)
	if path == "" {
		return fmt.Errorf("no installed bank %q; run 'quiz banks' or 'quiz courses' to list what is installed", o.id)
	}
	if ok, err := confirmRemove(f, o.yes, fmt.Sprintf("Remove bank %s (%s)?", o.id, path)); !ok || err != nil {
		if err == nil {
			fmt.Fprintf(f.IO.Out, "Kept %s.\n", o.id)
		}
		return err
	}
	if _, err := questions.Uninstall(dir, o.id); err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return fmt.Errorf("no installed bank %q; run 'quiz banks' to list them", o.id)
		}
		return err
	}
	sayf(f, "Removed %s; its review history is kept and comes back if you add the bank again.", o.id)
	return nil
}

// removeCourse uninstalls an installed course after asking.
func removeCourse(f *Factory, c *questions.CourseBundle, yes bool) error {
	cdir, err := f.CoursesDir()
	if err != nil {
		return err
	}
	q := fmt.Sprintf("Remove course %s (%s, %s)?", c.ID, text.Count(len(c.Banks), "bank"), c.Dir)
	if ok, err := confirmRemove(f, yes, q); !ok || err != nil {
		if err == nil {
			fmt.Fprintf(f.IO.Out, "Kept %s.\n", c.ID)
		}
		return err
	}
	if _, err := questions.UninstallCourse(cdir, c.ID); err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return fmt.Errorf("no installed course %q; run 'quiz courses' to list them", c.ID)
		}
		return err
	}
	sayf(f, "Removed course %s; its review history is kept and comes back if you add the course again.", c.ID)
	return nil
}

// confirmRemove asks whether to remove, unless yes. Without a terminal it
// refuses, since nothing can be asked.
func confirmRemove(f *Factory, yes bool, question string) (bool, error) {
	if yes {
		return true, nil
	}
	if !f.IO.CanPrompt() {
		return false, usageErrorf("remove asks before removing; use --yes when not in a terminal")
	}
	ok, err := f.Prompter().Confirm(question, false)
	if errors.Is(err, quiz.ErrInterrupted) {
		return false, errInterrupted
	}
	return ok, err
}
