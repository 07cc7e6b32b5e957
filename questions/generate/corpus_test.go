package generate

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/quiz-cli/quiz/questions"
	"github.com/quiz-cli/quiz/questions/article"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// corpus is the set of articles the generator is measured on: history
// with dates, technical prose in Markdown, a conceptual essay in Markdown
// with front matter, and the built-in course's article.
//
// The goal is a bank of 3 questions or more for every section of 60 words
// or more. Specific questions come first; a section short of three is
// filled with flashcards and "which statement is from this section"
// questions, and the goal is met for 23 of the 46 such sections: full is
// how many get 3 or more today, asked is how many get a bank at all, and
// questions the course's total. They are floors: a change that asks less
// of the same articles fails here, and one that asks more raises them. A
// floor is lowered only for questions blind raters rejected (the notes'
// "What follows over voting by order?", "On ___, Necker dismissed" and
// "After ___ the Consulate was set up", the built-in article's
// statement under "Introduction" and its "What does the abbreviation OAS
// stand for?", which raters accepted 8 times in 34 verdicts), or for a
// rule that the ratings of
// articles outside the corpus bear out (statements on a section's own
// topic: see ownTopic; a noun that the sentence before introduced, "to
// discuss the treaty": see definiteBack).
var corpus = []struct {
	file, id               string
	full, asked, questions int
}{
	{"cold-war.txt", "cold-war", 9, 9, 28},
	{"go-slices.md", "go-slices", 4, 5, 14},
	{"building-community.md", "community", 8, 13, 32},
	{"peacekeeping.txt", "peacekeeping", 2, 12, 18},
	{"french-revolution.md", "french-revolution", 5, 7, 21},
}

func generateCorpus(t *testing.T, file, id string) (*article.Article, *Result, []File) {
	t.Helper()
	path := filepath.Join("testdata", "corpus", file)
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	a, err := article.Read(path, data)
	if err != nil {
		t.Fatalf("article.Read(%s): %v", file, err)
	}
	res := Generate(a, Options{Course: id})
	files, err := res.Files(file, id, a.Title)
	if err != nil {
		t.Fatalf("Files(%s): %v", file, err)
	}
	return a, res, files
}

// markdownRe finds Markdown syntax that must never reach a question.
var markdownRe = regexp.MustCompile("`|\\*\\*|__|\\]\\(|^#|\n#|<[a-zA-Z/!]|\\[\\d+\\]|\\{\\{<|\\{ref\\}")

func TestCorpusProperties(t *testing.T) {
	// The corpus as a whole exercises every kind of question the
	// generator keeps: an article without dates or names cannot.
	allTypes := map[questions.Type]int{}
	ran := 0
	defer func() {
		if ran == len(corpus) && len(allTypes) < 5 {
			t.Errorf("question types over the corpus = %v, want 5 or more", allTypes)
		}
	}()
	for _, c := range corpus {
		t.Run(c.file, func(t *testing.T) {
			a, res, files := generateCorpus(t, c.file, c.id)
			articleMD := writtenArticle(files)
			// The written article reads back, with questions.Split, into
			// every section of the article, in order; the banks name
			// sections of it, in the same order.
			split := questions.Split(articleMD, 0)
			if len(split) != len(a.Sections) {
				t.Fatalf("article.md splits into %d sections, want %d (the article's)", len(split), len(a.Sections))
			}
			sectionText := map[string]string{}
			for i, s := range split {
				if s.Heading != a.Sections[i].Heading {
					t.Errorf("section %d of article.md is %q, want %q", i+1, s.Heading, a.Sections[i].Heading)
				}
				sectionText[s.Heading] = s.Text()
			}
			if _, err := bankSections(split, res.Banks); err != nil {
				t.Error(err)
			}
			// Sections of 60 words or more: how many get a bank, and how
			// many a bank of 3 questions or more (see corpus).
			banks := map[string]*questions.Bank{}
			for _, b := range res.Banks {
				banks[b.Section] = b
			}
			full, asked := 0, 0
			for _, s := range a.Sections {
				if s.Words() < 60 {
					continue
				}
				if b := banks[s.Heading]; b != nil {
					asked++
					if len(b.Questions) >= 3 {
						full++
					}
				}
			}
			if full < c.full || asked < c.asked {
				t.Errorf("sections of 60+ words: %d with 3+ questions, %d with a bank; want at least %d and %d", full, asked, c.full, c.asked)
			}
			total := 0
			types := map[questions.Type]int{}
			for _, b := range res.Banks {
				text := sectionText[b.Section]
				if len(b.Questions) == 0 {
					t.Errorf("bank %s has no questions", b.ID)
				}
				for _, q := range b.Questions {
					total++
					allTypes[q.Type]++
					types[q.Type]++
					checkQuestion(t, b, q, text)
					checkDistractorsFrom(t, b, q, articleMD)
				}
			}
			if total < c.questions {
				t.Errorf("%d questions in the course, want %d or more", total, c.questions)
			}
			if len(types) < 3 {
				t.Errorf("question types of the course = %v, want 3 or more", types)
			}
			ran++
		})
	}
}

