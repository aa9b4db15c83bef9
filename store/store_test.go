package store

import (
	"context"
	"database/sql"
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/provenance-audit/provenance/claims"
)

func open(t *testing.T) (*Store, string) {
	t.Helper()
	p := filepath.Join(t.TempDir(), "catalogue.db")
	s, err := Open(p)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s, p
}

// TestMigrationsAreIdempotent: opening again applies nothing twice, and a
// catalogue from a newer program is refused with a clear message.
func TestMigrationsAreIdempotent(t *testing.T) {
	s, p := open(t)
	s.Close()
	s2, err := Open(p)
	if err != nil {
		t.Fatalf("reopen: %v", err)
	}
	var v int
	if err := s2.db.QueryRow(`SELECT version FROM schema_version`).Scan(&v); err != nil || v != SchemaVersion() {
		t.Fatalf("version %d, %v; want %d", v, err, SchemaVersion())
	}
	if _, err := s2.db.Exec(`UPDATE schema_version SET version = 99`); err != nil {
		t.Fatal(err)
	}
	s2.Close()
	if _, err := Open(p); err == nil || !strings.Contains(err.Error(), "upgrade provenance") {
		t.Fatalf("newer schema: %v", err)
	}
}

func TestFetchLog(t *testing.T) {
	s, _ := open(t)
	ctx := context.Background()
	if _, err := s.LastFetch(ctx, "https://x.test/"); !errors.Is(err, claims.ErrNotFound) {
		t.Fatalf("empty log: %v", err)
	}
	changed := false
	t0 := time.Date(2024, 1, 4, 10, 0, 0, 0, time.UTC)
	for i, f := range []claims.Fetch{
		{ID: "1", URL: "https://x.test/", FinalURL: "https://x.test/", Status: claims.StatusOK, SHA256: "aa", FetchedAt: t0, Record: claims.RecordRef{File: "a.warc.gz", Offset: 10}, Headers: map[string]string{"Etag": `"1"`}},
		{ID: "2", URL: "https://x.test/", FinalURL: "https://x.test/", Status: claims.StatusError, Error: "HTTP 503", FetchedAt: t0.Add(time.Hour)},
		{ID: "3", URL: "https://x.test/", FinalURL: "https://x.test/", Status: claims.StatusOK, SHA256: "bb", FetchedAt: t0.Add(2 * time.Hour), Changed: &changed},
	} {
		if err := s.SaveFetch(ctx, &f); err != nil {
			t.Fatalf("save %d: %v", i, err)
		}
	}
	got, err := s.LastFetch(ctx, "https://x.test/")
	if err != nil {
		t.Fatal(err)
	}
	// The latest fetch that was read wins over a later failure.
	if got.ID != "3" || got.Changed == nil || *got.Changed {
		t.Fatalf("last fetch = %+v", got)
	}
}

func TestAuditsAndReviews(t *testing.T) {
	s, _ := open(t)
	ctx := context.Background()
	r := &claims.Report{
		Article:       claims.ArticleInfo{URL: "https://news.test/story", Title: "Story"},
		Claims:        []claims.Claim{{ID: "c1", Kind: claims.KindNumber, Text: "four", Status: claims.Contradicted, Support: []claims.Support{{SourceID: "s1", Relation: claims.Contradicts, Passage: "two"}}}},
		Discrepancies: []claims.Discrepancy{{ID: "d1", Kind: claims.DiscNumber, Severity: claims.High, Summary: "2 vs 4"}, {ID: "d2", Kind: claims.DiscName, Severity: claims.Low, Summary: "spelling"}},
	}
	r.Summarise()
	if err := s.BeginAudit(ctx, "a1", r.Article.URL); err != nil {
		t.Fatal(err)
	}
	if err := s.FinishAudit(ctx, "a1", r, nil); err != nil {
		t.Fatal(err)
	}
	if err := s.SaveReview(ctx, &claims.Review{ID: "r0", DiscrepancyID: "d1", Decision: "maybe"}); err == nil {
		t.Fatal("a review must be confirmed or dismissed")
	}
	for i, rv := range []claims.Review{
		{ID: "r1", DiscrepancyID: "d1", Decision: claims.Confirmed, Reviewer: "a", CreatedAt: time.Now().Add(-time.Minute)},
		{ID: "r2", DiscrepancyID: "d1", Decision: claims.Dismissed, Reviewer: "b", Note: "same event, two counts", CreatedAt: time.Now()},
	} {
		if err := s.SaveReview(ctx, &rv); err != nil {
			t.Fatalf("review %d: %v", i, err)
		}
	}
	got, err := s.Audit(ctx, "a1")
	if err != nil {
		t.Fatal(err)
	}
	// The latest review applies; the dismissed finding no longer counts.
	if got.Discrepancies[0].Review == nil || got.Discrepancies[0].Review.Reviewer != "b" {
		t.Fatalf("review not applied: %+v", got.Discrepancies[0].Review)
	}
	if got.Summary.Discrepancies != 1 || got.Summary.Dismissed != 1 || got.Worst() != claims.Low {
		t.Fatalf("summary %+v, worst %q", got.Summary, got.Worst())
	}
	list, err := s.Audits(ctx, 10)
	if err != nil || len(list) != 1 || list[0].Counts[claims.High] != 1 {
		t.Fatalf("audits = %+v, %v", list, err)
	}
	// A failed audit is recorded with its reason.
	if err := s.BeginAudit(ctx, "a2", "https://news.test/b"); err != nil {
		t.Fatal(err)
	}
	if err := s.FinishAudit(ctx, "a2", nil, errors.New("could not read the article: HTTP 404")); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Audit(ctx, "a2"); err == nil || !strings.Contains(err.Error(), "HTTP 404") {
		t.Fatalf("failed audit: %v", err)
	}
	if _, err := s.Audit(ctx, "nope"); !errors.Is(err, claims.ErrNotFound) {
		t.Fatalf("unknown audit: %v", err)
	}
	var n int
	if err := s.db.QueryRow(`SELECT count(*) FROM evidence WHERE audit_id = 'a1'`).Scan(&n); err != nil || n != 1 {
		t.Fatalf("evidence rows %d, %v", n, err)
	}
	_ = sql.ErrNoRows
}

