package progress

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"
)

// writeLog writes entries as the log of a new data directory.
func writeLog(t *testing.T, entries []Entry) string {
	t.Helper()
	dir := t.TempDir()
	var buf []byte
	for _, e := range entries {
		line, err := json.Marshal(e)
		if err != nil {
			t.Fatal(err)
		}
		buf = append(append(buf, line...), '\n')
	}
	if err := os.WriteFile(filepath.Join(dir, LogFile), buf, 0o600); err != nil {
		t.Fatal(err)
	}
	return dir
}

// randomLog is a made-up history over ten weeks: answers (some practice),
// undos of recent answers, resets of a question or a bank, and, when
// shuffled is set, a few answers out of time order.
func randomLog(rng *rand.Rand, n int, shuffled bool) []Entry {
	start := time.Date(2026, 1, 5, 6, 0, 0, 0, time.UTC)
	var out []Entry
	var reviews []Entry
	at := start
	for i := range n {
		at = at.Add(time.Duration(1+rng.IntN(600)) * time.Minute)
		id := fmt.Sprintf("%032x", i+1)
		bank, q := fmt.Sprintf("b%d", rng.IntN(3)), fmt.Sprintf("q%d", rng.IntN(8))
		switch p := rng.IntN(100); {
		case p < 5 && len(reviews) > 0:
			r := reviews[len(reviews)-1]
			out = append(out, Entry{ID: id, Time: at, Kind: KindUndo, Target: r.ID, Bank: r.Bank, Question: r.Question})
			reviews = reviews[:len(reviews)-1]
		case p < 7:
			out = append(out, Entry{ID: id, Time: at, Kind: KindReset, Bank: bank, Question: q})
		case p < 8:
			out = append(out, Entry{ID: id, Time: at, Kind: KindReset, Bank: bank})
		default:
			r := Rating(1 + rng.IntN(4))
			e := Entry{ID: id, Time: at, Kind: KindReview, Bank: bank, Question: q, Rating: r, Correct: r > Again,
				MS: int64(rng.IntN(9000)), Session: fmt.Sprintf("s%d", i/7), Mode: ModeStudy, Retention: 0.9}
			if rng.IntN(10) == 0 {
				e.Unscheduled, e.Mode = true, ModePractice
			}
			out = append(out, e)
			reviews = append(reviews, e)
		}
	}
	if shuffled {
		for range 3 {
			i := rng.IntN(len(out))
			out[i].Time = out[i].Time.Add(-time.Duration(rng.IntN(200)) * time.Hour)
		}
	}
	return out
}

// TestStoreStatsMatchesComputeStats checks the streamed statistics against
// ComputeStats on the whole log in memory.
func TestStoreStatsMatchesComputeStats(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	banks := []BankInfo{{ID: "b0", Questions: []string{"q0", "q1", "q2", "q3"}}, {ID: "b1", Questions: []string{"q0", "q5"}}, {ID: "b2"}}
	ny, _ := time.LoadLocation("America/New_York")
	for round := range 30 {
		dir := writeLog(t, randomLog(rng, 50+rng.IntN(400), round%3 == 2))
		s, entries := openEntries(t, dir)
		now := time.Date(2026, 3, 10, 12, 0, 0, 0, time.UTC)
		if round%2 == 1 {
			now = now.In(ny)
		}
		for _, filter := range [][]string{nil, {"b1"}} {
			got, err := s.Stats(banks, now, 40, filter)
			if err != nil {
				t.Fatal(err)
			}
			want := ComputeStats(entries, s.Cards(), banks, s.Settings(), now, 40, filter)
			if !reflect.DeepEqual(got, want) {
				g, _ := json.Marshal(got)
				w, _ := json.Marshal(want)
				t.Fatalf("round %d, filter %v:\nStats        = %s\nComputeStats = %s", round, filter, g, w)
			}
		}
	}
}

// sessionLog is a made-up history of sessions one after another: most end
// with their session entry, some were cut short without it, some answers
// were taken back, and a few answers belong to no session.
func sessionLog(rng *rand.Rand, sessions int) []Entry {
	at := time.Date(2026, 1, 5, 6, 0, 0, 0, time.UTC)
	var out []Entry
	next := 0
	id := func() string { next++; return fmt.Sprintf("%032x", next) }
	for i := range sessions {
		sid := fmt.Sprintf("s%03d", i)
		start := at
		var last *Entry
		banks := []string{}
		for range 1 + rng.IntN(6) {
			at = at.Add(time.Duration(5+rng.IntN(60)) * time.Second)
			bank := fmt.Sprintf("b%d", rng.IntN(3))
			if !slices.Contains(banks, bank) {
				banks = append(banks, bank)
			}
			r := Rating(1 + rng.IntN(4))
			e := Entry{ID: id(), Time: at, Kind: KindReview, Bank: bank, Question: fmt.Sprintf("q%d", rng.IntN(5)),
				Rating: r, Correct: r > Again, Session: sid, Mode: ModeStudy, Retention: 0.9}
			if rng.IntN(8) == 0 {
				e.Session = ""
			}
			out = append(out, e)
			last = &out[len(out)-1]
			if rng.IntN(6) == 0 {
				at = at.Add(time.Second)
				out = append(out, Entry{ID: id(), Time: at, Kind: KindUndo, Target: last.ID, Bank: last.Bank, Question: last.Question})
			}
		}
		at = at.Add(time.Second)
		if rng.IntN(5) > 0 {
			e := Entry{ID: id(), Time: at, Kind: KindSession, Session: sid, Start: start, Mode: ModeStudy, Asked: rng.IntN(8)}
			if rng.IntN(2) == 0 {
				e.Banks = banks
			}
			out = append(out, e)
		}
		at = at.Add(time.Duration(rng.IntN(3)) * time.Hour)
	}
	return out
}

