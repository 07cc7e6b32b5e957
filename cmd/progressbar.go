package cmd

import (
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/quiz-cli/quiz/cmd/internal/text"
)

// progressBar shows on a terminal's stderr what a long command is doing:
// a label, and a bar when the amount of work is known. It appears only
// once the work has taken half a second, and is redrawn a few times a
// second from its own goroutine, so slow steps that report nothing still
// show. Elsewhere it draws nothing.
type progressBar struct {
	w     io.Writer
	width int
	stop  chan struct{}
	ended chan struct{}

	mu          sync.Mutex
	label       string
	done, total int
	shown       bool
}

func newProgressBar(w io.Writer, width int) *progressBar {
	p := &progressBar{w: w, width: width}
	if f, ok := w.(*os.File); !ok || !isTerminal(f) {
		return p
	}
	p.stop, p.ended = make(chan struct{}), make(chan struct{})
	go func() {
		defer close(p.ended)
		select {
		case <-p.stop:
			return
		case <-time.After(500 * time.Millisecond):
		}
		tick := time.NewTicker(150 * time.Millisecond)
		defer tick.Stop()
		for {
			p.draw()
			select {
			case <-p.stop:
				return
			case <-tick.C:
			}
		}
	}()
	return p
}

// set says what is being done: done of total steps (total 0: unknown).
func (p *progressBar) set(label string, done, total int) {
	p.mu.Lock()
	p.label, p.done, p.total = label, done, total
	p.mu.Unlock()
}

func (p *progressBar) draw() {
	p.mu.Lock()
	defer p.mu.Unlock()
	line := p.label
	if p.total > 0 {
		size := max(min(30, p.width-len(p.label)-9), 5)
		filled := size * min(p.done, p.total) / p.total
		line = fmt.Sprintf("%s [%s%s] %3d%%", p.label, strings.Repeat("#", filled), strings.Repeat("-", size-filled), 100*min(p.done, p.total)/p.total)
	} else if p.done > 0 {
		line = fmt.Sprintf("%s: %d", p.label, p.done)
	}
	fmt.Fprint(p.w, "\r\033[K"+text.Clip(line, p.width-1))
	p.shown = true
}

// finish stops the bar and clears its line.
func (p *progressBar) finish() {
	if p.stop == nil {
		return
	}
	close(p.stop)
	<-p.ended
	p.stop = nil
	if p.shown {
		fmt.Fprint(p.w, "\r\033[K")
	}
}
