// Package index makes sources searchable at passage level with bleve v2:
// every passage (a paragraph, or a few sentences of a long one) is a
// document with its place in the source's extracted text, and the claims
// of audited stories are indexed beside them as their own type.
//
// The mapping is explicit, not bleve's default: a stemmed English field
// for ranked search ("text", stored for highlighting), an unstemmed field
// that keeps stop words for exact phrases and quotations ("exact"),
// keyword fields for publisher, URL, source, type and month (for facets),
// and a datetime for the published time; nothing else is indexed or
// stored. The index is split into shards behind a bleve IndexAlias,
// documents routed by source, so that indexing uses every core and a
// search fans out. The archive is the source of truth: the index can
// always be rebuilt from it (provenance reindex).
package index

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"hash/fnv"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/custom"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/keyword"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/analysis/token/lowercase"
	"github.com/blevesearch/bleve/v2/analysis/tokenizer/unicode"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/provenance-audit/provenance/claims"
)

// MappingVersion changes whenever the mapping does; an index built with
// another version must be rebuilt (provenance reindex).
const MappingVersion = 1

const (
	typePassage = "passage"
	typeClaim   = "claim"
	exactName   = "exact"
)

// ErrStale is returned when the index on disk was built with another
// mapping.
var ErrStale = errors.New("the index was built by another version of provenance; run 'provenance reindex'")

// Index is a sharded bleve index. It implements claims.Index.
type Index struct {
	dir    string
	shards []bleve.Index
	alias  bleve.IndexAlias
	mu     sync.RWMutex
}

type meta struct {
	Shards         int `json:"shards"`
	MappingVersion int `json:"mapping_version"`
}

// Options for opening an index.
type Options struct {
	// Shards when the index is created (default 2).
	Shards int
	// Timeout for the lock on an index another process holds.
	Timeout time.Duration
	// ReadOnly opens the index for searching only.
	ReadOnly bool
}

// Open opens the index in dir, creating it if needed.
func Open(dir string, opts Options) (*Index, error) {
	if opts.Shards <= 0 {
		opts.Shards = 2
	}
	if opts.Timeout <= 0 {
		opts.Timeout = 5 * time.Second
	}
	m, err := readMeta(dir)
	switch {
	case errors.Is(err, os.ErrNotExist):
		if opts.ReadOnly {
			return nil, fmt.Errorf("no index in %s yet: crawl or audit something first", dir)
		}
		return create(dir, opts.Shards)
	case err != nil:
		return nil, err
	case m.MappingVersion != MappingVersion:
		return nil, ErrStale
	}
	ix := &Index{dir: dir}
	cfg := map[string]any{"bolt_timeout": opts.Timeout.String(), "read_only": opts.ReadOnly}
	for i := 0; i < m.Shards; i++ {
		s, err := bleve.OpenUsing(shardPath(dir, i), cfg)
		if err != nil {
			ix.closeShards()
			if strings.Contains(err.Error(), "timeout") {
				return nil, fmt.Errorf("open index shard %d: another process holds it: %w", i, err)
			}
			return nil, fmt.Errorf("open index shard %d: %w (if the index is damaged, run 'provenance reindex')", i, err)
		}
		ix.shards = append(ix.shards, s)
	}
	ix.alias = bleve.NewIndexAlias(ix.shards...)
	return ix, nil
}

func create(dir string, n int) (*Index, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("create index: %w", err)
	}
	ix := &Index{dir: dir}
	m, err := NewMapping()
	if err != nil {
		return nil, err
	}
	for i := 0; i < n; i++ {
		p := shardPath(dir, i)
		_ = os.RemoveAll(p)
		s, err := bleve.New(p, m)
		if err != nil {
			ix.closeShards()
			return nil, fmt.Errorf("create index shard %d: %w", i, err)
		}
		ix.shards = append(ix.shards, s)
	}
	// The meta file is written last: an index without it is incomplete
	// and is created again.
	b, _ := json.Marshal(meta{Shards: n, MappingVersion: MappingVersion})
	if err := os.WriteFile(filepath.Join(dir, "meta.json"), b, 0o644); err != nil {
		ix.closeShards()
		return nil, fmt.Errorf("create index: %w", err)
	}
	ix.alias = bleve.NewIndexAlias(ix.shards...)
	return ix, nil
}

func readMeta(dir string) (meta, error) {
	var m meta
	b, err := os.ReadFile(filepath.Join(dir, "meta.json"))
	if err != nil {
		return m, err
	}
	if err := json.Unmarshal(b, &m); err != nil || m.Shards <= 0 {
		return m, fmt.Errorf("index meta in %s is damaged: run 'provenance reindex'", dir)
	}
	return m, nil
}

func shardPath(dir string, i int) string {
	return filepath.Join(dir, fmt.Sprintf("shard-%02d.bleve", i))
}

