package progress

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"syscall"
	"testing"
	"time"
)

// lowSeal makes logs seal past n bytes for the rest of the test.
func lowSeal(t *testing.T, n int64) {
	t.Helper()
	old := sealAt
	sealAt = n
	t.Cleanup(func() { sealAt = old })
}

// logicalBytes returns the log of dir as readers see it: the sealed
// segments decompressed, in order, then the log file after its header.
func logicalBytes(t *testing.T, dir string) []byte {
	t.Helper()
	v, err := openLogView(filepath.Join(dir, LogFile))
	if err != nil {
		t.Fatal(err)
	}
	defer v.Close()
	var out []byte
	for i := range v.hdr.Sealed {
		f, err := os.Open(v.segPath(i))
		if err != nil {
			t.Fatal(err)
		}
		z, err := gzip.NewReader(f)
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(z)
		f.Close()
		if err != nil {
			t.Fatalf("segment %d: %v", i+1, err)
		}
		out = append(out, b...)
	}
	file, err := os.ReadFile(filepath.Join(dir, LogFile))
	if err != nil {
		t.Fatal(err)
	}
	return append(out, file[v.hdrLen:]...)
}

// sealNow opens dir for writing and closes it, which seals its log.
func sealNow(t *testing.T, dir string) {
	t.Helper()
	s, err := OpenWrite(dir)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatalf("Close: %v", err)
	}
}

func segmentCount(t *testing.T, dir string) int {
	t.Helper()
	v, err := openLogView(filepath.Join(dir, LogFile))
	if err != nil {
		t.Fatal(err)
	}
	defer v.Close()
	return v.hdr.Sealed
}

func synth(t *testing.T, dir string, reviews int, seed uint64) {
	t.Helper()
	if err := Synthesize(dir, SynthOptions{Banks: 4, Questions: 80, Reviews: reviews, Seed: seed,
		Start: time.Date(2024, 1, 1, 8, 0, 0, 0, time.UTC), Span: 300 * 24 * time.Hour}); err != nil {
		t.Fatal(err)
	}
}

// sealedDir is a data directory with a history of reviews answers, sealed
// into segments of about at bytes.
func sealedDir(t *testing.T, reviews int, seed uint64, at int64) string {
	t.Helper()
	dir := t.TempDir()
	synth(t, dir, reviews, seed)
	lowSeal(t, at)
	sealNow(t, dir)
	return dir
}

func synthBanks() []BankInfo { return synthBankInfo(4, 20) }

// synthBankInfo are the ids of Synthesize's banks and questions, as stats
// get them: n banks of per questions each.
func synthBankInfo(n, per int) []BankInfo {
	banks := make([]BankInfo, n)
	for i := range banks {
		banks[i] = BankInfo{ID: fmt.Sprintf("bank-%03d", i), Title: "Bank"}
		for q := range per {
			banks[i].Questions = append(banks[i].Questions, fmt.Sprintf("q%05d", i*per+q))
		}
	}
	return banks
}

// state is what a learner sees of a data directory: every card, every
// entry in causal order, the statistics, the last sessions.
type state struct {
	cards    map[string]Card
	entries  []Entry
	stats    string
	sessions []Session
}

func stateOf(t *testing.T, dir string) state {
	t.Helper()
	s, err := Open(dir)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	es, err := s.Entries()
	if err != nil {
		t.Fatalf("Entries: %v", err)
	}
	now := time.Date(2025, 1, 1, 12, 0, 0, 0, time.UTC)
	st, err := s.Stats(synthBanks(), now, 400, nil)
	if err != nil {
		t.Fatalf("Stats: %v", err)
	}
	js, _ := json.Marshal(st)
	sessions, err := s.RecentSessions(30)
	if err != nil {
		t.Fatalf("RecentSessions: %v", err)
	}
	return state{cards: s.Cards(), entries: es, stats: string(js), sessions: sessions}
}

