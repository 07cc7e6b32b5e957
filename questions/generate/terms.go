package generate

import (
	"math"
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
	KindPlace               // Nagasaki, the Soviet Union
	KindDoc                 // Marshall Plan, London Agreement
	KindEvent               // Korean War, Potsdam Conference
	KindName                // another proper name: asked only as a cloze
	KindTerm                // a common noun phrase: nuclear monopoly
	KindCode                // an identifier the article writes as code: make, AppendByte
)

var kindNames = map[Kind]string{KindYear: "year", KindNumber: "number", KindAcronym: "abbreviation",
	KindOrg: "organization", KindPerson: "person", KindPlace: "place", KindDoc: "name", KindEvent: "event", KindName: "name", KindTerm: "term", KindCode: "identifier"}

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
	lists      [][]string                // items of lists in the article
	proper     map[string]bool           // words capitalised inside a sentence
	titled     map[string]bool           // capitalised words seen after a title
	sections   map[string]int            // term -> number of sections using it
	withThe    map[string]bool           // names written after "the"
	withA      map[string]bool           // terms written after "a" or "an": countable
	paired     map[string]bool           // "a|b": the article says "a and b", "a, b" or "a or b"
	phrases    map[string]int            // counts of "x of y" phrases, as asked
	norms      map[string]float64        // squared lengths of cooc vectors
	titleOf    map[string]string         // people: the title written before them
	verbish    map[string]bool           // words seen after "to" or a modal
	cooc       map[string]map[string]int // term -> content words of its sentences
	asked      map[string]bool           // answers asked in earlier banks
	lowerSeen  map[string]bool           // words written in lower case somewhere
	secLower   []string                  // each section's sentences, lower-cased
	sents      [][]*sentence             // each section's sentences
	quotes     map[int][]quoteItem       // quotable statements by length, once found
	secCount   map[string]int            // phrase -> sections that use it, once counted
	topWords   map[string]bool           // the article's most frequent content words: its subject
	code       map[string]int            // identifiers the article writes as inline code, and how often
	tokenCount map[string]int            // code identifiers, lower-cased: how often the text uses the word at all
	nSections  int
}

// maxLexiconTokens bounds the sentences the lexicon studies: each term's
// context is taken from its sentence, so a run-on sentence of thousands of
// words would cost its length squared.
const maxLexiconTokens = 120

// nounsInFunction are nouns on the function list (too vague to ask about):
// a word before them is a modifier, not a head.
var nounsInFunction = set(`way ways thing things lot lots kind kinds part parts number numbers case cases
example examples fact use uses time times year years day days`)

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

// topWords returns the n content words the article uses most (a plural
// counted with its singular): what it is about, and so what a learner
// guesses first.
func topWords(all [][]*sentence, n int) map[string]bool {
	count := map[string]int{}
	for _, sec := range all {
		for _, s := range sec {
			for _, t := range s.tokens {
				if len(t.lower) >= 4 && isContent(t.lower) && !generic[t.lower] {
					count[strings.TrimSuffix(t.lower, "s")]++
				}
			}
		}
	}
	words := make([]string, 0, len(count))
	for w := range count {
		words = append(words, w)
	}
	sort.Slice(words, func(i, j int) bool {
		if count[words[i]] != count[words[j]] {
			return count[words[i]] > count[words[j]]
		}
		return words[i] < words[j]
	})
	top := map[string]bool{}
	for _, w := range words[:min(n, len(words))] {
		top[w] = true
	}
	return top
}

