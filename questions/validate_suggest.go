package questions

import (
	"fmt"
	"strings"

	"github.com/agnivade/levenshtein"
)

// unknown reports a field that is not part of the format, suggesting the
// nearest known name.
func (w *walker) unknown(f field, known []string, where string) string {
	best, bestDist := "", 3
	for _, k := range known {
		if d := levenshtein.ComputeDistance(strings.ToLower(f.name), k); d < bestDist && d < len(k) {
			best, bestDist = k, d
		}
	}
	if best != "" {
		w.at(f.key, "unknown field %s; did you mean %s?", showName(f.name), best)
		return best
	}
	w.at(f.key, "unknown field %s; remove it (%s fields are: %s)", showName(f.name), where, strings.Join(known, ", "))
	return ""
}

func idAdvice(id string) string {
	if s := Slug(id); s != "" && s != id {
		return fmt.Sprintf("use lower-case letters, digits and '-' (at most %d), e.g. %s", maxIDLen, s)
	}
	return fmt.Sprintf("use lower-case letters, digits and '-' (at most %d), starting with a letter or digit", maxIDLen)
}

func typeAdvice() string {
	names := make([]string, len(Types))
	for i, t := range Types {
		names[i] = string(t)
	}
	return "use one of " + strings.Join(names, ", ")
}

func suggestType(t string) string {
	for _, k := range Types {
		if levenshtein.ComputeDistance(strings.ToLower(t), string(k)) <= 2 {
			return fmt.Sprintf(" (did you mean %s?)", k)
		}
	}
	return ""
}
