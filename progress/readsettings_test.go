package progress

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
)

// TestReadSettings checks that ReadSettings gives what Open gives, from
// the snapshot's head when it covers the log and from the log when it
// does not.
func TestReadSettings(t *testing.T) {
	check := func(t *testing.T, dir string, want Settings) {
		t.Helper()
		got, err := ReadSettings(dir)
		if err != nil {
			t.Fatalf("ReadSettings = %v", err)
		}
		s, err := Open(dir)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, s.Settings()) || !reflect.DeepEqual(got, want) {
			t.Errorf("ReadSettings = %+v, Open gives %+v, want %+v", got, s.Settings(), want)
		}
	}
	dir := t.TempDir()
	check(t, dir, DefaultSettings()) // nothing yet

	s := openW(t, dir)
	record(t, s, answerAt("b", "q1", Good, t0))
	first := changed(0.85, 7)
	if err := s.SetSettingsAt(first, t0.Add(time.Minute)); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if _, ok := headSettings(dir); !ok {
		t.Errorf("headSettings after a closed session: not read from the snapshot")
	}
	check(t, dir, first)

	// Answers after the snapshot: a writer still open, or one that
	// crashed, leaves them in the log only.
	s = openW(t, dir)
	second := changed(0.8, 9)
	if err := s.SetSettingsAt(second, t0.Add(2*time.Minute)); err != nil {
		t.Fatal(err)
	}
	record(t, s, answerAt("b", "q2", Good, t0.Add(3*time.Minute)))
	if _, ok := headSettings(dir); ok {
		t.Errorf("headSettings with entries after the snapshot: read from it")
	}
	check(t, dir, second)
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	check(t, dir, second)

	// A snapshot that does not match the log is not trusted.
	log, _ := os.ReadFile(filepath.Join(dir, LogFile))
	snap, _ := os.ReadFile(filepath.Join(dir, SnapshotFile))
	other := t.TempDir()
	writeFile(t, filepath.Join(other, SnapshotFile), string(snap))
	writeFile(t, filepath.Join(other, LogFile), string(log[:len(log)/2]))
	if _, ok := headSettings(other); ok {
		t.Errorf("headSettings with a shorter log: read from the snapshot")
	}
}

// TestQuickRecentSessions checks that the sessions read without the cards
// are those the store gives, and that a log the snapshot does not cover
// is left to the store.
func TestQuickRecentSessions(t *testing.T) {
	dir := t.TempDir()
	s := openW(t, dir)
	for i := range 5 {
		e := answerAt("b", "q1", Good, t0.Add(time.Duration(i)*time.Hour))
		e.Session = fmt.Sprintf("s%d", i)
		record(t, s, e)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	r, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	want, _ := r.RecentSessions(3)
	got, ok, err := QuickRecentSessions(dir, 3)
	if err != nil || !ok || !reflect.DeepEqual(got, want) {
		t.Errorf("QuickRecentSessions(3) = %v, %v, %v; want %v, true", got, ok, err, want)
	}
	s = openW(t, dir)
	record(t, s, answerAt("b", "q1", Good, t0.Add(9*time.Hour)))
	if _, ok, _ := QuickRecentSessions(dir, 3); ok {
		t.Errorf("QuickRecentSessions with answers after the snapshot: ok, want the store to be opened")
	}
	s.Close()
}

// TestStrictHeadOfLargeSnapshot checks that a large snapshot, whose cards
// are read line by line, is still refused with a field this version does
// not write, before the cards or after them, even with a matching
// checksum.
func TestStrictHeadOfLargeSnapshot(t *testing.T) {
	dir := t.TempDir()
	if err := Synthesize(dir, SynthOptions{Banks: 10, Questions: 12000, Reviews: 40000, Seed: 1}); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, SnapshotFile)
	good := readFile(t, path)
	if len(good) < 2<<20 {
		t.Fatalf("snapshot of %d bytes: too small for the cards to be read in parallel", len(good))
	}
	if _, err := Open(dir); err != nil {
		t.Fatalf("Open(large snapshot) = %v", err)
	}
	for _, tt := range []struct{ name, from, to string }{
		{"before the cards", `"version":`, `"sneaky":1,"version":`},
		{"after the cards", "\n}}\n", "\n},\"sneaky\":1}\n"},
	} {
		damaged := reseal(t, strings.Replace(good, tt.from, tt.to, 1))
		writeFile(t, path, damaged)
		if s, err := Open(dir); err == nil || !strings.Contains(err.Error(), "not what this quiz writes") {
			t.Errorf("%s: Open = %v, %v; want the unknown field refused", tt.name, s, err)
		}
	}
}
