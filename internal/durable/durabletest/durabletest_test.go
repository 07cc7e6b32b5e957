package durabletest

import (
	"errors"
	"slices"
	"testing"
)

func TestWatchRecordsAndRestores(t *testing.T) {
	boom := errors.New("boom")
	var calls []string
	syncDir := func(dir string) error { calls = append(calls, dir); return boom }
	t.Run("watched", func(t *testing.T) {
		synced := Watch(t, &syncDir)
		if err := syncDir("a"); !errors.Is(err, boom) {
			t.Errorf("watched syncDir = %v, want the original's error", err)
		}
		*synced = nil
		syncDir("b")
		if !slices.Equal(*synced, []string{"b"}) || !slices.Equal(calls, []string{"a", "b"}) {
			t.Errorf("recorded %q, synced %q; want [b] recorded, [a b] synced", *synced, calls)
		}
	})
	syncDir("c")
	if !slices.Equal(calls, []string{"a", "b", "c"}) {
		t.Errorf("after the test, calls = %q; want the original syncDir back", calls)
	}
}
