package progress

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"
)

// pinLocal sets the local time zone for one test, as TZ does for the
// program.
func pinLocal(t *testing.T, loc *time.Location) {
	t.Helper()
	old := time.Local
	time.Local = loc
	t.Cleanup(func() { time.Local = old })
}

func TestDayOf(t *testing.T) {
	paris := time.FixedZone("UTC+1", 3600)
	tests := []struct {
		at       string
		loc      *time.Location
		rollover int
		want     string
	}{
		{"2025-03-10T09:00:00Z", time.UTC, 4, "2025-03-10"},
		{"2025-03-10T03:59:59Z", time.UTC, 4, "2025-03-09"},
		{"2025-03-10T04:00:00Z", time.UTC, 4, "2025-03-10"},
		{"2025-03-10T00:30:00Z", time.UTC, 0, "2025-03-10"},
		// 02:30 UTC is 03:30 in Paris: still the 9th there.
		{"2025-03-10T02:30:00Z", paris, 4, "2025-03-09"},
		{"2025-03-10T03:30:00Z", paris, 4, "2025-03-10"},
		// 21:00 in New York winter time is 02:00 UTC the next day.
		{"2025-03-02T02:00:00Z", eastern, 4, "2025-03-01"},
		{"2025-03-01T00:30:00Z", time.UTC, 4, "2025-02-28"},
		{"2025-01-01T01:00:00Z", time.UTC, 4, "2024-12-31"},
	}
	for _, tt := range tests {
		got := DayOf(at(t, tt.at), tt.loc, tt.rollover)
		if got.Format(time.DateOnly) != tt.want || got.Location() != time.UTC || got.Hour() != 0 {
			t.Errorf("DayOf(%s, %s, %d) = %v, want %s at midnight UTC", tt.at, tt.loc, tt.rollover, got, tt.want)
		}
		start := DayStart(got, tt.loc, tt.rollover)
		if DayOf(start, tt.loc, tt.rollover) != got || DayOf(start.Add(-time.Second), tt.loc, tt.rollover) == got {
			t.Errorf("DayStart(%v) = %v, not the first instant of the day", got, start)
		}
	}
	if n := DaysBetween(at(t, "2025-03-01T23:00:00Z"), at(t, "2025-03-02T05:00:00Z"), time.UTC, 4); n != 1 {
		t.Errorf("DaysBetween(23:00, 05:00 next day) = %d, want 1", n)
	}
	if n := DaysBetween(at(t, "2025-03-01T23:00:00Z"), at(t, "2025-03-02T03:00:00Z"), time.UTC, 4); n != 0 {
		t.Errorf("DaysBetween(23:00, 03:00 next day) = %d, want 0 (before the rollover)", n)
	}
}

// A question is due for the whole of its due day: answered Good at 21:00,
// it is due at a 09:00 session on the day FSRS gives, and the forecast and
// the due day agree.
func TestDueFromStartOfDueDay(t *testing.T) {
	pinLocal(t, eastern)
	s := openW(t, t.TempDir())
	answered := time.Date(2025, 3, 1, 21, 0, 0, 0, eastern)
	c := record(t, s, answerAt("b", "q", Good, answered))
	if c.ScheduledDays < 1 {
		t.Fatalf("Good on a new question scheduled in %d days, want at least 1", c.ScheduledDays)
	}
	dueDay := time.Date(2025, 3, 1+int(c.ScheduledDays), 0, 0, 0, 0, eastern)
	morning := dueDay.Add(9 * time.Hour)
	if c.Due.After(morning) {
		t.Errorf("answered Good at 21:00 on 1 March, due %v: not due at 09:00 on its due day %s", c.Due, dueDay.Format(time.DateOnly))
	}
	if eve := dueDay.Add(-time.Hour); !c.Due.After(eve) {
		t.Errorf("due %v: already due the evening before its due day", c.Due)
	}
	st := ComputeStats(nil, s.Cards(), nil, s.Settings(), answered, 30, nil)
	if st.Forecast[c.ScheduledDays].Due != 1 {
		t.Errorf("forecast = %v, want the question on day %d", st.Forecast, c.ScheduledDays)
	}
}

// FSRS counts elapsed time in the learner's days: two reviews at 21:00 and
// 09:00 three days later in New York (two days apart in UTC dates) schedule
// exactly like two reviews at noon three days apart.
func TestElapsedDaysAreLearnerDays(t *testing.T) {
	run := func(loc *time.Location, first, second time.Time) Card {
		pinLocal(t, loc)
		s := openW(t, t.TempDir())
		record(t, s, answerAt("b", "q", Good, first))
		return record(t, s, answerAt("b", "q", Good, second))
	}
	ny := run(eastern, time.Date(2025, 3, 1, 21, 0, 0, 0, eastern), time.Date(2025, 3, 4, 9, 0, 0, 0, eastern))
	noon := run(time.UTC, time.Date(2025, 3, 1, 12, 0, 0, 0, time.UTC), time.Date(2025, 3, 4, 12, 0, 0, 0, time.UTC))
	if ny.Stability != noon.Stability || ny.Difficulty != noon.Difficulty || ny.ScheduledDays != noon.ScheduledDays {
		t.Errorf("21:00 then 09:00 three days later: stability %v difficulty %v interval %d; "+
			"noon then noon three days later: %v %v %d; want the same",
			ny.Stability, ny.Difficulty, ny.ScheduledDays, noon.Stability, noon.Difficulty, noon.ScheduledDays)
	}
}

