// Package atomicfile writes a file whole or not at all: readers see the old
// file or the new one, never a part, and a crash leaves no half-written file
// behind under the real name.
package atomicfile

import (
	"bufio"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/quiz-cli/quiz/internal/durable"
)

// ErrExists is returned, wrapped, when the file exists and Replace is not set.
var ErrExists = errors.New("file exists")

// Options say how a file is written.
type Options struct {
	// Replace lets an existing file be replaced; without it a file that
	// exists, or appears while writing, is left alone and ErrExists returned.
	Replace bool
}

// syncDir is a seam for tests to make the folder's fsync fail.
var syncDir = durable.SyncDir

// Write writes path through write: into a new file in the same folder,
// created with mode 0666 less the umask, flushed and fsync'd, then moved to
// path and the folder fsync'd so the new name survives a crash. On any error
// the temporary file is removed and path is as it was. Errors from write are
// returned as they are; the others say which file.
func Write(path string, opts Options, write func(io.Writer) error) (err error) {
	if !opts.Replace {
		if _, err := os.Lstat(path); err == nil {
			return fmt.Errorf("%s: %w", path, ErrExists)
		} else if !errors.Is(err, fs.ErrNotExist) {
			return fmt.Errorf("write %s: %w", path, err)
		}
	}
	dir := filepath.Dir(path)
	tmp, err := createTemp(dir, "."+filepath.Base(path)+".tmp-")
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	// Gone already after a rename; after a link or a failure it is ours to remove.
	defer os.Remove(tmp.Name())
	wrap := func(err error) error { return fmt.Errorf("write %s: %w", path, err) }
	w := bufio.NewWriter(tmp)
	if err := write(w); err != nil {
		tmp.Close()
		return err
	}
	if err := w.Flush(); err != nil {
		tmp.Close()
		return wrap(err)
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return wrap(err)
	}
	if err := tmp.Close(); err != nil {
		return wrap(err)
	}
	if err := place(tmp.Name(), path, opts.Replace); err != nil {
		return err
	}
	if err := syncDir(dir); err != nil {
		return fmt.Errorf("write %s: the file is written but its folder could not be synced: %w", path, err)
	}
	return nil
}

// place moves the finished temporary file to path. Without replace it links
// instead of renaming, since a link never replaces a file that appeared
// meanwhile.
func place(tmp, path string, replace bool) error {
	if replace {
		if err := os.Rename(tmp, path); err != nil {
			return fmt.Errorf("write %s: %w", path, err)
		}
		return nil
	}
	err := os.Link(tmp, path)
	if errors.Is(err, fs.ErrExist) {
		return fmt.Errorf("%s: %w", path, ErrExists)
	}
	if err != nil {
		// Some file systems have no hard links.
		if _, serr := os.Lstat(path); serr == nil {
			return fmt.Errorf("%s: %w", path, ErrExists)
		}
		if err := os.Rename(tmp, path); err != nil {
			return fmt.Errorf("write %s: %w", path, err)
		}
	}
	return nil
}

// createTemp is os.CreateTemp with mode 0666, so the umask decides the
// final mode as it would for any new file (os.CreateTemp forces 0600).
func createTemp(dir, prefix string) (*os.File, error) {
	for range 10 {
		var b [6]byte
		if _, err := rand.Read(b[:]); err != nil {
			return nil, err
		}
		f, err := os.OpenFile(filepath.Join(dir, prefix+hex.EncodeToString(b[:])), os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o666)
		if !errors.Is(err, fs.ErrExist) {
			return f, err
		}
	}
	return nil, errors.New("cannot find a free temporary name")
}
