package quiz

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/cases"
	"golang.org/x/text/unicode/norm"
)

// Verdict is how an answer was judged.
type Verdict int

// The verdicts, from worst to best. The verdict line a learner sees starts
// with the String of one of them.
const (
	Incorrect Verdict = iota
	Almost
	Correct
)

// String returns "Incorrect", "Almost" or "Correct".
func (v Verdict) String() string {
	switch v {
	case Incorrect:
		return "Incorrect"
	case Almost:
		return "Almost"
	case Correct:
		return "Correct"
	}
	return "Verdict(" + strconv.Itoa(int(v)) + ")"
}

// folder does full Unicode case folding (ß → ss, İ → i̇), which strings.ToLower
// does not.
var folder = cases.Fold()

// letterFolds maps letters that carry no separable accent in Unicode, so that
// removing marks alone would leave them unlike their plain spelling.
var letterFolds = map[rune]string{
	'ø': "o", 'æ': "ae", 'œ': "oe", 'ł': "l", 'đ': "d", 'ð': "d", 'þ': "th", 'ı': "i",
}

// leadingArticles are dropped from the front of an answer: English, Spanish,
// Portuguese and French. French l' is handled separately since it is glued to
// its word.
var leadingArticles = map[string]bool{
	"the": true, "a": true, "an": true,
	"el": true, "la": true, "los": true, "las": true, "un": true, "una": true,
	"o": true, "os": true, "as": true, "um": true, "uma": true,
	"le": true, "les": true,
}

// articleNames are places whose article is part of the name: dropping it
// would turn El Salvador into Salvador, a city in Brazil.
var articleNames = map[string]bool{
	"el salvador": true, "el alto": true, "el callao": true,
	"la paz": true, "la plata": true, "la habana": true, "la guaira": true, "la rioja": true, "la serena": true,
	"los angeles": true, "las vegas": true,
	"le havre": true, "le mans": true,
}

// Normalize folds a typed answer for comparison, so that differences a fair
// teacher would ignore disappear:
//
//   - Unicode compatibility forms are unified (NFKC: full-width letters,
//     ligatures) and accents are removed after decomposition, so precomposed
//     and combining accents agree and Bogotá = Bogota, São = Sao, ñ = n;
//     ø, æ, œ, ł and similar become o, ae, oe, l.
//   - Case is folded (ß = ss).
//   - "&" reads as "and".
//   - Apostrophes and full stops inside words are dropped (O.A.S. = OAS,
//     Côte d'Ivoire = Cote dIvoire), except a point or comma between two
//     digits, which stays (1.5 is not 15).
//   - Every other punctuation mark or symbol, including quotes, hyphens and
//     dashes, separates words; runs of white space become one space and
//     surrounding space and punctuation are removed (Port-au-Prince = Port au
//     Prince, «Haiti» = Haiti).
//   - One leading article is dropped when a word follows it: English
//     the/a/an, Spanish el/la/los/las/un/una, Portuguese o/a/os/as/um/uma,
//     French le/la/les/l'. Names whose article belongs to them (El Salvador,
//     La Paz, Los Angeles, ...) keep it.
func Normalize(s string) string {
	s = foldLetters(s)
	s = strings.TrimLeftFunc(s, func(r rune) bool { return !isWordRune(r) })
	// French elision: l'ONU, l’Organisation.
	if rest, ok := cutElision(s); ok {
		s = rest
	}
	s = words(s)
	if first, rest, ok := strings.Cut(s, " "); ok && leadingArticles[first] && !articleNames[s] {
		s = rest
	}
	return s
}

