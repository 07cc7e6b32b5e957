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

func newLeechesCmd(f *Factory) *cobra.Command {
	var asJSON bool
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
			banks, err := f.BankSummaries()
			if err != nil {
				return err
			}
			store, err := f.OpenReader()
			if err != nil {
				return err
			}
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
			if asJSON {
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
		},
	}
	c.Flags().BoolVar(&asJSON, "json", false, "print the list as JSON")
	return c
}

func newSuspendCmd(f *Factory, suspend bool) *cobra.Command {
	use, short, kind, done := "suspend", "Take questions out of study", progress.KindSuspend, "Suspended"
	if !suspend {
		use, short, kind, done = "unsuspend", "Put suspended questions back into study", progress.KindUnsuspend, "Unsuspended"
	}
	long := `Suspend takes questions out of study, practice and exams until you
unsuspend them; their history is kept. Questions are named BANK/QUESTION, as
'quiz leeches' and 'quiz show BANK' print them.`
	if !suspend {
		long = `Unsuspend puts suspended questions back into study. 'quiz leeches' lists the
suspended questions.`
	}
	return &cobra.Command{
		Use:               use + " BANK/QUESTION...",
		ValidArgsFunction: completeArgs(f, argQuestions),
		Short:             short,
		Long:              long,
		Example:           fmt.Sprintf("  quiz %s key-missions/minustah-year", use),
		Args:              minimumArgs(1, "name the questions as BANK/QUESTION; 'quiz leeches' lists the ones you keep missing"),
		RunE: func(cmd *cobra.Command, args []string) error {
			lib, err := f.Library()
			if err != nil {
				return err
			}
			type ref struct{ bank, id string }
			var refs []ref
			for _, a := range args {
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
				if c, _ := store.Card(r.bank, r.id); c.Suspended == suspend {
					fmt.Fprintf(f.IO.Out, "%s is %s suspended.\n", ref, map[bool]string{true: "already", false: "not"}[suspend])
					continue
				}
				if _, err := store.Record(progress.Entry{Kind: kind, Time: f.Now().UTC(), Bank: r.bank, Question: r.id}); err != nil {
					return err
				}
				fmt.Fprintf(f.IO.Out, "%s %s.\n", done, ref)
			}
			return store.Close()
		},
	}
}
