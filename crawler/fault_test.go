package crawler

import (
	"bytes"
	"compress/gzip"
	"compress/zlib"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"

	"github.com/provenance-audit/provenance/archive"
	"github.com/provenance-audit/provenance/claims"
	"github.com/provenance-audit/provenance/index"
)

// memLog is an in-memory claims.FetchLog.
type memLog struct {
	mu      sync.Mutex
	last    map[string]*claims.Fetch
	history []*claims.Fetch
}

func newMemLog() *memLog { return &memLog{last: map[string]*claims.Fetch{}} }

func (l *memLog) LastFetch(_ context.Context, u string) (*claims.Fetch, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	f, ok := l.last[u]
	if !ok {
		return nil, claims.ErrNotFound
	}
	c := *f
	return &c, nil
}

func (l *memLog) SaveFetch(_ context.Context, f *claims.Fetch) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	c := *f
	c.Body = nil // the catalogue keeps no bodies
	l.last[f.URL] = &c
	l.history = append(l.history, &c)
	return nil
}

func (l *memLog) fetches(u string) []*claims.Fetch {
	l.mu.Lock()
	defer l.mu.Unlock()
	var out []*claims.Fetch
	for _, f := range l.history {
		if f.URL == u {
			out = append(out, f)
		}
	}
	return out
}

// waits records the pauses the transport asks for between retries
// instead of sleeping through them.
type waits struct {
	mu sync.Mutex
	d  []time.Duration
}

func (w *waits) wait(ctx context.Context, d time.Duration) error {
	w.mu.Lock()
	w.d = append(w.d, d)
	w.mu.Unlock()
	return ctx.Err()
}

func (w *waits) all() []time.Duration {
	w.mu.Lock()
	defer w.mu.Unlock()
	return slices.Clone(w.d)
}

// site is a test server that misbehaves on purpose and remembers what it
// was asked and what it sent.
type site struct {
	srv *httptest.Server

	mu     sync.Mutex
	hits   map[string]int
	sent   map[string][]byte // path → the body bytes of its last answer
	reqs   []*http.Request
	etagV  atomic.Int32
	flaky  atomic.Int32
	limitd atomic.Int32
	reset  atomic.Int32
	long   atomic.Int32
}

func sum(b []byte) string {
	s := sha256.Sum256(b)
	return hex.EncodeToString(s[:])
}

func encode(t *testing.T, e encoding.Encoding, s string) []byte {
	t.Helper()
	b, err := encoding.ReplaceUnsupported(e.NewEncoder()).Bytes([]byte(s))
	if err != nil {
		t.Error(err)
	}
	return b
}

func page(title, body string) string {
	return "<!doctype html><html><head><title>" + title + "</title></head><body><nav><a href=\"/\">Home</a></nav><article><h1>" + title +
		"</h1>" + body + "</article><footer>© 2024 Example Media. All rights reserved.</footer></body></html>"
}

// longBody makes an article long enough not to be flagged short.
func longBody(lead string) string {
	var b strings.Builder
	b.WriteString("<p>" + lead + "</p>")
	for i := 1; i <= 4; i++ {
		fmt.Fprintf(&b, "<p>Paragraph %d of the report goes on to describe the events of the day in plain words, with the names of the officials who spoke and the figures they gave to reporters at the scene.</p>", i)
	}
	return b.String()
}

const (
	arabicLead = "قال المتحدث باسم وزارة الدفاع إن الهجوم وقع صباح الخميس"
	latinLead  = "São Paulo: the café reopened on Tuesday, said the mayor’s office à la française"
	japanLead  = "東京都は木曜日、新しい防災計画を発表した"
	gzipLead   = "The compressed page says the bridge reopened to lorries on Monday"
	plainLead  = "The plain report says the harbour closed for two days"
	pdfText    = "The ministry confirmed 42 stations exceeded the limit"
)

