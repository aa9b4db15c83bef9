package index

import (
	"errors"
	"fmt"
	"regexp"
	"sort"
	"strings"
	"time"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/provenance-audit/provenance/claims"
)

// ErrQuery marks a query the user wrote that cannot be run: bad syntax,
// an unknown field.
var ErrQuery = errors.New("bad query")

// userFields are the fields a query string may name; "text" stands for
// the stemmed fields of every language.
var userFields = []string{"text", exactField, "title", "publisher", "url", "lang", "type", "kind", "month", dayField, "published", "source_id", "audit_id"}

// planner turns a claims.Query into a bleve query for an index that holds
// the given languages.
type planner struct {
	m     mapping.IndexMapping
	langs []string
}

func (p *planner) analyzer(field string) analysis.Analyzer {
	return p.m.AnalyzerNamed(p.m.AnalyzerNameForPath(field))
}

func analyzerOf(code string) string {
	for _, l := range languages {
		if l.code == code {
			return l.analyzer
		}
	}
	return ""
}

// matchText is ranked search of text in every language the index holds:
// one match query per stemmed field, each analysed by its own analyzer,
// any of which may match.
func (p *planner) matchText(text string, op query.MatchQueryOperator, boost *query.Boost, hl *highlight) query.Query {
	var qs []query.Query
	for _, code := range p.langs {
		f := textField(code)
		m := query.NewMatchQuery(text)
		m.SetField(f)
		m.Analyzer = analyzerOf(code)
		m.SetOperator(op)
		if boost != nil {
			m.SetBoost(boost.Value())
		}
		qs = append(qs, m)
		if hl != nil {
			hl.addTerms(f, text)
		}
	}
	switch len(qs) {
	case 0:
		return query.NewMatchNoneQuery()
	case 1:
		return qs[0]
	}
	return query.NewDisjunctionQuery(qs)
}

// plainWords reports a query of two or more words and no query syntax.
func plainWords(s string) bool {
	return len(strings.Fields(s)) >= 2 && !strings.ContainsAny(s, "\"+-:*~^()?!")
}

// exactPhrase is a phrase on the unstemmed field, words as written.
func exactPhrase(text string) *query.MatchPhraseQuery {
	q := query.NewMatchPhraseQuery(text)
	q.SetField(exactField)
	q.Analyzer = exactAnalyzer
	return q
}

// build returns the bleve query for q, and what to highlight.
func (p *planner) build(q claims.Query) (query.Query, *highlight, error) {
	hl := newHighlight(p.analyzer)
	var text []query.Query
	if s := strings.TrimSpace(q.Text); s != "" {
		tq, err := p.queryString(s, hl)
		if err != nil {
			return nil, nil, err
		}
		text = append(text, tq)
		// Plain words ("killing both"): the passages that hold them as
		// written, in order, rank first; stop words count there.
		if plainWords(s) {
			ph := exactPhrase(s)
			ph.SetBoost(2)
			text = append(text, p.withPairs(ph))
			hl.addPhrase(s)
		}
	}
	if s := strings.TrimSpace(q.Match); s != "" {
		text = append(text, p.matchText(s, query.MatchQueryOperatorOr, nil, hl))
	}
	if s := strings.TrimSpace(q.Phrase); s != "" {
		text = append(text, p.withPairs(exactPhrase(s)))
		hl.addPhrase(s)
	}
	var must []query.Query
	switch len(text) {
	case 0:
		// Filters alone, or everything.
	case 1:
		must = append(must, text[0])
	default:
		must = append(must, query.NewDisjunctionQuery(text))
	}
	// Filters go in one conjunction with the text: bleve runs that faster
	// than a boolean query's filter clause. Passages or claims is not a
	// filter: they are kept in separate indexes (Index.target).
	if len(q.SourceIDs) > 0 {
		ids := append([]string(nil), q.SourceIDs...)
		sort.Strings(ids)
		var ors []query.Query
		for i, id := range ids {
			if i == 0 || id != ids[i-1] {
				ors = append(ors, term("source_id", id))
			}
		}
		if len(ors) == 1 {
			must = append(must, ors[0])
		} else {
			must = append(must, query.NewDisjunctionQuery(ors))
		}
	}
	if s := strings.TrimSpace(q.Publisher); s != "" {
		must = append(must, term(publisherKey, strings.ToLower(s)))
	}
	if !q.Since.IsZero() || !q.Until.IsZero() {
		must = append(must, dayRange(q.Since, q.Until, true, true))
	}
	switch len(must) {
	case 0:
		return query.NewMatchAllQuery(), hl, nil
	case 1:
		return must[0], hl, nil
	}
	return query.NewConjunctionQuery(must), hl, nil
}

