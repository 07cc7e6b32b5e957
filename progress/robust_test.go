package progress

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	fsrs "github.com/open-spaced-repetition/go-fsrs/v4"
)

func readFile(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func writeFile(t *testing.T, path, data string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(data), 0o600); err != nil {
		t.Fatal(err)
	}
}

// twoAnswers leaves a closed data directory with two answers.
func twoAnswers(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	s := openW(t, dir)
	record(t, s, answerAt("b", "q1", Good, t0))
	record(t, s, answerAt("b", "q2", Again, t0))
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	return dir
}

func TestTornLastLine(t *testing.T) {
	dir := twoAnswers(t)
	logPath := filepath.Join(dir, LogFile)
	good := readFile(t, logPath)
	torn := `{"id":"abc","time":"2025-03-10T09:`
	writeFile(t, logPath, good+torn)

	r, err := Open(dir)
	if err != nil {
		t.Fatalf("Open with a torn line: %v", err)
	}
	if len(r.Cards()) != 2 || len(r.Warnings()) != 1 || !strings.Contains(r.Warnings()[0], "torn last line") {
		t.Errorf("reader: %d cards, warnings %q; want 2 cards and a torn-line warning", len(r.Cards()), r.Warnings())
	}
	if got := readFile(t, logPath); got != good+torn {
		t.Errorf("reader changed the log")
	}

	s := openW(t, dir)
	if len(s.Warnings()) != 1 || !strings.Contains(s.Warnings()[0], "set aside in "+LogFile+".torn-") {
		t.Fatalf("writer warnings = %q, want the torn line set aside", s.Warnings())
	}
	if got := readFile(t, logPath); got != good {
		t.Errorf("log after set-aside = %q, want the good lines only", got)
	}
	side, _ := filepath.Glob(filepath.Join(dir, LogFile+".torn-*"))
	if len(side) != 1 || readFile(t, side[0]) != torn {
		t.Errorf("side files %v, want one holding the torn bytes", side)
	}
	record(t, s, answerAt("b", "q3", Good, t0.Add(time.Hour)))
	s.Close()
	r, err = Open(dir)
	if err != nil || len(r.Cards()) != 3 || len(r.Warnings()) != 0 {
		t.Errorf("after recording past the set-aside line: %v, %d cards, warnings %q; want 3 cards, none", err, len(r.Cards()), r.Warnings())
	}
}

func TestLastEntryWithoutNewlineKept(t *testing.T) {
	dir := twoAnswers(t)
	logPath := filepath.Join(dir, LogFile)
	os.Remove(filepath.Join(dir, SnapshotFile))
	good := readFile(t, logPath)
	writeFile(t, logPath, strings.TrimSuffix(good, "\n"))
	s := openW(t, dir)
	if len(s.Cards()) != 2 || len(s.Warnings()) != 0 {
		t.Errorf("%d cards, warnings %q; want 2 and none", len(s.Cards()), s.Warnings())
	}
	record(t, s, answerAt("b", "q3", Good, t0))
	s.Close()
	// The format entry, two answers, the third.
	if got := strings.Count(readFile(t, logPath), "\n"); got != 4 {
		t.Errorf("log has %d lines, want 4", got)
	}
}

func TestCorruptMiddleLineIsAnError(t *testing.T) {
	dir := twoAnswers(t)
	logPath := filepath.Join(dir, LogFile)
	lines := strings.SplitAfter(readFile(t, logPath), "\n")
	writeFile(t, logPath, lines[0]+"garbage\n"+lines[1])
	os.Remove(filepath.Join(dir, SnapshotFile))
	_, err := Open(dir)
	var de *DataError
	if !errors.As(err, &de) || !strings.Contains(err.Error(), "line 2") {
		t.Errorf("Open with a bad middle line = %v, want a DataError naming line 2", err)
	}
}