func sameState(t *testing.T, what string, got, want state) {
	t.Helper()
	if diff := diffCards(got.cards, want.cards); diff != "" {
		t.Errorf("%s: cards differ from the unsealed log's: %s", what, diff)
	}
	if len(got.entries) != len(want.entries) {
		t.Errorf("%s: %d entries, want %d", what, len(got.entries), len(want.entries))
	} else {
		for i := range got.entries {
			if got.entries[i].ID != want.entries[i].ID {
				t.Errorf("%s: entry %d is %s, want %s", what, i, got.entries[i].ID, want.entries[i].ID)
				break
			}
		}
	}
	if got.stats != want.stats {
		t.Errorf("%s: stats differ from the unsealed log's", what)
	}
	if !reflect.DeepEqual(got.sessions, want.sessions) {
		t.Errorf("%s: recent sessions differ:\n got %v\nwant %v", what, got.sessions, want.sessions)
	}
}

// dropDerived removes the snapshot and the stats cache, so the next open
// rebuilds everything from the log.
func dropDerived(t *testing.T, dir string) {
	t.Helper()
	for _, name := range []string{SnapshotFile, StatsCacheFile} {
		if err := os.Remove(filepath.Join(dir, name)); err != nil && !errors.Is(err, os.ErrNotExist) {
			t.Fatal(err)
		}
	}
}

// A log sealed into segments reads exactly as it did unsealed: the same
// bytes, cards, entries, statistics and sessions, from the snapshot or
// rebuilt from the log alone.
func TestSealedLogReadsTheSame(t *testing.T) {
	dir := t.TempDir()
	synth(t, dir, 3000, 3)
	orig := readFile(t, filepath.Join(dir, LogFile))
	want := stateOf(t, dir)

	lowSeal(t, 64<<10)
	sealNow(t, dir)
	if n := segmentCount(t, dir); n < 5 {
		t.Fatalf("%d segments after sealing a %d-byte log at 64 KiB, want several", n, len(orig))
	}
	if got := logicalBytes(t, dir); string(got) != orig {
		t.Fatalf("segments + log file = %d bytes, not the original %d", len(got), len(orig))
	}
	if st, _ := os.Stat(filepath.Join(dir, LogFile)); st.Size() > 512 {
		t.Errorf("log file after sealing is %d bytes, want just the header", st.Size())
	}
	sameState(t, "from the snapshot", stateOf(t, dir), want)
	dropDerived(t, dir)
	sameState(t, "rebuilt from the log", stateOf(t, dir), want)

	// Answers after the seal, in the new log file, read as if appended
	// to the old one; a second seal continues the numbering.
	ref := t.TempDir()
	writeFile(t, filepath.Join(ref, LogFile), orig)
	for _, d := range []string{dir, ref} {
		s := openW(t, d)
		for i := range 300 {
			e := answerAt("bank-001", fmt.Sprintf("q%05d", 20+i%20), Rating(1+i%4), time.Date(2024, 11, 1, 8, 0, 0, 0, time.UTC).Add(time.Duration(i)*time.Hour))
			e.ID = fmt.Sprintf("later%04d", i)
			record(t, s, e)
		}
		if err := s.Close(); err != nil {
			t.Fatal(err)
		}
	}
	if got, want := string(logicalBytes(t, dir))[:len(orig)], orig; got != want {
		t.Fatalf("the sealed part changed after more answers")
	}
	sameState(t, "after more answers", stateOf(t, dir), stateOf(t, ref))
	dropDerived(t, dir)
	sameState(t, "after more answers, rebuilt", stateOf(t, dir), stateOf(t, ref))
}

