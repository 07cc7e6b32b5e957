package questions

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
)

// FuzzParse checks that no input makes Parse panic, and that it returns
// either a bank or located problems.
func FuzzParse(f *testing.F) {
	files, err := filepath.Glob("testdata/*/*.yaml")
	if err != nil {
		f.Fatal(err)
	}
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		b, err := Parse("f.yaml", data)
		if err == nil {
			if b == nil || b.ID == "" || len(b.Questions) == 0 {
				t.Fatalf("Parse returned no error and bank %+v", b)
			}
			for _, q := range b.Questions {
				if q.Type == Cloze && len(q.Blanks()) == 0 {
					t.Fatalf("valid cloze question %q has no blanks", q.ID)
				}
			}
			return
		}
		var ps Problems
		if !errors.As(err, &ps) || len(ps) == 0 {
			t.Fatalf("Parse error %v is not Problems", err)
		}
		for _, p := range ps {
			if p.Line < 1 || p.File != "f.yaml" || p.Msg == "" {
				t.Fatalf("problem %#v has no line, file or message", p)
			}
		}
	})
}
