// Package index makes sources searchable at passage level with bleve v2:
// every passage (a paragraph, or a few sentences of a long one) is a
// document with its place in the source's extracted text, and the claims
// of audited stories are indexed too, as documents of their own.
//
// The mapping is explicit, not bleve's default (mapping.go): one stemmed
// field per language for ranked search, the page's language choosing
// which; an unstemmed field that keeps stop words and positions for exact
// phrases and quotations, and stores the text once; keyword fields to
// filter and facet on; no _all field. Passages are split into shards,
// routed by source, so that indexing uses every core and a search fans
// out; claims have an index of their own. The archive is the source of
// truth: the index can always be rebuilt from it (provenance reindex).
// docs/index.md has the design and the measurements.
package index

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"hash/fnv"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/document"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search"

	"github.com/provenance-audit/provenance/claims"
)

// DefaultShards is the shard count of a new index: one per core, at least
// two, at most eight. On two cores, four shards searched no faster than
// two and indexed slower (docs/index.md).
var DefaultShards = min(8, max(2, runtime.NumCPU()))

// Defaults, measured on a 2-core machine (docs/index.md).
const (
	// DefaultBatchSize is how many documents go to bleve at once.
	DefaultBatchSize = 5000
	// MaxLimit caps the hits one search returns.
	MaxLimit = 10000
	// tieMargin is how many hits beyond the limit are read to order ties.
	tieMargin = 10
)

// ErrStale is returned when the index on disk was built with another
// mapping.
var ErrStale = errors.New("the index was built by another version of provenance; run 'provenance reindex'")

// ErrNoIndex is returned by a read-only open of a workspace that has no
// index yet.
var ErrNoIndex = errors.New("no index yet: crawl or audit something first")

// Index is a sharded bleve index. It implements claims.Index.
type Index struct {
	dir string
	// parts are the passage shards, then the index of claims: claims
	// are kept apart so that they never weigh on how passages rank.
	parts    []bleve.Index
	shards   []bleve.Index
	claims   bleve.Index
	passages bleve.IndexAlias // the shards
	all      bleve.IndexAlias // the shards and the claims
	mapping  mapping.IndexMapping
	docs     *docBuilder
	readOnly bool
	batch    int

	// mu guards the shards against Close; searches and writes share it.
	mu sync.RWMutex
	// wmu serialises the writers of one part: finding a source's old
	// passages and replacing them is one step.
	wmu []sync.Mutex

	lmu   sync.Mutex
	langs map[string]bool // stemmed fields that hold documents
}

type meta struct {
	Shards         int `json:"shards"`
	MappingVersion int `json:"mapping_version"`
}

// Options for opening an index.
type Options struct {
	// Shards when the index is created (default DefaultShards).
	Shards int
	// Timeout for the lock on an index another process holds.
	Timeout time.Duration
	// ReadOnly opens the index for searching only; other read-only
	// openers may share it, a writer may not.
	ReadOnly bool
	// BatchSize is how many documents go to bleve at once (default
	// DefaultBatchSize).
	BatchSize int
}

// Open opens the index in dir, creating it if needed (unless ReadOnly).
func Open(dir string, opts Options) (*Index, error) {
	if opts.Shards <= 0 {
		opts.Shards = DefaultShards
	}
	if opts.Timeout <= 0 {
		opts.Timeout = 5 * time.Second
	}
	if opts.BatchSize <= 0 {
		opts.BatchSize = DefaultBatchSize
	}
	m, err := readMeta(dir)
	switch {
	case errors.Is(err, os.ErrNotExist):
		if opts.ReadOnly {
			return nil, fmt.Errorf("%s: %w", dir, ErrNoIndex)
		}
		return create(dir, opts)
	case err != nil:
		return nil, err
	case m.MappingVersion != MappingVersion:
		return nil, ErrStale
	}
	ix := &Index{dir: dir, readOnly: opts.ReadOnly, batch: opts.BatchSize, langs: map[string]bool{}}
	cfg := shardConfig(opts)
	for i := 0; i <= m.Shards; i++ {
		s, err := bleve.OpenUsing(partPath(dir, i, m.Shards), cfg)
		if err != nil {
			ix.closeShards()
			if strings.Contains(err.Error(), "timeout") {
				return nil, fmt.Errorf("open index %s: another process holds it: %w", partName(i, m.Shards), err)
			}
			return nil, fmt.Errorf("open index %s: %w (if the index is damaged, run 'provenance reindex')", partName(i, m.Shards), err)
		}
		ix.parts = append(ix.parts, s)
		fields, err := s.Fields()
		if err != nil {
			ix.closeShards()
			return nil, fmt.Errorf("open index %s: %w", partName(i, m.Shards), err)
		}
		for _, f := range fields {
			if isTextField(f) {
				ix.langs[strings.TrimPrefix(f, "text_")] = true
			}
		}
	}
	if err := ix.ready(ix.parts[0].Mapping()); err != nil {
		ix.closeShards()
		return nil, err
	}
	return ix, nil
}

