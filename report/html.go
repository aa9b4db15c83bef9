package report

import (
	_ "embed"
	"fmt"
	"html"
	"html/template"
	"io"
	"sort"
	"strings"

	"github.com/provenance-audit/provenance/claims"
)

//go:embed report.html.tmpl
var reportTmpl string

var tmpl = template.Must(template.New("report").Funcs(Funcs).Parse(reportTmpl))

// Funcs are the template helpers shared with the web interface.
var Funcs = template.FuncMap{
	"upper":   strings.ToUpper,
	"clip":    clip,
	"host":    hostOf,
	"where":   whereLabel,
	"marked":  MarkedValue,
	"review":  reviewLine,
	"sevrank": claims.SeverityRank,
	"story":   StoryHTML,
	"plural": func(n int, one, many string) string {
		if n == 1 {
			return one
		}
		return many
	},
	"claimtxt": claimLine,
}

// HTML writes one standalone HTML file: the story with its claims
// highlighted by status, each conflict's evidence side by side with the
// differing words marked, and the sources. No script, no external asset.
func HTML(w io.Writer, r *claims.Report) error {
	open, dismissed := splitDismissed(r.Discrepancies)
	data := struct {
		R         *claims.Report
		Open      []claims.Discrepancy
		Dismissed []claims.Discrepancy
	}{r, open, dismissed}
	if err := tmpl.Execute(w, data); err != nil {
		return fmt.Errorf("render HTML: %w", err)
	}
	return nil
}

// MarkedValue renders an evidence value with its differing words in
// <mark>, everything escaped.
func MarkedValue(e claims.Evidence) template.HTML {
	return markSpans(e.Value, e.Marks)
}

func markSpans(text string, marks []claims.Span) template.HTML {
	var b strings.Builder
	last := 0
	sorted := append([]claims.Span(nil), marks...)
	sort.Slice(sorted, func(i, j int) bool { return sorted[i].Start < sorted[j].Start })
	for _, m := range sorted {
		if m.Start < last || m.End > len(text) || m.Start >= m.End {
			continue
		}
		b.WriteString(html.EscapeString(text[last:m.Start]))
		b.WriteString("<mark>")
		b.WriteString(html.EscapeString(text[m.Start:m.End]))
		b.WriteString("</mark>")
		last = m.End
	}
	b.WriteString(html.EscapeString(text[last:]))
	return template.HTML(b.String())
}

// StoryHTML renders the story's text as paragraphs with each claim
// highlighted by its status; claims in a discrepancy are marked as such
// and link to it.
func StoryHTML(r *claims.Report) template.HTML {
	text := r.Text
	if text == "" {
		return ""
	}
	inDisc := map[string]string{}
	for _, d := range r.Discrepancies {
		if d.Review != nil && d.Review.Decision == claims.Dismissed {
			continue
		}
		for _, id := range d.ClaimIDs {
			if _, ok := inDisc[id]; !ok {
				inDisc[id] = d.ID
			}
		}
	}
	type span struct {
		s, e int
		c    claims.Claim
		rank int
	}
	var spans []span
	for _, c := range r.Claims {
		if c.Start < 0 || c.End > len(text) || c.Start >= c.End {
			continue
		}
		rank := 1
		switch {
		case inDisc[c.ID] != "":
			rank = 4
		case c.Status == claims.Contradicted || c.Status == claims.Unsupported:
			rank = 3
		case c.Kind == claims.KindQuote:
			rank = 2
		}
		spans = append(spans, span{c.Start, c.End, c, rank})
	}
	// Each byte shows the highest-ranked claim covering it (then the
	// shortest), so nested claims stay visible.
	owner := make([]int, len(text))
	for i := range owner {
		owner[i] = -1
	}
	for i, sp := range spans {
		for k := sp.s; k < sp.e; k++ {
			o := owner[k]
			if o < 0 || sp.rank > spans[o].rank || sp.rank == spans[o].rank && sp.e-sp.s < spans[o].e-spans[o].s {
				owner[k] = i
			}
		}
	}
	var b strings.Builder
	b.WriteString("<p>")
	i := 0
	for i < len(text) {
		if strings.HasPrefix(text[i:], "\n\n") {
			b.WriteString("</p>\n<p>")
			for i < len(text) && text[i] == '\n' {
				i++
			}
			continue
		}
		j := i + 1
		for j < len(text) && owner[j] == owner[i] && !strings.HasPrefix(text[j:], "\n\n") {
			j++
		}
		seg := html.EscapeString(text[i:j])
		if o := owner[i]; o >= 0 {
			c := spans[o].c
			cls := "claim " + c.Kind + " " + c.Status
			title := c.Kind + ": " + c.Status
			if c.Speaker != "" {
				title += " — " + c.Speaker
			}
			if c.Note != "" {
				title += " (" + c.Note + ")"
			}
			if d := inDisc[c.ID]; d != "" {
				cls += " flagged"
				fmt.Fprintf(&b, `<a class="%s" href="#d-%s" title="%s">%s</a>`, html.EscapeString(cls), html.EscapeString(d), html.EscapeString(title), seg)
			} else {
				fmt.Fprintf(&b, `<span class="%s" title="%s">%s</span>`, html.EscapeString(cls), html.EscapeString(title), seg)
			}
		} else {
			b.WriteString(seg)
		}
		i = j
	}
	b.WriteString("</p>")
	return template.HTML(b.String())
}
