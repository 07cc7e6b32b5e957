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
	argBanks        argKind = iota // BANK...: bank ids or section numbers
	argBank                        // one BANK
	argBankQuestion                // one BANK or BANK/QUESTION
	argQuestions                   // BANK/QUESTION...
	argSection                     // one section of the article
	argOwnBank                     // one bank the learner added
)

// completeArgs completes the arguments of a command that takes kind: bank
// ids with their titles, section numbers with their headings, and
// BANK/QUESTION with the question's prompt. Arguments already given are not
// offered again.
func completeArgs(f *Factory, kind argKind) func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
	return func(cmd *cobra.Command, args []string, toComplete string) ([]string, cobra.ShellCompDirective) {
		none := cobra.ShellCompDirectiveNoFileComp
		single := kind == argBank || kind == argBankQuestion || kind == argSection || kind == argOwnBank
		if single && len(args) > 0 {
			return nil, none
		}
		banks := quietBanks(f)
		if kind == argOwnBank {
			banks = slices.DeleteFunc(banks, func(b *questions.Bank) bool { return b.Builtin })
		}
		if bank, _, ok := strings.Cut(toComplete, "/"); ok && (kind == argBankQuestion || kind == argQuestions) {
			return withPrefix(completeQuestions(banks, bank, args), toComplete), none
		}
		var out []string
		if kind == argSection || isDigits(toComplete) {
			out = append(out, sectionNumbers(banks, kind == argSection)...)
		}
		for _, b := range banks {
			if slices.Contains(args, b.ID) {
				continue
			}
			switch kind {
			case argQuestions:
				out = append(out, b.ID+"/\t"+b.Title)
			default:
				out = append(out, b.ID+"\t"+b.Title)
			}
		}
		if kind == argQuestions || kind == argBankQuestion {
			// Leave room to go on with "/QUESTION".
			none |= cobra.ShellCompDirectiveNoSpace
		}
		return withPrefix(out, toComplete), none
	}
}

// withPrefix keeps the candidates that start with prefix.
func withPrefix(candidates []string, prefix string) []string {
	return slices.DeleteFunc(candidates, func(c string) bool { return !strings.HasPrefix(c, prefix) })
}

// completeQuestions offers BANK/QUESTION for the questions of one bank.
func completeQuestions(banks []*questions.Bank, id string, given []string) []string {
	var out []string
	for _, b := range banks {
		if b.ID != id {
			continue
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

// sectionNumbers offers the article's section numbers, as 'quiz read'
// shows them, with their headings: all of them, or only those with a bank.
func sectionNumbers(banks []*questions.Bank, all bool) []string {
	var out []string
	for i, s := range questions.CourseSections() {
		for _, b := range banks {
			if all || b.Builtin && b.Section == s.Heading {
				out = append(out, strconv.Itoa(i)+"\t"+s.Heading)
				break
			}
		}
	}
	return out
}

// quietBanks loads the banks without warnings: a completion's stderr would
// land in the middle of the learner's command line.
func quietBanks(f *Factory) []*questions.Bank {
	quiet, streams := *f, *f.IO
	streams.ErrOut = io.Discard
	quiet.IO = &streams
	banks, err := quiet.Banks()
	if err != nil {
		return nil
	}
	return banks
}

func isDigits(s string) bool {
	return s != "" && strings.Trim(s, "0123456789") == ""
}