// foldLetters applies NFKC, case folding and accent removal.
func foldLetters(s string) string {
	s = folder.String(norm.NFKC.String(s))
	s = norm.NFD.String(s)
	var b strings.Builder
	b.Grow(len(s))
	accented := false // the last base letter takes removable accents
	for _, r := range s {
		if unicode.Is(unicode.Mn, r) {
			// Only alphabets whose marks are accents lose them: in other
			// scripts a mark can make a different letter.
			if accented {
				continue
			}
		} else {
			accented = unicode.In(r, unicode.Latin, unicode.Greek)
		}
		if f, ok := letterFolds[r]; ok {
			b.WriteString(f)
			continue
		}
		b.WriteRune(r)
	}
	return norm.NFC.String(b.String())
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func isApostrophe(r rune) bool {
	switch r {
	case '\'', '’', 'ʼ', '‘', '`', '´':
		return true
	}
	return false
}

func cutElision(s string) (string, bool) {
	if !strings.HasPrefix(s, "l") {
		return s, false
	}
	r, n := utf8.DecodeRuneInString(s[1:])
	if !isApostrophe(r) {
		return s, false
	}
	rest := s[1+n:]
	if next, _ := utf8.DecodeRuneInString(rest); !unicode.IsLetter(next) {
		return s, false
	}
	return rest, true
}

// words turns s into lower-case words separated by single spaces, following
// the punctuation rules of Normalize.
func words(s string) string {
	rs := []rune(s)
	var b strings.Builder
	b.Grow(len(s))
	space := false // a separator is pending
	for i, r := range rs {
		switch {
		case isWordRune(r):
		case r == '&':
			// "&" is a word of its own: "Trinidad&Tobago" = "Trinidad and Tobago".
			space = true
			if b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.WriteString("and")
			continue
		case (r == '.' || r == ',') && i > 0 && i+1 < len(rs) && unicode.IsDigit(rs[i-1]) && unicode.IsDigit(rs[i+1]):
		case r == '.' || isApostrophe(r):
			continue
		default:
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

// TextMatch is the judgement of a typed answer.
type TextMatch struct {
	Verdict Verdict
	// Want is the answer or accepted alternative, as written in the bank, that
	// the answer was matched against; when Incorrect, the closest one.
	Want string
}

// Minimum lengths, in runes of the normalized answer, for a near miss to be
// forgiven: shorter answers (OAS, Peru) must be typed exactly.
const (
	oneEditMinLen  = 5
	twoEditsMinLen = 10
)

// MatchText judges a typed answer against the answer and its accepted
// alternatives. After Normalize, an exact match with any of them is Correct.
// Otherwise a near miss is Almost: one edit (insertion, deletion,
// substitution or swap of two neighbouring letters) from an answer of at
// least 5 runes, or two edits from one of at least 10. A near miss is never
// forgiven when either side holds a digit (2004 is not 2005) or when the
// first letter differs, since that usually makes another word (Gambia is not
// Zambia). Anything else, including an empty answer, is Incorrect.
func MatchText(given, answer string, accept []string) TextMatch {
	wants := append([]string{answer}, accept...)
	g := Normalize(given)
	norms := make([]string, len(wants))
	for i, w := range wants {
		norms[i] = Normalize(w)
	}
	if g != "" {
		for i, n := range norms {
			if n != "" && n == g {
				return TextMatch{Verdict: Correct, Want: wants[i]}
			}
		}
	}
	gr := []rune(g)
	best, bestDist, almost := 0, -1, false
	for i, n := range norms {
		if n == "" {
			continue
		}
		wr := []rune(n)
		d := editDistance(gr, wr)
		ok := g != "" && forgivable(gr, wr, d)
		// Prefer any forgiven near miss, then the smallest distance; ties keep
		// the earlier form, so the main answer wins.
		if bestDist < 0 || (ok && !almost) || (ok == almost && d < bestDist) {
			best, bestDist, almost = i, d, ok
		}
	}
	if almost {
		return TextMatch{Verdict: Almost, Want: wants[best]}
	}
	return TextMatch{Verdict: Incorrect, Want: wants[best]}
}

// forgivable reports whether given, d edits from want, is a near miss.
func forgivable(given, want []rune, d int) bool {
	switch {
	case hasDigit(given) || hasDigit(want):
		return false
	case len(given) == 0 || given[0] != want[0]:
		return false
	case d == 1:
		return len(want) >= oneEditMinLen
	case d == 2:
		return len(want) >= twoEditsMinLen
	}
	return false
}

func hasDigit(rs []rune) bool {
	for _, r := range rs {
		if unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// editDistance is the optimal string alignment distance: Levenshtein plus
// swaps of two neighbouring runes, the commonest typing slip.
func editDistance(a, b []rune) int {
	// rows i-2, i-1 and i of the dynamic programme.
	prev2 := make([]int, len(b)+1)
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(b)]
}

// DiffOp says what a DiffSpan does to turn the given answer into the wanted one.
type DiffOp int

// The diff operations.
const (
	DiffEqual  DiffOp = iota // in both
	DiffInsert               // in want, missing from given
	DiffDelete               // in given, not in want
)

// String returns "equal", "insert" or "delete".
func (op DiffOp) String() string {
	switch op {
	case DiffEqual:
		return "equal"
	case DiffInsert:
		return "insert"
	case DiffDelete:
		return "delete"
	}
	return "DiffOp(" + strconv.Itoa(int(op)) + ")"
}

// DiffSpan is a run of text that is equal, to insert, or to delete.
type DiffSpan struct {
	Op   DiffOp
	Text string
}

// Diff returns the spans that make given into want, character by character,
// for highlighting an Almost. Letters that differ only in case or accent
// count as equal, since grading ignores those differences; an equal span
// carries want's spelling. Joining the Equal and Insert spans gives want;
// joining the Equal and Delete spans gives given up to case and accents.
func Diff(given, want string) []DiffSpan {
	g := []rune(norm.NFC.String(given))
	w := []rune(norm.NFC.String(want))
	gk := make([]string, len(g))
	for i, r := range g {
		gk[i] = runeKey(r)
	}
	wk := make([]string, len(w))
	for i, r := range w {
		wk[i] = runeKey(r)
	}
	// lcs[i][j] is the longest common subsequence of g[i:] and w[j:].
	lcs := make([][]int, len(g)+1)
	for i := range lcs {
		lcs[i] = make([]int, len(w)+1)
	}
	for i := len(g) - 1; i >= 0; i-- {
		for j := len(w) - 1; j >= 0; j-- {
			if gk[i] == wk[j] {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else {
				lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}
	var spans []DiffSpan
	add := func(op DiffOp, r rune) {
		if n := len(spans); n > 0 && spans[n-1].Op == op {
			spans[n-1].Text += string(r)
			return
		}
		spans = append(spans, DiffSpan{Op: op, Text: string(r)})
	}
	i, j := 0, 0
	for i < len(g) || j < len(w) {
		switch {
		case i < len(g) && j < len(w) && gk[i] == wk[j]:
			add(DiffEqual, w[j])
			i++
			j++
		case j == len(w) || (i < len(g) && lcs[i+1][j] >= lcs[i][j+1]):
			// Deletions before insertions, so a wrong letter reads as
			// "this, then that".
			add(DiffDelete, g[i])
			i++
		default:
			add(DiffInsert, w[j])
			j++
		}
	}
	return spans
}

// runeKey is the form of r that Diff compares: case and accents folded.
func runeKey(r rune) string {
	return foldLetters(string(r))
}
