package progress

import (
	"bytes"
	"strconv"

	fsrs "github.com/open-spaced-repetition/go-fsrs/v4"
)

// Loading a heavy user's snapshot is mostly spent in encoding/json, which
// finds each struct field by reflection. The snapshot writes one card per
// line in a fixed layout, so decodeCardLines reads that layout directly. It
// accepts only what encoding/json would decode to the same Card and returns
// false for anything else (escapes, unknown or differently cased fields,
// nulls, non-ASCII keys), and the caller then decodes with encoding/json.

// decodeCardLines decodes lines of the form `"bank/question":{...},` into m.
// Every line but the last ends in a comma, as between members of an object.
func decodeCardLines(piece []byte, m map[string]Card) bool {
	for more := true; more; {
		line := piece
		if i := bytes.IndexByte(piece, '\n'); i >= 0 {
			line, piece = piece[:i], piece[i+1:]
			var comma bool
			if line, comma = bytes.CutSuffix(line, []byte(",")); !comma {
				return false
			}
		} else {
			more = false
		}
		key, rest, ok := plainString(line)
		if !ok || len(rest) == 0 || rest[0] != ':' {
			return false
		}
		if _, dup := m[string(key)]; dup {
			return false
		}
		var c Card
		if !decodeCard(rest[1:], &c) {
			return false
		}
		m[string(key)] = c
	}
	return true
}

// plainString reads a JSON string without escapes or non-ASCII bytes at the
// start of b, returning its contents and what follows.
func plainString(b []byte) (s, rest []byte, ok bool) {
	if len(b) == 0 || b[0] != '"' {
		return nil, nil, false
	}
	for i := 1; i < len(b); i++ {
		switch c := b[i]; {
		case c == '"':
			return b[1:i], b[i+1:], true
		case c == '\\' || c < 0x20 || c >= 0x80:
			return nil, nil, false
		}
	}
	return nil, nil, false
}

// decodeCard reads one card object, exactly `{...}`.
func decodeCard(b []byte, c *Card) bool {
	if len(b) < 2 || b[0] != '{' || b[len(b)-1] != '}' {
		return false
	}
	b = b[1 : len(b)-1]
	for len(b) > 0 {
		name, rest, ok := plainString(b)
		if !ok || len(rest) == 0 || rest[0] != ':' {
			return false
		}
		rest = rest[1:]
		var val []byte
		if len(rest) > 0 && rest[0] == '"' {
			_, after, ok := plainString(rest)
			if !ok {
				return false
			}
			val, b = rest[:len(rest)-len(after)], after
		} else {
			end := bytes.IndexByte(rest, ',')
			if end < 0 {
				end = len(rest)
			}
			val, b = rest[:end], rest[end:]
		}
		if !setField(c, string(name), val) {
			return false
		}
		if len(b) > 0 {
			if b[0] != ',' || len(b) == 1 {
				return false
			}
			b = b[1:]
		}
	}
	return true
}

// setField stores one value, as encoding/json would for the field's type.
func setField(c *Card, name string, v []byte) bool {
	switch name {
	case "Due":
		return c.Due.UnmarshalJSON(v) == nil
	case "LastReview":
		return c.LastReview.UnmarshalJSON(v) == nil
	case "first":
		return c.First.UnmarshalJSON(v) == nil
	case "Stability":
		return parseFloat(v, &c.Stability)
	case "Difficulty":
		return parseFloat(v, &c.Difficulty)
	case "ScheduledDays":
		return parseUint(v, &c.ScheduledDays)
	case "Reps":
		return parseUint(v, &c.Reps)
	case "Lapses":
		return parseUint(v, &c.Lapses)
	case "State":
		n, ok := parseInt(v, 8)
		c.State = fsrs.State(n)
		return ok
	case "RemainingSteps":
		n, ok := parseInt(v, strconv.IntSize)
		c.RemainingSteps = int(n)
		return ok
	case "seen":
		n, ok := parseInt(v, strconv.IntSize)
		c.Seen = int(n)
		return ok
	case "correct":
		n, ok := parseInt(v, strconv.IntSize)
		c.Correct = int(n)
		return ok
	case "suspended":
		switch string(v) {
		case "true":
			c.Suspended = true
		case "false":
			c.Suspended = false
		default:
			return false
		}
		return true
	}
	return false
}

func parseFloat(v []byte, f *float64) bool {
	if !isJSONNumber(v) {
		return false
	}
	x, err := strconv.ParseFloat(string(v), 64)
	*f = x
	return err == nil
}

func parseUint(v []byte, u *uint64) bool {
	if !isJSONNumber(v) {
		return false
	}
	x, err := strconv.ParseUint(string(v), 10, 64)
	*u = x
	return err == nil
}

func parseInt(v []byte, bits int) (int64, bool) {
	if !isJSONNumber(v) {
		return 0, false
	}
	x, err := strconv.ParseInt(string(v), 10, bits)
	return x, err == nil
}

// isJSONNumber reports whether v is a number in JSON's grammar.
func isJSONNumber(v []byte) bool {
	i := 0
	digits := func() bool {
		start := i
		for i < len(v) && v[i] >= '0' && v[i] <= '9' {
			i++
		}
		return i > start
	}
	if i < len(v) && v[i] == '-' {
		i++
	}
	switch {
	case i < len(v) && v[i] == '0':
		i++
	case !digits():
		return false
	}
	if i < len(v) && v[i] == '.' {
		i++
		if !digits() {
			return false
		}
	}
	if i < len(v) && (v[i] == 'e' || v[i] == 'E') {
		i++
		if i < len(v) && (v[i] == '+' || v[i] == '-') {
			i++
		}
		if !digits() {
			return false
		}
	}
	return i == len(v)
}