// ready sets up what the parts, once open, are used through.
func (ix *Index) ready(m mapping.IndexMapping) error {
	var err error
	ix.mapping = m
	if ix.docs, err = newDocBuilder(m); err != nil {
		return err
	}
	n := len(ix.parts) - 1
	ix.shards, ix.claims = ix.parts[:n], ix.parts[n]
	ix.wmu = make([]sync.Mutex, len(ix.parts))
	ix.passages = bleve.NewIndexAlias(ix.shards...)
	ix.all = bleve.NewIndexAlias(ix.parts...)
	return nil
}

// shardConfig is scorch's configuration for a shard.
func shardConfig(opts Options) map[string]any {
	return map[string]any{"bolt_timeout": opts.Timeout.String(), "read_only": opts.ReadOnly, "unsafe_batch": !opts.ReadOnly}
}

// create builds an empty index in dir and opens it. Each part is made
// with safe batches, so that its mapping is on disk before the meta file
// names the index complete: a process killed at any point leaves either
// an index that opens or one without meta that is created again.
func create(dir string, opts Options) (*Index, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("create index: %w", err)
	}
	m, err := NewMapping()
	if err != nil {
		return nil, err
	}
	// A meta file half written by a killed process is left as a temp.
	if stale, err := filepath.Glob(filepath.Join(dir, "meta-*.tmp")); err == nil {
		for _, f := range stale {
			_ = os.Remove(f)
		}
	}
	safe := shardConfig(opts)
	safe["unsafe_batch"] = false
	for i := 0; i <= opts.Shards; i++ {
		p := partPath(dir, i, opts.Shards)
		if err := os.RemoveAll(p); err != nil {
			return nil, fmt.Errorf("create index: %w", err)
		}
		s, err := bleve.NewUsing(p, m, bleve.Config.DefaultIndexType, bleve.Config.DefaultKVStore, safe)
		if err != nil {
			return nil, fmt.Errorf("create index %s: %w", partName(i, opts.Shards), err)
		}
		if err := s.Close(); err != nil {
			return nil, fmt.Errorf("create index %s: %w", partName(i, opts.Shards), err)
		}
	}
	if err := writeMeta(dir, meta{Shards: opts.Shards, MappingVersion: MappingVersion}); err != nil {
		return nil, err
	}
	return Open(dir, opts)
}

// writeMeta replaces the meta file whole: a kill mid-write leaves the old
// file or none, never half of one.
func writeMeta(dir string, m meta) error {
	b, err := json.Marshal(m)
	if err != nil {
		return fmt.Errorf("create index: %w", err)
	}
	f, err := os.CreateTemp(dir, "meta-*.tmp")
	if err != nil {
		return fmt.Errorf("create index: %w", err)
	}
	_, err = f.Write(b)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(f.Name(), filepath.Join(dir, "meta.json"))
	}
	if err != nil {
		_ = os.Remove(f.Name())
		return fmt.Errorf("create index: write meta: %w", err)
	}
	// The rename itself reaches the disk with the directory.
	if d, err := os.Open(dir); err == nil {
		_ = d.Sync()
		_ = d.Close()
	}
	return nil
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

// partPath is where part i of an index of n passage shards lies: the
// shards, then the claims.
func partPath(dir string, i, n int) string {
	if i == n {
		return filepath.Join(dir, "claims.bleve")
	}
	return filepath.Join(dir, fmt.Sprintf("shard-%02d.bleve", i))
}

func partName(i, n int) string {
	if i == n {
		return "of claims"
	}
	return fmt.Sprintf("shard %d", i)
}

