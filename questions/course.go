package questions

import (
	"embed"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"sync"
)

//go:embed course/article.txt
var article string

//go:embed course/banks/*.yaml
var courseFS embed.FS

// CourseTitle is the title of the built-in course's article.
const CourseTitle = "UN Peacekeeping in Latin America"

// conclusionParagraphs is how many unheaded closing paragraphs the built-in
// article has.
const conclusionParagraphs = 2

// Article returns the text of the built-in course's article.
func Article() string { return article }

// CourseSections returns the built-in article split into its units, in order.
func CourseSections() []Section { return Split(article, conclusionParagraphs) }

var course struct {
	once  sync.Once
	banks []*Bank
	err   error
}

// Course returns the built-in banks in article order. The result is shared:
// callers must not modify it.
func Course() ([]*Bank, error) {
	course.once.Do(func() { course.banks, course.err = loadCourse() })
	return course.banks, course.err
}

func loadCourse() ([]*Bank, error) {
	files, err := fs.Glob(courseFS, "course/banks/*.yaml")
	if err != nil {
		return nil, err
	}
	order := map[string]int{}
	for i, s := range CourseSections() {
		order[s.Heading] = i
	}
	var banks []*Bank
	for _, f := range files {
		data, err := courseFS.ReadFile(f)
		if err != nil {
			return nil, err
		}
		b, err := Parse(path.Base(f), data)
		if err != nil {
			return nil, fmt.Errorf("built-in bank: %w", err)
		}
		b.Builtin = true
		b.Course = BuiltinCourseID
		banks = append(banks, b)
	}
	sort.SliceStable(banks, func(i, j int) bool {
		oi, iok := order[banks[i].Section]
		oj, jok := order[banks[j].Section]
		if iok != jok {
			return iok
		}
		return oi < oj
	})
	return banks, nil
}
