package claims

import (
	"cmp"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/google/uuid"
)

// idSpace namespaces the name-based ids of claims, sources and
// discrepancies, so that the same claim of the same story keeps its id
// from one audit to the next (and a review stays attached to it).
var idSpace = uuid.MustParse("6f1d3c1e-2b57-4c55-9d0e-7c1b5a0e9a11")

// StableID returns a name-based UUID (v5) for the given parts.
func StableID(parts ...string) string {
	return uuid.NewSHA1(idSpace, []byte(strings.Join(parts, "\x1f"))).String()
}

// SourceID is the id of a source, derived from its canonical URL.
func SourceID(canonicalURL string) string { return StableID("source", canonicalURL) }

// Claims turns an analysis of a story into the claims of its report, in
// the order they appear. Every claim starts unverifiable; verification
// sets its status and evidence.
func (a *Analysis) Claims(articleURL string) []Claim {
	var out []Claim
	sentence := func(span Span) string {
		si := a.sentenceAt(span.Start)
		if si < 0 {
			return ""
		}
		s := a.Sentences[si]
		end := s.End
		// A quotation running past its first sentence brings the rest.
		for sj := si + 1; sj < len(a.Sentences) && a.Sentences[sj].Start < span.End; sj++ {
			end = a.Sentences[sj].End
		}
		return NormalizeSpace(a.Text[s.Start:end])
	}
	newClaim := func(kind string, span Span, text string) Claim {
		return Claim{
			ID:       StableID("claim", articleURL, kind, strconv.Itoa(span.Start), strconv.Itoa(span.End), text),
			Kind:     kind,
			Text:     text,
			Sentence: sentence(span),
			Status:   Unverifiable,
			Support:  []Support{},
			Start:    span.Start,
			End:      span.End,
		}
	}
	for i := range a.Quotes {
		q := &a.Quotes[i]
		c := newClaim(KindQuote, q.Span, q.Text)
		c.Speaker = q.Speaker
		c.AttributedTo = q.AttributedTo
		c.Document = q.Document
		c.Quote = q
		out = append(out, c)
	}
	for i := range a.Figures {
		f := &a.Figures[i]
		// A length of time is a claim when the story credits it ("without
		// power for about 61 hours, the coroner said"): a term or ban
		// always.
		if f.Scope == "duration" && f.Counts != "sentenced" && f.Counts != "ban" && (f.Reporter == "" || !creditedTime[f.Counts]) {
			continue
		}
		span := f.Span
		text := f.Text
		if f.Of != "" {
			if k := strings.Index(a.Text[f.Span.End:min(len(a.Text), f.Span.End+80)], f.Of); k >= 0 && k < 30 {
				span.End = f.Span.End + k + len(f.Of)
				text = a.Text[span.Start:span.End]
			}
		}
		c := newClaim(KindNumber, span, NormalizeSpace(text))
		c.Value = f.Interval()
		c.AttributedTo = f.Reporter
		c.Figure = f
		d := &Detail{Counts: f.Counts, Of: f.Of, Unit: f.Unit, Qualifier: f.Qualifier, Scope: f.Scope, Reporter: f.Reporter, Note: f.Note}
		if !math.IsInf(f.Low, 0) {
			lo := f.Low
			d.Low = &lo
		}
		if !math.IsInf(f.High, 0) {
			hi := f.High
			d.High = &hi
		}
		c.Detail = d
		out = append(out, c)
	}
	for _, e := range a.Entities {
		if e.Kind != Person || nameLen(e.Name) < 2 || len(e.Mentions) == 0 {
			continue
		}
		m := e.Mentions[0]
		for _, x := range e.Mentions {
			if x.Text == e.Name {
				m = x
				break
			}
		}
		c := newClaim(KindName, m.Span, e.Name)
		c.Value = e.Name
		c.Entity = e
		c.Detail = &Detail{Aliases: e.Aliases, Forms: e.Forms, Titles: e.Titles}
		out = append(out, c)
	}
	for i := range a.Dates {
		d := &a.Dates[i]
		if d.Date.IsZero() {
			continue
		}
		c := newClaim(KindDate, d.Span, d.Text)
		c.Value = d.ISO()
		c.Date = d
		c.Detail = &Detail{}
		if d.HasWeekday {
			c.Detail.Weekday = d.Weekday.String()
		}
		if d.WeekdayMismatch {
			c.Detail.Note = d.Text + ": " + d.Date.Format("January 2, 2006") + " was a " + d.Date.Weekday().String()
		}
		out = append(out, c)
	}
	for i := range a.Statements {
		st := &a.Statements[i]
		// A sentence that is only a quotation is claimed as the quote.
		if a.onlyQuote(st.Span) {
			continue
		}
		c := newClaim(KindStatement, st.Span, NormalizeSpace(st.Text))
		c.AttributedTo = st.Outlet
		c.Document = st.Document
		c.Stmt = st
		out = append(out, c)
	}
	sortClaims(out)
	return out
}

func (a *Analysis) onlyQuote(s Span) bool {
	covered := 0
	for _, q := range a.Quotes {
		if s.Overlaps(q.Outer) {
			covered += min(s.End, q.Outer.End) - max(s.Start, q.Outer.Start)
		}
	}
	return covered*10 >= s.Len()*7
}

// sortClaims puts claims in text order, the wider of two at one place
// first; stable, so ties keep the order they were made in.
func sortClaims(cs []Claim) {
	slices.SortStableFunc(cs, func(a, b Claim) int {
		if c := cmp.Compare(a.Start, b.Start); c != 0 {
			return c
		}
		return cmp.Compare(b.End, a.End)
	})
}

// creditedTime are the units of a credited length of time that make a
// claim of it.
var creditedTime = map[string]bool{"minute": true, "hour": true, "day": true, "week": true, "month": true}
