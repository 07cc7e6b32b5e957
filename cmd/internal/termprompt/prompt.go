package termprompt

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/AlecAivazis/survey/v2"
	"github.com/AlecAivazis/survey/v2/core"
	"github.com/AlecAivazis/survey/v2/terminal"
	"golang.org/x/term"

	"github.com/quiz-cli/quiz/quiz"
)

// ErrNoTerminal is returned when the input is not a terminal.
var ErrNoTerminal = errors.New("prompt needs a terminal")

// Terminal asks through the terminal. It implements quiz.Prompter.
type Terminal struct {
	keys  *Keys
	out   io.Writer
	outFd int // -1 when out is not a file
	color bool
	// MaxWidth caps the width prompts are laid out in (0: the terminal's).
	MaxWidth int
	// Clock is the program's clock, which deadlines are given in
	// (time.Now when nil); the wait itself runs on the system's timer.
	Clock func() time.Time
	// escape is the hint shown for Esc; empty when Esc is not offered.
	escape string
}

// New returns a Terminal reading keys from in and drawing on out.
func New(in *os.File, out io.Writer, color bool) *Terminal {
	t := &Terminal{keys: NewKeys(in), out: out, outFd: -1, color: color}
	if f, ok := out.(*os.File); ok {
		t.outFd = int(f.Fd())
	}
	return t
}

// Pause lets another program have the terminal: the prompter stops
// reading keys until the returned function is called.
func (t *Terminal) Pause() (resume func()) { return t.keys.Pause() }

// DiscardTypeAhead implements quiz.TypeAheadDiscarder.
func (t *Terminal) DiscardTypeAhead() { t.keys.Discard() }

// SetDeadline implements quiz.DeadlineSetter: prompts still open when it
// passes return quiz.ErrTimeUp.
func (t *Terminal) SetDeadline(at time.Time) {
	now := time.Now
	if t.Clock != nil {
		now = t.Clock
	}
	t.keys.SetDeadline(at.Sub(now()))
}

// SetEscape implements quiz.Escaper: while hint is not empty, Esc at a
// prompt returns quiz.ErrEscape and the hint is shown with the keys.
func (t *Terminal) SetEscape(hint string) { t.escape = hint }

func (t *Terminal) width() int {
	w := 0
	if t.outFd >= 0 {
		w, _, _ = term.GetSize(t.outFd)
	}
	if w <= 0 {
		w, _, _ = term.GetSize(t.keys.Fd())
	}
	if w <= 0 {
		w = 80
	}
	if t.MaxWidth > 0 && w > t.MaxWidth {
		w = t.MaxWidth
	}
	return w
}

func (t *Terminal) paint(code, s string) string {
	if !t.color || s == "" {
		return s
	}
	return "\x1b[" + code + "m" + s + "\x1b[0m"
}

func (t *Terminal) faint(s string) string  { return t.paint("2", s) }
func (t *Terminal) accent(s string) string { return t.paint("36", s) }
func (t *Terminal) warn(s string) string   { return t.paint("33;1", s) }
func (t *Terminal) bold(s string) string   { return t.paint("1", s) }

// session is one prompt on screen: raw mode, and the block of lines it
// draws and redraws.
type session struct {
	t      *Terminal
	state  *term.State
	row    int // the cursor's row within the block
	drawn  bool
	width  int
	hidden bool
}

func (t *Terminal) begin(hideCursor bool) (*session, error) {
	st, err := term.MakeRaw(t.keys.Fd())
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrNoTerminal, err)
	}
	s := &session{t: t, state: st, width: t.width(), hidden: hideCursor}
	if hideCursor {
		fmt.Fprint(t.out, "\x1b[?25l")
	}
	return s, nil
}