// newLexicon studies the sentences of the whole article.
func newLexicon(all [][]*sentence, code map[string]int) *lexicon {
	lx := &lexicon{code: code, tokenCount: map[string]int{}, nounish: map[string]bool{}, pool: map[Kind][]string{}, poolSeen: map[string]bool{},
		neighbours: map[string]map[string]bool{}, termCount: map[string]int{}, withThe: map[string]bool{}, withA: map[string]bool{}, titleOf: map[string]string{}, cooc: map[string]map[string]int{}, asked: map[string]bool{}, paired: map[string]bool{}, phrases: map[string]int{}, norms: map[string]float64{}}
	var b strings.Builder
	for _, sec := range all {
		for _, s := range sec {
			b.WriteString(strings.ToLower(s.text))
			b.WriteString("\n")
		}
	}
	lx.lower = b.String()
	lx.secCount, lx.sents = map[string]int{}, all
	for _, sec := range all {
		var sb strings.Builder
		for _, s := range sec {
			sb.WriteString(s.lower)
			sb.WriteString("\n")
		}
		lx.secLower = append(lx.secLower, sb.String())
	}
	lx.proper, lx.sections, lx.nSections = map[string]bool{}, map[string]int{}, len(all)
	lx.titled, lx.verbish, lx.lowerSeen = map[string]bool{}, map[string]bool{}, map[string]bool{}
	codeLower := map[string]int{}
	for w, n := range code {
		codeLower[strings.ToLower(w)] += n
	}
	for _, sec := range all {
		for _, s := range sec {
			for _, t := range s.tokens {
				if codeLower[t.lower] > 0 {
					lx.tokenCount[t.lower]++
				}
				if t.text == t.lower {
					lx.lowerSeen[t.lower] = true
				}
			}
			for i := 1; i < len(s.tokens); i++ {
				switch s.tokens[i-1].lower {
				case "to", "will", "can", "could", "should", "may", "might", "must", "would", "don't", "doesn't", "didn't", "not":
					lx.verbish[s.tokens[i].lower] = true
				}
			}
		}
	}
	for _, sec := range all {
		for _, s := range sec {
			for i, t := range s.tokens {
				if i > s.first && isCapitalized(t.text) {
					lx.proper[t.lower] = true
					// "President Harry Truman": Harry and Truman are people.
					for k := i - 1; k >= 0 && k >= i-3; k-- {
						if titles[s.tokens[k].lower] {
							lx.titled[t.lower] = true
							break
						}
						if !isCapitalized(s.tokens[k].text) {
							break
						}
					}
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
				if i+1 == len(toks) || function[toks[i+1].lower] && !nounsInFunction[toks[i+1].lower] || s.text[t.end:toks[i+1].start] != " " {
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
		inSection := map[string]bool{}
		for _, s := range sec {
			if len(s.tokens) > maxLexiconTokens {
				continue // a run-on "sentence": never asked, and costly to study
			}
			ts := lx.terms(s)
			for i := 1; i < len(ts); i++ {
				switch s.text[ts[i-1].end:ts[i].start] {
				case " and ", ", ", " or ", ", and ", ", or ":
					a, b := ts[i-1].key(), ts[i].key()
					lx.paired[a+"|"+b], lx.paired[b+"|"+a] = true, true
				}
			}
			for _, t := range ts {
				k := t.key()
				lx.termCount[k]++
				before := strings.ToLower(s.text[:t.start])
				if strings.HasSuffix(before, "the ") {
					lx.withThe[k] = true
				}
				if strings.HasSuffix(before, " a ") || strings.HasSuffix(before, " an ") || before == "a " || before == "an " {
					lx.withA[k] = true
				}
				if t.kind == KindPerson {
					if f := strings.Fields(before); len(f) > 0 && titles[f[len(f)-1]] {
						lx.titleOf[k] = f[len(f)-1]
					}
				}
				if !inSection[k] {
					inSection[k] = true
					lx.sections[k]++
				}
				id := strconv.Itoa(int(t.kind)) + "|" + k
				if !lx.poolSeen[id] {
					lx.poolSeen[id] = true
					lx.pool[t.kind] = append(lx.pool[t.kind], t.text)
				}
				co := lx.cooc[k]
				if co == nil {
					co = map[string]int{}
					lx.cooc[k] = co
				}
				for _, tok := range s.tokens {
					if isContent(tok.lower) && !strings.Contains(k, tok.lower) && !generic[tok.lower] {
						co[tok.lower]++
					}
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
			if items := lx.listIn(s); items != nil {
				lx.lists = append(lx.lists, items)
			}
		}
	}
	// Pools by frequency, then alphabetically: distractors are scored in
	// this order, and a book's rare tail is cut off.
	for k := range lx.pool {
		p := lx.pool[k]
		sort.Slice(p, func(i, j int) bool {
			ci, cj := lx.termCount[strings.ToLower(p[i])], lx.termCount[strings.ToLower(p[j])]
			if ci != cj {
				return ci > cj
			}
			return p[i] < p[j]
		})
	}
	lx.topWords = topWords(all, 8)
	return lx
}

// similarity is the cosine of two terms' co-occurrence vectors: terms used
// among the same words are of a kind.
func (lx *lexicon) similarity(a, b string) float64 {
	va, vb := lx.cooc[a], lx.cooc[b]
	if len(va) > len(vb) {
		va, vb = vb, va
	}
	var dot float64
	for w, x := range va {
		if y, ok := vb[w]; ok {
			dot += float64(x * y)
		}
	}
	if dot == 0 {
		return 0
	}
	return dot / math.Sqrt(lx.norm(a)*lx.norm(b))
}

// norm is the squared length of a term's co-occurrence vector, computed
// once.
func (lx *lexicon) norm(k string) float64 {
	if n, ok := lx.norms[k]; ok {
		return n
	}
	var n float64
	for _, x := range lx.cooc[k] {
		n += float64(x * x)
	}
	lx.norms[k] = n
	return n
}

// terms finds the candidate answers of a sentence: years, numbers,
// acronyms, names and content noun phrases.
func (lx *lexicon) terms(s *sentence) []term {
	var out []term
	toks := s.tokens
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		switch {
		case lx.code[t.text] > 0 && len(t.text) >= 3 && lx.codeHere(toks, i):
			// Written as code somewhere in the article and used as a name
			// here: a function, type or value of the language or program.
			out = append(out, term{text: t.text, kind: KindCode, start: t.start, end: t.end, words: 1})
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
			// "President Harry Truman", "Soviet Premier Joseph Stalin": the
			// name is what follows the title.
			for k := i; k < j-1; k++ {
				if titles[toks[k].lower] {
					first = k + 1
				}
			}
			if first > i {
				out = append(out, lx.nameTerm(s, first, j))
				i = j - 1
				continue
			}
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
			out = append(out, lx.nameTerm(s, first, j))
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
			// Participles do not start a term: "strengthened cooperation".
			for i < j-1 && (strings.HasSuffix(toks[i].lower, "ed") || strings.HasSuffix(toks[i].lower, "ing")) && !lx.nounish[toks[i].lower] {
				i++
			}
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

// codeCategories are nouns that say what kind of name an identifier is.
var codeCategories = set(`function functions type types method methods package packages keyword keywords
variable variables field fields value values argument arguments constant constants operator interface`)

// codeHere reports whether token i, an identifier the article also writes
// as code, is used as that name here rather than as an English word ("make
// a copy"): the text never uses the word except as code ("nil"), or it is
// written in mixed case or with digits or underscores ("AppendByte"), or a
// category noun follows it ("the copy function"), or "built-in" comes
// before it.
func (lx *lexicon) codeHere(toks []token, i int) bool {
	w := toks[i].text
	if lx.tokenCount[strings.ToLower(w)] <= lx.code[w] {
		return true // every use of the word, in any case, is this code span's
	}
	if strings.ContainsAny(w[1:], "ABCDEFGHIJKLMNOPQRSTUVWXYZ_0123456789") {
		return true
	}
	if i+1 < len(toks) && codeCategories[toks[i+1].lower] {
		return true
	}
	return i > 0 && toks[i-1].lower == "built-in"
}

// nameTerm makes the term for the proper name of tokens [first, end).
func (lx *lexicon) nameTerm(s *sentence, first, end int) term {
	toks := s.tokens
	text := s.text[toks[first].start:toks[end-1].end]
	text = strings.TrimSuffix(text, "’s")
	text = strings.TrimSuffix(text, "'s")
	if strings.HasSuffix(text, ".") && !strings.HasSuffix(text, ".S.") && strings.Count(text, ".") == 1 {
		text = strings.TrimSuffix(text, ".")
	}
	kind := lx.nameKind(s, first, end, text)
	return term{text: text, kind: kind, start: toks[first].start, end: toks[first].start + len(text), words: end - first}
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

// nameKind guesses what a proper name names, from its last word, the
// word before it and how the article uses it. A name it cannot place is
// KindName, which is never given distractors or swapped.
func (lx *lexicon) nameKind(s *sentence, first, end int, text string) Kind {
	toks := s.tokens
	last := toks[end-1].lower
	prev := ""
	if first > 0 {
		prev = toks[first-1].lower
	}
	switch {
	case end-first == 1 && strings.Contains(toks[first].text, "."):
		return KindName // U.S., U.S.S.R.
	case end-first == 1 && isAcronym(toks[first].text):
		return KindAcronym
	case placeHeads[last]:
		return KindPlace
	case docHeads[last]:
		return KindDoc
	case eventHeads[last]:
		return KindEvent
	case orgHeads[last]:
		return KindOrg
	case titles[prev] && end-first <= 3:
		return KindPerson
	case end-first >= 2 && end-first <= 3 && lx.titled[last]:
		return KindPerson // "Harry Truman", and "President Truman" elsewhere
	case end-first == 1 && months[strings.ToLower(text)]:
		return KindName
	case end-first == 1 && (prev == "in" || prev == "at") && lx.termCount[strings.ToLower(text)] >= 1:
		return KindPlace
	}
	return KindName
}

// Heads of names of places, documents and events.
var (
	placeHeads = set(`states kingdom republic union island islands city sea ocean river province region coast peninsula`)
	docHeads   = set(`plan doctrine act charter treaty agreement declaration pact accord report proclamation resolution convention protocol constitution`)
	eventHeads = set(`war wars crisis conference trial trials blockade airlift revolution invasion battle summit election depression uprising bombing`)
)

// listIn finds a list "A, B and C" of short noun phrases in a sentence.
func (lx *lexicon) listIn(s *sentence) []string {
	text := s.text
	for _, conj := range []string{", and ", " and ", ", or ", " or "} {
		i := strings.LastIndex(text, conj)
		if i < 0 {
			continue
		}
		before := text[:i]
		if k := strings.LastIndexAny(before, ":;"); k >= 0 {
			before = before[k+1:]
		}
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
		// The first item is no longer than the longest of the others: "lack
		// sufficient funds, personnel, and logistical support".
		longest := wordCount(lastItem)
		for _, p := range parts[1:] {
			longest = max(longest, wordCount(p))
		}
		k = max(k, len(fw)-longest)
		items := []string{strings.Join(fw[k:], " ")}
		items = append(items, parts[1:]...)
		items = append(items, lastItem)
		ok := len(items) >= 3 && len(items) <= 6
		for _, it := range items {
			f := strings.Fields(it)
			if it == "" || len(f) > 4 || strings.ContainsAny(it, "\"“”():;") ||
				function[strings.ToLower(f[0])] && f[0] != "the" || verbs[strings.ToLower(f[0])] {
				ok = false
				continue
			}
			head := strings.ToLower(strings.Trim(f[len(f)-1], ".,"))
			if !lx.nounish[head] && !isCapitalized(f[len(f)-1]) && !plural(head) || lx.verbish[strings.ToLower(f[0])] && !lx.nounish[strings.ToLower(f[0])] {
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

// sectionsWith counts the sections that use a lower-cased phrase.
func (lx *lexicon) sectionsWith(phrase string) int {
	if n, ok := lx.secCount[phrase]; ok {
		return n
	}
	n := 0
	for _, t := range lx.secLower {
		if indexWord(t, phrase) >= 0 {
			n++
		}
	}
	lx.secCount[phrase] = n
	return n
}
