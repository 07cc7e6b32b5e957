package cmd

import (
	"testing"

	"github.com/spf13/cobra"

	"github.com/quiz-cli/quiz/questions"
)

// Each command's arguments and flags land in its options, and a bad command
// line is refused before the command runs.

func TestAddRemoveOptions(t *testing.T) {
	f := optionsFactory()
	checkOptions(t, "add", func(runF func(*addOptions) error) *cobra.Command { return newAddCmd(f, runF) }, []optionsCase[addOptions]{
		{args: "a.yaml notes/", want: addOptions{paths: []string{"a.yaml", "notes/"}}},
		{args: "--force notes/", want: addOptions{paths: []string{"notes/"}, force: true}},
		{args: "", usage: "name the bank files or course directories to install"},
		{args: "--replace a.yaml", usage: "unknown flag: --replace"},
	})
	checkOptions(t, "remove", func(runF func(*removeOptions) error) *cobra.Command { return newRemoveCmd(f, runF) }, []optionsCase[removeOptions]{
		{args: "notes", want: removeOptions{id: "notes"}},
		{args: "-y my-bank", want: removeOptions{id: "my-bank", yes: true}},
		{args: "notes --yes", want: removeOptions{id: "notes", yes: true}},
		{args: "", usage: "name the course or bank to remove"},
		{args: "a b", usage: "too many arguments"},
	})
}

func TestListingOptions(t *testing.T) {
	f := optionsFactory()
	checkOptions(t, "banks", func(runF func(*banksOptions) error) *cobra.Command { return newBanksCmd(f, runF) }, []optionsCase[banksOptions]{
		{args: "", want: banksOptions{}},
		{args: "--json", want: banksOptions{asJSON: true}},
		{args: "--all", want: banksOptions{all: true}},
		{args: "tides", usage: "takes no arguments"},
	})
	checkOptions(t, "courses", func(runF func(*coursesOptions) error) *cobra.Command { return newCoursesCmd(f, runF) }, []optionsCase[coursesOptions]{
		{args: "", want: coursesOptions{}},
		{args: "--json", want: coursesOptions{asJSON: true}},
		{args: "hid", usage: `unknown command "hid"`},
	})
	checkOptions(t, "leeches", func(runF func(*leechesOptions) error) *cobra.Command { return newLeechesCmd(f, runF) }, []optionsCase[leechesOptions]{
		{args: "", want: leechesOptions{}},
		{args: "--json", want: leechesOptions{asJSON: true}},
		{args: "tides", usage: "takes no arguments"},
	})
	checkOptions(t, "show", func(runF func(*showOptions) error) *cobra.Command { return newShowCmd(f, runF) }, []optionsCase[showOptions]{
		{args: "tides", want: showOptions{name: "tides"}},
		{args: "--json 3", want: showOptions{name: "3", asJSON: true}},
		{args: "", usage: "name the bank or course to show"},
		{args: "a b", usage: "too many arguments"},
	})
	checkOptions(t, "read", func(runF func(*readOptions) error) *cobra.Command { return newReadCmd(f, runF) }, []optionsCase[readOptions]{
		{args: "", want: readOptions{names: []string{}}},
		{args: "notes 2", want: readOptions{names: []string{"notes", "2"}}},
		{args: "--all notes", want: readOptions{names: []string{"notes"}, all: true}},
		{args: "a b c", usage: "too many arguments"},
	})
	checkOptions(t, "version", func(runF func(*versionOptions) error) *cobra.Command { return newVersionCmd(f, runF) }, []optionsCase[versionOptions]{
		{args: "", want: versionOptions{}},
		{args: "--json", want: versionOptions{asJSON: true}},
		{args: "now", usage: "takes no arguments"},
	})
}

func TestCourseStateOptions(t *testing.T) {
	f := optionsFactory()
	for _, hide := range []bool{true, false} {
		name := map[bool]string{true: "courses hide", false: "courses use"}[hide]
		checkOptions(t, name, func(runF func(*courseStateOptions) error) *cobra.Command { return newCourseStateCmd(f, hide, runF) }, []optionsCase[courseStateOptions]{
			{args: "peacekeeping", want: courseStateOptions{id: "peacekeeping", hide: hide}},
			{args: "", usage: "name the course"},
			{args: "a b", usage: "too many arguments"},
		})
	}
}