func TestBadSnapshotLeftAsIs(t *testing.T) {
	tests := []struct {
		name, data, want string
	}{
		{"not json", "{not json", "not valid JSON"},
		{"empty", "", "not valid JSON"},
		{"array", "[]", "not valid JSON"},
		{"newer", `{"version":7,"cards":{}}`, "newer quiz (format version 7"},
		{"newer, other shape", `{"version":7,"cards":[1,2]}`, "newer quiz"},
		{"bad settings", `{"version":1,"settings":{"retention":3,"session_size":1,"leech_threshold":1},"cards":{}}`, "retention"},
		{"bad card", `{"version":1,"cards":{"b/q":{"State":9}}}`, `card "b/q"`},
	}
	for _, tt := range tests {
		dir := t.TempDir()
		path := filepath.Join(dir, SnapshotFile)
		writeFile(t, path, tt.data)
		for _, open := range []func(string, ...Option) (*Store, error){Open, OpenWrite} {
			s, err := open(dir)
			if err == nil {
				s.Close()
				t.Errorf("%s: opened, want an error", tt.name)
				continue
			}
			if !strings.Contains(err.Error(), path) || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("%s: error %q, want it to name %s and say %q", tt.name, err, path, tt.want)
			}
		}
		if got := readFile(t, path); got != tt.data {
			t.Errorf("%s: file changed to %q", tt.name, got)
		}
	}
}

func TestMigrateVersion0(t *testing.T) {
	dir := t.TempDir()
	c := Card{Card: fsrs.Card{Due: t0.Add(48 * time.Hour), Stability: 3, Difficulty: 5, State: fsrs.Review, Reps: 2, LastReview: t0}, Seen: 2, Correct: 2}
	old, _ := json.Marshal(map[string]any{"cards": map[string]Card{"b/q": c}})
	writeFile(t, filepath.Join(dir, SnapshotFile), string(old))
	s := openW(t, dir)
	if got, ok := s.Card("b", "q"); !ok || !sameCard(got, c) {
		t.Errorf("migrated Card(b, q) = %+v, %v; want %+v", got, ok, c)
	}
	if len(s.Warnings()) != 1 || !strings.Contains(s.Warnings()[0], "upgraded") {
		t.Errorf("warnings %q, want one about the upgrade", s.Warnings())
	}
	record(t, s, answerAt("b", "q", Good, t0.Add(72*time.Hour)))
	s.Close()
	baks, _ := filepath.Glob(filepath.Join(dir, SnapshotFile+".v0-*.bak"))
	if len(baks) != 1 || readFile(t, baks[0]) != string(old) {
		t.Errorf("backups %v, want one copy of the old file", baks)
	}
	if !strings.Contains(readFile(t, filepath.Join(dir, SnapshotFile)), fmt.Sprintf(`"version":%d`, SnapshotVersion)) {
		t.Errorf("%s not upgraded to version %d", SnapshotFile, SnapshotVersion)
	}
	r, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := r.Card("b", "q"); got.Seen != 3 {
		t.Errorf("Seen after migration and one answer = %d, want 3", got.Seen)
	}
}

func TestCheckAndRepair(t *testing.T) {
	dir := twoAnswers(t)
	rep, err := Check(dir)
	if err != nil || !rep.Healthy() {
		t.Fatalf("Check(healthy) = %+v, %v; want healthy", rep, err)
	}
	snapPath := filepath.Join(dir, SnapshotFile)
	want := readFile(t, snapPath)
	writeFile(t, snapPath, "{broken")
	writeFile(t, filepath.Join(dir, LogFile), readFile(t, filepath.Join(dir, LogFile))+`{"id":"x"`)
	rep, _ = Check(dir)
	if rep.Healthy() || len(problems(rep)) != 2 {
		t.Errorf("Check(broken) problems = %q, want the snapshot and the torn line", problems(rep))
	}
	_, err = Repair(dir)
	if err != nil {
		t.Fatalf("Repair: %v", err)
	}
	if got := readFile(t, snapPath); got != want {
		t.Errorf("rebuilt snapshot:\n%s\nwant\n%s", got, want)
	}
	baks, _ := filepath.Glob(snapPath + ".bak-*")
	if len(baks) != 1 || readFile(t, baks[0]) != "{broken" {
		t.Errorf("snapshot backups %v, want one holding the broken file", baks)
	}
	if rep, _ := Check(dir); !rep.Healthy() {
		t.Errorf("Check after Repair: problems %q", problems(rep))
	}

	// A snapshot that disagrees with the log is a problem too.
	s := openW(t, dir)
	record(t, s, answerAt("b", "q3", Good, t0))
	s.Close()
	snap := readFile(t, snapPath)
	writeFile(t, snapPath, strings.Replace(snap, `"seen":1`, `"seen":5`, 1))
	if rep, _ := Check(dir); rep.Healthy() {
		t.Errorf("Check with a doctored snapshot: healthy, want a problem")
	}
}

