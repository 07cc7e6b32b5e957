// Package durable writes files and folders so that they survive a crash or
// a power cut: a file's bytes are on disk before its name counts, and a
// name counts once its folder is synced. It is the one place cmd,
// questions and progress fsync a folder.
package durable

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// WriteNew writes a new file with perm (before the umask) and fsyncs it; it
// refuses a path that exists.
func WriteNew(path string, data []byte, perm os.FileMode) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, perm)
	if err != nil {
		return err
	}
	if _, err := f.Write(data); err != nil {
		f.Close()
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// SyncDir fsyncs a folder, so the names created or renamed in it are
// durable.
func SyncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	err = d.Sync()
	if cerr := d.Close(); err == nil {
		err = cerr
	}
	return err
}

// MkdirAll creates dir and any missing parents with perm, syncing the
// parent of each folder it creates so the new folder survives a crash. It
// syncs through syncDir, or SyncDir when that is nil: callers pass their
// own so their tests can watch which folders are synced. A dir that exists
// is left alone; one that is not a folder is an error.
func MkdirAll(dir string, perm os.FileMode, syncDir func(string) error) error {
	if syncDir == nil {
		syncDir = SyncDir
	}
	if st, err := os.Stat(dir); err == nil {
		if !st.IsDir() {
			return fmt.Errorf("%s is not a directory", dir)
		}
		return nil
	}
	parent := filepath.Dir(dir)
	if parent != dir {
		if err := MkdirAll(parent, perm, syncDir); err != nil {
			return err
		}
	}
	if err := os.Mkdir(dir, perm); err != nil && !errors.Is(err, fs.ErrExist) {
		return err
	}
	return syncDir(parent)
}
