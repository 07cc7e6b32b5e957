package progress

import (
	"path/filepath"
	"testing"
	"time"
)

// slow are parameters of a learner who keeps things much longer than the
// defaults say: every initial stability and recall gain is larger.
var slow = [21]float64{2, 5, 9, 30, 5.5, 0.7, 2.5, 0.01, 2.2, 0.15, 1.1, 1.6, 0.06, 0.3, 1.5, 0.6, 2, 0.5, 0.1, 0.06, 0.15}

func withParameters(w [21]float64) Settings {
	set := DefaultSettings()
	set.Parameters = w
	return set
}

// dueDays is how many days after at the card is due.
func dueDays(c Card, at time.Time) float64 { return c.Due.Sub(at).Hours() / 24 }

// TestParametersSchedule: reviews after a settings entry with fitted
// parameters are scheduled with them, earlier ones keep theirs.
func TestParametersSchedule(t *testing.T) {
	s := openW(t, t.TempDir())
	before := record(t, s, answerAt("b", "q1", Good, t0))
	if err := s.SetSettingsAt(withParameters(slow), t0.Add(time.Minute)); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.Card("b", "q1"); got.Due != before.Due {
		t.Errorf("a settings change moved an earlier review's due date from %v to %v", before.Due, got.Due)
	}
	after := record(t, s, answerAt("b", "q2", Good, t0.Add(2*time.Minute)))
	if d0, d1 := dueDays(before, t0), dueDays(after, t0.Add(2*time.Minute)); !(d1 > 2*d0) {
		t.Errorf("first Good due after %.1f days with fitted parameters, %.1f with the defaults; want the fitted interval far longer", d1, d0)
	}
	if got := s.Settings().FSRSParameters(); got != slow {
		t.Errorf("FSRSParameters() = %v, want %v", got, slow)
	}
	if got := DefaultSettings().FSRSParameters(); got[20] != 0.1542 {
		t.Errorf("default FSRSParameters() decay = %v, want 0.1542", got[20])
	}
}

// TestParametersSurviveRebuildMergeAndUndo: the schedule made with fitted
// parameters is the same after a rebuild from the log, a merge, and an
// undo that rebuilds a card from the log across the settings entry.
func TestParametersSurviveRebuildMergeAndUndo(t *testing.T) {
	dir := t.TempDir()
	s := openW(t, dir)
	firstQ1 := record(t, s, answerAt("b", "q1", Good, t0))
	if err := s.SetSettingsAt(withParameters(slow), t0.Add(time.Minute)); err != nil {
		t.Fatal(err)
	}
	record(t, s, answerAt("b", "q1", Good, t0.Add(72*time.Hour)))
	record(t, s, answerAt("b", "q2", Again, t0.Add(73*time.Hour)))
	want := copyCards(s.Cards())
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}

	// A rebuild from the log alone.
	writeFile(t, filepath.Join(dir, SnapshotFile), "{broken")
	if _, err := Repair(dir); err != nil {
		t.Fatalf("Repair: %v", err)
	}
	r, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	if r.Settings().Parameters != slow {
		t.Errorf("parameters after Repair = %v, want %v", r.Settings().Parameters, slow)
	}
	sameCards(t, r.Cards(), want)

	// Merged into a machine that never optimised.
	other := t.TempDir()
	o := openW(t, other)
	record(t, o, answerAt("c", "x", Good, t0.Add(time.Hour)))
	if _, err := o.Merge(dir); err != nil {
		t.Fatalf("Merge: %v", err)
	}
	if o.Settings().Parameters != slow {
		t.Errorf("parameters after Merge = %v, want %v", o.Settings().Parameters, slow)
	}
	for k, c := range want {
		if got := o.Cards()[k]; !sameCard(got, c) {
			t.Errorf("card %s after Merge = %+v, want %+v", k, got.Card, c.Card)
		}
	}

	// Undo in a fresh process rebuilds q1 from the log: its second review
	// is taken back, and a re-answer is scheduled with the fitted
	// parameters.
	w := openW(t, dir)
	record(t, w, answerAt("b", "q3", Good, t0.Add(74*time.Hour)))
	w.Close()
	w = openW(t, dir)
	if _, err := w.Undo(t0.Add(75 * time.Hour)); err != nil {
		t.Fatal(err)
	}
	if _, err := w.Undo(t0.Add(75 * time.Hour)); err != nil {
		t.Fatal(err)
	}
	if _, err := w.Undo(t0.Add(75 * time.Hour)); err != nil {
		t.Fatal(err)
	}
	got, _ := w.Card("b", "q1")
	if got.Due != firstQ1.Due || got.Stability != firstQ1.Stability {
		t.Errorf("q1 after undoing its second review: due %v, stability %v; want %v, %v as its first review left it (scheduled with the defaults)",
			got.Due, got.Stability, firstQ1.Due, firstQ1.Stability)
	}
	if rep, _ := Check(dir); !rep.Healthy() {
		t.Errorf("Check after undo: problems %q", problems(rep))
	}

	// The other machine's answers merged into this one: the reviews
	// before the settings entry are still replayed with the defaults.
	if _, err := w.Merge(other); err != nil {
		t.Fatalf("Merge: %v", err)
	}
	if got, _ := w.Card("b", "q1"); !sameCard(got, firstQ1) {
		t.Errorf("q1 after merging into the optimised machine = %+v, want %+v", got.Card, firstQ1.Card)
	}
	w.Close()
	if rep, _ := Check(dir); !rep.Healthy() {
		t.Errorf("Check after merge: problems %q", problems(rep))
	}
}

