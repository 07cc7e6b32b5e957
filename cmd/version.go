package cmd

import (
	"fmt"
	"runtime"
	"runtime/debug"

	"github.com/spf13/cobra"
)

// version and commit can be set by a release build with
// -ldflags "-X github.com/quiz-cli/quiz/cmd.version=v1.2.0 -X ...cmd.commit=abc1234";
// left empty, they come from the build information Go records.
var version, commit string

// buildInfo is what 'quiz version' reports.
type buildInfo struct {
	Version  string `json:"version"`
	Commit   string `json:"commit,omitempty"`
	Modified bool   `json:"modified,omitempty"`
	Go       string `json:"go"`
}

// readBuildInfo returns the module version ("devel" for a build from a
// checkout) and the commit it was built from, when known.
func readBuildInfo() buildInfo {
	bi := buildInfo{Version: version, Commit: commit, Go: runtime.Version()}
	if info, ok := debug.ReadBuildInfo(); ok {
		if bi.Version == "" {
			bi.Version = info.Main.Version
		}
		for _, s := range info.Settings {
			switch {
			case s.Key == "vcs.revision" && bi.Commit == "":
				bi.Commit = s.Value
			case s.Key == "vcs.modified":
				bi.Modified = s.Value == "true"
			}
		}
	}
	if bi.Version == "" || bi.Version == "(devel)" {
		bi.Version = "devel"
	}
	if len(bi.Commit) > 12 {
		bi.Commit = bi.Commit[:12]
	}
	return bi
}

// String is the one-line version: "v1.2.0 (commit 0123456789ab)".
func (bi buildInfo) String() string {
	s := bi.Version
	switch {
	case bi.Commit != "" && bi.Modified:
		s += fmt.Sprintf(" (commit %s, with local changes)", bi.Commit)
	case bi.Commit != "":
		s += fmt.Sprintf(" (commit %s)", bi.Commit)
	}
	return s
}

// versionOptions are the flags of `quiz version`.
type versionOptions struct {
	asJSON bool
}

// newVersionCmd builds 'quiz version'; runF, when not nil, is called with the
// parsed options instead of printing the version (for tests).
func newVersionCmd(f *Factory, runF func(*versionOptions) error) *cobra.Command {
	o := versionOptions{}
	c := &cobra.Command{
		Use:   "version",
		Short: "Print the version of quiz",
		Long: `Version prints the module version of quiz and the commit it was built from,
as 'quiz --version' does. A build from a source checkout says "devel".`,
		Example: `  quiz version
  quiz version --json`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runOr(f, &o, runF, runVersion)
		},
	}
	c.Flags().BoolVar(&o.asJSON, "json", false, "print the version, commit and Go version as JSON")
	return c
}

// runVersion prints the version of this build.
func runVersion(f *Factory, o versionOptions) error {
	bi := readBuildInfo()
	if o.asJSON {
		return writeJSON(f.IO.Out, bi)
	}
	fmt.Fprintf(f.IO.Out, "quiz %s\n", bi)
	return nil
}
