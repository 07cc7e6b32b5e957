package questions

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
)

// copyDir copies the bank files of src into a new folder.
func copyDir(t *testing.T, src string) string {
	t.Helper()
	dst := t.TempDir()
	entries, err := os.ReadDir(src)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		data, err := os.ReadFile(filepath.Join(src, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		writeFile(t, filepath.Join(dst, e.Name()), string(data))
	}
	return dst
}

// age dates every file in dir an hour back, as files are that were not
// just written: the index trusts only those.
func age(t testing.TB, dir string) {
	t.Helper()
	old := time.Now().Add(-time.Hour)
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if err := os.Chtimes(filepath.Join(dir, e.Name()), old, old); err != nil {
			t.Fatal(err)
		}
	}
}

// summaryOf is what a bank's summary must hold.
func summaryOf(b *Bank) string {
	var s strings.Builder
	fmt.Fprintf(&s, "%s|%s|%s|%s|%v|%s\n", b.ID, b.Title, b.Section, b.Description, b.Tags, b.File)
	for _, q := range b.Questions {
		fmt.Fprintf(&s, "%s %s %v\n", q.ID, q.Type, q.Tags)
	}
	return s.String()
}

func errText(errs []error) []string {
	var out []string
	for _, e := range errs {
		out = append(out, e.Error())
	}
	return out
}

// TestIndexLoadDir checks that loading through the index gives the banks
// and errors LoadDir gives, the first time (parsing) and the next (from
// the saved index, parsing nothing).
func TestIndexLoadDir(t *testing.T) {
	for _, src := range []string{"testdata/valid", "testdata/broken"} {
		t.Run(src, func(t *testing.T) {
			dir := copyDir(t, src)
			writeFile(t, filepath.Join(dir, "dup.yaml"), strings.Replace(goodBank, "%s", "alpha", 1))
			writeFile(t, filepath.Join(dir, "zdup.yaml"), strings.Replace(goodBank, "%s", "alpha", 1))
			age(t, dir)
			want, wantErrs := LoadDir(dir)
			path := filepath.Join(t.TempDir(), IndexFile)
			for round := range 3 {
				before := filesRead
				ix := OpenIndex(path)
				got, gotErrs := ix.LoadDir(dir)
				if err := ix.Save(); err != nil {
					t.Fatal(err)
				}
				if len(got) != len(want) {
					t.Fatalf("round %d: %d banks, want %d", round, len(got), len(want))
				}
				for i := range got {
					if g, w := summaryOf(got[i]), summaryOf(want[i]); g != w {
						t.Errorf("round %d: bank %d = %s, want %s", round, i, g, w)
					}
					if round > 0 && !got[i].Summary() {
						t.Errorf("round %d: bank %s parsed again, want the index's summary", round, got[i].ID)
					}
				}
				if g, w := errText(gotErrs), errText(wantErrs); !reflect.DeepEqual(g, w) {
					t.Errorf("round %d: errors\n%s\nwant\n%s", round, strings.Join(g, "\n"), strings.Join(w, "\n"))
				}
				if read := filesRead - before; round > 0 && read != 0 {
					t.Errorf("round %d: %d files parsed, want 0 from an index that is up to date", round, read)
				}
			}
		})
	}
}

// TestIndexFull checks that a summary's Full is the bank as LoadFile reads
// it.
func TestIndexFull(t *testing.T) {
	dir := copyDir(t, "testdata/valid")
	age(t, dir)
	path := filepath.Join(t.TempDir(), IndexFile)
	ix := OpenIndex(path)
	want, _ := ix.LoadDir(dir)
	if err := ix.Save(); err != nil {
		t.Fatal(err)
	}
	got, _ := OpenIndex(path).LoadDir(dir)
	for i, b := range got {
		if !b.Summary() {
			t.Fatalf("bank %s is not a summary", b.ID)
		}
		full, err := b.Full()
		if err != nil {
			t.Fatalf("Full(%s) = %v", b.ID, err)
		}
		if !reflect.DeepEqual(full, want[i]) {
			t.Errorf("Full(%s) differs from LoadFile", b.ID)
		}
		if b.Questions[0].Prompt != "" {
			t.Errorf("summary of %s holds prompts", b.ID)
		}
	}
}

