package progress

import (
	"bufio"
	"bytes"
	"cmp"
	"compress/gzip"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
)

// sealAt is the size past which a writer seals the log file when it
// closes: its lines go into a compressed segment and the file starts
// afresh. 4 MiB holds about 16,000 answers, so the uncompressed part of
// the log stays a few MiB, a seal (compressing 4 MiB at the end of a
// session, under the lock) costs tens of milliseconds once in weeks of
// study, and reading back across a segment boundary (history, undo)
// decompresses at most one such segment. A longer log, sealed for the
// first time, is cut into segments of about this size. Tests lower it.
var sealAt int64 = 4 << 20

// sealLevel is the gzip level of the segments: the default level makes
// them about a fifth smaller than the fastest, and a seal is rare.
var sealLevel = gzip.DefaultCompression

// sealStep is called between the steps of a seal; tests make it fail to
// leave the data directory as a crash at that point would.
var sealStep = func(step string) error { return nil }

// WithNotice gives the store a way to tell the learner about slow, rare
// work while it happens, such as sealing a long log for the first time.
func WithNotice(say func(msg string)) Option { return func(s *Store) { s.notice = say } }

// seal moves the lines of the log file into compressed segments when the
// file has grown past sealAt. It runs as a writer closes, holding the
// lock, never while an answer is being saved. The log as readers see it
// does not change: the same bytes at the same logical offsets.
//
// The steps keep every byte on disk at every moment: each segment is
// written to a temporary file, fsync'd, renamed into place, and checked
// by decompressing it and comparing it with the bytes it seals; the
// folder is fsync'd; only then is the log file replaced, atomically, by
// one holding just a header that counts the segments. A crash before
// that leaves the old file, which still holds every line and names
// fewer segments: readers ignore the extra ones, and the next seal
// writes them again.
func (s *Store) seal() error {
	lines := s.logSize - s.activeAt // bytes of the file applied
	path := s.path(LogFile)
	v, err := openLogView(path)
	if err != nil {
		return err
	}
	defer v.Close()
	if lines-v.hdrLen < sealAt || v.Size() != s.logSize || v.fileLen != lines {
		return nil // small, or bytes this store has not read: leave it
	}
	real, err := filepath.EvalSymlinks(path)
	if err != nil {
		return err
	}
	if st, err := v.f.Stat(); err != nil || !ownedByMe(st) {
		// Another user's log (sudo with HOME kept): sealed, its history
		// would be in files of this user, unreadable by its owner.
		return err
	}
	dir := segmentDir(real)
	if err := mkdirSynced(dir, 0o700); err != nil {
		return err
	}
	body := v.fileLen - v.hdrLen
	if body > 16*sealAt && s.notice != nil {
		s.notice(fmt.Sprintf("compressing the older part of %s (%.0f MiB) into %s; this happens once and may take a while",
			LogFile, float64(body)/(1<<20), filepath.Base(dir)))
	}
	r := bufio.NewReaderSize(io.NewSectionReader(v.f, v.hdrLen, body), 1<<20)
	n, total, last := v.hdr.Sealed, v.hdr.SealedSize, v.hdr.SealedLast
	pos := v.hdrLen // where the next piece starts in the file
	// The segments of a long log are compressed on every processor; the
	// order they land in does not matter, as nothing counts them before
	// the header is written.
	var wg sync.WaitGroup
	var mu sync.Mutex
	var werr error
	slots := make(chan struct{}, runtime.GOMAXPROCS(0))
	for {
		piece, err := nextPiece(r, sealAt)
		if err != nil {
			mu.Lock()
			werr = cmp.Or(werr, err) // the first: one line says it
			mu.Unlock()
			break
		}
		if len(piece) == 0 {
			break
		}
		if id := lastID(piece); id != "" {
			last = id
		}
		n++
		total += int64(len(piece))
		num := n
		if err := s.keepUncounted(dir, num, v.f, pos, v.fileLen); err != nil {
			mu.Lock()
			werr = cmp.Or(werr, err) // the first: one line says it
			mu.Unlock()
			break
		}
		pos += int64(len(piece))
		slots <- struct{}{}
		wg.Go(func() {
			defer func() { <-slots }()
			if err := writeSegment(dir, num, piece); err != nil {
				mu.Lock()
				werr = cmp.Or(werr, err) // the first: one line says it
				mu.Unlock()
			}
		})
		mu.Lock()
		failed := werr != nil
		mu.Unlock()
		if failed {
			break
		}
	}
	wg.Wait()
	if werr != nil {
		return werr
	}
	if total != v.base()+body {
		return fmt.Errorf("sealed %d bytes of %d", total-v.base(), body)
	}
	if last == "" {
		return nil // only blank lines: nothing worth sealing
	}
	if err := syncDir(dir); err != nil {
		return err
	}
	if err := sealStep("segments"); err != nil {
		return err
	}
	h := sealHeader{ID: NewID(), Time: s.now().UTC(), Kind: KindFormat, Format: SealedFormat, Sealed: n, SealedSize: total, SealedLast: last}
	line, err := json.Marshal(h)
	if err != nil {
		return err
	}
	line = append(line, '\n')
	// The file is still the one this store appends to (checked under the
	// lock), so nothing was added since it was read.
	if err := s.checkFiles(); err != nil {
		return err
	}
	if err := writeAtomic(real, line); err != nil {
		return err
	}
	s.activeAt = total - int64(len(line))
	return nil
}

