// Package termprompt asks questions in a terminal: a choice list, a
// tick-list, a line of text and a yes/no question, each drawn and redrawn
// in place in raw mode. It reads keys itself rather than through a prompt
// library so that keys typed ahead of a prompt are kept, unknown escape
// sequences (Alt+key, function keys) are ignored, digits pick choices,
// Ctrl-D never answers, and a prompt left by Ctrl-C or a deadline is wiped.
package termprompt

import (
	"os"
	"os/signal"
	"sync"
	"time"
	"unicode/utf8"

	"golang.org/x/sys/unix"
)

// Key is one key press, decoded from the terminal's bytes.
type Key struct {
	Code Code
	Rune rune // for Code == Rune
}

// Code names a key that is not plain text.
type Code int

// The keys a prompt reacts to. Anything else decodes as Ignored.
const (
	Ignored Code = iota
	Rune
	Enter
	Backspace
	Delete
	Up
	Down
	Left
	Right
	Home
	End
	Tab
	Esc
	CtrlC
	CtrlD
	CtrlU
	CtrlW
	// TimeUp is delivered once the deadline has passed, and for good.
	TimeUp
	// Closed is delivered when the input has ended.
	Closed
)

// escWait is how long a lone ESC waits for the rest of an escape sequence
// before it counts as the Esc key.
const escWait = 40 * time.Millisecond

// Keys decodes the terminal's input into key presses. It keeps what it has
// read but not yet used between prompts, so keys typed or pasted ahead are
// answered by the next prompt instead of being lost. SIGINT (Ctrl-C pressed
// while the terminal is not in raw mode) reads as CtrlC.
type Keys struct {
	f       *os.File
	data    chan []byte
	sigint  chan os.Signal
	expired chan struct{}
	once    sync.Once
	buf     []byte
	closed  bool
	pause   chan chan struct{}
}

// NewKeys starts reading f.
func NewKeys(f *os.File) *Keys {
	k := &Keys{f: f, data: make(chan []byte, 16), sigint: make(chan os.Signal, 1), expired: make(chan struct{}),
		pause: make(chan chan struct{})}
	signal.Notify(k.sigint, os.Interrupt)
	go k.pump()
	return k
}

func (k *Keys) pump() {
	fd := int(k.f.Fd())
	for {
		select {
		case resume := <-k.pause:
			resume <- struct{}{} // paused: nothing is read until resume
			<-resume
		default:
		}
		// Wait for input in short turns, so a pause is noticed before any
		// byte meant for another program is read.
		ready, perr := unix.Poll([]unix.PollFd{{Fd: int32(fd), Events: unix.POLLIN}}, 50)
		if perr == unix.EINTR || perr == nil && ready == 0 {
			continue
		}
		buf := make([]byte, 256)
		n, err := k.f.Read(buf)
		if n > 0 {
			k.data <- buf[:n]
		}
		if err != nil {
			close(k.data)
			return
		}
	}
}

// Pause stops reading the terminal, so that another program (an editor)
// gets every key, until the returned function is called.
func (k *Keys) Pause() (resume func()) {
	ch := make(chan struct{})
	k.pause <- ch
	<-ch
	return func() { ch <- struct{}{} }
}

// SetDeadline arms the deadline to pass after d; only the first call
// counts.
func (k *Keys) SetDeadline(d time.Duration) {
	k.once.Do(func() { time.AfterFunc(d, func() { close(k.expired) }) })
}

// Expired reports whether the deadline has passed.
func (k *Keys) Expired() bool {
	select {
	case <-k.expired:
		return true
	default:
		return false
	}
}

// Discard drops the keys read but not yet taken, except a Ctrl-C or
// Ctrl-D among them: a request to stop is never lost.
func (k *Keys) Discard() {
	for drained := false; !drained; {
		select {
		case b, ok := <-k.data:
			if !ok {
				k.closed = true
				drained = true
			}
			k.buf = append(k.buf, b...)
		default:
			drained = true
		}
	}
	for _, b := range k.buf {
		if b == 0x03 || b == 0x04 {
			k.buf = append(k.buf[:0], b)
			return
		}
	}
	k.buf = k.buf[:0]
}

// Fd is the terminal's file descriptor.
func (k *Keys) Fd() int { return int(k.f.Fd()) }

