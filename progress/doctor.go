package progress

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
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

// logHealth is what a scan of every line of the log found.
type logHealth struct {
	lines  int       // lines that are not blank
	bad    int       // of which unreadable
	newer  error     // an entry written by a newer quiz
	future int       // entries dated after the horizon
	latest time.Time // the latest of them
}

// hopeless reports a log so unreadable that it is probably not a review
// log at all: rebuilding from it would replace good progress with none.
func (h logHealth) hopeless() bool { return h.bad > 0 && 2*h.bad > h.lines }

// inspectLog reads every line of the first size bytes of the log at path
// (all when size < 0); a missing log is empty. An unfinished last line is
// left to the caller.
func inspectLog(path string, size int64, horizon time.Time) (logHealth, error) {
	var h logHealth
	v, err := openLogView(path)
	if err != nil {
		return h, err
	}
	defer v.Close()
	src, err := v.reader(0, size)
	if err != nil {
		return h, err
	}
	r := bufio.NewReaderSize(src, 1<<16)
	var off int64
	for {
		line, n, err := readCapped(r, MaxLineBytes)
		if err != nil && err != io.EOF {
			return h, err
		}
		start := off
		off += n
		last := err == io.EOF
		switch {
		case blank(line) && n == int64(len(line)):
		case last && size >= 0 && !bytes.HasSuffix(line, []byte("\n")) && n == int64(len(line)) && !parses(line):
			// the caller judges an unfinished last line
		default:
			h.lines++
			e, perr := parseEntry(line)
			if n > int64(len(line)) {
				perr = errors.New("line too long")
			}
			switch {
			case isNewer(perr):
				if h.newer == nil {
					h.newer = newerLine(path, start, perr)
				}
			case perr != nil:
				h.bad++
			case e.Time.After(horizon) && e.Kind != KindFormat:
				h.future++
				if e.Time.After(h.latest) {
					h.latest = e.Time
				}
			}
		}
		if last {
			return h, nil
		}
	}
}

// isSegmentError reports a sealed segment of the log missing or damaged.
func isSegmentError(err error) bool {
	var de *DataError
	return errors.As(err, &de) && de.Segment
}

// sealedSegments counts the sealed segments of the log at path and the
// bytes they take on disk.
func sealedSegments(path string) (n int, packed int64, dir string, err error) {
	v, err := openLogView(path)
	if err != nil {
		return 0, 0, "", err
	}
	defer v.Close()
	if v.segDir == "" {
		// Not sealed (yet): where a seal would put its segments.
		if real, err := filepath.EvalSymlinks(path); err == nil {
			return 0, 0, segmentDir(real), nil
		}
		return 0, 0, "", nil
	}
	for i := range v.hdr.Sealed {
		if st, err := os.Stat(v.segPath(i)); err == nil {
			packed += st.Size()
		}
	}
	return v.hdr.Sealed, packed, v.segDir, nil
}

// unfinishedSeal counts the files of the segment folder dir that a seal
// cut short left: segments past the n the log counts, temporary files.
func unfinishedSeal(dir string, n int) int {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return 0
	}
	extra := 0
	for _, e := range entries {
		var k int
		if _, err := fmt.Sscanf(e.Name(), "%06d.jsonl.gz", &k); err == nil && e.Name() == segmentName(k) && k > n ||
			strings.HasPrefix(e.Name(), ".") && strings.Contains(e.Name(), ".jsonl.gz-") {
			extra++
		}
	}
	return extra
}

