package claims

import (
	"fmt"
	"math"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Figure is a quantity a document states: its words, the interval they
// allow, and what it counts.
type Figure struct {
	Span Span
	// Text is the figure's own words with qualifier, scale and currency
	// ("at least five", "$1.2bn", "nearly 120", "both").
	Text string
	// Value is the central value; Low and High bound what the words allow
	// (±Inf for an open end).
	Value     float64
	Low, High float64
	Qualifier string
	// Unit is a currency code, "percent", a unit of measure, or "".
	Unit string
	// Counts is what is counted: an outcome (killed, wounded, missing,
	// arrested, detained, displaced, evacuated, rescued, sentenced), money,
	// percent, or the counted noun in the singular ("attack", "troop");
	// "count" when the words name nothing counted ("It is 11."), and
	// such a figure is never compared.
	Counts string
	// Of is the noun phrase counted ("U.S. troops", "people", "others").
	Of string
	// Scope marks figures that are not the count of the story's one event:
	// cumulative (since…, so far, in N attacks), subset (including…),
	// a duration/time, or elided (what it counts is read from the
	// sentence before).
	Scope string
	// Clause is the stretch of its sentence that speaks of the figure,
	// bounded by the neighbouring figures and clause marks.
	Clause Span
	// Subject is what a percentage measures the change or share of, in
	// the words before it: "VAT receipts rose 3.9%", "personal income
	// tax 8.3%". Empty when the words do not say.
	Subject string
	// Plus is set when the words count others besides someone named
	// ("also killed one other member"); Value includes them.
	Plus     int
	Sentence int
	// Reporter is whom the sentence credits for the figure.
	Reporter string
	// Headline marks a figure in the headline or dek, which sums up the
	// body rather than adding to it.
	Headline bool
	// Note explains a reading that is not literal.
	Note string
}

// inPoints is a figure in basis points restated in percentage points.
func (f *Figure) inPoints() *Figure {
	g := *f
	g.Value, g.Low, g.High = f.Value/100, f.Low/100, f.High/100
	g.Unit, g.Counts = "percentage point", "percentage point"
	g.Text = strconv.FormatFloat(g.Value, 'f', -1, 64)
	return &g
}

// SameMeasure reports two figures' Counts that measure one thing: basis
// points and percentage points are one scale.
func SameMeasure(a, b string) bool {
	if a == b {
		return true
	}
	pts := func(c string) bool { return c == "basis point" || c == "percentage point" }
	// A fall of rain is measured as a depth: "734 mm of rain", "734 mm".
	depth := func(c string) bool { return c == "rainfall" || c == "snowfall" || c == "distance" }
	return pts(a) && pts(b) || depth(a) && depth(b)
}

// Exact reports whether the figure allows one value only.
func (f *Figure) Exact() bool { return f.Low == f.High }

// Agrees reports whether two figures can both be true: their intervals
// overlap.
func (f *Figure) Agrees(g *Figure) bool {
	// "50 basis points" and "half a percentage point" are one change.
	if f.Unit == "basis point" && g.Unit == "percentage point" {
		return f.inPoints().Agrees(g)
	}
	if g.Unit == "basis point" && f.Unit == "percentage point" {
		return f.Agrees(g.inPoints())
	}
	// "at least 6" and "at least 4" allow the same counts but are two
	// different statements of the floor; so are two ceilings. A round
	// floor below a precise one is the precise one rounded down ("more
	// than 50", "at least 52"); a round ceiling above, rounded up.
	if math.IsInf(f.High, 1) && math.IsInf(g.High, 1) && math.Abs(f.Low-g.Low) > math.Max(1, 0.02*math.Max(f.Low, g.Low)) {
		lo, hi := f, g
		if lo.Low > hi.Low {
			lo, hi = hi, lo
		}
		return roundedFrom(lo.Value, hi.Value, math.Floor)
	}
	if math.IsInf(f.Low, -1) && math.IsInf(g.Low, -1) && math.Abs(f.High-g.High) > math.Max(1, 0.02*math.Max(f.High, g.High)) {
		lo, hi := f, g
		if lo.High > hi.High {
			lo, hi = hi, lo
		}
		return roundedFrom(hi.Value, lo.Value, math.Ceil)
	}
	// Two ranges stated as ranges ("between 45% and 65%", "55% to 75%")
	// are one range only when their ends are: overlapping is not agreeing.
	if f.statedRange() && g.statedRange() && !hedged(f.Text) && !hedged(g.Text) {
		tol := math.Max(0.5, 0.02*math.Max(f.High, g.High))
		return math.Abs(f.Low-g.Low) <= tol && math.Abs(f.High-g.High) <= tol
	}
	if f.Low <= g.High && g.Low <= f.High {
		return true
	}
	// 42.4 and 42.41: the same figure rounded to fewer decimals.
	if f.Exact() && g.Exact() {
		d := min(decimals(f.Text), decimals(g.Text))
		// "40 per cent" in a press release for the journal's 40.4%: a
		// share or a measure rounded to a whole number (not a count).
		// Not a rate set in quarter points ("5%" for 5.25%): one decimal,
		// and a share of ten or more.
		r := f // the one written as a whole number
		if decimals(g.Text) == 0 {
			r = g
		}
		whole := d == 0 && max(decimals(f.Text), decimals(g.Text)) == 1 && r.Value >= 10 && (f.Unit == "percent" || f.Unit == "percentage point" || f.Unit != "" && f.Counts != "money") && f.Unit == g.Unit &&
			r.Value == math.Trunc(r.Value) && strings.ContainsAny(r.Text, "0123456789")
		return math.Abs(f.Value-g.Value) <= 0.5*math.Pow(10, -float64(d))+1e-9 && (d > 0 || whole)
	}
	return false
}

// hedged reports a figure said roughly: "about 3,000 to 4,000".
func hedged(text string) bool {
	for _, w := range strings.Fields(strings.ToLower(text)) {
		switch w {
		case "about", "around", "roughly", "some", "approximately", "nearly", "almost", "an", "estimated":
			return true
		}
	}
	return false
}

// statedRange reports a figure written as a range of two numbers: "10 to
// 12", "between 45% and 65%", "60-80".
func (f *Figure) statedRange() bool {
	if math.IsInf(f.Low, 0) || math.IsInf(f.High, 0) || f.Low >= f.High {
		return false
	}
	t := strings.ToLower(f.Text)
	digits := 0
	for _, w := range strings.FieldsFunc(t, func(r rune) bool { return r == ' ' || r == '-' || r == '–' }) {
		if w != "" && (w[0] >= '0' && w[0] <= '9' || smallNumbers[strings.Trim(w, "%,.")] > 0) {
			digits++
		}
	}
	return digits >= 2 && (strings.Contains(t, " to ") || strings.Contains(t, " and ") || strings.ContainsAny(t, "-–"))
}

// roundedFrom reports a round number that is v rounded (down by Floor,
// up by Ceil) to one or two significant digits: "more than 50" from 52,
// "more than 40,000" from 43,100, "up to 100" from 97; not 20 from 97.
func roundedFrom(round, v float64, dir func(float64) float64) bool {
	if round < 10 || v <= 0 || round == v {
		return false
	}
	for _, digits := range []float64{1, 2} {
		unit := math.Pow(10, math.Floor(math.Log10(v))-digits+1)
		if r := dir(v/unit) * unit; math.Abs(r-round) < 1e-9*round {
			return true
		}
	}
	return false
}

// decimals is how many digits follow the decimal point in a figure's
// words: 1 for "42.4%", 0 for "42".
func decimals(text string) int {
	i := strings.IndexByte(text, '.')
	if i < 0 || i+1 >= len(text) || text[i+1] < '0' || text[i+1] > '9' {
		return 0
	}
	n := 0
	for j := i + 1; j < len(text) && text[j] >= '0' && text[j] <= '9'; j++ {
		n++
	}
	return n
}

// Interval renders the figure's interval: "2", "[108, 120]", "≥ 5".
func (f *Figure) Interval() string {
	switch {
	case f.Low == f.High:
		return FormatNumber(f.Low)
	case math.IsInf(f.High, 1):
		return "≥ " + FormatNumber(f.Low)
	case math.IsInf(f.Low, -1):
		return "≤ " + FormatNumber(f.High)
	}
	return "[" + FormatNumber(f.Low) + ", " + FormatNumber(f.High) + "]"
}

// FormatNumber prints a number without a needless fraction, with
// thousands separators.
func FormatNumber(v float64) string {
	if math.IsInf(v, 0) || math.IsNaN(v) {
		return fmt.Sprint(v)
	}
	if v == math.Trunc(v) && math.Abs(v) < 1e15 {
		s := strconv.FormatInt(int64(v), 10)
		neg := strings.HasPrefix(s, "-")
		s = strings.TrimPrefix(s, "-")
		var b strings.Builder
		for i, c := range s {
			if i > 0 && (len(s)-i)%3 == 0 {
				b.WriteByte(',')
			}
			b.WriteRune(c)
		}
		if neg {
			return "-" + b.String()
		}
		return b.String()
	}
	return strconv.FormatFloat(v, 'f', -1, 64)
}

var smallNumbers = map[string]float64{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
	"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
	"seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
	"sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}

var scaleWords = map[string]float64{
	"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
	"k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "bn": 1e9, "b": 1e9, "tn": 1e12, "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7,
	"millions": 1e6, "billions": 1e9, "thousands": 1e3, "hundreds": 100,
}

// vagueScale are plural scale words: "tens of millions", not a scale.
var vagueScale = setOf(`hundreds thousands millions billions lakhs crores`)

// vague quantity words: low, high.
var vagueWords = map[string][2]float64{
	"dozens":    {24, math.Inf(1)},
	"hundreds":  {200, math.Inf(1)},
	"thousands": {2000, math.Inf(1)},
	"millions":  {2e6, math.Inf(1)},
	"scores":    {40, math.Inf(1)},
	"several":   {3, math.Inf(1)},
	"handful":   {3, 5},
	"few":       {2, 5},
	"couple":    {2, 2},
	"pair":      {2, 2},
	"dozen":     {12, 12},
	"both":      {2, 2},
}

var currencySymbols = []struct{ sym, code string }{
	{"US$", "USD"}, {"NT$", "TWD"}, {"HK$", "HKD"}, {"A$", "AUD"}, {"C$", "CAD"}, {"S$", "SGD"}, {"NZ$", "NZD"}, {"R$", "BRL"},
	{"$", "USD"}, {"€", "EUR"}, {"£", "GBP"}, {"¥", "JPY"}, {"₹", "INR"}, {"₦", "NGN"}, {"₩", "KRW"}, {"₽", "RUB"},
	{"₴", "UAH"}, {"₺", "TRY"}, {"₱", "PHP"}, {"₪", "ILS"}, {"Rs.", "INR"}, {"Rs", "INR"}, {"Tk", "BDT"}, {"N", "NGN"},
	{"GH₵", "GHS"}, {"GH¢", "GHS"}, {"₵", "GHS"}, {"RM", "MYR"}, {"Rp", "IDR"}, {"KSh", "KES"}, {"USh", "UGX"}, {"TSh", "TZS"}, {"Sh", "KES"}, {"₸", "KZT"},
	{"₫", "VND"}, {"৳", "BDT"}, {"₭", "LAK"}, {"₮", "MNT"}, {"₼", "AZN"}, {"₾", "GEL"}, {"฿", "THB"}, {"Le", "SLE"}, {"R", "ZAR"},
}

// namedCurrencies are currencies whose word is shared, told apart by the
// adjective before it ("Lankan rupees" after "Sri").
var namedCurrencies = map[string]string{
	"lankan rupees": "LKR", "lankan rupee": "LKR", "pakistani rupees": "PKR", "pakistani rupee": "PKR", "nepalese rupees": "NPR",
	"nepali rupees": "NPR", "indian rupees": "INR", "australian dollars": "AUD", "canadian dollars": "CAD", "singapore dollars": "SGD",
	"taiwan dollars": "TWD", "taiwanese dollars": "TWD", "zealand dollars": "NZD", "kong dollars": "HKD", "jamaican dollars": "JMD",
	"egyptian pounds": "EGP", "lebanese pounds": "LBP", "sudanese pounds": "SDG", "syrian pounds": "SYP", "kenyan shillings": "KES",
	"ugandan shillings": "UGX", "tanzanian shillings": "TZS", "somali shillings": "SOS", "mexican pesos": "MXN", "philippine pesos": "PHP",
	"argentine pesos": "ARS", "colombian pesos": "COP", "chilean pesos": "CLP", "cfa francs": "XOF", "swiss francs": "CHF",
	"congolese francs": "CDF", "rwandan francs": "RWF", "iraqi dinars": "IQD", "jordanian dinars": "JOD", "kuwaiti dinars": "KWD",
	"libyan dinars": "LYD", "tunisian dinars": "TND", "algerian dinars": "DZD", "serbian dinars": "RSD", "saudi riyals": "SAR",
	"qatari riyals": "QAR", "iranian rials": "IRR", "omani rials": "OMR", "yemeni rials": "YER", "moroccan dirhams": "MAD",
	"emirati dirhams": "AED", "uae dirhams": "AED", "brazilian reais": "BRL", "turkish lira": "TRY", "south african rand": "ZAR",
	"us dollars": "USD", "u.s. dollars": "USD", "swedish crowns": "SEK", "danish crowns": "DKK", "norwegian crowns": "NOK",
	"czech crowns": "CZK", "icelandic crowns": "ISK",
}

// sharedCurrencyWords name the currencies of many countries: which one a
// story means is read from the codes and country names it uses.
var sharedCurrencyWords = map[string][]localCurrency{
	"crown": crowns, "crowns": crowns,
	"peso": pesos, "pesos": pesos,
	"rupee": rupees, "rupees": rupees, "rs": rupees, "re": rupees,
	"franc": francs, "francs": francs,
	"dinar": dinars, "dinars": dinars,
	"shilling": shillings, "shillings": shillings, "sh": shillings,
	"riyal": riyals, "riyals": riyals,
	"rial": rials, "rials": rials,
}

// localCurrency is a currency with the words that place a story in its
// country.
type localCurrency struct {
	code string
	cues []string
}

var (
	crowns = []localCurrency{{"SEK", []string{"sweden", "swedish", "stockholm"}}, {"CZK", []string{"czech", "prague"}}, {"DKK", []string{"danish", "denmark", "copenhagen"}},
		{"NOK", []string{"norway", "norwegian", "oslo"}}, {"ISK", []string{"iceland", "reykjav"}}}
	pesos = []localCurrency{{"MXN", []string{"mexico", "mexican"}}, {"PHP", []string{"philippin", "manila", "filipino", "cebu"}}, {"COP", []string{"colombia", "bogot"}},
		{"CLP", []string{"chile", "santiago"}}, {"ARS", []string{"argentina", "argentine", "buenos aires"}}, {"UYU", []string{"urugua", "montevideo"}}, {"DOP", []string{"dominican"}}}
	rupees = []localCurrency{{"INR", []string{"india", "delhi", "mumbai"}}, {"PKR", []string{"pakistan", "karachi", "lahore", "islamabad"}},
		{"LKR", []string{"sri lanka", "colombo", "ceylon", "lankan"}}, {"NPR", []string{"nepal", "kathmandu"}}}
	francs = []localCurrency{{"CHF", []string{"swiss", "switzerland", "zurich", "geneva"}},
		{"XOF", []string{"senegal", "mali", "ivory coast", "côte d'ivoire", "burkina", "niamey", "benin", "togo", "dakar", "bamako", "abidjan"}},
		{"XAF", []string{"cameroon", "chad", "gabon", "congo-brazzaville", "central african", "yaound", "douala"}}}
	dinars = []localCurrency{{"DZD", []string{"algeria", "algerian", "algiers"}}, {"IQD", []string{"iraq", "baghdad"}}, {"KWD", []string{"kuwait"}}, {"JOD", []string{"jordan", "amman"}},
		{"TND", []string{"tunisia", "tunisian", "tunis"}}, {"LYD", []string{"libya", "tripoli"}}, {"RSD", []string{"serbia", "belgrade"}}, {"BHD", []string{"bahrain"}}}
	shillings = []localCurrency{{"KES", []string{"kenya", "nairobi"}}, {"UGX", []string{"uganda", "kampala"}}, {"TZS", []string{"tanzania", "dar es salaam", "dodoma"}},
		{"SOS", []string{"somali", "mogadishu"}}}
	riyals = []localCurrency{{"SAR", []string{"saudi", "riyadh", "jeddah"}}, {"QAR", []string{"qatar", "doha"}}, {"OMR", []string{"oman", "muscat"}},
		{"YER", []string{"yemen", "sanaa", "aden"}}}
	rials = []localCurrency{{"IRR", []string{"iran", "tehran"}}, {"OMR", []string{"oman", "muscat"}}, {"YER", []string{"yemen", "sanaa", "aden"}}}
)

// localCurrencies reads the currency a story means by a word many
// countries share ("crowns", "pesos"): a code of that family the story
// writes out ("CZK 12bn … 300 billion crowns"), else the country its
// words name most.
func (a *Analysis) localCurrencies() {
	// The shared words the story's amounts use, by the code they default
	// to ("crowns": SEK).
	families := map[string][]localCurrency{}
	for i := range a.Figures {
		f := &a.Figures[i]
		if f.Counts != "money" {
			continue
		}
		for _, w := range strings.Fields(strings.ToLower(a.Text[f.Span.Start:f.Span.End])) {
			w = strings.Trim(w, ".,;")
			// "sh5": the letters of a symbol glued to the amount.
			if i := strings.IndexFunc(w, unicode.IsDigit); i > 0 {
				w = w[:i]
			}
			if fam, ok := sharedCurrencyWords[w]; ok && (currencyWords[w] == f.Unit || fam[0].code == f.Unit) {
				families[f.Unit] = fam
			}
		}
	}
	if len(families) == 0 {
		return
	}
	codes := map[string]bool{}
	for _, toks := range a.Tokens {
		for _, t := range toks {
			if len(t.Text) == 3 && currencyCodes[t.Text] {
				codes[t.Text] = true
			}
		}
	}
	lower := strings.ToLower(a.Text)
	resolved := map[string]string{}
	for def, fam := range families {
		best, bestN := "", 0
		for _, c := range fam {
			n := 0
			if codes[c.code] {
				n += 100
			}
			for _, cue := range c.cues {
				n += cueCount(lower, cue)
			}
			if n > bestN {
				best, bestN = c.code, n
			}
		}
		if best != "" && best != def {
			resolved[def] = best
		}
	}
	// Every amount in the default code that does not name it outright
	// ("Swedish crowns", "SEK 3bn"), the elided ones too.
	for i := range a.Figures {
		f := &a.Figures[i]
		to, ok := resolved[f.Unit]
		if !ok || f.Counts != "money" {
			continue
		}
		if strings.Contains(a.Text[f.Span.Start:f.Span.End], f.Unit) || namesCurrency(lower[f.Span.Start:min(len(lower), f.Span.End+20)]) {
			continue
		}
		f.Unit = to
	}
}

// cueCount counts a country's cue at the start of words ("Oman", not
// "woman"; "Mali", not "Somali").
func cueCount(text, cue string) int {
	n := 0
	for i := strings.Index(text, cue); i >= 0; {
		if i == 0 || !isLetterByte(text[i-1]) {
			rest := text[i+len(cue):]
			end := 0
			for end < len(rest) && isLetterByte(rest[end]) {
				end++
			}
			// A short cue is the word or its adjective ("Oman", "Omani";
			// not "Malik" for Mali); a longer one is a stem ("philippin").
			switch suf := rest[:end]; {
			case len(cue) > 5:
				n++
			case suf == "" || suf == "n" || suf == "an" || suf == "ian" || suf == "ien" || suf == "ese" || suf == "i" || suf == "is" || suf == "ish" || suf == "ns" || suf == "ans" || suf == "ians":
				n++
			}
		}
		j := strings.Index(text[i+1:], cue)
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return n
}

func isLetterByte(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= 0x80 }

// namesCurrency reports a currency named with its country ("Swedish
// crowns", "US dollars").
func namesCurrency(text string) bool {
	for phrase := range namedCurrencies {
		if strings.Contains(text, phrase) {
			return true
		}
	}
	return false
}

var currencyWords = map[string]string{
	"dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR", "pound": "GBP", "pounds": "GBP", "sterling": "GBP",
	"yen": "JPY", "yuan": "CNY", "renminbi": "CNY", "rupee": "INR", "rupees": "INR", "naira": "NGN", "hryvnia": "UAH",
	"hryvnias": "UAH", "hryvnia's": "UAH", "rouble": "RUB", "roubles": "RUB", "ruble": "RUB", "rubles": "RUB", "dirham": "AED",
	"dirhams": "AED", "riyal": "SAR", "riyals": "SAR", "won": "KRW", "peso": "MXN", "pesos": "MXN", "real": "BRL", "reais": "BRL",
	"lira": "TRY", "liras": "TRY", "franc": "CHF", "francs": "CHF", "shekel": "ILS", "shekels": "ILS", "rand": "ZAR", "taka": "BDT",
	"shilling": "KES", "shillings": "KES", "cedi": "GHS", "cedis": "GHS", "ringgit": "MYR", "baht": "THB", "dong": "VND", "rupiah": "IDR",
	"kwacha": "ZMW", "rial": "IRR", "rials": "IRR", "crown": "SEK", "crowns": "SEK", "koruna": "CZK", "soles": "PEN", "sol": "PEN", "tenge": "KZT", "som": "KGS", "manat": "AZN", "lari": "GEL", "dram": "AMD",
	"kyat": "MMK", "kip": "LAK", "riel": "KHR", "birr": "ETB", "dinar": "DZD", "dinars": "DZD", "afghani": "AFN", "afghanis": "AFN", "zloty": "PLN", "kroner": "DKK", "kronor": "SEK", "krone": "NOK",
	"króna": "ISK", "krónur": "ISK", "kronur": "ISK",
	"zlotys": "PLN", "zlotych": "PLN", "złoty": "PLN", "złotych": "PLN", "forint": "HUF", "forints": "HUF", "leu": "RON", "lei": "RON",
	"lev": "BGN", "leva": "BGN", "korunas": "CZK", "tenges": "KZT", "kwachas": "ZMW", "quetzal": "GTQ", "quetzales": "GTQ",
	"bolivianos": "BOB", "boliviano": "BOB", "guarani": "PYG", "guaranies": "PYG", "lempira": "HNL", "lempiras": "HNL",
	"colones": "CRC", "nakfa": "ERN", "ariary": "MGA", "kina": "PGK", "pula": "BWP", "loti": "LSL", "emalangeni": "SZL",
	"tugrik": "MNT", "somoni": "TJS", "denar": "MKD", "denars": "MKD", "hryvnya": "UAH",
	"zł": "PLN", "kč": "CZK",
}

// energyUnits are the power units that make an energy with "hours".
var energyUnits = map[string]string{"kilowatt": "kWh", "megawatt": "MWh", "gigawatt": "GWh", "terawatt": "TWh"}

var unitWords = map[string]string{
	"kwh": "kWh", "mwh": "MWh", "gwh": "GWh", "twh": "TWh", "wh": "Wh", "rai": "rai",
	"kb": "KB", "mb": "MB", "gb": "GB", "tb": "TB", "pb": "PB", "kilobytes": "KB", "megabytes": "MB", "gigabytes": "GB", "terabytes": "TB",
	"petabytes": "PB", "kilobyte": "KB", "megabyte": "MB", "gigabyte": "GB", "terabyte": "TB", "petabyte": "PB",
	"volts": "V", "volt": "V", "kv": "kV", "ah": "Ah", "mah": "mAh",
	"km": "km", "kilometres": "km", "kilometers": "km", "kilometre": "km", "kilometer": "km", "miles": "mile", "mile": "mile",
	"metres": "m", "meters": "m", "metre": "m", "meter": "m", "feet": "ft", "foot": "ft", "tonnes": "tonne", "tonne": "tonne",
	"tons": "tonne", "ton": "tonne", "kg": "kg", "kilograms": "kg", "kilogrammes": "kg", "hectares": "hectare", "hectare": "hectare",
	"acres": "acre", "acre": "acre", "degrees": "degree", "degree": "degree", "mm": "mm", "cm": "cm", "millimetres": "mm",
	"millimeters": "mm", "litres": "litre", "liters": "litre", "barrels": "barrel", "barrel": "barrel", "megawatts": "MW", "mw": "MW",
	"gigawatts": "GW", "gw": "GW", "kmh": "km/h", "kph": "km/h", "mph": "mph", "knots": "knot", "magnitude": "magnitude", "sq": "sq",
	"yards": "yd", "yard": "yd", "inches": "in", "inch": "in", "centimetres": "cm", "centimeters": "cm", "centimetre": "cm", "centimeter": "cm",
}

var timeUnits = setOf(`year years month months week weeks day days hour hours minute minutes second seconds decade decades century centuries quarter quarters
year-old years-old month-old week-old day-old night nights term terms season seasons winter winters summer summers fortnight fortnights`)

func isDash(s string) bool { return s == "-" || s == "–" || s == "—" || s == "--" }

// outcomeVerb returns the outcome a word says befell what is counted —
// a verb or participle, not an outcome noun ("bodies") or "held".
func outcomeVerb(w string) (string, bool) {
	w = strings.Trim(w, ",;")
	c, ok := outcomeWords[w]
	if !ok || outcomeNouns[w] || w == "held" || !isOutcome(c) {
		return "", false
	}
	return c, true
}

// outcomeNouns are the outcome words that name what is counted, not
// what befell it.
var outcomeNouns = setOf(`deaths death fatalities fatality bodies body lives martyrs injuries wounds detentions arrests evacuation`)

// outcome verbs and nouns, by what they count.
var outcomeWords = map[string]string{
	"killed": "killed", "killing": "killed", "kill": "killed", "kills": "killed", "dead": "killed", "died": "killed", "die": "killed",
	"deaths": "killed", "death": "killed", "fatalities": "killed", "fatality": "killed", "bodies": "killed", "lives": "killed",
	"slain": "killed", "perished": "killed", "neutralised": "killed", "neutralized": "killed", "drowned": "killed", "murdered": "killed", "executed": "killed", "massacred": "killed",
	"martyrs": "killed", "martyred": "killed", "body": "killed",
	"wounded": "wounded", "wounding": "wounded", "injured": "wounded", "injuring": "wounded", "injuries": "wounded", "hurt": "wounded",
	"wounds": "wounded", "injures": "wounded", "wounds.": "wounded",
	"missing": "missing", "unaccounted": "missing",
	"arrested": "arrested", "arrests": "arrested", "arresting": "arrested",
	"detained": "detained", "detaining": "detained", "detentions": "detained", "held": "detained", "captured": "detained", "abducted": "detained", "kidnapped": "detained",
	"displaced": "displaced", "homeless": "displaced", "fled": "displaced",
	"affected":  "affected",
	"evacuated": "evacuated", "evacuating": "evacuated", "evacuation": "evacuated",
	"rescued": "rescued", "rescuing": "rescued",
	"hospitalised": "hospitalised", "hospitalized": "hospitalised",
	"sentenced": "sentenced", "jailed": "sentenced", "imprisoned": "sentenced", "sentencing": "sentenced",
	"fined": "fined", "fining": "fined",
	"charged": "charged", "indicted": "charged", "convicted": "convicted", "acquitted": "acquitted",
	"marched": "protester", "protested": "protester", "rallied": "protester", "demonstrated": "protester",
	"marching": "protester", "protesting": "protester", "rallying": "protester", "demonstrating": "protester",
	"employs": "employee", "employed": "employee", "employing": "employee", "employ": "employee",
	"infected": "cases", "cases": "cases",
	"refugees": "displaced", "evacuees": "evacuated",
	"vaccinated": "vaccinated", "immunised": "vaccinated", "immunized": "vaccinated", "inoculated": "vaccinated",
}

// countHeads are nouns that stand for people when counted, so that "four
// people", "six others" and "two members" measure the same thing.
var personNouns = setOf(`people persons person others other individuals civilians members member men women man woman children child
residents villagers passengers victims militants fighters soldiers troops troop officers policemen police personnel workers staff
employees students pilgrims protesters demonstrators migrants refugees prisoners detainees inmates patients crew sailors miners
bodies casualties adults teenagers boys girls infants babies journalists officials guards servicemembers service-members`)

// generalPeople are the nouns that count people in general; a count of a
// specific group (troops, children) is another quantity.
var generalPeople = setOf(`people persons person others other individuals members member men victims casualties bodies`)

// placePreps open a phrase of place after a count: "several across
// Iraq", "40 along the border"; adverbs of place and time end the
// phrase too ("more than forty thousand there now").
var placePreps = setOf(`across among into onto against through throughout inside outside within via along beyond towards toward upon near
between there here now then ago again already still apiece aged too`)

var stopAfterNumber = setOf(`of and or but in on at to for from with by as that who which when where while after before during since
is are was were be been being has have had do does did will would can could may might must shall should said says told according
than per each a an the this these those their its his her our last next yesterday today earlier remain remains remained short apiece
up down anyway either too instead`)

// findFigures finds the figures of one sentence.
func (a *Analysis) findFigures(si int) []Figure {
	toks := a.Tokens[si]
	var out []Figure
	used := make([]bool, len(toks))
	for i := 0; i < len(toks); i++ {
		if used[i] {
			continue
		}
		// "one six" in a cricket story: the word is what the figure
		// before counts.
		if n := len(out); n > 0 && out[n-1].Span.End <= toks[i].Start && strings.EqualFold(out[n-1].Of, toks[i].Text) &&
			strings.TrimSpace(a.Text[out[n-1].Span.End:toks[i].Start]) == "" {
			continue
		}
		f, start, end, ok := a.parseFigureAt(si, i)
		if !ok {
			continue
		}
		for k := start; k < end && k < len(toks); k++ {
			used[k] = true
		}
		i = end - 1
		// "page one hundred and sixty-two", "paragraph 14", "Table four":
		// where something is in a document, not how many.
		if a.afterReference(toks, start) {
			continue
		}
		// "About 1,600 people went to the county's 12 shelters": those
		// in shelters are a part of those evacuated, not their number.
		if f.Counts == "evacuated" && f.Scope == "" && (shelterAhead(toks, end) || shelterAhead(toks, end+3)) {
			f.Scope = "subset"
		}
		// "six were injured, two of them seriously": a part of what the
		// figure before counts.
		if f.Counts == "count" && len(out) > 0 && a.refersBack(f.Span.End) {
			// "18 months in prison, 15 of them suspended": a part of the
			// term; "12 years abroad, three of them in Oslo": of the years.
			if p := out[len(out)-1]; p.Scope == "duration" && p.Unit == "" && p.Of != "" && p.Counts != "age" && strings.HasPrefix(a.Text[f.Span.End:min(len(a.Text), f.Span.End+8)], " of them") {
				f.Counts, f.Of, f.Scope = p.Counts, p.Of, "duration"
				if p.Counts == "sentenced" {
					f.Scope = "subset"
				}
			}
			if p := out[len(out)-1]; p.Scope != "duration" && p.Counts != "age" && p.Unit == "" {
				f.Counts = p.Counts
				// "nurses work double shifts, and three of them": people
				// named since are meant, not the things counted before.
				if c, people := a.pluralBefore(si, f.Span.Start, false); people && !isOutcome(p.Counts) && !likelyPeople(lastWord(strings.ToLower(p.Of))) && !personNouns[p.Counts] && c != p.Counts {
					f.Counts = c
				}
			}
		}
		// "Where the documents said there were 40 pyramids, we found
		// eight", "three seats …, the party won two": a bare figure counts
		// what the figure before it in the sentence counts.
		// "the toll at nearly two dozen; … the boat was licensed for 25":
		// a capacity is no more of what the figure before counts.
		if f.Counts == "count" && f.Of == "" && f.Unit == "" && !capacityBefore(toks, start) {
			// "of whom 640,000 remain": whom is people.
			before := strings.ToLower(a.Text[max(0, f.Span.Start-20):f.Span.Start])
			people := strings.Contains(before, "whom")
			for j := len(out) - 1; j >= 0; j-- {
				p := out[j]
				if people && !isOutcome(p.Counts) && !personNouns[lastWord(p.Of)] {
					continue
				}
				// "1.1 million retirees …, while the health system will get
				// 61.2 trillion": billions more than the figure before are
				// not more of the same things.
				if f.Value >= 1e9 && f.Value > 1000*p.Value {
					break
				}
				if (p.Of != "" || p.Counts != "" && p.Scope != "elided") && p.Counts != "count" && p.Scope != "duration" && p.Unit == "" && p.Counts != "age" {
					f.Counts = p.Counts
					// "convicted him on 11 of the 14 counts and acquitted him
					// on the remaining three": a verb between them governs.
					if p.Span.End <= f.Span.Start {
						for _, w := range strings.Fields(strings.ToLower(a.Text[p.Span.End:f.Span.Start])) {
							if c, ok := outcomeVerb(w); ok && c != p.Counts {
								f.Counts = c
							}
						}
					}
					// "of which 40 were shot down and 9 were lost"; not after
					// an addition ("three more bodies …, bringing the toll
					// to 17").
					if p.Scope == "subset" && !strings.Contains(p.Note, " more:") {
						f.Scope = "subset"
					}
					// "Of the eight dead, five have been named": a part.
					before := strings.ToLower(strings.TrimSpace(a.Text[max(0, p.Span.Start-8):p.Span.Start]))
					if strings.HasSuffix(before, "of the") || strings.HasSuffix(before, "of") || strings.HasSuffix(before, "among the") {
						f.Scope = "subset"
					}
					// "96 drones, of which 61 were shot down and 24 lost":
					// a part listed with another part.
					for _, q := range out[j+1:] {
						if q.Scope == "subset" && q.Counts == f.Counts {
							f.Scope = "subset"
						}
					}
					break
				}
			}
		}
		// "317 of the injured were still in hospital, 46 of them in
		// intensive care": the part of the hurt that is in hospital.
		// The dead are not in hospital: a part of a toll still being
		// treated is the hurt.
		if (f.Counts == "wounded" || f.Counts == "survivor" || f.Counts == "killed" && f.Scope == "subset" && !ofOutcomeAfter(toks, end)) && inHospitalAfter(toks, end) {
			f.Counts = "hospitalised"
		}
		// "asked for 15 years for A and between 8 and 10 years for B": a
		// second term in the same coordination.
		if len(out) > 0 && f.Scope == "duration" && f.Counts != "sentenced" && out[len(out)-1].Counts == "sentenced" && lastWord(out[len(out)-1].Of) == lastWord(f.Of) {
			gap := strings.Fields(strings.ToLower(a.Text[out[len(out)-1].Span.End:f.Span.Start]))
			if len(gap) <= 6 && slices.Contains(gap, "and") {
				f.Counts = "sentenced"
			}
		}
		// "suspended three of the ten years": the whole is the term too.
		if len(out) > 0 && f.Scope == "duration" && out[len(out)-1].Counts == "sentenced" && lastWord(out[len(out)-1].Of) == lastWord(f.Of) &&
			strings.TrimSpace(strings.ToLower(a.Text[out[len(out)-1].Span.End:f.Span.Start])) == "of the" {
			f.Counts = "sentenced"
			out[len(out)-1].Scope = "subset" // the part is not the term
		}
		// "nine years and six months": one term.
		if len(out) > 0 && a.joinDuration(&out[len(out)-1], f) {
			continue
		}
		// "Of the dead, four are children": a part of the dead.
		if f.Counts == "count" && f.Of == "" && f.Unit == "" {
			if w := strings.Fields(strings.ToLower(a.Text[a.Sentences[si].Start:f.Span.Start])); len(w) >= 3 && w[0] == "of" && w[1] == "the" {
				if c, ok := outcomeWords[strings.TrimRight(w[2], ",")]; ok && strings.HasSuffix(w[2], ",") {
					f.Counts, f.Scope = c, "subset"
				}
			}
		}
		// "to 7.2 million tonnes from 6.8 million": the earlier value of
		// the same measure; elided, so never compared on its own.
		if f.Counts == "count" && f.Unit == "" && f.Of == "" && len(out) > 0 {
			p := out[len(out)-1]
			gap := strings.Join(strings.Fields(strings.ToLower(a.Text[p.Span.End:f.Span.Start])), " ")
			switch gap {
			case "from", "up from", "down from", "compared with", "against":
				if p.Counts != "count" && p.Counts != "" && p.Counts != "money" && p.Counts != "percent" && p.Scope != "elided" {
					f.Counts, f.Unit, f.Of, f.Scope = p.Counts, p.Unit, p.Of, "elided"
					f.Note = "the earlier value of what " + p.Text + " measures"
				}
			}
			// "1,460 per dollar on Tuesday, compared with about 1,530 at
			// the start of the year": the same rate, then.
			if strings.HasPrefix(p.Unit, "per ") && len(strings.Fields(gap)) <= 12 &&
				(strings.HasSuffix(gap, "compared with") || strings.HasSuffix(gap, "from") || strings.HasSuffix(gap, "against") || strings.HasSuffix(gap, "compared to")) {
				f.Counts, f.Unit, f.Scope = p.Counts, p.Unit, "elided"
				f.Note = "the earlier value of the rate " + p.Text
			}
		}
		if impossibleCount(f) {
			f.Counts, f.Of, f.Scope = "count", "", ""
		}
		a.moneyFromContext(&f, out)
		a.composedOf(&f, out)
		// "by 79 votes to 68", "12 goals against 9": the second counts
		// what the first does.
		if f.Counts == "count" && len(out) > 0 {
			p := out[len(out)-1]
			if p.Of != "" && p.Span.End <= f.Span.Start {
				gap := strings.ToLower(strings.Join(strings.Fields(a.Text[p.Span.End:f.Span.Start]), " "))
				of := strings.ToLower(p.Of)
				if gap == of+" to" || gap == of+" against" || gap == of+" versus" || gap == of+" vs" {
					f.Counts, f.Of = p.Counts, p.Of
				}
			}
		}
		// "won 14 of the 20 seats, a gain of five, while the Conservatives
		// held four": a bare number after things (not people) counts them
		// too; "held" is not a detention, "a gain" not a thing counted.
		// Elided, so it is never compared on its own.
		if j := lastNotElided(out); (f.Counts == "detained" && heldBefore(toks, start) || changeNouns[f.Counts]) && f.Of == "" && f.Unit == "" && j >= 0 {
			if p := out[j]; p.Of != "" && p.Unit == "" && p.Scope != "duration" && p.Counts != "age" && p.Counts != "money" && p.Counts != "percent" &&
				!isOutcome(p.Counts) && !personNouns[p.Counts] && !likelyPeople(lastWord(strings.ToLower(p.Of))) {
				f.Counts, f.Scope = p.Counts, "elided"
			}
		}
		// "GRP 11, BPN 7, independents 1": what a tally of parties counts
		// is not in its words; whatever a number before it counted is not
		// meant either.
		if f.Of == "" && f.Unit == "" && f.Scope != "duration" && tallyAt(toks, start) {
			if n := a.tallyNoun(&f); n != "" {
				f.Counts = n
			}
		}
		// "convicted on four counts of fraud and acquitted on two": the
		// noun left out is the one before.
		if n := len(out); n > 0 && f.Of == "" && f.Unit == "" && isOutcome(f.Counts) {
			p := out[n-1]
			k := start - 1
			for k > 0 && (toks[k].Lower() == "remaining" || toks[k].Lower() == "other" || toks[k].Lower() == "the") {
				k--
			}
			if p.Of != "" && p.Unit == "" && isOutcome(p.Counts) && lowerAt(toks, k) == "on" && p.Span.End <= f.Span.Start &&
				strings.Contains(" "+strings.ToLower(a.Text[p.Span.End:f.Span.Start])+" ", " and ") {
				if head := lastWord(strings.ToLower(p.Of)); !likelyPeople(head) && !timeUnits[head] && head != "people" {
					f.Of = p.Of
				}
			}
		}
		// "Two more, both Nepali, are still missing": "both" in apposition
		// is the figure before again.
		if n := len(out); n > 0 && f.Value == out[n-1].Value && f.Unit == "" {
			if w := strings.ToLower(strings.Fields(f.Text)[0]); w == "both" || w == "all" {
				p := out[n-1]
				gap := strings.Join(strings.Fields(a.Text[p.Span.End:f.Span.Start]), " ")
				if p.Span.End <= f.Span.Start && strings.HasSuffix(gap, ",") && len(strings.Fields(gap)) <= 2 && p.Counts != "count" {
					f.Counts, f.Scope = p.Counts, "elided"
					f.Note = "the " + p.Text + " before again"
				}
			}
		}
		// "the funerals of 19 victims", "Six of the dead were children
		// … Four of the victims": victims are the dead when they are
		// buried or the count before was of the dead.
		// "more than 240,000 people have been affected": people touched
		// by a disaster; "affected 18 districts" counts the districts.
		if f.Counts == "affected" && f.Of != "" {
			if h := lastWord(strings.ToLower(f.Of)); !likelyPeople(h) && !personNouns[h] && !personNouns[singular(h)] {
				f.Counts = singular(h)
			}
		}
		// "the umpires had both heard": "both" floats after its noun.
		if l := strings.ToLower(f.Text); (l == "both" || l == "all") && start >= 2 && floatingAux[toks[start-1].Lower()] && isPluralNoun(toks[start-2].Lower()) && !toks[start-2].IsCap() {
			f.Counts, f.Of = singular(toks[start-2].Lower()), toks[start-2].Text
		}
		// "We will bury eight of our sons and daughters", "the funerals of
		// 12 children": people buried are the dead.
		head := lastWord(strings.ToLower(f.Of))
		buried := funeralOf(toks, start, end) && (f.Counts == "victim" || head == "victims" || personNouns[f.Counts] || likelyPeople(f.Counts) || likelyPeople(f.Counts+"s") ||
			likelyPeople(head) || personNouns[head] || head == "dead")
		if buried || f.Counts == "victim" && f.Scope == "subset" && a.deadCountedBefore(out, f) && !outcomeLater(toks, end) {
			f.Counts = "killed"
			if f.Scope == "projected" {
				f.Scope = "" // the burial is to come, the deaths are not
			}
		}
		out = append(out, f)
	}
	if pv := a.victimAndCompanion(si, out); len(pv) > 0 {
		out = append(out, pv...)
		sort.SliceStable(out, func(i, j int) bool { return out[i].Span.Start < out[j].Span.Start })
	}
	a.gapped(out)
	a.allOfThem(si, out)
	return out
}

// allOfThem reads a later clause about the whole group a figure counts:
// "About 600 workers were on the afternoon shift, and all of them were
// evacuated, along with roughly 1,200 residents": the 600 and the 1,200
// were evacuated.
func (a *Analysis) allOfThem(si int, out []Figure) {
	toks := a.Tokens[si]
	for k := 0; k+3 < len(toks); k++ {
		if toks[k].Lower() != "all" || toks[k+1].Lower() != "of" || toks[k+2].Lower() != "them" {
			continue
		}
		j := k + 3
		for j < len(toks) && afterAux[toks[j].Lower()] {
			j++
		}
		c, ok := outcomeVerb(lowerAt(toks, j))
		if !ok {
			continue
		}
		// The figure before, counting people with no outcome of its own.
		for i := len(out) - 1; i >= 0; i-- {
			f := &out[i]
			if f.Span.End > toks[k].Start {
				// "…, along with roughly 1,200 residents": besides them.
				if f.Span.Start > toks[j].End && strings.HasSuffix(strings.ToLower(strings.TrimSpace(a.Text[toks[j].End:f.Span.Start])), "along with") && !isOutcome(f.Counts) && f.Unit == "" {
					f.Counts = c
				}
				continue
			}
			if !isOutcome(f.Counts) && f.Unit == "" && (likelyPeople(strings.ToLower(lastWord(f.Of))) || f.Counts == "person") {
				f.Counts = c
			}
			break
		}
	}
}

// gapped reads a pair of bare figures that repeat the frame of a pair
// before them in the sentence: "Yobe has reported 3,210 cases and 46
// deaths, and Adamawa 1,870 and 22" — 1,870 cases and 22 deaths.
func (a *Analysis) gapped(out []Figure) {
	// x and y joined by "and", past x's noun: "3,210 cases and 46".
	joined := func(x, y Figure) bool {
		if x.Span.End > y.Span.Start {
			return false
		}
		gap := strings.Join(strings.Fields(a.Text[x.Span.End:y.Span.Start]), " ")
		return gap == "and" || x.Of != "" && strings.EqualFold(gap, x.Of+" and")
	}
	for j := 2; j+1 < len(out); j++ {
		f, g := &out[j], &out[j+1]
		if f.Of != "" || g.Of != "" || f.Unit != "" || g.Unit != "" || !joined(*f, *g) {
			continue
		}
		// The frame repeated without its verb: a name, then the pair
		// (", and Adamawa 1,870 and 22"); not "the suspects were aged 19
		// and 22".
		before := strings.Fields(a.Text[max(0, f.Span.Start-40):f.Span.Start])
		if len(before) < 2 || !unicode.IsUpper(firstRune(before[len(before)-1])) || !strings.HasSuffix(before[len(before)-2], ",") && before[len(before)-2] != "and" {
			continue
		}
		// The pair before, each with its noun, joined the same way.
		for k := j - 2; k >= 0; k-- {
			p, q := out[k], out[k+1]
			if p.Of == "" || q.Of == "" || p.Counts == q.Counts || !joined(p, q) {
				continue
			}
			f.Counts, f.Of, f.Scope = p.Counts, p.Of, p.Scope
			g.Counts, g.Of, g.Scope = q.Counts, q.Of, q.Scope
			f.Note = "the frame of " + p.Text + " " + p.Of + " again"
			g.Note = "the frame of " + q.Text + " " + q.Of + " again"
			break
		}
		j++
	}
}

// impossibleCount reports a count of people larger than there are
// people: "61.2 trillion" is no number of retirees, whatever noun came
// before.
func impossibleCount(f Figure) bool {
	if f.Value < 1e10 || f.Unit != "" || f.Counts == "money" || f.Counts == "count" || f.Counts == "" {
		return false
	}
	return isOutcome(f.Counts) || personNouns[f.Counts] || likelyPeople(f.Counts+"s") || personNouns[f.Counts+"s"]
}

func isWeekdayWord(l string) bool {
	_, ok := weekdayNames[l]
	return ok
}

// collectiveCompanions are more than one: "killed him and his family".
var collectiveCompanions = setOf(`family household entourage crew team staff convoy group unit escort detail delegation party
family's relatives children`)

// companionEnds may follow "killed him and a bodyguard" in its clause.
var companionEnds = setOf(`in on at near as when while during late early after before last outside inside`)

// victimAndCompanion reads "the strike killed him and a bodyguard",
// "killing Commander Okot and his driver": two, counted with the verb.
func (a *Analysis) victimAndCompanion(si int, have []Figure) []Figure {
	toks := a.Tokens[si]
	var out []Figure
	for k := 0; k+4 < len(toks); k++ {
		outcome := ""
		switch toks[k].Lower() {
		case "killed", "killing", "kills", "kill":
			outcome = "killed"
		case "wounded", "wounding", "injured", "injuring":
			outcome = "wounded"
		}
		if outcome == "" || a.inQuoteTok(toks[k]) {
			continue
		}
		// "threatened to kill him and his family", "did not kill": no one
		// died.
		if k > 0 {
			if b := toks[k-1].Lower(); b == "to" || b == "not" || b == "never" || b == "would" || b == "could" || b == "might" || b == "will" {
				continue
			}
		}
		// The first: a pronoun or a name (capitalised words).
		j := k + 1
		if l := toks[j].Lower(); l == "him" || l == "her" {
			j++
		} else {
			for j < len(toks) && j < k+6 && toks[j].Kind == TokWord && (toks[j].IsCap() || isNameToken(toks[j])) && !isMonthToken(toks[j]) && !isWeekdayWord(toks[j].Lower()) {
				j++
			}
			if j == k+1 {
				continue
			}
		}
		// Then "and a bodyguard", "and his driver".
		if j+2 >= len(toks) || toks[j].Lower() != "and" {
			continue
		}
		switch toks[j+1].Lower() {
		case "a", "an", "his", "her", "another":
		default:
			continue
		}
		n := j + 2
		for n < len(toks) && n < j+4 && toks[n].Kind == TokWord && !toks[n].IsCap() && !isPluralNoun(toks[n].Lower()) && n+1 < len(toks) && toks[n+1].Kind == TokWord && !toks[n+1].IsCap() && !functionWords[toks[n+1].Lower()] {
			n++ // "a senior aide": the noun is the last word
		}
		noun := toks[n].Lower()
		if toks[n].Kind != TokWord || toks[n].IsCap() || functionWords[noun] || isPluralNoun(noun) || collectiveCompanions[noun] {
			continue // "him and his family": more than one
		}
		// The phrase ends there: "killed him and a spokesman for the
		// group vowed revenge" is not two dead.
		if n+1 < len(toks) {
			if nx := toks[n+1]; nx.Kind == TokWord && !companionEnds[nx.Lower()] {
				continue
			}
		}
		sp := Span{toks[k+1].Start, toks[n].End}
		overlaps := false
		for _, f := range have {
			overlaps = overlaps || f.Span.Overlaps(sp)
		}
		if overlaps {
			continue
		}
		out = append(out, Figure{Span: sp, Text: a.Text[sp.Start:sp.End], Value: 2, Low: 2, High: 2, Counts: outcome,
			Of: a.Text[toks[k+1].Start:toks[n].End], Plus: 1, Sentence: si, Clause: a.clauseOf(si, k+1, n+1),
			Note: "one named and one other: two " + outcome})
	}
	return out
}

// elided reads what a bare figure counts from the sentence before it in
// its paragraph: "Nine of my officers were injured. Both have since been
// discharged." The reading is marked with the scope "elided" so that it
// informs a reader but never raises a conflict on its own.
func (a *Analysis) elided(si int, figs []Figure) []Figure {
	for i := range figs {
		// "900 of us", "three of you": people.
		if rest := strings.ToLower(a.Text[figs[i].Span.End:min(len(a.Text), figs[i].Span.End+8)]); figs[i].Counts == "count" && (strings.HasPrefix(rest, " of us") || strings.HasPrefix(rest, " of you")) {
			figs[i].Counts = "person"
		}
	}
	a.countedBefore(si, figs)
	a.sameValueBefore(si, figs)
	// "34 people were treated. Nineteen of them were still in hospital":
	// the part in hospital, read once what they are a part of is known.
	for i := range figs {
		if f := &figs[i]; (f.Counts == "wounded" || f.Counts == "person" || f.Counts == "survivor" || f.Counts == "count" && f.Scope == "subset") && f.Unit == "" &&
			inHospitalAfter(a.Tokens[si], a.tokenAt(si, f.Span.End)) {
			f.Counts = "hospitalised"
		}
	}
	// "Half of our nurses work double shifts, and three of them …", "his
	// count of the dead. Seven of them …": "of them" refers to the last
	// plural noun before, in the sentence or the one before it.
	for i := range figs {
		if f := &figs[i]; f.Counts == "count" && f.Of == "" && f.Unit == "" && strings.HasPrefix(a.Text[f.Span.End:min(len(a.Text), f.Span.End+8)], " of them") {
			c, people := a.pluralBefore(si, f.Span.Start, personVerbAfter(a.Text[f.Span.End+8:min(len(a.Text), f.Span.End+60)]))
			// "nine are still admitted at the hospital. Two of them":
			// them are the nine, not the hospitals.
			if n := len(a.Figures); !people && i == 0 && n > 0 && a.Figures[n-1].Sentence == si-1 && a.Sentences[si-1].Para == a.Sentences[si].Para && isOutcome(a.Figures[n-1].Counts) {
				c = a.Figures[n-1].Counts
			}
			if c != "" {
				f.Counts, f.Scope = c, "subset"
				f.Note = "part of what “them” stands for"
			}
		}
	}
	// "both of them", "three of us" with nothing counted before: people.
	for i := range figs {
		if figs[i].Counts == "count" && figs[i].Of == "" && a.refersBack(figs[i].Span.End) {
			figs[i].Counts = "person"
		}
	}
	return figs
}

// pluralBefore finds the last plural noun for people before pos in
// sentence si, or in the sentence before it within the paragraph, and what
// it counts: an outcome for "the dead", "the injured", else the noun
// (people is then true); failing that, the nearest plural noun.
func (a *Analysis) pluralBefore(si, pos int, person bool) (noun string, people bool) {
	nearest, nearestPeople := "", ""
	for s := si; s >= 0 && s >= si-1; s-- {
		if s < si && a.Sentences[s].Para != a.Sentences[si].Para {
			break
		}
		toks := a.Tokens[s]
		for k := len(toks) - 1; k >= 0; k-- {
			t := toks[k]
			if t.Start >= pos || t.Kind != TokWord || t.IsCap() {
				continue
			}
			l := t.Lower()
			if out, ok := outcomeWords[l]; ok && k > 0 && toks[k-1].Lower() == "the" {
				return out, true // "the dead", "the injured"
			}
			// People first within the sentence: "them" after "double
			// shifts" is still the nurses; else the nearest plural noun.
			if s == si && isPluralNoun(l) && likelyPeople(l) {
				return singular(l), true
			}
			if nearest == "" && isPluralNoun(l) && !functionWords[l] && !stopAfterNumber[l] && !timeUnits[l] {
				nearest = singular(l)
			}
			if nearestPeople == "" && likelyPeople(l) && (isPluralNoun(l) || l == "people" || l == "men" || l == "women" || l == "children") {
				nearestPeople = singular(l)
			}
		}
	}
	// "Three men were detained … found two rifles. Two of them were
	// released": what only people do is done by the people named.
	if person && nearestPeople != "" {
		return nearestPeople, true
	}
	return nearest, false
}

// personVerbAfter reports that what follows "N of them" is done to or by
// people only: "were released", "got out", "were pulled out alive".
func personVerbAfter(rest string) bool {
	w := strings.Fields(strings.ToLower(rest))
	k := 0
	for k < len(w) && (afterAux[w[k]] || w[k] == "had" || w[k] == "have") {
		k++
	}
	if k >= len(w) {
		return false
	}
	switch strings.Trim(w[k], ",.;") {
	case "released", "freed", "got", "fled", "escaped", "survived", "said", "told", "pulled", "rescued", "died", "testified", "pleaded", "confessed", "deny", "denied":
		return true
	}
	return false
}

// likelyPeople reports a plural noun for people: the listed ones and
// the -men (fishermen, policemen).
func likelyPeople(l string) bool {
	return personNouns[l] || peoplePlurals[l] || strings.HasSuffix(l, "men") && len(l) > 5
}

var peoplePlurals = setOf(`nurses pupils adults victims relatives troops colleagues youths girls boys babies fans pilots guests judges
nuns monks wives husbands sons daughters brothers sisters cousins grandchildren teachers workers farmers soldiers officers villagers
residents students patients parents migrants refugees employees doctors engineers miners traders drivers passengers voters supporters
protesters fighters rebels militants journalists reporters lawyers prosecutors officials leaders volunteers rescuers firefighters medics
survivors hostages prisoners detainees suspects witnesses players athletes candidates delegates ministers diplomats`)

func (a *Analysis) countedBefore(si int, figs []Figure) {
	// The sentence before in the paragraph, or the last of the paragraph
	// before when this one opens a paragraph (a transcript's next turn).
	if si == 0 || a.Sentences[si].Para-a.Sentences[si-1].Para > 1 {
		return
	}
	var ante *Figure
	for i := len(a.Figures) - 1; i >= 0 && a.Figures[i].Sentence == si-1; i-- {
		p := &a.Figures[i]
		if p.Of != "" && p.Counts != "count" && p.Unit == "" && p.Scope != "duration" && p.Counts != "age" {
			ante = p
			break
		}
	}
	if ante == nil {
		return
	}
	for i := range figs {
		f := &figs[i]
		// "a relative risk of 0.42" after "89 people": a fraction
		// counts no one.
		if f.Counts == "count" && f.Of == "" && f.Unit == "" && (f.Scope == "" || f.Scope == "cumulative") && f.Value == math.Trunc(f.Value) {
			f.Counts, f.Scope = ante.Counts, "elided"
			f.Note = "counts what the sentence before counts (" + ante.Text + " " + ante.Of + ")"
		}
	}
}

// sameValueBefore reads a bare figure as counting what the same number
// counted a few sentences before: "… 850 roles on top of that. These 850
// are mostly in Sweden."
func (a *Analysis) sameValueBefore(si int, figs []Figure) {
	for i := range figs {
		f := &figs[i]
		// "Fifteen years for a man who …" after "sentenced to 15 years":
		// the term again, not any fifteen years.
		// Not "he had worked there for 15 years": a time spent.
		before := strings.ToLower(lastWords(a.Text[a.Sentences[si].Start:f.Span.Start], 1))
		after := strings.Fields(strings.ToLower(a.Text[f.Span.End:min(len(a.Text), f.Span.End+24)]))
		since := len(after) > 1 && (after[1] == "ago" || after[1] == "before" || after[1] == "after" || after[1] == "later" || after[1] == "earlier")
		// "the seven-year term" after "sentenced to seven years" too.
		// Not "a 10-year term as chairman", a term of office.
		termAgain := f.Of == "" && len(after) > 0 && (after[0] == "term" || after[0] == "sentence") && (len(after) < 2 || after[1] != "as" && after[1] != "in" && after[1] != "of")
		// "18 months, 15 of them suspended … the remaining three months
		// are to be served": a part of the term given before.
		if f.Scope == "duration" && (before == "remaining" || before == "other") && f.Of != "" && f.Counts == singular(lastWord(f.Of)) {
			prev := append(append([]Figure(nil), a.Figures...), figs[:i]...)
			found := false
			for k := len(prev) - 1; k >= 0 && prev[k].Sentence >= si-6; k-- {
				if p := prev[k]; p.Counts == "sentenced" && p.Scope != "subset" && lastWord(p.Of) == lastWord(f.Of) && p.Value > f.Value {
					f.Counts, f.Scope, f.Note = "sentenced", "subset", "a part of the term given before ("+p.Text+")"
					found = true
					break
				}
			}
			if found {
				continue
			}
		}
		if f.Scope == "duration" && (f.Counts == singular(lastWord(f.Of)) || termAgain) && f.Unit == "" && !timePrepositions[before] && !since {
			for k := len(a.Figures) - 1; k >= 0; k-- {
				if p := &a.Figures[k]; p.Counts == "sentenced" && p.Value == f.Value && (lastWord(p.Of) == lastWord(f.Of) || termAgain && singular(lastWord(p.Of)) == f.Counts) {
					f.Counts, f.Note = "sentenced", "the term given before ("+p.Text+")"
					break
				}
			}
			continue
		}
		if f.Counts != "count" || f.Of != "" || f.Unit != "" || (f.Scope != "" && f.Scope != "cumulative") {
			continue
		}
		// A small number recurs by chance; a large one, or one said with
		// "the", "these", is the same quantity again.
		if f.Value < 100 && before != "the" && before != "these" && before != "those" && before != "all" {
			continue
		}
		for k := len(a.Figures) - 1; k >= 0 && a.Figures[k].Sentence >= si-6; k-- {
			p := &a.Figures[k]
			if p.Value != f.Value || p.Counts == "count" || p.Counts == "" || p.Counts == "age" || p.Unit != "" || p.Scope == "duration" {
				continue
			}
			f.Counts, f.Scope = p.Counts, "elided"
			f.Note = "counts what the same number counted before (" + p.Text + ")"
			break
		}
	}
}

// timePrepositions put a duration in time rather than name it.
var timePrepositions = setOf(`for in after over within during about than since of by to from until before ago last past next almost nearly`)

// durationParts converts a smaller time unit into a larger one.
var durationParts = map[[2]string]float64{
	{"year", "month"}: 1.0 / 12, {"year", "week"}: 1.0 / 52, {"year", "day"}: 1.0 / 365,
	{"month", "week"}: 12.0 / 52, {"month", "day"}: 1.0 / 30, {"week", "day"}: 1.0 / 7,
	{"day", "hour"}: 1.0 / 24, {"hour", "minute"}: 1.0 / 60, {"minute", "second"}: 1.0 / 60,
}

// joinDuration folds "and six months" into the "nine years" before it,
// so that a term reads as 14.67 years and is compared whole.
func (a *Analysis) joinDuration(p *Figure, f Figure) bool {
	if p.Scope != "duration" || f.Scope != "duration" || p.Of == "" || f.Of == "" {
		return false
	}
	big, small := singular(lastWord(p.Of)), singular(lastWord(f.Of))
	factor, ok := durationParts[[2]string{big, small}]
	if !ok {
		return false
	}
	if f.Span.Start < p.Span.End {
		return false
	}
	// Only between the two figures: "nine years and six months".
	between := a.Text[p.Span.End:f.Span.Start]
	ofEnd := strings.Index(between, p.Of)
	if ofEnd < 0 {
		return false
	}
	gap := strings.TrimSpace(between[ofEnd+len(p.Of):])
	if gap != "and" && gap != "," {
		return false
	}
	end := strings.Index(a.Text[f.Span.End:], f.Of)
	if end < 0 || end > 3 {
		return false
	}
	p.Value += f.Value * factor
	p.Low += f.Low * factor
	if !math.IsInf(p.High, 1) {
		p.High += f.High * factor
	}
	p.Span.End = f.Span.End + end + len(f.Of)
	p.Text = a.Text[p.Span.Start:p.Span.End]
	p.Of = lastWord(p.Of) // the unit the value is in
	if p.Counts != "sentenced" && f.Counts == "sentenced" {
		p.Counts = "sentenced"
	}
	p.Note = fmt.Sprintf("%s %s in all", FormatNumber(math.Round(p.Value*100)/100), p.Of)
	return true
}

// moneyFromContext reads a bare amount as money in the currency of the
// amount before it: "511 trillion pesos …, up from 94 trillion", "sold
// the crop for 150,000" after "180,000 rupees".
func (a *Analysis) moneyFromContext(f *Figure, before []Figure) {
	if f.Unit != "" || f.Of != "" {
		return
	}
	// "50,000 pesos to the family of each of the dead and 10,000 to each
	// survivor": the same frame again, so the same currency.
	if n := len(before); n > 0 && before[n-1].Counts == "money" && before[n-1].Sentence == f.Sentence {
		p := before[n-1]
		gap := " " + strings.ToLower(a.Text[p.Span.End:f.Span.Start]) + " "
		frame := func(end int) string {
			if w := strings.Fields(strings.ToLower(a.Text[end:min(len(a.Text), end+12)])); len(w) > 0 {
				return w[0]
			}
			return ""
		}
		if fw, gw := frame(f.Span.End), strings.Fields(gap); len(gw) > 0 && len(gw) <= 12 && gw[0] == fw && (fw == "to" || fw == "for" || fw == "per" || fw == "each") &&
			strings.Contains(gap, " and ") {
			f.Unit, f.Counts, f.Scope = p.Unit, "money", p.Scope
			f.Note = "in the currency of the amount before"
			return
		}
	}
	if f.Counts != "count" && f.Counts != "" {
		return
	}
	lower := strings.ToLower(f.Text)
	scaled := strings.Contains(lower, "million") || strings.Contains(lower, "billion") || strings.Contains(lower, "trillion") ||
		strings.HasSuffix(lower, "bn") || strings.HasSuffix(lower, "m")
	toks := a.Tokens[f.Sentence]
	priced := false
	first := a.tokenAt(f.Sentence, f.Span.Start)
	// Only the few words just before: "cost $5bn and will serve 8
	// million" does not price the 8 million.
	for _, t := range toks[max(0, first-4):first] {
		switch t.Lower() {
		case "sold", "paid", "pays", "cost", "costs", "worth", "fine", "price", "fetched", "earned", "earns", "spent", "borrowed", "owes", "owed":
			priced = true
		}
	}
	// A scale word alone is not money ("will serve 8 million"): it takes
	// a price verb, or a change from an amount ("up from 80 billion").
	if scaled && !priced {
		before := strings.ToLower(a.Text[max(0, f.Span.Start-12):f.Span.Start])
		if !strings.HasSuffix(before, "from ") && !strings.HasSuffix(before, "to ") && !strings.HasSuffix(before, "of ") {
			return
		}
	}
	if !scaled && !priced {
		return
	}
	// The money figure named last: in this sentence, or the two before.
	var cur string
	for j := len(before) - 1; j >= 0 && cur == ""; j-- {
		if before[j].Counts == "money" {
			cur = before[j].Unit
		}
	}
	for j := len(a.Figures) - 1; j >= 0 && cur == "" && a.Figures[j].Sentence >= f.Sentence-2; j-- {
		if a.Figures[j].Counts == "money" {
			cur = a.Figures[j].Unit
		}
	}
	if cur != "" {
		f.Unit, f.Counts = cur, "money"
		f.Note = "in the currency of the amount before"
	}
}

// composedOf reads a figure that lists the parts of a whole: "27 dead,
// among them 11 civilians" counts the dead; "the crew comprises 12
// Kenyans, four Ugandans" counts crew. The part takes what the whole
// counts, as a subset.
func (a *Analysis) composedOf(f *Figure, before []Figure) {
	if isOutcome(f.Counts) || f.Unit != "" || f.Counts == "age" || f.Scope == "duration" {
		return
	}
	s := a.Sentences[f.Sentence].Span
	from := s.Start
	var prev *Figure
	if len(before) > 0 {
		prev = &before[len(before)-1]
		from = prev.Span.End
	}
	gap := strings.ToLower(strings.Join(strings.Fields(a.Text[from:f.Span.Start]), " "))
	if prev != nil {
		gap = strings.TrimSpace(strings.TrimPrefix(gap, strings.ToLower(prev.Of)))
	}
	// The next part of a list: "12 Kenyans, four Ugandans and two".
	if prev != nil && prev.Scope == "subset" && prev.Note == composedNote && (gap == "," || gap == "and" || gap == ", and") {
		f.Counts, f.Scope, f.Note = prev.Counts, "subset", composedNote
		return
	}
	// "the dead included three nurses", "among the injured were six
	// children": the outcome names the whole.
	for _, cue := range []string{" included", " include", " includes", " were", " was"} {
		if !strings.HasSuffix(gap, strings.TrimSpace(cue)) {
			continue
		}
		w := strings.Fields(strings.TrimSuffix(gap, strings.TrimSpace(cue)))
		if len(w) == 0 {
			break
		}
		if c, ok := outcomeWords[strings.Trim(w[len(w)-1], ",")]; ok && (c == "killed" || c == "wounded" || c == "missing" || c == "detained" || c == "arrested") {
			if cue != " included" && cue != " include" && cue != " includes" && !(len(w) > 2 && w[len(w)-3] == "among") {
				break // "the dead were": only "among the dead were"
			}
			f.Counts, f.Scope, f.Note = c, "subset", composedNote
			return
		}
		break
	}
	for _, cue := range []string{"among them", "among whom", "including", "of whom", "comprises", "comprising", "consists of", "consisting of", "made up of", "included", "include"} {
		i := strings.LastIndex(gap, cue)
		if i < 0 || strings.TrimSpace(gap[i+len(cue):]) != "" {
			continue
		}
		demonym := f.Of != "" && strings.ToLower(f.Of) != f.Of // "12 Kenyans": who they are, not what
		if prev != nil && (isOutcome(prev.Counts) || demonym && (singular(lastWord(prev.Of)) == prev.Counts || strings.TrimSpace(gap[:i]) == "")) && prev.Counts != "count" && prev.Scope != "duration" && prev.Unit == "" {
			f.Counts, f.Scope, f.Note = prev.Counts, "subset", composedNote
			return
		}
		// "The crew comprises", "The 64 passengers included": the noun
		// before the verb is the whole.
		if w := strings.Fields(strings.TrimSpace(gap[:i])); len(w) > 0 && (cue == "comprises" || cue == "consists of" || cue == "made up of" || cue == "included" || cue == "include") {
			n := strings.Trim(w[len(w)-1], ",.")
			if len(w) > 1 && (w[len(w)-2] == "is" || w[len(w)-2] == "was") {
				n = ""
			}
			// "The team that morning included": the team, not the morning.
			if dayTimes[n] || timeUnits[n] {
				n = ""
				if len(w) > 2 && (w[len(w)-2] == "that" || w[len(w)-2] == "this" || w[len(w)-2] == "last" || w[len(w)-2] == "each" || w[len(w)-2] == "every") {
					n = strings.Trim(w[len(w)-3], ",.")
				}
			}
			// "did not include both attackers": no part of anything.
			if n != "" && n == strings.ToLower(n) && !stopAfterNumber[n] && n != "not" && !strings.HasSuffix(n, "n't") && !strings.HasSuffix(n, "n’t") {
				f.Counts, f.Scope, f.Note = singular(n), "subset", composedNote
				if c, ok := sameThing[f.Counts]; ok {
					f.Counts = c
				}
			}
		}
		return
	}
}

// heldOver reports words before a suspension's length that make it a
// fine or a prison term held over: "R2 million of which", "four of the 12
// years", "the sentence". Not "who was fined last year": a ban then.
func heldOver(toks []Token) bool {
	for k, t := range toks {
		switch t.Lower() {
		case "sentence", "jail", "prison":
			return true
		case "years", "months":
			// "of the 12 years"; not "who has played for six years".
			if k >= 3 && toks[k-3].Lower() == "of" && toks[k-2].Lower() == "the" && (toks[k-1].Kind == TokNum || smallNumbers[toks[k-1].Lower()] > 0) {
				return true
			}
		case "which":
			if k > 0 && toks[k-1].Lower() == "of" {
				return true
			}
		}
	}
	return false
}

// capacityBefore reports a capacity right before a number: "licensed
// for", "built for", "designed to carry", "could carry", "capacity of".
func capacityBefore(toks []Token, k int) bool {
	for k > 0 && qualifierWord(toks[k-1].Lower()) {
		k--
	}
	w1, w2, w3 := lowerAt(toks, k-1), lowerAt(toks, k-2), lowerAt(toks, k-3)
	switch {
	case w1 == "for" && (w2 == "licensed" || w2 == "built" || w2 == "designed" || w2 == "rated" || w2 == "certified" || w2 == "approved"):
		return true
	case w1 == "carry" || w1 == "hold" || w1 == "seat" || w1 == "accommodate":
		return w2 == "to" || w2 == "could" || w2 == "can" || w2 == "would" || w2 == "only" || w3 == "could" || w3 == "can"
	case w1 == "of" && (w2 == "capacity" || w2 == "limit"):
		return true
	}
	return false
}

// dayTimes are the parts of a day, which are no whole of anything.
var dayTimes = setOf(`morning mornings afternoon afternoons evening evenings night nights today tonight yesterday weekend`)

// numberedPlaces are places named by a number after them.
var numberedPlaces = setOf(`station gate platform terminal pier berth ward room bed block sector exit junction booth cell hangar bay`)

// composedNote marks a figure read as a part of a whole.
const composedNote = "a part of a whole counted before"

// measureBefore reads what a bare figure measures from the noun before
// it: "NOUN of N", "NOUN at N", "NOUN is N", "NOUN stood at N".
func (a *Analysis) measureBefore(toks []Token, numTok int) string {
	k := numTok - 1
	for k >= 0 {
		l := toks[k].Lower()
		if l == "least" && k > 0 && toks[k-1].Lower() == "at" {
			k -= 2 // "at least"
			continue
		}
		if qualifierWord(l) && l != "at" || l == "than" || l == "already" || toks[k].Text == "," {
			k--
			continue
		}
		break
	}
	if k < 1 {
		return ""
	}
	// "Structures Destroyed 212": a row of a table counts the plural its
	// label opens with.
	if numTok == len(toks)-1 && numTok <= 6 && toks[0].Kind == TokWord {
		allWords := true
		for _, t := range toks[:numTok] {
			allWords = allWords && t.Kind == TokWord
		}
		if l := toks[0].Lower(); allWords && isPluralNoun(l) && !unitPlural[l] {
			return singular(l)
		}
	}
	// "at magnitude 6.9": the measure right before.
	if l := toks[k].Lower(); measureNouns[l] && l != "age" {
		return l
	}
	switch toks[k].Lower() {
	case "of", "at", "is", "was", "stood", "stands", "reached", "numbered":
	default:
		return ""
	}
	if toks[k].Lower() == "at" && k > 0 && (toks[k-1].Lower() == "stood" || toks[k-1].Lower() == "stands") {
		k--
	}
	n := k - 1
	for n >= 0 && toks[n].Kind == TokPunct {
		n--
	}
	if n < 0 || toks[n].Kind != TokWord {
		return ""
	}
	noun := toks[n].Lower()
	// "the count of damaged houses is": what the count counts.
	if countWords[noun] {
		return ""
	}
	// "kept the toll at nine": a toll counts the dead.
	if noun == "toll" || noun == "tolls" {
		return "killed"
	}
	// "the count of damaged houses is 94,870"
	for j := n - 1; j >= 1 && j >= n-3; j-- {
		if toks[j].Lower() == "of" && countWords[toks[j-1].Lower()] && (isPluralNoun(noun) || personNouns[noun]) {
			return singular(noun)
		}
	}
	if measureNouns[noun] {
		return noun
	}
	// "a father of four": his children; "a man of about 30": his age.
	if toks[k].Lower() == "of" && parentNouns[noun] {
		return "child"
	}
	if toks[k].Lower() == "of" && (noun == "man" || noun == "woman" || noun == "boy" || noun == "girl" || noun == "men" || noun == "women" || noun == "boys" || noun == "girls") {
		return "age" // "a man of about 30", "men of 35"
	}
	// "a crew of 14", "a fleet of 12": the noun after an article counts.
	if toks[k].Lower() == "of" && n > 0 && (toks[n-1].Lower() == "a" || toks[n-1].Lower() == "an" || determiners[toks[n-1].Lower()]) && toks[n].Kind == TokWord && !toks[n].IsCap() && len(noun) > 2 && !countWords[noun] {
		return singular(noun)
	}
	return ""
}

// parentNouns count children after "of": "a father of four".
var parentNouns = setOf(`mother father parent grandmother grandfather grandparent`)

// changeVerbs say a quantity moved to a new value.
var changeVerbs = setOf(`rose risen rise rises fell fallen fall falls climbed climb climbs dropped drop drops increased increase increases
decreased decrease decreases jumped jump jumps grew grow grows doubled tripled soared surged declined plunged
slowed eased accelerated moderated quickened dipped edged slipped rebounded retreated`)

// percentSubject reads what a percentage is of from the words before it
// (its first token at start): past the verb of change, an amount said
// with it ("rose by CZK 14.8 billion, or 6.4%") and adverbs, the noun
// phrase before them: "VAT receipts rose 3.9%", "social security
// contributions 6.6%", "Revenue from value added tax increased by 9.3%".
func percentSubject(toks []Token, start int) string {
	k := start - 1
	aside := false
	for n := 0; k >= 0 && n < 12; n++ {
		t := toks[k]
		l := t.Lower()
		// Time said between the change and the figure: "year on year",
		// "last year", "a year earlier".
		if l == "year" && lowerAt(toks, k-1) == "on" && lowerAt(toks, k-2) == "year" {
			k -= 3
			continue
		}
		if l == "earlier" || l == "ago" {
			k--
			continue
		}
		if timeUnits[l] || l == "quarter" {
			if p := lowerAt(toks, k-1); p == "last" || p == "this" || p == "next" || p == "a" || p == "the" || p == "previous" {
				k -= 2
				continue
			}
			// "declined for the eighth consecutive month to 15.38%".
			j := k - 1
			if w := lowerAt(toks, j); w == "consecutive" || w == "straight" || w == "successive" || w == "running" {
				j--
			}
			if ordinalWords[lowerAt(toks, j)] || j >= 0 && toks[j].Kind == TokNum {
				j--
			}
			if (lowerAt(toks, j) == "the" || lowerAt(toks, j) == "a") && lowerAt(toks, j-1) == "for" && j < k-1 {
				k = j - 2
				continue
			}
		}
		if t.Kind == TokNum || changeVerbs[l] || subjectSkip[l] || qualifierWord(l) || scaleWords[l] > 0 || isAcronym(t.Text) && len(t.Text) == 3 && k+1 < len(toks) && toks[k+1].Kind == TokNum ||
			t.Kind == TokPunct && (t.Text == "," || t.Text == "%" || t.Text == ".") {
			// "Pension payments, lifted by …, rose 6.4%": a comma right
			// before the verb closes an aside after the subject. Any
			// other comma but the one of "…, or 4.3%," leaves the subject
			// unsaid: "… in the 2025–26 season, 28% below the average".
			if t.Text == "," {
				switch nx := lowerAt(toks, k+1); {
				case k+1 < start && (changeVerbs[nx] || subjectSkip[nx] && nx != "or"):
					aside = true
				case nx != "or" && lowerAt(toks, k-1) != "or":
					return ""
				}
			}
			k--
			continue
		}
		break
	}
	if aside {
		j := k
		for j >= 0 && j > k-16 && toks[j].Text != "," {
			j--
		}
		if j > 0 && toks[j].Text == "," {
			k = j - 1
		}
	}
	var words []string
	for ; k >= 0 && len(words) < 10; k-- {
		t := toks[k]
		l := t.Lower()
		// "the catch of the dai fishery on the Tonle Sap river": an
		// article after a preposition stays inside the phrase.
		if (l == "the" || l == "a" || l == "an") && len(words) > 0 && subjectPreps[lowerAt(toks, k-1)] {
			continue
		}
		// "Headline inflation (year-on-year) declined": past the brackets.
		if t.Text == ")" && len(words) == 0 {
			j := k - 1
			for j > 0 && j > k-8 && toks[j].Text != "(" {
				j--
			}
			if j > 0 && toks[j].Text == "(" {
				k = j
				continue
			}
		}
		if t.Kind != TokWord || subjectStop[l] || changeVerbs[l] || l == "said" || l == "says" || l == "told" {
			break
		}
		// "Tax revenue including social security contributions rose":
		// the head is before "including".
		if l == "including" || l == "excluding" || l == "incl" || l == "excl" {
			words = words[:0]
			continue
		}
		words = append(words, t.Text)
	}
	slices.Reverse(words)
	return strings.Join(words, " ")
}

// figureSubjects reads what percentages, and amounts a change arrives
// at, are of ("Revenue rose 5.8% year on year to CZK 712.6bn").
func (a *Analysis) figureSubjects() {
	for i := range a.Figures {
		f := &a.Figures[i]
		toks := a.Tokens[f.Sentence]
		start := a.tokenAt(f.Sentence, f.Span.Start)
		switch {
		case f.Unit == "percent" || f.Unit == "percentage point":
			f.Subject = percentSubject(toks, start)
		case f.Counts == "money" && afterChange(toks, start):
			f.Subject = percentSubject(toks, start)
		}
	}
}

// afterChange reports an amount a change arrives at or starts from:
// "rose 5.8% to CZK 712.6bn", "fell from $2bn".
func afterChange(toks []Token, start int) bool {
	if p := lowerAt(toks, start-1); p != "to" && p != "from" {
		return false
	}
	for k := start - 2; k >= 0 && k >= start-9; k-- {
		if changeVerbs[toks[k].Lower()] {
			return true
		}
		if toks[k].Kind == TokPunct && toks[k].Text != "%" && toks[k].Text != "." {
			return false
		}
	}
	return false
}

// subjectSkip are the words between a percentage and what it is of:
// verbs of change and their auxiliaries, "by", "or", "up", "down".
var subjectSkip = setOf(`by or up down was were is are has have had been be brought in gained lost added shed slipped slid eased
edged higher lower more less year-on-year annual annually cent per percent won took got received secured polled captured
reached reach reaches stood stands totalled totaled amounted came to from year-on-year`)

// subjectPreps join the parts of the noun phrase a percentage is of.
var subjectPreps = setOf(`of on in for from at across to`)

// subjectStop end the noun phrase a percentage is of.
var subjectStop = setOf(`and or while whereas but that which who with as the a an its their his her our this these those than after
before when where because although though since`)

// changedTo reads "NOUNS rose … to N": what the figure counts is the
// plural noun right before the verb of change.
func changedTo(toks []Token, numTok int) string {
	k := numTok - 1
	for k >= 0 && (qualifierWord(toks[k].Lower()) || toks[k].Lower() == "than" || toks[k].Lower() == "least") {
		k--
	}
	if k < 1 || toks[k].Lower() != "to" {
		return ""
	}
	for j := k - 1; j >= 1 && j >= k-8; j-- {
		if toks[j].Kind == TokPunct && toks[j].Text != "%" {
			return ""
		}
		if changeVerbs[toks[j].Lower()] {
			// The subject's head, before its prepositional phrase:
			// "Arrests on the border rose".
			h := j - 1
			for p := j - 1; p >= 1 && p >= j-14; p-- {
				if toks[p].Kind == TokPunct {
					break
				}
				switch toks[p].Lower() {
				case "on", "of", "in", "against", "at", "from", "by", "across":
					h = p - 1
				}
			}
			n := toks[h].Lower()
			if n == "toll" || n == "tolls" {
				return "killed" // "the toll rose to 42"
			}
			// "the subscriber base grew to 38.6 million": the subscribers.
			if (n == "base" || n == "count" || n == "numbers" || n == "number") && h > 0 && toks[h-1].Kind == TokWord && !toks[h-1].IsCap() && !determiners[toks[h-1].Lower()] && !isPossessive(toks[h-1].Text) {
				return singular(toks[h-1].Lower())
			}
			if isPluralNoun(n) && (!toks[h].IsCap() || h == 0) {
				return singular(n)
			}
			return ""
		}
	}
	return ""
}

// sameThing folds nouns that count the same thing in news copy, so that
// "780,000 houses" and "780,000 homes" are compared.
var sameThing = map[string]string{
	"house": "home", "dwelling": "home", "residence": "home",
	"seafarer": "crew", "sailor": "crew", "crewman": "crew", "crewmember": "crew",
	"demonstrator": "protester", "protestor": "protester", "marcher": "protester",
	"spectator": "crowd", "attendance": "crowd",
	"role": "job", "workforce": "employee",
	"factor": "ratio", "multiple": "ratio",
	"individual": "person",
	"ship":       "vessel", "boat": "vessel",
	"plane": "aircraft", "airplane": "aircraft", "aeroplane": "aircraft", "airliner": "aircraft", "jet": "aircraft", "turboprop": "aircraft",
	"lorry": "truck",
}

// saidOfRescue reports a sentence about rescuers at work: "rescuers",
// "the coast guard", "lifeboats", "to safety".
func saidOfRescue(toks []Token) bool {
	for k, t := range toks {
		l := t.Lower()
		if strings.HasPrefix(l, "rescue") || l == "lifeboat" || l == "lifeboats" || l == "coastguard" ||
			l == "guard" && lowerAt(toks, k-1) == "coast" || l == "safety" && lowerAt(toks, k-1) == "to" {
			return true
		}
	}
	return false
}

// verbJustBefore returns the outcome of a verb right before a figure and
// its qualifiers: "detained 40 suspects", "evacuated at least 250
// families".
func verbJustBefore(toks []Token, numTok int, people bool) string {
	start := numTok
	for start > 0 && (qualifierWord(toks[start-1].Lower()) || toks[start-1].Lower() == "least" || toks[start-1].Lower() == "than") {
		start--
	}
	l := lowerAt(toks, start-1)
	if c, ok := outcomeWords[l]; ok && strings.HasSuffix(l, "ed") && l != "held" && l != "employed" {
		return c
	}
	// "fining 15 people and sentencing six", "can detain 37 people": a
	// gerund or a bare verb with people (or no noun) as its object.
	if !people {
		return ""
	}
	if c, ok := outcomeWords[l]; ok && strings.HasSuffix(l, "ing") && l != "marching" && l != "protesting" && l != "rallying" && l != "demonstrating" && l != "employing" {
		return c
	}
	return baseOutcomeVerbs[l]
}

// baseOutcomeVerbs are the bare forms of verbs done to people, which
// as nouns ("rescue workers", "a fine") count nothing.
var baseOutcomeVerbs = map[string]string{"kill": "killed", "detain": "detained", "arrest": "arrested", "evacuate": "evacuated", "rescue": "rescued", "fine": "fined", "sentence": "sentenced"}

// sentencingIn reports a verb or noun of sentencing in a sentence.
func sentencingIn(toks []Token) bool {
	for _, t := range toks {
		switch t.Lower() {
		case "sentenced", "sentence", "sentences", "sentencing", "jailed", "jail", "prison", "imprisonment", "imprisoned", "term", "terms",
			"gave", "given", "handed", "imposed", "received", "serve", "serving", "effective", "concurrently", "consecutively":
			return true
		}
	}
	return false
}

// legalCounts reads what counts of a charge sheet are: those convicted
// on ("convicted on 23 counts", "found guilty on"), those charged with
// ("faces seven counts"), else charges.
func legalCounts(toks []Token) string {
	for _, t := range toks {
		switch t.Lower() {
		case "convicted", "guilty", "conviction", "convictions":
			return "convicted"
		}
	}
	for _, t := range toks {
		switch t.Lower() {
		case "charged", "faces", "facing", "face", "indicted", "accused", "charges", "indictment":
			return "charged"
		}
	}
	return "charge"
}

// caseAdjectives qualify a count of cases or deaths: "163 confirmed
// cases", "12 new deaths".
var caseAdjectives = setOf(`confirmed suspected new reported additional probable recorded registered laboratory-confirmed`)

// tallyAt reports a number in a tally of names: "PDL 12, UNF 9", "GRP
// 11, BPN 7, independents 1", "MPSZ 15, Green-Left 12".
func tallyAt(toks []Token, i int) bool {
	at := func(k int) Token {
		if k < 0 || k >= len(toks) {
			return Token{}
		}
		return toks[k]
	}
	if p := at(i - 1); isAcronym(p.Text) && (at(i+1).Text == "," && isAcronym(at(i+2).Text) && at(i+3).Kind == TokNum ||
		i >= 3 && at(i-2).Text == "," && at(i-3).Kind == TokNum) {
		return true
	}
	// "…, independents 2": the unaffiliated close a tally of names.
	if l := at(i - 1).Lower(); tallyRest[l] && at(i-2).Text == "," && at(i-3).Kind == TokNum && i >= 5 && tallyAt(toks, i-3) {
		return true
	}
	return inTally(toks, i)
}

// lastNotElided is the index of the last figure read from its own words.
func lastNotElided(out []Figure) int {
	for j := len(out) - 1; j >= 0; j-- {
		if out[j].Scope != "elided" {
			return j
		}
	}
	return -1
}

// placeVerbs take a place after them ("only 12 reached Lesbos"), never
// an adjective's noun.
var placeVerbs = setOf(`reached entered visited crossed left attacked raided stormed struck hit shelled bombed occupied captured toured landed returned arrived`)

// heldBefore reports "held" (or hold, holds) right before the number at
// k: held seats or held people; "detained 30" is people only.
func heldBefore(toks []Token, k int) bool {
	switch lowerAt(toks, pastQualifiers(toks, k)) {
	case "held", "hold", "holds", "holding":
		return true
	}
	return false
}

// pastQualifiers is the index of the word before the number at k and
// its qualifiers ("for at least", "held nearly"); -1 at the start.
func pastQualifiers(toks []Token, k int) int {
	p := k - 1
	for p >= 0 && qualifierWord(toks[p].Lower()) {
		p--
	}
	return p
}

// termAfter reports a sentence or a ban right after a "-year" compound:
// "a 12-year prison sentence", "a two-year ban".
func termAfter(toks []Token, end int) bool {
	for k := end; k < len(toks) && k <= end+4; k++ {
		switch toks[k].Lower() {
		case "sentence", "sentences", "jail", "prison", "imprisonment", "ban", "suspension", "disqualification":
			return true
		}
	}
	return false
}

// isParticiple reports a past participle used as an adjective:
// "damaged", "broken", "built".
func isParticiple(l string) bool {
	return len(l) > 4 && (strings.HasSuffix(l, "ed") || strings.HasSuffix(l, "en")) || l == "built" || l == "burnt" || l == "hit"
}

// subjectPronouns end the noun phrase after a number.
var subjectPronouns = setOf(`you we they he she it i`)

// changeNouns name a change, not a thing counted: "a gain of five".
var changeNouns = setOf(`gain loss increase rise fall drop decline decrease`)

// tallyRest are the lower-case entries that close a tally of names.
var tallyRest = setOf(`independents independent others other`)

// tallyNoun is what the bare numbers of a tally of names count: seats
// where the story speaks of seats and the numbers are a chamber's size,
// else nothing the words say.
func (a *Analysis) tallyNoun(f *Figure) string {
	if f.Value < 1000 && f.Value == math.Trunc(f.Value) && seatWord.MatchString(a.Text) {
		return "seat"
	}
	return ""
}

var seatWord = regexp.MustCompile(`(?i)\bseats?\b|-seat\b`)

// inTally reports a number in a list of names with numbers: "GOB 38,
// MPSZ 15, Green-Left 12, Movement for Srem 10": the name before it opens
// after a comma that follows another number.
func inTally(toks []Token, i int) bool {
	j := i - 1
	n := 0
	for j >= 0 && n < 6 && (toks[j].Kind == TokWord && (toks[j].IsCap() || toks[j].Lower() == "for" || toks[j].Lower() == "of" || toks[j].Lower() == "and") || toks[j].Text == "-") {
		j--
		n++
	}
	if n == 0 || j < 1 || toks[j+1].Kind != TokWord || !toks[j+1].IsCap() {
		return false
	}
	if toks[j].Text == "," || toks[j].Lower() == "and" {
		p := toks[j-1]
		return p.Kind == TokNum || p.Text == "%" && j >= 2 && toks[j-2].Kind == TokNum
	}
	return false
}

// gameNouns are the units a sporting ban runs for.
var gameNouns = setOf(`matches match games game fixtures races rounds tournaments`)

// banBefore reports "banned for", "suspended for", "a ban of" right
// before the number at k.
func banBefore(toks []Token, k int) bool {
	p := pastQualifiers(toks, k)
	if l := lowerAt(toks, p); l != "for" && l != "of" {
		return false
	}
	switch lowerAt(toks, p-1) {
	case "banned", "suspended", "barred", "ban", "suspension", "banning", "suspending":
		return true
	}
	return false
}

// perCurrency returns the currency a rate is quoted against: "1,580
// per dollar", "to the euro", "a US dollar".
func perCurrency(toks []Token, end int) string {
	switch lowerAt(toks, end) {
	case "per", "to", "a", "against":
	default:
		return ""
	}
	j := end + 1
	for lowerAt(toks, j) == "the" || lowerAt(toks, j) == "one" || lowerAt(toks, j) == "us" || lowerAt(toks, j) == "u.s." {
		j++
	}
	return currencyWords[lowerAt(toks, j)]
}

// bereaved reads a count of the dead in the words of those who mourn
// them: "we have lost nineteen people", "we buried four of our
// neighbours". It needs people counted, or a speaker who counts their
// own ("we have lost nearly 200"): "lost 300 jobs" and "the party lost
// four" are not deaths.
func bereaved(toks []Token, start int, head string) bool {
	if start == 0 {
		return false
	}
	verb := toks[start-1].Lower()
	switch verb {
	case "lost", "buried", "mourned", "mourning", "burying", "losing":
	default:
		return false
	}
	we := false
	for k := start - 2; k >= 0 && k >= start-4; k-- {
		if l := toks[k].Lower(); l == "we" || l == "i" {
			we = true
		}
	}
	// "We have lost four in a row", "lost three straight": games.
	for k := start + 1; k < len(toks) && k <= start+4; k++ {
		if l := toks[k].Lower(); l == "row" || l == "straight" || l == "games" || l == "matches" || l == "times" || l == "seats" {
			return false
		}
	}
	mourn := verb != "lost" && verb != "losing"
	// A firm that "lost 20 staff" or "300 people since the merger" lost
	// them to other firms; a village that lost 19 people, or an army that
	// lost 12 soldiers, buried them.
	if kinNouns[singular(head)] || forceNouns[head] || youngNouns[head] || mourn && personNouns[head] ||
		head != "members" && head != "member" && generalPeople[head] && (mourn || we) {
		return true
	}
	return head == "" && we
}

// timesCount reads what "N times" or "twice" counts. A multiple is a
// ratio: "net debt is 2.1 times EBITDA", "a ceiling of 2 times", "nearly
// four times its usual level". After a verb whose events have a noun of
// their own it counts those ("scored five times": goals), so that a source
// giving the noun is compared with it. Otherwise it counts occasions.
func timesCount(toks []Token, f *Figure, numTok, end int) string {
	// "at least four more times": the word may follow the figure's span.
	switch {
	case lowerAt(toks, end) == "times":
		end++
	case lowerAt(toks, end) == "more" && lowerAt(toks, end+1) == "times":
		end += 2
	}
	after, after2 := lowerAt(toks, end), lowerAt(toks, end+2)
	frequency := (after == "a" || after == "an") && after2 != "ago" || after == "per" || after == "this" || after == "last" || after == "in" ||
		after == "over" || after == "since" || after == "before" || after == "during" || after == "on" || after == "every" || after == "each"
	start := numTok
	for start > 0 && toks[start-1].Start >= f.Span.Start {
		start--
	}
	before := lowerAt(toks, start-1)
	if !frequency {
		if toks[numTok].Kind == TokNum && strings.Contains(toks[numTok].Text, ".") || multipleAfter[after] || multipleBefore[before] && !strings.HasSuffix(after, "ed") ||
			end < len(toks) && toks[end].Kind == TokWord && len(toks[end].Text) > 1 && strings.ToUpper(toks[end].Text) == toks[end].Text {
			return "ratio"
		}
	}
	// "has scored five times", "lost only twice", "twice warned".
	for j := start - 1; j >= 0 && j >= start-3; j-- {
		l := toks[j].Lower()
		if n, ok := eventNouns[l]; ok {
			return n
		}
		if !timesAdverbs[l] {
			break
		}
	}
	if n, ok := eventNouns[after]; ok {
		return n
	}
	return "time"
}

// multipleAfter and multipleBefore mark "N times" as a multiple: "three
// times what it cost", "is now 0.86 times".
var (
	multipleAfter  = setOf(`what its their his her the that those these our my your than as more higher larger bigger greater faster lower longer heavier the`)
	multipleBefore = setOf(`is was are were be been of at from to now`)
)

// eventNouns name the events a verb counts when it is done N times.
var eventNouns = map[string]string{
	"scored": "goal", "played": "appearance", "appeared": "appearance", "capped": "cap", "lost": "defeat", "won": "win",
	"warned": "warning",
}

// timesAdverbs may sit between such a verb and "N times".
var timesAdverbs = setOf(`only already also just now since been has have had`)

// tookPartIn reports "took part in the march", "joined the protest",
// "attended the rally" in the words after a count of people.
func tookPartIn(toks []Token, k int) bool {
	verb := false
	for j := k; j < len(toks) && j < k+8; j++ {
		l := toks[j].Lower()
		if toks[j].Kind == TokPunct {
			return false
		}
		switch l {
		case "part", "joined", "attended", "join", "attend":
			verb = true
		case "march", "protest", "rally", "demonstration", "vigil", "sit-in", "protests", "rallies", "marches", "demonstrations":
			if verb {
				return true
			}
		}
	}
	return false
}

// countWords say only that a figure is a count.
var countWords = setOf(`count number total tally figure figures estimate`)

// measureNouns name what a bare figure after them measures.
var measureNouns = setOf(`magnitude crowd attendance turnout population capacity audience membership enrolment enrollment
score rate index height depth length width speed temperature age budget deficit debt turnover revenue price`)

// lastWord returns the last word of a phrase, lower-cased.
func lastWord(s string) string {
	f := strings.Fields(strings.ToLower(s))
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// determiners open a noun phrase.
var determiners = setOf(`the a an this that its their his her our my your these those`)

// backPronouns after "of" refer to what was counted before: "two of
// them", "of whom".
var backPronouns = setOf(`them whom those us you which these`)

// predicateVerbs are verbs a bare count is often the subject of.
var predicateVerbs = setOf(`took joined opened closed cast voted went came made stayed remained returned signed won lost left got gave
turned showed arrived agreed refused backed supported opposed abstained walked marched rallied gathered attended suffered sustained
received remain remained survived broke fell ran sat stood began became kept met paid sold sent spent wrote
hid swam drove flew rode slept woke wept knelt fought`)

// isVerbAfterNumber reports a verb right after a number, so that the
// number has no noun of its own: "7,000 took part", "three opened
// about 20 minutes late", "seven joined them".
func isVerbAfterNumber(toks []Token, k int) bool {
	l := toks[k].Lower()
	// "the 28 needed to govern alone": a participle with its infinitive.
	if (l == "needed" || l == "required") && lowerAt(toks, k+1) == "to" {
		return true
	}
	// "the six accused", "its 12 injured": after a determiner and the
	// number, the word is a noun.
	for j := k - 2; j >= 0 && j >= k-3; j-- {
		if determiners[toks[j].Lower()] {
			return false
		}
		if toks[j].Kind != TokNum && smallNumbers[toks[j].Lower()] == 0 {
			break
		}
	}
	if _, outcome := outcomeWords[l]; outcome {
		return false
	}
	if k+2 < len(toks) && (toks[k+1].Lower() == "or" || toks[k+1].Lower() == "and") && toks[k+2].Kind == TokWord && !afterAux[toks[k+2].Lower()] {
		return false // "unaccompanied or separated children", "lost or abandoned dogs"
	}
	if predicateVerbs[l] {
		return true
	}
	if !strings.HasSuffix(l, "ed") || len(l) < 5 {
		return false
	}
	if k+1 >= len(toks) {
		return true
	}
	n := toks[k+1]
	nl := n.Lower()
	return n.Kind == TokPunct || stopAfterNumber[nl] || backPronouns[nl] || qualifierWord(nl) ||
		nl == "him" || nl == "her" || nl == "it" || nl == "up" || nl == "out" || nl == "down" || nl == "off"
}

// isClockTime reports the words after a number that make it an hour:
// "o'clock", "in the morning", "at night".
func isClockTime(toks []Token, k int) bool {
	w := func(j int) string { return lowerAt(toks, k+j) }
	switch w(0) {
	case "o'clock", "o’clock", "a.m.", "p.m.", "am", "pm", "a.m", "p.m":
		return true
	case "o":
		return w(1) == "'" || w(1) == "’"
	case "in":
		if w(1) == "the" {
			switch w(2) {
			case "morning", "afternoon", "evening":
				return true
			}
		}
	case "at":
		return w(1) == "night" || w(1) == "dawn" || w(1) == "noon"
	case "this", "yesterday", "tomorrow", "last":
		// "shortly after five this morning", "at eleven last night"; not
		// "killed five this morning" (see atHour).
		switch w(1) {
		case "morning", "afternoon", "evening", "night":
			return atHour(toks, k)
		}
	case "tonight":
		return atHour(toks, k)
	}
	return false
}

// bareHour reports a number word alone after a preposition of time,
// ending its clause or going on to another hour: "by six.", "came at
// eleven.", "from eight until eight". Not a toll that "stood at eleven".
func bareHour(toks []Token, start, end int) bool {
	if start == 0 {
		return false
	}
	switch lowerAt(toks, start-1) {
	case "at", "by", "until", "till", "from":
	default:
		return false
	}
	// "stood at eleven", "up from eight", "the toll now standing at
	// eleven", "put the number of dead at nine": a count, not an hour.
	for k := start - 2; k >= 0 && k >= start-6; k-- {
		if countCue[toks[k].Lower()] {
			return false
		}
	}
	if end >= len(toks) {
		return true
	}
	n := toks[end]
	return n.Kind == TokPunct && n.Text != "%" && n.Text != "-" || n.Lower() == "until" || n.Lower() == "till" || n.Lower() == "and"
}

// countCue words before "at", "by" or "from" make the number after them
// a count.
var countCue = setOf(`stood stands stand standing remained remains remain put estimated toll tolls total number tally count dead death deaths
up down rose risen fell fallen increased decreased climbed jumped dropped grew`)

// atHour reports a number said as an hour: the word before it, past its
// own, is a preposition of time ("at", "after", "by", "until").
func atHour(toks []Token, k int) bool {
	i := k - 1
	for i >= 0 && (toks[i].Kind == TokNum || smallNumbers[toks[i].Lower()] > 0) {
		i--
	}
	switch lowerAt(toks, i) {
	case "at", "after", "before", "by", "until", "till", "around", "since", "from", "past":
		return true
	}
	return false
}

// fractionWords are the denominators of shares said in words.
var fractionWords = map[string]float64{"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5, "fifths": 5,
	"tenth": 10, "tenths": 10}

// fractionAt reads a share said in words at token i — "half", "a third",
// "two-thirds", "three quarters" — when it is a share (followed by "of",
// a verb or the end of the clause), not an ordinal ("a third victim").
// It returns the share in percent and the tokens used.
func fractionAt(toks []Token, i int) (float64, int, bool) {
	l := toks[i].Lower()
	num, n := 0.0, 0
	var den float64
	ratio := false // "one in ten", "nine out of ten"
	if d, ok := fractionWords[l]; ok && d == 2 && l == "half" {
		num, den, n = 1, 2, 1
		if i > 0 && (toks[i-1].Lower() == "a" || toks[i-1].Lower() == "one" || toks[i-1].Lower() == "and" || toks[i-1].Lower() == "the" || ordinalWords[toks[i-1].Lower()]) {
			return 0, 0, false // "one and a half", "the second half": not a share
		}
		if i+2 < len(toks) && (toks[i+1].Lower() == "a" || toks[i+1].Lower() == "an") && scaleWords[toks[i+2].Lower()] > 1 {
			return 0, 0, false // "half a million" is an amount
		}
	} else if parts := strings.SplitN(l, "-", 2); len(parts) == 2 && fractionWords[parts[1]] > 2 && smallNumbers[parts[0]] > 0 {
		num, den, n = smallNumbers[parts[0]], fractionWords[parts[1]], 1 // "two-thirds"
	} else if (l == "a" || l == "one" || smallNumbers[l] > 0 && smallNumbers[l] < 10) && i+1 < len(toks) && fractionWords[toks[i+1].Lower()] > 2 {
		num, den, n = max(1, smallNumbers[l]), fractionWords[toks[i+1].Lower()], 2
	} else if a, b, k, ok := oneIn(toks, i); ok {
		num, den, n, ratio = a, b, k, true // "one in ten", "one in every four", "1 in 5"
	} else {
		return 0, 0, false
	}
	if num >= den {
		return 0, 0, false
	}
	// "for two quarters", "over the next three quarters": quarters of a
	// year, a length of time.
	if n == 2 && strings.HasPrefix(toks[i+1].Lower(), "quarter") {
		p := pastQualifiers(toks, i)
		for lowerAt(toks, p) == "maybe" || lowerAt(toks, p) == "perhaps" {
			p = pastQualifiers(toks, p)
		}
		switch lowerAt(toks, p) {
		case "for", "over", "within", "during", "past", "next", "last", "previous", "consecutive", "straight":
			return 0, 0, false
		}
	}
	// "half an hour", "a quarter of an hour": a length of time; "half a
	// metre" a length.
	for k := i + n; k < len(toks) && k <= i+n+2 && !ratio; k++ {
		if l := toks[k].Lower(); timeUnits[l] || unitWords[l] != "" && l != "percent" {
			return 0, 0, false
		} else if l != "a" && l != "an" && l != "of" {
			break
		}
	}
	// A share: "of", a verb, or the clause ends ("one in ten patients"
	// is a share whatever follows).
	if k := i + n; k < len(toks) && !ratio {
		nl := toks[k].Lower()
		if toks[k].Kind == TokWord && nl != "of" && !afterAux[nl] && !stopAfterNumber[nl] && !predicateVerbs[nl] && !placePreps[nl] && nl != "over" && nl != "since" {
			return 0, 0, false // "a third victim", "half-time"
		}
		if toks[k].Text == "-" {
			return 0, 0, false
		}
	}
	return math.Round(num/den*1000) / 10, n, true
}

// clockDigits is an hour and minutes written with a point or a colon.
var clockDigits = regexp.MustCompile(`^(?:[01]?[0-9]|2[0-4])[.:][0-5][0-9]$`)

// timeZones are the zone abbreviations a clock time is written with.
var timeZones = setOf(`GMT UTC BST CET CEST EET EEST WET WEST MSK IST PKT WIB WITA WIT ICT SGT MYT PHT HKT JST KST AEST AEDT AWST NZST NZDT
EST EDT CST CDT MST MDT PST PDT AST ART BRT CLT COT PET SAST EAT WAT CAT GST AFT NPT BDT`)

// oneIn reads a share said as "one in ten", "one in every four" or "1 in
// 5": the parts, the whole and the tokens used.
func oneIn(toks []Token, i int) (num, den float64, n int, ok bool) {
	small := func(j int) float64 {
		if j >= len(toks) {
			return 0
		}
		if toks[j].Kind == TokNum && allDigits(toks[j].Text) {
			v, _ := strconv.Atoi(toks[j].Text)
			return float64(v)
		}
		return smallNumbers[toks[j].Lower()]
	}
	num = small(i)
	if num <= 0 {
		return 0, 0, 0, false
	}
	j := i + 1
	// "nine houses out of ten": the thing counted between.
	if lowerAt(toks, j+1) == "out" && lowerAt(toks, j+2) == "of" && toks[j].Kind == TokWord && isPluralNoun(toks[j].Lower()) {
		j++
	}
	outOf := false
	switch {
	case lowerAt(toks, j) == "in":
		j++
	case lowerAt(toks, j) == "out" && lowerAt(toks, j+1) == "of":
		j += 2
		outOf = true
	default:
		return 0, 0, 0, false
	}
	// "45 out of 60 seats" is a tally; "nine out of ten", "8 out of 10"
	// a share.
	if outOf && j < len(toks) && toks[j].Kind == TokNum && small(j) > 10 && toks[j].Text != "100" {
		return 0, 0, 0, false
	}
	if lowerAt(toks, j) == "every" {
		j++
	}
	if den = small(j); den <= num || den > 1000 {
		return 0, 0, 0, false
	}
	// "arrested 5 in 48 hours": a count in a time, not a share.
	switch lowerAt(toks, j+1) {
	case "seconds", "minutes", "hours", "days", "weeks", "months", "years", "decades", "hour", "day", "week", "month", "year":
		return 0, 0, 0, false
	}
	return num, den, j + 1 - i, true
}

// singleUnitAt reads "a week", "a day", "an hour" as one of the unit
// where the words make it a length of time: "within a day", "a week
// later", "a year ago" — not a rate ("300 shots a day").
func singleUnitAt(toks []Token, i int) (float64, string, int, bool) {
	l := toks[i].Lower()
	if (l != "a" && l != "an") || i+1 >= len(toks) {
		return 0, "", 0, false
	}
	unit := toks[i+1].Lower()
	switch unit {
	case "day", "week", "month", "year", "decade", "fortnight", "hour", "minute":
	default:
		return 0, "", 0, false
	}
	n := 1.0
	if unit == "fortnight" {
		n, unit = 14, "day" // compared in days
	}
	if unit == "decade" {
		n, unit = 10, "year" // as "three decades" is 30 years
	}
	before, after := "", ""
	if i > 0 {
		before = toks[i-1].Lower()
	}
	if i+2 < len(toks) {
		after = toks[i+2].Lower()
	}
	// "545,000 forints ($1,574) a month before tax": a rate after an
	// amount, whatever follows.
	if before == ")" || i > 0 && toks[i-1].Kind == TokNum || currencyWords[before] != "" {
		return 0, "", 0, false
	}
	switch after {
	case "later", "after", "before", "ago", "long":
		return n, unit, 2, true
	}
	switch before {
	case "within", "just", "only", "for", "in", "about", "nearly", "almost", "over", "barely", "spent", "spend", "lasted", "took", "after":
		if after == "or" || after == "and" || after == "to" {
			return 0, "", 0, false // "a day or two": vague
		}
		return n, unit, 2, true
	}
	return 0, "", 0, false
}

// scoreVerbs and scoreNouns put a result "N-M" in words: "beat them
// 3-1", "a 2-0 defeat".
var (
	scoreVerbs = setOf(`beat beats won win wins lost lose loses drew draw draws defeated defeat edged thrashed trailed led leading trailing routed crushed`)
	scoreNouns = setOf(`win victory defeat loss draw lead scoreline result home away`)
)

// scoreAt reads a result "3-1" at token i when a verb or noun of a
// match frames it. It returns the larger and the smaller number.
func scoreAt(toks []Token, i int) (int, int, bool) {
	if i+2 >= len(toks) || toks[i].Kind != TokNum || toks[i+1].Text != "-" && toks[i+1].Text != "–" || toks[i+2].Kind != TokNum ||
		toks[i+1].Start != toks[i].End || toks[i+2].Start != toks[i+1].End {
		return 0, 0, false
	}
	a, err1 := strconv.Atoi(toks[i].Text)
	b, err2 := strconv.Atoi(toks[i+2].Text)
	if err1 != nil || err2 != nil || a > 30 || b > 30 {
		return 0, 0, false
	}
	// "lost 20-30 staff" is a range of a noun, not a result.
	if i+3 < len(toks) && (isPluralNoun(toks[i+3].Lower()) || personNouns[toks[i+3].Lower()]) {
		return 0, 0, false
	}
	framed := i+3 < len(toks) && scoreNouns[toks[i+3].Lower()]
	for j := i - 1; j >= 0 && j >= i-5 && !framed; j-- {
		if toks[j].Kind == TokPunct {
			break
		}
		framed = scoreVerbs[toks[j].Lower()]
	}
	if !framed {
		return 0, 0, false
	}
	return max(a, b), min(a, b), true
}

// isPossessive reports a word in the possessive: "the union's",
// "Mensah's", "farmers'".
func isPossessive(w string) bool {
	return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") || strings.HasSuffix(w, "s'") || strings.HasSuffix(w, "s’")
}

// hyphenNumber returns N of a word number compounded with a noun
// ("three-judge", "ten-day"), or 0.
func hyphenNumber(l string) int {
	v, _ := hyphenParts(l)
	return v
}

// hyphenParts splits a number compounded with a noun: "three-judge" (3,
// "judge"), "seventy-two-hour" (72, "hour"), "two-hundred-and-eight-page"
// (208, "page").
func hyphenParts(l string) (int, string) {
	if i := strings.IndexByte(l, '-'); i <= 0 || i == len(l)-1 || isCompoundNumber(l) {
		return 0, ""
	}
	parts := strings.Split(l, "-")
	v, used := hyphenValue(parts)
	if used == 0 || used == len(parts) {
		return 0, ""
	}
	rest := strings.Join(parts[used:], "-")
	if v <= 0 || notCompounded[rest] {
		return 0, ""
	}
	return v, rest
}

// hyphenValue reads number words from the start of a hyphened compound:
// a unit after a ten ("seventy-two"), a hundred, a thousand, and "and"
// before the last part ("two-hundred-and-eight"). It returns the value
// and how many parts it used.
func hyphenValue(parts []string) (int, int) {
	total, current, used := 0, 0, 0
	for k := 0; k < len(parts); k++ {
		p := parts[k]
		v, small := smallNumbers[p]
		switch {
		case small && used == 0:
			current = int(v)
		case small && v > 0 && v < 10 && current%100 >= 20 && current%10 == 0 && parts[k-1] != "and":
			current += int(v) // "seventy-two"
		case small && v > 0 && (current > 0 && current%100 == 0 || current == 0 && total > 0):
			current += int(v) // "hundred-and-eight", "thousand-and-five"
		case (p == "hundred") && used > 0 && current > 0 && current < 100:
			current *= 100
		case (p == "thousand" || p == "million") && used > 0 && current > 0:
			total += current * int(scaleWords[p])
			current = 0
		case p == "and" && used > 0 && k+1 < len(parts) && smallNumbers[parts[k+1]] > 0 && (current%100 == 0 || current == 0):
			continue
		default:
			return total + current, used
		}
		used = k + 1
	}
	return total + current, used
}

// notCompounded end word-number compounds that are not counts:
// "one-off", "two-thirds", "three-way".
var notCompounded = setOf(`off on way ways time times shot sided liner fold some thirds third quarters quarter fifths fifth tenths half halves
and nil all`)

// refersBack reports "of them", "of whom" or "of those" right after pos.
func (a *Analysis) refersBack(pos int) bool {
	rest := strings.ToLower(a.Text[pos:min(len(a.Text), pos+12)])
	return strings.HasPrefix(rest, " of them") || strings.HasPrefix(rest, " of whom") || strings.HasPrefix(rest, " of those") ||
		strings.HasPrefix(rest, " of us") || strings.HasPrefix(rest, " of you")
}

// parseFigureAt reads a figure whose number starts at token i (with any
// qualifier or currency before it). It returns the token range it used.
func (a *Analysis) parseFigureAt(si, i int) (Figure, int, int, bool) {
	toks := a.Tokens[si]
	t := toks[i]
	l := t.Lower()
	var f Figure
	f.Sentence = si
	start, next := i, i+1
	var value float64
	low, high := math.NaN(), math.NaN()

	single := "" // what a figure read whole here counts
	fraction := false
	if v, n, ok := fractionAt(toks, i); ok {
		// "nearly half", "about a third", "two-thirds": a share, in percent.
		f.Unit = "percent"
		value, next, fraction = v, i+n, true
	} else if v, unit, n, ok := singleUnitAt(toks, i); ok {
		// "a week later", "within a day", "a year ago": one of a unit.
		value, next, single = v, i+n, unit
	}
	if hi, lo, ok := scoreAt(toks, i); ok {
		// "beat Northgate 3-1", "a 2-0 defeat": a result; the figure is
		// the winner's goals.
		f.Note = fmt.Sprintf("score %d-%d", hi, lo)
		value, next, single = float64(hi), i+3, "goal"
	}
	switch {
	case f.Unit == "percent" && next > i || single != "":
		// read above
	case l == "twice" && !(next < len(toks) && (toks[next].Lower() == "as" || toks[next].Lower() == "the" || toks[next].Lower() == "that")):
		value, single = 2, "time" // "lost only twice"; not "twice as many"
	case l == "half" && next+1 < len(toks) && (toks[next].Lower() == "a" || toks[next].Lower() == "an") && scaleWords[toks[next+1].Lower()] > 1:
		value = 0.5 * scaleWords[toks[next+1].Lower()] // "half a million"
		next += 2
	case l == "half" && next+1 < len(toks) && (toks[next].Lower() == "a" || toks[next].Lower() == "an") && unitWords[toks[next+1].Lower()] != "":
		value = 0.5 // "half a metre": the unit follows
		next++
	case t.Kind == TokNum:
		v, unit, ok := parseDigits(t.Text)
		if !ok || a.isNotAQuantity(si, i) {
			return f, 0, 0, false
		}
		value = v
		if unit != "" {
			f.Unit = unit
		}
		// "a R187-million pipeline": the scale hyphened on.
		if next+1 < len(toks) && toks[next].Text == "-" && toks[next].Start == t.End && toks[next+1].Start == toks[next].End {
			switch l := toks[next+1].Lower(); l {
			case "million", "billion", "trillion":
				value *= scaleWords[l]
				next += 2
			}
		}
		// "2.5 million", "300 bn"
		if next < len(toks) {
			if s, ok := scaleWords[toks[next].Lower()]; ok && toks[next].Lower() != "hundreds" && toks[next].Lower() != "thousands" && toks[next].Lower() != "millions" && toks[next].Lower() != "billions" {
				if !(toks[next].Lower() == "m" || toks[next].Lower() == "b") || toks[next].Start == t.End {
					value *= s
					next++
					// "1.1 lakh crore", "5 thousand million": a larger
					// scale after the first multiplies it.
					if next < len(toks) {
						if s2 := scaleWords[toks[next].Lower()]; s2 > s && len(toks[next].Text) > 2 && !vagueScale[toks[next].Lower()] {
							value *= s2
							next++
						}
					}
				}
			}
		}
		// Ranges: "10 to 12", "10-12", "between 10 and 12"; not "rose
		// from 12 to 18", two values, the one before and the one after.
		between := i > 0 && toks[i-1].Lower() == "between" && next < len(toks) && toks[next].Lower() == "and"
		from := fromBefore(toks, i) || i > 0 && isCurrencySymbol(toks[i-1].Text) && fromBefore(toks, i-1)
		// "7% to 8%", "between 55% and 75%": the first sign is the
		// second's.
		pctBetween := i > 0 && toks[i-1].Lower() == "between" && next+1 < len(toks) && toks[next+1].Lower() == "and"
		if next+3 < len(toks) && toks[next].Text == "%" && (toks[next+1].Lower() == "to" && !from || toks[next+1].Text == "-" || toks[next+1].Text == "–" || pctBetween) && toks[next+2].Kind == TokNum && toks[next+3].Text == "%" {
			if v2, _, ok := parseDigits(toks[next+2].Text); ok && v2 > value {
				low, high = value, v2
				value = (value + v2) / 2
				next += 3
			}
		}
		// "$154 million to $173 million": the sign again before the second.
		second := next + 1
		if second+1 < len(toks) && isCurrencySymbol(toks[second].Text) && i > 0 && toks[i-1].Text == toks[second].Text && toks[second+1].Kind == TokNum {
			second++
		}
		if second < len(toks) && (toks[next].Lower() == "to" && !from || toks[next].Text == "-" || toks[next].Text == "–" || between) && toks[second].Kind == TokNum {
			if v2, _, ok := parseDigits(toks[second].Text); ok {
				n2 := second + 1
				// "1.5 billion to 2 billion euros": the scale again.
				if n2 < len(toks) && next > i+1 && toks[n2].Lower() == toks[next-1].Lower() {
					v2 *= scaleWords[toks[n2].Lower()]
					n2++
				}
				if v2 > value {
					low, high = value, v2
					value = (value + v2) / 2
					next = n2
				}
			}
		}
	case smallNumbers[l] > 0 || l == "zero" || isCompoundNumber(l) || l == "a" && i+1 < len(toks) && (toks[i+1].Lower() == "dozen" || toks[i+1].Lower() == "hundred" || toks[i+1].Lower() == "thousand" || toks[i+1].Lower() == "million" || toks[i+1].Lower() == "billion" || toks[i+1].Lower() == "handful" || toks[i+1].Lower() == "couple" || toks[i+1].Lower() == "pair" || toks[i+1].Lower() == "few"):
		v, n, ok := parseWordNumber(toks, i)
		if !ok {
			return f, 0, 0, false
		}
		if v < 0 {
			// a handful, a few: vague
			r := vagueWords[toks[i+1].Lower()]
			low, high = r[0], r[1]
			value = r[0]
		} else {
			value = v
		}
		next = i + n
		// "one of the officials", "one another", "no one": pronouns.
		// "drawn one anyway", "afraid of one either" too.
		if l == "one" && n == 1 && next < len(toks) && (toks[next].Lower() == "of" || toks[next].Lower() == "another" || toks[next].Lower() == "anyway" || toks[next].Lower() == "either" || toks[next].Lower() == "instead" || toks[next].Text == "," || toks[next].Kind == TokPunct) {
			return f, 0, 0, false
		}
		if l == "one" && i > 0 && (oneAsPronoun[toks[i-1].Lower()] || ordinalWords[toks[i-1].Lower()]) && scaleWords[lowerAt(toks, i+1)] == 0 {
			return f, 0, 0, false // "no one", "the second one", "each one"; not "the one hundred and twenty"
		}
		// "at ten past nine", "half past six": a clock.
		if nl := lowerAt(toks, next+1); lowerAt(toks, next) == "past" && (smallNumbers[nl] > 0 || nl == "noon" || nl == "midnight") ||
			i > 1 && toks[i-1].Lower() == "past" && (smallNumbers[toks[i-2].Lower()] > 0 || toks[i-2].Lower() == "half" || toks[i-2].Lower() == "quarter") {
			return f, 0, 0, false
		}
		// "as of eleven this morning", "at nine tonight": an hour.
		if day := lowerAt(toks, next+1); v > 0 && v <= 12 && (lowerAt(toks, next) == "this" && (day == "morning" || day == "afternoon" || day == "evening") || lowerAt(toks, next) == "tonight" || lowerAt(toks, next) == "last" && day == "night") {
			switch lowerAt(toks, i-1) {
			case "at", "by", "until", "since", "before", "after", "around", "of":
				if lowerAt(toks, i-1) != "of" || lowerAt(toks, i-2) == "as" {
					return f, 0, 0, false
				}
			}
		}
		// "not one manager was dismissed" is none; "and not one hour
		// before" is an hour.
		if l == "one" && n == 1 && i > 0 && toks[i-1].Lower() == "not" && next < len(toks) && toks[next].Kind == TokWord && !timeUnits[toks[next].Lower()] {
			value = 0
		}
		// "eight to ten days", "two or three", "between five and seven".
		between := i > 0 && toks[i-1].Lower() == "between" && next < len(toks) && toks[next].Lower() == "and"
		if v >= 0 && next+1 < len(toks) && (toks[next].Lower() == "to" && !fromBefore(toks, i) || toks[next].Lower() == "or" || toks[next].Text == "-" || between) {
			if nl := toks[next+1].Lower(); smallNumbers[nl] > 0 || isCompoundNumber(nl) {
				if v2, n2, ok := parseWordNumber(toks, next+1); ok && v2 > value {
					// "one point one to one point five billion": the
					// scale of the second is the first's too.
					if sc := scaleWords[lowerAt(toks, next+n2)]; sc >= 1000 && value < 1000 && v2/sc < 1000 {
						value *= sc
					}
					low, high = value, v2
					value = (value + v2) / 2
					next += 1 + n2
				}
			} else if toks[next+1].Kind == TokNum && toks[next].Lower() != "or" {
				// "between eight and 15 days": words, then digits; not
				// "188 for three to 274 all out", two scores.
				if v2, _, ok := parseDigits(toks[next+1].Text); ok && v2 > value && v2 < 1000 && v2 <= 20*max(value, 1) {
					low, high = value, v2
					value = (value + v2) / 2
					next += 2
				}
			}
		}
	case hyphenNumber(l) > 0:
		// "a three-judge bench", "the three-hour reading"; not the name
		// of a unit ("twenty-foot equivalent units").
		if next < len(toks) && toks[next].Lower() == "equivalent" {
			return f, 0, 0, false
		}
		value = float64(hyphenNumber(l))
	case l == "both" || l == "dozens" || l == "hundreds" || l == "thousands" || l == "scores" || l == "several" || l == "millions":
		if l == "both" && next < len(toks) && (toks[next].Lower() == "of" && next+1 < len(toks) && toks[next+1].Lower() != "them" && toks[next+1].Lower() != "whom" || toks[next].Lower() == "sides" || toks[next].Lower() == "countries" && false) {
			// "both of the X" is fine; "both sides" too. Only skip "both X and Y".
		}
		if l == "both" && bothCoordinates(toks, i) {
			return f, 0, 0, false
		}
		r := vagueWords[l]
		value, low, high = r[0], r[0], r[1]
		if l == "both" {
			value, low, high = 2, 2, 2
		}
		if l == "hundreds" || l == "thousands" || l == "dozens" || l == "millions" {
			// "tens of thousands", "hundreds of thousands"
			if next+1 < len(toks) && toks[next].Lower() == "of" && (toks[next+1].Lower() == "thousands" || toks[next+1].Lower() == "millions") {
				mult := 1e3
				if toks[next+1].Lower() == "millions" {
					mult = 1e6
				}
				value, low, high = value*mult, low*mult, math.Inf(1)
				next += 2
				// "hundreds of millions of reais": an amount.
				if next+1 < len(toks) && toks[next].Lower() == "of" {
					if code, ok := currencyWords[toks[next+1].Lower()]; ok {
						f.Unit = code
						next += 2
					}
				}
			}
		}
		if l == "several" && (next >= len(toks) || toks[next].Kind != TokWord || stopAfterNumber[toks[next].Lower()]) {
			return f, 0, 0, false
		}
		// "several thousand supporters", "several hundred homes": at
		// least three of the scale.
		// "Salah scores", "Haaland scores hat-trick": a verb.
		if l == "scores" && (next >= len(toks) || toks[next].Lower() != "of") {
			return f, 0, 0, false
		}
		// "several hundred thousand Rohingya": each scale multiplies.
		if l == "several" {
			for next < len(toks) {
				w := toks[next].Lower()
				if w != "hundred" && w != "thousand" && w != "million" && w != "billion" {
					break
				}
				mult := scaleWords[w]
				value, low, high = value*mult, low*mult, math.Inf(1)
				next++
			}
		}
	case l == "tens" && next+1 < len(toks) && toks[next].Lower() == "of" && (toks[next+1].Lower() == "thousands" || toks[next+1].Lower() == "millions"):
		mult := 1e3
		if toks[next+1].Lower() == "millions" {
			mult = 1e6
		}
		value, low, high = 20*mult, 20*mult, math.Inf(1)
		next += 2
	default:
		return f, 0, 0, false
	}

	// Currency and qualifier before the number.
	start, f.Qualifier, f.Unit = a.leadingQualifier(toks, i, f.Unit)
	if start > 0 && toks[start-1].Lower() == "between" && !math.IsNaN(low) {
		start--
	}
	// "minus eight degrees", "-8C" is read by the digits; "plus or minus
	// 1.5 points" is a margin, not a negative.
	margin := start > 2 && toks[start-2].Lower() == "or" && toks[start-3].Lower() == "plus"
	if start > 0 && (toks[start-1].Lower() == "minus" || toks[start-1].Lower() == "negative") && f.Qualifier == "" && !margin {
		start--
		value = -value
		if !math.IsNaN(low) {
			low, high = -high, -low
		}
	}
	// "%2,14": the sign before the number, as Turkish writes it.
	if start > 0 && toks[start-1].Text == "%" && toks[start-1].End == toks[start].Start && f.Unit == "" &&
		(start < 2 || toks[start-2].Kind != TokNum || toks[start-2].End != toks[start-1].Start) {
		f.Unit = "percent"
		start--
	}
	// Scale word glued or after ("1.2bn", "€300m", "2 million") handled;
	// currency word after ("300 million euros").
	if next < len(toks) {
		nl := toks[next].Lower()
		if code, ok := currencyWords[nl]; ok && f.Unit == "" {
			f.Unit = code
			next++
		} else if code, ok := currencyWords[lowerAt(toks, next+1)]; ok && f.Unit == "" && (isAcronym(toks[next].Text) || toks[next].IsCap()) {
			// "50 million CFA francs", "10 billion US dollars", "500,000
			// Swiss francs", "2 billion Sri Lankan rupees"
			if c, ok := namedCurrencies[nl+" "+lowerAt(toks, next+1)]; ok {
				code = c
			}
			f.Unit = code
			next += 2
		} else if code, ok := currencyWords[lowerAt(toks, next+2)]; ok && f.Unit == "" && toks[next].IsCap() && next+1 < len(toks) && toks[next+1].IsCap() {
			// "2 billion Sri Lankan rupees", "3 million Hong Kong dollars"
			if c, ok := namedCurrencies[lowerAt(toks, next+1)+" "+lowerAt(toks, next+2)]; ok {
				code = c
			}
			f.Unit = code
			next += 3
		} else if nl == "%" || nl == "percent" || nl == "pct" || nl == "pc" {
			f.Unit = "percent"
			next++
		} else if nl == "per" && next+1 < len(toks) && toks[next+1].Lower() == "cent" {
			f.Unit = "percent"
			next += 2
		} else if u := energyUnits[nl]; u != "" && f.Unit == "" && next+1 < len(toks) && (toks[next+1].Lower() == "hours" || toks[next+1].Lower() == "hour") {
			f.Unit = u // "11.6 gigawatt hours"
			next += 2
		} else if u, ok := unitWords[nl]; ok && f.Unit == "" && (dimensionOf(u) != "data" || dataSize(toks, next)) {
			f.Unit = u
			next++
		} else if (toks[next].Text == "C" || toks[next].Text == "F" || toks[next].Text == "°") && f.Unit == "" {
			// "44.6 C", "111 F", "40 °C": a temperature.
			f.Unit = "degree"
			next++
			if toks[next-1].Text == "°" && next < len(toks) && (toks[next].Text == "C" || toks[next].Text == "F") {
				next++
			}
		} else if nl == "nautical" && next+1 < len(toks) && strings.HasPrefix(toks[next+1].Lower(), "mile") && f.Unit == "" {
			f.Unit = "nmi" // "14 nautical miles"
			next += 2
		} else if nl == "square" && next+1 < len(toks) && f.Unit == "" {
			// "9,000 square kilometres", "400 square nautical miles": an area.
			if u, ok := unitWords[toks[next+1].Lower()]; ok && (u == "km" || u == "m" || u == "mile" || u == "ft") {
				f.Unit = "sq " + u
				next += 2
			} else if toks[next+1].Lower() == "nautical" && next+2 < len(toks) && strings.HasPrefix(toks[next+2].Lower(), "mile") {
				f.Unit = "sq nmi"
				next += 3
			}
		}
		// "185 km/h": a speed.
		if f.Unit == "km" && next+1 < len(toks) && toks[next].Text == "/" && (toks[next+1].Lower() == "h" || toks[next+1].Lower() == "hr") && toks[next].Start == toks[next-1].End {
			f.Unit = "km/h"
			next += 2
		}
		// "165 kilometres an hour", "40 km per hour": a speed.
		if (f.Unit == "km" || f.Unit == "mile") && next+1 < len(toks) && (toks[next].Lower() == "an" || toks[next].Lower() == "per" || toks[next].Lower() == "a") && toks[next+1].Lower() == "hour" {
			if f.Unit == "km" {
				f.Unit = "km/h"
			} else {
				f.Unit = "mph"
			}
			next += 2
		}
	}
	// "percentage points"
	if f.Unit == "percent" && next+1 < len(toks) && toks[next].Lower() == "percentage" && toks[next+1].Lower() == "points" {
		f.Unit = "percentage point"
		next += 2
	} else if next+1 < len(toks) && toks[next].Lower() == "percentage" && toks[next+1].Lower() == "points" {
		f.Unit = "percentage point"
		next += 2
	} else if next+1 < len(toks) && f.Unit == "" && toks[next].Lower() == "basis" && (toks[next+1].Lower() == "points" || toks[next+1].Lower() == "point") {
		// "50 basis points": kept as written; Agrees sets it against
		// "half a percentage point".
		f.Unit = "basis point"
		next += 2
	} else if u, n := localPoints(toks, next); n > 0 && f.Unit == "" {
		// "0,50 ponto percentual", "25 puntos básicos", "50 points de base".
		f.Unit = u
		next += n
	} else if fraction {
		// "half a percentage point", "a quarter of a point": a part of
		// the unit, not a share.
		k := next
		if lowerAt(toks, k) == "of" {
			k++
		}
		if lowerAt(toks, k) == "a" && (lowerAt(toks, k+1) == "percentage" && strings.HasPrefix(lowerAt(toks, k+2), "point") || lowerAt(toks, k+1) == "point") {
			f.Unit = "percentage point"
			value /= 100
			low, high = low/100, high/100
			next = k + 2
			if lowerAt(toks, k+1) == "percentage" {
				next = k + 3
			}
		}
	}
	// Trailing qualifiers: "or more", "or so", "-plus".
	if next+1 < len(toks) && toks[next].Lower() == "or" && (toks[next+1].Lower() == "more" || toks[next+1].Lower() == "so") {
		if toks[next+1].Lower() == "more" {
			f.Qualifier = "or more"
		} else {
			f.Qualifier = "or so"
		}
		next += 2
	}

	f.Value = value
	f.Low, f.High = intervalFor(f.Qualifier, value, f.Unit)
	// "deaths pass 300", "the toll topped 1,000": a figure gone past is a
	// floor, as "more than" is.
	// Not "passed three exams": a count of what was passed.
	if f.Qualifier == "" && math.IsNaN(low) && start > 0 && passVerbs[toks[start-1].Lower()] &&
		(next >= len(toks) || toks[next].Kind != TokWord || f.Unit == "percent" || len(f.Unit) == 3 && strings.ToUpper(f.Unit) == f.Unit || passTail[toks[next].Lower()]) {
		f.Low, f.High = intervalFor("more than", value, f.Unit)
	} else if f.Qualifier == "" && math.IsNaN(low) {
		// "€1.2bn" is 1.2 billion to the nearest hundred million: a
		// rounded figure allows half its last digit either way.
		if half := roundingOf(toks[i].Text, next-i > 1); half > 0 && (t.Kind == TokNum || next-i <= 2) {
			f.Low, f.High = value-half*scaleOf(toks, i, next), value+half*scaleOf(toks, i, next)
		}
	}
	if !math.IsNaN(low) {
		f.Low, f.High = low, high
		if f.Qualifier != "" {
			l2, h2 := intervalFor(f.Qualifier, low, f.Unit)
			f.Low = math.Min(f.Low, l2)
			if math.IsInf(h2, 1) {
				f.High = h2
			}
		}
	}
	end := next
	// "twenty-six (26) persons": the figure in digits after its words is
	// the same figure.
	if end+2 < len(toks) && toks[end].Text == "(" && toks[end+1].Kind == TokNum && toks[end+2].Text == ")" && t.Kind != TokNum {
		if v, _, ok := parseDigits(toks[end+1].Text); ok && v == value {
			end += 3
		}
	}
	if end < len(toks) && isMonthToken(toks[end]) && !math.IsNaN(low) {
		return f, 0, 0, false // "the night of 14-15 May": dates
	}
	if value <= 12 && isClockTime(toks, end) {
		return f, 0, 0, false // "six o'clock", "about three in the morning"
	}
	if value <= 12 && t.Kind != TokNum && end == start+1 && bareHour(toks, start, end) {
		return f, 0, 0, false // "boats by six.", "the boats came at eleven", "from eight until eight"
	}
	f.Span = Span{toks[start].Start, toks[end-1].End}
	f.Text = a.Text[f.Span.Start:f.Span.End]
	f.Clause = a.clauseOf(si, start, end)
	if single != "" {
		f.Counts = single
		if single == "time" {
			f.Counts = timesCount(toks, &f, i, end)
		}
		if timeUnits[single] {
			f.Scope = "duration"
		} else {
			a.figureScope(si, &f, i, end) // "twice", a score
		}
		return f, start, end, true
	}
	a.classifyFigure(si, &f, i, end)
	return f, start, end, true
}

// isCompoundNumber reports "twenty-seven" and the like.
func isCompoundNumber(l string) bool {
	a, b, ok := strings.Cut(l, "-")
	if !ok {
		return false
	}
	return smallNumbers[a] >= 20 && smallNumbers[b] > 0 && smallNumbers[b] < 10
}

func lowerAt(toks []Token, i int) string {
	if i < 0 || i >= len(toks) {
		return ""
	}
	return toks[i].Lower()
}

// roundingOf returns half the unit of the last digit of a number written
// with a scale word ("1.2bn", "2.5 million": 0.05), or 0 when the number
// is not scaled (and read as exact).
func roundingOf(raw string, scaledWord bool) float64 {
	j := 0
	for j < len(raw) && (raw[j] >= '0' && raw[j] <= '9' || raw[j] == '.' || raw[j] == ',') {
		j++
	}
	glued := j < len(raw)
	if !glued && !scaledWord {
		return 0
	}
	num := raw[:j]
	if i := strings.IndexByte(num, '.'); i >= 0 {
		decimals := len(num) - i - 1
		return 0.5 * math.Pow(10, -float64(decimals))
	}
	return 0.5
}

// scaleOf returns the multiplier of the scale word of the figure at i
// (glued "1.2bn" or following "2 million").
func scaleOf(toks []Token, i, next int) float64 {
	raw := toks[i].Text
	j := 0
	for j < len(raw) && (raw[j] >= '0' && raw[j] <= '9' || raw[j] == '.' || raw[j] == ',') {
		j++
	}
	if s, ok := scaleWords[strings.ToLower(raw[j:])]; ok {
		return s
	}
	for k := i + 1; k < next && k < len(toks); k++ {
		if s, ok := scaleWords[toks[k].Lower()]; ok {
			return s
		}
	}
	return 0
}

// bothCoordinates reports whether "both" coordinates ("both X and Y")
// rather than counts.
func bothCoordinates(toks []Token, i int) bool {
	if i+1 < len(toks) {
		switch toks[i+1].Lower() {
		case "were", "are", "was", "have", "had", "has", "will", "would", "died", "survived", "remain", "remained":
			return false // "Both were buried the same day"
		}
	}
	for k := i + 1; k < len(toks) && k < i+8; k++ {
		if toks[k].Lower() == "and" {
			return true
		}
		if toks[k].Kind == TokPunct {
			return false
		}
	}
	return false
}

var spaceSeparators = strings.NewReplacer("\u202f", "", "\u00a0", "")

// parseDigits reads "2,500", "1.2", "1.2bn", "300m", "10km", "15%".
// indianGrouping reports digits grouped in lakhs and crores: 1,08,452
// and 12,40,56,300 (twos, then the last three).
func indianGrouping(parts []string) bool {
	if len(parts) < 3 || len(parts[0]) == 0 || len(parts[0]) > 2 {
		return false
	}
	last := parts[len(parts)-1]
	if i := strings.IndexByte(last, '.'); i >= 0 {
		last = last[:i]
	}
	if len(last) != 3 {
		return false
	}
	for _, p := range parts[1 : len(parts)-1] {
		if len(p) != 2 {
			return false
		}
	}
	return true
}

func parseDigits(s string) (float64, string, bool) {
	j := 0
	for j < len(s) && (s[j] >= '0' && s[j] <= '9' || s[j] == ',' || s[j] == '.') {
		j++
	}
	num := s[:j]
	rest := strings.ToLower(s[j:])
	// Drop non-breaking/thin spaces used as thousands separators.
	num = spaceSeparators.Replace(num)
	if strings.Count(num, ",") > 0 {
		// 2,500 and 1,000,000 (thousands); 2,5 (a decimal comma) is rare in
		// English news and read as 25 would be wrong: read it as 2.5.
		parts := strings.Split(num, ",")
		thousands := true
		for _, p := range parts[1:] {
			if len(p) != 3 && !strings.Contains(p, ".") {
				thousands = false
			}
		}
		if thousands || indianGrouping(parts) {
			num = strings.ReplaceAll(num, ",", "")
		} else if len(parts) == 2 {
			num = parts[0] + "." + parts[1]
		} else {
			return 0, "", false
		}
	}
	v, err := strconv.ParseFloat(num, 64)
	if err != nil {
		return 0, "", false
	}
	unit := ""
	switch rest {
	case "":
	case "st", "nd", "rd", "th":
		return 0, "", false // ordinal
	case "s":
		// the 1990s
		return 0, "", false
	default:
		if sc, ok := scaleWords[rest]; ok {
			v *= sc
		} else if u, ok := unitWords[rest]; ok {
			unit = u
		} else if rest == "pc" || rest == "pct" {
			unit = "percent"
		} else if rest == "v" {
			unit = "V" // "36V": volts, glued only ("36 v 20" is a score)
		} else if orig := s[j:]; orig == "C" || orig == "F" || rest == "°c" || rest == "°f" || rest == "°" {
			unit = "degree" // "44C", "44.6°C": a temperature; not "37c a litre"
		} else {
			return 0, "", false
		}
	}
	return v, unit, true
}

// parseWordNumber reads "four", "twenty-five", "two hundred", "a dozen",
// "one hundred and twenty", "three million". It returns -1 for vague
// "a few"/"a handful".
func parseWordNumber(toks []Token, i int) (float64, int, bool) {
	total, current := 0.0, 0.0
	n := 0
	seen := false
	for k := i; k < len(toks); k++ {
		l := toks[k].Lower()
		if k == i && l == "a" {
			nl := ""
			if k+1 < len(toks) {
				nl = toks[k+1].Lower()
			}
			switch nl {
			case "dozen":
				return 12, 2, true
			case "handful", "few":
				return -1, 2 + ofAfter(toks, k+2), true
			case "couple", "pair":
				return 2, 2 + ofAfter(toks, k+2), true
			}
			current = 1
			n++
			continue
		}
		if v, ok := smallNumbers[l]; ok {
			// "twenty one", "hundred and five" combine; "one six", "ten
			// twelve" do not.
			if seen && current > 0 && !(v < 10 && int(current)%100 >= 20 && int(current)%10 == 0 || int(current)%100 == 0 && v < 100) {
				break
			}
			current += v
			seen = true
			n = k - i + 1
			continue
		}
		if parts := strings.Split(l, "-"); len(parts) == 2 {
			a, ok1 := smallNumbers[parts[0]]
			b, ok2 := smallNumbers[parts[1]]
			if ok1 && ok2 {
				current += a + b
				seen = true
				n = k - i + 1
				continue
			}
		}
		if s, ok := scaleWords[l]; ok && (seen || current > 0) && len(l) > 2 && l != "hundreds" && l != "thousands" && l != "millions" && l != "billions" && l != "crores" && l != "lakhs" {
			if current == 0 {
				current = 1
			}
			if s == 100 {
				current *= s
			} else {
				total += current * s
				current = 0
			}
			seen = true
			n = k - i + 1
			continue
		}
		if l == "and" && seen && k+2 < len(toks) && toks[k+1].Lower() == "a" && toks[k+2].Lower() == "half" && total == 0 && current < 100 {
			current += 0.5 // "two and a half hours", "two and a half million"
			n = k - i + 3
			k += 2
			continue
		}
		if l == "and" && seen && k+1 < len(toks) {
			// "one hundred and forty-two", "two thousand and five".
			if _, ok := smallNumbers[toks[k+1].Lower()]; (ok || isCompoundNumber(toks[k+1].Lower())) && total+current >= 100 {
				continue
			}
		}
		if l == "dozen" && seen {
			current *= 12
			n = k - i + 1
			continue
		}
		// "one point four million": a decimal said in words.
		if l == "point" && seen && current < 1000 && k+1 < len(toks) {
			frac, scale := 0.0, 0.1
			j := k + 1
			for ; j < len(toks); j++ {
				d, ok := smallNumbers[toks[j].Lower()]
				if !ok && toks[j].Lower() == "zero" {
					d, ok = 0, true
				}
				if !ok || d > 9 || d != math.Trunc(d) {
					break
				}
				frac += d * scale
				scale /= 10
			}
			if j > k+1 {
				current += frac
				n = j - i
				k = j - 1
				continue
			}
		}
		break
	}
	if !seen {
		return 0, 0, false
	}
	return total + current, n, true
}

func ofAfter(toks []Token, k int) int {
	if k < len(toks) && toks[k].Lower() == "of" {
		return 1
	}
	return 0
}

// emergencyNumbers are the telephone numbers of emergency services, and
// emergencyAfter the words that make one of them a number to call.
var (
	emergencyNumbers = setOf(`112 911 999 000 119 110 100 101 102 103 108 115 117 118 122 123 190 192 193 997 998`)
	emergencyCounted = setOf(`crews vehicles teams responders personnel staff workers medics ambulances shelters beds`)
	emergencyAfter   = setOf(`emergency hotline helpline line call number operator dispatch service alert centre center system text`)
)

// passVerbs say a count went past a figure.
var passVerbs = setOf(`pass passes passed passing top tops topped topping exceed exceeds exceeded exceeding surpass surpasses surpassed surpassing`)

// passTail may follow a figure gone past: "topped 1,000 on Friday".
var passTail = setOf(`in on at by as and or for since this last after before with among across mark deaths dead`)

// intervalFor turns a qualifier into the interval its words allow.
func intervalFor(q string, v float64, unit string) (float64, float64) {
	integer := v == math.Trunc(v) && unit != "percent" && unit != "percentage point" && len(unit) != 3
	step := 0.0
	if integer {
		step = 1
	}
	switch q {
	case "at least", "no fewer than", "no less than", "or more", "a minimum of", "minimum", "at minimum":
		return v, math.Inf(1)
	case "more than", "over", "upwards of", "in excess of", "above", "just over", "exceeding", "beyond", "plus":
		return v + step, math.Inf(1)
	case "nearly", "almost", "close to", "just under", "nearing", "approaching", "shy of", "just shy of":
		if u := statedUnit(v); u > 0 {
			return v - 2*u, v
		}
		return roundDown(v * 0.9), v
	case "about", "around", "some", "roughly", "approximately", "an estimated", "estimated", "or so", "circa", "approx", "approx.", "around about", "some estimated":
		if u := statedUnit(v); u > 0 {
			return v - 2*u, v + 2*u
		}
		return roundDown(v * 0.9), roundUp(v * 1.1)
	case "up to", "as many as", "at most", "no more than", "a maximum of", "maximum", "as much as",
		"maximum sentence of", "maximum penalty of", "maximum term of", "maximum prison term of", "maximum fine of":
		return math.Inf(-1), v
	case "fewer than", "less than", "under", "below":
		return math.Inf(-1), v - step
	}
	return v, v
}

// statedUnit is the place of the last significant digit of a round
// figure given to three significant digits or more ("about 19,800" is
// said to the hundred): an approximation that precise is within two such
// units, not within a tenth (18,900 is no "about 19,800"). Zero for a
// figure under 1,000 or given to fewer digits ("about 20,000", "some
// 3,500"), which keep the tenth.
func statedUnit(v float64) float64 {
	if v < 1000 || v != math.Trunc(v) || v > 1e15 {
		return 0
	}
	n := int64(v)
	unit := int64(1)
	for n%10 == 0 {
		n /= 10
		unit *= 10
	}
	if n < 100 {
		return 0
	}
	// "about 2,350" is rounded to the fifty.
	if n%10 == 5 {
		unit *= 5
	}
	return float64(unit)
}

func roundDown(x float64) float64 { return math.Floor(x*1000+1e-9) / 1000 }
func roundUp(x float64) float64   { return math.Ceil(x*1000-1e-9) / 1000 }

var qualifiers = []string{
	"at least", "no fewer than", "no less than", "a minimum of", "more than", "upwards of", "in excess of", "just over", "over", "above",
	"nearly", "almost", "close to", "just under", "approaching", "just shy of", "about", "around", "some", "roughly", "approximately",
	"an estimated", "estimated", "circa", "up to", "as many as", "at most", "no more than", "a maximum of", "as much as", "fewer than",
	"less than", "under", "below", "exactly", "only", "just",
	// "a maximum sentence of 20 years", "a maximum penalty of …": a ceiling.
	"maximum sentence of", "maximum penalty of", "maximum term of", "maximum prison term of", "maximum fine of",
}

// leadingQualifier reads a currency symbol and a qualifier before token i.
func (a *Analysis) leadingQualifier(toks []Token, i int, unit string) (int, string, string) {
	start := i
	// Currency symbol glued before the number: "$", "€", "US$", "Rs".
	if start > 0 {
		p := toks[start-1]
		// "R$ 1.234", "US$ 3m": a lettered dollar sign takes a space.
		// "US$ 5 million", "GH¢ 5,000": a two-part symbol, then a space.
		spacedDollar := (p.Text == "$" || p.Text == "¢" || p.Text == "₵") && start > 1 && toks[start-2].End == p.Start && toks[start-2].Kind == TokWord
		// "Rs. 186 million": the abbreviation's dot, then a space.
		if p.Text == "." && p.End+1 == toks[start].Start && start > 1 && toks[start-2].End == p.Start && (toks[start-2].Text == "Rs" || toks[start-2].Text == "Re") {
			unit = "INR"
			start -= 2
		}
		if p.End == toks[start].Start || p.End+1 == toks[start].Start && (p.Text == "Rs" || p.Text == "Rs." || p.Text == "Tk" || p.Text == "Rp" || p.Text == "RM" || p.Text == "KSh" || spacedDollar) {
			sym := p.Text
			// "US$" is "US" + "$"
			if start > 1 && toks[start-2].End == p.Start && isCurrencySymbol(toks[start-2].Text+sym) {
				sym = toks[start-2].Text + sym
				for _, c := range currencySymbols {
					if c.sym == sym {
						unit = c.code
						start -= 2
						break
					}
				}
			}
			if start == i {
				for _, c := range currencySymbols {
					// A lone letter ("N1.8bn") is split off only when it
					// is a currency (see letterAmount).
					if c.sym == sym && (len(sym) > 1 || !unicode.IsLetter(firstRune(sym)) || p.End == toks[start].Start) {
						unit = c.code
						start--
						break
					}
				}
			}
		}
	}
	// The Peruvian sol: "S/ 20 million", "S/.20".
	if start == i && start > 1 && unit == "" && (toks[start-1].Text == "/" || toks[start-1].Text == "/.") && toks[start-2].Text == "S" && toks[start-2].End == toks[start-1].Start && toks[start-1].End+1 >= toks[start].Start {
		unit = "PEN"
		start -= 2
	}
	// An ISO code before the number: "CLP 850 billion", "USD 3m".
	if start == i && start > 0 && unit == "" {
		// Only with an amount's look: a scale word after, or thousands
		// marks ("CLP 850 billion", "USD 1,200"); "AMD 7000", "CNY 2025"
		// are a chip and a year.
		amount := strings.ContainsAny(toks[start].Text, ",.") || strings.IndexFunc(toks[start].Text, unicode.IsLetter) > 0 ||
			start+1 < len(toks) && scaleWords[toks[start+1].Lower()] > 0
		if p := toks[start-1]; p.End+1 == toks[start].Start && len(p.Text) == 3 && currencyCodes[p.Text] && amount {
			unit = p.Text
			start--
		}
	}
	// Qualifier words before (and before the currency).
	q := ""
	for _, cand := range qualifiers {
		words := strings.Fields(cand)
		if start-len(words) < 0 {
			continue
		}
		match := true
		for k, w := range words {
			if toks[start-len(words)+k].Lower() != w {
				match = false
				break
			}
		}
		if match {
			// "only" and "just" and "exactly" mark exactness: keep the
			// words, no interval change.
			q = cand
			start -= len(words)
			break
		}
	}
	if q == "exactly" || q == "only" || q == "just" {
		q = ""
	}
	return start, q, unit
}

// isNotAQuantity rules out numbers that are parts of dates, times, names
// and codes: "Oct. 9", "March 5, 2023", "12:00", "Route 66", "F-16".
func (a *Analysis) isNotAQuantity(si, i int) bool {
	toks := a.Tokens[si]
	t := toks[i]
	raw := t.Text
	v, _, _ := parseDigits(raw)
	next := func(k int) Token {
		if i+k < len(toks) {
			return toks[i+k]
		}
		return Token{}
	}
	prev := func(k int) Token {
		if i-k >= 0 {
			return toks[i-k]
		}
		return Token{}
	}
	// Times: 12:00, 1:30 PM, 9 a.m.
	if next(1).Text == ":" && next(2).Kind == TokNum || prev(1).Text == ":" && prev(2).Kind == TokNum {
		return true
	}
	nl := next(1).Lower()
	if nl == "am" || nl == "pm" || nl == "a.m" || nl == "p.m" || nl == "a.m." || nl == "p.m." || nl == "gmt" || nl == "utc" || nl == "o'clock" || nl == "hrs" || nl == "h" {
		return true
	}
	// "Boeing 737 MAX 9": a maker's model, a name and its number.
	if p, n := prev(1), next(1); p.Kind == TokWord && p.IsCap() && n.Kind == TokWord && len(n.Text) >= 2 && strings.ToUpper(n.Text) == n.Text &&
		!currencyCodes[n.Text] && unitWords[strings.ToLower(n.Text)] == "" && !unicode.IsDigit(firstRune(n.Text)) {
		return true
	}
	// "ordered by 112 emergency text messages", "dialled 999": an
	// emergency number, not a count.
	// Not "some 112 emergency workers", "118 emergency calls", "100
	// service centres": a plural after it is what is counted.
	n2 := next(2).Lower()
	countedAfter := personNouns[n2] || emergencyCounted[n2] || qualifierWord(prev(1).Lower()) || strings.HasSuffix(n2, "s") && !strings.HasSuffix(n2, "ss")
	if emergencyNumbers[raw] && (emergencyAfter[nl] && !countedAfter || prev(1).Lower() == "dial" || prev(1).Lower() == "dialled" || prev(1).Lower() == "dialed" || prev(1).Lower() == "dialling" || prev(1).Lower() == "dialing") {
		return true
	}
	// "As of 19.00 WIB", "at 07.30 CET", "21.15 local time": a clock.
	if clockDigits.MatchString(raw) && (timeZones[next(1).Text] || nl == "local" || nl == "hours") {
		return true
	}
	// Dates: a month before or after; a year after a day and a comma.
	if isMonthToken(prev(1)) || isMonthToken(prev(2)) && prev(1).Text == "." || isMonthToken(next(1)) || nl == "of" && isMonthToken(next(2)) {
		return true
	}
	// "January 20, 2026" is a year; "January 20, 187 patients" is not.
	if prev(1).Text == "," && prev(2).Kind == TokNum && (isMonthToken(prev(3)) || isMonthToken(prev(4))) && len(raw) == 4 && v >= 1800 && v <= 2100 {
		return true
	}
	// "In '82", "the ’90s": a year cut short.
	if len(raw) == 2 && (prev(1).Text == "'" || prev(1).Text == "’") && prev(1).End == t.Start && (i < 2 || prev(2).End < prev(1).Start) {
		return true
	}
	// Years.
	if !strings.Contains(raw, ",") && !strings.Contains(raw, ".") && v >= 1800 && v <= 2100 && len(raw) == 4 {
		// "Kestrel Marine Works 2.6 billion rupees": a scale word or a
		// currency after the number makes it an amount.
		_, scaled := scaleWords[nl]
		_, money := currencyWords[nl]
		// "the 1998 crisis", "the 2010 census": a singular in -s.
		singularS := strings.HasSuffix(nl, "is") || strings.HasSuffix(nl, "ss") || strings.HasSuffix(nl, "us")
		if !personNouns[nl] && (!isCountNoun(nl) || singularS) && !scaled && !money {
			return true
		}
		// "its 2025 sales target", "his 2026 earnings estimate": a year
		// naming a plan or a forecast, not 2,025 sales.
		if (partitiveDeterminers[prev(1).Lower()] || hasPossessive(prev(1).Text)) && next(1).Kind == TokWord && !personNouns[nl] && next(2).Kind == TokWord && !next(2).IsCap() && !stopAfterNumber[next(2).Lower()] {
			return true
		}
	}
	// Numeric dates 12/03/2024 and ratios 3/4; not the sol, "S/ 20".
	// "Rs. 186,000,000/-": the South Asian mark for a whole sum.
	if next(1).Text == "/" && next(2).Text == "-" && next(2).Start == next(1).End {
		return false
	}
	if next(1).Text == "/" || prev(1).Text == "/" && !(prev(2).Text == "S" && prev(2).End == prev(1).Start) {
		return true
	}
	// Codes glued by a hyphen: F-16, COVID-19, Su-25, A320.
	// Not "magnitude-5.1".
	if prev(1).Text == "-" && prev(2).End == prev(1).Start && measureNouns[prev(2).Lower()] {
		return false
	}
	if i > 0 && (prev(1).Text == "-" && prev(1).Start == prev(2).End && prev(2).End == prev(1).Start && prev(1).End == t.Start) {
		return true
	}
	if strings.HasSuffix(prev(1).Text, "-") && prev(1).End == t.Start {
		return true
	}
	// Names with a number: Route 66, Flight 302, Article 5, Resolution
	// 2334, No. 3, Brigade 11, Highway 1.
	p := prev(1)
	if p.Text == "." && isAbbrevWord(strings.ToLower(prev(2).Text), prev(2).Text) {
		p = prev(2)
	}
	// A thousands separator makes it a quantity: "Adamawa 1,870" is a
	// count by state, "Route 66" a name.
	// "PDL 12, UNF 9": a tally of parties, not names with numbers.
	tally := tallyAt(toks, i) ||
		nl == "%" || nl == "percent" || nl == "per" // "DSV 37.0%": a share, not a name's number
	// "Structures Destroyed 212", "Civilian Fatalities 2": a row of a
	// table, its label then its count, not a name with a number.
	row := i == len(toks)-1 && i >= 2 && toks[0].Start == a.Sentences[si].Start && i <= 6 && (strings.HasSuffix(p.Lower(), "ed") || strings.HasSuffix(p.Lower(), "s") || outcomeWords[p.Lower()] != "")
	if p.Kind == TokWord && p.IsCap() && !row && !isPossessive(p.Text) && !strings.Contains(raw, ",") && !tally && p.Start != a.Sentences[si].Start && !isMonthToken(p) && !qualifierWord(p.Lower()) && !functionWords[p.Lower()] && !isCurrencySymbol(p.Text) {
		// "Kestrel Marine Works 2.6 billion rupees": a scale word or a
		// currency after the number makes it an amount.
		_, scaled := scaleWords[nl]
		_, money := currencyWords[nl]
		// "CZK 12bn": a currency code before an amount with its scale.
		glued := strings.IndexFunc(raw, unicode.IsLetter) > 0
		if !personNouns[nl] && !isCountNoun(nl) && !scaled && !money && !(glued && currencyCodes[p.Text]) {
			return true
		}
	}
	if p.Text == "#" || p.Lower() == "no" && prev(1).Text == "." {
		return true
	}
	// "polling station 17", "gate 4", "bed 12": a place with a number.
	// Not "Outside the station 12 were killed": no article before the
	// place, no verb after the number.
	if numberedPlaces[p.Lower()] && p.Kind == TokWord && !strings.Contains(raw, ",") && !strings.Contains(raw, ".") && !isCountNoun(nl) && !personNouns[nl] &&
		!determiners[prev(2).Lower()] && !afterAux[nl] && outcomeWords[nl] == "" {
		if _, scaled := scaleWords[nl]; !scaled {
			return true
		}
	}
	// Scores: 2-1 written as one token pair "2" "-" "1" are kept; a phone
	// number or a long code is not a quantity.
	if len(strings.ReplaceAll(raw, ",", "")) > 13 {
		return true
	}
	return false
}

// currencyCodes are the ISO 4217 codes the tables above know, and the
// common ones besides.
var currencyCodes = func() map[string]bool {
	m := map[string]bool{}
	for _, c := range currencySymbols {
		m[c.code] = true
	}
	for _, tab := range []map[string]string{namedCurrencies, currencyWords} {
		for _, code := range tab {
			m[code] = true
		}
	}
	for _, code := range strings.Fields("USD EUR GBP JPY CNY CHF CAD AUD CLP COP ARS MXN PEN UYU BOB PYG VES INR PKR BDT LKR NPR " +
		"NGN GHS KES UGX TZS ZAR EGP MAD DZD TND ETB XOF XAF SAR AED QAR KWD OMR BHD JOD ILS TRY IRR IQD SEK NOK DKK PLN CZK HUF " +
		"RON BGN UAH RUB KZT UZS GEL AMD AZN KRW TWD HKD SGD MYR IDR THB VND PHP MMK KHR LAK NZD BRL") {
		m[code] = true
	}
	return m
}()

func isCurrencySymbol(w string) bool {
	for _, c := range currencySymbols {
		if c.sym == w || c.sym == w+"." {
			return true
		}
	}
	return false
}

func qualifierWord(w string) bool {
	switch w {
	case "about", "around", "some", "nearly", "almost", "over", "under", "up", "at", "more", "less", "fewer", "roughly", "approximately":
		return true
	}
	return false
}

func isCountNoun(w string) bool {
	return w != "" && !stopAfterNumber[w] && (strings.HasSuffix(w, "s") || personNouns[w])
}

var months = map[string]int{
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6,
	"july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11,
	"nov": 11, "december": 12, "dec": 12,
}

func isMonthToken(t Token) bool {
	if t.Kind != TokWord {
		return false
	}
	_, ok := months[strings.ToLower(strings.TrimSuffix(t.Text, "."))]
	if !ok {
		return false
	}
	// "may" and "mar" are words too: only capitalised.
	return t.IsCap()
}

// classifyFigure finds what a figure counts, of whom, and its scope.
func (a *Analysis) classifyFigure(si int, f *Figure, numTok, end int) {
	toks := a.Tokens[si]
	// The counted noun phrase after the number.
	var headWords []Token
	k := end
	// ‘said "nearly 200" people had died’: the quoted figure's noun
	// follows the closing mark.
	if k < len(toks) && isQuoteMarkTok(toks[k]) {
		j := numTok
		for j > 0 && toks[j-1].Start >= f.Span.Start {
			j--
		}
		if j > 0 && isQuoteMarkTok(toks[j-1]) {
			k++
		}
	}
	for k < len(toks) && len(headWords) < 4 {
		t := toks[k]
		l := t.Lower()
		// "only three reached Kajiado", "three left the town": a verb in
		// the past before a name or an article, not an adjective.
		// Not "15 armed Houthis", "300 stranded Britons": a people named
		// in the plural after an adjective.
		if len(headWords) == 0 && strings.HasSuffix(l, "ed") && !t.IsCap() && k+1 < len(toks) &&
			(toks[k+1].IsCap() && toks[k+1].Kind == TokWord && (!strings.HasSuffix(toks[k+1].Text, "s") || placeVerbs[l]) || determiners[toks[k+1].Lower()]) {
			break
		}
		// "two already damaged buildings", "three newly built schools".
		if len(headWords) == 0 && !t.IsCap() && (l == "already" || l == "still" || strings.HasSuffix(l, "ly") && len(l) > 5) && k+1 < len(toks) &&
			toks[k+1].Kind == TokWord && !toks[k+1].IsCap() && !stopAfterNumber[toks[k+1].Lower()] && isParticiple(toks[k+1].Lower()) {
			k++
			continue
		}
		if len(headWords) == 0 && (l == "earlier" || l == "later" || l == "previous") && k+1 < len(toks) && isPluralNoun(toks[k+1].Lower()) {
			k++ // "two earlier strikes"
			continue
		}
		// "the 300 you announced": a pronoun starts a clause, not a noun.
		if t.Kind == TokPunct && t.Text != "-" || stopAfterNumber[l] || placePreps[l] || t.Kind == TokNum || subjectPronouns[l] && (t.Text == l || t.Text == "I") {
			break
		}
		if t.Text == "-" && t.Start > 0 && t.End < len(a.Text) && a.Text[t.Start-1] == ' ' && a.Text[t.End] == ' ' {
			break // "three hundred - sorry, two hundred": a dash, not a hyphen
		}
		// "163 confirmed cases": an adjective of the count, then its noun.
		if _, isOutcome := outcomeWords[l]; isOutcome && len(headWords) > 0 && !caseAdjectives[headWords[len(headWords)-1].Lower()] {
			break
		}
		if isMonthToken(t) || isWeekdayWord(l) {
			break
		}
		if len(headWords) == 0 && l == "out" && lowerAt(toks, k+1) == "of" {
			break // "45 out of 60 seats": a part, read below
		}
		if len(headWords) == 0 && (l == "more" || l == "fewer") {
			k++ // "five more joined them", "one more for a majority"
			continue
		}

		if len(headWords) == 0 && isVerbAfterNumber(toks, k) || len(headWords) > 0 && predicateVerbs[l] {
			break // "7,000 took part", "three opened late", "one miner suffered burns"
		}
		// "One pump serves every 500 rai": after one of a singular noun, a
		// word in -s is its verb.
		if f.Value == 1 && len(headWords) > 0 && isPluralNoun(l) && !isPluralNoun(headWords[len(headWords)-1].Lower()) && !personNouns[headWords[len(headWords)-1].Lower()] &&
			!t.IsCap() && (k+1 < len(toks) && (toks[k+1].Kind == TokNum || determiners[toks[k+1].Lower()] || toks[k+1].Lower() == "every" || toks[k+1].Lower() == "each")) {
			break
		}
		if len(headWords) > 0 && headWords[len(headWords)-1].Lower() != "other" && strings.HasSuffix(l, "ing") && len(l) > 5 {
			break // "one other boat moored nearby"
		}
		headWords = append(headWords, t)
		k++
		if isPossessive(t.Text) {
			break // "one buyer's decision": the buyer is counted
		}
		// "40 head of cattle": the livestock counted.
		if l == "head" && len(headWords) == 1 && k+1 < len(toks) && toks[k].Lower() == "of" && toks[k+1].Kind == TokWord && !toks[k+1].IsCap() {
			headWords, k = []Token{toks[k+1]}, k+2
			break
		}
		// "dozens of attacks", "waves of airstrikes": the noun after "of"
		// is what a collective word counts.
		if k+1 < len(toks) && toks[k].Lower() == "of" && (collectiveNouns[l] || len(headWords) == 1 && vagueWords[f.Text] != [2]float64{}) {
			headWords = headWords[:0]
			k++
			continue
		}
		if l == "other" && k < len(toks) && toks[k].Kind == TokWord && !stopAfterNumber[toks[k].Lower()] {
			if _, outcome := outcomeWords[toks[k].Lower()]; !outcome {
				continue // "one other rescuer": the noun follows
			}
		}
		if personNouns[l] || isPluralNoun(l) && !t.IsCap() {
			if k < len(toks) && (toks[k].Lower() == "member" || toks[k].Lower() == "members") {
				k++ // "crew member", "staff members"
			} else if k < len(toks) && toks[k].Kind == TokWord && personNouns[l] && (personNouns[toks[k].Lower()] || peoplePlurals[toks[k].Lower()]) {
				headWords = append(headWords, toks[k])
				k++ // "police officers", "security guards": the second noun is the head
			} else if l == "member" && f.Value != 1 && k < len(toks) && toks[k].Kind == TokWord && !toks[k].IsCap() && isPluralNoun(toks[k].Lower()) && !stopAfterNumber[toks[k].Lower()] {
				headWords = append(headWords, toks[k])
				k++ // "317 member factories", "27 member states": members that are factories
			}
			break
		}
		// "860 unaccompanied or separated children": adjectives joined.
		if k+1 < len(toks) && (toks[k].Lower() == "or" || toks[k].Lower() == "and") && k+2 < len(toks) &&
			toks[k+1].Kind == TokWord && !toks[k+1].IsCap() && smallNumbers[toks[k+1].Lower()] == 0 {
			// "army and police vehicles": the noun ends the phrase.
			for j := k + 2; j < len(toks) && j <= k+3 && toks[j].Kind == TokWord; j++ {
				if personNouns[toks[j].Lower()] || isPluralNoun(toks[j].Lower()) {
					k++
					break
				}
			}
		}
	}
	if len(headWords) == 0 && k+1 < len(toks) && toks[k].Lower() == "of" && vagueWords[strings.ToLower(f.Text)] != [2]float64{} {
		// "scores of attacks", "dozens of people"
		for k2 := k + 1; k2 < len(toks) && k2 < k+4; k2++ {
			t := toks[k2]
			if t.Kind != TokWord || stopAfterNumber[t.Lower()] || backPronouns[t.Lower()] {
				break
			}
			headWords = append(headWords, t)
			if isPluralNoun(t.Lower()) || personNouns[t.Lower()] {
				k = k2 + 1
				break
			}
		}
	}
	partOfWhole := false
	// "45 out of 60 seats" is "45 of 60 seats".
	if len(headWords) == 0 && k+2 < len(toks) && toks[k].Lower() == "out" && toks[k+1].Lower() == "of" {
		k++
	}
	// Partitive: "six of my members", "nineteen of the confirmed
	// deaths": what is counted follows "of".
	if len(headWords) == 0 && k+1 < len(toks) && toks[k].Lower() == "of" {
		k2 := k + 1
		if partitiveDeterminers[toks[k2].Lower()] || isPossessive(toks[k2].Text) {
			k2++ // "of the", "of Mensah's"
			if k2 < len(toks) && isPossessive(toks[k2].Text) {
				k2++ // "of the city's"
			}
		} else if backPronouns[toks[k2].Lower()] {
			k2 = len(toks) // "410,000 of them cast ballots": counted before
		}
		// "seven of the 13 defendants", "two of six machines", "212 of
		// the country's roughly 1,600 polling stations": a part of a
		// whole; the whole is another figure.
		for k2 < len(toks) && qualifierWord(toks[k2].Lower()) && toks[k2].Kind == TokWord {
			k2++
		}
		if k2 < len(toks) && (toks[k2].Kind == TokNum || smallNumbers[toks[k2].Lower()] > 0) {
			partOfWhole = true
			k2++
		}
		var np []Token
		for ; k2 < len(toks) && len(np) < 3; k2++ {
			t := toks[k2]
			if t.Kind != TokWord || stopAfterNumber[t.Lower()] || t.IsCap() {
				break
			}
			np = append(np, t)
			if personNouns[t.Lower()] || isPluralNoun(t.Lower()) {
				break
			}
		}
		if len(np) > 0 && (personNouns[np[len(np)-1].Lower()] || isPluralNoun(np[len(np)-1].Lower())) {
			headWords, k = np, k2+1
		}
	}
	// "one other Brigade-al-Fajr member": skip "other".
	head := ""
	for len(headWords) > 0 && headWords[0].Kind != TokWord {
		headWords = headWords[1:] // "2-1": no noun
	}
	if len(headWords) > 0 {
		head = headWords[len(headWords)-1].Lower()
		for _, suf := range []string{"'s", "’s", "'", "’"} {
			head = strings.TrimSuffix(head, suf)
		}
		f.Of = joinTokens(a.Text, headWords)
		// "253 homes and other structures": the noun phrase says both;
		// the count stays the first's (verification weighs the other).
		if lowerAt(toks, k) == "and" && lowerAt(toks, k+1) == "other" && k+2 < len(toks) && isPluralNoun(lowerAt(toks, k+2)) {
			f.Of = joinTokens(a.Text, append(append([]Token{}, headWords...), toks[k:k+3]...))
		}
	}
	pre := numTok - 1
	if lowerAt(toks, pre) == "-" {
		pre--
	}
	if f.Unit == "" && lowerAt(toks, pre) == "magnitude" {
		// "a magnitude 6.4 earthquake", "the magnitude-5.1 tremor"
		f.Counts = "magnitude"
	} else if code := perCurrency(toks, end); code != "" && (f.Unit == "" || len(f.Unit) == 3 && strings.ToUpper(f.Unit) == f.Unit && f.Unit != code) {
		// "trading at about 3,990 per dollar", "N1,460 to the dollar": an
		// exchange rate, a price compared only with rates against the
		// same currency, whether or not the local one is written.
		f.Unit, f.Counts = "per "+code, "money"
	} else if f.Unit != "" && f.Unit != "percent" && f.Unit != "percentage point" && len(f.Unit) == 3 && strings.ToUpper(f.Unit) == f.Unit {
		f.Counts = "money"
	} else if f.Unit == "percent" {
		f.Counts = "percent"
	} else if f.Unit == "percentage point" || f.Unit == "basis point" {
		f.Counts = f.Unit
	} else if f.Unit != "" {
		f.Counts = dimensionOf(f.Unit)
		// "734 millimetres of rain", "250 mm more rain": a fall of rain,
		// not a length.
		if p := precipitationAfter(toks, end); f.Counts == "distance" && (f.Unit == "mm" || f.Unit == "cm" || f.Unit == "in") && p != "" {
			f.Counts = p
		} else if f.Counts == "distance" && f.Unit == "mm" && a.rainNear(si) {
			// "we measured 118 millimetres" in a story about rain: what
			// fell, not a length.
			f.Counts = "rainfall"
		}
	}
	// "the 150-seat chamber", "a 12-storey block": the figure counts the
	// noun it is compounded with.
	compound := ""
	if f.Counts == "" && f.Unit == "" && end+1 < len(toks) && toks[end].Text == "-" && toks[end].Start == toks[end-1].End && toks[end+1].Start == toks[end].End && toks[end+1].Kind == TokWord {
		compound = toks[end+1].Lower()
	} else if v, rest := hyphenParts(toks[numTok].Lower()); v > 0 {
		compound = rest
	}
	if u, ok := unitWords[compound]; ok && compound != "" {
		// "a 300-kilometre pipeline": a measure, not a count.
		f.Unit, f.Counts = u, dimensionOf(u)
		return
	}
	if code, ok := currencyWords[compound]; ok && compound != "" {
		// "a 25,000-taka minimum wage": an amount.
		f.Unit, f.Counts = code, "money"
		return
	}
	if compound != "" {
		if suf := compound; len(suf) > 2 && (!strings.HasPrefix(suf, "year") || suf == "year" && !termAfter(toks, end)) && !strings.HasSuffix(suf, "old") {
			f.Counts, f.Of = singular(suf), suf
			if strings.Contains(strings.ToLower(f.Text), suf) {
				f.Of = "" // "nine-storey" says it already
			}
			if timeUnits[suf] {
				f.Scope = "duration" // "a 3-day strike"
				return
			}
			a.figureScope(si, f, numTok, end)
			return
		}
	}
	// "the seven-year term", "a 10-year jail sentence": a term handed down.
	if (strings.HasPrefix(compound, "year") || strings.HasPrefix(compound, "month")) && (head == "term" || head == "sentence" || head == "jail" || head == "prison") {
		f.Counts, f.Scope, f.Of = "sentenced", "duration", strings.TrimSuffix(compound, "s")+"s"
		return
	}
	if f.Counts == "" && a.isAge(si, f, numTok, end) {
		f.Counts, f.Scope = "age", "duration"
		return
	}
	if f.Counts == "" && (head == "decade" || head == "decades") {
		// "two decades" is 20 years, comparable with "20 years".
		f.Value, f.Low, f.High = f.Value*10, f.Low*10, f.High*10
		head = "years"
	}
	if f.Counts == "" && (timeUnits[head] || strings.HasSuffix(head, "-old")) {
		f.Scope = "duration"
		f.Counts = singular(strings.TrimSuffix(strings.TrimSuffix(head, "-old"), "s-old"))
		if strings.Contains(head, "-old") || k < len(toks) && toks[k].Lower() == "old" {
			f.Counts = "age"
		}
		// "sentenced to five years", "nine years in prison", "Nine years
		// is a fair sentence"; "banned from office for three years".
		clause := a.clauseOf(si, numTok, end)
		legal := false
		from := max(0, numTok-8)
		for from > 0 && toks[from-1].Start >= clause.Start {
			from--
		}
		// "Nine years is a fair sentence": a copula right after the term.
		copula := k < len(toks) && (toks[k].Lower() == "is" || toks[k].Lower() == "was")
		for j := from; j < len(toks) && (j < end+3 || copula && toks[j].Start < clause.End); j++ {
			l := toks[j].Lower()
			// Near the figure only: "spent two years abroad before the
			// court sentenced him" is not a term.
			near := j >= numTok-8 && j < end+3 || copula && j >= end
			if near && (outcomeWords[l] == "sentenced" || l == "prison" || l == "jail" || l == "imprisonment" || l == "sentence" || l == "sentences" || l == "penalty" && (head == "years" || head == "months")) {
				f.Counts = "sentenced" // "raise the maximum penalty for fraud to 12 years"
			}
			// "banned for three years", "a ban of two years", "ineligibility
			// of four years"; not "banned after a third positive test in
			// 10 years".
			// Not "services were suspended for almost two hours": a pause.
			// Nor "R2 million of which was suspended for five years",
			// "suspended four of the 12 years for five years": a fine or a
			// term held over, not a ban.
			pause := l == "suspended" && (head == "hours" || head == "hour" || head == "minutes" || head == "minute" || heldOver(toks[:numTok]))
			if j < numTok && (l == "banned" || l == "barred" || l == "disqualified" || l == "ban" || l == "debarred" || l == "ineligibility" || l == "ineligible" || l == "suspended") && f.Counts != "sentenced" && !pause {
				pre := numTok - 1
				for pre > j && qualifierWord(toks[pre].Lower()) {
					pre--
				}
				if pl := toks[pre].Lower(); pl == "for" || pl == "of" {
					f.Counts = "ban"
				}
			}
			if j == end && (l == "ban" || l == "suspension") && f.Counts != "sentenced" {
				f.Counts = "ban" // "a four-year ban", "a two-year suspension"
			}
			if l == "prosecutors" || l == "prosecutor" || l == "prosecution" || l == "judge" || l == "court" {
				legal = true
			}
		}
		for _, t := range toks {
			switch t.Lower() {
			case "prosecutors", "prosecutor", "prosecution", "counsel", "advocate", "defence", "defense", "lawyer", "lawyers", "attorney":
				legal = true
			}
		}
		// "10 years on the fraud counts", "eight years on each charge": a
		// term for counts of a conviction.
		after := end
		if timeUnits[lowerAt(toks, after)] {
			after++ // past "years"
		}
		// "three years of the fraud sentence": part of a term.
		if lowerAt(toks, after) == "of" && lowerAt(toks, after+1) == "the" {
			for j := after + 2; j < len(toks) && j <= after+4 && toks[j].Kind == TokWord; j++ {
				if l := toks[j].Lower(); l == "sentence" || l == "term" && (lowerAt(toks, j+1) != "as" && lowerAt(toks, j+1) != "in") {
					f.Counts = "sentenced"
					break
				}
			}
		}
		for j := after; j < len(toks) && j <= after+5; j++ {
			if l := toks[j].Lower(); l == "counts" || l == "count" || l == "charge" || l == "charges" {
				// A sentence's verb must be there too: "wanted for 10 years
				// on fraud charges" is a fugitive's time, not a term.
				if p := lowerAt(toks, after); (p == "on" || p == "for") && sentencingIn(toks) {
					f.Counts = "sentenced"
				}
				break
			}
			if toks[j].Kind == TokPunct {
				break
			}
		}
		// "received seven years", "was given 12 years", "faces up to 10
		// years": a term handed down.
		if pre := numTok - 1; pre >= 0 {
			for pre >= 0 && (qualifierWord(toks[pre].Lower()) && toks[pre].Lower() != "at" || toks[pre].Lower() == "between") {
				pre-- // "asked for between 8 and 10 years"
			}
			// "serve a minimum of 16 years", "a punishment part of 18 years".
			for pre >= 2 && toks[pre].Lower() == "of" && (toks[pre-1].Lower() == "minimum" || toks[pre-1].Lower() == "maximum" || toks[pre-1].Lower() == "total" || toks[pre-1].Lower() == "part") {
				pre -= 2
				if pre >= 0 && (toks[pre].Lower() == "a" || toks[pre].Lower() == "punishment") {
					pre--
				}
				if pre >= 0 && toks[pre].Lower() == "a" {
					pre--
				}
			}
			if pre >= 0 {
				switch toks[pre].Lower() {
				case "received", "receives", "given", "handed", "serve", "serving", "served", "faces", "face", "facing", "got", "gets":
					f.Counts = "sentenced"
				case "effective":
					f.Counts = "sentenced" // "an effective 18 years": the term to serve
				case "suspended", "imposed", "imposes", "handing":
					if legal {
						f.Counts = "sentenced" // "the judge suspended four of the 12 years"
					}
				case "sought", "seeking", "seeks", "demanded", "requested", "for":
					// "prosecutors had asked for 12 years"
					// "argued for 10 years with half suspended"; not "has
					// argued for 15 years that he was wrongly convicted".
					argued := pre > 0 && (toks[pre-1].Lower() == "argued" || toks[pre-1].Lower() == "pleaded") && lowerAt(toks, end+1) != "that" && lowerAt(toks, end) != "that"
					if legal && (toks[pre].Lower() != "for" || pre > 0 && (toks[pre-1].Lower() == "asked" || toks[pre-1].Lower() == "called" || toks[pre-1].Lower() == "pushed") || argued) {
						f.Counts = "sentenced"
					}
				}
			}
		}
		return
	}
	if f.Counts == "" {
		f.Counts = a.outcomeOf(si, f, numTok, end, k, head)
	}
	if f.Counts == "" && head == "" {
		// "a magnitude of 7.1", "a crowd of 21,412", "put the crowd at
		// nearly 22,000", "our count of damaged houses is 94,870".
		f.Counts = a.measureBefore(toks, numTok)
		if f.Counts == "age" {
			f.Scope = "duration"
			return
		}
	}
	if f.Counts == "" && head == "" {
		// "Arrests rose 12% last year to 640": the subject of the change.
		f.Counts = changedTo(toks, numTok)
	}
	if f.Counts == "" && head == "" && k < len(toks) && (toks[k].Lower() == "voted" || toks[k].Lower() == "abstained") {
		f.Counts = "vote" // "212 voted in favour and 190 against"
	}
	// "the clinic and one other": the other is another of the noun
	// before.
	if f.Counts == "" && head == "other" && len(headWords) == 1 && numTok > 1 && toks[numTok-1].Lower() == "and" {
		if p := toks[numTok-2]; p.Kind == TokWord && !p.IsCap() && !personNouns[p.Lower()] && !stopAfterNumber[p.Lower()] && !timeUnits[p.Lower()] &&
			numTok > 2 && determiners[toks[numTok-3].Lower()] {
			f.Counts, f.Of = singular(p.Lower()), p.Lower()
		}
	}
	if f.Counts == "" && (head == "counts" || head == "count") {
		// "convicted on 23 counts of fraud": charges, not the reader's
		// "count" for a bare number.
		f.Counts = legalCounts(toks)
	}
	// "a dozen boreholes … Both of the deep ones": "ones" stands for the
	// noun named before.
	if f.Counts == "" && (head == "ones" || head == "one") {
		if c, _ := a.pluralBefore(si, f.Span.Start, false); c != "" && c != "one" && c != "ones" {
			f.Counts = c
		} else {
			for k := len(a.Figures) - 1; k >= 0 && a.Figures[k].Sentence >= si-3; k-- {
				if p := a.Figures[k]; p.Counts != "" && p.Counts != "count" && p.Counts != "one" && p.Unit == "" && p.Scope != "duration" {
					f.Counts = p.Counts
					break
				}
			}
		}
	}
	if f.Counts == "" && head != "" {
		f.Counts = singular(head)
		if head == "others" || head == "other" || head == "people" {
			f.Counts = "person"
		}
	}
	if f.Counts == "" {
		f.Counts = "count"
	}
	if c, ok := sameThing[f.Counts]; ok {
		f.Counts = c
	}
	if f.Counts == "time" {
		f.Counts = timesCount(toks, f, numTok, end)
	}
	if head == "refugees" && f.Scope == "" {
		// A count of refugees is how many there are, not how many one
		// event displaced: it is not compared with "3,000 fled".
		f.Scope = "cumulative"
	}
	if (personNouns[head] || generalPeople[head] || head == "") && !isOutcome(f.Counts) && tookPartIn(toks, k) {
		f.Counts = "protester"
	}
	if partOfWhole && !isOutcome(f.Counts) {
		// "two of six machines were working": a part of what the whole
		// counts; "seven of the 13 defendants were convicted" is the
		// whole count of the convicted.
		f.Scope = "subset"
	}
	a.figureScope(si, f, numTok, end)
	// "banned for five matches", "suspended for three games": the length
	// of a ban, in the games it runs for.
	if gameNouns[head] && banBefore(toks, numTok) {
		f.Counts, f.Scope = "ban", ""
	}
	// "recovered three more bodies": an addition to a toll, not the toll.
	if f.Scope == "" && lowerAt(toks, end) == "more" && lowerAt(toks, end+1) != "than" && isOutcome(f.Counts) {
		f.Scope = "subset"
		f.Note = f.Text + " more: an addition to a count, not the whole"
	}
	// "also killed one other member", "killed X and two others": the
	// others come besides someone named.
	if len(headWords) > 0 {
		first := headWords[0].Lower()
		// "Police detained a man in Anle, and one other in Renai", "one
		// rescuer was treated for burns and one other for a hand injury":
		// the others share the verb of the clause before.
		if (first == "other" || head == "others" || head == "other") && (f.Counts == "person" || f.Counts == "count" || f.Counts == "") {
			if c := gappedVerb(toks, numTok, end+len(headWords)); c != "" {
				f.Counts = c
			}
		}
		if first == "other" || head == "others" || head == "other" {
			if plus := a.namedBesides(si, numTok, f.Counts); plus > 0 {
				f.Plus = plus
				f.Value += float64(plus)
				f.Low += float64(plus)
				if !math.IsInf(f.High, 1) {
					f.High += float64(plus)
				}
				f.Note = fmt.Sprintf("%s besides the %d named, %s in all", f.Text, plus, f.Interval())
			}
		}
	}
}

// gappedVerb returns the outcome of the clause before "and N other(s)"
// when the others' own clause has no verb: what follows them is a
// prepositional phrase or the sentence's end. The clause before must
// hold one outcome only.
func gappedVerb(toks []Token, numTok, after int) string {
	k := numTok
	for k > 0 && qualifierWord(toks[k-1].Lower()) {
		k--
	}
	if k == 0 || toks[k-1].Lower() != "and" {
		return ""
	}
	if after < len(toks) {
		switch toks[after].Lower() {
		case "for", "in", "at", "on", "with", "near", "from", ",", ".", ";":
		default:
			return ""
		}
		// No verb of their own further on: "and one other in Renai was
		// released" is another clause.
		for j := after; j < len(toks) && toks[j].Text != ";" && toks[j].Text != "." && toks[j].Text != ","; j++ {
			if _, ok := outcomeWords[toks[j].Lower()]; ok || afterAux[toks[j].Lower()] && toks[j].Lower() != "also" {
				return ""
			}
		}
	}
	found := ""
	for j := 0; j < k-1; j++ {
		c, ok := outcomeVerb(toks[j].Lower())
		if toks[j].Lower() == "treated" && lowerAt(toks, j+1) == "for" {
			c, ok = "wounded", true // "was treated for burns"
		}
		if !ok {
			continue
		}
		if found != "" && found != c {
			return ""
		}
		found = c
	}
	return found
}

// clauseBreaks end the clause a figure's verb is looked for in: "nine
// were confirmed dead while 19 others remain missing".
var clauseBreaks = setOf(`while whereas but although though when after before because`)

// afterAux may sit between a counted noun and its outcome: "were later
// confirmed dead", "are still listed as missing", "are feared dead".
var afterAux = setOf(`were was have has had been are is being be reportedly also later all still now listed as reported confirmed
officially believed feared presumed thought known understood to since remain remained remains`)

// tollNouns name the dead or the hurt as a group.
var tollNouns = setOf(`dead deaths victims injured wounded casualties bodies fatalities missing`)

// beforeCounts gives "from 12" in "the toll rose from 12 to 18" what
// the value after it counts.
func beforeCounts(figs []Figure) []Figure {
	for i := 0; i+1 < len(figs); i++ {
		f, g := &figs[i], &figs[i+1]
		if f.Scope == "before" && (f.Counts == "count" || f.Counts == "") && f.Unit == g.Unit {
			f.Counts = g.Counts
			if f.Of == "" {
				f.Of = g.Of
			}
		}
	}
	return figs
}

// fromBefore reports "from" just before the number at i, past a
// qualifier: "rose from 12 to 18", "from about 3,000".
func fromBefore(toks []Token, i int) bool {
	k := i - 1
	for k >= 0 && qualifierWord(toks[k].Lower()) {
		k--
	}
	if k < 0 || toks[k].Lower() != "from" {
		return false
	}
	// "ranged from 41 to 46 degrees" is a range; "rose from 12 to 18"
	// two values: a verb of change before "from".
	for j := k - 1; j >= 0 && j >= k-10; j-- {
		if changeVerbs[toks[j].Lower()] || toks[j].Lower() == "up" || toks[j].Lower() == "down" || toks[j].Lower() == "revised" || toks[j].Lower() == "raised" || toks[j].Lower() == "lowered" || toks[j].Lower() == "lifted" || toks[j].Lower() == "slid" {
			return true
		}
		if toks[j].Kind == TokPunct {
			break
		}
	}
	return false
}

// countBefore reports a count's noun in the few words before k: "the
// death toll at 58", "the number at 12".
func countBefore(toks []Token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		switch toks[j].Lower() {
		case "toll", "tally", "count", "number", "total", "figure", "deaths", "dead":
			return true
		}
	}
	return false
}

// unitPlural are plurals that name a unit, not a thing counted.
var unitPlural = setOf(`acres hectares kilometres kilometers miles metres meters tonnes tons hours days minutes weeks months years`)

// afterReference reports a number that a reference noun opens, past
// the words of the same number said before it ("page one hundred and
// sixty-two").
func (a *Analysis) afterReference(toks []Token, start int) bool {
	// "In the collapsed section 14 miners were trapped": a plural after
	// the number makes it a count.
	end := start
	for end < len(toks) && (toks[end].Kind == TokNum || smallNumbers[toks[end].Lower()] > 0 || isCompoundNumber(toks[end].Lower()) || scaleWords[toks[end].Lower()] > 0 || toks[end].Lower() == "and" || toks[end].Text == "-") {
		end++
	}
	if end < len(toks) && isPluralNoun(toks[end].Lower()) {
		return false
	}
	// "caiu para 13,75%": a share is no paragraph's number.
	if end < len(toks) && (toks[end].Text == "%" || toks[end].Lower() == "percent" || toks[end].Lower() == "per") {
		return false
	}
	// "acquitted on counts six, nine and thirteen": a list of them; but a
	// number followed by words is a clause of its own ("Under section 144,
	// 300 people were arrested").
	listEnd := end >= len(toks) || toks[end].Kind != TokWord || toks[end].Lower() == "and" || toks[end].Lower() == "or"
	k := start - 1
	for k >= 0 {
		l := toks[k].Lower()
		if l == "and" || l == "or" || toks[k].Text == "-" || toks[k].Text == "," && listEnd || toks[k].Kind == TokNum || smallNumbers[l] > 0 || scaleWords[l] > 0 || isCompoundNumber(l) {
			k--
			continue
		}
		break
	}
	if k < 0 || !referenceNouns[toks[k].Lower()] {
		return false
	}
	// The list starts right after the noun: not "the conspiracy counts
	// and Sh1 million"; and "counts" is the noun, not the verb ("Allah
	// Ditta counts 17").
	if n := lowerAt(toks, k+1); !(k+1 < len(toks) && toks[k+1].Kind == TokNum || smallNumbers[n] > 0 || isCompoundNumber(n)) {
		return false
	}
	if toks[k].Lower() == "counts" {
		switch lowerAt(toks, k-1) {
		case "on", "of", "in", "under", "the", "and", "to":
		default:
			return false
		}
	}
	return true
}

// referenceNouns are followed by the number of a place in a document, or
// of a charge in an indictment.
var referenceNouns = setOf(`page paragraph para section article chapter clause table annex appendix exhibit schedule item line verse
pages paragraphs sections articles chapters clauses items lines counts`)

// partitiveDeterminers may open the phrase after "six of".
var partitiveDeterminers = setOf(`the my our their its his her those these your`)

// collectiveNouns count what follows "of": "waves of airstrikes".
var collectiveNouns = setOf(`waves wave rounds round batches batch groups group lots tranches tranche sets set series dozen dozens hundreds thousands millions scores units unit`)

// isPluralNoun guesses a plural noun from its ending.
func isPluralNoun(w string) bool {
	if i := strings.Index(w, "-in-law"); i > 0 {
		return isPluralNoun(w[:i]) // "sisters-in-law"
	}
	if strings.HasSuffix(w, "men") && len(w) > 5 && singular(w) != w {
		return true // fishermen, servicemen
	}
	if len(w) <= 3 || !strings.HasSuffix(w, "s") {
		return false
	}
	for _, suf := range []string{"ss", "us", "ous", "is", "ics", "'s", "’s"} {
		if strings.HasSuffix(w, suf) {
			return false
		}
	}
	return true
}

// dimensionOf names what a unit measures.
// rainNear reports rain named in sentence si or the four before it in
// its paragraph and the one before (a question about rain, then the
// answer in millimetres).
func (a *Analysis) rainNear(si int) bool {
	// "river levels rose 450 mm", "hailstones up to 20 mm across": a
	// length of something else.
	for _, t := range a.Tokens[si] {
		switch t.Lower() {
		case "level", "levels", "rose", "risen", "fell", "hail", "hailstones", "across", "wide", "long", "thick", "deep", "diameter", "tall", "high":
			return false
		}
	}
	para := a.Sentences[si].Para
	for k := max(0, si-4); k <= si && k < len(a.Sentences); k++ {
		if a.Sentences[k].Para < para-1 {
			continue
		}
		for _, t := range a.Tokens[k] {
			switch t.Lower() {
			case "rain", "rains", "rainfall", "rained", "precipitation", "downpour", "downpours", "rainstorm", "monsoon":
				return true
			}
		}
	}
	return false
}

// precipitationAfter names the rain or snow said right after a measure:
// "of rain", "more rain", "of rainfall", "of fresh snow".
func precipitationAfter(toks []Token, end int) string {
	for k := end; k < len(toks) && k < end+4; k++ {
		switch toks[k].Lower() {
		case "rain", "rainfall", "precipitation", "downpour", "downpours":
			return "rainfall"
		case "snow", "snowfall":
			return "snowfall"
		case "of", "more", "fresh", "heavy", "new", "additional":
			continue
		}
		if toks[k].Kind != TokWord || k > end {
			return ""
		}
	}
	return ""
}

// dataSize reports a size of data at token k: "1.2 terabytes", "500 GB
// of storage", not "1.6 million TB deaths" (tuberculosis) or "940 mb" (a
// storm's millibars).
func dataSize(toks []Token, k int) bool {
	t := toks[k]
	if len(t.Text) <= 2 && strings.ToUpper(t.Text) != t.Text {
		return false
	}
	if k+1 >= len(toks) || toks[k+1].Kind != TokWord {
		return true
	}
	n := toks[k+1].Lower()
	return n == "of" || dataNouns[n] || functionWords[n] || speechVerbs[n]
}

// dataNouns are what a size of data is said of.
var dataNouns = setOf(`drive drives disk disks card cards storage memory ssd hdd file files plan plans data download downloads upload`)

func dimensionOf(unit string) string {
	switch unit {
	case "km", "mile", "m", "ft", "mm", "cm", "yd", "in", "nmi":
		return "distance"
	case "tonne", "kg":
		return "weight"
	case "hectare", "acre", "sq", "sq km", "sq m", "sq mile", "sq ft", "sq nmi", "rai":
		return "area"
	case "litre", "barrel":
		return "volume"
	case "km/h", "mph", "knot":
		return "speed"
	case "MW", "GW":
		return "power"
	case "kWh", "MWh", "GWh", "TWh":
		return "energy"
	case "KB", "MB", "GB", "TB", "PB":
		return "data"
	}
	return unit
}

// isAge reports a person's age: "Maria Quispe, 34,", "aged 34", "a
// 67-year-old", "the 41-year-old tailor".
func (a *Analysis) isAge(si int, f *Figure, numTok, end int) bool {
	toks := a.Tokens[si]
	if strings.HasSuffix(strings.ToLower(f.Text), "-year-old") || strings.HasSuffix(strings.ToLower(f.Text), "-month-old") {
		return true
	}
	if end < len(toks) {
		n := toks[end].Lower()
		if n == "-" && end+1 < len(toks) {
			n = toks[end+1].Lower()
		}
		if strings.HasPrefix(n, "-year-old") || n == "year-old" || n == "years-old" || strings.HasSuffix(n, "-year-old") ||
			n == "month-old" || n == "week-old" || n == "day-old" || n == "year-olds" {
			return true
		}
	}
	// "aged 34", "aged between 16 and 54", "aged 80 and 77".
	for j := numTok - 1; j >= 0 && j >= numTok-8; j-- {
		l := toks[j].Lower()
		if l == "aged" || l == "ages" {
			return true
		}
		if !(toks[j].Kind == TokNum || l == "and" || l == "," || l == "between" || l == "from" || l == "to" || smallNumbers[l] > 0 || l == "over" || l == "under") {
			break
		}
	}
	// "children under five", "babies under two".
	if numTok > 1 && (toks[numTok-1].Lower() == "under" || toks[numTok-1].Lower() == "over") && (youngNouns[toks[numTok-2].Lower()] || toks[numTok-2].Lower() == "them" || generalPeople[toks[numTok-2].Lower()] || toks[numTok-2].Lower() == "adults") && f.Value < 120 &&
		(end >= len(toks) || !timeUnits[toks[end].Lower()]) {
		return true // "children under five", "three of them under 12"
	}
	// "I am sixty-three.", "she was 34,": a bare number after a pronoun
	// and a copula.
	whole := f.Value >= 1 && f.Value < 120 && f.Value == math.Trunc(f.Value) && f.Unit == ""
	if numTok > 1 && end < len(toks) && (toks[end].Kind == TokPunct || toks[end].Lower() == "and" || toks[end].Lower() == "but") && whole {
		switch toks[numTok-1].Lower() {
		case "am", "is", "was", "'m", "’m":
			switch toks[numTok-2].Lower() {
			case "i", "he", "she", "who", "youngest", "eldest", "oldest", "son", "daughter", "boy", "girl", "baby":
				return true // "I am 71", "her son, who is nine"
			}
			// "Ruth Okello is 63.": a name, a copula, a number, and the
			// sentence or clause ends.
			if p := toks[numTok-2]; p.Kind == TokWord && p.IsCap() && !isMonthToken(p) && (end == len(toks) || toks[end].Text == "." || toks[end].Text == ",") {
				if a.mentionEndingAt(p.End) != nil {
					return true
				}
			}
		}
	}
	// "since they were 15", "when she was 12": a time of life.
	if numTok > 2 && whole && f.Value >= 2 && (end == len(toks) || toks[end].Kind == TokPunct) {
		switch toks[numTok-1].Lower() {
		case "was", "were":
			switch toks[numTok-2].Lower() {
			case "he", "she", "they", "i", "we", "you":
				switch toks[numTok-3].Lower() {
				case "since", "when", "until", "till", "before", "after":
					return true
				}
			}
		}
	}
	// "went to sea at 14", "at 22, she left": a life event at an age.
	if numTok > 0 && toks[numTok-1].Lower() == "at" && whole && f.Value >= 5 && (end == len(toks) || toks[end].Kind == TokPunct || subjectPronouns[toks[end].Lower()]) {
		// "at 22, she left", "at 58 he has rebuilt"; not "With the death
		// toll at 58 she declared mourning".
		if end < len(toks) && (toks[end].Lower() == "he" || toks[end].Lower() == "she") && !countBefore(toks, numTok-1) {
			return true
		}
		if end+1 < len(toks) && toks[end].Text == "," {
			switch toks[end+1].Lower() {
			case "he", "she", "i":
				return true
			}
		}
		for j := numTok - 2; j >= 0 && j >= numTok-5; j-- {
			l := toks[j].Lower()
			if toks[j].Kind == TokPunct || measureNouns[l] || countWords[l] {
				break
			}
			if lifeVerbs[l] {
				return true
			}
		}
	}
	// ", 34," after a name or a person: "Ana Ruiz, 34,", "his partner, 38,".
	// "Khaled himself, now 27,": past "now".
	comma := numTok - 1
	if comma > 1 && toks[comma].Lower() == "now" {
		comma--
	}
	if comma > 0 && toks[comma].Text == "," && end < len(toks) && (toks[end].Text == "," || toks[end].Text == ")" || toks[end].Text == ".") && f.Value >= 1 && f.Value < 120 && f.Value == math.Trunc(f.Value) {
		p := toks[comma-1]
		pl := p.Lower()
		// "al-Hamwi, 45,": a name with its particle.
		particled := false
		if i := strings.IndexAny(p.Text, "-’'"); i > 0 && i+1 < len(p.Text) {
			r, _ := utf8.DecodeRuneInString(p.Text[i+1:])
			particled = unicode.IsUpper(r)
		}
		// "The businessman, 55,", "the farmer, 71,": a role or a trade.
		return p.Kind == TokWord && (p.IsCap() || particled || kinNouns[pl] || personNouns[pl] || tradeNouns[pl] || pl == "himself" || pl == "herself")
	}
	return false
}

// tradeNouns name a person by what they do.
var tradeNouns = setOf(`farmer nurse driver doctor engineer mechanic trader vendor shopkeeper carpenter fisher herder miner builder
cook waiter waitress cleaner guard porter tailor plumber electrician labourer laborer owner landlord tenant resident mother father
businessman businesswoman teenager activist student teacher lawyer journalist photographer villager survivor witness veteran
pensioner retiree schoolboy schoolgirl fisherman fisherwoman president minister mayor governor senator judge chairman chairwoman
coach captain manager director founder priest imam pastor singer actor actress artist writer poet`)

// oneAsPronoun before "one" make it a pronoun, not a count.
var oneAsPronoun = setOf(`no any every the this that each last next another which same little big new old other`)

// ordinalWords are ordinals in words.
var ordinalWords = setOf(`first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth`)

// forceNouns are people an army or a police force loses in action.
var forceNouns = setOf(`soldiers soldier troops fighters men officers policemen police personnel servicemen marines pilots crew
guards commandos militants`)

// kinNouns name a person by a tie to someone: "his partner, 38,".
var kinNouns = setOf(`partner wife husband son daughter mother father brother sister widow widower neighbour neighbor friend
girlfriend boyfriend fiancee fiance cousin uncle aunt grandson granddaughter grandmother grandfather colleague
relative comrade parent nephew niece grandchild`)

// youngNouns are counted by age: "children under five".
var youngNouns = setOf(`children child babies baby infants kids boys girls toddlers`)

// lifeVerbs mark a person's life event, so that "at 15" after them is an
// age: "went to sea at 14", "married at 19".
var lifeVerbs = setOf(`went joined married retired died emigrated became enlisted graduated debuted`)

func isOutcome(c string) bool {
	switch c {
	case "killed", "wounded", "missing", "arrested", "detained", "displaced", "evacuated", "rescued", "hospitalised", "cases", "charged", "convicted", "acquitted":
		return true
	}
	return false
}

// outcomeOf finds the outcome verb or noun that governs a figure.
func (a *Analysis) outcomeOf(si int, f *Figure, numTok, end, afterHead int, head string) string {
	toks := a.Tokens[si]
	// "126 injured people had been brought in", "were admitted": the
	// count of those in hospital, a part of the injured.
	if admittedAfter(toks, afterHead) || admittedAfter(toks, pastRelative(toks, afterHead)) {
		return "hospitalised"
	}
	if c, ok := outcomeWords[head]; ok && head != "held" && (head != "lives" || livesLost(toks)) {
		return c
	}
	// "The death toll from an explosion at a chemical plant in the
	// estate rose to 14": the toll named at the head of a long subject.
	if head == "" && numTok >= 2 && toks[numTok-1].Lower() == "to" && tollVerbs[toks[numTok-2].Lower()] {
		for k := numTok - 3; k >= 1 && k >= numTok-25; k-- {
			// Not past "and" or another count: "The death toll rose to 14
			// and the number evacuated rose to 3,000".
			if l := toks[k].Lower(); toks[k].Kind == TokPunct && toks[k].Text != "-" || clauseBreaks[l] ||
				(l == "and" || l == "or") && newSubjectAfter(toks, k+1) ||
				(l == "number" || l == "count" || l == "total" || l == "tally") {
				break
			}
			if l := toks[k].Lower(); (l == "toll" || l == "tolls") && (toks[k-1].Lower() == "death" || toks[k-1].Lower() == "casualty") {
				return "killed"
			}
		}
	}
	// "31 injured people": the outcome is in the noun phrase.
	for _, w := range strings.Fields(strings.ToLower(f.Of)) {
		if c, ok := outcomeWords[w]; ok && w != head && w != "held" && w != "lives" {
			return c
		}
	}
	// "six guards dead": an outcome right after the noun, whatever
	// phrase the figure sits in.
	if afterHead < len(toks) && head != "" {
		switch l := toks[afterHead].Lower(); l {
		case "dead", "missing", "injured", "wounded", "hurt":
			return outcomeWords[l]
		}
	}
	// "detained at least 37 people and dozens were injured": a verb
	// right before the figure governs it, whatever a coordinated figure
	// after it suffers.
	if v := verbJustBefore(toks, numTok, head == "" || personNouns[head] || generalPeople[head]); v != "" {
		return v
	}
	// "3,000 students and lecturers protested": past a coordinated noun.
	if afterHead+2 < len(toks) && toks[afterHead].Lower() == "and" && (personNouns[toks[afterHead+1].Lower()] || isPluralNoun(toks[afterHead+1].Lower())) && personNouns[head] {
		afterHead += 2
	}
	// "21 men and two women were arrested": the verb after the second
	// figure of a coordination governs both.
	if afterHead+1 < len(toks) && toks[afterHead].Lower() == "and" && (toks[afterHead+1].Kind == TokNum || smallNumbers[toks[afterHead+1].Lower()] > 0) {
		j := afterHead + 2
		for j < len(toks) && j < afterHead+5 && toks[j].Kind == TokWord && !stopAfterNumber[toks[j].Lower()] && toks[j].Lower() != "aged" {
			if _, ok := outcomeWords[toks[j].Lower()]; ok {
				break
			}
			j++
		}
		// "seven survivors and five bodies": an outcome noun is the
		// second figure's own, not a verb governing both.
		if j < len(toks) && !outcomeNouns[toks[j].Lower()] {
			afterHead = j
		}
	}
	// "312,400 people from 81,650 households in seven provinces were
	// evacuated": a figure inside a prepositional phrase is not the
	// subject of the verb that follows.
	pre := numTok - 1
	if pre > 0 && partitiveDeterminers[toks[pre].Lower()] {
		pre-- // "seven of the 13 defendants … were convicted"
	}
	if pre >= 0 && head != "" && !personNouns[head] && !generalPeople[head] {
		switch toks[pre].Lower() {
		case "in", "from", "across", "at", "of", "among", "between", "within", "over":
			return ""
		}
	}
	// "said “more than 210 people” had died": past the closing mark.
	for afterHead < len(toks) && isQuoteToken(toks[afterHead]) {
		afterHead++
	}
	// "the children who died", "two women aged between 16 and 54 were
	// arrested": past a relative pronoun or an age.
	afterHead = skipAgePhrase(toks, afterHead)
	// "about 420 families - more than 1,600 people - have been
	// displaced": past an aside between dashes.
	if afterHead+1 < len(toks) && isDash(toks[afterHead].Text) {
		closed := false
		for j := afterHead + 1; j < len(toks) && j < afterHead+14; j++ {
			if isDash(toks[j].Text) {
				afterHead, closed = j+1, true
				break
			}
			if toks[j].Kind == TokPunct && toks[j].Text != "," && toks[j].Text != "%" {
				break
			}
		}
		// The figure is the aside itself: the dash after it closes it.
		for j := numTok - 1; !closed && j >= 0 && j >= numTok-4; j-- {
			if isDash(toks[j].Text) {
				afterHead++
				break
			}
		}
	}
	// "Six gunmen, including their leader, were killed": past an
	// aside between commas.
	if afterHead+1 < len(toks) && toks[afterHead].Text == "," {
		switch toks[afterHead+1].Lower() {
		case "including", "among", "most", "many", "some", "all", "both", "each":
			for j := afterHead + 2; j < len(toks) && j < afterHead+12; j++ {
				if toks[j].Text == "," {
					afterHead = j + 1
					break
				}
				if toks[j].Kind == TokPunct && toks[j].Text != "-" {
					break
				}
			}
		}
	}
	if afterHead < len(toks) && (personNouns[head] || generalPeople[head] || isPluralNoun(head)) {
		switch toks[afterHead].Lower() {
		case "who", "that":
			// "Both workers who were on the platform are still missing":
			// past the relative clause to the main verb.
			if c := outcomeAfterRelative(toks, afterHead+1); c != "" {
				return c
			}
			afterHead++
		}
	}
	// Outcomes said in more than one word: "were treated for burns",
	// "had been admitted", "were forced from their homes", "moved 3,000
	// people".
	if c := phrasedOutcome(toks, numTok, afterHead, head); c != "" {
		return c
	}
	// "312,400 people from 81,650 households in seven provinces were
	// evacuated": skip the subject's prepositional phrases to its verb.
	if afterHead < len(toks) {
		l := toks[afterHead].Lower()
		if strings.HasSuffix(l, "ing") && len(l) > 5 {
			l = "in" // "one other young man riding in the cab were killed"
		}
		switch l {
		case "in", "from", "across", "at", "of", "on", "aboard", "inside":
			for j := afterHead + 1; j < len(toks) && j < afterHead+12; j++ {
				l := toks[j].Lower()
				// "of the Company and of partner companies": a second
				// phrase of the subject, not a second clause.
				// Not ", and at least 127 people have been injured": a new
				// clause.
				andPhrase := l == "and" && toks[j-1].Text != "," && lowerAt(toks, j+2) != "least" && lowerAt(toks, j+2) != "most" &&
					(lowerAt(toks, j+1) == "of" || lowerAt(toks, j+1) == "from" || lowerAt(toks, j+1) == "in" || lowerAt(toks, j+1) == "at")
				if toks[j].Kind == TokPunct && toks[j].Text != "," || l == "that" || l == "who" || l == "which" || l == "and" && !andPhrase || l == "where" || l == "when" || l == "after" || l == "before" || l == "while" || l == "because" {
					break
				}
				if anatomicalBody(toks, j) {
					break
				}
				if _, outcome := outcomeWords[l]; outcome && l != "held" || l == "were" || l == "was" || l == "have" || l == "has" || l == "had" || l == "are" || l == "is" {
					afterHead = j
					// "three of the wounded had died": the count is of
					// the dead now.
					if outcomeWords[l] != "" && outcomeWords[l] != "killed" && lowerAt(toks, j-1) == "the" {
						v := j + 1
						for v < len(toks) && v < j+4 && (afterAux[toks[v].Lower()] || toks[v].Lower() == "since" || toks[v].Lower() == "subsequently") {
							v++
						}
						if v > j+1 && outcomeWords[lowerAt(toks, v)] == "killed" {
							afterHead = v
						}
					}
					break
				}
			}
		}
	}
	// After: "four people were killed", "74 troops have been injured",
	// "six dead", "42 people died", "14 are still listed as missing".
	for k := afterHead; k < len(toks) && k < afterHead+6; k++ {
		l := toks[k].Lower()
		if c, ok := outcomeWords[l]; ok {
			return c
		}
		// "two people lost their lives", "one man lost his life".
		if l == "lost" && (lowerAt(toks, k+2) == "lives" || lowerAt(toks, k+2) == "life") {
			return "killed"
		}
		// "were also among the dead"
		if l == "among" && lowerAt(toks, k+1) == "the" && outcomeWords[lowerAt(toks, k+2)] != "" {
			return outcomeWords[lowerAt(toks, k+2)]
		}
		if toks[k].Kind == TokPunct || !afterAux[l] && !(l == "found" && k > afterHead) {
			if k > afterHead {
				break
			}
			if _, ok := outcomeWords[l]; !ok {
				break
			}
		}
	}
	if end < len(toks) {
		if c, ok := outcomeWords[toks[end].Lower()]; ok && (toks[end].Lower() != "lives" || livesLost(toks)) {
			return c
		}
	}
	// Before: "killed four people", "killing both", "the death toll rose
	// to 42", "left six dead".
	start := numTok
	for start > 0 && (qualifierWord(toks[start-1].Lower()) || toks[start-1].Lower() == "least" || toks[start-1].Lower() == "than" || toks[start-1].Kind == TokPunct && toks[start-1].End == toks[start].Start) {
		start--
	}
	// "killed a militia leader and several others": the verb governs the
	// coordination.
	// "killed X and at least seven of his fighters", "killed his
	// deputy, Y, and one other fighter".
	andAt := start - 1
	if andAt >= 0 && toks[andAt].Lower() == "and" && (head == "others" || head == "other" || generalPeople[head] || personNouns[head] || personNouns[head+"s"]) {
		for k := andAt - 1; k >= 0 && k >= start-20; k-- {
			if toks[k].Kind == TokPunct && toks[k].Text != "-" && toks[k].Text != "," || speechVerbs[toks[k].Lower()] || clauseBreaks[toks[k].Lower()] {
				break
			}
			if c, ok := outcomeWords[toks[k].Lower()]; ok {
				return c
			}
		}
	}
	if bereaved(toks, start, head) {
		return "killed"
	}
	// "Both drivers were killed, as was one other man": the clause
	// before says what befell this one too.
	if start >= 2 && toks[start-2].Lower() == "as" && (toks[start-1].Lower() == "was" || toks[start-1].Lower() == "were") {
		for k := start - 3; k >= 0; k-- {
			if c, ok := outcomeWords[toks[k].Lower()]; ok && toks[k].Lower() != "held" {
				return c
			}
		}
	}
	for k := start - 1; k >= 0 && k >= start-5; k-- {
		l := toks[k].Lower()
		if toks[k].Kind == TokPunct || clauseBreaks[l] {
			break
		}
		if c, ok := outcomeWords[l]; ok {
			if (l == "death" || l == "deaths") && k+1 < len(toks) {
				return "killed"
			}
			if personNouns[head] || head == "" || generalPeople[head] || head == "others" || head == "other" {
				return c
			}
			return ""
		}
		if l == "toll" {
			if k > 0 && outcomeWords[toks[k-1].Lower()] == "killed" {
				return "killed"
			}
			if k > 0 && (toks[k-1].Lower() == "casualty") {
				return "killed"
			}
		}
		if !(l == "to" || l == "in" || l == "rose" || l == "risen" || l == "climbed" || l == "reached" || l == "stood" || l == "stands" || l == "at" || l == "of" || l == "is" || l == "was" || l == "has" || l == "had" || l == "also" || l == "and" || l == "the" || l == "toll" || l == "total" || l == "number" || l == "jumped" || l == "increased" || l == "now" ||
			l == "drop" || l == "dropped" || l == "fell" || l == "fallen" || l == "fall" || l == "should" || l == "will" || l == "would" || l == "could" || l == "may" ||
			l == "bringing" || l == "brings" || l == "brought" || l == "taking" || l == "takes" || l == "took" || l == "pushing" || l == "raising") {
			if k < start-2 {
				break
			}
		}
	}
	return ""
}

// outcomeAfterRelative reads, past a relative clause that starts at k
// with its own verb, a second verb of being and the outcome it states:
// "who were on the reactor platform are still missing".
func outcomeAfterRelative(toks []Token, k int) string {
	if k >= len(toks) || !afterAux[toks[k].Lower()] {
		return ""
	}
	for j := k + 1; j < len(toks) && j < k+12; j++ {
		l := toks[j].Lower()
		if toks[j].Kind == TokPunct {
			return ""
		}
		if l == "are" || l == "were" || l == "is" || l == "was" || l == "remain" || l == "remained" || l == "remains" {
			v := j + 1
			for v < len(toks) && (toks[v].Lower() == "still" || toks[v].Lower() == "now" || toks[v].Lower() == "also") {
				v++
			}
			if c, ok := outcomeWords[lowerAt(toks, v)]; ok && lowerAt(toks, v) != "held" {
				return c
			}
			return ""
		}
	}
	return ""
}

// deadCountedBefore reports that the figure before f in its paragraph
// (in its sentence, or in the sentences read before) counts the dead.
func (a *Analysis) deadCountedBefore(out []Figure, f Figure) bool {
	var p *Figure
	if len(out) > 0 {
		p = &out[len(out)-1]
	} else if len(a.Figures) > 0 {
		p = &a.Figures[len(a.Figures)-1]
	}
	return p != nil && p.Counts == "killed" && a.paraAt(p.Span.Start) == a.paraAt(f.Span.Start)
}

// newSubjectAfter reports a new clause's subject after "and": "and the
// number …", "and a further …"; not "civilians and soldiers".
func newSubjectAfter(toks []Token, k int) bool {
	switch lowerAt(toks, k) {
	case "the", "a", "an", "its", "their", "his", "her", "some", "number", "another", "more", "at":
		return true
	}
	return false
}

// floatingAux stand between a noun and the "both" that counts it.
var floatingAux = setOf(`had have has were are was would will could should did do`)

// funeralOf reports a figure that counts the buried: "the funerals of 19
// victims", "buried 19 victims", "19 victims were buried", "We will bury
// eight of our sons"; not those at a funeral ("The funeral was attended by
// 3,000 people") or buried alive or under rubble.
func funeralOf(toks []Token, start, end int) bool {
	b1, b2 := lowerAt(toks, start-1), lowerAt(toks, start-2)
	if b1 == "the" {
		b1, b2 = b2, lowerAt(toks, start-3)
	}
	if b1 == "bury" || b1 == "buried" || b1 == "burying" || (b1 == "of" || b1 == "for") && (b2 == "funeral" || b2 == "funerals" || b2 == "burial" || b2 == "burials") {
		return true
	}
	for k := end; k < len(toks) && k < end+8; k++ {
		if toks[k].Kind == TokPunct {
			return false
		}
		if l := toks[k].Lower(); l == "buried" {
			switch lowerAt(toks, k+1) {
			case "alive", "under", "beneath", "in", "by":
				return false
			}
			return true
		}
	}
	return false
}

// outcomeLater reports an outcome said of a figure after it: "Six of the
// victims were freed", "four of the victims survived".
func outcomeLater(toks []Token, end int) bool {
	for k := end; k < len(toks) && k < end+14; k++ {
		l := toks[k].Lower()
		if toks[k].Kind == TokPunct && toks[k].Text != "'" && toks[k].Text != "’" {
			return false
		}
		if _, ok := outcomeWords[l]; ok {
			return true
		}
		switch l {
		case "freed", "survived", "released", "recovered", "discharged":
			return true
		}
	}
	return false
}

// anatomicalBody reports "body" in "burns over 40 percent of the body":
// a body that is no one dead.
func anatomicalBody(toks []Token, j int) bool {
	if lowerAt(toks, j) != "body" || j < 2 || lowerAt(toks, j-2) != "of" {
		return false
	}
	switch lowerAt(toks, j-1) {
	case "the", "his", "her", "their":
		return true
	}
	return false
}

// tollVerbs move a toll to a figure: "rose to 14".
var tollVerbs = setOf(`rose risen climbed jumped increased reached grew`)

// livesLost reports "lives" counting the dead: "claimed 19 lives", "19
// lives were lost", not "put 19 lives at risk".
func livesLost(toks []Token) bool {
	for _, t := range toks {
		switch t.Lower() {
		case "lost", "claimed", "claiming", "cost", "costing", "taken", "took", "lose":
			return true
		}
	}
	return false
}

// skipAgePhrase steps past "aged 34" or "aged between 16 and 54" at k.
func skipAgePhrase(toks []Token, k int) int {
	// ", aged 67 and 70,": the age between commas.
	comma := lowerAt(toks, k) == "," && lowerAt(toks, k+1) == "aged"
	if comma {
		k++
	}
	if k >= len(toks) || toks[k].Lower() != "aged" {
		return k
	}
	j := k + 1
	for j < len(toks) {
		l := toks[j].Lower()
		if toks[j].Kind == TokNum || l == "between" || l == "from" || l == "to" || l == "and" || smallNumbers[l] > 0 {
			j++
			continue
		}
		break
	}
	if comma && lowerAt(toks, j) == "," {
		j++
	}
	return j
}

// shelterAhead reports a shelter named within a few words: "to our 12
// shelters", "in evacuation centres", "at a relief camp".
func shelterAhead(toks []Token, k int) bool {
	for j := k; j < len(toks) && j < k+5; j++ {
		switch l := toks[j].Lower(); l {
		case "shelter", "shelters", "camp", "camps", "centre", "centres", "center", "centers", "gymnasium", "gymnasiums":
			return l != "centre" && l != "centres" && l != "center" && l != "centers" && l != "camp" && l != "camps" || evacuationWord(lowerAt(toks, j-1))
		}
		if toks[j].Kind == TokPunct {
			return false
		}
	}
	return false
}

// evacuationWord qualifies a centre or camp as a place of refuge.
func evacuationWord(w string) bool {
	switch w {
	case "evacuation", "relief", "refugee", "displacement", "emergency", "temporary", "idp":
		return true
	}
	return false
}

// phrasedOutcome finds outcomes that take more than a word: after the
// noun, "were treated for", "had been admitted", "were forced from";
// before it, "moved"/"relocated" people.
func phrasedOutcome(toks []Token, numTok, afterHead int, head string) string {
	k := afterHead
	for k < len(toks) && afterAux[toks[k].Lower()] && toks[k].Lower() != "to" {
		k++
	}
	if k < len(toks) {
		next := ""
		if k+1 < len(toks) {
			next = toks[k+1].Lower()
		}
		switch toks[k].Lower() {
		case "treated":
			// "had been treated and discharged", "treated and released".
			if next == "for" || next == "in" || next == "at" || next == "and" && (lowerAt(toks, k+2) == "discharged" || lowerAt(toks, k+2) == "released" || lowerAt(toks, k+2) == "sent") {
				return "wounded"
			}
		case "admitted":
			if personNouns[head] || generalPeople[head] || head == "" {
				return "hospitalised"
			}
		case "searched", "sought":
			// "6 people are still being searched for"
			if (next == "for" || toks[k].Lower() == "sought") && (personNouns[head] || generalPeople[head] || head == "") {
				return "missing"
			}
		case "forced", "driven":
			if next == "from" || next == "out" || next == "to" {
				return "displaced"
			}
		case "went", "fled", "stayed", "sheltered", "slept", "spent", "taken", "brought":
			// "Roughly 1,600 went to our 12 shelters": people who left
			// their homes for shelter.
			if (personNouns[head] || generalPeople[head] || head == "") && shelterAhead(toks, k+1) {
				return "evacuated"
			}
		case "at":
			if (personNouns[head] || generalPeople[head]) && shelterAhead(toks, k+1) {
				return "evacuated"
			}
		case "crossed":
			// "3,000 people crossed the border", "crossed into Uganda"
			if personNouns[head] || generalPeople[head] || head == "" {
				for j := k + 1; j < len(toks) && j <= k+3; j++ {
					if w := toks[j].Lower(); w == "into" || w == "border" || w == "frontier" {
						return "displaced"
					}
				}
			}
		case "moved", "relocated":
			if personNouns[head] || generalPeople[head] || head == "families" || head == "households" || head == "" && shelterAhead(toks, k+1) {
				return "evacuated" // "250 families had been moved"
			}
		case "among":
			// "one other guard is among the missing", "were among
			// the dead"
			if next == "the" && k+2 < len(toks) {
				if c, ok := outcomeWords[toks[k+2].Lower()]; ok {
					return c
				}
			}
		case "to":
			if next == "hospital" {
				return "hospitalised" // "sent 120 to hospital"
			}
		case "in":
			// "Seven remained in hospital", "two of them in intensive care"
			if next == "hospital" || next == "intensive" || next == "critical" || next == "serious" && lowerAt(toks, k+2) == "condition" {
				return "hospitalised"
			}
			// "The 1,600 people in the shelters".
			if (personNouns[head] || generalPeople[head]) && shelterAhead(toks, k+1) {
				return "evacuated"
			}
		case "suffered", "sustained":
			// "One miner suffered burns to his hands"
			for j := k + 1; j < len(toks) && j < k+4; j++ {
				w := toks[j].Lower()
				if strings.HasPrefix(w, "injur") || strings.HasPrefix(w, "burn") || strings.HasPrefix(w, "wound") || strings.HasPrefix(w, "fractur") || strings.HasPrefix(w, "bruis") {
					return "wounded"
				}
			}
		}
	}
	// "pulled out five people alive", "dug out two more climbers
	// alive": the verb before, "alive" right after the noun.
	if lowerAt(toks, afterHead) == "alive" {
		for j := numTok - 1; j >= 0 && j >= numTok-4; j-- {
			switch toks[j].Lower() {
			case "pulled", "brought", "dug", "carried", "got", "found", "rescued", "recovered", "freed":
				return "rescued"
			}
		}
	}
	if personNouns[head] || generalPeople[head] {
		// "36 people had been pulled out alive", "were found alive".
		for k := afterHead; k < len(toks) && k < afterHead+7; k++ {
			if toks[k].Lower() != "alive" {
				continue
			}
			for j := afterHead; j < k; j++ {
				switch toks[j].Lower() {
				case "pulled", "brought", "dug", "taken", "carried", "found", "rescued", "recovered":
					return "rescued"
				}
			}
		}
		p := numTok - 1
		for p >= 0 && (qualifierWord(toks[p].Lower()) || toks[p].Lower() == "than" || toks[p].Lower() == "least") {
			p--
		}
		if p >= 2 && toks[p].Lower() == "of" && toks[p-1].Lower() == "total" && toks[p-2].Lower() == "a" {
			p -= 3 // "rescued a total of 26 persons"
		}
		if p >= 0 {
			switch toks[p].Lower() {
			case "rescued", "rescuing", "rescue", "saved":
				return "rescued"
			case "evacuated":
				return "evacuated"
			case "moved", "relocated", "relocating", "moving", "move", "relocate":
				return "evacuated"
			case "pulled", "plucked", "airlifted", "winched", "freed":
				return "rescued" // "pulled 14 people from the water"
			case "taken", "took", "ferried", "lifted", "carried", "brought", "helped":
				// "rescuers had taken 236 people from rooftops", "boats
				// had taken 61 people off the beach"; not "gunmen took
				// 20 people from a bus".
				if saidOfRescue(toks) {
					return "rescued"
				}
			case "treated", "treating":
				// "treated 31 people for smoke inhalation"
				if afterHead < len(toks) && toks[afterHead].Lower() == "for" {
					return "wounded"
				}
			}
		}
	}
	return ""
}

// inHospitalAfter reads "of the injured were still in hospital", "of
// them in intensive care", "were being treated at Duqm hospital" in the
// words from token k, just after a figure.
func inHospitalAfter(toks []Token, k int) bool {
	// "Nine survivors were being treated at … Hospital": past the noun.
	if w := lowerAt(toks, k); w != "of" && (personNouns[w] || isPluralNoun(w) && likelyPeople(w)) {
		k++
	}
	if lowerAt(toks, k) == "of" {
		k++
		if partitiveDeterminers[lowerAt(toks, k)] {
			k++
		}
		if w := lowerAt(toks, k); w == "them" || w == "whom" || w == "those" || outcomeWords[w] != "" || personNouns[w] || isPluralNoun(w) ||
			k < len(toks) && toks[k].Kind == TokNum || smallNumbers[w] > 0 {
			k++ // "two of the six still being treated"
		}
	}
	for afterAux[lowerAt(toks, k)] || lowerAt(toks, k) == "being" {
		k++
	}
	switch lowerAt(toks, k) {
	case "in":
		w := lowerAt(toks, k+1)
		if w == "the" || w == "a" {
			w = lowerAt(toks, k+2)
		}
		return w == "hospital" || w == "hospitals" || w == "intensive" || w == "icu"
	case "treated", "hospitalised", "hospitalized":
		for j := k; j < len(toks) && j <= k+5; j++ {
			if w := toks[j].Lower(); w == "hospital" || w == "hospitals" || w == "hospitalised" || w == "hospitalized" || w == "clinic" || w == "critical" || w == "intensive" {
				return true
			}
		}
	}
	return false
}

// tokenAt is the index of the first token of sentence si that starts
// at or after pos.
func (a *Analysis) tokenAt(si, pos int) int {
	toks := a.Tokens[si]
	return sort.Search(len(toks), func(k int) bool { return toks[k].Start >= pos })
}

// ofOutcomeAfter reports "of the dead", "of those killed" right after a
// figure: the whole is named by its outcome.
func ofOutcomeAfter(toks []Token, k int) bool {
	if lowerAt(toks, k) != "of" {
		return false
	}
	k++
	if partitiveDeterminers[lowerAt(toks, k)] {
		k++
	}
	return outcomeWords[lowerAt(toks, k)] != ""
}

// admittedAfter reports a passive of admission right after the noun
// phrase: "had been brought in", "were admitted", "were taken to
// hospital".
func admittedAfter(toks []Token, k int) bool {
	w := func(j int) string { return lowerAt(toks, k+j) }
	j := 0
	switch w(j) {
	case "had", "have", "has", "were", "was":
		j++
	default:
		return false
	}
	if w(j) == "been" {
		j++
	}
	switch w(j) {
	case "hospitalised", "hospitalized":
		return true
	case "admitted", "brought", "taken", "rushed", "airlifted", "flown":
		// Only to a hospital, said in the sentence: "brought in for
		// questioning", "flown in", "admitted the charges" are not.
		for _, t := range toks {
			switch t.Lower() {
			case "hospital", "hospitals", "clinic", "clinics", "ward", "wards", "icu", "hospital's":
				return true
			}
		}
	}
	return false
}

// pastRelative skips a short relative clause after a noun ("people who
// had been vaccinated were taken to hospital") to the main verb, or
// returns k.
func pastRelative(toks []Token, k int) int {
	if l := lowerAt(toks, k); l != "who" && l != "that" {
		return k
	}
	for j := k + 2; j < len(toks) && j <= k+8; j++ {
		switch l := toks[j].Lower(); {
		case l == "," || l == "and" || l == "but":
			return k
		case l == "were" || l == "was" || l == "had" || l == "have":
			// The main verb follows a participle or noun, not the
			// relative's own auxiliary ("who had been vaccinated").
			if p := toks[j-1].Lower(); p != "who" && p != "that" {
				return j
			}
		}
	}
	return k
}

// figureScope marks cumulative, subset and other-event figures.
func (a *Analysis) figureScope(si int, f *Figure, numTok, end int) {
	toks := a.Tokens[si]
	s := a.Sentences[si]
	before := strings.ToLower(a.Text[s.Start:f.Span.Start])
	if f.Scope != "" {
		return
	}
	// "fisherfolk from Guiuan (3) and Salcedo (1)", "drowning (5)": a
	// breakdown in brackets after a word is a part.
	if numTok > 1 && toks[numTok-1].Text == "(" && toks[numTok-2].Kind == TokWord && end < len(toks) && toks[end].Text == ")" {
		f.Scope = "subset"
		return
	}
	// Subset: "including 12 children", "among them four women", "the
	// other five", "the remaining three".
	if numTok > 0 {
		if p := toks[numTok-1].Lower(); p == "other" || p == "remaining" {
			f.Scope = "subset"
			return
		}
	}
	lb := lastWords(before, 3)
	for _, cue := range []string{"including", "among them", "among whom", "of whom", "of which", "of them", "among the dead", "among those", "among the injured", "among the wounded", "included"} {
		if strings.HasSuffix(lb, cue) {
			f.Scope = "subset"
			return
		}
	}
	for k := end; k < len(toks) && k < end+3; k++ {
		if toks[k].Lower() == "of" && k+1 < len(toks) && (toks[k+1].Lower() == "them" || toks[k+1].Lower() == "whom" || toks[k+1].Lower() == "those") {
			f.Scope = "subset"
			return
		}
	}
	// "Eleven of the dead had been identified", "nine of the injured":
	// a part of the toll, not the toll.
	if end+2 < len(toks) && toks[end].Lower() == "of" && partitiveDeterminers[toks[end+1].Lower()] {
		for k := end + 2; k < len(toks) && k < end+4; k++ {
			if tollNouns[toks[k].Lower()] {
				f.Scope = "subset"
				return
			}
			if l := toks[k].Lower(); toks[k].Kind != TokWord || isPluralNoun(l) || l == "were" || l == "was" || l == "are" || l == "is" || l == "have" || l == "has" || l == "had" {
				break // the phrase ends with its noun ("of our officers were injured")
			}
		}
	}
	// "Six critically injured workers", "six are in critical condition":
	// the worst hurt are a part of the injured, not their number.
	for k := max(0, numTok-2); k < len(toks) && k < end+5; k++ {
		switch toks[k].Lower() {
		case "critically", "seriously", "severely", "badly", "gravely", "critical", "serious":
			if isOutcome(f.Counts) || f.Counts == "" || f.Counts == "count" {
				f.Scope = "subset"
				return
			}
		}
	}
	// "Elsewhere, shelling killed one person": another event.
	opening := strings.ToLower(strings.TrimSpace(a.Text[s.Start:min(s.End, s.Start+24)]))
	for _, cue := range []string{"elsewhere", "separately", "in a separate", "in another", "in other news", "in an unrelated"} {
		if strings.HasPrefix(opening, cue) {
			f.Scope = "separate"
			return
		}
	}
	// "a conflict that researchers estimate killed hundreds of
	// thousands", "the war has killed 10,000": a war's toll is a total
	// of many events; not "the strike, the deadliest of the war, killed
	// 52".
	if isOutcome(f.Counts) && isWarToll(strings.ToLower(a.Text[s.Start:f.Span.Start])) {
		f.Scope = "cumulative"
		return
	}
	// "Since 2019, the group has documented 263 deaths": the opening
	// frames every figure of the sentence.
	for _, cue := range []string{"since ", "so far this year", "so far,", "to date,", "in total,", "overall,"} {
		if strings.HasPrefix(opening, cue) {
			f.Scope = "cumulative"
			return
		}
	}
	// "Strikes on the same port in April killed about 80": another
	// month or year than the story's is another event.
	if a.otherPeriod(a.Text[f.Clause.Start:f.Clause.End]) {
		f.Scope = "separate"
		return
	}
	// "A magnitude 5.9 quake near Harnai in October 2021 killed dozens":
	// the subject before the figure, with no comma between, dates it too.
	if subj := a.Text[s.Start:f.Span.Start]; !strings.ContainsAny(subj, ",;:") && a.otherPeriod(subj) {
		f.Scope = "separate"
		return
	}
	// "had been shelled in January, killing 14 people": the toll of the
	// clause it goes on from, dated there.
	if before := a.Text[s.Start:f.Span.Start]; participleClause.MatchString(before) {
		if i := strings.LastIndexAny(before, ",;"); i > 0 {
			// Only the clause it goes on from: not "The offensive,
			// launched in March, intensified, and an airstrike on Tuesday
			// hit a school, killing 27".
			cl := before[:i]
			if j := max(strings.LastIndexAny(cl, ",;"), strings.LastIndex(cl, " and ")); j >= 0 {
				cl = cl[j+1:]
			}
			if a.otherPeriod(cl) && !dayWord.MatchString(cl) {
				f.Scope = "separate"
				return
			}
		}
	}
	// "will carry more than a million passengers", "aims to reach": a
	// figure of the future is not a count of the present.
	if cl := a.Text[f.Clause.Start:f.Clause.End]; projected(cl) || expectedBefore(a.Text[s.Start:f.Span.Start]) {
		f.Scope = "projected"
		// "rising to more than a million once complete": a later horizon
		// than "expected to carry 350,000 a day" from the opening.
		if laterHorizon(cl) {
			f.Scope = "projected-later"
		}
		return
	}
	// "rise from 7% to 7.5%": the first is what it was, not what it is.
	if fromBefore(toks, numTok) && end+1 < len(toks) && toks[end].Lower() == "to" && (toks[end+1].Kind == TokNum || smallNumbers[toks[end+1].Lower()] > 0 || toks[end+1].Text == "$" || toks[end+1].Text == "€" || toks[end+1].Text == "£") {
		f.Scope = "before"
		return
	}
	// "8 of the 44 areas", "three out of five"; not "seven of the 13
	// accused were convicted", the whole count of the convicted.
	for k := end; k < len(toks) && k < end+4 && !isOutcome(f.Counts); k++ {
		l := toks[k].Lower()
		if (l == "of" || l == "out") && k+2 < len(toks) && (toks[k+1].Lower() == "the" || toks[k+1].Lower() == "of" || toks[k+1].Lower() == "its" || toks[k+1].Lower() == "their") && toks[k+2].Kind == TokNum {
			f.Scope = "subset"
			return
		}
	}
	// Cumulative: a total over a period or several events, said in the
	// figure's own clause ("since 2019"), not elsewhere in the sentence
	// ("in one of the deadliest accidents this year").
	clause := " " + strings.ToLower(a.Text[f.Clause.Start:f.Clause.End]) + " "
	for _, cue := range []string{" since ", " so far", " to date", "cumulative", " this year", " last year",
		" over the past", " over the last", " in the past", " throughout", "overall", " in recent ", " such attacks", " attacks on ", " in all ", " altogether", "year-to-date", " per year", " a year", " annually", " each year", " so far this "} {
		if strings.Contains(clause, cue) {
			f.Scope = "cumulative"
			return
		}
	}
}

// warToll ends the words before a figure that a war, not one event, is
// said to have killed: "the war in Gaza has killed more than 40,000", "a
// conflict that researchers estimate killed hundreds of thousands".
var warToll = regexp.MustCompile(`\b(?:war|wars|conflict|insurgency|pandemic|famine|genocide|epidemic)\b(?:[^.;!?]{0,60}?\s+(?:has|have|had)\s+(?:\w+\s+)?(?:killed|left|claimed)|,?\s+(?:that|which)\b(?:\s+[\w'’-]+){0,3}?\s+(?:killed|left|claimed))(?:\s+(?:an\s+estimated|some|about|around|nearly|more\s+than|over|at\s+least|roughly|up\s+to|as\s+many\s+as|tens\s+of|hundreds\s+of))?\s*$`)

// eventOfWar is said of one attack measured against a war: "the
// deadliest attack of the war, which killed 52".
var eventOfWar = regexp.MustCompile(`(?i)\b(?:deadliest|worst|bloodiest|largest|biggest|heaviest|single)\b[^.;]{0,30}$`)

// isWarToll reports a figure a war is said to have killed.
func isWarToll(before string) bool {
	m := warToll.FindStringIndex(before)
	return m != nil && !eventOfWar.MatchString(before[:m[0]])
}

// otherPeriod reports a clause dated "in April", "in March 2023" or "in
// 2019" well before the story: a month two or more before its
// publication, or an earlier year. "In late April" in a story of 2 May is
// the story's own events.
func (a *Analysis) otherPeriod(clause string) bool {
	if a.Published.IsZero() || strings.Contains(strings.ToLower(clause), "since ") {
		return false // "since the invasion began in February 2022": a total
	}
	f := strings.Fields(clause)
	for i := 0; i+1 < len(f); i++ {
		if l := strings.ToLower(f[i]); l != "in" && l != "last" {
			continue
		}
		j := i + 1
		if w := strings.ToLower(f[j]); (w == "early" || w == "late" || w == "mid") && j+1 < len(f) {
			j++
		}
		w := strings.Trim(f[j], ",.;:")
		if y, err := strconv.Atoi(w); err == nil && y >= 1900 && y < a.Published.Year() {
			return true
		}
		// A month is written with a capital: "in march" is a protest.
		m, ok := months[strings.ToLower(w)]
		if !ok || len(w) < 3 || !unicode.IsUpper(firstRune(w)) {
			continue
		}
		year := a.Published.Year()
		if j+1 < len(f) {
			if y, err := strconv.Atoi(strings.Trim(f[j+1], ",.;:")); err == nil && y >= 1900 {
				year = y
			}
		}
		if year < a.Published.Year() {
			return true
		}
		if back := (int(a.Published.Month()) - m + 12) % 12; year == a.Published.Year() && back >= 2 && m < int(a.Published.Month()) {
			return true
		}
	}
	return false
}

// projected reports a clause about the future or a plan.
func projected(clause string) bool {
	c := " " + strings.ToLower(clause) + " "
	for _, cue := range []string{" will ", " would ", " expected to ", " is set to ", " are set to ", " planned ", " plans to ", " plan to ",
		" target ", " aims to ", " aim to ", " capacity ", " forecast ", " projected ", " could ", " when complete", " once complete", " by 20",
		" expects ", " expect ", " forecasts ", " predicts ", " predict ", " anticipates "} {
		if strings.Contains(c, cue) {
			return true
		}
	}
	return false
}

// dayWord dates a clause to a day near the story's: "on Tuesday", "this
// week", "yesterday".
var dayWord = regexp.MustCompile(`(?i)\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|this week|yesterday|today|overnight)\b`)

// participleClause ends the words before a figure that a participle
// opens after a comma: ", killing", ", leaving", ", wounding".
var participleClause = regexp.MustCompile(`, (?:killing|wounding|injuring|leaving|displacing|destroying|damaging)(?: at least| more than| about| some| nearly)? ?$`)

// expectedBefore reports a sentence that, before a figure, says what is
// expected of it: "It expects headline earnings per share for the six
// months to December to fall 45% to 65%" (the six months end its clause).
func expectedBefore(before string) bool {
	l := " " + strings.ToLower(before)
	i := max(strings.LastIndex(l, " expects "), strings.LastIndex(l, " expected "), strings.LastIndex(l, " forecasts "))
	if i < 0 {
		return false
	}
	// Not "As expected, the Bank raised", "which forecasters had expected
	// to weaken, killed 12", "expects sales to recover after revenue fell
	// 12%": the forecast must govern the figure's own verb.
	seg := l[i:]
	prev := strings.Fields(l[:i])
	if len(prev) > 0 && (prev[len(prev)-1] == "as" || prev[len(prev)-1] == "had") || strings.ContainsAny(seg, ",;") ||
		strings.Contains(seg, " after ") || strings.Contains(seg, " but ") || strings.Contains(seg, " which ") || strings.Contains(seg, " while ") {
		return false
	}
	return strings.Contains(seg, " to ")
}

func laterHorizon(clause string) bool {
	c := " " + strings.ToLower(clause) + " "
	for _, cue := range []string{" once ", " when complete", " when finished", " is finished", " is complete", " eventually", " rising to ",
		" in the long term", " full capacity", " fully operational", " by 20", " at completion", " in the end"} {
		if strings.Contains(c, cue) {
			return true
		}
	}
	return false
}

// clauseOf bounds the words that speak of a figure: from the previous
// figure or clause mark of its sentence to the next.
func (a *Analysis) clauseOf(si int, numTok, end int) Span {
	toks := a.Tokens[si]
	s := a.Sentences[si]
	start, stop := s.Start, s.End
	for k := numTok - 1; k >= 0; k-- {
		t := toks[k]
		if t.Kind == TokNum || t.Kind == TokPunct && strings.ContainsAny(t.Text, ",;:—–()") {
			start = t.End
			break
		}
	}
	for k := end; k < len(toks); k++ {
		t := toks[k]
		if t.Kind == TokNum || t.Kind == TokPunct && strings.ContainsAny(t.Text, ",;:—–()") {
			stop = t.Start
			break
		}
	}
	return Span{start, stop}
}

// namedBesides counts the victims named before "N other(s)" with the same
// outcome: "also killed one other member" after "action against X".
func (a *Analysis) namedBesides(si, numTok int, outcome string) int {
	toks := a.Tokens[si]
	start := numTok
	for start > 0 && qualifierWord(toks[start-1].Lower()) {
		start--
	}
	if start == 0 {
		return 0
	}
	prev := toks[start-1].Lower()
	if _, verb := outcomeWords[prev]; verb && start > 1 && toks[start-2].Lower() == "also" {
		prev = "also"
	}
	switch {
	case prev == "also" && isOutcome(outcome):
		// "The strike also killed one other member": besides the target.
		return 1
	case prev == "and" || prev == "with" && start > 1 && toks[start-2].Lower() == "along":
		// "the driver and one other person", "X and two others": the
		// conjunct before "and" is counted too, unless it is a verb
		// ("killed four and wounded six others").
		if start > 1 {
			b := toks[start-2]
			if b.Text == "," && sameOutcomeBefore(toks, start-2, outcome) {
				// "lost a guard who drowned, and one other rescuer was
				// killed": the clause before counts one.
				return 1
			}
			if _, verb := outcomeWords[b.Lower()]; verb || b.Kind == TokPunct {
				return 0
			}
			// "pulled 27 people from the water and four others swam to
			// shore": the others come besides a figure, not a person.
			for j := start - 2; j >= 0 && toks[j].Text != "," && toks[j].Text != ";"; j-- {
				if amountAt(toks, j) {
					continue // an amount is no one counted
				}
				if toks[j].Kind == TokNum || smallNumbers[toks[j].Lower()] > 1 {
					return 0
				}
			}
			return 1
		}
	case prev == ";" && sameOutcomeBefore(toks, start-1, outcome):
		// "His cousin drowned; one other man died the same night."
		return 1
	}
	return 0
}

// sameOutcomeBefore reports an outcome of the same kind in toks[:end]
// with no figure of its own: one person, named or described.
func sameOutcomeBefore(toks []Token, end int, outcome string) bool {
	if !isOutcome(outcome) {
		return false
	}
	found := false
	for k := 0; k < end; k++ {
		// "offering voters NT$500 each": an amount is no one counted.
		if amountAt(toks, k) {
			continue
		}
		if toks[k].Kind == TokNum || smallNumbers[toks[k].Lower()] > 1 {
			return false
		}
		if c, ok := outcomeWords[toks[k].Lower()]; ok && c == outcome {
			found = true
		}
	}
	return found
}

// amountAt reports a number token that is an amount of money: a
// currency sign in it ("NT$500") or right before it.
func amountAt(toks []Token, k int) bool {
	return toks[k].Kind == TokNum && (strings.ContainsAny(toks[k].Text, "$€£¥₹") || k > 0 && isCurrencySymbol(toks[k-1].Text))
}

// usNouns end in -us and take -es in the plural.
var usNouns = setOf(`bus minibus omnibus bonus virus campus census status focus surplus consensus stimulus fungus cactus chorus
apparatus prospectus sinus syllabus walrus octopus`)

// ieNouns end in -ie: their plural is not of a -y.
var ieNouns = setOf(`sortie movie calorie cookie rookie zombie hoodie selfie brownie auntie goalie prairie necktie pixie lorrie`)

func singular(w string) string {
	w = strings.ToLower(strings.TrimSpace(w))
	if i := strings.Index(w, "-in-law"); i > 0 {
		return singular(w[:i]) + w[i:]
	}
	switch w {
	case "people":
		return "person"
	case "men":
		return "man"
	case "women":
		return "woman"
	case "children":
		return "child"
	case "lives":
		return "life"
	case "feet":
		return "foot"
	case "teeth":
		return "tooth"
	case "mice":
		return "mouse"
	case "personnel", "staff", "police", "crew", "troops":
		if w == "troops" {
			return "troop"
		}
		return w
	}
	switch {
	case strings.HasSuffix(w, "children") && len(w) > 8:
		return w[:len(w)-8] + "child" // schoolchildren, grandchildren
	case strings.HasSuffix(w, "uses") && usNouns[w[:len(w)-2]]:
		return w[:len(w)-2] // buses, bonuses, viruses
	case strings.HasSuffix(w, "men") && len(w) > 5 && w != "specimen" && w != "abdomen" && w != "regimen" && w != "acumen":
		return w[:len(w)-3] + "man" // fishermen, policemen
	case strings.HasSuffix(w, "ies") && len(w) > 4 && ieNouns[w[:len(w)-1]]:
		return w[:len(w)-1] // sorties, movies, calories
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "ches") || strings.HasSuffix(w, "shes") || strings.HasSuffix(w, "sses") || strings.HasSuffix(w, "xes"):
		return w[:len(w)-2]
	case strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "us") || strings.HasSuffix(w, "is"):
		return w
	case strings.HasSuffix(w, "s") && len(w) > 2:
		return w[:len(w)-1]
	}
	return w
}
