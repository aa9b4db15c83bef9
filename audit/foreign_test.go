package audit

import (
	"context"
	"testing"
	"time"

	"github.com/provenance-audit/provenance/claims"
	"github.com/provenance-audit/provenance/index"
	"github.com/provenance-audit/provenance/verify"
)

// TestCreditToPageInAnotherLanguage: the words of a page in another
// language cannot be weighed, but a person's or place's name can. A claim
// credited to such a page that lacks the claim's name, told whole by a
// report that has it and credits someone else, is credited wrongly; one
// whose name the page has stays unjudged.
func TestCreditToPageInAnotherLanguage(t *testing.T) {
	day := time.Date(2026, 9, 8, 9, 0, 0, 0, time.UTC)
	const agency = "Badan Penanggulangan Bencana"
	release := func(extra string) string {
		return "Gunung Semeru erupsi pada hari Senin. Sebanyak 1.250 jiwa mengungsi ke 14 pos pengungsian di Kabupaten Lumajang. " + extra +
			"Masyarakat diimbau tidak beraktivitas di sektor tenggara."
	}
	wire := "Juanda Soebroto Airport in Malang has been closed since 07.00 because of volcanic ash, the Transportation Ministry said. Four flights were cancelled."
	story := "Hundreds flee Semeru eruption\n\nThe volcano erupted on Monday, " + agency + " said.\n\n" +
		agency + " also said Malang's Juanda Soebroto airport had been closed on Tuesday because of volcanic ash.\n"
	tests := []struct {
		name, release string
		want          bool
	}{
		{"the page lacks the airport", release(""), true},
		{"the page names the airport", release("Bandara Juanda Soebroto di Malang ditutup akibat abu vulkanik. "), false},
	}
	an := claims.NewAnalyzer()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ix, err := index.Open(t.TempDir(), index.Options{})
			if err != nil {
				t.Fatal(err)
			}
			defer ix.Close()
			pages := []struct{ url, publisher, lang, text string }{
				{"https://bencana.example/siaran-pers", agency, "id", tt.release},
				{"https://live.example/semeru", "Island Post", "en", wire},
			}
			var srcs []*claims.Source
			var passages []claims.Passage
			for _, p := range pages {
				doc := &claims.Document{URL: p.url, Text: p.text, Publisher: p.publisher, Published: day, Language: p.lang}
				src := &claims.Source{ID: claims.SourceID(p.url), URL: p.url, Status: claims.StatusOK, Publisher: p.publisher, Doc: doc}
				srcs = append(srcs, src)
				passages = append(passages, claims.SplitPassages(src)...)
			}
			if err := ix.IndexPassages(context.Background(), passages); err != nil {
				t.Fatal(err)
			}
			article := &claims.Document{URL: "https://news.example/semeru", Text: story, Publisher: "Harbour Times", Published: day, Language: "en"}
			analysis := an.Analyze(article.Text, claims.Options{Published: day, Outlets: []string{agency, "Island Post"}})
			v := &verify.Verifier{Searcher: ix, Analyzer: an}
			r, err := v.Verify(context.Background(), verify.Input{Article: article, Analysis: analysis, Claims: analysis.Claims(article.URL), Sources: srcs})
			if err != nil {
				t.Fatal(err)
			}
			got := false
			for _, d := range r.Discrepancies {
				got = got || d.Kind == claims.DiscAttribution
			}
			if got != tt.want {
				t.Errorf("attribution finding: %v, want %v (%d findings)", got, tt.want, len(r.Discrepancies))
			}
		})
	}
}

// TestDateCreditedToPageInAnotherLanguage: a date credited to a page in
// another language is set against that page's date of the same thing,
// found by the names and numerals the two sentences share.
func TestDateCreditedToPageInAnotherLanguage(t *testing.T) {
	day := time.Date(2026, 11, 6, 9, 0, 0, 0, time.UTC)
	const tribunal = "Tribunal administratif du travail"
	decision := "La grève de la FPLIQ débutera le jeudi 5 novembre 2026 à 0 h 01 et se terminera le vendredi 6 novembre 2026 à 23 h 59. Les services essentiels devront être maintenus."
	tests := []struct {
		name, storyDate string
		want            bool
	}{
		{"the story's day is wrong", "Saturday, Nov. 7", true},
		{"the story's day is right", "Friday, Nov. 6", false},
	}
	an := claims.NewAnalyzer()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ix, err := index.Open(t.TempDir(), index.Options{})
			if err != nil {
				t.Fatal(err)
			}
			defer ix.Close()
			url := "https://tribunal.example/decision"
			doc := &claims.Document{URL: url, Text: decision, Publisher: tribunal, Published: day.AddDate(0, 0, -4), Language: "fr"}
			// The story names the tribunal in English, on its link.
			src := &claims.Source{ID: claims.SourceID(url), URL: url, Status: claims.StatusOK, Publisher: tribunal, Doc: doc, CitedAs: "Administrative Labour Tribunal"}
			if err := ix.IndexPassages(context.Background(), claims.SplitPassages(src)); err != nil {
				t.Fatal(err)
			}
			story := "Lab strike\n\nThe 48-hour strike by the FPLIQ began at 12:01 a.m. Thursday and ends at 11:59 p.m. on " + tt.storyDate + ", according to the Administrative Labour Tribunal.\n"
			article := &claims.Document{URL: "https://news.example/strike", Text: story, Publisher: "River Record", Published: day, Language: "en"}
			analysis := an.Analyze(article.Text, claims.Options{Published: day, Outlets: []string{tribunal, src.CitedAs}})
			v := &verify.Verifier{Searcher: ix, Analyzer: an}
			r, err := v.Verify(context.Background(), verify.Input{Article: article, Analysis: analysis, Claims: analysis.Claims(article.URL), Sources: []*claims.Source{src}})
			if err != nil {
				t.Fatal(err)
			}
			got := false
			for _, d := range r.Discrepancies {
				got = got || d.Kind == claims.DiscDate
			}
			if got != tt.want {
				t.Errorf("date finding: %v, want %v (%d findings)", got, tt.want, len(r.Discrepancies))
			}
		})
	}
}