// A log of an older format (no hlc, no format entry, blank lines and
// \r\n left by an editor) is sealed with its bytes as they were, and the
// header that replaces it is refused by a quiz that reads format 2 only.
func TestSealKeepsOlderFormatBytes(t *testing.T) {
	dir := t.TempDir()
	lines := answerLines("a", 2000, func(i int) time.Time { return t0.Add(time.Duration(i) * time.Hour) })
	orig := strings.Replace(lines, "\n", "\r\n\n", 7)
	writeFile(t, filepath.Join(dir, LogFile), orig)
	want := stateOf(t, dir)
	lowSeal(t, 8<<10)
	var said []string
	s, err := OpenWrite(dir, WithNotice(func(msg string) { said = append(said, msg) }))
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	// A log many times the size of a segment takes a while: quiz says so.
	if len(said) != 1 || !strings.Contains(said[0], "compressing") {
		t.Errorf("notices while sealing a long log: %q, want one saying it is compressing", said)
	}
	if segmentCount(t, dir) < 2 {
		t.Fatalf("log not sealed")
	}
	if got := string(logicalBytes(t, dir)); got != orig {
		t.Fatalf("segments + log file differ from the original bytes (%d vs %d bytes)", len(got), len(orig))
	}
	dropDerived(t, dir)
	sameState(t, "older format sealed", stateOf(t, dir), want)

	// A quiz reading up to format 2 parses the first line of the file as
	// an entry; it must say the log is newer and stop.
	head, _, _ := strings.Cut(readFile(t, filepath.Join(dir, LogFile)), "\n")
	var e struct {
		Kind   string `json:"kind"`
		Format int    `json:"format"`
	}
	if err := json.Unmarshal([]byte(head), &e); err != nil || e.Kind != KindFormat || e.Format <= 2 {
		t.Fatalf("first line %s: want a format entry above 2, so older quiz versions refuse the log", head)
	}
}

// A crash after the segments are written, before the log file is
// replaced, loses nothing and doubles nothing: the old file still holds
// every line, the extra segments are ignored and written again by the
// next seal.
func TestSealCrashBeforeReplacingTheLog(t *testing.T) {
	dir := t.TempDir()
	synth(t, dir, 1500, 5)
	orig := readFile(t, filepath.Join(dir, LogFile))
	lowSeal(t, 32<<10)
	old := sealStep
	sealStep = func(string) error { return errors.New("crash") }
	s, err := OpenWrite(dir)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err == nil || !strings.Contains(err.Error(), "nothing was lost") {
		t.Fatalf("Close after a failed seal = %v, want an error saying nothing was lost", err)
	}
	sealStep = old
	if got := readFile(t, filepath.Join(dir, LogFile)); got != orig {
		t.Fatalf("log file changed by a seal that did not finish")
	}
	segs, _ := filepath.Glob(filepath.Join(dir, "reviews.d", "*.jsonl.gz"))
	if len(segs) == 0 {
		t.Fatalf("no segments left behind: the crash was not where the test meant it")
	}
	// A half-written segment, as a crash while compressing leaves it.
	writeFile(t, filepath.Join(dir, "reviews.d", ".000002.jsonl.gz-12345"), "\x1f\x8b half")
	want := stateOf(t, dir)
	r, err := Check(dir)
	if err != nil || !r.Healthy() || !strings.Contains(fmt.Sprint(r.Findings), "did not finish") {
		t.Errorf("Check after a seal cut short = %v, %v; want healthy, with a note of the files it left", r.Findings, err)
	}

	s = openW(t, dir)
	if w := strings.Join(s.Warnings(), "\n"); !strings.Contains(w, ".000002.jsonl.gz-12345") {
		t.Errorf("warnings %q: want the temporary file removed and named", w)
	}
	extra := answerAt("bank-000", "q00001", Good, time.Date(2024, 12, 1, 0, 0, 0, 0, time.UTC))
	record(t, s, extra)
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(dir, "reviews.d", ".000002.jsonl.gz-12345")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("temporary segment file still there: %v", err)
	}
	if kept, _ := filepath.Glob(filepath.Join(dir, "reviews.d", "*.kept-*")); len(kept) > 0 {
		t.Errorf("segments of the seal cut short kept aside as %q, want them written again: they hold only lines of the log file", kept)
	}
	got := string(logicalBytes(t, dir))
	if !strings.HasPrefix(got, orig) || strings.Count(got, "\n") != strings.Count(orig, "\n")+1 {
		t.Fatalf("after the next seal the log is %d lines, want the %d original ones and the new answer", strings.Count(got, "\n"), strings.Count(orig, "\n"))
	}
	after := stateOf(t, dir)
	if len(after.entries) != len(want.entries)+1 {
		t.Errorf("%d entries after the crash and one answer, want %d", len(after.entries), len(want.entries)+1)
	}
	dropDerived(t, dir)
	sameState(t, "rebuilt after the crash", stateOf(t, dir), after)
}

