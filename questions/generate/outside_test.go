package generate

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/quiz-cli/quiz/questions"
	"github.com/quiz-cli/quiz/questions/article"
)

// versionArticle is technical prose full of versions, sizes and
// standards: numbers that are not years and not interchangeable.
const versionArticle = `# Release notes

## Keys

Go 1.24 changed the rsa package to require keys of at least 1024 bits. Go 1.22 added a limit on the size of RSA keys used in TLS 1.2 handshakes. The new Policies field supports identifiers with components larger than 31 bits. Certificates signed with SHA-1 are rejected since Go 1.18 by default.

## Protocols

Go 1.20 disabled SHA-1 signatures in TLS 1.3 according to RFC 2046. The server accepts up to 2048 header lines in each request. Go 1.21 made the resolver read the hosts file before DNS. In 1995 engineers at the lab wrote the first draft. 1997 marked the arrival of the second draft at the committee. The old client hashed passwords with SHA1 and a salt of 16 bytes.

## Tools

Go 1.19 shipped a new linker that halved the size of binaries. The cache keeps 512 entries and drops the oldest first. The test runner retries a flaky test 3 times before it fails. Version 2.5 of the format added a checksum for every block of 8 pages. GitHub's 2017 Open Source Survey found that most users read the documentation first. The working group published a TL;DR page about the change for IETF members. The daemon reloads its rules only 1. when the file changes, or 2. when it starts with a new flag.
`

// TestNumberKinds: a four-digit number is a year only where it reads as
// one ("In 1995"), not a size ("1024 bits") or a standard's number ("RFC
// 9155"); a version ("Go 1.22") is offered only among versions of the same
// name, an integer only among integers; and an option is never the answer
// written another way ("SHA1" for "SHA-1").
func TestNumberKinds(t *testing.T) {
	a, err := article.Read("notes.md", []byte(versionArticle))
	if err != nil {
		t.Fatal(err)
	}
	gs := sectionGens(a, Options{Course: "notes"})
	kinds := map[string]Kind{}
	for _, g := range gs {
		for _, s := range g.sents {
			for _, tm := range g.lx.terms(s) {
				kinds[tm.text] = tm.kind
			}
		}
	}
	for _, tc := range []struct {
		text string
		want Kind
	}{
		{"1024", KindNumber}, {"2048", KindNumber}, {"2046", KindNumber}, {"1995", KindYear}, {"2017", KindYear}, {"1997", KindYear},
	} {
		if got, ok := kinds[tc.text]; !ok || got != tc.want {
			t.Errorf("%s: kind %s (found %v), want %s", tc.text, kindNames[got], ok, kindNames[tc.want])
		}
	}

	// "only 1. when …, or 2. when …": a list's numbers are no counts.
	for _, n := range []string{"1", "2"} {
		if _, ok := kinds[n]; ok {
			t.Errorf("%s of an inline numbered list taken as a number", n)
		}
	}

	// "TL;DR": half of a compound is no abbreviation to ask or offer.
	for _, half := range []string{"TL", "DR"} {
		if _, ok := kinds[half]; ok {
			t.Errorf("%s of “TL;DR” taken as a name", half)
		}
	}

	res := Generate(a, Options{Course: "notes"})
	for _, b := range res.Banks {
		for _, q := range b.Questions {
			opts := q.Choices
			if q.Type == questions.TrueFalse {
				continue
			}
			answer := q.Answer
			switch {
			case strings.Contains(q.Prompt, "“Go _____") || strings.Contains(q.Prompt, " Go _____"):
				// Versions of Go only: every option is one the article
				// writes after "Go".
				for _, o := range opts {
					if !regexp.MustCompile(regexp.QuoteMeta("Go "+o) + `\b`).MatchString(versionArticle) {
						t.Errorf("%q: option %q is not a version of Go", q.Prompt, o)
					}
				}
			case strings.HasPrefix(q.Prompt, "Which year") && slices.ContainsFunc(opts, func(o string) bool {
				return strings.Contains(versionArticle, o+" bits") || strings.Contains(versionArticle, o+" header")
			}):
				t.Errorf("%q: a size asked as a year: %q", q.Prompt, opts)
			}
			if strings.HasPrefix(q.Prompt, "Which number") && !strings.Contains(answer, ".") {
				for _, o := range opts {
					if strings.Contains(o, ".") {
						t.Errorf("%q: a decimal option %q for the whole number %s", q.Prompt, o, answer)
					}
				}
			}
			// "{{RFC}} 2046": the name before a number is the first guess.
			if regexp.MustCompile(`(\}\}|_____) [0-9]`).MatchString(q.Prompt + q.Text) {
				t.Errorf("%q%s: a blank on the name before its number", q.Prompt, q.Text)
			}
			for _, o := range opts {
				if o != answer && alnum(o) == alnum(answer) {
					t.Errorf("%q: option %q is the answer %q written another way", q.Prompt, o, answer)
				}
			}
		}
	}
	// A false statement swaps a number for one of the same shape: "retries
	// a flaky test 1.24 times" is false by its form alone.
	for _, b := range res.Banks {
		for _, q := range b.Questions {
			if q.Type != questions.TrueFalse {
				continue
			}
			was, is := strings.Fields(q.Source), strings.Fields(q.Prompt)
			for i := range min(len(was), len(is)) {
				if was[i] != is[i] && strings.Contains(was[i], ".") != strings.Contains(is[i], ".") {
					t.Errorf("%q: swaps %s for %s", q.Prompt, was[i], is[i])
				}
			}
		}
	}
}

