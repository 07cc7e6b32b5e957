package quiz

import (
	"fmt"
	"strings"

	"github.com/quiz-cli/quiz/progress"
)

// askCard shows the front of a flashcard, waits for the learner to reveal
// the back, and has them rate how well they knew it: the rating is the
// answer (Again is wrong, Hard right with effort).
func (s *Session) askCard(it Item) (Result, error) {
	var err error
	if r, ok := s.Prompter.(Revealer); ok {
		err = r.Reveal("Show the answer?")
	} else {
		_, err = s.Prompter.Select("Show the answer?", []string{"Show the answer"}, 0)
	}
	if err != nil {
		return Result{}, err
	}
	if e, ok := s.Prompter.(Escaper); ok {
		e.SetEscape("") // the card is turned over: no leaving it now
	}
	// "Back: " with the lines after it aligned under the first.
	back := strings.TrimPrefix(s.Style.Text.Wrap(it.Q.Answer, s.Width, "      "), "      ")
	fmt.Fprintln(s.Out, apply(s.Style.Accent, "Back: "+back))
	var due [4]int
	haveDue := false
	if p, ok := s.Store.(Previewer); ok && !s.Unscheduled && s.Mode != progress.ModeExam {
		var perr error
		due, perr = p.Preview(it.Bank.ID, it.Q.ID, s.Clock().UTC())
		haveDue = perr == nil
	}
	opts := make([]string, len(ratingNames))
	for i, name := range ratingNames {
		opts[i] = name
		if haveDue {
			opts[i] += " · " + Interval(due[i])
		}
		opts[i] += " — " + cardMeaning[i]
	}
	i, err := s.Prompter.Select("How well did you know it?", opts, goodChoice)
	if err != nil {
		return Result{}, err
	}
	r := Result{Given: ratingNames[i], Want: it.Q.Answer, Verdict: Correct, Rating: ratingOf[i]}
	switch ratingOf[i] {
	case progress.Again:
		r.Verdict = Incorrect
	case progress.Hard:
		r.Verdict = Almost
	}
	return r, nil
}

var cardMeaning = []string{"I did not know it", "I knew it, with effort", "I knew it", "too easy, show it less"}

// Interval says in how many days a rating makes a question due, as rating
// buttons show it: "1d", "12d", "2mo", "1.5y".
func Interval(days int) string {
	switch {
	case days < 30:
		return fmt.Sprintf("%dd", max(days, 0))
	case days < 365:
		return fmt.Sprintf("%dmo", (days+15)/30)
	}
	return strings.TrimSuffix(fmt.Sprintf("%.1f", float64(days)/365), ".0") + "y"
}
