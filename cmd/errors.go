package cmd

import (
	"errors"
	"fmt"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/quiz-cli/quiz/progress"
	"github.com/quiz-cli/quiz/quiz"
)

// Exit statuses, listed in 'quiz --help' and the README.
const (
	exitOK          = 0
	exitError       = 1 // something went wrong, or a check failed
	exitUsage       = 2 // bad command line
	exitLocked      = 3 // another quiz is recording in the data directory
	exitInterrupted = 130
)

// exitStatusHelp explains the exit statuses at the end of 'quiz --help'.
const exitStatusHelp = `Exit status:
  0    success
  1    an error, or a check that found problems
  2    a mistake on the command line (usage printed)
  3    another quiz is recording in the data directory
  130  stopped with Ctrl-C`

// errSilent means the command already explained itself on stderr; only the
// exit status is left to set.
var errSilent = errors.New("silent error")

// errInterrupted means the learner stopped (Ctrl-C) after their work was
// saved: not a failure, but the exit status says so.
var errInterrupted = errors.New("interrupted")

// usageError is a bad command line: wrong arguments or flag values. Only
// errors of this type print the usage and exit 2; an error is one because
// the code that found it said so, never because of what its text says.
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

func usageErrorf(format string, a ...any) error {
	return &usageError{fmt.Sprintf(format, a...)}
}

// exitCode maps an error from a command to the process's exit status.
func exitCode(err error) int {
	var ue *usageError
	var le *progress.LockedError
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, errInterrupted), errors.Is(err, quiz.ErrInterrupted):
		return exitInterrupted
	case errors.As(err, &ue):
		return exitUsage
	case errors.As(err, &le):
		return exitLocked
	}
	return exitError
}

// noArgs refuses arguments; for a command with subcommands it says which
// one was probably meant.
func noArgs(cmd *cobra.Command, args []string) error {
	if len(args) == 0 {
		return nil
	}
	if cmd.HasSubCommands() {
		msg := fmt.Sprintf("unknown command %q for %q", args[0], cmd.CommandPath())
		if cmd.SuggestionsMinimumDistance <= 0 {
			cmd.SuggestionsMinimumDistance = 2
		}
		if s := cmd.SuggestionsFor(args[0]); len(s) > 0 {
			msg += fmt.Sprintf("; did you mean %s?", strings.Join(s, " or "))
		}
		return usageErrorf("%s", msg)
	}
	return usageErrorf("%s takes no arguments, got %q", cmd.CommandPath(), strings.Join(args, " "))
}

// exactArgs wants n arguments; missing tells the learner what to give when
// there are too few.
func exactArgs(n int, missing string) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) < n {
			return usageErrorf("%s", missing)
		}
		return maximumArgs(n)(cmd, args)
	}
}

// minimumArgs wants at least n arguments; missing says what to give.
func minimumArgs(n int, missing string) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) < n {
			return usageErrorf("%s", missing)
		}
		return nil
	}
}

// maximumArgs wants at most n arguments.
func maximumArgs(n int) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) > n {
			return usageErrorf("too many arguments: %s takes %s, got %d", cmd.CommandPath(), countArgs(n), len(args))
		}
		return nil
	}
}

func countArgs(n int) string {
	if n == 1 {
		return "one"
	}
	return fmt.Sprint(n)
}

// flagError turns pflag's parse errors into usage errors a person can act
// on: what the flag takes, with an example.
func flagError(cmd *cobra.Command, err error) error {
	var bad *pflag.InvalidValueError
	if errors.As(err, &bad) {
		f := bad.GetFlag()
		return usageErrorf("--%s takes %s, not %q", f.Name, valueKind(f.Value.Type()), bad.GetValue())
	}
	var missing *pflag.NotExistError
	if errors.As(err, &missing) {
		if s := missing.GetSpecifiedShortnames(); s != "" && strings.ContainsAny(s[:1], "0123456789") {
			return usageErrorf("unknown flag -%s; to pass a negative number, put -- before it", s)
		}
		if name := missing.GetSpecifiedName(); name != "" {
			var names []string
			cmd.Flags().VisitAll(func(f *pflag.Flag) { names = append(names, f.Name) })
			if near := nearest(names, name); len(near) > 0 {
				return usageErrorf("unknown flag --%s; did you mean --%s?", name, strings.Join(near, " or --"))
			}
		}
	}
	return &usageError{err.Error()}
}

// valueKind says what a flag of a pflag value type takes.
func valueKind(typ string) string {
	switch typ {
	case "duration":
		return "a duration such as 90s, 15m or 1h30m"
	case "int", "int64", "int32", "uint", "uint64":
		return "a whole number"
	case "float64", "float32":
		return "a number"
	case "bool":
		return "true or false"
	}
	return "a " + typ
}
