package cmd

import (
	"os"
	"time"

	"github.com/quiz-cli/quiz/cmd/internal/termprompt"
	"github.com/quiz-cli/quiz/quiz"
)

// readingWidth caps the width of session text on wide terminals: lines
// much longer than this are hard to read.
const readingWidth = 80

// newPrompter returns the terminal prompter on the streams, taking
// deadlines in the program's clock now. Only call it when
// streams.CanPrompt().
func newPrompter(streams *IOStreams, now func() time.Time) quiz.Prompter {
	in, ok := streams.In.(*os.File)
	if !ok {
		in = os.Stdin
	}
	t := termprompt.New(in, streams.Out, streams.ColorEnabled())
	t.MaxWidth = readingWidth
	t.Clock = now
	return t
}
