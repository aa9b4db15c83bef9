package main

import (
	"errors"
	"net/http"

	"github.com/spf13/cobra"

	"github.com/provenance-audit/provenance"
	"github.com/provenance-audit/provenance/crawler"
	"github.com/provenance-audit/provenance/internal/fixture"
)

func (a *app) demoCmd() *cobra.Command {
	var f auditFlags
	cmd := &cobra.Command{
		Use:   "demo",
		Short: "Run the whole audit on the embedded seed story, offline",
		Long: `Demo serves the seed story and every page it cites from the binary, on a
loopback address that stands in for the outlets, and runs exactly the audit:
the same discovery of cited links, crawl, archive, extraction, index, claim
extraction and verification. No network is used.

It takes audit's flags; --fail-on defaults to none, so a first run exits 0.
Afterwards, 'provenance serve' shows the result in the browser.`,
		Example: `  provenance demo
  provenance demo --format json
  provenance demo --format html > seed-report.html`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			site, err := fixture.Load(provenance.Seed())
			if err != nil {
				return err
			}
			srv, err := site.Start()
			if err != nil {
				return err
			}
			defer srv.Close()
			a.logf("demo: serving the seed corpus on %s (loopback only)", srv.ProxyURL.Host)
			err = a.runAudit(fixture.Local(site.Article), &f, func(c *crawler.Config) {
				c.Proxy = http.ProxyURL(srv.ProxyURL)
			})
			if err == nil || errors.As(err, new(*exitError)) {
				a.logf("next: 'provenance serve --workspace %s' shows this audit in the browser, where an editor can confirm or dismiss each finding", a.workspace)
			}
			return err
		},
	}
	f.bind(cmd, "none")
	return cmd
}
