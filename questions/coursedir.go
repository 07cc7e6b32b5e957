package questions

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/agnivade/levenshtein"
)

// BuiltinCourseID is the course id of the built-in course.
const BuiltinCourseID = "peacekeeping"

// MaxArticleSize is the largest article accepted in a course, in bytes.
const MaxArticleSize = 8 << 20

// CourseBundle is a course: an article split into sections and the banks
// that ask about it, in article order. The built-in course is one too.
type CourseBundle struct {
	ID    string
	Title string
	// Article is the text of the article; ArticleFile its file name in Dir.
	Article     string
	ArticleFile string
	// Sections are the article's sections, in order.
	Sections []Section
	// FirstNumber is the number `quiz read` gives Sections[0]: 0 when the
	// article opens with an unheaded introduction, else 1, so that the
	// first heading is section 1.
	FirstNumber int
	// Banks are the course's banks in article order; each has Course set.
	Banks []*Bank
	// Builtin is true for the embedded course.
	Builtin bool
	// Dir is the directory the course was loaded from ("" when built in).
	Dir string

	// files are the bytes of every file read from Dir, by name, so that
	// what is installed is exactly what was checked.
	files map[string][]byte
}

// SectionIndex returns the index in Sections of the section with the given
// heading, or -1.
func (c *CourseBundle) SectionIndex(heading string) int {
	for i, s := range c.Sections {
		if s.Heading == heading {
			return i
		}
	}
	return -1
}

// Questions counts the questions of all the course's banks.
func (c *CourseBundle) Questions() int {
	n := 0
	for _, b := range c.Banks {
		n += len(b.Questions)
	}
	return n
}

var builtinCourse struct {
	once sync.Once
	c    *CourseBundle
	err  error
}

// BuiltinCourse returns the embedded course. The result is shared: callers
// must not modify it.
func BuiltinCourse() (*CourseBundle, error) {
	builtinCourse.once.Do(func() {
		banks, err := Course()
		if err != nil {
			builtinCourse.err = err
			return
		}
		builtinCourse.c = builtinBundle(banks)
	})
	return builtinCourse.c, builtinCourse.err
}

// LoadCourseDir reads and checks a course directory: its course.yaml, the
// article and every bank it names. Each bank's section must be a heading of
// the article, and bank ids must be unique in the course. On any problem
// it returns Problems locating each one in its file (FILE:LINE:COL); a
// directory without course.yaml gives a plain error.
func LoadCourseDir(dir string) (*CourseBundle, error) { return loadCourseDir(dir, nil) }

