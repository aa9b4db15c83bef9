package crawler

import (
	"bytes"
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
	"syscall"
	"time"

	"github.com/provenance-audit/provenance/claims"
)

// captureHeader carries a request's id from the crawler through colly to
// the transport, which keeps what it captured under that id; it is
// removed before the request goes out and never archived.
const captureHeader = "X-Provenance-Capture"

// ErrTooLarge is returned for a body larger than the size limit.
var ErrTooLarge = claims.ErrTooLarge

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
	timeout       time.Duration // one attempt: headers and body
	maxBytes      int64
	retries       int
	maxRetryAfter time.Duration
	backoff       time.Duration
	// wait pauses before a retry (tests record it instead).
	wait func(context.Context, time.Duration) error

	captures sync.Map // request id → *capture
}

func (t *transport) RoundTrip(req *http.Request) (*http.Response, error) {
	host := req.URL.Host
	id := req.Header.Get(captureHeader)
	for attempt := 0; ; attempt++ {
		release, started, err := t.limits.acquire(req.Context(), host)
		if err != nil {
			return nil, err
		}
		actx, cancel := context.WithCancel(req.Context())
		if t.timeout > 0 {
			actx, cancel = context.WithTimeout(req.Context(), t.timeout)
		}
		out := req.Clone(actx)
		out.Header.Del(captureHeader)
		// We decode ourselves, so the archive keeps the bytes as sent.
		out.Header.Set("Accept-Encoding", "gzip, deflate")
		resp, err := t.base.RoundTrip(out)
		if err != nil {
			cancel()
			release()
			if attempt < t.retries && retryableError(err) && req.Context().Err() == nil {
				if werr := t.wait(req.Context(), t.backoffFor(attempt)); werr == nil {
					continue
				}
			}
			return nil, t.timedOut(req.Context(), actx, err)
		}
		body, truncated, rerr := t.readBody(resp)
		_ = resp.Body.Close()
		cancel()
		release()
		ex := &claims.Exchange{
			URL: req.URL.String(), Method: req.Method, ReqHeader: out.Header.Clone(), Proto: resp.Proto,
			StatusCode: resp.StatusCode, Status: resp.Status, Header: resp.Header.Clone(),
			Payload: body, Truncated: truncated || rerr != nil, Date: started,
		}
		// Every exchange is evidence, the failed ones included.
		ref, sha, aerr := t.archive.Write(ex)
		if aerr != nil {
			return nil, fmt.Errorf("%w: %w", errArchive, aerr)
		}
		t.keep(id, &capture{ex: ex, ref: ref, sha: sha})
		if rerr != nil {
			if attempt < t.retries && retryableError(rerr) && actx.Err() == nil && req.Context().Err() == nil {
				if werr := t.wait(req.Context(), t.backoffFor(attempt)); werr == nil {
					continue
				}
			}
			return nil, fmt.Errorf("read body: %w", t.timedOut(req.Context(), actx, rerr))
		}
		if truncated {
			return nil, fmt.Errorf("%w: the body exceeds %s", ErrTooLarge, formatBytes(t.maxBytes))
		}
		if retryStatus(resp.StatusCode) && attempt < t.retries {
			wait := t.backoffFor(attempt)
			if ra, ok := retryAfter(resp.Header.Get("Retry-After"), time.Now()); ok {
				wait = ra
			}
			// Honour the server's wish, within reason: a Retry-After of an
			// hour must not hold the audit for an hour.
			if wait > t.maxRetryAfter {
				wait = t.maxRetryAfter
			}
			if err := t.wait(req.Context(), wait); err == nil {
				continue
			}
			// The deadline came first: the last answer stands.
		}
		decoded, derr := decodeContent(body, resp.Header.Get("Content-Encoding"), t.maxBytes)
		if derr != nil {
			return nil, fmt.Errorf("decode %s body: %w", resp.Header.Get("Content-Encoding"), derr)
		}
		t.keep(id, &capture{ex: ex, ref: ref, sha: sha, decoded: decoded})
		h := resp.Header.Clone()
		h.Del("Content-Encoding")
		h.Del("Content-Length")
		return &http.Response{
			Status: resp.Status, StatusCode: resp.StatusCode, Proto: resp.Proto, ProtoMajor: resp.ProtoMajor, ProtoMinor: resp.ProtoMinor,
			Header: h, Body: io.NopCloser(bytes.NewReader(decoded)), ContentLength: int64(len(decoded)),
			Request: req, Uncompressed: true, TLS: resp.TLS,
		}, nil
	}
}

// errArchive marks a failure to write the archive, which stops the job.
var errArchive = errors.New("archive")

// errTimeout is an attempt that ran out of time.
var errTimeout = errors.New("timeout")

// timedOut names err a timeout when the attempt's own clock ran out (and
// not the crawl's deadline).
func (t *transport) timedOut(ctx, actx context.Context, err error) error {
	if ctx.Err() == nil && errors.Is(actx.Err(), context.DeadlineExceeded) {
		return fmt.Errorf("%w after %s: %w", errTimeout, t.timeout, err)
	}
	return err
}

// retryStatus reports answers that say "try again later".
func retryStatus(code int) bool {
	switch code {
	case http.StatusTooManyRequests, http.StatusInternalServerError, http.StatusBadGateway, http.StatusServiceUnavailable, http.StatusGatewayTimeout:
		return true
	}
	return false
}

// keep records the last exchange of a request (the final hop of a
// redirect chain, the last try of a retried one).
func (t *transport) keep(id string, c *capture) {
	if id != "" {
		t.captures.Store(id, c)
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
	if errors.Is(err, context.DeadlineExceeded) || errors.Is(err, context.Canceled) {
		return false
	}
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

// maxDecoded bounds a decoded body when no --max-bytes applies (a
// replay, a reindex): a small gzip bomb must not eat the memory.
const maxDecoded = 256 << 20

// decodeContent removes a gzip or deflate content encoding. A decoded
// body over limit (0: maxDecoded) is an error, not a truncated page.
func decodeContent(body []byte, enc string, limit int64) ([]byte, error) {
	if limit <= 0 {
		limit = maxDecoded
	}
	return claims.DecodeBody(body, enc, limit)
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

// acquire waits for a slot for host and returns its release and the time
// the request may start, which the caller records as its start: two
// starts to one host are never less than the delay apart.
func (l *hostLimiter) acquire(ctx context.Context, host string) (func(), time.Time, error) {
	h := l.state(host)
	select {
	case h.sem <- struct{}{}:
	case <-ctx.Done():
		return nil, time.Time{}, ctx.Err()
	}
	select {
	case l.global <- struct{}{}:
	case <-ctx.Done():
		<-h.sem
		return nil, time.Time{}, ctx.Err()
	}
	var start time.Time
	for {
		h.mu.Lock()
		now := time.Now()
		if wait := h.next.Sub(now); wait > 0 {
			h.mu.Unlock()
			if err := sleep(ctx, wait); err != nil {
				<-l.global
				<-h.sem
				return nil, time.Time{}, err
			}
			continue
		}
		start = now
		h.next = now.Add(l.delay)
		h.mu.Unlock()
		break
	}
	var once sync.Once
	return func() {
		once.Do(func() {
			<-l.global
			<-h.sem
		})
	}, start, nil
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
