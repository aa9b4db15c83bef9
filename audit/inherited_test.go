package audit

import (
	"testing"
	"time"

	"github.com/provenance-audit/provenance/claims"
)

// TestQuoteCreditedOnlyByTheSpeakersEarlierOne: a second quotation of a
// speaker, with no credit of its own, is looked for where the first was
// found; found nowhere, it is unverifiable, not a quotation the first
// page is said to hold.
func TestQuoteCreditedOnlyByTheSpeakersEarlierOne(t *testing.T) {
	day := time.Date(2026, 9, 8, 9, 0, 0, 0, time.UTC)
	wire := `"The ash column reached four kilometres," said Darmawan, a spokesman for the disaster agency. Roads to the village were closed.`
	text := "Volcano erupts\n\n“The ash column reached four kilometres,” Darmawan, a spokesman for the disaster agency, told Harbour Wire.\n\n" +
		"Darmawan later urged residents to stay away: “Do not return to the southern slopes until the alert is lowered.”\n"
	_, r := verifyStory(t, story{text: text, published: day, lang: "en", outlets: []string{"Harbour Wire"}},
		page{url: "https://wire.example/volcano", publisher: "Harbour Wire", lang: "en", published: day, text: wire})
	quotes := 0
	for _, c := range r.Claims {
		if c.Kind == claims.KindQuote {
			quotes++
		}
	}
	if quotes != 2 {
		t.Fatalf("%d quotations read, want 2", quotes)
	}
	for _, d := range r.Discrepancies {
		t.Errorf("finding %s: %s", d.Kind, d.Summary)
	}
}