func TestSuspendOptions(t *testing.T) {
	f := optionsFactory()
	for _, suspend := range []bool{true, false} {
		name := map[bool]string{true: "suspend", false: "unsuspend"}[suspend]
		checkOptions(t, name, func(runF func(*suspendOptions) error) *cobra.Command { return newSuspendCmd(f, suspend, runF) }, []optionsCase[suspendOptions]{
			{args: "tides/q1", want: suspendOptions{refs: []string{"tides/q1"}, suspend: suspend}},
			{args: "tides/q1 tides/q2", want: suspendOptions{refs: []string{"tides/q1", "tides/q2"}, suspend: suspend}},
			{args: "", usage: "name the questions as BANK/QUESTION"},
		})
	}
}

func TestDataOptions(t *testing.T) {
	f := optionsFactory()
	checkOptions(t, "doctor", func(runF func(*doctorOptions) error) *cobra.Command { return newDoctorCmd(f, runF) }, []optionsCase[doctorOptions]{
		{args: "", want: doctorOptions{}},
		{args: "--json", want: doctorOptions{asJSON: true}},
		{args: "--repair", want: doctorOptions{repair: true}},
		{args: "--repair --force", want: doctorOptions{repair: true, force: true}},
		{args: "--repair --set-aside-future", want: doctorOptions{repair: true, future: true}},
		{args: "--force", usage: "--force and --set-aside-future go with --repair"},
		{args: "--set-aside-future", usage: "--force and --set-aside-future go with --repair"},
	})
	checkOptions(t, "merge", func(runF func(*mergeOptions) error) *cobra.Command { return newMergeCmd(f, runF) }, []optionsCase[mergeOptions]{
		{args: "../laptop", want: mergeOptions{dir: "../laptop"}},
		{args: "", usage: "name the other data directory"},
		{args: "a b", usage: "too many arguments"},
	})
	checkOptions(t, "reset", func(runF func(*resetOptions) error) *cobra.Command { return newResetCmd(f, runF) }, []optionsCase[resetOptions]{
		{args: "tides", want: resetOptions{target: "tides"}},
		{args: "tides/q1 --yes", want: resetOptions{target: "tides/q1", yes: true}},
		{args: "-y tides", want: resetOptions{target: "tides", yes: true}},
		{args: "/q1", usage: `"/q1" is not a bank or question`},
		{args: "tides/", usage: `"tides/" is not a bank or question`},
		{args: "", usage: "name the bank, or BANK/QUESTION"},
	})
	checkOptions(t, "optimize", func(runF func(*optimizeOptions) error) *cobra.Command { return newOptimizeCmd(f, runF) }, []optionsCase[optimizeOptions]{
		{args: "", want: optimizeOptions{}},
		{args: "--yes --json", want: optimizeOptions{yes: true, asJSON: true}},
		{args: "-y", want: optimizeOptions{yes: true}},
		{args: "--reset", want: optimizeOptions{reset: true}},
		{args: "now", usage: "takes no arguments"},
	})
	checkOptions(t, "man", func(runF func(*manOptions) error) *cobra.Command { return newManCmd(f, runF) }, []optionsCase[manOptions]{
		{args: "man1", want: manOptions{dir: "man1"}},
		{args: "", usage: "name the folder to write the pages to"},
	})
}

