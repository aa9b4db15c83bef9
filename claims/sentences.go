package claims

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Sentence is a sentence of a document with its paragraph.
type Sentence struct {
	Span
	Para int
}

// Abbreviations that end with a dot inside a sentence. Titles never end a
// sentence; the others end one only before a word that plainly starts one.
var titleAbbrevs = setOf(`mr mrs ms dr prof gen maj col lt capt cpt sgt cpl pvt adm cmdr gov sen rep rev fr sr jr st
hon pres eng engr cllr mec supt insp det amb sec brig lieut messrs mmes mme mlle sra sr no nos vol art sec fig ch op pp p para
vs v etc approx est dept univ inc corp ltd co bros jan feb mar apr jun jul aug sep sept oct nov dec mt ft rs re`)

// Months and a few others end a sentence only when a capitalised
// sentence-starting word follows.
var weakAbbrevs = setOf(`inc corp ltd co bros etc jan feb mar apr jun jul aug sep sept oct nov dec`)

// SplitSentences splits a document text into sentences, paragraph by
// paragraph. It knows news prose: titles and abbreviations (Maj. Gen.,
// Dec. 25, U.S., a.k.a., No. 3, p.m.), initials (J. K.), decimals, and
// sentence ends inside closing quotation marks and brackets.
func SplitSentences(text string) []Sentence {
	var out []Sentence
	for pi, p := range Paragraphs(text) {
		for _, s := range splitParagraph(text, p) {
			for _, part := range capLength(text, s) {
				out = append(out, Sentence{Span: part, Para: pi})
			}
		}
	}
	return out
}

// maxSentence bounds a sentence: no prose sentence is this long, and a
// run-on text (a table flattened, a page without punctuation, a hostile
// input) must not make every per-sentence step quadratic.
const maxSentence = 1500

// capLength cuts an over-long sentence at white space into pieces of
// about a third of the bound.
func capLength(text string, s Span) []Span {
	if s.Len() <= maxSentence {
		return []Span{s}
	}
	var out []Span
	start := s.Start
	for s.End-start > maxSentence {
		cut := start + maxSentence/3
		for cut < s.End && !isSpaceByte(text[cut]) {
			cut++
		}
		if cut >= s.End {
			break
		}
		out = append(out, Span{start, cut})
		for cut < s.End && isSpaceByte(text[cut]) {
			cut++
		}
		start = cut
	}
	return append(out, Span{start, s.End})
}

func splitParagraph(text string, p Span) []Span {
	var out []Span
	start := p.Start
	i := p.Start
	for i < p.End {
		r, size := utf8.DecodeRuneInString(text[i:])
		if r != '.' && r != '!' && r != '?' && r != '…' {
			i += size
			continue
		}
		// A run of terminal marks ("?!", "...") counts once.
		j := i + size
		for j < p.End {
			n, nsize := utf8.DecodeRuneInString(text[j:])
			if n == '.' || n == '!' || n == '?' || n == '…' {
				j += nsize
				continue
			}
			break
		}
		// Closing quotes and brackets stay with the sentence they end.
		k := j
		for k < p.End {
			n, nsize := utf8.DecodeRuneInString(text[k:])
			if isCloseMark(n) {
				k += nsize
				continue
			}
			break
		}
		if k >= p.End {
			break
		}
		n, _ := utf8.DecodeRuneInString(text[k:])
		if !unicode.IsSpace(n) {
			i = j
			continue
		}
		if isBoundary(text, start, i, r, k, p.End) {
			s, e := trimSpan(text, start, k)
			if e > s {
				out = append(out, Span{s, e})
			}
			start = k
		}
		i = k
	}
	if s, e := trimSpan(text, start, p.End); e > s {
		out = append(out, Span{s, e})
	}
	return out
}

func isCloseMark(r rune) bool {
	switch r {
	case '"', '\'', '”', '’', '»', ')', ']', '›':
		return true
	}
	return false
}

func isOpenMark(r rune) bool {
	switch r {
	case '"', '\'', '“', '‘', '«', '(', '[', '„', '‹', '¿', '¡':
		return true
	}
	return false
}

// isBoundary decides whether the terminal mark r at text[at] ends the
// sentence that began at start; next is where the following word (after
// white space) may begin.
func isBoundary(text string, start, at int, r rune, next, end int) bool {
	// The next word, skipping white space and opening marks.
	k := next
	for k < end {
		n, size := utf8.DecodeRuneInString(text[k:])
		if unicode.IsSpace(n) || isOpenMark(n) || n == '—' || n == '-' {
			k += size
			continue
		}
		break
	}
	if k >= end {
		return true
	}
	nr, _ := utf8.DecodeRuneInString(text[k:])
	nextWord := text[k:wordEnd(text, k, end)]
	if r != '.' {
		// "?" and "!" end a sentence unless a lower-case attribution
		// follows ("Why now?" she asked).
		return !unicode.IsLower(nr)
	}
	// The word ending at the dot.
	ws := at
	for ws > start {
		p, size := utf8.DecodeLastRuneInString(text[:ws])
		if unicode.IsLetter(p) || unicode.IsDigit(p) || p == '.' || p == '\'' || p == '’' || p == '-' {
			ws -= size
			continue
		}
		break
	}
	word := text[ws:at]
	lw := strings.ToLower(strings.TrimRight(word, "."))
	if unicode.IsLower(nr) || unicode.IsDigit(nr) && isAbbrevWord(lw, word) {
		// Lower case after a dot is not a new sentence; a number after an
		// abbreviation (No. 3, Dec. 25) neither.
		return false
	}
	if !(unicode.IsUpper(nr) || unicode.IsDigit(nr) || unicode.IsLetter(nr)) {
		return true
	}
	switch {
	case word == "":
		return true
	case titleAbbrevs[lw] && !weakAbbrevs[lw]:
		return false
	case weakAbbrevs[lw]:
		return startsSentence(nextWord)
	case utf8.RuneCountInString(word) == 1 && unicode.IsUpper(firstRune(word)):
		// An initial: J. K. Rowling. A lone capital at a sentence end
		// ("Plan B.") is rare in news prose.
		return startsSentence(nextWord) && !isCapName(nextWord)
	case strings.Contains(word, ".") && isInitialism(strings.TrimSuffix(word, "."), 0, len(strings.TrimSuffix(word, "."))):
		// U.S., a.k.a., p.m.: a sentence ends here only before a word that
		// plainly begins one.
		if lw == "aka" || strings.EqualFold(strings.TrimSuffix(word, "."), "a.k.a") {
			return false
		}
		return startsSentence(nextWord)
	}
	return true
}

func isAbbrevWord(lw, word string) bool {
	return titleAbbrevs[lw] || strings.Contains(strings.TrimSuffix(word, "."), ".")
}

func wordEnd(text string, i, end int) int {
	for i < end {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'' || r == '’' || r == '-') {
			break
		}
		i += size
	}
	return i
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// startsSentence reports whether a capitalised word commonly opens a
// sentence (a pronoun, an article, a conjunction) rather than continuing a
// name.
func startsSentence(w string) bool {
	return functionWords[strings.ToLower(w)] || sentenceOpeners[strings.ToLower(w)]
}

func isCapName(w string) bool {
	return w != "" && unicode.IsUpper(firstRune(w)) && !startsSentence(w)
}

var sentenceOpeners = setOf(`it's its he's she's they're we're i'm there's that's officials police witnesses authorities
residents troops forces earlier later today yesterday tomorrow last next on in at the a an`)
