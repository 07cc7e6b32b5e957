//go:build unix

package progress

import (
	"os"
	"syscall"
)

// ownedByMe reports whether fi belongs to the user this process runs as.
func ownedByMe(fi os.FileInfo) bool {
	st, ok := fi.Sys().(*syscall.Stat_t)
	return !ok || int(st.Uid) == os.Geteuid()
}
