package termprompt

import "golang.org/x/sys/unix"

// keysNotSignals makes Ctrl-C (and Ctrl-\, Ctrl-Z) arrive as keys instead
// of signals until restore is called, so that a key pressed before a
// prompt has put the terminal in raw mode still reaches the prompt.
func keysNotSignals(fd int) (restore func()) {
	old, err := unix.IoctlGetTermios(fd, ioctlGetTermios)
	if err != nil {
		return func() {}
	}
	keys := *old
	keys.Lflag &^= unix.ISIG
	if unix.IoctlSetTermios(fd, ioctlSetTermios, &keys) != nil {
		return func() {}
	}
	return func() { _ = unix.IoctlSetTermios(fd, ioctlSetTermios, old) }
}
