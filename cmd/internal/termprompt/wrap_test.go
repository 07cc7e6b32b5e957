package termprompt

import (
	"strings"
	"testing"

	layout "github.com/quiz-cli/quiz/cmd/internal/text"
)

// Prompt lines fit the terminal by display width: wide characters take two
// columns, and a run of them with no spaces is cut between characters.
func TestWrapLineByDisplayWidth(t *testing.T) {
	tests := []struct {
		s     string
		width int
	}{
		{"? 国際連合平和維持活動は中南米で多くの任務を果たしてきた", 20},
		{"? Which city hosted the 東京 1964 games and the 大阪 fair?", 20},
		{"? 👍 👍 👍 👍 👍 👍 👍 👍 👍 👍 👍 👍", 14},
	}
	for _, tt := range tests {
		lines := wrapLine(tt.s, tt.width, "  ")
		for _, l := range lines {
			if w := layout.Width(l); w >= tt.width {
				t.Errorf("wrapLine(%q, %d): line %q is %d columns, want under %d", tt.s, tt.width, l, w, tt.width)
			}
		}
		joined := strings.Join(strings.Fields(strings.Join(lines, "")), "")
		if joined != strings.Join(strings.Fields(tt.s), "") {
			t.Errorf("wrapLine(%q) lost text: %q", tt.s, lines)
		}
	}
}