func (ix *Index) closeShards() {
	for _, s := range ix.shards {
		_ = s.Close()
	}
	ix.shards = nil
}

// Close closes every shard.
func (ix *Index) Close() error {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	var first error
	for _, s := range ix.shards {
		if err := s.Close(); err != nil && first == nil {
			first = err
		}
	}
	ix.shards = nil
	return first
}

// Remove deletes an index directory, for a rebuild.
func Remove(dir string) error {
	if err := os.RemoveAll(dir); err != nil {
		return fmt.Errorf("remove index: %w", err)
	}
	return nil
}

// NewMapping returns the explicit index mapping.
func NewMapping() (mapping.IndexMapping, error) {
	m := bleve.NewIndexMapping()
	// Exact: words as written, case folded, stop words kept, so that a
	// quotation is found word for word.
	if err := m.AddCustomAnalyzer(exactName, map[string]any{
		"type":          custom.Name,
		"tokenizer":     unicode.Name,
		"token_filters": []string{lowercase.Name},
	}); err != nil {
		return nil, fmt.Errorf("index mapping: %w", err)
	}
	m.TypeField = "type"
	m.DefaultAnalyzer = en.AnalyzerName
	m.DefaultMapping = bleve.NewDocumentDisabledMapping()
	m.StoreDynamic = false
	m.IndexDynamic = false
	m.DocValuesDynamic = false

	text := bleve.NewTextFieldMapping()
	text.Analyzer = en.AnalyzerName
	text.Store = true
	text.IncludeTermVectors = true
	text.IncludeInAll = true
	text.DocValues = false

	exact := bleve.NewTextFieldMapping()
	exact.Analyzer = exactName
	exact.Store = false
	exact.IncludeTermVectors = true
	exact.IncludeInAll = false
	exact.DocValues = false

	kw := func(store, docValues bool) *mapping.FieldMapping {
		f := bleve.NewKeywordFieldMapping()
		f.Analyzer = keyword.Name
		f.Store = store
		f.DocValues = docValues
		f.IncludeInAll = false
		f.IncludeTermVectors = false
		return f
	}
	title := bleve.NewTextFieldMapping()
	title.Analyzer = en.AnalyzerName
	title.Store = true
	title.IncludeInAll = true
	title.IncludeTermVectors = false
	title.DocValues = false

	date := bleve.NewDateTimeFieldMapping()
	date.Store = true
	date.DocValues = true
	date.IncludeInAll = false

	num := bleve.NewNumericFieldMapping()
	num.Index = false
	num.Store = true
	num.DocValues = false
	num.IncludeInAll = false

	for _, typ := range []string{typePassage, typeClaim} {
		d := bleve.NewDocumentStaticMapping()
		d.AddFieldMappingsAt("text", text)
		d.AddFieldMappingsAt("exact", exact)
		d.AddFieldMappingsAt("source_id", kw(true, false))
		d.AddFieldMappingsAt("url", kw(true, false))
		d.AddFieldMappingsAt("publisher", kw(true, true))
		d.AddFieldMappingsAt("month", kw(false, true))
		d.AddFieldMappingsAt("lang", kw(true, false))
		d.AddFieldMappingsAt("type", kw(true, false))
		d.AddFieldMappingsAt("title", title)
		d.AddFieldMappingsAt("published", date)
		d.AddFieldMappingsAt("start", num)
		d.AddFieldMappingsAt("end", num)
		d.AddFieldMappingsAt("seq", num)
		if typ == typeClaim {
			d.AddFieldMappingsAt("audit_id", kw(true, false))
			d.AddFieldMappingsAt("kind", kw(true, false))
		}
		m.AddDocumentMapping(typ, d)
	}
	return m, nil
}

// doc is the indexed form of a passage or a claim.
type doc struct {
	Type      string     `json:"type"`
	Text      string     `json:"text"`
	Exact     string     `json:"exact"`
	SourceID  string     `json:"source_id,omitempty"`
	URL       string     `json:"url,omitempty"`
	Publisher string     `json:"publisher,omitempty"`
	Month     string     `json:"month,omitempty"`
	Lang      string     `json:"lang,omitempty"`
	Title     string     `json:"title,omitempty"`
	Published *time.Time `json:"published,omitempty"`
	Start     float64    `json:"start"`
	End       float64    `json:"end"`
	Seq       float64    `json:"seq"`
	AuditID   string     `json:"audit_id,omitempty"`
	Kind      string     `json:"kind,omitempty"`
}

// BleveType tells bleve which document mapping applies.
func (d doc) BleveType() string { return d.Type }

func (ix *Index) shardFor(key string) int {
	h := fnv.New32a()
	_, _ = h.Write([]byte(key))
	return int(h.Sum32() % uint32(len(ix.shards)))
}