// loadCourseDir is LoadCourseDir taking what it can from the index ix,
// when there is one: a bank file unchanged since it was indexed comes back
// as a summary, without its YAML parsed.
func loadCourseDir(dir string, ix *Index) (*CourseBundle, error) {
	cfPath := filepath.Join(dir, CourseFileName)
	data, err := readLimited(cfPath, MaxFileSize)
	if errors.Is(err, fs.ErrNotExist) {
		if st, serr := os.Stat(dir); serr != nil {
			return nil, fmt.Errorf("read course %s: %w", dir, serr)
		} else if !st.IsDir() {
			return nil, fmt.Errorf("read course %s: not a directory", dir)
		}
		if banks, _ := filepath.Glob(filepath.Join(dir, "*.yaml")); len(banks) > 0 {
			// A folder of bank files, not a course: say how to name them.
			return nil, fmt.Errorf("%s has no %s, so it is not a course; to use the bank files in it, name them: %s",
				dir, CourseFileName, filepath.Join(dir, "*.yaml"))
		}
		return nil, fmt.Errorf("%s has no %s; a course directory holds %s, its article and its banks (quiz generate writes one)",
			dir, CourseFileName, CourseFileName)
	}
	var tooLarge *sizeError
	if errors.As(err, &tooLarge) {
		return nil, Problems{tooBig(cfPath, tooLarge.size)}
	}
	if err != nil {
		return nil, fmt.Errorf("read course: %w", err)
	}
	cf, err := ParseCourseFile(cfPath, data)
	if err != nil {
		return nil, err
	}
	c := &CourseBundle{ID: cf.ID, Title: cf.Title, ArticleFile: cf.Article, Dir: dir,
		files: map[string][]byte{CourseFileName: data}}
	var ps Problems

	artPath := filepath.Join(dir, cf.Article)
	art, err := readLimited(artPath, MaxArticleSize)
	switch {
	case errors.As(err, &tooLarge):
		ps = append(ps, Problem{File: artPath, Line: 1, Msg: fmt.Sprintf(
			"the article is %d bytes, over the limit of %d bytes (8 MiB); split it into several courses", tooLarge.size, MaxArticleSize)})
	case errors.Is(err, fs.ErrNotExist):
		ps = append(ps, cf.articlePos.problem(cfPath, "article %s does not exist in %s; write the article's file name", show(cf.Article), dir))
	case err != nil:
		ps = append(ps, cf.articlePos.problem(cfPath, "article %s cannot be read: %v", show(cf.Article), unwrapPath(err)))
	default:
		if aps := checkArticle(artPath, art); len(aps) > 0 {
			ps = append(ps, aps...)
		} else {
			c.Article = string(art)
			c.files[cf.Article] = art
			c.Sections = Split(c.Article, 0)
			c.FirstNumber = firstNumber(c.Article)
			if len(c.Sections) == 0 {
				ps = append(ps, Problem{File: artPath, Line: 1, Msg: "the article has no text; write the article, one \"# Heading\" line per section"})
			}
		}
	}

	ids := map[string]string{}
	if ix != nil {
		ix.scanned[dir] = true
	}
	for i, name := range cf.Banks {
		path := filepath.Join(dir, name)
		if b := ix.summary(path); b != nil && ids[b.ID] == "" && b.ID != cf.ID && c.Sections != nil {
			b.Course = cf.ID
			if _, bad := c.checkSection(b, nil); !bad {
				ids[b.ID] = name
				c.Banks = append(c.Banks, b)
				continue
			}
			// A problem: read the file to say where it is.
		}
		raw, err := readLimited(path, MaxFileSize)
		switch {
		case errors.As(err, &tooLarge):
			ps = append(ps, tooBig(path, tooLarge.size))
			continue
		case errors.Is(err, fs.ErrNotExist):
			ps = append(ps, cf.bankPos[i].problem(cfPath, "bank file %s does not exist in %s; fix the name or remove the line", show(name), dir))
			continue
		case err != nil:
			ps = append(ps, cf.bankPos[i].problem(cfPath, "bank file %s cannot be read: %v", show(name), unwrapPath(err)))
			continue
		}
		b, err := Parse(path, raw)
		if err == nil {
			ix.record(path, raw, b)
		}
		if err != nil {
			var bps Problems
			if errors.As(err, &bps) {
				ps = append(ps, bps...)
			} else {
				ps = append(ps, Problem{File: path, Line: 1, Msg: err.Error()})
			}
			continue
		}
		b.File = path
		b.Course = cf.ID
		c.files[name] = raw
		if first, dup := ids[b.ID]; dup {
			ps = append(ps, Problem{File: path, Line: fieldLine(raw, "bank"), Msg: fmt.Sprintf(
				"bank id %s is already used by %s; give each bank of the course its own id", b.ID, first)})
			continue
		}
		ids[b.ID] = name
		if b.ID == cf.ID {
			ps = append(ps, Problem{File: path, Line: fieldLine(raw, "bank"), Msg: fmt.Sprintf(
				"bank id %s is the course's id; give the bank another id (e.g. %s)", b.ID, Slug(cf.ID+"-"+b.Title))})
			continue
		}
		if c.Sections != nil {
			if p, bad := c.checkSection(b, raw); bad {
				ps = append(ps, p)
				continue
			}
		}
		c.Banks = append(c.Banks, b)
	}
	if len(ps) > 0 {
		return nil, ps
	}
	c.sortBanks()
	return c, nil
}