// savedIndex indexes the banks in dir into a new index file, saves it and
// returns its path.
func savedIndex(tb testing.TB, dir string) string {
	tb.Helper()
	path := filepath.Join(tb.TempDir(), IndexFile)
	ix := OpenIndex(path)
	ix.LoadDir(dir)
	if err := ix.Save(); err != nil {
		tb.Fatal(err)
	}
	return path
}

// TestIndexStale checks that a bank edited, added or removed by hand after
// it was indexed is noticed, and that the index is written again.
func TestIndexStale(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.yaml"), filepath.Join(dir, "b.yaml")
	writeFile(t, a, strings.Replace(goodBank, "%s", "alpha", 1))
	writeFile(t, b, strings.Replace(goodBank, "%s", "beta", 1))
	age(t, dir)
	path := savedIndex(t, dir)

	// Same size, new text: only the modification time tells.
	writeFile(t, a, strings.Replace(strings.Replace(goodBank, "%s", "alpha", 1), "title: T", "title: U", 1))
	os.Remove(b)
	writeFile(t, filepath.Join(dir, "c.yaml"), strings.Replace(goodBank, "%s", "gamma", 1))

	ix := OpenIndex(path)
	banks, errs := ix.LoadDir(dir)
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	var got []string
	for _, b := range banks {
		got = append(got, b.ID+":"+b.Title)
	}
	if want := []string{"alpha:U", "gamma:T"}; !reflect.DeepEqual(got, want) {
		t.Errorf("after edits: %v, want %v", got, want)
	}
	if err := ix.Save(); err != nil {
		t.Fatal(err)
	}
	data, _ := os.ReadFile(path)
	if strings.Contains(string(data), "beta") || !strings.Contains(string(data), `"title":"U"`) {
		t.Errorf("index after edits:\n%s\nwant alpha titled U and no beta", data)
	}
}

// TestIndexRacy checks that an edit that keeps a file's size and
// modification time, as on a file system that keeps times in whole
// seconds, is not missed when the file was indexed just after it was
// written.
func TestIndexRacy(t *testing.T) {
	dir := t.TempDir()
	a := filepath.Join(dir, "a.yaml")
	writeFile(t, a, strings.Replace(goodBank, "%s", "alpha", 1))
	info, _ := os.Stat(a)
	path := savedIndex(t, dir)
	writeFile(t, a, strings.Replace(strings.Replace(goodBank, "%s", "alpha", 1), "title: T", "title: U", 1))
	os.Chtimes(a, info.ModTime(), info.ModTime())
	banks, _ := OpenIndex(path).LoadDir(dir)
	if len(banks) != 1 || banks[0].Title != "U" {
		t.Errorf("after a same-size edit in the same instant: %+v, want title U", banks[0])
	}
}

// TestIndexDamaged checks that an index that makes no sense is rebuilt.
func TestIndexDamaged(t *testing.T) {
	dir := copyDir(t, "testdata/valid")
	want, _ := LoadDir(dir)
	path := filepath.Join(t.TempDir(), IndexFile)
	for _, bad := range []string{"", "garbage", indexHeader + "\n{\"file\":", indexHeader + "\n{\"file\":\"x\",\"id\":\"BAD ID\"}\nq:text\n",
		indexHeader + "\n{\"file\":\"x\",\"id\":\"x\"}\n\n", indexHeader + "\n{\"file\":\"x\",\"id\":\"x\"}\nnocolon\n",
		indexHeader + "\n{\"file\":\"x\",\"id\":\"x\"}\nq:essay:1\n"} {
		writeFile(t, path, bad)
		ix := OpenIndex(path)
		got, _ := ix.LoadDir(dir)
		if len(got) != len(want) {
			t.Fatalf("index %q: %d banks, want %d", bad, len(got), len(want))
		}
		for _, b := range got {
			if b.Summary() {
				t.Errorf("index %q: bank %s came from it, want it parsed", bad, b.ID)
			}
		}
		if err := ix.Save(); err != nil {
			t.Fatal(err)
		}
		if data, _ := os.ReadFile(path); !strings.HasPrefix(string(data), indexHeader+"\n") {
			t.Errorf("index %q was not rebuilt: %q", bad, data)
		}
	}
}