// IndexPassages replaces the passages of the sources the given passages
// belong to, in batches, each shard in parallel.
func (ix *Index) IndexPassages(ctx context.Context, passages []claims.Passage) error {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	if len(ix.shards) == 0 {
		return errors.New("index is closed")
	}
	bySource := map[string]bool{}
	perShard := make([][]claims.Passage, len(ix.shards))
	for _, p := range passages {
		bySource[p.SourceID] = true
		k := ix.shardFor(p.SourceID)
		perShard[k] = append(perShard[k], p)
	}
	// Old passages of these sources go first.
	for sid := range bySource {
		if err := ix.deleteWhere(ctx, "source_id", sid); err != nil {
			return err
		}
	}
	return ix.parallel(perShard, func(s bleve.Index, ps []claims.Passage) error {
		b := s.NewBatch()
		for _, p := range ps {
			d := doc{Type: typePassage, Text: p.Text, Exact: p.Text, SourceID: p.SourceID, URL: p.URL, Publisher: p.Publisher,
				Lang: p.Language, Title: p.Title, Start: float64(p.Start), End: float64(p.End), Seq: float64(p.Seq)}
			if !p.Published.IsZero() {
				t := p.Published.UTC()
				d.Published = &t
				d.Month = t.Format("2006-01")
			}
			if err := b.Index(p.ID, d); err != nil {
				return fmt.Errorf("index passage %s: %w", p.ID, err)
			}
			if b.Size() >= 1000 {
				if err := s.Batch(b); err != nil {
					return fmt.Errorf("index batch: %w", err)
				}
				b.Reset()
			}
		}
		if b.Size() > 0 {
			if err := s.Batch(b); err != nil {
				return fmt.Errorf("index batch: %w", err)
			}
		}
		return nil
	})
}

func (ix *Index) parallel(per [][]claims.Passage, fn func(bleve.Index, []claims.Passage) error) error {
	var wg sync.WaitGroup
	errs := make([]error, len(per))
	for i := range per {
		if len(per[i]) == 0 {
			continue
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs[i] = fn(ix.shards[i], per[i])
		}()
	}
	wg.Wait()
	return errors.Join(errs...)
}

// deleteWhere deletes every document whose keyword field equals value.
func (ix *Index) deleteWhere(ctx context.Context, field, value string) error {
	q := bleve.NewTermQuery(value)
	q.SetField(field)
	for {
		req := bleve.NewSearchRequestOptions(q, 10000, 0, false)
		res, err := ix.alias.SearchInContext(ctx, req)
		if err != nil {
			return fmt.Errorf("find old documents: %w", err)
		}
		if len(res.Hits) == 0 {
			return nil
		}
		byShard := map[int][]string{}
		for _, h := range res.Hits {
			k := ix.shardFor(value)
			byShard[k] = append(byShard[k], h.ID)
		}
		for k, ids := range byShard {
			b := ix.shards[k].NewBatch()
			for _, id := range ids {
				b.Delete(id)
			}
			if err := ix.shards[k].Batch(b); err != nil {
				return fmt.Errorf("delete old documents: %w", err)
			}
		}
		if len(res.Hits) < 10000 {
			return nil
		}
	}
}

// IndexClaims replaces the claims of an audit.
func (ix *Index) IndexClaims(ctx context.Context, auditID, articleURL string, cs []claims.Claim) error {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	if len(ix.shards) == 0 {
		return errors.New("index is closed")
	}
	if err := ix.deleteWhere(ctx, "audit_id", auditID); err != nil {
		return err
	}
	s := ix.shards[ix.shardFor(auditID)]
	b := s.NewBatch()
	for i, c := range cs {
		d := doc{Type: typeClaim, Text: c.Text, Exact: c.Text, URL: articleURL, AuditID: auditID, Kind: c.Kind, Seq: float64(i),
			Start: float64(c.Start), End: float64(c.End), Publisher: c.AttributedTo}
		if err := b.Index(auditID+"/"+c.ID, d); err != nil {
			return fmt.Errorf("index claim: %w", err)
		}
	}
	if err := s.Batch(b); err != nil {
		return fmt.Errorf("index claims: %w", err)
	}
	// Claims are keyed by audit, not source: route deletes accordingly.
	return nil
}

// Count returns the number of documents.
func (ix *Index) Count() (uint64, error) {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	if ix.alias == nil {
		return 0, errors.New("index is closed")
	}
	return ix.alias.DocCount()
}

