package progress

import (
	"bytes"
	"strconv"
	"unicode/utf8"

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
	list, ok := decodeCardList(piece, nil)
	if !ok {
		return false
	}
	for _, kc := range list {
		if _, dup := m[kc.key]; dup {
			return false
		}
		m[kc.key] = kc.card
	}
	return true
}

// keyedCard is one card of the snapshot with its key.
type keyedCard struct {
	key  string
	card Card
}

// decodeCardList is decodeCardLines appending to a list, for lines whose
// keys are in increasing order, as encodeSnapshot writes them: so no key
// repeats, without a map to look it up in.
func decodeCardList(piece []byte, out []keyedCard) ([]keyedCard, bool) {
	var prev []byte
	for more := true; more; {
		line := piece
		if i := bytes.IndexByte(piece, '\n'); i >= 0 {
			line, piece = piece[:i], piece[i+1:]
			var comma bool
			if line, comma = bytes.CutSuffix(line, []byte(",")); !comma {
				return out, false
			}
		} else {
			more = false
		}
		key, rest, ok := plainString(line)
		if !ok || len(rest) == 0 || rest[0] != ':' || prev != nil && bytes.Compare(prev, key) >= 0 {
			return out, false
		}
		prev = key
		out = append(out, keyedCard{key: string(key)})
		if !decodeCard(rest[1:], &out[len(out)-1].card) {
			return out, false
		}
	}
	return out, true
}

// plainString reads a JSON string without escapes or non-ASCII bytes at the
// start of b, returning its contents and what follows.
func plainString(b []byte) (s, rest []byte, ok bool) { return simpleString(b, false) }

// simpleString reads a JSON string without escapes or control characters
// at the start of b; with utf8ok it may hold valid UTF-8, which
// encoding/json keeps as it is.
func simpleString(b []byte, utf8ok bool) (s, rest []byte, ok bool) {
	if len(b) == 0 || b[0] != '"' {
		return nil, nil, false
	}
	ascii := true
	for i := 1; i < len(b); i++ {
		switch c := b[i]; {
		case c == '"':
			if !ascii && !utf8.Valid(b[1:i]) {
				return nil, nil, false
			}
			return b[1:i], b[i+1:], true
		case c == '\\' || c < 0x20:
			return nil, nil, false
		case c >= 0x80:
			if !utf8ok {
				return nil, nil, false
			}
			ascii = false
		}
	}
	return nil, nil, false
}

// eachMember calls set with the name and raw value of each member of the
// flat JSON object b, exactly `{...}` with no white space, whose values are
// strings, numbers or literals. It returns false on anything else, or when
// set does.
func eachMember(b []byte, utf8ok bool, set func(name, val []byte) bool) bool {
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
			_, after, ok := simpleString(rest, utf8ok)
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
			if len(val) > 0 && (val[0] == '{' || val[0] == '[') {
				return false
			}
		}
		if !set(name, val) {
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

// decodeCard reads one card object, exactly `{...}`.
func decodeCard(b []byte, c *Card) bool {
	return eachMember(b, false, func(name, val []byte) bool { return setField(c, name, val) })
}

// setField stores one value, as encoding/json would for the field's type.
func setField(c *Card, name, v []byte) bool {
	switch string(name) { // no copy: a switch compares the bytes
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
		return setInt(v, &c.RemainingSteps)
	case "seen":
		return setInt(v, &c.Seen)
	case "correct":
		return setInt(v, &c.Correct)
	case "failures":
		return setInt(v, &c.Failures)
	case "suspended":
		return setBool(v, &c.Suspended)
	}
	return false
}

func setInt(v []byte, i *int) bool {
	n, ok := parseInt(v, strconv.IntSize)
	*i = int(n)
	return ok
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

// decodeEntry reads one log line as encoding/json would, for the flat
// entries that make up nearly all of a log (answers); it returns false for
// anything else, such as session entries with their list of banks.
func decodeEntry(line []byte, e *Entry) bool {
	return eachMember(line, true, func(name, v []byte) bool {
		switch string(name) {
		case "id":
			return setString(v, &e.ID)
		case "kind":
			return setString(v, &e.Kind)
		case "bank":
			return setString(v, &e.Bank)
		case "question":
			return setString(v, &e.Question)
		case "answer":
			return setString(v, &e.Answer)
		case "session":
			return setString(v, &e.Session)
		case "mode":
			return setString(v, &e.Mode)
		case "target":
			return setString(v, &e.Target)
		case "time":
			return e.Time.UnmarshalJSON(v) == nil
		case "start":
			return e.Start.UnmarshalJSON(v) == nil
		case "rating":
			n, ok := parseInt(v, 8)
			e.Rating = Rating(n)
			return ok
		case "ms":
			n, ok := parseInt(v, 64)
			e.MS = n
			return ok
		case "hlc":
			n, ok := parseInt(v, 64)
			e.HLC = n
			return ok
		case "asked":
			return setInt(v, &e.Asked)
		case "retention":
			return parseFloat(v, &e.Retention)
		case "correct":
			return setBool(v, &e.Correct)
		case "unscheduled":
			return setBool(v, &e.Unscheduled)
		}
		return false
	})
}

// setString stores a quoted string value (no escapes: see simpleString).
func setString(v []byte, s *string) bool {
	if len(v) < 2 || v[0] != '"' {
		return false
	}
	*s = string(v[1 : len(v)-1])
	return true
}

func setBool(v []byte, b *bool) bool {
	switch string(v) {
	case "true":
		*b = true
	case "false":
		*b = false
	default:
		return false
	}
	return true
}
