package claims

import (
	"math"
	"strings"
	"testing"
	"time"
)

// TestSeventhSessionReview holds the sentences a reviewer found misread by
// this session's rules, each as it must be read.
func TestSeventhSessionReview(t *testing.T) {
	an := NewAnalyzer()
	read := func(text string) *Analysis { return an.Analyze(text, Options{}) }
	t.Run("scores ends a headline", func(t *testing.T) {
		for _, text := range []string{"Floods in Nigeria kill scores", "Late drama at Anfield as Salah scores", "Police said the dead numbered scores"} {
			read(text) // must not panic
		}
	})
	t.Run("a country after a role and its place is no person", func(t *testing.T) {
		for _, text := range []string{"“We will rebuild,” the mayor of Bucha, Ukraine, said.", "The police chief in Uvalde, Texas, said the doors were locked."} {
			for _, e := range read(text).Entities {
				if e.Kind == Person && (e.Name == "Ukraine" || e.Name == "Texas") {
					t.Errorf("%q: %q read as a person", text, e.Name)
				}
			}
		}
		if q := read("“We will rebuild,” the mayor of Bucha, Ukraine, said.").Quotes; len(q) == 0 || q[0].Speaker == "Ukraine" {
			t.Errorf("the quotation went to Ukraine: %+v", q)
		}
	})
	t.Run("feet are no forints", func(t *testing.T) {
		for _, f := range read("The plane was flying at 35,000 ft when the engine failed.").Figures {
			if f.Unit == "HUF" {
				t.Errorf("%q read as forints", f.Text)
			}
		}
	})
	t.Run("names that begin with a title word", func(t *testing.T) {
		for text, bad := range map[string]string{
			"Hon Hai said in a statement that output would rise.":         "Hai",
			"Shoppers crowded Regent Street on Saturday.":                 "Street",
			"Flights resumed at Mallam Aminu Kano International Airport.": "Aminu Kano International Airport",
			"Defence Minister Ng Eng Hen visited the base.":               "Hen",
		} {
			for _, e := range read(text).Entities {
				if e.Name == bad {
					t.Errorf("%q: read the entity %q", text, bad)
				}
			}
		}
	})
}

// TestSeventhSessionReviewFigures and dates: the rest of the reviewer's
// sentences.
func TestSeventhSessionReviewFigures(t *testing.T) {
	an := NewAnalyzer()
	figs := func(text string) []Figure { return an.Analyze(text, Options{}).Figures }
	find := func(fs []Figure, text string) *Figure {
		for i := range fs {
			if fs[i].Text == text {
				return &fs[i]
			}
		}
		return nil
	}
	if f := find(figs("The storm's center passed 50 miles south of Tampa."), "50 miles"); f == nil || f.Low != 50 {
		t.Errorf("a distance passed is a floor: %+v", f)
	}
	if f := find(figs("Police received 119 calls and issued 102 alerts."), "119"); f == nil {
		t.Errorf("a count of calls lost as an emergency number")
	}
	for _, text := range []string{"Haaland scores hat-trick as City beat Ipswich", "Boeing 737 MAX 9 grounded after door plug blows out"} {
		for _, f := range figs(text) {
			if f.Text == "scores" || f.Text == "737" {
				t.Errorf("%q: read the figure %q", text, f.Text)
			}
		}
	}
	if f := find(figs("The ruling party took 45 seats and the opposition, 30."), "30"); f != nil && f.Counts == "age" {
		t.Errorf("the opposition's 30 read as an age")
	}
	for _, f := range figs("Customs officers seized 300 500 euro notes.") {
		if f.Value == 300500 {
			t.Errorf("a count of notes read as one sum: %q", f.Text)
		}
	}
	if f := find(figs("Several hundred thousand Rohingya fled."), "Several hundred thousand"); f == nil || f.Low != 300000 || !math.IsInf(f.High, 1) {
		t.Errorf("several hundred thousand: %+v", f)
	}
}

