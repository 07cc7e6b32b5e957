package questions

import "testing"

func TestNameFits(t *testing.T) {
	tests := []struct {
		s, part string
		want    bool
	}{
		{"Effectiveness and Lessons Learned from Past Missions", "lessons", true},
		{"Effectiveness and Lessons Learned from Past Missions", "LESSONS LEARNED", true},
		{"Key Peacekeeping Missions in Latin America", "key peace", true},
		{"Key Peacekeeping Missions in Latin America", "mission", true},
		{"Challenges Faced by Peacekeeping Operations", "all", false},
		{"Challenges Faced by Peacekeeping Operations", "keeping", false},
		{"The Role of the United Nations", "nations", true},
		{"Latin America’s Context", "erica", false},
		{"Éducation et société", "société", true},
		{"Anything", "", false},
		{"Anything", "   ", false},
	}
	for _, tt := range tests {
		if got := NameFits(tt.s, tt.part); got != tt.want {
			t.Errorf("NameFits(%q, %q) = %v, want %v", tt.s, tt.part, got, tt.want)
		}
	}
}
