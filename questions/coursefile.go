package questions

import (
	"bytes"
	"fmt"
	"path/filepath"
	"strings"

	"go.yaml.in/yaml/v3"
)

// CourseFileName is the file that ties a course directory together.
const CourseFileName = "course.yaml"

// courseFields are the fields of course.yaml, in the order the docs present
// them.
var courseFields = []string{"version", "course", "title", "article", "banks"}

// courseFile is what course.yaml holds.
var courseFile = fileKind{
	kind:   "course",
	empty:  emptyCourse,
	mustBe: "course.yaml must be a mapping with course:, title:, article: and banks:",
	fields: courseFields,
	whose:  "course.yaml's",
	misplaced: func(name string) string {
		if name == "bank" || name == "questions" {
			return name + " is a field of a bank file, not of course.yaml; put the questions in a bank file and list it under banks:"
		}
		return ""
	},
	required: []required{
		{"course", "add course: ID (lower-case letters, digits and '-')"},
		{"title", "add title: with the course's title"},
		{"article", "add article: with the file name of the article, e.g. article.md"},
		{"banks", "add banks: with the bank files in article order"},
	},
}

// CourseFile is the content of a course.yaml file: which article and which
// bank files make up the course. File names are relative to the directory
// of course.yaml.
type CourseFile struct {
	// Version is the format version; 1 is the only one.
	Version int
	// ID is the course id, with the rules of a bank id.
	ID string
	// Title is the course's title, usually the article's.
	Title string
	// Article is the file name of the article.
	Article string
	// Banks are the bank files, in article order.
	Banks []string

	// Positions of the fields in the file (1-based), for messages about
	// what they name.
	articlePos position
	bankPos    []position
}

// position is a line and column in a file (1-based; column 0 if unknown).
type position struct{ line, col int }

func nodePos(n *yaml.Node) position { return position{n.Line, n.Column} }

// problem returns a problem located at p in file.
func (p position) problem(file, format string, args ...any) Problem {
	return Problem{File: file, Line: max(p.line, 1), Column: p.col, Msg: fmt.Sprintf(format, args...)}
}

// ParseCourseFile decodes and validates a course.yaml file. file names the
// file in messages. On any problem it returns nil and Problems holding
// every problem found, sorted by line. It checks the file alone: that the
// files it names exist is for LoadCourseDir.
func ParseCourseFile(file string, data []byte) (*CourseFile, error) {
	var c *CourseFile
	if ps := check(file, data, func(w *walker, clean []byte) { c = w.parseCourse(clean) }); ps != nil {
		return nil, ps
	}
	return c, nil
}

const emptyCourse = "the file is empty; course.yaml needs course:, title:, article: and banks: (see docs/yaml.md, Courses)"

func (w *walker) parseCourse(clean []byte) (c *CourseFile) {
	defer w.recoverAbort(func() { c = nil })
	doc := w.decode(clean, emptyCourse, "course")
	if doc == nil {
		return nil
	}
	return w.course(doc)
}

// course walks the document of a course.yaml file.
func (w *walker) course(doc *yaml.Node) *CourseFile {
	c := &CourseFile{Version: 1}
	ok := w.topLevel(doc, courseFile, &c.ID, &c.Title, func(f field) bool {
		switch f.name {
		case "article":
			name, ok := w.str(f, false)
			c.articlePos = nodePos(f.val)
			if ok {
				if msg := badFileName(name, false); msg != "" {
					w.at(f.val, "article %s", msg)
				} else {
					c.Article = name
				}
			}
		case "banks":
			c.Banks, c.bankPos = w.courseBanks(f)
		default:
			return false
		}
		return true
	})
	if !ok {
		return nil
	}
	if c.Article != "" {
		for i, b := range c.Banks {
			if b == c.Article {
				w.add(c.bankPos[i].line, c.bankPos[i].col, fmt.Sprintf("%s is the article, not a bank file; list only bank files under banks:", b))
			}
		}
	}
	return c
}

// courseBanks decodes the list of bank files.
func (w *walker) courseBanks(f field) ([]string, []position) {
	n := w.node(f.val)
	if n.Kind == yaml.ScalarNode && n.ShortTag() == "!!null" || n.Kind == yaml.SequenceNode && len(n.Content) == 0 {
		w.at(n, "banks is empty; list the course's bank files, one \"- file.yaml\" per line")
		return nil, nil
	}
	items, _ := w.list(f)
	var names []string
	var pos []position
	first := map[string]int{}
	for _, it := range items {
		if msg := badFileName(it.text, true); msg != "" {
			w.at(it.n, "bank file %s", msg)
			continue
		}
		if line, dup := first[it.text]; dup {
			w.at(it.n, "bank file %s is listed twice (first at line %d); list each bank once", show(it.text), line)
			continue
		}
		first[it.text] = it.n.Line
		names = append(names, it.text)
		pos = append(pos, nodePos(it.n))
	}
	return names, pos
}

// badFileName explains why name cannot be a file of a course directory, or
// returns "". Files are named relative to course.yaml and must be in its
// directory, so a course cannot reach outside it.
func badFileName(name string, bank bool) string {
	switch {
	case name == "":
		return "is empty; write a file name"
	case strings.ContainsAny(name, `/\`) || name == "." || name == "..":
		return fmt.Sprintf("%s must be a file name in the course's directory, without a folder", show(name))
	case strings.HasPrefix(name, "."):
		return fmt.Sprintf("%s is a hidden file; name a file that does not start with '.'", show(name))
	case name == CourseFileName:
		return fmt.Sprintf("%s is the course file itself; name another file", show(name))
	}
	if ext := strings.ToLower(filepath.Ext(name)); bank && ext != ".yaml" && ext != ".yml" {
		return fmt.Sprintf("%s is not a .yaml file; bank files end in .yaml", show(name))
	}
	return ""
}

// yamlCourse fixes the field order of a written course.yaml.
type yamlCourse struct {
	Version int      `yaml:"version"`
	Course  string   `yaml:"course"`
	Title   string   `yaml:"title"`
	Article string   `yaml:"article"`
	Banks   []string `yaml:"banks"`
}

// YAML writes the course file in the documented format and field order,
// after comment (each line written as a "# " comment; none when empty).
func (c *CourseFile) YAML(comment string) ([]byte, error) {
	var buf bytes.Buffer
	if comment != "" {
		for _, line := range strings.Split(strings.TrimRight(comment, "\n"), "\n") {
			buf.WriteString(strings.TrimRight("# "+line, " ") + "\n")
		}
	}
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(yamlCourse{Version: 1, Course: c.ID, Title: c.Title, Article: c.Article, Banks: c.Banks}); err != nil {
		return nil, fmt.Errorf("write course %s: %w", c.ID, err)
	}
	if err := enc.Close(); err != nil {
		return nil, fmt.Errorf("write course %s: %w", c.ID, err)
	}
	return buf.Bytes(), nil
}
