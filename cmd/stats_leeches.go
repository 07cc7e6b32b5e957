package cmd

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/quiz-cli/quiz/cmd/internal/text"
	"github.com/quiz-cli/quiz/progress"
)

func renderLeeches(w io.Writer, s progress.Stats, width int, p palette, prompt func(bank, question string) string) {
	statsHeading(w, "Leeches: failed "+text.Count(s.LeechThreshold, "time", "times")+" or more", width, p)
	numW, idW := 0, 0
	for _, l := range s.Leeches {
		numW = max(numW, len(strconv.Itoa(l.Failures)))
		idW = max(idW, text.Width(l.Bank+"/"+l.Question))
	}
	// Prompts line up when that leaves them room enough.
	const minPrompt = 20
	aligned := 2+numW+2+idW+2+minPrompt <= width
	for _, l := range s.Leeches {
		q := ""
		if prompt != nil {
			q = strings.Join(strings.Fields(prompt(l.Bank, l.Question)), " ")
		}
		id := l.Bank + "/" + l.Question
		if aligned && q != "" {
			id += strings.Repeat(" ", idW-text.Width(id))
		}
		head := fmt.Sprintf("  %*d× %s", numW, l.Failures, id)
		rest := width - text.Width(head) - 2
		if q != "" && rest >= 10 {
			head += "  " + p.dim(text.Clip(q, rest))
		}
		fmt.Fprintln(w, head)
	}
	if hint := "  Reread or reword these; see 'quiz leeches'."; text.Width(hint) <= width {
		fmt.Fprintln(w, p.dim(hint))
	}
}
