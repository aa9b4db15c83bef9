package claims

import (
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	dps "github.com/markusmobius/go-dateparser"
)

// Analyzer reads documents. It holds what is costly to load once (the
// date parser's locale data); one Analyzer serves many goroutines.
type Analyzer struct {
	dateMu sync.Mutex
	dates  *dps.Parser
}

// NewAnalyzer returns an Analyzer.
func NewAnalyzer() *Analyzer {
	return &Analyzer{dates: &dps.Parser{}}
}

// Analysis is what a document says: its sentences, quotes, figures,
// entities, dates and attributed statements.
type Analysis struct {
	Text      string
	Published time.Time
	cited     []Link
	// firstProse is one more than the index of the first paragraph that
	// is no heading (0 until read).
	firstProse int
	Paras      []Span
	Sentences  []Sentence
	// Tokens holds the tokens of each sentence.
	Tokens     [][]Token
	Quotes     []Quote
	Figures    []Figure
	Entities   []*Entity
	Dates      []DateMention
	Statements []Attribution
	// Outlets are publisher names known to the caller (the cited
	// sources'), so that "told X" can tell an outlet from a person.
	Outlets []string

	chunks []nameChunk

	// Lookups built once, so that reading stays linear on long or hostile
	// texts: mentions by where they start and end, the entities quoted.
	mentionStart map[int]*Mention
	mentionEnd   map[int]*Mention
	quoted       map[*Entity]bool
	genders      map[*Entity]byte
	// givenNames caches givenNameOf by surname: a transcript asks for
	// the same label at every turn.
	givenNames map[string]string
	// outletNames memoizes isOutletName: a story checked against many
	// sources asks about the same names against every publisher.
	outletNames map[string]bool
}

// appositiveRoles records the role given with a person's name: "Maria
// Sosa, a widow in her seventies," gives her "a widow in her seventies",
// so that "the widow said" can be hers.
func (a *Analysis) appositiveRoles() {
	for _, e := range a.Entities {
		if e.Kind != Person {
			continue
		}
		for _, m := range e.Mentions {
			rest := a.Text[m.End:min(len(a.Text), m.End+160)]
			if !strings.HasPrefix(rest, ", ") {
				continue
			}
			rest = rest[2:]
			end := strings.IndexAny(rest, ",.;:“\"(")
			// An appositive is closed by a comma: "X, a widow, said".
			if end < 0 || rest[end] != ',' {
				continue
			}
			role := rest[:end]
			f := strings.Fields(role)
			if len(f) < 2 || len(f) > 14 {
				continue
			}
			switch strings.ToLower(f[0]) {
			case "a", "an", "the", "who", "whose":
				e.addTitle(role)
			default:
				if strings.HasSuffix(f[0], "'s") || strings.HasSuffix(f[0], "’s") {
					e.addTitle(role)
				}
			}
		}
	}
}

// index builds the lookups over entities.
func (a *Analysis) index() {
	a.mentionStart = map[int]*Mention{}
	a.mentionEnd = map[int]*Mention{}
	a.quoted = map[*Entity]bool{}
	a.genders = map[*Entity]byte{}
	for _, e := range a.Entities {
		for i := range e.Mentions {
			m := &e.Mentions[i]
			a.mentionStart[m.Start] = m
			a.mentionEnd[m.End] = m
		}
	}
}

// Attribution is a statement the story credits to an outlet or a body
// ("according to Reuters, …", "The AP reported that …").
type Attribution struct {
	Span   Span
	Text   string
	Outlet string
	// Document is the document credited instead of an outlet ("the
	// company's statement", "a news release").
	Document string
	Speaker  string
	Sentence int
	// Clause, when set, is the part of the sentence the credit covers (the
	// clause that holds a link): the figures and dates the source must
	// give are those in it.
	Clause Span
	// Link, when set, is the link to a cited page in an earlier sentence
	// whose credit this statement continues ("…, the delegation said"
	// after "The regional delegation said in a [statement] …").
	Link Span
}

// Options tune an analysis.
type Options struct {
	// Published anchors relative dates ("Thursday", "yesterday").
	Published time.Time
	// Outlets are names of publishers the story may credit.
	Outlets []string
	// Cited are the links in the text to the sources the story cites: a
	// sentence that links one is credited to it.
	Cited []Link
	// Language is the text's language (ISO 639-1), for its numbers:
	// "1.150 millones" in Spanish.
	Language string
}

// Analyze reads a text: paragraphs separated by blank lines.
func (an *Analyzer) Analyze(text string, opts Options) *Analysis {
	a := &Analysis{Text: text, Published: opts.Published, Outlets: opts.Outlets, cited: opts.Cited}
	a.Paras = Paragraphs(text)
	a.Sentences = SplitSentences(text)
	a.Tokens = make([][]Token, len(a.Sentences))
	for i, s := range a.Sentences {
		toks := Tokenize(text[s.Start:s.End])
		for k := range toks {
			toks[k].Start += s.Start
			toks[k].End += s.Start
		}
		a.Tokens[i] = localNumbers(text, toks, opts.Language)
	}
	a.findQuotes()
	var datelines []string
	for si, s := range a.Sentences {
		if a.isHeading(s.Para) || a.isTableRow(s.Para) {
			continue
		}
		for _, c := range splitTitleOfPlace(text, findNameChunks(text, s.Span, si, a.Tokens[si])) {
			if isDatelinePlace(text, c.Start, c.End) {
				datelines = append(datelines, strings.ToLower(c.Text)+" ")
			} else if !inTranscriptLabel(text, c.Start, c.End) {
				a.chunks = append(a.chunks, c)
			}
		}
	}
	a.Entities = buildEntities(text, a.chunks, a.Sentences, a.Tokens, a.Quotes)
	// "LY SON ISLAND, Vietnam —" then "the boats of Ly Son": a name the
	// dateline gives as a place is a place wherever it stands.
	for _, e := range a.Entities {
		for _, d := range datelines {
			if e.Kind == Person && len(e.Aliases) == 0 && strings.HasPrefix(d, strings.ToLower(e.Name)+" ") {
				e.Kind = Place
			}
		}
	}
	a.index()
	a.appositiveRoles()
	a.findTranscriptTurns()
	a.attributeQuotes()
	a.nestedQuotes()
	a.headlineQuotes()
	for si, s := range a.Sentences {
		heading := a.isHeading(s.Para)
		// Not a heading further down, nor one in capitals ("10,000
		// TRACTORS BLOCK PARIS"), whose nouns cannot be told from names.
		if heading && (!a.isLeadHeading(s.Para) || a.inCapitals(s.Para)) {
			continue
		}
		fs := a.bothOfPlaces(si, beforeCounts(a.elided(si, a.findFigures(si))))
		for k := range fs {
			fs[k].Headline = heading
		}
		a.Figures = append(a.Figures, fs...)
	}
	a.localCurrencies()
	a.cricketScores()
	a.figureSubjects()
	a.creditFigures()
	a.Dates = an.findDates(text, a.Sentences, opts.Published)
	a.findStatements()
	return a
}

// splitTitleOfPlace parts "Governor of Lorestan Mohammad-Reza Hosseini"
// into the place and the person.
func splitTitleOfPlace(text string, chunks []nameChunk) []nameChunk {
	var out []nameChunk
	for _, c := range chunks {
		before := strings.Fields(strings.ToLower(text[max(0, c.Start-30):c.Start]))
		if len(before) < 2 || before[len(before)-1] != "of" || !titleWords[before[len(before)-2]] || len(strings.Fields(c.Text)) < 3 || c.Tokens[0].Kind != TokWord {
			out = append(out, c)
			continue
		}
		// The place is the shortest run of words the story also names
		// without the rest ("Lorestan province"); with none such, the name
		// is the last two words of four or more ("New York Kathy Hochul",
		// "Home Affairs Amit Shah").
		words := strings.Fields(c.Text)
		cut := 0
		for n := 1; n <= len(words)-2 && cut == 0; n++ {
			place := strings.Join(words[:n], " ")
			if strings.Count(text, place) > strings.Count(text, place+" "+words[n]) {
				cut = n
			}
		}
		if cut == 0 && len(words) >= 4 {
			cut = len(words) - 2
		}
		if cut == 0 {
			out = append(out, c)
			continue
		}
		// The token that opens the name's first word.
		nameStart := c.Start + len(strings.Join(words[:cut], " ")) + 1
		k := 0
		for k < len(c.Tokens) && c.Tokens[k].Start < nameStart {
			k++
		}
		if k == 0 || k >= len(c.Tokens) {
			out = append(out, c)
			continue
		}
		place := nameChunk{Span: Span{c.Start, c.Tokens[k-1].End}, Kind: Place, Tokens: c.Tokens[:k], Sentence: c.Sentence, SentStart: c.SentStart}
		place.Text = text[place.Start:place.End]
		rest := c
		rest.Tokens = c.Tokens[k:]
		rest.Start = c.Tokens[k].Start
		rest.Text = text[rest.Start:rest.End]
		rest.SentStart = false
		out = append(out, place, rest)
	}
	return out
}

// inTranscriptLabel reports a name inside a transcript's speaker label
// ("ROSA LIM (courtesy Radio Uno):"): resolveLabel reads labels; as
// names they would make a person of the label.
func inTranscriptLabel(text string, start, end int) bool {
	line := strings.LastIndexByte(text[:start], '\n') + 1
	rest := text[line:min(len(text), line+80)]
	m := transcriptLabel.FindStringSubmatchIndex(rest)
	return m != nil && line+m[3] >= end && strings.ToUpper(text[start:end]) == text[start:end]
}

// isDatelinePlace reports the place of a dateline: capitals at the start
// of a line, then a comma or a dash ("PORT HEDLAND, Australia -", "LIMA
// —"). It names where the story was filed, not a person.
func isDatelinePlace(text string, start, end int) bool {
	if start > 0 && text[start-1] != '\n' {
		return false
	}
	name := text[start:end]
	if strings.ToUpper(name) != name || strings.ToLower(name) == name {
		return false
	}
	rest := strings.TrimLeft(text[end:min(len(text), end+4)], " ")
	return strings.HasPrefix(rest, ",") || strings.HasPrefix(rest, "—") || strings.HasPrefix(rest, "-") || strings.HasPrefix(rest, "–")
}

// findQuotes finds the quotations of every paragraph and keeps the real
// ones (not names, titles or scare quotes).
func (a *Analysis) findQuotes() {
	for pi, p := range a.Paras {
		spans := findQuoteSpans(a.Text, p)
		for _, q := range spans {
			q.Sentence = a.sentenceAt(q.Span.Start)
			if q.Sentence < 0 {
				continue
			}
			sent := a.Sentences[q.Sentence].Span
			// A quote may run over several sentences: judge it by the
			// sentence of its opening mark and the one of its close.
			ctx := Span{sent.Start, max(sent.End, a.Sentences[max(a.sentenceAt(max(q.Outer.End-1, q.Span.Start)), q.Sentence)].End)}
			if !isRealQuote(a.Text, q, ctx) {
				continue
			}
			// Partial: the quote does not fill its sentence.
			before := strings.TrimSpace(a.Text[sent.Start:q.Outer.Start])
			q.Partial = before != "" && !strings.HasSuffix(before, ":") && !isAttributionOnly(before)
			// A quote that opens a paragraph after a paragraph whose quote
			// was left open continues it.
			if pi > 0 && q.Outer.Start == p.Start && len(a.Quotes) > 0 && a.Quotes[len(a.Quotes)-1].OpenEnded {
				q.Continues = true
			}
			a.Quotes = append(a.Quotes, q)
		}
	}
}

