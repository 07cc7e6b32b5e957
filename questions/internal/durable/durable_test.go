package durable

import (
	"os"
	"path/filepath"
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
