// Package report renders an audit report for the people who read it: text
// for the terminal (grouped by severity, the conflicting values side by
// side, colour only when asked), JSON per the contract for scripts,
// Markdown an editor can paste into a ticket, and one standalone HTML file
// with the story, its claims highlighted and each conflict's evidence.
package report

import (
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/provenance-audit/provenance/claims"
)

// Formats the renderers know.
var Formats = []string{"text", "json", "markdown", "html"}

// Options for rendering.
type Options struct {
	// Color enables ANSI colour in text output.
	Color bool
	// Verbose lists every claim in text output.
	Verbose bool
}

// Render writes r in the given format.
func Render(w io.Writer, format string, r *claims.Report, opts Options) error {
	switch format {
	case "json":
		return JSON(w, r)
	case "text", "":
		return Text(w, r, opts)
	case "markdown", "md":
		return Markdown(w, r)
	case "html":
		return HTML(w, r)
	}
	return fmt.Errorf("unknown format %q (want %s)", format, strings.Join(Formats, ", "))
}

// JSON writes any value as indented JSON without HTML escaping.
func JSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return fmt.Errorf("write JSON: %w", err)
	}
	return nil
}

type palette struct{ on bool }

func (p palette) wrap(code, s string) string {
	if !p.on {
		return s
	}
	return "\x1b[" + code + "m" + s + "\x1b[0m"
}
func (p palette) sev(s string) string {
	switch s {
	case claims.High:
		return p.wrap("1;31", strings.ToUpper(s))
	case claims.Medium:
		return p.wrap("1;33", strings.ToUpper(s))
	case claims.Low:
		return p.wrap("36", strings.ToUpper(s))
	}
	return strings.ToUpper(s)
}
func (p palette) bold(s string) string { return p.wrap("1", s) }
func (p palette) dim(s string) string  { return p.wrap("2", s) }
func (p palette) status(s string) string {
	switch s {
	case claims.Supported, claims.StatusOK:
		return p.wrap("32", s)
	case claims.Contradicted, claims.StatusError, claims.StatusBlocked:
		return p.wrap("31", s)
	case claims.Unsupported:
		return p.wrap("33", s)
	}
	return p.wrap("2", s)
}

