package progress

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"hash/crc32"
	"hash/maphash"
	"io"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/google/renameio/v2"
	fsrs "github.com/open-spaced-repetition/go-fsrs/v4"
)

// SnapshotVersion is the format version of progress.json this code writes.
// Version 2 counts due dates by the learner's day (see DayOf). Version 3
// carries a checksum of the file and is decoded strictly. Older snapshots
// are rebuilt from the log (their cards and, when the log has any, their
// settings), keeping a backup.
const SnapshotVersion = 3

// snapshot is progress.json: state derived from the first LogSize bytes
// (LogLines entries, the last one LogLast) of the log. The cards come last,
// one per line (see encodeSnapshot).
type snapshot struct {
	snapshotHead
	Cards map[string]Card `json:"cards"`
	// cardsChecked says every card passed checkCard as it was decoded.
	cardsChecked bool
}

// snapshotHead is everything in progress.json but the cards.
type snapshotHead struct {
	Version int `json:"version"`
	// Checksum is "crc32c:" and the CRC-32C of the file with these 8 hex
	// digits as zeros: a snapshot damaged but still valid JSON is caught.
	Checksum string `json:"checksum,omitempty"`
	LogSize  int64  `json:"log_size"`
	LogLines int    `json:"log_lines"`
	LogLast  string `json:"log_last,omitempty"`
	// LogTime is the latest time of the entries covered, and Dups the ids
	// found more than once among them (each applied once).
	LogTime time.Time `json:"log_time,omitzero"`
	// LogClock and LogClockID are the greatest order of the entries covered
	// (see Entry.OrderKey), OrderedFrom the offset from which the log is in
	// causal order, LogFormat the format the log declares.
	LogClock    int64           `json:"log_clock,omitempty"`
	LogClockID  string          `json:"log_clock_id,omitempty"`
	OrderedFrom int64           `json:"ordered_from,omitempty"`
	LogFormat   int             `json:"log_format,omitempty"`
	Dups        []string        `json:"dups,omitempty"`
	Settings    Settings        `json:"settings"`
	Base        map[string]Card `json:"base,omitempty"`
}

// decodeSnapshot parses and checks progress.json; path only names the file
// in errors.
func decodeSnapshot(path string, data []byte) (*snapshot, error) {
	bad := func(format string, args ...any) error {
		return &DataError{Path: path, Problem: fmt.Sprintf(format, args...) +
			"; the file is left as it is ('quiz doctor --repair' rebuilds it from " + LogFile + ")"}
	}
	trimmed := bytes.TrimSpace(data)
	if len(trimmed) == 0 || trimmed[0] != '{' {
		return nil, bad("not valid JSON: want an object")
	}
	switch {
	case len(data) > 64<<20:
		// Decoding a big snapshot makes garbage far faster than a small
		// starting heap expects: at the default GC target, collection
		// costs as much as the decoding itself.
		defer debug.SetGCPercent(debug.SetGCPercent(400))
	case len(data) > 1<<20:
		// Most of what the decoding allocates is the cards, kept: a
		// collection meanwhile would only scan them. What is dropped
		// (a list per processor) is at most the size of the file.
		defer debug.SetGCPercent(debug.SetGCPercent(-1))
	}
	var snap snapshot
	parallel := decodeParallel(data, &snap)
	if !parallel {
		snap = snapshot{}
		err := json.Unmarshal(data, &snap)
		if err != nil {
			return nil, decodeError(path, data, err, bad)
		}
	}
	if snap.Version > SnapshotVersion {
		return nil, newerError(path, snap.Version)
	}
	present, sumOK := checkSum(data)
	if present && !sumOK {
		return nil, bad("its checksum does not match what it holds: it was changed or damaged")
	}
	if snap.Version >= 3 {
		if !present {
			return nil, bad("it has no checksum")
		}
		// Strictly: a field this version does not write is damage. Cards
		// read line by line were in exactly the layout encodeSnapshot
		// writes, which leaves room for other fields only before them:
		// checking that head spares decoding 50,000 cards twice.
		strict := data
		if parallel {
			strict = snapshotHeadBytes(data)
		}
		if err := strictHead(strict); err != nil {
			return nil, bad("%v", err)
		}
	}
	return checkSnapshot(path, &snap, bad)
}

