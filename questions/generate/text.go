package generate

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is a word or number of a sentence, with its byte offsets.
type token struct {
	text       string
	lower      string
	start, end int
}

// tokenize splits a sentence into words: letters, digits and inner
// apostrophes, hyphens and dots ("U.S.", "well-known", "don't").
func tokenize(s string) []token {
	var toks []token
	i := 0
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !isWordRune(r) {
			i += size
			continue
		}
		j := i + size
		for j < len(s) {
			r2, size2 := utf8.DecodeRuneInString(s[j:])
			if isWordRune(r2) {
				j += size2
				continue
			}
			// "250,000": a comma between groups of three figures.
			if r2 == ',' && unicode.IsDigit(rune(s[j-1])) && j+4 <= len(s) && allDigits(s[j+1:j+4]) &&
				(j+4 == len(s) || !unicode.IsDigit(rune(s[j+4]))) {
				j += 4
				continue
			}
			if (r2 == '\'' || r2 == '’' || r2 == '-' || r2 == '.' || r2 == '–') && j+size2 < len(s) {
				r3, _ := utf8.DecodeRuneInString(s[j+size2:])
				if isWordRune(r3) && (r2 != '.' || unicode.IsUpper(r3) || unicode.IsDigit(r3)) && (r2 != '–' || unicode.IsDigit(r3)) {
					j += size2
					continue
				}
			}
			// "U.S." keeps its final dot when it is an abbreviation.
			if r2 == '.' && j-i <= 4 && strings.Count(s[i:j], ".") >= 1 {
				j += size2
			}
			break
		}
		// The lower-case form spells a typographic apostrophe as ASCII,
		// so that "It’s" and "they’re" are the word lists' "it's" and
		// "they're".
		toks = append(toks, token{text: s[i:j], lower: strings.ReplaceAll(strings.ToLower(s[i:j]), "’", "'"), start: i, end: j})
		i = j
	}
	return toks
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// abbreviations that end in a dot without ending a sentence.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "st": true, "jr": true, "sr": true,
	"gen": true, "gov": true, "sen": true, "rep": true, "col": true, "lt": true, "capt": true, "sgt": true,
	"e.g": true, "i.e": true, "etc": true, "vs": true, "v": true, "cf": true, "al": true, "no": true, "fig": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true, "sep": true,
	"sept": true, "oct": true, "nov": true, "dec": true, "approx": true, "ca": true, "c": true, "esp": true, "inc": true, "ltd": true,
	"co": true, "corp": true, "u.s": true, "u.k": true, "u.n": true, "u.s.s.r": true, "mt": true, "ft": true,
}

// timeZones name the zone a time of day is given in.
var timeZones = set(`eastern central mountain pacific greenwich gmt utc est edt cst cdt pst pdt bst cet local`)

// letterListRe finds the end of a list of capital letters: "S, V, W, X
// and Y".
var letterListRe = regexp.MustCompile(`\b\p{Lu},? (?:and|or) \p{Lu}$`)

// span is a sentence's byte range in its paragraph.
type span struct{ start, end int }

// sentences splits a paragraph into sentences, as byte ranges, so that each
// is a verbatim part of the paragraph. A sentence ends at '.', '!' or '?'
// (with closing quotes or brackets) followed by a space and a capital
// letter, digit or opening quote, unless the dot ends an abbreviation or an
// initial.
func sentences(p string) []span {
	var out []span
	start := 0
	for i := 0; i < len(p); {
		r, size := utf8.DecodeRuneInString(p[i:])
		i += size
		if r != '.' && r != '!' && r != '?' {
			continue
		}
		end := i
		for end < len(p) {
			r2, s2 := utf8.DecodeRuneInString(p[end:])
			if r2 == '"' || r2 == '”' || r2 == '’' || r2 == ')' || r2 == '\'' {
				end += s2
				continue
			}
			break
		}
		if end >= len(p) {
			break
		}
		if p[end] != ' ' {
			continue
		}
		next, _ := utf8.DecodeRuneInString(p[end+1:])
		if !unicode.IsUpper(next) && !unicode.IsDigit(next) && next != '"' && next != '“' && next != '‘' && next != '(' {
			continue
		}
		if r == '.' {
			word := lastWord(p[start : i-1])
			lw := strings.ToLower(word)
			// "Hans-J. Boehm": an initial after a hyphen is one too.
			if k := strings.LastIndexByte(word, '-'); k >= 0 {
				word = word[k+1:]
			}
			// "… the code letters S, V, W, X and Y. The Anzacs …": the
			// last of a list of letters is no initial.
			// "pressing A sent the current … lit the lamp for A. Letters
			// without …": a letter the paragraph has used as a word is
			// one here too.
			if abbreviations[lw] || (utf8.RuneCountInString(word) == 1 && unicode.IsUpper([]rune(word)[0])) && !letterListRe.MatchString(p[start:i-1]) &&
				!letterUsed(p[:i-1], word) {
				continue
			}
			// "at 12:07 p.m. Eastern time": the zone goes with the time.
			if lw == "a.m" || lw == "p.m" {
				next := p[end+1:]
				if k := strings.IndexAny(next, " ,.;:"); k >= 0 {
					next = next[:k]
				}
				if timeZones[strings.ToLower(next)] {
					continue
				}
			}
		}
		out = append(out, trimSpan(p, start, end))
		start = end + 1
	}
	if start < len(p) {
		out = append(out, trimSpan(p, start, len(p)))
	}
	return out
}