func problems(r Report) []string {
	var out []string
	for _, f := range r.Findings {
		if f.Problem {
			out = append(out, f.Text)
		}
	}
	return out
}

func TestExport(t *testing.T) {
	dir := t.TempDir()
	s := openW(t, dir)
	e := answerAt("b", "q1", Good, t0)
	e.Answer, e.MS = "Rome, Italy", 2500
	record(t, s, e)
	record(t, s, answerAt("b", "q2", Again, t0.Add(time.Minute)))
	if _, err := s.Undo(t0.Add(2 * time.Minute)); err != nil {
		t.Fatal(err)
	}
	p := answerAt("b", "q3", Good, t0.Add(3*time.Minute))
	p.Mode, p.Unscheduled = ModePractice, true
	record(t, s, p)
	prompt := func(bank, q string) string { return "Prompt of " + q }
	var buf bytes.Buffer
	if err := s.Export(&buf, FormatCSV, prompt); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	wantRows := [][]string{
		{"time", "bank", "question", "prompt", "rating", "correct", "answer", "seconds", "mode"},
		{"2025-03-10T09:00:00Z", "b", "q1", "Prompt of q1", "Good", "true", "Rome, Italy", "2.5", "study"},
		{"2025-03-10T09:03:00Z", "b", "q3", "Prompt of q3", "Good", "true", "", "0", "practice"},
	}
	if fmt.Sprint(rows) != fmt.Sprint(wantRows) {
		t.Errorf("Export(csv) = %q, want %q", rows, wantRows)
	}
	buf.Reset()
	if err := s.Export(&buf, FormatJSON, prompt); err != nil {
		t.Fatal(err)
	}
	var got []ExportRow
	if err := json.Unmarshal(buf.Bytes(), &got); err != nil || len(got) != 2 || got[0].Prompt != "Prompt of q1" || got[0].Seconds != 2.5 ||
		got[0].Mode != ModeStudy || got[1].Mode != ModePractice {
		t.Errorf("Export(json) = %s (%v), want rows for q1 (study) and q3 (practice)", buf.String(), err)
	}
	if err := s.Export(&buf, "xml", prompt); err == nil {
		t.Errorf("Export(xml) succeeded, want an error")
	}
}

func copyDir(t *testing.T, from string) string {
	t.Helper()
	to := t.TempDir()
	for _, name := range []string{LogFile, SnapshotFile} {
		if b, err := os.ReadFile(filepath.Join(from, name)); err == nil {
			writeFile(t, filepath.Join(to, name), string(b))
		}
	}
	return to
}

