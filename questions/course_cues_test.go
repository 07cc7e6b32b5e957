package questions

import (
	"fmt"
	"math"
	"regexp"
	"sort"
	"strings"
	"testing"
)

// The tests in this file play a test-wise student who has not read the
// article: each checks one habit such a student exploits, and fails when
// the built-in course drifts far enough from chance for the habit to pay.

// extremeWords are the words that make a statement absolute or negate it:
// the words a test-wise student reads as "false".
var extremeWords = map[string]bool{
	"all": true, "every": true, "always": true, "never": true, "none": true, "no": true,
	"not": true, "nothing": true, "only": true, "alone": true, "solely": true, "entirely": true,
	"completely": true, "wholly": true, "fully": true, "totally": true, "purely": true,
	"uniformly": true, "same": true, "simple": true, "largely": true, "mainly": true,
	"little": true, "without": true, "cannot": true, "can't": true, "isn't": true,
	"doesn't": true, "don't": true, "won't": true, "neither": true, "nor": true, "any": true,
	"sole": true, "whole": true, "just": true, "merely": true, "separate": true, "instead": true,
	"rather": true, "ends": true, "least": true, "best": true, "nobody": true, "nowhere": true,
}

// extremeWord returns the first extreme or negating word in s, or "".
func extremeWord(s string) string {
	for _, w := range wordsOf(s) {
		if extremeWords[w] {
			return w
		}
	}
	return ""
}

// TestCourseTrueFalseCues checks that "false if it sounds extreme" does not
// pay: false statements are mostly made false by a swapped fact, and true
// statements use strong or negating words about as often as false ones do,
// so the rule, and its opposite, score near chance. Always answering the
// more common verdict must not pay either.
func TestCourseTrueFalseCues(t *testing.T) {
	keys, qs := courseQuestions(t)
	var nTrue, nFalse, cuedTrue, cuedFalse int
	var cuedFalseKeys []string
	for i, q := range qs {
		if q.Type != TrueFalse {
			continue
		}
		w := extremeWord(q.Prompt)
		if q.Answer == "true" {
			nTrue++
			if w != "" {
				cuedTrue++
			}
		} else {
			nFalse++
			if w != "" {
				cuedFalse++
				cuedFalseKeys = append(cuedFalseKeys, fmt.Sprintf("%s (%q)", keys[i], w))
			}
		}
	}
	n := nTrue + nFalse
	if n < 20 {
		t.Fatalf("course has %d true/false questions, want at least 20", n)
	}
	// The rule: false when an extreme or negating word is present, else true.
	rule := float64(cuedFalse+nTrue-cuedTrue) / float64(n)
	// The opposite rule ("true if it sounds extreme") scores 1 - rule, so
	// both are kept near chance.
	if rule > 0.65 || rule < 0.35 {
		t.Errorf("answering false exactly when a statement has an extreme or negating word scores %.0f%% (%d of %d), the opposite rule %.0f%%; want both at most 65%%\nfalse statements with such a word: %s",
			100*rule, cuedFalse+nTrue-cuedTrue, n, 100*(1-rule), strings.Join(cuedFalseKeys, ", "))
	}
	if share := float64(cuedFalse) / float64(nFalse); share > 0.4 {
		t.Errorf("%d of %d false statements (%.0f%%) have an extreme or negating word; want at most 40%%: %s",
			cuedFalse, nFalse, 100*share, strings.Join(cuedFalseKeys, ", "))
	}
	if major := float64(max(nTrue, nFalse)) / float64(n); major > 0.6 {
		t.Errorf("%d true and %d false statements: always answering the commoner verdict scores %.0f%%; want at most 60%%", nTrue, nFalse, 100*major)
	}
}

// formCue returns how the keys of a select-all question share a form that
// no distractor has (the same first word, the same last word, or all longer
// than every distractor), or "".
func formCue(q *Question) string {
	var keys, others [][]string
	for _, c := range q.Choices {
		if contains(q.Answers, c) {
			keys = append(keys, wordsOf(c))
		} else {
			others = append(others, wordsOf(c))
		}
	}
	if len(keys) < 2 || len(others) == 0 {
		return ""
	}
	shared := func(pick func([]string) string) string {
		w := pick(keys[0])
		for _, k := range keys[1:] {
			if pick(k) != w {
				return ""
			}
		}
		for _, o := range others {
			if pick(o) == w {
				return ""
			}
		}
		return w
	}
	if w := shared(func(ws []string) string { return ws[0] }); w != "" {
		return fmt.Sprintf("every key starts with %q", w)
	}
	if w := shared(func(ws []string) string { return ws[len(ws)-1] }); w != "" {
		return fmt.Sprintf("every key ends with %q", w)
	}
	shortestKey, longestOther := 1<<30, 0
	for _, k := range keys {
		shortestKey = min(shortestKey, len(k))
	}
	for _, o := range others {
		longestOther = max(longestOther, len(o))
	}
	if shortestKey > longestOther && len(others) > 1 {
		return "every key is longer than every distractor"
	}
	return ""
}

