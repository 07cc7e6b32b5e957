package progress

import (
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"hash/maphash"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/gofrs/flock"
	fsrs "github.com/open-spaced-repetition/go-fsrs/v4"
)

// Names of the files in a data directory.
const (
	LogFile      = "reviews.jsonl" // the append-only review log
	SnapshotFile = "progress.json" // derived state, rewritten atomically
	LockFile     = "lock"          // held by the one writer
	LockInfoFile = "lock.info"     // who holds the lock
	BanksDirName = "banks"         // the learner's own question banks
)

// ErrReadOnly is returned by writing methods of a store opened with Open.
var ErrReadOnly = errors.New("progress store is open read-only")

// ErrNothingToUndo is returned by Undo when no review can be taken back.
var ErrNothingToUndo = errors.New("nothing to undo")

// Dir returns the data directory: flag when non-empty, else $QUIZ_HOME,
// else $XDG_DATA_HOME/quiz, else ~/.local/share/quiz.
func Dir(flag string) (string, error) {
	if flag != "" {
		return filepath.Abs(flag)
	}
	if d := os.Getenv("QUIZ_HOME"); d != "" {
		return filepath.Abs(d)
	}
	// The XDG spec says relative values are invalid and must be ignored.
	if d := os.Getenv("XDG_DATA_HOME"); d != "" && filepath.IsAbs(d) {
		return filepath.Join(d, "quiz"), nil
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return "", fmt.Errorf("find the data directory: %w (set QUIZ_HOME or use --home)", err)
	}
	return filepath.Join(home, ".local", "share", "quiz"), nil
}

// Store is the progress of one data directory: the cards derived from the
// review log, and the settings. A Store from Open only reads; one from
// OpenWrite holds the directory's lock and can record answers.
type Store struct {
	dir    string
	writer bool
	now    func() time.Time // the clock
	loc    *time.Location   // the learner's time zone, for days
	force  bool             // rebuild from a log that lost entries
	// setAsideFuture: Repair moves entries dated ahead to a side file.
	setAsideFuture bool
	lock           *flock.Flock
	logf           *os.File // writer: the log, open for appending
	cards          map[string]Card
	base           map[string]Card // cards migrated from before the log existed
	settings       Settings
	// settingsLogged is set once a settings entry of the log was applied.
	settingsLogged bool

	logSize int64 // bytes of the log applied (logical: see logView)
	// activeAt is the logical offset of the first byte of the log file:
	// the sealed segments' size less the file's header line.
	activeAt int64
	logLines int    // lines of the log applied
	logLast  string // id of the last entry applied
	// logTime is the latest time of an entry applied: an entry appended
	// later that is not older than it cannot repeat one before it.
	logTime time.Time
	// clock and clockID are the greatest OrderKey applied or written and
	// the id that holds it: entries must sort after them to be applied in
	// file order. orderedFrom is the offset from which the log is in causal
	// order, every entry after all before it (a merge appends older lines
	// before it); logFormat is the format the log declares.
	clock       int64
	clockID     string
	orderedFrom int64
	logFormat   int
	// Ids seen more than once in the log: dupIDs those known, and while
	// replaying the whole log, the hashes of ids that may repeat and the
	// ids of them applied so far.
	dupIDs  map[string]bool
	dupHash map[uint64]bool
	dupSeed maphash.Seed
	seenDup map[string]bool

	// What this process applied, so Undo can restore a card without
	// reading the whole log.
	seq       int
	prev      map[string]prevCard // entry id → card before it
	touched   map[string]int      // card key → seq of the last entry touching it
	bankTouch map[string]int      // bank → seq of the last bank-wide entry
	undone    map[string]bool     // review ids taken back
	carried   map[string]bool     // cards set by a card entry of the log
	bulk      bool                // replaying a whole log: keep no undo memory

	dirty    bool  // state differs from the snapshot on disk
	closed   bool  //
	broken   error // a failed append could not be cleaned up
	warnings []string
	notice   func(msg string) // see WithNotice
	// rebuilt is set when load replayed a long log for want of a snapshot.
	rebuilt bool
	sched   map[schedKey]*fsrs.FSRS
	// logW are the FSRS parameters of the latest settings entry applied
	// (zero: the defaults). Each review is scheduled with the parameters
	// of its place in the log, so any replay gives the same schedule.
	logW [21]float64
}

