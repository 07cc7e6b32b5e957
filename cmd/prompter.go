package cmd

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/AlecAivazis/survey/v2"
	"github.com/AlecAivazis/survey/v2/core"
	"github.com/AlecAivazis/survey/v2/terminal"

	"github.com/quiz-cli/quiz/quiz"
)

// surveyPrompter asks through github.com/AlecAivazis/survey. It is the only
// place that knows survey, so the library can be swapped.
type surveyPrompter struct {
	stdio terminal.Stdio
	keys  *keyInput // nil when stdin is not a file
}

func newSurveyPrompter(streams *IOStreams) *surveyPrompter {
	in, _ := streams.In.(terminal.FileReader)
	out, _ := streams.Out.(terminal.FileWriter)
	if out == nil {
		out = os.Stdout
	}
	// survey follows NO_COLOR by itself, but not --no-color.
	core.DisableColor = !streams.ColorEnabled()
	p := &surveyPrompter{stdio: terminal.Stdio{In: in, Out: out, Err: streams.ErrOut}}
	if f, ok := streams.In.(*os.File); ok {
		p.keys = newKeyInput(f)
		p.stdio.In = p.keys
	}
	return p
}

func (p *surveyPrompter) opts() []survey.AskOpt {
	return []survey.AskOpt{
		survey.WithStdio(p.stdio.In, p.stdio.Out, p.stdio.Err),
		survey.WithShowCursor(true),
	}
}

// SetDeadline implements quiz.DeadlineSetter: prompts still open when it
// passes return quiz.ErrTimeUp.
func (p *surveyPrompter) SetDeadline(at time.Time) {
	if p.keys != nil {
		p.keys.setDeadline(at)
	}
}

// Select implements quiz.Prompter.
func (p *surveyPrompter) Select(message string, options []string, def int) (int, error) {
	var i int
	q := &survey.Select{Message: message, Options: options, PageSize: 10, Filter: filterOptions}
	if def >= 0 && def < len(options) {
		q.Default = options[def]
	}
	err := survey.AskOne(q, &i, p.opts()...)
	return i, p.wrap(err)
}

// MultiSelect implements quiz.Prompter.
func (p *surveyPrompter) MultiSelect(message string, options []string) ([]int, error) {
	var is []int
	q := &survey.MultiSelect{Message: message, Options: options, PageSize: 10}
	err := survey.AskOne(q, &is, p.opts()...)
	return is, p.wrap(err)
}

// filterOptions keeps the options that contain what was typed, ignoring
// case and surrounding spaces: a stray space must not hide every option.
func filterOptions(typed, option string, _ int) bool {
	typed = strings.TrimSpace(typed)
	return typed == "" || strings.Contains(strings.ToLower(option), strings.ToLower(typed))
}

// Input implements quiz.Prompter.
func (p *surveyPrompter) Input(message string) (string, error) {
	var s string
	err := survey.AskOne(&survey.Input{Message: message}, &s, p.opts()...)
	return s, p.wrap(err)
}

// Confirm implements quiz.Prompter.
func (p *surveyPrompter) Confirm(message string, def bool) (bool, error) {
	var b bool
	err := survey.AskOne(&survey.Confirm{Message: message, Default: def}, &b, p.opts()...)
	return b, p.wrap(err)
}

// wrap turns survey's interrupt into quiz.ErrInterrupted (or
// quiz.ErrTimeUp past a deadline), keeping the rest.
func (p *surveyPrompter) wrap(err error) error {
	switch {
	case err == nil:
		return nil
	case errors.Is(err, terminal.InterruptErr) && p.keys != nil && p.keys.Expired():
		return quiz.ErrTimeUp
	case errors.Is(err, terminal.InterruptErr):
		return quiz.ErrInterrupted
	case errors.Is(err, io.EOF):
		return fmt.Errorf("%w: input closed", quiz.ErrInterrupted)
	}
	return fmt.Errorf("prompt: %w", err)
}
