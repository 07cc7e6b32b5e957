package generate

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/quiz-cli/quiz/questions"
)

// acronymRe finds "Long Name (LN)".
var acronymRe = regexp.MustCompile(`((?:[A-Z][\w’'.-]*|of|for|and|the|on|in|de|des|du|la|le|el|y)(?: (?:[A-Z][\w’'.-]*|of|for|and|the|on|in|de|des|du|la|le|el|y)){1,9}) \(([A-Z][A-Za-z]{1,9})\)`)

// acronym asks what an abbreviation defined in the sentence stands for:
// the first that may be asked ("the Organization of American States (OAS)
// and the Union of South American Nations (UNASUR)" asks for UNASUR).
func (g *sectionGen) acronym(s *sentence) *candidate {
	for _, m := range acronymRe.FindAllStringSubmatchIndex(s.text, -1) {
		if c := g.acronymOf(s, s.text[m[2]:m[3]], s.text[m[4]:m[5]]); c != nil {
			return c
		}
	}
	return nil
}

// acronymOf asks what abbr stands for, long as the sentence spells it.
func (g *sectionGen) acronymOf(s *sentence, long, abbr string) *candidate {
	// Leading small words and a leading "the" are not part of the name.
	for {
		f := strings.Fields(long)
		if len(f) > 1 && !isCapitalized(f[0]) || len(f) > 1 && f[0] == "The" {
			long = strings.Join(f[1:], " ")
			continue
		}
		break
	}
	// A heading that names the abbreviation ("RPI and Measuring Prices")
	// does not say what it stands for; one that spells it out does.
	if !strings.HasPrefix(strings.ToUpper(long), abbr[:1]) || wordCount(long) < 2 ||
		containsWord(g.heading, strings.ToLower(long)) {
		return nil
	}
	// Known to all ("GDP"), or spelled so by everyday English ("OAS",
	// "NATO"): blind raters accepted 8 of 34 verdicts on what such an
	// abbreviation stands for, 27 of 46 on others.
	if g.lx.asked["abbr:"+abbr] || commonAbbr(abbr) {
		return nil // or asked in an earlier section
	}
	// "International Military Tribunal" in a section that keeps saying
	// "the tribunal", "military" and "international": every word of the
	// answer is around it.
	if g.saysElsewhere(s, long) {
		return nil
	}
	q := &questions.Question{ID: g.id("abbr", abbr), Type: questions.Text,
		Prompt: fmt.Sprintf("What does the abbreviation %s stand for, according to %s?", abbr, g.where()),
		Answer: long, Accept: g.otherSpellings(abbr, long),
		Explain: fmt.Sprintf("%s spells it out: %s (%s).", capitalize(g.where()), long, abbr), Source: s.quote}
	return &candidate{q: q, sents: []int{s.index}, score: 2.8, answer: strings.ToLower(long), visible: strings.ToLower(q.Prompt), abbr: abbr}
}

// nameRunRe finds a run of capitalised words and the small words between
// them: "Supreme Commander for the Allied Powers".
var nameRunRe = regexp.MustCompile(`[A-Z][\w’'.-]*(?: (?:[A-Z][\w’'.-]*|of|for|and|the|on|in))*`)

// otherSpellings returns the other names in the article whose initials
// are the abbreviation: an article may spell it out twice, "Supreme
// Command of Allied Powers (SCAP)" and later "Supreme Commander for the
// Allied Powers", and either is right.
func (g *sectionGen) otherSpellings(abbr, long string) []string {
	var out []string
	for _, name := range g.lx.namesByInitials()[abbr] {
		if !strings.EqualFold(name, long) {
			out = append(out, name)
		}
	}
	return out
}

// namesByInitials maps the initials of every name the article uses to the
// names, in the order the article first uses them; found once.
func (lx *lexicon) namesByInitials() map[string][]string {
	if lx.byInitials != nil {
		return lx.byInitials
	}
	lx.byInitials = map[string][]string{}
	for _, sec := range lx.sents {
		for _, s := range sec {
			for _, run := range nameRunRe.FindAllString(s.text, -1) {
				f := strings.Fields(run)
				for len(f) > 0 && !isCapitalized(f[len(f)-1]) {
					f = f[:len(f)-1]
				}
				if len(f) > 0 && f[0] == "The" {
					f = f[1:]
				}
				name := strings.Join(f, " ")
				if in := initials(name); in != "" && !slices.Contains(lx.byInitials[in], name) {
					lx.byInitials[in] = append(lx.byInitials[in], name)
				}
			}
		}
	}
	return lx.byInitials
}

// saysElsewhere reports whether every content word of a phrase is in the
// section outside the sentence.
func (g *sectionGen) saysElsewhere(s *sentence, phrase string) bool {
	a, b := min(len(g.secLower), s.offset), min(len(g.secLower), s.offset+len(s.quote))
	rest := g.secLower[:a] + " " + g.secLower[b:]
	n := 0
	for _, w := range strings.Fields(strings.ToLower(phrase)) {
		if function[w] {
			continue
		}
		if indexWord(rest, w) < 0 && indexWord(rest, w+"s") < 0 {
			return false
		}
		n++
	}
	return n >= 2
}