// snapshotHeadBytes returns the snapshot's fields before the cards as a
// JSON object of their own.
func snapshotHeadBytes(data []byte) []byte {
	i := bytes.Index(data, []byte(`,"cards":{`))
	if i < 0 {
		return data
	}
	return append(data[:i:i], '}')
}

// strictHead decodes everything but the cards, refusing unknown fields.
func strictHead(data []byte) error {
	var head struct {
		snapshotHead
		Cards json.RawMessage `json:"cards"`
	}
	d := json.NewDecoder(bytes.NewReader(data))
	d.DisallowUnknownFields()
	if err := d.Decode(&head); err != nil {
		return fmt.Errorf("not what this quiz writes: %v", err)
	}
	return nil
}

// decodeError explains why data is not a snapshot.
func decodeError(path string, data []byte, err error, bad func(string, ...any) error) error {
	// A newer format may change field types: say so rather than report a
	// type error.
	var probe struct {
		Version json.RawMessage `json:"version"`
	}
	if json.Unmarshal(data, &probe) == nil {
		var v int
		if json.Unmarshal(probe.Version, &v) == nil && v > SnapshotVersion {
			return newerError(path, v)
		}
	}
	return bad("not valid JSON: %v", err)
}

// checkSnapshot checks the decoded fields.
func checkSnapshot(path string, snap *snapshot, bad func(string, ...any) error) (*snapshot, error) {
	if snap.Version > SnapshotVersion {
		return nil, newerError(path, snap.Version)
	}
	if snap.Version < 0 {
		return nil, bad("unknown format version %d", snap.Version)
	}
	if snap.LogSize < 0 || snap.LogLines < 0 || (snap.LogSize == 0 && snap.LogLines != 0) {
		return nil, bad("log_size %d and log_lines %d do not fit together", snap.LogSize, snap.LogLines)
	}
	if snap.Settings == (Settings{}) {
		snap.Settings = DefaultSettings()
	} else if err := snap.Settings.Validate(); err != nil {
		return nil, bad("settings: %v", err)
	}
	cards := snap.Cards
	if snap.cardsChecked {
		cards = nil
	}
	for _, m := range []map[string]Card{cards, snap.Base} {
		for k, c := range m {
			if err := checkCard(k, c); err != nil {
				return nil, bad("card %q: %v", k, err)
			}
		}
	}
	if snap.Cards == nil {
		snap.Cards = map[string]Card{}
	}
	return snap, nil
}

func newerError(path string, v int) error {
	return &DataError{Path: path, Newer: true, Problem: fmt.Sprintf(
		"written by a newer quiz (format version %d; this one reads up to %d); update quiz; the file is left as it is", v, SnapshotVersion)}
}

// checkCard reports a card no scheduler could have produced.
func checkCard(k string, c Card) error {
	bank, q, ok := strings.Cut(k, "/")
	switch {
	case !ok || bank == "" || q == "":
		return errors.New("key is not bank/question")
	case c.State < fsrs.New || c.State > fsrs.Relearning:
		return fmt.Errorf("unknown state %d", c.State)
	case !finite(c.Stability) || !finite(c.Difficulty) || c.Stability < 0 || c.Difficulty < 0:
		return errors.New("stability or difficulty out of range")
	case c.State != fsrs.New && (c.Stability == 0 || c.Difficulty == 0):
		return errors.New("reviewed card has no stability or difficulty")
	case c.Seen < 0 || c.Correct < 0 || c.Correct > c.Seen:
		return fmt.Errorf("counts seen %d, correct %d out of range", c.Seen, c.Correct)
	case c.RemainingSteps < 0:
		return errors.New("negative remaining steps")
	}
	return nil
}

func finite(f float64) bool { return !math.IsNaN(f) && !math.IsInf(f, 0) }

