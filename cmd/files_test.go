package cmd

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// Files the learner asks for are created as any other program would create
// them: mode 0666 less the umask.
func TestWrittenFilesRespectUmask(t *testing.T) {
	old := syscall.Umask(0o027)
	defer syscall.Umask(old)
	t.Setenv("QUIZ_HOME", t.TempDir())
	out := t.TempDir()
	tests := []struct {
		args []string
		file string
	}{
		{[]string{"export", "-o", filepath.Join(out, "history.csv")}, "history.csv"},
		{[]string{"export", "--format", "json", "-o", filepath.Join(out, "history.json")}, "history.json"},
		{[]string{"new", "my-bank", "-o", filepath.Join(out, "my-bank.yaml")}, "my-bank.yaml"},
	}
	for _, tt := range tests {
		streams, _, _, errOut := testStreams()
		if code := run(&Factory{IO: streams, Now: time.Now}, tt.args); code != exitOK {
			t.Fatalf("quiz %s: exit %d, stderr %q", strings.Join(tt.args, " "), code, errOut)
		}
		st, err := os.Stat(filepath.Join(out, tt.file))
		if err != nil {
			t.Fatal(err)
		}
		if st.Mode().Perm() != 0o640 {
			t.Errorf("quiz %s under umask 027: mode %v, want -rw-r-----", strings.Join(tt.args, " "), st.Mode().Perm())
		}
	}
}
