package verify

import (
	"testing"

	"github.com/provenance-audit/provenance/claims"
)

// TestSameRoleMisspelt: a surname misspelt for someone the story and a
// source give the same given name and role is one person; a shared given
// name alone, or another role, is not.
func TestSameRoleMisspelt(t *testing.T) {
	ent := func(name string, titles ...string) *claims.Entity {
		return &claims.Entity{Kind: claims.Person, Name: name, Titles: titles}
	}
	tests := []struct {
		a, b *claims.Entity
		want bool
	}{
		{ent("Mélanie Desroches", "Public Security Minister"), ent("Melanie Desrosiers", "Minister of Public Security"), true},
		{ent("Kofi Asamoah", "Health Minister"), ent("Kofi Asamuah", "Health Minister"), true},
		{ent("Kofi Asamoah", "Health Minister"), ent("Kofi Asante", "Health Minister"), false}, // two surnames, not one misspelt
		{ent("Kofi Asamoah", "Health Minister"), ent("Kofi Asante", "police spokesman"), false},
		{ent("Kofi Asamoah", "Health Minister"), ent("Ama Asamoah", "Health Minister"), false},
		{ent("Kofi Asamoah", "Health Minister"), ent("Kofi Mensah", "Health Minister"), false},
		{ent("Kofi Asamoah"), ent("Kofi Asante", "Health Minister"), false},
		{ent("Chidi Okonkwo"), ent("Chidi Okonkow"), false}, // two letters swapped: two apart
		{ent("Chidi Anyawu"), ent("Chidi Anyanwu"), true},
		{ent("Ahmed Khalil", "a police spokesman in Mosul"), ent("Ahmed Khalifa", "a police spokesman in Basra"), false},
		{ent("Ahmed Khalil", "a police spokesman in Mosul"), ent("Ahmed Khalill", "police spokesman in Mosul"), true},
	}
	for _, tt := range tests {
		if got := sameRoleMisspelt(tt.a, tt.b); got != tt.want {
			t.Errorf("sameRoleMisspelt(%q %q, %q %q) = %v, want %v", tt.a.Name, tt.a.Titles, tt.b.Name, tt.b.Titles, got, tt.want)
		}
	}
}

// TestProperNamesOfListedFigures: "X won 11,238 votes and Y, also an
// independent, received 7,620": each figure is said of its own candidate.
func TestProperNamesOfListedFigures(t *testing.T) {
	text := "Joseph Ouma Otieno of the Nairobi Forward Alliance won 11,238 votes and Faith Wambui Karanja, also an independent, received 7,620."
	a := claims.NewAnalyzer().Analyze(text, claims.Options{})
	var names []map[string]bool
	for i := range a.Figures {
		names = append(names, properNames(a, &a.Figures[i]))
	}
	if len(names) != 2 {
		t.Fatalf("figures %d, want 2", len(a.Figures))
	}
	if sharesAny(names[0], names[1]) {
		t.Errorf("two candidates' figures share names: %v, %v", names[0], names[1])
	}
}