func TestSeventhSessionReviewDates(t *testing.T) {
	an := NewAnalyzer()
	dates := func(text string, pub time.Time) []DateMention { return an.Analyze(text, Options{Published: pub}).Dates }
	for _, d := range dates("The boy was last seen on April 20, police said.", time.Date(2024, 3, 1, 12, 0, 0, 0, time.UTC)) {
		if d.Text == "April 20" && d.Date.Year() != 2023 {
			t.Errorf("a day seen in the past read as %s", d.ISO())
		}
	}
	timeline := "How the case unfolded:\n\nOctober 2, 2023\n\nThe trial opened.\n\nOn Monday, the Supreme Court declined to hear the appeal."
	for _, d := range dates(timeline, time.Date(2024, 10, 7, 12, 0, 0, 0, time.UTC)) {
		if d.Text == "Monday" && d.ISO() != "2024-10-07" {
			t.Errorf("a timeline entry re-anchored Monday to %s", d.ISO())
		}
	}
	for _, d := range dates("THOUSANDS MARCH 20 KILOMETRES TO PARLIAMENT", time.Date(2024, 5, 7, 12, 0, 0, 0, time.UTC)) {
		t.Errorf("a capitalised verb read as the date %q", d.Text)
	}
}

func TestSeventhSessionReviewSpeakers(t *testing.T) {
	an := NewAnalyzer()
	a := an.Analyze("Reuters asked Tesla for comment on the recall. Here is the full text of the note the company sent to owners:\n\n“We are replacing the latch at no cost.”", Options{})
	for _, q := range a.Quotes {
		if q.Speaker == "Reuters" {
			t.Errorf("the company's note credited to Reuters")
		}
	}
	a = an.Analyze("“They say it: ‘Ukraine will never be part of NATO,’ but they do not act on it,” Zelensky said.", Options{})
	for _, q := range a.Quotes {
		if strings.HasPrefix(q.Text, "Ukraine will never") && q.Speaker == "Zelensky" {
			t.Errorf("what others say given to the speaker")
		}
	}
	a = an.Analyze("Lyle Menendez and Erik Menendez were convicted in 1996. Erik wrote to the court this year.\n\nErik Menendez's lawyer, Mark Geragos, said Menendez deserved a new hearing. Erik thanked supporters.", Options{})
	for _, e := range a.Entities {
		if e.Name == "Lyle Menendez" {
			for _, m := range e.Mentions {
				if m.Text == "Menendez" {
					t.Errorf("a surname said of Erik moved to Lyle")
				}
			}
		}
	}
}

// TestSeventhSessionSecondReview holds the sentences a second reviewer
// found misread by the rules added after the first review.
func TestSeventhSessionSecondReview(t *testing.T) {
	an := NewAnalyzer()
	a := an.Analyze("“We are reviewing the report,” Transport Minister Alan Reid told reporters on Monday, after the BBC cited leaked documents.", Options{Outlets: []string{"BBC"}})
	for _, q := range a.Quotes {
		if q.AttributedTo == "BBC" {
			t.Errorf("a quotation credited to an outlet that cited something else")
		}
	}
	for _, text := range []string{"There were 1.6 million TB deaths in 2023.", "The storm's pressure fell to 940 mb."} {
		for _, f := range an.Analyze(text, Options{}).Figures {
			if f.Counts == "data" {
				t.Errorf("%q: %q read as a size of data", text, f.Text)
			}
		}
	}
	head := "Reid calls ruling ‘a disgrace’\n\nThe ruling was a blow. “This ruling is a disgrace to our country,” said Maria Lopez, a senator.\n\n“It is a disgrace,” Alan Reid said on Monday."
	for _, q := range an.Analyze(head, Options{}).Quotes {
		if q.Text == "a disgrace" && q.Speaker != "" && q.Speaker != "Alan Reid" {
			t.Errorf("the headline's quotation went to %q", q.Speaker)
		}
	}
	for _, f := range an.Analyze("Six people were killed in both deadly attacks.", Options{}).Figures {
		if f.Text == "both" && f.Counts == "deadly" {
			t.Errorf("“both deadly attacks” counts “deadly”")
		}
	}
}
