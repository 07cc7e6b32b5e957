package progress

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// Finding is one thing Check noticed about a data directory.
type Finding struct {
	Problem bool   // something wrong; false for a note
	Text    string // one line
	// Fix says what to do about a problem Repair cannot fix; empty when
	// Repair fixes it.
	Fix string
}

// Report is what Check or Repair found or did.
type Report struct {
	Dir      string
	Findings []Finding
}

// Healthy reports whether no problem was found.
func (r Report) Healthy() bool {
	for _, f := range r.Findings {
		if f.Problem {
			return false
		}
	}
	return true
}

func (r *Report) note(format string, args ...any) {
	r.Findings = append(r.Findings, Finding{Text: fmt.Sprintf(format, args...)})
}

func (r *Report) problem(format string, args ...any) {
	r.Findings = append(r.Findings, Finding{Problem: true, Text: fmt.Sprintf(format, args...)})
}

// unfixable records a problem Repair cannot fix, and what to do instead.
func (r *Report) unfixable(fix, format string, args ...any) {
	r.Findings = append(r.Findings, Finding{Problem: true, Text: fmt.Sprintf(format, args...), Fix: fix})
}

// Repairable reports whether every problem found is one Repair fixes.
func (r Report) Repairable() bool {
	for _, f := range r.Findings {
		if f.Problem && f.Fix != "" {
			return false
		}
	}
	return true
}

const (
	fixUpdate  = "update quiz to a version that reads it"
	fixHopless = "restore " + LogFile + " from a backup, or move it elsewhere to start afresh"
)

// Check looks over the data directory without changing it, as of the
// clock of opts (WithClock); see CheckAt.
func Check(dir string, opts ...Option) (Report, error) {
	return checkAt(dir, newStore(dir, false, opts).now(), opts)
}

// CheckAt looks over the data directory without changing it: the review
// log, the snapshot and whether it matches the log, the banks folder and
// the lock. Entries dated more than a day after now are reported. The
// error is for a directory that cannot be looked at at all.
func CheckAt(dir string, now time.Time) (Report, error) { return checkAt(dir, now, nil) }

