package cmd

import (
	"bytes"
	"io"
	"os"
	"strconv"

	"github.com/fatih/color"
	"golang.org/x/term"
)

// IOStreams carries the program's standard streams and what is known about
// them: whether they are terminals, whether colour is on, how wide the
// terminal is. Tests build one with testStreams.
type IOStreams struct {
	In     io.Reader
	Out    io.Writer
	ErrOut io.Writer

	stdinTTY, stdoutTTY bool
	colorOn             bool
	width               int // fixed width; 0 asks the terminal
}

// systemStreams returns streams on the process's stdin, stdout and stderr.
// Colour follows fatih/color's rules: off when NO_COLOR is set, TERM is
// dumb, or stdout is not a terminal.
func systemStreams() *IOStreams {
	return &IOStreams{
		In:        os.Stdin,
		Out:       color.Output,
		ErrOut:    color.Error,
		stdinTTY:  isTerminal(os.Stdin),
		stdoutTTY: isTerminal(os.Stdout),
		colorOn:   !color.NoColor,
	}
}

// testStreams returns streams on buffers, as if not attached to a terminal.
func testStreams() (*IOStreams, *bytes.Buffer, *bytes.Buffer, *bytes.Buffer) {
	in, out, errOut := &bytes.Buffer{}, &bytes.Buffer{}, &bytes.Buffer{}
	return &IOStreams{In: in, Out: out, ErrOut: errOut, width: 80}, in, out, errOut
}

func isTerminal(f *os.File) bool { return term.IsTerminal(int(f.Fd())) }

// CanPrompt reports whether interactive prompts can be shown: both stdin
// and stdout must be terminals.
func (s *IOStreams) CanPrompt() bool { return s.stdinTTY && s.stdoutTTY }

// IsStdoutTTY reports whether stdout is a terminal.
func (s *IOStreams) IsStdoutTTY() bool { return s.stdoutTTY }

// ColorEnabled reports whether output may contain colour escapes.
func (s *IOStreams) ColorEnabled() bool { return s.colorOn }

// SetColorEnabled turns colour on or off for this program run.
func (s *IOStreams) SetColorEnabled(on bool) {
	s.colorOn = on
	color.NoColor = !on
}

// TerminalWidth returns the width of the terminal in columns: the real width
// when stdout is a terminal, else $COLUMNS, else 80.
func (s *IOStreams) TerminalWidth() int {
	if s.width > 0 {
		return s.width
	}
	if f, ok := s.Out.(*os.File); ok && s.stdoutTTY {
		if w, _, err := term.GetSize(int(f.Fd())); err == nil && w > 0 {
			return w
		}
	}
	if f, ok := s.In.(*os.File); ok && s.stdoutTTY {
		if w, _, err := term.GetSize(int(f.Fd())); err == nil && w > 0 {
			return w
		}
	}
	if w, err := strconv.Atoi(os.Getenv("COLUMNS")); err == nil && w > 0 {
		return w
	}
	return 80
}