// checkQuestion checks one question against the properties every generated
// question has.
// checkDistractorsFrom holds an explanation to its word: when it says the
// other choices are from elsewhere in the article, each of them is.
func checkDistractorsFrom(t *testing.T, b *questions.Bank, q *questions.Question, articleMD string) {
	t.Helper()
	if !strings.Contains(q.Explain, "from elsewhere in the article") {
		return
	}
	keys := map[string]bool{q.Answer: true}
	for _, a := range q.Answers {
		keys[a] = true
	}
	lower := strings.ToLower(articleMD)
	for _, c := range q.Choices {
		w := strings.ToLower(c)
		w = strings.TrimPrefix(strings.TrimPrefix(w, "an "), "a ")
		if !keys[c] && !strings.Contains(lower, w) {
			t.Errorf("%s/%s: explain says the other choices are from the article, but %q is not in it", b.ID, q.ID, c)
		}
	}
}

func checkQuestion(t *testing.T, b *questions.Bank, q *questions.Question, section string) {
	t.Helper()
	where := b.ID + "/" + q.ID
	if q.Source == "" || !strings.Contains(section, q.Source) {
		t.Errorf("%s: source %q is not verbatim in its section", where, q.Source)
	}
	if q.Explain == "" {
		t.Errorf("%s: no explain", where)
	}
	src := strings.ToLower(q.Source)
	var answers []string
	switch q.Type {
	case questions.Choice, questions.Text:
		answers = []string{q.Answer}
	case questions.Multi:
		answers = q.Answers
	case questions.Cloze:
		for _, m := range regexp.MustCompile(`\{\{(.*?)\}\}`).FindAllStringSubmatch(q.Text, -1) {
			answers = append(answers, strings.Split(m[1], "|")[0])
		}
		if len(answers) == 0 {
			t.Errorf("%s: cloze without a blank: %q", where, q.Text)
		}
	}
	visible := q.Prompt
	if q.Type == questions.Cloze {
		visible += "\n" + regexp.MustCompile(`\{\{.*?\}\}`).ReplaceAllString(q.Text, Blank)
	}
	for _, ans := range answers {
		if !strings.Contains(src, strings.ToLower(ans)) {
			t.Errorf("%s: answer %q is not in its source %q", where, ans, q.Source)
		}
		if containsWord(visible, ans) {
			t.Errorf("%s: answer %q is in its own prompt %q", where, ans, visible)
		}
	}
	for _, field := range append([]string{q.Prompt, q.Text, q.Answer}, append(q.Choices, q.Items...)...) {
		if markdownRe.MatchString(strings.ReplaceAll(field, Blank, "")) {
			t.Errorf("%s: Markdown syntax in %q", where, field)
		}
	}
}

