package quiz

import (
	"bytes"
	"errors"
	"fmt"
	mrand "math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/quiz-cli/quiz/progress"
	"github.com/quiz-cli/quiz/questions"
)

// fakePrompter answers from a script: each step sees the prompt and its
// options and returns an answer (int, []int, string or bool) or an error.
type fakePrompter struct {
	t     *testing.T
	steps []func(msg string, opts []string) (any, error)
	asked []string
	goOn  bool // the steps answer "Go on?" too
}

func (p *fakePrompter) next(msg string, opts []string) (any, error) {
	p.t.Helper()
	p.asked = append(p.asked, msg)
	// "Go on?" after a wrong answer takes Enter (Next question) unless a
	// step is written for it.
	if msg == "Go on?" && (len(p.steps) == 0 || !p.goOn) {
		return 0, nil
	}
	if len(p.steps) == 0 {
		p.t.Fatalf("unexpected prompt %q", msg)
	}
	step := p.steps[0]
	p.steps = p.steps[1:]
	return step(msg, opts)
}

func (p *fakePrompter) Select(msg string, opts []string, def int) (int, error) {
	v, err := p.next(msg, opts)
	if v == nil {
		return def, err
	}
	return v.(int), err
}
func (p *fakePrompter) MultiSelect(msg string, opts []string) ([]int, error) {
	v, err := p.next(msg, opts)
	is, _ := v.([]int)
	return is, err
}
func (p *fakePrompter) Input(msg string) (string, error) {
	v, err := p.next(msg, nil)
	s, _ := v.(string)
	return s, err
}
func (p *fakePrompter) Confirm(msg string, def bool) (bool, error) {
	v, err := p.next(msg, nil)
	b, _ := v.(bool)
	return b, err
}

// pick chooses the option equal to want.
func pick(want string) func(string, []string) (any, error) {
	return func(_ string, opts []string) (any, error) {
		for i, o := range opts {
			if o == want {
				return i, nil
			}
		}
		return nil, fmt.Errorf("no option %q in %q", want, opts)
	}
}

func answer(v any) func(string, []string) (any, error) {
	return func(string, []string) (any, error) { return v, nil }
}

func interrupt(string, []string) (any, error) { return nil, ErrInterrupted }

// fakeStore keeps cards in memory and counts what is recorded.
type fakeStore struct {
	cards   map[string]progress.Card
	entries []progress.Entry
	undone  int
	rerated int
	fail    error
}

func newFakeStore() *fakeStore { return &fakeStore{cards: map[string]progress.Card{}} }

func (s *fakeStore) Card(b, q string) (progress.Card, bool) {
	c, ok := s.cards[questions.Key(b, q)]
	return c, ok
}
func (s *fakeStore) Record(e progress.Entry) (progress.Card, error) {
	if s.fail != nil {
		return progress.Card{}, s.fail
	}
	s.entries = append(s.entries, e)
	k := questions.Key(e.Bank, e.Question)
	c := s.cards[k]
	switch e.Kind {
	case "", progress.KindReview:
		c.Reps++
		c.Seen++
		if e.Correct {
			c.Correct++
		} else if !e.Unscheduled {
			c.Failures++
		}
		c.Due = e.Time.Add(24 * time.Hour)
	case progress.KindSuspend:
		c.Suspended = true
	default:
		return c, nil
	}
	s.cards[k] = c
	return c, nil
}
func (s *fakeStore) Undo(now time.Time) (progress.Entry, error) {
	s.undone++
	last := s.entries[len(s.entries)-1]
	s.entries = s.entries[:len(s.entries)-1]
	return last, nil
}
func (s *fakeStore) Rerate(now time.Time, r progress.Rating) (progress.Card, error) {
	s.rerated++
	for i := len(s.entries) - 1; i >= 0; i-- {
		if s.entries[i].Kind == "" || s.entries[i].Kind == progress.KindReview {
			s.entries[i].Rating = r
			break
		}
	}
	return progress.Card{}, nil
}

