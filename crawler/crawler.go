package crawler

import (
	"context"
	"errors"
	"fmt"
	"mime"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/gocolly/colly/v2"

	"github.com/provenance-audit/provenance/claims"
)

// DefaultUserAgent identifies the crawler to the sites it reads, with a
// page that says what it is and how to reach its operators.
const DefaultUserAgent = "provenance/1.0 (+https://github.com/provenance-audit/provenance; source checking for newsrooms)"

// Config sets how politely and how safely the crawler fetches.
type Config struct {
	UserAgent string
	// IgnoreRobots skips robots.txt (an explicit user choice).
	IgnoreRobots bool
	// Delay between two requests to one host; PerHost requests to one host
	// at once; Concurrency requests in all.
	Delay       time.Duration
	PerHost     int
	Concurrency int
	// Timeout bounds one attempt at one request, from sending it to the
	// last byte of the body; Deadline the whole crawl (zero: none).
	Timeout  time.Duration
	Deadline time.Duration
	// MaxBytes bounds a response body; a larger one is an error.
	MaxBytes int64
	// Retries of a request answered 429/5xx or reset, Backoff the first
	// pause between two tries (doubled each time, with jitter) when the
	// server gives no Retry-After.
	Retries int
	Backoff time.Duration
	// MaxRetryAfter caps how long a Retry-After may make us wait.
	MaxRetryAfter time.Duration
	// MaxRedirects bounds a redirect chain.
	MaxRedirects int
	// Refresh fetches again what the archive holds, with a conditional
	// request.
	Refresh bool
	// Transport is the underlying HTTP transport (nil: a default one). The
	// web server passes one that refuses private addresses.
	Transport http.RoundTripper
	// Proxy routes requests through an HTTP proxy (nil: the environment's).
	Proxy func(*http.Request) (*url.URL, error)
}

// DefaultConfig is a polite configuration for newsroom use.
func DefaultConfig() Config {
	return Config{
		UserAgent:     DefaultUserAgent,
		Delay:         time.Second,
		PerHost:       1,
		Concurrency:   8,
		Timeout:       20 * time.Second,
		MaxBytes:      10 << 20,
		Retries:       2,
		Backoff:       500 * time.Millisecond,
		MaxRetryAfter: 30 * time.Second,
		MaxRedirects:  10,
	}
}

// Crawler fetches sources with colly, archives every exchange and reads
// the pages. It implements claims.Crawler.
type Crawler struct {
	cfg     Config
	archive claims.Archive
	log     claims.FetchLog
	reader  claims.Reader
	// wait pauses before a retry; tests replace it to see the pauses.
	wait func(context.Context, time.Duration) error
}

// New returns a crawler that archives into archive and remembers fetches
// in log.
func New(cfg Config, archive claims.Archive, log claims.FetchLog, reader claims.Reader) *Crawler {
	if cfg.UserAgent == "" {
		cfg.UserAgent = DefaultUserAgent
	}
	if cfg.MaxRedirects <= 0 {
		cfg.MaxRedirects = 10
	}
	if cfg.Timeout <= 0 {
		cfg.Timeout = 20 * time.Second
	}
	if cfg.MaxRetryAfter <= 0 {
		cfg.MaxRetryAfter = 30 * time.Second
	}
	if cfg.Backoff <= 0 {
		cfg.Backoff = 500 * time.Millisecond
	}
	return &Crawler{cfg: cfg, archive: archive, log: log, reader: reader, wait: sleep}
}

