package article

import (
	"regexp"
	"strings"
	"unicode"
)

// Noise that is not prose. These patterns clean text already taken out of
// the Markdown tree (or plain text); they do not parse Markdown.
var (
	// ANSI escape sequences: CSI (ESC [ ... final byte), OSC (ESC ] ... BEL
	// or ESC \) and two-byte escapes.
	ansiRe = regexp.MustCompile(`\x1b(\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(\x07|\x1b\\)?|[@-Z\\-_])`)
	// Citation and footnote markers: [1], [12], [a], [citation needed], [^3].
	citeRe = regexp.MustCompile(`\[(\d{1,3}|[a-z]|\^[\w-]+|citation needed|clarification needed|when\?|who\?|according to whom\?)\](:)?`)
	// Hugo shortcodes and Go templates: {{< ... >}}, {{% ... %}}, {{ ... }}.
	templateRe = regexp.MustCompile(`\{\{.*?\}\}`)
	// MyST roles with a title, {ref}`Title <target>`: keep the title.
	roleTitledRe = regexp.MustCompile("\\{[a-z][a-z:-]*\\}`([^`<]*?)\\s*<[^`>]*>`")
	// MyST roles without a title: {ref}`target` names a label, not prose;
	// {term}`word` and {abbr}`word` are prose.
	roleProseRe = regexp.MustCompile("\\{(term|abbr|sub|sup|kbd|guilabel|menuselection|command|file|program)\\}`([^`]*)`")
	roleLabelRe = regexp.MustCompile("\\{[a-z][a-z:-]*\\}`[^`]*`")
	// Heading attributes: {#id .class}.
	attrRe = regexp.MustCompile(`\s*\{[#.][^{}]*\}\s*$`)
	// MyST target lines: (label)=
	targetRe = regexp.MustCompile(`^\([\w.:-]+\)=$`)
	spaceRe  = regexp.MustCompile(`\s+`)
	// A space left before punctuation by a removed marker.
	// A code span of punctuation only: "`?`".
	punctCodeRe  = regexp.MustCompile("`([^`\\w\\s]{1,4})`")
	spacePunctRe = regexp.MustCompile(`\s+([.,;:!?)])([\s"”’)]|$)`) // not before "..": code or an ellipsis
	emptyParenRe = regexp.MustCompile(`\(\s*[,;]?\s*\)`)
	// Notes apps' syntax (Obsidian, Logseq): a callout's first line
	// ("[!note] Remember"), an embed ("![[figure.png]]"), a link to a
	// note ("[[Respiration|respiration]]" reads "respiration", "[[Golgi
	// apparatus]]" its name), a highlight ("==DNA=="), a tag ("#exam").
	calloutRe   = regexp.MustCompile(`^\s*\[![\w-]+\][+-]?[^\n]*(?:\n|$)`)
	embedRe     = regexp.MustCompile(`!\[\[[^\[\]]*\]\]`)
	wikiLinkRe  = regexp.MustCompile(`\[\[([^\[\]|#]*)(?:#[^\[\]|]*)?(?:\|([^\[\]]*))?\]\]`)
	highlightRe = regexp.MustCompile(`==([^=\s](?:[^=\n]*[^=\s])?)==`) // not "a == b and c == d"
	tagRe       = regexp.MustCompile(`(^|\s)#[\p{L}][\p{L}\p{N}_/-]*`)
)

// notesSyntax takes a notes app's markup out of a paragraph, keeping the
// words it marks.
func notesSyntax(s string) string {
	s = calloutRe.ReplaceAllString(s, "")
	if strings.Contains(s, "[[") {
		s = embedRe.ReplaceAllString(s, "")
		s = wikiLinkRe.ReplaceAllStringFunc(s, func(m string) string {
			sm := wikiLinkRe.FindStringSubmatch(m)
			if sm[2] != "" {
				return sm[2]
			}
			return sm[1]
		})
	}
	if strings.Contains(s, "==") {
		s = highlightRe.ReplaceAllString(s, "$1")
	}
	if strings.Contains(s, "#") {
		s = tagRe.ReplaceAllString(s, "$1")
	}
	return s
}

// stripControls removes escape sequences and control characters that
// could drive a terminal: C0 and C1 controls (keeping tabs and line breaks
// as spaces), and bidirectional overrides.
func stripControls(s string) string {
	if strings.IndexByte(s, 0x1b) >= 0 {
		s = ansiRe.ReplaceAllString(s, "")
	}
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\n' || r == '\t' || r == '\r':
			return ' '
		case r < 0x20 || r == 0x7f || (r >= 0x80 && r <= 0x9f):
			return -1
		case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069, r == 0x200e, r == 0x200f:
			return -1
		case r == 0xa0 || r == 0x2007 || r == 0x202f:
			return ' '
		case r == 0xad || r == 0x200b || r == 0xfeff:
			return -1
		}
		return r
	}, s)
}

// cleanLine turns a paragraph's raw text into one clean line. Brackets and
// equals signs of code spans arrive as U+E000, U+E001 and U+E005
// (codeReplacer), so that citation markers and highlights can be taken
// out without touching code such as [4]int or TQ==.
func cleanLine(s string) string {
	s = stripControls(notesSyntax(s))
	if strings.Contains(s, "{") {
		s = templateRe.ReplaceAllString(s, "")
		s = roleTitledRe.ReplaceAllString(s, "$1")
		s = roleProseRe.ReplaceAllString(s, "$2")
		s = roleLabelRe.ReplaceAllString(s, "")
	}
	// Code spans keep their text, not their backticks; one that is only
	// punctuation ("the `?` operator") is kept apart from the text around
	// it until the spaces before punctuation are tidied.
	s = punctCodeRe.ReplaceAllString(s, "\uE004$1\uE004")
	s = strings.ReplaceAll(s, "`", "")
	if strings.Contains(s, "[") {
		s = citeRe.ReplaceAllString(s, "")
	}
	s = strings.NewReplacer("\uE000", "[", "\uE001", "]", "\uE005", "=").Replace(s)
	s = strings.TrimSpace(spaceRe.ReplaceAllString(s, " "))
	if targetRe.MatchString(s) {
		return ""
	}
	s = emptyParenRe.ReplaceAllString(s, "")
	s = spacePunctRe.ReplaceAllString(s, "$1$2")
	s = strings.ReplaceAll(s, "\uE004", "")
	// A line starting with '#' would be read back as a heading.
	s = strings.TrimLeft(s, "# ")
	return strings.TrimSpace(s)
}

// cleanHeading cleans a heading: one line, no attributes, no final colon.
func cleanHeading(s string) string {
	s = attrRe.ReplaceAllString(cleanLine(s), "")
	s = strings.TrimRight(s, ":")
	return strings.TrimFunc(s, unicode.IsSpace)
}
