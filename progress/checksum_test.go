package progress

import (
	"fmt"
	"hash/crc32"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// A snapshot damaged but still valid JSON (a digit changed, a field added)
// is not trusted: its checksum no longer matches, every command refuses it
// with the way out, and nothing it says (such as settings) reaches the log.
func TestDamagedSnapshotDetected(t *testing.T) {
	dir := t.TempDir()
	s := openW(t, dir)
	record(t, s, answerAt("b", "q1", Good, t0))
	if err := s.SetSettingsAt(changed(0.8, 5), t0); err != nil {
		t.Fatal(err)
	}
	s.Close()
	path := filepath.Join(dir, SnapshotFile)
	good := readFile(t, path)
	logBefore := readFile(t, filepath.Join(dir, LogFile))
	for _, tt := range []struct{ name, from, to string }{
		{"settings changed", `"retention":0.8`, `"retention":0.7`},
		{"count changed", `"seen":1`, `"seen":9`},
		{"unknown field", `"version":`, `"sneaky":1,"version":`},
	} {
		damaged := strings.Replace(good, tt.from, tt.to, 1)
		if damaged == good {
			t.Fatalf("%s: %q not in the snapshot:\n%s", tt.name, tt.from, good)
		}
		writeFile(t, path, damaged)
		for _, open := range []func(string, ...Option) (*Store, error){Open, OpenWrite} {
			s, err := open(dir)
			if err == nil {
				s.Close()
			}
			if err == nil || !strings.Contains(err.Error(), SnapshotFile) || !strings.Contains(err.Error(), "quiz doctor --repair") {
				t.Errorf("%s: open = %v; want the damage reported with the way out", tt.name, err)
			}
		}
		if rep, _ := Check(dir); rep.Healthy() || !rep.Repairable() {
			t.Errorf("%s: Check = %q; want a repairable problem", tt.name, problems(rep))
		}
	}
	if got := readFile(t, filepath.Join(dir, LogFile)); got != logBefore {
		t.Errorf("the log changed while the snapshot was damaged")
	}
	if _, err := Repair(dir); err != nil {
		t.Fatal(err)
	}
	r, err := Open(dir)
	if err != nil || r.Settings() != changed(0.8, 5) {
		t.Errorf("after repair: %v, settings %+v; want those of the log", err, r.Settings())
	}
}

// reseal gives a snapshot edited by a test a matching checksum, as if the
// quiz had written it so.
func reseal(t *testing.T, snap string) string {
	t.Helper()
	data := []byte(snap)
	i := strings.Index(snap, checksumField)
	if i < 0 {
		t.Fatalf("no checksum in %s", snap)
	}
	at := i + len(checksumField)
	copy(data[at:], zeroSum)
	copy(data[at:], fmt.Sprintf("%08x", crc32.Checksum(data, castagnoli)))
	return string(data)
}

// A snapshot from before checksums cannot be checked, so it is not trusted
// either: its cards are scheduled again from the log, and the settings are
// the log's own, which is what new entries carry.
func TestUncheckedSnapshotSettingsFromLog(t *testing.T) {
	dir := t.TempDir()
	s := openW(t, dir)
	if err := s.SetSettingsAt(changed(0.8, 5), t0); err != nil {
		t.Fatal(err)
	}
	record(t, s, answerAt("b", "q1", Good, t0))
	s.Close()
	path := filepath.Join(dir, SnapshotFile)
	data := readFile(t, path)
	old := regexp.MustCompile(`"checksum":"[^"]*",`).ReplaceAllString(data, "")
	old = strings.Replace(old, fmt.Sprintf(`"version":%d`, SnapshotVersion), `"version":2`, 1)
	old = strings.Replace(old, `"retention":0.8`, `"retention":0.7`, 1) // damaged
	old = strings.Replace(old, `"seen":1`, `"seen":7`, 1)
	if old == data {
		t.Fatal("could not make an old snapshot")
	}
	writeFile(t, path, old)
	s = openW(t, dir)
	if got := s.Settings().Retention; got != 0.8 {
		t.Errorf("retention %v after opening an unchecked snapshot, want the log's 0.8", got)
	}
	if c, _ := s.Card("b", "q1"); c.Seen != 1 {
		t.Errorf("seen %d, want the log's 1", c.Seen)
	}
	record(t, s, answerAt("b", "q2", Good, t0.Add(time.Minute)))
	s.Close()
	if !strings.Contains(readFile(t, filepath.Join(dir, LogFile)), `"question":"q2","rating":3,"correct":true,"mode":"study","retention":0.8`) {
		t.Errorf("the new answer was not written with the log's retention:\n%s", readFile(t, filepath.Join(dir, LogFile)))
	}
}
