package progress

import (
	"bufio"
	"bytes"
	"fmt"
	"hash/crc32"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/google/renameio/v2"
)

// StatsCacheFile is the name, in the data directory, of the statistics'
// running totals: per day and per question, up to a point of the log. It
// is derived from the log alone and checked against it before use, so a
// missing, damaged or outdated one is simply worked out again; `quiz
// stats` then reads only the log entries after that point.
const StatsCacheFile = "stats.cache"

const statsCacheHeader = "quiz stats cache 1"

// maxStatsTail is how many bytes of log after the cache are read into
// memory; a cache further behind is worked out again.
const maxStatsTail = 32 << 20

// statsCache is the totals of the log's first offset bytes, whose last
// entry is lastID, counted with the days of zone key.
type statsCache struct {
	key    string
	offset int64
	lastID string
	fold   *statsFold
}

// foldKey names how days are counted: the zone and the rollover hour.
// For the local zone it adds what can change it between runs.
func foldKey(loc *time.Location, rollover int, now time.Time) string {
	name := loc.String()
	if loc == time.Local {
		zone, off := now.In(loc).Zone()
		name += "|" + os.Getenv("TZ") + "|" + zone + "|" + strconv.Itoa(off)
	}
	return name + "|" + strconv.Itoa(rollover)
}

func dayNumber(d time.Time) int64 { return d.Unix() / 86400 }
func fromDayNumber(n int64) time.Time {
	return time.Unix(n*86400, 0).UTC()
}

// encode writes the cache, or returns nil when an id would not survive
// the space-separated format (then nothing is cached).
func (c *statsCache) encode() []byte {
	var b bytes.Buffer
	f := c.fold
	fmt.Fprintf(&b, "%s\nkey %s\nat %d %s %d %d\n", statsCacheHeader, strconv.Quote(c.key), c.offset, c.lastID, f.total, f.last.UnixNano())
	for d, t := range f.perDay {
		fmt.Fprintf(&b, "d %d %d %d %d %d %d\n", dayNumber(d), t.reviews, t.correct, t.learnt, t.learntCorrect, t.ms)
	}
	plain := func(s string) bool { return s != "" && !strings.ContainsAny(s, " \t\r\n") }
	if !plain(c.lastID) && c.lastID != "" {
		return nil
	}
	for k, q := range f.perQ {
		question, ok := strings.CutPrefix(k, q.bank+"/")
		if !ok || !plain(q.bank) || !plain(question) {
			return nil
		}
		from := int64(-1)
		if !q.learntFrom.IsZero() {
			from = dayNumber(q.learntFrom)
		}
		last := 0
		if q.lastCorrect {
			last = 1
		}
		fmt.Fprintf(&b, "q %s %s %d %d %d %d %d\n", q.bank, question, q.answers, q.correct, q.failures, from, last)
	}
	// A checksum, so that damage in the totals is noticed.
	fmt.Fprintf(&b, "sum %08x\n", crc32.Checksum(b.Bytes(), castagnoli))
	return b.Bytes()
}

