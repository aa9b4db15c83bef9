package claims

import "testing"

// TestAliasCues checks that the ways stories give a second name tie it
// to the person, so that words said under either name have one speaker.
func TestAliasCues(t *testing.T) {
	tests := []struct {
		name, text, alias, owner string
	}{
		{"whom people call", "The ferry is run by Tomasz Wrona, a boatman whom the whole village calls “Admiral”. “We go when the river lets us,” Admiral said.", "Admiral", "Tomasz Wrona"},
		{"known online as", "The stream was hosted by Karin Falk, 29, who posts to 200,000 followers online as 'KarinLive'. KarinLive told viewers it was 'a great night'.", "KarinLive", "Karin Falk"},
		{"as he is known", "Insp Pádraig Walsh said the road would reopen. Speaking to Raidió na Gaeltachta, Insp Pádraig Breathnach, as he is known to Irish speakers, said it was 'a matter of hours'.", "Pádraig Breathnach", "Pádraig Walsh"},
		{"also known as", "The commander, Idris Musa Kante, also known as Abou Lamine, was killed.", "Abou Lamine", "Idris Musa Kante"},
	}
	an := NewAnalyzer()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := an.Analyze(tt.text, Options{})
			var owner *Entity
			for _, e := range a.Entities {
				if e.Name == tt.owner {
					owner = e
				}
			}
			if owner == nil {
				t.Fatalf("no entity %q", tt.owner)
			}
			found := false
			for _, al := range owner.Aliases {
				found = found || al == tt.alias
			}
			if !found {
				t.Errorf("%q aliases = %q, want %q among them", tt.owner, owner.Aliases, tt.alias)
			}
			for _, e := range a.Entities {
				if e != owner && e.Name == tt.alias {
					t.Errorf("%q is still an entity of its own", tt.alias)
				}
			}
		})
	}
}
