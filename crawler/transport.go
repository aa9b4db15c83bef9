package crawler

import (
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"context"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/provenance-audit/provenance/claims"
)

// captureHeader carries the id of a capture from the transport to the
// collector's callbacks; it is added to the response handed to colly and
// never archived or sent anywhere.
const captureHeader = "X-Provenance-Capture"

// ErrTooLarge is returned for a body larger than the size limit.
var ErrTooLarge = errors.New("too large")

// capture is what the transport kept of one exchange.
type capture struct {
	ex      *claims.Exchange
	ref     claims.RecordRef
	sha     string
	decoded []byte
}

// transport is the crawler's http.RoundTripper: it enforces per-host
// politeness and the size limit, retries 429, 5xx and connection resets
// with backoff (honouring Retry-After), archives every exchange, and
// removes the content encoding for the layers above.
type transport struct {
	base          http.RoundTripper
	archive       claims.Archive
	limits        *hostLimiter
	maxBytes      int64
	retries       int
	maxRetryAfter time.Duration
	backoff       time.Duration

	seq      atomic.Int64
	captures sync.Map // string id → *capture
}

func (t *transport) RoundTrip(req *http.Request) (*http.Response, error) {
	host := req.URL.Host
	for attempt := 0; ; attempt++ {
		release, err := t.limits.acquire(req.Context(), host)
		if err != nil {
			return nil, err
		}
		out := req.Clone(req.Context())
		// We decode ourselves, so the archive keeps the bytes as sent.
		out.Header.Set("Accept-Encoding", "gzip, deflate")
		started := time.Now()
		resp, err := t.base.RoundTrip(out)
		if err != nil {
			release()
			if attempt < t.retries && retryableError(err) && req.Context().Err() == nil {
				if werr := sleep(req.Context(), t.backoffFor(attempt)); werr != nil {
					return nil, err
				}
				continue
			}
			return nil, err
		}
		body, truncated, rerr := t.readBody(resp)
		_ = resp.Body.Close()
		release()
		ex := &claims.Exchange{
			URL: req.URL.String(), Method: req.Method, ReqHeader: out.Header.Clone(), Proto: resp.Proto,
			StatusCode: resp.StatusCode, Status: resp.Status, Header: resp.Header.Clone(),
			Payload: body, Truncated: truncated || rerr != nil, Date: started,
		}
		ref, sha, aerr := t.archive.Write(ex)
		if aerr != nil {
			return nil, fmt.Errorf("archive: %w", aerr)
		}
		if rerr != nil {
			return nil, fmt.Errorf("read body: %w", rerr)
		}
		if truncated {
			return nil, fmt.Errorf("%w: the body exceeds %s", ErrTooLarge, formatBytes(t.maxBytes))
		}
		if (resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode >= 500 && resp.StatusCode != http.StatusNotImplemented) && attempt < t.retries {
			wait := t.backoffFor(attempt)
			if ra, ok := retryAfter(resp.Header.Get("Retry-After"), time.Now()); ok {
				wait = ra
			}
			if wait > t.maxRetryAfter {
				wait = t.maxRetryAfter
			}
			if err := sleep(req.Context(), wait); err == nil {
				continue
			}
		}
		decoded, derr := decodeContent(body, resp.Header.Get("Content-Encoding"))
		if derr != nil {
			return nil, fmt.Errorf("decode %s body: %w", resp.Header.Get("Content-Encoding"), derr)
		}
		id := strconv.FormatInt(t.seq.Add(1), 10)
		t.captures.Store(id, &capture{ex: ex, ref: ref, sha: sha, decoded: decoded})
		h := resp.Header.Clone()
		h.Del("Content-Encoding")
		h.Del("Content-Length")
		h.Set(captureHeader, id)
		return &http.Response{
			Status: resp.Status, StatusCode: resp.StatusCode, Proto: resp.Proto, ProtoMajor: resp.ProtoMajor, ProtoMinor: resp.ProtoMinor,
			Header: h, Body: io.NopCloser(bytes.NewReader(decoded)), ContentLength: int64(len(decoded)),
			Request: req, Uncompressed: true, TLS: resp.TLS,
		}, nil
	}
}

func (t *transport) take(id string) *capture {
	v, ok := t.captures.LoadAndDelete(id)
	if !ok {
		return nil
	}
	return v.(*capture)
}

// readBody reads at most maxBytes; a longer body is reported truncated
// rather than silently cut.
func (t *transport) readBody(resp *http.Response) ([]byte, bool, error) {
	if t.maxBytes > 0 && resp.ContentLength > t.maxBytes {
		return nil, true, nil
	}
	r := io.Reader(resp.Body)
	if t.maxBytes > 0 {
		r = io.LimitReader(resp.Body, t.maxBytes+1)
	}
	body, err := io.ReadAll(r)
	if err != nil {
		return body, false, err
	}
	if t.maxBytes > 0 && int64(len(body)) > t.maxBytes {
		return body[:t.maxBytes], true, nil
	}
	return body, false, nil
}

