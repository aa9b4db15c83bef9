package audit

import (
	"strings"
	"testing"
	"time"

	"github.com/provenance-audit/provenance/claims"
)

// TestHeadlineFigures: a figure in the headline or dek is a claim. One the
// body gives too is judged there, and no number finding is its own; one no
// body figure carries is judged against the sources.
func TestHeadlineFigures(t *testing.T) {
	mon := time.Date(2026, 7, 13, 9, 0, 0, 0, time.UTC)
	sun := mon.Add(-24 * time.Hour)
	sources := []struct{ url, publisher, text string }{
		{"https://ministry.example/ferry-update", "Ministry of Transport",
			"By Monday afternoon rescuers had recovered three more bodies. Twelve people have died and one person is still missing, the ministry said. Divers searched the river for a second day."},
		{"https://wire.example/ferry-capsizes", "Harbour Wire",
			"Nine people died and four people were missing on Sunday after the ferry overturned in a squall. Eighty-four people were rescued, officials said."},
	}
	tests := []struct {
		name      string
		story     string
		headline  string // a figure that must be read from the heading lines
		wantValue string // a number finding on the headline's claim must show it; "" for none on it
	}{
		{"the dek sums up the body",
			"Ferry toll rises as search goes on\n\nOne passenger still missing; the ferry was overloaded\n\nTwelve people have died after the ferry capsized, and one person is still missing, the Ministry of Transport said on Monday.\n",
			"One", ""},
		{"the headline gives its own toll",
			"Ferry toll rises to 15 as search goes on\n\nDivers return to the river\n\nRescuers recovered three more bodies on Monday, the Ministry of Transport said, and one person is still missing.\n",
			"15", "15"},
	}
	var pages []page
	for i, s := range sources {
		pub := mon
		if i == 1 {
			pub = sun
		}
		pages = append(pages, page{url: s.url, publisher: s.publisher, text: s.text, published: pub})
	}
	numberFindings := func(text string) (*claims.Analysis, []string) {
		t.Helper()
		analysis, r := verifyStory(t, story{text: text, published: mon.Add(20 * time.Hour), outlets: []string{"Ministry of Transport", "Harbour Wire"}}, pages...)
		headline := map[string]bool{}
		for _, c := range r.Claims {
			if c.Figure != nil && c.Figure.Headline {
				headline[c.ID] = true
			}
		}
		var found []string
		for _, d := range r.Discrepancies {
			for _, id := range d.ClaimIDs {
				if d.Kind == claims.DiscNumber && headline[id] {
					found = append(found, d.Summary)
					break
				}
			}
		}
		return analysis, found
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			analysis, found := numberFindings(tt.story)
			read := false
			for _, f := range analysis.Figures {
				if f.Text == tt.headline && f.Headline {
					read = true
				}
			}
			if !read {
				t.Errorf("headline figure %q not read", tt.headline)
			}
			switch {
			case tt.wantValue == "" && len(found) > 0:
				t.Errorf("number findings on the headline %q, want none", found)
			case tt.wantValue != "" && (len(found) == 0 || !strings.Contains(strings.Join(found, " "), tt.wantValue)):
				t.Errorf("number findings %q, want one showing %s", found, tt.wantValue)
			}
		})
	}
}

// TestDateAgainstTheCreditedPage: a date in a long sentence is set against
// the credited page's date of the same thing, weighed by the date's own
// clause ("identified the attack in the early hours of Sunday 1
// November, declared …").
func TestDateAgainstTheCreditedPage(t *testing.T) {
	day := time.Date(2026, 11, 6, 9, 0, 0, 0, time.UTC)
	const trust = "Calder Valley Hospitals Trust"
	tests := []struct {
		name, pageDay string
		want          bool
	}{
		{"the page has another day", "Monday 2 November", true},
		{"the page has the same day", "Sunday 1 November", false},
	}
	// A date whose clause says nothing but the date is not set against
	// another day of the page in that month.
	t.Run("a clause of a date only", func(t *testing.T) {
		_, r := verifyStory(t, story{text: "Strike\n\nThe strike, which began on Monday 2 November, has closed 40 schools, the Teachers Union said.\n", published: day, lang: "en", outlets: []string{"Teachers Union"}},
			page{url: "https://union.example/news", publisher: "Teachers Union", lang: "en", published: day, text: "A rally will be held on Saturday 14 November in the city centre."})
		for _, d := range r.Discrepancies {
			if d.Kind == claims.DiscDate {
				t.Errorf("date finding: %s", d.Summary)
			}
		}
	})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := "Update on the cyber incident.\n\nIn the early hours of " + tt.pageDay + ", our IT team identified unusual activity on our network. We are sorry for the disruption to patients."
			s := "Hospital hack\n\nThe trust identified the attack in the early hours of Sunday 1 November, declared a critical incident and took its patient record, pathology and radiology systems offline as a precaution, the " + trust + " said.\n"
			_, r := verifyStory(t, story{text: s, published: day, lang: "en", outlets: []string{trust}},
				page{url: "https://calder.example/update", publisher: trust, lang: "en", published: day.AddDate(0, 0, -2), text: text})
			if got := hasFinding(r, claims.DiscDate); got != tt.want {
				t.Errorf("date finding: %v, want %v", got, tt.want)
			}
		})
	}
}

// TestScaleSlipInEnglish: a sum in the page's digits at a scale a
// thousand apart, said of the same thing, is one sum misread; a sum of
// another thing that shares a digit is not.
func TestScaleSlipInEnglish(t *testing.T) {
	day := time.Date(2026, 10, 23, 9, 0, 0, 0, time.UTC)
	tests := []struct {
		name, page, story string
		want              bool
	}{
		{"million for billion",
			"Karrin Resources reported revenue of A$2,145 million and underlying EBITDA of A$1,062 million for the September quarter.",
			"Revenue rose to A$2.15 billion and underlying EBITDA came in at A$1.06 million in the September quarter, Karrin Resources said.", true},
		{"another sum with a digit in common",
			"The Finance Ministry said each affected family will receive $2,000 from the fund.",
			"The government will spend $2 million on flood relief, the Finance Ministry said.", false},
		{"two sums of one cause",
			"Karrin Resources said the hospital's new cancer wing, a $3.5 billion project, opens in 2028.",
			"A local businessman donated $3.5 million to the hospital's new cancer wing, Karrin Resources said.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			publisher := "Karrin Resources"
			if strings.Contains(tt.story, "Finance Ministry") {
				publisher = "Finance Ministry"
			}
			_, r := verifyStory(t, story{text: "Results\n\n" + tt.story + "\n", published: day, lang: "en", outlets: []string{publisher}},
				page{url: "https://company.example/report", publisher: publisher, lang: "en", published: day, text: tt.page})
			if got := hasFinding(r, claims.DiscNumber); got != tt.want {
				t.Errorf("number finding: %v, want %v (%v)", got, tt.want, r.Discrepancies)
			}
		})
	}
}
