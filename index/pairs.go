package index

import (
	"context"
	"fmt"
	"math"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/lang/ar"
	"github.com/blevesearch/bleve/v2/analysis/lang/de"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/analysis/lang/es"
	"github.com/blevesearch/bleve/v2/analysis/lang/fr"
	"github.com/blevesearch/bleve/v2/analysis/lang/it"
	"github.com/blevesearch/bleve/v2/analysis/lang/nl"
	"github.com/blevesearch/bleve/v2/analysis/lang/pt"
	"github.com/blevesearch/bleve/v2/analysis/lang/ru"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/registry"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	"github.com/blevesearch/bleve/v2/search/searcher"
	bindex "github.com/blevesearch/bleve_index_api"
)

// Common pairs ("common grams"): a phrase made only of very frequent
// words ("what we have to do") has nearly every passage as a candidate,
// and bleve reads the positions of each word in each of them. The pairs
// field indexes, without positions, every two adjacent words of the exact
// field that are both stop words of a language the index knows ("we have",
// "have to", "to do"); such a phrase is then searched as the phrase AND
// its pairs, and the pairs, far rarer than their words, leave few
// candidates whose positions must be read. A pair of which one word is
// rarer is not indexed: that word already narrows the phrase.
const (
	pairField    = "pairs"
	pairAnalyzer = "provenance_pairs"
	pairFilter   = "provenance_common_pairs"
	// maxPairTerms bounds the filters one phrase adds: a few rare pairs
	// narrow as much as many.
	maxPairTerms = 6
)

// pairStopLists are the stop word lists whose words make pairs; the
// exact field is one for every language, so the pairs are too.
var pairStopLists = []string{en.StopName, fr.StopName, de.StopName, es.StopName, it.StopName, pt.StopName, nl.StopName,
	ru.StopName, ar.StopName}

func init() {
	if err := registry.RegisterTokenFilter(pairFilter, newPairFilter); err != nil {
		panic(err) // registered once, at start-up
	}
}

func newPairFilter(_ map[string]any, cache *registry.Cache) (analysis.TokenFilter, error) {
	common := analysis.NewTokenMap()
	for _, name := range pairStopLists {
		m, err := cache.TokenMapNamed(name)
		if err != nil {
			return nil, fmt.Errorf("pairs: stop words %s: %w", name, err)
		}
		for w := range m {
			common[w] = true
		}
	}
	return commonPairs{common}, nil
}

// commonPairs turns a stream of words into the pairs of adjacent words
// that are both common, as one term each ("have to").
type commonPairs struct {
	common analysis.TokenMap
}

func (f commonPairs) Filter(in analysis.TokenStream) analysis.TokenStream {
	out := in[:0:0]
	for i := 1; i < len(in); i++ {
		a, b := in[i-1], in[i]
		if b.Position != a.Position+1 || !f.common[string(a.Term)] || !f.common[string(b.Term)] {
			continue
		}
		term := make([]byte, 0, len(a.Term)+1+len(b.Term))
		term = append(append(append(term, a.Term...), ' '), b.Term...)
		out = append(out, &analysis.Token{Term: term, Start: a.Start, End: b.End, Position: len(out) + 1, Type: analysis.Shingle})
	}
	return out
}

// pairsOf is the pairs field of a document, read from the words of its
// exact field as that field's analysis left them (term, position), so
// that the text is not tokenized a second time: bleve analyses a
// document's fields in the order they were added, exact first.
type pairsOf struct {
	exact  bindex.Field
	common analysis.TokenMap
	opts   bindex.FieldIndexingOptions
	freq   bindex.TokenFrequencies
	length int
}

