package claims

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Quote is a direct quotation in a document.
type Quote struct {
	// Span covers the quoted words, without the quotation marks; Outer
	// includes them.
	Span  Span
	Outer Span
	Text  string
	// Speaker is the fullest form of the speaker's name or description;
	// SpeakerEntity the entity when it is a named one.
	Speaker       string
	SpeakerEntity *Entity
	// AttributedTo is the outlet or intermediary the story credits
	// ("told the AP" → AP).
	AttributedTo string
	// Document is the document the story says the words are in ("said in
	// a statement").
	Document string
	Sentence int
	// Partial is set for a quote inside a sentence of the writer's.
	Partial bool
	// Continues is set when the quote continues the previous one (after an
	// interruption by the attribution, or into a new paragraph).
	Continues bool
	// OpenEnded is set when the paragraph ends before the closing mark.
	OpenEnded bool
	// Transcript is set for a speaker turn of a transcript.
	Transcript bool
	// Direct is set when the quotation's own sentence names its speaker
	// (not a pronoun, a description or the previous quotation's).
	Direct bool
}

type quoteMark struct {
	pos, size int
	r         rune
}

type openMark struct {
	m      quoteMark
	double bool
}

// findQuoteSpans returns the outermost quoted spans of a paragraph.
func findQuoteSpans(text string, p Span) []Quote {
	var out []Quote
	var stack []openMark
	closeAt := func(k int, m quoteMark) {
		o := stack[k]
		stack = stack[:k]
		if len(stack) == 0 {
			out = append(out, newQuote(text, o.m, m))
		}
	}
	i := p.Start
	for i < p.End {
		r, size := utf8.DecodeRuneInString(text[i:])
		m := quoteMark{i, size, r}
		prev := ' '
		if i > p.Start {
			prev, _ = utf8.DecodeLastRuneInString(text[p.Start:i])
		}
		next := ' '
		if i+size < p.End {
			next, _ = utf8.DecodeRuneInString(text[i+size:])
		}
		i += size
		switch r {
		case '“', '„':
			stack = append(stack, openMark{m, true})
		case '«':
			if k := lastOf(stack, '»'); k >= 0 {
				closeAt(k, m) // German »…«
				continue
			}
			stack = append(stack, openMark{m, true})
		case '»':
			if k := lastOf(stack, '«'); k >= 0 {
				closeAt(k, m)
				continue
			}
			if isOpeningContext(prev) {
				stack = append(stack, openMark{m, true})
			}
		case '”':
			if k := lastDouble(stack); k >= 0 {
				closeAt(k, m)
			} else if isOpeningContext(prev) && !isClosingContext(next) {
				// A closing mark typed as an opening one.
				stack = append(stack, openMark{m, true})
			}
		case '"':
			k := lastDouble(stack)
			opening := isOpeningContext(prev) && !unicode.IsSpace(next)
			closing := isClosingContext(next) || !isOpeningContext(prev)
			switch {
			case k >= 0 && (closing || !opening):
				closeAt(k, m)
			case opening || k < 0 && !unicode.IsSpace(next):
				stack = append(stack, openMark{m, true})
			}
		case '‘', '\'', '’', '‚', '‹', '›':
			letterBefore := unicode.IsLetter(prev) || unicode.IsDigit(prev)
			letterAfter := unicode.IsLetter(next) || unicode.IsDigit(next)
			if letterBefore && letterAfter {
				continue // an apostrophe: don't, O'Brien, Kenya’s
			}
			k := lastSingle(stack)
			// "“It was an attempt to mislead voters,’’ Will Moy … told":
			// two closing singles typed for a closing double.
			if (r == '’' || r == '\'') && next == r && k < 0 && !isOpeningContext(prev) {
				if d := lastDouble(stack); d >= 0 {
					closeAt(d, quoteMark{m.pos, 2 * size, r})
					i += size
					continue
				}
			}
			canOpen := (r == '‘' || r == '\'' || r == '‚' || r == '‹') && isOpeningContext(prev) && letterAfterOrMark(next)
			canClose := (r == '’' || r == '\'' || r == '›') && !isOpeningContext(prev) && (isClosingContext(next) || next == '”' || next == '"')
			// 'He told me, "Mama, …,"' she says: the single closes right
			// after the double nested in it has closed.
			if (r == '’' || r == '\'') && (prev == '"' || prev == '”') && k >= 0 && k == len(stack)-1 && isClosingContext(next) {
				canClose = true
			}
			switch {
			case canClose && k >= 0:
				closeAt(k, m)
			case canOpen && (r != '\'' || len(stack) > 0 || opensSingleQuote(text, i, p.End)):
				// A straight ' opens a quote only inside a double quote or
				// when a closing one follows: otherwise it is the
				// apostrophe of rock 'n' roll or the '90s.
				stack = append(stack, openMark{m, false})
			}
		}
	}
	if len(stack) > 0 {
		o := stack[0]
		if o.double || o.m.r == '‘' || o.m.r == '\'' {
			s, e := trimSpan(text, o.m.pos+o.m.size, p.End)
			if e > s {
				out = append(out, Quote{Outer: Span{o.m.pos, p.End}, Span: Span{s, e}, Text: text[s:e], OpenEnded: true})
			}
		}
	}
	return out
}