type prevCard struct {
	card Card
	ok   bool
	seq  int
}

// Open loads the data directory for reading: the snapshot plus any log
// entries newer than it. A missing directory or missing files give an empty
// store. It works while another process is recording: it writes nothing,
// except the snapshot it had to rebuild from a long log, and only when no
// writer holds the lock (see keepRebuilt).
func Open(dir string, opts ...Option) (*Store, error) {
	s := newStore(dir, false, opts)
	if err := s.load(); err != nil {
		return nil, err
	}
	if s.rebuilt {
		s.keepRebuilt()
	}
	return s, nil
}

// OpenWrite creates the data directory if needed, takes its writer lock and
// loads it. If another process holds the lock it returns a *LockedError.
func OpenWrite(dir string, opts ...Option) (*Store, error) {
	if err := mkdirSynced(dir, 0o700); err != nil {
		return nil, fmt.Errorf("create data directory: %w", err)
	}
	s := newStore(dir, true, opts)
	if err := checkRegularFiles(dir, LockFile, SnapshotFile, LogFile); err != nil {
		return nil, err
	}
	lk, err := acquire(dir, s.now())
	if err != nil {
		return nil, err
	}
	s.lock = lk
	if err := s.load(); err != nil {
		release(dir, lk)
		return nil, err
	}
	// Holding the lock, no other quiz is saving: temporary files are left
	// by one that was killed.
	if names := leftoverTemps(dir); len(names) > 0 {
		removed := 0
		for _, name := range names {
			if os.Remove(filepath.Join(dir, name)) == nil {
				removed++
			}
		}
		s.warnf("removed %d temporary files left by an interrupted save (%s)", removed, strings.Join(names, ", "))
	}
	if names := removeSegmentTemps(s.path(LogFile)); len(names) > 0 {
		s.warnf("removed %d temporary files left by an interrupted compression of %s (%s)", len(names), LogFile, strings.Join(names, ", "))
	}
	_, statErr := os.Lstat(s.path(LogFile))
	f, err := os.OpenFile(s.path(LogFile), os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o600)
	if err != nil {
		release(dir, lk)
		return nil, fmt.Errorf("open %s: %w", LogFile, err)
	}
	if errors.Is(statErr, os.ErrNotExist) {
		// A new log: its name must survive a power cut too.
		if err := syncDir(dir); err != nil {
			f.Close()
			release(dir, lk)
			return nil, fmt.Errorf("create %s: %w", LogFile, err)
		}
	}
	s.logf = f
	if err := s.logBase(); err != nil {
		s.Close()
		return nil, err
	}
	return s, nil
}