// TestCourseSelectAllCues checks the select-all questions: their keys share
// no form the distractors lack, and the number of keys varies from one to
// all, so that neither "pick the ones that look alike" nor "pick two or
// three" pays.
func TestCourseSelectAllCues(t *testing.T) {
	keys, qs := courseQuestions(t)
	counts := map[int]int{} // number of keys → questions
	all, one, n := 0, 0, 0
	for i, q := range qs {
		if q.Type != Multi {
			continue
		}
		n++
		counts[len(q.Answers)]++
		switch len(q.Answers) {
		case len(q.Choices):
			all++
		case 1:
			one++
		}
		if cue := formCue(q); cue != "" {
			t.Errorf("%s: %s", keys[i], cue)
		}
	}
	if n < 10 {
		t.Fatalf("course has %d select-all questions, want at least 10", n)
	}
	if one == 0 || all == 0 {
		t.Errorf("select-all questions with one key: %d, with every choice a key: %d; want some of each", one, all)
	}
	common := 0
	for _, c := range counts {
		common = max(common, c)
	}
	if len(counts) < 4 || float64(common)/float64(n) > 0.4 {
		t.Errorf("numbers of keys in the %d select-all questions = %v (number → questions); want at least four different numbers, none in more than 40%%", n, counts)
	}
}

// commonWords are too general to mark a distractor as recycled when the
// article happens not to use them.
var commonWords = map[string]bool{
	"where": true, "when": true, "what": true, "whose": true, "after": true, "before": true,
	"about": true, "only": true, "just": true, "much": true, "many": true, "most": true,
	"some": true, "other": true, "one": true, "two": true, "first": true, "new": true,
	"would": true, "could": true, "should": true, "must": true, "will": true, "may": true,
	"also": true, "even": true, "such": true, "because": true, "while": true, "once": true,
	"all": true, "any": true, "not": true, "no": true, "own": true, "let": true, "make": true,
	"made": true, "run": true, "end": true, "ended": true, "early": true, "leave": true,
	"number": true, "without": true, "every": true, "then": true, "there": true, "how": true,
	"why": true, "way": true, "like": true, "did": true, "does": true, "do": true, "had": true,
	"been": true, "being": true, "get": true, "give": true, "keep": true, "put": true, "set": true,
	"until": true, "left": true, "still": true, "into": true, "than": true, "take": true, "takes": true,
}

// TestCourseRecycledDistractors checks that no wrong option comes back again
// and again: once a student has seen "natural disasters" fail twice, every
// later option about natural disasters is a free elimination. A distractor
// may be reused in at most two questions, judged by its text, by any
// two-word phrase it shares with others that is never a key, and by any
// word the article never uses.
func TestCourseRecycledDistractors(t *testing.T) {
	keys, qs := courseQuestions(t)
	article := map[string]bool{}
	for _, w := range contentWords(Article()) {
		article[w] = true
	}
	texts := map[string]map[string]bool{}   // distractor text → questions
	phrases := map[string]map[string]bool{} // two-word phrase → questions using it in a distractor
	foreign := map[string]map[string]bool{} // word not in the article → questions
	inKeys := map[string]bool{}             // phrases found in some key
	add := func(m map[string]map[string]bool, k, q string) {
		if m[k] == nil {
			m[k] = map[string]bool{}
		}
		m[k][q] = true
	}
	for i, q := range qs {
		if q.Type != Choice && q.Type != Multi {
			continue
		}
		for _, c := range q.Choices {
			ws := contentWords(c)
			isKey := c == q.Answer || contains(q.Answers, c)
			for j := 0; j+1 < len(ws); j++ {
				p := ws[j] + " " + ws[j+1]
				if isKey {
					inKeys[p] = true
				} else {
					add(phrases, p, keys[i])
				}
			}
			if isKey {
				continue
			}
			add(texts, strings.Join(wordsOf(c), " "), keys[i])
			for _, w := range ws {
				if !article[w] && !commonWords[w] {
					add(foreign, w, keys[i])
				}
			}
		}
	}
	report := func(what string, m map[string]map[string]bool, skip func(string) bool) {
		var names []string
		for k, qs := range m {
			if len(qs) > 2 && !skip(k) {
				names = append(names, k)
			}
		}
		sort.Strings(names)
		for _, k := range names {
			var where []string
			for q := range m[k] {
				where = append(where, q)
			}
			sort.Strings(where)
			t.Errorf("%s %q is in the distractors of %d questions, want at most 2: %s", what, k, len(where), strings.Join(where, ", "))
		}
	}
	report("distractor", texts, func(string) bool { return false })
	report("phrase", phrases, func(p string) bool { return inKeys[p] })
	report("word the article never uses,", foreign, func(string) bool { return false })
}

