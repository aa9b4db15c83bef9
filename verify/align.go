package verify

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/provenance-audit/provenance/claims"
)

// word is a token of a text compared word by word: its normalised form
// and its span in the text.
type word struct {
	norm string
	span claims.Span
	// wild marks a [bracketed insertion] that stands for any few words;
	// gap marks an ellipsis that stands for any number.
	wild, gap bool
}

var numberWords = map[string]string{
	"zero": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9",
	"ten": "10", "eleven": "11", "twelve": "12", "thirteen": "13", "fourteen": "14", "fifteen": "15", "sixteen": "16", "seventeen": "17",
	"eighteen": "18", "nineteen": "19", "twenty": "20", "thirty": "30", "forty": "40", "fifty": "50", "hundred": "100",
}

var wordMarks = strings.NewReplacer("’", "'", "‘", "'", "‑", "-", "–", "-")

// normWord folds a word for comparison: case, diacritics, apostrophes,
// number words, and British/American spelling.
func normWord(w string) string {
	w = strings.ToLower(w)
	w = wordMarks.Replace(w)
	w = claims.StripDiacritics(w)
	w = strings.ReplaceAll(w, ",", "")
	if d, ok := numberWords[w]; ok {
		return d
	}
	return americanise(w)
}

// americanise maps common British spellings to American ones so that a
// quotation copied between outlets of either style compares equal.
func americanise(w string) string {
	if len(w) < 5 {
		return w
	}
	switch {
	case strings.HasSuffix(w, "isation") || strings.HasSuffix(w, "isations"):
		w = strings.Replace(w, "isation", "ization", 1)
	case strings.HasSuffix(w, "ise") || strings.HasSuffix(w, "ised") || strings.HasSuffix(w, "ises") || strings.HasSuffix(w, "ising"):
		if i := strings.LastIndex(w, "is"); i > 2 {
			w = w[:i] + "iz" + w[i+2:]
		}
	case strings.HasSuffix(w, "yse") || strings.HasSuffix(w, "ysed") || strings.HasSuffix(w, "ysing"):
		if i := strings.LastIndex(w, "ys"); i > 2 {
			w = w[:i] + "yz" + w[i+2:]
		}
	}
	for _, p := range [][2]string{{"colour", "color"}, {"favour", "favor"}, {"honour", "honor"}, {"labour", "labor"}, {"neighbour", "neighbor"},
		{"behaviour", "behavior"}, {"harbour", "harbor"}, {"rumour", "rumor"}, {"vigour", "vigor"}, {"endeavour", "endeavor"}, {"armour", "armor"},
		{"centre", "center"}, {"theatre", "theater"}, {"metre", "meter"}, {"litre", "liter"}, {"fibre", "fiber"}, {"defence", "defense"},
		{"offence", "offense"}, {"licence", "license"}, {"travell", "travel"}, {"cancell", "cancel"}, {"modell", "model"}, {"fuell", "fuel"},
		{"programme", "program"}, {"catalogue", "catalog"}, {"dialogue", "dialog"}, {"analogue", "analog"}, {"judgement", "judgment"},
		{"ageing", "aging"}, {"grey", "gray"}, {"tyre", "tire"}, {"kerb", "curb"}, {"cheque", "check"}, {"manoeuvr", "maneuver"}, {"paediatric", "pediatric"},
		{"oestrogen", "estrogen"}, {"foetus", "fetus"}, {"anaesthe", "anesthe"}, {"haemo", "hemo"}, {"enrol", "enroll"}, {"fulfil", "fulfill"}} {
		if strings.HasPrefix(w, p[0]) {
			return p[1] + w[len(p[0]):]
		}
	}
	return w
}

// quoteWords tokenises quoted words, keeping ellipses as gaps and
// [bracketed insertions] as wildcards.
func quoteWords(text string) []word {
	var out []word
	i := 0
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == '[':
			j := strings.IndexByte(text[i:], ']')
			if j < 0 {
				j = len(text) - i - 1
			}
			out = append(out, word{norm: "[" + text[i+1:i+j] + "]", span: claims.Span{Start: i, End: i + j + 1}, wild: true})
			i += j + 1
			continue
		case r == '…' || r == '.' && strings.HasPrefix(text[i:], "..."):
			n := size
			if r == '.' {
				n = 3
			}
			out = append(out, word{span: claims.Span{Start: i, End: i + n}, gap: true})
			i += n
			continue
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			j := i
			for j < len(text) {
				r2, s2 := utf8.DecodeRuneInString(text[j:])
				if unicode.IsLetter(r2) || unicode.IsDigit(r2) || unicode.Is(unicode.Mn, r2) {
					j += s2
					continue
				}
				if (r2 == '\'' || r2 == '’' || r2 == '-' || r2 == ',' || r2 == '.') && j+s2 < len(text) {
					n, _ := utf8.DecodeRuneInString(text[j+s2:])
					prev, _ := utf8.DecodeLastRuneInString(text[:j])
					if unicode.IsLetter(n) && r2 != ',' && r2 != '.' || unicode.IsDigit(n) && unicode.IsDigit(prev) && (r2 == ',' || r2 == '.') {
						j += s2
						continue
					}
				}
				break
			}
			out = append(out, word{norm: normWord(text[i:j]), span: claims.Span{Start: i, End: j}})
			i = j
			continue
		}
		i += size
	}
	return out
}