func (s *fakeStore) Today(time.Time) (int, int, error) { return 0, 0, nil }
func (s *fakeStore) Settings() progress.Settings       { return progress.DefaultSettings() }
func (s *fakeStore) reviews() (out []progress.Entry) {
	for _, e := range s.entries {
		if e.Kind == "" || e.Kind == progress.KindReview {
			out = append(out, e)
		}
	}
	return out
}

var testBank = &questions.Bank{ID: "b", Title: "Test bank", Questions: []*questions.Question{
	{ID: "capital", Type: questions.Choice, Prompt: "Capital of Haiti?", Choices: []string{"Lima", "Port-au-Prince", "Quito"},
		Answer: "Port-au-Prince", Explain: "It is the capital.", Source: "Port-au-Prince is the capital."},
	{ID: "year", Type: questions.Text, Prompt: "Year MINUSTAH began?", Answer: "2004", Explain: "Set up in 2004."},
	{ID: "tf", Type: questions.TrueFalse, Prompt: "The OAS is regional.", Answer: "true"},
	{ID: "orgs", Type: questions.Multi, Prompt: "Which are regional bodies?", Choices: []string{"OAS", "UNASUR", "NATO"}, Answers: []string{"OAS", "UNASUR"}},
	{ID: "gap", Type: questions.Cloze, Text: "MINUSTAH began in {{2004}} in {{Haiti}}."},
	{ID: "seq", Type: questions.Order, Prompt: "Order them.", Items: []string{"first", "second", "third"}},
}}

func items(qs ...string) []Item {
	var out []Item
	for _, id := range qs {
		out = append(out, Item{Bank: testBank, Q: testBank.Find(id), New: true})
	}
	return out
}

func newTestSession(t *testing.T, st *fakeStore, steps ...func(string, []string) (any, error)) (*Session, *bytes.Buffer) {
	var out bytes.Buffer
	now := time.Date(2026, 3, 1, 10, 0, 0, 0, time.UTC)
	p := &fakePrompter{t: t, steps: steps}
	// A step never asked means the test did not go where it meant to.
	t.Cleanup(func() {
		if len(p.steps) > 0 {
			t.Errorf("%d scripted prompt steps were never asked; asked %q", len(p.steps), p.asked)
		}
	})
	return &Session{
		Prompter: p,
		Store:    st,
		Out:      &out,
		Clock:    func() time.Time { now = now.Add(time.Second); return now },
		Mode:     progress.ModeStudy,
		Style:    Style{Text: plainText{}},
	}, &out
}

func TestSessionRightWrongInterrupted(t *testing.T) {
	st := newFakeStore()
	s, out := newTestSession(t, st,
		pick("Port-au-Prince"), answer(nil), // right, then Enter = Good
		answer("2005"), // wrong: no rating question
		interrupt,
	)
	sum, err := s.Run(items("capital", "year", "tf"))
	if err != nil {
		t.Fatalf("Run: %v", err)
	}
	if !sum.Interrupted || len(sum.Answers) != 2 || sum.Correct() != 1 {
		t.Errorf("summary: interrupted=%v answers=%d correct=%d; want true, 2, 1", sum.Interrupted, len(sum.Answers), sum.Correct())
	}
	rs := st.reviews()
	if len(rs) != 2 {
		t.Fatalf("recorded %d reviews, want 2", len(rs))
	}
	if rs[0].Rating != progress.Good || !rs[0].Correct {
		t.Errorf("first review rating %v correct %v, want Good true", rs[0].Rating, rs[0].Correct)
	}
	if rs[1].Rating != progress.Again || rs[1].Correct || rs[1].Answer != "2005" {
		t.Errorf("second review = %+v, want Again, incorrect, answer 2005", rs[1])
	}
	for _, want := range []string{"Correct", "Incorrect: the answer is 2004", "Set up in 2004."} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
	if n := len(st.entries); n != 3 || st.entries[2].Kind != progress.KindSession {
		t.Errorf("entries = %d, want 2 reviews and a session entry", n)
	}
}

