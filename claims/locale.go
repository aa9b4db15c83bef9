package claims

import (
	"regexp"
	"strings"
	"time"
)

// Sources come in the languages of the places they report on: a
// ministry's note in Spanish writes "S/ 1.150 millones" for 1.15 billion
// soles and "240 mil" for 240,000. A source read in its own language
// would otherwise be read wrong, figure by figure: "1.150" as one and a
// bit. localNumbers rewrites, in the tokens only (spans and figure texts
// keep the page's own words), the numbers of languages that write a
// decimal comma and a thousands point, and their scale words, into the
// forms the figure reader knows.

// decimalComma are the languages (ISO 639-1) that write 3,8 for 3.8 and
// 1.150 for 1150.
var decimalComma = setOf(`es pt fr de it nl id tr ru uk pl cs sk ro hu sv da no nb nn fi el hr sr sl bg lt lv et vi ca gl eu az ka`)

// localScales are scale words in other languages, by the English word
// the reader knows. "billones" is a million millions in Spanish; the
// Brazilian "bilhões" a thousand millions.
var localScales = map[string]string{
	"mil": "thousand", "miles": "thousand", "mille": "thousand", "mila": "thousand", "tausend": "thousand", "ribu": "thousand", "bin": "thousand",
	"millón": "million", "millones": "million", "milhão": "million", "milhões": "million", "millions": "million", "milione": "million",
	"milioni": "million", "millionen": "million", "juta": "million", "milyon": "million",
	"milliard": "billion", "milliards": "billion", "milliarde": "billion", "milliarden": "billion", "miliardo": "billion", "miliardi": "billion",
	"bilhão": "billion", "bilhões": "billion", "miliar": "billion", "milyar": "billion",
	"billones": "trillion", "billón": "trillion", "triliun": "trillion",
	"mio": "million", "mrd": "billion", "mld": "billion", "mlrd": "billion", "md": "billion",
}

// symbolScales are the letters glued before a dollar sign for its scale:
// "412,5 M$", "2,1 G$", "950 k$".
var symbolScales = map[string]string{"M": "million", "G": "billion", "k": "thousand", "Md": "billion"}

// trailingSigns are currency signs written after the amount, by the word
// the reader knows.
var trailingSigns = map[string]string{"$": "dollars", "€": "euros", "£": "pounds", "zł": "złotych", "₽": "rubles", "₺": "lira", "₴": "hryvnias", "Kč": "koruna", "Ft": "forints"}

// spaceGroups joins the groups of a number written with spaces between its
// thousands ("21 400", "1 250 000", and with the no-break spaces French
// typesetting uses): one number, as the page means it.
// With moneyOnly, only a sum: groups followed by a currency.
func spaceGroups(text string, toks []Token, moneyOnly bool) []Token {
	out := toks[:0]
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if t.Kind == TokNum && len(t.Text) <= 3 && allDigits(t.Text) {
			k := i
			for k+1 < len(toks) && toks[k+1].Kind == TokNum && groupOfThree(toks[k+1].Text) && thinGap(text[toks[k].End:toks[k+1].Start]) {
				k++
			}
			// Not "seized 300 500 euro notes": a count of notes of a
			// denomination.
			denomination := k+2 < len(toks) && banknotes[toks[k+2].Lower()]
			if k > i && (!moneyOnly || k+1 < len(toks) && isCurrencyAfter(toks[k+1]) && !denomination) {
				for ; i < k; i++ {
					t.Text += toks[i+1].Text
					t.End = toks[i+1].End
				}
			}
		}
		out = append(out, t)
	}
	return out
}

// banknotes are what a count of a denomination counts.
var banknotes = setOf(`note notes bill bills banknote banknotes coin coins`)

// isCurrencyAfter reports a currency written after a sum: a word ("zł",
// "euros") or a sign ("€").
func isCurrencyAfter(t Token) bool {
	_, word := currencyWords[t.Lower()]
	_, sign := trailingSigns[t.Text]
	return word || sign
}

// groupOfThree is a thousands group: three digits, with a decimal part
// after the last ("400", "400,5").
func groupOfThree(s string) bool {
	d, _, _ := strings.Cut(s, ",")
	return len(d) == 3 && allDigits(d)
}