func copyCards(m map[string]Card) map[string]Card {
	out := make(map[string]Card, len(m))
	for k, v := range m {
		out[k] = v
	}
	return out
}

func TestParametersValidation(t *testing.T) {
	bad := slow
	bad[20] = 5
	if err := withParameters(bad).Validate(); err == nil {
		t.Errorf("Validate() with decay 5 = nil, want an error")
	}
	if err := withParameters(slow).Validate(); err != nil {
		t.Errorf("Validate() = %v, want nil", err)
	}
}

type visit struct {
	bank, question string
	rating         Rating
	reset          bool
}

type visitor struct{ got []visit }

func (v *visitor) Review(bank, question string, _ time.Time, r Rating, _ int64) {
	v.got = append(v.got, visit{bank: bank, question: question, rating: r})
}

func (v *visitor) Reset(bank, question string, _ int64) {
	v.got = append(v.got, visit{bank: bank, question: question, reset: true})
}

// TestEachScheduledReview hands the optimizer the scheduled answers not
// taken back, in log order, and the resets; practice answers stay out.
func TestEachScheduledReview(t *testing.T) {
	s := openW(t, t.TempDir())
	at := func(m int) time.Time { return t0.Add(time.Duration(m) * time.Minute) }
	record(t, s, answerAt("b", "q1", Good, at(0)))
	practice := answerAt("b", "q2", Easy, at(1))
	practice.Unscheduled, practice.Mode = true, ModePractice
	record(t, s, practice)
	record(t, s, answerAt("b", "q2", Again, at(2)))
	if _, err := s.Undo(at(3)); err != nil { // takes back q2's Again
		t.Fatal(err)
	}
	record(t, s, answerAt("b", "q2", Hard, at(4)))
	if _, err := s.Rerate(at(5), Easy); err != nil { // Hard becomes Easy
		t.Fatal(err)
	}
	record(t, s, Entry{Time: at(6), Kind: KindReset, Bank: "b"})
	record(t, s, answerAt("gone", "q9", Again, at(7)))
	var v visitor
	if err := s.EachScheduledReview(&v); err != nil {
		t.Fatal(err)
	}
	want := []visit{
		{bank: "b", question: "q1", rating: Good},
		{bank: "b", question: "q2", rating: Easy},
		{bank: "b", reset: true},
		{bank: "gone", question: "q9", rating: Again},
	}
	if len(v.got) != len(want) {
		t.Fatalf("EachScheduledReview gave %+v, want %+v", v.got, want)
	}
	for i := range want {
		if v.got[i] != want[i] {
			t.Errorf("visit %d = %+v, want %+v", i, v.got[i], want[i])
		}
	}
}