func TestSources(t *testing.T) {
	s, _ := open(t)
	ctx := context.Background()
	src := &claims.Source{ID: "s1", URL: "https://x.test/a", Status: claims.StatusOK, Publisher: "X", Doc: &claims.Document{Text: "hello", Title: "T"}}
	if err := s.SaveSource(ctx, src); err != nil {
		t.Fatal(err)
	}
	src.Publisher = "X News" // saved again: replaced, not duplicated
	if err := s.SaveSource(ctx, src); err != nil {
		t.Fatal(err)
	}
	var all []*claims.Source
	if err := s.Sources(ctx, func(x *claims.Source) error { all = append(all, x); return nil }); err != nil {
		t.Fatal(err)
	}
	if len(all) != 1 || all[0].Publisher != "X News" || all[0].Doc == nil || all[0].Doc.Text != "hello" {
		t.Fatalf("sources = %+v", all)
	}
	if _, err := s.SourceByID(ctx, "none"); !errors.Is(err, claims.ErrNotFound) {
		t.Fatalf("unknown source: %v", err)
	}
}

// TestLock: a second holder waits, then is told who holds the workspace.
func TestLock(t *testing.T) {
	dir := t.TempDir()
	ctx := context.Background()
	l1, err := Acquire(ctx, dir, "serve", time.Second)
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	_, err = Acquire(ctx, dir, "audit", 200*time.Millisecond)
	if !errors.Is(err, ErrBusy) || !strings.Contains(err.Error(), "(serve, started") {
		t.Fatalf("second lock: %v", err)
	}
	if time.Since(start) < 200*time.Millisecond {
		t.Fatalf("did not wait")
	}
	if err := l1.Release(); err != nil {
		t.Fatal(err)
	}
	l2, err := Acquire(ctx, dir, "audit", time.Second)
	if err != nil {
		t.Fatalf("after release: %v", err)
	}
	l2.Release()
}

// TestSharedLock: readers hold the workspace side by side, a writer
// waits for them, a reader waits for a writer and names it, and a
// reader's release leaves the writer's note alone.
func TestSharedLock(t *testing.T) {
	dir := t.TempDir()
	ctx := context.Background()
	r1, err := AcquireShared(ctx, dir, time.Second)
	if err != nil {
		t.Fatal(err)
	}
	r2, err := AcquireShared(ctx, dir, time.Second)
	if err != nil {
		t.Fatalf("second reader: %v", err)
	}
	if _, err := Acquire(ctx, dir, "audit", 100*time.Millisecond); !errors.Is(err, ErrBusy) {
		t.Fatalf("writer beside readers: %v, want busy", err)
	}
	if err := errors.Join(r1.Release(), r2.Release()); err != nil {
		t.Fatal(err)
	}
	w, err := Acquire(ctx, dir, "audit", time.Second)
	if err != nil {
		t.Fatalf("writer after readers: %v", err)
	}
	if _, err := AcquireShared(ctx, dir, 100*time.Millisecond); !errors.Is(err, ErrBusy) || !strings.Contains(err.Error(), "(audit, started") {
		t.Fatalf("reader beside a writer: %v, want busy naming the audit", err)
	}
	if err := w.Release(); err != nil {
		t.Fatal(err)
	}
}
