package atomicfile

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

func writeString(s string) func(io.Writer) error {
	return func(w io.Writer) error { _, err := io.WriteString(w, s); return err }
}

func TestWriteRespectsUmask(t *testing.T) {
	for _, tt := range []struct {
		umask int
		want  fs.FileMode
	}{{0o022, 0o644}, {0o077, 0o600}, {0o002, 0o664}} {
		old := syscall.Umask(tt.umask)
		path := filepath.Join(t.TempDir(), "out.csv")
		err := Write(path, Options{}, writeString("a,b\n"))
		syscall.Umask(old)
		if err != nil {
			t.Fatalf("Write: %v", err)
		}
		st, err := os.Stat(path)
		if err != nil {
			t.Fatal(err)
		}
		if st.Mode().Perm() != tt.want {
			t.Errorf("umask %03o: mode %v, want %v", tt.umask, st.Mode().Perm(), tt.want)
		}
	}
}

func TestWriteKeepsExistingFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "mine.yaml")
	if err := os.WriteFile(path, []byte("keep"), 0o644); err != nil {
		t.Fatal(err)
	}
	err := Write(path, Options{}, writeString("new"))
	if !errors.Is(err, ErrExists) {
		t.Errorf("Write over an existing file = %v, want ErrExists", err)
	}
	if b, _ := os.ReadFile(path); string(b) != "keep" {
		t.Errorf("existing file now %q, want it untouched", b)
	}
	if err := Write(path, Options{Replace: true}, writeString("new")); err != nil {
		t.Fatalf("Write with Replace: %v", err)
	}
	if b, _ := os.ReadFile(path); string(b) != "new" {
		t.Errorf("replaced file holds %q, want %q", b, "new")
	}
	assertOnly(t, filepath.Dir(path), "mine.yaml")
}

func TestWriteFailureLeavesNothing(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "out.json")
	boom := errors.New("disk full")
	err := Write(path, Options{}, func(w io.Writer) error {
		io.WriteString(w, "half")
		return boom
	})
	if !errors.Is(err, boom) {
		t.Errorf("Write = %v, want the writer's error", err)
	}
	assertOnly(t, dir)
}

func TestWriteReportsFolderSyncError(t *testing.T) {
	old := syncDir
	defer func() { syncDir = old }()
	syncDir = func(string) error { return syscall.EIO }
	path := filepath.Join(t.TempDir(), "out.csv")
	if err := Write(path, Options{}, writeString("x")); !errors.Is(err, syscall.EIO) {
		t.Errorf("Write with a failing folder sync = %v, want EIO", err)
	}
}

// assertOnly checks that dir holds exactly the named files: no temporary
// file is left behind.
func assertOnly(t *testing.T, dir string, names ...string) {
	t.Helper()
	ents, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range ents {
		got = append(got, e.Name())
	}
	if len(got) != len(names) {
		t.Fatalf("%s holds %q, want %q", dir, got, names)
	}
	for i := range names {
		if got[i] != names[i] {
			t.Fatalf("%s holds %q, want %q", dir, got, names)
		}
	}
}
