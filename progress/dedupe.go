package progress

import (
	"bytes"
	"hash/maphash"
	"sort"
)

// lineID reads the id at the start of a line as quiz writes it, without
// decoding the rest; false for any other layout.
func lineID(line []byte) ([]byte, bool) {
	rest, ok := bytes.CutPrefix(trimLine(line), []byte(`{"id":"`))
	if !ok {
		return nil, false
	}
	i := bytes.IndexByte(rest, '"')
	if i <= 0 || bytes.IndexByte(rest[:i], '\\') >= 0 {
		return nil, false
	}
	return rest[:i], true
}

// duplicate reports an entry whose id was applied before in this replay;
// the first one counts.
func (s *Store) duplicate(e Entry) bool {
	if s.dupHash == nil || !s.dupHash[maphash.String(s.dupSeed, e.ID)] {
		return false
	}
	if s.seenDup[e.ID] {
		s.dupIDs[e.ID] = true
		return true
	}
	s.seenDup[e.ID] = true
	return false
}

// dupList returns the ids found more than once, sorted.
func (s *Store) dupList() []string {
	if len(s.dupIDs) == 0 {
		return nil
	}
	ids := make([]string, 0, len(s.dupIDs))
	for id := range s.dupIDs {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	return ids
}
