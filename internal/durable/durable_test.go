package durable

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

func TestWriteNew(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "bank.yaml")
	if err := WriteNew(path, []byte("bank: b\n"), 0o600); err != nil {
		t.Fatalf("WriteNew: %v", err)
	}
	if got, err := os.ReadFile(path); err != nil || string(got) != "bank: b\n" {
		t.Errorf("ReadFile = %q, %v; want %q", got, err, "bank: b\n")
	}
	if err := WriteNew(path, []byte("other"), 0o600); err == nil {
		t.Error("WriteNew over an existing file succeeded, want an error")
	}
	if got, _ := os.ReadFile(path); string(got) != "bank: b\n" {
		t.Errorf("existing file changed to %q", got)
	}
	if err := SyncDir(dir); err != nil {
		t.Errorf("SyncDir: %v", err)
	}
	if err := SyncDir(filepath.Join(dir, "missing")); err == nil {
		t.Error("SyncDir of a missing folder succeeded, want an error")
	}
}

func TestMkdirAllSyncsEachNewParent(t *testing.T) {
	root := t.TempDir()
	dir := filepath.Join(root, "a", "b")
	var synced []string
	watch := func(d string) error { synced = append(synced, d); return SyncDir(d) }
	if err := MkdirAll(dir, 0o700, watch); err != nil {
		t.Fatalf("MkdirAll: %v", err)
	}
	if st, err := os.Stat(dir); err != nil || !st.IsDir() {
		t.Fatalf("Stat(%s) = %v, %v; want a folder", dir, st, err)
	}
	want := []string{root, filepath.Join(root, "a")}
	if !slices.Equal(synced, want) {
		t.Errorf("MkdirAll synced %q, want %q", synced, want)
	}
	// Existing: nothing created, nothing synced.
	synced = nil
	if err := MkdirAll(dir, 0o700, watch); err != nil || len(synced) != 0 {
		t.Errorf("MkdirAll of an existing folder = %v, synced %q; want nil, none", err, synced)
	}
	file := filepath.Join(root, "file")
	if err := os.WriteFile(file, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	if err := MkdirAll(filepath.Join(file, "sub"), 0o700, nil); err == nil {
		t.Error("MkdirAll under a file succeeded, want an error")
	}
	if err := MkdirAll(file, 0o700, nil); err == nil {
		t.Error("MkdirAll of a file succeeded, want an error")
	}
}
