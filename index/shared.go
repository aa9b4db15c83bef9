package index

import (
	"bytes"
	"reflect"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/tokenizer/unicode"
	bindex "github.com/blevesearch/bleve_index_api"
)

// A passage's text goes to its language's stemmed field and to the exact
// field, and both analyzers begin with the same Unicode tokenizer, which
// is a fifth of the cost of indexing. sharedText tokenizes the text once
// and runs each analyzer's own filters on a copy of the tokens: the terms
// are those each analyzer would give alone (TestSharedAnalysis).

// sharedText is one text and the filter chains of the analyzers that
// tokenize it the same way. Its fields are analysed by one bleve worker,
// in turn, so it needs no lock.
type sharedText struct {
	text   []byte
	tok    analysis.Tokenizer
	chains [][]analysis.TokenFilter
	out    []analysis.TokenStream
}

// shareable returns the tokenizer the analyzers share and their filter
// chains, or false when one of them tokenizes differently or filters
// the characters first.
func shareable(as ...analysis.Analyzer) (analysis.Tokenizer, [][]analysis.TokenFilter, bool) {
	var tok analysis.Tokenizer
	var chains [][]analysis.TokenFilter
	for _, a := range as {
		d, ok := a.(*analysis.DefaultAnalyzer)
		if !ok || len(d.CharFilters) > 0 {
			return nil, nil, false
		}
		if _, ok := d.Tokenizer.(*unicode.UnicodeTokenizer); !ok || tok != nil && reflect.TypeOf(tok) != reflect.TypeOf(d.Tokenizer) {
			return nil, nil, false
		}
		tok = d.Tokenizer
		chains = append(chains, d.TokenFilters)
	}
	return tok, chains, tok != nil
}

func (s *sharedText) stream(i int) analysis.TokenStream {
	if s.out == nil {
		base := s.tok.Tokenize(s.text)
		s.out = make([]analysis.TokenStream, len(s.chains))
		for k, chain := range s.chains {
			// Filters may rewrite a term in place: each chain has its own
			// copy of the bytes.
			buf := bytes.Clone(s.text)
			toks := make([]analysis.Token, len(base))
			ts := make(analysis.TokenStream, len(base))
			for j, t := range base {
				toks[j] = *t
				if t.End <= len(buf) && bytes.Equal(t.Term, s.text[t.Start:t.End]) {
					toks[j].Term = buf[t.Start:t.End]
				} else {
					toks[j].Term = bytes.Clone(t.Term)
				}
				ts[j] = &toks[j]
			}
			for _, f := range chain {
				ts = f.Filter(ts)
			}
			s.out[k] = ts
		}
	}
	return s.out[i]
}

// sharedField is one field of a sharedText: the i-th chain's terms.
type sharedField struct {
	name   string
	opts   bindex.FieldIndexingOptions
	src    *sharedText
	i      int
	stored bool
	length int
	freq   bindex.TokenFrequencies
}

func (f *sharedField) Analyze() {
	ts := f.src.stream(f.i)
	f.length = len(ts)
	f.freq = analysis.TokenFrequency(ts, nil, f.opts)
}

func (f *sharedField) Value() []byte {
	if f.stored {
		return f.src.text
	}
	return nil
}

func (f *sharedField) Name() string                                      { return f.name }
func (f *sharedField) Text() string                                      { return string(f.src.text) }
func (f *sharedField) ArrayPositions() []uint64                          { return nil }
func (f *sharedField) EncodedFieldType() byte                            { return 't' }
func (f *sharedField) Options() bindex.FieldIndexingOptions              { return f.opts }
func (f *sharedField) AnalyzedLength() int                               { return f.length }
func (f *sharedField) AnalyzedTokenFrequencies() bindex.TokenFrequencies { return f.freq }
func (f *sharedField) NumPlainTextBytes() uint64                         { return uint64(len(f.src.text)) }
func (f *sharedField) Size() int                                         { return 96 + len(f.freq)*48 }