func TestSessionRerateAndUndo(t *testing.T) {
	st := newFakeStore()
	s, _ := newTestSession(t, st,
		pick("True"), answer(3), // right, rated Easy
		pick("False"), // then wrong
	)
	sum, err := s.Run(items("tf", "tf"))
	if err != nil {
		t.Fatalf("Run: %v", err)
	}
	rs := st.reviews()
	if len(rs) != 2 || rs[0].Rating != progress.Easy {
		t.Fatalf("reviews = %+v, want first rated Easy", rs)
	}
	if st.rerated != 1 || st.undone != 0 {
		t.Errorf("rerated %d and undone %d times, want the provisional Good replaced by Easy once", st.rerated, st.undone)
	}
	if sum.Correct() != 1 {
		t.Errorf("correct = %d, want 1", sum.Correct())
	}

	// Undo at the rating prompt takes the answer back and asks again.
	st = newFakeStore()
	s, out := newTestSession(t, st, pick("True"), answer(4), pick("False"))
	sum, err = s.Run(items("tf"))
	if err != nil {
		t.Fatalf("Run: %v", err)
	}
	if len(st.reviews()) != 1 || st.reviews()[0].Correct || len(sum.Answers) != 1 {
		t.Errorf("after undo and a wrong retry: reviews %+v, want one wrong answer", st.reviews())
	}
	if !strings.Contains(out.String(), "Answer taken back") {
		t.Errorf("output does not say the answer was taken back:\n%s", out.String())
	}
}

func TestSessionAllTypes(t *testing.T) {
	st := newFakeStore()
	s, out := newTestSession(t, st,
		func(_ string, opts []string) (any, error) { // multi: pick OAS and UNASUR
			var is []int
			for i, o := range opts {
				if o != "NATO" {
					is = append(is, i)
				}
			}
			return is, nil
		},
		answer("2004"), answer("Hati"), // cloze: one right, one almost
		pick("first"), pick("third"), pick("second"), // order: one of three in place
	)
	s.AutoRate = true
	if _, err := s.Run(items("orgs", "gap", "seq")); err != nil {
		t.Fatalf("Run: %v", err)
	}
	rs := st.reviews()
	want := []progress.Rating{progress.Good, progress.Hard, progress.Again}
	for i, r := range rs {
		if r.Rating != want[i] {
			t.Errorf("review %d (%s) rated %v, want %v", i, r.Question, r.Rating, want[i])
		}
	}
	if !strings.Contains(out.String(), "[1]_____ in [2]_____") {
		t.Errorf("cloze not shown with numbered blanks:\n%s", out.String())
	}
	for _, want := range []string{"1 of 3 in the right place", "2. third", "✗ second"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("wrong order: feedback lacks %q:\n%s", want, out.String())
		}
	}
}

func TestSessionSaveFailureStops(t *testing.T) {
	st := newFakeStore()
	st.fail = errors.New("no space left on device")
	s, out := newTestSession(t, st, pick("True"))
	_, err := s.Run(items("tf", "tf"))
	if err == nil || !strings.Contains(err.Error(), "no space left") {
		t.Fatalf("Run error = %v, want the save failure", err)
	}
	if strings.Contains(out.String(), "Correct") {
		t.Errorf("verdict shown for an answer that was not saved:\n%s", out.String())
	}
}

func TestLeechIsSuspended(t *testing.T) {
	st := newFakeStore()
	st.cards["b/tf"] = progress.Card{Seen: 7, Correct: 0, Failures: 7}
	s, out := newTestSession(t, st, pick("False"))
	sum, err := s.Run(items("tf"))
	if err != nil {
		t.Fatal(err)
	}
	if !st.cards["b/tf"].Suspended || len(sum.Leeches) != 1 {
		t.Errorf("eighth failure did not suspend the question")
	}
	if !strings.Contains(out.String(), "Leech:") || !strings.Contains(out.String(), "The OAS is regional.") {
		t.Errorf("learner not told about the leech:\n%s", out.String())
	}
}