// protocolArticle is a design document full of abbreviations.
const protocolArticle = `# Protocol design

## Requirements

The MCP SDK should feel familiar to Go programmers who have used net/http. Every MCP client must send a handshake before its first request. The SDK exposes the JSON framing only through small interfaces. Functionality that is not directly related to MCP belongs in a separate package. See the section on Tools below for details.

## Transports

An MCP transport carries JSON messages over a pipe or a socket. As described in the next section, transports must be closeable so that clients can shut down cleanly. Methods accept a context and return an error, as the SEPs that describe I/O require. The stdio transport writes one JSON object per line to the child process.

## Sessions

Each MCP session keeps its own state and its own cancellation. A server may hold many sessions, one for each connected client over HTTP. Sessions expire after an idle period chosen by the server operator. Reviewers rejected several PRs that mixed session state with server state.

## Security

MCP servers should check the URI of every resource before they read it. The SDK never follows a redirect to a different host without asking the caller. Tokens travel in an HTTP header, never in the URL itself. Each API key is scoped to one workspace and can be revoked at any time.
`

// TestDesignDocument: a statement that points at other text ("See the
// section on Tools below") is no statement to recognise, and a plural
// abbreviation is offered only among plural ones.
func TestDesignDocument(t *testing.T) {
	a, err := article.Read("design.md", []byte(protocolArticle))
	if err != nil {
		t.Fatal(err)
	}
	for _, g := range sectionGens(a, Options{Course: "design"}) {
		for _, s := range g.sents {
			if (strings.Contains(s.text, "below") || strings.Contains(s.text, "next section")) && quotable(s) {
				t.Errorf("%q: a statement that points at other text is quotable", s.text)
			}

		}
	}
	res := Generate(a, Options{Course: "design"})
	var all []string
	for _, b := range res.Banks {
		for _, q := range b.Questions {
			line := string(q.Type) + ": " + q.Prompt + " " + q.Text + " [" + strings.Join(q.Choices, " | ") + "] " + q.Answer
			all = append(all, line)
			if q.Answer == "SEPs" {
				for _, o := range q.Choices {
					if o != q.Answer && !strings.HasSuffix(o, "s") {
						t.Errorf("a singular option %q for the plural %q", o, q.Answer)
					}
				}
			}
			for _, x := range append([]string{q.Answer}, q.Choices...) {
				if strings.Contains(x, "below") || strings.Contains(x, "next section") {
					t.Errorf("a statement that points at other text: %s", line)
				}
			}
		}
	}
	if len(all) == 0 {
		t.Fatal("no questions")
	}
	t.Logf("all:\n%s", strings.Join(all, "\n"))
}

