package generate

import (
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Kind is the kind of a term; distractors and swaps are always of the
// answer's kind.
type Kind int

// Kinds of term.
const (
	KindYear    Kind = iota // 1949
	KindNumber              // 48, 2,000
	KindAcronym             // NATO
	KindOrg                 // North Atlantic Treaty Organization
	KindPerson              // Harry Truman
	KindPlace               // Nagasaki
	KindName                // another proper name
	KindTerm                // a common noun phrase: nuclear monopoly
)

var kindNames = map[Kind]string{KindYear: "year", KindNumber: "number", KindAcronym: "abbreviation",
	KindOrg: "organization", KindPerson: "person", KindPlace: "place", KindName: "name", KindTerm: "term"}

// term is a candidate answer found in a sentence.
type term struct {
	text       string // as written in the sentence
	kind       Kind
	start, end int // byte offsets in the sentence
	words      int
	plural     bool
	article    string // "a" or "an" directly before, or ""
}

func (t term) key() string { return strings.ToLower(t.text) }

// lexicon is what the generator learns about the whole article: how often
// each term occurs, which words behave as nouns, and the pools of terms of
// each kind that distractors come from.
type lexicon struct {
	lower      string          // the whole article, lower-cased
	nounish    map[string]bool // words seen as the head of a noun phrase
	pool       map[Kind][]string
	poolSeen   map[string]bool
	neighbours map[string]map[string]bool // term -> words seen around it
	termCount  map[string]int
	lists      [][]string      // items of lists in the article
	proper     map[string]bool // words capitalised inside a sentence
}

var determiners = set(`the a an its their his her our your my this these those each every no any some two three four many several`)

var (
	yearRe   = regexp.MustCompile(`^(1[0-9]{3}|20[0-9]{2})$`)
	numberRe = regexp.MustCompile(`^[0-9][0-9,]*(\.[0-9]+)?$`)
)

// isContent reports whether a lower-cased word can be part of a content
// noun phrase.
func isContent(w string) bool {
	if len(w) < 3 || function[w] || verbs[w] || months[w] {
		return false
	}
	if strings.HasSuffix(w, "ly") && !lyNouns[w] {
		return false
	}
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLetter(r)
}

// newLexicon studies the sentences of the whole article.
func newLexicon(all [][]*sentence) *lexicon {
	lx := &lexicon{nounish: map[string]bool{}, pool: map[Kind][]string{}, poolSeen: map[string]bool{},
		neighbours: map[string]map[string]bool{}, termCount: map[string]int{}}
	var b strings.Builder
	for _, sec := range all {
		for _, s := range sec {
			b.WriteString(strings.ToLower(s.text))
			b.WriteString("\n")
		}
	}
	lx.lower = b.String()
	lx.proper = map[string]bool{}
	for _, sec := range all {
		for _, s := range sec {
			for i, t := range s.tokens {
				if i > s.first && isCapitalized(t.text) {
					lx.proper[t.lower] = true
				}
			}
		}
	}
	// Noun evidence: a word right after a determiner and right before a
	// function word or punctuation is the head of a noun phrase ("the bomb
	// was", "a slice."); so is a word with a noun suffix.
	for _, sec := range all {
		for _, s := range sec {
			toks := s.tokens
			for i, t := range toks {
				if !isContent(t.lower) {
					continue
				}
				if hasSuffix(t.lower, nounSuffixes) && !hasSuffix(t.lower, adjectiveSuffixes) {
					lx.nounish[t.lower] = true
					continue
				}
				if i == 0 || !determiners[toks[i-1].lower] && !(i >= 2 && determiners[toks[i-2].lower] && isContent(toks[i-1].lower)) {
					continue
				}
				if i+1 == len(toks) || !isContent(toks[i+1].lower) || s.text[t.end:toks[i+1].start] != " " {
					lx.nounish[t.lower] = true
				}
			}
		}
	}
	for w := range lx.nounish {
		if strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "eed") {
			delete(lx.nounish, w)
		}
		if hasSuffix(w, adjectiveSuffixes) && !adjectiveSuffixNouns[w] {
			delete(lx.nounish, w)
		}
	}
	// Term pools and contexts.
	for _, sec := range all {
		for _, s := range sec {
			for _, t := range lx.terms(s) {
				k := t.key()
				lx.termCount[k]++
				id := strconv.Itoa(int(t.kind)) + "|" + k
				if !lx.poolSeen[id] {
					lx.poolSeen[id] = true
					lx.pool[t.kind] = append(lx.pool[t.kind], t.text)
				}
				ctx := lx.neighbours[k]
				if ctx == nil {
					ctx = map[string]bool{}
					lx.neighbours[k] = ctx
				}
				toks := s.tokens
				for i, tok := range toks {
					if tok.start == t.start && i > 0 {
						ctx["<"+toks[i-1].lower] = true
					}
					if tok.end == t.end && i+1 < len(toks) {
						ctx[">"+toks[i+1].lower] = true
					}
				}
			}
			if items := listIn(s); items != nil {
				lx.lists = append(lx.lists, items)
			}
		}
	}
	for k := range lx.pool {
		sort.Strings(lx.pool[k])
	}
	return lx
}