// textWords tokenises a source text for alignment.
func textWords(text string) []word {
	ws := quoteWords(text)
	out := ws[:0]
	for _, w := range ws {
		// A source's own brackets and ellipses are its words.
		if w.wild || w.gap {
			continue
		}
		out = append(out, w)
	}
	return out
}

// alignment is how a quotation lies in a source text.
type alignment struct {
	// Start, End: span of the matched words in the source text.
	Start, End int
	// Edits: words changed, added or dropped (outside brackets and
	// ellipses); Matched: words equal.
	Edits, Matched int
	// QuoteDiff and SourceDiff are the differing words' spans in the
	// quote and in the source.
	QuoteDiff  []claims.Span
	SourceDiff []claims.Span
	// Negation is set when a negation word differs; Number when a number
	// does.
	Negation, Number bool
	QuoteWords       int
}

// Exact reports whether the quote matches word for word.
func (a alignment) Exact() bool { return a.Edits == 0 && a.Matched > 0 }

var negations = map[string]bool{"not": true, "no": true, "never": true, "n't": true, "nothing": true, "none": true, "nobody": true, "neither": true, "nor": true, "cannot": true,
	"don't": true, "doesn't": true, "didn't": true, "won't": true, "wouldn't": true, "can't": true, "couldn't": true, "shouldn't": true, "isn't": true,
	"aren't": true, "wasn't": true, "weren't": true, "haven't": true, "hasn't": true, "hadn't": true, "without": true}

// align finds the best placement of quote q in source words src, each
// ellipsis-separated segment in order, brackets matching any 0–8 words.
// It returns ok=false when too little of the quote is found.
func align(q []word, src []word) (alignment, bool) {
	q, src = joinCompounds(q, src), joinCompounds(src, q)
	var segs [][]word
	cur := []word{}
	for _, w := range q {
		if w.gap {
			if len(cur) > 0 {
				segs = append(segs, cur)
			}
			cur = []word{}
			continue
		}
		cur = append(cur, w)
	}
	if len(cur) > 0 {
		segs = append(segs, cur)
	}
	var res alignment
	from := 0
	first := true
	for _, seg := range segs {
		a, end, ok := alignSegment(seg, src, from)
		if !ok {
			return res, false
		}
		if first {
			res.Start = a.Start
			first = false
		}
		res.End = a.End
		res.Edits += a.Edits
		res.Matched += a.Matched
		res.QuoteDiff = append(res.QuoteDiff, a.QuoteDiff...)
		res.SourceDiff = append(res.SourceDiff, a.SourceDiff...)
		res.Negation = res.Negation || a.Negation
		res.Number = res.Number || a.Number
		res.QuoteWords += a.QuoteWords
		from = end
	}
	return res, res.Matched > 0
}

// joinCompounds joins two neighbouring words of ws that the other text
// writes as one ("Black Nettle" for "BlackNettle", "per cent" for
// "percent"): one word, spelt two ways, is no change of words.
func joinCompounds(ws, other []word) []word {
	single := map[string]bool{}
	for _, w := range other {
		if !w.gap && !w.wild && len(w.norm) >= 5 {
			single[w.norm] = true
		}
	}
	var out []word
	for i := 0; i < len(ws); i++ {
		w := ws[i]
		// Not "no body"/"nobody", "may be"/"maybe", "a part"/"apart":
		// joined after a small word, two words mean something else.
		if i+1 < len(ws) && !w.gap && !w.wild && !ws[i+1].gap && !ws[i+1].wild && single[w.norm+ws[i+1].norm] && !single[w.norm] && !single[ws[i+1].norm] && !notJoined[w.norm] {
			w.norm += ws[i+1].norm
			w.span.End = ws[i+1].span.End
			i++
		}
		out = append(out, w)
	}
	return out
}

// notJoined are words that make another word with the next one: "no
// body", "any way", "may be", "a part", "every day", "some time".
var notJoined = map[string]bool{"a": true, "an": true, "no": true, "any": true, "may": true, "every": true, "some": true, "in": true, "on": true,
	"all": true, "out": true, "over": true, "under": true, "for": true, "be": true, "can": true, "with": true, "at": true, "up": true, "down": true}

