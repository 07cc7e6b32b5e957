package generate

// Headings of essays name a few abstract ideas (challenges, the future,
// success, cooperation) that their sentences say in other words: an
// "obstacle" under "Challenges", "will be vital" under "Future
// Prospects", "inclusive growth" under "Developmental Goals". A statement
// that says its heading's idea in other words is the one a non-reader
// picks, as blind raters found. concepts groups such words by idea; a
// word counts in any form sameStem matches.
var concepts = [][]string{
	{"challenge", "obstacle", "difficulty", "difficult", "problem", "hinder", "barrier", "constraint", "constrain", "limitation", "setback", "hurdle", "impede", "struggle",
		"lack", "shortage", "insufficient", "threat", "risk"},
	{"future", "prospect", "ahead", "upcoming", "forthcoming", "outlook", "will"},
	{"improvement", "improve", "better", "enhance", "clearer", "strengthen", "reform", "refine", "lesson"},
	{"lesson", "learned", "learn", "insight"},
	{"success", "successful", "effective", "effectiveness", "achievement", "achieve", "accomplish"},
	{"failure", "fail", "failed", "shortcoming", "setback", "difficulty", "struggle"},
	{"cooperation", "cooperate", "collaboration", "collaborative", "collaborate", "partnership", "partner", "coordination", "coordinate", "joint", "multilateral", "together"},
	{"development", "developmental", "growth", "progress", "advance"},
	{"history", "historical", "background", "origin", "began", "evolution", "evolve"},
	{"impact", "effect", "influence", "outcome", "consequence"},
	{"stability", "stable", "stabilize", "deter", "deterrent", "security", "secure"},
	{"governance", "govern", "government", "democratic", "democracy", "election", "institution"},
	{"humanitarian", "relief", "suffering", "aid"},
	{"document", "documentation", "write", "written", "record", "note", "publish"},
	{"responsive", "respond", "response", "acknowledge", "reply", "quickly", "feedback"},
	{"bad", "negative", "toxic", "harmful", "abusive", "hostile", "misbehave", "behavior", "behaviour", "actor"},
	{"kindness", "kind", "unkind", "civil", "respectful", "polite", "courteous"},
	{"conflict", "dispute", "disagreement", "argument", "tension", "tempers"},
	{"welcome", "welcoming", "friendly", "newcomer"},
	// Ideas that the headings of manuals name.
	{"create", "creating", "creation", "construct", "constructor", "initialize", "initialise", "instantiate"},
	{"update", "updating", "change", "modify", "alter", "edit", "mutate", "overwrite"},
	{"summary", "summarize", "summarise", "recap", "overall"},
	{"motivation", "motivate", "reason", "purpose", "rationale"},
	{"performance", "fast", "faster", "fastest", "speed", "slow", "efficient", "efficiently"},
	{"install", "installation", "installing", "download", "setup"},
	{"parse", "parser", "parsing", "syntax"},
	{"link", "links", "linkify", "url", "urls", "autolink", "autolinking", "hyperlink"},
}

// conceptOf returns the index of every idea a word says; found once a
// word, as every word of every statement is looked up.
func (lx *lexicon) conceptOf(w string) []int {
	if out, ok := lx.ideas[w]; ok {
		return out
	}
	if lx.ideas == nil {
		lx.ideas = map[string][]int{}
	}
	out := conceptsOf(w)
	lx.ideas[w] = out
	return out
}

func conceptsOf(w string) []int {
	var out []int
	for i, group := range concepts {
		for _, c := range group {
			if w == c || len(w) >= 4 && len(c) >= 4 && sameStem(w, c) {
				out = append(out, i)
				break
			}
		}
	}
	return out
}

// saysHeadingIdea reports whether a statement says an idea its section's
// heading names, in words of its own.
func (g *sectionGen) saysHeadingIdea(toks []token) bool {
	if g.headIdeas == nil {
		g.headIdeas = map[int]bool{}
		for _, t := range tokenize(g.sec.Heading) {
			for _, i := range g.lx.conceptOf(t.lower) {
				g.headIdeas[i] = true
			}
		}
	}
	ideas := g.headIdeas
	if len(ideas) == 0 {
		return false
	}
	for _, t := range toks {
		for _, i := range g.lx.conceptOf(t.lower) {
			if ideas[i] {
				return true
			}
		}
	}
	return false
}