// Answers after midnight but before the rollover hour count for the day
// before: in Today's counts and in streaks.
func TestRolloverHourCountsLateAnswersForTheDayBefore(t *testing.T) {
	pinLocal(t, time.UTC)
	s := openW(t, t.TempDir())
	record(t, s, answerAt("b", "q1", Good, at(t, "2025-03-01T22:00:00Z")))
	record(t, s, answerAt("b", "q2", Good, at(t, "2025-03-02T02:00:00Z")))
	if intro, _, _ := s.Today(at(t, "2025-03-02T03:00:00Z")); intro != 2 {
		t.Errorf("Today at 03:00 introduced %d, want 2 (22:00 and 02:00 are one day before 4 a.m.)", intro)
	}
	if intro, _, _ := s.Today(at(t, "2025-03-02T05:00:00Z")); intro != 0 {
		t.Errorf("Today at 05:00 introduced %d, want 0 (a new day began at 4 a.m.)", intro)
	}
	// One answer late on 1 March, one at 01:30 on 3 March (still 2 March):
	// two days in a row.
	entries := []Entry{
		review(t, "a", "2025-03-01T23:00:00Z", "b", "q", true),
		review(t, "b", "2025-03-03T01:30:00Z", "b", "q", true),
	}
	st := ComputeStats(entries, nil, nil, DefaultSettings(), at(t, "2025-03-03T02:00:00Z"), 7, nil)
	if st.StreakDays != 2 {
		t.Errorf("streak = %d, want 2 (01:30 belongs to the day before)", st.StreakDays)
	}
	set := DefaultSettings()
	set.RolloverHour = 0
	st = ComputeStats(entries, nil, nil, set, at(t, "2025-03-03T02:00:00Z"), 7, nil)
	if st.StreakDays != 1 {
		t.Errorf("with days starting at midnight: streak = %d, want 1", st.StreakDays)
	}
}

// The intervals the product schedules, pinned so that an upgrade of the
// FSRS library that changes them cannot pass unnoticed. Each answer is
// given at 10:00 on the day the question falls due.
func TestGoldenIntervals(t *testing.T) {
	pinLocal(t, time.UTC)
	tests := []struct {
		name    string
		ratings []Rating
		want    []uint64
	}{
		{"again then good x4", []Rating{Again, Good, Good, Good, Good}, []uint64{1, 3, 8, 22, 54}},
		{"good x5", []Rating{Good, Good, Good, Good, Good}, []uint64{3, 14, 57, 196, 586}},
		{"easy x3", []Rating{Easy, Easy, Easy}, []uint64{8, 66, 397}},
		{"hard x3", []Rating{Hard, Hard, Hard}, []uint64{2, 4, 9}},
		{"good, again, good x2", []Rating{Good, Again, Good, Good}, []uint64{3, 1, 3, 7}},
	}
	for _, tt := range tests {
		s := openW(t, t.TempDir())
		when := time.Date(2025, 3, 10, 10, 0, 0, 0, time.UTC)
		var got []uint64
		for _, r := range tt.ratings {
			c := record(t, s, answerAt("b", "q", r, when))
			got = append(got, c.ScheduledDays)
			if n := DaysBetween(when, c.Due, time.UTC, DefaultRolloverHour); n != int(c.ScheduledDays) {
				t.Errorf("%s: due %v is %d days after the answer, want %d", tt.name, c.Due, n, c.ScheduledDays)
			}
			when = c.Due.Add(6 * time.Hour)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s: intervals %v days, want %v", tt.name, got, tt.want)
		}
	}
}

// A snapshot written before days counted (format version 1) holds due
// times of day; opening it rebuilds the cards from the log, after a backup.
func TestVersion1SnapshotRescheduledByDay(t *testing.T) {
	pinLocal(t, eastern)
	dir := t.TempDir()
	s := openW(t, dir)
	answered := time.Date(2025, 3, 1, 21, 0, 0, 0, eastern)
	want := record(t, s, answerAt("b", "q", Good, answered))
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	// What the old code saved: due three days after the answer, at 21:00.
	path := filepath.Join(dir, SnapshotFile)
	data := readFile(t, path)
	oldDue, _ := json.Marshal(answered.Add(72 * time.Hour).UTC())
	newDue, _ := json.Marshal(want.Due.UTC())
	// Version 1 had no checksum.
	v1 := strings.Replace(strings.Replace(data, fmt.Sprintf(`"version":%d`, SnapshotVersion), `"version":1`, 1), string(newDue), string(oldDue), 1)
	v1 = regexp.MustCompile(`"checksum":"[^"]*",`).ReplaceAllString(v1, "")
	if v1 == data || !strings.Contains(v1, string(oldDue)) {
		t.Fatalf("could not make a version 1 snapshot from %s", data)
	}
	writeFile(t, path, v1)
	s = openW(t, dir)
	if got, _ := s.Card("b", "q"); !got.Due.Equal(want.Due) {
		t.Errorf("after upgrade, due %v, want %v (start of the due day)", got.Due, want.Due)
	}
	if baks, _ := filepath.Glob(filepath.Join(dir, SnapshotFile+".v1-*.bak")); len(baks) != 1 {
		t.Errorf("backups %v, want one of the version 1 file", baks)
	}
}