// Crawl fetches every URL (or replays it from the archive) and reads it.
func (c *Crawler) Crawl(ctx context.Context, urls []string, progress claims.Progress) ([]*claims.Source, error) {
	if c.cfg.Deadline > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, c.cfg.Deadline)
		defer cancel()
	}
	run := c.newRun(ctx)
	out := make([]*claims.Source, len(urls))
	var wg sync.WaitGroup
	var mu sync.Mutex
	var fatal error
	done := 0
	sem := make(chan struct{}, max(1, c.cfg.Concurrency))
	progress.Emit(claims.Event{Stage: "fetch", Total: len(urls)})
	for i, u := range urls {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			src, err := c.crawlOne(ctx, run, u)
			mu.Lock()
			defer mu.Unlock()
			if err != nil && fatal == nil {
				fatal = err
			}
			out[i] = src
			done++
			msg := u
			if src != nil {
				msg = src.Status + " " + u
			}
			progress.Emit(claims.Event{Stage: "fetch", Done: done, Total: len(urls), Message: msg})
		}()
	}
	wg.Wait()
	if fatal != nil {
		return out, fatal
	}
	return out, nil
}

// run is one crawl: a collector and its transport.
type run struct {
	col       *colly.Collector
	tr        *transport
	seq       atomic.Int64
	redirects sync.Map // first URL → []string chain
	gates     sync.Map // host → *hostGate
}

// hostGate holds the other requests to a host until the first is done.
type hostGate struct {
	first chan struct{} // holds one token: the right to go first
	done  chan struct{} // closed when the first is done
}

func (r *run) gate(host string) *hostGate {
	g := &hostGate{first: make(chan struct{}, 1), done: make(chan struct{})}
	g.first <- struct{}{}
	v, _ := r.gates.LoadOrStore(host, g)
	return v.(*hostGate)
}

func (c *Crawler) newRun(ctx context.Context) *run {
	base := c.cfg.Transport
	if base == nil {
		proxy := c.cfg.Proxy
		if proxy == nil {
			proxy = http.ProxyFromEnvironment
		}
		base = &http.Transport{
			Proxy:                 proxy,
			DialContext:           (&net.Dialer{Timeout: 10 * time.Second, KeepAlive: 30 * time.Second}).DialContext,
			ForceAttemptHTTP2:     true,
			MaxIdleConns:          100,
			MaxIdleConnsPerHost:   4,
			IdleConnTimeout:       60 * time.Second,
			TLSHandshakeTimeout:   10 * time.Second,
			ResponseHeaderTimeout: c.cfg.Timeout,
			DisableCompression:    true,
		}
	}
	r := &run{}
	r.tr = &transport{
		base: base, archive: c.archive, limits: newHostLimiter(max(1, c.cfg.Concurrency), c.cfg.PerHost, c.cfg.Delay),
		timeout: c.cfg.Timeout, maxBytes: c.cfg.MaxBytes, retries: c.cfg.Retries, maxRetryAfter: c.cfg.MaxRetryAfter,
		backoff: c.cfg.Backoff, wait: c.wait,
	}
	opts := []colly.CollectorOption{
		colly.UserAgent(c.cfg.UserAgent),
		colly.StdlibContext(ctx),
		colly.AllowURLRevisit(),
		colly.ParseHTTPErrorResponse(),
		// The transport enforces the size limit as an error; colly's own
		// limit would truncate silently.
		colly.MaxBodySize(0),
	}
	if c.cfg.IgnoreRobots {
		opts = append(opts, colly.IgnoreRobotsTxt())
	}
	col := colly.NewCollector(opts...)
	// colly ignores robots.txt by default: obey it unless told otherwise.
	col.IgnoreRobotsTxt = c.cfg.IgnoreRobots
	col.WithTransport(r.tr)
	// The transport times each attempt; the client's own clock would also
	// count the pauses between retries.
	col.SetRequestTimeout(0)
	col.SetRedirectHandler(func(req *http.Request, via []*http.Request) error {
		first := via[0].URL.String()
		chain := make([]string, 0, len(via)+1)
		for _, v := range via {
			chain = append(chain, v.URL.String())
		}
		chain = append(chain, req.URL.String())
		r.redirects.Store(first, chain)
		for _, v := range via {
			if v.URL.String() == req.URL.String() {
				return fmt.Errorf("redirect loop at %s", req.URL)
			}
		}
		if len(via) >= c.cfg.MaxRedirects {
			return fmt.Errorf("too many redirects (more than %d)", c.cfg.MaxRedirects)
		}
		return nil
	})
	col.OnError(func(resp *colly.Response, err error) {
		if resp != nil && resp.Ctx != nil {
			resp.Ctx.Put("error", err.Error())
		}
	})
	r.col = col
	return r
}

