package claims

import (
	"reflect"
	"regexp"
	"strings"
	"testing"
	"time"
)

// TestDateForms checks dates written in forms news copy uses, resolved
// against the publication day.
func TestDateForms(t *testing.T) {
	published := time.Date(2025, 5, 15, 12, 0, 0, 0, time.UTC) // a Thursday
	tests := []struct {
		name, text, words, want string
		mismatch                bool
	}{
		{"day first, plain order", "A notice dated 17/03/2025 set the rules.", "17/03/2025", "2025-03-17", false},
		{"month first, plain order", "The memo of 3/17/2025 was leaked.", "3/17/2025", "2025-03-17", false},
		{"yearless, announced", "A hearing on the order is set for June 2.", "June 2", "2025-06-02", false},
		{"a weekday in brackets", "The by-election will be held on June 2 (Monday), with counting on June 5.", "June 2 (Monday)", "2025-06-02", false},
		{"a wrong weekday in brackets", "The by-election will be held on June 2 (Tuesday).", "June 2 (Tuesday)", "2025-06-02", true},
		{"yearless, past", "The deal was signed on March 3.", "March 3", "2025-03-03", false},
		{"yearless, months ahead, no cue", "The deal was signed on November 3.", "November 3", "2024-11-03", false},
		{"yearless, weeks ahead, told as past", "The boy was last seen on June 20.", "June 20", "2024-06-20", false},
		{"a plan announced is no plan to", "The minister announced a plan for the region at a news conference on Tuesday.", "Tuesday", "2025-05-13", false},
		{"plans to", "The union plans to strike on Tuesday.", "Tuesday", "2025-05-20", false},
		{"wrong weekday", "The vote was held on Friday, 12 April 2025.", "Friday, 12 April 2025", "2025-04-12", true},
		{"forecast for a weekday", "The weather service has forecast 41 degrees in the capital on Saturday.", "Saturday", "2025-05-17", false},
		{"listed for a hearing", "The bench listed the matter for arguments on June 30.", "June 30", "2025-06-30", false},
		{"a quote's future is not the saying's", "“This court will decide on the evidence,” Judge Ramos said on Monday.", "Monday", "2025-05-12", false},
		{"a date inside a quote keeps the quote's tense", "“We will meet again on Friday,” the envoy said.", "Friday", "2025-05-16", false},
		{"a start said in the present", "The ceasefire starts Saturday at dawn.", "Saturday", "2025-05-17", false},
		{"a clause mark of a.m. is not one", "The talks resume at 9 a.m. on Monday.", "Monday", "2025-05-19", false},
		{"yesterday", "Officials said yesterday that the road was open.", "yesterday", "2025-05-14", false},
		{"a month of a year", "I read it in January of 2024, Senator.", "January of 2024", "2024-01-01", false},
		{"a day said in words", "It is dated December fourteenth, 2023, six months before.", "December fourteenth, 2023", "2023-12-14", false},
		{"a weekday that settles a year ahead", "The next season begins on Saturday 4 April, with a rematch.", "Saturday 4 April", "2026-04-04", false},
		{"a wrong weekday for a day past", "The final was played on Sunday 3 May.", "Sunday 3 May", "2025-05-03", true},
		{"a wrong weekday in a clause told in the past", "It had passed a scheduled check on Saturday, May 2, the airline said.", "Saturday, May 2", "2025-05-02", true},
	}
	an := NewAnalyzer()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := an.Analyze(tt.text, Options{Published: published})
			for _, d := range a.Dates {
				if d.Text != tt.words {
					continue
				}
				if got := d.Date.Format("2006-01-02"); got != tt.want || d.WeekdayMismatch != tt.mismatch {
					t.Errorf("%q = %s (weekday wrong: %v), want %s (%v)", tt.words, got, d.WeekdayMismatch, tt.want, tt.mismatch)
				}
				return
			}
			var got []string
			for _, d := range a.Dates {
				got = append(got, d.Text)
			}
			t.Errorf("no date %q; found %q", tt.words, got)
		})
	}
	// An order that could be either is left unread rather than guessed.
	a := an.Analyze("The memo of 03/04/2025 was leaked.", Options{Published: published})
	for _, d := range a.Dates {
		if d.Text == "03/04/2025" {
			t.Errorf("03/04/2025 read as %s; it is ambiguous", d.Date.Format("2006-01-02"))
		}
	}
}

