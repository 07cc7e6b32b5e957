package questions

import (
	"strings"
	"testing"
)

// normalise folds white space and typographic quotes so a quote can be
// matched against the article.
func normalise(s string) string {
	s = strings.NewReplacer("’", "'", "‘", "'", "“", `"`, "”", `"`, "\u00a0", " ").Replace(s)
	return strings.Join(strings.Fields(s), " ")
}

func TestCourseSections(t *testing.T) {
	secs := CourseSections()
	if len(secs) != 18 {
		t.Fatalf("CourseSections() gives %d sections, want 18", len(secs))
	}
	if secs[0].Heading != IntroductionHeading || secs[17].Heading != ConclusionHeading {
		t.Errorf("first and last sections = %q, %q; want Introduction, Conclusion", secs[0].Heading, secs[17].Heading)
	}
	if got := secs[3].Heading; got != "Key Peacekeeping Missions in Latin America" {
		t.Errorf("section 3 = %q, want Key Peacekeeping Missions in Latin America", got)
	}
	if n := len(secs[17].Paragraphs); n != 2 {
		t.Errorf("conclusion has %d paragraphs, want 2", n)
	}
	for _, s := range secs {
		if len(s.Paragraphs) == 0 {
			t.Errorf("section %q is empty", s.Heading)
		}
		for _, p := range s.Paragraphs {
			if strings.HasPrefix(p, "- ") && strings.HasSuffix(s.Heading, ":") {
				t.Errorf("list line became a heading: %q", s.Heading)
			}
		}
	}
}

func TestCourseBanks(t *testing.T) {
	banks, err := Course()
	if err != nil {
		t.Fatalf("Course(): %v", err)
	}
	secs := CourseSections()
	if len(banks) != len(secs) {
		t.Fatalf("Course() has %d banks, want one per section (%d)", len(banks), len(secs))
	}
	total := 0
	typesUsed := map[Type]bool{}
	ids := map[string]bool{}
	for i, b := range banks {
		if b.Section != secs[i].Heading {
			t.Errorf("bank %d (%s) has section %q, want %q (article order)", i, b.ID, b.Section, secs[i].Heading)
			continue
		}
		if ids[b.ID] {
			t.Errorf("bank id %s used twice", b.ID)
		}
		ids[b.ID] = true
		text := normalise(secs[i].Text())
		if len(b.Questions) < 8 {
			t.Errorf("bank %s has %d questions, want at least 8", b.ID, len(b.Questions))
		}
		total += len(b.Questions)
		types := map[Type]bool{}
		for _, q := range b.Questions {
			types[q.Type] = true
			typesUsed[q.Type] = true
			where := b.ID + "/" + q.ID
			if q.Source == "" || q.Explain == "" {
				t.Errorf("%s: needs both source and explain", where)
			}
			if !strings.Contains(text, normalise(q.Source)) {
				t.Errorf("%s: source not found in section %q: %q", where, b.Section, q.Source)
			}
			switch q.Type {
			case Choice, Text:
				if strings.Contains(strings.ToLower(q.Prompt), strings.ToLower(q.Answer)) {
					t.Errorf("%s: prompt gives the answer %q away", where, q.Answer)
				}
			}
			if q.Type == Choice && !contains(q.Choices, q.Answer) {
				t.Errorf("%s: answer %q is not a choice", where, q.Answer)
			}
			for _, a := range q.Answers {
				if !contains(q.Choices, a) {
					t.Errorf("%s: answer %q is not a choice", where, a)
				}
			}
			// "Which of these does the article name…": a distractor the
			// section does name would be a second right answer.
			if q.Type == Multi {
				lower := strings.ToLower(text)
				for _, c := range q.Choices {
					if !contains(q.Answers, c) && strings.Contains(lower, strings.ToLower(normalise(c))) {
						t.Errorf("%s: distractor %q appears in the section", where, c)
					}
				}
			}
		}
		if len(types) < 2 {
			t.Errorf("bank %s uses %d question types, want at least 2", b.ID, len(types))
		}
	}
	if total < 150 {
		t.Errorf("course has %d questions, want at least 150", total)
	}
	for _, ty := range Types {
		if !typesUsed[ty] {
			t.Errorf("course uses no %s question", ty)
		}
	}
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

func TestSplit(t *testing.T) {
	tests := []struct {
		name       string
		in         string
		conclusion int
		want       []string // headings
	}{
		{"plain headings", "Intro text here.\nFirst Heading\nSome prose.\nSecond Heading\nMore prose.", 0,
			[]string{"Introduction", "First Heading", "Second Heading"}},
		{"no introduction", "Only Heading\nProse follows.", 0, []string{"Only Heading"}},
		{"markdown headings", "# Title One\nProse.\n## Title Two\nMore.", 0, []string{"Title One", "Title Two"}},
		{"bare list after colon", "Heading\nKey areas include:\nConflict resolution\nOrganized crime\nDemocratic governance\nThese steps matter a great deal.", 0,
			[]string{"Heading"}},
		{"dashed list after colon", "Heading\nMeasures:\n- One thing\n- Another thing\nProse after.", 0, []string{"Heading"}},
		{"heading needs prose after it", "Heading\nProse.\nDangling Line", 0, []string{"Heading"}},
		{"sentence is not a heading", "Heading\nThis is prose.\nShort sentence.\nMore.", 0, []string{"Heading"}},
		{"conclusion split off", "Heading\nOne.\nTwo.\nThree.", 2, []string{"Heading", "Conclusion"}},
		{"windows line ends", "Intro.\r\nA Heading\r\nProse.\r\n", 0, []string{"Introduction", "A Heading"}},
		{"question is not a heading", "Heading\nIs this prose?\nMore.", 0, []string{"Heading"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, s := range Split(tt.in, tt.conclusion) {
				got = append(got, s.Heading)
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("Split(%q) headings = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
