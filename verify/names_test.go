package verify

import (
	"math"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/provenance-audit/provenance/claims"
)

// TestSameRoleMisspelt: a surname misspelt for someone the story and a
// source give the same given name and role is one person; a shared given
// name alone, or another role, is not.
func TestSameRoleMisspelt(t *testing.T) {
	ent := func(name string, titles ...string) *claims.Entity {
		return &claims.Entity{Kind: claims.Person, Name: name, Titles: titles}
	}
	tests := []struct {
		a, b *claims.Entity
		want bool
	}{
		{ent("Mélanie Desroches", "Public Security Minister"), ent("Melanie Desrosiers", "Minister of Public Security"), true},
		{ent("Kofi Asamoah", "Health Minister"), ent("Kofi Asamuah", "Health Minister"), true},
		{ent("Kofi Asamoah", "Health Minister"), ent("Kofi Asante", "Health Minister"), false}, // two surnames, not one misspelt
		{ent("Kofi Asamoah", "Health Minister"), ent("Kofi Asante", "police spokesman"), false},
		{ent("Kofi Asamoah", "Health Minister"), ent("Ama Asamoah", "Health Minister"), false},
		{ent("Kofi Asamoah", "Health Minister"), ent("Kofi Mensah", "Health Minister"), false},
		{ent("Kofi Asamoah"), ent("Kofi Asante", "Health Minister"), false},
		{ent("Chidi Okonkwo"), ent("Chidi Okonkow"), false}, // two letters swapped: two apart
		{ent("Chidi Anyawu"), ent("Chidi Anyanwu"), true},
		{ent("Ahmed Khalil", "a police spokesman in Mosul"), ent("Ahmed Khalifa", "a police spokesman in Basra"), false},
		{ent("Ahmed Khalil", "a police spokesman in Mosul"), ent("Ahmed Khalill", "police spokesman in Mosul"), true},
		{ent("Hartanto", "regent of Lumajang"), ent("Hartono", "Lumajang Regent"), true}, // people of one name
		{ent("Hartanto", "regent of Lumajang"), ent("Hartono", "police chief"), false},
		{ent("Hartanto", "regent of Lumajang"), ent("Hartono", "regent of Malang"), false}, // another place
		{ent("Suharto", "regent of Lumajang"), ent("Suharto", "Lumajang Regent"), false},   // the same name
	}
	for _, tt := range tests {
		if got := sameRoleMisspelt(tt.a, tt.b); got != tt.want {
			t.Errorf("sameRoleMisspelt(%q %q, %q %q) = %v, want %v", tt.a.Name, tt.a.Titles, tt.b.Name, tt.b.Titles, got, tt.want)
		}
	}
}

// TestProperNamesOfListedFigures: "X won 11,238 votes and Y, also an
// independent, received 7,620": each figure is said of its own candidate.
func TestProperNamesOfListedFigures(t *testing.T) {
	text := "Joseph Ouma Otieno of the Nairobi Forward Alliance won 11,238 votes and Faith Wambui Karanja, also an independent, received 7,620."
	a := claims.NewAnalyzer().Analyze(text, claims.Options{})
	var names []map[string]bool
	for i := range a.Figures {
		names = append(names, properNames(a, &a.Figures[i]))
	}
	if len(names) != 2 {
		t.Fatalf("figures %d, want 2", len(a.Figures))
	}
	if sharesAny(names[0], names[1]) {
		t.Errorf("two candidates' figures share names: %v, %v", names[0], names[1])
	}
}

// TestFigureNamesOfTheSpeaker: a place in the source's description is
// not what the figure is of; a place before the speaker still is.
func TestFigureNamesOfTheSpeaker(t *testing.T) {
	an := claims.NewAnalyzer()
	names := func(text, fig string) map[string]bool {
		return properNames(figureIn(t, an, text, fig))
	}
	if n := names("The Kivu Monitor, a group with researchers in Ituri province, said at least 9 people were killed.", "at least 9"); n["place:ituri"] {
		t.Errorf("the monitor's province named as the figure's place: %v", n)
	}
	if n := names("In Ituri province, officials said three people were killed.", "three"); !n["place:ituri"] {
		t.Errorf("the place before the speaker lost: %v", n)
	}
	if n := names("Officials in Ituri province said three people were killed.", "three"); !n["place:ituri"] {
		t.Errorf("the officials' province, where the three died, lost: %v", n)
	}
	if n := names("Ahmed Khalil, 45, a farmer from Ituri province, said 12 people died.", "12"); len(n) != 0 {
		t.Errorf("the speaker's name or home taken as the figure's: %v", n)
	}
}

// TestSameNamed: figures each said just after one person's name are the
// same quantity; a figure with another figure between it and the name is
// not said of the name.
func TestSameNamed(t *testing.T) {
	an := claims.NewAnalyzer()
	ref := func(text, fig string) *figRef {
		a, f := figureIn(t, an, text, fig)
		return &figRef{f: f, an: a}
	}
	story := ref("His closest rival, Amina Wanjiru Mwangi of the Unity Party, received 214,118 votes.", "214,118")
	source := ref("The count gave the seat to Kamau against Unity Party candidate Amina Wanjiru Mwangi's 241,118 votes.", "241,118")
	if !sameNamed(story, source) {
		t.Errorf("two counts of one candidate's votes not matched by her name")
	}
	margin := ref("Kamau's margin of victory was 51,002 votes out of more than 700,000 valid votes.", "more than 700,000")
	total := ref("Daniel Kamau won 380,440 votes.", "380,440")
	if sameNamed(margin, total) {
		t.Errorf("a total after a margin matched as the candidate's own")
	}
}

