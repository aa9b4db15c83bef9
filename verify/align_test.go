package verify

import (
	"strings"
	"testing"

	"github.com/provenance-audit/provenance/claims"
)

// TestAlign: the quote comparison allows what journalism allows and flags
// what it does not.
func TestAlign(t *testing.T) {
	src := `The minister said: "We will not retreat from the reform. The plan for the tax on sugar will be organised by the treasury, and 15 years of work will not be wasted." She left at noon.`
	tests := []struct {
		name   string
		quote  string
		found  bool
		exact  bool
		neg    bool
		number bool
		diff   string // the story's differing words
	}{
		{"exact", "We will not retreat from the reform.", true, true, false, false, ""},
		{"fragment", "retreat from the reform", true, true, false, false, ""},
		{"case and marks", "we will NOT retreat from the reform", true, true, false, false, ""},
		{"ellipsis", "We will not retreat … 15 years of work will not be wasted", true, true, false, false, ""},
		{"three dots", "We will not retreat ... will not be wasted", true, true, false, false, ""},
		{"bracket replaces", "[The sugar levy] will be organised by the treasury", true, true, false, false, ""},
		{"bracket inside", "We will not retreat from [the pension] reform", true, true, false, false, ""},
		{"bracket adds", "The plan for the tax on sugar will be organised by the [finance ministry's] treasury", true, true, false, false, ""},
		{"american spelling", "will be organized by the treasury", true, true, false, false, ""},
		{"dropped negation", "We will retreat from the reform", true, false, true, false, ""},
		{"changed number", "and 12 years of work will not be wasted", true, false, false, true, "12"},
		{"number in words", "and fifteen years of work will not be wasted", true, true, false, false, ""},
		{"added word", "We will simply not retreat from the reform", true, false, false, false, "simply"},
		{"changed word", "The plan for the tax on sugar will be designed by the treasury", true, false, false, false, "designed"},
		{"not there", "The weather in the capital was fine all week long", false, false, false, false, ""},
	}
	sw := textWords(src)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			al, ok := align(quoteWords(tc.quote), sw)
			if ok != tc.found {
				t.Fatalf("found = %v, want %v (%+v)", ok, tc.found, al)
			}
			if !ok {
				return
			}
			if al.Exact() != tc.exact {
				t.Errorf("exact = %v, want %v (edits %d, diff %q)", al.Exact(), tc.exact, al.Edits, diffWords(tc.quote, al.QuoteDiff, 0))
			}
			if al.Negation != tc.neg || al.Number != tc.number {
				t.Errorf("negation %v number %v, want %v %v", al.Negation, al.Number, tc.neg, tc.number)
			}
			if tc.diff != "" && !strings.Contains(diffWords(tc.quote, al.QuoteDiff, 0), tc.diff) {
				t.Errorf("differing words %q do not include %q", diffWords(tc.quote, al.QuoteDiff, 0), tc.diff)
			}
		})
	}
}

func TestNormWord(t *testing.T) {
	for in, want := range map[string]string{"Organise": "organize", "colour": "color", "Centre": "center", "Four": "4", "don’t": "don't", "Café": "cafe"} {
		if got := normWord(in); got != want {
			t.Errorf("normWord(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestAlignLastWordChanged: a quotation whose last word differs shows the
// source's word in its place, not nothing.
func TestAlignLastWordChanged(t *testing.T) {
	src := textWords(`“Half of the town is still cut off. We can only reach the coastal villages by boat,” the mayor said.`)
	q := "We can only reach the coastal villages by helicopter"
	al, ok := align(quoteWords(q), src)
	if !ok {
		t.Fatal("not found")
	}
	text := `“Half of the town is still cut off. We can only reach the coastal villages by boat,” the mayor said.`
	if got := diffWords(text, al.SourceDiff, 0); !strings.Contains(got, "boat") {
		t.Errorf("source's differing words %q, want boat", got)
	}
	if got := diffWords(q, al.QuoteDiff, 0); !strings.Contains(got, "helicopter") {
		t.Errorf("story's differing words %q, want helicopter", got)
	}
}

// TestShowTail: a changed quotation that stops a few words short of the
// source's shows the source's last words; one cut short with no other
// change is a fair excerpt and keeps its end.
func TestShowTail(t *testing.T) {
	text := `"We have lost 1,100 technologists in three years, and the offer does nothing to bring them back," the union's president said.`
	an := claims.NewAnalyzer().Analyze(text, claims.Options{})
	if len(an.Quotes) == 0 {
		t.Fatal("no quotation in the source")
	}
	tests := []struct {
		quote, wantEnd string
	}{
		{"We have lost 1,100 technologists in three years, and the offer does nothing to keep them.", "bring them back"},
		{"We have lost 1,100 technologists in three years, and the offer does nothing to bring them", "bring them"},
	}
	for _, tt := range tests {
		al, ok := align(quoteWords(tt.quote), textWords(text))
		if !ok {
			t.Fatalf("%q: not found", tt.quote)
		}
		f := found{al: al, text: text[al.Start:al.End], sq: &an.Quotes[0]}
		f.showTail(text)
		if !strings.HasSuffix(f.text, tt.wantEnd) {
			t.Errorf("%q: source value %q, want it to end %q", tt.quote, f.text, tt.wantEnd)
		}
	}
}

// TestAlignCompounds: one word written as two ("per cent", "Black
// Nettle") is no change of the words; a changed word still is.
func TestAlignCompounds(t *testing.T) {
	tests := []struct {
		quote, source string
		exact         bool
	}{
		{"Prices rose 5 per cent in a month", `"Prices rose 5 percent in a month," she said.`, true},
		{"Nobody should pay Black Nettle a penny", `"Nobody should pay BlackNettle a penny," he said.`, true},
		{"Nobody should pay Black Nettle a pound", `"Nobody should pay BlackNettle a penny," he said.`, false},
	}
	for _, tt := range tests {
		al, ok := align(quoteWords(tt.quote), textWords(tt.source))
		if !ok || al.Exact() != tt.exact {
			t.Errorf("%q against %q: exact %v, want %v", tt.quote, tt.source, ok && al.Exact(), tt.exact)
		}
	}
}

// TestAlignCompoundsThatChangeMeaning: "no body" is not "nobody", "may
// be" not "maybe".
func TestAlignCompoundsThatChangeMeaning(t *testing.T) {
	for _, tt := range [][2]string{
		{"No body was found", `"Nobody was found," he said.`},
		{"It may be over", `"It maybe over," she said.`},
	} {
		if al, ok := align(quoteWords(tt[0]), textWords(tt[1])); ok && al.Exact() {
			t.Errorf("%q against %q read as the same words", tt[0], tt[1])
		}
	}
}
