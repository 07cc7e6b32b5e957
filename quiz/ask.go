package quiz

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"

	"github.com/quiz-cli/quiz/progress"
	"github.com/quiz-cli/quiz/questions"
)

// Result is the judgement of one answer.
type Result struct {
	Verdict Verdict
	// Partial is set when some but not all parts (blanks of a cloze,
	// places of an order) were right. With more than half right the answer
	// counts as right (Verdict Almost, rated Hard); otherwise as wrong.
	Partial bool
	// Parts and PartsRight count the parts of a cloze or order question and
	// those right (or almost right).
	Parts, PartsRight int
	// Given is the learner's answer as text, for the log and reports.
	Given string
	// Want is the right answer as text.
	Want string
	// Near is the accepted form a typed Almost was matched against, for
	// highlighting the difference.
	Near string
	// Blanks judges each blank of a cloze.
	Blanks []BlankResult
	// Missed and Extra are, for a select-all question, the right options
	// not picked and the wrong ones picked.
	Missed, Extra []string
	// Order is, for an ordering question, the learner's order, and Items
	// the right one.
	Order, Items []string
	// Strict is set when the answer was matched strictly; Loose then
	// says a lenient match would have accepted it.
	Strict, Loose bool
	// Rating is, for a flashcard, the rating the learner gave it.
	Rating progress.Rating
}

// BlankResult is the judgement of one blank of a cloze.
type BlankResult struct {
	Verdict    Verdict
	Given      string
	Want, Near string
}

// Correct reports whether the answer counts as right: an Almost does, and
// so does a partly right answer with more than half its parts right.
func (r Result) Correct() bool { return r.Verdict != Incorrect }

// credit is the rule shared by every question made of parts: all right is
// Correct, all right or almost is Almost, more than half is Almost with
// partial credit, less is Incorrect (partial when any was right).
func credit(parts, right, almost int) (Verdict, bool) {
	switch {
	case right == parts:
		return Correct, false
	case right+almost == parts:
		return Almost, false
	case 2*(right+almost) > parts:
		return Almost, true
	}
	return Incorrect, right+almost > 0
}

// ask puts one question to the learner and judges the answer.
func ask(p Prompter, it Item, rng *rand.Rand) (Result, error) {
	q := it.Q
	strict := q.Strict || it.Bank != nil && it.Bank.Strict
	switch q.Type {
	case questions.Choice:
		opts := shuffled(q.Choices, rng)
		i, err := p.Select("Your answer:", opts, -1)
		if err != nil {
			return Result{}, err
		}
		return judgeChoice(q, opts[i]), nil
	case questions.Multi:
		opts := shuffled(q.Choices, rng)
		is, err := p.MultiSelect("Your answers:", opts)
		if err != nil {
			return Result{}, err
		}
		picked := make([]string, len(is))
		for k, i := range is {
			picked[k] = opts[i]
		}
		return judgeMulti(q, picked), nil
	case questions.TrueFalse:
		i, err := p.Select("True or false?", []string{"True", "False"}, -1)
		if err != nil {
			return Result{}, err
		}
		return judgeTrueFalse(q, i == 0), nil
	case questions.Text:
		s, err := p.Input("Your answer:")
		if err != nil {
			return Result{}, err
		}
		return judgeText(q, s, strict), nil
	case questions.Cloze:
		blanks := q.Blanks()
		given := make([]string, len(blanks))
		for i := range blanks {
			msg := "Blank:"
			if len(blanks) > 1 {
				msg = fmt.Sprintf("Blank %d of %d:", i+1, len(blanks))
			}
			s, err := p.Input(msg)
			if err != nil {
				return Result{}, err
			}
			given[i] = s
		}
		return judgeCloze(blanks, given, strict), nil
	case questions.Order:
		order, err := askOrder(p, q, rng)
		if err != nil {
			return Result{}, err
		}
		return judgeOrder(q, order), nil
	}
	return Result{}, fmt.Errorf("question %s: unknown type %q", q.ID, q.Type)
}

// takeBack is the option of an ordering question that takes back the last
// item placed.
const takeBack = "↩ Take back "

// askOrder has the learner pick the items one after another, first to
// last, the last one too, with an option to take back the item placed last.
func askOrder(p Prompter, q *questions.Question, rng *rand.Rand) ([]string, error) {
	left := shuffled(q.Items, rng)
	// Never show the items already in order: that would be a free point.
	for try := 0; try < 10 && rng != nil && len(left) > 1 && slices.Equal(left, q.Items); try++ {
		left = shuffled(q.Items, rng)
	}
	var order []string
	for len(left) > 0 {
		msg := fmt.Sprintf("Item %d of %d:", len(order)+1, len(q.Items))
		if len(order) > 0 {
			msg = fmt.Sprintf("Item %d of %d, after %s:", len(order)+1, len(q.Items), strings.Join(order, " → "))
		}
		opts := slices.Clone(left)
		if len(order) > 0 {
			opts = append(opts, takeBack+"“"+order[len(order)-1]+"”")
		}
		i, err := p.Select(msg, opts, -1)
		if err != nil {
			return nil, err
		}
		if i == len(left) {
			left = append(left, order[len(order)-1])
			order = order[:len(order)-1]
			continue
		}
		order = append(order, left[i])
		left = append(left[:i:i], left[i+1:]...)
	}
	return order, nil
}