// readStatsCache reads the cache in dir, or returns nil.
func readStatsCache(dir string, fold *statsFold) *statsCache {
	data, err := os.ReadFile(pathIn(dir, StatsCacheFile))
	if err != nil {
		return nil
	}
	i := bytes.LastIndex(data, []byte("sum "))
	if i < 0 || string(data[i:]) != fmt.Sprintf("sum %08x\n", crc32.Checksum(data[:i], castagnoli)) {
		return nil
	}
	data = data[:i]
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 1<<16), 1<<20)
	if !sc.Scan() || sc.Text() != statsCacheHeader || !sc.Scan() {
		return nil
	}
	key, ok := strings.CutPrefix(sc.Text(), "key ")
	if key, err = strconv.Unquote(key); !ok || err != nil || !sc.Scan() {
		return nil
	}
	c := &statsCache{key: key, fold: fold}
	var lastNano int64
	if n, err := fmt.Sscanf(sc.Text(), "at %d %s %d %d", &c.offset, &c.lastID, &fold.total, &lastNano); n != 4 || err != nil {
		return nil
	}
	fold.last = time.Unix(0, lastNano).UTC()
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		nums := func(from int) ([]int64, bool) {
			out := make([]int64, len(f)-from)
			for i := range out {
				v, err := strconv.ParseInt(f[from+i], 10, 64)
				if err != nil || v < -1 {
					return nil, false
				}
				out[i] = v
			}
			return out, true
		}
		switch {
		case len(f) == 7 && f[0] == "d":
			n, ok := nums(1)
			if !ok {
				return nil
			}
			fold.perDay[fromDayNumber(n[0])] = &dayTotals{reviews: int(n[1]), correct: int(n[2]), learnt: int(n[3]),
				learntCorrect: int(n[4]), ms: n[5]}
		case len(f) == 8 && f[0] == "q":
			n, ok := nums(3)
			if !ok {
				return nil
			}
			q := &qstat{bank: f[1], answers: int(n[0]), correct: int(n[1]), failures: int(n[2]), lastCorrect: n[4] == 1}
			if n[3] >= 0 {
				q.learntFrom = fromDayNumber(n[3])
			}
			fold.perQ[statsKey(f[1], f[2])] = q
		default:
			return nil
		}
	}
	if sc.Err() != nil {
		return nil
	}
	return c
}

// foldFromCache returns the totals of the whole log from the cache and
// the entries after it, or nil when the cache cannot be used: missing,
// counted for another zone, not a prefix of this log, followed by
// entries that change what it counted (an undo of an answer in it, an
// answer older than its last), or taken before lines a merge appended.
// The totals are counted in causal order, so a cache taken after a merge
// serves as well as any: every line after it sorts after all before.
func (s *Store) foldFromCache(key string, fresh func() *statsFold) *statsFold {
	c := readStatsCache(s.dir, fresh())
	// The entries after the cache are held in memory: past some
	// megabytes of them, one streamed pass over the whole log is better.
	// Lines a merge appended out of order after the cache's point were
	// not counted in causal order with those before it.
	if c == nil || c.key != key || c.offset > s.logSize || c.offset < s.orderedFrom || s.logSize-c.offset > maxStatsTail {
		return nil
	}
	logPath := s.path(LogFile)
	size, err := fileSize(logPath)
	if err != nil {
		return nil
	}
	head := snapshotHead{LogSize: c.offset, LogLast: c.lastID}
	if c.lastID != "" {
		head.LogLines = 1
	}
	if !covers(logPath, &snapshot{snapshotHead: head}, size) {
		return nil
	}
	var tail []Entry
	_, err = scanLog(logPath, c.offset, s.logSize, func(e Entry, _ int64) error {
		if e.Kind != KindFormat {
			tail = append(tail, e)
		}
		return nil
	})
	if err != nil {
		return nil
	}
	inTail := map[string]bool{}
	undone := map[string]bool{}
	for _, e := range tail {
		inTail[e.ID] = true
		if e.Kind == KindUndo && e.Target != "" {
			if !inTail[e.Target] {
				return nil
			}
			undone[e.Target] = true
		}
	}
	fold := c.fold
	for _, e := range tail {
		if (e.Kind == "" || e.Kind == KindReview) && !undone[e.ID] || e.Kind == KindReset {
			if e.Time.Before(fold.last) {
				return nil
			}
			fold.add(e)
		}
	}
	if len(tail) > 0 {
		s.saveStatsCache(key, fold)
	}
	return fold
}

// saveStatsCache writes the totals of the whole log. Being derived, a
// failure to write them only costs the next run time: it is ignored.
func (s *Store) saveStatsCache(key string, fold *statsFold) {
	if s.logSize == 0 {
		return
	}
	data := (&statsCache{key: key, offset: s.logSize, lastID: s.logLast, fold: fold}).encode()
	if data == nil {
		os.Remove(s.path(StatsCacheFile))
		return
	}
	_ = renameio.WriteFile(s.path(StatsCacheFile), data, 0o600)
}
