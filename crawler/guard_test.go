package crawler

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/provenance-audit/provenance/claims"
)

func TestRefused(t *testing.T) {
	for _, tc := range []struct {
		ip      string
		refused bool
	}{
		{"127.0.0.1", true},
		{"127.8.9.10", true},
		{"::1", true},
		{"10.1.2.3", true},
		{"172.16.0.1", true},
		{"172.31.255.255", true},
		{"192.168.1.1", true},
		{"169.254.169.254", true}, // cloud metadata
		{"fe80::1", true},
		{"fc00::1", true},
		{"fd12:3456::1", true},
		{"0.0.0.0", true},
		{"::", true},
		{"100.64.0.1", true},
		{"224.0.0.1", true},
		{"255.255.255.255", true},
		{"::ffff:127.0.0.1", true}, // IPv4-mapped
		{"::ffff:10.0.0.1", true},  // IPv4-mapped
		{"64:ff9b::7f00:1", true},  // NAT64 of 127.0.0.1
		{"2002:7f00:1::1", true},   // 6to4 of 127.0.0.1
		{"2002:a00:1::1", true},    // 6to4 of 10.0.0.1
		{"198.18.0.1", true},       // benchmarking
		{"8.8.8.8", false},         // public
		{"93.184.216.34", false},   // public
		{"172.32.0.1", false},      // just outside 172.16/12
		{"2606:4700::6810:85e5", false},
		{"64:ff9b::808:808", false}, // NAT64 of 8.8.8.8
	} {
		ip := netip.MustParseAddr(tc.ip)
		why := Refused(ip)
		if (why != "") != tc.refused {
			t.Errorf("Refused(%s) = %q, want refused=%v", tc.ip, why, tc.refused)
		}
	}
}

// fakeResolver answers from a table, as a hostile DNS server might.
type fakeResolver map[string][]string

func (f fakeResolver) LookupNetIP(_ context.Context, _, host string) ([]netip.Addr, error) {
	addrs, ok := f[host]
	if !ok {
		return nil, &net.DNSError{Err: "no such host", Name: host, IsNotFound: true}
	}
	var out []netip.Addr
	for _, a := range addrs {
		out = append(out, netip.MustParseAddr(a))
	}
	return out, nil
}

func TestGuardCheck(t *testing.T) {
	g := &Guard{Resolver: fakeResolver{
		"public.example":   {"93.184.216.34"},
		"evil.example":     {"127.0.0.1"},
		"metadata.example": {"169.254.169.254"},
		"mixed.example":    {"93.184.216.34", "10.0.0.7"},
		"mapped.example":   {"::ffff:127.0.0.1"},
	}}
	for _, tc := range []struct {
		url  string
		want string // "" ok; else a part of the error
	}{
		{"https://public.example/news", ""},
		{"http://evil.example/", "resolves to 127.0.0.1, a loopback address"},
		{"http://metadata.example/latest/meta-data/", "link-local"},
		{"http://mixed.example/", "10.0.0.7, a private address"},
		{"http://mapped.example/", "loopback"},
		{"http://127.0.0.1:8080/", "127.0.0.1 is a loopback address"},
		{"http://[::1]/", "loopback"},
		{"http://0x7f.1/", "no such host"}, // not an address form Go accepts; looked up as a name
		{"http://nowhere.example/", "no such host"},
		{"file:///etc/passwd", "not an http(s) URL"},
		{"gopher://public.example/", "not an http(s) URL"},
	} {
		err := g.Check(context.Background(), tc.url)
		switch {
		case tc.want == "" && err != nil:
			t.Errorf("Check(%s) = %v, want ok", tc.url, err)
		case tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want)):
			t.Errorf("Check(%s) = %v, want an error with %q", tc.url, err, tc.want)
		}
	}
	// The real resolver: localhost is a name for a loopback address.
	if err := (&Guard{}).Check(context.Background(), "http://localhost:9/"); !errors.Is(err, ErrRefused) {
		t.Errorf("Check(localhost) = %v, want refused", err)
	}
}

// memArchive keeps exchanges in memory.
type memArchive struct {
	mu  sync.Mutex
	exs []*claims.Exchange
}

func (a *memArchive) Write(ex *claims.Exchange) (claims.RecordRef, string, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.exs = append(a.exs, ex)
	return claims.RecordRef{File: "mem", Offset: int64(len(a.exs) - 1)}, "sha", nil
}

func (a *memArchive) Replay(ref claims.RecordRef) (*claims.Exchange, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if ref.File != "mem" || ref.Offset < 0 || int(ref.Offset) >= len(a.exs) {
		return nil, errors.New("no such record")
	}
	return a.exs[ref.Offset], nil
}

