package generate

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
)

func TestWriteDir(t *testing.T) {
	parent := t.TempDir()
	dir := filepath.Join(parent, "notes")
	first := []File{{"course.yaml", []byte(Header("notes.md") + "version: 1\n")}, {"a.yaml", []byte("one")}}
	if err := WriteDir(dir, first, false); err != nil {
		t.Fatalf("WriteDir new: %v", err)
	}
	if got, _ := os.ReadFile(filepath.Join(dir, "a.yaml")); string(got) != "one" {
		t.Errorf("a.yaml = %q, want one", got)
	}
	// Refused without force, untouched.
	second := []File{{"course.yaml", []byte(Header("notes.md"))}, {"b.yaml", []byte("two")}}
	if err := WriteDir(dir, second, false); !errors.Is(err, ErrExists) {
		t.Fatalf("WriteDir over an existing dir = %v, want ErrExists", err)
	}
	// Replaced with force: the old files are gone.
	if err := WriteDir(dir, second, true); err != nil {
		t.Fatalf("WriteDir --force: %v", err)
	}
	if _, err := os.Stat(filepath.Join(dir, "a.yaml")); !os.IsNotExist(err) {
		t.Errorf("a.yaml survived the replacement: %v", err)
	}
	// A directory quiz generate did not write is never replaced.
	mine := filepath.Join(parent, "mine")
	if err := os.Mkdir(mine, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(mine, "keep.txt"), []byte("keep"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := WriteDir(mine, second, true); err == nil {
		t.Fatal("WriteDir replaced a directory it did not write")
	}
	if _, err := os.Stat(filepath.Join(mine, "keep.txt")); err != nil {
		t.Errorf("keep.txt: %v", err)
	}
	// A failed write leaves neither the target nor a temporary directory.
	bad := filepath.Join(parent, "bad")
	if err := WriteDir(bad, []File{{"a.yaml", nil}, {"no/such/dir.yaml", nil}}, false); err == nil {
		t.Fatal("WriteDir with an unwritable file succeeded")
	}
	entries, _ := os.ReadDir(parent)
	for _, e := range entries {
		if e.Name() != "notes" && e.Name() != "mine" {
			t.Errorf("left behind %s", e.Name())
		}
	}
}