func newSite(t *testing.T) *site {
	t.Helper()
	s := &site{hits: map[string]int{}, sent: map[string][]byte{}}
	mux := http.NewServeMux()
	write := func(w http.ResponseWriter, r *http.Request, ct string, body []byte) {
		if ct != "" {
			w.Header().Set("Content-Type", ct)
		}
		s.mu.Lock()
		s.sent[r.URL.Path] = body
		s.mu.Unlock()
		_, _ = w.Write(body)
	}
	html := func(title, lead string) []byte { return []byte(page(title, longBody(lead))) }
	mux.HandleFunc("/robots.txt", func(w http.ResponseWriter, r *http.Request) {
		write(w, r, "text/plain", []byte("User-agent: *\nDisallow: /private/\n"))
	})
	mux.HandleFunc("/ok", func(w http.ResponseWriter, r *http.Request) {
		write(w, r, "text/html; charset=utf-8", html("A good page", "The good page says the council approved the budget on Friday."))
	})
	mux.HandleFunc("/private/page", func(w http.ResponseWriter, r *http.Request) {
		write(w, r, "text/html; charset=utf-8", html("Private", "A page robots.txt keeps crawlers away from."))
	})
	mux.HandleFunc("/moved", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/moved-again", http.StatusMovedPermanently)
	})
	mux.HandleFunc("/moved-again", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/ok", http.StatusFound)
	})
	mux.HandleFunc("/loop-a", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/loop-b", http.StatusFound) })
	mux.HandleFunc("/loop-b", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/loop-a", http.StatusFound) })
	mux.HandleFunc("/chain/", func(w http.ResponseWriter, r *http.Request) {
		var n int
		_, _ = fmt.Sscanf(r.URL.Path, "/chain/%d", &n)
		http.Redirect(w, r, fmt.Sprintf("/chain/%d", n+1), http.StatusFound)
	})
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		_, _ = w.Write([]byte("<html><body><p>The first bytes come at once"))
		w.(http.Flusher).Flush()
		<-r.Context().Done() // the rest never comes
	})
	big := bytes.Repeat([]byte("<p>padding padding padding padding</p>\n"), 4000) // ~160 kB
	mux.HandleFunc("/big", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.(http.Flusher).Flush() // chunked: no Content-Length to go by
		_, _ = w.Write(big)
	})
	mux.HandleFunc("/big-declared", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Header().Set("Content-Length", fmt.Sprint(len(big)))
		_, _ = w.Write(big)
	})
	mux.HandleFunc("/flaky", func(w http.ResponseWriter, r *http.Request) {
		if s.flaky.Add(1) == 1 {
			w.Header().Set("Content-Type", "text/plain")
			w.WriteHeader(http.StatusServiceUnavailable)
			_, _ = w.Write([]byte("busy"))
			return
		}
		write(w, r, "text/html; charset=utf-8", html("Flaky", "The flaky server answered on the second try."))
	})
	mux.HandleFunc("/limited", func(w http.ResponseWriter, r *http.Request) {
		if s.limitd.Add(1) == 1 {
			w.Header().Set("Retry-After", "1")
			w.WriteHeader(http.StatusTooManyRequests)
			return
		}
		write(w, r, "text/html; charset=utf-8", html("Limited", "The rate-limited server answered after the pause it asked for."))
	})
	mux.HandleFunc("/limited-long", func(w http.ResponseWriter, r *http.Request) {
		if s.long.Add(1) == 1 {
			w.Header().Set("Retry-After", "3600")
			w.WriteHeader(http.StatusTooManyRequests)
			return
		}
		write(w, r, "text/html; charset=utf-8", html("Limited long", "The server asked for an hour and got the cap."))
	})
	mux.HandleFunc("/reset", func(w http.ResponseWriter, r *http.Request) {
		if s.reset.Add(1) == 1 {
			conn, _, err := w.(http.Hijacker).Hijack()
			if err == nil {
				if tc, ok := conn.(*net.TCPConn); ok {
					_ = tc.SetLinger(0) // RST, not FIN
				}
				_ = conn.Close()
			}
			return
		}
		write(w, r, "text/html; charset=utf-8", html("Reset", "The connection was reset once, then the page came."))
	})
	mux.HandleFunc("/arabic", func(w http.ResponseWriter, r *http.Request) {
		write(w, r, "text/html; charset=windows-1256", encode(t, charmap.Windows1256, page("خبر", longBody(arabicLead))))
	})
	mux.HandleFunc("/arabic-meta", func(w http.ResponseWriter, r *http.Request) {
		doc := strings.Replace(page("خبر", longBody(arabicLead)), "<head>", `<head><meta charset="windows-1256">`, 1)
		write(w, r, "text/html", encode(t, charmap.Windows1256, doc))
	})
	mux.HandleFunc("/latin", func(w http.ResponseWriter, r *http.Request) {
		write(w, r, "text/html; charset=ISO-8859-1", encode(t, charmap.ISO8859_1, page("Café", longBody(strings.ReplaceAll(latinLead, "’", "'")))))
	})
	mux.HandleFunc("/sjis", func(w http.ResponseWriter, r *http.Request) {
		doc := strings.Replace(page("ニュース", longBody(japanLead)), "<head>", `<head><meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">`, 1)
		write(w, r, "text/html", encode(t, japanese.ShiftJIS, doc))
	})
	mux.HandleFunc("/bom", func(w http.ResponseWriter, r *http.Request) {
		// The BOM wins over a wrong declaration.
		write(w, r, "text/html; charset=iso-8859-1", append([]byte("\xef\xbb\xbf"), page("BOM", longBody(latinLead))...))
	})
	mux.HandleFunc("/gzip", func(w http.ResponseWriter, r *http.Request) {
		var b bytes.Buffer
		zw := gzip.NewWriter(&b)
		_, _ = zw.Write(html("Gzip", gzipLead))
		_ = zw.Close()
		w.Header().Set("Content-Encoding", "gzip")
		write(w, r, "text/html; charset=utf-8", b.Bytes())
	})
	mux.HandleFunc("/gzip-bomb", func(w http.ResponseWriter, r *http.Request) {
		var b bytes.Buffer
		zw := gzip.NewWriter(&b)
		_, _ = zw.Write(bytes.Repeat([]byte{' '}, 1<<20)) // 1 MiB of spaces in about 1 kB
		_ = zw.Close()
		w.Header().Set("Content-Encoding", "gzip")
		write(w, r, "text/html", b.Bytes())
	})
	mux.HandleFunc("/deflate", func(w http.ResponseWriter, r *http.Request) {
		var b bytes.Buffer
		zw := zlib.NewWriter(&b)
		_, _ = zw.Write(html("Deflate", gzipLead))
		_ = zw.Close()
		w.Header().Set("Content-Encoding", "deflate")
		write(w, r, "text/html; charset=utf-8", b.Bytes())
	})
	mux.HandleFunc("/binary", func(w http.ResponseWriter, r *http.Request) {
		write(w, r, "application/octet-stream", []byte{0x00, 0x01, 0x02, 0xff, 0xfe, 0x00, 0x10, 0x80})
	})
	mux.HandleFunc("/image.png", func(w http.ResponseWriter, r *http.Request) {
		write(w, r, "image/png", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"))
	})
	mux.HandleFunc("/text", func(w http.ResponseWriter, r *http.Request) {
		write(w, r, "text/plain; charset=utf-8", []byte("Harbour report\n\n"+plainLead+".\n\nA second paragraph follows it."))
	})
	mux.HandleFunc("/missing", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.WriteHeader(http.StatusNotFound)
		s.mu.Lock()
		s.sent[r.URL.Path] = []byte("<html><body>Not here</body></html>")
		s.mu.Unlock()
		_, _ = w.Write([]byte("<html><body>Not here</body></html>"))
	})
	mux.HandleFunc("/malformed", func(w http.ResponseWriter, r *http.Request) {
		write(w, r, "text/html", []byte("<html><head><title>Broken</title><body><div><p>Unclosed <b><i>tags and a stray </td></table> end tag"+
			"<p>The malformed page still says the ferry sank at dawn <a href='http://example.test/x'>source<p>more</div></span></html></html><![CDATA[ x ]]><!-- unterminated"))
	})
	mux.HandleFunc("/release.pdf", func(w http.ResponseWriter, r *http.Request) {
		write(w, r, "application/pdf", makePDF(pdfText))
	})
	mux.HandleFunc("/etag", func(w http.ResponseWriter, r *http.Request) {
		v := s.etagV.Load()
		tag := fmt.Sprintf(`"v%d"`, v)
		w.Header().Set("ETag", tag)
		w.Header().Set("Last-Modified", "Thu, 04 Jan 2024 18:34:00 GMT")
		if r.Header.Get("If-None-Match") == tag {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		write(w, r, "text/html; charset=utf-8", html("Versioned", fmt.Sprintf("This is version %d of the statement on the dam.", v)))
	})
	s.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		s.hits[r.URL.Path]++
		s.reqs = append(s.reqs, r.Clone(context.Background()))
		s.mu.Unlock()
		mux.ServeHTTP(w, r)
	}))
	t.Cleanup(s.srv.Close)
	return s
}