// thinGap is one space of any width between the groups of a number.
func thinGap(s string) bool { return s == " " || s == "\u00a0" || s == "\u202f" || s == "\u2009" }

var (
	pointGroups = regexp.MustCompile(`^\d{1,3}(?:\.\d{3})+(?:,\d+)?$`)
	commaDec    = regexp.MustCompile(`^\d+,\d{1,2}$`)
)

// sharedScaleWords are local scale words that are English words too or
// too short to read outside their language ("miles", "mil").
var sharedScaleWords = setOf(`mil miles mille mila bin millions`)

// localNumbers rewrites the tokens of a text in language lang. In any
// language, a scale word no English text uses ("R$ 4,2 bilhões" quoted in
// an English story) is read as its English word.
func localNumbers(text string, toks []Token, lang string) []Token {
	// "21 400" with a no-break space is one number in any language.
	for i := range toks {
		if toks[i].Kind == TokNum && strings.ContainsAny(toks[i].Text, "\u00a0\u202f\u2009") {
			toks[i].Text = strings.NewReplacer("\u00a0", "", "\u202f", "", "\u2009", "").Replace(toks[i].Text)
		}
	}
	if !decimalComma[strings.ToLower(lang)] {
		// "fined 250 000 zł" in an English report from Poland: groups by
		// a space are one sum before a currency.
		toks = spaceGroups(text, toks, true)
		for i := 1; i < len(toks); i++ {
			t := &toks[i]
			l := strings.ToLower(t.Text)
			if en, ok := localScales[l]; ok && !sharedScaleWords[l] && t.Kind == TokWord && toks[i-1].Kind == TokNum {
				t.Text = en
			}
		}
		return toks
	}
	toks = spaceGroups(text, toks, false)
	for i := range toks {
		t := &toks[i]
		// "412,5 M$", "2,1 G$": Quebec's millions and billions of dollars.
		if i+2 < len(toks) && toks[i].Kind == TokNum && toks[i+2].Text == "$" && toks[i+2].Start == toks[i+1].End {
			if en, ok := symbolScales[toks[i+1].Text]; ok {
				toks[i+1].Text = en
			}
		}
		// "412,5 $", "1 500 €": the sign after the amount, as the
		// currency's word would stand.
		if i > 0 && t.Kind != TokNum && (toks[i-1].Kind == TokNum || scaleWords[toks[i-1].Lower()] > 1) {
			if w, ok := trailingSigns[t.Text]; ok {
				t.Text, t.Kind = w, TokWord
				continue
			}
		}
	}
	for i := range toks {
		t := &toks[i]
		switch {
		case t.Kind == TokNum && pointGroups.MatchString(t.Text):
			t.Text = strings.ReplaceAll(strings.ReplaceAll(t.Text, ".", ""), ",", ".")
		case t.Kind == TokNum && commaDec.MatchString(t.Text):
			t.Text = strings.ReplaceAll(t.Text, ",", ".")
		case t.Kind == TokWord:
			if en, ok := localScales[strings.ToLower(t.Text)]; ok && i > 0 && toks[i-1].Kind == TokNum {
				t.Text = en
			} else if ok && i > 1 && toks[i-1].Kind == TokWord && scaleWords[toks[i-1].Lower()] > 0 && toks[i-2].Kind == TokNum {
				t.Text = en // "3 mil millones"
			}
		}
	}
	return toks
}

// localPoints reads percentage points and basis points in Portuguese,
// Spanish, French and Italian after a number: the unit and the tokens
// used, or 0.
func localPoints(toks []Token, i int) (string, int) {
	if i+1 >= len(toks) {
		return "", 0
	}
	w, x := toks[i].Lower(), toks[i+1].Lower()
	switch {
	case (w == "ponto" || w == "pontos" || w == "punto" || w == "puntos" || w == "point" || w == "points" || w == "punti") &&
		(strings.HasPrefix(x, "percentua") || strings.HasPrefix(x, "porcentua")):
		return "percentage point", 2 // ponto percentual, puntos porcentuales, punti percentuali
	case (w == "ponto" || w == "pontos" || w == "punto" || w == "puntos") && (x == "básico" || x == "básicos" || x == "basico" || x == "basicos" || x == "base"):
		return "basis point", 2 // puntos básicos, pontos-base
	case (w == "pontos" || w == "ponto") && x == "-" && i+2 < len(toks) && toks[i+2].Lower() == "base":
		return "basis point", 3 // pontos-base
	case (w == "point" || w == "points") && x == "de" && i+2 < len(toks) && toks[i+2].Lower() == "base":
		return "basis point", 3 // points de base
	case (w == "point" || w == "points") && x == "de" && i+2 < len(toks) && toks[i+2].Lower() == "pourcentage":
		return "percentage point", 3 // point de pourcentage
	}
	return "", 0
}