// TestCredits: a sentence that gives the credited body as its source
// relays it; one that only mentions a word of its kind does not.
func TestCredits(t *testing.T) {
	tests := []struct {
		sent  string
		names []string
		want  bool
	}{
		{"The fee could rise by up to 10 million euros in add-ons, Porto said.", []string{"FC Porto"}, true},
		{"According to Porto, the fee could rise.", []string{"", "FC Porto"}, true},
		{"The fee paid to Porto could rise, the buying club said.", []string{"FC Porto"}, false},
		{"The World Health Organization said 40 people had died.", []string{"Ministry of Health"}, false},
		{"Forty people had died, the agency said.", []string{"Ministry of Health"}, false},
		{"The army fired first, Israel's military said.", []string{"Israel Police"}, false},
		{"The International Committee of the Red Cross said 40 people had died.", []string{"Kenya Red Cross Society"}, false},
		{"The Syrian Observatory for Human Rights said 12 were killed.", []string{"Human Rights Watch"}, false},
		{"A Porto supporter told reporters the fee was too high.", []string{"FC Porto"}, false},
		{"The suspects were detained at dawn, police said.", []string{"Israel Police"}, true},
		{"Four people died, the Kenya Red Cross Society said.", []string{"Kenya Red Cross Society"}, true},
	}
	for _, tt := range tests {
		if got := credits(tt.sent, tt.names...); got != tt.want {
			t.Errorf("credits(%q, %q) = %v, want %v", tt.sent, tt.names, got, tt.want)
		}
	}
}

