package web

import (
	"html"
	"html/template"
	"net/url"
	"strings"

	"github.com/provenance-audit/provenance/claims"
	"github.com/provenance-audit/provenance/report"
)

var htmlUnescape = html.UnescapeString

// discView is a discrepancy as the audit page shows it: its evidence
// grouped into one column per conflicting value, each value with every
// place that gives it, and a chart for figures.
type discView struct {
	claims.Discrepancy
	AuditID  string
	CSRF     string
	Columns  []evColumn
	Chart    *chart
	Input    *reviewInput
	Expanded bool
}

// evColumn is one of the conflicting values and where it stands.
type evColumn struct {
	Value   template.HTML
	Entries []evEntry
}

// evEntry is one place that gives a value: the story or a source, with
// the sentence it stands in.
type evEntry struct {
	Story     bool
	Where     string
	URL       string
	Words     string
	Text      template.HTML
	Archived  string
	Publisher string
}

func newDiscView(auditID, csrf string, d claims.Discrepancy) discView {
	dv := discView{Discrepancy: d, AuditID: auditID, CSRF: csrf}
	index := map[string]int{}
	for _, e := range d.Evidence {
		key, head, words := strings.ToLower(strings.TrimSpace(e.Value)), report.MarkedValue(e), ""
		if d.Kind == claims.DiscNumber {
			if iv, w, ok := parseInterval(e.Value); ok {
				key, head, words = iv.String(), template.HTML(template.HTMLEscapeString(iv.String())), w
			}
		}
		i, ok := index[key]
		if !ok {
			dv.Columns = append(dv.Columns, evColumn{Value: head})
			i = len(dv.Columns) - 1
			index[key] = i
		}
		en := evEntry{Story: e.Where == "article", Where: whereOf(e), URL: e.URL, Words: words, Publisher: e.Publisher}
		needle := ""
		switch d.Kind {
		case claims.DiscName, claims.DiscDate, claims.DiscAttribution:
			needle = e.Value
		case claims.DiscNumber:
			needle = words
		}
		en.Text = markIn(e.Text, needle)
		if !en.Story && e.SourceID != "" && validID(e.SourceID) {
			en.Archived = archivedURL(e.SourceID, auditID)
		}
		dv.Columns[i].Entries = append(dv.Columns[i].Entries, en)
	}
	if d.Kind == claims.DiscNumber {
		dv.Chart = numberChart(d)
	}
	return dv
}

// markIn escapes text and marks the first occurrence of needle in it,
// ignoring case.
func markIn(text, needle string) template.HTML {
	needle = strings.TrimSpace(needle)
	if needle == "" || len(needle) > len(text) {
		return template.HTML(template.HTMLEscapeString(text))
	}
	i := indexFold(text, needle)
	if i < 0 {
		return template.HTML(template.HTMLEscapeString(text))
	}
	return template.HTML(template.HTMLEscapeString(text[:i]) + "<mark>" + template.HTMLEscapeString(text[i:i+len(needle)]) +
		"</mark>" + template.HTMLEscapeString(text[i+len(needle):]))
}

// indexFold finds needle in s, ignoring ASCII and simple Unicode case,
// and returns a byte offset into s whose match has needle's byte length.
func indexFold(s, needle string) int {
	for i := 0; i+len(needle) <= len(s); i++ {
		if strings.EqualFold(s[i:i+len(needle)], needle) {
			return i
		}
	}
	return -1
}

// whereOf names the place a piece of evidence comes from.
func whereOf(e claims.Evidence) string {
	if e.Where == "article" {
		return "The story"
	}
	if e.Publisher != "" {
		return e.Publisher
	}
	if u, err := url.Parse(e.URL); err == nil && u.Host != "" {
		return strings.TrimPrefix(u.Hostname(), "www.")
	}
	return "a source"
}