// Text writes the terminal report.
func Text(w io.Writer, r *claims.Report, opts Options) error {
	p := palette{opts.Color}
	b := &strings.Builder{}
	title := r.Article.Title
	if title == "" {
		title = r.Article.URL
	}
	fmt.Fprintf(b, "%s\n", p.bold(title))
	meta := []string{}
	for _, s := range []string{r.Article.Publisher, r.Article.Published, r.Article.URL} {
		if s != "" {
			meta = append(meta, s)
		}
	}
	fmt.Fprintf(b, "%s\n\n", p.dim(strings.Join(meta, " · ")))

	s := r.Summary
	fmt.Fprintf(b, "%s %d claims: %d supported, %d contradicted, %d unsupported, %d unverifiable\n", p.bold("Claims"), s.Claims, s.Supported, s.Contradicted, s.Unsupported, s.Unverifiable)
	fmt.Fprintf(b, "%s %d ok, %d failed\n", p.bold("Sources"), s.SourcesOK, s.SourcesFailed)
	for _, src := range r.Sources {
		name := src.Publisher
		if name == "" {
			name = hostOf(src.URL)
		}
		line := fmt.Sprintf("  %-8s %-28s %s", p.status(pad(src.Status, 7)), clip(name, 28), src.URL)
		if src.Status != claims.StatusOK && src.Error != "" {
			line += p.dim(" (" + src.Error + ")")
		}
		fmt.Fprintln(b, line)
	}
	if len(r.Uncited) > 0 {
		fmt.Fprintf(b, "  %s credited but not linked, not checked: %s\n", p.dim("·"), strings.Join(r.Uncited, ", "))
	}
	fmt.Fprintln(b)

	open, dismissed := splitDismissed(r.Discrepancies)
	if len(open) == 0 {
		fmt.Fprintf(b, "%s none\n", p.bold("Discrepancies"))
	} else {
		fmt.Fprintf(b, "%s %d high, %d medium, %d low\n", p.bold("Discrepancies"), s.BySeverity[claims.High], s.BySeverity[claims.Medium], s.BySeverity[claims.Low])
	}
	for _, d := range open {
		writeDiscrepancy(b, p, d)
	}
	if len(dismissed) > 0 {
		fmt.Fprintf(b, "\n%s %d dismissed by an editor\n", p.bold("Dismissed"), len(dismissed))
		for _, d := range dismissed {
			fmt.Fprintf(b, "  %s %s — %s\n", p.dim(d.Kind), d.Summary, reviewLine(d.Review))
		}
	}
	if opts.Verbose {
		fmt.Fprintf(b, "\n%s\n", p.bold("All claims"))
		for _, c := range r.Claims {
			fmt.Fprintf(b, "  %-12s %-9s %s\n", p.status(pad(c.Status, 12)), c.Kind, claimLine(c))
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func writeDiscrepancy(b *strings.Builder, p palette, d claims.Discrepancy) {
	fmt.Fprintf(b, "\n  %s %s %s\n", p.sev(pad(d.Severity, 6)), p.bold(pad(d.Kind, 11)), d.Summary)
	if d.Review != nil {
		fmt.Fprintf(b, "         %s\n", p.dim("reviewed: "+reviewLine(d.Review)))
	}
	// The values side by side, then where each stands.
	width := 0
	for _, e := range d.Evidence {
		if n := len([]rune(whereLabel(e))); n > width {
			width = n
		}
	}
	for _, e := range d.Evidence {
		fmt.Fprintf(b, "         %s  %s\n", pad(whereLabel(e), width), p.bold(e.Value))
		if e.Text != "" {
			fmt.Fprintf(b, "         %s  %s\n", pad("", width), p.dim("“"+clipEvidence(e, 160)+"”"))
		}
	}
}

func whereLabel(e claims.Evidence) string {
	if e.Where == "article" {
		return "story"
	}
	if e.Publisher != "" {
		return e.Publisher
	}
	return hostOf(e.URL)
}

func reviewLine(r *claims.Review) string {
	if r == nil {
		return ""
	}
	who := r.Reviewer
	if who == "" {
		who = "an editor"
	}
	s := r.Decision + " by " + who
	if r.Note != "" {
		s += ": " + r.Note
	}
	return s
}

func splitDismissed(ds []claims.Discrepancy) (open, dismissed []claims.Discrepancy) {
	for _, d := range ds {
		if d.Review != nil && d.Review.Decision == claims.Dismissed {
			dismissed = append(dismissed, d)
		} else {
			open = append(open, d)
		}
	}
	sort.SliceStable(open, func(a, b int) bool {
		return claims.SeverityRank(open[a].Severity) > claims.SeverityRank(open[b].Severity)
	})
	return open, dismissed
}

func claimLine(c claims.Claim) string {
	s := "“" + clip(c.Text, 90) + "”"
	if c.Speaker != "" {
		s += " — " + c.Speaker
	}
	if c.AttributedTo != "" && c.AttributedTo != c.Speaker {
		s += " (via " + c.AttributedTo + ")"
	}
	if c.Kind == claims.KindNumber || c.Kind == claims.KindDate {
		s += " = " + c.Value
	}
	return s
}

func pad(s string, n int) string {
	if r := len([]rune(s)); r < n {
		return s + strings.Repeat(" ", n-r)
	}
	return s
}

// clipEvidence shortens an evidence text around what it bears: the first
// marked difference, else the value's words, so that a long sentence
// still shows the name or figure it is cited for.
func clipEvidence(e claims.Evidence, n int) string {
	anchor := -1
	if len(e.Marks) > 0 && e.Marks[0].Start < len(e.Text) {
		anchor = e.Marks[0].Start
	} else if v := evidenceWords(e.Value); v != "" {
		anchor = strings.Index(strings.ToLower(e.Text), strings.ToLower(v))
	}
	text := e.Text
	lead := ""
	// Keep at least a third of the room before the anchor, more when what
	// follows it is short.
	before := max(n/3, n-1-len([]rune(text[max(anchor, 0):])))
	if anchor > 0 && len([]rune(text[:anchor])) > before {
		r := []rune(text[:anchor])
		cut := string(r[len(r)-before:])
		if i := strings.IndexByte(cut, ' '); i >= 0 {
			cut = cut[i+1:]
		}
		text, lead = cut+text[anchor:], "…"
	}
	return lead + clip(text, n-len([]rune(lead)))
}

// evidenceWords returns the words of a value to look for: the quoted
// words of "2 (“both”)", else the value itself.
func evidenceWords(v string) string {
	if i := strings.Index(v, "“"); i >= 0 {
		if j := strings.Index(v[i:], "”"); j > 0 {
			return v[i+len("“") : i+j]
		}
	}
	return strings.TrimSpace(v)
}

func clip(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

func hostOf(u string) string {
	s := u
	if i := strings.Index(s, "://"); i >= 0 {
		s = s[i+3:]
	}
	if i := strings.IndexByte(s, '/'); i >= 0 {
		s = s[:i]
	}
	return strings.TrimPrefix(s, "www.")
}

// Markdown writes a report an editor can paste into a ticket or a CMS
// note.
func Markdown(w io.Writer, r *claims.Report) error {
	b := &strings.Builder{}
	title := r.Article.Title
	if title == "" {
		title = r.Article.URL
	}
	fmt.Fprintf(b, "## Source check: %s\n\n", mdEscape(title))
	if r.Article.URL != "" {
		fmt.Fprintf(b, "<%s>", r.Article.URL)
	}
	if r.Article.Publisher != "" || r.Article.Published != "" {
		fmt.Fprintf(b, " · %s %s", mdEscape(r.Article.Publisher), r.Article.Published)
	}
	fmt.Fprintf(b, "\n\n")
	s := r.Summary
	fmt.Fprintf(b, "**%d discrepancies** (%d high, %d medium, %d low) · %d claims, %d supported · sources %d ok, %d failed\n\n",
		s.Discrepancies, s.BySeverity[claims.High], s.BySeverity[claims.Medium], s.BySeverity[claims.Low], s.Claims, s.Supported, s.SourcesOK, s.SourcesFailed)
	open, dismissed := splitDismissed(r.Discrepancies)
	if len(open) > 0 {
		fmt.Fprintf(b, "### Discrepancies\n\n")
		for i, d := range open {
			fmt.Fprintf(b, "%d. **%s · %s** — %s\n\n", i+1, strings.ToUpper(d.Severity), d.Kind, mdEscape(d.Summary))
			fmt.Fprintf(b, "   | where | value | in |\n   | --- | --- | --- |\n")
			for _, e := range d.Evidence {
				where := mdCell(whereLabel(e))
				if e.URL != "" && e.Where != "article" {
					where = "[" + where + "](<" + e.URL + ">)"
				}
				fmt.Fprintf(b, "   | %s | **%s** | %s |\n", where, mdCell(e.Value), mdCell(clipEvidence(e, 200)))
			}
			if d.Review != nil {
				fmt.Fprintf(b, "\n   _Reviewed: %s_\n", mdEscape(reviewLine(d.Review)))
			}
			fmt.Fprintln(b)
		}
	} else {
		fmt.Fprintf(b, "No discrepancies found.\n\n")
	}
	if len(dismissed) > 0 {
		fmt.Fprintf(b, "### Dismissed\n\n")
		for _, d := range dismissed {
			fmt.Fprintf(b, "- ~~%s~~ — %s\n", mdEscape(d.Summary), mdEscape(reviewLine(d.Review)))
		}
		fmt.Fprintln(b)
	}
	fmt.Fprintf(b, "### Sources\n\n| status | publisher | page |\n| --- | --- | --- |\n")
	for _, src := range r.Sources {
		st := src.Status
		if src.Error != "" && src.Status != claims.StatusOK {
			st += ": " + src.Error
		}
		fmt.Fprintf(b, "| %s | %s | <%s> |\n", mdCell(st), mdCell(src.Publisher), src.URL)
	}
	if len(r.Uncited) > 0 {
		fmt.Fprintf(b, "\nCredited but not linked (not checked): %s\n", mdEscape(strings.Join(r.Uncited, ", ")))
	}
	var unsup []claims.Claim
	for _, c := range r.Claims {
		if c.Status == claims.Unsupported || c.Status == claims.Contradicted {
			unsup = append(unsup, c)
		}
	}
	if len(unsup) > 0 {
		fmt.Fprintf(b, "\n### Claims to look at\n\n")
		for _, c := range unsup {
			fmt.Fprintf(b, "- _%s_ %s: %s\n", c.Status, c.Kind, mdEscape(claimLine(c)))
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

var mdReplacer = strings.NewReplacer(`\`, `\\`, "*", `\*`, "_", `\_`, "`", "\\`", "[", `\[`, "]", `\]`, "<", "&lt;", ">", "&gt;")

func mdEscape(s string) string { return mdReplacer.Replace(s) }

func mdCell(s string) string {
	return strings.ReplaceAll(mdEscape(strings.Join(strings.Fields(s), " ")), "|", `\|`)
}

// SourcesText writes the per-source status list of a crawl.
func SourcesText(w io.Writer, srcs []claims.Source, color bool) error {
	p := palette{color}
	b := &strings.Builder{}
	ok, failed := 0, 0
	for _, s := range srcs {
		if s.Status == claims.StatusOK {
			ok++
		} else {
			failed++
		}
		name := s.Publisher
		if name == "" {
			name = hostOf(s.URL)
		}
		line := fmt.Sprintf("%-8s %-24s %s", p.status(pad(s.Status, 7)), clip(name, 24), s.URL)
		switch {
		case s.Status != claims.StatusOK:
			line += p.dim(" (" + s.Error + ")")
		case s.FromArchive:
			line += p.dim(" (from archive)")
		case s.Changed != nil && !*s.Changed:
			line += p.dim(" (unchanged)")
		}
		fmt.Fprintln(b, line)
	}
	fmt.Fprintf(b, "%d ok, %d failed\n", ok, failed)
	_, err := io.WriteString(w, b.String())
	return err
}
