package questions

import (
	"regexp"
	"strings"
	"testing"
	"unicode"
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
	total, connecting := 0, 0
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
			// Each quote is verbatim in this section or an earlier one,
			// and one is in this section: a question connecting sections
			// sits in the bank of the last section it draws on, so a
			// reader meets it after reading every passage it quotes.
			own, drawn := false, map[int]bool{}
			for _, quote := range q.Quotes() {
				found := -1
				for j := i; j >= 0; j-- {
					if strings.Contains(normalise(secs[j].Text()), normalise(quote)) {
						found = j
						break
					}
				}
				switch {
				case found < 0:
					t.Errorf("%s: source not found in section %q or an earlier one: %q", where, b.Section, quote)
				case found == i:
					own = true
				}
				drawn[found] = true
			}
			if !own {
				t.Errorf("%s: no quote of the source is from section %q: %q", where, b.Section, q.Source)
			}
			if len(drawn) > 1 {
				connecting++
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
			// section does name would be a second right answer. A question
			// connecting sections ("named in both…") may use a distractor
			// from one of them, but not one every quoted section names.
			if q.Type == Multi {
				for _, c := range q.Choices {
					if contains(q.Answers, c) {
						continue
					}
					everywhere := true
					for j := range drawn {
						if j >= 0 && !strings.Contains(strings.ToLower(normalise(secs[j].Text())), strings.ToLower(normalise(c))) {
							everywhere = false
						}
					}
					if len(drawn) == 1 && everywhere {
						t.Errorf("%s: distractor %q appears in the section", where, c)
					} else if everywhere {
						t.Errorf("%s: distractor %q appears in every section the question quotes", where, c)
					}
				}
			}
		}
		if len(types) < 2 {
			t.Errorf("bank %s uses %d question types, want at least 2", b.ID, len(types))
		}
	}
	if connecting < 10 {
		t.Errorf("%d questions connect two or more sections, want at least 10", connecting)
	}
	if total < 150 {
		t.Errorf("course has %d questions, want at least 150", total)
	}
	for _, ty := range Types {
		// Flashcards are for the learner's own banks: the course asks for
		// answers, it does not ask to rate oneself.
		if !typesUsed[ty] && ty != Card {
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
		{"equation is not a heading", "Heading\nThe overall reaction is summed up as follows.\n\nglucose -> ethanol + carbon dioxide\n\nC6H12O6 -> 2 C2H5OH + 2 CO2\n\nEach molecule gives two.", 0, []string{"Heading"}},
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

// TestCourseKeysInSource checks that each question's source supports its
// answer: a typed answer or blank is in the quote, and every key of a
// choice shares a word with it. A source that stops just before the answer
// leaves the learner without the passage that settles the question.
func TestCourseKeysInSource(t *testing.T) {
	keys, qs := courseQuestions(t)
	for i, q := range qs {
		src := map[string]bool{}
		for _, w := range wordsOf(q.Source) {
			src[stem(w)] = true
		}
		all := func(s string) bool {
			for _, w := range wordsOf(s) {
				if !src[stem(w)] {
					return false
				}
			}
			return true
		}
		some := func(s string) bool {
			for _, w := range contentWords(s) {
				if src[w] {
					return true
				}
			}
			return false
		}
		anyOf := func(alts []string) bool {
			for _, a := range alts {
				if all(a) {
					return true
				}
			}
			return false
		}
		switch q.Type {
		case Text:
			if !anyOf(append([]string{q.Answer}, q.Accept...)) {
				t.Errorf("%s: neither the answer %q nor an accepted one is in the source", keys[i], q.Answer)
			}
		case Cloze:
			for _, b := range q.Blanks() {
				if !anyOf(b) {
					t.Errorf("%s: blank %q is not in the source", keys[i], b)
				}
			}
		case Choice:
			if !some(q.Answer) {
				t.Errorf("%s: the answer %q shares no word with the source", keys[i], q.Answer)
			}
		case Multi:
			for _, a := range q.Answers {
				if !some(a) {
					t.Errorf("%s: the answer %q shares no word with the source", keys[i], a)
				}
			}
		}
	}
}

// courseQuestions returns every question of the built-in course with its
// "bank/id" key, in course order.
func courseQuestions(t *testing.T) ([]string, []*Question) {
	t.Helper()
	banks, err := Course()
	if err != nil {
		t.Fatalf("Course(): %v", err)
	}
	var keys []string
	var qs []*Question
	for _, b := range banks {
		for _, q := range b.Questions {
			keys = append(keys, Key(b.ID, q.ID))
			qs = append(qs, q)
		}
	}
	return keys, qs
}

// wordsOf splits s into lower-case words, keeping apostrophes and hyphens
// inside words.
func wordsOf(s string) []string {
	s = strings.NewReplacer("’", "'", "‘", "'").Replace(strings.ToLower(s))
	return strings.FieldsFunc(s, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '-'
	})
}

// stopWords are left out when distractors are compared by their content.
var stopWords = map[string]bool{
	"a": true, "an": true, "the": true, "and": true, "or": true, "of": true, "to": true, "in": true,
	"on": true, "for": true, "by": true, "with": true, "from": true, "at": true, "as": true, "its": true,
	"their": true, "it": true, "they": true, "them": true, "that": true, "this": true, "these": true,
	"is": true, "are": true, "be": true, "was": true, "were": true, "has": true, "have": true,
	"more": true, "than": true, "each": true, "into": true, "over": true, "who": true, "which": true,
	"so": true, "can": true, "un": true, "region": true, "regional": true, "mission": true,
	"peacekeeping": true, "peace": true, "state": true, "country": true, "nation": true,
}

// stem crudely folds plurals so "disasters" and "disaster" count as one.
func stem(w string) string {
	switch {
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && len(w) > 3:
		return w[:len(w)-1]
	}
	return w
}

// contentWords returns the stemmed content words of s.
func contentWords(s string) []string {
	var out []string
	for _, w := range wordsOf(s) {
		w = stem(w)
		if !stopWords[w] && len(w) > 2 {
			out = append(out, w)
		}
	}
	return out
}

// TestCourseNoAnswerLeaks checks that a typed answer cannot be read off
// another question of the same bank: not from its prompt, choices, items or
// sentence, nor from the explanation shown after it is answered, since a
// study session asks a bank's questions one after another. Sources are left
// out: they quote the article, which the learner is meant to read.
func TestCourseNoAnswerLeaks(t *testing.T) {
	banks, err := Course()
	if err != nil {
		t.Fatalf("Course(): %v", err)
	}
	for _, b := range banks {
		for _, q := range b.Questions {
			var answers []string
			switch q.Type {
			case Text:
				answers = []string{q.Answer}
			case Cloze:
				for _, blank := range q.Blanks() {
					answers = append(answers, blank[0])
				}
			}
			for _, a := range answers {
				if len([]rune(a)) < 4 {
					continue // too short to be a giveaway ("UN")
				}
				word := regexp.MustCompile(`(?i)\b` + regexp.QuoteMeta(a) + `\b`)
				for _, o := range b.Questions {
					if o == q {
						continue
					}
					text := regexp.MustCompile(`\{\{.*?\}\}`).ReplaceAllString(o.Text, "___")
					shown := strings.Join(append([]string{o.Prompt, text, o.Explain}, append(o.Choices, o.Items...)...), "\n")
					if word.MatchString(shown) {
						t.Errorf("%s: the answer %q of %s can be read in %s", b.ID, a, q.ID, o.ID)
					}
				}
			}
		}
	}
}
