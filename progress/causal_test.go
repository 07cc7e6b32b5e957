package progress

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"
)

// answerLines writes n answers as log lines, ids prefix0000…, the i-th at
// at(i), five to a session.
func answerLines(prefix string, n int, at func(i int) time.Time) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, `{"id":"%s%04d","time":%q,"kind":"review","bank":"b","question":"q%d","rating":%d,"correct":true,"session":"%s-s%d"}`+"\n",
			prefix, i, at(i).Format(time.RFC3339Nano), i%40, 1+i%4, prefix, i/5)
	}
	return b.String()
}

// After a merge appends another machine's older answers, the log is read
// in causal order holding only those answers in memory, not the whole log,
// and every reader (entries, history, a rebuild from the log) sees the same
// order as sorting the whole log would give.
func TestCausalReadAfterMergeHoldsOnlyMergedLines(t *testing.T) {
	here, other := t.TempDir(), t.TempDir()
	const local, merged = 3000, 25
	writeFile(t, filepath.Join(here, LogFile), answerLines("a", local, func(i int) time.Time { return t0.Add(time.Duration(i) * time.Hour) }))
	// The other machine answered now and then during the same months.
	writeFile(t, filepath.Join(other, LogFile), answerLines("x", merged, func(i int) time.Time {
		return t0.Add(time.Duration(i*100)*time.Hour + 30*time.Minute)
	}))
	s := openW(t, here)
	if rep := merge(t, s, other); rep.Added != merged {
		t.Fatalf("Merge added %d, want %d", rep.Added, merged)
	}
	if s.orderedFrom == 0 {
		t.Fatalf("after merging older answers the log is marked in order")
	}

	var inFile []Entry
	if err := s.EachEntry(func(e Entry) error { inFile = append(inFile, e); return nil }); err != nil {
		t.Fatal(err)
	}
	want := slices.Clone(inFile)
	sortEntries(want)
	if slices.EqualFunc(inFile, want, func(a, b Entry) bool { return a.ID == b.ID }) {
		t.Fatalf("the test log is already in causal order in the file")
	}

	var got []Entry
	_, held, err := scanCausal(s.path(LogFile), s.logSize, func(e *Entry, _ int64) bool { return e.Kind != KindFormat },
		func(e Entry) error { got = append(got, e); return nil })
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(ids(got), ids(want)) {
		t.Errorf("scanCausal order:\n%v\nwant\n%v", ids(got), ids(want))
	}
	// Only the merged answers older than the local newest are out of place.
	if held > merged {
		t.Errorf("scanCausal held %d entries in memory, want at most the %d merged (log of %d)", held, merged, local+merged)
	}

	entries, err := s.Entries()
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(ids(entries), ids(want)) {
		t.Errorf("Entries not in causal order after a merge")
	}
	sessions, err := s.RecentSessions(0)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(sessions, Sessions(want)) {
		t.Errorf("RecentSessions after a merge differ from Sessions of the sorted log:\n%+v\nwant\n%+v", sessions, Sessions(want))
	}

	// A rebuild from the log alone (no snapshot) gives the same cards.
	cards := brief(s.Cards())
	s.Close()
	if err := os.Remove(filepath.Join(here, SnapshotFile)); err != nil {
		t.Fatal(err)
	}
	r, err := Open(here)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	if got := brief(r.Cards()); !reflect.DeepEqual(got, cards) {
		t.Errorf("cards rebuilt from the merged log differ from the merging store's:\n%v\nwant\n%v", got, cards)
	}
}

func ids(es []Entry) []string {
	out := make([]string, len(es))
	for i, e := range es {
		out[i] = e.ID
	}
	return out
}

// brief is each card's counts and due time, for comparing stores.
func brief(m map[string]Card) map[string]string {
	out := make(map[string]string, len(m))
	for k, c := range m {
		out[k] = fmt.Sprintf("%d/%d due %s", c.Correct, c.Seen, c.Due.UTC().Format(time.RFC3339Nano))
	}
	return out
}

// After a merge, the newest sessions are read from the end of the log when
// they all lie after the merged lines, and from the whole log otherwise:
// either way they are those of the whole history.
func TestRecentSessionsAfterMerge(t *testing.T) {
	here, other := t.TempDir(), t.TempDir()
	writeFile(t, filepath.Join(here, LogFile), answerLines("a", 200, func(i int) time.Time { return t0.Add(time.Duration(i) * time.Hour) }))
	writeFile(t, filepath.Join(other, LogFile), answerLines("x", 10, func(i int) time.Time {
		return t0.Add(time.Duration(i*10)*time.Hour + 30*time.Minute)
	}))
	s := openW(t, here)
	merge(t, s, other)
	if s.orderedFrom == 0 {
		t.Fatal("after merging older answers the log is marked in order")
	}
	// Three sessions studied after the merge, two answers each.
	at := t0.Add(300 * time.Hour)
	for i := range 3 {
		for j := range 2 {
			e := answerAt("b", fmt.Sprintf("q%d", j), Good, at.Add(time.Duration(i)*time.Hour+time.Duration(j)*time.Minute))
			e.Session = fmt.Sprintf("late%d", i)
			record(t, s, e)
		}
	}
	entries, err := s.Entries()
	if err != nil {
		t.Fatal(err)
	}
	all := Sessions(entries)
	for _, n := range []int{1, 2, 3, 4, 6} {
		got, err := s.RecentSessions(n)
		if err != nil {
			t.Fatal(err)
		}
		want := all
		if len(want) > n {
			want = want[:n]
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("RecentSessions(%d) after a merge:\n%+v\nwant\n%+v", n, got, want)
		}
	}
}

// The statistics' cache serves after a merge too, once taken after the
// merged lines, and a later merge of older answers makes it worked out
// again; the figures always match those of the whole history.
func TestStatsCacheAfterMerge(t *testing.T) {
	here, other, third := t.TempDir(), t.TempDir(), t.TempDir()
	writeFile(t, filepath.Join(here, LogFile), answerLines("a", 300, func(i int) time.Time { return t0.Add(time.Duration(i) * time.Hour) }))
	writeFile(t, filepath.Join(other, LogFile), answerLines("x", 20, func(i int) time.Time {
		return t0.Add(time.Duration(i*10)*time.Hour + 30*time.Minute)
	}))
	writeFile(t, filepath.Join(third, LogFile), answerLines("y", 20, func(i int) time.Time {
		return t0.Add(time.Duration(i*10)*time.Hour + 45*time.Minute)
	}))
	banks := []BankInfo{{ID: "b", Questions: []string{"q0", "q1", "q2", "q3", "q4"}}}
	now := t0.Add(400 * time.Hour)
	check := func(step string, wantCache bool) {
		t.Helper()
		checkStatsCache(t, here, banks, now, step, wantCache)
	}
	mergeInto := func(from string) {
		w := openW(t, here)
		merge(t, w, from)
		if err := w.Close(); err != nil {
			t.Fatal(err)
		}
	}
	check("before a merge", false)
	check("again", true)
	mergeInto(other)
	check("after a merge", false)
	check("again after the merge", true)
	w := openW(t, here)
	record(t, w, answerAt("b", "q1", Good, now.Add(-time.Hour)))
	w.Close()
	check("an answer after the merge", true)
	mergeInto(third)
	check("after a second merge", false)
	check("again after the second merge", true)
}