type plainReader struct{}

func (plainReader) Read(body []byte, _, u string) (*claims.Document, error) {
	return &claims.Document{URL: u, Title: "t", Text: string(body)}, nil
}

// TestGuardedCrawl fetches through the guard from a site the guard lets
// through (standing in for a public site) that redirects to an internal
// one, by address and by a host name that resolves to loopback.
func TestGuardedCrawl(t *testing.T) {
	var internalHits int
	var mu sync.Mutex
	internal := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		internalHits++
		mu.Unlock()
		fmt.Fprint(w, "secret admin page")
	}))
	defer internal.Close()
	iu, _ := url.Parse(internal.URL)
	public := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/article":
			w.Header().Set("Content-Type", "text/plain")
			fmt.Fprint(w, "a public page")
		case "/to-ip":
			http.Redirect(w, r, internal.URL+"/admin", http.StatusFound)
		case "/to-name":
			http.Redirect(w, r, "http://internal.example:"+iu.Port()+"/admin", http.StatusFound)
		case "/to-metadata":
			http.Redirect(w, r, "http://169.254.169.254/latest/meta-data/", http.StatusFound)
		default:
			http.NotFound(w, r)
		}
	}))
	defer public.Close()
	pu, _ := url.Parse(public.URL)
	publicAddr := netip.MustParseAddrPort(pu.Host)

	g := &Guard{
		Resolver: fakeResolver{"public.example": {"127.0.0.1"}, "internal.example": {"127.0.0.1"}},
		// Only the stand-in public site is let through.
		Allow: func(ap netip.AddrPort) bool { return ap == publicAddr },
	}
	cfg := DefaultConfig()
	cfg.Delay, cfg.Retries, cfg.Timeout, cfg.IgnoreRobots = 0, 0, 5*time.Second, true
	cfg.Transport = GuardedTransport(cfg, g)
	c := New(cfg, &memArchive{}, nil, plainReader{})
	base := "http://public.example:" + pu.Port()
	urls := []string{base + "/article", base + "/to-ip", base + "/to-name", base + "/to-metadata", internal.URL + "/direct", "http://internal.example:" + iu.Port() + "/direct"}
	srcs, err := c.Crawl(context.Background(), urls, nil)
	if err != nil {
		t.Fatal(err)
	}
	if srcs[0].Status != claims.StatusOK {
		t.Fatalf("the allowed site: %s %s", srcs[0].Status, srcs[0].Error)
	}
	for _, s := range srcs[1:] {
		t.Logf("%s: %s", s.URL, s.Error)
		if s.Status == claims.StatusOK || !strings.Contains(s.Error, "refused") {
			t.Errorf("%s: status %s (%s), want refused", s.URL, s.Status, s.Error)
		}
	}
	if internalHits != 0 {
		t.Errorf("the internal server was reached %d times", internalHits)
	}
}

// TestGuardedProxy checks the target of a request handed to a proxy: the
// proxy itself may be on loopback, the target may not.
func TestGuardedProxy(t *testing.T) {
	var proxied []string
	var mu sync.Mutex
	proxy := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		proxied = append(proxied, r.URL.String())
		mu.Unlock()
		w.Header().Set("Content-Type", "text/plain")
		fmt.Fprint(w, "via proxy")
	}))
	defer proxy.Close()
	pu, _ := url.Parse(proxy.URL)
	g := &Guard{Resolver: fakeResolver{"news.example": {"93.184.216.34"}, "sneaky.example": {"10.1.1.1"}}}
	cfg := DefaultConfig()
	cfg.Delay, cfg.Retries, cfg.IgnoreRobots = 0, 0, true
	cfg.Proxy = http.ProxyURL(pu)
	cfg.Transport = GuardedTransport(cfg, g)
	c := New(cfg, &memArchive{}, nil, plainReader{})
	srcs, err := c.Crawl(context.Background(), []string{"http://news.example/a", "http://sneaky.example/b", "http://127.0.0.1:1/c"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if srcs[0].Status != claims.StatusOK {
		t.Errorf("public target through the proxy: %s %s", srcs[0].Status, srcs[0].Error)
	}
	for _, s := range srcs[1:] {
		if s.Status == claims.StatusOK || !strings.Contains(s.Error, "refused") {
			t.Errorf("%s: %s (%s), want refused", s.URL, s.Status, s.Error)
		}
	}
	if len(proxied) != 1 || proxied[0] != "http://news.example/a" {
		t.Errorf("the proxy saw %v, want only the public target", proxied)
	}
}
