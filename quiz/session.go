package quiz

import (
	"errors"
	"fmt"
	"io"
	mrand "math/rand/v2"
	"sort"
	"strings"
	"time"

	"github.com/quiz-cli/quiz/progress"
	"github.com/quiz-cli/quiz/questions"
)

// Session runs one sitting of questions: it asks each through the Prompter,
// judges the answer, records it in the Store before moving on, and gives
// feedback.
type Session struct {
	Prompter Prompter
	Store    Store
	Out      io.Writer
	Style    Style
	Clock    func() time.Time
	Rand     *mrand.Rand
	Width    int    // terminal columns for wrapping
	Mode     string // progress.ModeStudy, ModePractice or ModeExam
	// AutoRate rates answers without asking (see AutoRating).
	AutoRate bool
	// Unscheduled logs answers without changing the schedule (practice).
	Unscheduled bool
	// RetryMissed asks the questions answered wrong once more at the end of
	// the session, while the right answer is fresh. Those second answers are
	// logged as practice and leave the schedule alone.
	RetryMissed bool
	// Deadline, when set, ends the session when it passes (timed exams);
	// questions not answered by then count as wrong.
	Deadline time.Time

	id       string
	usualMS  map[questions.Type][]time.Duration
	retrying bool // in the round of missed questions
	warned   bool // the last-minute warning was given
}

// Answer is one answered question of a session.
type Answer struct {
	Item
	Result
	Rating progress.Rating
	Took   time.Duration
}

// Summary is what a session did.
type Summary struct {
	ID          string
	Start, End  time.Time
	Answers     []Answer
	Interrupted bool
	TimeUp      bool
	Unanswered  []Item // questions not reached (exams)
	// Retried and RetriedRight count the missed questions asked again at
	// the end, and how many of those were then right.
	Retried, RetriedRight int
	// RetryStopped is set when the learner ended the once-more round early.
	RetryStopped bool
	// Planned is how many questions the session set out to ask.
	Planned int
	Leeches []Item // questions suspended as leeches during the session
}

// Correct counts the answers that were right.
func (s Summary) Correct() int {
	n := 0
	for _, a := range s.Answers {
		if a.Correct() {
			n++
		}
	}
	return n
}

// ratings offered after a right answer; Enter picks Good.
var ratingChoices = []string{
	"Again — I guessed; ask me again soon",
	"Hard — I got there, with effort",
	"Good — I knew it",
	"Easy — too easy, show it less",
	"Undo — take back this answer and ask again",
}

var ratingOf = []progress.Rating{progress.Again, progress.Hard, progress.Good, progress.Easy}

// goodChoice is the rating chosen by Enter alone.
const goodChoice = 2

// Run asks the items in order. It returns when all are answered, or when
// the learner interrupts (Summary.Interrupted set, error nil), or on a
// failure to save (error set; everything answered before it is kept).
func (s *Session) Run(items []Item) (Summary, error) {
	if s.Clock == nil {
		s.Clock = time.Now
	}
	if s.Width <= 0 {
		s.Width = 80
	}
	s.id = progress.NewID()
	s.retrying, s.warned = false, false
	sum := Summary{ID: s.id, Start: s.Clock().UTC(), Planned: len(items)}
	if d, ok := s.Prompter.(DeadlineSetter); ok && !s.Deadline.IsZero() {
		d.SetDeadline(s.Deadline)
	}
	for i := 0; i < len(items); i++ {
		it := items[i]
		if !s.Deadline.IsZero() && !s.Clock().Before(s.Deadline) {
			sum.TimeUp, sum.Unanswered = true, items[i:]
			break
		}
		s.header(i+1, len(items), it)
		a, again, err := s.one(it)
		if err != nil && a.Q != nil {
			// Stopped at the rating question: the answer itself is saved.
			sum.Answers = append(sum.Answers, a)
		}
		if errors.Is(err, ErrTimeUp) {
			sum.TimeUp, sum.Unanswered = true, items[i:]
			fmt.Fprintln(s.Out)
			break
		}
		if errors.Is(err, ErrInterrupted) {
			sum.Interrupted = true
			fmt.Fprintln(s.Out)
			break
		}
		if err != nil {
			sum.End = s.Clock().UTC()
			return sum, err
		}
		if again {
			i--
			continue
		}
		sum.Answers = append(sum.Answers, a)
		if leech, err := s.checkLeech(it, a); err != nil {
			return sum, err
		} else if leech {
			sum.Leeches = append(sum.Leeches, it)
		}
	}
	sum.End = s.Clock().UTC()
	// An exam that ran out of time is history even when nothing was
	// answered: its score is 0. One quit before any answer is not.
	if len(sum.Answers) > 0 || s.Mode == progress.ModeExam && sum.TimeUp {
		asked := append(answeredItems(sum.Answers), sum.Unanswered...)
		if _, err := s.Store.Record(progress.Entry{
			Kind: progress.KindSession, Time: sum.End, Start: sum.Start,
			Session: s.id, Mode: s.Mode, Banks: banksOf(asked), Asked: len(asked),
		}); err != nil {
			return sum, err
		}
	}
	if s.RetryMissed && !sum.Interrupted && !sum.TimeUp {
		if err := s.retry(&sum); err != nil {
			return sum, err
		}
	}
	return sum, nil
}