// TestOtherUnit: a figure in another unit does not bear a figure out.
func TestOtherUnit(t *testing.T) {
	fig := func(unit string) *claims.Figure { return &claims.Figure{Value: 15, Low: 15, High: 15, Unit: unit} }
	tests := []struct {
		a, b string
		want bool
	}{
		{"percent", "EUR", true},
		{"percent", "", true},
		{"km", "km/h", true},
		{"EUR", "EUR", false},
		{"", "", false},
		{"EUR", "", false}, // "€15m" against "15 million": the unit left unsaid
	}
	for _, tt := range tests {
		if got := otherUnit(fig(tt.a), fig(tt.b)); got != tt.want {
			t.Errorf("otherUnit(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

// TestOtherMiddle: the same given name and surname with other names
// between are two names; a short form or an initial is one.
func TestOtherMiddle(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"José Arnaldo Queiroz Barreto", "José Roberto Barreto", true},
		{"Ana Paula Souza", "Ana Beatriz Souza", true},
		{"José Arnaldo Queiroz Barreto", "José Arnaldo Barreto", false}, // a short form
		{"José Arnaldo Barreto", "José A. Barreto", false},              // an initial
		{"José Arnaldo Barreto", "José Arnoldo Barreto", false},         // a spelling
		{"José Barreto", "José Roberto Barreto", false},                 // nothing between on one side
		{"Maria do Socorro Arruda", "Maria da Graça Arruda", true},
		{"Ana Paula Souza", "Ana Paula Lima", false},
		{"Ana Lucía Herrera Vidal", "Ana María Herrera Vidal", true}, // the shared surname aside
		{"Ana Lucía Herrera Vidal", "Ana Herrera Vidal", false},
	}
	for _, tt := range tests {
		if got := otherMiddle(tt.a, tt.b); got != tt.want {
			t.Errorf("otherMiddle(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

// TestNamedApart: people are compared with people, places with places;
// a person on one side and a place on the other says nothing.
func TestNamedApart(t *testing.T) {
	set := func(keys ...string) map[string]bool {
		m := map[string]bool{}
		for _, k := range keys {
			m[k] = true
		}
		return m
	}
	tests := []struct {
		a, b map[string]bool
		want bool
	}{
		{set("person:barreto"), set("place:vitoria"), false},
		{set("person:barreto"), set("person:arruda"), true},
		{set("place:kharkiv"), set("place:kherson"), true},
		{set("person:barreto", "place:recife"), set("person:barreto", "place:vitoria"), false},
		{set("person:barreto", "place:recife"), set("place:vitoria"), true},
		{set(), set("place:vitoria"), false},
	}
	for _, tt := range tests {
		if got := namedApart(tt.a, tt.b); got != tt.want {
			t.Errorf("namedApart(%v, %v) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

// TestYearsAClaimGives: a year said as a time is a fact the credited
// source must give; the date a statement was released on is not.
func TestYearsAClaimGives(t *testing.T) {
	for _, tt := range []struct {
		text string
		want string
	}{
		{"The firm received its first complaint in 2023 but waited a year.", "2023"},
		{"Sales have doubled since 2019, the company said.", "2019"},
		{"The 2023 models were recalled.", ""},
		{"It sold 2023 units.", ""},
		{"In 2024, 1,200 people moved.", "2024"},
	} {
		got := ""
		if m := yearIn.FindStringSubmatch(tt.text); m != nil {
			got = m[1]
		}
		if got != tt.want {
			t.Errorf("%q: year %q, want %q", tt.text, got, tt.want)
		}
	}
	for text, want := range map[string]bool{"in a statement released on ": true, "in a note dated ": true, "the group said on ": false} {
		if got := releaseDate.MatchString(text); got != want {
			t.Errorf("releaseDate(%q) = %v, want %v", text, got, want)
		}
	}
}

// TestPartsCompared: a part is compared with a part of the same noun,
// never with a total or a part of something else.
func TestPartsCompared(t *testing.T) {
	part := func(of string) *claims.Figure { return &claims.Figure{Counts: "vehicle", Of: of, Scope: "subset"} }
	if !comparableKind(part("vehicles")) {
		t.Errorf("a part of vehicles is not compared")
	}
	if comparableKind(&claims.Figure{Counts: "count", Scope: "subset"}) {
		t.Errorf("a part with no noun is compared")
	}
}

// TestSmallFiguresBorneOut: a small number in a credited source bears a
// claim's figure out only if it counts the same thing; a contract's
// length in years is its length in seasons.
func TestSmallFiguresBorneOut(t *testing.T) {
	an := claims.NewAnalyzer()
	fig := func(text, want string) (*claims.Analysis, *claims.Figure) {
		return figureIn(t, an, text, want)
	}
	sa, trucks := fig("Protesters also burned a warehouse and two trucks, the agency reported.", "two")
	ga, sides := fig("Police and protesters clashed for hours and both sides blamed each other.", "both")
	if sameThingCounted(sa, trucks, ga, sides) {
		t.Errorf("“both sides” bears out “two trucks”")
	}
	ta, trucksToo := fig("Crowds set fire to two trucks near the gate.", "two")
	if !sameThingCounted(sa, trucks, ta, trucksToo) {
		t.Errorf("two trucks do not bear out two trucks")
	}
	_, contract := fig("He has signed a five-year contract.", "five-year")
	_, seasons := fig("He will join the club for the next five seasons.", "five")
	if !sameTimeUnit(contract, seasons) {
		t.Errorf("a five-year contract is not five seasons")
	}
	_, days := fig("He will stay for five days.", "five")
	if sameTimeUnit(contract, days) {
		t.Errorf("a five-year contract read as five days")
	}
	text := "The firm will pay 20 million soles (about $5.4 million at 3.7 soles to the dollar)."
	a := an.Analyze(text, claims.Options{})
	for i := range a.Figures {
		if f := &a.Figures[i]; strings.HasPrefix(f.Text, "3.7") && !isConversion(text, f) {
			t.Errorf("the writer's exchange rate is read as a claim")
		}
		if f := &a.Figures[i]; strings.HasPrefix(f.Text, "20 million") && isConversion(text, f) {
			t.Errorf("the amount itself read as a conversion")
		}
	}
}

// TestBackgroundYears: a year in a relative clause or a description is
// background, not what the credited source is said to say.
func TestBackgroundYears(t *testing.T) {
	for text, want := range map[string]bool{
		"Kamau, who lost the race in 2017, won 380,440 votes, according to the commission.":        true,
		"The carmaker, which has built cars in Osaka since 1952, said it would recall 1,000 cars.": true,
		"The group, founded in 1998, said it had received its first complaint in 2023.":            true,
		"Naniwa received its first warranty claim in 2023 but did not act, the wire reported.":     false,
	} {
		m := relativeClause.FindStringIndex(text)
		in := false
		if m != nil {
			for _, y := range yearIn.FindAllStringSubmatchIndex(text, -1) {
				if y[2] >= m[0] && y[2] < m[1] {
					in = true
				}
			}
		}
		if in != want {
			t.Errorf("%q: a year in a description = %v, want %v", text, in, want)
		}
	}
}

// TestOtherMiddleNotKin: lineages, patronymics and syllables of a given
// name make other people, not other names.
func TestOtherMiddleNotKin(t *testing.T) {
	for _, p := range [][2]string{
		{"Hamdan bin Mohammed Al Maktoum", "Hamdan bin Rashid Al Maktoum"},
		{"Ivan Petrovich Sidorov", "Ivan Ivanovich Sidorov"},
		{"Nguyen Van Thanh", "Nguyen Duc Thanh"},
		{"Park Geun Hye", "Park Ji Hye"},
	} {
		if otherMiddle(p[0], p[1]) {
			t.Errorf("otherMiddle(%q, %q) = true", p[0], p[1])
		}
	}
}

// TestFiguresOfOtherThings: sums of money are the same count only in one
// currency and order; a figure after the credit in a clause of its own
// is another's; a credit closing a part is not its content.
func TestFiguresOfOtherThings(t *testing.T) {
	money := func(v float64, unit string) *claims.Figure {
		return &claims.Figure{Value: v, Low: v, High: v, Counts: "money", Unit: unit}
	}
	if sameCountDiffers(money(4e6, "KRW"), money(1.98e12, "KRW")) {
		t.Errorf("a 4 million won allowance is the same count as a 1.98 trillion won package")
	}
	if !sameCountDiffers(money(4e6, "KRW"), money(5e6, "KRW")) {
		t.Errorf("4 and 5 million won are not the same count")
	}
	if sameCountDiffers(money(4e6, "KRW"), money(4e6, "USD")) {
		t.Errorf("won and dollars are the same count")
	}
	killed := func(v float64) *claims.Figure { return &claims.Figure{Value: v, Low: v, High: v, Counts: "killed"} }
	if !sameCountDiffers(killed(32), killed(23)) {
		t.Errorf("two tolls are not the same count")
	}
	if !otherUnit(money(4e6, "KRW"), &claims.Figure{Value: 2000, Low: 2000, High: math.Inf(1), Counts: "doctor"}) {
		t.Errorf("“thousands of doctors” is in the unit of a sum of money")
	}

	text := "At least 32 people have died, the agency said in its report, as an aid group appealed for $1.1m to help families."
	fig := strings.Index(text, "$1.1m")
	if !otherClauseAfterCredit(text, claims.Span{Start: 0, End: len(text)}, claims.Span{Start: fig, End: fig + 5}) {
		t.Errorf("the aid group's $1.1m read as the agency's")
	}
	if otherClauseAfterCredit(text, claims.Span{Start: 0, End: len(text)}, claims.Span{Start: 9, End: 11}) {
		t.Errorf("the agency's own toll read as another's")
	}
	if m := creditTail.FindStringIndex("wounded 75 others, the office said in a flash update on Wednesday."); m == nil {
		t.Errorf("a closing credit not found")
	}
}

// TestSharesCompared: a third cancelled and two in three run are the two
// sides of one count; shares of one named group are one quantity.
func TestSharesCompared(t *testing.T) {
	share := func(lo, hi float64, of string) *claims.Figure {
		return &claims.Figure{Value: (lo + hi) / 2, Low: lo, High: hi, Counts: "percent", Unit: "percent", Of: of}
	}
	if !complements(share(30, 33.3, "trains"), share(60, 73.4, "trains")) {
		t.Errorf("a third and two in three are not complements")
	}
	if complements(share(24, 24, "drivers"), share(42, 42, "drivers")) {
		t.Errorf("24%% and 42%% read as complements")
	}
	if !sameShareOf(share(24, 24, "drivers"), share(42, 42, "of drivers")) {
		t.Errorf("two shares of drivers are not one quantity")
	}
	if sameShareOf(share(24, 24, "people"), share(42, 42, "people")) {
		t.Errorf("two shares of people in general read as one quantity")
	}
	for text, want := range map[string]bool{
		"said in an interview broadcast ":     true,
		"according to a report published on ": false, // the report is not the page
		"the strike began on ":                false,
	} {
		if got := issuedVerb.MatchString(text); got != want {
			t.Errorf("issuedVerb(%q) = %v, want %v", text, got, want)
		}
	}
}

// TestKinAndLineage: the guards on one person under two names.
func TestKinAndLineage(t *testing.T) {
	for text, want := range map[string]bool{
		"His brother, Carlos Eduardo Souza, said": true,
		"the coach's daughter said":               true,
		"the coach, who runs a camp, said":        false,
	} {
		if got := kinWords.MatchString(text); got != want {
			t.Errorf("kinWords(%q) = %v, want %v", text, got, want)
		}
	}
}

// TestSumOfTwo: a figure two of a source's figures add up to is borne
// out; a far smaller floor, or two figures of other things, is not.
func TestSumOfTwo(t *testing.T) {
	an := claims.NewAnalyzer()
	src := an.Analyze("The fee is 82 million euros. It may rise by up to 10 million euros in add-ons.\n\nHouses destroyed 3,180. Houses damaged 7,425.", claims.Options{})
	story := func(text, fig string) *claims.Figure {
		_, f := figureIn(t, an, text, fig)
		return f
	}
	if !sumOfTwo(story("The deal could be worth €92m.", "€92m"), src) {
		t.Errorf("€92m is not 82 + 10 million euros")
	}
	if !sumOfTwo(story("More than 10,000 houses were destroyed or damaged.", "More than 10,000"), src) {
		t.Errorf("more than 10,000 houses is not 3,180 + 7,425")
	}
	if sumOfTwo(story("More than 1,000 houses were destroyed.", "More than 1,000"), src) {
		t.Errorf("a floor far below the sum read as the sum")
	}
	if sumOfTwo(story("The deal could be worth $92m.", "$92m"), src) {
		t.Errorf("dollars added up from euros")
	}
}

// TestSecondReviewOfVerify: a flipped exact share is weighed, and a
// police commissioner and a shopkeeper who share a surname are two.
func TestSecondReviewOfVerify(t *testing.T) {
	exact := func(v float64) *claims.Figure {
		return &claims.Figure{Value: v, Low: v, High: v, Counts: "percent", Unit: "percent"}
	}
	if complements(exact(60), exact(40)) {
		t.Errorf("60%% and 40%% read as two sides of one count")
	}
	ent := func(name string, titles ...string) *claims.Entity {
		return &claims.Entity{Kind: claims.Person, Name: name, Titles: titles}
	}
	if rolesAgree(ent("Arjun Singh", "Police Commissioner"), ent("Gurpreet Singh", "a shopkeeper in the market")) {
		t.Errorf("a commissioner and a shopkeeper agree in role")
	}
	if !rolesAgree(ent("Kwabena Ofori-Atta", "NADMO's public relations officer"), ent("Kwame Ofori-Atta", "NADMO's spokesman in the region")) {
		t.Errorf("two roles at one body do not agree")
	}
	if !rolesAgree(ent("Kipkemboi Tanui", "who runs a training camp"), ent("Kipkorir Tanui", "Rotich's coach")) {
		t.Errorf("a description that is no role made a conflict")
	}
}

// TestNearlyShares: a misspelt person is still the person a figure is
// said of; two different people are not.
func TestNearlyShares(t *testing.T) {
	set := func(keys ...string) map[string]bool {
		m := map[string]bool{}
		for _, k := range keys {
			m[k] = true
		}
		return m
	}
	if !nearlyShares(set("person:rossbaird"), set("person:rossbeard")) {
		t.Errorf("Ross Baird and Ross Beard kept apart")
	}
	if nearlyShares(set("person:rossbaird"), set("person:stuartmacphail")) {
		t.Errorf("two people taken for one")
	}
	if nearlyShares(set("place:kano"), set("place:kani")) {
		t.Errorf("places matched by a slip of the pen")
	}
}

// TestMisspeltTermCompared: a term said of a misspelt defendant is
// compared with the term the sources give the rightly spelt one.
func TestMisspeltTermCompared(t *testing.T) {
	an := claims.NewAnalyzer()
	ref := func(text, fig string) *figRef {
		a, f := figureIn(t, an, text, fig)
		return &figRef{f: f, an: a, sent: text}
	}
	story := ref("The judge ordered Ross Baird to serve a minimum of 16 years before he can apply for parole.", "a minimum of 16")
	police := ref("A 24-year-old man, Ross Beard, has today been sentenced to life imprisonment, and ordered to serve a minimum of 18 years, at the High Court.", "a minimum of 18")
	if !sameNamed(story, police) {
		t.Errorf("the misspelt defendant's term not tied to the source's")
	}
}

// TestTollContext checks that a running count that refers back ("the
// number of people who died has risen to 14") borrows the event's words
// from the sentence before, and a toll that names its event does not.
func TestTollContext(t *testing.T) {
	tests := []struct {
		text, figure, word string
		want               bool
	}{
		{"The team found three more victims of the landslide in Kalijeruk village on Tuesday. As of 7 p.m., the number of people who died has risen to 14.", "14", "landslide", true},
		{"The team found three more victims of the landslide in Kalijeruk village on Tuesday. Police said 14 people died in a bus crash.", "14", "landslide", false},
		{"Rescuers searched the flooded valley on Monday. The toll rose to 22.", "22", "valley", true},
	}
	an := claims.NewAnalyzer()
	for _, tt := range tests {
		a, f := figureIn(t, an, tt.text, tt.figure)
		if got := tollContext(a, f)[tt.word]; got != tt.want {
			t.Errorf("%q: context of %q has %q = %v, want %v", tt.text, tt.figure, tt.word, got, tt.want)
		}
	}
}

// TestOtherPartyTurn checks which transcript turns belong to another
// organisation than the page's publisher.
func TestOtherPartyTurn(t *testing.T) {
	text := "Operator: Welcome to the call.\n\nDinara Sarsenbayeva (Tengri Capital): Our estimate is that the overrun could be as much as $300 million.\n\nAigerim Tulegenova (Saryarka Copper): We will update the market in August.\n\nYerlan Zhaksybekov: The project will be late by $1 million."
	a := claims.NewAnalyzer().Analyze(text, claims.Options{})
	tests := []struct {
		at, want string
	}{
		{"$300 million", "Dinara Sarsenbayeva (Tengri Capital)"},
		{"August", ""},
		{"$1 million", ""},
		{"Welcome", ""},
	}
	for _, tt := range tests {
		if got := otherPartyTurn(a, strings.Index(text, tt.at), "Saryarka Copper JSC"); got != tt.want {
			t.Errorf("turn at %q: got %q, want %q", tt.at, got, tt.want)
		}
	}
}

// TestWeightyWordsInQuotes checks that an added "more" or "only" is not a
// change of function words only.
func TestWeightyWordsInQuotes(t *testing.T) {
	tests := []struct {
		quote, word string
		want        bool
	}{
		{"We are not planning any more layoffs at the plant.", "more", false},
		{"We are planning the layoffs at the plant.", "the", true},
		{"It was only a warning to the crew.", "only", false},
	}
	for _, tt := range tests {
		i := strings.Index(tt.quote, tt.word)
		sp := []claims.Span{{Start: i, End: i + len(tt.word)}}
		if got := onlyFunctionWords(tt.quote, sp, "", nil); got != tt.want {
			t.Errorf("%q with %q: got %v, want %v", tt.quote, tt.word, got, tt.want)
		}
	}
}

// TestSameSubject checks when two percentages are of the same thing.
func TestSameSubject(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"VAT receipts", "Revenue from value added tax", true},
		{"personal income tax", "Corporate income tax revenue", false},
		{"corporate income tax", "Corporate income tax revenue", true},
		{"Revenue", "receipts", true}, // no word in common: the sentences decide
		{"Prices", "consumer prices", true},
		{"food prices", "energy prices", false},
		{"Net profit", "", true},
	}
	for _, tt := range tests {
		if got := sameSubject(tt.a, tt.b); got != tt.want {
			t.Errorf("sameSubject(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

// TestSharesPlace checks that a place and the same place with its kind
// ("river", "province") are one.
func TestSharesPlace(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"place:tonlesap", "place:tonlesapriver", true},
		{"place:harnai", "place:harnaidistrict", true},
		{"place:sanjuan", "place:sanjuanito", false},
		{"place:kharkiv", "place:kherson", false},
	}
	for _, tt := range tests {
		if got := sharesPlace(map[string]bool{tt.a: true}, map[string]bool{tt.b: true}); got != tt.want {
			t.Errorf("sharesPlace(%s, %s) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

// TestClaimCore checks that a statement's credit is not matched as its
// content.
func TestClaimCore(t *testing.T) {
	tests := []struct{ in, want string }{
		{"The contamination was traced to a tanker, according to the United Nations Sanitation and Water Programme (UNSWP), which is helping Jordan.", "The contamination was traced to a tanker."},
		{"According to the ministry, 40 schools closed.", "40 schools closed."},
		{"The port reopened on Monday.", "The port reopened on Monday."},
	}
	for _, tt := range tests {
		if got := claimCore(tt.in); got != tt.want {
			t.Errorf("claimCore(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	if runs := contentRuns("filling up at an unlicensed well east of Ramtha"); !slices.Contains(runs, "unlicensed well east") {
		t.Errorf("content runs %q: want the run of three content words", runs)
	}
}

// TestDatelineDate checks that a dateline's date is told from the date
// of what a report says.
func TestDatelineDate(t *testing.T) {
	text := "LIMA, March 4 (Hemisphere Newswire) - Peru will remove diesel from the fund starting April 1, the minister said on Wednesday."
	a := claims.NewAnalyzer().Analyze(text, claims.Options{Published: time.Date(2026, 3, 4, 0, 0, 0, 0, time.UTC)})
	got := map[string]bool{}
	for _, d := range a.Dates {
		got[d.Text] = datelineDate(a, d)
	}
	if !got["March 4"] || got["April 1"] {
		t.Errorf("dateline dates %v: want March 4 only", got)
	}
}

// TestSamePersonTerm checks that a ban said of a person in one sentence
// and of "the player" named in the sentence before are one quantity, and
// that two terms of one man in one sentence are not tied that way.
func TestSamePersonTerm(t *testing.T) {
	an := claims.NewAnalyzer()
	ref := func(text, fig string) *figRef {
		a, f := figureIn(t, an, text, fig)
		return &figRef{f: f, an: a}
	}
	story := ref("Luka Stefanović, who pushed a referee, was banned for five matches, the union said.", "five")
	source := ref("The player Luka Stefanović is found responsible. The player is suspended for three matches in all competitions.", "three")
	if !samePersonTerm(story, source) {
		t.Errorf("the ban of Luka Stefanović in two pages: not tied")
	}
	two := ref("The judge gave Mandla Sithole 15 years on the corruption counts and 10 years on the fraud counts.", "10")
	one := ref("Mandla Sithole was sentenced to 15 years in prison.", "15")
	if samePersonTerm(two, one) {
		t.Errorf("one of two terms in a sentence tied to another page's term")
	}
}

// TestOnlyRoleWords checks transcript brackets that hold a role only.
func TestOnlyRoleWords(t *testing.T) {
	for s, want := range map[string]bool{"Chief Financial Officer": true, "CFO": true, "Head of Investor Relations": true, "Tengri Capital": false, "Analyst, Tengri Capital": false} {
		if got := onlyRoleWords(s); got != want {
			t.Errorf("onlyRoleWords(%q) = %v, want %v", s, got, want)
		}
	}
}

// sharesAny reports two name sets with a key in common.
func sharesAny(a, b map[string]bool) bool {
	for k := range a {
		if b[k] {
			return true
		}
	}
	return false
}

// TestTransliterationAndInitials checks two readings the Iranian and
// Japanese held-out stories taught: a Persian final "-eh" written with or
// without its h is one spelling, and a body named in full in the story is
// found by its initials in a source.
func TestTransliterationAndInitials(t *testing.T) {
	eh := []struct {
		a, b string
		want bool
	}{
		{"Mohammad Hossein Karimzadeh", "Mohammad Hossein Karimzade", true},
		{"Fatemeh Rahimi", "Fateme Rahimi", true},
		{"Mohammed Shia al-Sudani", "Mohammed Shia al-Sudan", false}, // a letter dropped, not a final he
		{"Karimzadeh", "Karimzadeh", false},
		{"Ali Rezaeh", "Ali Rezai", false},
		{"Ramesh Kumaar Paswan", "Ramesh Kumar Paswan", true},
		{"Ross Beard", "Ross Baird", false},
		{"Sarah Moore", "Sarah More", false},
		{"Dimitris Chatzigeorgiou", "Dimitris Hatzigeorgiou", true}, // the Greek Χ two ways
		{"Nikita Khrushchev", "Nikita Hrushchev", true},
		{"Oleg Gordienko", "Oleh Hordiienko", false}, // Russian against Ukrainian spelling: a slip
		{"Chase Miller", "Hase Miller", false},
	}
	for _, tt := range eh {
		if got := finalEhOnly(tt.a, tt.b); got != tt.want {
			t.Errorf("finalEhOnly(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
	runs := []struct {
		text string
		want []string
	}{
		{"the US Geological Survey, cited by OCHA, put it at 5.9.", []string{"US Geological Survey"}},
		{"the Office for the Coordination of Humanitarian Affairs said", []string{"Office for the Coordination of Humanitarian Affairs"}},
		{"It rained in Tehran.", nil},
	}
	for _, tt := range runs {
		if got := capitalisedRuns(tt.text); !slices.Equal(got, tt.want) {
			t.Errorf("capitalisedRuns(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
	if got := acronymsExpanded("the US Geological Survey put it at 5.9", "A magnitude 5.9 earthquake (USGS) struck at night."); !got["survey"] || !got["geological"] {
		t.Errorf("USGS does not stand for the US Geological Survey: %v", got)
	}
	if got := acronymsExpanded("the US Geological Survey put it at 5.9", "The NDMA said 5.9."); len(got) != 0 {
		t.Errorf("NDMA read as the US Geological Survey: %v", got)
	}
}

// TestEnumerates checks a small count borne out by a list of names.
func TestEnumerates(t *testing.T) {
	tests := []struct {
		text string
		n    float64
		of   string
		want bool
	}{
		{"Districts affected Ziarat, Harnai, Quetta, Pishin\nDeaths 291", 4, "districts", true},
		{"The districts affected: Ziarat, Harnai and Quetta.", 4, "districts", false},
		{"The districts affected: Ziarat, Harnai and Quetta.", 3, "districts", true},
		{"Affected provinces: Sindh and Punjab.", 2, "provinces", true},
		{"Rain hit the districts of Ziarat and Harnai.", 4, "districts", false},
	}
	for _, tt := range tests {
		f := &claims.Figure{Value: tt.n, Low: tt.n, High: tt.n, Of: tt.of}
		if got := enumerates(tt.text, f); got != tt.want {
			t.Errorf("enumerates(%q, %v %s) = %v, want %v", tt.text, tt.n, tt.of, got, tt.want)
		}
	}
}

// TestYearApartAndEarlierCounts checks the readings that keep a right
// date a year back and a toll given as earlier from being flagged.
func TestYearApartAndEarlierCounts(t *testing.T) {
	apart := []struct {
		sent string
		want bool
	}{
		{"In the budget she presented on February 1, 2025, Sitharaman had set a target of 4.4%.", true},
		{"Traders gathered on Monday to remember the 12 who died in the fire.", true},
		{"Last year's budget was presented on February 1, 2025.", true},
		{"On January 4, 2023 at approximately 12:00 PM, U.S. forces took action against the leader.", false},
		{"The fire tore through the market on January 19, 2025.", false},
	}
	for _, tt := range apart {
		if got := yearApartMeant(tt.sent); got != tt.want {
			t.Errorf("yearApartMeant(%q) = %v, want %v", tt.sent, got, tt.want)
		}
	}
	an := claims.NewAnalyzer()
	earlier := []struct {
		text, fig string
		want      bool
	}{
		{"On Saturday evening the agency had put the toll at 287.", "287", true},
		{"The toll rose to 312, up from 287 on Saturday.", "287", true},
		{"The toll stood at 287, including villages that had earlier been cut off.", "287", false},
	}
	for _, tt := range earlier {
		a, f := figureIn(t, an, tt.text, tt.fig)
		if got := saidAsEarlier(a, f); got != tt.want {
			t.Errorf("saidAsEarlier(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
	text := "Rescuers worked for 30 hours to free the miners."
	at := strings.Index(text, "30 hours")
	if p := purposeAfter(an.Analyze(text, claims.Options{}), &claims.Figure{Span: claims.Span{Start: at, End: at + len("30 hours")}}); p != "free" {
		t.Errorf("purposeAfter = %q, want free", p)
	}
}

// TestPayerOf checks who grants a sum, so that two payers' sums are not
// one quantity.
func TestPayerOf(t *testing.T) {
	an := claims.NewAnalyzer()
	tests := []struct {
		text, fig string
		want      []string
	}{
		{"The Prime Minister's Office announced 200,000 rupees for each family.", "200,000 rupees", []string{"prime", "minister", "office"}},
		{"The railway has announced ex gratia of ₹5 lakh for the next of kin.", "₹5 lakh", []string{"railway"}},
		{"Sales rose to $4 billion.", "$4 billion", nil},
		{"The airline has offered $25,000 to each family.", "$25,000", []string{"airline"}},
	}
	for _, tt := range tests {
		a, f := figureIn(t, an, tt.text, tt.fig)
		got := payerOf(a, f)
		for _, w := range tt.want {
			if !got[stem(w)] {
				t.Errorf("payerOf(%q) = %v, want %q in it", tt.text, got, w)
			}
		}
		if tt.want == nil && len(got) > 0 {
			t.Errorf("payerOf(%q) = %v, want none", tt.text, got)
		}
	}
}

// TestPayersKin checks that a payer described by its kind may be the one
// a source names ("The airline", "Meridian Air"), and another is not.
func TestPayersKin(t *testing.T) {
	if !kinWordsOf(map[string]bool{"airline": true}, map[string]bool{"meridian": true, "air": true}) {
		t.Errorf("the airline is not Meridian Air")
	}
	if kinWordsOf(map[string]bool{"railway": true}, map[string]bool{"prime": true, "minister": true, "office": true}) {
		t.Errorf("the railway is the Prime Minister's Office")
	}
	if !roleIn([]string{"the DRM"}, "Sonpur Divisional Railway Manager (DRM)") || roleIn([]string{"a constable at the police station"}, "Station House Officer (SHO)") || roleIn([]string{"Sen."}, "Sen. Tim Scott") {
		t.Errorf("roleIn wrong")
	}
}

// figureIn analyses text and returns the figure whose text is fig or,
// failing one, the first that begins with fig.
func figureIn(t *testing.T, an *claims.Analyzer, text, fig string) (*claims.Analysis, *claims.Figure) {
	t.Helper()
	a := an.Analyze(text, claims.Options{})
	for i := range a.Figures {
		if a.Figures[i].Text == fig {
			return a, &a.Figures[i]
		}
	}
	for i := range a.Figures {
		if strings.HasPrefix(a.Figures[i].Text, fig) {
			return a, &a.Figures[i]
		}
	}
	t.Fatalf("%q: no figure %q", text, fig)
	return nil, nil
}

// TestStorySpellings: a person the story names in full and later by a
// surname spelt otherwise is flagged when the sources know only the
// first spelling; a weekday, another person, or a spelling a source
// shares is not.
func TestStorySpellings(t *testing.T) {
	an := claims.NewAnalyzer()
	tests := []struct {
		story, source string
		want          string // the odd spelling flagged, or ""
	}{
		{"Karin Lindqvist, who led the Swedish arm of the trial, spoke on Monday. “We saw a clear benefit,” she said.\n\nLindquist said the next question was younger patients.",
			"Karin Lindqvist, the Swedish lead investigator, said the benefit was clear.", "Lindquist"},
		{"Tomasz Wiśniewski, the mayor, said the bridge would reopen.\n\nWisniewski added that repairs would cost more.",
			"Mayor Tomasz Wiśniewski said the bridge would reopen.", ""}, // accents only
		{"Rui Figueiredo, the civil protection commander, said 300 firefighters were deployed.\n\nOn Friday, Figueiredo said the fire was contained.",
			"Commander Rui Figueiredo said 300 firefighters were at work.", ""},
		{"Karin Lindqvist, who led the Swedish arm of the trial, spoke on Monday.\n\nLindquist said the next question was younger patients.",
			"Karin Lindqvist said the benefit was clear. Professor Lindquist of Oslo disagreed.", ""}, // a source has the other spelling
		{"Kwame Mensah, the district chief, said 40 homes were flooded.\n\nMensa said more rain was expected.",
			"District chief Kwame Mensah said 40 homes were flooded.", "Mensa"},
		{"The Director-General for Health, Dr Kiprono Cheruiyot, said vaccines had arrived.\n\nDr Cheruyot urged residents to boil water.",
			"Dr Kiprono Cheruiyot, the Director-General for Health, said vaccines had arrived.", "Cheruyot"}, // after an honorific
		{"The parish priest, Fr Kiprono Cheruiyot, said mass.\n\nFr Cheruyot urged calm.",
			"Fr Kiprono Cheruiyot said mass on Sunday.", "Cheruyot"},
	}
	for _, tt := range tests {
		story := an.Analyze(tt.story, claims.Options{})
		src := &claims.Source{ID: "s1", URL: "https://wire.example/1", Publisher: "Example Wire"}
		j := &job{story: story, in: Input{Article: &claims.Document{URL: "https://story.example/1"}}}
		var people []person
		add := func(a *claims.Analysis, s *claims.Source) {
			for _, e := range a.Entities {
				if e.Kind == claims.Person && len(strings.Fields(e.Name)) >= 2 {
					people = append(people, person{e: e, src: s, an: a})
				}
			}
		}
		add(story, nil)
		add(an.Analyze(tt.source, claims.Options{}), src)
		j.storySpellings(people, map[*claims.Entity]string{})
		got := ""
		for _, d := range j.discs {
			if len(d.Evidence) > 1 {
				got = d.Evidence[1].Value
			}
		}
		if got != tt.want {
			t.Errorf("%q: flagged %q, want %q", tt.story, got, tt.want)
		}
	}
}

// TestDamageDegree: a count of things partly damaged is a part of the
// count of things damaged, not the same count; "partially or completely"
// is both, and a count of things destroyed is still compared.
func TestDamageDegree(t *testing.T) {
	an := claims.NewAnalyzer()
	tests := []struct{ text, fig, want string }{
		{"More than 4,200 houses were destroyed and nearly 28,000 partially damaged.", "More than 4,200", ""},
		{"More than 4,200 houses were destroyed and nearly 28,000 partially damaged.", "nearly 28,000", "partial"},
		{"A total of 32,121 houses were damaged, of which 27,903 were partially damaged.", "27,903", "partial"},
		{"A total of 32,121 houses were damaged, of which 27,903 were partially damaged.", "32,121", ""},
		{"Some 300 houses in the worst-hit district of Tacloban were destroyed.", "Some 300", ""},
		{"About 900 homes were partially or completely destroyed.", "About 900", ""},
		{"The quake partially damaged 3,000 homes.", "3,000", "partial"},
		{"Some 900 homes were partially damaged. 36,212 people are sheltering in schools.", "36,212", ""},
		{"The quake damaged 300 schools.", "300", ""},
	}
	for _, tt := range tests {
		a, f := figureIn(t, an, tt.text, tt.fig)
		if got := damageDegree(a, f); got != tt.want {
			t.Errorf("%q in %q: degree %q, want %q", tt.fig, tt.text, got, tt.want)
		}
	}
}

// TestLaterReportOvertakes: one publisher's later report that bears the
// story out overtakes its earlier report's other figure, whichever way the
// figure moved; another publisher's figure stays.
func TestLaterReportOvertakes(t *testing.T) {
	an := claims.NewAnalyzer()
	ref := func(text, fig, publisher string, published time.Time) *figRef {
		a, f := figureIn(t, an, text, fig)
		src := &claims.Source{ID: publisher + published.String(), Publisher: publisher, Doc: &claims.Document{Published: published}}
		return &figRef{f: f, an: a, src: src}
	}
	day := func(d int) time.Time { return time.Date(2026, 11, d, 8, 0, 0, 0, time.UTC) }
	story := ref("More than 78,000 were still in 612 evacuation centers on Tuesday.", "612", "", time.Time{})
	story.src = nil
	older := ref("Of these, 109,650 persons are sheltering in 703 evacuation centers.", "703", "Disaster Council", day(9))
	newer := ref("Of these, 78,244 persons are sheltering in 612 evacuation centers.", "612", "Disaster Council", day(10))
	other := ref("The agency said 690 evacuation centers were open.", "690", "Wire Agency", day(8))
	l := &numberLinks{story: story, found: []*figRef{older, newer, other}}
	j := &job{story: story.an, in: Input{Article: &claims.Document{}}}
	j.dropSuperseded(l)
	if len(l.found) != 2 || l.found[0] != newer || l.found[1] != other {
		var got []float64
		for _, r := range l.found {
			got = append(got, r.f.Value)
		}
		t.Errorf("after dropping superseded reports: %v, want [612 690]", got)
	}
}

// TestSourceDateFor: a source's date for a wrong weekday tells which half
// is wrong: the same date, else a day near it on the story's weekday; a
// day far off, or near but on another weekday, says nothing.
func TestSourceDateFor(t *testing.T) {
	d := &claims.DateMention{Date: time.Date(2025, 3, 11, 0, 0, 0, 0, time.UTC), Weekday: time.Monday, HasDay: true, WeekdayMismatch: true}
	tests := []struct {
		values []string
		want   string
	}{
		{[]string{"2025-02-01", "2025-03-11"}, "2025-03-11"},
		{[]string{"2025-03-10"}, "2025-03-10"}, // a Monday, a day before
		{[]string{"2025-03-12"}, ""},           // a Wednesday
		{[]string{"2025-03-17"}, ""},           // a Monday, six days off
		{nil, ""},
	}
	j := &job{}
	for _, tt := range tests {
		c := &claims.Claim{}
		for _, v := range tt.values {
			c.Support = append(c.Support, claims.Support{Value: v})
		}
		sp, _, ok := j.sourceDateFor(c, d)
		if got := sp.Value; ok != (tt.want != "") || ok && got != tt.want {
			t.Errorf("%v: %q %v, want %q", tt.values, got, ok, tt.want)
		}
	}
}

// TestPartOfSeveralPlaces: a count for one place is a part of a count
// for several places that include it, not the same quantity.
func TestPartOfSeveralPlaces(t *testing.T) {
	one := map[string]bool{"place:migori": true}
	four := map[string]bool{"place:migori": true, "place:homa bay": true, "place:kisumu": true, "place:siaya": true}
	if !namedApart(one, four) || !namedApart(four, one) {
		t.Errorf("one county's count is set against four counties' count")
	}
	if namedApart(one, map[string]bool{"place:migori": true}) {
		t.Errorf("two counts for one county named apart")
	}
}

// TestOutletByLinkName: a source is credited by the name the story's link
// gives it, when that is a name, whatever its publisher is called.
func TestOutletByLinkName(t *testing.T) {
	src := func(citedAs string) *claims.Source {
		return &claims.Source{URL: "https://www.pyrosvestiki.example/deltia", Publisher: "Πυροσβεστικό Σώμα", CitedAs: citedAs}
	}
	tests := []struct {
		name, citedAs string
		want          bool
	}{
		{"the Fire Service", "Fire Service", true},
		{"fire service", "Fire Service", true},
		{"the Coast Guard", "Fire Service", false},
		{"said", "said", false},
	}
	for _, tt := range tests {
		if got := outletMatches(tt.name, src(tt.citedAs), nil); got != tt.want {
			t.Errorf("outletMatches(%q) with link %q = %v, want %v", tt.name, tt.citedAs, got, tt.want)
		}
	}
}

// TestScaleSlip: the same digits at a scale a thousand apart are one sum
// misread; another sum, or another currency, is not.
func TestScaleSlip(t *testing.T) {
	money := func(v float64, unit string) *claims.Figure {
		return &claims.Figure{Counts: "money", Value: v, Unit: unit}
	}
	tests := []struct {
		a, b *claims.Figure
		want bool
	}{
		{money(2.1e6, "USD"), money(2.1e9, "USD"), true},
		{money(2.1e6, "USD"), money(2.1e9, "CAD"), false}, // another currency
		{money(412.5e3, "EUR"), money(412.5e6, "EUR"), true},
		{money(2.1e6, "EUR"), money(2.1e9, "GBP"), false},
		{money(2.1e6, "USD"), money(2.2e9, "USD"), false},
		{money(2.1e6, "USD"), money(2.1e6, "USD"), false},
		{&claims.Figure{Counts: "killed", Value: 21}, &claims.Figure{Counts: "killed", Value: 21000}, false},
		// "A$1.06 million" is "A$1,062 million" read a thousand times too small.
		{&claims.Figure{Counts: "money", Unit: "AUD", Value: 1.06e6, Low: 1.055e6, High: 1.065e6}, money(1.062e9, "AUD"), true},
		// "up to 500,000" says no digits of "about 1.1 billion".
		{&claims.Figure{Counts: "money", Unit: "KES", Value: 1.1e9, Low: 1.05e9, High: 1.15e9}, &claims.Figure{Counts: "money", Unit: "KES", Value: 500000, Low: math.Inf(-1), High: 500000}, false},
	}
	for _, tt := range tests {
		if got := scaleSlip(tt.a, tt.b); got != tt.want {
			t.Errorf("scaleSlip(%v %s, %v %s) = %v, want %v", tt.a.Value, tt.a.Unit, tt.b.Value, tt.b.Unit, got, tt.want)
		}
	}
}

// TestCreditInATimeClause: "…, when Orbis reported that …" credits the
// clause it opens, not the figures before it.
func TestCreditInATimeClause(t *testing.T) {
	tests := []struct {
		text, credit, want string
	}{
		{"The death toll rose to two on Tuesday, up from one on Monday, when Orbis News Agency reported that a miner had been killed.", "Orbis News Agency",
			"when Orbis News Agency reported that a miner had been killed."},
		{"Two people died, Orbis News Agency reported.", "Orbis News Agency", "Two people died, Orbis News Agency reported."},
	}
	for _, tt := range tests {
		c := &claims.Claim{AttributedTo: tt.credit, Stmt: &claims.Attribution{Span: claims.Span{Start: 0, End: len(tt.text)}, Text: tt.text}}
		sp := stmtScope(c)
		if got := tt.text[sp.Start:sp.End]; got != tt.want {
			t.Errorf("scope of %q = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestNameOnPage: a name stands on a page in another language in the
// endings that language gives it.
func TestNameOnPage(t *testing.T) {
	tests := []struct {
		page, name string
		want       bool
	}{
		{"sąd skazał tomasza nowaka na sześć lat", "tomasz nowak", true},
		{"i fotia eftase ston agio stefano to vrady", "agios stefanos", true},
		{"sąd skazał jana kowalskiego", "tomasz nowak", false},
		{"bandara abdul rachman saleh ditutup", "abdul rachman saleh", true},
		{"bandara juanda ditutup", "abdul rachman saleh", false},
		{"le ministre a rencontré sean o'brien et ali al-jawari", "sean o'brien", true}, // split as the page is
	}
	for _, tt := range tests {
		if got := nameOnPage(tt.page, tt.name); got != tt.want {
			t.Errorf("nameOnPage(%q, %q) = %v, want %v", tt.page, tt.name, got, tt.want)
		}
	}
}