// The newest sessions are found across the boundary between the sealed
// segments and the log file, and across segments.
func TestHistoryAcrossSegments(t *testing.T) {
	dir, ref := t.TempDir(), t.TempDir()
	synth(t, dir, 2000, 9)
	writeFile(t, filepath.Join(ref, LogFile), readFile(t, filepath.Join(dir, LogFile)))
	lowSeal(t, 8<<10)
	sealNow(t, dir)
	for _, d := range []string{dir, ref} {
		s := openW(t, d)
		at := time.Date(2024, 12, 1, 8, 0, 0, 0, time.UTC)
		for i := range 3 {
			e := answerAt("bank-002", "q00041", Good, at.Add(time.Duration(i)*time.Minute))
			e.ID, e.Session = fmt.Sprintf("late%d", i), "last"
			record(t, s, e)
		}
		if _, err := s.Record(Entry{ID: "end", Session: "last", Kind: KindSession, Time: at.Add(5 * time.Minute), Start: at, Mode: ModeStudy, Asked: 3}); err != nil {
			t.Fatal(err)
		}
		s.logf.Sync()
		// Close without sealing: the new session stays in the file.
		s.closed = true
		s.logf.Close()
		release(d, s.lock)
	}
	for _, n := range []int{1, 2, 5, 40} {
		a, err := mustOpen(t, dir).RecentSessions(n)
		if err != nil {
			t.Fatalf("RecentSessions(%d) sealed: %v", n, err)
		}
		b, err := mustOpen(t, ref).RecentSessions(n)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(a, b) {
			t.Errorf("RecentSessions(%d) across segments:\n got %v\nwant %v", n, a, b)
		}
		q, ok, err := QuickRecentSessions(dir, n)
		if err != nil || ok && !reflect.DeepEqual(q, b) {
			t.Errorf("QuickRecentSessions(%d) = %v, %v; want %v", n, q, err, b)
		}
	}
}