// bothOfPlaces reads "on both banks", "from both sides": "both" after a
// preposition counts the noun after it, never the outcome of the
// sentence ("4,400 people have been evacuated on both banks").
func (a *Analysis) bothOfPlaces(si int, fs []Figure) []Figure {
	toks := a.Tokens[si]
	for i := range fs {
		f := &fs[i]
		if !strings.EqualFold(f.Text, "both") {
			continue
		}
		for k, t := range toks {
			if t.Start != f.Span.Start || k == 0 || k+1 >= len(toks) {
				continue
			}
			n := toks[k+1].Lower()
			if bothPrepositions[toks[k-1].Lower()] && toks[k+1].Kind == TokWord && strings.HasSuffix(n, "s") && !strings.HasSuffix(n, "ss") && len(n) > 3 {
				f.Counts, f.Of, f.Scope = singular(toks[k+1].Lower()), toks[k+1].Text, ""
			}
		}
	}
	return fs
}

// bothPrepositions put "both" in a phrase of place or side.
var bothPrepositions = setOf(`on in from at across between to for with along over under`)

// headlineQuotes gives a quotation in the headline or dek ("‘People
// have spoken’ – …") the speaker of the body's quotation that holds its
// words ("“The people have spoken. …” Mr. Rao said").
func (a *Analysis) headlineQuotes() {
	fold := func(s string) string {
		return strings.Join(strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }), " ")
	}
	for i := range a.Quotes {
		h := &a.Quotes[i]
		if h.Speaker != "" || !a.isHeading(a.Sentences[h.Sentence].Para) || !a.isLeadHeading(a.Sentences[h.Sentence].Para) {
			continue
		}
		words := fold(h.Text)
		if len(strings.Fields(words)) < 2 {
			continue
		}
		// The body's quotation of those very words, else the one speaker
		// whose quotations hold them; two speakers, no one.
		var exact, holder *Quote
		many := false
		for k := range a.Quotes {
			b := &a.Quotes[k]
			if b.Speaker == "" || a.isHeading(a.Sentences[b.Sentence].Para) {
				continue
			}
			fb := fold(b.Text)
			if fb == words && exact == nil {
				exact = b
			}
			if strings.Contains(" "+fb+" ", " "+words+" ") {
				if holder != nil && holder.Speaker != b.Speaker {
					many = true
				}
				if holder == nil {
					holder = b
				}
			}
		}
		if exact == nil && !many {
			exact = holder
		}
		if exact != nil {
			h.Speaker, h.SpeakerEntity, h.AttributedTo = exact.Speaker, exact.SpeakerEntity, exact.AttributedTo
		}
	}
}

// inCapitals reports a paragraph written in capital letters.
func (a *Analysis) inCapitals(pi int) bool {
	p := a.Text[a.Paras[pi].Start:a.Paras[pi].End]
	return strings.ToUpper(p) == p && strings.ToLower(p) != p
}

// isLeadHeading reports a headline or dek: a heading line above the
// story's first paragraph of prose.
func (a *Analysis) isLeadHeading(pi int) bool {
	if a.firstProse == 0 {
		a.firstProse = len(a.Paras) + 1
		for k := range a.Paras {
			if !a.isHeading(k) {
				a.firstProse = k + 1
				break
			}
		}
	}
	return pi < a.firstProse
}

// isHeading reports whether a paragraph is a headline, a dek line or a
// section heading rather than prose: short, no closing punctuation, or
// every word capitalised.
func (a *Analysis) isHeading(pi int) bool {
	if pi < 0 || pi >= len(a.Paras) {
		return false
	}
	p := a.Text[a.Paras[pi].Start:a.Paras[pi].End]
	if strings.ContainsAny(p, "“”\"") {
		return false
	}
	words := strings.Fields(p)
	if len(words) == 0 || len(words) > 25 {
		return false
	}
	// "Number of registered voters 6,214,870": a table row, not a title.
	if lastWord := strings.TrimRight(words[len(words)-1], "%"); lastWord != "" && unicode.IsDigit(firstRune(lastWord)) && len(words) > 1 {
		return false
	}
	last := p[len(p)-1]
	if last == '.' || last == '"' || last == '?' || last == '!' || last == ':' || last == ')' {
		caps := 0
		for _, w := range words {
			if r := firstRune(w); unicode.IsUpper(r) || unicode.IsDigit(r) {
				caps++
			}
		}
		return caps == len(words) && len(words) <= 12
	}
	return true
}

// isTableRow reports a paragraph that is a row of a table, a label and
// its number ("Structures Destroyed 212", "Civilian Fatalities 2"): its
// capitalised words are a label, not a name.
func (a *Analysis) isTableRow(pi int) bool {
	if pi < 0 || pi >= len(a.Paras) {
		return false
	}
	words := strings.Fields(a.Text[a.Paras[pi].Start:a.Paras[pi].End])
	if len(words) < 2 || len(words) > 7 {
		return false
	}
	last := strings.TrimRight(words[len(words)-1], "%")
	if last == "" || !unicode.IsDigit(firstRune(last)) {
		// "Acres Burned 18,412 acres": a unit after the number.
		if len(words) < 3 || !unicode.IsDigit(firstRune(words[len(words)-2])) {
			return false
		}
	}
	for _, w := range words[:len(words)-1] {
		if r := firstRune(w); !unicode.IsUpper(r) && !unicode.IsDigit(r) && w != "of" && w != "and" || strings.HasSuffix(w, ",") {
			return false // "Chinedu Okafur, 29": a list of people
		}
	}
	// A label says what is counted: "Structures Destroyed", "Acres
	// Burned", "Civilian Fatalities"; not "Ben Stokes 72".
	for _, w := range words[:len(words)-1] {
		l := strings.ToLower(w)
		if strings.HasSuffix(l, "ed") || strings.HasSuffix(l, "ies") || strings.HasSuffix(l, "ures") || strings.HasSuffix(l, "ings") || l == "total" || l == "deaths" || l == "injuries" || l == "acres" || l == "homes" || l == "houses" || l == "people" {
			return true
		}
	}
	return false
}

func isAttributionOnly(before string) bool {
	// "He said," or "Mensah added," before a quotation.
	b := strings.TrimRight(before, ", ")
	f := strings.Fields(b)
	if len(f) == 0 || len(f) > 8 {
		return false
	}
	return speechVerbs[strings.ToLower(f[len(f)-1])]
}

func (a *Analysis) sentenceAt(pos int) int {
	lo, hi := 0, len(a.Sentences)-1
	for lo <= hi {
		mid := (lo + hi) / 2
		s := a.Sentences[mid]
		switch {
		case pos < s.Start:
			hi = mid - 1
		case pos >= s.End:
			lo = mid + 1
		default:
			return mid
		}
	}
	// Between sentences (white space): the next one.
	if lo < len(a.Sentences) {
		return lo
	}
	return -1
}

var transcriptLabel = regexp.MustCompile(`^(\p{Lu}[\p{Lu}.'’\- ]{0,40}[\p{Lu}.](?: \([^)\n]{1,80}\))?|Q|A)\s*:\s+`)

// findTranscriptTurns reads transcript layouts: a paragraph that opens
// with an upper-case label ("MINISTER OKAFOR:", "Q:") is a turn of speech.
func (a *Analysis) findTranscriptTurns() {
	labelled := 0
	for _, p := range a.Paras {
		if transcriptLabel.MatchString(a.Text[p.Start:p.End]) {
			labelled++
		}
	}
	if labelled < 2 {
		return
	}
	var turns []Quote
	// A label names the same speaker at every turn: resolved once.
	type resolved struct {
		name string
		e    *Entity
	}
	labels := map[string]resolved{}
	for _, p := range a.Paras {
		m := transcriptLabel.FindStringSubmatchIndex(a.Text[p.Start:p.End])
		if m == nil {
			continue
		}
		label := strings.TrimSpace(a.Text[p.Start+m[2] : p.Start+m[3]])
		s, e := trimSpan(a.Text, p.Start+m[1], p.End)
		if e <= s {
			continue
		}
		q := Quote{Span: Span{s, e}, Outer: Span{p.Start, e}, Text: a.Text[s:e], Transcript: true, Sentence: a.sentenceAt(s)}
		if label == "Q" {
			// "Q: Thanks. Tomás Herrera, EFE. On the pause …": a reporter
			// who names themself; else the asker the introduction names,
			// else a reporter.
			if name := selfNamed(a.Text[s:e]); name != "" {
				q.Speaker, q.SpeakerEntity = name, a.personNamed(name)
			} else if q.Speaker, q.SpeakerEntity = a.resolveQA(label, p.Start); q.Speaker == "Q" {
				q.Speaker = "a reporter"
			}
		} else if label == "A" {
			q.Speaker, q.SpeakerEntity = a.resolveQA(label, p.Start)
		} else {
			r, ok := labels[label]
			if !ok {
				r.name, r.e = a.resolveLabel(label)
				// "HYDROLOGIST:" or "CALLER:" that names no one: the
				// person the turn before brings in or addresses ("Let me
				// bring in Dr Vasile Rusu", "Elena, go ahead").
				if r.e == nil && len(turns) > 0 && a.paraAt(turns[len(turns)-1].Outer.Start) == a.paraAt(p.Start)-1 {
					taken := map[*Entity]bool{}
					for _, x := range labels {
						taken[x.e] = true
					}
					if e := a.personBroughtIn(turns[len(turns)-1].Span, turns[len(turns)-1].SpeakerEntity, taken); e != nil {
						r.name, r.e = e.Name, e
					}
				}
				labels[label] = r
			}
			q.Speaker, q.SpeakerEntity = r.name, r.e
		}
		turns = append(turns, q)
	}
	// "an edited transcript of the programme broadcast by TV Nusantara":
	// the turns are credited to the outlet their introduction names.
	for i := range turns {
		if i > 0 && turns[i-1].AttributedTo != "" && a.paraAt(turns[i].Outer.Start) <= a.paraAt(turns[i-1].Outer.Start)+2 {
			turns[i].AttributedTo = turns[i-1].AttributedTo
			continue
		}
		turns[i].AttributedTo = a.transcriptOutlet(turns[i].Outer.Start)
	}
	// "ROSA LIM (courtesy Radio Uno):": the turn is the outlet's.
	for i := range turns {
		label := a.Text[turns[i].Outer.Start:turns[i].Span.Start]
		if j := strings.Index(label, "("); j >= 0 {
			if k := strings.Index(label[j:], ")"); k > 0 {
				inner := strings.TrimSpace(label[j+1 : j+k])
				for _, cue := range []string{"courtesy of ", "courtesy "} {
					if strings.HasPrefix(strings.ToLower(inner), cue) {
						turns[i].AttributedTo = strings.TrimSpace(inner[len(cue):])
						break
					}
				}
			}
		}
	}
	// Quotations inside a turn stay quotations of their own: a presenter
	// reading out a ministry's statement, a doctor repeating what an
	// official told an agency.
	a.Quotes = append(a.Quotes, turns...)
	sortQuotes(a.Quotes)
}

