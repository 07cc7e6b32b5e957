package questions

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const goodBank = "bank: %s\ntitle: T\nquestions:\n  - {id: q, type: text, prompt: P, answer: A}\n"

func writeFile(t *testing.T, path, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestLoadFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "a.yaml")
	writeFile(t, path, strings.Replace(goodBank, "%s", "alpha", 1))
	b, err := LoadFile(path)
	if err != nil {
		t.Fatalf("LoadFile(a.yaml) = %v, want no error", err)
	}
	if b.ID != "alpha" || b.File != path {
		t.Errorf("LoadFile(a.yaml) = bank %q from %q, want alpha from %q", b.ID, b.File, path)
	}

	if _, err := LoadFile(filepath.Join(dir, "missing.yaml")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("LoadFile(missing.yaml) = %v, want a not-exist error", err)
	}
	if _, err := LoadFile(dir); err == nil {
		t.Errorf("LoadFile(dir) = nil error, want one")
	}
}

// TestLoadFileTooBig checks that a large file is refused from its size, before
// it is read.
func TestLoadFileTooBig(t *testing.T) {
	path := filepath.Join(t.TempDir(), "big.yaml")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(1 << 30); err != nil { // sparse: no gigabyte on disk
		t.Fatal(err)
	}
	f.Close()
	_, err = LoadFile(path)
	var ps Problems
	if !errors.As(err, &ps) || len(ps) != 1 || ps[0].Line != 1 || !strings.Contains(ps[0].Msg, "over the limit") {
		t.Errorf("LoadFile(big.yaml) = %v, want one problem at line 1 saying it is over the limit", err)
	}
}

func TestLoadDir(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "b.yaml"), strings.Replace(goodBank, "%s", "beta", 1))
	writeFile(t, filepath.Join(dir, "a.yml"), strings.Replace(goodBank, "%s", "alpha", 1))
	writeFile(t, filepath.Join(dir, "c.yaml"), "bank: gamma\ntitle: T\nquestions:\n  - {id: q, type: text, promt: P, answer: A}\n")
	writeFile(t, filepath.Join(dir, "d.yaml"), strings.Replace(goodBank, "%s", "beta", 1))
	writeFile(t, filepath.Join(dir, "notes.txt"), "not a bank")
	writeFile(t, filepath.Join(dir, ".e.yaml.swp"), "junk")
	writeFile(t, filepath.Join(dir, ".hidden.yaml"), "junk")
	writeFile(t, filepath.Join(dir, "sub", "f.yaml"), strings.Replace(goodBank, "%s", "phi", 1))

	banks, errs := LoadDir(dir)
	var ids []string
	for _, b := range banks {
		ids = append(ids, b.ID)
	}
	if strings.Join(ids, " ") != "alpha beta" {
		t.Errorf("LoadDir loaded %q, want [alpha beta]", ids)
	}
	if len(errs) != 2 {
		t.Fatalf("LoadDir errors = %v, want 2", errs)
	}
	for i, want := range []string{
		filepath.Join(dir, "c.yaml") + ":4:25: unknown field promt; did you mean prompt?",
		filepath.Join(dir, "d.yaml") + ":1: bank id beta is already used by " + filepath.Join(dir, "b.yaml") + "; rename one of the banks",
	} {
		if errs[i].Error() != want {
			t.Errorf("LoadDir error %d = %q, want %q", i, errs[i], want)
		}
	}
}

func TestLoadDirMissing(t *testing.T) {
	banks, errs := LoadDir(filepath.Join(t.TempDir(), "nope"))
	if banks != nil || errs != nil {
		t.Errorf("LoadDir(missing) = %v, %v, want nothing", banks, errs)
	}
}
