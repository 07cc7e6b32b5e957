package cmd

import (
	"errors"
	"io"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/spf13/cobra"
)

// execOptions runs a command built with a runF seam on args, returning the
// error of parsing and checking them; the command itself never runs.
func execOptions(t *testing.T, c *cobra.Command, args string) error {
	t.Helper()
	c.SetArgs(strings.Fields(args))
	c.SetOut(io.Discard)
	c.SetErr(io.Discard)
	c.SilenceErrors, c.SilenceUsage = true, true
	c.SetFlagErrorFunc(flagError)
	return c.Execute()
}

func TestStudyOptions(t *testing.T) {
	f := optionsFactory()
	tests := []struct {
		args  string
		want  studyOptions // sel is compared by its flags only
		usage string       // a usage error containing this, or "" for none
	}{
		{"", studyOptions{banks: []string{}}, ""},
		{"key-missions 3 --auto", studyOptions{auto: true, banks: []string{"key-missions", "3"}}, ""},
		{"-n 5 --no-retry", studyOptions{limit: 5, limitSet: true, noRetry: true, banks: []string{}}, ""},
		{"--limit 0", studyOptions{}, "--limit must be a positive number"},
		{"--limit five", studyOptions{}, `--limit takes a whole number, not "five"`},
		{"--tag dates --new 3", studyOptions{sel: selectFlags{tag: "dates", newN: 3}, banks: []string{}}, ""},
	}
	for _, tt := range tests {
		var got *studyOptions
		err := execOptions(t, newStudyCmd(f, func(o *studyOptions) error { got = o; return nil }), tt.args)
		if tt.usage != "" {
			var ue *usageError
			if !errors.As(err, &ue) || !strings.Contains(err.Error(), tt.usage) {
				t.Errorf("study %s: error %v, want a usage error with %q", tt.args, err, tt.usage)
			}
			if got != nil {
				t.Errorf("study %s: ran with a bad command line", tt.args)
			}
			continue
		}
		if err != nil || got == nil {
			t.Fatalf("study %s: error %v, ran %v", tt.args, err, got != nil)
		}
		got.sel.fs, tt.want.sel.fs = nil, nil
		if !reflect.DeepEqual(*got, tt.want) {
			t.Errorf("study %s: options %+v, want %+v", tt.args, *got, tt.want)
		}
	}
}

func TestExamPracticeStatsHistoryOptions(t *testing.T) {
	f := optionsFactory()
	var exam *examOptions
	if err := execOptions(t, newExamCmd(f, func(o *examOptions) error { exam = o; return nil }), "-n 30 --time 15m challenges"); err != nil {
		t.Fatalf("exam: %v", err)
	}
	if exam.n != 30 || exam.limit != 15*time.Minute || !reflect.DeepEqual(exam.banks, []string{"challenges"}) {
		t.Errorf("exam -n 30 --time 15m challenges: %+v", *exam)
	}
	for _, arg := range []string{"10ms", "0"} {
		// 0 is a duration, so the error says what is wrong with it.
		err := execOptions(t, newExamCmd(f, func(*examOptions) error { return nil }), "--time "+arg)
		if err == nil || exitCode(err) != exitUsage || !strings.Contains(err.Error(), "--time must be at least a second") {
			t.Errorf("exam --time %s: %v, want a usage error saying it must be at least a second", arg, err)
		}
	}

	var practice *practiceOptions
	if err := execOptions(t, newPracticeCmd(f, func(o *practiceOptions) error { practice = o; return nil }), "--shuffle --record 3"); err != nil {
		t.Fatalf("practice: %v", err)
	}
	if !practice.shuffle || !practice.record || practice.n != 20 || !reflect.DeepEqual(practice.banks, []string{"3"}) {
		t.Errorf("practice --shuffle --record 3: %+v", *practice)
	}
	if err := execOptions(t, newPracticeCmd(f, func(*practiceOptions) error { return nil }), "--shuffle --weakest"); exitCode(err) != exitUsage {
		t.Errorf("practice --shuffle --weakest: %v, want a usage error", err)
	}

	var stats *statsOptions
	if err := execOptions(t, newStatsCmd(f, func(o *statsOptions) error { stats = o; return nil }), "--days 90 --json tides"); err != nil {
		t.Fatalf("stats: %v", err)
	}
	if want := (statsOptions{banks: []string{"tides"}, days: 90, asJSON: true}); !reflect.DeepEqual(*stats, want) {
		t.Errorf("stats --days 90 --json tides: %+v, want %+v", *stats, want)
	}

	var history *historyOptions
	if err := execOptions(t, newHistoryCmd(f, func(o *historyOptions) error { history = o; return nil }), "-n 0"); err != nil {
		t.Fatalf("history: %v", err)
	}
	if want := (historyOptions{limit: 0}); *history != want {
		t.Errorf("history -n 0: %+v, want %+v", *history, want)
	}
	if err := execOptions(t, newHistoryCmd(f, func(*historyOptions) error { return nil }), "extra"); exitCode(err) != exitUsage {
		t.Errorf("history extra: %v, want a usage error", err)
	}
}

