package progress

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"
)

// logHealth is what a scan of every line of the log found.
type logHealth struct {
	lines  int       // lines that are not blank
	bad    int       // of which unreadable
	newer  error     // an entry written by a newer quiz
	future int       // entries dated after the horizon
	latest time.Time // the latest of them
}

// hopeless reports a log so unreadable that it is probably not a review
// log at all: rebuilding from it would replace good progress with none.
func (h logHealth) hopeless() bool { return h.bad > 0 && 2*h.bad > h.lines }

// inspectLog reads every line of the first size bytes of the log at path
// (all when size < 0); a missing log is empty. An unfinished last line is
// left to the caller.
func inspectLog(path string, size int64, horizon time.Time) (logHealth, error) {
	var h logHealth
	v, err := openLogView(path)
	if err != nil {
		return h, err
	}
	defer v.Close()
	src, err := v.reader(0, size)
	if err != nil {
		return h, err
	}
	r := bufio.NewReaderSize(src, 1<<16)
	var off int64
	for {
		line, n, err := readCapped(r, MaxLineBytes)
		if err != nil && err != io.EOF {
			return h, err
		}
		start := off
		off += n
		last := err == io.EOF
		switch {
		case blank(line) && n == int64(len(line)):
		case last && size >= 0 && !bytes.HasSuffix(line, []byte("\n")) && n == int64(len(line)) && !parses(line):
			// the caller judges an unfinished last line
		default:
			h.lines++
			e, perr := parseEntry(line)
			if n > int64(len(line)) {
				perr = errors.New("line too long")
			}
			switch {
			case isNewer(perr):
				if h.newer == nil {
					h.newer = newerLine(path, start, perr)
				}
			case perr != nil:
				h.bad++
			case e.Time.After(horizon) && e.Kind != KindFormat:
				h.future++
				if e.Time.After(h.latest) {
					h.latest = e.Time
				}
			}
		}
		if last {
			return h, nil
		}
	}
}

// isSegmentError reports a sealed segment of the log missing or damaged.
func isSegmentError(err error) bool {
	var de *DataError
	return errors.As(err, &de) && de.Segment
}

// sealedSegments counts the sealed segments of the log at path and the
// bytes they take on disk.
func sealedSegments(path string) (n int, packed int64, dir string, err error) {
	v, err := openLogView(path)
	if err != nil {
		return 0, 0, "", err
	}
	defer v.Close()
	if v.segDir == "" {
		// Not sealed (yet): where a seal would put its segments.
		if real, err := filepath.EvalSymlinks(path); err == nil {
			return 0, 0, segmentDir(real), nil
		}
		return 0, 0, "", nil
	}
	for i := range v.hdr.Sealed {
		if st, err := os.Stat(v.segPath(i)); err == nil {
			packed += st.Size()
		}
	}
	return v.hdr.Sealed, packed, v.segDir, nil
}

// unfinishedSeal counts the files of the segment folder dir that a seal
// cut short left: segments past the n the log counts, temporary files.
func unfinishedSeal(dir string, n int) int {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return 0
	}
	extra := 0
	for _, e := range entries {
		var k int
		if _, err := fmt.Sscanf(e.Name(), "%06d.jsonl.gz", &k); err == nil && e.Name() == segmentName(k) && k > n ||
			isSegmentTemp(e.Name()) {
			extra++
		}
	}
	return extra
}

func parses(line []byte) bool {
	_, err := parseEntry(line)
	return err == nil
}
