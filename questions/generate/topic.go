package generate

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/quiz-cli/quiz/questions"
)

// nameArticle names the article in the prompt of a sentence that speaks
// of "the ship", "the hull" or "the aqueduct", the thing the whole
// article is about, and names it nowhere: "Which year completes this
// sentence from “The Sinking and Raising of the Vasa”?" tells the learner
// which ship, as the article's title told the reader. Blind raters
// rejected such sentences without it (both raters of round 121). No
// prompt of a bank names the title when it holds one of the bank's
// answers.
func (g *sectionGen) nameArticle(kept []*candidate) {
	title := strings.TrimSpace(g.titleText)
	if title == "" || strings.ContainsAny(title, "“”") {
		return
	}
	for _, c := range kept {
		// c.answer is a cloze question's blank; Answer and Answers are
		// what the other forms mark right.
		for _, a := range append([]string{c.answer, c.q.Answer}, c.q.Answers...) {
			if a = strings.ToLower(strings.TrimSpace(a)); a != "" && (containsWord(g.title, a) || titleFormOf(g.title, a)) {
				return
			}
		}
	}
	from := fmt.Sprintf("from “%s”", title)
	for _, c := range kept {
		q := c.q
		switch {
		case q.Type == questions.Cloze && q.Prompt == "Fill in the blank." && (g.assumesTopic(q.Text) || namesNothing(q.Text)):
			q.Prompt = fmt.Sprintf("Fill in the blank (%s).", from)
		case q.Type == questions.Choice || q.Type == questions.Multi:
			head, stem, ok := strings.Cut(q.Prompt, "\n")
			if !ok || !g.assumesTopic(stem) && !namesNothing(stem) {
				continue
			}
			for _, w := range []string{"the sentence", "the passage"} {
				if strings.HasSuffix(head, w+"?") {
					q.Prompt = strings.TrimSuffix(head, w+"?") + "this " + strings.TrimPrefix(w, "the ") + " " + from + "?\n" + stem
					break
				}
			}
		}
	}
}

// namesNothing reports whether a cloze's text, its blanks left out,
// names nothing: no capitalised word but where a sentence starts.
// "Twenty-one people were killed and
// about ___ were injured": killed where? Blind raters rejected 19% of
// the verdicts on such blanks asked without the article's title for
// pointing at text the learner cannot see, 10% of those on blanks in a
// sentence that names something (rounds 150 to 228).
func namesNothing(text string) bool {
	if parts, err := questions.ParseCloze(text); err == nil {
		var b strings.Builder
		for _, p := range parts {
			if p.Answers != nil {
				b.WriteString("_")
			} else {
				b.WriteString(p.Text)
			}
		}
		text = b.String()
	}
	for _, t := range tokenize(text) {
		if !isCapitalized(t.text) || len(t.text) < 2 {
			continue
		}
		before := strings.TrimRight(text[:t.start], " “\"‘'(")
		if before == "" || strings.HasSuffix(before, ".") || strings.HasSuffix(before, "!") || strings.HasSuffix(before, "?") {
			continue
		}
		return false
	}
	return true
}

// titleFormOf reports whether a word of the title is a one-word answer
// in another form: "mycorrhiza" in "Mycorrhizae: The Partnership …". It
// is narrower than sameStem, whose shared five letters ("electrocytes"
// under "Electroreception") would take the title from prompts it helps.
func titleFormOf(title, answer string) bool {
	if len(answer) < 5 || strings.Contains(answer, " ") {
		return false
	}
	for _, w := range strings.FieldsFunc(title, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if w != answer && strings.HasPrefix(w, answer) && len(w)-len(answer) <= 2 || strings.HasPrefix(answer, w) && len(w) >= 5 && len(answer)-len(w) <= 2 {
			return true
		}
	}
	return false
}

// assumesTopic reports whether a text speaks of "the" thing it does not
// name: one the whole article keeps using ("the ship", "the hull"), one
// of the title's ("the observatory" under "The Founding of the Royal
// Observatory at Greenwich"), or any other ("The original basin", "the
// usual angle of incline"), without naming what the title names.
func (g *sectionGen) assumesTopic(text string) bool {
	text = strings.NewReplacer("{{", "", "}}", "", "_____", "").Replace(text)
	toks := tokenize(text)
	for _, t := range toks {
		if isCapitalized(t.text) && len(t.lower) >= 4 && !function[t.lower] && containsWord(g.title, t.lower) {
			return false // "the Vasa" named
		}
	}
	for i := 0; i+1 < len(toks); i++ {
		n := toks[i+1]
		if toks[i].lower != "the" || n.text != n.lower {
			continue
		}
		// Any common noun after "the" and its adjectives ("The original
		// basin", "The usual angle of incline"): what it belongs to, the
		// title says.
		j := i + 1
		for j < len(toks) && j < i+4 && function[toks[j].lower] && toks[j].text == toks[j].lower {
			j++
		}
		if j >= len(toks) || toks[j].text != toks[j].lower || len(toks[j].lower) < 4 || function[toks[j].lower] {
			continue
		}
		// "the hull of a ship", "the siege of Vienna": it says which; not
		// "the angle of incline", a name of two nouns.
		if j+2 < len(toks) && toks[j+1].lower == "of" && (determiners[toks[j+2].lower] || isCapitalized(toks[j+2].text)) {
			continue
		}
		return true
	}
	return false
}
