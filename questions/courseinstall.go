package questions

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/quiz-cli/quiz/internal/durable"
)

// Installed courses live in a folder of the data directory, one directory
// per course named by its id. Installing writes the new directory under a
// hidden temporary name, fsyncs it, then renames it into place; replacing
// moves the old one aside first (as .old-ID-…), and loading falls back to
// it if a crash came between the two renames.
const (
	newPrefix = ".new-"
	oldPrefix = ".old-"
	rmPrefix  = ".rm-"
)

// InstallCourse installs a course loaded by LoadCourseDir into coursesDir,
// as coursesDir/ID holding exactly the files that were checked. A course
// already installed under that id is refused with ErrInstalled unless
// force is set. It returns the course's directory and whether an installed
// course was replaced. A failed install leaves the earlier state.
func InstallCourse(coursesDir string, c *CourseBundle, force bool) (dir string, replaced bool, err error) {
	if c.Builtin || c.files == nil {
		return "", false, fmt.Errorf("install course %s: only a course loaded from a directory can be installed", c.ID)
	}
	if !ValidID(c.ID) {
		return "", false, fmt.Errorf("install course: invalid course id %q", c.ID)
	}
	dir = filepath.Join(coursesDir, c.ID)
	_, statErr := os.Lstat(dir)
	exists := statErr == nil
	if !exists && asideCopy(coursesDir, c.ID) != "" {
		exists = true // only the copy an interrupted replace left
	}
	if exists && !force {
		return "", false, fmt.Errorf("install course %s: %w", c.ID, ErrInstalled)
	}
	if err := mkdirSynced(coursesDir); err != nil {
		return "", false, fmt.Errorf("install course %s: %w", c.ID, err)
	}
	tmp, err := os.MkdirTemp(coursesDir, newPrefix+c.ID+"-")
	if err != nil {
		return "", false, fmt.Errorf("install course %s: %w", c.ID, err)
	}
	defer func() {
		if err != nil {
			os.RemoveAll(tmp)
		}
	}()
	names := make([]string, 0, len(c.files))
	for name := range c.files {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		if err := durable.WriteNew(filepath.Join(tmp, name), c.files[name], 0o600); err != nil {
			return "", false, fmt.Errorf("install course %s: %w", c.ID, err)
		}
	}
	if err := syncDir(tmp); err != nil {
		return "", false, fmt.Errorf("install course %s: %w", c.ID, err)
	}

	var old string
	if _, err := os.Lstat(dir); err == nil {
		old, err = asideName(coursesDir, oldPrefix+c.ID+"-")
		if err != nil {
			return "", false, fmt.Errorf("install course %s: %w", c.ID, err)
		}
		if err := os.Rename(dir, old); err != nil {
			return "", false, fmt.Errorf("install course %s: move the old version aside: %w", c.ID, err)
		}
	}
	if err := os.Rename(tmp, dir); err != nil {
		if old != "" {
			os.Rename(old, dir) // put the old version back
		}
		return "", false, fmt.Errorf("install course %s: %w", c.ID, err)
	}
	if err := syncDir(coursesDir); err != nil {
		return dir, exists, fmt.Errorf("install course %s: %w", c.ID, err)
	}
	if old != "" {
		if err := os.RemoveAll(old); err != nil {
			return dir, true, fmt.Errorf("install course %s: remove the old version: %w", c.ID, err)
		}
	}
	removeLeftovers(coursesDir, c.ID)
	return dir, exists, nil
}

// CourseInstalled reports whether course id is installed in coursesDir,
// even if it is broken.
func CourseInstalled(coursesDir, id string) bool {
	if !ValidID(id) {
		return false
	}
	if _, err := os.Lstat(filepath.Join(coursesDir, id)); err == nil {
		return true
	}
	return asideCopy(coursesDir, id) != ""
}

// asideCopy returns a copy of course id that an interrupted replace left
// under its hidden name, or "".
func asideCopy(coursesDir, id string) string {
	m, _ := filepath.Glob(filepath.Join(coursesDir, oldPrefix+id+"-*"))
	for _, p := range m {
		if st, err := os.Stat(p); err == nil && st.IsDir() && asideID(filepath.Base(p), oldPrefix) == id {
			return p
		}
	}
	return ""
}

// asideID is the course id in a hidden name PREFIX+ID+"-"+random.
func asideID(name, prefix string) string {
	id := strings.TrimPrefix(name, prefix)
	if i := strings.LastIndexByte(id, '-'); i > 0 {
		return id[:i]
	}
	return ""
}

