package cmd

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/quiz-cli/quiz/progress"
)

// A writer finding another quiz recording exits 3, so scripts can wait
// and retry, and says who holds the directory.
func TestLockedDataDirectoryExits3(t *testing.T) {
	home := tempHome(t)
	holder, err := progress.OpenWrite(home)
	if err != nil {
		t.Fatalf("OpenWrite: %v", err)
	}
	defer holder.Close()
	for _, args := range [][]string{
		{"config", "set", "retention", "0.85"},
		{"reset", "key-missions", "--yes"},
		{"suspend", "key-missions/minustah-year"},
	} {
		streams, _, _, errOut := testStreams()
		code := run(&Factory{IO: streams, Now: time.Now}, args)
		if code != exitLocked || !strings.Contains(errOut.String(), "another quiz") || strings.Contains(errOut.String(), "Usage:") {
			t.Errorf("quiz %s with the directory locked: exit %d, stderr %q; want exit 3 naming the other quiz", strings.Join(args, " "), code, errOut)
		}
	}
	// Reading still works meanwhile.
	streams, _, _, errOut := testStreams()
	if code := run(&Factory{IO: streams, Now: time.Now}, []string{"config"}); code != exitOK {
		t.Errorf("quiz config while locked: exit %d, stderr %q; want 0", code, errOut)
	}
}

// Only errors the code marks as usage errors print the usage and exit 2:
// an operating system error whose text happens to read like one does not.
func TestUsageErrorsAreTypedNotMatched(t *testing.T) {
	tests := []struct {
		err  error
		want int
	}{
		{fmt.Errorf("open banks: %w", syscall.EINVAL), exitError}, // "invalid argument"
		{errors.New("accepts 1 arg(s), received 0"), exitError},
		{errors.New("unknown flag: --x"), exitError},
		{usageErrorf("--limit takes a whole number"), exitUsage},
		{fmt.Errorf("study: %w", usageErrorf("bad")), exitUsage},
		{&progress.LockedError{Dir: "/d"}, exitLocked},
		{fmt.Errorf("open: %w", &progress.LockedError{Dir: "/d"}), exitLocked},
		{errInterrupted, exitInterrupted},
	}
	for _, tt := range tests {
		if got := exitCode(tt.err); got != tt.want {
			t.Errorf("exitCode(%q) = %d, want %d", tt.err, got, tt.want)
		}
	}
	// The same through the command line: a data directory that cannot be
	// read fails with exit 1 and no usage.
	dir := t.TempDir()
	if err := os.WriteFile(dir+"/home", []byte("x"), 0o600); err != nil {
		t.Fatal(err)
	}
	streams, _, _, errOut := testStreams()
	code := run(&Factory{IO: streams, Now: time.Now}, []string{"banks", "--home", dir + "/home"})
	if code != exitError || strings.Contains(errOut.String(), "Usage:") {
		t.Errorf("quiz banks --home FILE: exit %d, stderr %q; want exit 1 without usage", code, errOut)
	}
}
