package claims

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Token kinds.
const (
	TokWord = iota
	TokNum
	TokPunct
)

// Token is a word, a number or a punctuation mark with its byte span.
type Token struct {
	Start, End int
	Text       string
	Kind       int
}

// Lower is the token in lower case.
func (t Token) Lower() string { return strings.ToLower(t.Text) }

// IsCap reports whether the token starts with an upper-case letter.
func (t Token) IsCap() bool {
	r, _ := utf8.DecodeRuneInString(t.Text)
	return unicode.IsUpper(r)
}

// Tokenize splits text into tokens. Words keep inner apostrophes, hyphens
// and the dots of abbreviations (U.S., a.k.a.); numbers keep thousands
// separators and decimals (2,500, 1.2); everything else is one punctuation
// token per rune. Spaces are dropped.
func Tokenize(text string) []Token {
	toks := make([]Token, 0, len(text)/5)
	i := 0
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsSpace(r):
			i += size
		case unicode.IsDigit(r):
			j := scanNumber(text, i)
			toks = append(toks, Token{i, j, text[i:j], TokNum})
			i = j
		case unicode.IsLetter(r) || unicode.Is(unicode.Mn, r):
			j := scanWord(text, i)
			// "RM480", "Rs150", "KSh2,000": a currency's letters glued to
			// the amount are two tokens, so the number reads as one.
			k := currencyPrefixLen(text[i:j])
			if k == 0 && (text[i] == 'N' || text[i] == 'R') && letterAmount.MatchString(text[i:]) {
				k = 1 // "N1.8bn", "R12.5 million"
			}
			if k > 0 {
				toks = append(toks, Token{i, i + k, text[i : i+k], TokWord})
				i += k
				continue
			}
			// "magnitude-5.1": the decimal after the hyphen is a number
			// ("COVID-19", "Su-25" stay words).
			if h := strings.LastIndexByte(text[i:j], '-'); h > 0 && i+h+1 < j && j+1 < len(text) && text[j] == '.' && isDigitByte(text[j+1]) && allDigits(text[i+h+1:j]) {
				toks = append(toks, Token{i, i + h, text[i : i+h], TokWord}, Token{i + h, i + h + 1, "-", TokPunct})
				i += h + 1
				continue
			}
			toks = append(toks, Token{i, j, text[i:j], TokWord})
			i = j
		default:
			toks = append(toks, Token{i, i + size, text[i : i+size], TokPunct})
			i += size
		}
	}
	return toks
}

func isDigitByte(b byte) bool { return b >= '0' && b <= '9' }

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigitByte(s[i]) {
			return false
		}
	}
	return s != ""
}

// glued currency prefixes, longest first.
var gluedCurrencies = []string{"KSh", "USh", "TSh", "RM", "Rs", "Rp", "Tk", "Sh", "Le", "Nu", "GH", "Br", "Ks", "Bs"}

// currencyPrefixLen returns the length of a currency prefix that opens w
// and is followed only by digits (and separators), or 0.
func currencyPrefixLen(w string) int {
	for _, c := range gluedCurrencies {
		if len(w) > len(c) && strings.HasPrefix(w, c) && w[len(c)] >= '0' && w[len(c)] <= '9' {
			return len(c)
		}
	}
	return 0
}

// letterAmount matches "N1.8bn", "N500m", "R15,000", "R12.5 million": the
// naira's N or the rand's R glued to an amount, told from codes such as
// N95 or R2 by a separator or a scale.
// "R18.2 to the dollar" (a decimal) and "a R187-million pipeline" (a
// hyphened scale) are amounts too.
var letterAmount = regexp.MustCompile(`^[NR][0-9]{1,3}(?:(?:,[0-9]{3})+(?:\.[0-9]+)?|(?:\.[0-9]+)?(?:bn|m|tn|k| ?billion| ?million| ?trillion|-billion|-million|-trillion)\b|\.[0-9]+\b)`)