// alignSegment aligns one contiguous run of quoted words semi-globally:
// free start and end in the source, edit costs inside.
func alignSegment(q []word, src []word, from int) (alignment, int, bool) {
	n := 0
	for _, w := range q {
		if !w.wild {
			n++
		}
	}
	if n == 0 {
		return alignment{}, from, true
	}
	m := len(src) - from
	if m <= 0 {
		return alignment{}, from, false
	}
	// dp[i][j]: cost of aligning q[:i] ending at src[from+j-1].
	const inf = 1 << 30
	cols := m + 1
	dp := make([]int32, (len(q)+1)*cols)
	// gaps counts the words added or dropped on the best path: at equal
	// cost a changed word beats one added, so that "by helicopter"
	// against "by boat" shows "boat" (the ends are free, so an added
	// last word costs what a changed one does).
	gaps := make([]int32, (len(q)+1)*cols)
	back := make([]uint8, (len(q)+1)*cols) // 0 diag, 1 up (quote word extra), 2 left (source word dropped), 3 wild span
	wildLen := make([]uint8, (len(q)+1)*cols)
	at := func(i, j int) int { return i*cols + j }
	for j := 0; j <= m; j++ {
		dp[at(0, j)] = 0
	}
	for i := 1; i <= len(q); i++ {
		dp[at(i, 0)] = dp[at(i-1, 0)] + 1
		gaps[at(i, 0)] = gaps[at(i-1, 0)] + 1
		back[at(i, 0)] = 1
		if q[i-1].wild {
			dp[at(i, 0)] = dp[at(i-1, 0)]
			gaps[at(i, 0)] = gaps[at(i-1, 0)]
			back[at(i, 0)] = 3
		}
		for j := 1; j <= m; j++ {
			best, bestG := int32(inf), int32(inf)
			var bk, wl uint8
			better := func(c, g int32) bool { return c < best || c == best && g < bestG }
			if q[i-1].wild {
				// A bracket stands for 0..8 source words at no cost.
				for k := 0; k <= 8 && k <= j; k++ {
					if c, g := dp[at(i-1, j-k)], gaps[at(i-1, j-k)]; better(c, g) {
						best, bestG, bk, wl = c, g, 3, uint8(k)
					}
				}
			} else {
				cost := int32(1)
				if q[i-1].norm == src[from+j-1].norm {
					cost = 0
				}
				if c, g := dp[at(i-1, j-1)]+cost, gaps[at(i-1, j-1)]; better(c, g) {
					best, bestG, bk = c, g, 0
				}
				if c, g := dp[at(i-1, j)]+1, gaps[at(i-1, j)]+1; better(c, g) {
					best, bestG, bk = c, g, 1
				}
				if c, g := dp[at(i, j-1)]+1, gaps[at(i, j-1)]+1; better(c, g) && i > 0 {
					best, bestG, bk = c, g, 2
				}
			}
			dp[at(i, j)] = best
			gaps[at(i, j)] = bestG
			back[at(i, j)] = bk
			wildLen[at(i, j)] = wl
		}
	}
	// Best end column.
	bestJ, bestC, bestG := 0, int32(inf), int32(inf)
	for j := 1; j <= m; j++ {
		if c, g := dp[at(len(q), j)], gaps[at(len(q), j)]; c < bestC || c == bestC && g < bestG {
			bestC, bestG, bestJ = c, g, j
		}
	}
	// Too different to be the same quotation.
	if int(bestC)*10 > n*4 || n-int(bestC) < 2 && n > 2 {
		return alignment{}, from, false
	}
	var a alignment
	a.QuoteWords = n
	i, j := len(q), bestJ
	endJ := bestJ
	startJ := bestJ
	for i > 0 {
		switch back[at(i, j)] {
		case 0:
			if q[i-1].norm == src[from+j-1].norm {
				a.Matched++
			} else {
				a.Edits++
				a.QuoteDiff = append(a.QuoteDiff, q[i-1].span)
				a.SourceDiff = append(a.SourceDiff, src[from+j-1].span)
				noteKind(&a, q[i-1].norm, src[from+j-1].norm)
			}
			startJ = j - 1
			i--
			j--
		case 1:
			a.Edits++
			a.QuoteDiff = append(a.QuoteDiff, q[i-1].span)
			noteKind(&a, q[i-1].norm, "")
			i--
		case 2:
			a.Edits++
			a.SourceDiff = append(a.SourceDiff, src[from+j-1].span)
			noteKind(&a, "", src[from+j-1].norm)
			startJ = j - 1
			j--
		case 3:
			k := int(wildLen[at(i, j)])
			if k > 0 {
				startJ = j - k
			}
			j -= k
			i--
		}
	}
	a.Start = src[from+startJ].span.Start
	a.End = src[from+endJ-1].span.End
	reverseSpans(a.QuoteDiff)
	reverseSpans(a.SourceDiff)
	return a, from + endJ, true
}

func noteKind(a *alignment, q, s string) {
	if negations[q] || negations[s] {
		a.Negation = true
	}
	if isNumeric(q) || isNumeric(s) {
		a.Number = true
	}
}

func isNumeric(w string) bool {
	if w == "" {
		return false
	}
	for _, r := range w {
		if !unicode.IsDigit(r) && r != '.' && r != ',' {
			return false
		}
	}
	return true
}

func reverseSpans(s []claims.Span) {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
}