// TestMonthOnly checks months said with no day or year: the last such
// month, or the next when the sentence speaks of what is to come.
func TestMonthOnly(t *testing.T) {
	pub := time.Date(2026, 4, 29, 0, 0, 0, 0, time.UTC)
	tests := []struct{ text, phrase, want string }{
		{"Sales have fallen since January.", "since January", "2026-01"},
		{"Exports rose in November, the ministry said.", "in November", "2025-11"},
		{"The company said it would raise prices in May.", "in May", "2026-05"},
		{"Prices will rise again in February.", "in February", "2027-02"},
		{"Since November the plant has been idle.", "Since November", "2025-11"},
		{"Workers were not paid for October.", "for October", "2025-10"},
		{"The bank expects growth to slow in December.", "in December", "2026-12"},
		{"The prize went by April Reyes to a newcomer.", "by April", ""},
		{"In April Parliament approved the budget.", "In April", "2026-04"},
		{"The bank cut its rate by more than expected in March, the governor said.", "in March", "2026-03"},
		{"\"I don't expect another move before March,\" the analyst said.", "before March", "2027-03"},
		{"Subscribers rose to 38 million, and she said she expected it to pass 40 million by December.", "by December", "2026-12"},
		{"Inflation was 4.1% in the 12 months to March, the agency said.", "months to March", "2026-03"},
		{"The mayor wrote to June Okafor, and Trump spoke to May by phone.", "to June", ""},
		{"The bank was still raising rates as recently as January.", "as recently as January", "2026-01"},
	}
	an := NewAnalyzer()
	for _, tt := range tests {
		var got string
		for _, d := range an.Analyze(tt.text, Options{Published: pub}).Dates {
			if d.Text == tt.phrase {
				got = d.ISO()
			}
		}
		if got != tt.want {
			t.Errorf("%q: %q read as %q, want %q", tt.text, tt.phrase, got, tt.want)
		}
	}
}

// TestDateBlocksMatchWholeText: reading the date patterns block by block,
// with the word prefilters, finds what reading the whole text finds
// (bar dates run across a blank line), on every labelled story.
func TestDateBlocksMatchWholeText(t *testing.T) {
	pats := []struct {
		name string
		re   *regexp.Regexp
		need func(string) bool
	}{
		{"mdy", mdyRe, hasMonth}, {"dmy", dmyRe, hasMonth}, {"mOrd", mOrdRe, hasMonth}, {"ord", ordRe, hasMonth},
		{"iso", isoRe, hasDigit}, {"num", numRe, hasDigit}, {"my", myRe, hasMonth}, {"monthOnly", monthOnlyRe, hasMonth},
		{"weekday", wdRe, hasWeekday}, {"relative", relRe, hasRelative},
	}
	texts := []string{"On Tuesday, March 5, 2024 and 4 January\n\nthe 4th of January, two days ago.\n\nLAST WEEK, Yesterday, 2024-01-04 and 17/03/2025."}
	for _, s := range loadLabelled(t) {
		texts = append(texts, s.text)
	}
	found := 0
	for _, text := range texts {
		b := newTextBlocks(text)
		for _, p := range pats {
			var want [][]int
			for _, m := range p.re.FindAllStringSubmatchIndex(text, -1) {
				if !strings.Contains(text[m[0]:m[1]], "\n\n") {
					want = append(want, m)
				}
			}
			got := b.matches(p.re, p.need)
			found += len(got)
			if !reflect.DeepEqual(got, want) {
				t.Errorf("%s: block reading found %d matches, the whole text %d (%q)", p.name, len(got), len(want), text[:min(60, len(text))])
			}
		}
	}
	if found == 0 {
		t.Fatal("no dates found at all")
	}
}

