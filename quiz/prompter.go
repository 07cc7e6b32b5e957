package quiz

import (
	"errors"
	"time"
)

// Prompter asks the learner things. The quiz engine owns this interface; a
// terminal implementation lives with the command wiring, and tests use fakes.
type Prompter interface {
	// Select asks for one of options and returns its index; def is the
	// option chosen by Enter alone.
	Select(message string, options []string, def int) (int, error)
	// MultiSelect asks for any number of options and returns their indexes.
	MultiSelect(message string, options []string) ([]int, error)
	// Input asks for a line of text.
	Input(message string) (string, error)
	// Confirm asks a yes/no question.
	Confirm(message string, def bool) (bool, error)
}

// ErrInterrupted is returned, possibly wrapped, by a Prompter when the
// learner interrupts (Ctrl-C). A session ends cleanly on it.
var ErrInterrupted = errors.New("interrupted")

// ErrTimeUp is returned, possibly wrapped, by a Prompter whose deadline
// passed while it was waiting for an answer.
var ErrTimeUp = errors.New("time is up")

// DeadlineSetter is implemented by Prompters that can stop waiting for an
// answer at a deadline (for timed exams).
type DeadlineSetter interface {
	SetDeadline(t time.Time)
}

// ErrEscape is returned, possibly wrapped, by a Prompter when the learner
// pressed Esc to leave the question for the session's menu (skip, bury,
// suspend, edit). Prompters return it only while an Escaper hint is set.
var ErrEscape = errors.New("escape")

// Escaper is implemented by Prompters that can let the learner leave a
// question with Esc. hint says what Esc offers; "" turns it off.
type Escaper interface {
	SetEscape(hint string)
}

// Revealer is implemented by Prompters that can wait for a key before the
// back of a flashcard is shown. Without it a one-option Select is used.
type Revealer interface {
	Reveal(message string) error
}

// TypeAheadDiscarder is implemented by a Prompter that keeps keys typed
// ahead of its prompts. The session discards them when a question appears,
// so that a key meant for the screen before (a second Enter at the rating)
// never answers the next question; keys typed while the question is on
// screen, such as a pasted answer to several blanks, are kept.
type TypeAheadDiscarder interface {
	DiscardTypeAhead()
}