func TestMergeCommutativeAndIdempotent(t *testing.T) {
	common := t.TempDir()
	if err := Synthesize(common, SynthOptions{Banks: 4, Questions: 40, Reviews: 400, Seed: 1}); err != nil {
		t.Fatal(err)
	}
	later := time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC)
	a, b := copyDir(t, common), copyDir(t, common)
	sa := openW(t, a)
	for i := range 30 {
		record(t, sa, answerAt("bank-000", "q00001", Rating(1+i%4), later.Add(time.Duration(i)*time.Hour)))
	}
	if _, err := sa.Undo(later.Add(40 * time.Hour)); err != nil {
		t.Fatal(err)
	}
	sa.Close()
	sb := openW(t, b)
	for i := range 30 {
		record(t, sb, answerAt("bank-000", "q00001", Good, later.Add(time.Duration(i)*time.Hour+time.Minute)))
		record(t, sb, answerAt("bank-001", "q00011", Hard, later.Add(time.Duration(i)*time.Hour)))
	}
	if _, err := sb.Record(Entry{Time: later.Add(50 * time.Hour), Kind: KindReset, Bank: "bank-002"}); err != nil {
		t.Fatal(err)
	}
	sb.Close()

	ab, ba := copyDir(t, a), copyDir(t, b)
	merge := func(into, from string, want int) *Store {
		s := openW(t, into)
		rep, err := s.Merge(from)
		if err != nil || rep.Added != want || len(rep.Skipped)+len(rep.Conflicts) > 0 {
			t.Fatalf("Merge(%s) = %+v, %v; want %d added", from, rep, err, want)
		}
		return s
	}
	// B's 60 answers and its reset; A's 30 answers and its undo (the
	// synthesized common part declares the log format already).
	sab := merge(ab, b, 61)
	sba := merge(ba, a, 31)
	// Each side's own lines are kept as they were, the other's appended.
	for _, tt := range []struct{ merged, own string }{{ab, a}, {ba, b}} {
		if m, o := readFile(t, filepath.Join(tt.merged, LogFile)), readFile(t, filepath.Join(tt.own, LogFile)); !strings.HasPrefix(m, o) {
			t.Errorf("merged log does not start with the local log as it was")
		}
	}
	sameCards(t, sab.Cards(), sba.Cards())
	for k := range sab.Cards() {
		if strings.HasPrefix(k, "bank-002/") {
			t.Errorf("card %s survived the reset merged from B", k)
		}
	}
	before := readFile(t, filepath.Join(ab, LogFile))
	if rep, err := sab.Merge(b); rep.Added != 0 || err != nil {
		t.Errorf("second Merge = %+v, %v; want nothing added", rep, err)
	}
	if rep, err := sab.Merge(ba); rep.Added != 0 || err != nil {
		t.Errorf("Merge of the already merged other side = %+v, %v; want nothing added", rep, err)
	}
	if after := readFile(t, filepath.Join(ab, LogFile)); after != before {
		t.Errorf("merging again changed the log")
	}
	// The merged state is what a fresh replay of the merged log gives, and
	// the store keeps recording after the log was replaced.
	record(t, sab, answerAt("bank-003", "q00031", Good, later.Add(60*time.Hour)))
	sab.Close()
	sba.Close()
	os.Remove(filepath.Join(ab, SnapshotFile))
	fresh, err := Open(ab)
	if err != nil {
		t.Fatal(err)
	}
	reopened := openW(t, ba)
	record(t, reopened, answerAt("bank-003", "q00031", Good, later.Add(60*time.Hour)))
	sameCards(t, fresh.Cards(), reopened.Cards())
	if _, err := reopened.Merge(t.TempDir()); err == nil {
		t.Errorf("Merge of a directory with no log succeeded, want an error")
	}
}

func TestSynthesizeMatchesReplay(t *testing.T) {
	dir := t.TempDir()
	if err := Synthesize(dir, SynthOptions{Banks: 3, Questions: 30, Reviews: 300, Seed: 7}); err != nil {
		t.Fatal(err)
	}
	rep, err := Check(dir)
	if err != nil || !rep.Healthy() {
		t.Errorf("Check(synthesized) = %q, %v; want healthy", problems(rep), err)
	}
}

func TestParallelDecodeMatchesPlain(t *testing.T) {
	snap := &snapshot{snapshotHead: snapshotHead{Version: 1, Settings: DefaultSettings()}, Cards: map[string]Card{}}
	for i := range 6000 {
		c := Card{Card: fsrs.Card{Due: t0.Add(time.Duration(i) * time.Hour), Stability: float64(i%50) + 1, Difficulty: 5,
			State: fsrs.Review, Reps: uint64(i % 7), LastReview: t0}, Seen: i % 9, Correct: i % 5, First: t0}
		snap.Cards[fmt.Sprintf("bank-%02d/q%05d", i%30, i)] = c
	}
	data, err := encodeSnapshot(snap)
	if err != nil {
		t.Fatal(err)
	}
	var fast snapshot
	if !decodeParallel(data, &fast) {
		t.Fatalf("decodeParallel refused what encodeSnapshot wrote")
	}
	var plain snapshot
	if err := json.Unmarshal(data, &plain); err != nil {
		t.Fatal(err)
	}
	sameCards(t, fast.Cards, plain.Cards)
	if fast.Settings != plain.Settings || fast.Version != 1 {
		t.Errorf("header decoded as %+v, want %+v", fast.Settings, plain.Settings)
	}
	// Damage in the middle: the fast path gives up and the error is the
	// ordinary one.
	broken := bytes.Replace(data, []byte(`"bank-05/q03005":{`), []byte(`"bank-05/q03005":{{`), 1)
	if decodeParallel(broken, &snapshot{}) {
		t.Errorf("decodeParallel accepted a damaged snapshot")
	}
	if _, err := decodeSnapshot("progress.json", broken); err == nil || !strings.Contains(err.Error(), "not valid JSON") {
		t.Errorf("decodeSnapshot(damaged) = %v, want not valid JSON", err)
	}
}