// TestCourseLongestKey checks that "pick the longest option" (or the
// shortest) scores near chance on single-answer questions, and that no option is contained in
// another ("More" and "Slightly more"), which lets a student drop both or
// keep the longer.
func TestCourseLongestKey(t *testing.T) {
	keys, qs := courseQuestions(t)
	n, longest, shortest := 0, 0, 0
	chance := 0.0
	for i, q := range qs {
		if q.Type != Choice {
			continue
		}
		n++
		chance += 1 / float64(len(q.Choices))
		isLongest, isShortest := true, true
		for _, c := range q.Choices {
			if c == q.Answer {
				continue
			}
			if len([]rune(c)) >= len([]rune(q.Answer)) {
				isLongest = false
			}
			if len([]rune(c)) <= len([]rune(q.Answer)) {
				isShortest = false
			}
		}
		if isLongest {
			longest++
		}
		if isShortest {
			shortest++
		}
		for _, a := range q.Choices {
			for _, b := range q.Choices {
				wa, wb := " "+strings.Join(wordsOf(a), " ")+" ", " "+strings.Join(wordsOf(b), " ")+" "
				if a != b && strings.Contains(wb, wa) {
					t.Errorf("%s: choice %q is contained in choice %q", keys[i], a, b)
				}
			}
		}
	}
	if n < 20 {
		t.Fatalf("course has %d single-answer questions, want at least 20", n)
	}
	// Allow chance plus two standard deviations of a binomial count.
	p := chance / float64(n)
	limit := chance + 2*math.Sqrt(float64(n)*p*(1-p))
	if float64(longest) > limit {
		t.Errorf("the key is the longest choice in %d of %d single-answer questions; chance is %.1f, want at most %.1f", longest, n, chance, limit)
	}
	// Over-correcting would make "pick the shortest" pay instead.
	if float64(shortest) > limit {
		t.Errorf("the key is the shortest choice in %d of %d single-answer questions; chance is %.1f, want at most %.1f", shortest, n, chance, limit)
	}
}

// stanceWord matches the words of the article's own stance: cooperation,
// partnership, tailoring to the local context, sustainability.
var stanceWord = regexp.MustCompile(`(?i)\b(cooperat\w*|coordinat\w*|collaborat\w*|partner\w*|regional|region's|local|tailor\w*|engag\w*|shared|joint|multilateral|together|context\w*|dialogue|sustainab\w*|inclusive|communit\w*|both|adapt\w*|each other|legitim\w*)\b`)

// TestCourseStanceCue checks that "pick the option that sounds most like
// the article" scores near chance on single-answer questions: the article
// always favours cooperation, partnership and tailoring, so a distractor
// that states its opposite lets a student who never read it pick the key.
// The rule picks the choice with the most such words, splitting ties, and
// guesses when no choice has any.
func TestCourseStanceCue(t *testing.T) {
	keys, qs := courseQuestions(t)
	n, score, chance := 0, 0.0, 0.0
	var hits []string
	for i, q := range qs {
		if q.Type != Choice {
			continue
		}
		n++
		chance += 1 / float64(len(q.Choices))
		best, top, keyTop := 0, 0, false
		for _, c := range q.Choices {
			switch k := len(stanceWord.FindAllString(c, -1)); {
			case k > best:
				best, top, keyTop = k, 1, c == q.Answer
			case k == best:
				top++
				keyTop = keyTop || c == q.Answer
			}
		}
		switch {
		case best == 0:
			score += 1 / float64(len(q.Choices))
		case keyTop:
			score += 1 / float64(top)
			if top == 1 {
				hits = append(hits, keys[i])
			}
		}
	}
	p := chance / float64(n)
	limit := chance + 2*math.Sqrt(float64(n)*p*(1-p))
	if score > limit {
		t.Errorf("picking the choice that sounds most like the article's stance scores %.1f of %d single-answer questions; chance is %.1f, want at most %.1f\nkeys it finds alone: %s",
			score, n, chance, limit, strings.Join(hits, ", "))
	}
}
