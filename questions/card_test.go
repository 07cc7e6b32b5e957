package questions

import (
	"strings"
	"testing"
)

func TestCardReverse(t *testing.T) {
	src := "bank: w\ntitle: W\nstrict: true\nquestions:\n  - id: hola\n    type: card\n    prompt: hola\n    answer: |\n      hello\n      hi\n    reverse: true\n"
	b, err := Parse("w.yaml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if !b.Strict || len(b.Questions) != 2 {
		t.Fatalf("Parse = strict %v, %d questions; want strict, the card and its reverse", b.Strict, len(b.Questions))
	}
	r := b.Questions[1]
	if r.ID != "hola-reverse" || r.Prompt != "hello\nhi" || r.Answer != "hola" || r.ReverseOf != "hola" {
		t.Errorf("reverse = %+v, want hola-reverse asking the back for the front", r)
	}
	out, err := b.YAML()
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(out), "hola-reverse") || !strings.Contains(string(out), "reverse: true") || !strings.Contains(string(out), "strict: true") {
		t.Errorf("YAML() writes the reverse as a question of its own, or loses reverse/strict:\n%s", out)
	}
}

func TestCardProblems(t *testing.T) {
	tests := []struct{ name, questions, want string }{
		{"reverse id taken", "  - id: a\n    type: card\n    prompt: x\n    answer: y\n    reverse: true\n  - id: a-reverse\n    type: text\n    prompt: p\n    answer: q\n",
			"reverse: true makes a question a-reverse, but the id is taken"},
		{"reverse on text", "  - id: a\n    type: text\n    prompt: x\n    answer: y\n    reverse: true\n", "reverse"},
		{"strict not a bool", "  - id: a\n    type: text\n    prompt: x\n    answer: y\n    strict: yes please\n", "strict must be true or false"},
		{"card without back", "  - id: a\n    type: card\n    prompt: x\n", "missing answer; add answer: with the back of the card"},
	}
	for _, tt := range tests {
		_, err := Parse("b.yaml", []byte("bank: b\ntitle: B\nquestions:\n"+tt.questions))
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: Parse error = %v, want it to say %q", tt.name, err, tt.want)
		}
	}
}