func (s *site) url(p string) string { return s.srv.URL + p }

func (s *site) hitsOf(p string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.hits[p]
}

func (s *site) sentOf(p string) []byte {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.sent[p]
}

func (s *site) requestsTo(p string) []*http.Request {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []*http.Request
	for _, r := range s.reqs {
		if r.URL.Path == p {
			out = append(out, r)
		}
	}
	return out
}

// makePDF writes a one-page PDF whose page shows text.
func makePDF(text string) []byte {
	stream := "BT /F1 12 Tf 72 720 Td (" + text + ") Tj ET"
	objs := []string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
		fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(stream), stream),
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
		"<< /Title (Salinity release) >>",
	}
	var b bytes.Buffer
	b.WriteString("%PDF-1.4\n")
	offs := make([]int, len(objs))
	for i, o := range objs {
		offs[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objs)+1)
	for _, o := range offs {
		fmt.Fprintf(&b, "%010d 00000 n \n", o)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, xref)
	return b.Bytes()
}

// testCrawler is a crawler over a temporary archive and an in-memory
// catalogue, with fast settings and recorded retry pauses.
func testCrawler(t *testing.T, mod func(*Config)) (*Crawler, *archive.Archive, *memLog, *waits) {
	t.Helper()
	a, err := archive.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = a.Close() })
	cfg := DefaultConfig()
	cfg.Delay = 0
	cfg.PerHost = 4
	cfg.Timeout = 2 * time.Second
	cfg.MaxBytes = 64 << 10
	cfg.Retries = 2
	cfg.Backoff = time.Millisecond
	cfg.MaxRetryAfter = 2 * time.Second
	cfg.MaxRedirects = 5
	if mod != nil {
		mod(&cfg)
	}
	log := newMemLog()
	c := New(cfg, a, log, Extractor{})
	w := &waits{}
	c.wait = w.wait
	return c, a, log, w
}

