package progress

import (
	"bytes"
	"encoding/json"
	"io"
	"os"
)

// ReadSettings returns the settings Open would give, without loading the
// cards: when the snapshot covers the whole log, as it does after every
// session, its head holds them. Otherwise (a session under way, a crash, a
// snapshot that does not match the log) it opens the store read-only.
func ReadSettings(dir string, opts ...Option) (Settings, error) {
	if set, ok := headSettings(dir); ok {
		return set, nil
	}
	s, err := Open(dir, opts...)
	if err != nil {
		return Settings{}, err
	}
	defer s.Close()
	return s.Settings(), nil
}

// headSettings reads the settings from the head of a current snapshot
// that covers the whole log, or reports that it cannot.
func headSettings(dir string) (Settings, bool) {
	f, err := os.Open(pathIn(dir, SnapshotFile))
	if err != nil {
		return Settings{}, false
	}
	defer f.Close()
	buf := make([]byte, 64<<10)
	n, err := io.ReadFull(f, buf)
	if err != nil && err != io.ErrUnexpectedEOF && err != io.EOF {
		return Settings{}, false
	}
	// encodeSnapshot writes the head, then the cards.
	i := bytes.Index(buf[:n], []byte(`,"cards":{`))
	if i < 0 {
		return Settings{}, false
	}
	var head snapshotHead
	if err := json.Unmarshal(append(buf[:i:i], '}'), &head); err != nil || head.Version != SnapshotVersion {
		return Settings{}, false
	}
	logPath := pathIn(dir, LogFile)
	size, err := fileSize(logPath)
	if err != nil || size != head.LogSize || !covers(logPath, &snapshot{snapshotHead: head}, size) {
		return Settings{}, false
	}
	if head.Settings.Validate() != nil {
		return Settings{}, false
	}
	return head.Settings, true
}