// removeLeftovers removes what interrupted replaces and removals of course
// id left behind, once the course is in place or gone for good. Leftovers
// of an install in progress (.new-) are not touched.
func removeLeftovers(coursesDir, id string) {
	for _, prefix := range []string{oldPrefix, rmPrefix} {
		m, _ := filepath.Glob(filepath.Join(coursesDir, prefix+id+"-*"))
		for _, p := range m {
			if asideID(filepath.Base(p), prefix) == id {
				os.RemoveAll(p)
			}
		}
	}
}

// UninstallCourse removes the installed course id from coursesDir. It
// returns the directory removed, or an error wrapping fs.ErrNotExist when
// no such course is installed.
func UninstallCourse(coursesDir, id string) (string, error) {
	if !ValidID(id) {
		return "", fmt.Errorf("remove course %s: %w", id, fs.ErrNotExist)
	}
	dir := filepath.Join(coursesDir, id)
	if st, err := os.Lstat(dir); err != nil || !st.IsDir() {
		// Only the copy an interrupted replace left: it is the course.
		if dir = asideCopy(coursesDir, id); dir == "" {
			return "", fmt.Errorf("remove course %s: %w", id, fs.ErrNotExist)
		}
	}
	// Renaming first makes the removal atomic: a crash half-way through
	// deleting files leaves a hidden leftover, never a broken course.
	gone, err := asideName(coursesDir, rmPrefix+id+"-")
	if err != nil {
		return "", fmt.Errorf("remove course %s: %w", id, err)
	}
	if err := os.Rename(dir, gone); err != nil {
		return "", fmt.Errorf("remove course %s: %w", id, err)
	}
	if err := syncDir(coursesDir); err != nil {
		return dir, fmt.Errorf("remove course %s: %w", id, err)
	}
	if err := os.RemoveAll(gone); err != nil {
		return dir, fmt.Errorf("remove course %s: %w", id, err)
	}
	removeLeftovers(coursesDir, id)
	return dir, nil
}

// LoadCourses loads every course installed in coursesDir, in id order. A
// missing folder holds no courses. A broken course comes back as an error
// while the others still load.
func LoadCourses(coursesDir string) ([]*CourseBundle, []error) { return loadCourses(coursesDir, nil) }

// LoadCourses is the package's LoadCourses through the index: the banks of
// a course unchanged since they were indexed come back as summaries.
func (ix *Index) LoadCourses(coursesDir string) ([]*CourseBundle, []error) {
	ix.scanned[coursesDir] = true
	return loadCourses(coursesDir, ix)
}

func loadCourses(coursesDir string, ix *Index) ([]*CourseBundle, []error) {
	entries, err := os.ReadDir(coursesDir)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, []error{fmt.Errorf("read courses: %w", err)}
	}
	dirs := map[string]string{} // course directory name -> path
	for _, e := range entries {
		if e.IsDir() && !strings.HasPrefix(e.Name(), ".") {
			dirs[e.Name()] = filepath.Join(coursesDir, e.Name())
		}
	}
	// A replacement interrupted between its two renames left only the old
	// version, under its hidden name: it is still the installed course.
	for _, e := range entries {
		name := e.Name()
		if !e.IsDir() || !strings.HasPrefix(name, oldPrefix) {
			continue
		}
		id := asideID(name, oldPrefix)
		if _, ok := dirs[id]; !ok && ValidID(id) {
			dirs[id] = filepath.Join(coursesDir, name)
		}
	}
	names := make([]string, 0, len(dirs))
	for n := range dirs {
		names = append(names, n)
	}
	sort.Strings(names)
	var courses []*CourseBundle
	var errs []error
	seen := map[string]string{}
	for _, n := range names {
		c, err := loadCourseDir(dirs[n], ix)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		if first, dup := seen[c.ID]; dup {
			errs = append(errs, fmt.Errorf("%s: course id %s is already used by %s; remove one of them", dirs[n], c.ID, first))
			continue
		}
		seen[c.ID] = dirs[n]
		courses = append(courses, c)
	}
	return courses, errs
}

// asideName returns an unused name in dir starting with prefix.
func asideName(dir, prefix string) (string, error) {
	p, err := os.MkdirTemp(dir, prefix)
	if err != nil {
		return "", err
	}
	// Only the name is wanted: rename needs the target to be absent.
	if err := os.Remove(p); err != nil {
		return "", err
	}
	return p, nil
}

// mkdirSynced creates dir (0700) and its missing parents, syncing the
// folders that gain a name.
func mkdirSynced(dir string) error { return durable.MkdirAll(dir, 0o700, syncDir) }

// syncDir fsyncs a folder; a variable so tests can watch the syncs.
var syncDir = durable.SyncDir