// retry asks each question answered wrong once more. The answers are
// logged as unscheduled practice outside the session, so neither the
// schedule nor the session's score changes.
func (s *Session) retry(sum *Summary) error {
	// Wrong answers, and right ones the learner says were guesses.
	var missed []Item
	for _, a := range sum.Answers {
		if !a.Correct() || a.Rating == progress.Again {
			missed = append(missed, a.Item)
		}
	}
	if len(missed) == 0 {
		return nil
	}
	s.retrying = true
	defer func() { s.retrying = false }()
	what := "question" // "the question you missed", "the 3 questions you missed"
	if len(missed) > 1 {
		what = s.Style.Text.Count(len(missed), "question")
	}
	fmt.Fprintln(s.Out, apply(s.Style.Bold, s.Style.Text.Wrap("Once more: the "+what+" you missed or guessed, while the answer is fresh. "+
		"Your answers in this round do not change your schedule.", s.Width, "")))
	fmt.Fprintln(s.Out)
	for i, it := range missed {
		s.header(i+1, len(missed), it)
		start := s.Clock()
		res, err := ask(s.Prompter, it.Q, s.Rand)
		if errors.Is(err, ErrInterrupted) {
			// The session itself is complete; Ctrl-C only ends this round.
			sum.RetryStopped = true
			fmt.Fprintln(s.Out)
			return nil
		}
		if err != nil {
			return err
		}
		if _, err := s.Store.Record(progress.Entry{
			Time: s.Clock().UTC(), Bank: it.Bank.ID, Question: it.Q.ID, Rating: AutoRating(res.Verdict, res.Partial, 0, 0),
			Correct: res.Correct(), Answer: res.Given, MS: s.Clock().Sub(start).Milliseconds(),
			Mode: progress.ModePractice, Unscheduled: true,
		}); err != nil {
			return fmt.Errorf("save answer: %w", err)
		}
		sum.Retried++
		if res.Correct() {
			sum.RetriedRight++
		}
		s.feedback(it, res)
		if res.Verdict == Correct {
			fmt.Fprintln(s.Out)
		}
	}
	return nil
}

// one asks a single question. again is true when the learner took the
// answer back and wants the question asked anew.
func (s *Session) one(it Item) (a Answer, again bool, err error) {
	start := s.Clock()
	res, err := ask(s.Prompter, it.Q, s.Rand)
	if err != nil {
		return a, false, err
	}
	took := s.Clock().Sub(start)
	rating := s.provisionalRating(it.Q.Type, res, took)
	e := progress.Entry{
		Time: s.Clock().UTC(), Bank: it.Bank.ID, Question: it.Q.ID,
		Rating: rating, Correct: res.Correct(), Answer: res.Given, MS: took.Milliseconds(),
		Session: s.id, Mode: s.Mode, Unscheduled: s.Unscheduled,
	}
	// Saved before the verdict is shown: an answer seen on screen is never lost.
	if _, err := s.Store.Record(e); err != nil {
		return a, false, fmt.Errorf("save answer: %w", err)
	}
	s.remember(it.Q.Type, took)
	s.feedback(it, res)
	// Ratings only matter when the answer is scheduled: exams and practice
	// that is not recorded skip the question.
	if res.Verdict == Correct && !s.AutoRate && s.Mode != progress.ModeExam && !s.Unscheduled {
		i, err := s.Prompter.Select("How well did you know it?", ratingChoices, goodChoice)
		if err != nil {
			// The answer is saved with the default rating; stop here.
			return Answer{it, res, rating, took}, false, err
		}
		switch {
		case i == len(ratingOf):
			if _, err := s.Store.Undo(s.Clock().UTC()); err != nil {
				return a, false, fmt.Errorf("undo: %w", err)
			}
			fmt.Fprintln(s.Out, apply(s.Style.Dim, "Answer taken back."))
			return a, true, nil
		case ratingOf[i] != rating:
			// The answer was saved with the provisional rating; replace it.
			if _, err := s.Store.Rerate(s.Clock().UTC(), ratingOf[i]); err != nil {
				return a, false, fmt.Errorf("save rating: %w", err)
			}
			rating = ratingOf[i]
		}
	}
	if res.Verdict == Correct {
		fmt.Fprintln(s.Out)
	}
	return Answer{it, res, rating, took}, false, nil
}