// TestRecentSessionsMatchesSessions checks the sessions read from the end
// of the log against Sessions over the whole log.
func TestRecentSessionsMatchesSessions(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for round := range 40 {
		dir := writeLog(t, sessionLog(rng, 1+rng.IntN(40)))
		s, entries := openEntries(t, dir)
		all := Sessions(entries)
		for _, n := range []int{0, 1, 2, 5, 20, 100} {
			got, err := s.RecentSessions(n)
			if err != nil {
				t.Fatal(err)
			}
			want := all
			if n > 0 && len(want) > n {
				want = want[:n]
			}
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("round %d: RecentSessions(%d) =\n%+v\nwant\n%+v", round, n, got, want)
			}
		}
	}
}

// checkStatsCache opens dir, checks that the statistics' cache is usable
// at now exactly when wantCache says, and that Stats agrees with
// ComputeStats over the whole history. step names the moment in messages.
func checkStatsCache(t *testing.T, dir string, banks []BankInfo, now time.Time, step string, wantCache bool) {
	t.Helper()
	s, entries := openEntries(t, dir)
	defer s.Close()
	usable := s.foldFromCache(foldKey(now.Location(), s.settings.RolloverHour, now),
		func() *statsFold { return newStatsFold(now.Location(), s.settings.RolloverHour, nil) }) != nil
	if usable != wantCache {
		t.Errorf("%s: cache usable = %v, want %v", step, usable, wantCache)
	}
	got, err := s.Stats(banks, now, 30, nil)
	if err != nil {
		t.Fatal(err)
	}
	want := ComputeStats(entries, s.Cards(), banks, s.Settings(), now, 30, nil)
	if !reflect.DeepEqual(got, want) {
		g, _ := json.Marshal(got)
		w, _ := json.Marshal(want)
		t.Fatalf("%s:\nStats        = %s\nComputeStats = %s", step, g, w)
	}
}

// openEntries opens dir to read and returns the store with its log's
// entries.
func openEntries(t *testing.T, dir string) (*Store, []Entry) {
	t.Helper()
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	entries, err := s.Entries()
	if err != nil {
		t.Fatal(err)
	}
	return s, entries
}

// TestStatsCache checks that statistics worked out from the cache and the
// entries after it match ComputeStats on the whole log: after answers are
// added, after an undo of an answer the cache counted, with another zone,
// and with a damaged cache.
func TestStatsCache(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	banks := []BankInfo{{ID: "b0", Questions: []string{"q0", "q1", "q2", "q3"}}, {ID: "b1", Questions: []string{"q0", "q5"}}}
	now := time.Date(2026, 3, 10, 12, 0, 0, 0, time.UTC)
	tokyo, _ := time.LoadLocation("Asia/Tokyo")
	all := randomLog(rng, 600, false)
	dir := writeLog(t, all[:300])
	check := func(step string, now time.Time, wantCache bool) {
		t.Helper()
		checkStatsCache(t, dir, banks, now, step, wantCache)
	}
	appendLog := func(es ...Entry) {
		f, err := os.OpenFile(filepath.Join(dir, LogFile), os.O_APPEND|os.O_WRONLY, 0)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		for _, e := range es {
			line, _ := json.Marshal(e)
			f.Write(append(line, '\n'))
		}
	}
	check("first run", now, false)
	check("nothing new", now, true)
	appendLog(all[300:450]...)
	check("answers added", now, true)
	check("another zone", now.In(tokyo), false)
	check("back in the first zone", now, false)
	var old Entry
	for _, e := range all[:450] {
		if e.Kind == KindReview {
			old = e
		}
	}
	appendLog(Entry{ID: "ffff0000ffff0000ffff0000ffff0000", Time: all[449].Time.Add(time.Minute), Kind: KindUndo,
		Target: old.ID, Bank: old.Bank, Question: old.Question})
	check("undo of a counted answer", now, false)
	appendLog(all[450:]...)
	check("more answers", now, true)
	writeFile(t, filepath.Join(dir, StatsCacheFile), statsCacheHeader+"\nkey \"UTC|4\"\nat 0  1 0\nq b0 q0 x\n")
	check("damaged cache", now, false)
	check("rebuilt", now, true)
	cache := readFile(t, filepath.Join(dir, StatsCacheFile))
	i := strings.Index(cache, "\nd ")
	writeFile(t, filepath.Join(dir, StatsCacheFile), cache[:i+3]+"9"+cache[i+3:]) // a day's totals changed
	check("a changed figure", now, false)
}