func lastOf(stack []openMark, r rune) int {
	for k := len(stack) - 1; k >= 0; k-- {
		if stack[k].m.r == r {
			return k
		}
	}
	return -1
}

func lastDouble(stack []openMark) int {
	for k := len(stack) - 1; k >= 0; k-- {
		if stack[k].double {
			return k
		}
	}
	return -1
}

func lastSingle(stack []openMark) int {
	for k := len(stack) - 1; k >= 0; k-- {
		if !stack[k].double {
			return k
		}
	}
	return -1
}

func newQuote(text string, o, c quoteMark) Quote {
	s, e := trimSpan(text, o.pos+o.size, c.pos)
	return Quote{Outer: Span{o.pos, c.pos + c.size}, Span: Span{s, e}, Text: text[s:e]}
}

func isOpeningContext(prev rune) bool {
	return unicode.IsSpace(prev) || prev == '(' || prev == '[' || prev == '—' || prev == '–' || prev == '-' ||
		prev == ':' || prev == '“' || prev == '"' || prev == '‘' || prev == '«' || prev == '/' || prev == '„'
}

func isClosingContext(next rune) bool {
	return unicode.IsSpace(next) || unicode.IsPunct(next) && next != '(' && next != '[' && next != '“' && next != '‘'
}

func letterAfterOrMark(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '“' || r == '"' || r == '.' || r == '…' || r == '['
}

// opensSingleQuote reports whether a straight ' at i-1 is answered by a
// closing ' before the paragraph ends.
func opensSingleQuote(text string, i, end int) bool {
	for j := i; j < end; {
		r, size := utf8.DecodeRuneInString(text[j:])
		if r == '\'' || r == '’' {
			prev, _ := utf8.DecodeLastRuneInString(text[:j])
			next := ' '
			if j+size < end {
				next, _ = utf8.DecodeRuneInString(text[j+size:])
			}
			if !(unicode.IsLetter(prev) && unicode.IsLetter(next)) && isClosingContext(next) && !unicode.IsSpace(prev) {
				return true
			}
		}
		j += size
	}
	return false
}

// quoteKind classifies a quoted span: real quotation, or a name, a title
// or a scare-quoted term.
func isRealQuote(text string, q Quote, sent Span) bool {
	words := Tokenize(q.Text)
	nw := 0
	caps := 0
	for _, t := range words {
		if t.Kind != TokPunct {
			nw++
			if t.IsCap() || t.Kind == TokNum {
				caps++
			}
		}
	}
	if nw == 0 {
		return false
	}
	before := strings.ToLower(lastWords(text[sent.Start:q.Outer.Start], 3))
	for _, cue := range nameCues {
		if strings.HasSuffix(before, cue) {
			return false
		}
	}
	// A short capitalised run is a name or a title: "Abu Karim",
	// "Operation Prosperity Guardian", the programme in "on HBC's
	// “Newsline Interview,”" (the comma is the sentence's).
	if nw <= 4 && caps == nw && !strings.ContainsAny(strings.TrimRight(q.Text, ",. "), ".!?,") {
		if strings.HasSuffix(before, "'s") || strings.HasSuffix(before, "’s") {
			return false
		}
		return hasSpeechCue(text[sent.Start:sent.End]) && nw >= 3 && !endsWithNameCue(before)
	}
	if nw <= 2 {
		// One or two words: a quotation only where someone is said to
		// have used them.
		return hasSpeechCue(text[sent.Start:sent.End]) || strings.ContainsAny(q.Text, ",.!?")
	}
	return true
}

func endsWithNameCue(before string) bool {
	for _, cue := range nameCues {
		if strings.HasSuffix(before, cue) {
			return true
		}
	}
	return false
}

var nameCues = []string{"calls itself", "calls itself the", "call themselves", "call themselves the", "calls himself", "calls herself", "known as", "nicknamed", "dubbed", "a.k.a", "a.k.a.", "aka", "alias", "codenamed", "code-named",
	"titled", "entitled", "named", "called it", "so-called", "nom de guerre", "call sign", "callsign", "operation", "hashtag", "slogan", "banner", "motto", "brand", "the word", "the term", "the phrase"}

func lastWords(s string, n int) string {
	f := strings.Fields(s)
	if len(f) > n {
		f = f[len(f)-n:]
	}
	return strings.TrimRight(strings.Join(f, " "), ",: ")
}

// hasSpeechCue reports whether a sentence says someone spoke or wrote.
func hasSpeechCue(s string) bool {
	for _, t := range Tokenize(s) {
		if t.Kind == TokWord && speechVerbs[t.Lower()] {
			return true
		}
	}
	return strings.Contains(strings.ToLower(s), "according to")
}
