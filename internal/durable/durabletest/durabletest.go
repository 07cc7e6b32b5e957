// Package durabletest lets a test see which folders a package fsyncs.
package durabletest

import "testing"

// Watch replaces *syncDir, until the test ends, with a function that
// records each folder in the returned list and then syncs it as before.
// Set the list to nil to start again.
func Watch(t testing.TB, syncDir *func(string) error) *[]string {
	t.Helper()
	var synced []string
	orig := *syncDir
	t.Cleanup(func() { *syncDir = orig })
	*syncDir = func(dir string) error {
		synced = append(synced, dir)
		return orig(dir)
	}
	return &synced
}
