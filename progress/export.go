package progress

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"time"
)

// ExportRow is one answer of the review history as Export writes it.
type ExportRow struct {
	Time     time.Time `json:"time"`
	Bank     string    `json:"bank"`
	Question string    `json:"question"`
	Prompt   string    `json:"prompt"`
	Rating   string    `json:"rating"` // Again, Hard, Good, Easy; empty when not rated
	Correct  bool      `json:"correct"`
	Answer   string    `json:"answer"`
	Seconds  float64   `json:"seconds"`
	Mode     string    `json:"mode"` // study, practice or exam
}

// Export formats for Export.
const (
	FormatCSV  = "csv"
	FormatJSON = "json"
)

// Export writes every answer in the log, oldest first, as CSV with a
// header row or as a JSON array. The mode column comes last in CSV, so
// scripts that read columns by position keep working. Answers taken back with undo are left
// out. prompt looks up a question's text; it may be nil, and returns ""
// for a question no bank has any more.
func (s *Store) Export(w io.Writer, format string, prompt func(bank, question string) string) error {
	if format != FormatCSV && format != FormatJSON {
		return fmt.Errorf("unknown export format %q: use csv or json", format)
	}
	undone := map[string]bool{}
	if err := s.EachEntry(func(e Entry) error {
		if e.Kind == KindUndo {
			undone[e.Target] = true
		}
		return nil
	}); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	bw := bufio.NewWriter(w)
	cw := csv.NewWriter(bw)
	n := 0
	if format == FormatCSV {
		cw.Write([]string{"time", "bank", "question", "prompt", "rating", "correct", "answer", "seconds", "mode"})
	} else {
		bw.WriteString("[")
	}
	// Oldest first means in causal order, also after a merge appended
	// older lines.
	err := s.eachCausal(func(e Entry) error {
		if (e.Kind != KindReview && e.Kind != "") || undone[e.ID] {
			return nil
		}
		// Text from a log written by hand or by an older quiz's merge may
		// hold escape sequences: written out as text, never as such.
		row := ExportRow{Time: e.Time.UTC(), Bank: Printable(e.Bank), Question: Printable(e.Question), Correct: e.Correct,
			Answer: Printable(e.Answer), Seconds: float64(e.MS) / 1000, Mode: Printable(exportMode(e))}
		if e.Rating >= 1 && e.Rating <= 4 {
			row.Rating = e.Rating.String()
		}
		if prompt != nil {
			row.Prompt = prompt(e.Bank, e.Question)
		}
		if format == FormatCSV {
			return cw.Write([]string{row.Time.Format(time.RFC3339), row.Bank, row.Question, row.Prompt,
				row.Rating, strconv.FormatBool(row.Correct), row.Answer, strconv.FormatFloat(row.Seconds, 'f', -1, 64), row.Mode})
		}
		b, err := json.Marshal(row)
		if err != nil {
			return err
		}
		if n > 0 {
			bw.WriteString(",")
		}
		n++
		bw.WriteString("\n")
		_, err = bw.Write(b)
		return err
	})
	if err != nil {
		return fmt.Errorf("export: %w", err)
	}
	if format == FormatCSV {
		cw.Flush()
		if err := cw.Error(); err != nil {
			return fmt.Errorf("export: %w", err)
		}
	} else {
		bw.WriteString("\n]\n")
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	return nil
}

// exportMode names the mode of an answer. Answers logged before modes were
// recorded were study, or practice when they left the schedule alone.
func exportMode(e Entry) string {
	switch {
	case e.Mode != "":
		return e.Mode
	case e.Unscheduled:
		return ModePractice
	}
	return ModeStudy
}
