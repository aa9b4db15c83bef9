package web_test

// These tests run the desk over a real workspace (catalogue, index,
// archive) that the seed demo filled, with the real auditor behind the
// crawler's guard. The web package itself knows none of these adapters;
// only its tests wire them, as cmd/provenance does.

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/provenance-audit/provenance"
	"github.com/provenance-audit/provenance/archive"
	"github.com/provenance-audit/provenance/audit"
	"github.com/provenance-audit/provenance/claims"
	"github.com/provenance-audit/provenance/crawler"
	"github.com/provenance-audit/provenance/index"
	"github.com/provenance-audit/provenance/internal/fixture"
	"github.com/provenance-audit/provenance/store"
	"github.com/provenance-audit/provenance/web"
)

// workspace is a real workspace with the seed audited into it.
type workspace struct {
	cat     *store.Store
	idx     *index.Index
	arch    *archive.Archive
	proxy   *url.URL
	auditID string
}

func openWorkspace(tb testing.TB) *workspace {
	tb.Helper()
	dir := tb.TempDir()
	w := &workspace{}
	var err error
	if w.arch, err = archive.Open(filepath.Join(dir, "archive")); err != nil {
		tb.Fatal(err)
	}
	if w.cat, err = store.Open(filepath.Join(dir, "catalogue.db")); err != nil {
		tb.Fatal(err)
	}
	if w.idx, err = index.Open(filepath.Join(dir, "index"), index.Options{}); err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() {
		_ = w.idx.Close()
		_ = w.arch.Close()
		_ = w.cat.Close()
	})
	site, err := fixture.Load(provenance.Seed())
	if err != nil {
		tb.Fatal(err)
	}
	srv, err := site.Start()
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { _ = srv.Close() })
	w.proxy = srv.ProxyURL
	cfg := crawler.DefaultConfig()
	cfg.Delay, cfg.Timeout, cfg.Proxy = 0, 10*time.Second, http.ProxyURL(srv.ProxyURL)
	r, err := w.auditor(cfg).Audit(context.Background(), audit.Request{Article: fixture.Local(site.Article)})
	if err != nil {
		tb.Fatal(err)
	}
	w.auditID = r.AuditID
	return w
}

// serve starts the web desk over the workspace, with the options given
// for the rest (auditor, URL check); it is closed when tb ends.
func (w *workspace) serve(tb testing.TB, o web.Options) *httptest.Server {
	tb.Helper()
	o.Catalogue, o.Searcher, o.Archive = w.cat, w.idx, w.arch
	desk, err := web.New(o)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(desk.Close)
	ts := httptest.NewServer(desk)
	tb.Cleanup(ts.Close)
	return ts
}

func (w *workspace) auditor(cfg crawler.Config) *audit.Auditor {
	reader := crawler.Extractor{}
	return &audit.Auditor{Crawler: crawler.New(cfg, w.arch, w.cat, reader), Reader: reader, Index: w.idx, Catalogue: w.cat, Analyzer: claims.NewAnalyzer()}
}

