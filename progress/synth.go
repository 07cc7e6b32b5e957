package progress

import (
	"bufio"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
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
// them — for benchmarks and for trying quiz with years of progress. dir
// must not hold a log already.
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
	for i := range o.Reviews {
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
		for j := range id {
			id[j] = byte(rng.Uint32())
		}
		e := Entry{
			ID: hex.EncodeToString(id[:]), Time: o.Start.Add(time.Duration(i) * step), Kind: KindReview,
			Bank: fmt.Sprintf("bank-%03d", min(q/perBank, o.Banks-1)), Question: fmt.Sprintf("q%05d", q),
			Rating: rating, Correct: rating > Again, Answer: "an answer", MS: 2000 + rng.Int64N(20000),
			Session: fmt.Sprintf("s%06d", i/20), Mode: ModeStudy, Retention: s.settings.Retention,
		}
		line, err := json.Marshal(e)
		if err != nil {
			return fmt.Errorf("synthesize: %w", err)
		}
		line = append(line, '\n')
		if _, err := w.Write(line); err != nil {
			return fmt.Errorf("synthesize: %w", err)
		}
		s.apply(e)
		s.logSize += int64(len(line))
		s.logLines++
		s.logLast = e.ID
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