func (t *transport) backoffFor(attempt int) time.Duration {
	d := t.backoff << attempt
	if d > 8*time.Second {
		d = 8 * time.Second
	}
	// Jitter keeps retries of many clients apart.
	return d/2 + time.Duration(rand.Int64N(int64(d/2)+1))
}

func sleep(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return ctx.Err()
	}
	tm := time.NewTimer(d)
	defer tm.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-tm.C:
		return nil
	}
}

// retryableError reports connection resets and early EOFs, which a retry
// may cure; timeouts are not retried (the server is slow, not flaky).
func retryableError(err error) bool {
	if errors.Is(err, syscall.ECONNRESET) || errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF) || errors.Is(err, syscall.ECONNABORTED) {
		return true
	}
	var ne net.Error
	if errors.As(err, &ne) && ne.Timeout() {
		return false
	}
	return strings.Contains(err.Error(), "connection reset") || strings.Contains(err.Error(), "server closed idle connection")
}

// retryAfter reads a Retry-After header: seconds or an HTTP date.
func retryAfter(v string, now time.Time) (time.Duration, bool) {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0, false
	}
	if n, err := strconv.Atoi(v); err == nil && n >= 0 {
		return time.Duration(n) * time.Second, true
	}
	if t, err := http.ParseTime(v); err == nil {
		d := t.Sub(now)
		if d < 0 {
			d = 0
		}
		return d, true
	}
	return 0, false
}

// decodeContent removes a gzip or deflate content encoding.
func decodeContent(body []byte, enc string) ([]byte, error) {
	enc = strings.ToLower(strings.TrimSpace(enc))
	switch enc {
	case "", "identity":
		return body, nil
	case "gzip", "x-gzip":
		zr, err := gzip.NewReader(bytes.NewReader(body))
		if err != nil {
			return nil, err
		}
		defer zr.Close()
		return io.ReadAll(zr)
	case "deflate":
		// Servers send either zlib-wrapped or raw deflate.
		if zr, err := zlib.NewReader(bytes.NewReader(body)); err == nil {
			defer zr.Close()
			if out, err := io.ReadAll(zr); err == nil {
				return out, nil
			}
		}
		fr := flate.NewReader(bytes.NewReader(body))
		defer fr.Close()
		return io.ReadAll(fr)
	}
	return nil, fmt.Errorf("unsupported content encoding %q", enc)
}

// hostLimiter enforces a global bound on requests in flight, a bound per
// host, and a delay between the starts of two requests to one host.
type hostLimiter struct {
	global  chan struct{}
	perHost int
	delay   time.Duration

	mu    sync.Mutex
	hosts map[string]*hostState
}

type hostState struct {
	sem  chan struct{}
	mu   sync.Mutex
	next time.Time
}

func newHostLimiter(global, perHost int, delay time.Duration) *hostLimiter {
	if global < 1 {
		global = 1
	}
	if perHost < 1 {
		perHost = 1
	}
	return &hostLimiter{global: make(chan struct{}, global), perHost: perHost, delay: delay, hosts: map[string]*hostState{}}
}

func (l *hostLimiter) state(host string) *hostState {
	l.mu.Lock()
	defer l.mu.Unlock()
	h, ok := l.hosts[host]
	if !ok {
		h = &hostState{sem: make(chan struct{}, l.perHost)}
		l.hosts[host] = h
	}
	return h
}

// acquire waits for a slot for host and returns its release.
func (l *hostLimiter) acquire(ctx context.Context, host string) (func(), error) {
	h := l.state(host)
	select {
	case h.sem <- struct{}{}:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	select {
	case l.global <- struct{}{}:
	case <-ctx.Done():
		<-h.sem
		return nil, ctx.Err()
	}
	h.mu.Lock()
	wait := time.Until(h.next)
	start := time.Now()
	if wait > 0 {
		start = start.Add(wait)
	}
	h.next = start.Add(l.delay)
	h.mu.Unlock()
	if err := sleep(ctx, wait); err != nil && wait > 0 {
		<-l.global
		<-h.sem
		return nil, err
	}
	var once sync.Once
	return func() {
		once.Do(func() {
			<-l.global
			<-h.sem
		})
	}, nil
}

func formatBytes(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB", n>>20)
	case n >= 1000000 && n%1000000 == 0:
		return fmt.Sprintf("%d MB", n/1000000)
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KiB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}