// Search runs a query over passages (or claims).
func (ix *Index) Search(ctx context.Context, q claims.Query) (*claims.Results, error) {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	if ix.alias == nil {
		return nil, errors.New("index is closed")
	}
	bq, err := buildQuery(q)
	if err != nil {
		return nil, err
	}
	limit := q.Limit
	if limit <= 0 {
		limit = 10
	}
	req := bleve.NewSearchRequestOptions(bq, limit, 0, false)
	req.Fields = []string{"type", "source_id", "url", "publisher", "title", "published", "start", "end", "seq", "text", "lang", "audit_id", "kind"}
	if q.Highlight {
		req.Highlight = bleve.NewHighlightWithStyle("html")
		req.Highlight.AddField("text")
	}
	if q.Facets {
		req.AddFacet("publisher", bleve.NewFacetRequest("publisher", 10))
		req.AddFacet("month", bleve.NewFacetRequest("month", 24))
	}
	res, err := ix.alias.SearchInContext(ctx, req)
	if err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	out := &claims.Results{Total: res.Total, Took: res.Took}
	for _, h := range res.Hits {
		out.Hits = append(out.Hits, hitOf(h))
	}
	if q.Facets {
		out.Facets = map[string][]claims.Facet{}
		for name, f := range res.Facets {
			var fs []claims.Facet
			if f.Terms != nil {
				for _, t := range f.Terms.Terms() {
					fs = append(fs, claims.Facet{Term: t.Term, Count: t.Count})
				}
			}
			if name == "month" {
				sort.Slice(fs, func(i, j int) bool { return fs[i].Term > fs[j].Term })
			}
			out.Facets[name] = fs
		}
	}
	return out, nil
}

func hitOf(h *search.DocumentMatch) claims.Hit {
	s := func(k string) string {
		v, _ := h.Fields[k].(string)
		return v
	}
	n := func(k string) int {
		v, _ := h.Fields[k].(float64)
		return int(v)
	}
	hit := claims.Hit{Type: s("type"), Score: h.Score, AuditID: s("audit_id"), Kind: s("kind")}
	hit.Passage = claims.Passage{ID: h.ID, SourceID: s("source_id"), URL: s("url"), Publisher: s("publisher"), Title: s("title"),
		Language: s("lang"), Seq: n("seq"), Start: n("start"), End: n("end"), Text: s("text")}
	if p := s("published"); p != "" {
		hit.Published, _ = time.Parse(time.RFC3339, p)
	}
	if frags, ok := h.Fragments["text"]; ok {
		hit.Fragments = frags
	}
	return hit
}

// buildQuery turns a claims.Query into a bleve query: the text parts as
// a disjunction (any may match), the filters as a conjunction (all must
// hold), which bleve evaluates faster than a boolean query's filter.
func buildQuery(q claims.Query) (query.Query, error) {
	var must []query.Query
	var should []query.Query
	if strings.TrimSpace(q.Text) != "" {
		qs := bleve.NewQueryStringQuery(q.Text)
		if _, err := qs.Parse(); err != nil {
			return nil, fmt.Errorf("query %q: %w", q.Text, err)
		}
		should = append(should, qs)
	}
	if strings.TrimSpace(q.Match) != "" {
		m := bleve.NewMatchQuery(q.Match)
		m.SetField("text")
		should = append(should, m)
	}
	if strings.TrimSpace(q.Phrase) != "" {
		p := bleve.NewMatchPhraseQuery(q.Phrase)
		p.SetField("exact")
		p.Analyzer = exactName
		should = append(should, p)
	}
	switch len(should) {
	case 0:
		must = append(must, bleve.NewMatchAllQuery())
	case 1:
		must = append(must, should[0])
	default:
		must = append(must, bleve.NewDisjunctionQuery(should...))
	}
	typ := typePassage
	if q.Claims {
		typ = typeClaim
	}
	if !q.Both {
		t := bleve.NewTermQuery(typ)
		t.SetField("type")
		must = append(must, t)
	}
	if len(q.SourceIDs) > 0 {
		var ors []query.Query
		for _, id := range q.SourceIDs {
			t := bleve.NewTermQuery(id)
			t.SetField("source_id")
			ors = append(ors, t)
		}
		must = append(must, bleve.NewDisjunctionQuery(ors...))
	}
	if q.Publisher != "" {
		t := bleve.NewTermQuery(q.Publisher)
		t.SetField("publisher")
		must = append(must, t)
	}
	if !q.Since.IsZero() || !q.Until.IsZero() {
		var start, end time.Time
		start, end = q.Since, q.Until
		incl := true
		r := bleve.NewDateRangeInclusiveQuery(start, end, &incl, &incl)
		r.SetField("published")
		must = append(must, r)
	}
	if len(must) == 1 {
		return must[0], nil
	}
	return bleve.NewConjunctionQuery(must...), nil
}

// PassageID is the document id of a source's n-th passage.
func PassageID(sourceID string, seq int) string { return sourceID + "/" + strconv.Itoa(seq) }
