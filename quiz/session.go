package quiz

import (
	"errors"
	"fmt"
	"io"
	mrand "math/rand/v2"
	"slices"
	"sort"
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
	// Edit, when set, lets the learner edit the question on screen: it
	// opens the question's bank file in an editor and returns the question
	// as reloaded.
	Edit func(it Item) (Item, error)

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
	// Skipped counts the times a question was put off to later.
	Skipped int
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

// ratingNames are the ratings offered after a right answer, with what each
// means; Enter (or 3) picks Good.
var ratingNames = []string{"Again", "Hard", "Good", "Easy"}

var ratingMeaning = []string{"I guessed; ask me again soon", "I got there, with effort", "I knew it", "too easy, show it less"}

var ratingOf = []progress.Rating{progress.Again, progress.Hard, progress.Good, progress.Easy}

// goodChoice is the rating chosen by Enter alone.
const goodChoice = 2

// undoChoice is the option that takes back the answer just given.
const undoChoice = "Undo — take back this answer and answer again"

// Previewer is implemented by stores that can tell in how many days a
// question would next be due after each rating, for the rating choices,
// and when the learner's next day begins, for burying.
type Previewer interface {
	Preview(bank, question string, now time.Time) ([4]int, error)
	NextDay(now time.Time) time.Time
}

// action is what the learner chose to do with a question instead of, or
// after, answering it.
type action int

const (
	actNone     action = iota
	actAgain           // the answer was taken back: ask the question anew
	actSkip            // ask it later in the session
	actDrop            // buried or suspended: not asked again in the session
	actUndoPrev        // take back the previous answer and ask that again
	actEdited          // the question was edited: ask it as it is now
)

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
	queue := slices.Clone(items)
	for i := 0; i < len(queue); i++ {
		it := queue[i]
		if !s.Deadline.IsZero() && !s.Clock().Before(s.Deadline) {
			sum.TimeUp, sum.Unanswered = true, queue[i:]
			break
		}
		s.header(i+1, len(queue), it)
		a, act, err := s.one(it, len(sum.Answers) > 0)
		if err != nil && a.Q != nil {
			// Stopped at the rating question: the answer itself is saved.
			sum.Answers = append(sum.Answers, a)
			i++
		}
		if errors.Is(err, ErrTimeUp) {
			sum.TimeUp, sum.Unanswered = true, queue[i:]
			fmt.Fprintln(s.Out)
			break
		}
		if errors.Is(err, ErrInterrupted) {
			sum.Interrupted = true
			// An exam sets all its questions at once: those not answered
			// count as wrong however it ends.
			if s.Mode == progress.ModeExam {
				sum.Unanswered = queue[i:]
			}
			fmt.Fprintln(s.Out)
			break
		}
		if err != nil {
			sum.End = s.Clock().UTC()
			return sum, err
		}
		switch act {
		case actAgain:
			i--
			continue
		case actSkip:
			queue = append(slices.Delete(queue, i, i+1), it)
			sum.Skipped++
			i--
			continue
		case actDrop:
			queue = slices.Delete(queue, i, i+1)
			i--
			continue
		case actEdited:
			queue[i] = a.Item
			i--
			continue
		case actUndoPrev:
			prev := sum.Answers[len(sum.Answers)-1]
			sum.Answers = sum.Answers[:len(sum.Answers)-1]
			if n := len(sum.Leeches); n > 0 && sum.Leeches[n-1].Q == prev.Q {
				sum.Leeches = sum.Leeches[:n-1]
			}
			if i > 0 && queue[i-1].Q == prev.Q {
				i -= 2
			} else {
				queue = slices.Insert(queue, i, prev.Item)
				i--
			}
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

// escapes reports whether Esc offers the review menu now: in study and
// practice, not in exams nor in the once-more round.
func (s *Session) escapes() bool { return s.Mode != progress.ModeExam && !s.retrying }

// editable reports whether the menu can open it in an editor: only a
// question read from a bank file on disk, not one of the built-in course.
func (s *Session) editable(it Item) bool { return s.Edit != nil && it.Bank.File != "" }

// ask asks it, with Esc turned on when menu is set and the Prompter can.
func (s *Session) ask(it Item, menu bool) (Result, error) {
	if e, ok := s.Prompter.(Escaper); ok && menu {
		hint := "skip, bury, suspend"
		if s.editable(it) {
			hint += ", edit" // only what the menu will offer
		}
		e.SetEscape(hint)
		defer e.SetEscape("")
	}
	if it.Q.Type == questions.Card {
		return s.askCard(it)
	}
	return ask(s.Prompter, it, s.Rand)
}

// one asks a single question and returns the answer, or what the learner
// chose to do instead (act). prev says whether there is an earlier answer
// of this session that the menu may take back.
func (s *Session) one(it Item, prev bool) (a Answer, act action, err error) {
	var res Result
	var start time.Time
	for {
		start = s.Clock()
		res, err = s.ask(it, s.escapes())
		if !errors.Is(err, ErrEscape) {
			break
		}
		act, nit, err := s.menu(it, prev)
		if err != nil {
			return a, actNone, err
		}
		if act == actEdited {
			return Answer{Item: nit}, act, nil
		}
		if act != actNone {
			return a, act, nil
		}
	}
	if err != nil {
		return a, actNone, err
	}
	took := s.Clock().Sub(start)
	// Intervals offered with the ratings are those before this answer.
	var due [4]int
	haveDue := false
	if p, ok := s.Store.(Previewer); ok && !s.Unscheduled {
		due, err = p.Preview(it.Bank.ID, it.Q.ID, s.Clock().UTC())
		haveDue = err == nil
	}
	rating := s.provisionalRating(it.Q.Type, res, took)
	e := progress.Entry{
		Time: s.Clock().UTC(), Bank: it.Bank.ID, Question: it.Q.ID,
		Rating: rating, Correct: res.Correct(), Answer: res.Given, MS: took.Milliseconds(),
		Session: s.id, Mode: s.Mode, Unscheduled: s.Unscheduled,
	}
	// Saved before the verdict is shown: an answer seen on screen is never lost.
	if _, err := s.Store.Record(e); err != nil {
		return a, actNone, fmt.Errorf("save answer: %w", err)
	}
	s.remember(it.Q.Type, took)
	s.feedback(it, res)
	// Ratings only matter when the answer is scheduled: exams and practice
	// that is not recorded skip the question. A flashcard was rated as it
	// was answered.
	rate := res.Verdict == Correct && !s.AutoRate && s.Mode != progress.ModeExam && !s.Unscheduled && it.Q.Type != questions.Card
	switch {
	case rate:
		opts := make([]string, 0, 5)
		for i, name := range ratingNames {
			o := name
			if haveDue {
				o += " · " + Interval(due[i])
			}
			opts = append(opts, o+" — "+ratingMeaning[i])
		}
		opts = append(opts, undoChoice)
		i, err := s.Prompter.Select("How well did you know it?", opts, goodChoice)
		if err != nil {
			// The answer is saved with the default rating; stop here.
			return Answer{it, res, rating, took}, actNone, err
		}
		switch {
		case i == len(ratingOf):
			return s.undo()
		case ratingOf[i] != rating:
			// The answer was saved with the provisional rating; replace it.
			if _, err := s.Store.Rerate(s.Clock().UTC(), ratingOf[i]); err != nil {
				return a, actNone, fmt.Errorf("save rating: %w", err)
			}
			rating = ratingOf[i]
		}
	case s.Mode == progress.ModeStudy && res.Verdict != Correct && it.Q.Type != questions.Card:
		// No rating to ask after a wrong or partly right answer, but the
		// answer can still be taken back. (A flashcard's rating was its
		// answer; Esc at the next question takes it back.)
		i, err := s.Prompter.Select("Go on?", []string{"Next question", undoChoice}, 0)
		if err != nil {
			return Answer{it, res, rating, took}, actNone, err
		}
		if i == 1 {
			return s.undo()
		}
		fmt.Fprintln(s.Out)
	}
	if res.Verdict == Correct || it.Q.Type == questions.Card && res.Verdict == Almost {
		fmt.Fprintln(s.Out)
	}
	return Answer{it, res, rating, took}, actNone, nil
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
