package claims

import (
	"context"
	"errors"
	"time"
)

// The interfaces below are what the adapters implement and what cmd/
// wires: crawler/ is a Crawler, index/ an Index, store/ a Catalogue,
// archive/ an Archive.

// Crawler fetches pages, archives them and reads their main text.
type Crawler interface {
	// Crawl fetches every URL (or replays it from the archive) and returns
	// one Source per URL, in order. A source that cannot be fetched comes
	// back with Status error or blocked and the reason; Crawl itself only
	// fails when the job cannot go on (the context is done, the archive
	// cannot be written).
	Crawl(ctx context.Context, urls []string, progress Progress) ([]*Source, error)
}

// Reader reads a document from bytes already at hand (a local file, an
// archived payload).
type Reader interface {
	Read(body []byte, contentType, url string) (*Document, error)
}

// Archive stores every HTTP exchange as WARC records and replays them.
type Archive interface {
	// Write archives one exchange and returns where its response record
	// lies and the sha256 of its payload.
	Write(ex *Exchange) (RecordRef, string, error)
	// Replay returns the archived response at ref.
	Replay(ref RecordRef) (*Exchange, error)
}

// Exchange is one HTTP request and its response as sent and received.
type Exchange struct {
	URL        string
	Method     string
	ReqHeader  map[string][]string
	Proto      string
	StatusCode int
	Status     string
	Header     map[string][]string
	// Payload is the entity body exactly as received (content-encoding
	// kept); Truncated says it was cut at the size limit.
	Payload   []byte
	Truncated bool
	Date      time.Time
	// IP is the address the response came from, when known.
	IP string
}

// FetchLog is the part of the catalogue the crawler needs: what was
// fetched before, to replay it or to ask the server whether it changed.
type FetchLog interface {
	LastFetch(ctx context.Context, url string) (*Fetch, error)
	SaveFetch(ctx context.Context, f *Fetch) error
}

// Index makes passages and claims searchable.
type Index interface {
	Searcher
	// IndexPassages replaces the passages of the sources they belong to.
	IndexPassages(ctx context.Context, passages []Passage) error
	// IndexClaims replaces the claims of an audit.
	IndexClaims(ctx context.Context, auditID, articleURL string, claims []Claim) error
	// Count returns the number of documents in the index.
	Count() (uint64, error)
}

// Searcher answers full-text queries over passages and claims.
type Searcher interface {
	Search(ctx context.Context, q Query) (*Results, error)
}

// Query is a search of the index.
type Query struct {
	// Text is a query in the bleve query-string syntax, for users.
	Text string
	// Match is ranked full-text search on the stemmed field.
	Match string
	// Phrase is an exact phrase on the unstemmed field.
	Phrase string
	// SourceIDs restricts the search to the passages of these sources.
	SourceIDs []string
	Publisher string
	Since     time.Time
	Until     time.Time
	// Claims searches audited claims instead of passages; Both searches
	// both.
	Claims    bool
	Both      bool
	Limit     int
	Highlight bool
	Facets    bool
}

// Hit is one matching passage (or claim).
type Hit struct {
	Passage
	Type      string   `json:"type"`
	Score     float64  `json:"score"`
	Fragments []string `json:"fragments,omitempty"`
	// For claims: the audit and the article they come from.
	AuditID string `json:"audit_id,omitempty"`
	Kind    string `json:"kind,omitempty"`
}

// Facet is a count of hits by a value (a publisher, a month).
type Facet struct {
	Term  string `json:"term"`
	Count int    `json:"count"`
}

// Results of a query, best first.
type Results struct {
	Total  uint64             `json:"total"`
	Hits   []Hit              `json:"hits"`
	Facets map[string][]Facet `json:"facets,omitempty"`
	Took   time.Duration      `json:"took"`
}

// AuditSummary is a row of the list of audits.
type AuditSummary struct {
	ID         string         `json:"id"`
	ArticleURL string         `json:"article_url"`
	Title      string         `json:"title"`
	Status     string         `json:"status"`
	Error      string         `json:"error,omitempty"`
	StartedAt  time.Time      `json:"started_at"`
	FinishedAt time.Time      `json:"finished_at,omitzero"`
	Counts     map[string]int `json:"counts"`
	Claims     int            `json:"claims"`
}

// Audit statuses.
const (
	AuditRunning = "running"
	AuditDone    = "done"
	AuditFailed  = "failed"
)

// Catalogue is the workspace's record of sources, audits and reviews.
type Catalogue interface {
	FetchLog
	SaveSource(ctx context.Context, s *Source) error
	// Sources returns every source with its extracted document, for a
	// rebuild of the index.
	Sources(ctx context.Context, fn func(*Source) error) error
	SourceByID(ctx context.Context, id string) (*Source, error)

	BeginAudit(ctx context.Context, id, articleURL string) error
	FinishAudit(ctx context.Context, id string, r *Report, failure error) error
	Audit(ctx context.Context, id string) (*Report, error)
	Audits(ctx context.Context, limit int) ([]AuditSummary, error)

	SaveReview(ctx context.Context, r *Review) error
	// Reviews returns the latest review of each discrepancy id given.
	Reviews(ctx context.Context, discrepancyIDs []string) (map[string]*Review, error)
}

// Auditor runs an audit: the whole job on one story. The web server asks
// for one; cmd hands it the audit package's.
type Auditor interface {
	Audit(ctx context.Context, req AuditRequest) (*Report, error)
}

// AuditRequest is one audit to run.
type AuditRequest struct {
	// Article is an http(s) URL or a local .html, .md or .txt file.
	Article string
	// Sources are extra URLs to check the story against.
	Sources []string
	// Published overrides the article's publication time (relative dates
	// are read against it).
	Published time.Time
	Progress  Progress
	// ID is the audit's id; empty: a new one.
	ID string
}

// ErrNotFound is returned by lookups that find nothing.
var ErrNotFound = errors.New("not found")

// Progress receives the stages of a long job, for a progress bar or a
// live page. A nil Progress is valid and receives nothing.
type Progress func(Event)

// Event is one step of a job.
type Event struct {
	Stage   string `json:"stage"`
	Done    int    `json:"done"`
	Total   int    `json:"total"`
	Message string `json:"message,omitempty"`
}

// Emit sends e to p when p is not nil.
func (p Progress) Emit(e Event) {
	if p != nil {
		p(e)
	}
}