// draw replaces the block with lines and puts the cursor at (row, col).
// Every line must be narrower than the terminal.
func (s *session) draw(lines []string, row, col int) {
	var b strings.Builder
	if s.drawn {
		if s.row > 0 {
			fmt.Fprintf(&b, "\x1b[%dA", s.row)
		}
		b.WriteString("\r\x1b[J")
	}
	b.WriteString(strings.Join(lines, "\r\n"))
	if up := len(lines) - 1 - row; up > 0 {
		fmt.Fprintf(&b, "\x1b[%dA", up)
	}
	b.WriteString("\r")
	if col > 0 {
		fmt.Fprintf(&b, "\x1b[%dC", col)
	}
	io.WriteString(s.t.out, b.String())
	s.row, s.drawn = row, true
}

// end leaves raw mode. With final lines it draws them as what stays on
// screen; without, it wipes the block (an abandoned prompt).
func (s *session) end(final []string) {
	if len(final) > 0 {
		s.draw(final, len(final)-1, 0)
		fmt.Fprint(s.t.out, "\r\n")
	} else if s.drawn {
		if s.row > 0 {
			fmt.Fprintf(s.t.out, "\x1b[%dA", s.row)
		}
		fmt.Fprint(s.t.out, "\r\x1b[J")
	}
	if s.hidden {
		fmt.Fprint(s.t.out, "\x1b[?25h")
	}
	_ = term.Restore(s.t.keys.Fd(), s.state)
}

// stop turns a key that ends a prompt without an answer into its error,
// or nil for any other key.
func (t *Terminal) stop(k Key) error {
	switch k.Code {
	case CtrlC, CtrlD:
		return quiz.ErrInterrupted
	case TimeUp:
		return quiz.ErrTimeUp
	case Closed:
		return fmt.Errorf("%w: input closed", quiz.ErrInterrupted)
	case Esc:
		if t.escape != "" {
			return quiz.ErrEscape
		}
	}
	return nil
}

// question is the first line of every prompt: "? message answer".
func (t *Terminal) question(message, answer string) string {
	return t.accent("?") + " " + t.bold(message) + " " + answer
}

// hint adds the Esc hint to a prompt's key hint.
func (t *Terminal) hint(keys string) string {
	switch {
	case t.escape == "":
		return keys
	case keys == "":
		return "Esc: " + t.escape
	}
	return keys + " · Esc: " + t.escape
}

// Confirm implements quiz.Prompter with survey's yes/no prompt, Enter for
// the default. A confirmation is asked outside a study session, where
// survey's prompt is all that is needed; the key reader is paused meanwhile
// so that every key goes to survey.
func (t *Terminal) Confirm(message string, def bool) (bool, error) {
	if !term.IsTerminal(t.keys.Fd()) {
		return false, ErrNoTerminal
	}
	resume := t.keys.Pause()
	defer resume()
	defer keysNotSignals(t.keys.Fd())()
	if !t.color {
		core.DisableColor = true
	}
	answer := def
	err := survey.AskOne(&survey.Confirm{Message: message, Default: def}, &answer,
		survey.WithStdio(t.keys.f, t.writer(), os.Stderr), survey.WithShowCursor(true))
	switch {
	case errors.Is(err, terminal.InterruptErr), errors.Is(err, io.EOF):
		return false, quiz.ErrInterrupted
	case err != nil:
		return false, fmt.Errorf("confirm: %w", err)
	}
	return answer, nil
}

// Reveal implements quiz.Revealer: it waits for Enter or Space.
func (t *Terminal) Reveal(message string) error {
	s, err := t.begin(true)
	if err != nil {
		return err
	}
	for {
		lines := wrapLine(t.question(message, t.faint("(Enter or Space)")), s.width, "  ")
		if t.escape != "" {
			lines = append(lines, wrapLine(t.faint(t.hint("")), s.width, "")...)
		}
		s.draw(lines, 0, 0)
		k := t.keys.Next()
		if err := t.stop(k); err != nil {
			s.end(nil)
			return err
		}
		if k.Code == Enter || k.Code == Rune && k.Rune == ' ' {
			s.end(nil)
			return nil
		}
	}
}

// writer is the output as survey needs it: a file it can query for the
// terminal's size.
func (t *Terminal) writer() terminal.FileWriter {
	if w, ok := t.out.(terminal.FileWriter); ok {
		return w
	}
	return os.Stdout
}
