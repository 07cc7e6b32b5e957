package questions

import (
	"regexp"
	"strings"
	"unicode"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// maxIDLen bounds bank and question ids: a bank id becomes a file name.
const maxIDLen = 64

// ValidID reports whether id is a valid bank or question id: lower-case
// ASCII letters, digits and '-', starting with a letter or digit, at most 64
// characters.
func ValidID(id string) bool {
	if id == "" || len(id) > maxIDLen || id[0] == '-' {
		return false
	}
	for i := 0; i < len(id); i++ {
		c := id[i]
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-') {
			return false
		}
	}
	return true
}

var nonID = regexp.MustCompile(`[^a-z0-9]+`)

// Slug turns text into a valid id where it can ("Capital of Perú" becomes
// "capital-of-peru"); it returns "" when nothing usable is left.
func Slug(s string) string {
	if t, _, err := transform.String(stripMarks, s); err == nil {
		s = t
	}
	s = nonID.ReplaceAllString(strings.ToLower(s), "-")
	s = strings.Trim(s, "-")
	if len(s) > maxIDLen {
		s = strings.TrimRight(s[:maxIDLen], "-")
	}
	return s
}

// stripMarks removes accents: NFD splits them off, then they are dropped.
var stripMarks = transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
