package questions

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

// ImportTable turns a two-column table, the term/definition export of
// Quizlet or Anki's plain-text export, into a bank of text questions: the
// definition is the prompt and the term the answer (swap reverses them).
// Columns are separated by tabs, or by commas (with CSV quoting) when no line
// has a tab; Anki's "#separator:" header is honoured. Blank lines and leading
// "#" header lines are skipped; extra columns (such as Anki's tags) are
// ignored. A malformed line is a Problem naming FILE:LINE.
func ImportTable(file string, data []byte, id, title string, swap bool) (*Bank, error) {
	if len(data) > MaxFileSize {
		return nil, Problems{tooBig(file, int64(len(data)))}
	}
	if p, bad := checkUTF8(file, data); bad {
		return nil, Problems{p}
	}
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	lines := strings.Split(strings.ReplaceAll(string(data), "\r\n", "\n"), "\n")

	sep := ""
	first := 0 // first line after the header
	for ; first < len(lines) && strings.HasPrefix(lines[first], "#"); first++ {
		if v, ok := strings.CutPrefix(strings.ToLower(lines[first]), "#separator:"); ok {
			sep = map[string]string{"tab": "\t", "comma": ",", "semicolon": ";", "pipe": "|", "space": " "}[strings.TrimSpace(v)]
		}
	}
	if sep == "" {
		sep = ","
		for _, l := range lines[first:] {
			if strings.Contains(l, "\t") {
				sep = "\t"
				break
			}
		}
	}

	b := &Bank{ID: id, Title: title}
	var ps Problems
	ids := map[string]int{}
	rows := 0
	add := func(line int, cols []string) {
		rows++
		if rows == 1 && isHeaderRow(cols) {
			return
		}
		if len(cols) < 2 {
			ps = append(ps, Problem{File: file, Line: line, Msg: fmt.Sprintf(
				"expected two columns, term and definition, separated by %s; found one", sepName(sep))})
			return
		}
		term, def := strings.TrimSpace(cols[0]), strings.TrimSpace(cols[1])
		if term == "" || def == "" {
			ps = append(ps, Problem{File: file, Line: line, Msg: "a column is empty; write both the term and the definition, or delete the line"})
			return
		}
		if swap {
			term, def = def, term
		}
		if msg := tableText(term, false) + tableText(def, true); msg != "" {
			ps = append(ps, Problem{File: file, Line: line, Msg: msg})
			return
		}
		// Ids come from the answer, leaving room for a -N suffix.
		qid := Slug(term)
		if len(qid) > 40 {
			qid = strings.TrimRight(qid[:40], "-")
		}
		if qid == "" {
			qid = "q-" + strconv.Itoa(len(b.Questions)+1)
		}
		base := qid
		for n := 2; ids[qid] > 0; n++ {
			qid = base + "-" + strconv.Itoa(n)
		}
		ids[qid] = line
		b.Questions = append(b.Questions, &Question{ID: qid, Type: Text, Prompt: def, Answer: term, Line: line})
	}

	if sep == "," {
		r := csv.NewReader(strings.NewReader(strings.Join(lines[first:], "\n")))
		r.FieldsPerRecord = -1
		for {
			rec, err := r.Read()
			if err != nil {
				var pe *csv.ParseError
				if errors.As(err, &pe) {
					ps = append(ps, Problem{File: file, Line: pe.StartLine + first, Msg: fmt.Sprintf(
						"malformed CSV: %v; put a field that holds quotes in double quotes and double the inner quotes", pe.Err)})
				}
				break
			}
			line, _ := r.FieldPos(0)
			add(line+first, rec)
		}
	} else {
		for i, l := range lines[first:] {
			if strings.TrimSpace(l) == "" {
				continue
			}
			add(i+first+1, strings.Split(l, sep))
		}
	}
	if len(ps) > 0 {
		return nil, ps
	}
	if len(b.Questions) == 0 {
		return nil, Problems{{File: file, Line: 1, Msg: "no term/definition lines found; write one term, a tab, and its definition per line"}}
	}
	// Check the result as any bank file is checked (ids, control characters).
	out, err := b.YAML()
	if err != nil {
		return nil, err
	}
	checked, err := Parse(file, out)
	if err != nil {
		return nil, fmt.Errorf("import %s: %w", file, err)
	}
	return checked, nil
}

// headerWords are the column names of exported term/definition tables.
var headerWords = map[string]bool{
	"term": true, "definition": true, "front": true, "back": true, "question": true,
	"answer": true, "word": true, "meaning": true, "prompt": true, "translation": true,
}

// isHeaderRow reports whether a first row names its columns rather than
// holding a term and its definition.
func isHeaderRow(cols []string) bool {
	if len(cols) < 2 {
		return false
	}
	for _, c := range cols[:2] {
		if !headerWords[strings.ToLower(strings.TrimSpace(c))] {
			return false
		}
	}
	return true
}

// tableText says what is wrong with one cell ("" when nothing is): the
// same control characters as in bank files are refused.
func tableText(s string, multi bool) string {
	for _, r := range s {
		switch {
		case (r == '\n' || r == '\t') && multi:
		case r == '\n':
			return "the answer spans several lines; write it on one line"
		case textControl(r), rawControl(r):
			return fmt.Sprintf("control character %s; %s", describe(r), controlWhy)
		}
	}
	return ""
}

func sepName(sep string) string {
	switch sep {
	case "\t":
		return "a tab"
	case ",":
		return "a comma"
	}
	if utf8.RuneCountInString(sep) == 1 {
		return strconv.Quote(sep)
	}
	return "the separator"
}