// terms finds the candidate answers of a sentence: years, numbers,
// acronyms, names and content noun phrases.
func (lx *lexicon) terms(s *sentence) []term {
	var out []term
	toks := s.tokens
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		switch {
		case yearRe.MatchString(t.text):
			if i > 0 && months[toks[i-1].lower] {
				continue // "August 9, 1945": a date, asked about as a year below
			}
			out = append(out, term{text: t.text, kind: KindYear, start: t.start, end: t.end, words: 1})
		case numberRe.MatchString(t.text):
			if i > 0 && months[toks[i-1].lower] {
				continue // a day of the month
			}
			if strings.ContainsAny(s.text[max(0, t.start-1):min(len(s.text), t.end+1)], "[]()") {
				continue
			}
			out = append(out, term{text: t.text, kind: KindNumber, start: t.start, end: t.end, words: 1})
		case isCapitalized(t.text):
			j := i + 1
			for j < len(toks) {
				if s.text[toks[j-1].end:toks[j].start] != " " {
					break
				}
				if isCapitalized(toks[j].text) && !function[toks[j].lower] {
					j++
					continue
				}
				// "Organization of American States", "Union of South Africa"
				if (toks[j].lower == "of" || toks[j].lower == "for" || toks[j].lower == "and") && j+1 < len(toks) &&
					isCapitalized(toks[j+1].text) && !function[toks[j+1].lower] && s.text[toks[j].end:toks[j+1].start] == " " && toks[j].lower != "and" {
					j += 2
					continue
				}
				break
			}
			first := i
			if i == s.first && j == i+1 && !lx.capitalizedElsewhere(t.lower) {
				i = j - 1
				continue // a capital only because it starts the sentence
			}
			if i == s.first && function[t.lower] {
				first = i + 1
				if first >= j {
					i = j - 1
					continue
				}
			}
			text := s.text[toks[first].start:toks[j-1].end]
			text = strings.TrimSuffix(text, "’s")
			text = strings.TrimSuffix(text, "'s")
			if strings.HasSuffix(text, ".") && !strings.HasSuffix(text, ".S.") && strings.Count(text, ".") == 1 {
				text = strings.TrimSuffix(text, ".")
			}
			kind := lx.nameKind(s, first, j, text)
			out = append(out, term{text: text, kind: kind, start: toks[first].start, end: toks[first].start + len(text), words: j - first})
			i = j - 1
		default:
			// A content noun phrase: up to three content words ending in a
			// noun, the next word not a content word.
			if !isContent(t.lower) || isCapitalized(t.text) {
				continue
			}
			j := i
			for j < len(toks) && j-i < 3 && isContent(toks[j].lower) && !isCapitalized(toks[j].text) &&
				(j == i || s.text[toks[j-1].end:toks[j].start] == " ") {
				j++
			}
			head := toks[j-1].lower
			if j < len(toks) && isContent(toks[j].lower) && s.text[toks[j-1].end:toks[j].start] == " " {
				i = j - 1
				continue // the phrase goes on: no clean boundary
			}
			// Trim modifiers until the head is a noun.
			for j > i && !lx.nounish[head] {
				j--
				if j > i {
					head = toks[j-1].lower
				}
			}
			if j <= i {
				continue
			}
			// Drop leading words that are not nouns or adjectives we trust:
			// keep at most the head and two modifiers.
			tm := term{text: s.text[toks[i].start:toks[j-1].end], kind: KindTerm, start: toks[i].start, end: toks[j-1].end,
				words: j - i, plural: plural(head)}
			if i > 0 && (toks[i-1].lower == "a" || toks[i-1].lower == "an") {
				tm.article = toks[i-1].lower
			}
			out = append(out, tm)
			i = j - 1
		}
	}
	return out
}