func mustOpen(t *testing.T, dir string) *Store {
	t.Helper()
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// Merging two data directories whose logs are sealed gives what merging
// the same logs unsealed gives, and keeps the other side's bytes.
func TestMergeSealedLogs(t *testing.T) {
	a, b := t.TempDir(), t.TempDir()
	synth(t, a, 1200, 11)
	synth(t, b, 900, 12)
	ua, ub := t.TempDir(), t.TempDir()
	writeFile(t, filepath.Join(ua, LogFile), readFile(t, filepath.Join(a, LogFile)))
	writeFile(t, filepath.Join(ub, LogFile), readFile(t, filepath.Join(b, LogFile)))
	otherBytes := readFile(t, filepath.Join(b, LogFile))
	lowSeal(t, 16<<10)
	sealNow(t, a)
	sealNow(t, b)

	sa := openW(t, a)
	got := merge(t, sa, b)
	if err := sa.Close(); err != nil {
		t.Fatal(err)
	}
	old := sealAt
	sealAt = 1 << 40 // the reference stays unsealed
	su := openW(t, ua)
	want := merge(t, su, ub)
	su.Close()
	sealAt = old
	if got.Added != want.Added || got.Added != strings.Count(otherBytes, "\n") {
		t.Fatalf("merge of sealed logs added %d, unsealed %d, want every line of the other log (%d)", got.Added, want.Added, strings.Count(otherBytes, "\n"))
	}
	// Every line of the other log is in this one, byte for byte.
	mine := string(logicalBytes(t, a))
	for _, line := range strings.SplitAfter(otherBytes, "\n") {
		if line != "" && !strings.Contains(mine, line) {
			t.Fatalf("line %q of the other log is not in the merged one as it was", line)
		}
	}
	sameState(t, "merged sealed", stateOf(t, a), stateOf(t, ua))
	dropDerived(t, a)
	sameState(t, "merged sealed, rebuilt", stateOf(t, a), stateOf(t, ua))
}

// A damaged segment is refused loudly by every reader that needs it,
// reported by doctor as something only a backup fixes, and left as it
// is by repair.
func TestDamagedSegmentRefused(t *testing.T) {
	dir := sealedDir(t, 1500, 13, 32<<10)
	seg := filepath.Join(dir, "reviews.d", segmentName(2))
	data, err := os.ReadFile(seg)
	if err != nil {
		t.Fatal(err)
	}
	data[len(data)/2] ^= 0x55
	writeFile(t, seg, string(data))

	dropDerived(t, dir)
	_, err = Open(dir)
	var de *DataError
	if !errors.As(err, &de) || !de.Segment || !strings.Contains(err.Error(), segmentName(2)) {
		t.Fatalf("Open with a damaged segment = %v, want an error naming %s", err, segmentName(2))
	}
	r, err := Check(dir)
	if err != nil {
		t.Fatal(err)
	}
	if r.Healthy() || r.Repairable() || !strings.Contains(strings.Join(problems(r), "\n"), segmentName(2)) {
		t.Errorf("Check = %v, want an unrepairable problem naming the segment", r.Findings)
	}
	if _, err := Repair(dir); err == nil || !strings.Contains(err.Error(), segmentName(2)) {
		t.Errorf("Repair = %v, want it refused, naming the segment", err)
	}
	if got, _ := os.ReadFile(seg); !bytes.Equal(got, data) {
		t.Errorf("repair changed the damaged segment")
	}
	// A missing segment is refused the same way.
	if err := os.Remove(filepath.Join(dir, "reviews.d", segmentName(1))); err != nil {
		t.Fatal(err)
	}
	if _, err := Open(dir); !errors.As(err, &de) || !de.Segment {
		t.Errorf("Open with a missing segment = %v, want a segment error", err)
	}
}

// A log that is a link into another folder (a sync folder, say) stays a
// link when sealed: the file it points at is replaced, and the segments
// are written beside it.
func TestSealSymlinkedLog(t *testing.T) {
	dir, sync := t.TempDir(), t.TempDir()
	synth(t, dir, 1000, 15)
	target := filepath.Join(sync, "laptop.jsonl")
	if err := os.Rename(filepath.Join(dir, LogFile), target); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(target, filepath.Join(dir, LogFile)); err != nil {
		t.Skip("no symbolic links here")
	}
	orig := readFile(t, target)
	lowSeal(t, 16<<10)
	sealNow(t, dir)
	if st, err := os.Lstat(filepath.Join(dir, LogFile)); err != nil || st.Mode()&os.ModeSymlink == 0 {
		t.Fatalf("log is no longer a link after sealing")
	}
	if segs, _ := filepath.Glob(filepath.Join(sync, "laptop.d", "*.jsonl.gz")); len(segs) < 2 {
		t.Fatalf("segments %v: want them beside the link's target", segs)
	}
	if got := string(logicalBytes(t, dir)); got != orig {
		t.Fatalf("sealed log through a link differs from the original")
	}
	// Another computer merging from the sync folder reads the segments.
	other := t.TempDir()
	if err := os.Symlink(target, filepath.Join(other, LogFile)); err != nil {
		t.Fatal(err)
	}
	fresh := openW(t, t.TempDir())
	if rep := merge(t, fresh, other); rep.Added != strings.Count(orig, "\n") {
		t.Errorf("merge from a sealed log through a link added %d, want %d", rep.Added, strings.Count(orig, "\n"))
	}
}

// BenchmarkSeal seals a log file of one segment's size, as a writer does
// when it closes every few weeks of study.
func BenchmarkSeal(b *testing.B) {
	dir := b.TempDir()
	if err := Synthesize(dir, SynthOptions{Banks: 100, Questions: 50000, Reviews: 16000, Seed: 1}); err != nil {
		b.Fatal(err)
	}
	data, err := os.ReadFile(filepath.Join(dir, LogFile))
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		b.StopTimer()
		os.RemoveAll(filepath.Join(dir, "reviews.d"))
		if err := writeAtomic(filepath.Join(dir, LogFile), data); err != nil {
			b.Fatal(err)
		}
		s, err := OpenWrite(dir)
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		if err := s.seal(); err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		s.Close()
		b.StartTimer()
	}
	b.ReportMetric(float64(len(data))/(1<<20), "MiB/seal")
}

