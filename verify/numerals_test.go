package verify

import (
	"testing"

	"github.com/provenance-audit/provenance/claims"
)

// TestNumeralAbsent checks when a figure can be said to be missing from
// a page in another language: digits read the same in any language, but
// sums and measures are written with words that differ.
func TestNumeralAbsent(t *testing.T) {
	tests := []struct {
		name, page string
		f          claims.Figure
		absent     bool
	}{
		{"an age not there", "Se recuerda que provocar un incendio es delito.", claims.Figure{Text: "54", Value: 54, Counts: "age"}, true},
		{"an age there", "Carabineros detuvo a un agricultor de 54 años.", claims.Figure{Text: "54", Value: 54, Counts: "age"}, false},
		{"a thousands point", "Hay 1.100 personas evacuadas.", claims.Figure{Text: "1,100", Value: 1100, Counts: "evacuated"}, false},
		{"a count under a hundred may be in words", "Treinta y ocho viviendas quedaron destruidas.", claims.Figure{Text: "38", Value: 38, Counts: "home"}, false},
		{"a count in the hundreds is in digits", "Quedaron destruidas 147 viviendas.", claims.Figure{Text: "174", Value: 174, Counts: "home"}, true},
		{"a thousands space", "Il y a 1 100 personnes évacuées.", claims.Figure{Text: "1,100", Value: 1100, Counts: "evacuated"}, false},
		{"inside a longer number", "Der Zug 1540 fuhr ab.", claims.Figure{Text: "54", Value: 54, Counts: "age"}, true},
		{"a sum is written in words", "S/ 2.150 millones", claims.Figure{Text: "S/ 2.15 billion", Value: 2.15e9, Counts: "money", Unit: "PEN"}, false},
		{"small numbers are words as often", "Dos brigadas llegaron.", claims.Figure{Text: "2", Value: 2, Counts: "brigade"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := &claims.Source{Doc: &claims.Document{Text: tt.page}}
			if got := numeralAbsent(&tt.f, src); got != tt.absent {
				t.Errorf("numeralAbsent(%q) in %q = %v, want %v", tt.f.Text, tt.page, got, tt.absent)
			}
		})
	}
}

// TestOtherPeriod checks that rates of two months are two quantities.
func TestOtherPeriod(t *testing.T) {
	an := claims.NewAnalyzer()
	tests := []struct {
		a, b  string
		other bool
	}{
		{"Inflation slowed to 16.05% in October.", "Inflation eased to 15.38% in October from 16.05% in September.", false},
		{"Inflation slowed to 16.05% in October.", "It was 16.05 per cent in September 2026.", true},
		{"Output grew 4.2% in the third quarter.", "Output grew 4.2% in the second quarter.", true},
		{"Output grew 4.2% last year.", "Output grew 4.2% in the second quarter.", false},
		{"Output grew 5.1% in the third quarter.", "Output grew 5.1% in July-September.", false},
		{"Output grew 5.1% in the third quarter.", "Output grew 5.1% in September.", false},
	}
	for _, tt := range tests {
		fa, fb := an.Analyze(tt.a, claims.Options{}), an.Analyze(tt.b, claims.Options{})
		if len(fa.Figures) == 0 || len(fb.Figures) == 0 {
			t.Fatalf("no figures in %q or %q", tt.a, tt.b)
		}
		if got := otherPeriod(fa, &fa.Figures[0], fb, &fb.Figures[0]); got != tt.other {
			t.Errorf("otherPeriod(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.other)
		}
	}
}

// TestRateUnits checks that an amount in the local currency and a rate
// against the dollar can bear each other out.
func TestRateUnits(t *testing.T) {
	tests := []struct {
		f, g  claims.Figure
		other bool
	}{
		{claims.Figure{Counts: "money", Unit: "NGN"}, claims.Figure{Counts: "money", Unit: "per USD"}, false},
		{claims.Figure{Counts: "money", Unit: "USD"}, claims.Figure{Counts: "money", Unit: "per USD"}, true},
		{claims.Figure{Counts: "money", Unit: "NGN"}, claims.Figure{Counts: "money", Unit: "GHS"}, true},
		{claims.Figure{Counts: "basis point", Unit: "basis point"}, claims.Figure{Counts: "percentage point", Unit: "percentage point"}, false},
	}
	for _, tt := range tests {
		if got := otherUnit(&tt.f, &tt.g); got != tt.other {
			t.Errorf("otherUnit(%s, %s) = %v, want %v", tt.f.Unit, tt.g.Unit, got, tt.other)
		}
	}
}