// keepUncounted moves aside the file at segment n's name, which the log
// file does not count, unless it holds only bytes the log file still holds
// from pos (a seal that did not finish left it, and the seal writes it
// again). Any other is kept: a data directory restored by copying an older
// log file back over it keeps the segments sealed since, and they hold the
// only copy of those answers.
func (s *Store) keepUncounted(dir string, n int, f *os.File, pos, end int64) error {
	path := filepath.Join(dir, segmentName(n))
	st, err := os.Lstat(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("seal %s: %w", segmentName(n), err)
	}
	if st.Mode().IsRegular() && heldFrom(path, io.NewSectionReader(f, pos, end-pos)) {
		return nil
	}
	kept := segmentName(n) + ".kept-" + stamp(s.now())
	for i := 2; ; i++ {
		if _, err := os.Lstat(filepath.Join(dir, kept)); errors.Is(err, os.ErrNotExist) {
			break
		}
		kept = fmt.Sprintf("%s.kept-%s-%d", segmentName(n), stamp(s.now()), i)
	}
	if err := os.Rename(path, filepath.Join(dir, kept)); err != nil {
		return fmt.Errorf("seal %s: keep the segment already there: %w", segmentName(n), err)
	}
	if s.notice != nil {
		s.notice(fmt.Sprintf("%s/%s was not counted by %s and holds other entries: kept as %s",
			filepath.Base(dir), segmentName(n), LogFile, kept))
	}
	return nil
}

// heldFrom reports whether the gzip file at path decompresses, whole and
// undamaged, to a prefix of what r holds.
func heldFrom(path string, r io.Reader) bool {
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	z, err := gzip.NewReader(bufio.NewReader(f))
	if err != nil {
		return false
	}
	a, b := make([]byte, 1<<16), make([]byte, 1<<16)
	for {
		k, err := io.ReadFull(z, a)
		if k > 0 {
			if m, _ := io.ReadFull(r, b[:k]); m != k || !bytes.Equal(a[:k], b[:k]) {
				return false
			}
		}
		if err == io.EOF || err == io.ErrUnexpectedEOF {
			return true
		}
		if err != nil {
			return false
		}
	}
}

// nextPiece reads the next segment's bytes: about size bytes, up to the
// end of a line. A log file under the lock ends with a whole line.
func nextPiece(r *bufio.Reader, size int64) ([]byte, error) {
	buf := make([]byte, size)
	k, err := io.ReadFull(r, buf)
	buf = buf[:k]
	if err == io.EOF || err == io.ErrUnexpectedEOF {
		if k > 0 && buf[k-1] != '\n' {
			return nil, errors.New("the log does not end with a whole line")
		}
		return buf, nil
	}
	if err != nil {
		return nil, err
	}
	if buf[k-1] != '\n' {
		rest, err := r.ReadBytes('\n')
		buf = append(buf, rest...)
		if err == io.EOF {
			return nil, errors.New("the log does not end with a whole line")
		}
		if err != nil {
			return nil, err
		}
	}
	return buf, nil
}

// lastID returns the id of the last entry in lines, "" if none.
func lastID(lines []byte) string {
	for rest := bytes.TrimRight(lines, " \t\r\n"); len(rest) > 0; {
		i := bytes.LastIndexByte(rest, '\n')
		line := rest[i+1:]
		if !blank(line) {
			if e, err := parseEntry(line); err == nil {
				return e.ID
			}
			return ""
		}
		if i < 0 {
			break
		}
		rest = bytes.TrimRight(rest[:i], " \t\r\n")
	}
	return ""
}

// writeSegment writes segment n of the folder dir holding data: a
// temporary file, fsync'd, renamed into place, then read back and
// compared with data. A segment of that number left by a seal that did
// not finish is replaced: the log file does not count it, so nothing
// reads it.
func writeSegment(dir string, n int, data []byte) error {
	name := segmentName(n)
	path := filepath.Join(dir, name)
	tmp, err := os.CreateTemp(dir, "."+name+"-*")
	if err != nil {
		return fmt.Errorf("seal %s: %w", name, err)
	}
	z, err := gzip.NewWriterLevel(tmp, sealLevel)
	if err == nil {
		_, err = z.Write(data)
		if cerr := z.Close(); err == nil {
			err = cerr
		}
	}
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), path)
	}
	if err != nil {
		os.Remove(tmp.Name())
		return fmt.Errorf("seal %s: %w", name, err)
	}
	r := &segReader{path: path, size: int64(len(data))}
	defer r.Close()
	got, err := io.ReadAll(r)
	if err != nil || !bytes.Equal(got, data) {
		return fmt.Errorf("seal %s: it does not read back as written (%v); the log is left as it was", name, err)
	}
	return nil
}

// removeSegmentTemps removes the temporary files of seals that did not
// finish, from the segment folder of the log in dir. Only a writer,
// holding the lock, calls it.
func removeSegmentTemps(logPath string) []string {
	real, err := filepath.EvalSymlinks(logPath)
	if err != nil {
		return nil
	}
	dir := segmentDir(real)
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil
	}
	var removed []string
	for _, e := range entries {
		if isSegmentTemp(e.Name()) && e.Type().IsRegular() {
			if os.Remove(filepath.Join(dir, e.Name())) == nil {
				removed = append(removed, e.Name())
			}
		}
	}
	return removed
}

// isSegmentTemp reports whether name is that of a temporary file of
// writeSegment: "." + a segment's name + "-" + the digits os.CreateTemp
// adds. Nothing else in the folder is quiz's to remove, or to name.
func isSegmentTemp(name string) bool {
	rest, ok := strings.CutPrefix(name, ".")
	num, random, ok2 := strings.Cut(rest, ".jsonl.gz-")
	return ok && ok2 && len(num) >= 6 && digits(num) && digits(random)
}

// digits reports whether s is one or more ASCII digits.
func digits(s string) bool {
	return s != "" && strings.Trim(s, "0123456789") == ""
}
