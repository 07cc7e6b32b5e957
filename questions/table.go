package questions

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"html"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// ImportTable turns a two-column table, the term/definition export of
// Quizlet or Anki's plain-text export, into a bank of questions of type as:
// Card (flashcards, the first column on the front, the second on the back)
// or Text (typed answers: the second column is the prompt and the first
// the answer to type). swap exchanges the columns. HTML, as in Anki's
// exports, is reduced to its text: line breaks kept on a card, tags
// dropped, entities decoded.
// Columns are separated by tabs, or by commas (with CSV quoting) when no line
// has a tab; Anki's "#separator:" header is honoured. Blank lines and leading
// "#" header lines are skipped; extra columns (such as Anki's tags) are
// ignored. A malformed line is a Problem naming FILE:LINE.
func ImportTable(file string, data []byte, id, title string, swap bool, as Type) (*Bank, error) {
	if as != Card && as != Text {
		return nil, fmt.Errorf("import %s: questions of type %s cannot be imported; use card or text", file, as)
	}
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
		term, def := stripHTML(cols[0], as == Card), stripHTML(cols[1], as == Card)
		if term == "" || def == "" {
			ps = append(ps, Problem{File: file, Line: line, Msg: "a column is empty; write both the term and the definition, or delete the line"})
			return
		}
		if as == Card {
			term, def = def, term // the back is the answer, the front the prompt
		}
		if swap {
			term, def = def, term
		}
		if msg := tableText(term, as == Card) + tableText(def, true); msg != "" {
			ps = append(ps, Problem{File: file, Line: line, Msg: msg})
			return
		}
		// Ids come from the typed answer, or a card's front, leaving room
		// for a -N suffix.
		qid := Slug(term)
		if as == Card {
			qid = Slug(def)
		}
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
		b.Questions = append(b.Questions, &Question{ID: qid, Type: as, Prompt: def, Answer: term, Line: line})
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

var (
	htmlBreak  = regexp.MustCompile(`(?i)<br\s*/?>|</?(div|p|li|ul|ol|tr|h[1-6])(\s[^>]*)?>`)
	htmlTag    = regexp.MustCompile(`</?[a-zA-Z][^>]*>|<!--.*?-->`)
	ankiMedia  = regexp.MustCompile(`\[sound:[^\]]*\]`)
	blankLines = regexp.MustCompile(`\n[ \t]*(\n[ \t]*)+`)
)

// stripHTML reduces a cell of an HTML export to its text: breaks and
// blocks become line breaks (spaces unless multi), other tags and Anki's
// [sound:...] references go, entities are decoded, spaces are tidied.
func stripHTML(s string, multi bool) string {
	s = strings.TrimSpace(s)
	if !strings.ContainsAny(s, "<&[") {
		return s
	}
	s = htmlBreak.ReplaceAllString(s, "\n")
	s = htmlTag.ReplaceAllString(s, "")
	s = ankiMedia.ReplaceAllString(s, "")
	s = html.UnescapeString(s)
	s = strings.ReplaceAll(s, "\u00a0", " ")
	lines := strings.Split(blankLines.ReplaceAllString(s, "\n"), "\n")
	for i, l := range lines {
		lines[i] = strings.Join(strings.Fields(l), " ")
	}
	sep := " "
	if multi {
		sep = "\n"
	}
	return strings.TrimSpace(strings.Join(slices.DeleteFunc(lines, func(l string) bool { return l == "" }), sep))
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
