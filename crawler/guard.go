package crawler

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"
)

// ErrRefused is returned (wrapped) when the guard refuses an address. Its
// text is what describeError recognises to report the source as refused.
var ErrRefused = errors.New("refused to connect")

// Resolver looks up the addresses of a host name; *net.Resolver is one.
type Resolver interface {
	LookupNetIP(ctx context.Context, network, host string) ([]netip.Addr, error)
}

// Guard keeps a server that fetches URLs on behalf of its users from
// reaching the machine it runs on or its network: it refuses loopback,
// private, link-local and other non-public addresses. It checks the
// address it actually connects to, after resolution, on every
// connection, so that a redirect to such an address, or a host name that
// resolves to one (now or on a second lookup), is refused too.
//
// The command line fetches whatever its user gives it; only the web
// server, whose users may be anyone who can reach it, uses a guard.
type Guard struct {
	// Resolver looks up host names (nil: net.DefaultResolver).
	Resolver Resolver
	// Dialer makes the connections (nil: a dialer with a 10 s timeout).
	Dialer *net.Dialer
	// Allow, when set, lets through an address and port that would be
	// refused (a known internal site; a test server).
	Allow func(netip.AddrPort) bool

	// proxies are the host:port of the HTTP proxies requests were handed
	// to: connecting to the proxy is the user's own choice, and the
	// target behind it is checked before the request is handed over.
	proxies sync.Map
}

// Refused returns why a connection to ip is refused ("a loopback
// address"), or "" when ip is a public address.
func Refused(ip netip.Addr) string {
	ip = ip.Unmap()
	switch {
	case !ip.IsValid():
		return "an invalid address"
	case ip.IsLoopback():
		return "a loopback address"
	case ip.IsUnspecified():
		return "an unspecified address"
	case ip.IsPrivate():
		return "a private address"
	case ip.IsLinkLocalUnicast(), ip.IsLinkLocalMulticast():
		return "a link-local address"
	case ip.IsMulticast(), ip.IsInterfaceLocalMulticast():
		return "a multicast address"
	}
	for _, r := range reserved {
		if r.p.Contains(ip) {
			return r.why
		}
	}
	// IPv6 forms that carry an IPv4 address reach that address.
	if ip.Is6() {
		b := ip.As16()
		var v4 netip.Addr
		switch {
		case nat64.Contains(ip):
			v4 = netip.AddrFrom4([4]byte{b[12], b[13], b[14], b[15]})
		case sixToFour.Contains(ip):
			v4 = netip.AddrFrom4([4]byte{b[2], b[3], b[4], b[5]})
		}
		if v4.IsValid() {
			if why := Refused(v4); why != "" {
				return why + " (inside an IPv6 address)"
			}
		}
	}
	return ""
}

var (
	nat64     = netip.MustParsePrefix("64:ff9b::/96")
	sixToFour = netip.MustParsePrefix("2002::/16")
	reserved  = []struct {
		p   netip.Prefix
		why string
	}{
		{netip.MustParsePrefix("0.0.0.0/8"), `a "this network" address`},
		{netip.MustParsePrefix("100.64.0.0/10"), "a shared (carrier-grade NAT) address"},
		{netip.MustParsePrefix("192.0.0.0/24"), "a reserved address"},
		{netip.MustParsePrefix("192.0.2.0/24"), "a documentation address"},
		{netip.MustParsePrefix("198.18.0.0/15"), "a benchmarking address"},
		{netip.MustParsePrefix("198.51.100.0/24"), "a documentation address"},
		{netip.MustParsePrefix("203.0.113.0/24"), "a documentation address"},
		{netip.MustParsePrefix("240.0.0.0/4"), "a reserved address"},
		{netip.MustParsePrefix("64:ff9b:1::/48"), "a private address"},
		{netip.MustParsePrefix("2001:db8::/32"), "a documentation address"},
		{netip.MustParsePrefix("fec0::/10"), "a site-local address"},
		{netip.MustParsePrefix("100::/64"), "a discard address"},
	}
)

func (g *Guard) resolver() Resolver {
	if g.Resolver != nil {
		return g.Resolver
	}
	return net.DefaultResolver
}

func (g *Guard) dialer() *net.Dialer {
	if g.Dialer != nil {
		return g.Dialer
	}
	return &net.Dialer{Timeout: 10 * time.Second, KeepAlive: 30 * time.Second}
}

// refused returns why the guard refuses ip on port, or "".
func (g *Guard) refused(ip netip.Addr, port uint16) string {
	why := Refused(ip)
	if why != "" && g.Allow != nil && g.Allow(netip.AddrPortFrom(ip.Unmap(), port)) {
		return ""
	}
	return why
}

// resolve returns the addresses of host, refusing the lot when any of
// them is not public: a name that mixes public and private addresses is
// someone's trick.
func (g *Guard) resolve(ctx context.Context, host string, port uint16) ([]netip.Addr, error) {
	host = strings.TrimSuffix(strings.Trim(host, "[]"), ".")
	if ip, err := netip.ParseAddr(host); err == nil {
		if why := g.refused(ip, port); why != "" {
			return nil, fmt.Errorf("%w: %s is %s (the web server fetches only public addresses unless started with --allow-private)", ErrRefused, ip, why)
		}
		return []netip.Addr{ip}, nil
	}
	if host == "" {
		return nil, fmt.Errorf("%w: no host", ErrRefused)
	}
	ips, err := g.resolver().LookupNetIP(ctx, "ip", host)
	if err != nil {
		return nil, err
	}
	if len(ips) == 0 {
		return nil, &net.DNSError{Err: "no such host", Name: host, IsNotFound: true}
	}
	for _, ip := range ips {
		if why := g.refused(ip, port); why != "" {
			return nil, fmt.Errorf("%w: %s resolves to %s, %s (the web server fetches only public addresses unless started with --allow-private)", ErrRefused, host, ip.Unmap(), why)
		}
	}
	return ips, nil
}

