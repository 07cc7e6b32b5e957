package cmd

import (
	"strings"
	"testing"
)

// stubPrompter answers prompts from a script, in order. A prompt that was
// not scripted, or that asks something other than the next step says,
// fails the test at once; a scripted step never asked fails it at cleanup.
type stubPrompter struct {
	t     *testing.T
	steps []promptStep
	asked []string
}

// promptStep is one expected prompt: its kind, a part of its message, and
// the answer (bool for Confirm, int for Select, string for Input, []int
// for MultiSelect) or error to give.
type promptStep struct {
	kind, contains string
	answer         any
	err            error
}

func newStubPrompter(t *testing.T) *stubPrompter {
	t.Helper()
	p := &stubPrompter{t: t}
	t.Cleanup(func() {
		for _, s := range p.steps {
			t.Errorf("scripted %s prompt %q was never asked (asked: %q)", s.kind, s.contains, p.asked)
		}
	})
	return p
}

// expectConfirm scripts a Confirm whose message contains contains.
func (p *stubPrompter) expectConfirm(contains string, answer bool, err error) *stubPrompter {
	p.steps = append(p.steps, promptStep{"Confirm", contains, answer, err})
	return p
}

func (p *stubPrompter) next(kind, msg string) (any, error) {
	p.t.Helper()
	p.asked = append(p.asked, msg)
	if len(p.steps) == 0 {
		p.t.Fatalf("unexpected %s prompt %q", kind, msg)
	}
	s := p.steps[0]
	if s.kind != kind || !strings.Contains(msg, s.contains) {
		p.t.Fatalf("%s prompt %q, want %s prompt with %q", kind, msg, s.kind, s.contains)
	}
	p.steps = p.steps[1:]
	return s.answer, s.err
}

func (p *stubPrompter) Confirm(msg string, def bool) (bool, error) {
	v, err := p.next("Confirm", msg)
	return v.(bool), err
}

func (p *stubPrompter) Select(msg string, opts []string, def int) (int, error) {
	v, err := p.next("Select", msg)
	return v.(int), err
}

func (p *stubPrompter) MultiSelect(msg string, opts []string) ([]int, error) {
	v, err := p.next("MultiSelect", msg)
	is, _ := v.([]int)
	return is, err
}

func (p *stubPrompter) Input(msg string) (string, error) {
	v, err := p.next("Input", msg)
	s, _ := v.(string)
	return s, err
}