// more waits for more bytes: for ever when wait is negative, else at most
// wait. It returns a key that preempts reading (CtrlC, TimeUp, Closed) or
// Ignored when bytes arrived or the wait ran out.
func (k *Keys) more(wait time.Duration) Code {
	if k.closed {
		return Closed
	}
	var timeout <-chan time.Time
	if wait >= 0 {
		t := time.NewTimer(wait)
		defer t.Stop()
		timeout = t.C
	}
	select {
	case <-k.expired:
		return TimeUp
	case <-k.sigint:
		return CtrlC
	case b, ok := <-k.data:
		if !ok {
			k.closed = true
			return Closed
		}
		k.buf = append(k.buf, b...)
	case <-timeout:
	}
	return Ignored
}

// Next returns the next key press, waiting for it.
func (k *Keys) Next() Key {
	if k.Expired() {
		return Key{Code: TimeUp}
	}
	for len(k.buf) == 0 {
		if c := k.more(-1); c != Ignored {
			return Key{Code: c}
		}
	}
	b := k.buf[0]
	switch {
	case b == 0x1b:
		return k.escape()
	case b >= 0x80:
		for !utf8.FullRune(k.buf) && len(k.buf) < utf8.UTFMax {
			if k.more(escWait) != Ignored || !utf8.FullRune(k.buf) {
				break
			}
		}
		r, n := utf8.DecodeRune(k.buf)
		k.buf = k.buf[n:]
		if r == utf8.RuneError {
			return Key{Code: Ignored}
		}
		return Key{Code: Rune, Rune: r}
	}
	k.buf = k.buf[1:]
	if c, ok := controlKeys[b]; ok {
		return Key{Code: c}
	}
	if b < 0x20 {
		return Key{Code: Ignored}
	}
	return Key{Code: Rune, Rune: rune(b)}
}

// escape decodes what starts with ESC: a lone Esc, a cursor or editing key,
// or something to ignore (Alt+key, function keys, mouse reports).
func (k *Keys) escape() Key {
	if len(k.buf) == 1 {
		if c := k.more(escWait); c != Ignored && c != Closed {
			k.buf = k.buf[1:]
			return Key{Code: c}
		}
		if len(k.buf) == 1 {
			k.buf = k.buf[1:]
			return Key{Code: Esc}
		}
	}
	switch k.buf[1] {
	case '[':
		return k.csi()
	case 'O':
		for len(k.buf) < 3 {
			if k.more(escWait) != Ignored || len(k.buf) < 3 {
				break
			}
		}
		if len(k.buf) < 3 {
			k.buf = k.buf[len(k.buf):]
			return Key{Code: Ignored}
		}
		c := k.buf[2]
		k.buf = k.buf[3:]
		return Key{Code: cursorKey(c)}
	}
	// Alt+key: ESC and one character, ignored whole.
	_, n := utf8.DecodeRune(k.buf[1:])
	k.buf = k.buf[1+n:]
	return Key{Code: Ignored}
}

// csi decodes ESC [ parameters final.
func (k *Keys) csi() Key {
	i := 2
	for {
		for i < len(k.buf) && k.buf[i] >= 0x20 && k.buf[i] < 0x40 {
			i++
		}
		if i < len(k.buf) {
			break
		}
		if k.more(escWait) != Ignored || i >= len(k.buf) {
			// Cut short: drop what there is.
			k.buf = k.buf[len(k.buf):]
			return Key{Code: Ignored}
		}
	}
	params, final := string(k.buf[2:i]), k.buf[i]
	k.buf = k.buf[i+1:]
	if final == '~' {
		switch params {
		case "1", "7":
			return Key{Code: Home}
		case "4", "8":
			return Key{Code: End}
		case "3":
			return Key{Code: Delete}
		}
		return Key{Code: Ignored}
	}
	if params != "" && params != "1" {
		return Key{Code: Ignored} // modified keys: Ctrl+arrow and the like
	}
	return Key{Code: cursorKey(final)}
}

// cursorKey is the key of the final byte of ESC [ X or ESC O X.
func cursorKey(c byte) Code {
	if k, ok := cursorKeys[c]; ok {
		return k
	}
	return Ignored
}

// controlKeys are the keys one control byte stands for: Enter, editing
// keys, and the Emacs bindings for the cursor keys.
var controlKeys = map[byte]Code{
	'\r': Enter, '\n': Enter, '\t': Tab,
	0x7f: Backspace, 0x08: Backspace,
	0x03: CtrlC, 0x04: CtrlD, 0x15: CtrlU, 0x17: CtrlW,
	0x01: Home, 0x05: End, 0x02: Left, 0x06: Right, 0x0e: Down, 0x10: Up,
}

// cursorKeys are the final bytes of the cursor keys' escape sequences.
var cursorKeys = map[byte]Code{'A': Up, 'B': Down, 'C': Right, 'D': Left, 'H': Home, 'F': End}
