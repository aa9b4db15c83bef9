package main

import (
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"time"

	"github.com/spf13/cobra"

	"github.com/provenance-audit/provenance/archive"
	"github.com/provenance-audit/provenance/audit"
	"github.com/provenance-audit/provenance/claims"
	"github.com/provenance-audit/provenance/crawler"
	"github.com/provenance-audit/provenance/index"
	"github.com/provenance-audit/provenance/store"
)

// workspace is an open workspace: held, with its catalogue, archive and
// index.
type workspace struct {
	dir  string
	lock *store.Lock
	cat  *store.Store
	arch *archive.Archive
	idx  *index.Index
}

// lockWait is how long a second process waits for a busy workspace.
func lockWait() time.Duration {
	if v := os.Getenv("PROVENANCE_LOCK_WAIT"); v != "" {
		if d, err := time.ParseDuration(v); err == nil {
			return d
		}
	}
	return 5 * time.Second
}

// openWorkspace takes the workspace for this process and opens its parts.
// With fresh set, the index is created anew (reindex).
func (a *app) openWorkspace(command string, freshIndex bool) (*workspace, error) {
	dir := a.workspace
	lock, err := store.Acquire(a.ctx, dir, command, lockWait())
	if err != nil {
		return nil, &exitError{code: exitFailure, err: err}
	}
	w := &workspace{dir: dir, lock: lock}
	fail := func(err error) (*workspace, error) {
		_ = w.Close()
		return nil, err
	}
	if w.arch, err = archive.Open(filepath.Join(dir, "archive")); err != nil {
		return fail(err)
	}
	// Files a killed process left open are read like the others.
	if err := w.arch.Recover(); err != nil {
		return fail(err)
	}
	if w.cat, err = store.Open(filepath.Join(dir, "catalogue.db")); err != nil {
		return fail(err)
	}
	idxDir := filepath.Join(dir, "index")
	if freshIndex {
		if err := index.Remove(idxDir); err != nil {
			return fail(err)
		}
	}
	w.idx, err = index.Open(idxDir, index.Options{Timeout: lockWait()})
	if err != nil {
		if errors.Is(err, index.ErrStale) {
			return fail(fmt.Errorf("%w (workspace %s)", err, dir))
		}
		return fail(fmt.Errorf("open index: %w", err))
	}
	return w, nil
}

// Close closes every part and lets go of the workspace.
func (w *workspace) Close() error {
	var errs []error
	if w.idx != nil {
		errs = append(errs, w.idx.Close())
	}
	if w.arch != nil {
		errs = append(errs, w.arch.Close())
	}
	if w.cat != nil {
		errs = append(errs, w.cat.Close())
	}
	if w.lock != nil {
		errs = append(errs, w.lock.Release())
	}
	return errors.Join(errs...)
}

// fetchFlags are the crawler's flags, shared by audit, demo and crawl.
type fetchFlags struct {
	delay        time.Duration
	perHost      int
	concurrency  int
	timeout      time.Duration
	deadline     time.Duration
	maxBytes     string
	retries      int
	ignoreRobots bool
	refresh      bool
	userAgent    string
	proxy        string
}

func (f *fetchFlags) bind(cmd *cobra.Command) {
	def := crawler.DefaultConfig()
	fl := cmd.Flags()
	fl.DurationVar(&f.delay, "delay", def.Delay, "pause between two requests to one host")
	fl.IntVar(&f.perHost, "per-host", def.PerHost, "requests to one host at once")
	fl.IntVar(&f.concurrency, "concurrency", def.Concurrency, "requests in flight in all")
	fl.DurationVar(&f.timeout, "timeout", def.Timeout, "time allowed for one request, such as 20s")
	fl.DurationVar(&f.deadline, "deadline", 0, "time allowed for all fetching (0: no limit)")
	fl.StringVar(&f.maxBytes, "max-bytes", "10MB", "largest page accepted, such as 10MB or 10000000; a larger one is an error")
	fl.IntVar(&f.retries, "retries", def.Retries, "retries of a request answered 429 or 5xx or reset")
	fl.BoolVar(&f.ignoreRobots, "ignore-robots", false, "fetch pages that robots.txt disallows")
	fl.BoolVar(&f.refresh, "refresh", false, "fetch again what the archive already holds (conditional request)")
	fl.StringVar(&f.userAgent, "user-agent", def.UserAgent, "User-Agent header sent with every request")
	fl.StringVar(&f.proxy, "proxy", "", "send every request through this HTTP proxy (default: HTTPS_PROXY/HTTP_PROXY from the environment)")
}

func (f *fetchFlags) config() (crawler.Config, error) {
	cfg := crawler.DefaultConfig()
	mb, err := parseBytes(f.maxBytes)
	if err != nil {
		return cfg, &usageError{fmt.Errorf("--max-bytes: %w", err)}
	}
	if f.perHost < 1 || f.concurrency < 1 {
		return cfg, usagef("--per-host and --concurrency must be at least 1")
	}
	if f.timeout <= 0 {
		return cfg, usagef("--timeout must be positive, such as 20s")
	}
	if f.delay < 0 || f.retries < 0 || f.deadline < 0 {
		return cfg, usagef("--delay, --retries and --deadline cannot be negative")
	}
	cfg.Delay, cfg.PerHost, cfg.Concurrency = f.delay, f.perHost, f.concurrency
	cfg.Timeout, cfg.Deadline, cfg.MaxBytes, cfg.Retries = f.timeout, f.deadline, mb, f.retries
	cfg.IgnoreRobots, cfg.Refresh, cfg.UserAgent = f.ignoreRobots, f.refresh, f.userAgent
	if f.proxy != "" {
		u, err := url.Parse(f.proxy)
		if err != nil || u.Host == "" || (u.Scheme != "http" && u.Scheme != "https") {
			return cfg, usagef("--proxy %q is not an http(s) URL", f.proxy)
		}
		cfg.Proxy = http.ProxyURL(u)
	}
	return cfg, nil
}

// auditor wires the parts of a workspace into an Auditor.
func (w *workspace) auditor(cfg crawler.Config) *audit.Auditor {
	reader := crawler.Extractor{}
	return &audit.Auditor{
		Crawler:   crawler.New(cfg, w.arch, w.cat, reader),
		Reader:    reader,
		Index:     w.idx,
		Catalogue: w.cat,
		Analyzer:  claims.NewAnalyzer(),
	}
}
