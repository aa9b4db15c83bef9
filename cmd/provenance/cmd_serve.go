package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"time"

	"github.com/spf13/cobra"

	"github.com/provenance-audit/provenance/crawler"
	"github.com/provenance-audit/provenance/web"
)

func (a *app) serveCmd() *cobra.Command {
	var f fetchFlags
	var addr, token string
	var allowPrivate bool
	var maxAudits int
	cmd := &cobra.Command{
		Use:   "serve",
		Short: "The web interface and JSON API",
		Long: `Serve opens the editor's desk in the browser: the audits of the workspace,
each story with every claim marked, each conflict's values side by side
with the passages they come from, charts of conflicting figures, the
sources with their archived copies, and a form to confirm or dismiss each
finding with a note. Reviews are kept in the workspace: later reports, the
command line and --fail-on honour them. A form audits a new story in the
background, with live progress; search covers every fetched page. All of it
is also JSON under /api/.

The server holds the workspace for as long as it runs. It refuses to fetch
private, loopback and link-local addresses for audits submitted through
it, at connection time and after redirects, unless --allow-private. Give
--token to require a token for every change (the printed address signs the
browser in).`,
		Example: `  provenance demo && provenance serve
  provenance serve --addr 127.0.0.1:9090
  provenance serve --addr 0.0.0.0:8080 --token "$(openssl rand -hex 16)"`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			cfg, err := f.config()
			if err != nil {
				return err
			}
			if maxAudits < 1 {
				return usagef("--max-audits must be at least 1")
			}
			w, err := a.openWorkspace("serve "+addr, false)
			if err != nil {
				return err
			}
			defer w.Close()
			guard := &crawler.Guard{}
			check := guard.Check
			if allowPrivate {
				check = nil
			} else {
				cfg.Transport = crawler.GuardedTransport(cfg, guard)
			}
			ln, err := net.Listen("tcp", addr)
			if err != nil {
				return &exitError{code: exitFailure, err: fmt.Errorf("listen on %s: %w (is another server using it? try --addr 127.0.0.1:0)", addr, err)}
			}
			level := slog.LevelInfo
			if a.quiet {
				level = slog.LevelError
			}
			srv, err := web.New(web.Options{
				Catalogue: w.cat, Searcher: w.idx, Archive: w.arch, Auditor: w.auditor(cfg), CheckURL: check,
				Token: token, Hosts: allowedHosts(ln.Addr()), MaxRunning: maxAudits,
				Logger: slog.New(slog.NewTextHandler(a.stderr, &slog.HandlerOptions{Level: level})),
			})
			if err != nil {
				_ = ln.Close()
				return err
			}
			defer srv.Close()
			hs := srv.HTTPServer(addr)
			open := openURL(ln.Addr(), token)
			fmt.Fprintf(a.stderr, "provenance: the editor's desk for workspace %s is at\n\n    %s\n\nOpen it in a browser. Ctrl-C stops the server.\n", a.workspace, open)
			if token == "" && !isLoopback(ln.Addr()) {
				fmt.Fprintln(a.stderr, "provenance: warning: anyone who can reach this address can start audits and review findings; give --token to require one")
			}
			if allowPrivate {
				a.logf("provenance: --allow-private: audits submitted here may fetch private and loopback addresses")
			}
			errc := make(chan error, 1)
			go func() { errc <- hs.Serve(ln) }()
			select {
			case err := <-errc:
				if !errors.Is(err, http.ErrServerClosed) {
					return fmt.Errorf("serve: %w", err)
				}
				return nil
			case <-a.ctx.Done():
			}
			a.logf("provenance: stopping the server")
			ctx, cancel := context.WithTimeout(context.WithoutCancel(a.ctx), 10*time.Second)
			defer cancel()
			if err := hs.Shutdown(ctx); err != nil {
				_ = hs.Close()
			}
			return nil
		},
	}
	f.bind(cmd)
	fl := cmd.Flags()
	fl.StringVar(&addr, "addr", "127.0.0.1:8080", "address to listen on (host:port; port 0 picks a free one)")
	fl.StringVar(&token, "token", "", "require this token for every change (audits, reviews); reading stays open")
	fl.BoolVar(&allowPrivate, "allow-private", false, "let audits submitted through the server fetch private, loopback and link-local addresses")
	fl.IntVar(&maxAudits, "max-audits", 1, "audits run at once in the background (more wait in a queue)")
	return cmd
}

// openURL is the address a user opens: a name the browser reaches, with
// the token that signs it in.
func openURL(addr net.Addr, token string) string {
	host, port, _ := net.SplitHostPort(addr.String())
	if ip, err := netip.ParseAddr(host); err == nil && ip.IsUnspecified() {
		host = "localhost"
	}
	u := url.URL{Scheme: "http", Host: net.JoinHostPort(host, port), Path: "/"}
	if token != "" {
		u.RawQuery = url.Values{"token": {token}}.Encode()
	}
	return u.String()
}

func isLoopback(addr net.Addr) bool {
	host, _, _ := net.SplitHostPort(addr.String())
	ip, err := netip.ParseAddr(host)
	return err == nil && ip.IsLoopback()
}

// allowedHosts pins the Host header of a server on loopback to loopback
// names, so that a web page whose name is made to resolve to 127.0.0.1
// (DNS rebinding) cannot read or change the workspace. A server on another
// address answers to any name.
func allowedHosts(addr net.Addr) []string {
	if !isLoopback(addr) {
		return nil
	}
	host, _, _ := net.SplitHostPort(addr.String())
	return []string{"localhost", "127.0.0.1", "::1", host}
}
