// Package store is the workspace's catalogue: a SQLite database of every
// fetch, source, audit, claim, evidence link, discrepancy and review, with
// a versioned schema; and the workspace lock that keeps two processes from
// writing one workspace at once.
//
// It uses modernc.org/sqlite, a pure-Go SQLite, so the binary builds
// without cgo on every platform a newsroom runs; SQLite because a
// workspace is one directory a user can copy, back up or delete, and WAL
// mode lets the web server read while an audit writes. The lock uses
// github.com/gofrs/flock (advisory file locks on every OS).
package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	_ "modernc.org/sqlite" // the database/sql driver "sqlite"

	"github.com/provenance-audit/provenance/claims"
)

// Store is the catalogue. It implements claims.Catalogue.
type Store struct {
	db *sql.DB
}

// migrations are applied in order; the schema version is their count.
// Never edit one that has shipped: add another.
var migrations = []string{
	`CREATE TABLE fetches (
		id TEXT PRIMARY KEY,
		url TEXT NOT NULL,
		final_url TEXT NOT NULL,
		status TEXT NOT NULL,
		http_status INTEGER NOT NULL DEFAULT 0,
		error TEXT NOT NULL DEFAULT '',
		content_type TEXT NOT NULL DEFAULT '',
		sha256 TEXT NOT NULL DEFAULT '',
		bytes INTEGER NOT NULL DEFAULT 0,
		redirects TEXT NOT NULL DEFAULT '[]',
		headers TEXT NOT NULL DEFAULT '{}',
		warc_file TEXT NOT NULL DEFAULT '',
		warc_offset INTEGER NOT NULL DEFAULT 0,
		fetched_at TEXT NOT NULL,
		changed INTEGER,
		from_archive INTEGER NOT NULL DEFAULT 0
	);
	CREATE INDEX fetches_url ON fetches(url, fetched_at);
	CREATE TABLE sources (
		id TEXT PRIMARY KEY,
		url TEXT NOT NULL,
		final_url TEXT NOT NULL DEFAULT '',
		publisher TEXT NOT NULL DEFAULT '',
		title TEXT NOT NULL DEFAULT '',
		published TEXT NOT NULL DEFAULT '',
		status TEXT NOT NULL,
		error TEXT NOT NULL DEFAULT '',
		sha256 TEXT NOT NULL DEFAULT '',
		fetched_at TEXT NOT NULL DEFAULT '',
		source TEXT NOT NULL,
		doc TEXT,
		updated_at TEXT NOT NULL
	);
	CREATE TABLE audits (
		id TEXT PRIMARY KEY,
		article_url TEXT NOT NULL,
		title TEXT NOT NULL DEFAULT '',
		status TEXT NOT NULL,
		error TEXT NOT NULL DEFAULT '',
		started_at TEXT NOT NULL,
		finished_at TEXT NOT NULL DEFAULT '',
		claims INTEGER NOT NULL DEFAULT 0,
		high INTEGER NOT NULL DEFAULT 0,
		medium INTEGER NOT NULL DEFAULT 0,
		low INTEGER NOT NULL DEFAULT 0,
		report TEXT
	);
	CREATE INDEX audits_started ON audits(started_at);
	CREATE TABLE claims (
		audit_id TEXT NOT NULL REFERENCES audits(id) ON DELETE CASCADE,
		id TEXT NOT NULL,
		kind TEXT NOT NULL,
		status TEXT NOT NULL,
		text TEXT NOT NULL,
		speaker TEXT NOT NULL DEFAULT '',
		attributed_to TEXT NOT NULL DEFAULT '',
		value TEXT NOT NULL DEFAULT '',
		PRIMARY KEY (audit_id, id)
	);
	CREATE TABLE evidence (
		audit_id TEXT NOT NULL REFERENCES audits(id) ON DELETE CASCADE,
		claim_id TEXT NOT NULL,
		source_id TEXT NOT NULL,
		relation TEXT NOT NULL,
		score REAL NOT NULL,
		passage TEXT NOT NULL,
		start INTEGER NOT NULL,
		end INTEGER NOT NULL
	);
	CREATE INDEX evidence_claim ON evidence(audit_id, claim_id);
	CREATE TABLE discrepancies (
		audit_id TEXT NOT NULL REFERENCES audits(id) ON DELETE CASCADE,
		id TEXT NOT NULL,
		kind TEXT NOT NULL,
		severity TEXT NOT NULL,
		summary TEXT NOT NULL,
		PRIMARY KEY (audit_id, id)
	);
	CREATE TABLE reviews (
		id TEXT PRIMARY KEY,
		discrepancy_id TEXT NOT NULL,
		decision TEXT NOT NULL CHECK (decision IN ('confirmed', 'dismissed')),
		note TEXT NOT NULL DEFAULT '',
		reviewer TEXT NOT NULL DEFAULT '',
		created_at TEXT NOT NULL
	);
	CREATE INDEX reviews_discrepancy ON reviews(discrepancy_id, created_at);`,
}

