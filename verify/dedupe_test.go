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

// TestDateJudged: a date a date finding already sets against a source is
// not also "unsupported" by that source; another source's is.
func TestDateJudged(t *testing.T) {
	date := claims.Discrepancy{Kind: claims.DiscDate, Evidence: []claims.Evidence{
		{Where: "article", Value: "2025-07-27 (Sunday, “27 July 2025”)"},
		{Where: "source", URL: "https://acc.example/release", Value: "2026-07-27"},
	}}
	unsupported := func(url string) claims.Discrepancy {
		return claims.Discrepancy{Kind: claims.DiscUnsupported, Evidence: []claims.Evidence{
			{Where: "article", Value: "27 July 2025"},
			{Where: "source", URL: url, Value: "not found"},
		}}
	}
	got := dateJudged([]claims.Discrepancy{date, unsupported("https://acc.example/release"), unsupported("https://other.example/")})
	if len(got) != 2 || got[1].Evidence[1].URL != "https://other.example/" {
		t.Errorf("kept %+v", got)
	}
}

// TestCreditsOtherForms: a sentence credits a body by the part of its
// two-script name in the sentence's language, without its country, and
// after "posted by".
func TestCreditsOtherForms(t *testing.T) {
	sent := "Muhammad Bhuiyan won 108,452 votes, according to results posted by the Election Commission."
	if !credits(sent, "বাংলাদেশ নির্বাচন কমিশন | Bangladesh Election Commission") {
		t.Errorf("%q does not credit the Election Commission", sent)
	}
	if credits("Muhammad Bhuiyan won 108,452 votes, the party said.", "Bangladesh Election Commission") {
		t.Errorf("a party's word credits the Election Commission")
	}
}

// TestCreditsShortenedExactly: a name without its first word credits only
// as the whole phrase: the State Bank of India is not the Reserve Bank of
// India.
func TestCreditsShortenedExactly(t *testing.T) {
	tests := []struct {
		sent, name string
		want       bool
	}{
		{"Rates were held, the State Bank of India said.", "Reserve Bank of India", false},
		{"Turnout was 45%, the Election Commission of India said.", "Bangladesh Election Commission", false},
		{"Turnout was 45%, the Election Commission said.", "Bangladesh Election Commission", true},
	}
	for _, tt := range tests {
		if got := credits(tt.sent, tt.name); got != tt.want {
			t.Errorf("credits(%q, %q) = %v, want %v", tt.sent, tt.name, got, tt.want)
		}
	}
}
