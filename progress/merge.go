package progress

import (
	"bytes"
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
)

// Merge adds the entries of another data directory's review log that this
// one lacks (by id), puts the log in time order (ties by id), and rebuilds
// the state from it. It returns how many entries were added; merging the
// same directory again adds none and changes nothing. Answers, undos and
// resets all travel, so both machines end with the same progress.
func (s *Store) Merge(otherDir string) (int, error) {
	if err := s.writable(); err != nil {
		return 0, err
	}
	otherLog := filepath.Join(otherDir, LogFile)
	if _, err := os.Stat(otherLog); err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return 0, fmt.Errorf("merge: %s has no %s", otherDir, LogFile)
		}
		return 0, fmt.Errorf("merge: %w", err)
	}
	var all []Entry
	have := map[string]bool{}
	if _, err := scanLog(s.path(LogFile), 0, s.logSize, func(e Entry, _ int64) error {
		if !have[e.ID] {
			have[e.ID] = true
			all = append(all, e)
		}
		return nil
	}); err != nil {
		return 0, fmt.Errorf("merge: %w", err)
	}
	added := 0
	res, err := scanLog(otherLog, 0, -1, func(e Entry, _ int64) error {
		if !have[e.ID] {
			have[e.ID] = true
			all = append(all, e)
			added++
		}
		return nil
	})
	if err != nil {
		return 0, fmt.Errorf("merge %s: %w", otherDir, err)
	}
	if len(res.tail) > 0 {
		s.warnf("%s: torn last line (%d bytes) not merged", otherLog, len(res.tail))
	}
	if added == 0 {
		return 0, nil
	}
	slices.SortStableFunc(all, func(a, b Entry) int {
		if c := a.Time.Compare(b.Time); c != 0 {
			return c
		}
		return cmp.Compare(a.ID, b.ID)
	})
	var buf bytes.Buffer
	for _, e := range all {
		line, err := json.Marshal(e)
		if err != nil {
			return 0, fmt.Errorf("merge: encode entry: %w", err)
		}
		buf.Write(line)
		buf.WriteByte('\n')
	}
	if err := writeAtomic(s.path(LogFile), buf.Bytes()); err != nil {
		return 0, fmt.Errorf("merge: write %s: %w", s.path(LogFile), err)
	}
	// The log was replaced: append to the new file from now on.
	f, err := os.OpenFile(s.path(LogFile), os.O_WRONLY|os.O_APPEND, 0o600)
	if err != nil {
		s.broken = err
		return added, fmt.Errorf("merge: reopen %s: %w", LogFile, err)
	}
	s.logf.Close()
	s.logf = f
	if err := s.resetToBase(); err != nil {
		s.broken = err
		return added, fmt.Errorf("merge: %w", err)
	}
	s.bulk = true
	defer func() { s.bulk = false }()
	if _, err := s.replay(0, -1); err != nil {
		s.broken = err
		return added, fmt.Errorf("merge: %w", err)
	}
	if err := s.save(); err != nil {
		return added, err
	}
	return added, nil
}
