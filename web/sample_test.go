package web

import (
	"strings"

	"github.com/provenance-audit/provenance/claims"
)

// hostile is markup that must never reach a page as markup.
const hostile = `<script>alert("pwned")</script><img src=x onerror=alert(1)>`

var (
	srcWire  = claims.SourceID("https://wire.example/story")
	srcMin   = claims.SourceID("https://ministry.example/release")
	srcDown  = claims.SourceID("https://down.example/page")
	discName = claims.StableID("discrepancy", "test", "name")
	discNum  = claims.StableID("discrepancy", "test", "number")
	discQuot = claims.StableID("discrepancy", "test", "quote")
	discDate = claims.StableID("discrepancy", "test", "date")
)

const sampleText = "The strike killed four people, officials said.\n\n" +
	"\"We acted " + hostile + " in self-defense,\" said Jane Doe.\n\n" +
	"Ali al-Rashid, known as Abu Sample, was among the dead."

// sampleReport is an audit with a finding of each main kind, and hostile
// markup in every field an outlet or a story controls.
func sampleReport(id string) *claims.Report {
	at := func(s string) (int, int) {
		i := strings.Index(sampleText, s)
		return i, i + len(s)
	}
	s1, e1 := at("four people")
	s2, e2 := at("We acted " + hostile + " in self-defense,")
	s3, e3 := at("Ali al-Rashid")
	cNum := claims.StableID("claim", id, "num")
	cQuote := claims.StableID("claim", id, "quote")
	cName := claims.StableID("claim", id, "name")
	r := &claims.Report{
		AuditID:     id,
		GeneratedAt: "2024-01-05T10:00:00Z",
		Article: claims.ArticleInfo{URL: "https://paper.example/news/strike", Title: "Strike " + hostile,
			Publisher: "The Paper " + hostile, Published: "2024-01-04T11:47:00Z", Byline: "A. Reporter"},
		Sources: []claims.Source{
			{ID: srcWire, URL: "https://wire.example/story", FinalURL: "https://wire.example/story", Publisher: "Wire " + hostile,
				Title: "Wire title " + hostile, Status: claims.StatusOK, SHA256: strings.Repeat("ab", 32), FetchedAt: "2024-01-05T09:00:00Z",
				Archive: claims.RecordRef{File: "wire.warc.gz", Offset: 10}},
			{ID: srcMin, URL: "https://ministry.example/release", FinalURL: "https://ministry.example/release", Publisher: "Ministry",
				Title: "Release", Status: claims.StatusOK, SHA256: strings.Repeat("cd", 32), FetchedAt: "2024-01-05T09:00:01Z",
				Archive: claims.RecordRef{File: "ministry.warc.gz", Offset: 20}},
			{ID: srcDown, URL: "https://down.example/page", FinalURL: "https://down.example/page", Status: claims.StatusError,
				Error: "HTTP 503 " + hostile, FetchedAt: "2024-01-05T09:00:02Z"},
		},
		Claims: []claims.Claim{
			{ID: cNum, Kind: claims.KindNumber, Text: "four people", Value: "4", Status: claims.Contradicted, Start: s1, End: e1,
				Sentence: "The strike killed four people, officials said."},
			{ID: cQuote, Kind: claims.KindQuote, Text: "We acted " + hostile + " in self-defense", Speaker: "Jane Doe " + hostile,
				Status: claims.Contradicted, Start: s2, End: e2,
				Support: []claims.Support{{SourceID: srcWire, URL: "https://wire.example/story", Passage: "passage " + hostile, Relation: claims.Partial}}},
			{ID: cName, Kind: claims.KindName, Text: "Ali al-Rashid", Value: "Ali al-Rashid", Status: claims.Contradicted, Start: s3, End: e3},
		},
		Discrepancies: []claims.Discrepancy{
			{ID: discName, Kind: claims.DiscName, Severity: claims.High, ClaimIDs: []string{cName},
				Summary: "“Abu Sample” is given as the alias of Ali al-Rashid (the story) and of Ali al-Rasheed (Ministry) " + hostile,
				Why:     "the same alias " + hostile,
				Evidence: []claims.Evidence{
					{Where: "article", URL: "https://paper.example/news/strike", Value: "Ali al-Rashid", Text: "Ali al-Rashid, known as Abu Sample, was among the dead."},
					{Where: "source", URL: "https://ministry.example/release", SourceID: srcMin, Publisher: "Ministry", Value: "Ali al-Rasheed",
						Text: "Ali al-Rasheed (Abu Sample) was killed " + hostile},
				}},
			{ID: discNum, Kind: claims.DiscNumber, Severity: claims.High, ClaimIDs: []string{cNum},
				Summary: "Figures for the number killed disagree: 4 (the story) vs 2 (Wire); decide which figure the story stands by.",
				Evidence: []claims.Evidence{
					{Where: "article", URL: "https://paper.example/news/strike", Value: "4 (“four people”)", Text: "The strike killed four people, officials said."},
					{Where: "source", URL: "https://wire.example/story", SourceID: srcWire, Publisher: "Wire", Value: "2 (“both”)", Text: "The strike killed both."},
					{Where: "source", URL: "https://ministry.example/release", SourceID: srcMin, Publisher: "Ministry", Value: "≥ 3 (“at least three”)", Text: "At least three died."},
					{Where: "source", URL: "https://ministry.example/release", SourceID: srcMin, Publisher: "Ministry", Value: "[1,200, 1,500] (“1,200 to 1,500 " + hostile + "”)", Text: "Between 1,200 and 1,500."},
				}},
			{ID: discQuot, Kind: claims.DiscQuote, Severity: claims.Medium, ClaimIDs: []string{cQuote},
				Summary: "The quote differs from Wire's words.",
				Evidence: []claims.Evidence{
					{Where: "article", URL: "https://paper.example/news/strike", Value: "We acted " + hostile + " in self-defense",
						Marks: []claims.Span{{Start: 9, End: 9 + len(hostile)}}},
					{Where: "source", URL: "https://wire.example/story", SourceID: srcWire, Publisher: "Wire", Value: "We acted in self-defence",
						Marks: []claims.Span{{Start: 12, End: 24}}},
				}},
			{ID: discDate, Kind: claims.DiscDate, Severity: claims.Low,
				Summary:  "“January 4, 2023” is a year off.",
				Evidence: []claims.Evidence{{Where: "article", Value: "2023-01-04", Text: "On January 4, 2023"}}},
		},
		Text:    sampleText,
		Uncited: []string{"Agence " + hostile},
	}
	r.Summarise()
	return r
}