// localMonths are month names in the languages of the pages a story
// cites, by month number (French, Spanish, Portuguese, Italian, German,
// Dutch, Indonesian, Turkish, Polish in the genitive).
var localMonths = func() map[string]int {
	m := map[string]int{}
	for i, names := range []string{
		"janvier enero janeiro gennaio januar jänner januari ocak stycznia",
		"février fevrier febrero fevereiro febbraio februar februari şubat lutego",
		"mars marzo março marco märz maart maret mart marca",
		"avril abril aprile april nisan kwietnia",
		"mai mayo maio maggio mei mayıs maja",
		"juin junio junho giugno juni haziran czerwca",
		"juillet julio julho luglio juli temmuz lipca",
		"août aout agosto augustus agustus ağustos sierpnia",
		"septembre septiembre setiembre setembro settembre september eylül września",
		"octobre octubre outubro ottobre oktober ekim października",
		"novembre noviembre novembro november kasım listopada",
		"décembre decembre diciembre dezembro dicembre dezember december desember aralık grudnia",
	} {
		for _, n := range strings.Fields(names) {
			m[n] = i + 1
		}
	}
	return m
}()

// localWeekdays are weekday names in the same languages.
var localWeekdays = func() map[string]time.Weekday {
	m := map[string]time.Weekday{}
	for i, names := range []string{
		"dimanche domingo domenica sonntag zondag minggu ahad pazar niedziela",
		"lundi lunes segunda segunda-feira lunedì lunedi montag maandag senin isnin pazartesi poniedziałek",
		"mardi martes terça terça-feira martedì martedi dienstag dinsdag selasa salı wtorek",
		"mercredi miércoles miercoles quarta quarta-feira mercoledì mercoledi mittwoch woensdag rabu çarşamba środa",
		"jeudi jueves quinta quinta-feira giovedì giovedi donnerstag donderdag kamis perşembe czwartek",
		"vendredi viernes sexta sexta-feira venerdì venerdi freitag vrijdag jumat cuma piątek",
		"samedi sábado sabado sabato samstag sonnabend zaterdag sabtu cumartesi sobota",
	} {
		for _, n := range strings.Fields(names) {
			m[n] = time.Weekday(i)
		}
	}
	return m
}()

// localDateRe is a day, a month in another language and a year, with a
// weekday before them: groups weekday, day, month, year.
var localDateRe = regexp.MustCompile(`(?i)(\d{1,2})(?:er|º|°|\.)?\s+(?:de\s+)?(\p{L}+)(?:\s+(?:de|del)\s+|\s+)(\d{4})\b`)

// localWeekdayBefore returns the weekday written right before a date
// ("vendredi 6 novembre", "Freitag, 6. November", "le vendredi 6") and
// where it starts, or -1.
func localWeekdayBefore(text string, at int) (time.Weekday, int) {
	before := strings.TrimRight(text[max(0, at-30):at], " ,")
	for _, art := range []string{" le", " el", " den", " tanggal"} {
		if strings.HasSuffix(strings.ToLower(before), art) {
			before = strings.TrimRight(before[:len(before)-len(art)], " ,")
		}
	}
	i := strings.LastIndexAny(before, " \n(") + 1
	word := strings.ToLower(before[i:])
	if wd, ok := localWeekdays[word]; ok {
		return wd, max(0, at-30) + i
	}
	return 0, -1
}

// hasYear reports four digits in a row, which every date localDateRe
// reads holds.
func hasYear(s string) bool {
	run := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			run++
			if run == 4 {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}
