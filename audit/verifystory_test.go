package audit

import (
	"context"
	"testing"
	"time"

	"github.com/provenance-audit/provenance/claims"
	"github.com/provenance-audit/provenance/index"
	"github.com/provenance-audit/provenance/verify"
)

// page is a source page of a story verified in a test.
type page struct {
	url, publisher, lang, text string
	published                  time.Time
	citedAs                    string // the name the story's link gives it
}

// story is what a test verifies: its text, when it came out, its language
// and the outlets the reader is told of.
type story struct {
	text      string
	published time.Time
	lang      string
	outlets   []string
}

// verifyStory indexes the pages and verifies the story against them, as
// an audit does once the sources are fetched; it returns the reading and
// the report.
func verifyStory(t *testing.T, s story, pages ...page) (*claims.Analysis, *claims.Report) {
	t.Helper()
	ix, err := index.Open(t.TempDir(), index.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	var srcs []*claims.Source
	var passages []claims.Passage
	for _, p := range pages {
		doc := &claims.Document{URL: p.url, Text: p.text, Publisher: p.publisher, Published: p.published, Language: p.lang}
		src := &claims.Source{ID: claims.SourceID(p.url), URL: p.url, Status: claims.StatusOK, Publisher: p.publisher, Doc: doc, CitedAs: p.citedAs}
		srcs = append(srcs, src)
		passages = append(passages, claims.SplitPassages(src)...)
	}
	if err := ix.IndexPassages(context.Background(), passages); err != nil {
		t.Fatal(err)
	}
	an := claims.NewAnalyzer()
	article := &claims.Document{URL: "https://news.example/story", Text: s.text, Publisher: "Story Desk", Published: s.published, Language: s.lang}
	analysis := an.Analyze(article.Text, claims.Options{Published: s.published, Outlets: s.outlets})
	v := &verify.Verifier{Searcher: ix, Analyzer: an}
	r, err := v.Verify(context.Background(), verify.Input{Article: article, Analysis: analysis, Claims: analysis.Claims(article.URL), Sources: srcs})
	if err != nil {
		t.Fatal(err)
	}
	return analysis, r
}

// hasFinding reports a finding of a kind in a report.
func hasFinding(r *claims.Report, kind string) bool {
	for _, d := range r.Discrepancies {
		if d.Kind == kind {
			return true
		}
	}
	return false
}