// Open opens (creating and migrating if needed) the catalogue at path.
func Open(path string) (*Store, error) {
	dsn := "file:" + path + "?_pragma=busy_timeout(5000)&_pragma=journal_mode(WAL)&_pragma=foreign_keys(1)&_pragma=synchronous(NORMAL)"
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fmt.Errorf("open catalogue %s: %w", path, err)
	}
	// One writer at a time is SQLite's rule; readers share WAL snapshots.
	db.SetMaxOpenConns(4)
	s := &Store{db: db}
	if err := s.migrate(context.Background()); err != nil {
		_ = db.Close()
		return nil, err
	}
	return s, nil
}

// Close closes the database.
func (s *Store) Close() error { return s.db.Close() }

// SchemaVersion is the number of migrations this build knows.
func SchemaVersion() int { return len(migrations) }

func (s *Store) migrate(ctx context.Context) error {
	if _, err := s.db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)`); err != nil {
		return fmt.Errorf("catalogue: %w", err)
	}
	var v int
	err := s.db.QueryRowContext(ctx, `SELECT version FROM schema_version`).Scan(&v)
	if errors.Is(err, sql.ErrNoRows) {
		if _, err := s.db.ExecContext(ctx, `INSERT INTO schema_version(version) VALUES (0)`); err != nil {
			return fmt.Errorf("catalogue: %w", err)
		}
	} else if err != nil {
		return fmt.Errorf("catalogue: read schema version: %w", err)
	}
	if v > len(migrations) {
		return fmt.Errorf("catalogue schema version %d is newer than this program (%d): upgrade provenance", v, len(migrations))
	}
	for i := v; i < len(migrations); i++ {
		tx, err := s.db.BeginTx(ctx, nil)
		if err != nil {
			return fmt.Errorf("catalogue migration %d: %w", i+1, err)
		}
		if _, err := tx.ExecContext(ctx, migrations[i]); err != nil {
			_ = tx.Rollback()
			return fmt.Errorf("catalogue migration %d: %w", i+1, err)
		}
		if _, err := tx.ExecContext(ctx, `UPDATE schema_version SET version = ?`, i+1); err != nil {
			_ = tx.Rollback()
			return fmt.Errorf("catalogue migration %d: %w", i+1, err)
		}
		if err := tx.Commit(); err != nil {
			return fmt.Errorf("catalogue migration %d: %w", i+1, err)
		}
	}
	return nil
}

func ts(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.RFC3339Nano)
}

func parseTS(s string) time.Time {
	t, _ := time.Parse(time.RFC3339Nano, s)
	return t
}

func mustJSON(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		return "null"
	}
	return string(b)
}

// SaveFetch records a fetch.
func (s *Store) SaveFetch(ctx context.Context, f *claims.Fetch) error {
	var changed any
	if f.Changed != nil {
		changed = *f.Changed
	}
	_, err := s.db.ExecContext(ctx, `INSERT OR REPLACE INTO fetches
		(id, url, final_url, status, http_status, error, content_type, sha256, bytes, redirects, headers, warc_file, warc_offset, fetched_at, changed, from_archive)
		VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`,
		f.ID, f.URL, f.FinalURL, f.Status, f.HTTPStatus, f.Error, f.ContentType, f.SHA256, f.Bytes, mustJSON(f.Redirects), mustJSON(f.Headers),
		f.Record.File, f.Record.Offset, ts(f.FetchedAt), changed, f.FromArchive)
	if err != nil {
		return fmt.Errorf("save fetch: %w", err)
	}
	return nil
}

// LastFetch returns the latest fetch of a URL that was read, or, if none
// was, the latest attempt.
func (s *Store) LastFetch(ctx context.Context, url string) (*claims.Fetch, error) {
	row := s.db.QueryRowContext(ctx, `SELECT id, url, final_url, status, http_status, error, content_type, sha256, bytes, redirects, headers,
		warc_file, warc_offset, fetched_at, changed FROM fetches WHERE url = ? ORDER BY (status = 'ok') DESC, fetched_at DESC LIMIT 1`, url)
	var f claims.Fetch
	var redirects, headers, fetched string
	var changed sql.NullBool
	err := row.Scan(&f.ID, &f.URL, &f.FinalURL, &f.Status, &f.HTTPStatus, &f.Error, &f.ContentType, &f.SHA256, &f.Bytes, &redirects, &headers,
		&f.Record.File, &f.Record.Offset, &fetched, &changed)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, claims.ErrNotFound
	}
	if err != nil {
		return nil, fmt.Errorf("look up fetch: %w", err)
	}
	_ = json.Unmarshal([]byte(redirects), &f.Redirects)
	_ = json.Unmarshal([]byte(headers), &f.Headers)
	f.FetchedAt = parseTS(fetched)
	if changed.Valid {
		c := changed.Bool
		f.Changed = &c
	}
	return &f, nil
}

// SaveSource records a source and its extracted document.
func (s *Store) SaveSource(ctx context.Context, src *claims.Source) error {
	var doc any
	if src.Doc != nil {
		doc = mustJSON(src.Doc)
	}
	_, err := s.db.ExecContext(ctx, `INSERT OR REPLACE INTO sources
		(id, url, final_url, publisher, title, published, status, error, sha256, fetched_at, source, doc, updated_at)
		VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)`,
		src.ID, src.URL, src.FinalURL, src.Publisher, src.Title, src.Published, src.Status, src.Error, src.SHA256, src.FetchedAt,
		mustJSON(src), doc, ts(time.Now()))
	if err != nil {
		return fmt.Errorf("save source %s: %w", src.URL, err)
	}
	return nil
}

func scanSource(srcJSON string, doc sql.NullString) (*claims.Source, error) {
	var src claims.Source
	if err := json.Unmarshal([]byte(srcJSON), &src); err != nil {
		return nil, fmt.Errorf("read source: %w", err)
	}
	if doc.Valid {
		var d claims.Document
		if err := json.Unmarshal([]byte(doc.String), &d); err != nil {
			return nil, fmt.Errorf("read source document: %w", err)
		}
		src.Doc = &d
	}
	return &src, nil
}

// Sources calls fn for every source in the catalogue.
func (s *Store) Sources(ctx context.Context, fn func(*claims.Source) error) error {
	rows, err := s.db.QueryContext(ctx, `SELECT source, doc FROM sources ORDER BY url`)
	if err != nil {
		return fmt.Errorf("list sources: %w", err)
	}
	var all []*claims.Source
	for rows.Next() {
		var sj string
		var doc sql.NullString
		if err := rows.Scan(&sj, &doc); err != nil {
			rows.Close()
			return fmt.Errorf("list sources: %w", err)
		}
		src, err := scanSource(sj, doc)
		if err != nil {
			rows.Close()
			return err
		}
		all = append(all, src)
	}
	if err := rows.Close(); err != nil {
		return fmt.Errorf("list sources: %w", err)
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("list sources: %w", err)
	}
	for _, src := range all {
		if err := fn(src); err != nil {
			return err
		}
	}
	return nil
}

// SourceByID returns one source.
func (s *Store) SourceByID(ctx context.Context, id string) (*claims.Source, error) {
	var sj string
	var doc sql.NullString
	err := s.db.QueryRowContext(ctx, `SELECT source, doc FROM sources WHERE id = ?`, id).Scan(&sj, &doc)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, claims.ErrNotFound
	}
	if err != nil {
		return nil, fmt.Errorf("look up source: %w", err)
	}
	return scanSource(sj, doc)
}

// BeginAudit records an audit as running.
func (s *Store) BeginAudit(ctx context.Context, id, articleURL string) error {
	_, err := s.db.ExecContext(ctx, `INSERT INTO audits (id, article_url, status, started_at) VALUES (?,?,?,?)`,
		id, articleURL, claims.AuditRunning, ts(time.Now()))
	if err != nil {
		return fmt.Errorf("record audit: %w", err)
	}
	return nil
}

// FinishAudit stores an audit's report (or its failure) with its claims,
// evidence and discrepancies, in one transaction.
func (s *Store) FinishAudit(ctx context.Context, id string, r *claims.Report, failure error) (err error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("store audit: %w", err)
	}
	defer func() {
		if err != nil {
			_ = tx.Rollback()
		}
	}()
	if failure != nil || r == nil {
		msg := "no report"
		if failure != nil {
			msg = failure.Error()
		}
		_, err = tx.ExecContext(ctx, `UPDATE audits SET status = ?, error = ?, finished_at = ? WHERE id = ?`, claims.AuditFailed, msg, ts(time.Now()), id)
		if err != nil {
			return fmt.Errorf("store audit: %w", err)
		}
		return tx.Commit()
	}
	counts := map[string]int{}
	for _, d := range r.Discrepancies {
		counts[d.Severity]++
	}
	_, err = tx.ExecContext(ctx, `UPDATE audits SET article_url = ?, title = ?, status = ?, finished_at = ?, claims = ?, high = ?, medium = ?, low = ?, report = ? WHERE id = ?`,
		r.Article.URL, r.Article.Title, claims.AuditDone, ts(time.Now()), len(r.Claims), counts[claims.High], counts[claims.Medium], counts[claims.Low], mustJSON(r), id)
	if err != nil {
		return fmt.Errorf("store audit: %w", err)
	}
	for _, c := range r.Claims {
		if _, err = tx.ExecContext(ctx, `INSERT OR REPLACE INTO claims (audit_id, id, kind, status, text, speaker, attributed_to, value) VALUES (?,?,?,?,?,?,?,?)`,
			id, c.ID, c.Kind, c.Status, c.Text, c.Speaker, c.AttributedTo, c.Value); err != nil {
			return fmt.Errorf("store claim: %w", err)
		}
		for _, e := range c.Support {
			if _, err = tx.ExecContext(ctx, `INSERT INTO evidence (audit_id, claim_id, source_id, relation, score, passage, start, end) VALUES (?,?,?,?,?,?,?,?)`,
				id, c.ID, e.SourceID, e.Relation, e.Score, e.Passage, e.Start, e.End); err != nil {
				return fmt.Errorf("store evidence: %w", err)
			}
		}
	}
	for _, d := range r.Discrepancies {
		if _, err = tx.ExecContext(ctx, `INSERT OR REPLACE INTO discrepancies (audit_id, id, kind, severity, summary) VALUES (?,?,?,?,?)`,
			id, d.ID, d.Kind, d.Severity, d.Summary); err != nil {
			return fmt.Errorf("store discrepancy: %w", err)
		}
	}
	return tx.Commit()
}

// Audit returns an audit's report with the latest reviews applied.
func (s *Store) Audit(ctx context.Context, id string) (*claims.Report, error) {
	var status, errMsg string
	var report sql.NullString
	err := s.db.QueryRowContext(ctx, `SELECT status, error, report FROM audits WHERE id = ?`, id).Scan(&status, &errMsg, &report)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, claims.ErrNotFound
	}
	if err != nil {
		return nil, fmt.Errorf("look up audit: %w", err)
	}
	if !report.Valid {
		if status == claims.AuditFailed {
			return nil, fmt.Errorf("audit %s failed: %s", id, errMsg)
		}
		return nil, fmt.Errorf("audit %s is %s", id, status)
	}
	var r claims.Report
	if err := json.Unmarshal([]byte(report.String), &r); err != nil {
		return nil, fmt.Errorf("read audit report: %w", err)
	}
	if err := s.ApplyReviews(ctx, &r); err != nil {
		return nil, err
	}
	return &r, nil
}

// ApplyReviews attaches the latest review of each discrepancy and counts
// the report again.
func (s *Store) ApplyReviews(ctx context.Context, r *claims.Report) error {
	ids := make([]string, len(r.Discrepancies))
	for i, d := range r.Discrepancies {
		ids[i] = d.ID
	}
	reviews, err := s.Reviews(ctx, ids)
	if err != nil {
		return err
	}
	for i := range r.Discrepancies {
		r.Discrepancies[i].Review = reviews[r.Discrepancies[i].ID]
	}
	r.Summarise()
	return nil
}

// Audits lists recent audits, newest first.
func (s *Store) Audits(ctx context.Context, limit int) ([]claims.AuditSummary, error) {
	if limit <= 0 {
		limit = 100
	}
	rows, err := s.db.QueryContext(ctx, `SELECT id, article_url, title, status, error, started_at, finished_at, claims, high, medium, low
		FROM audits ORDER BY started_at DESC LIMIT ?`, limit)
	if err != nil {
		return nil, fmt.Errorf("list audits: %w", err)
	}
	defer rows.Close()
	var out []claims.AuditSummary
	for rows.Next() {
		var a claims.AuditSummary
		var started, finished string
		var high, medium, low int
		if err := rows.Scan(&a.ID, &a.ArticleURL, &a.Title, &a.Status, &a.Error, &started, &finished, &a.Claims, &high, &medium, &low); err != nil {
			return nil, fmt.Errorf("list audits: %w", err)
		}
		a.StartedAt, a.FinishedAt = parseTS(started), parseTS(finished)
		a.Counts = map[string]int{claims.High: high, claims.Medium: medium, claims.Low: low}
		out = append(out, a)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list audits: %w", err)
	}
	return out, nil
}

// SaveReview records an editor's decision.
func (s *Store) SaveReview(ctx context.Context, r *claims.Review) error {
	if r.Decision != claims.Confirmed && r.Decision != claims.Dismissed {
		return fmt.Errorf("review decision must be %q or %q, not %q", claims.Confirmed, claims.Dismissed, r.Decision)
	}
	if r.CreatedAt.IsZero() {
		r.CreatedAt = time.Now().UTC()
	}
	_, err := s.db.ExecContext(ctx, `INSERT INTO reviews (id, discrepancy_id, decision, note, reviewer, created_at) VALUES (?,?,?,?,?,?)`,
		r.ID, r.DiscrepancyID, r.Decision, r.Note, r.Reviewer, ts(r.CreatedAt))
	if err != nil {
		return fmt.Errorf("save review: %w", err)
	}
	return nil
}

// Reviews returns the latest review of each of the discrepancies.
func (s *Store) Reviews(ctx context.Context, ids []string) (map[string]*claims.Review, error) {
	out := map[string]*claims.Review{}
	if len(ids) == 0 {
		return out, nil
	}
	q := `SELECT id, discrepancy_id, decision, note, reviewer, created_at FROM reviews WHERE discrepancy_id IN (?` +
		strings.Repeat(",?", len(ids)-1) + `) ORDER BY created_at`
	args := make([]any, len(ids))
	for i, id := range ids {
		args[i] = id
	}
	rows, err := s.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("read reviews: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var r claims.Review
		var created string
		if err := rows.Scan(&r.ID, &r.DiscrepancyID, &r.Decision, &r.Note, &r.Reviewer, &created); err != nil {
			return nil, fmt.Errorf("read reviews: %w", err)
		}
		r.CreatedAt = parseTS(created)
		out[r.DiscrepancyID] = &r
	}
	return out, rows.Err()
}