func checkAt(dir string, now time.Time, opts []Option) (Report, error) {
	r := Report{Dir: dir}
	st, err := os.Stat(dir)
	switch {
	case errors.Is(err, os.ErrNotExist):
		r.note("no data yet")
		return r, nil
	case err != nil:
		return r, fmt.Errorf("check %s: %w", dir, err)
	case !st.IsDir():
		r.unfixable("move it elsewhere, or choose another data directory with --home or QUIZ_HOME", "%s is not a directory", dir)
		return r, nil
	}

	for _, name := range []string{LogFile, SnapshotFile} {
		if err := checkRegularFiles(dir, name); err != nil {
			if name == SnapshotFile {
				r.unfixable("move it elsewhere; quiz rebuilds "+SnapshotFile+" from "+LogFile, "%v", err)
			} else {
				r.unfixable("move it elsewhere and restore "+LogFile+" from a backup", "%v", err)
			}
			return r, nil
		}
	}
	held := false
	if err := checkRegularFiles(dir, LockFile); err != nil {
		r.unfixable("remove it when no quiz is running (quiz makes a new one)", "%v", err)
	} else if h, pid := Locked(dir); h {
		held = true
		who := "another quiz"
		if pid > 0 {
			who = fmt.Sprintf("another quiz, pid %d,", pid)
		}
		r.note("%s is recording now: checked what it had written so far", who)
	}

	if names := leftoverTemps(dir); len(names) > 0 && !held {
		r.note("%s left by an interrupted save; the next quiz that records removes them", count(len(names), "temporary file", "temporary files"))
	}

	// A quiz recording now appends to the log and replaces the snapshot:
	// read the snapshot first, then only as much of the log as there was
	// then, so the two are a consistent pair, and leave a last line that
	// is still being written alone.
	snapPath := filepath.Join(dir, SnapshotFile)
	data, snapErr := os.ReadFile(snapPath)
	logPath := filepath.Join(dir, LogFile)
	size, err := fileSize(logPath)
	if err != nil {
		fix := "check the permissions of " + failedPath(err, logPath)
		if isSegmentError(err) {
			fix = "restore it from a backup of the data directory; repair never rewrites or drops a sealed segment"
		}
		r.unfixable(fix, "%v", err)
		return r, nil
	}
	res, err := scanLog(logPath, 0, size, nil)
	logOK := err == nil
	health, herr := inspectLog(logPath, size, now.Add(24*time.Hour))
	if held && len(res.tail) > 0 && !res.terminated {
		res.tail = nil // being written
	}
	var de *DataError
	switch {
	case errors.As(err, &de) && de.Newer:
		r.unfixable(fixUpdate, "%v", err)
	case isSegmentError(err) || isSegmentError(herr):
		serr := err
		if !isSegmentError(err) {
			serr = herr
		}
		r.unfixable("restore it from a backup of the data directory; repair never rewrites or drops a sealed segment", "%v", serr)
	case herr != nil:
		r.unfixable("check the permissions of "+failedPath(herr, logPath), "%v", herr)
	case health.hopeless():
		r.unfixable(fixHopless, "%s: %d of %d lines cannot be read; it does not look like a review log", LogFile, health.bad, health.lines)
	case err != nil:
		// Other commands tell the learner to run doctor; doctor itself
		// says how many lines are unreadable, since repair moves them all.
		msg := strings.TrimSuffix(err.Error(), " (run 'quiz doctor')")
		if health.bad > 1 {
			msg += fmt.Sprintf(" (%d unreadable lines in all)", health.bad)
		}
		r.problem("%s", msg)
	case len(res.tail) > 0:
		if _, perr := parseEntry(res.tail); perr != nil || res.terminated {
			r.problem("%s: torn last line (%d bytes)", LogFile, res.tailLen)
		}
	}
	r.note("%s: %s", LogFile, count(res.lines, "entry", "entries"))
	if n, packed, dir, err := sealedSegments(logPath); err == nil {
		if n > 0 && logOK {
			r.note("%s: older entries in %s of %s (%.1f MiB compressed), all intact", LogFile, count(n, "sealed segment", "sealed segments"), filepath.Base(dir), float64(packed)/(1<<20))
		}
		if extra := unfinishedSeal(dir, n); extra > 0 && !held {
			r.note("%s: %s that the log does not count, left by a compression that did not finish or by an older %s put back; the next quiz that records writes again those holding only its lines and keeps the others aside",
				filepath.Base(dir), count(extra, "file", "files"), LogFile)
		}
	}
	if health.future > 0 {
		r.unfixable("check the clock of the computer that recorded them; 'quiz doctor --repair --set-aside-future' moves them to a side file",
			"%s: %s dated more than a day ahead (the latest %s)", LogFile, count(health.future, "entry is", "entries are"), health.latest.Format(time.RFC3339))
	}
	if logOK && !held {
		if s, err := openFromLog(dir, nil, opts); err == nil && len(s.dupIDs) > 0 {
			r.note("%s: %s", LogFile, count(len(s.dupIDs), "entry repeats the id of an earlier one and counts once", "entries repeat the id of an earlier one and count once"))
		}
	}

	switch err := snapErr; {
	case errors.Is(err, os.ErrNotExist):
		if res.lines > 0 {
			r.note("%s missing; it will be rebuilt from %s", SnapshotFile, LogFile)
		}
	case err != nil:
		if st, serr := os.Stat(snapPath); serr == nil && st.IsDir() {
			r.unfixable("move it elsewhere; quiz rebuilds "+SnapshotFile+" from "+LogFile, "%s is a directory, not a file", snapPath)
		} else {
			r.unfixable("check the permissions of "+snapPath, "%s: %v", SnapshotFile, err)
		}
	default:
		snap, err := decodeSnapshot(snapPath, data)
		if errors.As(err, &de) && de.Newer {
			r.unfixable(fixUpdate, "%v", err)
			break
		}
		if err != nil {
			r.problem("%v", err)
			break
		}
		if snap.Version < SnapshotVersion {
			r.note("%s: format version %d will be upgraded", SnapshotFile, snap.Version)
		}
		if !logOK {
			break
		}
		if !covers(logPath, snap, size) && lost(logPath, snap) {
			r.unfixable("restore "+LogFile+" from a backup or your sync tool's history, or accept the loss with 'quiz doctor --repair --force'",
				"%s was rolled back or replaced: %s", LogFile, lostError(dir, snap, size).(*LostError).What())
			break
		}
		if !covers(logPath, snap, size) {
			r.problem("%s does not match %s", SnapshotFile, LogFile)
			break
		}
		if held {
			break // the session saves its snapshot when it ends
		}
		// The snapshot plus replay must give what the log alone gives.
		viaSnap, err1 := Open(dir)
		fromLog, err2 := openFromLog(dir, snap, opts)
		if err1 != nil || err2 != nil {
			r.problem("%s: %v", SnapshotFile, errors.Join(err1, err2))
			break
		}
		if diff := diffCards(viaSnap.cards, fromLog.cards); diff != "" {
			r.problem("%s does not match %s: %s", SnapshotFile, LogFile, diff)
		} else if fromLog.settingsLogged && viaSnap.settings != fromLog.settings {
			r.problem("%s does not match %s: settings differ", SnapshotFile, LogFile)
		}
	}

	banks := filepath.Join(dir, BanksDirName)
	if st, err := os.Stat(banks); err == nil && !st.IsDir() {
		r.unfixable("rename it, then make a folder "+BanksDirName+" for your own question banks", "%s is a file, not a folder", banks)
	} else if err == nil {
		if _, err := os.ReadDir(banks); err != nil {
			r.unfixable("check the permissions of "+banks, "%s: %v", BanksDirName, err)
		}
	} else if !errors.Is(err, os.ErrNotExist) {
		r.unfixable("check the permissions of "+banks, "%s: %v", BanksDirName, err)
	}
	return r, nil
}

