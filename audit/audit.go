// Package audit runs the whole job on one story: read the article, find
// what it cites, fetch and archive the sources, index them, extract the
// story's claims, verify them, and keep the report in the catalogue. It
// speaks only to the core's interfaces (claims.Crawler, claims.Index,
// claims.Catalogue); cmd/ hands it the adapters, and the command line and
// the web server run the same code.
package audit

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/google/uuid"

	"github.com/provenance-audit/provenance/claims"
	"github.com/provenance-audit/provenance/verify"
)

// Auditor holds the parts an audit needs.
type Auditor struct {
	Crawler   claims.Crawler
	Reader    claims.Reader
	Index     claims.Index
	Catalogue claims.Catalogue
	Analyzer  *claims.Analyzer
	// MaxFileBytes bounds a local article file.
	MaxFileBytes int64
}

// Request is one audit to run.
type Request = claims.AuditRequest

// IsURL reports whether an article argument is a web address.
func IsURL(s string) bool {
	l := strings.ToLower(s)
	return strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://")
}

// ReadArticle reads the article: fetched (and archived) when it is a URL,
// read from disk when it is a file.
func (a *Auditor) ReadArticle(ctx context.Context, article string, progress claims.Progress) (*claims.Document, *claims.Source, error) {
	if IsURL(article) {
		srcs, err := a.Crawler.Crawl(ctx, []string{article}, progress)
		if err != nil {
			return nil, nil, err
		}
		s := srcs[0]
		if !s.OK() {
			return nil, s, fmt.Errorf("could not read the article %s: %s", article, s.Error)
		}
		return s.Doc, s, nil
	}
	doc, err := a.ReadFile(article)
	return doc, nil, err
}

// ReadFile reads a local story file.
func (a *Auditor) ReadFile(path string) (*claims.Document, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read article: %w", err)
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, fmt.Errorf("read article: %w", err)
	}
	if st.IsDir() {
		return nil, fmt.Errorf("read article: %s is a directory; give a .html, .md or .txt file or a URL", path)
	}
	limit := a.MaxFileBytes
	if limit <= 0 {
		limit = 50 << 20
	}
	if st.Size() > limit {
		return nil, fmt.Errorf("read article: %s is larger than %d bytes", path, limit)
	}
	body := make([]byte, st.Size())
	if _, err := io.ReadFull(f, body); err != nil {
		return nil, fmt.Errorf("read article: %w", err)
	}
	ct := "text/plain; charset=utf-8"
	switch strings.ToLower(filepath.Ext(path)) {
	case ".html", ".htm", ".xhtml":
		ct = "text/html"
	case ".md", ".markdown":
		ct = "text/markdown; charset=utf-8"
	case ".pdf":
		ct = "application/pdf"
	}
	abs, _ := filepath.Abs(path)
	doc, err := a.Reader.Read(body, ct, "file://"+filepath.ToSlash(abs))
	if err != nil {
		return nil, fmt.Errorf("read article %s: %w", path, err)
	}
	doc.URL = path
	if doc.Publisher == "" || doc.Publisher == "file" {
		doc.Publisher = ""
	}
	return doc, nil
}

// Ingest fetches, records and indexes sources. Sources that fail are
// returned with their status; only a failure of the workspace is an error.
func (a *Auditor) Ingest(ctx context.Context, urls []string, progress claims.Progress) ([]*claims.Source, error) {
	if len(urls) == 0 {
		return []*claims.Source{}, nil
	}
	srcs, err := a.Crawler.Crawl(ctx, urls, progress)
	if err != nil {
		return srcs, err
	}
	var passages []claims.Passage
	for _, s := range srcs {
		unchanged, err := a.alreadyIndexed(ctx, s)
		if err != nil {
			return srcs, err
		}
		if err := a.Catalogue.SaveSource(ctx, s); err != nil {
			return srcs, err
		}
		// A page replayed unchanged keeps its passages: indexing it again
		// would cost time and shift the index's statistics under a second
		// audit of the same story.
		if !unchanged {
			passages = append(passages, claims.SplitPassages(s)...)
		}
	}
	progress.Emit(claims.Event{Stage: "index", Total: len(passages)})
	if err := a.Index.IndexPassages(ctx, passages); err != nil {
		return srcs, fmt.Errorf("index sources: %w", err)
	}
	progress.Emit(claims.Event{Stage: "index", Done: len(passages), Total: len(passages)})
	return srcs, nil
}