func (f *pairsOf) Analyze() {
	if f.exact.AnalyzedTokenFrequencies() == nil {
		f.exact.Analyze()
	}
	// The common words by position (positions count from 1).
	at := make([][]byte, f.exact.AnalyzedLength()+2)
	for term, tf := range f.exact.AnalyzedTokenFrequencies() {
		if !f.common[term] {
			continue
		}
		for _, l := range tf.Locations {
			if l.Position > 0 && l.Position < len(at) {
				at[l.Position] = tf.Term
			}
		}
	}
	f.freq = bindex.TokenFrequencies{}
	f.length = 0
	for pos := 1; pos+1 < len(at); pos++ {
		a, b := at[pos], at[pos+1]
		if a == nil || b == nil {
			continue
		}
		term := make([]byte, 0, len(a)+1+len(b))
		term = append(append(append(term, a...), ' '), b...)
		f.length++
		tf, ok := f.freq[string(term)]
		if !ok {
			tf = &bindex.TokenFreq{Term: term}
			f.freq[string(term)] = tf
		}
		tf.SetFrequency(tf.Frequency() + 1)
	}
}

func (f *pairsOf) Name() string                                      { return pairField }
func (f *pairsOf) Value() []byte                                     { return nil }
func (f *pairsOf) ArrayPositions() []uint64                          { return nil }
func (f *pairsOf) EncodedFieldType() byte                            { return 't' }
func (f *pairsOf) Options() bindex.FieldIndexingOptions              { return f.opts }
func (f *pairsOf) AnalyzedLength() int                               { return f.length }
func (f *pairsOf) AnalyzedTokenFrequencies() bindex.TokenFrequencies { return f.freq }
func (f *pairsOf) NumPlainTextBytes() uint64                         { return 0 }

// commonWords is the set of words the pair analyzer pairs.
func commonWords(a analysis.Analyzer) (analysis.TokenMap, error) {
	if d, ok := a.(*analysis.DefaultAnalyzer); ok && len(d.TokenFilters) > 0 {
		if cp, ok := d.TokenFilters[len(d.TokenFilters)-1].(commonPairs); ok {
			return cp.common, nil
		}
	}
	return nil, fmt.Errorf("index mapping: analyzer %s does not end in %s; run 'provenance reindex'", pairAnalyzer, pairFilter)
}

// withPairs returns the phrase, narrowed by the common pairs it holds
// when it holds any. The pairs score nothing (boost 0): the phrase ranks
// as it would alone.
func (p *planner) withPairs(ph *query.MatchPhraseQuery) query.Query {
	a := p.m.AnalyzerNamed(pairAnalyzer)
	if a == nil || ph.Fuzziness != 0 {
		// A fuzzy phrase's words need not be the pairs'. (bleve keeps
		// "auto" fuzziness unexported; this index never asks for it.)
		return ph
	}
	seen := map[string]bool{}
	var pairs []string
	for _, t := range a.Analyze([]byte(ph.MatchPhrase)) {
		if term := string(t.Term); !seen[term] && len(pairs) < maxPairTerms {
			seen[term] = true
			pairs = append(pairs, term)
		}
	}
	if len(pairs) == 0 {
		return ph
	}
	return &pairedPhrase{MatchPhraseQuery: ph, pairs: pairs}
}

// pairedPhrase is a phrase on the exact field whose candidates are first
// narrowed by its common pairs. bleve's own phrase searcher cannot serve:
// asked to advance to a candidate, it reads positions onward until it
// finds a match, so a filter beside it narrows nothing.
type pairedPhrase struct {
	*query.MatchPhraseQuery
	pairs []string
}