// TestStatementPointers: a statement that points at a numbered part of
// the text ("Rule 2", "step 3", "bullet 2"), at "the latter", at text
// "outlined here", at "the problem" the text before set out, or opens on
// "none" or "Recall that", cannot be read alone; blind raters rejected
// every one. "As a consequence," is dropped as an
// opener.
func TestStatementPointers(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"A selector referring to the latter would become ambiguous and thus erroneous.", false},
		{"The package may still compile because Rule 2 covers every defined type in it.", false},
		{"After all producer packages have been updated according to step 3, the interface is internal.", false},
		{"This is the same as bullet 2 in the simple case of a single package.", false},
		{"Every option of the prompt can be set with the functions outlined here in full.", false},
		{"Currently none are defined besides the file triggers of the package manager.", false},
		{"Clause 2 of the definition says when an old type corresponds to a new type.", false},
		{"In the years that followed, there were several occasions in which officials used atomic diplomacy.", false},
		{"The bad consequences of the inaccurate dependencies are less severe than the contortions needed to deal with the problem.", false},
		{"Recall that a type is exposed if it is part of the package's API, even if it is unexported.", false},
		{"The problem of versioning a shared library is older than the package manager itself.", true},
		{"In the new version of the example program, the last line fails to compile.", false},
		{"If you pass an int, the field will have a slice of the selected indices instead.", false},
		{"A short and clear usage message for every flag is essential here.", false},
		{"The result of that method is then passed to the header factory as its value.", false},
		{"Issues that are deemed to be good opportunities for contribution are be labeled 'Help Wanted'.", false},
		{"The introduction of of generic features changes the type checker in many places.", false},
		{"The relation is a subset of the total order mentioned in the previous paragraph of the model.", false},
		{"One reason is that they’re immutable and cannot change at all.", false},
		{"It’s a visual indicator that something different is going on in the code.", false},
		{"Some, such as atomic compare-and-swap, are both read-like and write-like.", false},
		{"We’re returning a usize on its own, but it’s only a meaningful number in context.", false},
		{"As a consequence, an old method set must be a subset of the new method set.", true},
		{"A trigger is activated by a particular package when a matching file is installed.", true},
	} {
		s := oneSentence(t, tc.text, article.Prose)
		if got := quotable(s); got != tc.want {
			t.Errorf("quotable(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestVerblessItems: an item of a list that says nothing (a link's
// title, "The original proposal for type parameters.", or a phrase whose
// only verb is in a relative clause) is no statement to ask about; an
// item that is a sentence is.
func TestVerblessItems(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"The original proposal for type parameters in the language.", false},
		{"The proposals for new APIs in go/token and go/ast, and in go/types.", false},
		{"Future kinds of special triggers, which are activated by magic code in dpkg itself.", false},
		{"File triggers are activated automatically by dpkg when a matching file is installed.", true},
		{"The tool that runs the tests is started again by the package manager.", true},
		{"Returns an array of versions based on the compareBuild function in descending order.", false},
		{"Set to false to omit the prerelease number altogether in every version.", false},
		{"Add the a dictionary defining the new target to the list of targets.", false},
		{"Used by the Allies in the war, the new weapon changed the balance of power.", true},
	} {
		s := oneSentence(t, tc.text, article.Item)
		if got := s.formed; got != tc.want {
			t.Errorf("formed(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestNameTiesStatement: a wrong statement that names what the section
// names ("your CONTRIBUTING file") could be the section's own; one whose
// capitalised word the section says only in lower case is not tied.
func TestNameTiesStatement(t *testing.T) {
	const text = `# Guide

## Welcome

In your CONTRIBUTING file, explicitly tell new contributors how to get started. A kind first reply keeps new people around for longer.

## Docs

Clearly explain how to contribute, using your CONTRIBUTING file and keeping your issues up-to-date. Keep a Changelog of every release you make.

## Releases

Contributing to a release is easier with a short checklist of steps. Tag every release with its version number and date.
`
	a, err := article.Read("guide.md", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	gs := sectionGens(a, Options{})
	welcome, releases := gs[0], gs[2]
	tied := sentenceWith(t, gs[1], "CONTRIBUTING file and keeping")
	if !welcome.restates(tied) {
		t.Errorf("a statement naming the CONTRIBUTING file is not tied to the section that names it")
	}
	if releases.restates(sentenceWith(t, gs[1], "Keep a Changelog")) {
		t.Errorf("a statement is tied to a section that says its name only in lower case")
	}
}

// TestFalseNumberNear: a false statement swaps a number for one of its
// own size, or none: "337 options at a time" for 7 is false for its size
// alone, which blind raters found gave the answer away.
func TestFalseNumberNear(t *testing.T) {
	const text = `# Prompts

## Select

By default, the select prompt is limited to showing 7 options at a time and paginates longer lists.

## Issues

The project has closed 337 issues on its tracker since the first release.

## Pages

A page of search results lists every match before the list of results scrolls.
`
	a, err := article.Read("prompts.md", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	g := sectionGens(a, Options{})[0]
	s := sentenceWith(t, g, "7 options")
	for _, tm := range g.lx.terms(s) {
		if tm.text != "7" {
			continue
		}
		if c := g.falseStatement(s, tm); c != nil {
			t.Errorf("false statement %q swaps 7 for a number of another size", c.q.Prompt)
		}
		return
	}
	t.Fatal("7 is not a term")
}

// TestTiedToHeading: under "Channels", a statement about "values sent or
// received" names the heading's topic in other words, as the article
// shows by saying "sent" and "received" beside "channel"; a statement
// whose words the article says apart from it is not tied.
func TestTiedToHeading(t *testing.T) {
	const text = `# Compatibility

## Channels

A channel carries values sent by one goroutine to another goroutine. Values received from a channel arrive in the order they were sent. A new release may not change which values are received by existing callers of the library.

## Structs

Two fields are the same if they have the same name and corresponding types. A channel of values sent to a struct field is still a channel. Adding a field may break code that embeds the struct at the same depth.

## Releases

Every release of the library lists its changes in a short file. A new release may change the order of the fields of a struct in the documentation.

## Tools

A checker compares two versions of a package and reports every change it finds. Its report names the kind of each change in plain words.

## Licences

The library is free software under a permissive licence. Contributors keep the copyright of the code they write.
`
	a, err := article.Read("compat.md", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	g := sectionGens(a, Options{})[0]
	if s := sentenceWith(t, g, "A new release may not change"); !g.tiedToHeading(s) {
		t.Errorf("%q is not tied to “Channels”", s.text)
	}
	r := sectionGens(a, Options{})[2]
	if s := sentenceWith(t, r, "Every release of the library"); r.tiedToHeading(s) {
		t.Errorf("%q is tied to “Releases”", s.text)
	}
}

// shoutArticle is technical prose with words in capitals for emphasis,
// identifiers whose parts the sentence says, and an abbreviation the
// whole document is about.
const shoutArticle = "# Prompts\n\n" +
	"## Errors\n\nPackages should be written so that they DO NOT BREAK just because their pending triggers have not yet been run by the manager.\n\n" +
	"## Icons\n\nChanging the icons and their color can be done by passing the `WithIcons` option to the `AskOne` call.\n\n" +
	"## Types\n\nThe function `types.Instantiate` instantiates a generic type with the type arguments of the `Config` value.\n\n" +
	"## Tools\n\nWhile the fundamentals of the APIs remain the same, some previously valid assumptions of the APIs no longer hold for tools.\n\n" +
	"## Fields\n\nEvery field of the APIs has a name in the `Config` struct and a default set by the `Default` function.\n\n" +
	"## Pages\n\nThe APIs return a page of results in the `Page` struct, and the `Next` method gives the next page of the APIs.\n"

// TestShoutedAndEchoedBlanks: a blank on a word in capitals for
// emphasis ("DO NOT BREAK"), on an identifier a word of its sentence
// spells ("the WithIcons option" beside "the icons"), or on the
// abbreviation the whole document is about, is given away; so is a card
// whose verb says its subject's name ("What does the function
// types.Instantiate instantiate?", "What instantiates …?").
func TestShoutedAndEchoedBlanks(t *testing.T) {
	a, err := article.Read("prompts.md", []byte(shoutArticle))
	if err != nil {
		t.Fatal(err)
	}
	res := Generate(a, Options{Course: "prompts"})
	for _, b := range res.Banks {
		for _, q := range b.Questions {
			all := q.Prompt + " " + q.Text + " " + q.Answer
			for _, bad := range []string{"{{DO}}", "{{WithIcons}}", "{{APIs}}", "What does the function types.Instantiate instantiate", "What instantiates"} {
				if strings.Contains(all, bad) {
					t.Errorf("%s: %s %s", bad, q.Prompt, q.Text)
				}
			}
			if q.Type == questions.Choice && q.Answer == "DO" || q.Answer == "WithIcons" {
				t.Errorf("choice on %s: %s", q.Answer, q.Prompt)
			}
		}
	}
	// The gate itself, on every candidate, kept or not.
	for _, g := range sectionGens(a, Options{Course: "prompts"}) {
		cands := g.sentenceCandidates()
		for _, c := range append(cands, g.fillCandidates()...) {
			all := c.q.Prompt + " " + c.q.Text
			if (strings.Contains(all, "{{WithIcons}}") || strings.HasPrefix(all, "What instantiates")) && g.passes(c) {
				t.Errorf("the gate keeps %q", all)
			}
		}
	}
}

// TestChoiceEchoedIdentifier: "the resulting error will wrap a new _____
// type" among LeftRighter, ArgumentError, Pair and comparable: the
// sentence spells the answer.
func TestChoiceEchoedIdentifier(t *testing.T) {
	a, err := article.Read("prompts.md", []byte(shoutArticle))
	if err != nil {
		t.Fatal(err)
	}
	g := sectionGens(a, Options{})[0]
	q := &questions.Question{Type: questions.Choice, Answer: "ArgumentError",
		Prompt:  "Which word or phrase completes the sentence?\n“The resulting error will wrap a new _____ type indicating which argument was bad.”",
		Choices: []string{"LeftRighter", "ArgumentError", "Pair", "comparable"}}
	if g.choicePasses(&candidate{q: q, answer: "argumenterror"}) {
		t.Errorf("the gate keeps %q", q.Prompt)
	}
}

// TestTechnicalGiveaways: faults blind raters found in technical
// documents. A number among octal and hex literals is no year; a literal
// 1 of a list of values ("accept 1, 0, t, f") is not swapped into a false
// statement; the abbreviations every technical reader knows (API, URL,
// PR) and true or false are no blanks; a generic verb of code ("What can
// you import?", "What should you define?") gives a card no topic; a
// method's name that spells its back ("What does the method
// types.Named.TypeParams return?") gives it away, as does a front that
// says most of its answer ("What do type parameter lists define?":
// placeholder types, type parameters); "What is comparable?" asks about
// an adjective; an identifier used as an English word ("the main method
// of synchronization") and an abbreviation its sentence spells out ("the
// table driven exception handling … the table driven EH") are no blanks.
func TestTechnicalGiveaways(t *testing.T) {
	const text = "# Flags\n\n" +
		"## Syntax\n\nInteger flags accept 1234, 0664, 0x1234 and may be negative in every shell. Boolean flags accept 1, 0, t, f, true, false in their long form. The parser was first written in 1998 by a small team at the lab.\n\n" +
		"## Links\n\nThe renderer can find URLs not marked as links and turn them into links for the reader. Maintainers are able to merge PRs to the SDK after a review by two people.\n\n" +
		"## Types\n\nType parameter lists define placeholder types (type parameters) scoped to the declaration. The method `types.Named.TypeParams` returns the type parameters for a type declaration in the package. Comparable is a special interface type whose type set holds all comparable types. The predicate `Identical` returns true for two signatures with the same parameters.\n\n" +
		"## Channels\n\nChannel communication is the main method of synchronization between goroutines in a program. The `main` function returns when the program ends, and `main` may wait for `done` first. When compiled with the table driven exception handling, exceptions pass only through functions compiled with the table driven EH.\n\n" +
		"## Usage\n\nYou should define flags with the `Flag` function of the `pflag` package before parsing them. You can import the legacy v1 version of the package from its old path.\n"
	a, err := article.Read("flags.md", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	for _, g := range sectionGens(a, Options{Course: "flags"}) {
		cands := g.sentenceCandidates()
		for _, c := range append(cands, g.fillCandidates()...) {
			if !g.passes(c) {
				continue
			}
			q := c.q
			all := q.Prompt + " " + q.Text
			for _, bad := range []string{"“Integer flags accept _____", "{{URLs}}", "{{PRs}}", "{{true}}", "What can you import", "What should you define",
				"What does the method types.Named.TypeParams return", "What is comparable", "{{main}} method", "{{EH}}",
				"What do type parameter lists define"} {
				if strings.Contains(all, bad) {
					t.Errorf("the gate keeps %q", all)
				}
			}
			if q.Type == questions.TrueFalse && strings.HasPrefix(q.Prompt, "Boolean flags accept") {
				t.Errorf("the gate keeps %q", q.Prompt)
			}
			if q.Type == questions.Choice && (q.Answer == "URLs" || q.Answer == "PRs" || q.Answer == "true" || q.Answer == "1234") {
				t.Errorf("the gate keeps a choice on %s: %q", q.Answer, q.Prompt)
			}
		}
	}
}

// TestInitialAfterHyphen: "Hans-J. Boehm" is one name, not the end of a
// sentence.
func TestInitialAfterHyphen(t *testing.T) {
	p := "The model was described by Hans-J. Boehm and Sarita V. Adve in 2008. It is still used."
	spans := sentences(p)
	if len(spans) != 2 || p[spans[0].start:spans[0].end] != "The model was described by Hans-J. Boehm and Sarita V. Adve in 2008." {
		t.Errorf("sentences(%q) split as %v", p, spans)
	}
}

// TestCaseNameNoEnd: "Schechter Poultry Corp. v. United States" is one
// case's name, not the end of a sentence at "v.".
func TestCaseNameNoEnd(t *testing.T) {
	p := "In May 1935 the Supreme Court struck down the act in Schechter Poultry Corp. v. United States. Congress passed a new law."
	spans := sentences(p)
	if len(spans) != 2 || p[spans[0].start:spans[0].end] != "In May 1935 the Supreme Court struck down the act in Schechter Poultry Corp. v. United States." {
		t.Errorf("sentences(%q) split as %v", p, spans)
	}
}

// gatedPrompts returns the prompts of a one-section article's candidates
// that pass the gate.
func gatedPrompts(t *testing.T, text string) []string {
	t.Helper()
	a, err := article.Read("t.md", []byte("# T\n\n## Notes\n\n"+text+"\n"))
	if err != nil {
		t.Fatal(err)
	}
	g := sectionGens(a, Options{})[0]
	cands := g.sentenceCandidates()
	var out []string
	for _, c := range g.gate(append(cands, g.fillCandidates()...)) {
		out = append(out, c.q.Prompt)
	}
	return out
}

// TestCardsOnExamples: cards blind raters rejected on a book's chapter:
// generic verbs of a program ("call", "run"), a contraction read as a
// subject, and answers that point at text the card does not show ("The
// following …", "a similar rule").
func TestCardsOnExamples(t *testing.T) {
	for _, tc := range []struct{ text, not string }{
		{"Rust calls `drop` automatically at the closing curly bracket of the scope.", "What does Rust call"},
		{"There’s a design choice that’s implied by the rule: Rust never copies data deeply.", "What do there"},
		{"Now run `cargo` and examine the output of the `doc` command in the browser window.", "What should you run"},
		{"The following formal definition of the model closely follows the approach presented by Hans Boehm in 2008.", "What closely follows"},
		{"The following formal definition of the model closely follows the approach presented by Hans Boehm in 2008.", "What does the following"},
		{"Rust enforces a similar rule for combining `mut` and immutable references.", "What does Rust enforce"},
	} {
		for _, p := range gatedPrompts(t, tc.text) {
			if strings.HasPrefix(p, tc.not) {
				t.Errorf("the gate keeps %q", p)
			}
		}
	}
}

// TestNearCode: the sentence next to a code block the article leaves out
// speaks of it ("In the new version, the last line fails to compile"):
// it is no statement to quote, nor a sentence to blank.
func TestNearCode(t *testing.T) {
	const text = "# Compatibility\n\n## Embedding\n\nAdding a field to a struct can break code that embeds it in another struct.\n\n```go\ntype Z struct{ Point }\nvar z Z\n_ = z.X\n```\n\nIn the new version of the package, the selector fails to compile for every caller.\n\nA checker reports every incompatible change to the package before a release is tagged.\n"
	a, err := article.Read("compat.md", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	g := sectionGens(a, Options{})[0]
	for _, part := range []string{"Adding a field", "In the new version"} {
		s := sentenceWith(t, g, part)
		if s.usable || quotable(s) {
			t.Errorf("%q beside the code: usable %v, quotable %v", s.text, s.usable, quotable(s))
		}
	}
	if s := sentenceWith(t, g, "A checker reports"); !s.usable {
		t.Errorf("%q is not usable", s.text)
	}
}

// TestExampleVariable: a sentence about the variables of example code
// ("word still contains the value 5" when s was cleared) cannot be read
// without the example.
func TestExampleVariable(t *testing.T) {
	const text = "# Slices\n\n## Words\n\nThe function `first_word` takes a reference to a `String` and returns an index into it. Because `word` is not connected to the state of `s` at all, `word` still contains the value 5 after the call. The `String` type owns its data on the heap of the program.\n"
	a, err := article.Read("slices.md", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	g := sectionGens(a, Options{})[0]
	if s := sentenceWith(t, g, "still contains the value 5"); s.usable {
		t.Errorf("%q is usable", s.text)
	}
	if s := sentenceWith(t, g, "owns its data"); !s.usable {
		t.Errorf("%q is not usable", s.text)
	}
}

// TestConditionWithAside: "If, however, …" opens a condition with an
// aside: no card, and no crash (a run on a real changelog panicked here).
func TestConditionWithAside(t *testing.T) {
	const text = "# History\n\n## Tracebacks\n\n" +
		"The debugger shows a traceback of the user program when an error occurs in the shell window. " +
		"If, however, a system module calls back into the user program, that part of the traceback will be shown. " +
		"Most of the time the system modules are hidden from the traceback so that the user sees only the code they wrote. " +
		"The option to show them is kept in the configuration dialog of the editor for advanced users.\n"
	a, err := article.Read("history.md", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	res := Generate(a, Options{Course: "history"})
	for _, b := range res.Banks {
		for _, q := range b.Questions {
			if strings.Contains(q.Prompt, "however") {
				t.Errorf("a card on the aside: %q", q.Prompt)
			}
		}
	}
}

// TestVerbLast: a sentence that ends on its verb ("… can grow.") gives
// no card about an object, and no crash (a book's chapter panicked here).
func TestVerbLast(t *testing.T) {
	for _, text := range []string{
		"Every slice header of the program in memory can grow.",
		"The size of every slice header in memory will change.",
		"The ownership rules of the language have changed.",
	} {
		_ = fillPrompts(t, "Notes", text)
		_ = gatedPrompts(t, text)
	}
}

// TestGivenInTheSentence: blanks a word of their own sentence gives away
// ("20240424 for April 24, ___": 2024; "a SHASUMS256.txt file with ___
// checksums": SHA; "Triagers follow the ___": Triage Guide; "___
// (Just-In-Time)": JIT), and sentences cut where a link was ("… are
// available at."), are not asked.
func TestGivenInTheSentence(t *testing.T) {
	const text = "# Releases\n\n" +
		"## Names\n\nEach directory includes the version, followed by the UTC date (e.g., 20240424 for April 24, 2024) of the release build. Download directories contain a SHASUMS256.txt file with SHA checksums for the files of the release. The release team published the first build in 2019 after a long review.\n\n" +
		"## Triage\n\nTriagers follow the Triage Guide when responding to new issues on the tracker. JIT (Just-In-Time) stack viewer toggle pops up the viewer when you get a traceback. The tracker was opened in 2016 by the same team of maintainers.\n\n" +
		"## Downloads\n\nBinaries, installers, and source tarballs of every release are available at. The checksums use MD5 for the oldest releases of 2015 and 2017.\n"
	a, err := article.Read("rel.md", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	for _, g := range sectionGens(a, Options{Course: "rel"}) {
		if g.sec.Heading == "Downloads" {
			if s := sentenceWith(t, g, "Binaries"); s.formed || quotable(s) {
				t.Errorf("%q is asked", s.text)
			}
		}
		cands := g.sentenceCandidates()
		for _, c := range g.gate(cands) {
			switch strings.ToLower(c.q.Answer + c.answer) {
			case "2024", "sha", "triage guide", "jit", "20242024", "shasha", "triage guidetriage guide", "jitjit":
				t.Errorf("the gate keeps %q %q", c.q.Prompt, c.q.Text)
			}
		}
	}
}

// TestSharedHeading: "Which of these statements is from the section
// “Limitations (2)”?" names no section a learner can tell apart from
// "Limitations" and "Limitations (3)": no such question is asked.
func TestSharedHeading(t *testing.T) {
	const text = "# Completions\n\n" +
		"## Bash\n\nThe bash script is generated by the completion command of the program. Users load it from their profile when the shell starts up.\n\n" +
		"## Limitations\n\nDescriptions of flags are never shown in the menu of the old version 3 of bash. Version 4.4 or newer is needed for the second form of the script. Older releases of the shell cut long menus after the first hundred entries. Aliases of commands are completed only when the user defines them before loading the script. Quoted arguments lose their quotes when the menu inserts a choice.\n\n" +
		"## Fish\n\nThe fish script lives in a directory of its own under the configuration of the user. Fish reads every file of that directory when a session begins.\n\n" +
		"## Limitations\n\nCustom completions written in shell scripts are ignored by fish altogether. Hidden flags never appear among the choices the menu offers to users. Abbreviations that fish expands by itself may hide a flag from the menu. The pager of fish shows at most one screen of choices before it asks. Wrapped descriptions are cut at the width of the terminal window.\n\n" +
		"## Windows\n\nPowerShell keeps its profile in the documents folder of every account on the machine. An administrator may sign the script so that strict policies accept it.\n\n" +
		"## Limitations\n\nFile name completion falls back to the default of the console host. Colours in descriptions are stripped before the console prints them. Tab cycles through the choices one at a time instead of listing them. The menu of the newer console needs a module that older systems lack. Paths with spaces are wrapped in single quotes by the host itself.\n"
	a, err := article.Read("comp.md", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	res := Generate(a, Options{Course: "comp"})
	for _, bank := range res.Banks {
		for _, q := range bank.Questions {
			if strings.Contains(q.Prompt, "“Limitations") {
				t.Errorf("asked: %s", q.Prompt)
			}
		}
	}
}

// TestExampleBlanks: a blank that stands for one example among many
// ("a method like ___ that could panic", "e.g. using ___"), one a word of
// its sentence spells ("Calling ___ … returns two values of type char":
// chars), an identifier the heading spells ("Change the default
// ShellCompDirective": ShellCompDirectiveDefault), and statements about
// an example ("the two threads", "either call of print", "Worse, …") are
// not asked.
func TestExampleBlanks(t *testing.T) {
	const text = "# Panics\n\n" +
		"## Placeholders\n\nIn examples, a call to a method like `unwrap` that could panic is meant as a placeholder for real handling. You can fetch the signing keys of the project, e.g. using `curl` on the command line. Calling `chars` on a string returns values of type char for each letter. The `expect` method takes a message that the panic prints.\n\n" +
		"## Change the default ShellCompDirective\n\nWhen no completion function is registered for a flag, Cobra uses `ShellCompDirectiveDefault` for the shell. The `ValidArgs` field lists the nouns a command accepts from its users.\n\n" +
		"## Threads\n\nWorse, there is no guarantee that the write will ever be observed by the reader of the flag. The setup function of the program will complete before either call of print in the example. There are no synchronization events between the two threads of the program.\n"
	a, err := article.Read("panics.md", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	for _, g := range sectionGens(a, Options{Course: "panics"}) {
		cands := g.sentenceCandidates()
		for _, s := range g.sents {
			if strings.HasPrefix(s.text, "Worse") || strings.Contains(s.text, "either call") || strings.Contains(s.text, "the two threads") {
				if s.usable || quotable(s) {
					t.Errorf("%q is asked about", s.text)
				}
			}
		}
		for _, c := range g.gate(cands) {
			switch c.q.Answer + c.answer {
			case "unwrap", "curl", "chars", "ShellCompDirectiveDefault", "shellcompdirectivedefault", "unwrapunwrap", "curlcurl", "charschars":
				t.Errorf("the gate keeps %q %q", c.q.Prompt, c.q.Text)
			}
			if strings.Contains(c.q.Text, "{{unwrap}}") || strings.Contains(c.q.Text, "{{curl}}") || strings.Contains(c.q.Text, "{{chars}}") || strings.Contains(c.q.Text, "{{ShellCompDirectiveDefault}}") {
				t.Errorf("the gate keeps %q", c.q.Text)
			}
		}
	}
}

// TestManualHeadings: in a manual, a statement that says its heading's
// idea in other words ("construct" under "Creating a New Hash Map",
// "change the data" under "Updating a Hash Map") is not the answer; a
// table's row is no statement; a feature list's label ("Robust.") is
// dropped; "in the second case" points back; "the values are copied"
// gives away a blank on Copy.
func TestManualHeadings(t *testing.T) {
	const text = "# Maps\n\n" +
		"## Creating a New Hash Map\n\nMaps have no built-in macro to construct them in a single expression of the language. Keys of a map must all have the same type as each other in the program. The map stores its data on the heap of the process.\n\n" +
		"## Updating a Hash Map\n\nThere are several ways to change the data in a map when a key already has a value. Each key can only have one value associated with it at a time.\n\n" +
		"## Features\n\n- Robust. goldmark is fully compliant with the latest version of the specification.\n- Functional option: WithExtensions; Type: a list of extensions; Description: extensions to add.\n\n" +
		"## Ownership\n\nFor types that implement the `Copy` trait, the values are copied into the map. In the second case the value moves into the map and the map owns it.\n"
	a, err := article.Read("maps.md", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	gs := sectionGens(a, Options{Course: "maps"})
	if s := sentenceWith(t, gs[0], "construct them"); gs[0].statementAnswer(s) {
		t.Errorf("%q answers a statement question under %q", s.text, gs[0].sec.Heading)
	}
	if s := sentenceWith(t, gs[1], "change the data"); gs[1].statementAnswer(s) {
		t.Errorf("%q answers a statement question under %q", s.text, gs[1].sec.Heading)
	}
	if s := sentenceWith(t, gs[2], "Functional option"); s.formed {
		t.Errorf("a table row is a statement: %q", s.text)
	}
	if s := sentenceWith(t, gs[2], "Robust."); !s.formed || s.statement() != "Goldmark is fully compliant with the latest version of the specification." {
		t.Errorf("label kept: %q", s.statement())
	}
	if s := sentenceWith(t, gs[3], "In the second case"); s.usable || quotable(s) {
		t.Errorf("%q is asked about", s.text)
	}
	if givenInSentence("Copy", "For types that implement the trait, the values are copied into the map.") == false {
		t.Errorf("“copied” does not give away Copy")
	}
}

// TestTechnicalNoChoices: an article that writes code gets typed blanks
// for its figures and names, not options a reader of the field tells
// apart, nor swapped statements; the same prose without code gets them.
func TestTechnicalNoChoices(t *testing.T) {
	const prose = "# Releases\n\n" +
		"## History\n\nThe first release of the parser came out in 1998 after two years of work. Version 2 followed in 2004 with support for tables. The third major release in 2011 added footnotes and a new renderer. The team moved the project to its own foundation in 2015.\n\n" +
		"## Team\n\nThe project had twelve maintainers in 2016 and twenty in 2020. Its mailing list was opened in 1999 and closed in 2013 when the forum started.\n"
	count := func(text string) (choices int) {
		a, err := article.Read("rel.md", []byte(text))
		if err != nil {
			t.Fatal(err)
		}
		for _, b := range Generate(a, Options{Course: "rel"}).Banks {
			for _, q := range b.Questions {
				if q.Type == questions.TrueFalse || q.Type == questions.Choice && !strings.Contains(q.Prompt, "statements is from") {
					choices++
				}
			}
		}
		return choices
	}
	if n := count(prose); n == 0 {
		t.Fatal("no choice or true/false question on plain prose: the test proves nothing")
	}
	technical := prose + "\n## Usage\n\nCall the `Parse` function with the text and pass the result to `Render` for the output.\n"
	if n := count(technical); n != 0 {
		t.Errorf("%d choice or true/false questions in an article that writes code", n)
	}
}

// TestFileNameBlank: "Open Cargo.toml in your editor": the imperative and
// a file's name are no name to blank ("___.toml").
func TestFileNameBlank(t *testing.T) {
	const text = "# Crates\n\n## Packages\n\nOpen Cargo.toml in your text editor and note that there is no mention of a binary. You can open the manifest again later to add a library target to the package.\n"
	a, err := article.Read("crates.md", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	g := sectionGens(a, Options{})[0]
	for _, tm := range g.lx.terms(sentenceWith(t, g, "Open Cargo")) {
		if strings.Contains(tm.text, "Cargo") || strings.Contains(tm.text, "Open") {
			t.Errorf("term %q", tm.text)
		}
	}
}

// TestCodeHeadings: a heading that names a field or a function of a
// reference gets no statement question; a heading in words does.
func TestCodeHeadings(t *testing.T) {
	for _, tc := range []struct {
		heading string
		want    bool
	}{
		{"bugs", true}, {"devDependencies", true}, {"Dispatcher.request(options[, callback])", true},
		{"Parameter: RequestOptions", true}, {"Event: 'disconnect'", false},
		{"Arrays", false}, {"Be responsive", false}, {"The Truman Doctrine, 1947", false},
		{"Growing slices (the copy and append functions)", false},
	} {
		if got := codeHeading(tc.heading, nil); got != tc.want {
			t.Errorf("codeHeading(%q) = %v, want %v", tc.heading, got, tc.want)
		}
	}
}

// TestSubjectlessDescriptions: under a heading that names an option, its
// description names nothing ("Causes npm to …", "Null if node is top of
// tree.", "Taken directly from the value of …"); nor does "an special
// action" read as English, nor "(a) or (b)" mean anything alone.
func TestSubjectlessDescriptions(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Causes npm to completely ignore the lockfile when installing packages.", false},
		{"Indicates that you do not want npm to make any changes to the tree.", false},
		{"Null if node is top of tree and has no parent at all.", false},
		{"Ideal if all users are on the newest version of the tool.", false},
		{"Taken directly from the value of the field in the input file.", false},
		{"When a rule applies to a file, an special action is created for it.", false},
		{"Publishing fails unless the package meets both (a) or (b) above here.", false},
		{"Used to protect routines such as the stack splitting code itself.", false},
		{"The flag marks a symbol with no pointers (see above) for the collector.", false},
		{"The lockfile records the exact version of every package that was installed.", true},
	} {
		s := oneSentence(t, tc.text, article.Prose)
		if got := s.usable; got != tc.want {
			t.Errorf("usable(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// oneSentence reads text as a section of one paragraph of the given kind
// and returns its one sentence.
func oneSentence(t *testing.T, text string, kind article.Kind) *sentence {
	t.Helper()
	ss := splitSection(article.Section{Heading: "Test", Paragraphs: []article.Paragraph{{Text: text, Kind: kind}}}, nil, "")
	if len(ss) != 1 {
		t.Fatalf("%q: %d sentences", text, len(ss))
	}
	return ss[0]
}
