package progress

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
	"strings"
	"syscall"
)

// flockHolder looks the lock file up in /proc/locks, which lists every
// flock on the system, so the lock can be tested without taking it. ok is
// false when that cannot be told.
func flockHolder(path string) (held bool, pid int, ok bool) {
	st, err := os.Stat(path)
	if err != nil {
		return false, 0, true
	}
	sys, isStat := st.Sys().(*syscall.Stat_t)
	if !isStat {
		return false, 0, false
	}
	f, err := os.Open("/proc/locks")
	if err != nil {
		return false, 0, false
	}
	defer f.Close()
	// "1: FLOCK  ADVISORY  WRITE 1234 fd:01:393218 0 EOF"; a waiter's line
	// starts "1: -> FLOCK".
	ino := ":" + strconv.FormatUint(sys.Ino, 10)
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		if len(fields) < 6 || fields[1] != "FLOCK" || !strings.HasSuffix(fields[5], ino) || !sameDev(fields[5], uint64(sys.Dev)) {
			continue
		}
		p, _ := strconv.Atoi(fields[4])
		return true, p, true
	}
	return false, 0, sc.Err() == nil
}

// sameDev reports whether "MAJOR:MINOR:INODE" (major and minor in hex)
// names device dev.
func sameDev(field string, dev uint64) bool {
	major := (dev>>8)&0xfff | (dev>>32)&^uint64(0xfff)
	minor := dev&0xff | (dev>>12)&^uint64(0xff)
	return strings.HasPrefix(field, fmt.Sprintf("%02x:%02x:", major, minor))
}
