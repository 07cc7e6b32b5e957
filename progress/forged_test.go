package progress

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"testing"
)

// A segment whose gzip trailer claims far more than it holds (made by
// hand, or damaged), with a header to match, is refused as damaged without
// quiz first making room for what it claims.
func TestForgedSegmentSizeRefusedCheaply(t *testing.T) {
	dir := sealedDir(t, 1500, 23, 32<<10)
	v, err := openLogView(filepath.Join(dir, LogFile))
	if err != nil {
		t.Fatal(err)
	}
	n, seg := v.hdr.Sealed, v.segPath(v.hdr.Sealed-1)
	v.Close()
	data, err := os.ReadFile(seg)
	if err != nil {
		t.Fatal(err)
	}
	old := int64(binary.LittleEndian.Uint32(data[len(data)-4:]))
	const claim = 0xF0000000
	binary.LittleEndian.PutUint32(data[len(data)-4:], claim)
	writeFile(t, seg, string(data))
	logText := readFile(t, filepath.Join(dir, LogFile))
	re := regexp.MustCompile(`"sealed_size":(\d+)`)
	var size int64
	fmt.Sscan(re.FindStringSubmatch(logText)[1], &size)
	logText = re.ReplaceAllString(logText, fmt.Sprintf(`"sealed_size":%d`, size-old+claim))
	writeFile(t, filepath.Join(dir, LogFile), logText)
	// Reading back from the end (history) goes through ReadAt.
	v, err = openLogView(filepath.Join(dir, LogFile))
	if err != nil {
		t.Fatal(err)
	}
	defer v.Close()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	var buf [64]byte
	_, err = v.ReadAt(buf[:], v.base()-claim+10)
	runtime.ReadMemStats(&after)
	if err == nil {
		t.Errorf("segment %d, which claims %d bytes it does not hold, was read without error", n, int64(claim))
	}
	if grew := after.TotalAlloc - before.TotalAlloc; grew > 1<<30 {
		t.Errorf("reading it allocated %d MiB", grew>>20)
	}
}

// Doctor's advice for a file it cannot read names that file: a sealed
// segment without read permission, not the log file beside it.
func TestFailedPathNamesTheFile(t *testing.T) {
	seg := filepath.Join("home", "reviews.d", segmentName(3))
	for _, tc := range []struct {
		err  error
		want string
	}{
		{fmt.Errorf("read log: %w", &fs.PathError{Op: "open", Path: seg, Err: fs.ErrPermission}), seg},
		{errors.New("something else"), LogFile},
	} {
		if got := failedPath(tc.err, LogFile); got != tc.want {
			t.Errorf("failedPath(%v) = %q, want %q", tc.err, got, tc.want)
		}
	}
}

// Sealing and repair replace the log file; the mode the learner gave it
// (shared with a group, say) is kept.
func TestLogModeKeptWhenReplaced(t *testing.T) {
	dir := t.TempDir()
	synth(t, dir, 1500, 31)
	path := filepath.Join(dir, LogFile)
	if err := os.Chmod(path, 0o640); err != nil {
		t.Fatal(err)
	}
	lowSeal(t, 32<<10)
	sealNow(t, dir)
	if segmentCount(t, dir) == 0 {
		t.Fatal("the log was not sealed")
	}
	st, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if st.Mode().Perm() != 0o640 {
		t.Errorf("log file mode after a seal = %v, want -rw-r-----", st.Mode().Perm())
	}
}