func getJSON(tb testing.TB, c *http.Client, u string, v any) int {
	tb.Helper()
	res, err := c.Get(u)
	if err != nil {
		tb.Fatal(err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	if v != nil {
		if err := json.Unmarshal(b, v); err != nil {
			tb.Fatalf("GET %s: %v\n%s", u, err, b)
		}
	}
	return res.StatusCode
}

func postJSON(tb testing.TB, c *http.Client, u string, body any) (int, string) {
	tb.Helper()
	b, _ := json.Marshal(body)
	res, err := c.Post(u, "application/json", strings.NewReader(string(b)))
	if err != nil {
		tb.Fatal(err)
	}
	defer res.Body.Close()
	out, _ := io.ReadAll(res.Body)
	return res.StatusCode, string(out)
}

// fakeResolver answers host names from a table.
type fakeResolver map[string]string

func (f fakeResolver) LookupNetIP(_ context.Context, _, host string) ([]netip.Addr, error) {
	if a, ok := f[host]; ok {
		return []netip.Addr{netip.MustParseAddr(a)}, nil
	}
	return nil, fmt.Errorf("lookup %s: no such host", host)
}

// TestSubmittedAuditsCannotReachPrivateAddresses submits stories through
// the API with the guard on: a loopback address, a name that resolves to
// one, and a "public" site whose page redirects to the machine itself.
func TestSubmittedAuditsCannotReachPrivateAddresses(t *testing.T) {
	w := openWorkspace(t)
	var internalHits atomic.Int64
	internal := httptest.NewServer(http.HandlerFunc(func(rw http.ResponseWriter, r *http.Request) {
		internalHits.Add(1)
		fmt.Fprint(rw, "<html><body><p>the admin console</p></body></html>")
	}))
	defer internal.Close()
	iu, _ := url.Parse(internal.URL)
	public := httptest.NewServer(http.HandlerFunc(func(rw http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/to-loopback":
			http.Redirect(rw, r, internal.URL+"/admin", http.StatusFound)
		case "/to-name":
			http.Redirect(rw, r, "http://intranet.example:"+iu.Port()+"/admin", http.StatusMovedPermanently)
		default:
			http.NotFound(rw, r)
		}
	}))
	defer public.Close()
	pu, _ := url.Parse(public.URL)
	publicAddr := netip.MustParseAddrPort(pu.Host)
	guard := &crawler.Guard{
		Resolver: fakeResolver{"news.example": "127.0.0.1", "intranet.example": "127.0.0.1", "rebind.example": "127.0.0.1", "localhost": "127.0.0.1"},
		// The stand-in public site is let through; nothing else on loopback.
		Allow: func(ap netip.AddrPort) bool { return ap == publicAddr },
	}
	cfg := crawler.DefaultConfig()
	cfg.Delay, cfg.Timeout, cfg.Retries = 0, 5*time.Second, 0
	cfg.Transport = crawler.GuardedTransport(cfg, guard)
	ts := w.serve(t, web.Options{Auditor: w.auditor(cfg), CheckURL: guard.Check})
	c := ts.Client()

	// Refused at once: the address or the name is private.
	for _, u := range []string{internal.URL + "/", "http://localhost:" + iu.Port() + "/", "http://rebind.example:" + iu.Port() + "/", "http://[::1]:" + iu.Port() + "/", "http://169.254.169.254/latest/meta-data/"} {
		code, body := postJSON(t, c, ts.URL+"/api/audits", map[string]string{"url": u})
		if code != http.StatusUnprocessableEntity || !strings.Contains(body, "refused") {
			t.Errorf("submit %s: %d %s", u, code, body)
		}
	}
	// Refused at connection time: the redirect leads inside.
	base := "http://news.example:" + pu.Port()
	for _, path := range []string{"/to-loopback", "/to-name"} {
		code, body := postJSON(t, c, ts.URL+"/api/audits", map[string]string{"url": base + path})
		if code != http.StatusAccepted {
			t.Fatalf("submit %s: %d %s", path, code, body)
		}
		var out struct{ ID string }
		_ = json.Unmarshal([]byte(body), &out)
		var p web.Progress
		deadline := time.Now().Add(20 * time.Second)
		for {
			getJSON(t, c, ts.URL+"/api/audits/"+out.ID+"/progress", &p)
			if p.Status == claims.AuditFailed || p.Status == claims.AuditDone || time.Now().After(deadline) {
				break
			}
			time.Sleep(20 * time.Millisecond)
		}
		t.Logf("%s: %s", path, p.Error)
		if p.Status != claims.AuditFailed || !strings.Contains(p.Error, "refused") {
			t.Errorf("audit of %s: %s %q, want failed and refused", path, p.Status, p.Error)
		}
	}
	if n := internalHits.Load(); n != 0 {
		t.Errorf("the internal server was reached %d times", n)
	}
}

// TestSearchWhileAuditRuns starts a slow audit (a long pause between two
// requests to one host) and searches while it runs.
func TestSearchWhileAuditRuns(t *testing.T) {
	if testing.Short() {
		t.Skip("runs an audit: skipped with -short")
	}
	w := openWorkspace(t)
	site, err := fixture.Load(os.DirFS(filepath.Join("..", "testdata", "scenarios", "s1-kharkiv-drone")))
	if err != nil {
		t.Fatal(err)
	}
	srv, err := site.Start()
	if err != nil {
		t.Fatal(err)
	}
	defer srv.Close()
	cfg := crawler.DefaultConfig()
	cfg.Delay, cfg.Timeout, cfg.Proxy = 3*time.Second, 10*time.Second, http.ProxyURL(srv.ProxyURL)
	ts := w.serve(t, web.Options{Auditor: w.auditor(cfg)})
	c := ts.Client()
	code, body := postJSON(t, c, ts.URL+"/api/audits", map[string]string{"url": fixture.Local(site.Article)})
	if code != http.StatusAccepted {
		t.Fatalf("submit: %d %s", code, body)
	}
	var out struct{ ID string }
	_ = json.Unmarshal([]byte(body), &out)
	var p web.Progress
	for p.Stage != "fetch" {
		getJSON(t, c, ts.URL+"/api/audits/"+out.ID+"/progress", &p)
		if p.Status == claims.AuditFailed || p.Status == claims.AuditDone {
			t.Fatalf("the audit ended before the test could search: %+v", p)
		}
		time.Sleep(10 * time.Millisecond)
	}
	var res claims.Results
	if code := getJSON(t, c, ts.URL+"/api/search?q=drone", &res); code != http.StatusOK || res.Total == 0 {
		t.Errorf("search during the audit: %d, %d hits", code, res.Total)
	}
	for _, page := range []string{"/search?q=militia", "/audits", "/audits/" + w.auditID} {
		if code := getJSON(t, c, ts.URL+page, nil); code != http.StatusOK {
			t.Errorf("GET %s during the audit: %d", page, code)
		}
	}
	getJSON(t, c, ts.URL+"/api/audits/"+out.ID+"/progress", &p)
	if p.Status != claims.AuditRunning {
		t.Errorf("the audit was no longer running when the searches came back (%s): the test shows nothing", p.Status)
	}
}

// BenchmarkSearchWhileAuditing has 50 clients search the desk while audits
// run one after another in the background, and reports requests per
// second and the 99th percentile latency (docs/web.md).
func BenchmarkSearchWhileAuditing(b *testing.B) { benchSearch(b, true) }

// BenchmarkSearch is the same load with no audit running, for comparison.
func BenchmarkSearch(b *testing.B) { benchSearch(b, false) }

func benchSearch(b *testing.B, auditing bool) {
	w := openWorkspace(b)
	cfg := crawler.DefaultConfig()
	cfg.Delay, cfg.Timeout, cfg.Proxy = 0, 10*time.Second, http.ProxyURL(w.proxy)
	au := w.auditor(cfg)
	ts := w.serve(b, web.Options{Auditor: au})
	tr := &http.Transport{MaxIdleConnsPerHost: 64}
	c := &http.Client{Transport: tr}

	// Audits, one after another, until the benchmark ends: each scenario's
	// story with its sources fetched and indexed afresh.
	dirs, _ := filepath.Glob(filepath.Join("..", "testdata", "scenarios", "*"))
	stop := make(chan struct{})
	var audits atomic.Int64
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for i := 0; auditing; i++ {
			select {
			case <-stop:
				return
			default:
			}
			site, err := fixture.Load(os.DirFS(dirs[i%len(dirs)]))
			if err != nil {
				continue
			}
			srv, err := site.Start()
			if err != nil {
				continue
			}
			sc := cfg
			sc.Proxy = http.ProxyURL(srv.ProxyURL)
			if _, err := w.auditor(sc).Audit(context.Background(), audit.Request{Article: fixture.Local(site.Article)}); err == nil {
				audits.Add(1)
			}
			_ = srv.Close()
		}
	}()
	words := []string{"drone", "killed", "militia", "Baghdad", "statement", `"security sources"`, "strike", "commander", "attack", "official"}
	var mu sync.Mutex
	var lat []time.Duration
	var failures atomic.Int64
	var next atomic.Int64
	b.SetParallelism(25) // 25 × GOMAXPROCS (2 here) = 50 clients
	b.ResetTimer()
	start := time.Now()
	b.RunParallel(func(pb *testing.PB) {
		var mine []time.Duration
		for pb.Next() {
			q := words[next.Add(1)%int64(len(words))]
			t0 := time.Now()
			res, err := c.Get(ts.URL + "/api/search?q=" + url.QueryEscape(q))
			if err != nil {
				failures.Add(1)
				continue
			}
			_, _ = io.Copy(io.Discard, res.Body)
			_ = res.Body.Close()
			if res.StatusCode != http.StatusOK {
				failures.Add(1)
			}
			mine = append(mine, time.Since(t0))
		}
		mu.Lock()
		lat = append(lat, mine...)
		mu.Unlock()
	})
	elapsed := time.Since(start)
	b.StopTimer()
	close(stop)
	wg.Wait()
	if n := failures.Load(); n > 0 {
		b.Errorf("%d searches failed", n)
	}
	slices.Sort(lat)
	if len(lat) > 0 {
		p := func(q float64) float64 {
			return float64(lat[min(len(lat)-1, int(q*float64(len(lat))))].Microseconds()) / 1000
		}
		b.ReportMetric(float64(len(lat))/elapsed.Seconds(), "req/s")
		b.ReportMetric(p(0.50), "p50-ms")
		b.ReportMetric(p(0.99), "p99-ms")
		b.ReportMetric(float64(audits.Load()), "audits")
	}
}
