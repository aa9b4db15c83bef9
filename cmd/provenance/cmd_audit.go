package main

import (
	"fmt"
	"time"

	"github.com/spf13/cobra"

	"github.com/provenance-audit/provenance/audit"
	"github.com/provenance-audit/provenance/crawler"
)

// auditFlags are audit's own flags, shared with demo.
type auditFlags struct {
	fetch     fetchFlags
	sources   []string
	failOn    string
	published string
	verbose   bool
}

func (f *auditFlags) bind(cmd *cobra.Command, failOnDefault string) {
	f.fetch.bind(cmd)
	fl := cmd.Flags()
	fl.StringArrayVar(&f.sources, "source", nil, "another source URL to check the story against (repeatable)")
	fl.StringVar(&f.failOn, "fail-on", failOnDefault, "exit 1 when a discrepancy at or above this severity is found: high, medium, low or none")
	fl.StringVar(&f.published, "published", "", "the story's publication date, when the page does not give it (YYYY-MM-DD)")
	fl.BoolVarP(&f.verbose, "verbose", "v", false, "list every claim in the text report")
}

func (a *app) auditCmd() *cobra.Command {
	var f auditFlags
	cmd := &cobra.Command{
		Use:   "audit ARTICLE",
		Short: "Check a story against the sources it cites",
		Long: `Audit reads a story (an http(s) URL or a local .html, .md or .txt file), finds
the sources it cites (the links in its body; --source adds more), fetches and
archives them, indexes them, extracts the story's claims, links each to the
passages that bear it out, flags discrepancies and prints the report.

A source that cannot be fetched (unreachable, slow, too large, forbidden by
robots.txt) is reported and its claims are unverifiable; the audit goes on.`,
		Example: `  provenance audit https://example.com/world/2024/strike.html
  provenance audit story.html --format json > report.json
  provenance audit story.md --source https://www.reuters.com/... --fail-on high
  provenance audit story.html --format html > report.html`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return a.runAudit(args[0], &f, nil)
		},
	}
	f.bind(cmd, "medium")
	return cmd
}

// runAudit is audit's body, shared with demo, which passes a proxy.
func (a *app) runAudit(article string, f *auditFlags, tweak func(*crawler.Config)) error {
	if err := a.checkFormat("text", "json", "markdown", "html"); err != nil {
		return err
	}
	if err := checkFailOn(f.failOn); err != nil {
		return err
	}
	cfg, err := f.fetch.config()
	if err != nil {
		return err
	}
	if tweak != nil {
		tweak(&cfg)
	}
	var published time.Time
	if f.published != "" {
		if published, err = parseDate(f.published); err != nil {
			return &usageError{fmt.Errorf("--published: %w", err)}
		}
	}
	if !audit.IsURL(article) {
		for _, s := range f.sources {
			if !audit.IsURL(s) {
				return usagef("--source %q is not an http(s) URL", s)
			}
		}
	}
	w, err := a.openWorkspace("audit "+article, false)
	if err != nil {
		return err
	}
	defer w.Close()
	r, err := w.auditor(cfg).Audit(a.ctx, audit.Request{Article: article, Sources: f.sources, Published: published, Progress: a.progress()})
	if err != nil {
		return err
	}
	a.logf("audit %s: %d claims, %d discrepancies (workspace %s)", r.AuditID, r.Summary.Claims, r.Summary.Discrepancies, a.workspace)
	if err := a.render(r, f.verbose); err != nil {
		return err
	}
	return failOn(r, f.failOn)
}
