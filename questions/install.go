package questions

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/google/renameio/v2"
)

// ErrInstalled is returned by Install when a bank with the same id is
// already installed and replacing was not asked for.
var ErrInstalled = errors.New("already installed")

// Install writes a bank file's data into dir as ID.yaml, atomically: a
// failed install leaves no partial file. Unless force is set, a bank id
// already in dir (under any file name) is refused with ErrInstalled. It
// returns the file written and whether an installed bank was replaced.
func Install(dir, id string, data []byte, force bool) (path string, replaced bool, err error) {
	if !ValidID(id) {
		return "", false, fmt.Errorf("install bank: invalid bank id %q", id)
	}
	old := InstalledFile(dir, id)
	if old != "" && !force {
		return "", false, fmt.Errorf("install bank %s: %w", id, ErrInstalled)
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return "", false, fmt.Errorf("install bank %s: %w", id, err)
	}
	path = filepath.Join(dir, id+".yaml")
	if err := renameio.WriteFile(path, data, 0o600, renameio.WithTempDir(dir)); err != nil {
		return "", false, fmt.Errorf("install bank %s: %w", id, err)
	}
	// A hand-copied file under another name would now be a duplicate.
	if old != "" && old != path {
		if err := os.Remove(old); err != nil {
			return path, true, fmt.Errorf("install bank %s: remove the old file: %w", id, err)
		}
	}
	return path, old != "", nil
}

// InstalledFile returns the file in dir that holds the bank id, or "". A
// file named ID.yaml counts even when it is broken.
func InstalledFile(dir, id string) string {
	for _, ext := range []string{".yaml", ".yml"} {
		p := filepath.Join(dir, id+ext)
		if _, err := os.Stat(p); err == nil {
			return p
		}
	}
	banks, _ := LoadDir(dir)
	for _, b := range banks {
		if b.ID == id {
			return b.File
		}
	}
	return ""
}

// Uninstall removes the installed bank id from dir. It returns the file
// removed, or an error wrapping fs.ErrNotExist when no such bank is
// installed.
func Uninstall(dir, id string) (string, error) {
	path := InstalledFile(dir, id)
	if path == "" {
		return "", fmt.Errorf("remove bank %s: %w", id, os.ErrNotExist)
	}
	if err := os.Remove(path); err != nil {
		return "", fmt.Errorf("remove bank %s: %w", id, err)
	}
	return path, nil
}
