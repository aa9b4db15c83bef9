package verify

import (
	"testing"

	"github.com/provenance-audit/provenance/claims"
)

// TestCoveredByQuote: a misquoted figure is one fault, reported as the
// quote; a figure outside any flagged quote keeps its own finding.
func TestCoveredByQuote(t *testing.T) {
	cs := []claims.Claim{
		{ID: "q", Kind: claims.KindQuote, Start: 100, End: 180},
		{ID: "n-in", Kind: claims.KindNumber, Start: 130, End: 145},
		{ID: "n-out", Kind: claims.KindNumber, Start: 300, End: 310},
	}
	ds := []claims.Discrepancy{
		{ID: "d-quote", Kind: claims.DiscQuote, ClaimIDs: []string{"q"}},
		{ID: "d-in", Kind: claims.DiscNumber, ClaimIDs: []string{"n-in"}},
		{ID: "d-out", Kind: claims.DiscNumber, ClaimIDs: []string{"n-out"}},
		{ID: "d-both", Kind: claims.DiscNumber, ClaimIDs: []string{"n-in", "n-out"}},
	}
	got := map[string]bool{}
	for _, d := range coveredByQuote(ds, cs) {
		got[d.ID] = true
	}
	for id, want := range map[string]bool{"d-quote": true, "d-in": false, "d-out": true, "d-both": true} {
		if got[id] != want {
			t.Errorf("%s kept = %v, want %v", id, got[id], want)
		}
	}
}