// TestInstallReadsFolderOnce checks that installing many banks into one
// folder reads the banks already there once, not once per bank: installing
// used to list (and parse) the whole folder for every bank.
func TestInstallReadsFolderOnce(t *testing.T) {
	dir := t.TempDir()
	for i := range 5 {
		writeFile(t, filepath.Join(dir, fmt.Sprintf("hand-%d.yml", i)), strings.Replace(goodBank, "%s", fmt.Sprintf("hand-%d", i), 1))
	}
	ix := OpenIndex(filepath.Join(t.TempDir(), IndexFile))
	before := filesRead
	const n = 40
	for i := range n {
		id := fmt.Sprintf("new-%02d", i)
		data := []byte(strings.Replace(goodBank, "%s", id, 1))
		b, err := Parse(id+".yaml", data)
		if err != nil {
			t.Fatal(err)
		}
		if ix.InstalledFile(dir, id) != "" {
			t.Fatalf("%s installed before it was", id)
		}
		if _, _, err := ix.Install(dir, b, data, false); err != nil {
			t.Fatal(err)
		}
	}
	if read := filesRead - before; read > 5 {
		t.Errorf("installing %d banks read %d bank files, want the 5 already there, once", n, read)
	}
	if _, _, err := ix.Install(dir, &Bank{ID: "hand-3"}, []byte("x"), false); err == nil {
		t.Errorf("Install(hand-3) over hand-3.yml = nil error, want ErrInstalled")
	}
	banks, errs := LoadDir(dir)
	if len(banks) != n+5 || len(errs) > 0 {
		t.Errorf("after installing: %d banks, %v; want %d, no errors", len(banks), errs, n+5)
	}
}

// TestIndexQuestion checks that a question read alone from its lines of a
// summary's file is the question the whole file gives, line numbers too,
// for every bank of the built-in course and of testdata/valid, and for
// banks written in ways a question cannot be read alone.
func TestIndexQuestion(t *testing.T) {
	dir := copyDir(t, "testdata/valid")
	entries, err := courseFS.ReadDir("course/banks")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		data, _ := courseFS.ReadFile("course/banks/" + e.Name())
		writeFile(t, filepath.Join(dir, "course-"+e.Name()), string(data))
	}
	writeFile(t, filepath.Join(dir, "flow.yaml"), "bank: flow\ntitle: F\nquestions: [{id: a, type: text, prompt: P, answer: A}, {id: b, type: text, prompt: Q, answer: B}]\n")
	writeFile(t, filepath.Join(dir, "alias.yaml"), "bank: alias\ntitle: A\nquestions:\n  - id: a\n    type: text\n    prompt: &p Shared prompt\n    answer: A\n  - id: b\n    type: text\n    prompt: *p\n    answer: B\ntags: [after]\n")
	writeFile(t, filepath.Join(dir, "dash.yaml"), "bank: dash\ntitle: D\nquestions:\n-\n  id: a\n  type: text\n  prompt: P\n  answer: A\n- id: b # comment\n\n  type: truefalse\n  prompt: Q\n  answer: true\n")
	age(t, dir)
	want, errs := LoadDir(dir)
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	path := savedIndex(t, dir)
	got, _ := OpenIndex(path).LoadDir(dir)
	later, _ := OpenIndex(path).LoadDir(dir)
	for i, b := range got {
		if !b.Summary() {
			t.Fatalf("bank %s is not a summary", b.ID)
		}
		// Through a filtered copy too, as a session gets it.
		half := *b
		half.Questions = b.Questions[len(b.Questions)/2:]
		for _, s := range []*Bank{b, &half} {
			for _, stub := range s.Questions {
				before := filesRead
				q, err := s.Question(stub.ID)
				if err != nil {
					t.Fatalf("Question(%s/%s) = %v", b.ID, stub.ID, err)
				}
				if w := want[i].Find(stub.ID); !reflect.DeepEqual(q, w) {
					t.Errorf("Question(%s/%s) = %+v, want %+v", b.ID, stub.ID, q, w)
				}
				if strings.HasPrefix(b.ID, "course-") || b.ID == "dash" && stub.ID == "b" {
					if filesRead != before {
						t.Errorf("Question(%s/%s) parsed the whole file", b.ID, stub.ID)
					}
				}
			}
		}
	}

	// A file edited since it was indexed is read again, whole.
	writeFile(t, filepath.Join(dir, "dash.yaml"), "bank: dash\ntitle: D\nquestions:\n- {id: a, type: text, prompt: New, answer: A}\n")
	for _, b := range later {
		if b.ID == "dash" {
			if q, err := b.Question("a"); err != nil || q.Prompt != "New" {
				t.Errorf("Question(dash/a) after an edit = %v, %v; want the new prompt", q, err)
			}
			if q, err := b.Question("b"); err == nil {
				t.Errorf("Question(dash/b) after it was deleted = %v, want an error", q)
			}
		}
	}
}

