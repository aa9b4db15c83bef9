// Package web is the editor's desk: `provenance serve`. It shows the
// audits of a workspace as server-rendered pages (the story with every
// claim marked, each conflict's values side by side with the passages they
// come from, a chart of conflicting figures, the sources with their
// archived copies), lets an editor confirm or dismiss a finding with a
// note, runs new audits in the background with live progress, searches
// the indexed sources, and offers all of it as JSON under /api/.
//
// It speaks only to the core: claims.Catalogue for audits and reviews,
// claims.Searcher for search, an archive's Replay for archived copies and
// claims.Auditor for new audits; cmd/provenance hands it the workspace's
// adapters. Pages are html/template with embedded templates, plain CSS
// and a little plain JavaScript (progress polling, the review form); there
// is no frontend build.
//
// Safety: every write needs a same-origin request and a CSRF token (forms)
// or a JSON body (API), and the --token when one is set; request bodies
// and times are bounded; archived pages are made inert and served under
// /archived/ with a sandboxing Content-Security-Policy; URLs submitted for
// audit must be http(s), and the caller's CheckURL (and the crawler's
// guard, at connection time) refuse private addresses.
package web

import (
	"context"
	"errors"
	"fmt"
	"html/template"
	"io"
	"log/slog"
	"net/http"
	"time"

	"github.com/provenance-audit/provenance/claims"
)

// Replayer reads an archived response back; claims.Archive is one.
type Replayer interface {
	Replay(ref claims.RecordRef) (*claims.Exchange, error)
}

// Options are the parts and settings of a server.
type Options struct {
	Catalogue claims.Catalogue
	Searcher  claims.Searcher
	Archive   Replayer
	// Auditor runs audits submitted through the desk; nil makes the desk
	// read-only (reviews still work).
	Auditor claims.Auditor
	// CheckURL is asked about every URL submitted for audit before the
	// audit starts, so that a refused address is reported at once (the
	// crawler's guard checks again on every connection).
	CheckURL func(ctx context.Context, rawURL string) error
	// Token, when set, is required for every write (a bearer token, or
	// the cookie set by /login or by opening the URL with ?token=).
	Token string
	// Hosts, when set, are the only host names accepted in the Host
	// header (no port): a server on loopback refuses other names, which
	// defeats DNS rebinding.
	Hosts []string
	// MaxRunning audits at once (default 1) and MaxQueued waiting
	// (default 8).
	MaxRunning int
	MaxQueued  int
	// AuditTimeout bounds one background audit (default 15 minutes).
	AuditTimeout time.Duration
	// RequestTimeout bounds the handling of one request (default 30 s).
	RequestTimeout time.Duration
	// Logger receives errors and audit events (nil: discarded).
	Logger *slog.Logger
}

// Limits on what a client may send.
const (
	maxBodyBytes   = 64 << 10
	maxURLBytes    = 2048
	maxSources     = 20
	maxNoteRunes   = 2000
	maxNameRunes   = 100
	maxQueryRunes  = 500
	maxSearchLimit = 100
	auditsPerPage  = 50
)

// Server is the editor's desk, an http.Handler.
type Server struct {
	opts    Options
	log     *slog.Logger
	pages   map[string]*template.Template
	handler http.Handler
	jobs    *jobs
}

// New returns a server over the given parts.
func New(opts Options) (*Server, error) {
	if opts.Catalogue == nil || opts.Searcher == nil || opts.Archive == nil {
		return nil, errors.New("web: a catalogue, a searcher and an archive are required")
	}
	if opts.MaxRunning <= 0 {
		opts.MaxRunning = 1
	}
	if opts.MaxQueued <= 0 {
		opts.MaxQueued = 8
	}
	if opts.AuditTimeout <= 0 {
		opts.AuditTimeout = 15 * time.Minute
	}
	if opts.RequestTimeout <= 0 {
		opts.RequestTimeout = 30 * time.Second
	}
	log := opts.Logger
	if log == nil {
		log = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	pages, err := parsePages()
	if err != nil {
		return nil, fmt.Errorf("web: %w", err)
	}
	s := &Server{opts: opts, log: log, pages: pages}
	s.jobs = newJobs(opts.Auditor, opts.MaxRunning, opts.MaxQueued, opts.AuditTimeout, log)
	s.handler = s.routes()
	return s, nil
}

// ServeHTTP serves the desk.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) { s.handler.ServeHTTP(w, r) }

// Close cancels the audits still running or queued and waits for them to
// record their outcome.
func (s *Server) Close() { s.jobs.close() }

// HTTPServer returns an http.Server for the desk on addr, with time and
// size limits on every connection.
func (s *Server) HTTPServer(addr string) *http.Server {
	return &http.Server{
		Addr:              addr,
		Handler:           s,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      s.opts.RequestTimeout + 30*time.Second,
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          slog.NewLogLogger(s.log.Handler(), slog.LevelWarn),
	}
}

// routes declares every route of the desk, pages then API.
func (s *Server) routes() http.Handler {
	mux := http.NewServeMux()

	// Pages.
	mux.HandleFunc("GET /{$}", s.home)
	mux.HandleFunc("GET /audits", s.auditsPage)
	mux.HandleFunc("POST /audits", s.write(s.startAuditForm))
	mux.HandleFunc("GET /audits/{id}", s.auditPage)
	mux.HandleFunc("POST /audits/{id}/reviews", s.write(s.reviewForm))
	mux.HandleFunc("GET /search", s.searchPage)
	mux.HandleFunc("GET /login", s.loginPage)
	mux.HandleFunc("POST /login", s.login)
	mux.Handle("GET /static/", staticHandler())
	mux.HandleFunc("GET /favicon.ico", s.favicon)

	// Archived copies, inert, under their own prefix and policy.
	mux.HandleFunc("GET /archived/{source}", s.archived)

	// JSON API: the shapes of the report.
	mux.HandleFunc("GET /api/audits", s.apiAudits)
	mux.HandleFunc("POST /api/audits", s.write(s.apiStartAudit))
	mux.HandleFunc("GET /api/audits/{id}", s.apiAudit)
	mux.HandleFunc("GET /api/audits/{id}/progress", s.apiProgress)
	mux.HandleFunc("GET /api/audits/{id}/claims", s.apiClaims)
	mux.HandleFunc("GET /api/audits/{id}/discrepancies", s.apiDiscrepancies)
	mux.HandleFunc("GET /api/audits/{id}/sources", s.apiAuditSources)
	mux.HandleFunc("GET /api/audits/{id}/reviews", s.apiReviews)
	mux.HandleFunc("POST /api/audits/{id}/reviews", s.write(s.apiReview))
	mux.HandleFunc("GET /api/sources/{id}", s.apiSource)
	mux.HandleFunc("GET /api/search", s.apiSearch)
	mux.HandleFunc("GET /api/health", s.apiHealth)

	mux.HandleFunc("/", s.notFound)
	return s.middleware(mux)
}