// openFromLog derives the state from the log alone, with the settings and
// migrated base of snap.
func openFromLog(dir string, snap *snapshot, opts []Option) (*Store, error) {
	s := newStore(dir, false, opts)
	s.bulk = true
	if snap != nil {
		s.settings, s.base = snap.Settings, snap.Base
	}
	res, err := s.replayAll()
	if err != nil {
		return nil, err
	}
	s.warnings = nil
	return s, s.handleTail(res)
}

// diffCards describes the first difference between two sets of cards.
func diffCards(got, want map[string]Card) string {
	for k, w := range want {
		g, ok := got[k]
		if !ok {
			return fmt.Sprintf("card %s missing", k)
		}
		if !sameCard(g, w) {
			return fmt.Sprintf("card %s differs", k)
		}
	}
	for k := range got {
		if _, ok := want[k]; !ok {
			return fmt.Sprintf("card %s has no history", k)
		}
	}
	return ""
}

func sameCard(a, b Card) bool {
	return a.Due.Equal(b.Due) && a.LastReview.Equal(b.LastReview) && a.First.Equal(b.First) &&
		a.Stability == b.Stability && a.Difficulty == b.Difficulty && a.ScheduledDays == b.ScheduledDays &&
		a.Reps == b.Reps && a.Lapses == b.Lapses && a.State == b.State && a.RemainingSteps == b.RemainingSteps &&
		a.Seen == b.Seen && a.Correct == b.Correct && a.Failures == b.Failures && a.Suspended == b.Suspended
}

// failedPath is the file an error is about (a sealed segment, say), or
// def when it does not name one.
func failedPath(err error, def string) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Path
	}
	return def
}