func (ix *Index) closeShards() {
	for _, s := range ix.parts {
		_ = s.Close()
	}
	ix.parts, ix.shards, ix.claims = nil, nil, nil
}

// Close closes every shard, once searches and writes under way are done.
func (ix *Index) Close() error {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	var first error
	for _, s := range ix.parts {
		if err := s.Close(); err != nil && first == nil {
			first = err
		}
	}
	ix.parts, ix.shards, ix.claims = nil, nil, nil
	ix.passages, ix.all = nil, nil
	return first
}

// Remove deletes an index directory, for a rebuild.
func Remove(dir string) error {
	// The meta file goes first: a kill part way leaves no index rather
	// than one that names parts no longer there.
	if err := os.Remove(filepath.Join(dir, "meta.json")); err != nil && !errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("remove index: %w", err)
	}
	if err := os.RemoveAll(dir); err != nil {
		return fmt.Errorf("remove index: %w", err)
	}
	return nil
}

// Shards returns the number of shards.
func (ix *Index) Shards() int {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	return len(ix.shards)
}

func (ix *Index) writable() error {
	if len(ix.parts) == 0 {
		return errors.New("index is closed")
	}
	if ix.readOnly {
		return errors.New("index is open read-only")
	}
	return nil
}

func shardOf(key string, n int) int {
	h := fnv.New32a()
	_, _ = h.Write([]byte(key))
	return int(h.Sum32() % uint32(n))
}

func (ix *Index) shardFor(key string) int { return shardOf(key, len(ix.shards)) }

// unit is what one write replaces: every document whose field equals key
// gives way to docs, in one bleve batch, so a search sees either the old
// documents or the new ones.
type unit struct {
	field, key string
	ids        []string
	docs       []*document.Document
}

// IndexPassages replaces the passages of the sources the given passages
// belong to. Each shard is written by its own goroutine, in batches.
func (ix *Index) IndexPassages(ctx context.Context, passages []claims.Passage) error {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	if err := ix.writable(); err != nil {
		return err
	}
	var order []string
	bySource := map[string][]claims.Passage{}
	for _, p := range passages {
		if p.SourceID == "" {
			return fmt.Errorf("index passage %q: no source id", p.ID)
		}
		if _, ok := bySource[p.SourceID]; !ok {
			order = append(order, p.SourceID)
		}
		bySource[p.SourceID] = append(bySource[p.SourceID], p)
	}
	per := make([][]unit, len(ix.parts))
	for _, sid := range order {
		ps := bySource[sid]
		code, tag := chooseLanguage(ps[0].Language, func() string { return sampleOf(len(ps), func(i int) string { return ps[i].Text }) })
		u := unit{field: "source_id", key: sid}
		for _, p := range ps {
			id := p.ID
			if id == "" {
				id = PassageID(p.SourceID, p.Seq)
			}
			u.ids = append(u.ids, id)
			u.docs = append(u.docs, ix.docs.passage(id, p, code, tag))
		}
		ix.noteLang(code)
		k := ix.shardFor(sid)
		per[k] = append(per[k], u)
	}
	return ix.write(ctx, per)
}

func sampleOf(n int, text func(int) string) string {
	var b strings.Builder
	for i := 0; i < n && b.Len() < detectSample; i++ {
		b.WriteString(text(i))
		b.WriteByte('\n')
	}
	return b.String()
}

func (ix *Index) noteLang(code string) {
	ix.lmu.Lock()
	ix.langs[code] = true
	ix.lmu.Unlock()
}

// langsPresent lists the stemmed fields that hold documents, in the order
// of the languages table.
func (ix *Index) langsPresent() []string {
	ix.lmu.Lock()
	defer ix.lmu.Unlock()
	var out []string
	for _, l := range languages {
		if ix.langs[l.code] {
			out = append(out, l.code)
		}
	}
	return out
}