// urlPort returns the port a URL connects to.
func urlPort(u *url.URL) uint16 {
	if p, err := strconv.ParseUint(u.Port(), 10, 16); err == nil {
		return uint16(p)
	}
	if strings.EqualFold(u.Scheme, "https") {
		return 443
	}
	return 80
}

// Check resolves the host of rawURL and reports whether the guard would
// let a request to it through. It is for telling a user at once; the
// guard checks again on every connection.
func (g *Guard) Check(ctx context.Context, rawURL string) error {
	u, err := url.Parse(rawURL)
	if err != nil {
		return fmt.Errorf("not a URL: %w", err)
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return fmt.Errorf("%q is not an http(s) URL", rawURL)
	}
	_, err = g.resolve(ctx, u.Hostname(), urlPort(u))
	return err
}

// DialContext connects to address after checking every address its host
// resolves to; it dials the checked addresses themselves, so that a
// second lookup cannot answer differently.
func (g *Guard) DialContext(ctx context.Context, network, address string) (net.Conn, error) {
	if _, ok := g.proxies.Load(address); ok {
		return g.dialer().DialContext(ctx, network, address)
	}
	host, portStr, err := net.SplitHostPort(address)
	if err != nil {
		return nil, fmt.Errorf("dial %s: %w", address, err)
	}
	port, err := strconv.ParseUint(portStr, 10, 16)
	if err != nil {
		return nil, fmt.Errorf("dial %s: bad port", address)
	}
	ips, err := g.resolve(ctx, host, uint16(port))
	if err != nil {
		return nil, err
	}
	d := *g.dialer()
	// Belt and braces: whatever dials, the socket's own address is checked.
	d.Control = func(_, addr string, _ syscall.RawConn) error {
		ap, err := netip.ParseAddrPort(addr)
		if err != nil {
			return fmt.Errorf("%w: %s is not an address", ErrRefused, addr)
		}
		if why := g.refused(ap.Addr(), ap.Port()); why != "" {
			return fmt.Errorf("%w: %s is %s", ErrRefused, ap.Addr(), why)
		}
		return nil
	}
	var firstErr error
	for _, ip := range ips {
		conn, err := d.DialContext(ctx, network, net.JoinHostPort(ip.Unmap().String(), portStr))
		if err == nil {
			return conn, nil
		}
		if firstErr == nil {
			firstErr = err
		}
		if ctx.Err() != nil {
			break
		}
	}
	return nil, firstErr
}

// GuardedTransport returns the crawler's HTTP transport for cfg with every
// connection checked by g. Requests handed to an HTTP proxy (cfg.Proxy,
// or the environment's when nil) have their target resolved and checked
// first, since the proxy connects for us.
func GuardedTransport(cfg Config, g *Guard) http.RoundTripper {
	proxy := cfg.Proxy
	if proxy == nil {
		proxy = http.ProxyFromEnvironment
	}
	timeout := cfg.Timeout
	if timeout <= 0 {
		timeout = 20 * time.Second
	}
	tr := &http.Transport{
		Proxy: func(req *http.Request) (*url.URL, error) {
			u, err := proxy(req)
			if err != nil || u == nil {
				return u, err
			}
			if _, err := g.resolve(req.Context(), req.URL.Hostname(), urlPort(req.URL)); err != nil {
				return nil, err
			}
			g.proxies.Store(proxyAddr(u), true)
			return u, nil
		},
		DialContext:           g.DialContext,
		ForceAttemptHTTP2:     true,
		MaxIdleConns:          100,
		MaxIdleConnsPerHost:   4,
		IdleConnTimeout:       60 * time.Second,
		TLSHandshakeTimeout:   10 * time.Second,
		ResponseHeaderTimeout: timeout,
		DisableCompression:    true,
	}
	return &guardedTransport{g: g, base: tr}
}

// guardedTransport checks each request's host before it goes out, so that
// a refused target gets a clear error even when a proxy would carry it.
type guardedTransport struct {
	g    *Guard
	base *http.Transport
}

func (t *guardedTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	if _, err := t.g.resolve(req.Context(), req.URL.Hostname(), urlPort(req.URL)); err != nil {
		if req.Body != nil {
			_ = req.Body.Close()
		}
		return nil, err
	}
	return t.base.RoundTrip(req)
}

// CloseIdleConnections lets http.Client.CloseIdleConnections reach the
// transport.
func (t *guardedTransport) CloseIdleConnections() { t.base.CloseIdleConnections() }

func proxyAddr(u *url.URL) string {
	port := u.Port()
	if port == "" {
		port = "80"
		if u.Scheme == "https" {
			port = "443"
		}
	}
	return net.JoinHostPort(u.Hostname(), port)
}