func TestFaults(t *testing.T) {
	s := newSite(t)
	c, arch, log, waits := testCrawler(t, func(cfg *Config) { cfg.Timeout = 500 * time.Millisecond })
	cases := []struct {
		path   string
		status string
		reason string // a substring of Error
		text   string // a substring of the extracted text
	}{
		{"/ok", claims.StatusOK, "", "approved the budget"},
		{"/moved", claims.StatusOK, "", "approved the budget"},
		{"/loop-a", claims.StatusError, "redirect loop", ""},
		{"/chain/0", claims.StatusError, "too many redirects", ""},
		{"/slow", claims.StatusError, "timeout", ""},
		{"/big", claims.StatusError, "too large", ""},
		{"/big-declared", claims.StatusError, "too large", ""},
		{"/flaky", claims.StatusOK, "", "second try"},
		{"/limited", claims.StatusOK, "", "pause it asked for"},
		{"/limited-long", claims.StatusOK, "", "got the cap"},
		{"/reset", claims.StatusOK, "", "reset once"},
		{"/arabic", claims.StatusOK, "", arabicLead},
		{"/arabic-meta", claims.StatusOK, "", arabicLead},
		{"/latin", claims.StatusOK, "", "São Paulo: the café reopened"},
		{"/sjis", claims.StatusOK, "", japanLead},
		{"/bom", claims.StatusOK, "", "São Paulo: the café reopened"},
		{"/gzip", claims.StatusOK, "", gzipLead},
		{"/deflate", claims.StatusOK, "", gzipLead},
		{"/gzip-bomb", claims.StatusError, "too large", ""},
		{"/binary", claims.StatusError, "unsupported content type application/octet-stream", ""},
		{"/image.png", claims.StatusError, "unsupported content type image/png", ""},
		{"/text", claims.StatusOK, "", plainLead},
		{"/missing", claims.StatusError, "HTTP 404", ""},
		{"/malformed", claims.StatusOK, "", "ferry sank at dawn"},
		{"/private/page", claims.StatusBlocked, "robots.txt", ""},
		{"/release.pdf", claims.StatusOK, "", pdfText},
	}
	urls := make([]string, len(cases))
	for i, tc := range cases {
		urls[i] = s.url(tc.path)
	}
	srcs, err := c.Crawl(context.Background(), urls, nil)
	if err != nil {
		t.Fatalf("Crawl failed the job: %v", err)
	}
	if len(srcs) != len(cases) {
		t.Fatalf("%d sources for %d URLs", len(srcs), len(cases))
	}
	first := map[string]*claims.Source{}
	for i, tc := range cases {
		src := srcs[i]
		t.Run(strings.TrimPrefix(tc.path, "/"), func(t *testing.T) {
			if src.Status != tc.status || !strings.Contains(src.Error, tc.reason) {
				t.Fatalf("status %q error %q, want %q with %q", src.Status, src.Error, tc.status, tc.reason)
			}
			if tc.status == claims.StatusOK {
				first[tc.path] = src
				if src.Doc == nil || !strings.Contains(src.Doc.Text, tc.text) {
					t.Fatalf("text lacks %q:\n%v", tc.text, src.Doc)
				}
				// The archive holds the bytes exactly as the server sent them.
				final := strings.TrimPrefix(src.FinalURL, s.srv.URL)
				if want := sum(s.sentOf(final)); src.SHA256 != want {
					t.Errorf("sha256 %s, the server sent %s", src.SHA256, want)
				}
				ex, err := arch.Replay(src.Archive)
				if err != nil {
					t.Fatalf("replay: %v", err)
				}
				if !bytes.Equal(ex.Payload, s.sentOf(final)) {
					t.Errorf("archived payload differs from the bytes served")
				}
				if archive.PayloadSHA256(ex.Payload) != src.SHA256 {
					t.Errorf("catalogue sha256 does not match the archived payload")
				}
			}
			if tc.status == claims.StatusError && tc.reason != "redirect loop" && tc.reason != "too many redirects" && tc.reason != "unsupported" && tc.path != "/missing" {
				// Failed exchanges are evidence too: the archive has them.
				fs := log.fetches(s.url(tc.path))
				if len(fs) == 0 || fs[0].Record.IsZero() {
					t.Errorf("the failed exchange was not archived: %+v", fs)
				}
			}
		})
	}
	// Redirects: the chain is recorded and the final URL is the last hop.
	if src := srcs[1]; src.FinalURL != s.url("/ok") || len(src.Redirects) != 3 {
		t.Errorf("redirect: final %q chain %v", src.FinalURL, src.Redirects)
	}
	// 503 then 200: two requests; 429 with Retry-After: 1 s waited, and an
	// hour cut to the cap.
	if n := s.hitsOf("/flaky"); n != 2 {
		t.Errorf("/flaky requested %d times, want 2", n)
	}
	if n := s.hitsOf("/limited"); n != 2 {
		t.Errorf("/limited requested %d times, want 2", n)
	}
	w := waits.all()
	if !slices.Contains(w, time.Second) {
		t.Errorf("Retry-After: 1 not honoured; waits %v", w)
	}
	if !slices.Contains(w, 2*time.Second) || slices.ContainsFunc(w, func(d time.Duration) bool { return d > 2*time.Second }) {
		t.Errorf("Retry-After: 3600 not capped at 2s; waits %v", w)
	}
	// robots.txt was read once and the disallowed page never requested.
	if n := s.hitsOf("/private/page"); n != 0 {
		t.Errorf("a page robots.txt disallows was requested %d times", n)
	}
	if n := s.hitsOf("/robots.txt"); n != 1 {
		t.Errorf("robots.txt requested %d times, want 1", n)
	}
	// Every request identified the crawler, with a contact URL.
	for _, r := range s.requestsTo("/ok") {
		if ua := r.Header.Get("User-Agent"); ua != DefaultUserAgent || !strings.Contains(ua, "+https://") {
			t.Errorf("User-Agent %q", ua)
		}
		if r.Header.Get(captureHeader) != "" {
			t.Errorf("the internal capture header leaked to the server")
		}
	}

	// Replayed from the archive: nothing fetched again, the same reading.
	before := s.hitsOf("/gzip")
	again, err := c.Crawl(context.Background(), []string{s.url("/gzip"), s.url("/arabic"), s.url("/release.pdf")}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if s.hitsOf("/gzip") != before {
		t.Errorf("a re-crawl fetched the page again instead of replaying the archive")
	}
	for _, src := range again {
		path := strings.TrimPrefix(src.URL, s.srv.URL)
		orig := first[path]
		if !src.FromArchive || src.Doc == nil || orig == nil || src.Doc.Text != orig.Doc.Text || src.SHA256 != orig.SHA256 {
			t.Errorf("%s: replay differs (from archive %v)", path, src.FromArchive)
		}
	}

	// The good pages are searchable once indexed.
	ix, err := index.Open(t.TempDir(), index.Options{Shards: 1})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	var passages []claims.Passage
	for _, src := range srcs {
		passages = append(passages, claims.SplitPassages(src)...)
	}
	if err := ix.IndexPassages(context.Background(), passages); err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{"compressed page says the bridge", "the café reopened", "stations exceeded the limit"} {
		res, err := ix.Search(context.Background(), claims.Query{Phrase: q, Limit: 5})
		if err != nil || res.Total == 0 {
			t.Errorf("search %q: %v hits, %v", q, res, err)
		}
	}
}

func TestIgnoreRobots(t *testing.T) {
	s := newSite(t)
	c, _, _, _ := testCrawler(t, func(cfg *Config) { cfg.IgnoreRobots = true })
	srcs, err := c.Crawl(context.Background(), []string{s.url("/private/page")}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if srcs[0].Status != claims.StatusOK {
		t.Errorf("--ignore-robots: status %q %q", srcs[0].Status, srcs[0].Error)
	}
	if n := s.hitsOf("/robots.txt"); n != 0 {
		t.Errorf("--ignore-robots still read robots.txt (%d times)", n)
	}
}

func TestRefreshConditional(t *testing.T) {
	s := newSite(t)
	s.etagV.Store(1)
	c, _, log, _ := testCrawler(t, nil)
	u := s.url("/etag")
	crawl := func(c *Crawler) *claims.Source {
		t.Helper()
		srcs, err := c.Crawl(context.Background(), []string{u}, nil)
		if err != nil {
			t.Fatal(err)
		}
		return srcs[0]
	}
	one := crawl(c)
	if one.Status != claims.StatusOK || one.Changed != nil {
		t.Fatalf("first crawl: %q %v", one.Status, one.Changed)
	}
	// Without --refresh: from the archive, no request.
	if two := crawl(c); !two.FromArchive || s.hitsOf("/etag") != 1 {
		t.Fatalf("second crawl went to the server (from archive %v, %d hits)", two.FromArchive, s.hitsOf("/etag"))
	}
	refresh, _, _, _ := testCrawler(t, func(cfg *Config) { cfg.Refresh = true })
	refresh.archive, refresh.log = c.archive, log
	three := crawl(refresh)
	reqs := s.requestsTo("/etag")
	last := reqs[len(reqs)-1]
	if last.Header.Get("If-None-Match") != `"v1"` || last.Header.Get("If-Modified-Since") != "Thu, 04 Jan 2024 18:34:00 GMT" {
		t.Errorf("refresh sent If-None-Match %q If-Modified-Since %q", last.Header.Get("If-None-Match"), last.Header.Get("If-Modified-Since"))
	}
	if three.Status != claims.StatusOK || three.Changed == nil || *three.Changed || three.Doc == nil || three.Doc.Text != one.Doc.Text {
		t.Errorf("304: status %q changed %v", three.Status, three.Changed)
	}
	s.etagV.Store(2)
	four := crawl(refresh)
	if four.Status != claims.StatusOK || four.Changed == nil || !*four.Changed || !strings.Contains(four.Doc.Text, "version 2") {
		t.Errorf("new bytes: status %q changed %v", four.Status, four.Changed)
	}
	if four.SHA256 == one.SHA256 {
		t.Errorf("changed page kept its old digest")
	}
}

// TestPoliteness checks the per-host delay and bounds from what the
// servers saw and what the catalogue recorded, not from a stopwatch.
func TestPoliteness(t *testing.T) {
	var inFlight, maxInFlight, global, maxGlobal atomic.Int32
	bump := func(n, m *atomic.Int32) {
		v := n.Add(1)
		for {
			old := m.Load()
			if v <= old || m.CompareAndSwap(old, v) {
				return
			}
		}
	}
	var mu sync.Mutex
	var order []string
	slowHost := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			http.NotFound(w, r)
			return
		}
		bump(&inFlight, &maxInFlight)
		bump(&global, &maxGlobal)
		defer inFlight.Add(-1)
		defer global.Add(-1)
		mu.Lock()
		order = append(order, r.URL.Path)
		mu.Unlock()
		time.Sleep(5 * time.Millisecond) // hold the slot so overlaps would show
		w.Header().Set("Content-Type", "text/html")
		_, _ = fmt.Fprint(w, page("Page "+r.URL.Path, longBody("Polite page "+r.URL.Path)))
	}))
	defer slowHost.Close()
	var others []*httptest.Server
	for range 3 {
		o := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			bump(&global, &maxGlobal)
			defer global.Add(-1)
			time.Sleep(5 * time.Millisecond)
			w.Header().Set("Content-Type", "text/html")
			_, _ = fmt.Fprint(w, page("Other", longBody("Another host")))
		}))
		defer o.Close()
		others = append(others, o)
	}
	const delay = 40 * time.Millisecond
	c, _, log, _ := testCrawler(t, func(cfg *Config) {
		cfg.Delay = delay
		cfg.PerHost = 1
		cfg.Concurrency = 2
	})
	var urls []string
	for i := range 4 {
		urls = append(urls, fmt.Sprintf("%s/p%d", slowHost.URL, i))
		for _, o := range others {
			urls = append(urls, fmt.Sprintf("%s/o%d", o.URL, i))
		}
	}
	srcs, err := c.Crawl(context.Background(), urls, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range srcs {
		if s.Status != claims.StatusOK {
			t.Fatalf("%s: %s %s", s.URL, s.Status, s.Error)
		}
	}
	if n := maxInFlight.Load(); n != 1 {
		t.Errorf("--per-host 1: %d requests to one host at once", n)
	}
	if n := maxGlobal.Load(); n > 2 {
		t.Errorf("--concurrency 2: %d requests at once", n)
	}
	mu.Lock()
	if len(order) != 4 {
		t.Errorf("the host saw %d page requests, want 4: %v", len(order), order)
	}
	mu.Unlock()
	// The recorded fetch times of one host are at least --delay apart.
	var times []time.Time
	for i := range 4 {
		for _, f := range log.fetches(fmt.Sprintf("%s/p%d", slowHost.URL, i)) {
			times = append(times, f.FetchedAt)
		}
	}
	slices.SortFunc(times, func(a, b time.Time) int { return a.Compare(b) })
	for i := 1; i < len(times); i++ {
		if gap := times[i].Sub(times[i-1]); gap < delay {
			t.Errorf("requests %d and %d to one host %s apart, under --delay %s", i-1, i, gap, delay)
		}
	}
}

// TestDeadline: the overall deadline stops a crawl that would go on, and
// the sources still come back, each with its reason.
func TestDeadline(t *testing.T) {
	s, other := newSite(t), newSite(t)
	c, _, _, _ := testCrawler(t, func(cfg *Config) {
		cfg.Deadline = 2 * time.Second
		cfg.Timeout = time.Minute
	})
	srcs, err := c.Crawl(context.Background(), []string{s.url("/slow"), other.url("/ok")}, nil)
	if err != nil {
		t.Fatalf("the deadline failed the job: %v", err)
	}
	if srcs[0].Status != claims.StatusError || !strings.Contains(srcs[0].Error, "deadline") {
		t.Errorf("slow page under the deadline: %q %q", srcs[0].Status, srcs[0].Error)
	}
	if srcs[1].Status != claims.StatusOK {
		t.Errorf("fast page: %q %q", srcs[1].Status, srcs[1].Error)
	}
}