// logBase writes the cards migrated from format 0 (answered before the
// log existed) into the log as card entries, once, so the log alone gives
// the whole state. They sort before every other entry, as what they carry
// came first.
func (s *Store) logBase() error {
	if len(s.base) == 0 {
		return nil
	}
	keys := make([]string, 0, len(s.base))
	for k := range s.base {
		if !s.carried[k] {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	var es []Entry
	for i, k := range keys {
		c := s.base[k]
		bank, q, _ := strings.Cut(k, "/")
		at := c.LastReview
		if at.IsZero() {
			at = s.now()
		}
		es = append(es, Entry{ID: NewID(), Time: at.UTC(), HLC: int64(i + 1), Kind: KindCard, Bank: bank, Question: q, Card: &c})
	}
	if len(es) > 0 {
		if err := s.appendEntries(es...); err != nil {
			return fmt.Errorf("write the cards of %s from before the log into it: %w", SnapshotFile, err)
		}
		for _, e := range es {
			s.carried[key(e.Bank, e.Question)] = true
		}
	}
	s.base = nil
	s.dirty = true
	return s.save()
}

// leftoverTemps lists the temporary files an atomic save of the snapshot
// or a repair of the log leaves behind when killed: "." + the file's name +
// digits.
func leftoverTemps(dir string) []string {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil
	}
	var out []string
	for _, e := range entries {
		for _, base := range []string{SnapshotFile, LogFile} {
			digits, ok := strings.CutPrefix(e.Name(), "."+base)
			if ok && digits != "" && strings.Trim(digits, "0123456789") == "" && e.Type().IsRegular() {
				out = append(out, e.Name())
			}
		}
	}
	return out
}

// Option sets how a store is opened.
type Option func(*Store)

// WithClock makes the store read the time from now (for the names of the
// side files it writes, and settings changed without a time) and count
// days in now's time zone. Commands pass their one clock; without it the
// store uses the system clock and time zone.
func WithClock(now func() time.Time) Option {
	return func(s *Store) {
		s.now = now
		s.loc = now().Location()
	}
}

// WithForce lets a store be opened, and rebuilt, from a review log that
// lacks entries the snapshot has seen (see LostError): the learner accepts
// the loss. The old snapshot is kept as a backup.
func WithForce() Option { return func(s *Store) { s.force = true } }

// WithSetAsideFuture makes Repair move entries dated more than a day ahead
// of the clock (a computer whose clock was set ahead) to a side file.
func WithSetAsideFuture() Option { return func(s *Store) { s.setAsideFuture = true } }

// systemClock is the clock of a store opened without WithClock.
var systemClock = time.Now

func newStore(dir string, writer bool, opts []Option) *Store {
	s := &Store{
		dir:       dir,
		writer:    writer,
		now:       systemClock,
		loc:       time.Local,
		cards:     map[string]Card{},
		settings:  DefaultSettings(),
		prev:      map[string]prevCard{},
		touched:   map[string]int{},
		bankTouch: map[string]int{},
		undone:    map[string]bool{},
		carried:   map[string]bool{},
		dupIDs:    map[string]bool{},
		seenDup:   map[string]bool{},
		sched:     map[schedKey]*fsrs.FSRS{},
	}
	for _, o := range opts {
		o(s)
	}
	return s
}

// Close saves the snapshot if anything changed and releases the lock. It
// is safe to call more than once.
func (s *Store) Close() error {
	if s.closed {
		return nil
	}
	s.closed = true
	if !s.writer {
		return nil
	}
	var err error
	if s.dirty && s.broken == nil {
		err = s.save()
	}
	if err == nil && s.broken == nil {
		// Every answer is saved already: a seal that fails loses
		// nothing, and the log stays as it was.
		if serr := s.seal(); serr != nil {
			err = fmt.Errorf("compress the older part of %s: %w (nothing was lost; it stays as it was)", LogFile, serr)
		}
	}
	if cerr := s.logf.Close(); cerr != nil && err == nil {
		err = fmt.Errorf("close %s: %w", LogFile, cerr)
	}
	release(s.dir, s.lock)
	return err
}

// Save writes the snapshot atomically.
func (s *Store) Save() error {
	if !s.writer {
		return ErrReadOnly
	}
	if s.closed {
		return errors.New("progress store is closed")
	}
	return s.save()
}

// Dir returns the data directory of the store.
func (s *Store) Dir() string { return s.dir }

// Card returns the state of a question; false if it was never answered or
// has been reset since.
func (s *Store) Card(bank, question string) (Card, bool) {
	c, ok := s.cards[key(bank, question)]
	return c, ok
}

// Cards returns every card keyed "bank/question". Callers must not modify
// the map.
func (s *Store) Cards() map[string]Card { return s.cards }

// Warnings returns what was noticed while loading, such as a torn last line
// set aside, one line each.
func (s *Store) Warnings() []string { return s.warnings }

// Retrievability returns the probability that c is recalled at now; 0 for a
// card never scheduled.
func (s *Store) Retrievability(c Card, now time.Time) float64 {
	r, err := s.scheduler(0, s.settings.FSRSParameters()).Retrievability(c.Card, now)
	if err != nil {
		return 0
	}
	return r
}

// NewID returns 16 random bytes in hex: unique across machines, so logs
// from several computers can be merged by id. It names log entries and
// sessions.
func NewID() string {
	var b [16]byte
	if _, err := rand.Read(b[:]); err != nil {
		panic(fmt.Sprintf("crypto/rand: %v", err))
	}
	return hex.EncodeToString(b[:])
}

func key(bank, question string) string { return bank + "/" + question }

func (s *Store) path(name string) string { return filepath.Join(s.dir, name) }

func (s *Store) warnf(format string, args ...any) {
	s.warnings = append(s.warnings, fmt.Sprintf(format, args...))
}
