package claims

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// nestedQuotes reads quotations inside quotations: the other kind of
// mark inside a quotation ("“… Whetu told us, ‘Hit it to the short
// side,’ and …”", or double marks inside single ones in British style).
// Only those whose speaker the outer quotation names right before them
// are kept: a name with a verb of saying ("Whetu told us,"), or the
// outer speaker's own "I said," or "telling myself,"; the rest are the
// outer speaker's words as they stand.
func (a *Analysis) nestedQuotes() {
	var added []Quote
	for _, q := range a.Quotes {
		if q.Transcript || q.Outer.End <= q.Outer.Start {
			continue
		}
		outer, _ := utf8.DecodeRuneInString(a.Text[q.Outer.Start:])
		for _, pair := range innerMarks[outer] {
			added = a.nestedIn(q, pair[0], pair[1], added)
		}
	}
	if len(added) == 0 {
		return
	}
	a.Quotes = append(a.Quotes, added...)
	slices.SortStableFunc(a.Quotes, func(x, y Quote) int { return x.Outer.Start - y.Outer.Start })
}

// innerMarks are the marks a quotation inside a quotation opened by each
// mark is written with: ‘…’ inside “…” in English, the reverse in British
// style, «…» inside „…” in Polish, and “…” or ‹…› inside «…».
var innerMarks = map[rune][][2]rune{
	'“': {{'‘', '’'}}, '"': {{'‘', '’'}}, '‘': {{'“', '”'}}, '\'': {{'“', '”'}},
	'„': {{'«', '»'}, {'‚', '‘'}}, '«': {{'“', '”'}, {'‹', '›'}},
}

// nestedIn adds to added the quotations inside q written with open and
// close whose speaker q names right before them.
func (a *Analysis) nestedIn(q Quote, open, close rune, added []Quote) []Quote {
	for i := q.Span.Start; i < q.Span.End; {
		r, size := utf8.DecodeRuneInString(a.Text[i:])
		if r != open || i > q.Span.Start && !boundaryBefore(a.Text, i) {
			i += size
			continue
		}
		start := i + size
		end := closingMark(a.Text, start, q.Span.End, close)
		if end < 0 {
			break
		}
		if words := strings.Fields(a.Text[start:end]); len(words) >= 2 {
			if name, e := a.nestedSpeaker(q, i); name != "" {
				added = append(added, Quote{Span: Span{start, end}, Outer: Span{i, end + utf8.RuneLen(close)}, Text: a.Text[start:end],
					Speaker: name, SpeakerEntity: e, Sentence: a.sentenceAt(start), Partial: true})
			}
		}
		i = end + utf8.RuneLen(close)
	}
	return added
}

// boundaryBefore reports a space or an opening punctuation before i.
func boundaryBefore(text string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return unicode.IsSpace(r) || r == '(' || r == '[' || r == ':' || r == ','
}

// closingMark finds the closing mark from start, before limit. A closing
// single mark is one that also ends a clause, "…,’" or "’," or at the
// end: "that’s", "the players’ job", "rock ’n’ roll" and "the ’90s" are
// apostrophes.
func closingMark(text string, start, limit int, close rune) int {
	for j := start; j < limit; {
		r, size := utf8.DecodeRuneInString(text[j:])
		if r == close {
			prev, _ := utf8.DecodeLastRuneInString(text[:j])
			next, _ := utf8.DecodeRuneInString(text[j+size:])
			end := j+size >= limit || strings.ContainsRune(",.;:!?)—–", next)
			if close != '’' && (j+size >= len(text) || !unicode.IsLetter(next)) ||
				close == '’' && (strings.ContainsRune(",.!?", prev) || end) && !unicode.IsSpace(prev) {
				return j
			}
		}
		j += size
	}
	return -1
}

// nestedSaying is a verb of saying, with its listener, right before an
// inner quotation: "told us,", "said,", "kept telling myself,".
var nestedSaying = regexp.MustCompile(`(?i)\b(told|tells|telling|said|says|shouted|yelled|asked|replied|wrote|warned|answered|texted|chanted|say it\s+with me)(?:\s+(us|me|them|him|her|myself|ourselves|back))?(?:\s+in (?:one|a|his|her|a single) (?:line|word|message|text|sentence|note))?\s*[,:]?\s*$`)

// nestedSpeaker is who says an inner quotation that opens at pos inside q.
func (a *Analysis) nestedSpeaker(q Quote, pos int) (string, *Entity) {
	before := a.Text[max(q.Span.Start, pos-80):pos]
	m := nestedSaying.FindStringSubmatchIndex(before)
	if m == nil {
		return "", nil
	}
	listener := ""
	if m[4] >= 0 {
		listener = strings.ToLower(before[m[4]:m[5]])
	}
	subject := strings.TrimSpace(before[:m[2]])
	ls := " " + strings.ToLower(subject)
	// "I said,", "I just kept telling myself,", "We said,": the outer
	// speaker.
	// "Say it with me:": the outer speaker's own words to be chanted.
	if strings.HasPrefix(strings.ToLower(before[m[2]:m[3]]), "say it") {
		if q.Speaker != "" {
			return q.Speaker, q.SpeakerEntity
		}
		return "", nil
	}
	if listener == "myself" || listener == "ourselves" || strings.HasSuffix(ls, " i") || strings.HasSuffix(ls, " we") || strings.HasSuffix(ls, " i just kept") {
		if q.Speaker != "" {
			return q.Speaker, q.SpeakerEntity
		}
		return "", nil
	}
	// "Whetu told us,": a person named right before the verb, as its
	// subject, opening its clause; not "the officer who arrested Ahmed
	// told us" or "a cousin of Ahmed said".
	end := pos - len(before) + m[2]
	for end > 0 && a.Text[end-1] == ' ' {
		end--
	}
	mn := a.mentionEndingAt(end)
	if mn == nil || mn.Entity == nil || mn.Entity.Kind != Person {
		return "", nil
	}
	lead := strings.TrimSpace(a.Text[max(q.Span.Start, mn.Start-12):mn.Start])
	lw := strings.Fields(strings.ToLower(lead))
	opens := mn.Start <= q.Span.Start || lead == "" || strings.ContainsAny(lead[len(lead)-1:], ",.;:“‘\"") ||
		len(lw) > 0 && (lw[len(lw)-1] == "and" || lw[len(lw)-1] == "but" || lw[len(lw)-1] == "then" || lw[len(lw)-1] == "when")
	if !opens {
		return "", nil
	}
	return mn.Entity.Name, mn.Entity
}