// crawlOne fetches one URL, or replays it from the archive. Only a failure
// of the archive or the catalogue is returned as an error; everything
// that goes wrong with the source is in the Source.
func (c *Crawler) crawlOne(ctx context.Context, r *run, rawURL string) (*claims.Source, error) {
	src := &claims.Source{URL: rawURL, FinalURL: rawURL, ID: claims.SourceID(claims.Canonical(rawURL))}
	u, err := url.Parse(rawURL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		src.Status, src.Error = claims.StatusError, "not an http(s) URL"
		return src, nil
	}
	var prev *claims.Fetch
	if c.log != nil {
		prev, err = c.log.LastFetch(ctx, rawURL)
		if err != nil && !errors.Is(err, claims.ErrNotFound) {
			return src, fmt.Errorf("look up %s in the catalogue: %w", rawURL, err)
		}
	}
	if prev != nil && prev.Status == claims.StatusOK && !prev.Record.IsZero() && !c.cfg.Refresh {
		f, err := c.replay(prev)
		if err == nil {
			c.read(src, f)
			return src, nil
		}
		// The archive lost it: fetch again.
	}
	hdr := http.Header{}
	if c.cfg.Refresh && prev != nil && prev.Status == claims.StatusOK {
		if et := prev.Headers["Etag"]; et != "" {
			hdr.Set("If-None-Match", et)
		}
		if lm := prev.Headers["Last-Modified"]; lm != "" {
			hdr.Set("If-Modified-Since", lm)
		}
	}
	hdr.Set("Accept", "text/html,application/xhtml+xml,application/pdf;q=0.9,text/plain;q=0.8,*/*;q=0.5")
	hdr.Set("User-Agent", c.cfg.UserAgent)
	reqID := strconv.FormatInt(r.seq.Add(1), 10)
	hdr.Set(captureHeader, reqID)
	cctx := colly.NewContext()
	release := func() {}
	if !c.cfg.IgnoreRobots {
		// colly reads robots.txt once per host only when requests to it
		// come one after another: the first request to a host goes alone.
		g := r.gate(u.Host)
		select {
		case <-g.first:
			release = func() { close(g.done) }
		case <-g.done:
		case <-ctx.Done():
		}
	}
	verr := r.col.Request(http.MethodGet, rawURL, nil, cctx, hdr)
	release()
	f := &claims.Fetch{ID: claims.StableID("fetch", rawURL, time.Now().UTC().Format(time.RFC3339Nano)), URL: rawURL, FinalURL: rawURL, FetchedAt: time.Now().UTC()}
	if chain, ok := r.redirects.Load(rawURL); ok {
		f.Redirects = chain.([]string)
		f.FinalURL = f.Redirects[len(f.Redirects)-1]
	}
	cap := r.tr.take(reqID)
	if errors.Is(verr, errArchive) {
		return src, fmt.Errorf("fetch %s: %w", rawURL, verr)
	}
	if cap != nil {
		// Fetched when the request went out, as the archive dates it.
		f.FetchedAt = cap.ex.Date.UTC()
		f.HTTPStatus = cap.ex.StatusCode
		f.ContentType = headerOf(cap.ex.Header, "Content-Type")
		f.SHA256 = cap.sha
		f.Record = cap.ref
		f.Bytes = int64(len(cap.ex.Payload))
		f.Headers = keepHeaders(cap.ex.Header)
		f.Body = cap.decoded
		f.FinalURL = cap.ex.URL
	}
	switch {
	case errors.Is(verr, colly.ErrRobotsTxtBlocked):
		f.Status, f.Error = claims.StatusBlocked, "robots.txt disallows fetching this page"
	case verr != nil:
		f.Status, f.Error = claims.StatusError, describeError(verr, cctx.Get("error"), c.cfg)
	case cap == nil:
		f.Status, f.Error = claims.StatusError, "no response"
	case cap.ex.StatusCode == http.StatusNotModified && prev != nil:
		// Unchanged since the archived copy: read that.
		changed := false
		old, err := c.replay(prev)
		if err != nil {
			f.Status, f.Error = claims.StatusError, "304 Not Modified, but the archived copy is unreadable: "+err.Error()
			break
		}
		old.Changed = &changed
		old.FetchedAt = f.FetchedAt
		old.ID = f.ID
		f = old
	case cap.ex.StatusCode >= 400:
		f.Status, f.Error = claims.StatusError, "HTTP "+cap.ex.Status
	case cap.ex.StatusCode >= 300 && headerOf(cap.ex.Header, "Location") != "":
		f.Status, f.Error = claims.StatusError, "HTTP "+cap.ex.Status+" (redirect not followed)"
	case cap.ex.StatusCode >= 300:
		f.Status, f.Error = claims.StatusError, "HTTP "+cap.ex.Status
	default:
		f.Status = claims.StatusOK
		if prev != nil && prev.SHA256 != "" && c.cfg.Refresh {
			changed := prev.SHA256 != f.SHA256
			f.Changed = &changed
		}
	}
	if f.Status == claims.StatusOK {
		if reason := unsupportedType(f.ContentType, f.Body); reason != "" {
			f.Status, f.Error = claims.StatusError, reason
		}
	}
	if c.log != nil {
		if err := c.log.SaveFetch(ctx, f); err != nil {
			return src, fmt.Errorf("record the fetch of %s: %w", rawURL, err)
		}
	}
	c.read(src, f)
	return src, nil
}