// Repairing a sealed log with an unreadable line keeps every good line,
// sealed or not, backs up the whole log and keeps the old segments.
func TestRepairSealedLog(t *testing.T) {
	dir := sealedDir(t, 1500, 17, 32<<10)
	want := stateOf(t, dir)
	before := string(logicalBytes(t, dir))
	f, err := os.OpenFile(filepath.Join(dir, LogFile), os.O_WRONLY|os.O_APPEND, 0)
	if err != nil {
		t.Fatal(err)
	}
	good := `{"id":"after","time":"2024-12-02T08:00:00Z","kind":"review","bank":"bank-000","question":"q00003","rating":3,"correct":true}` + "\n"
	f.WriteString("{garbage\n" + good)
	f.Close()
	if _, err := Open(dir); err == nil {
		t.Fatalf("Open with an unreadable line in the middle succeeded")
	}
	rep, err := Repair(dir)
	if err != nil {
		t.Fatalf("Repair: %v", err)
	}
	text := fmt.Sprint(rep.Findings)
	if !strings.Contains(text, "reviews.d.bak-") || !strings.Contains(text, "unreadable line") {
		t.Errorf("Repair findings %s: want the bad line moved and the old segments kept", text)
	}
	if got := string(logicalBytes(t, dir)); got != before+good {
		t.Fatalf("after repair the log is not the good lines as they were (%d bytes, want %d)", len(got), len(before+good))
	}
	after := stateOf(t, dir)
	if len(after.entries) != len(want.entries)+1 {
		t.Errorf("%d entries after repair, want %d", len(after.entries), len(want.entries)+1)
	}
	backups, _ := filepath.Glob(filepath.Join(dir, "reviews.d.bak-*", "*.jsonl.gz"))
	if segmentCount(t, dir) != 0 || len(backups) < 2 {
		t.Errorf("after repair: %d segments counted, %d old ones kept; want none counted, all kept", segmentCount(t, dir), len(backups))
	}
	// The next writer seals the log again.
	sealNow(t, dir)
	if segmentCount(t, dir) < 2 {
		t.Errorf("log not sealed again after repair")
	}
	if got := string(logicalBytes(t, dir)); got != before+good {
		t.Errorf("sealing again changed the log")
	}
}

// A segment that is not a file (a FIFO) is refused without hanging, and a
// byte order mark a sync tool put before the header does not hide it.
func TestSegmentOddities(t *testing.T) {
	dir := sealedDir(t, 1000, 19, 16<<10)
	want := stateOf(t, dir)
	path := filepath.Join(dir, LogFile)
	writeFile(t, path, "\xef\xbb\xbf"+readFile(t, path))
	dropDerived(t, dir)
	sameState(t, "header after a byte order mark", stateOf(t, dir), want)

	seg := filepath.Join(dir, "reviews.d", segmentName(1))
	os.Remove(seg)
	if err := syscall.Mkfifo(seg, 0o600); err != nil {
		t.Skipf("mkfifo: %v", err)
	}
	within(t, "Open with a FIFO for a segment", func() {
		var de *DataError
		if _, err := Open(dir); !errors.As(err, &de) || !de.Segment {
			t.Errorf("Open with a FIFO for a segment = %v, want a segment error", err)
		}
	})
	within(t, "Check with a FIFO for a segment", func() {
		if r, err := Check(dir); err != nil || r.Repairable() {
			t.Errorf("Check = %v, %v; want an unrepairable problem", r.Findings, err)
		}
	})
}

// After a seal, loading from the snapshot and replaying what follows it
// reads no segment: the header names the entry where the log was sealed.
// (Moved away here to prove it; commands that need them still refuse.)
func TestOpenAfterSealReadsNoSegment(t *testing.T) {
	dir := sealedDir(t, 1000, 21, 16<<10)
	s := openW(t, dir)
	for i, id := range []string{"one", "two", "last"} {
		at := time.Date(2024, 12, 1+i, 8, 0, 0, 0, time.UTC)
		e := answerAt("bank-000", "q00002", Good, at)
		e.Session = id
		record(t, s, e)
		if _, err := s.Record(Entry{Kind: KindSession, Session: id, Time: at.Add(time.Minute), Start: at, Mode: ModeStudy, Asked: 1}); err != nil {
			t.Fatal(err)
		}
	}
	want := copyCards(s.Cards())
	s.Close()
	if err := os.Rename(filepath.Join(dir, "reviews.d"), filepath.Join(dir, "away")); err != nil {
		t.Fatal(err)
	}
	got, err := Open(dir)
	if err != nil {
		t.Fatalf("Open after a seal needed a segment: %v", err)
	}
	if diff := diffCards(got.Cards(), want); diff != "" {
		t.Errorf("cards: %s", diff)
	}
	if _, err := ReadSettings(dir); err != nil {
		t.Errorf("ReadSettings: %v", err)
	}
	// The newest sessions are in the log file: history stops there.
	if ss, err := got.RecentSessions(1); err != nil || len(ss) != 1 || ss[0].ID != "last" {
		t.Errorf("RecentSessions(1) = %v, %v; want the session after the seal, read without a segment", ss, err)
	}
	if _, err := got.Entries(); err == nil {
		t.Errorf("Entries without the segments succeeded")
	}
}

