package cmd

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/quiz-cli/quiz/questions"
)

const lighthouseArticle = `# Lighthouses

## The Pharos of Alexandria

The Pharos of Alexandria was built on the island of Pharos in the third century BC. It was commissioned by Ptolemy I Soter and completed under his son Ptolemy II. The tower stood more than 100 metres tall and guided ships into the harbour of Alexandria. Earthquakes damaged the Pharos in the fourteenth century, and its stones were later used to build the Citadel of Qaitbay.

## The Fresnel Lens

The Fresnel lens was invented by the French physicist Augustin-Jean Fresnel in 1822. It replaced heavy mirrors with rings of glass prisms that bend light into a narrow beam. The lens made the light of a lighthouse visible from more than 30 kilometres away. The Cordouan lighthouse in France was the first to receive a Fresnel lens, in 1823. Lighthouse keepers trimmed the wicks, wound the clockwork and cleaned the glass every night.
`

// TestGenerateAddStudyCourse is the whole flow of a learner's own notes:
// generate a course from an article, add it, read it, study every
// question in a pseudo-terminal section by section, then see it in stats
// and show.
func TestGenerateAddStudyCourse(t *testing.T) {
	t.Parallel()
	work := t.TempDir()
	home := filepath.Join(work, "home")
	src := filepath.Join(work, "lighthouses.md")
	if err := os.WriteFile(src, []byte(lighthouseArticle), 0o600); err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(work, "lighthouses")
	runQuiz(t, home, "generate", src, "-o", dir, "--per-section", "3")
	if _, err := os.Stat(home); err == nil {
		t.Fatalf("generate wrote into the data directory %s", home)
	}
	course, err := questions.LoadCourseDir(dir)
	if err != nil {
		t.Fatalf("the generated course does not load: %v", err)
	}
	if out := runQuiz(t, home, "add", dir); !strings.Contains(out, "Added course "+course.ID) {
		t.Fatalf("quiz add %s printed %q", dir, out)
	}
	if len(course.Banks) != 2 {
		t.Fatalf("generated %d banks, want one per section (2)", len(course.Banks))
	}
	if out := runQuiz(t, home, "read", course.ID, "2"); !strings.Contains(out, "2. The Fresnel Lens") ||
		!strings.Contains(out, "Augustin-Jean Fresnel") {
		t.Errorf("quiz read %s 2 printed:\n%s", course.ID, out)
	}

	total := course.Questions()
	n := strconv.Itoa(total)
	studyAllRight(t, startPTY(t, home, "study", course.ID, "--limit", n, "--new", n), course)

	var st struct {
		TotalReviews int `json:"total_reviews"`
		Banks        []struct {
			ID     string `json:"id"`
			Course string `json:"course"`
			Seen   int    `json:"seen"`
		} `json:"banks"`
	}
	if err := json.Unmarshal([]byte(runQuiz(t, home, "stats", course.ID, "--json")), &st); err != nil {
		t.Fatal(err)
	}
	if st.TotalReviews != total || len(st.Banks) != 2 {
		t.Fatalf("stats: %d reviews in %d banks, want %d in 2", st.TotalReviews, len(st.Banks), total)
	}
	for k, b := range st.Banks {
		if b.ID != course.Banks[k].ID || b.Course != course.ID || b.Seen != len(course.Banks[k].Questions) {
			t.Errorf("stats bank %d = %+v, want %s of course %s, all %d seen", k, b, course.Banks[k].ID, course.ID, len(course.Banks[k].Questions))
		}
	}
	out := runQuiz(t, home, "stats", course.ID)
	if a, b := strings.Index(out, "The Pharos of Alexandria"), strings.Index(out, "The Fresnel Lens"); a < 0 || b < a {
		t.Errorf("stats does not show mastery by section in article order:\n%s", out)
	}
	show := runQuiz(t, home, "show", course.Banks[1].ID)
	if !strings.Contains(show, "Course: ") || !strings.Contains(show, "Section: The Fresnel Lens") {
		t.Errorf("quiz show %s printed:\n%s", course.Banks[1].ID, show)
	}
}
