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
	return newIndex("").install(dir, id, nil, data, force)
}

// Install is the package's Install through the index: the banks already
// in dir are listed once, however many banks are installed, and the bank
// b, parsed from data, is indexed as it is written.
func (ix *Index) Install(dir string, b *Bank, data []byte, force bool) (path string, replaced bool, err error) {
	return ix.install(dir, b.ID, b, data, force)
}

func (ix *Index) install(dir, id string, b *Bank, data []byte, force bool) (path string, replaced bool, err error) {
	if !ValidID(id) {
		return "", false, fmt.Errorf("install bank: invalid bank id %q", id)
	}
	old := ix.InstalledFile(dir, id)
	if old != "" && !force {
		return "", false, fmt.Errorf("install bank %s: %w", id, ErrInstalled)
	}
	if err := mkdirSynced(dir); err != nil {
		return "", false, fmt.Errorf("install bank %s: %w", id, err)
	}
	path = filepath.Join(dir, id+".yaml")
	if err := renameio.WriteFile(path, data, 0o600, renameio.WithTempDir(dir)); err != nil {
		return "", false, fmt.Errorf("install bank %s: %w", id, err)
	}
	// The new name must survive a power cut.
	if err := syncDir(dir); err != nil {
		return "", false, fmt.Errorf("install bank %s: %w", id, err)
	}
	ix.installed(dir)[id] = path
	if b != nil {
		ix.Put(path, b)
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
func InstalledFile(dir, id string) string { return newIndex("").InstalledFile(dir, id) }

// InstalledFile is the package's InstalledFile through the index: the
// banks in dir are listed once per Index, not once per call.
func (ix *Index) InstalledFile(dir, id string) string {
	for _, ext := range []string{".yaml", ".yml"} {
		p := filepath.Join(dir, id+ext)
		if _, err := os.Stat(p); err == nil {
			return p
		}
	}
	p := ix.installed(dir)[id]
	if p != "" {
		if _, err := os.Stat(p); err != nil {
			return ""
		}
	}
	return p
}

// installed maps the ids of the banks in dir to their files, listing dir
// once.
func (ix *Index) installed(dir string) map[string]string {
	if m := ix.ids[dir]; m != nil {
		return m
	}
	m := map[string]string{}
	banks, _ := ix.LoadDir(dir)
	for _, b := range banks {
		m[b.ID] = b.File
	}
	ix.ids[dir] = m
	return m
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