// dayRange matches the passages published between two times, at the
// resolution of a day (UTC): the days of since and until are in or out as
// the flags say; a zero time is an open end.
func dayRange(since, until time.Time, sinceIn, untilIn bool) query.Query {
	var lo, hi string
	if !since.IsZero() {
		lo = since.UTC().Format(time.DateOnly)
	}
	if !until.IsZero() {
		hi = until.UTC().Format(time.DateOnly)
	}
	if lo != "" && hi != "" && (hi < lo || hi == lo && !(sinceIn && untilIn)) {
		return query.NewMatchNoneQuery()
	}
	if lo == "" && hi == "" {
		// Any date at all: every day is after the empty string.
		lo, sinceIn = "0", true
	}
	r := query.NewTermRangeInclusiveQuery(lo, hi, &sinceIn, &untilIn)
	r.SetField(dayField)
	return r
}

func term(field, value string) *query.TermQuery {
	t := query.NewTermQuery(value)
	t.SetField(field)
	return t
}

// queryString parses the bleve query-string syntax and points its parts
// at this index's fields: bare words go to the stemmed field of every
// language, "quoted phrases", wildcards, regexps and fuzzy words to the
// exact field, publisher:NAME to the case-blind publisher field.
func (p *planner) queryString(s string, hl *highlight) (query.Query, error) {
	parsed, err := query.NewQueryStringQuery(s).Parse()
	if err != nil {
		return nil, fmt.Errorf("%w: %q: %v (words, \"exact phrases\", +must, -mustnot, field:value; see 'provenance search --help')", ErrQuery, s, err)
	}
	return p.rewrite(parsed, hl, false)
}

func knownField(f string) bool {
	if isTextField(f) {
		return true
	}
	for _, u := range userFields {
		if u == f {
			return true
		}
	}
	return false
}

