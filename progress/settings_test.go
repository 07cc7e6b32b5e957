package progress

import (
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// changed returns the default settings with retention and session size set.
func changed(retention float64, size int) Settings {
	set := DefaultSettings()
	set.Retention, set.SessionSize = retention, size
	return set
}

func notes(r Report) string {
	var out []string
	for _, f := range r.Findings {
		out = append(out, f.Text)
	}
	return strings.Join(out, "\n")
}

func TestRepairRestoresSettingsFromLog(t *testing.T) {
	dir := t.TempDir()
	s := openW(t, dir)
	record(t, s, answerAt("b", "q1", Good, t0))
	want := changed(0.85, 7)
	if err := s.SetSettingsAt(want, t0.Add(time.Minute)); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	writeFile(t, filepath.Join(dir, SnapshotFile), "{broken")
	rep, err := Repair(dir)
	if err != nil {
		t.Fatalf("Repair: %v", err)
	}
	if !strings.Contains(notes(rep), "settings restored from "+LogFile) {
		t.Errorf("Repair report:\n%s\nwant it to say settings came from the log", notes(rep))
	}
	r, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	if got := r.Settings(); got != want {
		t.Errorf("Settings() after Repair = %+v, want %+v", got, want)
	}
	if rep, _ := Check(dir); !rep.Healthy() {
		t.Errorf("Check after Repair: problems %q", problems(rep))
	}
}

func TestRepairWithoutSettingsSaysDefaults(t *testing.T) {
	dir := twoAnswers(t)
	writeFile(t, filepath.Join(dir, SnapshotFile), "{broken")
	rep, err := Repair(dir)
	if err != nil {
		t.Fatalf("Repair: %v", err)
	}
	if !strings.Contains(notes(rep), "settings: the defaults") {
		t.Errorf("Repair report:\n%s\nwant it to say the settings are the defaults", notes(rep))
	}
}

// An older data directory kept its settings only in the snapshot: they
// still load, and survive a rebuild while the snapshot is readable.
func TestSnapshotOnlySettingsKept(t *testing.T) {
	dir := twoAnswers(t)
	snapPath := filepath.Join(dir, SnapshotFile)
	snap := readFile(t, snapPath)
	old := strings.Replace(snap, `"retention":0.9,`, `"retention":0.8,`, 1)
	if old == snap {
		t.Fatalf("snapshot has no default retention to change:\n%s", snap)
	}
	writeFile(t, snapPath, reseal(t, old))
	want := DefaultSettings()
	want.Retention = 0.8
	r, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	if got := r.Settings(); got != want {
		t.Errorf("Settings() from an old snapshot = %+v, want %+v", got, want)
	}
	rep, err := Repair(dir)
	if err != nil {
		t.Fatalf("Repair: %v", err)
	}
	if !strings.Contains(notes(rep), "settings kept from the old "+SnapshotFile) {
		t.Errorf("Repair report:\n%s\nwant it to say settings came from the old snapshot", notes(rep))
	}
	if r, _ := Open(dir); r.Settings() != want {
		t.Errorf("Settings() after Repair = %+v, want %+v", r.Settings(), want)
	}
}

func TestMergeKeepsLatestSettings(t *testing.T) {
	a, b := t.TempDir(), t.TempDir()
	sa := openW(t, a)
	record(t, sa, answerAt("b", "q1", Good, t0))
	if err := sa.SetSettingsAt(changed(0.8, 5), t0.Add(2*time.Hour)); err != nil {
		t.Fatal(err)
	}
	sa.Close()
	sb := openW(t, b)
	if err := sb.SetSettingsAt(changed(0.95, 9), t0.Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
	record(t, sb, answerAt("b", "q2", Good, t0.Add(3*time.Hour)))
	sb.Close()

	for _, tt := range []struct{ into, from string }{{a, b}, {b, a}} {
		dir := copyDir(t, tt.into)
		s := openW(t, dir)
		if _, err := s.Merge(tt.from); err != nil {
			t.Fatal(err)
		}
		if got, want := s.Settings(), changed(0.8, 5); got != want {
			t.Errorf("Settings() after merge = %+v, want the later %+v", got, want)
		}
		s.Close()
		writeFile(t, filepath.Join(dir, SnapshotFile), "{broken")
		if _, err := Repair(dir); err != nil {
			t.Fatal(err)
		}
		if r, _ := Open(dir); r.Settings() != changed(0.8, 5) {
			t.Errorf("Settings() after merge and repair = %+v, want %+v", r.Settings(), changed(0.8, 5))
		}
	}
}

func TestSettingsEntryValidated(t *testing.T) {
	tests := []struct {
		line string
		ok   bool
	}{
		{`{"id":"s","time":"2025-03-10T09:00:00Z","kind":"settings","settings":{"retention":0.85,"new_per_day":20,"reviews_per_day":200,"session_size":20,"leech_threshold":8}}`, true},
		{`{"id":"s","time":"2025-03-10T09:00:00Z","kind":"settings"}`, false},
		{`{"id":"s","time":"2025-03-10T09:00:00Z","kind":"settings","settings":{"retention":2}}`, false},
	}
	for _, tt := range tests {
		if _, err := parseEntry([]byte(tt.line)); (err == nil) != tt.ok {
			t.Errorf("parseEntry(%s) = %v, want ok %v", tt.line, err, tt.ok)
		}
	}
}
