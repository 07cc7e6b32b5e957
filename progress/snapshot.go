package progress

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"hash/crc32"
	"math"
	"runtime"
	"runtime/debug"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

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