// selfNamedRe is a reporter's "Name Surname, Outlet." at a question's
// start.
var selfNamedRe = regexp.MustCompile(`^(\p{Lu}[\p{L}'’\-]+(?: \p{Lu}[\p{L}'’\-]+){1,3}), (?:the )?\p{Lu}[\p{L}&'’.\- ]{0,40}$`)

// selfNamed reads the name a questioner gives at the start of a question
// ("Thanks, Michael. Amina Yusuf, Al Jazeera. …"), within its first
// three sentences.
func selfNamed(turn string) string {
	rest := turn
	for range 3 {
		i := strings.Index(rest, ". ")
		if i < 0 {
			return ""
		}
		if m := selfNamedRe.FindStringSubmatch(strings.TrimSpace(rest[:i])); m != nil {
			if first := strings.ToLower(strings.Fields(m[1])[0]); titleWords[strings.TrimSuffix(first, ".")] {
				return "" // "Secretary Austin, …": the one addressed
			}
			return m[1]
		}
		rest = rest[i+2:]
	}
	return ""
}

// personNamed is the person entity whose name is name, if any.
func (a *Analysis) personNamed(name string) *Entity {
	for _, e := range a.Entities {
		if e.Kind == Person {
			if rel, _ := CompareNames(name, e.Name); rel >= VariantSpelling {
				return e
			}
		}
	}
	return nil
}

func sortQuotes(qs []Quote) {
	sort.SliceStable(qs, func(i, j int) bool { return qs[i].Outer.Start < qs[j].Outer.Start })
}

// transcriptOutlet reads the outlet a transcript's introduction names:
// the nearest paragraph before the turn at pos that is not a turn and
// says "transcript" or "broadcast".
func (a *Analysis) transcriptOutlet(pos int) string {
	pi := a.paraAt(pos)
	for i := pi - 1; i >= 0 && i >= pi-2; i-- {
		p := a.Paras[i]
		t := a.Text[p.Start:p.End]
		if transcriptLabel.MatchString(t) {
			continue
		}
		l := strings.ToLower(t)
		if !strings.Contains(l, "transcript") && !strings.Contains(l, "broadcast") && !strings.Contains(l, "programme") && !strings.Contains(l, "program") && !strings.Contains(l, "interview") &&
			!strings.Contains(l, "speaking to ") && !strings.Contains(l, "answered questions") {
			return ""
		}
		for si := max(a.sentenceAt(p.Start), 0); si < len(a.Sentences) && a.Sentences[si].Start < p.End; si++ {
			if out := a.outletIn(a.Tokens[si], a.inQuoteTok); out != "" {
				// "spoke to Morning Edition presenter Mariana Rusu" under
				// a header "Radio Prut | Morning Edition": the story's own
				// programme, no credit.
				if a.ownMasthead(out) {
					return ""
				}
				return out
			}
		}
		return ""
	}
	return ""
}