// gunzipFile returns a gzip file's content, "" if it is not one.
func gunzipFile(t *testing.T, path string) string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		return ""
	}
	defer f.Close()
	z, err := gzip.NewReader(f)
	if err != nil {
		return ""
	}
	b, _ := io.ReadAll(z)
	return string(b)
}

// A data directory restored from a backup by copying its files back over
// it keeps the segments sealed after the backup: the restored log file
// does not count them. They hold the only copy of the answers since the
// backup, so the next seal must not write over them.
func TestSealKeepsSegmentsTheLogDoesNotCount(t *testing.T) {
	dir := sealedDir(t, 1500, 5, 32<<10)
	n := segmentCount(t, dir)
	backup := map[string]string{}
	for _, name := range []string{LogFile, SnapshotFile} {
		backup[name] = readFile(t, filepath.Join(dir, name))
	}
	answer := func(batch int) {
		s := openW(t, dir)
		at := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC).Add(time.Duration(batch) * 24 * time.Hour)
		for i := range 300 {
			record(t, s, answerAt("bank-000", fmt.Sprintf("q%05d", i%80), Good, at.Add(time.Duration(i)*time.Minute)))
		}
		if err := s.Close(); err != nil {
			t.Fatal(err)
		}
	}
	answer(1)
	if segmentCount(t, dir) <= n {
		t.Fatalf("the answers after the backup were not sealed")
	}
	newer := gunzipFile(t, filepath.Join(dir, "reviews.d", segmentName(n+1)))
	if newer == "" {
		t.Fatal("no segment after the backup's")
	}
	for name, data := range backup { // cp -a backup/. dir: reviews.d keeps its newer files
		writeFile(t, filepath.Join(dir, name), data)
	}
	answer(2)

	files, _ := filepath.Glob(filepath.Join(dir, "reviews.d", "*"))
	for _, f := range files {
		if gunzipFile(t, f) == newer {
			return
		}
	}
	t.Errorf("segment %d, sealed after the backup and not counted by the restored log, was written over: its answers are lost", n+1)
}

// A header of sealed segments that is damaged (cut short, or no longer
// JSON) is refused by every command, and repair leaves the log as it is:
// read as an entry like any other, the log would lose every answer the
// segments hold, and repair would move the header aside and keep a log
// without them.
func TestDamagedSealHeaderRefused(t *testing.T) {
	for _, tc := range []struct {
		name   string
		damage func(header string) string
	}{
		{"cut short", func(h string) string { return h[:100] }},
		{"not JSON", func(h string) string { return strings.Replace(h, `"sealed":`, `"sealed":x`, 1) }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := sealedDir(t, 1500, 5, 32<<10)
			logPath := filepath.Join(dir, LogFile)
			file := readFile(t, logPath)
			header, rest, _ := strings.Cut(file, "\n")
			after := `{"id":"after","time":"2024-12-02T08:00:00Z","kind":"review","bank":"bank-000","question":"q00003","rating":3,"correct":true}` + "\n"
			damaged := tc.damage(header)
			if tc.name != "cut short" {
				damaged += "\n" + rest + after
			}
			writeFile(t, logPath, damaged)
			if err := os.Remove(filepath.Join(dir, SnapshotFile)); err != nil {
				t.Fatal(err)
			}
			if s, err := Open(dir); err == nil {
				t.Errorf("Open with a damaged header: %d cards, no error; want it refused", len(s.Cards()))
				s.Close()
			}
			if s, err := OpenWrite(dir); err == nil {
				s.Close()
				t.Errorf("OpenWrite with a damaged header succeeded; want it refused")
			}
			r, err := Check(dir)
			if err != nil || r.Healthy() || !strings.Contains(fmt.Sprint(r.Findings), "backup") {
				t.Errorf("Check = %v, %v; want a problem that a backup fixes", r.Findings, err)
			}
			if _, err := Repair(dir, WithForce()); err == nil {
				t.Errorf("Repair of a damaged header succeeded; want it refused")
			}
			if got := readFile(t, logPath); got != damaged {
				t.Errorf("the log file was changed (%d bytes, was %d)", len(got), len(damaged))
			}
			if segs, _ := filepath.Glob(filepath.Join(dir, "reviews.d", "*.jsonl.gz")); len(segs) < 2 {
				t.Errorf("segments left: %q", segs)
			}
		})
	}
}