// IndexClaims replaces the claims of an audit.
func (ix *Index) IndexClaims(ctx context.Context, auditID, articleURL string, cs []claims.Claim) error {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	if err := ix.writable(); err != nil {
		return err
	}
	if auditID == "" {
		return errors.New("index claims: no audit id")
	}
	code, tag := chooseLanguage("", func() string { return sampleOf(len(cs), func(i int) string { return cs[i].Text }) })
	u := unit{field: "audit_id", key: auditID}
	for i, c := range cs {
		id := c.ID
		if id == "" {
			id = strconv.Itoa(i)
		}
		u.ids = append(u.ids, auditID+"/"+id)
		u.docs = append(u.docs, ix.docs.claim(auditID+"/"+id, auditID, articleURL, i, c, code, tag))
	}
	if len(cs) > 0 {
		ix.noteLang(code)
	}
	per := make([][]unit, len(ix.parts))
	per[len(ix.shards)] = []unit{u}
	return ix.write(ctx, per)
}

// write applies each shard's units, the shards in parallel.
func (ix *Index) write(ctx context.Context, per [][]unit) error {
	var wg sync.WaitGroup
	errs := make([]error, len(per))
	for k := range per {
		if len(per[k]) == 0 {
			continue
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs[k] = ix.writeShard(ctx, k, per[k])
		}()
	}
	wg.Wait()
	return errors.Join(errs...)
}

