package cmd

import (
	"errors"
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"github.com/quiz-cli/quiz/cmd/internal/text"
	"github.com/quiz-cli/quiz/questions"
	"github.com/quiz-cli/quiz/quiz"
)

// pendingBank is a checked bank file waiting to be installed.
type pendingBank struct {
	name string // the file, for messages
	bank *questions.Bank
	data []byte
}

func newAddCmd(f *Factory) *cobra.Command {
	var force bool
	c := &cobra.Command{
		Use:   "add FILE...",
		Short: "Install question bank files",
		Long: `Add checks bank files, then installs each into the banks folder of your
data directory, where study and the other commands find it. If any file
has a problem, nothing is installed.

A bank id that is already installed is refused unless --force; the id of
a built-in bank is always refused. Your progress is kept per bank id and
question id, so replacing a bank with an edited version keeps it.`,
		Example: `  quiz add my-bank.yaml
  quiz add --force my-bank.yaml   # replace the installed version`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			var pending []pendingBank
			bad := false
			for _, path := range args {
				b, data, err := questions.ReadFile(path)
				if err != nil {
					bad = true
					reportBankError(f, err)
					continue
				}
				pending = append(pending, pendingBank{path, b, data})
			}
			if bad {
				return errSilent
			}
			return installBanks(f, pending, force)
		},
	}
	c.Flags().BoolVar(&force, "force", false, "replace a bank that is already installed")
	return c
}

// installBanks installs checked banks: all of them, or none when any id is
// refused.
func installBanks(f *Factory, pending []pendingBank, force bool) error {
	dir, err := f.BanksDir()
	if err != nil {
		return err
	}
	builtin, err := builtinIDs()
	if err != nil {
		return err
	}
	bad := false
	seen := map[string]string{}
	for _, p := range pending {
		id := p.bank.ID
		var msg string
		switch {
		case builtin[id]:
			msg = fmt.Sprintf("bank id %s belongs to a built-in bank; change bank: to another id", id)
		case seen[id] != "":
			msg = fmt.Sprintf("bank id %s is also used by %s; give each bank its own id", id, seen[id])
		case !force && questions.InstalledFile(dir, id) != "":
			msg = fmt.Sprintf("bank %s is already installed; use --force to replace it", id)
		}
		seen[id] = p.name
		if msg != "" {
			bad = true
			fmt.Fprintf(f.IO.ErrOut, "quiz: %s: %s\n", p.name, msg)
		}
	}
	if bad {
		fmt.Fprintln(f.IO.ErrOut, "quiz: nothing was added")
		return errSilent
	}
	for _, p := range pending {
		_, replaced, err := questions.Install(dir, p.bank.ID, p.data, force)
		if err != nil {
			return err
		}
		verb := "Added"
		if replaced {
			verb = "Replaced"
		}
		fmt.Fprintf(f.IO.Out, "%s %s (%s).\n", verb, p.bank.ID, text.Count(len(p.bank.Questions), "question"))
	}
	return nil
}

func builtinIDs() (map[string]bool, error) {
	banks, err := questions.Course()
	if err != nil {
		return nil, err
	}
	ids := map[string]bool{}
	for _, b := range banks {
		ids[b.ID] = true
	}
	return ids, nil
}

func newRemoveCmd(f *Factory) *cobra.Command {
	var yes bool
	c := &cobra.Command{
		Use:   "remove BANK",
		Short: "Uninstall a question bank you added",
		Long: `Remove uninstalls a bank you added. It asks first; --yes skips the
question (and is needed when not run in a terminal).

The bank's review history is kept: add the bank again and your progress
comes back.`,
		Example: `  quiz remove my-bank
  quiz remove my-bank --yes`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			id := args[0]
			builtin, err := builtinIDs()
			if err != nil {
				return err
			}
			if builtin[id] {
				return fmt.Errorf("%s is a built-in bank; only banks you added can be removed", id)
			}
			dir, err := f.BanksDir()
			if err != nil {
				return err
			}
			path := questions.InstalledFile(dir, id)
			if path == "" {
				return fmt.Errorf("no installed bank %q; run 'quiz banks' to list them", id)
			}
			if !yes {
				if !f.IO.CanPrompt() {
					return usageErrorf("remove asks before removing a bank; use --yes when not in a terminal")
				}
				ok, err := f.Prompter().Confirm(fmt.Sprintf("Remove bank %s (%s)?", id, path), false)
				if errors.Is(err, quiz.ErrInterrupted) {
					return errInterrupted
				}
				if err != nil {
					return err
				}
				if !ok {
					fmt.Fprintf(f.IO.Out, "Kept %s.\n", id)
					return nil
				}
			}
			if _, err := questions.Uninstall(dir, id); err != nil {
				if errors.Is(err, os.ErrNotExist) {
					return fmt.Errorf("no installed bank %q; run 'quiz banks' to list them", id)
				}
				return err
			}
			fmt.Fprintf(f.IO.Out, "Removed %s; its review history is kept and comes back if you add the bank again.\n", id)
			return nil
		},
	}
	c.Flags().BoolVarP(&yes, "yes", "y", false, "remove without asking")
	return c
}