// rewrite walks a parsed query string; parts under a must-not are not
// highlighted.
func (p *planner) rewrite(q query.Query, hl *highlight, negated bool) (query.Query, error) {
	mark := hl
	if negated {
		mark = nil
	}
	var err error
	switch t := q.(type) {
	case *query.BooleanQuery:
		if t.Must != nil {
			if t.Must, err = p.rewrite(t.Must, hl, negated); err != nil {
				return nil, err
			}
		}
		if t.Should != nil {
			if t.Should, err = p.rewrite(t.Should, hl, negated); err != nil {
				return nil, err
			}
		}
		if t.MustNot != nil {
			if t.MustNot, err = p.rewrite(t.MustNot, hl, true); err != nil {
				return nil, err
			}
		}
		if t.Filter != nil {
			if t.Filter, err = p.rewrite(t.Filter, hl, true); err != nil {
				return nil, err
			}
		}
		return t, nil
	case *query.ConjunctionQuery:
		for i := range t.Conjuncts {
			if t.Conjuncts[i], err = p.rewrite(t.Conjuncts[i], hl, negated); err != nil {
				return nil, err
			}
		}
		return t, nil
	case *query.DisjunctionQuery:
		for i := range t.Disjuncts {
			if t.Disjuncts[i], err = p.rewrite(t.Disjuncts[i], hl, negated); err != nil {
				return nil, err
			}
		}
		return t, nil
	}
	fq, ok := q.(query.FieldableQuery)
	if !ok {
		return q, nil
	}
	field := fq.Field()
	if field != "" && !knownField(field) {
		return nil, fmt.Errorf("%w: unknown field %q; the fields are %s (to search the words, leave out the colon)", ErrQuery, field, strings.Join(userFields, ", "))
	}
	switch t := q.(type) {
	case *query.MatchQuery:
		switch {
		case (field == "" || field == "text") && t.Fuzziness > 0:
			t.SetField(exactField)
			t.Analyzer = exactAnalyzer
			if mark != nil {
				for _, w := range p.analyzer(exactField).Analyze([]byte(t.Match)) {
					mark.addFuzzy(string(w.Term), t.Fuzziness)
				}
			}
		case field == "" || field == "text":
			return p.matchText(t.Match, t.Operator, t.BoostVal, mark), nil
		case field == exactField:
			t.Analyzer = exactAnalyzer
			if mark != nil {
				mark.addTerms(exactField, t.Match)
			}
		case field == "publisher":
			t.SetField(publisherKey)
			t.Analyzer = publisherAnalyzer
		case field == "title":
			t.SetField(titleWordsField)
		case isTextField(field):
			if mark != nil {
				mark.addTerms(field, t.Match)
			}
		}
		return t, nil
	case *query.MatchPhraseQuery:
		switch {
		case field == "" || field == exactField || field == "text" || isTextField(field):
			// Only the exact field keeps positions: every phrase is a
			// phrase of words as written.
			t.SetField(exactField)
			t.Analyzer = exactAnalyzer
			if mark != nil {
				mark.addPhrase(t.MatchPhrase)
			}
			return p.withPairs(t), nil
		default:
			// Keyword and title fields keep no positions: a quoted value
			// there is a value, not a phrase.
			m := query.NewMatchQuery(t.MatchPhrase)
			m.SetField(field)
			m.SetOperator(query.MatchQueryOperatorAnd)
			m.BoostVal = t.BoostVal
			switch field {
			case "publisher":
				m.SetField(publisherKey)
				m.Analyzer = publisherAnalyzer
			case "title":
				m.SetField(titleWordsField)
			}
			return m, nil
		}
	case *query.WildcardQuery:
		if field == "" || field == "text" || field == exactField {
			t.Wildcard = strings.ToLower(t.Wildcard)
			t.SetField(exactField)
			if mark != nil {
				mark.addPattern(wildcardRegexp(t.Wildcard))
			}
		}
		return t, nil
	case *query.RegexpQuery:
		if field == "" || field == "text" || field == exactField {
			t.SetField(exactField)
			if mark != nil {
				mark.addPattern(t.Regexp)
			}
		}
		return t, nil
	case *query.FuzzyQuery:
		if field == "" || field == "text" || field == exactField {
			t.Term = strings.ToLower(t.Term)
			t.SetField(exactField)
			if mark != nil {
				mark.addFuzzy(t.Term, t.Fuzziness)
			}
		}
		return t, nil
	case *query.PrefixQuery:
		if field == "" || field == "text" || field == exactField {
			t.Prefix = strings.ToLower(t.Prefix)
			t.SetField(exactField)
			if mark != nil {
				mark.addPattern(regexp.QuoteMeta(t.Prefix) + ".*")
			}
		}
		return t, nil
	case *query.TermQuery:
		if field == "" || field == "text" {
			t.Term = strings.ToLower(t.Term)
			t.SetField(exactField)
			if mark != nil {
				mark.addTerms(exactField, t.Term)
			}
		}
		return t, nil
	case *query.NumericRangeQuery:
		// A bare number is also tried as a numeric range on the default
		// field; no numeric field is searchable here.
		if field == "" {
			return query.NewMatchNoneQuery(), nil
		}
		return t, nil
	case *query.DateRangeQuery:
		// published:>="2024-01-01" and the like search the day field.
		if field == "" || field == "published" || field == dayField {
			in := func(b *bool) bool { return b == nil || *b }
			return dayRange(t.Start.Time, t.End.Time, in(t.InclusiveStart), in(t.InclusiveEnd)), nil
		}
		return t, nil
	}
	return q, nil
}
