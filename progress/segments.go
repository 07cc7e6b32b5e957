package progress

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
)

// SealedFormat is the log format version of the line that heads a log
// whose older part is sealed into compressed segments. A quiz that reads
// only up to version 2 refuses such a log instead of reading half of it.
const SealedFormat = 3

// sealHeader is the first line of a log file whose older lines were
// sealed: how many segments precede the file, how many bytes they hold
// once decompressed, and the id of their last entry. It is not part of
// the log as readers see it: that is the segments' bytes, in order,
// followed by the lines of the file after this one.
type sealHeader struct {
	ID         string    `json:"id"`
	Time       time.Time `json:"time"`
	Kind       string    `json:"kind"`
	Format     int       `json:"format"`
	Sealed     int       `json:"sealed"`
	SealedSize int64     `json:"sealed_size"`
	SealedLast string    `json:"sealed_last"`
}

// segmentDir is the folder of the sealed segments of the log file at
// real (its path with links followed): beside it, named after it, so a
// log kept in a sync folder through a link keeps its segments there too.
func segmentDir(real string) string {
	return strings.TrimSuffix(real, ".jsonl") + ".d"
}

// segmentName names the n-th sealed segment (from 1).
func segmentName(n int) string { return fmt.Sprintf("%06d.jsonl.gz", n) }

// logView is the review log as every reader sees it: the decompressed
// bytes of the sealed segments 1..N, then the file's lines after its
// header. Offsets into it ("logical offsets") never change when older
// lines are sealed, so the snapshot, the stats cache and the scans keep
// working on them.
type logView struct {
	path    string   // the log file as named
	segDir  string   // the folder of its segments, when sealed
	f       *os.File // the log file; nil when there is none
	hdr     sealHeader
	hdrLen  int64 // bytes of the header line in the file; 0 when unsealed
	fileLen int64 // bytes of the file

	starts []int64 // logical offset of each segment, once read
	sizes  []int64 // its decompressed size
	cached int     // segment held decompressed in cache, plus one
	cache  []byte
}

// openLogView opens the log at path. A missing file reads as empty.
func openLogView(path string) (*logView, error) {
	v := &logView{path: path}
	st, err := os.Stat(path)
	if errors.Is(err, os.ErrNotExist) {
		return v, nil
	}
	if err != nil {
		return nil, fmt.Errorf("read log: %w", err)
	}
	if !st.Mode().IsRegular() {
		// Opening a FIFO would wait for a writer forever.
		return nil, &DataError{Path: path, Problem: fmt.Sprintf("is a %s, not a file", fileKind(st.Mode()))}
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read log: %w", err)
	}
	v.f = f
	if st, err = f.Stat(); err != nil {
		f.Close()
		return nil, fmt.Errorf("read log: %w", err)
	}
	v.fileLen = st.Size()
	if err := v.readHeader(); err != nil {
		f.Close()
		return nil, err
	}
	return v, nil
}

// readHeader reads the seal header when the file starts with one.
func (v *logView) readHeader() error {
	buf := make([]byte, 4096)
	n, err := v.f.ReadAt(buf, 0)
	if err != nil && err != io.EOF {
		return fmt.Errorf("read %s: %w", v.path, err)
	}
	i := bytes.IndexByte(buf[:n], '\n')
	damaged := &DataError{Path: v.path, Line: 1, Segment: true, Problem: "has a damaged header of its sealed segments (run 'quiz doctor')"}
	if i < 0 {
		// One line cut short, beside sealed segments: their header, cut
		// (a log sealed or not always has whole lines before its last).
		if n > 0 && n < len(buf) && v.hasSegments() {
			return damaged
		}
		return nil
	}
	if !bytes.Contains(buf[:i], []byte(`"sealed"`)) {
		return nil
	}
	var h sealHeader
	if json.Unmarshal(trimLine(buf[:i]), &h) != nil || h.Kind != KindFormat || h.Format != SealedFormat || h.Sealed < 1 {
		// An entry like any other, judged by the scans; but beside sealed
		// segments it is their header, damaged: read as an entry, the log
		// would lose every answer they hold, and repair would drop them.
		if v.hasSegments() {
			return damaged
		}
		return nil
	}
	if h.SealedSize < 0 || h.SealedLast == "" {
		return damaged
	}
	v.hdr, v.hdrLen = h, int64(i+1)
	real, err := filepath.EvalSymlinks(v.path)
	if err != nil {
		return fmt.Errorf("read %s: %w", v.path, err)
	}
	v.segDir = segmentDir(real)
	return nil
}

