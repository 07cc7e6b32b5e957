package cmd

import (
	"fmt"
	"path/filepath"
	"slices"

	"github.com/quiz-cli/quiz/progress"
	"github.com/quiz-cli/quiz/questions"
)

// library is every bank the learner can study: the courses (the built-in
// one first, then the installed ones by id) and the banks installed on
// their own, with which courses are set aside.
type library struct {
	courses    []*questions.CourseBundle
	standalone []*questions.Bank
	hidden     map[string]bool
}

// CoursesDir returns the folder of the learner's installed courses.
func (f *Factory) CoursesDir() (string, error) {
	home, err := f.HomeDir()
	if err != nil {
		return "", err
	}
	return filepath.Join(home, "courses"), nil
}

// Library loads the built-in course, the installed courses and the banks
// installed on their own. A broken course or bank is reported on stderr as
// a warning and skipped, and so is one whose id is already taken; the
// others still load. Which courses are set aside is read from the settings.
func (f *Factory) Library() (*library, error) {
	ix, err := f.Index()
	if err != nil {
		return nil, err
	}
	builtin, err := ix.BuiltinCourse()
	if err != nil {
		return nil, err
	}
	lib := &library{courses: []*questions.CourseBundle{builtin}, hidden: map[string]bool{}}
	cdir, err := f.CoursesDir()
	if err != nil {
		return nil, err
	}
	bdir, err := f.BanksDir()
	if err != nil {
		return nil, err
	}
	// Course ids and bank ids share one namespace: either can be named to
	// study, read or show.
	taken := map[string]string{builtin.ID: "the built-in course"}
	for _, b := range builtin.Banks {
		taken[b.ID] = "the built-in course"
	}
	installed, problems := ix.LoadCourses(cdir)
	for _, p := range problems {
		f.warnf("skipping broken course %v", firstLine(p.Error()))
	}
	for _, c := range installed {
		if clash := courseClash(c, taken); clash != "" {
			f.warnf("%s: %s; skipped", c.Dir, clash)
			continue
		}
		owner := "course " + c.ID
		taken[c.ID] = owner
		for _, b := range c.Banks {
			taken[b.ID] = owner
		}
		lib.courses = append(lib.courses, c)
	}
	user, bad := ix.LoadDir(bdir)
	f.saveIndex()
	for _, p := range bad {
		f.warnf("skipping broken bank %v", firstLine(p.Error()))
	}
	for _, b := range user {
		if owner, ok := taken[b.ID]; ok {
			f.warnf("%s: bank id %q is taken by %s; skipped", b.File, b.ID, owner)
			continue
		}
		taken[b.ID] = b.File
		lib.standalone = append(lib.standalone, b)
	}
	set, err := f.readSettings()
	if err != nil {
		return nil, err
	}
	for _, id := range set.Hidden() {
		lib.hidden[id] = true
	}
	return lib, nil
}

// courseClash says which id of course c is already taken, or "".
func courseClash(c *questions.CourseBundle, taken map[string]string) string {
	if owner, ok := taken[c.ID]; ok {
		return fmt.Sprintf("course id %s is taken by %s", c.ID, owner)
	}
	for _, b := range c.Banks {
		if owner, ok := taken[b.ID]; ok {
			return fmt.Sprintf("bank id %s is taken by %s", b.ID, owner)
		}
	}
	return ""
}

// readSettings reads the settings without the writer lock and without
// repeating the store's warnings, which the command's own store reports.
func (f *Factory) readSettings() (progress.Settings, error) {
	home, err := f.HomeDir()
	if err != nil {
		return progress.Settings{}, err
	}
	return progress.ReadSettings(home, f.StoreOptions()...)
}

// course returns the course with the given id, or nil.
func (l *library) course(id string) *questions.CourseBundle {
	for _, c := range l.courses {
		if c.ID == id {
			return c
		}
	}
	return nil
}

// inUse returns the courses that are not set aside.
func (l *library) inUse() []*questions.CourseBundle {
	var out []*questions.CourseBundle
	for _, c := range l.courses {
		if !l.hidden[c.ID] {
			out = append(out, c)
		}
	}
	return out
}

// allBanks returns every bank: the courses' in course order, then the
// banks installed on their own.
func (l *library) allBanks() []*questions.Bank {
	var out []*questions.Bank
	for _, c := range l.courses {
		out = append(out, c.Banks...)
	}
	return append(out, l.standalone...)
}

// inUseBanks returns the banks of the courses in use, then the banks
// installed on their own: what commands cover when no bank is named.
func (l *library) inUseBanks() []*questions.Bank {
	var out []*questions.Bank
	for _, c := range l.inUse() {
		out = append(out, c.Banks...)
	}
	return append(out, l.standalone...)
}

// pick returns the banks named by args, each a course id (all its banks,
// in article order), a bank id, a section number or part of a section's
// heading (see resolve); with no args, the banks in use. A bank named twice
// comes once.
func (l *library) pick(args []string) ([]*questions.Bank, error) {
	if len(args) == 0 {
		return l.inUseBanks(), nil
	}
	var out []*questions.Bank
	for _, a := range args {
		n, err := l.resolve(a)
		if err != nil {
			return nil, err
		}
		if len(n.banks) == 0 {
			return nil, fmt.Errorf("section %s has no questions; 'quiz read %s' reads it", n.describe(false), a)
		}
		for _, b := range n.banks {
			if !slices.Contains(out, b) {
				out = append(out, b)
			}
		}
	}
	return out, nil
}

// courseOf returns the course a bank belongs to, or nil for a bank
// installed on its own.
func (l *library) courseOf(b *questions.Bank) *questions.CourseBundle {
	if b.Course == "" {
		return nil
	}
	return l.course(b.Course)
}