// TestAnchoredDates: "two days earlier" counts from the day the story
// named before it, not from the publication.
func TestAnchoredDates(t *testing.T) {
	pub := time.Date(2026, 6, 16, 0, 0, 0, 0, time.UTC)
	tests := []struct{ text, phrase, want string }{
		{"The fire broke out on Sunday, June 14. The weather service had issued a heat warning two days earlier.", "two days earlier", "2026-06-12"},
		{"The dam gave way on May 3. Rescuers reached the village a week later.", "a week later", "2026-05-10"},
		{"The dividend is payable on Friday, August 28, to shareholders on the register on August 14.", "August 14", "2026-08-14"},
		{"Two days before the vote, he resigned.", "Two days before", ""},
		{"Nobody came a week later, the farmers said.", "a week later", ""},
	}
	an := NewAnalyzer()
	for _, tt := range tests {
		got := ""
		for _, d := range an.Analyze(tt.text, Options{Published: pub}).Dates {
			if d.Text == tt.phrase {
				got = d.ISO()
			}
		}
		if got != tt.want {
			t.Errorf("%q: %q read as %q, want %q", tt.text, tt.phrase, got, tt.want)
		}
	}
}

// TestLiveDayHeadings: on a live page, "today" and "yesterday" under a day
// heading ("MONDAY, OCTOBER 5") are said on that day, not on the day the
// page was first published.
func TestLiveDayHeadings(t *testing.T) {
	published := time.Date(2026, 10, 4, 18, 0, 0, 0, time.UTC)
	text := "LIVE: Election night\n\nMONDAY, OCTOBER 5\n\n00:51\nWe close now. The count resumes today, a day after yesterday's vote.\n\nSUNDAY, OCTOBER 4\n\n21:47\nPolls closed today at 5 p.m."
	a := NewAnalyzer().Analyze(text, Options{Published: published})
	want := map[string][]string{"MONDAY, OCTOBER 5": {"2026-10-05"}, "SUNDAY, OCTOBER 4": {"2026-10-04"}, "today": {"2026-10-05", "2026-10-04"}, "yesterday": {"2026-10-04"}}
	seen := map[string]int{}
	for _, d := range a.Dates {
		w, ok := want[d.Text]
		if !ok {
			continue
		}
		i := seen[d.Text]
		seen[d.Text]++
		if i < len(w) && d.ISO() != w[i] {
			t.Errorf("%q (#%d) = %s, want %s", d.Text, i+1, d.ISO(), w[i])
		}
	}
	for k, w := range want {
		if seen[k] != len(w) {
			t.Errorf("%q read %d times, want %d", k, seen[k], len(w))
		}
	}
}

// TestDatesInOtherLanguages: a page cited in its own language dates
// things in its own words.
func TestDatesInOtherLanguages(t *testing.T) {
	published := time.Date(2026, 11, 6, 12, 0, 0, 0, time.UTC)
	tests := []struct{ text, words, want string }{
		{"La grève se terminera le vendredi 6 novembre 2026 à 23 h 59.", "vendredi 6 novembre 2026", "2026-11-06"},
		{"El plazo vence el 7 de septiembre de 2026.", "7 de septiembre de 2026", "2026-09-07"},
		{"Am Freitag, 6. November 2026 endet der Streik.", "Freitag, 6. November 2026", "2026-11-06"},
		{"A audiência foi marcada para 12 de março de 2026.", "12 de março de 2026", "2026-03-12"},
		{"Wyrok zapadł 5 marca 2026 roku.", "5 marca 2026", "2026-03-05"},
	}
	an := NewAnalyzer()
	for _, tt := range tests {
		a := an.Analyze(tt.text, Options{Published: published})
		got := ""
		for _, d := range a.Dates {
			if d.Text == tt.words {
				got = d.ISO()
			}
		}
		if got != tt.want {
			t.Errorf("%q: %q = %q, want %q (read %v)", tt.text, tt.words, got, tt.want, a.Dates)
		}
	}
}
