package claims

import (
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Entity kinds.
const (
	Person = "person"
	Org    = "org"
	Place  = "place"
)

// Entity is a person or organisation a document names, with every form
// it is named by.
type Entity struct {
	ID   int
	Kind string
	// Name is the fullest form the document uses.
	Name string
	// Forms are the distinct surface forms (full name, surname, with or
	// without particles), in order of appearance.
	Forms []string
	// Aliases are names the document introduces as another name of the
	// same entity (a.k.a., known as, nicknamed, an acronym).
	Aliases []string
	// Titles are titles and roles given with the name ("Maj. Gen.",
	// "the Defense Ministry spokesman").
	Titles   []string
	Mentions []Mention
	// styled: named with a capitalised article, as outlets are.
	styled bool
	// honors are the honorifics the document names it with ("dr", "ms").
	honors []string
}

// Mention is one place a document names an entity.
type Mention struct {
	Span
	Text   string
	Title  string
	Entity *Entity
}

func (e *Entity) addForm(f string) {
	for _, x := range e.Forms {
		if x == f {
			return
		}
	}
	e.Forms = append(e.Forms, f)
	if nameLen(f) > nameLen(e.Name) {
		e.Name = f
	}
}

func (e *Entity) addAlias(a string) {
	a = strings.Trim(a, " ,.;:\"'“”‘’()")
	if a == "" {
		return
	}
	for _, x := range e.Aliases {
		if NameKey(x) == NameKey(a) {
			return
		}
	}
	e.Aliases = append(e.Aliases, a)
}

func (e *Entity) addTitle(t string) {
	t = strings.TrimSpace(t)
	if t == "" {
		return
	}
	for _, x := range e.Titles {
		if strings.EqualFold(x, t) {
			return
		}
	}
	e.Titles = append(e.Titles, t)
}

func nameLen(s string) int { return len(nameTokens(s)) }

// particles are name parts that transliteration and style add or drop.
var particles = setOf(`al el ul ud ad ar as ash at az ibn bin bint binti ben van von vom zu de da di do dos das del della der den la le du des ter ten y e lo dela delos delas`)

// titleWords are titles, ranks and roles that precede a name.
var titleWords = setOf(`mr mrs ms miss mx dr prof professor sir dame lord lady president vice prime minister ministers premier chancellor
secretary general gen major maj colonel col lieutenant lt captain capt cpt sergeant sgt corporal cpl private pvt admiral adm commander cmdr
brigadier brig marshal commodore chief deputy director spokesman spokeswoman spokesperson ambassador envoy governor gov senator sen
representative rep congressman congresswoman mayor judge justice magistrate prosecutor attorney king queen prince princess emperor sheikh shaikh
imam ayatollah mullah pope cardinal bishop archbishop rev reverend father pastor rabbi coach manager chairman chairwoman chair ceo cfo
founder president-elect speaker leader officer inspector insp superintendent supt constable const det detective sheriff commissioner councillor
councilor alderman mp mep lawmaker legislator diplomat consul sultan emir crown grand supreme state foreign defense defence interior
finance health justice acting interim former late first lady deputy-head head assistant associate executive managing senior junior
striker midfielder goalkeeper defender forward winger captain-elect coach-elect dj chef collector shri smt shrimati sri
datuk dato datin seri haji hajjah encik puan cik pehin pengiran
alhaji alhaja engr barrister dame mme mlle senor senora herr frau dr. brigadier-general major-general lieutenant-general
pak bapak bu ibu coroner ombudsman registrar fr cllr eng hon mallam ustaz sra regent bupati walikota camat kepala
mecenas mec prokurator sędzia hrh hrm hre madam comrade
businessman businesswoman teenager activist student teacher lawyer journalist photographer villager survivor witness veteran
pensioner retiree schoolboy schoolgirl labourer fisherman fisherwoman opposition`)

// IsTitle reports a word that stands before a name as a title or role
// ("Dr", "Cllr.", "Minister"), in any case and with or without a dot.
func IsTitle(w string) bool { return titleWords[strings.ToLower(strings.TrimSuffix(w, "."))] }

// orgWords mark a capitalised phrase as an organisation.
var orgWords = setOf(`defence defense ministry ministries department office agency authority authorities commission committee council parliament
assembly senate congress court tribunal police army navy force forces corps guard guards brigade brigades battalion regiment
militia militias movement front party union league alliance coalition federation association society organization organisation
institute institution foundation fund bank company corporation corp inc ltd group holdings industries airlines airways university
college school hospital clinic church mosque government administration cabinet command secretariat bureau service
services network news press agency times post journal herald tribune gazette guardian telegraph chronicle observer reporter radio
television tv broadcasting channel media wire council club fc united city rovers wanderers athletic exchange board
bloc mobilization mobilisation resistance nations trust charity initiative project partnership centre center institute
academy hospital school clinic laboratory observatory warriors rangers united fc stars city club team squad federation
forum cooperative collective`)

// groupWords end the name of a group of people ("Hlathikhulu Residents'
// Forum", "Kaptagat Farmers"); alone they are common nouns.
var groupWords = setOf(`residents workers farmers fishermen traders teachers nurses doctors lawyers friends`)

// placeWords mark a capitalised phrase as a place: "Abbey Street",
// "South America", "Lake Titicaca".
// Words that are also surnames (Park, Lane, Bay, Port) are left out.
var placeWords = setOf(`street st road avenue ave boulevard square plaza bridge river lake mountain mountains valley
province region county district city town village state island islands sea ocean coast desert airport station
harbour harbor peninsula gulf strait canal highway motorway north south east west central northern southern eastern western
america africa asia europe oceania middle`)

// orgHeads are organisation words that are a full name on their own in
// the news ("Reuters") and must not be taken for a person's surname.
var outletWords = setOf(`reuters afp ap bbc cnn nbc cbs abc npr pbs rte ani pti xinhua tass yonhap kyodo ansa efe dpa irna wam sana mena bernama`)

// IsParticle reports a name particle: al, bin, van, de …, with or
// without a trailing hyphen.
func IsParticle(w string) bool {
	return particles[strings.TrimSuffix(strings.ToLower(w), "-")]
}

var nameMarks = strings.NewReplacer("’", "'", "‘", "'", "`", "'", "‑", "-", "–", "-")

// nameTokens splits a name into comparable tokens: lower case, no
// diacritics, hyphenated particles split off (al-Hakim → al, hakim).
func nameTokens(name string) []string {
	name = StripDiacritics(strings.ToLower(name))
	name = nameMarks.Replace(name)
	var out []string
	for _, f := range strings.FieldsFunc(name, func(r rune) bool {
		return unicode.IsSpace(r) || r == ',' || r == '(' || r == ')' || r == '"' || r == '“' || r == '”'
	}) {
		f = strings.Trim(f, ".'-")
		if f == "" || f == "a/p" || f == "a/l" || f == "s/o" || f == "d/o" {
			continue // "daughter of", "son of": not a name
		}
		// al-Hakim, el-Sayed, bin-Rashid: split a leading particle off.
		if i := strings.IndexByte(f, '-'); i > 0 && particles[f[:i]] {
			out = append(out, f[:i])
			f = f[i+1:]
		}
		// Al'Hakim, d'Alembert, O'Brien: keep as one token without the mark.
		f = strings.ReplaceAll(f, "'", "")
		f = strings.ReplaceAll(f, ".", "")
		if f != "" {
			out = append(out, f)
		}
	}
	return out
}

// coreTokens are a name's tokens without particles and titles; a last
// "Junior" or "Senior" is written as its abbreviation.
func coreTokens(name string) []string {
	var out []string
	for _, t := range nameTokens(name) {
		if particles[t] {
			continue
		}
		out = append(out, t)
	}
	if n := len(out); n >= 2 && (out[n-1] == "junior" || out[n-1] == "senior") {
		out[n-1] = generationWords[out[n-1]]
	}
	return out
}

// NameKey is a normalised form of a name for exact comparison: no case,
// diacritics, particles, hyphens or spaces ("al-Hakim" and "Al Hakim" and
// "Hakim" share one key; so do "Abu Karim" and "Abu-Karim").
func NameKey(name string) string {
	return strings.ReplaceAll(strings.Join(coreTokens(name), ""), "-", "")
}

// Skeleton folds a name to its consonant skeleton, so that common
// transliteration variants meet: vowels dropped, doubled letters
// collapsed, ph→f, kh→k, q→k, w→v, x→ks ("Mohammed", "Muhammad" and
// "Mohamed" are all "mhmd"; "Oleksandr" and "Olexander" are "lksndr").
func Skeleton(name string) string {
	var b strings.Builder
	for _, tok := range coreTokens(name) {
		b.WriteString(skeletonToken(tok))
	}
	return b.String()
}

func skeletonOf(tokens []string) string {
	var b strings.Builder
	for _, tok := range tokens {
		b.WriteString(skeletonToken(tok))
	}
	return b.String()
}

// tokenCache holds what is read off each name (core tokens, key,
// initial classes) and the relations already decided, for one reading:
// a long story compares the same names again and again, and one map
// lookup a name is what keeps that cheap.
type tokenCache struct {
	names map[string]*nameInfo
	pairs map[[2]string]relation
}

type nameInfo struct {
	toks     []string
	key      string // NameKey
	initials uint32 // initialClasses
}

type relation struct {
	rel    NameRelation
	reason string
}

func newTokenCache() tokenCache {
	return tokenCache{names: map[string]*nameInfo{}, pairs: map[[2]string]relation{}}
}

func (c tokenCache) info(name string) *nameInfo {
	if n, ok := c.names[name]; ok {
		return n
	}
	t := coreTokens(name)
	n := &nameInfo{toks: t, key: strings.ReplaceAll(strings.Join(t, ""), "-", ""), initials: initialClasses(t)}
	c.names[name] = n
	return n
}

func (c tokenCache) get(name string) []string { return c.info(name).toks }

// key is NameKey through the cache.
func (c tokenCache) key(name string) string { return c.info(name).key }

// compareInfo is CompareNames through the cache, with a's reading
// already at hand (a chunk compared with every name before it).
func (c tokenCache) compareInfo(a string, ia *nameInfo, b string) (NameRelation, string) {
	ib := c.info(b)
	// Names with no initial in common cannot relate: skip the work.
	if ia.initials&ib.initials == 0 {
		return DifferentNames, "different names"
	}
	k := [2]string{a, b}
	if r, ok := c.pairs[k]; ok {
		return r.rel, r.reason
	}
	rel, reason := compareTokens(ia.toks, ib.toks)
	c.pairs[k] = relation{rel, reason}
	return rel, reason
}

// initialClasses is a bit set of the initials of a name's tokens, with
// the letters transliteration swaps (vowels, c/k/q, g/h, v/w) in one class.
func initialClasses(tokens []string) uint32 {
	var m uint32
	for _, t := range tokens {
		if t == "" {
			continue
		}
		r := t[0]
		switch r {
		case 'a', 'e', 'i', 'o', 'u', 'y', 'j':
			r = 'a'
		case 'c', 'q':
			r = 'k'
		case 'g':
			r = 'h'
		case 'w':
			r = 'v'
		}
		if r >= 'a' && r <= 'z' {
			m |= 1 << (r - 'a')
		} else {
			m |= 1 << 26
		}
	}
	return m
}

func skeletonToken(tok string) string {
	tok = abdForm(tok)
	// Runes are read in place and written to a small buffer: this runs
	// for every pair of name tokens compared.
	var buf [64]byte
	out := buf[:0]
	var last, before rune // the rune written last; the one read before r
	for i := 0; i < len(tok); {
		// ASCII without a call; other runes decoded.
		r, size := rune(tok[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(tok[i:])
		}
		next, nsize := rune(0), 0
		if i+size < len(tok) {
			next, nsize = rune(tok[i+size]), 1
			if next >= utf8.RuneSelf {
				next, nsize = utf8.DecodeRuneInString(tok[i+size:])
			}
		}
		prev := before
		at := i // where the last rune read starts
		before = r
		i += size
		// "Dj" is how Serbian and Croatian "Đ" is written without it
		// (Djordje, Đorđe): one sound.
		if r == 'd' && next == 'j' {
			at, before = i, next
			i += nsize
		}
		// Digraphs: ph→f, kh→k, gh→g, dh→d, th→t, ck→k.
		if next == 'h' && (r == 'p' || r == 'k' || r == 'g' || r == 'd' || r == 't') {
			if r == 'p' {
				r = 'f'
			}
			at, before = i, next
			i += nsize
		} else if r == 'c' && next == 'k' {
			r = 'k'
			at, before = i, next
			i += nsize
		} else if r == 'q' && next == 'u' && at > 0 && strings.HasPrefix(tok[i+nsize:], "ist") {
			// Swedish "-qvist" is written "-quist" abroad and "-kvist" at
			// home (Lindqvist, Lindquist, Lindkvist): that "qu" is "kv"
			// (not Haque, Enriquez).
			if last != 'k' {
				out = append(out, 'k')
			}
			out = append(out, 'v')
			last = 'v'
			at, before = i, next
			i += nsize
			continue
		}
		switch r {
		case 'a', 'e', 'i', 'o', 'u', 'y':
			continue
		case 'x':
			if last != 'k' {
				out = append(out, 'k')
			}
			r = 's'
		case 'q', 'c':
			r = 'k'
		case 'w':
			// Between vowels, w is the second half of a diphthong:
			// Dawud/Daud, Nawaz/Nauaz (not Dawn/Dean).
			if prev == 'a' && next < 128 && next != 0 && isVowelish(byte(next)) {
				continue
			}
			r = 'v'
		case 'g':
			// Ukrainian h, Russian g: Serhiy/Sergei, Oleh/Oleg.
			r = 'h'
		}
		// An h inside a name comes and goes with transliteration:
		// Ahmadou/Amadou, Mohammed/Mohamed.
		if r == 'h' && at > 0 {
			continue
		}
		if r == last || !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= utf8.RuneSelf && unicode.IsLetter(r)) {
			continue
		}
		if r < utf8.RuneSelf {
			out = append(out, byte(r))
		} else {
			out = utf8.AppendRune(out, r)
		}
		last = r
	}
	return string(out)
}

// NameRelation is how two names relate.
type NameRelation int

// Relations between two names, from the weakest to the strongest tie.
const (
	DifferentNames NameRelation = iota
	// PossiblySame: one name is part of the other (a surname alone), or
	// initials fit the other's given names.
	PossiblySame
	// VariantSpelling: the same name spelled differently (transliteration,
	// a dropped letter, particles).
	VariantSpelling
	// SameName: identical once case, diacritics, particles and order are
	// set aside.
	SameName
)

// generationWords end a Portuguese or Spanish name given again to a son or
// grandson: the name without one is another person's.
var generationWords = map[string]string{"filho": "filho", "neto": "neto", "sobrinho": "sobrinho", "junior": "jr", "jr": "jr",
	"sr": "sr", "senior": "sr", "ii": "ii", "iii": "iii", "iv": "iv"}

func generation(toks []string) string {
	if len(toks) > 0 {
		return generationWords[toks[len(toks)-1]]
	}
	return ""
}

// otherGenerationTokens reports two names, as core tokens, of two
// generations of one family: "Francisco Assis Nogueira" and "Francisco
// Assis Nogueira Filho".
func otherGenerationTokens(ta, tb []string) bool {
	if generation(ta) == generation(tb) {
		return false
	}
	sa, sb := withoutGeneration(ta), withoutGeneration(tb)
	return len(sa) >= 2 && len(sb) >= 2 && strings.Join(sa, "") == strings.Join(sb, "")
}

func withoutGeneration(toks []string) []string {
	if generation(toks) != "" {
		return toks[:len(toks)-1]
	}
	return toks
}

// abdForm folds the joining syllable of Arabic "Abd al-" names as they
// are written glued ("Abdulkadir", "Abdelkader", Somali "Abdikadir",
// "Abdirahman"): all become "abd" and the rest.
func abdForm(tok string) string {
	if len(tok) < 7 || !strings.HasPrefix(tok, "abd") {
		return tok
	}
	rest := tok[3:]
	for _, j := range []string{"ul", "el", "al", "ol", "il", "u", "i", "e", "o", "a"} {
		if strings.HasPrefix(rest, j) && len(rest)-len(j) >= 3 {
			r := rest[len(j)]
			if !isVowelish(r) && (j[len(j)-1] != 'l' || r != 'l' || len(rest)-len(j) >= 4) {
				return "abd" + rest[len(j):]
			}
		}
	}
	return tok
}

func (r NameRelation) String() string {
	switch r {
	case SameName:
		return "same"
	case VariantSpelling:
		return "variant"
	case PossiblySame:
		return "possibly"
	}
	return "different"
}

// CompareNames decides how two person names relate, with the reason.
func CompareNames(a, b string) (NameRelation, string) {
	rel, why := compareTokens(coreTokens(a), coreTokens(b))
	// The same letters split elsewhere: "Al Bukamal", "Albu Kamal" (the
	// particle stripped from one side only hid it).
	if rel == DifferentNames {
		if la := lettersOf(a); len(la) >= 6 && la == lettersOf(b) {
			return VariantSpelling, "spelling variant (spacing or particles)"
		}
	}
	return rel, why
}

// lettersOf is a name's letters and digits in lower case, accents,
// spaces and punctuation dropped.
func lettersOf(name string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(StripDiacritics(name)) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// compareTokens is CompareNames on names already split into core tokens.
func compareTokens(ta, tb []string) (NameRelation, string) {
	if len(ta) == 0 || len(tb) == 0 {
		return DifferentNames, "empty name"
	}
	// "Francisco Assis Nogueira" and "Francisco Assis Nogueira Filho" are
	// father and son.
	// Possibly, not different: a source may drop the "Jr." of the man the
	// story names, and the alias rules must not read two men into it.
	// Entities keep them apart (otherGeneration).
	if ga, gb := generation(ta), generation(tb); ga != gb {
		sa, sb := withoutGeneration(ta), withoutGeneration(tb)
		if len(sa) >= 2 && len(sb) >= 2 && strings.Join(sa, "") == strings.Join(sb, "") {
			// "Ken Griffey Jr" and "Ken Griffey Sr": each says which.
			if ga != "" && gb != "" {
				return DifferentNames, "two generations of one name (" + ga + ", " + gb + ")"
			}
			return PossiblySame, "one generation named after another (Jr., Filho, Neto)"
		}
		// "King Ebitimi Aganaba" and "Ebitimi Aganaba III": past the
		// numeral one says and the other leaves out, one name.
		if (ga == "" || gb == "") && len(sa) >= 2 && len(sb) >= 2 {
			if rel, why := compareTokens(sa, sb); rel >= PossiblySame {
				return PossiblySame, why
			}
		}
	}
	ja, jb := strings.Join(ta, ""), strings.Join(tb, "")
	if ja == jb {
		return SameName, "same name"
	}
	if sameSet(ta, tb) {
		return SameName, "same name in another order"
	}
	if len(ta) == len(tb) || ja == jb {
		if allTokensMatch(ta, tb) {
			return VariantSpelling, "spelling variant (" + variantReason(ta, tb) + ")"
		}
	}
	// Hyphenation and spacing: Min-jun / Minjun, Abd al-Rahman / Abdulrahman.
	if skeletonOf(ta) == skeletonOf(tb) && len(ja) >= 6 && (len(ta) != len(tb)) && closeLength(ja, jb) {
		return VariantSpelling, "spelling variant (spacing or particles)"
	}
	// Reordered variants: Kim Minjun / Minjun Kim with a spelling change.
	if len(ta) == len(tb) && len(ta) > 1 && allTokensMatch(ta, reversed(tb)) {
		return VariantSpelling, "spelling variant in another order"
	}
	short, long := ta, tb
	if len(short) > len(long) {
		short, long = long, short
	}
	if len(short) < len(long) {
		if subsetMatch(short, long) {
			if len(short) == 1 {
				return PossiblySame, "one name is part of the other"
			}
			return PossiblySame, "one name is a shorter form of the other"
		}
	}
	if initialsFit(ta, tb) || initialsFit(tb, ta) {
		return PossiblySame, "initials fit the given names"
	}
	if shortGiven(ta, tb) || shortGiven(tb, ta) {
		return PossiblySame, "a short form of the given name"
	}
	return DifferentNames, "different names"
}

func closeLength(a, b string) bool {
	d := len(a) - len(b)
	if d < 0 {
		d = -d
	}
	return d <= 3
}

func reversed(s []string) []string {
	out := make([]string, len(s))
	for i := range s {
		out[len(s)-1-i] = s[i]
	}
	return out
}

func sameSet(a, b []string) bool {
	if len(a) != len(b) || len(a) < 2 {
		return false
	}
	x := append([]string(nil), a...)
	y := append([]string(nil), b...)
	sort.Strings(x)
	sort.Strings(y)
	for i := range x {
		if x[i] != y[i] {
			return false
		}
	}
	return true
}

// tokensMatch reports whether two name tokens are one name spelled two
// ways.
func tokensMatch(a, b string) bool {
	if a == b {
		return true
	}
	if len(a) < 2 || len(b) < 2 {
		return false
	}
	sa, sb := skeletonToken(a), skeletonToken(b)
	// A skeleton of one letter says little (Nguyen and Ngai are both
	// "n"): only for words of about one length (Oleg/Oleh).
	if sa == sb && (len(sa) >= 2 || len(sa) == 1 && abs(len(a)-len(b)) <= 1) {
		// The skeletons agree; the first letters must too unless both are
		// vowels (Evgeny/Yevgeny, Osama/Usama).
		fa, fb := a[0], b[0]
		return fa == fb || isVowelish(fa) && isVowelish(fb) || equivalentInitial(fa, fb)
	}
	if koreanSame(a, b) {
		return true
	}
	// Greek and Slavic Χ/Х: Christodoulou/Hristodoulou, Khrushchev/Hrushchev.
	if len(a) > 3 && len(b) > 3 {
		if (strings.HasPrefix(a, "ch") || strings.HasPrefix(a, "kh")) && b[0] == 'h' && skeletonToken(a[1:]) == sb && len(sb) >= 3 ||
			(strings.HasPrefix(b, "ch") || strings.HasPrefix(b, "kh")) && a[0] == 'h' && skeletonToken(b[1:]) == sa && len(sa) >= 3 {
			return true
		}
	}
	// "ph" for an aspirated p, as Thai names are written, beside a plain
	// p: Phothong and Potong (and any Phelps misspelt Pelps).
	if a[0] == 'p' && b[0] == 'p' && strings.HasPrefix(a, "ph") != strings.HasPrefix(b, "ph") && len(a) > 3 && len(b) > 3 {
		pa, pb := "p"+strings.TrimPrefix(a, "ph"), "p"+strings.TrimPrefix(b, "ph")
		if strings.HasPrefix(a, "ph") {
			pb = b
		} else {
			pa = a
		}
		if skeletonToken(pa) == skeletonToken(pb) {
			return true
		}
	}
	// One consonant more or less at the end of a long token
	// (Hakimi/Hakim, Hussein/Husseini) is a spelling variant too.
	// Not a whole syllable more (March/Marchetti).
	if len(sa) >= 3 && len(sb) >= 3 && (strings.HasPrefix(sa, sb) || strings.HasPrefix(sb, sa)) && abs(len(sa)-len(sb)) == 1 && abs(len(a)-len(b)) <= 2 && a[0] == b[0] {
		return true
	}
	return false
}

// koreanVariants are the romanisations of one Korean syllable or
// surname that spelling rules alone do not join (Revised, McCune–
// Reischauer and the spellings families chose): Lee/Yi/Rhee,
// Park/Pak/Bak, Jung/Jeong/Chung, woo/u.
var koreanVariants = func() map[string]string {
	m := map[string]string{}
	for _, group := range [][]string{{"lee", "yi", "rhee", "ri", "rhie"}, {"park", "pak", "bak"}, {"jung", "jeong", "chung", "cheong"},
		{"choi", "choe"}, {"kang", "gang"}, {"kong", "gong"}, {"shin", "sin"}, {"woo", "u", "wu"}, {"oh", "o"}, {"ryu", "yu", "yoo", "ryoo"},
		{"roh", "noh", "no"}, {"lim", "im", "rim"}, {"han", "hahn"}, {"kwon", "gwon"}, {"gu", "koo", "ku"}} {
		for _, v := range group {
			m[v] = group[0]
		}
	}
	return m
}()

// koreanSame reports two romanisations of one Korean name token, syllable
// by syllable ("Seung-woo" and "Seung-u").
func koreanSame(a, b string) bool {
	// Cheap refusals first: this runs for every pair of name tokens.
	ha, hb := strings.IndexByte(a, '-') >= 0, strings.IndexByte(b, '-') >= 0
	if ha != hb || !ha && (len(a) > 5 || len(b) > 5) {
		return false
	}
	if !ha {
		ka, oka := koreanVariants[a]
		kb, okb := koreanVariants[b]
		return oka && okb && ka == kb && a != b
	}
	pa, pb := strings.Split(a, "-"), strings.Split(b, "-")
	if len(pa) != len(pb) {
		return false
	}
	differ := false
	for i := range pa {
		ka, oka := koreanVariants[pa[i]]
		kb, okb := koreanVariants[pb[i]]
		switch {
		case pa[i] == pb[i]:
		case oka && okb && ka == kb:
			differ = true
		case oka != okb || len(pa[i]) < 2 || len(pb[i]) < 2 || skeletonToken(pa[i]) != skeletonToken(pb[i]):
			return false
		}
	}
	return differ
}

func equivalentInitial(a, b byte) bool {
	pair := string([]byte{a, b})
	switch pair {
	case "kq", "qk", "kc", "ck", "vw", "wv", "jy", "yj", "fp", "pf", "kx", "xk", "gh", "hg":
		return true
	}
	return false
}

func isVowelish(c byte) bool { return strings.IndexByte("aeiouy", c) >= 0 }

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

func allTokensMatch(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if !tokensMatch(a[i], b[i]) {
			return false
		}
	}
	return true
}

func variantReason(a, b []string) string {
	var diffs []string
	for i := range a {
		if a[i] != b[i] {
			diffs = append(diffs, a[i]+"/"+b[i])
		}
	}
	if len(diffs) == 0 {
		return "particles or hyphens"
	}
	return strings.Join(diffs, ", ")
}

// subsetMatch reports whether every token of short matches a distinct
// token of long, in order, and the last tokens (surnames) match.
func subsetMatch(short, long []string) bool {
	// A single token may be the family name written first (Kim of Kim
	// Min-jun, Xi of Xi Jinping).
	if len(short) == 1 && tokensMatch(short[0], long[0]) && isFamilyFirst(long) {
		return true
	}
	// The paternal surname of a Hispanic double surname: Quispe of María
	// Fernanda Quispe Huamán.
	if len(short) == 1 && len(long) >= 4 && tokensMatch(short[0], long[len(long)-2]) {
		return true
	}
	// A Chinese name with an English given name: Grace Lin of Grace Lin
	// Hsiao-wen, Kevin Yeung of Kevin Yeung Ka-ho.
	if len(short) >= 2 && len(long) == len(short)+1 && allTokensMatch(short, long[:len(short)]) {
		return true
	}
	if len(short) == 1 && len(long) >= 3 {
		for _, t := range long[1 : len(long)-1] {
			if tokensMatch(short[0], t) && len(short[0]) >= 3 {
				return true
			}
		}
	}
	// "Luis Fernández" of Luis Alberto Fernández Olivares: the given name
	// and the paternal surname of a double surname.
	if len(short) == 2 && len(long) >= 4 && tokensMatch(short[0], long[0]) && tokensMatch(short[1], long[len(long)-2]) {
		return true
	}
	if !tokensMatch(short[len(short)-1], long[len(long)-1]) {
		return false
	}
	j := 0
	for _, s := range short {
		found := false
		for j < len(long) {
			if tokensMatch(s, long[j]) {
				found = true
				j++
				break
			}
			j++
		}
		if !found {
			return false
		}
	}
	return true
}

// isFamilyFirst guesses whether a name is written family name first: a
// short first token followed by a hyphenated or short given name, as in
// East Asian names. It is only a tie-breaker for surname-only mentions.
func isFamilyFirst(tokens []string) bool {
	return len(tokens) >= 2 && len(tokens) <= 3 && len(tokens[0]) <= 6 && len(tokens[len(tokens)-1]) <= 10
}

// initialsFit reports whether a name with initials (A. K. Sharma, or
// A Sharma) fits a full one (Anil Kumar Sharma).
func initialsFit(a, b []string) bool {
	if len(a) < 2 || len(b) < 2 || !tokensMatch(a[len(a)-1], b[len(b)-1]) {
		return false
	}
	hasInitial := false
	ia := a[:len(a)-1]
	ib := b[:len(b)-1]
	// Initials may be written together: "AK Sharma".
	if len(ia) == 1 && len(ia[0]) <= 3 && len(ia[0]) == len(ib) && len(ib) > 1 {
		for i := range ib {
			if ia[0][i] != ib[i][0] {
				return false
			}
		}
		return true
	}
	if len(ia) > len(ib) {
		return false
	}
	for i := range ia {
		if len(ia[i]) == 1 {
			hasInitial = true
			if ia[i][0] != ib[i][0] {
				return false
			}
		} else if !tokensMatch(ia[i], ib[i]) {
			return false
		}
	}
	return hasInitial
}

// shortGiven reports a short form of a given name with the same surname:
// Fran Morales / Francisco Javier Morales.
func shortGiven(a, b []string) bool {
	if len(a) < 2 || len(b) < 2 || !tokensMatch(a[len(a)-1], b[len(b)-1]) {
		return false
	}
	if len(a[0]) >= 3 && len(a[0]) < len(b[0]) && strings.HasPrefix(b[0], a[0]) {
		return true
	}
	// West African short forms keep the end of the name: Tunde for
	// Babatunde, Kemi for Olukemi.
	return len(a[0]) >= 4 && len(a[0]) < len(b[0])-2 && strings.HasSuffix(b[0], a[0])
}

// isNameToken reports whether a token can be part of a proper name.
func isNameToken(t Token) bool {
	if t.Kind != TokWord {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t.Text)
	if unicode.IsUpper(r) {
		// "I'm Ruth Moyo": the pronoun's contractions are not a name.
		return !pronounI(t.Text)
	}
	// al-Hakim, bin-Rashid, d'Alembert, van der Molen: lower-case
	// particles glued to a capitalised part.
	if i := strings.IndexAny(t.Text, "-'’"); i > 0 && particles[strings.ToLower(t.Text[:i])] {
		rest := t.Text[i+1:]
		if i+1 < len(t.Text) {
			r2, _ := utf8.DecodeRuneInString(rest)
			return unicode.IsUpper(r2)
		}
	}
	return false
}

func pronounI(w string) bool {
	if len(w) < 3 || w[0] != 'I' {
		return false
	}
	rest := strings.TrimPrefix(strings.TrimPrefix(w[1:], "'"), "’")
	return len(rest) < len(w)-1 && (rest == "m" || rest == "ve" || rest == "ll" || rest == "d")
}

// EditDistance is the Levenshtein distance of a and b in runes, or
// limit+1 once it is known to exceed limit.
func EditDistance(a, b string, limit int) int {
	ra, rb := []rune(a), []rune(b)
	if d := len(ra) - len(rb); d > limit || -d > limit {
		return limit + 1
	}
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		rowMin := cur[0]
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			rowMin = min(rowMin, cur[j])
		}
		if rowMin > limit {
			return limit + 1
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

// SelfAcronyms returns the initials a page gives its own publisher:
// "hat das Eisenbahn-Bundesamt (EBA) heute …" names the EBA, initials no
// rule of English initials could derive.
func SelfAcronyms(text, publisher string) []string {
	if publisher == "" || len(publisher) > 120 {
		return nil
	}
	re, err := regexp.Compile(regexp.QuoteMeta(publisher) + `\s*\((\p{Lu}[\p{Lu}&]{1,7})\)`)
	if err != nil {
		return nil
	}
	var out []string
	for _, m := range re.FindAllStringSubmatch(text, 5) {
		if !slices.Contains(out, m[1]) {
			out = append(out, m[1])
		}
	}
	return out
}

// AcronymOf reports whether short abbreviates long: initials (AP,
// Associated Press; PMF, Popular Mobilization Forces) or a contraction of
// word beginnings (SOUTHCOM, Southern Command; Interpol).
func AcronymOf(short, long string) bool {
	s := strings.ToLower(strings.ReplaceAll(strings.ReplaceAll(short, ".", ""), " ", ""))
	if len(s) < 2 {
		return false
	}
	var words []string
	for _, w := range strings.Fields(strings.ToLower(StripDiacritics(long))) {
		w = strings.Trim(w, ".,'’\"()")
		if w == "" || w == "of" || w == "the" || w == "and" || w == "for" || w == "&" || w == "in" {
			continue
		}
		for _, part := range strings.Split(w, "-") {
			if part != "" && !particles[part] {
				words = append(words, part)
			}
		}
	}
	if len(words) < 2 {
		// A one-word name abbreviates to nothing but itself.
		return false
	}
	return contracts(s, words)
}

// contracts reports whether s is made of non-empty prefixes of the words,
// in order, every word used (U.S. Central Command may drop "U.S.").
func contracts(s string, words []string) bool {
	if s == "" {
		return len(words) == 0
	}
	if len(words) == 0 {
		return false
	}
	w := words[0]
	for n := min(len(w), len(s)); n >= 1; n-- {
		if s[:n] == w[:n] && contracts(s[n:], words[1:]) {
			return true
		}
	}
	// A leading qualifier may be left out ("U.S." of U.S. Central Command).
	if len(words) > 2 && len(w) <= 3 {
		return contracts(s, words[1:])
	}
	return false
}
