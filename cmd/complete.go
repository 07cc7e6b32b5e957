package cmd

import (
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/quiz-cli/quiz/cmd/internal/text"
	"github.com/quiz-cli/quiz/questions"
)

// argKind is what a command's arguments name, for shell completion.
type argKind int

const (
	argBanks        argKind = iota // BANK...: course ids, bank ids or section numbers
	argBank                        // one BANK
	argBankQuestion                // one BANK or BANK/QUESTION
	argQuestions                   // BANK/QUESTION...
	argSection                     // [COURSE] SECTION to read
	argOwnBank                     // one course or bank the learner added
	argCourse                      // one course
)

// completeArgs completes the arguments of a command that takes kind: course
// and bank ids with their titles, section numbers with their headings, and
// BANK/QUESTION with the question's prompt. Arguments already given are not
// offered again, and files never are.
func completeArgs(f *Factory, kind argKind) func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
	return func(cmd *cobra.Command, args []string, toComplete string) ([]string, cobra.ShellCompDirective) {
		directive := cobra.ShellCompDirectiveNoFileComp
		lib := quietLibrary(f)
		if lib == nil {
			return nil, directive
		}
		var out []string
		switch kind {
		case argCourse:
			if len(args) > 0 {
				return nil, directive
			}
			for _, c := range lib.courses {
				out = append(out, c.ID+"\t"+c.Title)
			}
			return withPrefix(out, toComplete), directive
		case argBank, argOwnBank, argBankQuestion:
			if len(args) > 0 {
				return nil, directive
			}
		case argSection:
			if len(args) == 1 {
				// quiz read COURSE SECTION
				if c := lib.course(args[0]); c != nil {
					return withPrefix(sectionNumbers(c, true), toComplete), directive
				}
			}
			if len(args) > 0 {
				return nil, directive
			}
			if in := lib.inUse(); len(in) == 1 {
				out = append(out, sectionNumbers(in[0], true)...)
			}
		}
		if bank, _, ok := strings.Cut(toComplete, "/"); ok && (kind == argBankQuestion || kind == argQuestions) {
			return withPrefix(completeQuestions(lib.allBanks(), bank, args), toComplete), directive
		}
		if kind == argBanks && isDigits(toComplete) {
			if in := lib.inUse(); len(in) == 1 {
				out = append(out, sectionNumbers(in[0], false)...)
			}
		}
		if kind != argQuestions {
			for _, c := range lib.courses {
				if kind == argOwnBank && c.Builtin || kind == argBankQuestion || kind == argBank {
					continue
				}
				out = append(out, c.ID+"\t"+c.Title+" (course)")
			}
		}
		for _, b := range lib.allBanks() {
			switch {
			case kind == argOwnBank && b.Course != "":
			case kind == argQuestions:
				out = append(out, b.ID+"/\t"+b.Title)
			default:
				out = append(out, b.ID+"\t"+b.Title)
			}
		}
		if kind == argQuestions || kind == argBankQuestion {
			// Leave room to go on with "/QUESTION".
			directive |= cobra.ShellCompDirectiveNoSpace
		}
		out = slices.DeleteFunc(out, func(c string) bool {
			id, _, _ := strings.Cut(c, "\t")
			return slices.Contains(args, id)
		})
		return withPrefix(out, toComplete), directive
	}
}

// completeTags offers the tags of the banks in use and of their questions,
// for --tag.
func completeTags(f *Factory) func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
	return func(_ *cobra.Command, _ []string, toComplete string) ([]string, cobra.ShellCompDirective) {
		lib := quietLibrary(f)
		if lib == nil {
			return nil, cobra.ShellCompDirectiveNoFileComp
		}
		seen := map[string]bool{}
		var out []string
		add := func(tags []string) {
			for _, t := range tags {
				if !seen[t] {
					seen[t] = true
					out = append(out, t)
				}
			}
		}
		for _, b := range lib.allBanks() {
			add(b.Tags)
			for _, q := range b.Questions {
				add(q.Tags)
			}
		}
		slices.Sort(out)
		return withPrefix(out, toComplete), cobra.ShellCompDirectiveNoFileComp
	}
}

// completeDirs offers folders only, for arguments that name one.
func completeDirs(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
	return nil, cobra.ShellCompDirectiveFilterDirs
}

// completeQuestions offers BANK/QUESTION for the questions of one bank.
func completeQuestions(banks []*questions.Bank, id string, given []string) []string {
	var out []string
	for _, b := range banks {
		if b.ID != id {
			continue
		}
		// A bank listed from the index has its questions' ids only.
		if full, err := b.Full(); err == nil {
			b = full
		}
		for _, q := range b.Questions {
			key := questions.Key(b.ID, q.ID)
			if !slices.Contains(given, key) {
				out = append(out, key+"\t"+text.Clip(strings.Join(strings.Fields(q.Display(" ")), " "), 60))
			}
		}
	}
	return out
}

// sectionNumbers offers a course's section numbers, as 'quiz read' shows
// them, with their headings: all of them, or only those with a bank.
func sectionNumbers(c *questions.CourseBundle, all bool) []string {
	var out []string
	for i, s := range c.Sections {
		has := slices.ContainsFunc(c.Banks, func(b *questions.Bank) bool { return b.Section == s.Heading })
		if all || has {
			out = append(out, strconv.Itoa(i+c.FirstNumber)+"\t"+s.Heading)
		}
	}
	return out
}

// quietLibrary loads the library without warnings, since a completion's
// stderr would land in the middle of the learner's command line; nil when
// it cannot be loaded.
func quietLibrary(f *Factory) *library {
	quiet, streams := *f, *f.IO
	streams.ErrOut = io.Discard
	quiet.IO = &streams
	lib, err := quiet.Library()
	if err != nil {
		return nil
	}
	return lib
}

// withPrefix keeps the candidates that start with prefix.
func withPrefix(candidates []string, prefix string) []string {
	return slices.DeleteFunc(candidates, func(c string) bool { return !strings.HasPrefix(c, prefix) })
}

func isDigits(s string) bool {
	return s != "" && strings.Trim(s, "0123456789") == ""
}
