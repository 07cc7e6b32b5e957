package progress

import (
	"encoding/json"
	"fmt"
	"math"
	"slices"
	"testing"
	"time"

	fsrs "github.com/open-spaced-repetition/go-fsrs/v4"
)

var (
	eastern = time.FixedZone("UTC-5", -5*3600)
	tokyo   = time.FixedZone("UTC+9", 9*3600)
)

// at parses an RFC 3339 instant.
func at(t *testing.T, s string) time.Time {
	t.Helper()
	v, err := time.Parse(time.RFC3339, s)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// review builds an answer entry.
func review(t *testing.T, id, when, bank, question string, correct bool) Entry {
	return Entry{ID: id, Time: at(t, when), Kind: KindReview, Bank: bank, Question: question, Correct: correct, MS: 4000, Mode: ModeStudy}
}

// daysAt lists one correct answer at noon UTC on each date.
func daysAt(t *testing.T, dates ...string) []Entry {
	var out []Entry
	for i, d := range dates {
		out = append(out, review(t, fmt.Sprint("d", i), d+"T12:00:00Z", "b", "q", true))
	}
	return out
}

func TestStreaks(t *testing.T) {
	// A five-day run across the end of January, and a four-day run across the
	// end of February (2025 is not a leap year).
	history := daysAt(t, "2025-01-30", "2025-01-31", "2025-02-01", "2025-02-02", "2025-02-03",
		"2025-02-10",
		"2025-02-27", "2025-02-28", "2025-03-01", "2025-03-02")
	tests := []struct {
		name             string
		now              string
		current, longest int
	}{
		{"answered today", "2025-03-02T20:00:00Z", 4, 5},
		{"not yet today", "2025-03-03T09:00:00Z", 4, 5},
		{"missed yesterday", "2025-03-04T09:00:00Z", 0, 5},
		{"before the second run", "2025-02-04T09:00:00Z", 5, 5},
	}
	for _, tt := range tests {
		now := at(t, tt.now)
		// Only answers up to now exist.
		var entries []Entry
		for _, e := range history {
			if !e.Time.After(now) {
				entries = append(entries, e)
			}
		}
		s := ComputeStats(entries, nil, nil, DefaultSettings(), now, 7, nil)
		if s.StreakDays != tt.current || s.LongestStreakDays != tt.longest {
			t.Errorf("%s: streaks = %d, %d, want %d, %d", tt.name, s.StreakDays, s.LongestStreakDays, tt.current, tt.longest)
		}
	}
}

// midnight returns the default settings with days starting at midnight,
// for tests about time zones alone.
func midnight() Settings {
	set := DefaultSettings()
	set.RolloverHour = 0
	return set
}

func TestStreaksAcrossTimeZones(t *testing.T) {
	// The same two instants fall on two days in UTC, on 1 March in New York
	// winter time and on 2 March in Tokyo.
	entries := []Entry{
		review(t, "a", "2025-03-01T23:30:00Z", "b", "q", true),
		review(t, "b", "2025-03-02T00:30:00Z", "b", "q", false),
	}
	now := at(t, "2025-03-02T12:00:00Z")
	tests := []struct {
		loc              *time.Location
		current, longest int
		today            int
		daily            []Day
	}{
		{time.UTC, 2, 2, 1, []Day{{"2025-03-01", 1, 1}, {"2025-03-02", 1, 0}}},
		{eastern, 1, 1, 0, []Day{{"2025-03-01", 2, 1}, {"2025-03-02", 0, 0}}},
		{tokyo, 1, 1, 2, []Day{{"2025-03-01", 0, 0}, {"2025-03-02", 2, 1}}},
	}
	for _, tt := range tests {
		s := ComputeStats(entries, nil, nil, midnight(), now.In(tt.loc), 2, nil)
		if s.StreakDays != tt.current || s.LongestStreakDays != tt.longest {
			t.Errorf("in %s: streaks = %d, %d, want %d, %d", tt.loc, s.StreakDays, s.LongestStreakDays, tt.current, tt.longest)
		}
		if s.Today.Reviews != tt.today {
			t.Errorf("in %s: today's reviews = %d, want %d", tt.loc, s.Today.Reviews, tt.today)
		}
		if !slices.Equal(s.Daily, tt.daily) {
			t.Errorf("in %s: daily = %v, want %v", tt.loc, s.Daily, tt.daily)
		}
	}
}

func TestTrueRetention(t *testing.T) {
	entries := []Entry{
		// q3 was learnt long ago; its failure 35 days ago is outside the window.
		review(t, "o1", "2025-01-20T10:00:00Z", "b", "q3", true),
		review(t, "o2", "2025-01-25T10:00:00Z", "b", "q3", false),
		// Day 1: q1 right twice (first sight, then same day: not learnt yet);
		// q2 wrong.
		review(t, "1a", "2025-03-01T10:00:00Z", "b", "q1", true),
		review(t, "1b", "2025-03-01T10:10:00Z", "b", "q1", true),
		review(t, "1c", "2025-03-01T10:20:00Z", "b", "q2", false),
		// Day 2: q1 forgotten (counts, wrong); q2 right (not learnt before).
		review(t, "2a", "2025-03-02T10:00:00Z", "b", "q1", false),
		review(t, "2b", "2025-03-02T10:05:00Z", "b", "q2", true),
		// Day 3: q1, q2, q3 right (all count); a wrong q2 answer taken back.
		review(t, "3a", "2025-03-03T10:00:00Z", "b", "q1", true),
		review(t, "3b", "2025-03-03T10:05:00Z", "b", "q2", true),
		review(t, "3c", "2025-03-03T10:06:00Z", "b", "q2", false),
		{ID: "u", Time: at(t, "2025-03-03T10:06:30Z"), Kind: KindUndo, Target: "3c"},
		review(t, "3d", "2025-03-03T10:10:00Z", "b", "q3", true),
		// A reset forgets the schedule, not the history.
		{ID: "r", Time: at(t, "2025-03-03T10:11:00Z"), Kind: KindReset, Bank: "b"},
	}
	s := ComputeStats(entries, nil, nil, Settings{Retention: 0.85}, at(t, "2025-03-03T12:00:00Z"), 30, nil)
	if s.TrueRetention == nil || *s.TrueRetention != 0.75 || s.RetentionReviews != 4 {
		t.Errorf("true retention = %v over %d answers, want 0.75 over 4", deref(s.TrueRetention), s.RetentionReviews)
	}
	if s.DesiredRetention != 0.85 {
		t.Errorf("desired retention = %v, want 0.85", s.DesiredRetention)
	}
	if s.TotalReviews != 10 {
		t.Errorf("total reviews = %d, want 10 (the undone answer left out)", s.TotalReviews)
	}
	want := DayFigures{Reviews: 3, Correct: 3, Accuracy: 1, Seconds: 12}
	if s.Today != want {
		t.Errorf("today = %+v, want %+v", s.Today, want)
	}

	none := ComputeStats(entries[2:5], nil, nil, DefaultSettings(), at(t, "2025-03-03T12:00:00Z"), 30, nil)
	if none.TrueRetention != nil {
		t.Errorf("true retention with nothing learnt = %v, want nil", *none.TrueRetention)
	}
}

func deref(p *float64) any {
	if p == nil {
		return nil
	}
	return *p
}

func TestForecast(t *testing.T) {
	now := at(t, "2025-03-03T12:00:00Z")
	learnt := func(due string) Card {
		return Card{Card: fsrs.Card{Due: at(t, due), State: fsrs.Review, Stability: 10, LastReview: at(t, "2025-02-01T10:00:00Z")}}
	}
	suspended := learnt("2025-03-03T10:00:00Z")
	suspended.Suspended = true
	cards := map[string]Card{
		"a/overdue":   learnt("2025-02-20T10:00:00Z"),
		"a/today":     learnt("2025-03-03T18:00:00Z"),
		"a/tomorrow":  learnt("2025-03-04T09:00:00Z"),
		"a/late":      learnt("2025-03-16T23:00:00Z"),
		"a/beyond":    learnt("2025-03-17T00:00:00Z"),
		"a/suspended": suspended,
		"a/new":       {Card: fsrs.Card{Due: at(t, "2025-03-03T10:00:00Z")}},
		"other/x":     learnt("2025-03-03T10:00:00Z"),
	}
	tests := []struct {
		loc    *time.Location
		filter []string
		want   map[int]int
	}{
		{time.UTC, []string{"a"}, map[int]int{0: 2, 1: 1, 13: 1}},
		{time.UTC, nil, map[int]int{0: 3, 1: 1, 13: 1}},
		// In Tokyo it is 21:00: "today" falls due after midnight, and "late"
		// on 17 March, past the forecast.
		{tokyo, []string{"a"}, map[int]int{0: 1, 1: 2}},
	}
	for _, tt := range tests {
		s := ComputeStats(nil, cards, nil, midnight(), now.In(tt.loc), 30, tt.filter)
		if len(s.Forecast) != ForecastDays {
			t.Fatalf("forecast has %d days, want %d", len(s.Forecast), ForecastDays)
		}
		if s.Forecast[0].Date != now.In(tt.loc).Format(time.DateOnly) {
			t.Errorf("forecast starts %s, want today", s.Forecast[0].Date)
		}
		for i, d := range s.Forecast {
			if d.Due != tt.want[i] {
				t.Errorf("in %s with %v: forecast[%d] (%s) = %d, want %d", tt.loc, tt.filter, i, d.Date, d.Due, tt.want[i])
			}
		}
	}
}

func TestBanksAndLeeches(t *testing.T) {
	now := at(t, "2025-03-03T12:00:00Z")
	banks := []BankInfo{
		{ID: "intro", Title: "Introduction", Questions: []string{"q1", "q2", "q3"}},
		{ID: "ch2", Title: "Chapter two", Questions: []string{"q1"}},
		{ID: "ch3", Title: "Chapter three", Questions: []string{"q1", "q2"}},
	}
	var entries []Entry
	add := func(bank, q string, correct bool, n int) {
		for range n {
			entries = append(entries, review(t, fmt.Sprint("e", len(entries)), "2025-03-02T10:00:00Z", bank, q, correct))
		}
	}
	add("intro", "q1", true, 3)
	add("intro", "q2", false, 1)
	add("ch2", "q1", false, 8)
	add("ch2", "q1", true, 2)
	add("ch3", "q1", false, 7)
	cards := map[string]Card{
		// Just reviewed: recall is certain.
		"intro/q1": {Card: fsrs.Card{State: fsrs.Review, Stability: 30, LastReview: now, Due: now.AddDate(0, 0, 30), Lapses: 1}},
		// Reviewed long ago with little stability: mostly forgotten.
		"intro/q2": {Card: fsrs.Card{State: fsrs.Relearning, Stability: 1, LastReview: now.AddDate(0, 0, -100), Due: now.AddDate(0, 0, -99), Lapses: 2}},
		"ch2/q1":   {Card: fsrs.Card{State: fsrs.Review, Stability: 2, LastReview: now.AddDate(0, 0, -1), Due: now.AddDate(0, 0, 1), Lapses: 5}},
	}
	s := ComputeStats(entries, cards, banks, DefaultSettings(), now, 30, nil)
	if len(s.Banks) != 3 {
		t.Fatalf("banks = %d, want 3", len(s.Banks))
	}
	intro := s.Banks[0]
	if intro.ID != "intro" || intro.Title != "Introduction" || intro.Questions != 3 || intro.Seen != 2 ||
		intro.Mastered != 1 || intro.Answers != 4 || intro.Accuracy != 0.75 || intro.Lapses != 3 {
		t.Errorf("intro = %+v, want 3 questions, 2 seen, 1 mastered, 4 answers, accuracy 0.75, 3 lapses", intro)
	}
	// Averaged over the two seen questions only: the unseen one is left
	// out rather than counted as 0.
	if intro.Retrievability < 0.5 || intro.Retrievability >= 1 {
		t.Errorf("intro retrievability = %v, want between 1/2 and 1 (one certain, one mostly forgotten; the unseen one left out)", intro.Retrievability)
	}
	if got := []string{s.Banks[1].ID, s.Banks[2].ID}; !slices.Equal(got, []string{"ch2", "ch3"}) {
		t.Errorf("bank order = %v, want article order", got)
	}
	if ch3 := s.Banks[2]; ch3.Seen != 1 || ch3.Mastered != 0 || ch3.Retrievability != 0 || ch3.Accuracy != 0 {
		t.Errorf("ch3 = %+v, want 1 seen, nothing mastered or retained", ch3)
	}

	tests := []struct {
		threshold int
		want      []Leech
	}{
		{0, []Leech{{"ch2", "q1", 8}}},
		{7, []Leech{{"ch2", "q1", 8}, {"ch3", "q1", 7}}},
		{1, []Leech{{"ch2", "q1", 8}, {"ch3", "q1", 7}, {"intro", "q2", 1}}},
	}
	for _, tt := range tests {
		st := DefaultSettings()
		st.LeechThreshold = tt.threshold
		got := ComputeStats(entries, cards, banks, st, now, 30, nil).Leeches
		if !slices.Equal(got, tt.want) {
			t.Errorf("leeches at threshold %d = %v, want %v", tt.threshold, got, tt.want)
		}
	}

	only := ComputeStats(entries, cards, banks, DefaultSettings(), now, 30, []string{"ch3"})
	if len(only.Banks) != 1 || only.Banks[0].ID != "ch3" || only.TotalReviews != 7 || len(only.Leeches) != 0 {
		t.Errorf("filtered to ch3: %d banks, %d reviews, %d leeches; want 1, 7, 0", len(only.Banks), only.TotalReviews, len(only.Leeches))
	}
}

func TestDailyAndCalendar(t *testing.T) {
	entries := []Entry{
		review(t, "a", "2025-02-28T10:00:00Z", "b", "q", true),
		review(t, "b", "2025-03-01T10:00:00Z", "b", "q", false),
		review(t, "c", "2025-03-01T11:00:00Z", "b", "q", true),
		review(t, "d", "2024-03-03T11:00:00Z", "b", "q", true),
		review(t, "e", "2024-03-02T11:00:00Z", "b", "q", true), // before the calendar
	}
	// 2 March 2025 is a Sunday: the calendar is 52 whole weeks plus today.
	s := ComputeStats(entries, nil, nil, DefaultSettings(), at(t, "2025-03-02T12:00:00Z"), 3, nil)
	want := []Day{{"2025-02-28", 1, 1}, {"2025-03-01", 2, 1}, {"2025-03-02", 0, 0}}
	if !slices.Equal(s.Daily, want) {
		t.Errorf("daily = %v, want %v", s.Daily, want)
	}
	if len(s.Calendar) != 365 || s.Calendar[0] != (Day{"2024-03-03", 1, 1}) || s.Calendar[364].Date != "2025-03-02" {
		t.Errorf("calendar = %d days from %v to %v, want 365 from 2024-03-03 (1 review) to 2025-03-02",
			len(s.Calendar), s.Calendar[0], s.Calendar[len(s.Calendar)-1])
	}
	// On a Wednesday the current week has four days.
	s = ComputeStats(entries, nil, nil, DefaultSettings(), at(t, "2025-03-05T12:00:00Z"), 0, nil)
	if len(s.Calendar) != 368 || s.Calendar[0].Date != "2024-03-03" {
		t.Errorf("calendar on a Wednesday = %d days from %s, want 368 from 2024-03-03", len(s.Calendar), s.Calendar[0].Date)
	}
	if len(s.Daily) != DefaultStatsDays {
		t.Errorf("daily with no span = %d days, want %d", len(s.Daily), DefaultStatsDays)
	}
}

func TestEmptyStatsJSON(t *testing.T) {
	s := ComputeStats(nil, nil, nil, Settings{}, time.Date(2025, 3, 2, 12, 0, 0, 0, time.UTC), 30, nil)
	m, b := jsonObject(t, s)
	for _, k := range []string{"total_reviews", "today", "streak_days", "longest_streak_days", "true_retention", "daily", "calendar", "banks", "forecast", "leeches"} {
		v, ok := m[k]
		if !ok {
			t.Errorf("JSON lacks %q: %s", k, b)
		}
		if k == "banks" || k == "leeches" {
			if _, isArray := v.([]any); !isArray {
				t.Errorf("JSON %q = %v, want an array", k, v)
			}
		}
	}
	if m["true_retention"] != nil || m["desired_retention"] != 0.9 {
		t.Errorf("retention = %v against %v, want null against 0.9", m["true_retention"], m["desired_retention"])
	}
	if math.IsNaN(s.Today.Accuracy) {
		t.Errorf("today's accuracy with no answers is NaN")
	}
}

// jsonObject marshals v and reads it back as a JSON object.
func jsonObject(t *testing.T, v any) (map[string]any, []byte) {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	return m, b
}

// After a reset, failures before it no longer make a leech, as the card's
// counts that 'quiz leeches' reads are forgotten too.
func TestResetClearsLeechFailures(t *testing.T) {
	now := at(t, "2025-03-03T12:00:00Z")
	banks := []BankInfo{{ID: "ch2", Questions: []string{"q1", "q2"}}, {ID: "ch3", Questions: []string{"q1"}}}
	var entries []Entry
	fail := func(bank, q string, n int, when string) {
		for range n {
			entries = append(entries, review(t, fmt.Sprint("e", len(entries)), when, bank, q, false))
		}
	}
	fail("ch2", "q1", 8, "2025-03-01T10:00:00Z")
	fail("ch2", "q2", 8, "2025-03-01T10:00:00Z")
	fail("ch3", "q1", 8, "2025-03-01T10:00:00Z")
	entries = append(entries,
		Entry{ID: "r1", Time: at(t, "2025-03-01T11:00:00Z"), Kind: KindReset, Bank: "ch2", Question: "q1"},
		Entry{ID: "r2", Time: at(t, "2025-03-01T11:00:00Z"), Kind: KindReset, Bank: "ch3"})
	fail("ch3", "q1", 2, "2025-03-02T10:00:00Z")
	got := ComputeStats(entries, nil, banks, DefaultSettings(), now, 30, nil)
	if want := []Leech{{"ch2", "q2", 8}}; !slices.Equal(got.Leeches, want) {
		t.Errorf("leeches after resets = %v, want %v", got.Leeches, want)
	}
	if got.TotalReviews != 26 {
		t.Errorf("total reviews after resets = %d, want 26 (history is kept)", got.TotalReviews)
	}
}

// A right answer in practice that leaves the schedule alone does not make
// a question mastered when its last scheduled answer was wrong.
func TestMasteredIgnoresUnscheduledAnswers(t *testing.T) {
	now := at(t, "2025-03-03T12:00:00Z")
	banks := []BankInfo{{ID: "b", Questions: []string{"q1", "q2"}}}
	practice := func(id, q string, correct bool) Entry {
		e := review(t, id, "2025-03-03T11:59:00Z", "b", q, correct)
		e.Unscheduled, e.Mode = true, ModePractice
		return e
	}
	entries := []Entry{
		review(t, "a1", "2025-03-03T11:00:00Z", "b", "q1", false),
		practice("a2", "q1", true),
		review(t, "a3", "2025-03-03T11:00:00Z", "b", "q2", true),
	}
	fresh := Card{Card: fsrs.Card{State: fsrs.Review, Stability: 30, LastReview: now, Due: now.AddDate(0, 0, 30)}}
	cards := map[string]Card{"b/q1": fresh, "b/q2": fresh}
	got := ComputeStats(entries, cards, banks, DefaultSettings(), now, 30, nil).Banks[0].Mastered
	if got != 1 {
		t.Errorf("mastered = %d, want 1 (q2; q1's last scheduled answer was wrong)", got)
	}
}
