package quiz

import (
	"fmt"
	"io"
	"strings"

	"github.com/quiz-cli/quiz/questions"
)

// WriteExamReport prints the result of a mock exam: the score (unanswered
// questions count as wrong), the score per section, and for each miss the
// question, the answer given, the right answer and its source passage.
func WriteExamReport(w io.Writer, st Style, sum Summary, width int) {
	total := len(sum.Answers) + len(sum.Unanswered)
	ok := sum.Correct()
	fmt.Fprintln(w, apply(st.Bold, "Exam report"))
	switch {
	case sum.TimeUp:
		fmt.Fprintln(w, st.Text.Wrap(fmt.Sprintf("%s %s left unanswered %s as wrong.", apply(st.Warn, "Time is up."),
			st.Text.Count(len(sum.Unanswered), "question"), st.Text.Plural(len(sum.Unanswered), "counts", "count")), width, ""))
	case sum.Interrupted:
		fmt.Fprintln(w, st.Text.Wrap(fmt.Sprintf("%s You answered %d of %d questions; the %s left unanswered %s as wrong.",
			apply(st.Warn, "Stopped early."), len(sum.Answers), total,
			st.Text.Plural(len(sum.Unanswered), "one", st.Text.Count(len(sum.Unanswered), "question")),
			st.Text.Plural(len(sum.Unanswered), "counts", "count")), width, ""))
	}
	fmt.Fprintf(w, "%s\n\n", st.Text.Wrap(fmt.Sprintf("Score: %s in %s", score(ok, total), st.Text.Duration(sum.End.Sub(sum.Start))), width, ""))

	type tally struct{ n, ok int }
	var order []string
	titles := map[string]string{}
	per := map[string]*tally{}
	add := func(it Item, right bool) {
		t := per[it.Bank.ID]
		if t == nil {
			t = &tally{}
			per[it.Bank.ID] = t
			titles[it.Bank.ID] = it.Bank.Title
			order = append(order, it.Bank.ID)
		}
		t.n++
		if right {
			t.ok++
		}
	}
	for _, a := range sum.Answers {
		add(a.Item, a.Correct())
	}
	for _, it := range sum.Unanswered {
		add(it, false)
	}
	fmt.Fprintln(w, apply(st.Bold, "By section"))
	titleW := max(8, min(40, width-21))
	for _, id := range order {
		t := per[id]
		fmt.Fprintf(w, "  %s %s\n", st.Text.Pad(st.Text.Clip(titles[id], titleW), titleW), score(t.ok, t.n))
	}

	var misses int
	heading := func() {
		if misses == 0 {
			fmt.Fprintln(w, "\n"+apply(st.Bold, "To review"))
		}
		misses++
	}
	for i, a := range sum.Answers {
		if a.Verdict == Correct {
			continue
		}
		heading()
		given := a.Given
		if strings.TrimSpace(given) == "" {
			given = "(nothing)"
		}
		writeMiss(w, st, i+1, a.Item, given, a.Want, a.Verdict == Almost, width)
	}
	// Questions never reached are shown only when the clock ended the exam:
	// quitting early must not hand out the answers to the rest.
	if sum.TimeUp {
		for j, it := range sum.Unanswered {
			heading()
			writeMiss(w, st, len(sum.Answers)+j+1, it, "(not answered)", wantText(it), false, width)
		}
	}
	if misses == 0 && len(sum.Answers) > 0 {
		fmt.Fprintln(w, "\n"+apply(st.Good, "No mistakes. Well done."))
	}
}

func writeMiss(w io.Writer, st Style, n int, it Item, given, want string, almost bool, width int) {
	fmt.Fprintf(w, "\n%s\n", apply(st.Dim, fmt.Sprintf("Q%d · %s", n, questions.Key(it.Bank.ID, it.Q.ID))))
	fmt.Fprintln(w, st.Text.Wrap(it.Q.Display(" "), width, ""))
	verdict := apply(st.Bad, "Your answer:")
	if almost {
		verdict = apply(st.Warn, "Your answer (almost):")
	}
	fmt.Fprintln(w, st.Text.Wrap(verdict+" "+given, width, "   "))
	fmt.Fprintln(w, st.Text.Wrap(apply(st.Good, "Right answer:")+" "+want, width, "   "))
	if it.Q.Source != "" {
		fmt.Fprintln(w, apply(st.Dim, st.Text.Wrap("From the article: “"+it.Q.Source+"”", width, "   ")))
	}
}

// wantText is the right answer of a question, as text.
func wantText(it Item) string {
	q := it.Q
	switch q.Type {
	case questions.Multi:
		return strings.Join(q.Answers, "; ")
	case questions.Order:
		return strings.Join(q.Items, " → ")
	case questions.Cloze:
		var ws []string
		for _, b := range q.Blanks() {
			ws = append(ws, b[0])
		}
		return strings.Join(ws, "; ")
	case questions.TrueFalse:
		return boolWord(q.Answer == "true")
	}
	return q.Answer
}
