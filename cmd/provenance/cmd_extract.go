package main

import (
	"fmt"
	"time"

	"github.com/spf13/cobra"

	"github.com/provenance-audit/provenance/audit"
	"github.com/provenance-audit/provenance/claims"
	"github.com/provenance-audit/provenance/crawler"
	"github.com/provenance-audit/provenance/report"
)

// extracted is what extract prints.
type extracted struct {
	URL       string        `json:"url"`
	Title     string        `json:"title"`
	Publisher string        `json:"publisher"`
	Published string        `json:"published"`
	Modified  string        `json:"modified,omitempty"`
	Byline    string        `json:"byline"`
	Language  string        `json:"language"`
	Short     bool          `json:"short,omitempty"`
	Extractor string        `json:"extractor,omitempty"`
	Text      string        `json:"text"`
	Links     []claims.Link `json:"links"`
}

func (a *app) extractCmd() *cobra.Command {
	var f fetchFlags
	cmd := &cobra.Command{
		Use:   "extract FILE_OR_URL",
		Short: "Print what the program reads from one page",
		Long: `Extract prints the title, publisher, published time, byline, language and
main text of one page (a local file, or a URL, which is fetched and archived
like any source). Use it to see what the audit will read.`,
		Example: `  provenance extract page.html
  provenance extract https://www.example.com/news/1 --format json`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := a.checkFormat("text", "json"); err != nil {
				return err
			}
			var doc *claims.Document
			if audit.IsURL(args[0]) {
				cfg, err := f.config()
				if err != nil {
					return err
				}
				w, err := a.openWorkspace("extract", false)
				if err != nil {
					return err
				}
				defer w.Close()
				d, _, err := w.auditor(cfg).ReadArticle(a.ctx, args[0], a.progress())
				if err != nil {
					return err
				}
				doc = d
			} else {
				au := &audit.Auditor{Reader: crawler.Extractor{}}
				d, err := au.ReadFile(args[0])
				if err != nil {
					return err
				}
				doc = d
			}
			out := extracted{URL: doc.URL, Title: doc.Title, Publisher: doc.Publisher, Byline: doc.Byline, Language: doc.Language,
				Short: doc.Short, Extractor: doc.Extractor, Text: doc.Text, Links: doc.Links}
			if out.Links == nil {
				out.Links = []claims.Link{}
			}
			if !doc.Published.IsZero() {
				out.Published = doc.Published.Format(time.RFC3339)
			}
			if !doc.Modified.IsZero() {
				out.Modified = doc.Modified.Format(time.RFC3339)
			}
			if a.format == "json" {
				return report.JSON(a.stdout, out)
			}
			fmt.Fprintf(a.stdout, "Title:     %s\nPublisher: %s\nPublished: %s\n", out.Title, out.Publisher, out.Published)
			if out.Modified != "" {
				fmt.Fprintf(a.stdout, "Modified:  %s\n", out.Modified)
			}
			fmt.Fprintf(a.stdout, "Byline:    %s\nLanguage:  %s\n", out.Byline, out.Language)
			if out.Short {
				fmt.Fprintln(a.stdout, "Note:      the main text is suspiciously short (paywall, consent wall or script-only page?)")
			}
			fmt.Fprintf(a.stdout, "\n%s\n", out.Text)
			if len(out.Links) > 0 {
				fmt.Fprintf(a.stdout, "\nLinks in the main text:\n")
				for _, l := range out.Links {
					fmt.Fprintf(a.stdout, "  %s — %s\n", l.Text, l.URL)
				}
			}
			return nil
		},
	}
	f.bind(cmd)
	return cmd
}
