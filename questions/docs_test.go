package questions

import (
	"encoding/json"
	"os"
	"regexp"
	"strings"
	"testing"
)

// TestDocsExamples checks that every complete bank in docs/yaml.md is valid
// and every single-question example is valid inside a bank.
func TestDocsExamples(t *testing.T) {
	doc, err := os.ReadFile("../docs/yaml.md")
	if err != nil {
		t.Fatal(err)
	}
	blocks := regexp.MustCompile("(?s)```yaml\n(.*?)```").FindAllStringSubmatch(string(doc), -1)
	full := 0
	for i, m := range blocks {
		src := m[1]
		switch {
		case strings.Contains(src, "\nbank:"):
			full++
		case strings.HasPrefix(src, "- id:"):
			src = "bank: b\ntitle: T\nquestions:\n" + indent(src)
		case strings.Contains(src, "\ncourse:"):
			if _, err := ParseCourseFile("yaml.md", []byte(src)); err != nil {
				t.Errorf("course.yaml example %d of docs/yaml.md does not parse:\n%v", i+1, err)
			}
			continue
		default:
			continue
		}
		if _, err := Parse("yaml.md", []byte(src)); err != nil {
			t.Errorf("example %d of docs/yaml.md does not parse:\n%v", i+1, err)
		}
	}
	if full == 0 {
		t.Errorf("docs/yaml.md has no complete example bank")
	}
}

func indent(s string) string {
	lines := strings.SplitAfter(s, "\n")
	for i, l := range lines {
		if l != "" {
			lines[i] = "  " + l
		}
	}
	return strings.Join(lines, "")
}

// TestSchema checks that the JSON Schema knows every field and type.
func TestSchema(t *testing.T) {
	data, err := os.ReadFile("schema.json")
	if err != nil {
		t.Fatal(err)
	}
	var s struct {
		Properties  map[string]struct{ Description string }
		Definitions struct {
			Question struct {
				Properties map[string]struct {
					Description string
					Enum        []string
				}
			}
		}
	}
	if err := json.Unmarshal(data, &s); err != nil {
		t.Fatalf("schema.json: %v", err)
	}
	for _, f := range bankFields {
		if s.Properties[f].Description == "" {
			t.Errorf("schema.json: bank field %s has no description", f)
		}
	}
	qp := s.Definitions.Question.Properties
	for _, f := range questionFields {
		if qp[f].Description == "" {
			t.Errorf("schema.json: question field %s has no description", f)
		}
	}
	for i, typ := range Types {
		if i >= len(qp["type"].Enum) || qp["type"].Enum[i] != string(typ) {
			t.Errorf("schema.json: type enum = %q, want %q", qp["type"].Enum, Types)
			break
		}
	}
}
