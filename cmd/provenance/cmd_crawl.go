package main

import (
	"github.com/spf13/cobra"

	"github.com/provenance-audit/provenance/audit"
	"github.com/provenance-audit/provenance/claims"
	"github.com/provenance-audit/provenance/report"
)

func (a *app) crawlCmd() *cobra.Command {
	var f fetchFlags
	cmd := &cobra.Command{
		Use:   "crawl URL...",
		Short: "Fetch, archive and index sources without auditing",
		Long: `Crawl fetches each URL politely, archives every response as WARC with its
sha256, extracts the main text and indexes it, and prints each source's
status (ok, error or blocked, with the reason). A URL the archive already
holds is served from it unless --refresh, which asks the server whether the
page changed (ETag, Last-Modified). One failing source never fails the job.`,
		Example: `  provenance crawl https://apnews.com/article/... https://www.reuters.com/...
  provenance crawl --refresh --format json https://www.example.gov/release`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := a.checkFormat("text", "json"); err != nil {
				return err
			}
			for _, u := range args {
				if !audit.IsURL(u) {
					return usagef("%q is not an http(s) URL", u)
				}
			}
			cfg, err := f.config()
			if err != nil {
				return err
			}
			w, err := a.openWorkspace("crawl", false)
			if err != nil {
				return err
			}
			defer w.Close()
			srcs, err := w.auditor(cfg).Ingest(a.ctx, args, a.progress())
			if err != nil {
				return err
			}
			out := make([]claims.Source, 0, len(srcs))
			for _, s := range srcs {
				out = append(out, *s)
			}
			if a.format == "json" {
				return report.JSON(a.stdout, map[string]any{"sources": out})
			}
			return report.SourcesText(a.stdout, out, color(a.stdout))
		},
	}
	f.bind(cmd)
	return cmd
}
