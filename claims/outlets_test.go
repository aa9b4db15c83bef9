package claims

import (
	"strings"
	"testing"
)

// TestQuoteOutlet checks the outlet a quotation is credited to across the
// ways stories name one, and the phrases that name none.
func TestQuoteOutlet(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"told wire", `“We will rebuild,” the mayor, Ana Costa, told Reuters.`, "Reuters"},
		{"media noun before name", `Pieter Vos, an economist, told the Antwerp daily De Morgen that the cuts were «short-sighted».`, "De Morgen"},
		{"words before media noun", `Rui Lopes told the Portuguese sports daily Record that the club had watched him 'more than 15 times'.`, "Record"},
		{"name before media noun", `The spokesman said in a statement carried by the rebel-run Sawt news agency that the ship was “detained lawfully”.`, "Sawt"},
		{"on state television", `In a statement read on state television Radio Kano late on Monday, the army said the convoy was “ambushed”.`, "Radio Kano"},
		{"interview with", `In an interview with Deutsche Welle, Okafor called the plan “a gamble with lives”.`, "Deutsche Welle"},
		{"speaking in a language to", `Speaking in Welsh to S4C's Newyddion, Inspector Huw Rees said those responsible would “be found”.`, "S4C"},
		{"according to a wire", `The strike “destroyed the depot”, according to the AP.`, "AP"},
		{"according to a body is a source", `The raids “likely killed a number of fighters”, according to the Defense Ministry.`, ""},
		{"reporters are not an outlet", `“Six officers were hurt,” Supt Ryan told reporters at Pearse Street station.`, ""},
		{"a committee is not an outlet", `“We were not warned,” Admiral Cole told the Senate Armed Services Committee.`, ""},
		{"said on a weekday", `“The border stays shut,” the minister, Lena Holm, said on Tuesday.`, ""},
		{"told a person named before", `President Alvarez spoke to Chancellor Brandt by phone. “We stand together,” Alvarez told Brandt.`, ""},
	}
	an := NewAnalyzer()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := an.Analyze(tt.text, Options{})
			if len(a.Quotes) == 0 {
				t.Fatalf("no quotation found in %q", tt.text)
			}
			q := a.Quotes[len(a.Quotes)-1]
			if !outletMatches(q.AttributedTo, tt.want) || (tt.want == "") != (q.AttributedTo == "") {
				t.Errorf("outlet of %q = %q, want %q", q.Text, q.AttributedTo, tt.want)
			}
		})
	}
}

// TestOutletCarriesOver checks that an outlet named once holds for the
// same speaker's next words, and for "the statement said".
func TestOutletCarriesOver(t *testing.T) {
	text := "“We counted 31 dead,” Umar Bello, the mayor of Kano, told AFP by telephone.\n\n" +
		"“The army counts only its soldiers,” he said.\n\n" +
		"In a statement carried by the state news agency NAN, the army said the convoy had “repelled the attack”.\n\n" +
		"“Our soldiers fought with courage,” the statement said."
	a := NewAnalyzer().Analyze(text, Options{})
	want := []string{"AFP", "AFP", "NAN", "NAN"}
	if len(a.Quotes) != len(want) {
		t.Fatalf("found %d quotations, want %d", len(a.Quotes), len(want))
	}
	for i, q := range a.Quotes {
		if !outletMatches(q.AttributedTo, want[i]) {
			t.Errorf("outlet of %q = %q, want %q", q.Text, q.AttributedTo, want[i])
		}
	}
}

// TestPressWordsOfTheTwelfthSet checks outlets named with words the
// reader did not know were a newspaper's or a broadcaster's.
func TestPressWordsOfTheTwelfthSet(t *testing.T) {
	tests := []struct{ text, quote, outlet string }{
		{"“We used the least force,” Anisur Rahman, a police superintendent, told the Dhaka Ledger.", "We used the least force,", "Dhaka Ledger"},
		{"‘You take one patient, sometimes two,’ the pilot, Dawa Lama, told Meridian World Service.", "You take one patient, sometimes two,", "Meridian World Service"},
	}
	an := NewAnalyzer()
	for _, tt := range tests {
		for _, q := range an.Analyze(tt.text, Options{}).Quotes {
			if q.Text == tt.quote && !strings.Contains(q.AttributedTo, tt.outlet) {
				t.Errorf("outlet of %q = %q, want %q", tt.quote, q.AttributedTo, tt.outlet)
			}
		}
	}
}
