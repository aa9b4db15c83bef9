package index

import (
	"bytes"
	"fmt"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/custom"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/keyword"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/standard"
	"github.com/blevesearch/bleve/v2/analysis/token/lowercase"
	"github.com/blevesearch/bleve/v2/analysis/tokenizer/single"
	"github.com/blevesearch/bleve/v2/analysis/tokenizer/unicode"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/registry"
)

// MappingVersion changes whenever the mapping does; an index built with
// another version must be rebuilt (provenance reindex).
const MappingVersion = 5

// Document types and field names.
const (
	typePassage = "passage"
	typeClaim   = "claim"

	// exactField holds the words as written (case folded, stop words
	// kept, positions recorded) for phrases and quotations; it also stores
	// the text once, for display and highlighting.
	exactField = "exact"
	// exactAnalyzer is the analyzer of exactField.
	exactAnalyzer = "provenance_exact"
	// publisherKey is the publisher, lower-cased, for filtering without
	// minding case; "publisher" keeps the name as written for facets.
	publisherKey      = "publisher_key"
	publisherAnalyzer = "provenance_keyword_lower"
	// titleWords is the searchable title; dayField the published day
	// (2006-01-02) that date ranges search; displayField what a hit shows.
	titleWordsField = "title_words"
	displayField    = "display"
	dayField        = "day"
	// foldApostrophe makes ’ and ' the same letter inside a word.
	foldApostrophe = "provenance_fold_apostrophe"
)

func init() {
	if err := registry.RegisterTokenFilter(foldApostrophe, func(map[string]any, *registry.Cache) (analysis.TokenFilter, error) {
		return apostropheFilter{}, nil
	}); err != nil {
		panic(err) // registered once, at start-up
	}
}

// apostropheFilter folds typographic apostrophes into the ASCII one, so
// that a quotation typed as "don't" finds "don’t". Token offsets are left
// as they are: they point into the original text.
type apostropheFilter struct{}

var (
	apostrophes = [][]byte{[]byte("’"), []byte("‘"), []byte("ʼ")}
	ascii       = []byte("'")
)

func (apostropheFilter) Filter(in analysis.TokenStream) analysis.TokenStream {
	for _, t := range in {
		for _, a := range apostrophes {
			if bytes.Contains(t.Term, a) {
				t.Term = bytes.ReplaceAll(t.Term, a, ascii)
			}
		}
	}
	return in
}

// NewMapping returns the explicit index mapping: nothing is indexed or
// stored that search, facets and display do not need, and no _all field.
func NewMapping() (mapping.IndexMapping, error) {
	m := bleve.NewIndexMapping()
	if err := m.AddCustomAnalyzer(exactAnalyzer, map[string]any{
		"type":          custom.Name,
		"tokenizer":     unicode.Name,
		"token_filters": []string{foldApostrophe, lowercase.Name},
	}); err != nil {
		return nil, fmt.Errorf("index mapping: %w", err)
	}
	if err := m.AddCustomAnalyzer(pairAnalyzer, map[string]any{
		"type":          custom.Name,
		"tokenizer":     unicode.Name,
		"token_filters": []string{foldApostrophe, lowercase.Name, pairFilter},
	}); err != nil {
		return nil, fmt.Errorf("index mapping: %w", err)
	}
	if err := m.AddCustomAnalyzer(publisherAnalyzer, map[string]any{
		"type":          custom.Name,
		"tokenizer":     single.Name,
		"token_filters": []string{lowercase.Name},
	}); err != nil {
		return nil, fmt.Errorf("index mapping: %w", err)
	}
	m.TypeField = "type"
	m.DefaultType = typePassage
	m.DefaultAnalyzer = standard.Name
	m.DefaultMapping = bleve.NewDocumentDisabledMapping()
	m.StoreDynamic = false
	m.IndexDynamic = false
	m.DocValuesDynamic = false

	// One stemmed field per language, for ranked search: indexed only,
	// neither stored (exact stores the text) nor with term vectors
	// (highlighting re-reads the few hits shown).
	stemmed := func(analyzer string) *mapping.FieldMapping {
		f := bleve.NewTextFieldMapping()
		f.Analyzer = analyzer
		f.Store = false
		f.IncludeTermVectors = false
		f.IncludeInAll = false
		f.DocValues = false
		return f
	}
	exact := bleve.NewTextFieldMapping()
	exact.Analyzer = exactAnalyzer
	exact.Store = true
	exact.IncludeTermVectors = true // positions, for phrases
	exact.IncludeInAll = false
	exact.DocValues = false
	// Pairs of common words (pairs.go): indexed only, no positions.
	// Frequencies and norms kept: without them the stress phrases ran
	// slower at a million passages (p99 70 ms against 48; docs/index.md).
	pairs := stemmed(pairAnalyzer)

	// Keyword fields filter and facet. They keep frequencies and norms:
	// without them (SkipFreqNorm) bleve's scores of a conjunction that
	// filters on them go wrong, and ranking with them (measured: recall@5
	// fell from 0.98 to 0.44).
	kw := func(index, store, docValues bool) *mapping.FieldMapping {
		f := bleve.NewKeywordFieldMapping()
		f.Analyzer = keyword.Name
		f.Index = index
		f.Store = store
		f.DocValues = docValues
		f.IncludeInAll = false
		f.IncludeTermVectors = false
		return f
	}
	pubKey := kw(true, false, false)
	pubKey.Analyzer = publisherAnalyzer

	// The title is searchable on a source's first passage only: a
	// source's title is one fact, not twenty.
	titleWords := stemmed(standard.Name)

	for _, typ := range []string{typePassage, typeClaim} {
		d := bleve.NewDocumentStaticMapping()
		d.AddSubDocumentMapping("_all", bleve.NewDocumentDisabledMapping())
		for _, l := range languages {
			d.AddFieldMappingsAt(textField(l.code), stemmed(l.analyzer))
		}
		d.AddFieldMappingsAt(exactField, exact)
		d.AddFieldMappingsAt(pairField, pairs)
		// What a hit shows besides its text, stored as one field rather
		// than ten (display.go).
		d.AddFieldMappingsAt(displayField, kw(false, true, false))
		d.AddFieldMappingsAt("type", kw(true, false, false))
		d.AddFieldMappingsAt("source_id", kw(true, false, false))
		d.AddFieldMappingsAt("url", kw(true, false, false))
		d.AddFieldMappingsAt("publisher", kw(true, false, true))
		d.AddFieldMappingsAt(publisherKey, pubKey)
		d.AddFieldMappingsAt("month", kw(true, false, true))
		d.AddFieldMappingsAt("lang", kw(true, false, false))
		d.AddFieldMappingsAt(titleWordsField, titleWords)
		// Date ranges search the published day: one term a passage, where
		// a datetime field indexes sixteen.
		d.AddFieldMappingsAt(dayField, kw(true, false, false))
		if typ == typeClaim {
			d.AddFieldMappingsAt("audit_id", kw(true, false, false))
			d.AddFieldMappingsAt("kind", kw(true, false, false))
		}
		m.AddDocumentMapping(typ, d)
	}
	if err := m.Validate(); err != nil {
		return nil, fmt.Errorf("index mapping: %w", err)
	}
	return m, nil
}