func TestCorpusDeterministic(t *testing.T) {
	for _, c := range corpus {
		_, _, first := generateCorpus(t, c.file, c.id)
		_, _, second := generateCorpus(t, c.file, c.id)
		if len(first) != len(second) {
			t.Fatalf("%s: %d files, then %d", c.file, len(first), len(second))
		}
		for i := range first {
			if first[i].Name != second[i].Name || !bytes.Equal(first[i].Data, second[i].Data) {
				t.Errorf("%s: %s differs between two runs", c.file, first[i].Name)
			}
		}
	}
}

// TestCorpusGolden compares the generated courses with the reviewed ones in
// testdata/golden; go test -update rewrites them after a deliberate change.
func TestCorpusGolden(t *testing.T) {
	for _, c := range corpus {
		_, _, files := generateCorpus(t, c.file, c.id)
		dir := filepath.Join("testdata", "golden", c.id)
		if *update {
			os.RemoveAll(dir)
			if err := os.MkdirAll(dir, 0o755); err != nil {
				t.Fatal(err)
			}
			for _, f := range files {
				if err := os.WriteFile(filepath.Join(dir, f.Name), f.Data, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			continue
		}
		entries, err := os.ReadDir(dir)
		if err != nil {
			t.Fatalf("%s: %v (run go test -update to create the golden files)", c.file, err)
		}
		var names []string
		for _, e := range entries {
			names = append(names, e.Name())
		}
		var got []string
		for _, f := range files {
			got = append(got, f.Name)
			want, err := os.ReadFile(filepath.Join(dir, f.Name))
			if err != nil {
				t.Errorf("%s: %s is new (go test -update after review)", c.file, f.Name)
				continue
			}
			if !bytes.Equal(want, f.Data) {
				t.Errorf("%s: %s differs from the golden file (go test -update after review)", c.file, f.Name)
			}
		}
		sort.Strings(got)
		if strings.Join(got, ",") != strings.Join(names, ",") {
			t.Errorf("%s: files = %v, golden has %v", c.file, got, names)
		}
	}
}

// TestCorpusLoadsAsCourse writes each generated course and loads it back
// as quiz add does: course.yaml, article and banks all check out.
func TestCorpusLoadsAsCourse(t *testing.T) {
	for _, c := range corpus {
		a, res, files := generateCorpus(t, c.file, c.id)
		dir := filepath.Join(t.TempDir(), c.id)
		if err := WriteDir(dir, files, false); err != nil {
			t.Fatalf("WriteDir: %v", err)
		}
		got, err := questions.LoadCourseDir(dir)
		if err != nil {
			t.Fatalf("%s: LoadCourseDir: %v", c.file, err)
		}
		if got.ID != c.id || len(got.Banks) != len(res.Banks) || len(got.Sections) != len(a.Sections) {
			t.Errorf("%s: course %s with %d banks and %d sections, want %s with %d banks and %d sections",
				c.file, got.ID, len(got.Banks), len(got.Sections), c.id, len(res.Banks), len(a.Sections))
		}
	}
}

// TestTrueFalseBothWays: a learner who finds that every statement to
// judge is false answers the rest without reading. Over the corpus, each
// answer is at least a third of the statements.
func TestTrueFalseBothWays(t *testing.T) {
	answers := map[string]int{}
	for _, c := range corpus {
		_, res, _ := generateCorpus(t, c.file, c.id)
		for _, b := range res.Banks {
			for _, q := range b.Questions {
				if q.Type == questions.TrueFalse {
					answers[q.Answer]++
				}
			}
		}
	}
	n := answers["true"] + answers["false"]
	if n < 6 {
		t.Fatalf("%d true/false questions over the corpus, want 6 or more", n)
	}
	for _, a := range []string{"true", "false"} {
		if 3*answers[a] < n {
			t.Errorf("%d of %d statements are %s, want a third or more", answers[a], n, a)
		}
	}
}
