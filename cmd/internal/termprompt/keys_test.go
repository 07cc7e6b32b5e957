package termprompt

import (
	"os"
	"testing"
)

// keysFrom returns Keys reading the bytes in, as typed on a terminal.
func keysFrom(t *testing.T, in string) *Keys {
	t.Helper()
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { r.Close() })
	if _, err := w.WriteString(in); err != nil {
		t.Fatal(err)
	}
	w.Close()
	return NewKeys(r)
}

func TestKeysDecode(t *testing.T) {
	tests := []struct {
		name, in string
		want     []Key
	}{
		{"text and enter", "ab\r", []Key{{Rune, 'a'}, {Rune, 'b'}, {Code: Enter}}},
		{"utf-8", "é\n", []Key{{Rune, 'é'}, {Code: Enter}}},
		{"arrows", "\x1b[A\x1b[B\x1bOC\x1b[D", []Key{{Code: Up}, {Code: Down}, {Code: Right}, {Code: Left}}},
		{"alt+x is ignored whole", "\x1bxy", []Key{{Code: Ignored}, {Rune, 'y'}}},
		{"function key is ignored", "\x1b[15~z", []Key{{Code: Ignored}, {Rune, 'z'}}},
		{"ctrl+arrow is ignored", "\x1b[1;5Cq", []Key{{Code: Ignored}, {Rune, 'q'}}},
		{"delete, home, end", "\x1b[3~\x1b[H\x1b[F", []Key{{Code: Delete}, {Code: Home}, {Code: End}}},
		{"lone escape", "\x1b", []Key{{Code: Esc}}},
		{"control keys", "\x03\x04\x7f\x15", []Key{{Code: CtrlC}, {Code: CtrlD}, {Code: Backspace}, {Code: CtrlU}}},
		{"more control keys", "\t\x08\x17\x01\x05\x02\x06\x0e\x10\x07",
			[]Key{{Code: Tab}, {Code: Backspace}, {Code: CtrlW}, {Code: Home}, {Code: End}, {Code: Left}, {Code: Right}, {Code: Down}, {Code: Up}, {Code: Ignored}}},
		{"cursor keys, both forms", "\x1bOA\x1bOH\x1bOF\x1b[1A\x1b[Z", []Key{{Code: Up}, {Code: Home}, {Code: End}, {Code: Up}, {Code: Ignored}}},
		{"end of input", "", []Key{{Code: Closed}}},
	}
	for _, tt := range tests {
		k := keysFrom(t, tt.in)
		for i, want := range tt.want {
			if got := k.Next(); got != want {
				t.Errorf("%s: key %d of %q = %+v, want %+v", tt.name, i, tt.in, got, want)
			}
		}
	}
}

// TestKeysKeptBetweenPrompts reads one line of a burst: the rest stays for
// the next prompt.
func TestKeysKeptBetweenPrompts(t *testing.T) {
	k := keysFrom(t, "2004\rHaiti\r")
	var first, second string
	for key := k.Next(); key.Code != Enter; key = k.Next() {
		first += string(key.Rune)
	}
	for key := k.Next(); key.Code != Enter; key = k.Next() {
		second += string(key.Rune)
	}
	if first != "2004" || second != "Haiti" {
		t.Errorf("lines read = %q, %q; want %q, %q", first, second, "2004", "Haiti")
	}
}

func TestWrapLine(t *testing.T) {
	tests := []struct {
		s      string
		width  int
		indent string
		want   []string
	}{
		// Lines stay narrower than the terminal: 13 columns of 14.
		{"one two three four", 14, "  ", []string{"one two three", "  four"}},
		{"short", 40, "", []string{"short"}},
		// A word longer than a line is cut rather than left to the terminal.
		{"aaaaaaaaaaaaaaaaaaaaaaaaa b", 14, "", []string{"aaaaaaaaaaaaa", "aaaaaaaaaaaa", "b"}},
	}
	for _, tt := range tests {
		got := wrapLine(tt.s, tt.width, tt.indent)
		if len(got) != len(tt.want) {
			t.Errorf("wrapLine(%q, %d) = %q, want %q", tt.s, tt.width, got, tt.want)
			continue
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("wrapLine(%q, %d) = %q, want %q", tt.s, tt.width, got, tt.want)
				break
			}
		}
	}
}
