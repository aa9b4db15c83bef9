package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/provenance-audit/provenance/claims"
	"github.com/provenance-audit/provenance/report"
)

func (a *app) searchCmd() *cobra.Command {
	var publisher, since, until string
	var limit int
	var withClaims bool
	cmd := &cobra.Command{
		Use:   "search QUERY",
		Short: "Search the indexed sources (and audited claims)",
		Long: `Search finds passages of every source the workspace has fetched, with the
matching words highlighted, grouped by source with the best passage first.
QUERY is bleve's query-string syntax: words, "exact phrases", +must,
-mustnot, field:value (publisher:Reuters). --claims searches the claims of
audited stories as well.`,
		Example: `  provenance search 'drone strike Baghdad'
  provenance search '"no civilians were harmed"' --publisher "U.S. Central Command"
  provenance search killed --since 2024-01-01 --until 2024-01-31 --limit 20 --format json`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := a.checkFormat("text", "json"); err != nil {
				return err
			}
			q := claims.Query{Text: strings.Join(args, " "), Publisher: publisher, Limit: limit, Highlight: true, Facets: true, Both: withClaims}
			var err error
			if since != "" {
				if q.Since, err = parseDate(since); err != nil {
					return &usageError{fmt.Errorf("--since: %w", err)}
				}
			}
			if until != "" {
				if q.Until, err = parseDate(until); err != nil {
					return &usageError{fmt.Errorf("--until: %w", err)}
				}
				if len(until) == 10 {
					q.Until = q.Until.Add(24*time.Hour - time.Nanosecond)
				}
			}
			if limit < 1 {
				return usagef("--limit must be at least 1")
			}
			w, err := a.openWorkspace("search", false)
			if err != nil {
				return err
			}
			defer w.Close()
			res, err := w.idx.Search(a.ctx, q)
			if err != nil {
				return &usageError{err}
			}
			if a.format == "json" {
				return report.JSON(a.stdout, res)
			}
			return writeSearchText(a, res)
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&publisher, "publisher", "", "only passages of this publisher (exact name)")
	fl.StringVar(&since, "since", "", "only sources published on or after this date (YYYY-MM-DD)")
	fl.StringVar(&until, "until", "", "only sources published on or before this date (YYYY-MM-DD)")
	fl.IntVar(&limit, "limit", 10, "most passages to show")
	fl.BoolVar(&withClaims, "claims", false, "search the claims of audited stories too")
	return cmd
}

func writeSearchText(a *app, res *claims.Results) error {
	b := &strings.Builder{}
	hl := func(s string) string {
		if color(a.stdout) {
			return strings.NewReplacer("<mark>", "\x1b[1;33m", "</mark>", "\x1b[0m").Replace(s)
		}
		return strings.NewReplacer("<mark>", "[", "</mark>", "]").Replace(s)
	}
	fmt.Fprintf(b, "%d passages (%s)\n", res.Total, res.Took.Round(time.Microsecond))
	// Group by source, best passage first, sources in order of their best.
	var order []string
	groups := map[string][]claims.Hit{}
	for _, h := range res.Hits {
		k := h.SourceID
		if h.Type == "claim" {
			k = "claim:" + h.AuditID
		}
		if _, ok := groups[k]; !ok {
			order = append(order, k)
		}
		groups[k] = append(groups[k], h)
	}
	for _, k := range order {
		hs := groups[k]
		h0 := hs[0]
		if h0.Type == "claim" {
			fmt.Fprintf(b, "\nclaim of an audited story · %s\n", h0.URL)
		} else {
			pub := ""
			if !h0.Published.IsZero() {
				pub = " · " + h0.Published.Format("2006-01-02")
			}
			fmt.Fprintf(b, "\n%s%s · %s\n  %s\n", orDash(h0.Publisher), pub, h0.Title, h0.URL)
		}
		for _, h := range hs {
			text := h.Text
			if len(h.Fragments) > 0 {
				text = strings.Join(h.Fragments, " … ")
			}
			fmt.Fprintf(b, "  %.2f  %s\n", h.Score, hl(oneLine(text, 400)))
		}
	}
	if fs := res.Facets["publisher"]; len(fs) > 0 {
		var parts []string
		for _, f := range fs {
			parts = append(parts, fmt.Sprintf("%s (%d)", f.Term, f.Count))
		}
		fmt.Fprintf(b, "\nby publisher: %s\n", strings.Join(parts, ", "))
	}
	if fs := res.Facets["month"]; len(fs) > 0 {
		var parts []string
		for _, f := range fs {
			parts = append(parts, fmt.Sprintf("%s (%d)", f.Term, f.Count))
		}
		fmt.Fprintf(b, "by month: %s\n", strings.Join(parts, ", "))
	}
	_, err := a.stdout.Write([]byte(b.String()))
	return err
}