// The fast decoder relies on the keys increasing, as encodeSnapshot writes
// them; a snapshot whose lines are out of order or repeat a key is decoded
// the ordinary way, and a card no scheduler could produce is refused
// though it was checked on the decoding processors.
func TestParallelDecodeOrderAndCheck(t *testing.T) {
	snap := &snapshot{snapshotHead: snapshotHead{Version: SnapshotVersion, Settings: DefaultSettings()}, Cards: map[string]Card{}}
	for i := range 8000 {
		snap.Cards[fmt.Sprintf("bank/q%05d", i)] = Card{Card: fsrs.Card{Due: t0, Stability: 1, Difficulty: 5, State: fsrs.Review,
			LastReview: t0}, Seen: 2, Correct: 1, First: t0}
	}
	data, err := encodeSnapshot(snap)
	if err != nil {
		t.Fatal(err)
	}
	a, b := []byte(`"bank/q00010":{`), []byte(`"bank/q07990":{`)
	swapped := bytes.ReplaceAll(bytes.ReplaceAll(bytes.ReplaceAll(data, a, []byte("@@")), b, a), []byte("@@"), b)
	repeated := bytes.Replace(data, b, a, 1)
	trailing := bytes.Replace(data, []byte("}\n}}\n"), []byte("},\n}}\n"), 1)
	for name, d := range map[string][]byte{"swapped": swapped, "repeated": repeated, "trailing comma": trailing} {
		var fast snapshot
		if decodeParallel(d, &fast) {
			t.Errorf("%s: decodeParallel accepted it", name)
		}
		var plain snapshot
		if err := json.Unmarshal(d, &plain); err != nil {
			if _, err := decodeSnapshot("progress.json", d); err == nil {
				t.Errorf("%s: decodeSnapshot accepted what encoding/json refuses", name)
			}
			continue
		}
		got, err := decodeSnapshot("progress.json", d)
		if err == nil {
			sameCards(t, got.Cards, plain.Cards)
		} else if !strings.Contains(err.Error(), "checksum") {
			t.Errorf("%s: decodeSnapshot = %v", name, err)
		}
	}

	bad := snap.Cards["bank/q05000"]
	bad.Correct = 5 // more than seen
	snap.Cards["bank/q05000"] = bad
	if data, err = encodeSnapshot(snap); err != nil {
		t.Fatal(err)
	}
	if _, err := decodeSnapshot("progress.json", data); err == nil || !strings.Contains(err.Error(), `card "bank/q05000"`) {
		t.Errorf("decodeSnapshot(card with more correct than seen) = %v, want an error naming the card", err)
	}
}

// Cards migrated from format 0 (before the log existed) are written into
// the log once, so the snapshot really is derivable from the log alone.
func TestVersion0CardsWrittenIntoLog(t *testing.T) {
	dir := t.TempDir()
	c := Card{Card: fsrs.Card{Due: t0.Add(48 * time.Hour), Stability: 3, Difficulty: 5, State: fsrs.Review, Reps: 2, LastReview: t0}, Seen: 2, Correct: 2}
	old, _ := json.Marshal(map[string]any{"cards": map[string]Card{"b/q": c, "b/other": c}})
	writeFile(t, filepath.Join(dir, SnapshotFile), string(old))
	s := openW(t, dir)
	record(t, s, answerAt("b", "q", Good, t0.Add(72*time.Hour)))
	want, _ := s.Card("b", "q")
	s.Close()
	if n := strings.Count(readFile(t, filepath.Join(dir, LogFile)), `"kind":"card"`); n != 2 {
		t.Errorf("log holds %d card entries, want 2", n)
	}
	// Again: nothing more is written.
	s = openW(t, dir)
	s.Close()
	if n := strings.Count(readFile(t, filepath.Join(dir, LogFile)), `"kind":"card"`); n != 2 {
		t.Errorf("after reopening the log holds %d card entries, want still 2", n)
	}
	os.Remove(filepath.Join(dir, SnapshotFile))
	r, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	if got, ok := r.Card("b", "other"); !ok || !sameCard(got, c) {
		t.Errorf("from the log alone, Card(b, other) = %+v, %v; want the migrated card", got, ok)
	}
	if got, _ := r.Card("b", "q"); !sameCard(got, want) {
		t.Errorf("from the log alone, Card(b, q) = %+v; want %+v", got, want)
	}
}