// provisionalRating is the rating saved with an answer before the learner
// rates it: the automatic rating when rating automatically, else Good for a
// right answer (Enter's choice).
func (s *Session) provisionalRating(t questions.Type, r Result, took time.Duration) progress.Rating {
	if s.AutoRate || s.Mode == progress.ModeExam || r.Verdict != Correct {
		return AutoRating(r.Verdict, r.Partial, took, s.usual(t))
	}
	return progress.Good
}

func (s *Session) remember(t questions.Type, took time.Duration) {
	if s.usualMS == nil {
		s.usualMS = map[questions.Type][]time.Duration{}
	}
	s.usualMS[t] = append(s.usualMS[t], took)
}

// usual is the learner's median answer time for a question type this
// session, or 0 when there are too few answers to tell.
func (s *Session) usual(t questions.Type) time.Duration {
	return UsualTime(s.usualMS[t])
}

// checkLeech suspends a question once it has been failed as often as the
// leech threshold, and tells the learner.
func (s *Session) checkLeech(it Item, a Answer) (bool, error) {
	if a.Correct() || s.Unscheduled {
		return false, nil
	}
	c, ok := s.Store.Card(it.Bank.ID, it.Q.ID)
	limit := s.Store.Settings().LeechThreshold
	// As in Anki: a leech at the threshold, and again every half threshold
	// after it has been unsuspended and failed again.
	if !ok || c.Suspended || limit <= 0 || c.Failures < limit || (c.Failures-limit)%max(limit/2, 1) != 0 {
		return false, nil
	}
	if _, err := s.Store.Record(progress.Entry{
		Kind: progress.KindSuspend, Time: s.Clock().UTC(), Bank: it.Bank.ID, Question: it.Q.ID, Session: s.id,
	}); err != nil {
		return false, fmt.Errorf("suspend leech: %w", err)
	}
	fmt.Fprintf(s.Out, "%s you have missed this %s, so it is suspended for now:\n%s\n%s\n\n",
		apply(s.Style.Warn, "Leech:"), s.Style.Text.Count(c.Failures, "time"), s.Style.Text.Wrap(it.Q.Display(" "), s.Width, "  "),
		apply(s.Style.Dim, fmt.Sprintf("  Reread the section, then run 'quiz unsuspend %s'.", questions.Key(it.Bank.ID, it.Q.ID))))
	return true, nil
}

func (s *Session) header(n, total int, it Item) {
	tag := "review"
	if it.New {
		tag = "new"
	}
	if s.Mode != progress.ModeStudy {
		tag = s.Mode
	}
	if s.retrying {
		tag = "once more"
	}
	var left time.Duration
	if !s.Deadline.IsZero() {
		left = s.Deadline.Sub(s.Clock()).Round(time.Second)
		tag = fmt.Sprintf("%s · %s left", tag, s.Style.Text.Clock(left))
	}
	// The bank title gives way so the line fits the terminal.
	head := fmt.Sprintf("── %d of %d · ", n, total)
	tail := " · " + tag + " "
	room := s.Width - s.Style.Text.Width(head) - s.Style.Text.Width(tail)
	fmt.Fprintf(s.Out, "%s\n", apply(s.Style.Dim, head+s.Style.Text.Clip(it.Bank.Title, max(room, 8))+tail))
	if !s.Deadline.IsZero() && left < time.Minute && !s.warned {
		s.warned = true
		fmt.Fprintln(s.Out, apply(s.Style.Warn, s.Style.Text.Wrap(fmt.Sprintf("Less than a minute left (%s): the exam ends when the clock does.", s.Style.Text.Clock(left)), s.Width, "")))
	}
	fmt.Fprintln(s.Out, apply(s.Style.Bold, s.Style.Text.Wrap(it.Q.Display("\n"), s.Width, "")))
}

