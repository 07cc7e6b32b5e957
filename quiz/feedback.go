package quiz

import (
	"fmt"
	"strings"
	"time"

	"github.com/quiz-cli/quiz/progress"
	"github.com/quiz-cli/quiz/questions"
)

func (s *Session) header(n, total int, it Item) {
	// Keys typed before the question is drawn were meant for the screen
	// before; keys typed once it shows (a paste) are its answer.
	if d, ok := s.Prompter.(TypeAheadDiscarder); ok {
		d.DiscardTypeAhead()
	}
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
	if it.Q.ReverseOf != "" {
		tag += " · back to front"
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
	case it.Q.Type == questions.Card:
		// The learner saw the back and rated it: nothing to correct.
		if r.Verdict != Incorrect {
			return
		}
	case r.Verdict == Correct:
		fmt.Fprintln(s.Out, apply(st.Good, "Correct!"))
		if it.Q.Explain != "" && !s.retrying {
			fmt.Fprintln(s.Out, apply(st.Dim, s.Style.Text.Wrap(it.Q.Explain, s.Width, "  ")))
		}
		return
	case r.Order != nil:
		fmt.Fprintln(s.Out, s.Style.Text.Wrap(fmt.Sprintf("%s %d of %d in the right place%s", verdictWord(st, r), r.PartsRight, r.Parts, ratedNote(r)), s.Width, ""))
		// The learner's order beside the right one, each place marked.
		w := 0
		for _, o := range r.Order {
			w = max(w, s.Style.Text.Width(o))
		}
		w = min(max(w, s.Style.Text.Width("Your order")), max((s.Width-12)/2, 8))
		tx := s.Style.Text
		rest := max(s.Width-w-9, 8) // "  1. " + w + " ✓ " + the right item
		fmt.Fprintf(s.Out, "     %s   %s\n", tx.Pad("Your order", w), "Right order")
		for i, o := range r.Order {
			mark := apply(st.Good, "✓")
			if o != r.Items[i] {
				mark = apply(st.Bad, "✗")
			}
			fmt.Fprintf(s.Out, "  %d. %s %s %s\n", i+1, tx.Pad(tx.Clip(o, w), w), mark, tx.Clip(r.Items[i], rest))
		}
	case r.Blanks != nil:
		fmt.Fprintln(s.Out, s.Style.Text.Wrap(fmt.Sprintf("%s %d of %s right%s", verdictWord(st, r), r.PartsRight, s.Style.Text.Count(r.Parts, "blank"), ratedNote(r)), s.Width, ""))
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
		if r.Strict {
			fmt.Fprintln(s.Out, apply(st.Dim, s.Style.Text.Wrap("Exact answers only here: accents, case and articles count.", s.Width, "  ")))
		}
	case r.Verdict == Almost:
		fmt.Fprintln(s.Out, s.Style.Text.Wrap(fmt.Sprintf("%s the answer is %s — you wrote %s%s", apply(st.Warn, "Almost:"),
			markWant(st, r.Given, r.Near), r.Given, ratedNote(r)), s.Width, ""))
	case r.Loose:
		fmt.Fprintln(s.Out, s.Style.Text.Wrap(fmt.Sprintf("%s the answer is exactly %s — you wrote %s", apply(st.Bad, "Incorrect:"),
			markWant(st, r.Given, r.Near), r.Given), s.Width, ""))
		fmt.Fprintln(s.Out, apply(st.Dim, s.Style.Text.Wrap("Exact answers only here: accents, case and articles count.", s.Width, "  ")))
	case it.Q.Type == questions.Card:
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
	// A generated explanation often quotes its source as written: once
	// is enough.
	if it.Q.Source != "" && !s.retrying && !strings.Contains(it.Q.Explain, "“"+it.Q.Source+"”") {
		fmt.Fprintln(s.Out, apply(st.Dim, s.Style.Text.Wrap("From the article: “"+it.Q.Source+"”", s.Width, "  ")))
	}
	fmt.Fprintln(s.Out)
}

// verdictWord heads the feedback on a question made of parts.
func verdictWord(st Style, r Result) string {
	switch {
	case r.Verdict == Almost && r.Partial:
		return apply(st.Warn, "Partly right:")
	case r.Verdict == Almost:
		return apply(st.Warn, "Almost:")
	case r.Partial:
		return apply(st.Bad, "Not enough:")
	}
	return apply(st.Bad, "Incorrect:")
}

// ratedNote tells the learner how an answer they are not asked to rate
// counts, when it is not plainly right or wrong.
func ratedNote(r Result) string {
	switch {
	case r.Verdict == Almost:
		return " (counted right, rated Hard)"
	case r.Partial:
		return " (more than half is needed: counted wrong)"
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