// TestIndexBuiltinCourse checks that the built-in course comes from the
// index once indexed, as the same banks in the same order, each question
// read alone equal to the parsed one, and that another build's built-in
// banks leave the index.
func TestIndexBuiltinCourse(t *testing.T) {
	want, err := BuiltinCourse()
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), IndexFile)
	ix := OpenIndex(path)
	first, err := ix.BuiltinCourse()
	if err != nil || len(first.Banks) != len(want.Banks) {
		t.Fatalf("BuiltinCourse = %v banks, %v", len(first.Banks), err)
	}
	ix.files["builtin:0000000000000000/000/old.yaml"] = &indexed{bank: summarize(want.Banks[0]), at: 1}
	if err := ix.Save(); err != nil {
		t.Fatal(err)
	}
	got, err := OpenIndex(path).BuiltinCourse()
	if err != nil {
		t.Fatal(err)
	}
	if got.ID != want.ID || got.Title != want.Title || len(got.Sections) != len(want.Sections) || len(got.Banks) != len(want.Banks) {
		t.Fatalf("BuiltinCourse from the index = %+v, want %+v", got, want)
	}
	for i, b := range got.Banks {
		w := want.Banks[i]
		if !b.Summary() || !b.Builtin || b.Course != BuiltinCourseID {
			t.Errorf("bank %d (%s): summary %v, builtin %v, course %q", i, b.ID, b.Summary(), b.Builtin, b.Course)
		}
		if summaryOf(b) != summaryOf(summarize(w)) {
			t.Errorf("bank %d = %s, want %s", i, summaryOf(b), summaryOf(w))
		}
		for _, q := range w.Questions {
			one, err := b.Question(q.ID)
			if err != nil || !reflect.DeepEqual(one, q) {
				t.Errorf("Question(%s/%s) = %+v, %v; want %+v", b.ID, q.ID, one, err, q)
			}
		}
		if full, err := b.Full(); err != nil || full != w {
			t.Errorf("Full(%s) = %v, %v; want the parsed bank", b.ID, full, err)
		}
	}
	if data, _ := os.ReadFile(path); strings.Contains(string(data), "builtin:0000000000000000") {
		t.Errorf("another build's built-in banks are still in the index")
	}
}

// TestIndexRefusesControlText checks that an index whose text would reach
// the terminal as an escape sequence is not trusted: the banks are read
// from their files instead.
func TestIndexRefusesControlText(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "a.yaml"), strings.Replace(goodBank, "%s", "alpha", 1))
	age(t, dir)
	path := savedIndex(t, dir)
	good, _ := os.ReadFile(path)
	for _, bad := range []struct{ from, to string }{
		{`"title":"T"`, `"title":"\u001b[2J"`},
		{`"title":"T"`, `"title":"T","error":"x\u009b31m"`},
		{`"title":"T"`, `"title":"T","qtags":{"q":["\u202e"]}`},
		{"q:text:", "Q!:text:"},
		{"q:text:", "q:essay:"},
	} {
		damaged := strings.Replace(string(good), bad.from, bad.to, 1)
		if damaged == string(good) {
			t.Fatalf("%q not in the index:\n%s", bad.from, good)
		}
		writeFile(t, path, damaged)
		banks, errs := OpenIndex(path).LoadDir(dir)
		if len(banks) != 1 || len(errs) > 0 || banks[0].Summary() || banks[0].Title != "T" {
			t.Errorf("index with %s: banks %v, %v; want alpha read from its file", bad.to, banks, errs)
		}
	}
}