func parses(line []byte) bool {
	_, err := parseEntry(line)
	return err == nil
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
		r.unfixable("check the permissions of "+logPath, "%v", err)
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
		r.unfixable("check the permissions of "+logPath, "%v", herr)
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
			r.note("%s: %s left by a compression that did not finish; the log does not count them, and the next quiz that records writes them again",
				filepath.Base(dir), count(extra, "file", "files"))
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

// Repair takes the writer lock and rebuilds the data directory from its
// review log: unreadable log lines are moved to a side file (after a backup
// of the whole log), and the snapshot is rebuilt after a timestamped backup
// of the old one. Settings come from the log's latest settings entry, else
// from the old snapshot when it can be read, else are the defaults. A
// snapshot written by a newer quiz is refused, not replaced.
func Repair(dir string, opts ...Option) (Report, error) {
	o := newStore(dir, true, opts)
	now := o.now()
	r := Report{Dir: dir}
	if err := checkRegularFiles(dir, LockFile, SnapshotFile, LogFile); err != nil {
		return r, fmt.Errorf("repair refused: %w; nothing was changed", err)
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return r, fmt.Errorf("repair: %w", err)
	}
	lk, err := acquire(dir, now)
	if err != nil {
		return r, err
	}
	defer release(dir, lk)

	snapPath := filepath.Join(dir, SnapshotFile)
	data, err := os.ReadFile(snapPath)
	var old *snapshot
	hadSnap := err == nil
	if hadSnap {
		var derr error
		old, derr = decodeSnapshot(snapPath, data)
		var de *DataError
		if errors.As(derr, &de) && de.Newer {
			return r, derr
		}
	} else if st, serr := os.Stat(snapPath); serr == nil && st.IsDir() {
		return r, fmt.Errorf("repair refused: %s is a directory, not a file; move it elsewhere and try again; nothing was changed", snapPath)
	} else if !errors.Is(err, os.ErrNotExist) {
		return r, fmt.Errorf("repair: %w", err)
	}
	if old != nil && old.Version == 0 {
		old.Base = mergeBase(old.Base, old.Cards)
	}
	if old != nil && !o.force {
		logPath := filepath.Join(dir, LogFile)
		size, err := fileSize(logPath)
		if err != nil {
			return r, fmt.Errorf("repair: %w", err)
		}
		if !covers(logPath, old, size) && lost(logPath, old) {
			return r, fmt.Errorf("repair refused: %w", lostError(dir, old, size))
		}
	}
	health, err := inspectLog(filepath.Join(dir, LogFile), -1, now.Add(24*time.Hour))
	switch {
	case err != nil:
		return r, fmt.Errorf("repair: %w", err)
	case health.newer != nil:
		return r, fmt.Errorf("repair: %w; nothing was changed", health.newer)
	case health.hopeless():
		return r, fmt.Errorf("repair refused: %d of %d lines of %s cannot be read, so it does not look like a review log "+
			"and rebuilding from it would lose your progress; nothing was changed (%s)", health.bad, health.lines, LogFile, fixHopless)
	}

	if err := repairLog(dir, &r, now, o.setAsideFuture); err != nil {
		return r, err
	}

	s, err := openFromLog(dir, old, opts)
	if err != nil {
		return r, fmt.Errorf("repair: %w", err)
	}
	s.writer = true
	if hadSnap {
		name := SnapshotFile + ".bak-" + stamp(now)
		if err := writeSynced(filepath.Join(dir, name), data); err != nil {
			return r, fmt.Errorf("repair: back up %s: %w", SnapshotFile, err)
		}
		r.note("old %s kept as %s", SnapshotFile, name)
	}
	if err := s.save(); err != nil {
		return r, fmt.Errorf("repair: %w", err)
	}
	r.note("%s rebuilt from %s (%s, %s)", SnapshotFile, LogFile, count(s.logLines, "entry", "entries"), count(len(s.cards), "question", "questions"))
	switch {
	case s.settingsLogged:
		r.note("settings restored from %s", LogFile)
	case old != nil && old.Settings != DefaultSettings():
		r.note("settings kept from the old %s", SnapshotFile)
	default:
		r.note("settings: the defaults (none were ever set)")
	}
	return r, nil
}

func mergeBase(base, cards map[string]Card) map[string]Card {
	out := map[string]Card{}
	for k, c := range base {
		out[k] = c
	}
	for k, c := range cards {
		out[k] = c
	}
	return out
}

// repairLog keeps the valid lines of the log and moves the others to a side
// file, after backing up the whole log. A log with nothing wrong is left
// untouched.
func repairLog(dir string, r *Report, now time.Time, setAsideFuture bool) error {
	logPath := filepath.Join(dir, LogFile)
	data, sealed, err := readWholeLog(logPath)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("repair refused: %w; nothing was changed", err)
	}
	var good, bad, future bytes.Buffer
	nbad, nfuture := 0, 0
	horizon := now.Add(24 * time.Hour)
	br := bufio.NewReader(bytes.NewReader(data))
	for {
		line, err := br.ReadBytes('\n')
		if len(line) > 0 {
			e, perr := parseEntry(line)
			if perr == nil && setAsideFuture && e.Kind != KindFormat && e.Time.After(horizon) {
				nfuture++
				future.Write(line)
				if !bytes.HasSuffix(line, []byte("\n")) {
					future.WriteByte('\n')
				}
			} else if perr == nil || blank(line) {
				good.Write(line)
				if !bytes.HasSuffix(line, []byte("\n")) {
					good.WriteByte('\n')
				}
			} else {
				nbad++
				bad.Write(line)
				if !bytes.HasSuffix(line, []byte("\n")) {
					bad.WriteByte('\n')
				}
			}
		}
		if err == io.EOF {
			break
		}
	}
	if nbad == 0 && nfuture == 0 && good.Len() == len(data) {
		return nil
	}
	st := stamp(now)
	backup := LogFile + ".bak-" + st
	if err := writeSynced(filepath.Join(dir, backup), data); err != nil {
		return fmt.Errorf("repair: back up %s: %w", LogFile, err)
	}
	r.note("old %s kept as %s", LogFile, backup)
	if nbad > 0 {
		side := LogFile + ".bad-" + st
		if err := writeSynced(filepath.Join(dir, side), bad.Bytes()); err != nil {
			return fmt.Errorf("repair: set aside bad lines: %w", err)
		}
		r.note("%s of %s moved to %s", count(nbad, "unreadable line", "unreadable lines"), LogFile, side)
	}
	if nfuture > 0 {
		side := LogFile + ".future-" + st
		if err := writeSynced(filepath.Join(dir, side), future.Bytes()); err != nil {
			return fmt.Errorf("repair: set aside entries dated ahead: %w", err)
		}
		r.note("%s of %s dated more than a day ahead moved to %s", count(nfuture, "entry", "entries"), LogFile, side)
	}
	// A log kept in a sync folder through a link stays a link: replace
	// the file it points at.
	if target, err := filepath.EvalSymlinks(logPath); err == nil {
		logPath = target
	}
	// The rewritten log holds every good line itself, so its sealed
	// segments are read no more: they are moved aside, after the log is
	// replaced (until then it needs them). The next quiz that records
	// seals the log again.
	if err := writeAtomic(logPath, good.Bytes()); err != nil {
		return fmt.Errorf("repair: rewrite %s: %w", LogFile, err)
	}
	if sealed != "" {
		old := sealed + ".bak-" + st
		if err := os.Rename(sealed, old); err != nil {
			return fmt.Errorf("repair: move aside the old segments of %s: %w", LogFile, err)
		}
		if err := syncDir(filepath.Dir(sealed)); err != nil {
			return fmt.Errorf("repair: %w", err)
		}
		r.note("its old sealed segments kept in %s", filepath.Base(old))
	}
	return nil
}

// readWholeLog reads the whole log at path as readers see it, segments
// included, and names the folder of its segments when it has some.
func readWholeLog(path string) (data []byte, segDir string, err error) {
	if _, err := os.Stat(path); err != nil {
		return nil, "", err
	}
	v, err := openLogView(path)
	if err != nil {
		return nil, "", err
	}
	defer v.Close()
	src, err := v.reader(0, -1)
	if err != nil {
		return nil, "", err
	}
	var buf bytes.Buffer
	buf.Grow(int(v.Size()))
	if _, err := io.Copy(&buf, src); err != nil {
		return nil, "", err
	}
	return buf.Bytes(), v.segDir, nil
}

// count writes n with the singular or plural noun that goes with it
// ("1 entry", "3 entries"); doctor's findings are read by people.
func count(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}