// feedback prints the verdict and, when not right, the right answer with
// the explanation and the supporting passage.
func (s *Session) feedback(it Item, r Result) {
	if s.Mode == progress.ModeExam {
		return
	}
	st := s.Style
	switch {
	case r.Verdict == Correct:
		fmt.Fprintln(s.Out, apply(st.Good, "Correct!"))
		if it.Q.Explain != "" && !s.retrying {
			fmt.Fprintln(s.Out, apply(st.Dim, s.Style.Text.Wrap(it.Q.Explain, s.Width, "  ")))
		}
		return
	case r.Blanks != nil:
		right := 0
		for _, b := range r.Blanks {
			if b.Verdict != Incorrect {
				right++
			}
		}
		word := apply(st.Bad, "Incorrect:")
		if r.Verdict == Almost {
			word = apply(st.Warn, "Almost:")
		}
		fmt.Fprintf(s.Out, "%s %d of %d blanks right%s\n", word, right, len(r.Blanks), ratedNote(r))
		for i, b := range r.Blanks {
			given := b.Given
			if given == "" {
				given = "(nothing)"
			}
			var verdict string
			switch b.Verdict {
			case Correct:
				verdict = apply(st.Good, "right")
			case Almost:
				verdict = apply(st.Warn, "almost") + "; the answer is " + markWant(st, b.Given, b.Near)
			default:
				verdict = apply(st.Bad, "wrong") + "; the answer is " + apply(st.Bold, b.Want)
			}
			fmt.Fprintln(s.Out, s.Style.Text.Wrap(fmt.Sprintf("[%d] %s — %s", i+1, given, verdict), s.Width, "  "))
		}
	case r.Verdict == Almost:
		fmt.Fprintln(s.Out, s.Style.Text.Wrap(fmt.Sprintf("%s the answer is %s — you wrote %s%s", apply(st.Warn, "Almost:"),
			markWant(st, r.Given, r.Near), r.Given, ratedNote(r)), s.Width, ""))
	default:
		fmt.Fprintln(s.Out, s.Style.Text.Wrap(fmt.Sprintf("%s the answer is %s", apply(st.Bad, "Incorrect:"), apply(st.Bold, r.Want)), s.Width, ""))
		if len(r.Missed) > 0 {
			fmt.Fprintln(s.Out, s.Style.Text.Wrap("You missed: "+strings.Join(r.Missed, "; "), s.Width, "  "))
		}
		if len(r.Extra) > 0 {
			fmt.Fprintln(s.Out, s.Style.Text.Wrap("Not right: "+strings.Join(r.Extra, "; "), s.Width, "  "))
		}
	}
	if it.Q.Explain != "" && !s.retrying {
		fmt.Fprintln(s.Out, s.Style.Text.Wrap(it.Q.Explain, s.Width, "  "))
	}
	if it.Q.Source != "" && !s.retrying {
		fmt.Fprintln(s.Out, apply(st.Dim, s.Style.Text.Wrap("From the article: “"+it.Q.Source+"”", s.Width, "  ")))
	}
	fmt.Fprintln(s.Out)
}

// ratedNote tells the learner how an answer they are not asked to rate was
// rated, when it is not plainly right or wrong.
func ratedNote(r Result) string {
	switch {
	case r.Verdict == Almost:
		return " (counted right, rated Hard)"
	case r.Partial:
		return " (partial credit, rated Hard)"
	}
	return ""
}

// markWant shows want with the letters the learner got wrong or left out
// highlighted (when colour is on).
func markWant(st Style, given, want string) string {
	if st.Warn == nil {
		return want
	}
	var b strings.Builder
	for _, sp := range Diff(given, want) {
		switch sp.Op {
		case DiffEqual:
			b.WriteString(apply(st.Bold, sp.Text))
		case DiffInsert:
			b.WriteString(apply(st.Warn, sp.Text))
		}
	}
	return b.String()
}

func answeredItems(as []Answer) []Item {
	items := make([]Item, len(as))
	for i, a := range as {
		items[i] = a.Item
	}
	return items
}

func banksOf(items []Item) []string {
	seen := map[string]bool{}
	var ids []string
	for _, it := range items {
		if !seen[it.Bank.ID] {
			seen[it.Bank.ID] = true
			ids = append(ids, it.Bank.ID)
		}
	}
	sort.Strings(ids)
	return ids
}
