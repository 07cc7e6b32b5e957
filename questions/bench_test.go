package questions

import (
	"os"
	"path/filepath"
	"testing"
)

// synthDir writes the heavy user's 100 bank files of 500 questions (about
// 27 MB of YAML) into a temporary folder.
func synthDir(b *testing.B) string {
	b.Helper()
	dir := b.TempDir()
	if _, _, err := SynthesizeBanks(dir, 100, 500); err != nil {
		b.Fatal(err)
	}
	age(b, dir) // the index trusts files not changed just now
	return dir
}

// BenchmarkLoadBanks lists the 100 banks: parsing every file, and from an
// index that is up to date.
func BenchmarkLoadBanks(b *testing.B) {
	dir := synthDir(b)
	b.Run("parse", func(b *testing.B) {
		for b.Loop() {
			if banks, errs := LoadDir(dir); len(banks) != 100 || len(errs) > 0 {
				b.Fatalf("%d banks, %v", len(banks), errs)
			}
		}
	})
	b.Run("index", func(b *testing.B) {
		path := savedIndex(b, dir)
		for b.Loop() {
			if banks, errs := OpenIndex(path).LoadDir(dir); len(banks) != 100 || len(errs) > 0 {
				b.Fatalf("%d banks, %v", len(banks), errs)
			}
		}
	})
}

// BenchmarkIndexRebuild builds the index from nothing: every file parsed,
// the index written.
func BenchmarkIndexRebuild(b *testing.B) {
	dir := synthDir(b)
	path := filepath.Join(b.TempDir(), IndexFile)
	for b.Loop() {
		os.Remove(path)
		ix := OpenIndex(path)
		ix.LoadDir(dir)
		if err := ix.Save(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkQuestions reads 20 questions from 20 banks' summaries, as the
// start of a session does.
func BenchmarkQuestions(b *testing.B) {
	dir := synthDir(b)
	path := savedIndex(b, dir)
	for b.Loop() {
		banks, _ := OpenIndex(path).LoadDir(dir)
		for i := range 20 {
			bank := banks[i*5]
			if _, err := bank.Question(bank.Questions[i*7].ID); err != nil {
				b.Fatal(err)
			}
		}
	}
}