// hasSegments reports whether the first sealed segment is beside the log.
func (v *logView) hasSegments() bool {
	real, err := filepath.EvalSymlinks(v.path)
	if err != nil {
		return false
	}
	_, err = os.Lstat(filepath.Join(segmentDir(real), segmentName(1)))
	return err == nil
}

// Close closes the log file.
func (v *logView) Close() {
	if v.f != nil {
		v.f.Close()
	}
}

// base is the logical offset where the lines of the file begin.
func (v *logView) base() int64 { return v.hdr.SealedSize }

// Size is the length of the log in logical bytes.
func (v *logView) Size() int64 { return v.base() + v.fileLen - v.hdrLen }

// segPath is the path of segment i (from 0).
func (v *logView) segPath(i int) string { return filepath.Join(v.segDir, segmentName(i+1)) }

// segmentError reports a sealed segment that is missing or damaged. Such
// a segment is never rewritten or dropped: it must be restored.
func segmentError(path, problem string) error {
	return &DataError{Path: path, Segment: true, Problem: problem + "; restore it from a backup (quiz never rewrites a sealed segment)"}
}

// loadSizes reads the decompressed size of each segment from its gzip
// trailer and checks they add up to what the header says.
func (v *logView) loadSizes() error {
	if v.starts != nil || v.hdr.Sealed == 0 {
		return nil
	}
	var total int64
	starts := make([]int64, 0, v.hdr.Sealed)
	sizes := make([]int64, 0, v.hdr.Sealed)
	for i := range v.hdr.Sealed {
		p := v.segPath(i)
		n, err := trailerSize(p)
		if err != nil {
			return err
		}
		starts, sizes = append(starts, total), append(sizes, n)
		total += n
	}
	if total != v.hdr.SealedSize {
		return segmentError(v.segDir, fmt.Sprintf("holds %d bytes of entries where %s says %d: a segment is missing, damaged or from another log", total, filepath.Base(v.path), v.hdr.SealedSize))
	}
	v.starts, v.sizes = starts, sizes
	return nil
}

// trailerSize reads the decompressed size a gzip file records in its
// last four bytes (segments are far below 4 GiB).
func trailerSize(path string) (int64, error) {
	f, err := openSegment(path)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return 0, fmt.Errorf("read %s: %w", path, err)
	}
	if st.Size() < 20 {
		return 0, segmentError(path, "is damaged (too short to be a gzip file)")
	}
	var b [4]byte
	if _, err := f.ReadAt(b[:], st.Size()-4); err != nil {
		return 0, fmt.Errorf("read %s: %w", path, err)
	}
	return int64(binary.LittleEndian.Uint32(b[:])), nil
}

// segmentAt returns the index of the segment holding logical offset off.
func (v *logView) segmentAt(off int64) int {
	return sort.Search(len(v.starts), func(i int) bool { return v.starts[i]+v.sizes[i] > off })
}

// segment returns segment i decompressed, checked against its CRC and
// size; the last one read is kept.
func (v *logView) segment(i int) ([]byte, error) {
	if v.cached == i+1 {
		return v.cache, nil
	}
	var buf bytes.Buffer
	// The size is what the segment's trailer claims: make room for it only
	// up to what a seal writes, so a forged trailer costs nothing before
	// the read finds it false.
	buf.Grow(int(min(v.sizes[i], 2*sealAt)))
	r := &segReader{path: v.segPath(i), size: v.sizes[i]}
	defer r.Close()
	if _, err := io.Copy(&buf, r); err != nil {
		return nil, err
	}
	v.cached, v.cache = i+1, buf.Bytes()
	return v.cache, nil
}

// ReadAt reads the log at logical offset off.
func (v *logView) ReadAt(p []byte, off int64) (int, error) {
	n := 0
	for n < len(p) {
		o := off + int64(n)
		if o >= v.Size() {
			return n, io.EOF
		}
		if o >= v.base() {
			k, err := v.f.ReadAt(p[n:], o-v.base()+v.hdrLen)
			n += k
			if err != nil {
				return n, err
			}
			continue
		}
		if err := v.loadSizes(); err != nil {
			return n, err
		}
		i := v.segmentAt(o)
		data, err := v.segment(i)
		if err != nil {
			return n, err
		}
		n += copy(p[n:], data[o-v.starts[i]:])
	}
	return n, nil
}

