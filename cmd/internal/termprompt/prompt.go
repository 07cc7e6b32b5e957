package termprompt

import (
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/AlecAivazis/survey/v2"
	"github.com/AlecAivazis/survey/v2/core"
	"github.com/AlecAivazis/survey/v2/terminal"
	"golang.org/x/term"

	layout "github.com/quiz-cli/quiz/cmd/internal/text"
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

// Select implements quiz.Prompter: arrows and Enter, or a digit to pick
// one of the first nine at once; typing letters filters the list.
func (t *Terminal) Select(message string, options []string, def int) (int, error) {
	if len(options) == 0 {
		return -1, errors.New("select: no options")
	}
	s, err := t.begin(true)
	if err != nil {
		return -1, err
	}
	cur := max(def, 0)
	filter := ""
	visible := func() []int {
		var is []int
		for i, o := range options {
			if f := strings.TrimSpace(filter); f == "" || strings.Contains(strings.ToLower(o), strings.ToLower(f)) {
				is = append(is, i)
			}
		}
		return is
	}
	for {
		vis := visible()
		pos := indexOf(vis, cur)
		if pos < 0 && len(vis) > 0 {
			cur, pos = vis[0], 0
		}
		lines := wrapLine(t.question(message, filter), s.width, "  ")
		for _, i := range vis {
			lines = append(lines, t.option(i, options[i], "", i == cur, s.width)...)
		}
		if len(vis) == 0 {
			lines = append(lines, t.warn("  Nothing matches; Backspace to edit."))
		}
		lines = append(lines, wrapLine(t.faint(t.hint(selectHint(len(options)))), s.width, "")...)
		s.draw(lines, 0, 0)

		k := t.keys.Next()
		if err := t.stop(k); err != nil {
			s.end(nil)
			return -1, err
		}
		switch k.Code {
		case Up:
			if pos > 0 {
				cur = vis[pos-1]
			} else if len(vis) > 0 {
				cur = vis[len(vis)-1]
			}
		case Down, Tab:
			if pos >= 0 && pos+1 < len(vis) {
				cur = vis[pos+1]
			} else if len(vis) > 0 {
				cur = vis[0]
			}
		case Enter:
			if pos >= 0 {
				s.end(wrapLine(t.question(message, t.accent(options[cur])), s.width, "  "))
				return cur, nil
			}
		case Backspace:
			filter = dropLast(filter)
		case CtrlU, CtrlW:
			filter = ""
		case Rune:
			if n := digit(k.Rune); n > 0 {
				if n <= len(options) {
					s.end(wrapLine(t.question(message, t.accent(options[n-1])), s.width, "  "))
					return n - 1, nil
				}
				continue
			}
			if unicode.IsPrint(k.Rune) && !(k.Rune == ' ' && filter == "") {
				filter += string(k.Rune)
			}
		}
	}
}

// option lays out option i of a list: its box (for a tick-list), its
// number (the first nine, which digits pick), the text wrapped under
// itself, and the cursor when current.
func (t *Terminal) option(i int, text, box string, current bool, width int) []string {
	num := fmt.Sprintf("%d. ", i+1)
	if i >= 9 {
		num = "   "
	}
	var lines []string
	for j, l := range wrapLine(box+num+text, width-2, strings.Repeat(" ", len(box)+len(num))) {
		mark := "  "
		if current && j == 0 {
			mark = t.accent("> ")
		}
		if current {
			l = t.accent(l)
		}
		lines = append(lines, mark+l)
	}
	return lines
}

func selectHint(n int) string {
	if n == 1 {
		return "Enter or 1 to choose"
	}
	return fmt.Sprintf("↑↓ and Enter, or 1–%d", min(n, 9))
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

// MultiSelect implements quiz.Prompter: Space (or an option's digit)
// ticks and unticks, Enter submits; Enter with nothing ticked says so and
// waits.
func (t *Terminal) MultiSelect(message string, options []string) ([]int, error) {
	s, err := t.begin(true)
	if err != nil {
		return nil, err
	}
	cur := 0
	ticked := make([]bool, len(options))
	warned := false
	for {
		lines := wrapLine(t.question(message, ""), s.width, "  ")
		for i, o := range options {
			box := "[ ] "
			if ticked[i] {
				box = "[x] "
			}
			lines = append(lines, t.option(i, o, box, i == cur, s.width)...)
		}
		if warned && !slices.Contains(ticked, true) { // said until one is ticked
			lines = append(lines, wrapLine(t.warn("Tick at least one with Space (or its number), then press Enter."), s.width, "")...)
		}
		lines = append(lines, wrapLine(t.faint(t.hint(fmt.Sprintf("↑↓, Space or 1–%d to tick, Enter when done", min(len(options), 9)))), s.width, "")...)
		s.draw(lines, 0, 0)

		k := t.keys.Next()
		if err := t.stop(k); err != nil {
			s.end(nil)
			return nil, err
		}
		switch k.Code {
		case Up:
			cur = (cur + len(options) - 1) % len(options)
		case Down, Tab:
			cur = (cur + 1) % len(options)
		case Enter:
			var picked []int
			var names []string
			for i, on := range ticked {
				if on {
					picked = append(picked, i)
					names = append(names, options[i])
				}
			}
			if len(picked) == 0 {
				warned = true
				continue
			}
			s.end(wrapLine(t.question(message, t.accent(strings.Join(names, "; "))), s.width, "  "))
			return picked, nil
		case Right:
			ticked[cur] = true
		case Left:
			ticked[cur] = false
		case Rune:
			switch n := digit(k.Rune); {
			case k.Rune == ' ':
				ticked[cur] = !ticked[cur]
			case n > 0 && n <= len(options):
				cur = n - 1
				ticked[cur] = !ticked[cur]
			}
		}
	}
}

// Input implements quiz.Prompter: a line editor. Keys typed ahead of the
// prompt are its first text.
func (t *Terminal) Input(message string) (string, error) {
	s, err := t.begin(false)
	if err != nil {
		return "", err
	}
	var text []rune
	pos := 0
	for {
		head := t.question(message, "")
		hw := layout.Width(head)
		// The text runs on from the message, broken at the terminal's
		// width rather than left to the terminal, so the cursor can be
		// placed exactly.
		per := max(s.width-1, 10)
		var lines []string
		pad := strings.Repeat(" ", hw)
		if hw >= per-10 {
			// A message too long to type after: the text goes below it.
			lines, pad = wrapLine(head, s.width, "  "), ""
		}
		rows := cutRows(pad+string(text), per)
		// The cursor's place: where the text before it ends. Rows are cut
		// greedily, so these rows are the first rows of the whole text.
		before := cutRows(pad+string(text[:pos]), per)
		row, col := len(before)-1, layout.Width(before[len(before)-1])
		if col >= per {
			row, col = row+1, 0
			if len(rows) == row {
				rows = append(rows, "") // the cursor waits on a row of its own
			}
		}
		if pad != "" {
			rows[0] = head + strings.TrimPrefix(rows[0], pad)
		}
		row += len(lines)
		lines = append(lines, rows...)
		var hintLines []string
		if t.escape != "" && len(text) == 0 {
			hintLines = wrapLine(t.faint(t.hint("Enter to answer")), s.width, "")
		}
		s.draw(append(lines, hintLines...), row, col)

		k := t.keys.Next()
		if err := t.stop(k); err != nil {
			s.end(nil)
			return "", err
		}
		switch k.Code {
		case Enter:
			s.end(wrapLine(t.question(message, t.accent(string(text))), s.width, "  "))
			return string(text), nil
		case Backspace:
			if pos > 0 {
				text = append(text[:pos-1], text[pos:]...)
				pos--
			}
		case Delete:
			if pos < len(text) {
				text = append(text[:pos], text[pos+1:]...)
			}
		case Left:
			pos = max(pos-1, 0)
		case Right:
			pos = min(pos+1, len(text))
		case Home:
			pos = 0
		case End:
			pos = len(text)
		case CtrlU:
			text, pos = text[pos:], 0
		case CtrlW:
			i := pos
			for i > 0 && text[i-1] == ' ' {
				i--
			}
			for i > 0 && text[i-1] != ' ' {
				i--
			}
			text, pos = append(text[:i], text[pos:]...), i
		case Rune:
			if unicode.IsPrint(k.Rune) {
				text = append(text[:pos], append([]rune{k.Rune}, text[pos:]...)...)
				pos++
			}
		case Tab:
			text = append(text[:pos], append([]rune{' '}, text[pos:]...)...)
			pos++
		}
	}
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

// cutRows cuts s into rows of at most per display columns, between
// characters; an empty s is one empty row.
func cutRows(s string, per int) []string {
	var rows []string
	for {
		head, tail := layout.Cut(s, per)
		rows = append(rows, head)
		if tail == "" {
			return rows
		}
		s = tail
	}
}

func digit(r rune) int {
	if r >= '1' && r <= '9' {
		n, _ := strconv.Atoi(string(r))
		return n
	}
	return 0
}

func indexOf(is []int, v int) int {
	for k, i := range is {
		if i == v {
			return k
		}
	}
	return -1
}

func dropLast(s string) string {
	_, n := utf8.DecodeLastRuneInString(s)
	return s[:len(s)-n]
}

// wrapLine breaks s at spaces into lines narrower than width columns, the
// lines after the first indented; a word longer than a line is cut between
// characters. Widths are display columns (layout.Width).
func wrapLine(s string, width int, indent string) []string {
	avail := max(width-1, 12)
	var lines []string
	var cur strings.Builder
	col := 0
	flush := func() {
		lines = append(lines, cur.String())
		cur.Reset()
		cur.WriteString(indent)
		col = layout.Width(indent)
	}
	for i, w := range strings.Split(s, " ") {
		n := layout.Width(w)
		if i > 0 {
			if col+1+n > avail && col > layout.Width(indent) {
				flush()
			} else {
				cur.WriteByte(' ')
				col++
			}
		}
		for n > avail-col && n > 0 && !strings.Contains(w, "\x1b") {
			head, rest := layout.Cut(w, max(avail-col, 1))
			cur.WriteString(head)
			w, n = rest, layout.Width(rest)
			flush()
		}
		cur.WriteString(w)
		col += n
	}
	lines = append(lines, cur.String())
	return lines
}

// writer is the output as survey needs it: a file it can query for the
// terminal's size.
func (t *Terminal) writer() terminal.FileWriter {
	if w, ok := t.out.(terminal.FileWriter); ok {
		return w
	}
	return os.Stdout
}