// encodeSnapshot writes one card per line, sorted, so the file is stable
// and readable.
func encodeSnapshot(snap *snapshot) ([]byte, error) {
	var buf bytes.Buffer
	head := snap.snapshotHead
	head.Checksum = checksumPrefix + zeroSum
	h, err := json.Marshal(head)
	if err != nil {
		return nil, err
	}
	buf.Write(h[:len(h)-1])
	buf.WriteString(`,"cards":{`)
	keys := make([]string, 0, len(snap.Cards))
	for k := range snap.Cards {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for i, k := range keys {
		if i > 0 {
			buf.WriteByte(',')
		}
		buf.WriteString("\n")
		kb, _ := json.Marshal(k)
		buf.Write(kb)
		buf.WriteByte(':')
		cb, err := json.Marshal(snap.Cards[k])
		if err != nil {
			return nil, fmt.Errorf("encode card %s: %w", k, err)
		}
		buf.Write(cb)
	}
	buf.WriteString("\n}}\n")
	data := buf.Bytes()
	i := bytes.Index(data, []byte(checksumField+zeroSum))
	copy(data[i+len(checksumField):], fmt.Sprintf("%08x", crc32.Checksum(data, castagnoli)))
	return data, nil
}

const (
	checksumPrefix = "crc32c:"
	checksumField  = `"checksum":"` + checksumPrefix
	zeroSum        = "00000000"
)

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// checkSum reports whether data carries a checksum (in its head, before
// the cards) and whether it matches.
func checkSum(data []byte) (present, ok bool) {
	i := bytes.Index(data, []byte(checksumField))
	if c := bytes.Index(data, []byte(`"cards":`)); i < 0 || c >= 0 && i > c || i+len(checksumField)+8 > len(data) {
		return false, false
	}
	at := i + len(checksumField)
	want := string(data[at : at+8])
	copy(data[at:], zeroSum)
	got := fmt.Sprintf("%08x", crc32.Checksum(data, castagnoli))
	copy(data[at:], want)
	return true, got == want
}

// writeAtomic replaces path with data: temp file in the same folder, fsync,
// rename, fsync the folder. Tests replace it to simulate a full disk.
var writeAtomic = func(path string, data []byte) error {
	dir := filepath.Dir(path)
	if err := renameio.WriteFile(path, data, 0o600, renameio.WithTempDir(dir)); err != nil {
		return err
	}
	return syncDir(dir)
}

// syncDir fsyncs a directory, so names created or renamed in it survive a
// power cut. Tests replace it to see which directories are synced.
var syncDir = func(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	return d.Sync()
}

// mkdirSynced creates dir and any missing parents, fsyncing the parent of
// each one created, so a new data directory survives a power cut.
func mkdirSynced(dir string, perm os.FileMode) error {
	if st, err := os.Stat(dir); err == nil {
		if !st.IsDir() {
			return fmt.Errorf("%s is not a directory", dir)
		}
		return nil
	}
	parent := filepath.Dir(dir)
	if parent != dir {
		if err := mkdirSynced(parent, perm); err != nil {
			return err
		}
	}
	if err := os.Mkdir(dir, perm); err != nil && !errors.Is(err, os.ErrExist) {
		return err
	}
	return syncDir(parent)
}

// save writes the snapshot of the current state.
func (s *Store) save() error {
	data, err := encodeSnapshot(&snapshot{snapshotHead: snapshotHead{
		Version: SnapshotVersion, LogSize: s.logSize, LogLines: s.logLines, LogLast: s.logLast,
		LogTime: s.logTime, Dups: s.dupList(), Settings: s.settings, Base: s.base,
		LogClock: s.clock, LogClockID: s.clockID, OrderedFrom: s.orderedFrom, LogFormat: s.logFormat,
	}, Cards: s.cards})
	if err != nil {
		return fmt.Errorf("save progress: %w", err)
	}
	if err := writeAtomic(s.path(SnapshotFile), data); err != nil {
		return fmt.Errorf("save %s: %w", s.path(SnapshotFile), err)
	}
	s.dirty = false
	return nil
}

// load reads the snapshot and replays the log entries it does not cover.
func (s *Store) load() error {
	// Opening a FIFO waits for a writer forever: look before reading.
	if err := checkRegularFiles(s.dir, SnapshotFile, LogFile); err != nil {
		return err
	}
	snapPath := s.path(SnapshotFile)
	release := func() {}
	if st, err := os.Stat(snapPath); err == nil && st.Size() > 1<<20 && st.Size() <= 64<<20 {
		release = HoldGC() // the cards are kept: nothing to collect
	}
	data, err := os.ReadFile(snapPath)
	var snap *snapshot
	switch {
	case errors.Is(err, os.ErrNotExist):
	case err != nil:
		release()
		return fmt.Errorf("read progress: %w", err)
	default:
		snap, err = decodeSnapshot(snapPath, data)
		if err != nil {
			release()
			return err
		}
	}
	release() // before any replay of the log, which makes garbage
	if snap != nil {
		s.settings = snap.Settings
		s.logW = snap.Settings.Parameters
		if snap.Version < SnapshotVersion {
			if err := s.migrate(snap, data); err != nil {
				return err
			}
		}
		s.base = snap.Base
	}
	logPath := s.path(LogFile)
	size, err := fileSize(logPath)
	if err != nil {
		return fmt.Errorf("read log: %w", err)
	}
	switch {
	case snap == nil:
	case snap.LogSize == 0:
		// Nothing of the log is covered: replay it all onto the base.
	case covers(logPath, snap, size):
		s.cards = snap.Cards
		s.logSize, s.logLines, s.logLast, s.logTime = snap.LogSize, snap.LogLines, snap.LogLast, snap.LogTime
		s.clock, s.clockID, s.orderedFrom, s.logFormat = snap.LogClock, snap.LogClockID, snap.OrderedFrom, snap.LogFormat
		if s.clock == 0 && !snap.LogTime.IsZero() {
			s.clock = snap.LogTime.UnixNano() // a snapshot from before the hlc
		}
		for _, id := range snap.Dups {
			s.dupIDs[id] = true
		}
		settings := s.settings
		res, again, err := s.replayTail(snap)
		if err != nil {
			return err
		}
		if !again {
			return s.handleTail(res)
		}
		// An entry after the snapshot repeats one before it: only a whole
		// replay can count it once.
		s.settings, s.settingsLogged = settings, false
		s.dirty = true
	default:
		if !s.force && lost(logPath, snap) {
			return lostError(s.dir, snap, size)
		}
		s.warnf("%s does not match %s; progress rebuilt from the log", SnapshotFile, LogFile)
		s.dirty = true
		// The rebuilt state replaces the snapshot when this writer closes:
		// keep the old one first, in case the log is what lost answers (a
		// sync tool restoring an older copy, say).
		if s.writer {
			name := SnapshotFile + ".bak-" + stamp(s.now())
			if err := writeSynced(s.path(name), data); err != nil {
				return fmt.Errorf("keep a copy of %s before rebuilding it: %w", SnapshotFile, err)
			}
			s.warnf("the old %s is kept as %s", SnapshotFile, name)
		}
	}
	// A whole log replayed is history; undo memory is for what is recent.
	s.bulk = size > 1<<20
	defer func() { s.bulk = false }()
	res, err := s.replayAll()
	if err != nil {
		return err
	}
	return s.handleTail(res)
}

// errUnordered stops a replay in file order at an entry that sorts before
// one already applied.
var errUnordered = errors.New("log not in causal order")

// replayAll rebuilds the state from the base and the whole log, in causal
// order: in file order when the log is in order (as quiz appends it), else
// sorted (lines a merge appended).
func (s *Store) replayAll() (logScan, error) {
	if err := s.resetToBase(); err != nil {
		return logScan{}, err
	}
	res, err := s.replayInOrder(0, -1)
	if !errors.Is(err, errUnordered) {
		return res, err
	}
	if err := s.resetToBase(); err != nil {
		return logScan{}, err
	}
	// Read in causal order, holding only the lines out of place (a merge
	// appended them) in memory; the first pass notes what the log holds.
	var clock int64
	var clockID string
	var orderedFrom int64
	res, _, err = scanCausal(s.path(LogFile), -1, func(e *Entry, end int64) bool {
		defer func() { s.logSize, s.logLast = end, e.ID }()
		if s.duplicate(*e) {
			return false
		}
		s.logLines++
		// The log is in order only after the last line that sorts
		// before one above it.
		if !s.inOrder(e) {
			s.orderedFrom = end
		}
		s.noteEntry(e)
		clock, clockID, orderedFrom = s.clock, s.clockID, s.orderedFrom
		return true
	}, func(e Entry) error {
		s.apply(e)
		return nil
	})
	if err != nil {
		return res, err
	}
	s.logSize = res.end
	s.clock, s.clockID, s.orderedFrom = clock, clockID, orderedFrom
	return res, nil
}

// replayInOrder is replay that stops with errUnordered at the first entry
// that sorts before one already applied.
func (s *Store) replayInOrder(from, to int64) (logScan, error) {
	res, err := scanLog(s.path(LogFile), from, to, func(e Entry, end int64) error {
		if !s.duplicate(e) {
			if !s.inOrder(&e) {
				return errUnordered
			}
			s.apply(e)
			s.logLines++
		}
		s.logSize, s.logLast = end, e.ID
		return nil
	})
	if err == nil {
		s.logSize = res.end
	}
	return res, err
}

// replay applies the log's entries from byte from to byte to (to < 0: the
// end), each id once, and moves the store's end of log past them.
func (s *Store) replay(from, to int64) (logScan, error) {
	res, err := scanLog(s.path(LogFile), from, to, func(e Entry, end int64) error {
		if !s.duplicate(e) {
			s.apply(e)
			s.logLines++
		}
		s.logSize, s.logLast = end, e.ID
		return nil
	})
	if err == nil {
		s.logSize = res.end // blank lines after the last entry included
	}
	return res, err
}

// replayTail applies the entries after the snapshot. again reports that
// one of them repeats the id of an earlier entry, so the state must be
// rebuilt from the whole log instead.
func (s *Store) replayTail(snap *snapshot) (res logScan, again bool, err error) {
	// Entries appended by quiz are newer than all before them; only an
	// older one, copied in by hand or by a sync tool, may repeat an id.
	older := map[string]bool{}
	seen := map[string]bool{}
	ck, cid := s.clock, s.clockID
	res, err = scanLog(s.path(LogFile), snap.LogSize, -1, func(e Entry, end int64) error {
		if seen[e.ID] {
			again = true
		}
		// An entry that sorts before one before it (clock set back in a
		// format 1 log, lines appended by hand): replay all in order.
		if k := e.OrderKey(); k > ck || k == ck && e.ID > cid {
			ck, cid = k, e.ID
		} else {
			again = true
		}
		seen[e.ID] = true
		if snap.LogTime.IsZero() || !e.Time.After(snap.LogTime) {
			older[e.ID] = true
		}
		return nil
	})
	if err != nil || again {
		return res, again, err
	}
	if len(older) > 0 {
		_, err := scanLogLines(s.path(LogFile), 0, snap.LogSize, func(line []byte) bool {
			id, ok := lineID(line)
			if !ok {
				return true
			}
			again = again || older[string(id)]
			return false
		}, func(e Entry, _ int64) error {
			again = again || older[e.ID]
			return nil
		})
		if err != nil || again {
			return res, again, err
		}
	}
	res, err = s.replay(snap.LogSize, -1)
	return res, false, err
}

// resetToBase empties the state before a replay of the whole log, noting
// every review the log takes back so the replay leaves them out.
func (s *Store) resetToBase() error {
	s.cards = make(map[string]Card, len(s.base))
	for k, c := range s.base {
		s.cards[k] = c
	}
	s.logSize, s.logLines, s.logLast, s.logTime = 0, 0, "", time.Time{}
	s.logW = [21]float64{} // the defaults until a settings entry says otherwise
	s.clock, s.clockID, s.orderedFrom, s.logFormat = 0, "", 0, 0
	s.carried = map[string]bool{}
	s.undone = map[string]bool{}
	s.prev = map[string]prevCard{}
	s.dupIDs, s.seenDup = map[string]bool{}, map[string]bool{}
	// Note a hash of every id, to find the few ids seen more than once
	// without keeping a million ids in memory.
	seed := maphash.MakeSeed()
	var hashes []uint64
	undo := []byte(KindUndo)
	mayUndo := func(line []byte) bool {
		if id, ok := lineID(line); ok {
			hashes = append(hashes, maphash.Bytes(seed, id))
			return bytes.Contains(line, undo)
		}
		return true
	}
	_, err := scanLogLines(s.path(LogFile), 0, -1, mayUndo, func(e Entry, _ int64) error {
		hashes = append(hashes, maphash.String(seed, e.ID))
		if e.Kind == KindUndo {
			s.undone[e.Target] = true
		}
		return nil
	})
	slices.Sort(hashes)
	s.dupHash = nil
	for i := 1; i < len(hashes); i++ {
		if hashes[i] == hashes[i-1] {
			if s.dupHash == nil {
				s.dupHash, s.dupSeed = map[uint64]bool{}, seed
			}
			s.dupHash[hashes[i]] = true
		}
	}
	return err
}

// lineID reads the id at the start of a line as quiz writes it, without
// decoding the rest; false for any other layout.
func lineID(line []byte) ([]byte, bool) {
	rest, ok := bytes.CutPrefix(trimLine(line), []byte(`{"id":"`))
	if !ok {
		return nil, false
	}
	i := bytes.IndexByte(rest, '"')
	if i <= 0 || bytes.IndexByte(rest[:i], '\\') >= 0 {
		return nil, false
	}
	return rest[:i], true
}

// duplicate reports an entry whose id was applied before in this replay;
// the first one counts.
func (s *Store) duplicate(e Entry) bool {
	if s.dupHash == nil || !s.dupHash[maphash.String(s.dupSeed, e.ID)] {
		return false
	}
	if s.seenDup[e.ID] {
		s.dupIDs[e.ID] = true
		return true
	}
	s.seenDup[e.ID] = true
	return false
}

// dupList returns the ids found more than once, sorted.
func (s *Store) dupList() []string {
	if len(s.dupIDs) == 0 {
		return nil
	}
	ids := make([]string, 0, len(s.dupIDs))
	for id := range s.dupIDs {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	return ids
}

// handleTail deals with bytes after the last good entry of the log: a
// complete entry missing its newline is kept; anything else is a torn
// write, set aside by a writer and reported by a reader.
func (s *Store) handleTail(res logScan) error {
	if len(res.tail) == 0 {
		return nil
	}
	if !res.terminated && res.tailLen == int64(len(res.tail)) {
		if e, err := parseEntry(res.tail); err == nil {
			if e.ID != s.logLast { // a line repeated by hand counts once
				s.apply(e)
			}
			s.logSize += int64(len(res.tail))
			s.logLines++
			s.logLast = e.ID
			if s.writer {
				return s.finishLine()
			}
			return nil
		}
	}
	if !s.writer {
		s.warnf("%s: torn last line (%d bytes) ignored; the next quiz that records sets it aside", LogFile, res.tailLen)
		return nil
	}
	return s.setAside(res.tailLen)
}

// finishLine adds the newline a crash left off the log's last entry.
func (s *Store) finishLine() error {
	f, err := os.OpenFile(s.path(LogFile), os.O_WRONLY|os.O_APPEND, 0)
	if err != nil {
		return fmt.Errorf("repair %s: %w", LogFile, err)
	}
	defer f.Close()
	if err := appendLine(f, []byte("\n")); err != nil {
		return fmt.Errorf("repair %s: %w", LogFile, err)
	}
	s.logSize++
	return nil
}

// covers reports whether the snapshot describes a prefix of the log: the
// log is long enough and the entry ending where the snapshot stops is the
// one it names.
func covers(logPath string, snap *snapshot, size int64) bool {
	if snap.LogSize == 0 {
		return true
	}
	if snap.LogSize > size {
		return false
	}
	f, err := os.Open(logPath)
	if err != nil {
		return false
	}
	defer f.Close()
	n := min(snap.LogSize, 1<<16)
	buf := make([]byte, n)
	if _, err := f.ReadAt(buf, snap.LogSize-n); err != nil && !errors.Is(err, io.EOF) {
		return false
	}
	if snap.LogLines == 0 {
		return n == snap.LogSize && blank(buf) // only blank lines so far
	}
	// Blank lines an editor left after the entry are part of the prefix,
	// but the prefix must end at a line's end.
	line := bytes.TrimRight(buf, " \t\r\n")
	if !bytes.Contains(buf[len(line):], []byte("\n")) {
		return false
	}
	i := bytes.LastIndexByte(line, '\n')
	if i < 0 && n < snap.LogSize {
		return false // longer than we look back; rebuild to be safe
	}
	e, err := parseEntry(line[i+1:])
	return err == nil && e.ID == snap.LogLast
}

func fileSize(path string) (int64, error) {
	st, err := os.Stat(path)
	if errors.Is(err, os.ErrNotExist) {
		return 0, nil
	}
	if err != nil {
		return 0, err
	}
	return st.Size(), nil
}

// migrate upgrades an older snapshot in memory and, for a writer, keeps a
// backup of the old file. Version 0 had no review log: its cards become the
// base the log is replayed onto.
func (s *Store) migrate(snap *snapshot, old []byte) error {
	if snap.Version == 0 {
		base := snap.Base
		if base == nil {
			base = map[string]Card{}
		}
		for k, c := range snap.Cards {
			base[k] = c
		}
		snap.Base, snap.Cards = base, map[string]Card{}
		snap.LogSize, snap.LogLines, snap.LogLast = 0, 0, ""
	}
	if snap.Version == 1 || snap.Version == 2 {
		// Version 1 has due times of day: schedule again from the log, by
		// day. Neither has a checksum, so what they hold cannot be
		// trusted: the log's own settings and cards replace it.
		snap.Cards = map[string]Card{}
		snap.LogSize, snap.LogLines, snap.LogLast = 0, 0, ""
	}
	s.dirty = true
	if !s.writer {
		return nil
	}
	name := fmt.Sprintf("%s.v%d-%s.bak", SnapshotFile, snap.Version, stamp(s.now()))
	if err := writeSynced(s.path(name), old); err != nil {
		return fmt.Errorf("back up %s before upgrading it: %w", SnapshotFile, err)
	}
	s.warnf("%s: upgraded from format version %d; the old file is kept as %s", SnapshotFile, snap.Version, name)
	return nil
}

// decodeParallel decodes a snapshot in the layout encodeSnapshot writes —
// one card per line — splitting the cards across processors, since decoding
// is most of the time `quiz banks` takes with a long history. It reports
// false for any other layout, which is then decoded the ordinary way.
func decodeParallel(data []byte, snap *snapshot) bool {
	const marker = `,"cards":{` + "\n"
	i := bytes.Index(data, []byte(marker))
	if i < 0 || !bytes.HasSuffix(data, []byte("\n}}\n")) || i+len(marker) > len(data)-len("\n}}\n") {
		return false
	}
	head := append(append([]byte(nil), data[:i]...), '}')
	if json.Unmarshal(head, snap) != nil || snap.Cards != nil {
		return false
	}
	body := data[i+len(marker) : len(data)-len("\n}}\n")]
	ncards := bytes.Count(body, []byte("\n")) + 1
	workers := runtime.GOMAXPROCS(0)
	if len(body) < 1<<20 || workers < 2 {
		return false
	}
	// Cut the body at line starts into one piece per worker.
	var pieces [][]byte
	for len(body) > 0 {
		n := len(body) / workers
		if len(pieces) == workers-1 || n < 1<<16 {
			n = len(body)
		}
		j := bytes.IndexByte(body[n:], '\n')
		if j < 0 {
			pieces = append(pieces, body)
			break
		}
		pieces = append(pieces, body[:n+j])
		body = body[n+j+1:]
	}
	// Each worker decodes its piece a batch of lines at a time into a
	// buffer it takes from free and hands to this goroutine, which puts the
	// cards in the map while the workers go on and then gives the buffer
	// back: the map is built once, alongside the decoding, and the
	// buffers are few and reused.
	const batch = 1024
	nbuf := 3 * len(pieces)
	free := make(chan []keyedCard, nbuf)
	full := make(chan []keyedCard, nbuf)
	for range nbuf {
		free <- make([]keyedCard, 0, batch)
	}
	type bounds struct {
		first, last string
		ok, checked bool
	}
	ends := make([]bounds, len(pieces))
	var failed atomic.Bool
	var wg sync.WaitGroup
	for k, p := range pieces {
		wg.Add(1)
		go func() {
			defer wg.Done()
			e := bounds{checked: true}
			for len(p) > 0 && !failed.Load() {
				// The next batch of lines, ending before a newline.
				cut, n := 0, 0
				for n < batch {
					i := bytes.IndexByte(p[cut:], '\n')
					if i < 0 {
						cut = len(p)
						break
					}
					cut += i + 1
					n++
				}
				lines, ok := bytes.CutSuffix(p[:cut], []byte("\n"))
				p = p[cut:]
				// A comma ends every line but the last of the cards.
				if ok || k < len(pieces)-1 {
					if lines, ok = bytes.CutSuffix(lines, []byte(",")); !ok {
						failed.Store(true)
						return
					}
				}
				list, ok := decodeCardList(lines, (<-free)[:0])
				// Keys increase within the batch (decodeCardList) and
				// from the one before.
				if !ok || len(list) == 0 || e.last != "" && e.last >= list[0].key {
					free <- list
					failed.Store(true)
					return
				}
				if e.first == "" {
					e.first = list[0].key
				}
				e.last = list[len(list)-1].key
				// checkSnapshot's check of each card, done here on every
				// processor; a card that fails is reported by checkSnapshot.
				for _, kc := range list {
					if e.checked && checkCard(kc.key, kc.card) != nil {
						e.checked = false
					}
				}
				full <- list
			}
			e.ok = true
			ends[k] = e
		}()
	}
	go func() {
		wg.Wait()
		close(full)
	}()
	snap.Cards = make(map[string]Card, ncards)
	for list := range full {
		for _, kc := range list {
			snap.Cards[kc.key] = kc.card
		}
		free <- list
	}
	if failed.Load() {
		snap.Cards = nil
		return false
	}
	snap.cardsChecked = true
	for k, e := range ends {
		// From one piece to the next too.
		if !e.ok || e.first == "" || k > 0 && ends[k-1].last >= e.first {
			snap.Cards = nil
			return false
		}
		snap.cardsChecked = snap.cardsChecked && e.checked
	}
	return true
}

// LostError is returned when the review log no longer holds what the
// snapshot has seen: it is shorter (a sync tool rolled it back) or does not
// begin with those entries (it was replaced). Rebuilding from it would
// quietly undo answers and settings, so nothing is changed.
type LostError struct {
	Dir        string
	LogSize    int64     // bytes in the log now
	SeenSize   int64     // bytes of it the snapshot had seen
	SeenLines  int       // entries the snapshot had seen
	SeenLatest time.Time // the latest of them
}

// Error names both files, what is missing and the ways out.
func (e *LostError) Error() string {
	return fmt.Sprintf("%s in %s was rolled back or replaced: %s; nothing was changed: "+
		"restore it from a backup or your sync tool's history, or accept the loss with 'quiz doctor --repair --force'",
		LogFile, e.Dir, e.What())
}

// What says what is missing, in one clause.
func (e *LostError) What() string {
	upTo := e.SeenLatest.Format("2 Jan 2006 15:04 MST")
	if e.LogSize < e.SeenSize {
		return fmt.Sprintf("it holds %d bytes but %s has seen %d (%d entries, up to %s)", e.LogSize, SnapshotFile, e.SeenSize, e.SeenLines, upTo)
	}
	return fmt.Sprintf("it no longer holds the %d entries %s has seen (up to %s)", e.SeenLines, SnapshotFile, upTo)
}

// lost reports a log that no longer holds what snap has seen: the last
// entry it saw is gone, or there are fewer lines than entries it saw. A log
// with a damaged or inserted line, or one edited in place, still holds
// them; those are repaired or rebuilt, not refused.
func lost(logPath string, snap *snapshot) bool {
	if snap.LogLines == 0 {
		return false
	}
	f, err := os.Open(logPath)
	if err != nil {
		return true
	}
	defer f.Close()
	r := bufio.NewReaderSize(f, 1<<16)
	lines, found := 0, false
	for {
		line, tooLong, err := readLine(r, MaxLineBytes)
		if tooLong || !blank(line) {
			lines++
		}
		if id, ok := lineID(line); ok && string(id) == snap.LogLast {
			found = true
		} else if !ok && !found && bytes.Contains(line, []byte(snap.LogLast)) {
			e, perr := parseEntry(line)
			found = perr == nil && e.ID == snap.LogLast
		}
		if err != nil {
			return !found || lines < snap.LogLines
		}
	}
}

func lostError(dir string, snap *snapshot, size int64) error {
	return &LostError{Dir: dir, LogSize: size, SeenSize: snap.LogSize, SeenLines: snap.LogLines, SeenLatest: snap.LogTime}
}