// letterUsed reports whether text uses a capital letter as a word of its
// own after a word in lower case ("pressing A sent"), as no initial is.
func letterUsed(text, letter string) bool {
	for off := 0; ; {
		k := strings.Index(text[off:], " "+letter)
		if k < 0 {
			return false
		}
		k += off
		end := k + 1 + len(letter)
		if k > 0 && text[k-1] >= 'a' && text[k-1] <= 'z' && end < len(text) && (text[end] == ' ' || text[end] == ',' || text[end] == ';') {
			return true
		}
		off = k + 1
	}
}

func trimSpan(p string, start, end int) span {
	for start < end && p[start] == ' ' {
		start++
	}
	for end > start && p[end-1] == ' ' {
		end--
	}
	return span{start, end}
}

func lastWord(s string) string {
	i := strings.LastIndexFunc(s, func(r rune) bool { return r == ' ' || r == '(' || r == '"' || r == '“' })
	return s[i+1:]
}

// wordCount counts the words of a text.
func wordCount(s string) int { return len(strings.Fields(s)) }

// containsWord reports whether text contains phrase as whole words,
// ignoring case.
func containsWord(text, phrase string) bool {
	return indexWord(strings.ToLower(text), strings.ToLower(phrase)) >= 0
}

// indexWord finds phrase in text at word boundaries (both lower-cased).
func indexWord(text, phrase string) int {
	if phrase == "" {
		return -1
	}
	for off := 0; ; {
		i := strings.Index(text[off:], phrase)
		if i < 0 {
			return -1
		}
		i += off
		before, _ := utf8.DecodeLastRuneInString(text[:i])
		after, _ := utf8.DecodeRuneInString(text[i+len(phrase):])
		if (i == 0 || !isWordRune(before)) && (i+len(phrase) == len(text) || !isWordRune(after)) {
			return i
		}
		off = i + 1
	}
}

// anyIndex reports whether ok holds at some index of sub in text.
func anyIndex(text, sub string, ok func(i int) bool) bool {
	for off := 0; off < len(text); {
		i := strings.Index(text[off:], sub)
		if i < 0 {
			return false
		}
		if ok(off + i) {
			return true
		}
		off += i + 1
	}
	return false
}

// countWord counts the whole-word occurrences of phrase in text (lower-cased).
func countWord(text, phrase string) int {
	n := 0
	for off := 0; off < len(text); {
		i := indexWord(text[off:], phrase)
		if i < 0 {
			break
		}
		n++
		off += i + len(phrase)
	}
	return n
}

// capitalize upper-cases the first letter.
func capitalize(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[size:]
}

// slug turns text into an id part: lower-case letters, digits and '-'.
func slug(s string, max int) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(foldAccents(s)) {
		switch {
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
			b.WriteRune(r)
			dash = false
		case b.Len() > 0 && !dash:
			b.WriteByte('-')
			dash = true
		}
	}
	out := strings.TrimRight(b.String(), "-")
	if len(out) > max {
		out = strings.TrimRight(out[:max], "-")
		if i := strings.LastIndexByte(out, '-'); i > max/2 {
			out = out[:i]
		}
	}
	return out
}

var accentFold = strings.NewReplacer("á", "a", "à", "a", "â", "a", "ä", "a", "ã", "a", "å", "a", "é", "e", "è", "e", "ê", "e", "ë", "e",
	"í", "i", "ì", "i", "î", "i", "ï", "i", "ó", "o", "ò", "o", "ô", "o", "ö", "o", "õ", "o", "ú", "u", "ù", "u", "û", "u", "ü", "u",
	"ñ", "n", "ç", "c", "ß", "ss", "’", "", "'", "")

func foldAccents(s string) string { return accentFold.Replace(s) }
