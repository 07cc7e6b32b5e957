package quiz

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"

	"github.com/quiz-cli/quiz/questions"
)

// Result is the judgement of one answer.
type Result struct {
	Verdict Verdict
	// Partial is set when some but not all blanks of a cloze were right:
	// the answer is wrong, but earns partial credit (rated Hard).
	Partial bool
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
}

// BlankResult is the judgement of one blank of a cloze.
type BlankResult struct {
	Verdict    Verdict
	Given      string
	Want, Near string
}

// Correct reports whether the answer counts as right (an Almost does).
func (r Result) Correct() bool { return r.Verdict != Incorrect }

// ask puts one question to the learner and judges the answer.
func ask(p Prompter, q *questions.Question, rng *rand.Rand) (Result, error) {
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
		return judgeText(q, s), nil
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
		return judgeCloze(blanks, given), nil
	case questions.Order:
		order, err := askOrder(p, q, rng)
		if err != nil {
			return Result{}, err
		}
		return judgeOrder(q, order), nil
	}
	return Result{}, fmt.Errorf("question %s: unknown type %q", q.ID, q.Type)
}

// askOrder has the learner pick the items one after another, first to last.
func askOrder(p Prompter, q *questions.Question, rng *rand.Rand) ([]string, error) {
	left := shuffled(q.Items, rng)
	// Never show the items already in order: that would be a free point.
	for try := 0; try < 10 && rng != nil && len(left) > 1 && slices.Equal(left, q.Items); try++ {
		left = shuffled(q.Items, rng)
	}
	var order []string
	for len(left) > 1 {
		msg := fmt.Sprintf("Item %d of %d:", len(order)+1, len(q.Items))
		i, err := p.Select(msg, left, -1)
		if err != nil {
			return nil, err
		}
		order = append(order, left[i])
		left = append(left[:i:i], left[i+1:]...)
	}
	return append(order, left...), nil
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

func judgeText(q *questions.Question, given string) Result {
	m := MatchText(given, q.Answer, q.Accept)
	r := Result{Given: strings.TrimSpace(given), Want: q.Answer, Verdict: m.Verdict}
	if m.Verdict == Almost {
		r.Near = m.Want
	}
	return r
}

// judgeCloze gives partial credit: every blank right (or almost) is
// Correct (or Almost); some right is Incorrect with Partial set; none is
// Incorrect.
func judgeCloze(blanks [][]string, given []string) Result {
	right, almost := 0, 0
	wants := make([]string, len(blanks))
	r := Result{Blanks: make([]BlankResult, len(blanks))}
	for i, b := range blanks {
		wants[i] = b[0]
		m := MatchText(given[i], b[0], b[1:])
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
	switch {
	case right == len(blanks):
		r.Verdict = Correct
	case right+almost == len(blanks):
		r.Verdict = Almost
	default:
		r.Verdict, r.Partial = Incorrect, right+almost > 0
	}
	return r
}

func judgeOrder(q *questions.Question, order []string) Result {
	r := Result{Given: strings.Join(order, " → "), Want: strings.Join(q.Items, " → "), Verdict: Correct}
	for i := range order {
		if order[i] != q.Items[i] {
			r.Verdict = Incorrect
		}
	}
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
