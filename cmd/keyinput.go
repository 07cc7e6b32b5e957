package cmd

import (
	"io"
	"os"
	"os/signal"
	"sync"
	"time"
)

// keyInput is the terminal input of the session prompts. It reads as Ctrl-C
// when the program gets SIGINT (Ctrl-C pressed between prompts, while the
// terminal is not in raw mode) and, once a deadline passes, for good: survey
// then returns from the prompt it shows, which it cannot otherwise be made
// to do.
type keyInput struct {
	f       *os.File
	data    chan []byte
	sigint  chan os.Signal
	expired chan struct{}
	pending []byte
	once    sync.Once
}

func newKeyInput(f *os.File) *keyInput {
	k := &keyInput{f: f, data: make(chan []byte), sigint: make(chan os.Signal, 1), expired: make(chan struct{})}
	signal.Notify(k.sigint, os.Interrupt)
	go k.pump()
	return k
}

// pump copies the terminal's input to the channel Read takes from.
func (k *keyInput) pump() {
	for {
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

// setDeadline arms the deadline; only the first call counts.
func (k *keyInput) setDeadline(at time.Time) {
	k.once.Do(func() { time.AfterFunc(time.Until(at), func() { close(k.expired) }) })
}

// Expired reports whether the deadline has passed.
func (k *keyInput) Expired() bool {
	select {
	case <-k.expired:
		return true
	default:
		return false
	}
}

// Fd lets survey put the terminal into raw mode.
func (k *keyInput) Fd() uintptr { return k.f.Fd() }

func (k *keyInput) Read(p []byte) (int, error) {
	if len(k.pending) == 0 {
		select {
		case <-k.expired:
			p[0] = 3 // Ctrl-C
			return 1, nil
		case <-k.sigint:
			p[0] = 3
			return 1, nil
		case b, ok := <-k.data:
			if !ok {
				return 0, io.EOF // the terminal went away: as if input ended
			}
			k.pending = b
		}
	}
	n := copy(p, k.pending)
	k.pending = k.pending[n:]
	return n, nil
}