func TestPlan(t *testing.T) {
	now := time.Date(2026, 3, 1, 10, 0, 0, 0, time.UTC)
	st := newFakeStore()
	card := func(due time.Time) progress.Card {
		c := progress.Card{}
		c.Reps, c.Due = 1, due
		return c
	}
	st.cards["b/year"] = card(now.Add(-time.Hour))     // due
	st.cards["b/tf"] = card(now.Add(-48 * time.Hour))  // more overdue
	st.cards["b/orgs"] = card(now.Add(time.Hour))      // not yet due
	st.cards["b/gap"] = progress.Card{Suspended: true} // suspended
	tests := []struct {
		name string
		lim  Limits
		want string
	}{
		{"due first, then new", Limits{Session: 10, New: 10, Reviews: 10}, "tf year capital seq"},
		{"session cap", Limits{Session: 3, New: 10, Reviews: 10}, "tf year capital"},
		{"no new left today", Limits{Session: 10, New: 0, Reviews: 10}, "tf year"},
		{"review cap", Limits{Session: 10, New: 1, Reviews: 1}, "tf capital"},
	}
	for _, tt := range tests {
		var got []string
		for _, it := range Plan([]*questions.Bank{testBank}, st, now, tt.lim) {
			got = append(got, it.Q.ID)
		}
		if strings.Join(got, " ") != tt.want {
			t.Errorf("%s: Plan = %q, want %q", tt.name, strings.Join(got, " "), tt.want)
		}
	}
}

func TestClozeFeedbackPerBlank(t *testing.T) {
	st := newFakeStore()
	s, out := newTestSession(t, st, answer("2005"), answer("Hati"))
	sum, err := s.Run(items("gap"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"Not enough: 1 of 2 blanks right (more than half is needed: counted wrong)",
		"[1] 2005 — wrong; the answer is 2004",
		"[2] Hati — almost; the answer is Haiti",
	} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
	rs := st.reviews()
	// Half right is not enough: wrong everywhere, rated Again, as the
	// verdict says.
	if len(rs) != 1 || rs[0].Correct || rs[0].Rating != progress.Again {
		t.Errorf("half right cloze recorded as %+v, want wrong with rating Again", rs)
	}
	if sum.Correct() != 0 {
		t.Errorf("half right cloze counted as right in the score")
	}
}

func TestInterruptAtRatingKeepsAnswerInScore(t *testing.T) {
	st := newFakeStore()
	s, _ := newTestSession(t, st, pick("True"), interrupt)
	sum, err := s.Run(items("tf", "tf"))
	if err != nil {
		t.Fatal(err)
	}
	if len(sum.Answers) != 1 || sum.Correct() != 1 || len(st.reviews()) != 1 {
		t.Errorf("after Ctrl-C at the rating: %d answers, %d right, %d saved; want 1, 1, 1",
			len(sum.Answers), sum.Correct(), len(st.reviews()))
	}
}

func TestOrderNeverShownInOrder(t *testing.T) {
	q := testBank.Find("seq")
	for seed := range uint64(200) {
		rng := mrand.New(mrand.NewPCG(seed, 1))
		var first []string
		p := &fakePrompter{t: t}
		p.steps = []func(string, []string) (any, error){
			func(_ string, opts []string) (any, error) { first = opts; return 0, nil },
			answer(0), answer(0),
		}
		if _, err := askOrder(p, q, rng); err != nil {
			t.Fatal(err)
		}
		if slices.Equal(first, q.Items) {
			t.Fatalf("seed %d: items shown already in order: %q", seed, first)
		}
	}
}

func TestExamReport(t *testing.T) {
	sum := Summary{
		Answers: []Answer{
			{Item: items("tf")[0], Result: Result{Verdict: Correct, Given: "True", Want: "True"}},
			{Item: items("year")[0], Result: Result{Verdict: Incorrect, Given: "2005", Want: "2004"}},
		},
		Planned: 3,
	}
	var out bytes.Buffer
	// Quit after two of three: the third counts as wrong, but its answer
	// is not given away.
	sum.Interrupted, sum.Unanswered = true, items("capital")
	WriteExamReport(&out, Style{Text: plainText{}}, sum, 80)
	for _, want := range []string{"Score: 1 of 3 (33%)", "You answered 2 of 3 questions", "Q2 · b/year", "Right answer: 2004"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("report lacks %q:\n%s", want, out.String())
		}
	}
	if strings.Contains(out.String(), "Port-au-Prince") {
		t.Errorf("quitting early showed the answer to a question never asked:\n%s", out.String())
	}
	out.Reset()
	sum.Interrupted, sum.TimeUp, sum.Unanswered = false, true, items("capital")
	WriteExamReport(&out, Style{Text: plainText{}}, sum, 80)
	if !strings.Contains(out.String(), "Score: 1 of 3 (33%)") {
		t.Errorf("after time ran out the unanswered question does not count as wrong:\n%s", out.String())
	}
	if !strings.Contains(out.String(), "Q3 · b/capital") || !strings.Contains(out.String(), "Right answer: Port-au-Prince") {
		t.Errorf("after time ran out the report does not review the unanswered question:\n%s", out.String())
	}
}

