package questions

import (
	"reflect"
	"testing"
)

func TestParseCloze(t *testing.T) {
	tests := []struct {
		text    string
		want    []ClozePart
		wantErr string
	}{
		{text: "MINUSTAH was established in {{2004}}.", want: []ClozePart{
			{Text: "MINUSTAH was established in "}, {Answers: []string{"2004"}}, {Text: "."}}},
		{text: "{{Bogotá | Bogota}} is the capital of {{Colombia}}", want: []ClozePart{
			{Answers: []string{"Bogotá", "Bogota"}}, {Text: " is the capital of "}, {Answers: []string{"Colombia"}}}},
		{text: "no blank at all", want: []ClozePart{{Text: "no blank at all"}}},
		{text: "a set {x} is literal: {{yes}}", want: []ClozePart{
			{Text: "a set {x} is literal: "}, {Answers: []string{"yes"}}}},
		{text: "", want: nil},
		{text: "founded in {{1948", wantErr: "blank opened at character 12 is not closed; add }} after the answer"},
		{text: "founded in 1948}}", wantErr: "}} at character 16 closes no blank; remove it or add {{ before the answer"},
		{text: "{{a}} and {{ }}", wantErr: "blank at character 11 is empty; write the answer between {{ and }}"},
		{text: "{{a||b}}", wantErr: "blank at character 1 has an empty alternative; write an answer on each side of |"},
		{text: "{{a {{b}} c}}", wantErr: "blank opened at character 1 contains another {{; blanks cannot be nested"},
		{text: "Perú {{x", wantErr: "blank opened at character 6 is not closed; add }} after the answer"},
	}
	for _, tt := range tests {
		got, err := ParseCloze(tt.text)
		if tt.wantErr != "" {
			if err == nil || err.Error() != tt.wantErr {
				t.Errorf("ParseCloze(%q) error = %v, want %q", tt.text, err, tt.wantErr)
			}
			continue
		}
		if err != nil {
			t.Errorf("ParseCloze(%q) error = %v, want none", tt.text, err)
			continue
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("ParseCloze(%q) = %#v, want %#v", tt.text, got, tt.want)
		}
	}
}

func TestBlanks(t *testing.T) {
	tests := []struct {
		q    Question
		want [][]string
	}{
		{Question{Type: Cloze, Text: "{{a|b}} and {{c}}"}, [][]string{{"a", "b"}, {"c"}}},
		{Question{Type: Cloze, Text: "{{broken"}, nil},
		{Question{Type: Text, Text: "{{a}}"}, nil},
	}
	for _, tt := range tests {
		if got := tt.q.Blanks(); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Blanks(%q) = %q, want %q", tt.q.Text, got, tt.want)
		}
	}
}
