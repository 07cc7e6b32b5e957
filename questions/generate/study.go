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

// lexicon is what the generator learns about the whole article: how often
// each term occurs, which words behave as nouns, and the pools of terms of
// each kind that distractors come from.
type lexicon struct {
	lower      string              // the whole article, lower-cased
	born, died float64             // the years of a life the article tells from its start, if any
	pairs2     map[string]bool     // "a b": two words the article says in a row, once built
	shared     []bool              // whether a section shares its heading with another but for a number, once found
	said       map[string]bool     // a phrase the article says, once looked for
	items      map[string]poolItem // a pool term's facts, once found
	nounish    map[string]bool     // words seen as the head of a noun phrase
	pool       map[Kind][]string
	personWord map[string]bool // a word of a name: true for a person's, false for a place's and the like, once found
	poolSeen   map[string]bool
	neighbours map[string]map[string]bool // term -> words seen around it
	termCount  map[string]int
	lists      [][]string                // items of lists in the article
	allLists   []articleList             // lists of noun or gerund phrases, by section, once found
	proper     map[string]int            // how often each word is capitalised inside a sentence
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
	judged     int                       // true/false statements kept so far, in article order
	lowerSeen  map[string]int            // how often each word is written in lower case
	secLower   []string                  // each section's sentences, lower-cased
	sents      [][]*sentence             // each section's sentences
	detNext    map[string]bool           // words right after a determiner, once found (see afterDeterminer)
	dense      int                       // 1 if dense with its field's words, -1 if not, 0 before it is known (see fieldDense)
	binary     int                       // 1 if it writes binary numbers, -1 if not, 0 before it is known (see writesBinary)
	quotes     [][]quoteItem             // each section's quotable statements, once found
	headWords  [][]string                // each section's heading's content words, once found
	offered    map[string]int            // how many kept statement questions offer a statement as wrong
	repetitive bool                      // its sections restate each other: wrong statements share no word with the section
	notes      bool                      // the article is notes: mostly list items (see isNotes)
	stemSecs   map[string]int            // stem -> sections that use it, once counted
	capsSecs   map[string]int            // a word in capitals -> sections that write it so, once counted
	stemSents  map[string][]int32        // stem -> the sentences that use it, numbered across the article, once built
	pairs      map[string]bool           // "w\x00h" -> whether the article says stem w mostly beside stem h, once found
	ideas      map[string][]int          // word -> the ideas of concepts it says, once found
	byInitials map[string][]string       // the article's names by their initials, once found
	titleWords map[string]bool           // the title's content words, once found
	counts     map[string]int            // phrase -> uses in the article, once counted
	secCount   map[string]int            // phrase -> sections that use it, once counted
	topWords   map[string]bool           // the article's most frequent content words: its subject
	headings   []string                  // each section's heading, in order
	code       map[string]int            // identifiers the article writes as inline code, and how often
	tokenCount map[string]int            // code identifiers, lower-cased: how often the text uses the word at all
	nSections  int
	yearSents  map[string][]*sentence // year -> the sentences that give it, once built
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
		neighbours: map[string]map[string]bool{}, termCount: map[string]int{}, withThe: map[string]bool{}, withA: map[string]bool{}, titleOf: map[string]string{}, cooc: map[string]map[string]int{}, asked: map[string]bool{}, paired: map[string]bool{}, phrases: map[string]int{}, norms: map[string]float64{}, offered: map[string]int{}}
	var b strings.Builder
	for _, sec := range all {
		for _, s := range sec {
			b.WriteString(strings.ToLower(s.text))
			b.WriteString("\n")
		}
	}
	lx.lower = b.String()
	lx.secCount, lx.sents, lx.counts = map[string]int{}, all, map[string]int{}
	for _, sec := range all {
		var sb strings.Builder
		for _, s := range sec {
			sb.WriteString(s.lower)
			sb.WriteString("\n")
		}
		lx.secLower = append(lx.secLower, sb.String())
	}
	lx.born, lx.died = lifespan(all)
	lx.proper, lx.sections, lx.nSections = map[string]int{}, map[string]int{}, len(all)
	lx.titled, lx.verbish, lx.lowerSeen = map[string]bool{}, map[string]bool{}, map[string]int{}
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
					lx.lowerSeen[t.lower]++
				}
			}
			for i := 1; i < len(s.tokens); i++ {
				if s.text[s.tokens[i-1].end:s.tokens[i].start] != " " {
					continue // "can, upon detecting …": not what "can" takes
				}
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
					lx.proper[t.lower]++
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

// count counts the whole-word uses of a lower-cased phrase in the
// article, once per phrase: the same phrases are looked up for every
// sentence that holds them.
func (lx *lexicon) count(phrase string) int {
	if n, ok := lx.counts[phrase]; ok {
		return n
	}
	n := countWord(lx.lower, phrase)
	lx.counts[phrase] = n
	return n
}

// says reports whether the article says a phrase, as whole words: two
// words are looked up among the pairs it says in a row, a longer phrase
// is looked for once. A book asks this of every option of every answer:
// a search of the whole text each time took seconds.
func (lx *lexicon) says(phrase string) bool {
	if v, ok := lx.said[phrase]; ok {
		return v
	}
	if lx.said == nil {
		lx.said = map[string]bool{}
	}
	v := lx.saysNow(phrase)
	lx.said[phrase] = v
	return v
}

func (lx *lexicon) saysNow(phrase string) bool {
	if a, b, ok := strings.Cut(phrase, " "); ok && oneToken(a) && oneToken(b) {
		if lx.pairs2 == nil {
			lx.pairs2 = map[string]bool{}
			for _, sec := range lx.sents {
				for _, s := range sec {
					for i := 1; i < len(s.tokens); i++ {
						a, b := s.tokens[i-1], s.tokens[i]
						if s.text[a.end:b.start] == " " {
							lx.pairs2[strings.ToLower(s.text[a.start:a.end])+" "+strings.ToLower(s.text[b.start:b.end])] = true
						}
					}
				}
			}
		}
		return lx.pairs2[phrase]
	}
	return indexWord(lx.lower, phrase) >= 0
}

// poolItem is what the search for options needs of a term of a pool,
// found once: its lower-case and alphanumeric forms and its length.
type poolItem struct {
	lower, alnum string
	words        int
}

// item returns the facts of a pool term, found once.
func (lx *lexicon) item(d string) poolItem {
	if it, ok := lx.items[d]; ok {
		return it
	}
	if lx.items == nil {
		lx.items = map[string]poolItem{}
	}
	it := poolItem{lower: strings.ToLower(d), alnum: alnum(d), words: wordCount(d)}
	lx.items[d] = it
	return it
}

// spelledOut reports whether the article writes an abbreviation (lower
// case) after its long form, in brackets: "(imt)". Found once.
func (lx *lexicon) spelledOut(k string) bool {
	return lx.says("(" + k + ")")
}

// oneToken reports whether a word is read as one token, as it is written.
func oneToken(w string) bool {
	t := tokenize(w)
	return len(t) == 1 && t[0].text == w && !strings.ContainsAny(w, "'’")
}

// lifespan finds the life a biography tells: the year its first two
// sections say someone was born, and the last year the article says
// someone died after it (a parent's death comes earlier in such a life).
// Zero where the article tells no birth near its start.
func lifespan(all [][]*sentence) (born, died float64) {
	yearAfter := func(s *sentence, word string) float64 {
		seen := false
		for _, t := range s.tokens {
			if t.lower == word {
				seen = true
			} else if seen && yearRe.MatchString(t.text) {
				return termValue(KindYear, t.text)
			}
		}
		return 0
	}
	for _, sec := range all[:min(2, len(all))] {
		for _, s := range sec {
			if born = yearAfter(s, "born"); born > 0 {
				break
			}
		}
		if born > 0 {
			break
		}
	}
	if born == 0 {
		return 0, 0
	}
	for _, sec := range all {
		for _, s := range sec {
			if y := yearAfter(s, "died"); y > born && y < born+110 {
				died = max(died, y)
			}
		}
	}
	return born, died
}