func TestConfigOptions(t *testing.T) {
	f := optionsFactory()
	checkOptions(t, "config", func(runF func(*configOptions) error) *cobra.Command { return newConfigCmd(f, runF) }, []optionsCase[configOptions]{
		{args: "", want: configOptions{}},
		{args: "--json", want: configOptions{asJSON: true}},
		{args: "sett", usage: `unknown command "sett"`},
	})
	checkOptions(t, "config get", func(runF func(*configGetOptions) error) *cobra.Command { return newConfigGetCmd(f, runF) }, []optionsCase[configGetOptions]{
		{args: "retention", want: configGetOptions{key: "retention"}},
		{args: "Session_Size", want: configGetOptions{key: "session-size"}},
		{args: "colour", fails: `unknown setting "colour"`},
		{args: "", usage: "name the setting to show"},
	})
	checkOptions(t, "config set", func(runF func(*configSetOptions) error) *cobra.Command { return newConfigSetCmd(f, runF) }, []optionsCase[configSetOptions]{
		{args: "retention 0.85", want: configSetOptions{key: "retention", value: "0.85"}},
		{args: "new_per_day 10", want: configSetOptions{key: "new-per-day", value: "10"}},
		{args: "new-per-day 2.5", fails: "new-per-day must be a whole number"},
		{args: "new-per-day -1", fails: "new-per-day"},
		{args: "colour blue", fails: `unknown setting "colour"`},
		{args: "retention", usage: "give a setting and its value"},
	})
}

func TestAuthoringOptions(t *testing.T) {
	f := optionsFactory()
	checkOptions(t, "new", func(runF func(*newOptions) error) *cobra.Command { return newNewCmd(f, runF) }, []optionsCase[newOptions]{
		{args: "my-bank", want: newOptions{id: "my-bank"}},
		{args: "my-bank -o my-bank.yaml", want: newOptions{id: "my-bank", output: "my-bank.yaml"}},
		{args: "My-Bank!", usage: `bank id "My-Bank!" is not valid`},
		{args: "", usage: "name the new bank"},
	})
	checkOptions(t, "validate", func(runF func(*validateOptions) error) *cobra.Command { return newValidateCmd(f, runF) }, []optionsCase[validateOptions]{
		{args: "a.yaml notes/", want: validateOptions{paths: []string{"a.yaml", "notes/"}}},
		{args: "--json a.yaml", want: validateOptions{paths: []string{"a.yaml"}, asJSON: true}},
		{args: "", usage: "name the bank files or course directories to check"},
	})
	checkOptions(t, "generate", func(runF func(*generateOptions) error) *cobra.Command { return newGenerateCmd(f, runF) }, []optionsCase[generateOptions]{
		{args: "notes.md", want: generateOptions{path: "notes.md", id: "notes"}},
		{args: "chapters/Tides.txt -o course --id tides-101 --title Tides --per-section 5 --preview --force",
			want: generateOptions{path: "chapters/Tides.txt", output: "course", id: "tides-101", title: "Tides", perSection: 5, preview: true, force: true}},
		{args: "notes.md --types Cloze,choice", want: generateOptions{path: "notes.md", id: "notes", types: []string{"Cloze", "choice"},
			kinds: []questions.Type{questions.Cloze, questions.Choice}}},
		{args: "notes.md --per-section 31", usage: "--per-section must be between 1 and 30, not 31"},
		{args: "notes.md --types essay", usage: `--types: unknown question type "essay"`},
		{args: "notes.md --id Bad!", usage: `course id "Bad!" is not valid`},
		{args: "", usage: "name the article to read"},
	})
}

func TestDashboardOptions(t *testing.T) {
	f := optionsFactory()
	checkOptions(t, "quiz", func(runF func(*dashboardOptions) error) *cobra.Command { return newRootCmd(f, runF) }, []optionsCase[dashboardOptions]{
		{args: "", want: dashboardOptions{}},
		{args: "--json", want: dashboardOptions{asJSON: true}},
		{args: "--json --no-color", want: dashboardOptions{asJSON: true}},
		{args: "stdy", usage: `unknown command "stdy"`},
	})
	// The flags every command takes land in the Factory.
	if err := execOptions(t, newRootCmd(f, func(*dashboardOptions) error { return nil }), "--home /elsewhere --no-color"); err != nil {
		t.Fatal(err)
	}
	if f.homeFlag != "/elsewhere" || !f.noColor {
		t.Errorf("--home /elsewhere --no-color: home %q, no colour %v; want /elsewhere, true", f.homeFlag, f.noColor)
	}
}
