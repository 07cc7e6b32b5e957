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
	head, ok := readHead(dir)
	if !ok || head.Settings.Validate() != nil {
		return Settings{}, false
	}
	return head.Settings, true
}

// readHead reads the head of the snapshot (everything but the cards) when
// the snapshot is current and covers the whole log, or reports that it
// cannot.
func readHead(dir string) (snapshotHead, bool) {
	f, err := os.Open(pathIn(dir, SnapshotFile))
	if err != nil {
		return snapshotHead{}, false
	}
	defer f.Close()
	buf := make([]byte, 64<<10)
	n, err := io.ReadFull(f, buf)
	if err != nil && err != io.ErrUnexpectedEOF && err != io.EOF {
		return snapshotHead{}, false
	}
	// encodeSnapshot writes the head, then the cards.
	i := bytes.Index(buf[:n], []byte(`,"cards":{`))
	if i < 0 {
		return snapshotHead{}, false
	}
	var head snapshotHead
	if err := json.Unmarshal(append(buf[:i:i], '}'), &head); err != nil || head.Version != SnapshotVersion {
		return snapshotHead{}, false
	}
	logPath := pathIn(dir, LogFile)
	size, err := fileSize(logPath)
	if err != nil || size != head.LogSize || !covers(logPath, &snapshot{snapshotHead: head}, size) {
		return snapshotHead{}, false
	}
	return head, true
}

// QuickRecentSessions is Store.RecentSessions without loading the cards,
// for when nothing else of the store is needed. It reads the n newest
// sessions (n > 0) when the snapshot covers the whole log; ok is false
// otherwise, and the caller opens the store instead, which also reports
// anything wrong with the data.
func QuickRecentSessions(dir string, n int) (sessions []Session, ok bool, err error) {
	head, ok := readHead(dir)
	if !ok || n <= 0 {
		return nil, false, nil
	}
	s := newStore(dir, false, nil)
	s.logSize, s.orderedFrom = head.LogSize, head.OrderedFrom
	for _, id := range head.Dups {
		s.dupIDs[id] = true
	}
	sessions, err = s.RecentSessions(n)
	return sessions, err == nil, err
}
