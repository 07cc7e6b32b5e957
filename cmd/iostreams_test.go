package cmd

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/fatih/color"
)

// tempHome makes a new data directory that commands run in the test
// process use (QUIZ_HOME) until the test ends.
func tempHome(t *testing.T) string {
	t.Helper()
	home := t.TempDir()
	t.Setenv("QUIZ_HOME", home)
	return home
}

// Colour is decided per stream and per program run: stdout piped and
// stderr on a terminal gives plain output and coloured warnings, and
// --no-color turns both off without touching fatih/color's global switch.
func TestColourPerStream(t *testing.T) {
	home := tempHome(t)
	if err := os.MkdirAll(filepath.Join(home, "banks"), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(home, "banks", "broken.yaml"), []byte("bank: [\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	before := color.NoColor
	tests := []struct {
		args             []string
		wantOut, wantErr bool // escapes expected on stdout, stderr
	}{
		{[]string{"banks"}, false, true},
		{[]string{"banks", "--no-color"}, false, false},
		{[]string{"read", "1"}, true, true},
		{[]string{"read", "1", "--no-color"}, false, false},
	}
	for _, tt := range tests {
		streams, _, out, errOut := testStreams()
		streams.colorOut = tt.wantOut
		streams.colorErr = true
		if code := run(&Factory{IO: streams, Now: time.Now}, tt.args); code != exitOK {
			t.Fatalf("quiz %s: exit %d, stderr %q", strings.Join(tt.args, " "), code, errOut)
		}
		if got := strings.Contains(out.String(), "\x1b["); got != tt.wantOut {
			t.Errorf("quiz %s: colour on stdout %v, want %v:\n%s", strings.Join(tt.args, " "), got, tt.wantOut, out)
		}
		if !strings.Contains(errOut.String(), "warning:") {
			t.Fatalf("quiz %s: no warning about the broken bank: %q", strings.Join(tt.args, " "), errOut)
		}
		if got := strings.Contains(errOut.String(), "\x1b["); got != tt.wantErr {
			t.Errorf("quiz %s: colour on stderr %v, want %v: %q", strings.Join(tt.args, " "), got, tt.wantErr, errOut)
		}
		if color.NoColor != before {
			t.Errorf("quiz %s changed color.NoColor to %v", strings.Join(tt.args, " "), color.NoColor)
		}
	}
}

// TestNoticeSaidOnce: a command that opens the store twice (settings, then
// cards) tells the learner about a slow rebuild once, not twice.
func TestNoticeSaidOnce(t *testing.T) {
	io, _, _, errOut := testStreams()
	f := &Factory{IO: io}
	f.notice("rebuilding")
	f.notice("rebuilding")
	f.notice("compressing")
	if got := errOut.String(); got != "rebuilding\ncompressing\n" {
		t.Errorf("stderr = %q, want each notice once", got)
	}
}
