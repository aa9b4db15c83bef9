package audit

import (
	"testing"
	"time"

	"github.com/provenance-audit/provenance/claims"
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
	text := "Hundreds flee Semeru eruption\n\nThe volcano erupted on Monday, " + agency + " said.\n\n" +
		agency + " also said Malang's Juanda Soebroto airport had been closed on Tuesday because of volcanic ash.\n"
	tests := []struct {
		name, release string
		want          bool
	}{
		{"the page lacks the airport", release(""), true},
		{"the page names the airport", release("Bandara Juanda Soebroto di Malang ditutup akibat abu vulkanik. "), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, r := verifyStory(t, story{text: text, published: day, lang: "en", outlets: []string{agency, "Island Post"}},
				page{url: "https://bencana.example/siaran-pers", publisher: agency, lang: "id", published: day, text: tt.release},
				page{url: "https://live.example/semeru", publisher: "Island Post", lang: "en", published: day, text: wire})
			if got := hasFinding(r, claims.DiscAttribution); got != tt.want {
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
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			// The story names the tribunal in English, on its link.
			p := page{url: "https://tribunal.example/decision", publisher: tribunal, lang: "fr", published: day.AddDate(0, 0, -4), text: decision, citedAs: "Administrative Labour Tribunal"}
			text := "Lab strike\n\nThe 48-hour strike by the FPLIQ began at 12:01 a.m. Thursday and ends at 11:59 p.m. on " + tt.storyDate + ", according to the Administrative Labour Tribunal.\n"
			_, r := verifyStory(t, story{text: text, published: day, lang: "en", outlets: []string{tribunal, p.citedAs}}, p)
			if got := hasFinding(r, claims.DiscDate); got != tt.want {
				t.Errorf("date finding: %v, want %v (%d findings)", got, tt.want, len(r.Discrepancies))
			}
		})
	}
}