// A seal that fails in several segments at once (compressed in parallel)
// says so in one line, as every error of quiz does, and changes nothing.
func TestSealFailureIsOneLine(t *testing.T) {
	dir := t.TempDir()
	synth(t, dir, 1500, 5)
	orig := readFile(t, filepath.Join(dir, LogFile))
	lowSeal(t, 16<<10)
	old := sealLevel
	sealLevel = 42 // not a level: every segment fails
	t.Cleanup(func() { sealLevel = old })
	s, err := OpenWrite(dir)
	if err != nil {
		t.Fatal(err)
	}
	err = s.Close()
	if err == nil || strings.Contains(err.Error(), "\n") || !strings.Contains(err.Error(), "nothing was lost") {
		t.Errorf("Close after a failed seal = %q, want one line saying nothing was lost", err)
	}
	if got := readFile(t, filepath.Join(dir, LogFile)); got != orig {
		t.Errorf("log file changed by a seal that failed")
	}
}

// Only the temporary files a seal makes are removed as its leftovers:
// a file of someone else in reviews.d stays, and a name holding escape
// sequences (from a sync tool, another computer) is never repeated to
// the terminal.
func TestSegmentTempsOnlyOurs(t *testing.T) {
	dir := sealedDir(t, 1500, 5, 32<<10)
	segs := filepath.Join(dir, "reviews.d")
	ours := ".000002.jsonl.gz-12345"
	others := []string{".my-notes.jsonl.gz-backup", ".\x1b[31mred\x1b]0;title\a.jsonl.gz-1", ".000002.jsonl.gz-12345.bak"}
	for _, name := range append(others, ours) {
		writeFile(t, filepath.Join(segs, name), "x")
	}
	s := openW(t, dir)
	w := strings.Join(s.Warnings(), "\n")
	if !strings.Contains(w, ours) {
		t.Errorf("warnings %q: want %s removed and named", w, ours)
	}
	if strings.ContainsAny(w, "\x1b\a") {
		t.Errorf("warnings %q: an escape sequence from a file name would reach the terminal", w)
	}
	for _, name := range others {
		if _, err := os.Stat(filepath.Join(segs, name)); err != nil {
			t.Errorf("%q, not a file quiz made, was removed: %v", name, err)
		}
	}
	if _, err := os.Stat(filepath.Join(segs, ours)); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("%s, left by a seal cut short, is still there", ours)
	}
}

// A writer run by another user (root, through sudo with HOME kept) does
// not seal the log: the header and segments would be that user's, and
// the owner could no longer read their own history.
func TestSealLeavesOthersLogAlone(t *testing.T) {
	if os.Geteuid() != 0 {
		t.Skip("needs root, to give the data directory to another user")
	}
	dir := t.TempDir()
	synth(t, dir, 1500, 5)
	logPath := filepath.Join(dir, LogFile)
	orig := readFile(t, logPath)
	const nobody = 65534
	for _, p := range []string{dir, logPath} {
		if err := os.Chown(p, nobody, nobody); err != nil {
			t.Fatal(err)
		}
	}
	lowSeal(t, 32<<10)
	sealNow(t, dir)
	if got := readFile(t, logPath); got != orig {
		t.Errorf("another user's log was sealed (%d bytes left of %d)", len(got), len(orig))
	}
	if st, err := os.Stat(logPath); err != nil || ownedByMe(st) {
		t.Errorf("the log changed owner (%v)", err)
	}
}