// replay reads an archived fetch back.
func (c *Crawler) replay(prev *claims.Fetch) (*claims.Fetch, error) {
	ex, err := c.archive.Replay(prev.Record)
	if err != nil {
		return nil, err
	}
	body, err := decodeContent(ex.Payload, headerOf(ex.Header, "Content-Encoding"), 0)
	if err != nil {
		return nil, fmt.Errorf("decode archived body: %w", err)
	}
	f := *prev
	f.Body = body
	f.FromArchive = true
	return &f, nil
}

// read fills a source from a fetch and extracts its page.
func (c *Crawler) read(src *claims.Source, f *claims.Fetch) {
	src.FinalURL = f.FinalURL
	src.Status = f.Status
	src.Error = f.Error
	src.SHA256 = f.SHA256
	src.FetchedAt = f.FetchedAt.UTC().Format(time.RFC3339)
	src.HTTPStatus = f.HTTPStatus
	src.ContentType = f.ContentType
	src.Redirects = f.Redirects
	src.Archive = f.Record
	src.FromArchive = f.FromArchive
	src.Changed = f.Changed
	if f.Status != claims.StatusOK {
		return
	}
	doc, err := c.reader.Read(f.Body, f.ContentType, f.FinalURL)
	if err != nil {
		src.Status, src.Error = claims.StatusError, err.Error()
		return
	}
	doc.URL = src.URL
	doc.FinalURL = f.FinalURL
	src.Doc = doc
	src.Title = doc.Title
	src.Publisher = doc.Publisher
	src.Byline = doc.Byline
	src.Language = doc.Language
	src.Short = doc.Short
	if !doc.Published.IsZero() {
		src.Published = doc.Published.Format(time.RFC3339)
	}
}

func headerOf(h map[string][]string, k string) string {
	return http.Header(h).Get(k)
}

