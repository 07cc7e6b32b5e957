package progress

import (
	"fmt"
)

// migrate upgrades an older snapshot in memory and, for a writer, keeps a
// backup of the old file. Version 0 had no review log: its cards become the
// base the log is replayed onto.
func (s *Store) migrate(snap *snapshot, old []byte) error {
	if snap.Version == 0 {
		base := snap.Base
		if base == nil {
			base = map[string]Card{}
		}
		for k, c := range snap.Cards {
			base[k] = c
		}
		snap.Base, snap.Cards = base, map[string]Card{}
		snap.LogSize, snap.LogLines, snap.LogLast = 0, 0, ""
	}
	if snap.Version == 1 || snap.Version == 2 {
		// Version 1 has due times of day: schedule again from the log, by
		// day. Neither has a checksum, so what they hold cannot be
		// trusted: the log's own settings and cards replace it.
		snap.Cards = map[string]Card{}
		snap.LogSize, snap.LogLines, snap.LogLast = 0, 0, ""
	}
	s.dirty = true
	if !s.writer {
		return nil
	}
	name := fmt.Sprintf("%s.v%d-%s.bak", SnapshotFile, snap.Version, stamp(s.now()))
	if err := writeSynced(s.path(name), old); err != nil {
		return fmt.Errorf("back up %s before upgrading it: %w", SnapshotFile, err)
	}
	s.warnf("%s: upgraded from format version %d; the old file is kept as %s", SnapshotFile, snap.Version, name)
	return nil
}
