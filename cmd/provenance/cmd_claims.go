package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/provenance-audit/provenance/audit"
	"github.com/provenance-audit/provenance/claims"
	"github.com/provenance-audit/provenance/crawler"
	"github.com/provenance-audit/provenance/report"
)

func (a *app) claimsCmd() *cobra.Command {
	var f fetchFlags
	var published string
	cmd := &cobra.Command{
		Use:   "claims ARTICLE",
		Short: "Print the claims extracted from an article, without fetching its sources",
		Long: `Claims reads a story and prints what it claims: direct quotes with their
speakers and the outlet credited, figures with what they count and the
interval their words allow, people with their aliases, dates resolved
against the publication date, and statements credited to an outlet. Nothing
is fetched but the article itself when ARTICLE is a URL.`,
		Example: `  provenance claims story.txt --published 2024-01-04
  provenance claims story.html --format json`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := a.checkFormat("text", "json"); err != nil {
				return err
			}
			var pub time.Time
			if published != "" {
				t, err := parseDate(published)
				if err != nil {
					return &usageError{fmt.Errorf("--published: %w", err)}
				}
				pub = t
			}
			au := &audit.Auditor{Reader: crawler.Extractor{}, Analyzer: claims.NewAnalyzer()}
			if audit.IsURL(args[0]) {
				cfg, err := f.config()
				if err != nil {
					return err
				}
				w, err := a.openWorkspace("claims", false)
				if err != nil {
					return err
				}
				defer w.Close()
				au = w.auditor(cfg)
			}
			doc, cs, err := au.Claims(a.ctx, args[0], pub)
			if err != nil {
				return err
			}
			info := claims.ArticleInfo{URL: doc.URL, Title: doc.Title, Publisher: doc.Publisher, Byline: doc.Byline}
			if !doc.Published.IsZero() {
				info.Published = doc.Published.Format(time.RFC3339)
			}
			if a.format == "json" {
				return report.JSON(a.stdout, map[string]any{"article": info, "claims": cs})
			}
			return writeClaimsText(a, info, cs)
		},
	}
	f.bind(cmd)
	cmd.Flags().StringVar(&published, "published", "", "the story's publication date, for relative dates (YYYY-MM-DD)")
	return cmd
}

func writeClaimsText(a *app, info claims.ArticleInfo, cs []claims.Claim) error {
	b := &strings.Builder{}
	fmt.Fprintf(b, "%s\n%s %s\n\n", info.Title, info.Publisher, info.Published)
	counts := map[string]int{}
	for _, c := range cs {
		counts[c.Kind]++
	}
	fmt.Fprintf(b, "%d claims: %d quotes, %d figures, %d names, %d dates, %d statements\n\n", len(cs),
		counts[claims.KindQuote], counts[claims.KindNumber], counts[claims.KindName], counts[claims.KindDate], counts[claims.KindStatement])
	for _, c := range cs {
		switch c.Kind {
		case claims.KindQuote:
			fmt.Fprintf(b, "quote      “%s”\n           speaker: %s", oneLine(c.Text, 110), orDash(c.Speaker))
			if c.AttributedTo != "" {
				fmt.Fprintf(b, " · credited: %s", c.AttributedTo)
			}
			fmt.Fprintln(b)
		case claims.KindNumber:
			d := c.Detail
			fmt.Fprintf(b, "figure     %-28s = %-12s counts %s", oneLine(c.Text, 28), c.Value, d.Counts)
			if d.Of != "" && d.Of != d.Counts {
				fmt.Fprintf(b, " (%s)", d.Of)
			}
			if d.Scope != "" {
				fmt.Fprintf(b, " [%s]", d.Scope)
			}
			if d.Reporter != "" {
				fmt.Fprintf(b, " · per %s", d.Reporter)
			}
			if d.Note != "" {
				fmt.Fprintf(b, " · %s", d.Note)
			}
			fmt.Fprintln(b)
		case claims.KindName:
			fmt.Fprintf(b, "name       %s", c.Text)
			if len(c.Detail.Aliases) > 0 {
				fmt.Fprintf(b, " a.k.a. %s", strings.Join(c.Detail.Aliases, ", "))
			}
			if len(c.Detail.Titles) > 0 {
				fmt.Fprintf(b, " · %s", strings.Join(c.Detail.Titles, "; "))
			}
			fmt.Fprintln(b)
		case claims.KindDate:
			fmt.Fprintf(b, "date       %-28s = %s", oneLine(c.Text, 28), c.Value)
			if c.Detail != nil && c.Detail.Note != "" {
				fmt.Fprintf(b, " · %s", c.Detail.Note)
			}
			fmt.Fprintln(b)
		case claims.KindStatement:
			fmt.Fprintf(b, "statement  %s\n           credited: %s\n", oneLine(c.Text, 110), c.AttributedTo)
		}
	}
	_, err := a.stdout.Write([]byte(b.String()))
	return err
}

func oneLine(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	r := []rune(s)
	if len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}

func orDash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}
