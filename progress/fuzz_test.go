package progress

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
)

func FuzzSnapshot(f *testing.F) {
	f.Add([]byte(`{"version":1,"log_size":0,"log_lines":0,"settings":{"retention":0.9,"new_per_day":20,"reviews_per_day":200,"session_size":20,"leech_threshold":8},"cards":{
"b/q":{"Due":"2025-03-10T09:10:00Z","Stability":2.3,"Difficulty":2.1,"ScheduledDays":0,"Reps":1,"Lapses":0,"State":1,"LastReview":"2025-03-10T09:00:00Z","RemainingSteps":1,"seen":1,"correct":1}
}}`))
	f.Add([]byte(`{"version":2}`))
	f.Add([]byte(`{"cards":{"a/b":{"State":2}}}`))
	f.Add([]byte(`null`))
	f.Fuzz(func(t *testing.T, data []byte) {
		snap, err := decodeSnapshot("progress.json", data)
		if err != nil {
			var de *DataError
			if !errors.As(err, &de) {
				t.Fatalf("decodeSnapshot error %v is not a DataError", err)
			}
			return
		}
		out, err := encodeSnapshot(snap)
		if err != nil {
			t.Fatalf("encodeSnapshot of a decoded snapshot: %v", err)
		}
		if _, err := decodeSnapshot("progress.json", out); err != nil {
			t.Fatalf("snapshot does not survive a round trip: %v\n%s", err, out)
		}
	})
}

func FuzzLog(f *testing.F) {
	f.Add([]byte(`{"id":"1","time":"2025-03-10T09:00:00Z","kind":"review","bank":"b","question":"q","rating":3,"correct":true}
{"id":"2","time":"2025-03-10T09:01:00Z","kind":"undo","bank":"b","question":"q","target":"1"}
`))
	f.Add([]byte(`{"id":"1","time":"2025-03-10T09:00:00Z","bank":"b","question":"q","rating":1}
{"id":"2","time":"2025-03-10T09:00:00Z","kind":"reset","bank":"b"}
{"id":"3","time":"2025-03-10T09:0`))
	f.Add([]byte("{\"id\":\"1\"}\n\x00\x00\x00"))
	f.Add([]byte(`{"id":"9","time":"2025-03-10T09:00:00Z","kind":"suspend","bank":"b","question":"q"}`))
	f.Add([]byte(`{"id":"s","time":"2025-03-10T09:00:00Z","kind":"settings","settings":{"retention":0.8,"new_per_day":5,"reviews_per_day":50,"session_size":5,"leech_threshold":3}}
`))
	f.Fuzz(func(t *testing.T, data []byte) {
		dir := t.TempDir()
		if err := os.WriteFile(filepath.Join(dir, LogFile), data, 0o600); err != nil {
			t.Fatal(err)
		}
		r, err := Open(dir)
		if err != nil {
			return
		}
		for k, c := range r.Cards() {
			if err := checkCard(k, c); err != nil {
				t.Fatalf("loaded card %s is invalid: %v", k, err)
			}
		}
		w, err := OpenWrite(dir)
		if err != nil {
			t.Fatalf("Open succeeded but OpenWrite failed: %v", err)
		}
		if err := w.Close(); err != nil {
			t.Fatalf("Close: %v", err)
		}
		again, err := Open(dir)
		if err != nil {
			t.Fatalf("Open after a writer tidied the log: %v", err)
		}
		if len(again.Cards()) != len(r.Cards()) {
			t.Fatalf("%d cards after the writer, %d before", len(again.Cards()), len(r.Cards()))
		}
	})
}

// Whatever another machine's log holds, a merge never fails the local
// store, never puts a control character into the local log, and leaves a
// log this quiz opens again with the same state.
func FuzzMerge(f *testing.F) {
	f.Add([]byte(`{"id":"x1","time":"2025-03-10T10:00:00Z","bank":"b","question":"q2","rating":3,"answer":"\u001b]0;t\u0007"}
{"id":"x2","time":"2025-03-10T10:01:00Z","kind":"undo","bank":"b","question":"q2","target":"x1"}
`))
	f.Add([]byte(`{"id":"x1","time":"2999-03-10T10:00:00Z","hlc":9223372036854775806,"bank":"b","question":"q","rating":3}` + "\n"))
	f.Add([]byte(`{"id":"f","time":"2025-03-10T10:00:00Z","kind":"format","format":2}
{"id":"c","time":"2025-03-10T10:00:00Z","hlc":1,"kind":"card","bank":"b","question":"q","card":{"State":2,"Stability":3,"Difficulty":5,"Reps":1}}
`))
	f.Add([]byte("\xef\xbb\xbf{\"id\":\"a\",\"time\":\"2025-03-10T10:00:00Z\",\"bank\":\"b\",\"question\":\"q\",\"rating\":2}\r\n\x00\x00"))
	f.Fuzz(func(t *testing.T, data []byte) {
		here, other := t.TempDir(), t.TempDir()
		s, err := OpenWrite(here)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := s.Record(answerAt("b", "q", Good, t0)); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(other, LogFile), data, 0o600); err != nil {
			t.Fatal(err)
		}
		_, merr := s.Merge(other)
		cards := len(s.Cards())
		if err := s.Close(); err != nil {
			t.Fatalf("Close after Merge (%v): %v", merr, err)
		}
		log, _ := os.ReadFile(filepath.Join(here, LogFile))
		for _, r := range string(log) {
			if r != '\n' && r != '\r' && unsafeRune(r) { // line ends are kept as they were
				t.Fatalf("merge put %U into the log:\n%q", r, log)
			}
		}
		os.Remove(filepath.Join(here, SnapshotFile))
		again, err := Open(here)
		if err != nil {
			t.Fatalf("the merged log does not open: %v\n%q", err, log)
		}
		if len(again.Cards()) != cards {
			t.Fatalf("%d cards replayed from the merged log, %d after the merge", len(again.Cards()), cards)
		}
	})
}
