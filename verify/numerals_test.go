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
		{"a thousands space", "Il y a 1 100 personnes évacuées.", claims.Figure{Text: "1,100", Value: 1100, Counts: "evacuated"}, false},
		{"inside a longer number", "Der Zug 1540 fuhr ab.", claims.Figure{Text: "54", Value: 54, Counts: "person"}, true},
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