// keepHeaders keeps the response headers that matter later: for
// conditional requests and for showing what the server said.
func keepHeaders(h map[string][]string) map[string]string {
	out := map[string]string{}
	for _, k := range []string{"Content-Type", "Etag", "Last-Modified", "Date", "Server", "Content-Length", "Content-Encoding", "Location", "Retry-After", "Cache-Control"} {
		if v := headerOf(h, k); v != "" {
			out[k] = v
		}
	}
	return out
}

// describeError turns a transport error into a reason an editor can read.
func describeError(err error, colly string, cfg Config) string {
	msg := err.Error()
	if colly != "" {
		msg = colly
	}
	var ne net.Error
	switch {
	case errors.Is(err, ErrTooLarge) || strings.Contains(msg, ErrTooLarge.Error()):
		return "too large: the page is bigger than --max-bytes " + formatBytes(cfg.MaxBytes)
	case errors.Is(err, errTimeout):
		return fmt.Sprintf("timeout: no complete answer within %s", cfg.Timeout)
	case errors.Is(err, context.DeadlineExceeded) || strings.Contains(msg, "deadline exceeded"):
		if cfg.Deadline > 0 {
			return fmt.Sprintf("timeout: the crawl's --deadline of %s ran out", cfg.Deadline)
		}
		return fmt.Sprintf("timeout: no complete answer within %s", cfg.Timeout)
	case errors.As(err, &ne) && ne.Timeout() || strings.Contains(msg, "Client.Timeout"):
		return fmt.Sprintf("timeout: no complete answer within %s", cfg.Timeout)
	case errors.Is(err, context.Canceled):
		return "interrupted before the page was fetched"
	case strings.Contains(msg, "redirect loop"):
		return "redirect loop"
	case strings.Contains(msg, "too many redirects"):
		return fmt.Sprintf("too many redirects (more than %d)", cfg.MaxRedirects)
	case strings.Contains(msg, "no such host"):
		return "unreachable: the host name does not resolve"
	case strings.Contains(msg, "connection refused"):
		return "unreachable: connection refused"
	case strings.Contains(msg, "refused to connect") || strings.Contains(msg, "private address"):
		return "refused: " + trimPrefix(msg)
	}
	return "unreachable: " + trimPrefix(msg)
}

func trimPrefix(msg string) string {
	if i := strings.LastIndex(msg, ": "); i > 0 && i < len(msg)-2 {
		return msg[i+2:]
	}
	return msg
}

// unsupportedType returns why a content type cannot be read, or "".
func unsupportedType(ct string, body []byte) string {
	mt := mediaType(ct, body)
	switch {
	case mt == "text/html" || mt == "application/xhtml+xml" || mt == "text/plain" || mt == "application/pdf" || mt == "text/markdown" || mt == "application/xml" && looksHTML(body):
		return ""
	case mt == "":
		return "unsupported content type: none given and not recognisable"
	}
	return "unsupported content type " + mt
}

func mediaType(ct string, body []byte) string {
	mt, _, err := mime.ParseMediaType(ct)
	if err != nil || mt == "" || mt == "application/octet-stream" {
		sniffed := http.DetectContentType(body)
		mt, _, _ = mime.ParseMediaType(sniffed)
		if mt == "application/octet-stream" {
			return "application/octet-stream"
		}
	}
	return strings.ToLower(mt)
}

func looksHTML(b []byte) bool {
	head := strings.ToLower(string(b[:min(len(b), 512)]))
	return strings.Contains(head, "<html") || strings.Contains(head, "<!doctype html")
}

// ReadExchange reads an archived response again: content encoding
// removed, then extracted as a fresh fetch would be.
func ReadExchange(reader claims.Reader, ex *claims.Exchange) (*claims.Document, error) {
	body, err := decodeContent(ex.Payload, headerOf(ex.Header, "Content-Encoding"), 0)
	if err != nil {
		return nil, fmt.Errorf("decode archived body: %w", err)
	}
	return reader.Read(body, headerOf(ex.Header, "Content-Type"), ex.URL)
}