// checkSection checks that a bank of the course names one section of the
// article.
func (c *CourseBundle) checkSection(b *Bank, raw []byte) (Problem, bool) {
	line := fieldLine(raw, "section")
	if b.Section == "" {
		return Problem{File: b.File, Line: fieldLine(raw, "bank"), Msg: fmt.Sprintf(
			"bank %s has no section; in a course every bank names its section of %s: add section: with the heading", b.ID, c.ArticleFile)}, true
	}
	n := 0
	for _, s := range c.Sections {
		if s.Heading == b.Section {
			n++
		}
	}
	switch {
	case n == 1:
		return Problem{}, false
	case n > 1:
		return Problem{File: b.File, Line: line, Msg: fmt.Sprintf(
			"section %s is the heading of %d sections of %s; give the sections distinct headings", show(b.Section), n, c.ArticleFile)}, true
	}
	hint := ""
	best, bestDist := "", len(b.Section)/3+2
	for _, s := range c.Sections {
		if d := levenshtein.ComputeDistance(strings.ToLower(s.Heading), strings.ToLower(b.Section)); d < bestDist {
			best, bestDist = s.Heading, d
		}
	}
	if best != "" {
		hint = fmt.Sprintf(" (did you mean %s?)", show(best))
	} else {
		hint = fmt.Sprintf(" ('quiz read %s' lists them after adding, or see its \"# \" lines)", c.ID)
	}
	return Problem{File: b.File, Line: line, Msg: fmt.Sprintf(
		"section %s is not a heading of %s; write one of the article's headings%s", show(b.Section), c.ArticleFile, hint)}, true
}

// sortBanks puts the banks in the order of their sections in the article,
// keeping the listed order among banks of one section.
func (c *CourseBundle) sortBanks() {
	order := map[string]int{}
	for i, s := range c.Sections {
		if _, ok := order[s.Heading]; !ok {
			order[s.Heading] = i
		}
	}
	sorted := make([]*Bank, 0, len(c.Banks))
	for i := range c.Sections {
		for _, b := range c.Banks {
			if order[b.Section] == i {
				sorted = append(sorted, b)
			}
		}
	}
	c.Banks = sorted
}

// fieldLine finds the line of a top-level field in a YAML file, or 1.
func fieldLine(data []byte, name string) int {
	for i, l := range bytes.Split(data, []byte("\n")) {
		if bytes.HasPrefix(l, []byte(name+":")) {
			return i + 1
		}
	}
	return 1
}

// firstNumber is the number of an article's first section: 0 when text
// comes before the first heading (the Introduction), else 1.
func firstNumber(article string) int {
	secs := Split(article, 0)
	if len(secs) == 0 || secs[0].Heading != IntroductionHeading {
		return 1
	}
	for _, raw := range strings.Split(article, "\n") {
		line := strings.TrimSpace(raw)
		if line == "" {
			continue
		}
		if strings.TrimSpace(strings.TrimLeft(line, "#")) == IntroductionHeading {
			return 1 // a heading of its own
		}
		return 0
	}
	return 1
}

// checkArticle refuses an article that is not UTF-8 or holds control
// characters (other than line breaks and tabs), which could change the
// terminal when the article is read.
func checkArticle(file string, data []byte) Problems {
	if p, bad := checkUTF8(file, data); bad {
		return Problems{p}
	}
	var ps Problems
	line, col := 1, 1
	for i, r := range string(data) {
		switch {
		case r == '\n':
			line, col = line+1, 1
			continue
		case r == '\r' && i+1 < len(data) && data[i+1] == '\n', r == '\t':
		case textControl(r):
			ps = append(ps, Problem{File: file, Line: line, Column: col, Msg: fmt.Sprintf(
				"control character %s is not allowed in an article; remove it: it could change the terminal or disguise text", describe(r))})
			if len(ps) == maxProblems {
				return ps
			}
		}
		col++
	}
	return ps
}

// sizeError is readLimited's error for a file over its limit.
type sizeError struct{ size int64 }

func (e *sizeError) Error() string { return fmt.Sprintf("file is %d bytes, over the limit", e.size) }

// readLimited reads a regular file of at most limit bytes. Anything else
// (a directory, a device, a pipe) is refused before it is read.
func readLimited(path string, limit int64) ([]byte, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if !st.Mode().IsRegular() {
		return nil, fmt.Errorf("%s: not a regular file", path)
	}
	if st.Size() > limit {
		return nil, &sizeError{st.Size()}
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > limit {
		return nil, &sizeError{int64(len(data))}
	}
	return data, nil
}

// unwrapPath drops the path of a file error, which the message already
// names.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