// reader streams the log from logical offset from up to to (to < 0: the
// end). Segments are decompressed as they are reached; one read to its
// end is checked against its CRC and size.
func (v *logView) reader(from, to int64) (io.Reader, error) {
	if to < 0 || to > v.Size() {
		to = v.Size()
	}
	if from >= to {
		return bytes.NewReader(nil), nil
	}
	var rs []io.Reader
	if from < v.base() {
		if err := v.loadSizes(); err != nil {
			return nil, err
		}
		for i := v.segmentAt(from); i < len(v.starts) && v.starts[i] < to; i++ {
			skip := max(from-v.starts[i], 0)
			end := min(to, v.starts[i]+v.sizes[i])
			rs = append(rs, &segReader{path: v.segPath(i), size: v.sizes[i], skip: skip, n: end - v.starts[i] - skip})
		}
	}
	if to > v.base() {
		start := max(from, v.base())
		rs = append(rs, io.NewSectionReader(v.f, start-v.base()+v.hdrLen, to-start))
	}
	return io.MultiReader(rs...), nil
}

// segReader reads a segment, opened on first use: skip bytes left out,
// then n bytes (all when n is the rest of the segment, read to its end
// so the gzip CRC and length are checked).
type segReader struct {
	path    string
	size    int64 // decompressed size
	skip, n int64 // n < 0: not limited
	f       *os.File
	z       *gzip.Reader
	read    int64 // bytes returned
	whole   bool
	done    bool
}

// openSegment opens a segment for reading, after checking it is a file:
// opening a FIFO would wait for a writer forever.
func openSegment(path string) (*os.File, error) {
	st, err := os.Stat(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil, segmentError(path, "is missing")
	}
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	if !st.Mode().IsRegular() {
		return nil, segmentError(path, fmt.Sprintf("is a %s, not a file", fileKind(st.Mode())))
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	return f, nil
}

func (r *segReader) open() error {
	f, err := openSegment(r.path)
	if err != nil {
		return err
	}
	z, err := gzip.NewReader(bufio.NewReaderSize(f, 1<<16))
	if err != nil {
		f.Close()
		return segmentError(r.path, fmt.Sprintf("is damaged (%v)", err))
	}
	r.f, r.z = f, z
	if r.n == 0 && r.skip == 0 {
		r.n = r.size
	}
	r.whole = r.skip+r.n == r.size
	if r.skip > 0 {
		k, err := io.CopyN(io.Discard, z, r.skip)
		if err != nil || k != r.skip {
			return segmentError(r.path, fmt.Sprintf("is damaged (%v)", errOr(err, io.ErrUnexpectedEOF)))
		}
	}
	return nil
}

func errOr(err, alt error) error {
	if err != nil {
		return err
	}
	return alt
}

func (r *segReader) Read(p []byte) (int, error) {
	if r.done {
		return 0, io.EOF
	}
	if r.z == nil {
		if err := r.open(); err != nil {
			return 0, err
		}
	}
	if left := r.n - r.read; int64(len(p)) > left {
		p = p[:left]
	}
	if len(p) == 0 {
		return 0, r.finish()
	}
	k, err := r.z.Read(p)
	r.read += int64(k)
	switch {
	case err == io.EOF && r.read < r.n:
		return k, segmentError(r.path, fmt.Sprintf("is damaged (ends after %d of %d bytes)", r.skip+r.read, r.size))
	case err != nil && err != io.EOF:
		return k, segmentError(r.path, fmt.Sprintf("is damaged (%v)", err))
	case r.read == r.n && k > 0:
		return k, nil // finish on the next call
	}
	return k, nil
}

// finish ends a read: one that took the whole segment must meet the end
// of the gzip stream exactly there, which checks its CRC and length.
func (r *segReader) finish() error {
	defer r.Close()
	if r.whole {
		var b [1]byte
		k, err := io.ReadFull(r.z, b[:])
		if k > 0 {
			return segmentError(r.path, fmt.Sprintf("is damaged (longer than the %d bytes its trailer records)", r.size))
		}
		if err != io.EOF {
			return segmentError(r.path, fmt.Sprintf("is damaged (%v)", err))
		}
	}
	return io.EOF
}

// Close releases the file.
func (r *segReader) Close() error {
	r.done = true
	if r.f != nil {
		r.f.Close()
		r.f = nil
	}
	return nil
}

// logicalSize returns the length of the log at path as readers see it.
func logicalSize(path string) (int64, error) {
	v, err := openLogView(path)
	if err != nil {
		return 0, err
	}
	defer v.Close()
	return v.Size(), nil
}
