package cmd

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/agnivade/levenshtein"

	"github.com/quiz-cli/quiz/questions"
)

// named is what a name on the command line points at: a whole course, one
// section of a course's article, or a bank added on its own.
type named struct {
	course  *questions.CourseBundle // nil for a bank added on its own
	section int                     // index in course.Sections; -1 for a whole course or a lone bank
	banks   []*questions.Bank       // the banks it covers, in article order
}

// resolve finds what name points at, the one way every command that takes
// BANK or SECTION reads it, trying in turn:
//
//   - a course id: the whole course;
//   - a bank id;
//   - a section number, as 'quiz read' shows it;
//   - a part of a section's heading or a bank's title, starting at the
//     start of a word, any case ("lessons", "key peace").
//
// Numbers and headings are looked up in the courses in use. A name that
// fits several sections is refused with the candidates; one that fits
// nothing with the nearest ids ("did you mean key-missions?").
func (l *library) resolve(name string) (named, error) {
	scope := l.inUse()
	if len(scope) == 0 {
		scope = l.courses
	}
	return resolveName(l.courses, scope, l.standalone, name)
}

// resolveName is resolve over explicit lists: courses are searched for ids,
// scope for numbers and headings, standalone for bank ids and titles.
func resolveName(courses, scope []*questions.CourseBundle, standalone []*questions.Bank, name string) (named, error) {
	for _, c := range courses {
		if c.ID == name {
			return named{course: c, section: -1, banks: c.Banks}, nil
		}
	}
	for _, c := range courses {
		for _, b := range c.Banks {
			if b.ID == name {
				return named{course: c, section: c.SectionIndex(b.Section), banks: []*questions.Bank{b}}, nil
			}
		}
	}
	for _, b := range standalone {
		if b.ID == name {
			return named{section: -1, banks: []*questions.Bank{b}}, nil
		}
	}
	if n, err := strconv.Atoi(name); err == nil {
		return sectionByNumber(scope, n)
	}
	var hits []named
	for _, c := range scope {
		for i, s := range c.Sections {
			title := ""
			if bs := sectionBanks(c, i); len(bs) > 0 {
				title = bs[0].Title
			}
			if questions.NameFits(s.Heading, name) || questions.NameFits(title, name) {
				hits = append(hits, named{course: c, section: i, banks: sectionBanks(c, i)})
			}
		}
	}
	for _, b := range standalone {
		if questions.NameFits(b.Title, name) {
			hits = append(hits, named{section: -1, banks: []*questions.Bank{b}})
		}
	}
	switch len(hits) {
	case 1:
		return hits[0], nil
	case 0:
		return named{}, unknownName(courses, standalone, name)
	}
	var list []string
	for _, h := range hits[:min(len(hits), 4)] {
		list = append(list, h.describe(len(scope) > 1))
	}
	if len(hits) > 4 {
		list = append(list, fmt.Sprintf("and %d more", len(hits)-4))
	}
	return named{}, fmt.Errorf("%q fits %d sections: %s; name one by its number or id", name, len(hits), strings.Join(list, ", "))
}

// sectionByNumber finds section n of the one course in scope; with several
// courses in use a number fitting more than one is refused.
func sectionByNumber(scope []*questions.CourseBundle, n int) (named, error) {
	var hits []named
	for _, c := range scope {
		if i := n - c.FirstNumber; i >= 0 && i < len(c.Sections) {
			hits = append(hits, named{course: c, section: i, banks: sectionBanks(c, i)})
		}
	}
	switch {
	case len(hits) == 1:
		return hits[0], nil
	case len(hits) > 1:
		var list []string
		for _, h := range hits {
			list = append(list, h.describe(true))
		}
		return named{}, fmt.Errorf("several courses have a section %d: %s; name it by its bank id", n, strings.Join(list, ", "))
	case len(scope) == 1:
		c := scope[0]
		return named{}, fmt.Errorf("no section %d; sections are numbered %d to %d ('quiz read %s' lists them)",
			n, c.FirstNumber, len(c.Sections)-1+c.FirstNumber, c.ID)
	}
	return named{}, fmt.Errorf("no section %d in any course in use; 'quiz read' lists them", n)
}

// describe names a section for a list of candidates: "3 key-missions (Key
// Peacekeeping Missions…)", with the course id first when several are in use.
func (n named) describe(withCourse bool) string {
	if n.course == nil || n.section < 0 {
		return fmt.Sprintf("%s (%s)", n.banks[0].ID, n.banks[0].Title)
	}
	s := strconv.Itoa(n.section + n.course.FirstNumber)
	if withCourse {
		s = n.course.ID + " " + s
	}
	if len(n.banks) > 0 {
		s += " " + n.banks[0].ID
	}
	return s + " (" + n.course.Sections[n.section].Heading + ")"
}

// sectionBanks returns the banks of course c that ask about section i.
func sectionBanks(c *questions.CourseBundle, i int) []*questions.Bank {
	var out []*questions.Bank
	for _, b := range c.Banks {
		if b.Section == c.Sections[i].Heading {
			out = append(out, b)
		}
	}
	return out
}

// unknownName says that name fits nothing, suggesting the nearest ids.
func unknownName(courses []*questions.CourseBundle, standalone []*questions.Bank, name string) error {
	var ids []string
	for _, c := range courses {
		ids = append(ids, c.ID)
		for _, b := range c.Banks {
			ids = append(ids, b.ID)
		}
	}
	for _, b := range standalone {
		ids = append(ids, b.ID)
	}
	msg := fmt.Sprintf("no course, bank or section %q", name)
	if near := nearest(ids, name); len(near) > 0 {
		return fmt.Errorf("%s; did you mean %s?", msg, strings.Join(near, " or "))
	}
	return fmt.Errorf("%s; 'quiz banks' lists the banks and 'quiz read' the sections", msg)
}

// nearest returns the ids closest to name in spelling, at most three: a
// typo or two away, or starting with it.
func nearest(ids []string, name string) []string {
	lower := strings.ToLower(name)
	best := max(2, len(name)/4)
	var out []string
	for _, id := range ids {
		d := levenshtein.ComputeDistance(lower, id)
		if strings.HasPrefix(id, lower) && len(lower) >= 3 {
			d = 1
		}
		switch {
		case d < best:
			best, out = d, []string{id}
		case d == best && !slices.Contains(out, id):
			out = append(out, id)
		}
	}
	if len(out) > 3 {
		out = out[:3]
	}
	return out
}

// bank resolves name to a single bank: a bank id, a section with one bank,
// or part of a heading or title that fits one.
func (l *library) bank(name string) (*questions.Bank, error) {
	n, err := l.resolve(name)
	if err != nil {
		return nil, err
	}
	if len(n.banks) != 1 {
		var ids []string
		for _, b := range n.banks {
			ids = append(ids, b.ID)
		}
		if len(ids) == 0 {
			return nil, fmt.Errorf("section %s has no questions", n.describe(false))
		}
		return nil, fmt.Errorf("%q is %d banks (%s); name one of them", name, len(ids), strings.Join(ids, ", "))
	}
	return n.banks[0], nil
}