// optionsCase is a command line and the options it should give, or the
// error it should be refused with before the command runs.
type optionsCase[O any] struct {
	args  string
	want  O
	usage string // part of the usage error expected; "" for none
	fails string // part of another error expected; "" for none
}

// checkOptions runs each case through a command built with a runF seam and
// compares what runF received.
func checkOptions[O any](t *testing.T, name string, build func(func(*O) error) *cobra.Command, tests []optionsCase[O]) {
	t.Helper()
	for _, tt := range tests {
		var got *O
		err := execOptions(t, build(func(o *O) error { got = o; return nil }), tt.args)
		switch {
		case tt.usage != "":
			if exitCode(err) != exitUsage || !strings.Contains(err.Error(), tt.usage) || got != nil {
				t.Errorf("%s %s: error %v, ran %v; want a usage error with %q", name, tt.args, err, got != nil, tt.usage)
			}
		case tt.fails != "":
			if err == nil || exitCode(err) == exitUsage || !strings.Contains(err.Error(), tt.fails) || got != nil {
				t.Errorf("%s %s: error %v, ran %v; want an error (not usage) with %q", name, tt.args, err, got != nil, tt.fails)
			}
		case err != nil || got == nil:
			t.Errorf("%s %s: error %v, ran %v; want options %+v", name, tt.args, err, got != nil, tt.want)
		case !reflect.DeepEqual(*got, tt.want):
			t.Errorf("%s %s: options %+v, want %+v", name, tt.args, *got, tt.want)
		}
	}
}

// optionsFactory is a Factory for building commands whose run is never
// reached.
func optionsFactory() *Factory {
	s, _, _, _ := testStreams()
	return &Factory{IO: s, Now: time.Now}
}

func TestExportOptions(t *testing.T) {
	f := optionsFactory()
	checkOptions(t, "export", func(runF func(*exportOptions) error) *cobra.Command { return newExportCmd(f, runF) }, []optionsCase[exportOptions]{
		{args: "", want: exportOptions{format: "csv"}},
		{args: "--json -o h.json --force", want: exportOptions{format: "json", output: "h.json", force: true}},
		{args: "--format json --json", want: exportOptions{format: "json"}},
		{args: "--format xml", usage: `--format must be csv or json, not "xml"`},
		{args: "--json --format csv", usage: "--json and --format csv disagree"},
	})
}

func TestImportOptions(t *testing.T) {
	f := optionsFactory()
	checkOptions(t, "import", func(runF func(*importOptions) error) *cobra.Command { return newImportCmd(f, runF) }, []optionsCase[importOptions]{
		{args: "w.tsv --bank words --title Words", want: importOptions{path: "w.tsv", id: "words", title: "Words"}},
		{args: "w.tsv --bank words --title Words --typed --swap --add --force",
			want: importOptions{path: "w.tsv", id: "words", title: "Words", typed: true, swap: true, add: true, force: true}},
		{args: "w.tsv --title Words", usage: "--bank is required"},
		{args: "w.tsv --bank Words! --title Words", usage: `--bank "Words!" is not a valid bank id`},
		{args: "w.tsv --bank words", usage: "--title is required"},
		{args: "w.tsv --bank words --title W --add -o w.yaml", usage: "use either --add or -o, not both"},
		{args: "--bank words --title W", usage: "name the TSV file to import"},
	})
}