func (q *pairedPhrase) Searcher(ctx context.Context, r bindex.IndexReader, m mapping.IndexMapping,
	options search.SearcherOptions) (search.Searcher, error) {
	a := m.AnalyzerNamed(q.Analyzer)
	if a == nil {
		return nil, fmt.Errorf("phrase: no analyzer %q", q.Analyzer)
	}
	tokens := a.Analyze([]byte(q.MatchPhrase))
	var terms []string
	for i, t := range tokens {
		if i > 0 && t.Position != tokens[i-1].Position+1 {
			return q.MatchPhraseQuery.Searcher(ctx, r, m, options) // not one word a position
		}
		terms = append(terms, string(t.Term))
	}
	if len(terms) < 2 {
		return q.MatchPhraseQuery.Searcher(ctx, r, m, options)
	}
	withVectors := options
	withVectors.IncludeTermVectors = true
	var ss []search.Searcher
	closeAll := func() {
		for _, s := range ss {
			_ = s.Close()
		}
	}
	// One searcher a position, as bleve's phrase has, so that the
	// phrase scores as bleve's would.
	boost := q.BoostVal.Value()
	for _, t := range terms {
		s, err := searcher.NewTermSearcher(ctx, r, t, q.FieldVal, boost, withVectors)
		if err != nil {
			closeAll()
			return nil, fmt.Errorf("phrase: %w", err)
		}
		ss = append(ss, s)
	}
	plain := options
	plain.IncludeTermVectors = false
	for _, p := range q.pairs {
		s, err := searcher.NewTermSearcher(ctx, r, p, pairField, 0, plain)
		if err != nil {
			closeAll()
			return nil, fmt.Errorf("phrase: %w", err)
		}
		ss = append(ss, s)
	}
	must, err := searcher.NewConjunctionSearcher(ctx, r, ss, withVectors)
	if err != nil {
		closeAll()
		return nil, fmt.Errorf("phrase: %w", err)
	}
	s := &pairedPhraseSearcher{must: must, field: q.FieldVal, terms: terms}
	if w := must.Weight(); w > 0 {
		must.SetQueryNorm(1 / math.Sqrt(w))
	}
	return s, nil
}

// pairedPhraseSearcher keeps the candidates of its conjunction whose
// words stand in order, one position apart.
type pairedPhraseSearcher struct {
	must  search.Searcher
	field string
	terms []string
	locs  []search.Location
}

func (s *pairedPhraseSearcher) Next(ctx *search.SearchContext) (*search.DocumentMatch, error) {
	dm, err := s.must.Next(ctx)
	return s.first(ctx, dm, err)
}

func (s *pairedPhraseSearcher) Advance(ctx *search.SearchContext, id bindex.IndexInternalID) (*search.DocumentMatch, error) {
	dm, err := s.must.Advance(ctx, id)
	return s.first(ctx, dm, err)
}

// first returns dm if it holds the phrase, else the next candidate that
// does.
func (s *pairedPhraseSearcher) first(ctx *search.SearchContext, dm *search.DocumentMatch, err error) (*search.DocumentMatch, error) {
	for ; err == nil && dm != nil; dm, err = s.must.Next(ctx) {
		s.locs = dm.Complete(s.locs)
		ok := s.holds(dm.Locations[s.field])
		dm.Locations = nil
		dm.FieldTermLocations = dm.FieldTermLocations[:0]
		if ok {
			return dm, nil
		}
		ctx.DocumentMatchPool.Put(dm)
	}
	return nil, err
}

// holds reports whether the words stand one after another somewhere.
func (s *pairedPhraseSearcher) holds(tlm search.TermLocationMap) bool {
	if tlm == nil {
		return false
	}
next:
	for _, l := range tlm[s.terms[0]] {
		for i, t := range s.terms[1:] {
			if !atPos(tlm[t], l.Pos+uint64(i)+1, l.ArrayPositions) {
				continue next
			}
		}
		return true
	}
	return false
}

func atPos(locs search.Locations, pos uint64, ap search.ArrayPositions) bool {
	for _, l := range locs {
		if l.Pos == pos && l.ArrayPositions.Equals(ap) {
			return true
		}
	}
	return false
}

func (s *pairedPhraseSearcher) Close() error               { return s.must.Close() }
func (s *pairedPhraseSearcher) Weight() float64            { return s.must.Weight() }
func (s *pairedPhraseSearcher) SetQueryNorm(n float64)     { s.must.SetQueryNorm(n) }
func (s *pairedPhraseSearcher) Count() uint64              { return s.must.Count() }
func (s *pairedPhraseSearcher) Min() int                   { return 0 }
func (s *pairedPhraseSearcher) Size() int                  { return s.must.Size() + 64 }
func (s *pairedPhraseSearcher) DocumentMatchPoolSize() int { return s.must.DocumentMatchPoolSize() + 1 }

func (f *pairsOf) Size() int { return 64 + len(f.freq)*48 }