func judgeChoice(q *questions.Question, picked string) Result {
	r := Result{Given: picked, Want: q.Answer, Verdict: Incorrect}
	if picked == q.Answer {
		r.Verdict = Correct
	}
	return r
}

func judgeMulti(q *questions.Question, picked []string) Result {
	r := Result{Given: strings.Join(picked, "; "), Want: strings.Join(q.Answers, "; "), Verdict: Incorrect}
	for _, a := range q.Answers {
		if !slices.Contains(picked, a) {
			r.Missed = append(r.Missed, a)
		}
	}
	for _, p := range picked {
		if !slices.Contains(q.Answers, p) {
			r.Extra = append(r.Extra, p)
		}
	}
	if len(r.Missed) == 0 && len(r.Extra) == 0 {
		r.Verdict = Correct
	}
	return r
}

func judgeTrueFalse(q *questions.Question, said bool) Result {
	want, _ := strconv.ParseBool(q.Answer)
	r := Result{Given: boolWord(said), Want: boolWord(want), Verdict: Incorrect}
	if said == want {
		r.Verdict = Correct
	}
	return r
}

func judgeText(q *questions.Question, given string, strict bool) Result {
	m := matchText(given, q.Answer, q.Accept, strict)
	r := Result{Given: strings.TrimSpace(given), Want: q.Answer, Verdict: m.Verdict, Strict: strict, Loose: m.loose}
	if m.Verdict == Almost || m.loose {
		r.Near = m.Want
	}
	return r
}

// strictMatch is a TextMatch that may have been judged strictly.
type strictMatch struct {
	TextMatch
	loose bool // wrong strictly, but a lenient match would have taken it
}

// matchText is MatchText, or with strict only an exact match (spaces
// aside) is right: accents, case, articles and typos all count.
func matchText(given, answer string, accept []string, strict bool) strictMatch {
	if !strict {
		return strictMatch{TextMatch: MatchText(given, answer, accept)}
	}
	g := strings.Join(strings.Fields(given), " ")
	for _, w := range append([]string{answer}, accept...) {
		if g != "" && g == strings.Join(strings.Fields(w), " ") {
			return strictMatch{TextMatch: TextMatch{Verdict: Correct, Want: w}}
		}
	}
	m := MatchText(given, answer, accept)
	loose := m.Verdict != Incorrect
	m.Verdict = Incorrect
	return strictMatch{TextMatch: m, loose: loose}
}

// judgeCloze gives partial credit by the rule of credit.
func judgeCloze(blanks [][]string, given []string, strict bool) Result {
	right, almost := 0, 0
	wants := make([]string, len(blanks))
	r := Result{Blanks: make([]BlankResult, len(blanks)), Strict: strict}
	for i, b := range blanks {
		wants[i] = b[0]
		m := matchText(given[i], b[0], b[1:], strict)
		r.Blanks[i] = BlankResult{Verdict: m.Verdict, Given: strings.TrimSpace(given[i]), Want: b[0], Near: m.Want}
		switch m.Verdict {
		case Correct:
			right++
		case Almost:
			almost++
		}
	}
	r.Given, r.Want = strings.Join(trimAll(given), "; "), strings.Join(wants, "; ")
	if strings.Trim(r.Given, "; ") == "" {
		r.Given = ""
	}
	r.Parts, r.PartsRight = len(blanks), right+almost
	r.Verdict, r.Partial = credit(len(blanks), right, almost)
	return r
}

// judgeOrder gives a point for each item in its right place, and partial
// credit by the rule of credit.
func judgeOrder(q *questions.Question, order []string) Result {
	r := Result{Given: strings.Join(order, " → "), Want: strings.Join(q.Items, " → "),
		Order: order, Items: q.Items, Parts: len(q.Items)}
	for i := range order {
		if i < len(q.Items) && order[i] == q.Items[i] {
			r.PartsRight++
		}
	}
	r.Verdict, r.Partial = credit(len(q.Items), r.PartsRight, 0)
	return r
}

func boolWord(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func trimAll(ss []string) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = strings.TrimSpace(s)
	}
	return out
}

// shuffled returns a shuffled copy of ss.
func shuffled(ss []string, rng *rand.Rand) []string {
	out := append([]string(nil), ss...)
	if rng != nil {
		rng.Shuffle(len(out), func(i, j int) { out[i], out[j] = out[j], out[i] })
	}
	return out
}
