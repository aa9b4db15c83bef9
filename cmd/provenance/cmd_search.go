package main

import (
	"errors"
	"fmt"
	"html"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/provenance-audit/provenance/claims"
	"github.com/provenance-audit/provenance/index"
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
matching words highlighted, grouped by source with the best passage first,
and counts the matches by publisher and by month.

QUERY is bleve's query-string syntax. Bare words are searched in every
language the workspace holds, stemmed (killed finds killing); "a quoted
phrase" must appear word for word; +word must appear, -word must not;
word* and /regexp/ match words as written; word~1 allows one typo;
field:value searches one field: publisher, url, title, lang, month
(2024-01), type (passage or claim), kind (of a claim), published
(published:>="2024-01-01"). Several words are several arguments or one
quoted argument; either way any of them may match, best first.

--claims searches the claims of audited stories as well. A search can run
beside other searches; while an audit, crawl or reindex holds the
workspace, it waits briefly and then says which process holds it.`,
		Example: `  provenance search drone strike Baghdad
  provenance search '"no civilians were harmed"' --publisher "U.S. Central Command"
  provenance search '+strike -Erbil publisher:Reuters'
  provenance search killed --since 2024-01-01 --until 2024-01-31 --limit 20 --format json`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := a.checkFormat("text", "json"); err != nil {
				return err
			}
			text := strings.TrimSpace(strings.Join(args, " "))
			if text == "" {
				return usagef("the query is empty")
			}
			q := claims.Query{Text: text, Publisher: publisher, Limit: limit, Highlight: true, Facets: true, Both: withClaims}
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
				// A day or a month means up to its end.
				switch len(until) {
				case len("2006-01-02"):
					q.Until = q.Until.AddDate(0, 0, 1).Add(-time.Nanosecond)
				case len("2006-01"):
					q.Until = q.Until.AddDate(0, 1, 0).Add(-time.Nanosecond)
				}
			}
			if !q.Since.IsZero() && !q.Until.IsZero() && q.Until.Before(q.Since) {
				return usagef("--until %s is before --since %s", until, since)
			}
			if limit < 1 || limit > index.MaxLimit {
				return usagef("--limit must be between 1 and %d", index.MaxLimit)
			}
			w, err := a.openSearch()
			if err != nil {
				return err
			}
			defer w.Close()
			res, err := w.idx.Search(a.ctx, q)
			if errors.Is(err, index.ErrQuery) {
				return &usageError{err}
			}
			if err != nil {
				return err
			}
			out := groupHits(text, res)
			out.withClaims = withClaims
			if a.format == "json" {
				return report.JSON(a.stdout, out)
			}
			return writeSearchText(a, out)
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&publisher, "publisher", "", "only passages of this publisher (its whole name, any case)")
	fl.StringVar(&since, "since", "", "only sources published on or after this date (YYYY-MM-DD, YYYY-MM or RFC 3339)")
	fl.StringVar(&until, "until", "", "only sources published on or before this date (YYYY-MM-DD, YYYY-MM or RFC 3339)")
	fl.IntVar(&limit, "limit", 10, "most passages to show")
	fl.BoolVar(&withClaims, "claims", false, "search the claims of audited stories too")
	return cmd
}

// searchOutput is what search prints: hits grouped by source (or by
// audit, for claims), groups in the order of their best hit.
type searchOutput struct {
	Query string `json:"query"`
	// Total is how many passages (and claims) match; Shown how many are
	// below.
	Total  uint64                    `json:"total"`
	Shown  int                       `json:"shown"`
	TookMS float64                   `json:"took_ms"`
	Groups []searchGroup             `json:"groups"`
	Facets map[string][]claims.Facet `json:"facets"`
	// withClaims says the search took in audited claims (--claims).
	withClaims bool
}

type searchGroup struct {
	Type      string       `json:"type"`
	SourceID  string       `json:"source_id,omitempty"`
	AuditID   string       `json:"audit_id,omitempty"`
	URL       string       `json:"url"`
	Publisher string       `json:"publisher,omitempty"`
	Title     string       `json:"title,omitempty"`
	Published time.Time    `json:"published,omitzero"`
	Score     float64      `json:"score"`
	Hits      []claims.Hit `json:"hits"`
}

func groupHits(query string, res *claims.Results) *searchOutput {
	out := &searchOutput{Query: query, Total: res.Total, Shown: len(res.Hits), TookMS: float64(res.Took.Microseconds()) / 1000,
		Groups: []searchGroup{}, Facets: res.Facets}
	if out.Facets == nil {
		out.Facets = map[string][]claims.Facet{}
	}
	at := map[string]int{}
	for _, h := range res.Hits {
		k := "source:" + h.SourceID
		if h.Type == "claim" {
			k = "claim:" + h.AuditID
		}
		i, ok := at[k]
		if !ok {
			i = len(out.Groups)
			at[k] = i
			g := searchGroup{Type: h.Type, SourceID: h.SourceID, AuditID: h.AuditID, URL: h.URL, Title: h.Title, Published: h.Published, Score: h.Score}
			if h.Type != "claim" {
				g.Publisher = h.Publisher
			}
			out.Groups = append(out.Groups, g)
		}
		out.Groups[i].Hits = append(out.Groups[i].Hits, h)
	}
	return out
}

func writeSearchText(a *app, out *searchOutput) error {
	b := &strings.Builder{}
	on := color(a.stdout)
	hl := func(s string) string {
		if on {
			s = strings.NewReplacer("<mark>", "\x1b[1;33m", "</mark>", "\x1b[0m").Replace(s)
		} else {
			s = strings.NewReplacer("<mark>", "[", "</mark>", "]").Replace(s)
		}
		return html.UnescapeString(s)
	}
	noun := "passages match"
	switch {
	case out.withClaims && out.Total == 1:
		noun = "passage or claim matches"
	case out.withClaims:
		noun = "passages and claims match"
	case out.Total == 1:
		noun = "passage matches"
	}
	fmt.Fprintf(b, "%d %s %q", out.Total, noun, out.Query)
	if uint64(out.Shown) < out.Total {
		fmt.Fprintf(b, "; the best %d below", out.Shown)
	}
	fmt.Fprintf(b, " (%.1f ms)\n", out.TookMS)
	for _, g := range out.Groups {
		if g.Type == "claim" {
			fmt.Fprintf(b, "\nclaims of an audited story · %s\n  audit %s\n", g.URL, g.AuditID)
		} else {
			pub := ""
			if !g.Published.IsZero() {
				pub = " · " + g.Published.Format("2006-01-02")
			}
			fmt.Fprintf(b, "\n%s%s · %s\n  %s\n", orDash(g.Publisher), pub, orDash(g.Title), g.URL)
		}
		for _, h := range g.Hits {
			text := oneLine(h.Text, 400)
			if len(h.Fragments) > 0 {
				text = hl(oneLine(strings.Join(h.Fragments, " … "), 600))
			}
			label := fmt.Sprintf("%5.2f", h.Score)
			if h.Type == "claim" && h.Kind != "" {
				label += " " + h.Kind
			}
			fmt.Fprintf(b, "  %s  %s\n", label, text)
		}
	}
	if fs := out.Facets["publisher"]; len(fs) > 0 {
		fmt.Fprintf(b, "\nby publisher: %s\n", facetLine(fs))
	}
	if fs := out.Facets["month"]; len(fs) > 0 {
		fmt.Fprintf(b, "by month: %s\n", facetLine(fs))
	}
	_, err := a.stdout.Write([]byte(b.String()))
	return err
}

func facetLine(fs []claims.Facet) string {
	parts := make([]string, len(fs))
	for i, f := range fs {
		parts[i] = fmt.Sprintf("%s (%d)", f.Term, f.Count)
	}
	return strings.Join(parts, ", ")
}
