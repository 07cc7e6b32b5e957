package text

import (
	"strings"
	"testing"
	"time"
)

func TestWidth(t *testing.T) {
	tests := []struct {
		s    string
		want int
	}{
		{"abc", 3},
		{"Bogotá", 6},
		{"Bogota\u0301", 6}, // a combining accent takes no column
		{"東京", 4},           // wide characters take two
		{"👍🏽 ok", 5},        // an emoji with a skin tone is one cluster, two columns
		{"\x1b[31mred\x1b[0m", 3},
		{"", 0},
	}
	for _, tt := range tests {
		if got := Width(tt.s); got != tt.want {
			t.Errorf("Width(%q) = %d, want %d", tt.s, got, tt.want)
		}
	}
}

func TestWrapIgnoresColour(t *testing.T) {
	red := func(s string) string { return "\x1b[31m" + s + "\x1b[0m" }
	got := Wrap(red("Right answer:")+" one two three", 30, "")
	if strings.Contains(got, "\n") {
		t.Errorf("Wrap counted colour escapes as columns: %q", got)
	}
}

func TestWrapFitsWidth(t *testing.T) {
	tests := []struct {
		name, text, indent string
		width              int
	}{
		{"latin", "aaa bbb ccc ddd eee fff ggg hhh iii", "  ", 20},
		{"cjk words", "東京 大阪 京都 名古屋 札幌 福岡 神戸 横浜", "", 12},
		{"cjk run", "国際連合平和維持活動は中南米で多くの任務を果たしてきた", "  ", 14},
		{"emoji", "👍 👍 👍 👍 👍 👍 👍 👍 👍 👍", "", 11},
	}
	for _, tt := range tests {
		got := Wrap(tt.text, tt.width, tt.indent)
		for _, line := range strings.Split(got, "\n") {
			if Width(line) > tt.width || !strings.HasPrefix(line, tt.indent) {
				t.Errorf("%s: Wrap line %q is %d columns; want at most %d, after %q", tt.name, line, Width(line), tt.width, tt.indent)
			}
		}
		if strings.Join(strings.Fields(strings.ReplaceAll(got, "\n", "")), "") != strings.Join(strings.Fields(tt.text), "") {
			t.Errorf("%s: Wrap lost or changed text: %q", tt.name, got)
		}
	}
}

func TestWrapKeepsLongLatinWords(t *testing.T) {
	url := "https://example.org/a/very/long/path/that/does/not/fit"
	got := Wrap("See "+url+" for more.", 30, "  ")
	if !strings.Contains(got, url) {
		t.Errorf("Wrap broke a long Latin word: %q", got)
	}
}

func TestClipAndPad(t *testing.T) {
	tests := []struct {
		s    string
		n    int
		want string
	}{
		{"Key Missions", 20, "Key Missions"},
		{"Key Missions", 8, "Key Mis…"},
		{"東京大阪京都", 7, "東京大…"},
		{"Bogota\u0301 Colombia", 7, "Bogota\u0301…"},
	}
	for _, tt := range tests {
		got := Clip(tt.s, tt.n)
		if got != tt.want {
			t.Errorf("Clip(%q, %d) = %q, want %q", tt.s, tt.n, got, tt.want)
		}
		if w := Width(Pad(got, tt.n)); w != tt.n {
			t.Errorf("Pad(Clip(%q, %d)) is %d columns, want %d", tt.s, tt.n, w, tt.n)
		}
	}
}

func TestPluralAndCount(t *testing.T) {
	tests := []struct {
		got, want string
	}{
		{Count(1, "question"), "1 question"},
		{Count(0, "question"), "0 questions"},
		{Count(3, "leech", "leeches"), "3 leeches"},
		{Plural(1, "a leech", "leeches"), "a leech"},
		{Plural(2, "counts", "count"), "count"},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("got %q, want %q", tt.got, tt.want)
		}
	}
}

func TestWhen(t *testing.T) {
	now := time.Date(2026, 3, 1, 22, 0, 0, 0, time.UTC)
	tests := []struct {
		at   time.Time
		want string
	}{
		{now.Add(-time.Minute), "now"},
		{now.Add(10 * time.Minute), "in 10 minutes"},
		{now.Add(90 * time.Minute), "today at 23:30"},
		{now.Add(12 * time.Hour), "tomorrow at 10:00"},
		{now.Add(72 * time.Hour), "in 3 days (Wed 4 Mar)"},
		{now.Add(30 * 24 * time.Hour), "in 30 days (Tue 31 Mar 2026)"},
	}
	for _, tt := range tests {
		if got := When(tt.at, now); got != tt.want {
			t.Errorf("When(%v) = %q, want %q", tt.at, got, tt.want)
		}
	}
}

func TestDurationAndClock(t *testing.T) {
	tests := []struct {
		got, want string
	}{
		{Duration(45 * time.Second), "45s"},
		{Duration(185 * time.Second), "3m 05s"},
		{Duration(62 * time.Minute), "1h 02m"},
		{Clock(845 * time.Second), "14:05"},
		{Clock(3723 * time.Second), "1:02:03"},
		{Clock(-time.Second), "0:00"},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("got %q, want %q", tt.got, tt.want)
		}
	}
}

func TestCut(t *testing.T) {
	tests := []struct {
		s          string
		n          int
		head, tail string
	}{
		{"abcdef", 4, "abcd", "ef"},
		{"東京大阪", 5, "東京", "大阪"},
		{"東京", 1, "東", "京"}, // at least one cluster, so a wrap moves on
		{"e\u0301te\u0301", 2, "e\u0301t", "e\u0301"},
		{"ab", 5, "ab", ""},
		{"", 3, "", ""},
	}
	for _, tt := range tests {
		head, tail := Cut(tt.s, tt.n)
		if head != tt.head || tail != tt.tail {
			t.Errorf("Cut(%q, %d) = %q, %q; want %q, %q", tt.s, tt.n, head, tail, tt.head, tt.tail)
		}
	}
}