// PhraseIn reports phrase in text as whole words: no letter or digit on
// either side ("ana kamal" is not in "ana kamala").
func PhraseIn(text, phrase string) bool {
	for i := strings.Index(text, phrase); i >= 0; {
		before, _ := utf8.DecodeLastRuneInString(text[:i])
		after, _ := utf8.DecodeRuneInString(text[i+len(phrase):])
		if (i == 0 || !unicode.IsLetter(before) && !unicode.IsDigit(before)) && (i+len(phrase) == len(text) || !unicode.IsLetter(after) && !unicode.IsDigit(after)) {
			return true
		}
		j := strings.Index(text[i+1:], phrase)
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false
}

// ownMasthead reports an outlet the story names as its own: in the lines
// over it (headline, programme line, byline) or in its dateline
// ("CAHUL, Moldova, May 25 (Radio Prut) -").
func (a *Analysis) ownMasthead(out string) bool {
	lo := strings.ToLower(out)
	for i, p := range a.Paras {
		t := strings.TrimSpace(a.Text[p.Start:p.End])
		if t == "" {
			continue
		}
		if i < 4 && len(t) < 250 && !strings.ContainsAny(t[len(t)-1:], ".!?:\"”") {
			// A programme line or byline ("Radio Prut | Morning Edition",
			// "Transcript of Asia Pacific Today, Meridian World Radio"),
			// not a headline that names an outlet as its source.
			lt := strings.ToLower(t)
			if (strings.Contains(t, "|") || strings.Contains(t, "·") || strings.HasPrefix(lt, "transcript") || strings.HasPrefix(lt, "by ")) && PhraseIn(lt, lo) {
				return true
			}
			continue
		}
		// The first paragraph of prose: its dateline only.
		head := strings.ToLower(t[:min(len(t), 120)])
		if i := strings.Index(head, " - "); i > 0 {
			head = head[:i]
		} else if i := strings.Index(head, " — "); i > 0 {
			head = head[:i]
		} else {
			return false
		}
		return strings.Contains(head, "("+lo+")")
	}
	return false
}

// personBroughtIn is the person a turn brings in or addresses: named after
// a cue ("Let me bring in Dr Vasile Rusu", "joining us is …"), or called
// by name at the head of a sentence ("Dr Rusu - how high is the river?",
// "Elena, go ahead"), not thanked on the way out ("Thank you, Ana
// Popescu"); the last such, other than the one speaking and those
// already taken by a label.
func (a *Analysis) personBroughtIn(sp Span, speaker *Entity, taken map[*Entity]bool) *Entity {
	var best *Entity
	at := -1
	for _, e := range a.Entities {
		if e.Kind != Person || e == speaker || taken[e] {
			continue
		}
		for _, m := range e.Mentions {
			if m.Start < sp.Start || m.End > sp.End || m.Start <= at {
				continue
			}
			before := strings.ToLower(a.Text[max(sp.Start, m.Start-80):m.Start])
			if i := strings.LastIndexAny(before, ".?!"); i >= 0 {
				before = before[i+1:] // this sentence only
			}
			after := a.Text[m.End:min(sp.End, m.End+3)]
			cue := false
			for _, c := range []string{"bring in ", "joining us", "joined by ", "joined in the studio by ", "joined now by ", "welcome ", "over to ",
				"turn to ", "go to ", "with us ", "with me ", "hear from ", "talk to ", "speak to "} {
				// The cue leads to this name, past no clause of its own
				// ("Let me bring in Dr Rusu, who spoke to Ana Popescu").
				if i := strings.LastIndex(before, c); i >= 0 && !strings.Contains(before[i+len(c):], ",") {
					cue = true
				}
			}
			// Called by name at the head of a sentence that asks or hands
			// over ("Dr Rusu - how high is the river?", "Elena, go
			// ahead"); not a sentence about them ("Ana Popescu, the mayor,
			// has ordered an evacuation").
			vocative := strings.TrimSpace(strings.TrimRight(before, "“\" ")) == "" &&
				(strings.HasPrefix(after, ",") || strings.HasPrefix(after, " -") || strings.HasPrefix(after, " –") || strings.HasPrefix(after, "?")) &&
				addresses(a.Text[m.End:a.sentenceEndAt(m.End, sp.End)])
			if strings.Contains(before, "thank") || !cue && !vocative {
				continue
			}
			best, at = e, m.Start
		}
	}
	return best
}

// addresses reports words that speak to someone: a question, a
// hand-over, "you".
func addresses(rest string) bool {
	l := " " + strings.ToLower(rest) + " "
	if strings.Contains(l, "?") {
		return true
	}
	for _, w := range []string{" you ", " you,", " your ", " go ahead", " welcome", " thank you", " please "} {
		if strings.Contains(l, w) {
			return true
		}
	}
	return false
}

// sentenceEndAt is where the sentence that holds pos ends, within limit.
func (a *Analysis) sentenceEndAt(pos, limit int) int {
	if si := a.sentenceAt(pos); si >= 0 {
		return min(a.Sentences[si].End, limit)
	}
	return limit
}

// resolveQA maps the bare labels of a question-and-answer exchange to
// the people its introduction names: "Duc put questions to Pham Thu
// Trang" (Q is Duc, A is Trang), "Kim took questions from reporters" (A
// is Kim, Q a reporter), "X was interviewed by Y", "X asked Y".
func (a *Analysis) resolveQA(label string, at int) (string, *Entity) {
	// The introduction: the nearest paragraph before the turn that is
	// not itself a Q or A turn.
	isQA := func(i int) bool {
		t := a.Text[a.Paras[i].Start:a.Paras[i].End]
		return strings.HasPrefix(t, "Q:") || strings.HasPrefix(t, "A:")
	}
	intro := -1
	for i := len(a.Paras) - 1; i >= 0; i-- {
		p := a.Paras[i]
		if p.Start >= at || isQA(i) {
			continue
		}
		// "KIM: …" between two questions answers them: part of the
		// exchange, not its introduction.
		if i > 0 && isQA(i-1) && transcriptLabel.MatchString(a.Text[p.Start:p.End]) {
			continue
		}
		intro = i
		break
	}
	if intro < 0 {
		return label, nil
	}
	p := a.Paras[intro]
	lower := strings.ToLower(a.Text[p.Start:p.End])
	people := a.personMentionsIn(p.Start, p.End)
	before := func(pos int) *Mention {
		var best *Mention
		for _, m := range people {
			if m.End <= pos {
				best = m
			}
		}
		return best
	}
	after := func(pos int) *Mention {
		for _, m := range people {
			if m.Start >= pos && m.Start <= pos+40 {
				return m
			}
		}
		return nil
	}
	var asker, answerer *Mention
	askerRole := ""
	for _, cue := range []struct {
		phrase  string
		askerIs string // "before": the subject asks; "after": the object asks
	}{
		// Passives first: "was interviewed by" also holds " interviewed ".
		{"interviewed by ", "after"}, {"asked by ", "after"}, {"questioned by ", "after"}, {"questions from ", "after"},
		{"questions to ", "before"}, {"question to ", "before"}, {" interviewed ", "before"}, {" asked ", "before"}, {"speaking to ", "after"},
		{" answered questions", "none"}, {" took questions", "none"}, {" answered ", "none"},
	} {
		i := strings.Index(lower, cue.phrase)
		if i < 0 {
			continue
		}
		pos := p.Start + i
		end := pos + len(cue.phrase)
		if cue.askerIs == "none" {
			// "In an interview with the weekly Semana, Quintero answered
			// questions:": the answerer is named, the outlet asks.
			answerer = before(pos)
			for si := max(a.sentenceAt(p.Start), 0); si < len(a.Sentences) && a.Sentences[si].Start < p.End; si++ {
				if out := a.outletIn(a.Tokens[si], a.inQuoteTok); out != "" {
					askerRole = out
					break
				}
			}
		} else if cue.askerIs == "before" {
			asker, answerer = before(pos), after(end)
		} else if answerer = before(pos); answerer == nil && cue.phrase == "speaking to " {
			// "Speaking to Meridian TV on Friday, Hollis answered
			// questions": the one named after the outlet answers, the
			// outlet asks.
			answerer = after(end)
			for si := max(a.sentenceAt(p.Start), 0); si < len(a.Sentences) && a.Sentences[si].Start < p.End; si++ {
				if out := a.outletIn(a.Tokens[si], a.inQuoteTok); out != "" {
					askerRole = out
					break
				}
			}
		} else {
			asker = after(end)
			if asker == nil {
				// "questions from reporters": a role, not a name.
				if f := strings.Fields(lower[i+len(cue.phrase):]); len(f) > 0 {
					askerRole = strings.TrimSuffix(strings.Trim(f[0], ".,;:"), "s")
				}
			}
		}
		break
	}
	var m *Mention
	if label == "Q" {
		m = asker
		if m == nil && askerRole != "" {
			return askerRole, nil
		}
	} else {
		m = answerer
	}
	if m == nil {
		return label, nil
	}
	return m.Entity.Name, m.Entity
}

// personMentionsIn lists the mentions of people inside [start, end), in
// order.
func (a *Analysis) personMentionsIn(start, end int) []*Mention {
	var out []*Mention
	for _, e := range a.Entities {
		if e.Kind != Person {
			continue
		}
		for i := range e.Mentions {
			if m := &e.Mentions[i]; m.Start >= start && m.End <= end {
				out = append(out, m)
			}
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

// roleLabels are transcript labels that name a role, not a person.
var roleLabels = setOf(`presenter host anchor interviewer moderator reporter correspondent q question chair chairman chairwoman witness`)

// resolveLabel maps a transcript label to a named entity: "MINISTER
// NGUYEN" to the Nguyen named in the introduction, "PRESENTER" to the
// person introduced as presenter.
func (a *Analysis) resolveLabel(label string) (string, *Entity) {
	// "ANALYST (Jefferies)": the person introduced as being at Jefferies;
	// "X (courtesy Radio Uno)" names the outlet (findTranscriptTurns).
	if i := strings.IndexByte(label, '('); i > 0 && strings.HasSuffix(label, ")") {
		org := strings.TrimSpace(label[i+1 : len(label)-1])
		if e := a.personAt(org); e != nil {
			return e.Name, e
		}
		label = strings.TrimSpace(label[:i])
	}
	words := strings.Fields(label)
	// "FIRST DEFENDANT" in "the case of the Prosecutor against A and B".
	if e := a.nthParty(words); e != nil {
		return e.Name, e
	}
	// "THE WITNESS", "THE CHAIR": the role; "PRESIDING JUDGE": the judge;
	// "DEFENCE COUNSEL": the defence's lawyer, not the prosecution's.
	defence := false
	if len(words) == 2 && labelModifiers[strings.ToLower(words[0])] {
		defence = strings.EqualFold(words[0], "defence") || strings.EqualFold(words[0], "defense")
		words = words[1:]
	}
	var nameWords []string
	for _, w := range words {
		lw := strings.ToLower(strings.Trim(w, ".()"))
		if !titleWords[lw] && !roleLabels[lw] && roleSynonyms[lw] == nil {
			nameWords = append(nameWords, w)
		}
	}
	name := strings.Join(nameWords, " ")
	if name == "" {
		if len(words) == 1 && roleLabels[strings.ToLower(words[0])] {
			if e := a.personWithRole(strings.ToLower(words[0])); e != nil {
				return e.Name, e
			}
		}
		// "PROSECUTOR:" for "The prosecutor, Hafþór Ingason", "JUDGE:" for
		// "Judge Ragnheiður Ólafsdóttir": the one person named right after
		// the role.
		if len(words) == 1 {
			role := strings.ToLower(strings.Trim(words[0], ".()"))
			for _, r := range append([]string{role}, roleSynonyms[role]...) {
				if e := a.personAfterRole(r, defence); e != nil {
					return e.Name, e
				}
			}
		}
		// "MINISTER:" for the one person introduced as a minister.
		if e := a.personTitled(words); e != nil {
			return e.Name, e
		}
		return titleCase(label), nil
	}
	// "MONCHING DELOS SANTOS" for Ramon "Monching" delos Santos: the
	// nickname the story gave, with the surname.
	for _, e := range a.Entities {
		if e.Kind != Person || a.onlyInLabels(e) {
			continue
		}
		for _, al := range e.Aliases {
			if NameKey(al) == NameKey(nameWords[0]) && (len(nameWords) == 1 || labelFits(nameWords[len(nameWords)-1], e)) {
				return e.Name, e
			}
		}
	}
	var found []*Entity
	for _, e := range a.Entities {
		if e.Kind != Person || a.onlyInLabels(e) {
			continue
		}
		if labelFits(name, e) {
			found = append(found, e)
		}
	}
	if len(found) > 1 {
		// Someone named only inside the turns ("Thank you, Ranking Member
		// Kovac") is the one the introduction named.
		var outside []*Entity
		for _, e := range found {
			for _, m := range e.Mentions {
				if !a.inQuote(m.Start) {
					outside = append(outside, e)
					break
				}
			}
		}
		if len(outside) > 0 {
			found = outside
		}
	}
	if len(found) > 1 {
		// "SEN. MARTÍNEZ" is Daniel Martínez, not Luis Martinez: the
		// accents as written.
		var exact []*Entity
		for _, e := range found {
			if w := strings.Fields(e.Name); len(w) > 0 && strings.EqualFold(w[len(w)-1], nameWords[len(nameWords)-1]) {
				exact = append(exact, e)
			}
		}
		if len(exact) == 1 {
			found = exact
		}
	}
	if len(found) > 1 {
		// "MINISTER NGUYEN" among two Nguyens: the one with that title.
		var titled []*Entity
		for _, e := range found {
			for _, t := range e.Titles {
				for _, w := range words {
					if lw := strings.ToLower(strings.Trim(w, ".")); titleWords[lw] && titleHasWord(t, lw) {
						titled = append(titled, e)
					}
				}
			}
		}
		if len(titled) > 0 && allSame(titled) {
			return titled[0].Name, titled[0]
		}
	}
	if len(found) == 1 {
		return found[0].Name, found[0]
	}
	// "CONNIE VILLAFRANCA" for Maria Consuelo Villafranca: a short given
	// name; the surname alone, if one person has it.
	if len(found) == 0 && len(nameWords) >= 2 {
		last := nameWords[len(nameWords)-1]
		for _, e := range a.Entities {
			if e.Kind == Person && labelFits(last, e) {
				found = append(found, e)
			}
		}
		if len(found) == 1 {
			return found[0].Name, found[0]
		}
		found = nil
	}
	// "CHIEF FINANCIAL OFFICER": no one of that name; a title, for the one
	// person introduced with it.
	if len(found) == 0 && len(words) >= 2 && (titleWords[strings.ToLower(words[0])] || titleWords[strings.ToLower(words[len(words)-1])]) {
		if e := a.personTitled(words); e != nil {
			return e.Name, e
		}
	}
	// "MR. HARLAN" under a header "DEPUTY SPOKESPERSON MICHAEL HARLAN":
	// the given name from where the surname is written in full.
	if len(nameWords) == 1 && len(found) == 0 {
		if full := a.givenNameOf(nameWords[0]); full != "" {
			return full, nil
		}
	}
	return titleCase(label), nil
}

// givenNameOf finds, outside transcript labels, the surname written
// after a given name, and returns the full name in title case.
func (a *Analysis) givenNameOf(surname string) string {
	key := strings.ToLower(surname)
	if full, ok := a.givenNames[key]; ok {
		return full
	}
	if a.givenNames == nil {
		a.givenNames = map[string]string{}
	}
	a.givenNames[key] = ""
	re, err := regexp.Compile(`(?i)\b(\p{L}[\p{L}'’\-]+) ` + regexp.QuoteMeta(surname) + `\b`)
	if err != nil {
		return ""
	}
	for _, m := range re.FindAllStringSubmatchIndex(a.Text, 20) {
		if inTranscriptLabel(a.Text, m[0], m[1]) {
			continue
		}
		given := a.Text[m[2]:m[3]]
		lg := strings.ToLower(strings.TrimSuffix(given, "."))
		if !unicode.IsUpper(firstRune(given)) || titleWords[lg] || roleLabels[lg] || functionWords[lg] || particles[lg] {
			continue
		}
		// "New York", "Burger King": a place or a body, not a person.
		if e := a.entityNamed(given + " " + surname); e != nil && e.Kind != Person {
			continue
		}
		a.givenNames[key] = titleCase(given + " " + surname)
		break
	}
	return a.givenNames[key]
}

// entityNamed is the entity with a form equal to name, any case.
func (a *Analysis) entityNamed(name string) *Entity {
	for _, e := range a.Entities {
		for _, f := range e.Forms {
			if strings.EqualFold(f, name) {
				return e
			}
		}
	}
	return nil
}

// onlyInLabels reports an entity named only by transcript labels
// ("ROSA LIM (courtesy Radio Uno):"): the label itself, not the
// person the introduction names.
func (a *Analysis) onlyInLabels(e *Entity) bool {
	for _, m := range e.Mentions {
		line := a.Text[m.Start:min(len(a.Text), m.End+60)]
		if m.Start > 0 && a.Text[m.Start-1] != '\n' || !transcriptLabel.MatchString(line) {
			return false
		}
	}
	return len(e.Mentions) > 0
}

// titleHasWord reports a title with the word w in it: "Sen." has "sen",
// "Senator" has not; "Finance Minister" has "minister".
func titleHasWord(t, w string) bool {
	for _, x := range strings.Fields(strings.ToLower(t)) {
		if strings.Trim(x, ".,") == w {
			return true
		}
	}
	return false
}

func allSame(es []*Entity) bool {
	for _, e := range es {
		if e != es[0] {
			return false
		}
	}
	return true
}

// labelFits reports whether a label's name words name the entity: the
// full name, or one of its name tokens (a family name written first or
// last).
func labelFits(name string, e *Entity) bool {
	for _, f := range e.Forms {
		if rel, _ := CompareNames(name, f); rel >= PossiblySame {
			return true
		}
	}
	nt := coreTokens(name)
	if len(nt) != 1 {
		return false
	}
	for _, t := range coreTokens(e.Name) {
		if tokensMatch(nt[0], t) {
			return true
		}
	}
	return false
}

// nthParty resolves "FIRST DEFENDANT", "SECOND ACCUSED" to the people a
// case's title names in that order: "the case of the District
// Prosecutor against Einar Gunnarsson and Sigrún Gunnarsdóttir".
func (a *Analysis) nthParty(words []string) *Entity {
	if len(words) != 2 {
		return nil
	}
	n := map[string]int{"first": 1, "second": 2, "third": 3, "fourth": 4}[strings.ToLower(words[0])]
	switch strings.ToLower(words[1]) {
	case "defendant", "accused", "respondent":
	default:
		return nil
	}
	if n == 0 {
		return nil
	}
	lower := asciiLower(a.Text) // positions stay those of a.Text
	for from := 0; ; {
		i := strings.Index(lower[from:], " against ")
		if i < 0 {
			return nil
		}
		pos := from + i + len(" against ")
		from = pos
		// The people named one after another, joined by commas and "and".
		var parties []*Entity
		for len(parties) < 5 {
			m := a.mentionStartingAt(a.skipSpaces(pos))
			if m == nil || m.Entity.Kind != Person {
				break
			}
			parties = append(parties, m.Entity)
			j := m.End
			comma := false
			for j < len(lower) && (lower[j] == ' ' || lower[j] == ',') {
				comma = comma || lower[j] == ','
				j++
			}
			if strings.HasPrefix(lower[j:], "and ") {
				j += len("and ")
			} else if !comma {
				break
			}
			pos = j
		}
		if len(parties) >= n && len(parties) >= 2 {
			return parties[n-1]
		}
	}
}

// asciiLower lower-cases ASCII letters only, so that positions in the
// result are positions in s (strings.ToLower may change byte lengths:
// "İ", the kelvin sign).
func asciiLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// labelModifiers open a transcript label without naming anyone.
var labelModifiers = map[string]bool{"the": true, "presiding": true, "defence": true, "defense": true}

// roleSynonyms are the words a report may use for a label's role: the
// "COUNSEL" of a hearing is "his lawyer, X" in the report.
var roleSynonyms = map[string][]string{
	"counsel": {"lawyer", "attorney", "advocate", "barrister", "solicitor"}, "lawyer": {"counsel", "attorney", "advocate"},
	"attorney": {"lawyer", "counsel"}, "prosecutor": {"prosecuting attorney", "prosecuting counsel"},
}

// personAfterRole finds the one person named right after a role word,
// with or without a comma: "The prosecutor, Hafþór Ingason", "presided
// over by Judge Ragnheiður Ólafsdóttir". Nil when none or several are.
func (a *Analysis) personAfterRole(role string, defence bool) *Entity {
	var found *Entity
	for _, e := range a.Entities {
		if e.Kind != Person {
			continue
		}
		for _, m := range e.Mentions {
			before := strings.TrimRight(strings.ToLower(a.Text[max(0, m.Start-len(role)-3):m.Start]), " ,")
			if !strings.HasSuffix(before, role) {
				continue
			}
			// A whole word: not "co-prosecutor".
			if i := len(before) - len(role); i > 0 && (unicode.IsLetter(rune(before[i-1])) || before[i-1] == '-') {
				continue
			}
			// The defence's lawyer is not "the prosecution's lawyer, X".
			if defence && strings.Contains(strings.ToLower(a.Text[max(0, m.Start-len(role)-30):m.Start]), "prosecut") {
				continue
			}
			if found != nil && found != e {
				return nil
			}
			found = e
		}
	}
	return found
}

// personAt finds the one person named right before "at ORG", "from ORG"
// or "of ORG" ("a question from Tomás Ferreira at Jefferies").
func (a *Analysis) personAt(org string) *Entity {
	if strings.TrimSpace(org) == "" {
		return nil
	}
	var found *Entity
	for i := 0; i < len(a.Text); {
		j := strings.Index(a.Text[i:], org)
		if j < 0 {
			break
		}
		pos := i + j
		i = pos + len(org)
		before := a.Text[max(0, pos-6):pos]
		var cut int
		switch {
		case strings.HasSuffix(before, " at "), strings.HasSuffix(before, " of "):
			cut = pos - 4
		case strings.HasSuffix(before, " from "):
			cut = pos - 6
		default:
			continue
		}
		if m := a.mentionEndingAt(cut); m != nil && m.Entity.Kind == Person {
			if found != nil && found != m.Entity {
				return nil
			}
			found = m.Entity
		}
	}
	return found
}

// personTitled finds the one person a document introduces with all of
// the title words of a transcript label: "MINISTER" for "X, Peru's
// Minister of Energy and Mines"; nil when none or several fit.
func (a *Analysis) personTitled(words []string) *Entity {
	var want []string
	for _, w := range words {
		// Every word of a title label but the generic ones: CHIEF
		// FINANCIAL OFFICER is not CHIEF EXECUTIVE OFFICER.
		if lw := strings.ToLower(strings.Trim(w, ".()")); lw != "" && lw != "officer" && lw != "of" && lw != "the" && lw != "and" {
			want = append(want, lw)
		}
	}
	if len(want) == 0 || !titleWords[want[0]] && !titleWords[want[len(want)-1]] {
		return nil
	}
	var found *Entity
	for _, e := range a.Entities {
		if e.Kind != Person || !a.introducedAs(e, want) {
			continue
		}
		if found != nil && found != e {
			return nil
		}
		found = e
	}
	return found
}

// introducedAs reports whether a person's titles, or the words next to
// one of their mentions (an apposition after it, a title before it),
// hold every word of want.
func (a *Analysis) introducedAs(e *Entity, want []string) bool {
	has := func(text string) bool {
		ws := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) })
		for _, w := range want {
			// "financial" for "finance": words that share a stem.
			if !slices.ContainsFunc(ws, func(x string) bool {
				return x == w || len(x) >= 6 && len(w) >= 6 && (strings.HasPrefix(x, w) || strings.HasPrefix(w, x))
			}) {
				return false
			}
		}
		return true
	}
	for _, t := range e.Titles {
		if has(t) {
			return true
		}
	}
	for _, m := range e.Mentions {
		if m.Title != "" && has(m.Title) {
			return true
		}
		// "Chief financial officer Omar Sayed also spoke": the
		// words just before the name, in its sentence.
		if si := a.sentenceAt(m.Start); si >= 0 {
			from := max(a.Sentences[si].Start, m.Start-40)
			f := strings.Fields(a.Text[from:m.Start])
			// Only the words that run up to the name, no punctuation
			// between ("Thank you, Lena" is not a title).
			run := 0
			for run < len(f) && run < 4 && !strings.ContainsAny(f[len(f)-1-run], ",.:;!?\"“”") {
				run++
			}
			if run > 0 && titleWords[strings.ToLower(f[len(f)-1])] && has(strings.Join(f[len(f)-run:], " ")) {
				return true
			}
		}
		// "X (spelled Y in court papers), Peru's Minister of …, who": the
		// apposition, past a parenthesis.
		rest := a.Text[m.End:min(len(a.Text), m.End+240)]
		if strings.HasPrefix(rest, " (") {
			if j := strings.IndexByte(rest, ')'); j > 0 {
				rest = rest[j+1:]
			}
		}
		if strings.HasPrefix(rest, ", ") {
			rest = rest[2:]
			if j := strings.IndexAny(rest, ",;.()"); j >= 0 {
				rest = rest[:j]
			}
			if has(rest) {
				return true
			}
		}
	}
	return false
}

// bylinePerson is the person a "By …" line near the top names.
func (a *Analysis) bylinePerson() *Entity {
	for i, p := range a.Paras {
		if i > 6 {
			break
		}
		line := a.Text[p.Start:p.End]
		if !strings.HasPrefix(line, "By ") {
			continue
		}
		for _, e := range a.Entities {
			for _, m := range e.Mentions {
				if e.Kind == Person && m.Start >= p.Start+3 && m.Start <= p.Start+4 {
					return e
				}
			}
		}
	}
	return nil
}

// personWithRole finds the person a document introduces in a role:
// "Presenter: Lena Holm", "with me, Lena Holm", a title.
func (a *Analysis) personWithRole(role string) *Entity {
	lower := asciiLower(a.Text) // positions stay those of a.Text
	roles := []string{role}
	if hostRoles[role] {
		roles = []string{"presenter", "host", "anchor", "moderator", "interviewer"}
	}
	if role == "reporter" || role == "correspondent" {
		roles = []string{"reporter", "correspondent"}
	}
	for _, r := range roles {
		if e := a.personAfterLabel(lower, r); e != nil {
			return e
		}
	}
	for _, r := range roles {
		for _, e := range a.Entities {
			for _, t := range e.Titles {
				if e.Kind == Person && strings.Contains(strings.ToLower(t), r) {
					return e
				}
			}
		}
		// "Our correspondent Paolo Villarin is in Cebu City."
		for _, e := range a.Entities {
			for _, m := range e.Mentions {
				if e.Kind == Person && strings.HasSuffix(strings.ToLower(strings.TrimSpace(a.Text[max(0, m.Start-len(r)-2):m.Start])), r) {
					return e
				}
			}
		}
	}
	// "THE WITNESS:" is the one the turn before swore in or addressed by
	// name ("Mr. Okonjo, please stand and raise your right hand").
	if role == "witness" {
		if e := a.addressedBeforeLabel(lower, "the witness:"); e != nil {
			return e
		}
	}
	// A reporter no one introduces is the story's own: "By Selamawit
	// Bekele | Addis Horizon Broadcasting".
	if role == "reporter" || role == "correspondent" || role == "interviewer" {
		if e := a.bylinePerson(); e != nil {
			return e
		}
	}
	if !hostRoles[role] {
		return nil
	}
	// "presented by Nadia Zainal", "hosted by …", "anchored by …".
	for _, cue := range []string{"presented by ", "hosted by ", "anchored by ", "moderated by ", "with host ", "with presenter "} {
		i := strings.Index(lower, cue)
		if i < 0 {
			continue
		}
		after := i + len(cue)
		for _, e := range a.Entities {
			for _, m := range e.Mentions {
				if e.Kind == Person && m.Start >= after && m.Start <= after+3 {
					return e
				}
			}
		}
	}
	// "Hana Vesely speaks to …", "X talks to", "X is joined by": the
	// first person who does the talking to others in the introduction.
	// Only in the introduction: before the first labelled turn.
	intro := len(a.Text)
	for _, p := range a.Paras {
		if transcriptLabel.MatchString(a.Text[p.Start:p.End]) {
			intro = p.Start
			break
		}
	}
	for _, e := range a.Entities {
		if e.Kind != Person {
			continue
		}
		for _, m := range e.Mentions {
			if m.Start >= intro || a.inQuote(m.Start) {
				continue
			}
			rest := strings.ToLower(a.Text[m.End:min(len(a.Text), m.End+20)])
			for _, cue := range []string{" speaks to ", " talks to ", " is joined by ", " interviews ", " speaks with ", " talks with "} {
				if strings.HasPrefix(rest, cue) {
					return e
				}
			}
		}
	}
	return nil
}

// addressedBeforeLabel finds the person the paragraph before the first
// turn labelled label addresses by honorific and surname: "Mr. Okonjo,
// please stand".
func (a *Analysis) addressedBeforeLabel(lower, label string) *Entity {
	at := strings.Index(lower, "\n"+label)
	if at < 0 {
		return nil
	}
	pi := a.paraAt(at + 1)
	if pi < 1 {
		return nil
	}
	// The one told to stand, to raise a hand or to swear: the address
	// nearest before that, in its sentence.
	p := a.Paras[pi-1]
	para := a.Text[p.Start:p.End]
	oath := swearCue.FindStringIndex(para)
	if oath == nil {
		return nil
	}
	all := addressed.FindAllStringSubmatchIndex(para[:oath[0]], -1)
	if len(all) == 0 {
		return nil
	}
	last := all[len(all)-1]
	if strings.ContainsAny(para[last[1]:oath[0]], ".;") {
		return nil // addressed in another sentence
	}
	m := []string{para[last[0]:last[1]], para[last[2]:last[3]]}
	var found *Entity
	for _, e := range a.Entities {
		if e.Kind == Person && !a.onlyInLabels(e) && labelFits(m[1], e) {
			if found != nil && found != e {
				return nil
			}
			found = e
		}
	}
	return found
}

// swearCue is what a chair says to a witness: "please stand and raise
// your right hand", "do you swear".
var swearCue = regexp.MustCompile(`(?i)\b(?:please stand|raise your (?:right )?hand|do you (?:solemnly )?swear|take the oath)\b`)

// addressed is a person spoken to by honorific and surname: "Mr. Okonjo,".
var addressed = regexp.MustCompile(`\b(?:Mr|Ms|Mrs|Miss|Dr|Prof)\.? (\p{Lu}[\p{L}'’-]+)\b`)

// hostRoles name whoever runs a programme; a label with one finds the
// person introduced with any.
var hostRoles = setOf(`presenter host anchor moderator interviewer`)

// personAfterLabel finds the person named right after "role:" ("Presenter:
// Claire Hadley"), in the text or in a header the reader skipped.
func (a *Analysis) personAfterLabel(lower, role string) *Entity {
	if i := strings.Index(lower, role+":"); i >= 0 {
		after := i + len(role) + 1
		for _, e := range a.Entities {
			for _, m := range e.Mentions {
				if e.Kind == Person && m.Start >= after && m.Start <= after+3 {
					return e
				}
			}
		}
		// The name after "Presenter:" in a header the reader skips: match
		// it against the people named elsewhere.
		line := a.Text[after:min(len(a.Text), after+60)]
		if nl := strings.IndexByte(line, '\n'); nl >= 0 {
			line = line[:nl] // the name ends with its line
		}
		rest := strings.Fields(line)
		var name []string
		for _, w := range rest {
			if !unicode.IsUpper(firstRune(w)) {
				break
			}
			name = append(name, strings.Trim(w, ",.;|"))
			if len(name) == 3 || strings.ContainsAny(w, ",.;|") {
				break
			}
		}
		if len(name) >= 2 {
			for _, e := range a.Entities {
				if e.Kind == Person {
					if rel, _ := CompareNames(strings.Join(name, " "), e.Name); rel >= VariantSpelling {
						return e
					}
				}
			}
		}
	}
	return nil
}

func titleCase(s string) string {
	if len(s) <= 2 {
		return s
	}
	f := strings.Fields(strings.ToLower(s))
	for i, w := range f {
		f[i] = strings.ToUpper(w[:1]) + w[1:]
	}
	return strings.Join(f, " ")
}

// creditFigures records whom each figure's sentence credits.
// creditTailAt reports a verb of speech whose subject opens right after
// a comma a few words before it: ", Territory Coroner Theodora Malouf
// said".
func creditTailAt(toks []Token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-7; j-- {
		if toks[j].Text == "," {
			return true
		}
		if toks[j].Kind != TokWord && toks[j].Text != "." {
			return false
		}
	}
	return false
}

func (a *Analysis) creditFigures() {
	for i := range a.Figures {
		f := &a.Figures[i]
		si := f.Sentence
		out := a.outletIn(a.Tokens[si], func(Token) bool { return false })
		who := ""
		toks := a.Tokens[si]
		for k, t := range toks {
			if t.Kind == TokWord && speechVerbs[t.Lower()] && t.Start < f.Span.Start {
				if at := a.subjectBefore(toks, k, -1); at.found {
					who = at.speaker
				}
			}
		}
		// "…, without power for about 61 hours, the coroner said in her
		// findings": the credit after the figure, set off by a comma.
		if who == "" {
			for k, t := range toks {
				if t.Start > f.Span.End && t.Kind == TokWord && (t.Lower() == "said" || t.Lower() == "says" || t.Lower() == "wrote") && creditTailAt(toks, k) {
					if at := a.subjectBefore(toks, k, -1); at.found {
						who = at.speaker
					}
					break
				}
			}
		}
		switch {
		case out != "":
			f.Reporter = out
		case who != "":
			f.Reporter = who
		}
		// A figure inside a quotation is the speaker's.
		for _, q := range a.Quotes {
			if q.Span.Contains(f.Span) && q.Speaker != "" {
				f.Reporter = q.Speaker
				if q.AttributedTo != "" {
					f.Reporter = q.AttributedTo
				}
			}
		}
	}
	// A headline's figure sums up the body: where the body gives the same
	// count with a credit, the headline has that credit too.
	for i := range a.Figures {
		f := &a.Figures[i]
		if f.Reporter != "" || !f.Headline {
			continue
		}
		if g := a.BodyFigure(f); g != nil && g.Reporter != "" {
			f.Reporter = g.Reporter
		}
	}
}

// BodyFigure returns the figure of the body that a headline's figure sums
// up: the first of the same count that agrees with it, or nil.
func (a *Analysis) BodyFigure(f *Figure) *Figure {
	if !f.Headline || f.Counts == "" || f.Counts == "count" {
		return nil
	}
	for k := range a.Figures {
		if g := &a.Figures[k]; !g.Headline && g.Counts == f.Counts && f.Agrees(g) {
			return g
		}
	}
	return nil
}

// SpeakerSpan is the stretch of a figure's sentence that names who
// says it: the subject of the last speech verb before the figure, with
// its appositive ("The observatory, a group with sources in Deir ez-Zor
// province, said at least 6 …"). The people named there, and the places
// in the appositive, describe the source, not what the figure counts
// ("Officials in Kharkiv said" still places it). It is empty when no
// speech verb comes before the figure.
func (a *Analysis) SpeakerSpan(f *Figure) Span {
	if f.Sentence < 0 || f.Sentence >= len(a.Tokens) {
		return Span{}
	}
	toks := a.Tokens[f.Sentence]
	verb := -1
	for k, t := range toks {
		if t.Start >= f.Span.Start {
			break
		}
		if t.Kind == TokWord && speechVerbs[t.Lower()] && !a.inQuote(t.Start) {
			verb = k
		}
	}
	if verb < 1 {
		return Span{}
	}
	// Back over an appositive set off by commas, then to the comma or
	// the sentence's start that opens the subject.
	from, commas := verb-1, 1
	if toks[verb-1].Text == "," {
		from, commas = verb-2, 2
	}
	first, last := 0, from+1
	for k := from; k >= 0; k-- {
		if toks[k].Text == "," || toks[k].Text == ";" {
			commas--
			// "Ahmed Khalil, 45, a farmer from Idlib, said": a short part
			// between commas (an age) belongs to the description too.
			if commas == 0 && toks[k].Text == "," && last-k-1 <= 2 && last <= from {
				commas = 1
			}
			last = k
			if commas == 0 {
				first = k + 1
				break
			}
		}
	}
	return Span{Start: toks[first].Start, End: toks[verb].End}
}

// documentWords name the kinds of document a story credits.
var documentWords = setOf(`statement release report filing post announcement ruling judgment judgement note bulletin notice
declaration results result letter memo communique communiqué document website data figures transcript appeal update briefing
interview speech`)

// creditedDocument returns the document a sentence credits with
// "according to": "the company's statement", "an official release".
func (a *Analysis) creditedDocument(si int) string {
	toks := a.Tokens[si]
	for k := 0; k+2 < len(toks); k++ {
		if toks[k].Lower() != "according" || toks[k+1].Lower() != "to" || a.inQuote(toks[k].Start) {
			continue
		}
		end := k + 2
		for end < len(toks) && end < k+10 && toks[end].Kind != TokPunct {
			end++
		}
		for x := end - 1; x >= k+2; x-- {
			if documentWords[toks[x].Lower()] {
				return joinTokens(a.Text, toks[k+2:end])
			}
		}
	}
	return ""
}

// documentSubject finds a document as the subject of saying, opening the
// sentence: "Benfica's statement also said …", "The ministry's report
// showed …", "Its filing says …".
func (a *Analysis) documentSubject(toks []Token, inQuote func(Token) bool) string {
	k := 0
	if k < len(toks) && (toks[k].Lower() == "but" || toks[k].Lower() == "and") {
		k++
	}
	start := k
	owned := false
	for ; k < len(toks) && k < start+5 && toks[k].Kind == TokWord && !inQuote(toks[k]); k++ {
		l := toks[k].Lower()
		if hasPossessive(toks[k].Text) || l == "its" || l == "their" {
			owned = true
		}
		if documentWords[l] && k > start {
			break
		}
	}
	if !owned || k >= len(toks) || !documentWords[toks[k].Lower()] || k+1 >= len(toks) {
		return ""
	}
	v := k + 1
	if v < len(toks) && toks[v].Lower() == "also" {
		v++
	}
	if v >= len(toks) {
		return ""
	}
	if l := toks[v].Lower(); !speechVerbs[l] && l != "showed" && l != "shows" {
		return ""
	}
	return joinTokens(a.Text, toks[start:k+1])
}

// platforms are where people post; "said on X" credits the post.
var platforms = map[string]bool{"x": true, "twitter": true, "facebook": true, "telegram": true, "instagram": true, "tiktok": true,
	"youtube": true, "weibo": true, "wechat": true, "linkedin": true, "threads": true, "bluesky": true, "truth": true}

// platformIn finds "said on X", "wrote on Telegram", "posted on Facebook".
func (a *Analysis) platformIn(toks []Token) string {
	for k := 0; k+2 < len(toks); k++ {
		l := toks[k].Lower()
		if (speechVerbs[l] || l == "posted" || l == "wrote") && toks[k+1].Lower() == "on" && platforms[toks[k+2].Lower()] && toks[k+2].IsCap() {
			return toks[k+2].Text
		}
	}
	return ""
}

// findStatements finds sentences that credit their content to an outlet
// or body: "according to Reuters", "The AP reported", "as Reuters noted".
func (a *Analysis) findStatements() {
	for si, s := range a.Sentences {
		notQuoted := func(t Token) bool { return a.inQuoteOuter(t.Start) }
		outlet := a.outletIn(a.Tokens[si], notQuoted)
		doc := ""
		if outlet == "" {
			// "according to the company's statement", "in a news
			// release, the hospital said", "the cabinet said on X".
			doc = a.creditedDocument(si)
			if doc == "" && hasSpeechCue(a.Text[s.Start:s.End]) {
				if doc = a.documentIn(a.Tokens[si], notQuoted); doc == "" {
					outlet = a.platformIn(a.Tokens[si])
				}
			}
			if doc == "" && outlet == "" {
				doc = a.documentSubject(a.Tokens[si], notQuoted)
			}
		}
		if outlet == "" && doc == "" {
			// "… said in the statement. The command said the strikes had
			// also …", "It added …": the same document goes on.
			if si > 0 && a.Sentences[si-1].Para == s.Para {
				// The body may be named one sentence further back, in the
				// same paragraph: "X Command said in a statement … “…,”
				// its commander said in the statement. The command said …".
				prev := [][]Token{a.Tokens[si-1]}
				if si > 1 && a.Sentences[si-2].Para == s.Para {
					prev = append(prev, a.Tokens[si-2])
				}
				if continuesCredit(a.Tokens[si], prev, notQuoted) || trailingCredit(a.Tokens[si], prev, notQuoted) || a.itContinues(si) {
					outlet, doc = a.creditOf(si - 1)
				}
			}
		}
		if outlet == "" && doc == "" {
			// "The company said the strike had cost it …": the body of
			// that kind the story named last, when its own page is cited.
			outlet = a.bodyNamedBefore(si, notQuoted)
		}
		if outlet == "" && doc == "" {
			// "Kerio Elite also said …": a body whose own page is cited.
			outlet = a.publisherSubject(si, notQuoted)
		}
		if outlet == "" && doc == "" {
			// "…, the ministry said, while …": the body of that kind that
			// has spoken in the story, when its page is cited.
			outlet = a.bodySaidWithin(si, notQuoted)
		}
		var link Span
		if outlet == "" && doc == "" {
			// "…, the delegation said" after "The regional presidential
			// delegation said in a statement …": the body that spoke, in
			// lower case, with the credit it had.
			outlet, doc, link = a.sameBodyBefore(si, notQuoted)
		}
		var clause Span
		if outlet == "" && doc == "" {
			// "BMKG had issued an [early warning] of heavy rain …": a
			// sentence that links a cited page says what that page says;
			// its figures and dates are the linked clause's only ("…, a
			// year after [a similar landslide] shut the road").
			doc, clause = a.linkedIn(s.Span)
		}
		if outlet == "" && doc == "" {
			continue
		}
		a.Statements = append(a.Statements, Attribution{Span: s.Span, Text: a.Text[s.Start:s.End], Outlet: outlet, Document: doc, Sentence: si, Clause: clause, Link: link})
	}
}

// linkedIn returns the words of a link to a cited source inside span,
// if one lies there.
func (a *Analysis) linkedIn(span Span) (string, Span) {
	if l, ok := a.citedIn(span); ok {
		return NormalizeSpace(a.Text[l.Start:l.End]), a.clauseAround(span, l.Start, l.End)
	}
	return "", Span{}
}

// citedIn is the first link to a cited source inside span.
func (a *Analysis) citedIn(span Span) (Span, bool) {
	for _, l := range a.cited {
		if l.Start >= span.Start && l.End <= span.End && l.End > l.Start {
			return Span{l.Start, l.End}, true
		}
	}
	return Span{}, false
}

// clauseAround is the stretch of a sentence between the clause marks
// (", ", "; ", dashes) around start..end, outside brackets.
func (a *Analysis) clauseAround(sent Span, start, end int) Span {
	text := a.Text
	from, to := sent.Start, sent.End
	depth := 0
	for i := start - 1; i > sent.Start; i-- {
		switch text[i] {
		case ')':
			depth++
		case '(':
			depth--
		}
		if depth == 0 && clauseMarkAt(text, i) {
			from = i + 1
			if text[i] == ' ' {
				from = i + strings.Index(text[i+1:], " ") + 2 // past " — "
			}
			break
		}
	}
	depth = 0
	for i := end; i < sent.End; i++ {
		switch text[i] {
		case '(':
			depth++
		case ')':
			depth--
		}
		if depth == 0 && clauseMarkAt(text, i) {
			to = i
			break
		}
	}
	for from < to && text[from] == ' ' {
		from++
	}
	return Span{Start: from, End: to}
}

// clauseMarkAt reports a clause mark at i: a comma or semicolon before a
// space, or a spaced dash.
func clauseMarkAt(text string, i int) bool {
	switch {
	case (text[i] == ',' || text[i] == ';') && i+1 < len(text) && text[i+1] == ' ':
		return true
	case strings.HasPrefix(text[i:], " — ") || strings.HasPrefix(text[i:], " – "):
		return true
	}
	return false
}

// itContinues reports "It said …" right after a sentence whose subject is
// a body that spoke in a document: "Minera Sur said in a statement that
// … It said it respected the right to protest".
func (a *Analysis) itContinues(si int) bool {
	toks := a.Tokens[si]
	if len(toks) < 2 || toks[0].Text != "It" || !speechVerbs[toks[1].Lower()] && !(toks[1].Lower() == "also" && len(toks) > 2 && speechVerbs[toks[2].Lower()]) {
		return false
	}
	prev := a.Sentences[si-1]
	// The subject named first; the name finder may have taken a company
	// for a person, but "it" is not said of a place.
	m := a.mentionStart[prev.Start]
	if m == nil || m.Entity == nil || m.Entity.Kind == Place {
		return false
	}
	_, doc := a.creditOf(si - 1)
	return doc != ""
}

// creditOf is the outlet or document that sentence si credits, through a
// statement or a quotation of its own.
func (a *Analysis) creditOf(si int) (outlet, doc string) {
	if n := len(a.Statements); n > 0 && a.Statements[n-1].Sentence == si {
		return a.Statements[n-1].Outlet, a.Statements[n-1].Document
	}
	for _, q := range a.Quotes {
		if q.Sentence == si && !q.Transcript && (q.AttributedTo != "" || q.Document != "") {
			return q.AttributedTo, q.Document
		}
	}
	return "", ""
}

// bodyNamedBefore reads "The company said …" opening sentence si: the
// organisation the story named last, within three paragraphs, that is a
// source the story cites and that the noun fits (a union is not a
// company).
func (a *Analysis) bodyNamedBefore(si int, inQuote func(Token) bool) string {
	toks := a.Tokens[si]
	if len(toks) < 3 || toks[0].Lower() != "the" || inQuote(toks[0]) {
		return ""
	}
	// "The company said", "The central bank estimated", "The health
	// ministry said": up to two words in lower case before the noun.
	n := 1
	for n < 3 && n+1 < len(toks) && !bodyNouns[toks[n].Lower()] && toks[n].Kind == TokWord && !toks[n].IsCap() {
		n++
	}
	noun := toks[n].Lower()
	if !bodyNouns[noun] || mediaNouns[noun] {
		return ""
	}
	// "The central bank", "the health ministry": a word of the kind that
	// the body's name must hold; not a refinery for "the central bank".
	var kinds []string
	for _, t := range toks[1:n] {
		if l := t.Lower(); !genericBodyAdjectives[l] && !strings.Contains(l, "-") && !strings.HasSuffix(l, "ed") && !strings.HasSuffix(l, "ing") {
			kinds = append(kinds, l)
		}
	}
	// The words of the kind are a preference: "the central bank" is the
	// Central Bank of Nigeria over a refinery, but the Reserve Bank of
	// India when no cited body says "central".
	kindOK := func(name string) bool {
		for _, w := range kinds {
			if !wordOf(strings.ToLower(name), w) {
				return false
			}
		}
		return true
	}
	anyKind := len(kinds) > 0 && (slices.ContainsFunc(a.Entities, func(e *Entity) bool { return e.Kind == Org && bodyFits(noun, e.Name) && kindOK(e.Name) }) ||
		slices.ContainsFunc(a.Outlets, func(p string) bool { return bodyFits(noun, p) && kindOK(p) }))
	fits := func(name string) bool {
		return bodyFits(noun, name) && (!anyKind || kindOK(name))
	}
	k := n + 1
	if k >= len(toks) {
		return ""
	}
	if toks[k].Lower() == "also" && k+1 < len(toks) {
		k++
	}
	if !speechVerbs[toks[k].Lower()] && !estimateVerbs[toks[k].Lower()] {
		return ""
	}
	start := a.Sentences[si].Start
	from := start
	for j := si; j >= 0 && a.Sentences[j].Para >= a.Sentences[si].Para-3; j-- {
		from = a.Sentences[j].Start
	}
	best, bestAt := "", -1
	// Any organisation of that kind named since: "Drugmaker Pfizer … The
	// company said" is Pfizer's, cited or not (and then credits nothing).
	for _, e := range a.Entities {
		if e.Kind != Org || isPressName(e.Name) || !fits(e.Name) || len(strings.Fields(e.Name)) < 2 {
			continue
		}
		// "The alliance also said" pages after "the Ceylon Estate Workers'
		// Alliance": the noun in the name itself reaches further back.
		named := wordOf(strings.ToLower(e.Name), noun)
		for _, m := range e.Mentions {
			if m.End <= start && (m.Start >= from || named) && m.End > bestAt {
				best, bestAt = "", m.End
				for _, p := range a.Outlets {
					if strings.EqualFold(p, e.Name) || strings.HasPrefix(strings.ToLower(p), strings.ToLower(e.Name)+" ") {
						best = p
					}
					// "the Central Reserve Bank of Peru (BCRP)" and its own
					// page, "Banco Central de Reserva del Perú": the
					// acronym ties the two languages.
					for _, al := range e.Aliases {
						if acronymFor(al, p) {
							best = p
						}
					}
				}
			}
		}
	}
	for _, p := range a.Outlets {
		if !fits(p) || isPressName(p) {
			continue
		}
		// The publisher as the story writes it: "Régiolignes" for
		// "Régiolignes Newsroom".
		forms := []string{p}
		if f := strings.Fields(p); len(f) > 1 && len([]rune(f[0])) >= 5 && isCapitalised(f[0]) {
			forms = append(forms, f[0])
		}
		for _, f := range forms {
			if i := lastWordIndex(a.Text[from:start], f); i >= 0 && from+i > bestAt {
				best, bestAt = p, from+i
			}
		}
	}
	return best
}

// publisherSubject reads a sentence opening with the name of a body whose
// page the story cites, then a verb of saying: "Kerio Elite also said …",
// "Régiolignes said …".
func (a *Analysis) publisherSubject(si int, inQuote func(Token) bool) string {
	toks := a.Tokens[si]
	// "…, Police Scotland said." at the end.
	n := len(toks)
	for n > 0 && toks[n-1].Kind == TokPunct {
		n--
	}
	if n >= 3 && speechVerbs[toks[n-1].Lower()] && !inQuote(toks[n-1]) {
		k := n - 2
		for k >= 0 && k > n-8 && toks[k].Kind == TokWord && toks[k].IsCap() {
			k--
		}
		// "…, the OSP said.": the article before the name.
		if k >= 1 && k < n-2 && toks[k].Lower() == "the" {
			k--
		}
		if k >= 0 && k < n-2 && toks[k].Text == "," {
			name := strings.TrimPrefix(strings.TrimPrefix(joinTokens(a.Text, toks[k+1:n-1]), "the "), "The ")
			for _, p := range a.Outlets {
				if strings.EqualFold(p, name) || acronymFor(name, p) {
					return p
				}
			}
		}
	}
	k := 0
	for k < len(toks) && k < 6 && toks[k].Kind == TokWord && toks[k].IsCap() && !inQuote(toks[k]) {
		k++
	}
	if k == 0 || k >= len(toks) {
		return ""
	}
	v := k
	if toks[v].Lower() == "also" && v+1 < len(toks) {
		v++
	}
	if !speechVerbs[toks[v].Lower()] {
		return ""
	}
	name := joinTokens(a.Text, toks[:k])
	if pronouns[strings.ToLower(name)] {
		return ""
	}
	for _, p := range a.Outlets {
		if strings.EqualFold(p, name) {
			return p
		}
		// "Kerio Elite" for "Kerio Elite Athletics Management",
		// "Régiolignes" for "Régiolignes Newsroom"; not "Kenya" for the
		// "Kenya Red Cross Society".
		if rest, ok := strings.CutPrefix(strings.ToLower(p), strings.ToLower(name)+" "); ok && (k >= 2 || genericTail(rest)) {
			return p
		}
		if acronymFor(name, p) {
			return p
		}
	}
	return ""
}

// acronymFor reports an acronym that names a publisher: "BNPB" for "BNPB
// - Badan Nasional Penanggulangan Bencana", "Ministry of Finance (MF)",
// or the initials of its words. A word in capitals that is not an
// acronym ("Kenya") never does.
func acronymFor(name, publisher string) bool {
	if !isAcronym(name) {
		return false
	}
	lp := strings.ToLower(publisher)
	ln := strings.ToLower(name)
	if rest, ok := strings.CutPrefix(lp, ln+" "); ok {
		if r, _ := utf8.DecodeRuneInString(rest); strings.ContainsRune("-–—|:(", r) {
			return true
		}
	}
	if strings.Contains(lp, "("+ln+")") {
		return true
	}
	head, _, _ := strings.Cut(publisher, " - ")
	return AcronymOf(name, head)
}

// bodySaidWithin resolves "the ministry said" inside a sentence (not
// only at its start) to the cited publisher of the body of that kind the
// story last had speaking: "the Finance Ministry said on Monday", not the
// Defence Ministry whose spending it then reports.
func (a *Analysis) bodySaidWithin(si int, inQuote func(Token) bool) string {
	noun := bodyNounSaid(a.Tokens[si], inQuote)
	if noun == "" {
		return ""
	}
	start := a.Sentences[si].Start
	bestAt, best := -1, ""
	for _, e := range a.Entities {
		// The noun in the name itself ("the ministry", the Finance
		// Ministry): "the company" is not said of a health agency.
		if e.Kind != Org || isPressName(e.Name) || !wordOf(strings.ToLower(e.Name), noun) {
			continue
		}
		for _, m := range e.Mentions {
			if m.End > start || m.End <= bestAt || !spokeAfter(a.Text, m.End) {
				continue
			}
			bestAt, best = m.End, ""
			for _, p := range a.Outlets {
				if sameBodyName(e.Name, p) {
					best = p
				}
			}
		}
	}
	// "The health ministry, however, has warned …" since: another body
	// of that kind, written in lower case, may be the one meant.
	if best != "" && bestAt < start && lowerBodySince(a.Text[bestAt:start], noun) {
		return ""
	}
	return best
}

// otherBodySince reports a body of that kind ("the Defence Ministry")
// named between the sentence that had one speak and pos, other than the
// bodies that sentence names: which one "the ministry" is, is not plain.
func (a *Analysis) otherBodySince(noun string, said Sentence, pos int) bool {
	for _, e := range a.Entities {
		if e.Kind != Org || !wordOf(strings.ToLower(e.Name), noun) {
			continue
		}
		inSaid, between := false, false
		for _, m := range e.Mentions {
			if m.Start >= said.Start && m.End <= said.End {
				inSaid = true
			}
			if m.Start >= said.End && m.End <= pos {
				between = true
			}
		}
		if between && !inSaid {
			return true
		}
	}
	return false
}

// sameBodyBefore returns the credit of the last statement whose
// sentence had "the … NOUN" speak, for a sentence where "the NOUN" speaks.
func (a *Analysis) sameBodyBefore(si int, inQuote func(Token) bool) (outlet, doc string, link Span) {
	noun := bodyNounSaid(a.Tokens[si], inQuote)
	if noun == "" {
		return "", "", Span{}
	}
	for i := len(a.Statements) - 1; i >= 0; i-- {
		st := a.Statements[i]
		if st.Sentence >= si {
			continue
		}
		pt := a.Tokens[st.Sentence]
		for k := 0; k+1 < len(pt); k++ {
			if pt[k].Lower() == noun && speechVerbs[pt[k+1].Lower()] && !inQuote(pt[k]) {
				// "the health ministry" said something since: which
				// ministry is meant is not plain.
				if lowerBodySince(a.Text[a.Sentences[st.Sentence].End:a.Sentences[si].Start], noun) ||
					a.otherBodySince(noun, a.Sentences[st.Sentence], a.Sentences[si].Start) {
					return "", "", Span{}
				}
				// The same document again, through the link it had.
				link := st.Link
				if l, ok := a.citedIn(st.Span); ok {
					link = l
				}
				return st.Outlet, st.Document, link
			}
		}
	}
	return "", "", Span{}
}

// bodyNounSaid is the noun of "the ministry said" in a sentence, outside
// quotations, or "".
func bodyNounSaid(toks []Token, inQuote func(Token) bool) string {
	for k := 0; k+2 < len(toks); k++ {
		if toks[k].Lower() == "the" && bodyNouns[toks[k+1].Lower()] && !mediaNouns[toks[k+1].Lower()] && speechVerbs[toks[k+2].Lower()] && !inQuote(toks[k]) {
			return toks[k+1].Lower()
		}
	}
	return ""
}

func wordOf(s, w string) bool { return lastWordIndex(s, w) >= 0 }

// lowerWord is a word in lower case letters.
var lowerWord = regexp.MustCompile(`^[a-z][a-z-]+$`)

// lowerBodySince reports "the health ministry" in text: "the", a word in
// lower case, then the noun.
func lowerBodySince(text, noun string) bool {
	for end := len(text); ; {
		i := lastWordIndex(text[:end], noun)
		if i < 0 {
			return false
		}
		w := strings.Fields(text[max(0, i-40):i])
		if n := len(w); n >= 2 && (w[n-2] == "the" || w[n-2] == "The") && lowerWord.MatchString(w[n-1]) {
			return true
		}
		end = i
	}
}

var spokeAfterRe = regexp.MustCompile(`^(?:,[^,.]{0,80},)?\s+(?:also\s+)?(?:said|says|told|reported|announced|estimated|added|warned)\b`)

// spokeAfter reports a speech verb right after a name, past an
// appositive or a time: "the Finance Ministry said on Monday".
func spokeAfter(text string, end int) bool {
	return spokeAfterRe.MatchString(text[end:min(len(text), end+120)])
}

// sameBodyName reports a body's name and a publisher's that hold the same
// words: "Finance Ministry" and "Ministry of Finance of the Czech
// Republic".
func sameBodyName(name, publisher string) bool {
	pw := strings.Fields(strings.ToLower(publisher))
	for _, w := range strings.Fields(strings.ToLower(name)) {
		if w == "the" || w == "of" {
			continue
		}
		if !slices.Contains(pw, w) {
			return false
		}
	}
	return true
}

// genericTail reports the words a body's page adds to its name:
// "Newsroom", "Press Office", "Ltd".
func genericTail(rest string) bool {
	for _, w := range strings.Fields(rest) {
		switch strings.Trim(w, ".,()") {
		case "newsroom", "news", "press", "office", "media", "group", "ltd", "plc", "inc", "sa", "ag", "corp", "corporation", "company", "co":
		default:
			return false
		}
	}
	return true
}

// estimateVerbs credit a body's figures as a verb of saying does: "The
// central bank estimated that …".
var estimateVerbs = setOf(`estimated estimates forecast forecasts projected projects calculated calculates`)

// isPressName reports a news outlet's name: "Europa Newswire".
func isPressName(name string) bool {
	for _, w := range strings.Fields(strings.ToLower(name)) {
		// "Newswire", "Newsweek"; a company's "Newsroom" is its own.
		if pressWords[w] || strings.HasPrefix(w, "news") && w != "newsroom" {
			return true
		}
	}
	return false
}

// lastWordIndex is where word last stands as a whole word in text, or -1.
func lastWordIndex(text, word string) int {
	for end := len(text); end > 0; {
		i := strings.LastIndex(text[:end], word)
		if i < 0 {
			return -1
		}
		before, _ := utf8.DecodeLastRuneInString(text[:i])
		after, _ := utf8.DecodeRuneInString(text[i+len(word):])
		if !unicode.IsLetter(before) && !unicode.IsLetter(after) {
			return i
		}
		end = i
	}
	return -1
}

// genericBodyAdjectives say what any body may be, not which kind:
// "the state-run company", "the national carrier".
var genericBodyAdjectives = setOf(`new state local national private public parent main former same other two three largest biggest`)

// bodyFits reports a noun that can stand for the named body: "the union"
// for a federation of workers, "the company" for neither a union nor a
// ministry.
func bodyFits(noun, name string) bool {
	l := strings.ToLower(name)
	unionLike := strings.Contains(l, "union") || strings.Contains(l, "federation") || strings.Contains(l, "fédération") ||
		strings.Contains(l, "syndicat") || strings.Contains(l, "confederation") || strings.Contains(l, "workers")
	state := strings.Contains(l, "ministry") || strings.Contains(l, "government") || strings.Contains(l, "police") ||
		strings.Contains(l, "court") || strings.Contains(l, "army") || strings.Contains(l, "council")
	switch noun {
	case "union", "federation":
		return unionLike
	case "company", "firm", "operator", "carrier", "airline", "insurer", "bank", "manufacturer", "retailer", "developer", "utility", "group", "owner":
		return !unionLike && !state
	}
	return strings.Contains(l, noun)
}

// trailingCredit reports a sentence that ends "…, the alliance said."
// after a sentence naming that body ("Relief Alliance International said
// in its appeal …"): the same body goes on speaking.
func trailingCredit(toks []Token, prev [][]Token, inQuote func(Token) bool) bool {
	n := len(toks)
	for n > 0 && toks[n-1].Kind == TokPunct {
		n--
	}
	if n < 4 || !speechVerbs[toks[n-1].Lower()] || inQuote(toks[n-1]) || toks[n-3].Lower() != "the" || toks[n-4].Text != "," {
		return false
	}
	noun := toks[n-2]
	l := noun.Lower()
	if noun.IsCap() || len(l) < 4 {
		return false
	}
	for _, ts := range prev {
		for _, t := range ts {
			// "the alliance" after "Relief Alliance International".
			if t.Lower() == l && !inQuote(t) && (t.IsCap() || bodyNouns[l]) {
				return true
			}
		}
	}
	return false
}

// continuesCredit reports a sentence that opens with the body that spoke
// in the sentence before (prev names it: "… U.S. Central Command … The
// command said", "… the ministry's statement … The ministry also said")
// and a verb of saying. A body the sentence before does not name is
// another speaker: "… Reuters reported. The army said …".
func continuesCredit(toks []Token, prev [][]Token, inQuote func(Token) bool) bool {
	k := 0
	if k < len(toks) && (toks[k].Lower() == "the" || toks[k].Lower() == "this") {
		k++
	}
	if k >= len(toks) || inQuote(toks[k]) {
		return false
	}
	l := toks[k].Lower()
	if !bodyNouns[l] && !documentWords[l] {
		return false
	}
	named := false
	for _, ts := range prev {
		for _, t := range ts {
			// "the command" after "Command" or "commander", "the
			// ministry" after "the ministry's".
			named = named || strings.HasPrefix(t.Lower(), l) && !inQuote(t)
		}
	}
	if !named {
		return false
	}
	k++
	if k < len(toks) && toks[k].Lower() == "also" {
		k++
	}
	return k < len(toks) && speechVerbs[toks[k].Lower()] && !inQuote(toks[k])
}
