package progress

import (
	"bytes"
	"encoding/json"
	"reflect"
	"testing"
	"time"

	fsrs "github.com/open-spaced-repetition/go-fsrs/v4"
)

func sampleCardLines(t testing.TB) []byte {
	t.Helper()
	cards := map[string]Card{
		"b/one": {Card: fsrs.Card{Due: time.Date(2026, 3, 1, 9, 30, 0, 123, time.UTC), Stability: 2.5, Difficulty: 5.25,
			ScheduledDays: 3, Reps: 2, Lapses: 1, State: fsrs.Review, LastReview: time.Date(2026, 2, 26, 9, 0, 0, 0, time.UTC)},
			Seen: 3, Correct: 2, Failures: 1, Suspended: true, First: time.Date(2026, 2, 20, 8, 0, 0, 0, time.UTC)},
		"b/two": {},
	}
	data, err := encodeSnapshot(&snapshot{snapshotHead: snapshotHead{Version: SnapshotVersion, Settings: DefaultSettings()}, Cards: cards})
	if err != nil {
		t.Fatal(err)
	}
	i := bytes.Index(data, []byte(`"cards":{`+"\n")) + len(`"cards":{`+"\n")
	return data[i : len(data)-len("\n}}\n")]
}

// decodeCardLines must give exactly what encoding/json gives, or decline.
func checkCardLines(t *testing.T, lines []byte) bool {
	fast := map[string]Card{}
	if !decodeCardLines(lines, fast) {
		return false
	}
	var slow map[string]Card
	body := append(append([]byte{'{'}, lines...), '}')
	if err := json.Unmarshal(body, &slow); err != nil {
		t.Fatalf("decodeCardLines accepted %q, which encoding/json refuses: %v", lines, err)
	}
	if !reflect.DeepEqual(fast, slow) {
		t.Fatalf("decodeCardLines(%q) = %+v, encoding/json gives %+v", lines, fast, slow)
	}
	return true
}

func TestDecodeCardLines(t *testing.T) {
	if !checkCardLines(t, sampleCardLines(t)) {
		t.Fatal("decodeCardLines declined the snapshot's own layout")
	}
	for _, declined := range []string{
		`"b/x":{"due":"2026-01-01T00:00:00Z"}`, // other case: encoding/json matches it, we do not
		`"b/x":{"Reps":1.5}`,
		`"b/x":{"Reps":-1}`,
		`"b/x":{"Stability":01}`,
		`"b/x":{"Stability":null}`,
		`"b/\u0078":{}`,
		`"b/x":{"Reps":1,}`,
		`"b/x":{},` + "\n" + `"b/x":{}`,
		`"b/x":{},` + "\n",
		`"b/x":{}` + "\n" + `"b/y":{}`,
	} {
		if checkCardLines(t, []byte(declined)) {
			t.Errorf("decodeCardLines accepted %q; it should leave it to encoding/json", declined)
		}
	}
}

func FuzzDecodeCardLines(f *testing.F) {
	f.Add(sampleCardLines(f))
	f.Add([]byte(`"b/x":{"Reps":1,"State":2,"Stability":1e3}`))
	f.Fuzz(func(t *testing.T, lines []byte) { checkCardLines(t, lines) })
}

// decodeEntry must give exactly what encoding/json gives, or decline.
func checkEntry(t *testing.T, line []byte) bool {
	var fast Entry
	if !decodeEntry(line, &fast) {
		return false
	}
	var slow Entry
	if err := json.Unmarshal(line, &slow); err != nil {
		t.Fatalf("decodeEntry accepted %q, which encoding/json refuses: %v", line, err)
	}
	if !reflect.DeepEqual(fast, slow) {
		t.Fatalf("decodeEntry(%q) = %+v, encoding/json gives %+v", line, fast, slow)
	}
	return true
}

func sampleEntryLine(t testing.TB) []byte {
	line, err := json.Marshal(Entry{ID: "a1", Time: time.Date(2026, 3, 1, 9, 30, 0, 5, time.UTC), Kind: KindReview,
		HLC: 1772357400000000005, Bank: "b", Question: "q", Rating: Hard, Correct: true, Answer: "Bogotá", MS: 4200, Session: "s",
		Mode: ModePractice, Unscheduled: true, Retention: 0.9})
	if err != nil {
		t.Fatal(err)
	}
	return line
}

func TestDecodeEntry(t *testing.T) {
	if !checkEntry(t, sampleEntryLine(t)) {
		t.Fatal("decodeEntry declined an answer as Record writes it")
	}
	for _, declined := range []string{
		`{"id":"a","banks":["x"]}`,
		`{"id":"a","settings":{"retention":0.9}}`,
		`{"id":"a","answer":"say \"hi\""}`,
		`{"ID":"a"}`,
		`{"id":"a","answer":"` + "\xff" + `"}`,
		`{"id":"a","rating":300}`,
		`{"id":"a", "kind":"review"}`,
	} {
		if checkEntry(t, []byte(declined)) {
			t.Errorf("decodeEntry accepted %q; it should leave it to encoding/json", declined)
		}
	}
}

func FuzzDecodeEntry(f *testing.F) {
	f.Add(sampleEntryLine(f))
	f.Add([]byte(`{"id":"a","time":"2026-01-01T00:00:00Z","rating":1,"correct":false,"ms":-5}`))
	f.Fuzz(func(t *testing.T, line []byte) { checkEntry(t, line) })
}
