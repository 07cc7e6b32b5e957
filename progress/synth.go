package progress

import (
	"bufio"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"slices"
	"time"
)

// SynthOptions sizes a synthetic review history.
type SynthOptions struct {
	Banks     int           // banks, named bank-000 …
	Questions int           // questions in all, spread over the banks
	Reviews   int           // answers in the log
	Seed      uint64        // the same seed gives the same history
	Start     time.Time     // time of the first answer; zero means 2022-01-01 UTC
	Span      time.Duration // time the answers spread over; zero means three years
}

// Synthesize writes a made-up but realistic history into dir — a review
// log and the snapshot derived from it, as quiz itself would have left
// them: a format entry, then answers in sessions of 20, each answer with
// its hlc and session id and each session ended by its session entry —
// for benchmarks and for trying quiz with years of progress. The log is
// written unsealed; the first writer to close seals it. dir must not
// hold a log already.
func Synthesize(dir string, o SynthOptions) error {
	if o.Banks < 1 || o.Questions < o.Banks || o.Reviews < 0 {
		return errors.New("synthesize: need at least one bank and a question per bank")
	}
	if o.Start.IsZero() {
		o.Start = time.Date(2022, 1, 1, 8, 0, 0, 0, time.UTC)
	}
	if o.Span == 0 {
		o.Span = 3 * 365 * 24 * time.Hour
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return fmt.Errorf("synthesize: %w", err)
	}
	f, err := os.OpenFile(pathIn(dir, LogFile), os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return fmt.Errorf("synthesize: %w", err)
	}
	defer f.Close()
	s := newStore(dir, true, nil)
	s.bulk = true
	rng := rand.New(rand.NewPCG(o.Seed, 0x5eed))
	w := bufio.NewWriterSize(f, 1<<20)
	step := o.Span / time.Duration(max(o.Reviews, 1))
	perBank := o.Questions / o.Banks
	var id [16]byte
	newID := func() string {
		for j := range id {
			id[j] = byte(rng.Uint32())
		}
		return hex.EncodeToString(id[:])
	}
	// write appends e as quiz does: with its hlc, one line.
	write := func(e Entry) error {
		e.HLC = after(e.Time, s.clock)
		line, err := json.Marshal(e)
		if err != nil {
			return fmt.Errorf("synthesize: %w", err)
		}
		line = append(line, '\n')
		if _, err := w.Write(line); err != nil {
			return fmt.Errorf("synthesize: %w", err)
		}
		s.apply(e)
		s.noteEntry(&e)
		if e.Kind == KindFormat {
			s.logFormat = e.Format
		}
		s.logSize += int64(len(line))
		s.logLines++
		s.logLast = e.ID
		return nil
	}
	if o.Reviews > 0 {
		if err := write(Entry{ID: newID(), Time: o.Start, Kind: KindFormat, Format: LogFormat}); err != nil {
			return err
		}
	}
	// Sessions of 20 answers, each ended by its session entry.
	const perSession = 20
	var session string
	var start time.Time
	banks := map[string]bool{}
	for i := range o.Reviews {
		at := o.Start.Add(time.Duration(i) * step)
		if i%perSession == 0 {
			session, start = newID(), at
			clear(banks)
		}
		q := rng.IntN(o.Questions)
		var rating Rating
		switch p := rng.IntN(100); {
		case p < 12:
			rating = Again
		case p < 25:
			rating = Hard
		case p < 88:
			rating = Good
		default:
			rating = Easy
		}
		bank := fmt.Sprintf("bank-%03d", min(q/perBank, o.Banks-1))
		banks[bank] = true
		e := Entry{
			ID: newID(), Time: at, Kind: KindReview,
			Bank: bank, Question: fmt.Sprintf("q%05d", q),
			Rating: rating, Correct: rating > Again, Answer: "an answer", MS: 2000 + rng.Int64N(20000),
			Session: session, Mode: ModeStudy, Retention: s.settings.Retention,
		}
		if err := write(e); err != nil {
			return err
		}
		if i%perSession == perSession-1 || i == o.Reviews-1 {
			names := make([]string, 0, len(banks))
			for b := range banks {
				names = append(names, b)
			}
			slices.Sort(names)
			end := at.Add(time.Duration(e.MS) * time.Millisecond)
			err := write(Entry{ID: newID(), Time: end, Kind: KindSession, Start: start,
				Session: session, Mode: ModeStudy, Banks: names, Asked: i%perSession + 1})
			if err != nil {
				return err
			}
		}
	}
	if err := w.Flush(); err != nil {
		return fmt.Errorf("synthesize: %w", err)
	}
	if err := f.Sync(); err != nil {
		return fmt.Errorf("synthesize: %w", err)
	}
	return s.save()
}

func pathIn(dir, name string) string { return dir + string(os.PathSeparator) + name }
