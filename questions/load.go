package questions

import (
	"fmt"
	"io"
	"os"
)

// LoadFile reads and validates one bank file, refusing a file over
// MaxFileSize before reading it all. The bank's File is set to path.
func LoadFile(path string) (*Bank, error) {
	b, _, err := ReadFile(path)
	return b, err
}

// filesRead counts the bank files ReadFile has read, for the tests that
// check a command reads each file at most once.
var filesRead int

// ReadFile is LoadFile that also returns the file's bytes, for installing
// the file exactly as written.
func ReadFile(path string) (*Bank, []byte, error) {
	filesRead++
	// Opening a FIFO waits for a writer forever: look before opening.
	if st, err := os.Stat(path); err == nil && !st.IsDir() && !st.Mode().IsRegular() {
		return nil, nil, fmt.Errorf("read bank %s: is not a regular file (a named pipe or device); move it elsewhere", path)
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, fmt.Errorf("read bank: %w", err)
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, nil, fmt.Errorf("read bank: %w", err)
	}
	if info.IsDir() {
		return nil, nil, fmt.Errorf("read bank %s: is a directory; name a .yaml file", path)
	}
	if info.Size() > MaxFileSize {
		return nil, nil, Problems{tooBig(path, info.Size())}
	}
	// The limit also guards files whose size Stat cannot tell (pipes).
	data, err := io.ReadAll(io.LimitReader(f, MaxFileSize+1))
	if err != nil {
		return nil, nil, fmt.Errorf("read bank %s: %w", path, err)
	}
	b, err := Parse(path, data)
	if err != nil {
		return nil, nil, err
	}
	b.File = path
	return b, data, nil
}

// LoadDir loads every *.yaml and *.yml file in dir (not its subfolders), in
// file name order. A missing dir holds no banks. A broken file comes back as
// an error naming FILE:LINE while every other bank still loads; so does a
// file whose bank id an earlier file already uses.
func LoadDir(dir string) ([]*Bank, []error) { return newIndex("").LoadDir(dir) }
