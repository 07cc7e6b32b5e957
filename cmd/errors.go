package cmd

import (
	"errors"
	"fmt"

	"github.com/quiz-cli/quiz/quiz"
)

// Exit statuses.
const (
	exitOK          = 0
	exitError       = 1 // something went wrong, or a check failed
	exitUsage       = 2 // bad command line
	exitInterrupted = 130
)

// errSilent means the command already explained itself on stderr; only the
// exit status is left to set.
var errSilent = errors.New("silent error")

// errInterrupted means the learner stopped (Ctrl-C) after their work was
// saved: not a failure, but the exit status says so.
var errInterrupted = errors.New("interrupted")

// usageError is a bad command line: wrong arguments or flag values.
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

func usageErrorf(format string, a ...any) error {
	return &usageError{fmt.Sprintf(format, a...)}
}

// exitCode maps an error from a command to the process's exit status.
func exitCode(err error) int {
	var ue *usageError
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, errInterrupted), errors.Is(err, quiz.ErrInterrupted):
		return exitInterrupted
	case errors.As(err, &ue):
		return exitUsage
	}
	return exitError
}
