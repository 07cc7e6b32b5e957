package cmd

import (
	"fmt"

	"github.com/quiz-cli/quiz/cmd/internal/text"
)

// sayf prints a message of one or more sentences on stdout, wrapped to the
// reading width, so that a narrow terminal does not cut it mid-word.
func sayf(f *Factory, format string, args ...any) {
	fmt.Fprintln(f.IO.Out, text.Wrap(fmt.Sprintf(format, args...), sessionWidth(f.IO), ""))
}
