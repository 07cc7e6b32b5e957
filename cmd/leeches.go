package cmd

import (
	"fmt"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/quiz-cli/quiz/cmd/internal/text"
	"github.com/quiz-cli/quiz/progress"
	"github.com/quiz-cli/quiz/questions"
)

type leechRow struct {
	ID        string `json:"id"`
	Bank      string `json:"bank"`
	Question  string `json:"question"`
	Prompt    string `json:"prompt"`
	Failures  int    `json:"failures"`
	Suspended bool   `json:"suspended"`
}

// leechesOptions are the flags of `quiz leeches`.
type leechesOptions struct {
	asJSON bool
}

// newLeechesCmd builds 'quiz leeches'; runF, when not nil, is called with the
// parsed options instead of listing the leeches (for tests).
func newLeechesCmd(f *Factory, runF func(*leechesOptions) error) *cobra.Command {
	o := leechesOptions{}
	c := &cobra.Command{
		Use:   "leeches",
		Short: "List questions you keep failing, and suspended questions",
		Long: `A leech is a question you have failed as many times as the leech threshold
(8 by default; 'quiz config set leech-threshold N'). Leeches are suspended
when they reach it, so they stop eating your study time: reread the section,
rewrite the question if it is unclear, then 'quiz unsuspend' it.`,
		Example: `  quiz leeches
  quiz unsuspend key-missions/minustah-year`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runOr(f, &o, runF, runLeeches)
		},
	}
	c.Flags().BoolVar(&o.asJSON, "json", false, "print the list as JSON")
	return c
}

// runLeeches lists the leeches and the suspended questions.
func runLeeches(f *Factory, o leechesOptions) error {
	banks, err := f.BankSummaries()
	if err != nil {
		return err
	}
	store, err := f.OpenReader()
	if err != nil {
		return err
	}
	defer store.Close()
	limit := store.Settings().LeechThreshold
	rows := []leechRow{}
	for _, b := range banks {
		for _, q := range b.Questions {
			c, ok := store.Card(b.ID, q.ID)
			if !ok || (c.Failures < limit && !c.Suspended) {
				continue
			}
			// Only the leeches' text is read from the bank files.
			if full, err := b.Question(q.ID); err == nil {
				q = full
			}
			p := q.Prompt
			if p == "" {
				p = q.Text
			}
			rows = append(rows, leechRow{questions.Key(b.ID, q.ID), b.ID, q.ID, p, c.Failures, c.Suspended})
		}
	}
	if o.asJSON {
		return writeJSON(f.IO.Out, rows)
	}
	if len(rows) == 0 {
		fmt.Fprintln(f.IO.Out, text.Wrap(fmt.Sprintf("No leeches: no question has been failed %s, and none is suspended.", text.Count(limit, "time", "times")), sessionWidth(f.IO), ""))
		return nil
	}
	tw := tabwriter.NewWriter(f.IO.Out, 0, 0, 2, ' ', 0)
	// The prompt takes what the other columns leave of the line:
	// each is as wide as its widest cell, then a gap of 2.
	idW, statusW := len("QUESTION"), len("active")
	for _, r := range rows {
		idW = max(idW, text.Width(r.ID))
		if r.Suspended {
			statusW = len("suspended")
		}
	}
	// Too little left to read a prompt: the column is left out.
	promptW := f.IO.TerminalWidth() - (idW + 2 + len("FAILED") + 2 + statusW + 2)
	if promptW >= 12 {
		fmt.Fprintln(tw, "QUESTION\tFAILED\tSTATUS\tPROMPT")
	} else {
		fmt.Fprintln(tw, "QUESTION\tFAILED\tSTATUS")
	}
	for _, r := range rows {
		status := "active"
		if r.Suspended {
			status = "suspended"
		}
		if promptW >= 12 {
			fmt.Fprintf(tw, "%s\t%d\t%s\t%s\n", r.ID, r.Failures, status, text.Clip(r.Prompt, promptW))
		} else {
			fmt.Fprintf(tw, "%s\t%d\t%s\n", r.ID, r.Failures, status)
		}
	}
	return tw.Flush()
}

// suspendOptions are the arguments of `quiz suspend` and `quiz unsuspend`.
type suspendOptions struct {
	refs    []string // BANK/QUESTION, as typed
	suspend bool     // suspend, or else unsuspend
}

// newSuspendCmd builds 'quiz suspend' (suspend) or 'quiz unsuspend'; runF,
// when not nil, is called with the parsed options instead of recording
// anything (for tests).
func newSuspendCmd(f *Factory, suspend bool, runF func(*suspendOptions) error) *cobra.Command {
	use, short := "suspend", "Take questions out of study"
	if !suspend {
		use, short = "unsuspend", "Put suspended questions back into study"
	}
	long := `Suspend takes questions out of study, practice and exams until you
unsuspend them; their history is kept. Questions are named BANK/QUESTION, as
'quiz leeches' and 'quiz show BANK' print them.`
	if !suspend {
		long = `Unsuspend puts suspended questions back into study. 'quiz leeches' lists the
suspended questions.`
	}
	o := suspendOptions{suspend: suspend}
	return &cobra.Command{
		Use:               use + " BANK/QUESTION...",
		ValidArgsFunction: completeArgs(f, argQuestions),
		Short:             short,
		Long:              long,
		Example:           fmt.Sprintf("  quiz %s key-missions/minustah-year", use),
		Args:              minimumArgs(1, "name the questions as BANK/QUESTION; 'quiz leeches' lists the ones you keep missing"),
		RunE: func(cmd *cobra.Command, args []string) error {
			o.refs = args
			return runOr(f, &o, runF, runSuspend)
		},
	}
}

// runSuspend suspends or unsuspends the questions named, after checking
// every name.
func runSuspend(f *Factory, o suspendOptions) error {
	kind, done := progress.KindSuspend, "Suspended"
	if !o.suspend {
		kind, done = progress.KindUnsuspend, "Unsuspended"
	}
	lib, err := f.Library()
	if err != nil {
		return err
	}
	type ref struct{ bank, id string }
	var refs []ref
	for _, a := range o.refs {
		b, id, err := parseQuestionRef(lib, a)
		if err != nil {
			return err
		}
		refs = append(refs, ref{b, id})
	}
	store, err := f.OpenWriter()
	if err != nil {
		return err
	}
	defer store.Close()
	for _, r := range refs {
		ref := questions.Key(r.bank, r.id)
		if c, _ := store.Card(r.bank, r.id); c.Suspended == o.suspend {
			fmt.Fprintf(f.IO.Out, "%s is %s suspended.\n", ref, map[bool]string{true: "already", false: "not"}[o.suspend])
			continue
		}
		if _, err := store.Record(progress.Entry{Kind: kind, Time: f.Now().UTC(), Bank: r.bank, Question: r.id}); err != nil {
			return err
		}
		fmt.Fprintf(f.IO.Out, "%s %s.\n", done, ref)
	}
	return store.Close()
}
