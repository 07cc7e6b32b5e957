package quiz

import (
	"strings"
	"testing"
)

func TestNormalize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Bogotá", "bogota"},
		{"  São   Paulo ", "sao paulo"},
		{"Bogota\u0301", "bogota"}, // combining accent
		{"Ｂｏｇｏｔá", "bogota"},       // full-width letters
		{"España", "espana"},
		{"Straße", "strasse"},
		{"Øresund", "oresund"},
		{"«Haití»", "haiti"},
		{`"Peru."`, "peru"},
		{"¿Asunción?", "asuncion"},
		{"O.A.S.", "oas"},
		{"Port-au-Prince", "port au prince"},
		{"Côte d'Ivoire", "cote divoire"},
		{"Trinidad & Tobago", "trinidad and tobago"},
		{"Trinidad&Tobago", "trinidad and tobago"},
		{"The United Nations", "united nations"},
		{"los Cascos Azules", "cascos azules"},
		{"a ONU", "onu"},
		{"l'ONU", "onu"},
		{"L’Organisation", "organisation"},
		{"les Casques bleus", "casques bleus"},
		{"The", "the"},
		{"El Salvador", "el salvador"},
		{"la Paz", "la paz"},
		{"1.5", "1.5"},
		{"1,000", "1,000"},
		{"2004.", "2004"},
		{"\t\n ", ""},
		{"Москва", "москва"},
		{"й", "й"},
	}
	for _, tt := range tests {
		if got := Normalize(tt.in); got != tt.want {
			t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestMatchText(t *testing.T) {
	tests := []struct {
		given, answer string
		accept        []string
		want          Verdict
		wantForm      string // the form matched; "" means answer
	}{
		// Spanish and Portuguese names, accents and case.
		{"Bogota", "Bogotá", nil, Correct, ""},
		{"bogotá", "Bogotá", nil, Correct, ""},
		{"BOGOTA", "Bogotá", nil, Correct, ""},
		{"Sao Paulo", "São Paulo", nil, Correct, ""},
		{"Brasilia", "Brasília", nil, Correct, ""},
		{"Peru", "Perú", nil, Correct, ""},
		{"Panama", "Panamá", nil, Correct, ""},
		{"Asuncion", "Asunción", nil, Correct, ""},
		{"ciudad de mexico", "Ciudad de México", nil, Correct, ""},
		{"Ciudad de Mexico", "Mexico City", []string{"Ciudad de México"}, Correct, "Ciudad de México"},
		{"Espana", "España", nil, Correct, ""},
		{"Port au Prince", "Port-au-Prince", nil, Correct, ""},
		// Unicode compositions: precomposed against combining accents.
		{"Bogota\u0301", "Bogotá", nil, Correct, ""},
		{"Bogotá", "Bogota\u0301", nil, Correct, ""},
		{"Sa\u0303o Paulo", "São Paulo", nil, Correct, ""},
		// Acronyms.
		{"minustah", "MINUSTAH", nil, Correct, ""},
		{"M.I.N.U.S.T.A.H.", "MINUSTAH", nil, Correct, ""},
		{"UNASUR", "UNASUR", nil, Correct, ""},
		{"OAS", "OAS", nil, Correct, ""},
		{"O.A.S.", "OAS", nil, Correct, ""},
		{"OAU", "OAS", nil, Incorrect, ""},
		{"UNASUL", "UNASUR", []string{"UNASUL"}, Correct, "UNASUL"},
		{"MINUSTA", "MINUSTAH", nil, Almost, ""},
		{"MINUSTHA", "MINUSTAH", nil, Almost, ""},
		// Punctuation, quotes and spaces.
		{"  financial  ", "financial", nil, Correct, ""},
		{"\"democracy.\"", "democracy", nil, Correct, ""},
		{"¡Haití!", "Haiti", nil, Correct, ""},
		{"logistical    capacities", "logistical capacities", nil, Correct, ""},
		{"Trinidad & Tobago", "Trinidad and Tobago", nil, Correct, ""},
		// Leading articles in English, Spanish, Portuguese and French.
		{"the Security Council", "Security Council", nil, Correct, ""},
		{"Security Council", "The Security Council", nil, Correct, ""},
		{"an embargo", "embargo", nil, Correct, ""},
		{"los cascos azules", "cascos azules", nil, Correct, ""},
		{"la MINUSTAH", "MINUSTAH", nil, Correct, ""},
		{"o Brasil", "Brasil", nil, Correct, ""},
		{"as Nações Unidas", "Nações Unidas", nil, Correct, ""},
		{"l'ONU", "ONU", nil, Correct, ""},
		{"les Casques bleus", "Casques bleus", nil, Correct, ""},
		{"Salvador", "El Salvador", nil, Incorrect, ""},
		// Numbers and years must match exactly.
		{"2004", "2004", nil, Correct, ""},
		{"2005", "2004", nil, Incorrect, ""},
		{"1980s", "1990s", nil, Incorrect, ""},
		{"the 1990s", "1990s", nil, Correct, ""},
		{"Resolution 1543", "Resolution 1542", nil, Incorrect, ""},
		{"Resolutoin 1542", "Resolution 1542", nil, Incorrect, ""},
		{"1.5", "15", nil, Incorrect, ""},
		// Near misses that are forgiven.
		{"Bolivai", "Bolivia", nil, Almost, ""},
		{"Guatemla", "Guatemala", nil, Almost, ""},
		{"democrasy", "democracy", nil, Almost, ""},
		{"financal", "financial", nil, Almost, ""},
		{"Sao Pablo", "São Paulo", nil, Almost, ""},
		{"Ciudad de Mejico", "Ciudad de México", nil, Almost, ""},
		{"peacekeping missons", "peacekeeping missions", nil, Almost, ""},
		{"logistcal capacites", "logistical capacities", nil, Almost, ""},
		{"Haitii", "Haiti", nil, Almost, ""},
		// Near misses that are not.
		{"Peri", "Perú", nil, Incorrect, ""},
		{"Cuva", "Cuba", nil, Incorrect, ""},
		{"locl", "local", nil, Almost, ""},
		{"loc", "local", nil, Incorrect, ""},
		{"Chle", "Chile", nil, Almost, ""},
		{"Chilw", "Chile", nil, Almost, ""},
		{"Chiel", "Chile", nil, Almost, ""},
		{"ONY", "ONU", nil, Incorrect, ""},
		{"Gambia", "Zambia", nil, Incorrect, ""},
		{"Gautmela", "Guatemala", nil, Incorrect, ""}, // two edits, answer under 10 runes
		{"Uruguay", "Paraguay", nil, Incorrect, ""},
		{"Austria", "Australia", nil, Incorrect, ""},
		{"Niger", "Nigeria", nil, Incorrect, ""},
		// Accepted alternatives, exact or near.
		{"funding", "financial", []string{"financial assistance", "finance", "funding"}, Correct, "funding"},
		{"financial assistence", "financial", []string{"financial assistance", "finance", "funding"}, Almost, "financial assistance"},
		{"logistics", "logistical capacities", []string{"logistical capacity", "logistics"}, Correct, "logistics"},
		{"logistical capacity", "logistical capacities", []string{"logistical capacity", "logistics"}, Correct, "logistical capacity"},
		// Another valid form close to the answer is Correct, not Almost.
		{"Austria", "Australia", []string{"Austria"}, Correct, "Austria"},
		// Empty answers.
		{"", "Haiti", nil, Incorrect, ""},
		{"   ", "Haiti", nil, Incorrect, ""},
		{"?!", "Haiti", nil, Incorrect, ""},
		{"the", "Haiti", nil, Incorrect, ""},
	}
	for _, tt := range tests {
		got := MatchText(tt.given, tt.answer, tt.accept)
		wantForm := tt.wantForm
		if wantForm == "" {
			wantForm = tt.answer
		}
		if got.Verdict != tt.want || got.Want != wantForm {
			t.Errorf("MatchText(%q, %q, %q) = %v against %q, want %v against %q",
				tt.given, tt.answer, tt.accept, got.Verdict, got.Want, tt.want, wantForm)
		}
	}
}

func TestMatchTextIncorrectNamesClosest(t *testing.T) {
	got := MatchText("Colombia", "Brazil", []string{"Columbia University", "Bolivia"})
	if got.Verdict != Incorrect || got.Want != "Bolivia" {
		t.Errorf("MatchText(%q) = %v against %q, want Incorrect against %q", "Colombia", got.Verdict, got.Want, "Bolivia")
	}
}

func TestVerdictString(t *testing.T) {
	for v, want := range map[Verdict]string{Incorrect: "Incorrect", Almost: "Almost", Correct: "Correct", Verdict(7): "Verdict(7)"} {
		if got := v.String(); got != want {
			t.Errorf("Verdict(%d).String() = %q, want %q", int(v), got, want)
		}
	}
}

func TestEditDistance(t *testing.T) {
	tests := []struct {
		a, b string
		want int
	}{
		{"", "", 0},
		{"abc", "", 3},
		{"bolivia", "bolivai", 1},
		{"haiti", "hayti", 1},
		{"ca", "abc", 3},
		{"guatemala", "guatemla", 1},
	}
	for _, tt := range tests {
		if got := editDistance([]rune(tt.a), []rune(tt.b)); got != tt.want {
			t.Errorf("editDistance(%q, %q) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
	}
}

// render shows spans as text with [-deleted-] and {+inserted+} marks.
func render(spans []DiffSpan) string {
	var b strings.Builder
	for _, s := range spans {
		switch s.Op {
		case DiffEqual:
			b.WriteString(s.Text)
		case DiffInsert:
			b.WriteString("{+" + s.Text + "+}")
		case DiffDelete:
			b.WriteString("[-" + s.Text + "-]")
		}
	}
	return b.String()
}

func TestDiff(t *testing.T) {
	tests := []struct{ given, want, diff string }{
		{"Haiti", "Haiti", "Haiti"},
		{"Guatemla", "Guatemala", "Guatem{+a+}la"},
		{"Haitii", "Haiti", "Haiti[-i-]"},
		{"Sao Pablo", "São Paulo", "São Pa[-b-]{+u+}lo"},
		{"bogta", "Bogotá", "Bog{+o+}tá"},
		{"Bogota\u0301", "Bogotá", "Bogotá"},
		{"", "Peru", "{+Peru+}"},
		{"Peru", "", "[-Peru-]"},
	}
	for _, tt := range tests {
		if got := render(Diff(tt.given, tt.want)); got != tt.diff {
			t.Errorf("Diff(%q, %q) = %s, want %s", tt.given, tt.want, got, tt.diff)
		}
	}
}

func TestDiffRebuildsBothSides(t *testing.T) {
	pairs := [][2]string{
		{"Bolivai", "Bolivia"},
		{"peacekeping missons", "peacekeeping missions"},
		{"logistcal capacites", "logistical capacities"},
		{"MINUSTHA", "MINUSTAH"},
	}
	for _, p := range pairs {
		var given, want strings.Builder
		for _, s := range Diff(p[0], p[1]) {
			if s.Op != DiffInsert {
				given.WriteString(s.Text)
			}
			if s.Op != DiffDelete {
				want.WriteString(s.Text)
			}
		}
		if given.String() != p[0] || want.String() != p[1] {
			t.Errorf("Diff(%q, %q) rebuilds %q and %q", p[0], p[1], given.String(), want.String())
		}
	}
}
