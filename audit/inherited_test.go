package audit

import (
	"context"
	"testing"
	"time"

	"github.com/provenance-audit/provenance/claims"
	"github.com/provenance-audit/provenance/index"
	"github.com/provenance-audit/provenance/verify"
)

// TestQuoteCreditedOnlyByTheSpeakersEarlierOne: a second quotation of a
// speaker, with no credit of its own, is looked for where the first was
// found; found nowhere, it is unverifiable, not a quotation the first
// page is said to hold.
func TestQuoteCreditedOnlyByTheSpeakersEarlierOne(t *testing.T) {
	day := time.Date(2026, 9, 8, 9, 0, 0, 0, time.UTC)
	wire := `"The ash column reached four kilometres," said Darmawan, a spokesman for the disaster agency. Roads to the village were closed.`
	story := "Volcano erupts\n\n“The ash column reached four kilometres,” Darmawan, a spokesman for the disaster agency, told Harbour Wire.\n\n" +
		"Darmawan later urged residents to stay away: “Do not return to the southern slopes until the alert is lowered.”\n"
	ix, err := index.Open(t.TempDir(), index.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	doc := &claims.Document{URL: "https://wire.example/volcano", Text: wire, Publisher: "Harbour Wire", Published: day, Language: "en"}
	src := &claims.Source{ID: claims.SourceID(doc.URL), URL: doc.URL, Status: claims.StatusOK, Publisher: doc.Publisher, Doc: doc}
	if err := ix.IndexPassages(context.Background(), claims.SplitPassages(src)); err != nil {
		t.Fatal(err)
	}
	an := claims.NewAnalyzer()
	article := &claims.Document{URL: "https://news.example/volcano", Text: story, Publisher: "Island Times", Published: day, Language: "en"}
	analysis := an.Analyze(article.Text, claims.Options{Published: day, Outlets: []string{"Harbour Wire"}})
	v := &verify.Verifier{Searcher: ix, Analyzer: an}
	r, err := v.Verify(context.Background(), verify.Input{Article: article, Analysis: analysis, Claims: analysis.Claims(article.URL), Sources: []*claims.Source{src}})
	if err != nil {
		t.Fatal(err)
	}
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