func isCapitalized(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

func isAcronym(w string) bool {
	w = strings.ReplaceAll(w, ".", "")
	if utf8.RuneCountInString(w) < 2 || utf8.RuneCountInString(w) > 8 {
		return false
	}
	upper := 0
	for _, r := range w {
		if unicode.IsLower(r) && r != 's' {
			return false
		}
		if unicode.IsUpper(r) {
			upper++
		}
	}
	return upper >= 2
}

// capitalizedElsewhere reports whether a word is capitalised inside some
// sentence of the article, so that its capital is not only the sentence's.
func (lx *lexicon) capitalizedElsewhere(lower string) bool {
	return lx.properSeen(lower)
}

func (lx *lexicon) properSeen(lower string) bool { return lx.proper[lower] }

// nameKind guesses what a proper name names.
func (lx *lexicon) nameKind(s *sentence, first, end int, text string) Kind {
	toks := s.tokens
	last := toks[end-1].lower
	if end-first == 1 && isAcronym(toks[first].text) {
		return KindAcronym
	}
	if orgHeads[last] || strings.Contains(strings.ToLower(text), "united nations") {
		return KindOrg
	}
	if first > 0 && titles[toks[first-1].lower] {
		return KindPerson
	}
	if end-first >= 2 && end-first <= 3 && !orgHeads[last] {
		if first > 0 && (toks[first-1].lower == "in" || toks[first-1].lower == "at") {
			return KindPlace
		}
		return KindPerson
	}
	if first > 0 && (toks[first-1].lower == "in" || toks[first-1].lower == "at" || toks[first-1].lower == "from" || toks[first-1].lower == "to") {
		return KindPlace
	}
	return KindName
}

// listIn finds a list "A, B and C" of short noun phrases in a sentence.
func listIn(s *sentence) []string {
	text := s.text
	for _, conj := range []string{", and ", " and ", ", or ", " or "} {
		i := strings.LastIndex(text, conj)
		if i < 0 {
			continue
		}
		before := text[:i]
		after := text[i+len(conj):]
		// The last item runs to punctuation.
		end := strings.IndexAny(after, ",.;:()")
		if end < 0 {
			continue
		}
		lastItem := strings.TrimSpace(after[:end])
		parts := strings.Split(before, ", ")
		if len(parts) < 2 {
			continue
		}
		// The first item starts after the last word that is not part of it:
		// take the words of the first part after a verb or preposition.
		firstPart := parts[0]
		fw := strings.Fields(firstPart)
		k := len(fw)
		for k > 0 && wordCount(strings.Join(fw[k-1:], " ")) <= 3 && !function[strings.ToLower(fw[k-1])] && !verbs[strings.ToLower(fw[k-1])] {
			k--
		}
		if k == len(fw) {
			continue
		}
		items := []string{strings.Join(fw[k:], " ")}
		items = append(items, parts[1:]...)
		items = append(items, lastItem)
		ok := len(items) >= 3
		for _, it := range items {
			if it == "" || wordCount(it) > 4 || strings.ContainsAny(it, "\"“”()") {
				ok = false
			}
		}
		if ok {
			return items
		}
		return nil
	}
	return nil
}