func TestRetryMissed(t *testing.T) {
	st := newFakeStore()
	s, out := newTestSession(t, st,
		pick("False"),               // tf wrong
		answer("2004"), answer(nil), // year right, Enter = Good
		pick("True"), // tf once more: right
	)
	s.RetryMissed = true
	sum, err := s.Run(items("tf", "year"))
	if err != nil {
		t.Fatal(err)
	}
	if sum.Retried != 1 || sum.RetriedRight != 1 || sum.Correct() != 1 {
		t.Errorf("retried %d, right %d, score %d; want 1, 1, and the score unchanged at 1", sum.Retried, sum.RetriedRight, sum.Correct())
	}
	last := st.entries[len(st.entries)-1]
	if !last.Unscheduled || last.Mode != progress.ModePractice || last.Session != "" || last.Question != "tf" {
		t.Errorf("second answer logged as %+v, want unscheduled practice outside the session", last)
	}
	if !strings.Contains(out.String(), "Once more: the question you missed") || !strings.Contains(out.String(), "once more") {
		t.Errorf("output does not announce the round of missed questions:\n%s", out.String())
	}
}

func TestRetryGuessesAndStop(t *testing.T) {
	st := newFakeStore()
	s, _ := newTestSession(t, st,
		pick("True"), answer(0), // right, but rated Again: a guess
		pick("False"), // wrong
		pick("True"),  // once more: the guess, right
		interrupt,     // Ctrl-C ends the round, not the session
	)
	s.RetryMissed = true
	sum, err := s.Run(items("tf", "tf"))
	if err != nil {
		t.Fatal(err)
	}
	if sum.Interrupted || !sum.RetryStopped || sum.Retried != 1 {
		t.Errorf("interrupted %v, retry stopped %v, retried %d; want false, true, 1", sum.Interrupted, sum.RetryStopped, sum.Retried)
	}
}

func TestUnsuspendedLeechIsNotSuspendedAtOnce(t *testing.T) {
	st := newFakeStore()
	st.cards["b/tf"] = progress.Card{Seen: 8, Failures: 8} // unsuspended after 8 failures
	s, out := newTestSession(t, st, pick("True"), answer(nil), pick("False"))
	if _, err := s.Run(items("tf", "tf")); err != nil {
		t.Fatal(err)
	}
	if st.cards["b/tf"].Suspended || strings.Contains(out.String(), "Leech:") {
		t.Errorf("a right answer and one more failure suspended the question again:\n%s", out.String())
	}
}

// discardingPrompter records what was on screen each time the session
// dropped type-ahead.
type discardingPrompter struct {
	*fakePrompter
	out       *bytes.Buffer
	atDiscard []string
}

