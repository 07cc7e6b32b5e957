package questions

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/quiz-cli/quiz/internal/durable/durabletest"
)

// Installing a bank creates the banks folder the first time and a file in
// it: the folders holding the new names are fsynced, so a power cut right
// after 'quiz add' keeps the bank.
func TestInstallSyncsDirectories(t *testing.T) {
	synced := durabletest.Watch(t, &syncDir)
	home := t.TempDir()
	dir := filepath.Join(home, "banks")
	if _, _, err := Install(dir, "alpha", []byte(strings.Replace(goodBank, "%s", "alpha", 1)), false); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{home, dir} {
		if !slices.Contains(*synced, want) {
			t.Errorf("synced %q; want %s among them", *synced, want)
		}
	}
}
