package termprompt

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode"
)

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