func scanNumber(text string, i int) int {
	j := i
	for j < len(text) {
		r, size := utf8.DecodeRuneInString(text[j:])
		if unicode.IsDigit(r) {
			j += size
			continue
		}
		// 2,500 and 1.25 and 1 000 (thin space) keep going only when a
		// digit follows the separator.
		if (r == ',' || r == '.' || r == '\u202f' || r == '\u00a0') && j+size < len(text) {
			n, _ := utf8.DecodeRuneInString(text[j+size:])
			if unicode.IsDigit(n) {
				j += size
				continue
			}
		}
		break
	}
	// Letters glued to a number (2nd, 15th, 10km, 1.2bn) belong to it.
	for j < len(text) {
		r, size := utf8.DecodeRuneInString(text[j:])
		if !unicode.IsLetter(r) {
			break
		}
		j += size
	}
	return j
}

func scanWord(text string, i int) int {
	j := i
	for j < len(text) {
		r, size := utf8.DecodeRuneInString(text[j:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) {
			j += size
			continue
		}
		// Inner apostrophes and hyphens: don't, O'Brien, al-Sadr, Kim Min-jun.
		if (r == '\'' || r == '’' || r == '-' || r == '‑') && j+size < len(text) {
			n, _ := utf8.DecodeRuneInString(text[j+size:])
			if unicode.IsLetter(n) || (r == '-' && unicode.IsDigit(n)) {
				j += size
				continue
			}
		}
		// Dots of abbreviations: U.S., a.k.a. (a letter, a dot, a letter).
		if r == '.' && j+size < len(text) {
			n, _ := utf8.DecodeRuneInString(text[j+size:])
			if unicode.IsLetter(n) && isInitialism(text, i, j) {
				j += size
				continue
			}
			if isInitialism(text, i, j) && strings.Count(text[i:j], ".") >= 1 {
				// the final dot of U.S. belongs to the word
				return j + size
			}
		}
		break
	}
	return j
}

// isInitialism reports whether text[i:j] is a run of single letters
// separated by dots so far ("U", "U.S", "a.k").
func isInitialism(text string, i, j int) bool {
	part := text[i:j]
	for _, seg := range strings.Split(part, ".") {
		if utf8.RuneCountInString(seg) != 1 {
			return false
		}
	}
	return true
}

// Words returns the lower-cased word and number tokens of text, for
// comparisons that ignore punctuation and case.
func Words(text string) []string {
	var out []string
	for _, t := range Tokenize(text) {
		if t.Kind == TokPunct {
			continue
		}
		out = append(out, foldWord(t.Text))
	}
	return out
}

var wordMarks = strings.NewReplacer("’", "'", "‘", "'", "‑", "-", ".", "")

// foldWord lower-cases a word, folds typographic apostrophes and drops
// diacritics and the dots of abbreviations.
func foldWord(w string) string {
	w = strings.ToLower(w)
	w = wordMarks.Replace(w)
	return StripDiacritics(w)
}

// StripDiacritics removes combining marks and folds common letters with
// marks to their base letter (é→e, ł→l, ø→o).
func StripDiacritics(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	s = greekToLatin(s)
	var b strings.Builder
	for _, r := range s {
		if r < 0x80 {
			b.WriteRune(r)
			continue
		}
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		if f, ok := foldTable[r]; ok {
			b.WriteString(f)
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// greekToLatin writes Greek letters as ELOT 743 romanises names, the way
// Greek newsrooms and passports do ("Χατζηγεωργίου" is
// "Chatzigeorgiou", "Σταύρος" is "Stavros"), so that a name in a Greek
// release meets the same name in an English report. Text with no Greek
// is returned as it is.
func greekToLatin(s string) string {
	if !strings.ContainsFunc(s, isGreek) {
		return s
	}
	rs := []rune(s)
	var b strings.Builder
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		if !isGreek(r) {
			b.WriteRune(r)
			continue
		}
		base, upper := greekBase(r)
		var next rune
		nextUpper := false
		if i+1 < len(rs) {
			next, nextUpper = greekBase(rs[i+1])
		}
		var lat string
		switch {
		case base == 'ο' && next == 'υ':
			lat, i = "ou", i+1
		case (base == 'α' || base == 'ε' || base == 'η') && next == 'υ' && !greekDiaeresis(rs[i+1]):
			lat, i = greekLetters[base]+"v", i+1
		case base == 'γ' && (next == 'γ' || next == 'ξ' || next == 'χ'):
			lat = "n"
		case base == 'μ' && next == 'π' && (i == 0 || !isGreek(rs[i-1])):
			lat, i = "b", i+1
		default:
			lat = greekLetters[base]
		}
		switch {
		case upper && nextUpper: // a name in capitals
			lat = strings.ToUpper(lat)
		case upper && lat != "":
			lat = strings.ToUpper(lat[:1]) + lat[1:]
		}
		b.WriteString(lat)
	}
	return b.String()
}

func isGreek(r rune) bool { return r >= 0x0370 && r <= 0x03FF || r >= 0x1F00 && r <= 0x1FFF }

// greekBase is a Greek letter without its accents, in lower case.
func greekBase(r rune) (rune, bool) {
	upper := unicode.IsUpper(r)
	r = unicode.ToLower(r)
	if b, ok := greekAccented[r]; ok {
		r = b
	}
	return r, upper
}

func greekDiaeresis(r rune) bool { return strings.ContainsRune("ϊϋΐΰΪΫ", r) }

var greekAccented = map[rune]rune{'ά': 'α', 'έ': 'ε', 'ή': 'η', 'ί': 'ι', 'ό': 'ο', 'ύ': 'υ', 'ώ': 'ω', 'ϊ': 'ι', 'ϋ': 'υ', 'ΐ': 'ι', 'ΰ': 'υ', 'ς': 'σ'}

var greekLetters = map[rune]string{'α': "a", 'β': "v", 'γ': "g", 'δ': "d", 'ε': "e", 'ζ': "z", 'η': "i", 'θ': "th", 'ι': "i", 'κ': "k",
	'λ': "l", 'μ': "m", 'ν': "n", 'ξ': "x", 'ο': "o", 'π': "p", 'ρ': "r", 'σ': "s", 'τ': "t", 'υ': "y", 'φ': "f", 'χ': "ch", 'ψ': "ps", 'ω': "o"}

var foldTable = func() map[rune]string {
	m := map[rune]string{}
	add := func(base string, chars string) {
		for _, r := range chars {
			m[r] = base
		}
	}
	add("a", "àáâãäåāăąǎạảấầẩẫậắằẳẵặ")
	add("A", "ÀÁÂÃÄÅĀĂĄǍẠẢẤẦẨẪẬẮẰẲẴẶ")
	add("c", "çćĉċč")
	add("C", "ÇĆĈĊČ")
	add("d", "ďđḍ")
	add("D", "ĎĐḌ")
	add("e", "èéêëēĕėęěẹẻẽếềểễệ")
	add("E", "ÈÉÊËĒĔĖĘĚẸẺẼẾỀỂỄỆ")
	add("g", "ĝğġģǧ")
	add("G", "ĜĞĠĢǦ")
	add("h", "ĥħḥ")
	add("H", "ĤĦḤ")
	add("i", "ìíîïĩīĭįıỉị")
	add("I", "ÌÍÎÏĨĪĬĮİỈỊ")
	add("j", "ĵ")
	add("k", "ķ")
	add("l", "ĺļľŀł")
	add("L", "ĹĻĽĿŁ")
	add("n", "ñńņňŉ")
	add("N", "ÑŃŅŇ")
	add("o", "òóôõöøōŏőơọỏốồổỗộớờởỡợ")
	add("O", "ÒÓÔÕÖØŌŎŐƠỌỎỐỒỔỖỘỚỜỞỠỢ")
	add("r", "ŕŗř")
	add("R", "ŔŖŘ")
	add("s", "śŝşšșṣ")
	add("S", "ŚŜŞŠȘṢ")
	add("t", "ţťŧțṭ")
	add("T", "ŢŤŦȚṬ")
	add("u", "ùúûüũūŭůűųưụủứừửữự")
	add("U", "ÙÚÛÜŨŪŬŮŰŲƯỤỦỨỪỬỮỰ")
	add("y", "ýÿŷỳỵỷỹ")
	add("Y", "ÝŸŶỲỴỶỸ")
	add("z", "źżžẓ")
	add("Z", "ŹŻŽẒ")
	// Icelandic and Faroese letters as their names are written without
	// them: Þórðarson is Thordarson.
	add("th", "þ")
	add("Th", "Þ")
	add("d", "ð")
	add("D", "Ð")
	// Cyrillic, as Serbian writes it in Latin letters with the accents
	// folded ("Ђурић" is "Đurić", "Duric"): a name in one script meets
	// itself in the other.
	for _, p := range []struct{ lo, up, lat string }{
		{"а", "А", "a"}, {"б", "Б", "b"}, {"в", "В", "v"}, {"г", "Г", "g"}, {"д", "Д", "d"}, {"ђ", "Ђ", "d"}, {"е", "Е", "e"},
		{"ё", "Ё", "e"}, {"ж", "Ж", "z"}, {"з", "З", "z"}, {"и", "И", "i"}, {"й", "Й", "y"}, {"ј", "Ј", "j"}, {"к", "К", "k"},
		{"л", "Л", "l"}, {"љ", "Љ", "lj"}, {"м", "М", "m"}, {"н", "Н", "n"}, {"њ", "Њ", "nj"}, {"о", "О", "o"}, {"п", "П", "p"},
		{"р", "Р", "r"}, {"с", "С", "s"}, {"т", "Т", "t"}, {"ћ", "Ћ", "c"}, {"у", "У", "u"}, {"ф", "Ф", "f"}, {"х", "Х", "h"},
		{"ц", "Ц", "c"}, {"ч", "Ч", "c"}, {"џ", "Џ", "dz"}, {"ш", "Ш", "s"}, {"щ", "Щ", "sc"}, {"ъ", "Ъ", ""}, {"ы", "Ы", "y"},
		{"ь", "Ь", ""}, {"э", "Э", "e"}, {"ю", "Ю", "yu"}, {"я", "Я", "ya"}, {"і", "І", "i"}, {"ї", "Ї", "i"}, {"є", "Є", "e"},
		{"ґ", "Ґ", "g"},
	} {
		m[[]rune(p.lo)[0]] = p.lat
		m[[]rune(p.up)[0]] = strings.ToUpper(p.lat[:min(1, len(p.lat))]) + p.lat[min(1, len(p.lat)):]
	}
	m['ß'] = "ss"
	m['æ'] = "ae"
	m['Æ'] = "AE"
	m['œ'] = "oe"
	m['Œ'] = "OE"
	m['ʼ'] = "'"
	m['ʻ'] = "'"
	m['ʿ'] = "'"
	m['ʾ'] = "'"
	return m
}()

// NormalizeSpace collapses runs of white space to one space and trims.
func NormalizeSpace(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// isSentenceStarter lists words that begin sentences and are capitalised
// for that reason only, so they never start a name.
var functionWords = setOf(`a an the this that these those he she it they we i you his her its their our my your
but and or nor so yet for if when while as at by in on of to from with without after before since until
however although though because also meanwhile still then there here where what who whom whose which why how
one two three four five six seven eight nine ten some many most more several all both each every any no none
not only just even according like unlike despite during under over about among between into onto upon
is are was were be been being has have had do does did will would shall should can could may might must
mr mrs ms dr yesterday today tomorrow tonight`)

func setOf(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}