func (p *discardingPrompter) DiscardTypeAhead() { p.atDiscard = append(p.atDiscard, p.out.String()) }

// TestTypeAheadDroppedBeforeQuestionShows: keys typed once a question is
// on screen are meant for it, so stale keys go before it is drawn.
func TestTypeAheadDroppedBeforeQuestionShows(t *testing.T) {
	st := newFakeStore()
	s, out := newTestSession(t, st, answer("2004"), answer(nil), answer("2005"))
	p := &discardingPrompter{fakePrompter: s.Prompter.(*fakePrompter), out: out}
	s.Prompter = p
	if _, err := s.Run(items("year", "year")); err != nil {
		t.Fatalf("Run: %v", err)
	}
	if len(p.atDiscard) != 2 {
		t.Fatalf("type-ahead dropped %d times, want once per question (2)", len(p.atDiscard))
	}
	prompt := testBank.Find("year").Prompt
	for i, screen := range p.atDiscard {
		if n := strings.Count(screen, prompt); n != i {
			t.Errorf("question %d: type-ahead dropped with the prompt shown %d times, want %d (dropped after the question appeared)", i+1, n, i)
		}
	}
}

// TestReversedCardSaysSo: the back-to-front side of a card is marked, so
// the learner knows which side they are asked for.
func TestReversedCardSaysSo(t *testing.T) {
	b := &questions.Bank{ID: "es", Title: "Spanish", Questions: []*questions.Question{
		{ID: "hola", Type: questions.Card, Prompt: "hola", Answer: "hello"},
		{ID: "hola" + questions.ReverseSuffix, Type: questions.Card, Prompt: "hello", Answer: "hola", ReverseOf: "hola"},
	}}
	s, out := newTestSession(t, newFakeStore(), answer(0), answer(2), answer(0), answer(2))
	if _, err := s.Run([]Item{{Bank: b, Q: b.Questions[0], New: true}, {Bank: b, Q: b.Questions[1], New: true}}); err != nil {
		t.Fatalf("Run: %v", err)
	}
	heads := []string{}
	for _, l := range strings.Split(out.String(), "\n") {
		if strings.HasPrefix(l, "── ") {
			heads = append(heads, l)
		}
	}
	if len(heads) != 2 || strings.Contains(heads[0], "back to front") || !strings.Contains(heads[1], "back to front") {
		t.Errorf("headers = %q, want only the second marked back to front", heads)
	}
}

// TestSourceShownOnce checks that after a wrong answer an explanation
// that quotes its source as written is not followed by the same quote
// again.
func TestSourceShownOnce(t *testing.T) {
	const src = "Port-au-Prince is the capital of Haiti."
	b := &questions.Bank{ID: "g", Title: "Generated", Questions: []*questions.Question{
		{ID: "quoted", Type: questions.Choice, Prompt: "Capital of Haiti?", Choices: []string{"Lima", "Port-au-Prince", "Quito"},
			Answer: "Port-au-Prince", Explain: "The section “Haiti” says: “" + src + "”", Source: src},
		{ID: "other", Type: questions.Choice, Prompt: "Capital of Peru?", Choices: []string{"Lima", "Quito"},
			Answer: "Lima", Explain: "Lima is on the coast.", Source: "Lima is the capital of Peru."},
	}}
	s, out := newTestSession(t, newFakeStore(), pick("Lima"), pick("Quito"))
	if _, err := s.Run([]Item{{Bank: b, Q: b.Questions[0], New: true}, {Bank: b, Q: b.Questions[1], New: true}}); err != nil {
		t.Fatalf("Run: %v", err)
	}
	if n := strings.Count(out.String(), src); n != 1 {
		t.Errorf("the source is shown %d times, want once:\n%s", n, out.String())
	}
	if !strings.Contains(out.String(), "From the article: “Lima is the capital of Peru.”") {
		t.Errorf("a source the explanation does not quote is not shown:\n%s", out.String())
	}
}
