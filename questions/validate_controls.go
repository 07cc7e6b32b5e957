package questions

import (
	"fmt"

	"go.yaml.in/yaml/v3"
)

type ctrl struct {
	line, col int
	r         rune
	named     bool
}

const (
	markerBase = 0xF0000 // supplementary private use area A
	markerMax  = 0xFFFFD
)

// sanitize replaces the characters the YAML parser refuses outright with
// marker runes, so the rest of the file can still be checked and each such
// character reported in the field that holds it. It returns false when that
// is not possible.
func (w *walker) sanitize(data []byte) ([]byte, bool) {
	var out []byte
	line, col := 1, 1
	for i, r := range string(data) {
		if rawControl(r) {
			if out == nil {
				out = append(make([]byte, 0, len(data)+64), data[:i]...)
			}
			if markerBase+len(w.ctrls) > markerMax {
				return nil, false
			}
			w.ctrls = append(w.ctrls, ctrl{line: line, col: col, r: r})
			out = append(out, string(rune(markerBase+len(w.ctrls)-1))...)
		} else if out != nil {
			out = append(out, string(r)...)
		}
		switch {
		case r == '\n', r == '\r' && (i+1 >= len(data) || data[i+1] != '\n'):
			line, col = line+1, 1
		case r == '\r':
		default:
			col++
		}
	}
	if out == nil {
		return data, true
	}
	// A file that already holds marker runes cannot be sanitized unambiguously.
	for _, r := range string(data) {
		if r >= markerBase {
			return nil, false
		}
	}
	return out, true
}

// rawControl reports whether r is a character the YAML parser refuses or
// treats as an unusual line break; such characters are never allowed.
func rawControl(r rune) bool {
	return r < 0x20 && r != '\t' && r != '\n' && r != '\r' ||
		r >= 0x7f && r <= 0x9f || r == 0x2028 || r == 0x2029 || r == 0xfffe || r == 0xffff
}

// textControl reports whether r may not appear in a text field: control
// characters, and the bidirectional controls that can make text display
// differently from what it says.
func textControl(r rune) bool {
	return r < 0x20 || r >= 0x7f && r <= 0x9f || r == 0x2028 || r == 0x2029 ||
		r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069 || r == 0xfffe || r == 0xffff
}

var controlNames = map[rune]string{
	0x00: "NUL", 0x07: "bell", 0x08: "backspace", 0x0d: "carriage return", 0x1b: "escape",
	0x7f: "delete", 0x85: "next line", 0x9b: "CSI", 0x2028: "line separator", 0x2029: "paragraph separator",
	0x202a: "left-to-right embedding", 0x202b: "right-to-left embedding", 0x202c: "pop directional formatting",
	0x202d: "left-to-right override", 0x202e: "right-to-left override", 0x2066: "left-to-right isolate",
	0x2067: "right-to-left isolate", 0x2068: "first strong isolate", 0x2069: "pop directional isolate",
}

func describe(r rune) string {
	if name, ok := controlNames[r]; ok {
		return fmt.Sprintf("U+%04X (%s)", r, name)
	}
	return fmt.Sprintf("U+%04X", r)
}

const controlWhy = "remove it: a bank may not hold control codes, which can change the terminal or disguise text"

// reportControls reports the control characters that were not found in a
// field (in comments, keys or unknown fields).
func (w *walker) reportControls() {
	for _, c := range w.ctrls {
		if !c.named {
			w.add(c.line, c.col, fmt.Sprintf("control character %s is not allowed in a bank file; %s", describe(c.r), controlWhy))
		}
	}
}

// checkText refuses control characters in the text of a field; multi allows
// line breaks and tabs.
func (w *walker) checkText(name string, n *yaml.Node, s string, multi bool) bool {
	ok := true
	reported := false
	for _, r := range s {
		switch {
		case r >= markerBase && r < markerBase+rune(len(w.ctrls)):
			c := &w.ctrls[r-markerBase]
			if !c.named {
				c.named = true
				w.add(c.line, c.col, fmt.Sprintf("%s contains control character %s; %s", name, describe(c.r), controlWhy))
			}
			ok = false
		case (r == '\n' || r == '\t') && multi:
		case r == '\n':
			if !reported {
				w.at(n, "%s must be one line; remove the line break", name)
			}
			reported, ok = true, false
		case r == '\t':
			if !reported {
				w.at(n, "%s contains a tab; replace it with a space", name)
			}
			reported, ok = true, false
		case textControl(r):
			if !reported {
				w.at(n, "%s contains control character %s; %s", name, describe(r), controlWhy)
			}
			reported, ok = true, false
		}
	}
	return ok
}
