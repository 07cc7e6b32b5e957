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

	stdinTTY, stdoutTTY, stderrTTY bool
	// colorOut and colorErr say whether Out and ErrOut may carry colour;
	// each stream decides for itself.
	colorOut, colorErr bool
	width              int // fixed width; 0 asks the terminal
}

// systemStreams returns streams on the process's stdin, stdout and stderr.
// Each output stream is in colour when it is a terminal, unless NO_COLOR is
// set or TERM is dumb.
func systemStreams() *IOStreams {
	s := &IOStreams{
		In:        os.Stdin,
		Out:       color.Output,
		ErrOut:    color.Error,
		stdinTTY:  isTerminal(os.Stdin),
		stdoutTTY: isTerminal(os.Stdout),
		stderrTTY: isTerminal(os.Stderr),
	}
	wanted := os.Getenv("NO_COLOR") == "" && os.Getenv("TERM") != "dumb"
	s.colorOut = wanted && s.stdoutTTY
	s.colorErr = wanted && s.stderrTTY
	return s
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

// ColorEnabled reports whether Out may contain colour escapes.
func (s *IOStreams) ColorEnabled() bool { return s.colorOut }

// ErrColorEnabled reports whether ErrOut may contain colour escapes.
func (s *IOStreams) ErrColorEnabled() bool { return s.colorErr }

// SetColorEnabled turns colour on or off on both output streams of these
// streams, and nowhere else.
func (s *IOStreams) SetColorEnabled(on bool) {
	s.colorOut, s.colorErr = on, on
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