// alreadyIndexed reports whether a source's page is indexed as it is now:
// the catalogue holds it with the same digest and the index has its
// passages.
func (a *Auditor) alreadyIndexed(ctx context.Context, s *claims.Source) (bool, error) {
	if !s.OK() || s.SHA256 == "" {
		return false, nil
	}
	prev, err := a.Catalogue.SourceByID(ctx, s.ID)
	if errors.Is(err, claims.ErrNotFound) {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	if prev.SHA256 != s.SHA256 || prev.Status != claims.StatusOK {
		return false, nil
	}
	r, err := a.Index.Search(ctx, claims.Query{SourceIDs: []string{s.ID}, Limit: 1})
	if err != nil {
		return false, fmt.Errorf("look up indexed passages: %w", err)
	}
	return r.Total > 0, nil
}

// Audit runs the whole job and stores the report.
func (a *Auditor) Audit(ctx context.Context, req Request) (*claims.Report, error) {
	id := req.ID
	if id == "" {
		id = uuid.NewString()
	}
	if err := a.Catalogue.BeginAudit(ctx, id, req.Article); err != nil {
		return nil, err
	}
	r, err := a.run(ctx, id, req)
	// The outcome is recorded even when the caller gave up.
	fctx := context.WithoutCancel(ctx)
	if ferr := a.Catalogue.FinishAudit(fctx, id, r, err); ferr != nil && err == nil {
		err = ferr
	}
	if err != nil {
		return nil, err
	}
	return r, nil
}

func (a *Auditor) run(ctx context.Context, id string, req Request) (*claims.Report, error) {
	progress := req.Progress
	progress.Emit(claims.Event{Stage: "article", Message: req.Article})
	doc, _, err := a.ReadArticle(ctx, req.Article, progress)
	if err != nil {
		return nil, err
	}
	if !req.Published.IsZero() {
		doc.Published = req.Published
	}
	cites := claims.Citations(doc, req.Sources)
	urls := make([]string, len(cites))
	for i, l := range cites {
		urls[i] = l.URL
	}
	srcs, err := a.Ingest(ctx, urls, progress)
	if err != nil {
		return nil, err
	}
	for i, s := range srcs {
		if s != nil && i < len(cites) {
			s.CitedAs = cites[i].Text
		}
	}
	progress.Emit(claims.Event{Stage: "claims"})
	outlets := []string{}
	for _, s := range srcs {
		if s.Publisher != "" {
			outlets = append(outlets, s.Publisher)
			if s.Doc != nil {
				outlets = append(outlets, claims.SelfAcronyms(s.Doc.Text, s.Publisher)...)
			}
		}
		// The story's own name for a source, on its link ("Fire Service"
		// for a page its publisher names in Greek).
		if claims.IsNameLike(s.CitedAs) {
			outlets = append(outlets, s.CitedAs)
		}
	}
	if doc.Publisher != "" {
		outlets = append(outlets, doc.Publisher)
	}
	// The links to the sources cited: a sentence with one is credited.
	var cited []claims.Link
	for _, l := range doc.Links {
		for _, s := range srcs {
			if s != nil && (s.URL == l.URL || s.FinalURL == l.URL || claims.Canonical(s.URL) == claims.Canonical(l.URL)) {
				cited = append(cited, l)
				break
			}
		}
	}
	analysis := a.Analyzer.Analyze(doc.Text, claims.Options{Published: doc.Published, Outlets: outlets, Cited: cited})
	cs := analysis.Claims(doc.URL)
	progress.Emit(claims.Event{Stage: "verify", Total: len(cs)})
	v := &verify.Verifier{Searcher: a.Index, Analyzer: a.Analyzer}
	r, err := v.Verify(ctx, verify.Input{Article: doc, Analysis: analysis, Claims: cs, Sources: srcs})
	if err != nil {
		return nil, err
	}
	r.AuditID = id
	r.GeneratedAt = time.Now().UTC().Format(time.RFC3339)
	if err := a.Index.IndexClaims(ctx, id, doc.URL, r.Claims); err != nil {
		return nil, fmt.Errorf("index claims: %w", err)
	}
	if err := a.applyReviews(ctx, r); err != nil {
		return nil, err
	}
	progress.Emit(claims.Event{Stage: "done", Message: fmt.Sprintf("%d claims, %d discrepancies", r.Summary.Claims, r.Summary.Discrepancies)})
	return r, nil
}

func (a *Auditor) applyReviews(ctx context.Context, r *claims.Report) error {
	ids := make([]string, len(r.Discrepancies))
	for i, d := range r.Discrepancies {
		ids[i] = d.ID
	}
	reviews, err := a.Catalogue.Reviews(ctx, ids)
	if err != nil {
		return err
	}
	for i := range r.Discrepancies {
		r.Discrepancies[i].Review = reviews[r.Discrepancies[i].ID]
	}
	r.Summarise()
	return nil
}

// Claims reads an article and returns its claims without fetching its
// sources.
func (a *Auditor) Claims(ctx context.Context, article string, published time.Time) (*claims.Document, []claims.Claim, error) {
	doc, _, err := a.ReadArticle(ctx, article, nil)
	if err != nil {
		return nil, nil, err
	}
	if !published.IsZero() {
		doc.Published = published
	}
	an := a.Analyzer.Analyze(doc.Text, claims.Options{Published: doc.Published, Outlets: []string{doc.Publisher}})
	return doc, an.Claims(doc.URL), nil
}
