package questions

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func TestTemplateIsValid(t *testing.T) {
	b, err := Parse("new.yaml", Template("my-bank"))
	if err != nil {
		t.Fatalf("Parse(Template) = %v, want no error", err)
	}
	seen := map[Type]bool{}
	for _, q := range b.Questions {
		seen[q.Type] = true
	}
	for _, typ := range Types {
		if !seen[typ] {
			t.Errorf("Template has no %s question", typ)
		}
	}
	if b.ID != "my-bank" {
		t.Errorf("Template bank id = %q, want my-bank", b.ID)
	}
}

// TestYAMLRoundTrip checks that a written bank reads back the same.
func TestYAMLRoundTrip(t *testing.T) {
	data, err := os.ReadFile("testdata/valid/all-types.yaml")
	if err != nil {
		t.Fatal(err)
	}
	b, err := Parse("a.yaml", data)
	if err != nil {
		t.Fatal(err)
	}
	out, err := b.YAML()
	if err != nil {
		t.Fatal(err)
	}
	b2, err := Parse("b.yaml", out)
	if err != nil {
		t.Fatalf("Parse(YAML()) = %v\n%s", err, out)
	}
	for i := range b.Questions {
		q1, q2 := *b.Questions[i], *b2.Questions[i]
		q1.Line, q1.Column, q2.Line, q2.Column = 0, 0, 0, 0
		if !reflect.DeepEqual(q1, q2) {
			t.Errorf("question %d after YAML() = %+v, want %+v", i+1, q2, q1)
		}
	}
}

func TestImportTable(t *testing.T) {
	tests := []struct {
		name, data string
		swap, card bool
		want       [][3]string // id, prompt, answer
		wantErr    string
	}{
		{name: "tabs", data: "hola\thello\n\nadiós\tgoodbye\n",
			want: [][3]string{{"hola", "hello", "hola"}, {"adios", "goodbye", "adiós"}}},
		{name: "swapped", data: "hola\thello\n", swap: true,
			want: [][3]string{{"hello", "hola", "hello"}}},
		{name: "csv with quotes", data: "Bogotá,\"capital of Colombia, since 1538\"\n\"Lima \"\"city\"\"\",capital of Peru\n",
			want: [][3]string{{"bogota", "capital of Colombia, since 1538", "Bogotá"}, {"lima-city", "capital of Peru", "Lima \"city\""}}},
		{name: "anki header and tags column", data: "#separator:tab\n#html:false\nperro\tdog\tanimals\n",
			want: [][3]string{{"perro", "dog", "perro"}}},
		{name: "header row skipped", data: "Term,Definition\nperro,dog\n",
			want: [][3]string{{"perro", "dog", "perro"}}},
		{name: "duplicate terms", data: "banco\tbank\nbanco\tbench\n",
			want: [][3]string{{"banco", "bank", "banco"}, {"banco-2", "bench", "banco"}}},
		{name: "one column", data: "hola\thello\nadiós\n\nperro\t\n",
			wantErr: "t.tsv:2: expected two columns, term and definition, separated by a tab; found one\n" +
				"t.tsv:4: a column is empty; write both the term and the definition, or delete the line"},
		{name: "escape", data: "hola\thello\x1b[2J\n",
			wantErr: "t.tsv:1: control character U+001B (escape); " + controlWhy},
		{name: "bad csv", data: "a,b\n\"c,d\n",
			wantErr: "t.tsv:2: malformed CSV: extraneous or missing \" in quoted-field; put a field that holds quotes in double quotes and double the inner quotes"},
		{name: "cards: first column on the front", data: "hola\thello\n", card: true,
			want: [][3]string{{"hola", "hola", "hello"}}},
		{name: "cards swapped", data: "hola\thello\n", card: true, swap: true,
			want: [][3]string{{"hello", "hello", "hola"}}},
		{name: "anki html", data: "#separator:tab\n#html:true\n<b>el&nbsp;perro</b>\tthe dog<br>[sound:perro.mp3]<div>a pet</div>\n", card: true,
			want: [][3]string{{"el-perro", "el perro", "the dog\na pet"}}},
		{name: "html in a typed answer", data: "<i>gato</i>\tcat &amp; kitten<br/>feline\n",
			want: [][3]string{{"gato", "cat & kitten feline", "gato"}}},
		{name: "not html", data: "a < b\tless than\n",
			want: [][3]string{{"a-b", "less than", "a < b"}}},
		{name: "empty", data: "\n\n", wantErr: "t.tsv:1: no term/definition lines found; write one term, a tab, and its definition per line"},
	}
	for _, tt := range tests {
		as := Text
		if tt.card {
			as = Card
		}
		b, err := ImportTable("t.tsv", []byte(tt.data), "words", "Words", tt.swap, as)
		if tt.wantErr != "" {
			if err == nil || err.Error() != tt.wantErr {
				t.Errorf("%s: ImportTable error = %v, want %q", tt.name, err, tt.wantErr)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s: ImportTable error = %v", tt.name, err)
			continue
		}
		var got [][3]string
		for _, q := range b.Questions {
			got = append(got, [3]string{q.ID, q.Prompt, q.Answer})
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: ImportTable = %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestInstall(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "banks")
	data := []byte(strings.Replace(goodBank, "%s", "alpha", 1))
	path, replaced, err := Install(dir, "alpha", data, false)
	if err != nil || replaced || path != filepath.Join(dir, "alpha.yaml") {
		t.Fatalf("Install(alpha) = %q, %v, %v; want alpha.yaml, false, nil", path, replaced, err)
	}
	if _, _, err := Install(dir, "alpha", data, false); !errors.Is(err, ErrInstalled) {
		t.Errorf("second Install(alpha) = %v, want ErrInstalled", err)
	}
	if _, replaced, err := Install(dir, "alpha", data, true); err != nil || !replaced {
		t.Errorf("Install(alpha, force) = %v, %v; want replaced", replaced, err)
	}
	// A bank copied in by hand under another name is found by its id.
	writeFile(t, filepath.Join(dir, "mine.yaml"), strings.Replace(goodBank, "%s", "beta", 1))
	if _, _, err := Install(dir, "beta", data, false); !errors.Is(err, ErrInstalled) {
		t.Errorf("Install(beta) over mine.yaml = %v, want ErrInstalled", err)
	}
	if got, err := Uninstall(dir, "beta"); err != nil || got != filepath.Join(dir, "mine.yaml") {
		t.Errorf("Uninstall(beta) = %q, %v; want mine.yaml", got, err)
	}
	if _, err := Uninstall(dir, "beta"); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("Uninstall(beta) again = %v, want not exist", err)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("banks dir holds %d files, want only alpha.yaml", len(entries))
	}
}