func (ix *Index) writeShard(ctx context.Context, k int, units []unit) error {
	ix.wmu[k].Lock()
	defer ix.wmu[k].Unlock()
	s := ix.parts[k]
	b := s.NewBatch()
	// Batches are handed over without waiting for each to reach the disk
	// (unsafe_batch), so that the next is built while one is written; the
	// write returns once the last, and so every one before it, is
	// persisted.
	var persisted chan error
	flush := func() error {
		if b.Size() == 0 {
			return nil
		}
		ch := make(chan error, 1)
		b.SetPersistedCallback(func(err error) { ch <- err })
		if err := s.Batch(b); err != nil {
			return fmt.Errorf("index batch: %w", err)
		}
		persisted = ch
		// A new batch, not b.Reset(): bleve's analysis goroutine may
		// still be reading the old batch's map after Batch returns.
		b = s.NewBatch()
		return nil
	}
	for _, u := range units {
		if err := ctx.Err(); err != nil {
			return err
		}
		old, err := idsWhere(ctx, s, u.field, u.key)
		if err != nil {
			return err
		}
		keep := make(map[string]bool, len(u.ids))
		for _, id := range u.ids {
			keep[id] = true
		}
		for _, id := range old {
			if !keep[id] {
				b.Delete(id)
			}
		}
		for i, d := range u.docs {
			if err := b.IndexAdvanced(d); err != nil {
				return fmt.Errorf("index %s: %w", u.ids[i], err)
			}
		}
		// Batches end between units, never inside one.
		if b.Size() >= ix.batch {
			if err := flush(); err != nil {
				return err
			}
		}
	}
	if err := flush(); err != nil {
		return err
	}
	if persisted == nil {
		return nil
	}
	select {
	case err := <-persisted:
		if err != nil {
			return fmt.Errorf("index batch: %w", err)
		}
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// idsWhere returns the ids of the documents of one shard whose keyword
// field equals value: a walk of that term's postings, not a search.
func idsWhere(ctx context.Context, s bleve.Index, field, value string) ([]string, error) {
	ii, err := s.Advanced()
	if err != nil {
		return nil, fmt.Errorf("find old documents: %w", err)
	}
	r, err := ii.Reader()
	if err != nil {
		return nil, fmt.Errorf("find old documents: %w", err)
	}
	defer r.Close()
	tfr, err := r.TermFieldReader(ctx, []byte(value), field, false, false, false)
	if err != nil {
		return nil, fmt.Errorf("find old documents: %w", err)
	}
	defer tfr.Close()
	var ids []string
	for {
		d, err := tfr.Next(nil)
		if err != nil {
			return nil, fmt.Errorf("find old documents: %w", err)
		}
		if d == nil {
			return ids, nil
		}
		id, err := r.ExternalID(d.ID)
		if err != nil {
			return nil, fmt.Errorf("find old documents: %w", err)
		}
		ids = append(ids, id)
	}
}

// Count returns the number of documents.
func (ix *Index) Count() (uint64, error) {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	if ix.all == nil {
		return 0, errors.New("index is closed")
	}
	return ix.all.DocCount()
}

var storedFields = []string{exactField, displayField}

// Search runs a query over passages (or claims). A search restricted to
// some sources asks only the shards that hold them.
func (ix *Index) Search(ctx context.Context, q claims.Query) (*claims.Results, error) {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	if ix.all == nil {
		return nil, errors.New("index is closed")
	}
	p := &planner{m: ix.mapping, langs: ix.langsPresent()}
	bq, hl, err := p.build(q)
	if err != nil {
		return nil, err
	}
	limit := q.Limit
	if limit <= 0 {
		limit = 10
	}
	limit = min(limit, MaxLimit)
	// A few more hits than asked for, so that among equal scores the
	// cut falls by id and not by where documents lie on disk (which
	// changes as segments merge): the same query, the same answer.
	req := bleve.NewSearchRequestOptions(bq, min(limit+tieMargin, MaxLimit), 0, false)
	req.Fields = storedFields
	if q.Facets {
		req.AddFacet("publisher", bleve.NewFacetRequest("publisher", 10))
		req.AddFacet("month", bleve.NewFacetRequest("month", 24))
	}
	res, err := ix.target(q).SearchInContext(ctx, req)
	if err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	out := &claims.Results{Total: res.Total, Took: res.Took, Hits: make([]claims.Hit, 0, len(res.Hits))}
	for _, h := range res.Hits {
		out.Hits = append(out.Hits, hitOf(h))
	}
	sort.SliceStable(out.Hits, func(i, j int) bool {
		a, b := out.Hits[i], out.Hits[j]
		return a.Score > b.Score || a.Score == b.Score && a.ID < b.ID
	})
	out.Hits = out.Hits[:min(limit, len(out.Hits))]
	if q.Highlight {
		for i := range out.Hits {
			h := &out.Hits[i]
			code := languageOf(h.Language)
			if code == "" {
				code = stdLang
			}
			h.Fragments = hl.fragments(h.Text, code)
		}
	}
	if q.Facets {
		out.Facets = map[string][]claims.Facet{}
		for name, f := range res.Facets {
			fs := []claims.Facet{}
			if f.Terms != nil {
				for _, t := range f.Terms.Terms() {
					fs = append(fs, claims.Facet{Term: t.Term, Count: t.Count})
				}
			}
			if name == "month" {
				sort.Slice(fs, func(i, j int) bool { return fs[i].Term > fs[j].Term })
			} else {
				sort.SliceStable(fs, func(i, j int) bool {
					return fs[i].Count > fs[j].Count || fs[i].Count == fs[j].Count && fs[i].Term < fs[j].Term
				})
			}
			out.Facets[name] = fs
		}
	}
	return out, nil
}

// target is what a query searches: the passage shards (only those that
// hold the sources it is restricted to), the claims, or both.
func (ix *Index) target(q claims.Query) bleve.Index {
	switch {
	case q.Claims && !q.Both:
		return ix.claims
	case len(q.SourceIDs) > 0:
		// Claims belong to no source: only passages can match.
	case q.Both:
		return ix.all
	}
	if len(q.SourceIDs) == 0 || len(ix.shards) == 1 {
		return ix.passages
	}
	seen := map[int]bool{}
	var sub []bleve.Index
	for _, id := range q.SourceIDs {
		k := ix.shardFor(id)
		if !seen[k] {
			seen[k] = true
			sub = append(sub, ix.shards[k])
		}
	}
	switch {
	case len(sub) == len(ix.shards):
		return ix.passages
	case len(sub) == 1:
		return sub[0]
	}
	return bleve.NewIndexAlias(sub...)
}

func hitOf(h *search.DocumentMatch) claims.Hit {
	var v display
	if s, ok := h.Fields[displayField].(string); ok {
		_ = json.Unmarshal([]byte(s), &v) // written by display(); an old index is refused at Open
	}
	text, _ := h.Fields[exactField].(string)
	hit := claims.Hit{Type: v.Type, Score: h.Score, AuditID: v.AuditID, Kind: v.Kind}
	hit.Passage = claims.Passage{ID: h.ID, SourceID: v.SourceID, URL: v.URL, Publisher: v.Publisher, Title: v.Title,
		Language: v.Lang, Seq: v.Seq, Start: v.Start, End: v.End, Text: text}
	if v.Published != "" {
		hit.Published, _ = time.Parse(time.RFC3339, v.Published)
	}
	return hit
}

// PassageID is the document id of a source's n-th passage.
func PassageID(sourceID string, seq int) string { return sourceID + "/" + strconv.Itoa(seq) }
