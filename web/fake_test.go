package web

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"sync"
	"time"

	"github.com/provenance-audit/provenance/claims"
)

// memCatalogue is an in-memory claims.Catalogue with the store's
// behaviour where the desk depends on it: Audit applies the latest
// reviews and counts the report again.
type memCatalogue struct {
	mu      sync.Mutex
	reports map[string]*claims.Report
	audits  map[string]*claims.AuditSummary
	sources map[string]*claims.Source
	reviews []claims.Review
}

func newMemCatalogue() *memCatalogue {
	return &memCatalogue{reports: map[string]*claims.Report{}, audits: map[string]*claims.AuditSummary{}, sources: map[string]*claims.Source{}}
}

func (c *memCatalogue) LastFetch(context.Context, string) (*claims.Fetch, error) {
	return nil, claims.ErrNotFound
}
func (c *memCatalogue) SaveFetch(context.Context, *claims.Fetch) error { return nil }

func (c *memCatalogue) SaveSource(_ context.Context, s *claims.Source) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	cp := *s
	c.sources[s.ID] = &cp
	return nil
}

func (c *memCatalogue) Sources(_ context.Context, fn func(*claims.Source) error) error {
	c.mu.Lock()
	var all []*claims.Source
	for _, s := range c.sources {
		all = append(all, s)
	}
	c.mu.Unlock()
	for _, s := range all {
		if err := fn(s); err != nil {
			return err
		}
	}
	return nil
}

func (c *memCatalogue) SourceByID(_ context.Context, id string) (*claims.Source, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	s, ok := c.sources[id]
	if !ok {
		return nil, claims.ErrNotFound
	}
	cp := *s
	return &cp, nil
}

func (c *memCatalogue) BeginAudit(_ context.Context, id, articleURL string) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.audits[id] = &claims.AuditSummary{ID: id, ArticleURL: articleURL, Status: claims.AuditRunning, StartedAt: time.Now().UTC(), Counts: map[string]int{}}
	return nil
}

func (c *memCatalogue) FinishAudit(_ context.Context, id string, r *claims.Report, failure error) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	a, ok := c.audits[id]
	if !ok {
		return fmt.Errorf("no audit %s", id)
	}
	a.FinishedAt = time.Now().UTC()
	if failure != nil || r == nil {
		a.Status, a.Error = claims.AuditFailed, "no report"
		if failure != nil {
			a.Error = failure.Error()
		}
		return nil
	}
	a.Status, a.Title, a.Claims = claims.AuditDone, r.Article.Title, len(r.Claims)
	for _, d := range r.Discrepancies {
		a.Counts[d.Severity]++
	}
	cp := *r
	c.reports[id] = &cp
	return nil
}

// addReport stores a finished audit directly.
func (c *memCatalogue) addReport(r *claims.Report) {
	ctx := context.Background()
	_ = c.BeginAudit(ctx, r.AuditID, r.Article.URL)
	_ = c.FinishAudit(ctx, r.AuditID, r, nil)
	for i := range r.Sources {
		_ = c.SaveSource(ctx, &r.Sources[i])
	}
}

func (c *memCatalogue) Audit(ctx context.Context, id string) (*claims.Report, error) {
	c.mu.Lock()
	a, ok := c.audits[id]
	r := c.reports[id]
	c.mu.Unlock()
	if !ok {
		return nil, claims.ErrNotFound
	}
	if r == nil {
		if a.Status == claims.AuditFailed {
			return nil, fmt.Errorf("audit %s failed: %s", id, a.Error)
		}
		return nil, fmt.Errorf("audit %s is %s", id, a.Status)
	}
	// A deep enough copy: the discrepancies get their reviews.
	cp := *r
	cp.Discrepancies = append([]claims.Discrepancy(nil), r.Discrepancies...)
	ids := make([]string, len(cp.Discrepancies))
	for i, d := range cp.Discrepancies {
		ids[i] = d.ID
	}
	rv, err := c.Reviews(ctx, ids)
	if err != nil {
		return nil, err
	}
	for i := range cp.Discrepancies {
		cp.Discrepancies[i].Review = rv[cp.Discrepancies[i].ID]
	}
	cp.Summarise()
	return &cp, nil
}

func (c *memCatalogue) Audits(_ context.Context, limit int) ([]claims.AuditSummary, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	var out []claims.AuditSummary
	for _, a := range c.audits {
		out = append(out, *a)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].StartedAt.After(out[j].StartedAt) })
	if limit > 0 && len(out) > limit {
		out = out[:limit]
	}
	return out, nil
}

func (c *memCatalogue) SaveReview(_ context.Context, r *claims.Review) error {
	if r.Decision != claims.Confirmed && r.Decision != claims.Dismissed {
		return errors.New("bad decision")
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.reviews = append(c.reviews, *r)
	return nil
}

func (c *memCatalogue) Reviews(_ context.Context, ids []string) (map[string]*claims.Review, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	want := map[string]bool{}
	for _, id := range ids {
		want[id] = true
	}
	out := map[string]*claims.Review{}
	for i := range c.reviews {
		r := c.reviews[i]
		if want[r.DiscrepancyID] {
			out[r.DiscrepancyID] = &r
		}
	}
	return out, nil
}

// fakeSearcher returns fixed results and records the queries it got; a
// search may be made to wait on gate.
type fakeSearcher struct {
	mu      sync.Mutex
	queries []claims.Query
	results *claims.Results
	err     error
}

func (f *fakeSearcher) Search(_ context.Context, q claims.Query) (*claims.Results, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.queries = append(f.queries, q)
	if f.err != nil {
		return nil, f.err
	}
	if f.results == nil {
		return &claims.Results{}, nil
	}
	cp := *f.results
	return &cp, nil
}

func (f *fakeSearcher) last() claims.Query {
	f.mu.Lock()
	defer f.mu.Unlock()
	if len(f.queries) == 0 {
		return claims.Query{}
	}
	return f.queries[len(f.queries)-1]
}

// fakeArchive replays exchanges from a map keyed by record file.
type fakeArchive map[string]*claims.Exchange

func (a fakeArchive) Replay(ref claims.RecordRef) (*claims.Exchange, error) {
	ex, ok := a[ref.File]
	if !ok {
		return nil, errors.New("replay: no such record")
	}
	return ex, nil
}

// fakeAuditor runs "audits" that wait on release, reporting progress,
// and records them in the catalogue as the real one does.
type fakeAuditor struct {
	cat     *memCatalogue
	release chan struct{}
	started chan claims.AuditRequest
	fail    error
}

func (f *fakeAuditor) Audit(ctx context.Context, req claims.AuditRequest) (*claims.Report, error) {
	if err := f.cat.BeginAudit(ctx, req.ID, req.Article); err != nil {
		return nil, err
	}
	req.Progress.Emit(claims.Event{Stage: "article", Message: req.Article})
	req.Progress.Emit(claims.Event{Stage: "fetch", Done: 1, Total: 3, Message: "ok " + req.Article})
	if f.started != nil {
		f.started <- req
	}
	select {
	case <-f.release:
	case <-ctx.Done():
		_ = f.cat.FinishAudit(context.WithoutCancel(ctx), req.ID, nil, ctx.Err())
		return nil, ctx.Err()
	}
	if f.fail != nil {
		_ = f.cat.FinishAudit(ctx, req.ID, nil, f.fail)
		return nil, f.fail
	}
	r := sampleReport(req.ID)
	r.Article.URL = req.Article
	_ = f.cat.FinishAudit(ctx, req.ID, r, nil)
	return r, nil
}
