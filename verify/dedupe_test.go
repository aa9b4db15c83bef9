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
		{ID: "q2", Kind: claims.KindQuote, Start: 400, End: 480},
		{ID: "n-in2", Kind: claims.KindNumber, Start: 420, End: 425},
	}
	ds := []claims.Discrepancy{
		{ID: "d-quote", Kind: claims.DiscQuote, ClaimIDs: []string{"q"}, Summary: "The quotation changes a number against X"},
		{ID: "d-in", Kind: claims.DiscNumber, ClaimIDs: []string{"n-in"}},
		{ID: "d-out", Kind: claims.DiscNumber, ClaimIDs: []string{"n-out"}},
		{ID: "d-both", Kind: claims.DiscNumber, ClaimIDs: []string{"n-in", "n-out"}},
		{ID: "d-quote2", Kind: claims.DiscQuote, ClaimIDs: []string{"q2"}, Summary: "The quotation changes the words against X"},
		{ID: "d-in2", Kind: claims.DiscNumber, ClaimIDs: []string{"n-in2"}},
	}
	got := map[string]bool{}
	for _, d := range coveredByQuote(ds, cs) {
		got[d.ID] = true
	}
	// A quote flagged for other words keeps the number's own finding.
	for id, want := range map[string]bool{"d-quote": true, "d-in": false, "d-out": true, "d-both": true, "d-in2": true} {
		if got[id] != want {
			t.Errorf("%s kept = %v, want %v", id, got[id], want)
		}
	}
}

// TestFiguresNotCompared: readings the claims reader marks as weak, and
// terms in different units, never meet as one quantity.
func TestFiguresNotCompared(t *testing.T) {
	if comparableKind(&claims.Figure{Counts: "killed", Scope: "elided"}) {
		t.Error("an elided reading is comparable; it must never raise a conflict on its own")
	}
	if !comparableKind(&claims.Figure{Counts: "killed"}) {
		t.Error("a plain toll is not comparable")
	}
	// Terms read by the claims reader from two reports of one sentencing.
	ref := func(text string) *figRef {
		an := claims.NewAnalyzer().Analyze(text, claims.Options{})
		if len(an.Figures) != 1 {
			t.Fatalf("%q: %d figures", text, len(an.Figures))
		}
		return &figRef{f: &an.Figures[0], an: an, sent: text}
	}
	years := ref("The court sentenced Okoro to 12 years in prison.")
	moreYears := ref("The court sentenced Okoro to 14 years in prison.")
	months := ref("The court sentenced Okoro to six months in prison.")
	if quantityKey(years.f) == quantityKey(months.f) {
		t.Errorf("years and months share the key %q", quantityKey(years.f))
	}
	j := &job{}
	if !j.comparable(years, moreYears) {
		t.Error("two terms in years are not compared")
	}
	if j.comparable(years, months) {
		t.Error("a term in years is compared with one in months")
	}
}
