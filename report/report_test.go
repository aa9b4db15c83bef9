package report

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/provenance-audit/provenance/claims"
)

func hostileReport() *claims.Report {
	evil := `<script>alert(1)</script> | *bold* [link](javascript:x)`
	r := &claims.Report{
		Article: claims.ArticleInfo{URL: "https://example.test/a", Title: evil, Publisher: "Pub"},
		Text:    "He said “" + evil + "” today.\n\nSecond paragraph.",
		Sources: []claims.Source{{ID: "s1", URL: "https://example.test/s", Publisher: evil, Status: claims.StatusOK}},
		Claims: []claims.Claim{{ID: "c1", Kind: claims.KindQuote, Text: evil, Status: claims.Contradicted, Start: 10, End: 20,
			Speaker: evil, Support: []claims.Support{}}},
		Discrepancies: []claims.Discrepancy{{ID: "d1", Kind: claims.DiscQuote, Severity: claims.High, Summary: evil, ClaimIDs: []string{"c1"},
			Evidence: []claims.Evidence{{Where: "article", Value: evil, Text: evil, Marks: []claims.Span{{Start: 0, End: 8}}},
				{Where: "source", URL: "https://example.test/s", Publisher: evil, Value: "x", Text: "y"}}}},
	}
	r.Summarise()
	return r
}

// TestHTMLEscapesEverything: words from pages and stories never become
// markup in the HTML report.
func TestHTMLEscapesEverything(t *testing.T) {
	var b bytes.Buffer
	if err := HTML(&b, hostileReport()); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	if strings.Contains(out, "<script>alert") {
		t.Fatalf("unescaped script in HTML report")
	}
	if !strings.Contains(out, "&lt;script&gt;") {
		t.Errorf("hostile text missing from the report (escaped)")
	}
	if !strings.Contains(out, "<mark>&lt;script") {
		t.Errorf("differing words not marked")
	}
}

// TestMarkdownEscapes: a value cannot break the table or inject a link.
func TestMarkdownEscapes(t *testing.T) {
	var b bytes.Buffer
	if err := Markdown(&b, hostileReport()); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, bad := range []string{"<script>", "[link](javascript", "*bold*"} {
		if strings.Contains(out, bad) {
			t.Errorf("markdown contains %q unescaped", bad)
		}
	}
	for _, line := range strings.Split(out, "\n") {
		if strings.HasPrefix(strings.TrimSpace(line), "| ") && strings.Count(strings.ReplaceAll(line, `\|`, ""), "|") != 4 {
			t.Errorf("table row broken by a value: %q", line)
		}
	}
}

// TestTextNoColourUnlessAsked and the JSON shape of the contract.
func TestTextAndJSON(t *testing.T) {
	r := hostileReport()
	var b bytes.Buffer
	if err := Text(&b, r, Options{}); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(b.String(), "\x1b[") {
		t.Errorf("colour without asking")
	}
	b.Reset()
	if err := Text(&b, r, Options{Color: true}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "\x1b[") {
		t.Errorf("no colour when asked")
	}
	b.Reset()
	if err := JSON(&b, r); err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(b.Bytes(), &m); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"article", "sources", "claims", "discrepancies", "summary"} {
		if _, ok := m[k]; !ok {
			t.Errorf("JSON report lacks %q", k)
		}
	}
	sum := m["summary"].(map[string]any)
	for _, k := range []string{"claims", "supported", "discrepancies", "sources_ok", "sources_failed"} {
		if _, ok := sum[k]; !ok {
			t.Errorf("summary lacks %q", k)
		}
	}
	if err := Render(&b, "yaml", r, Options{}); err == nil {
		t.Errorf("unknown format accepted")
	}
}

// TestDismissedNotCounted: a dismissed finding is listed apart and does
// not fail CI.
func TestDismissedNotCounted(t *testing.T) {
	r := hostileReport()
	r.Discrepancies[0].Review = &claims.Review{Decision: claims.Dismissed, Reviewer: "ed", Note: "checked with the desk"}
	r.Summarise()
	if r.Summary.Discrepancies != 0 || r.Summary.Dismissed != 1 || r.Worst() != "" {
		t.Fatalf("summary %+v worst %q", r.Summary, r.Worst())
	}
	var b bytes.Buffer
	_ = Text(&b, r, Options{})
	if !strings.Contains(b.String(), "dismissed by ed: checked with the desk") {
		t.Errorf("text report does not say who dismissed it: %s", b.String())
	}
}

// TestClipEvidence checks that a long evidence text is cut around what it
// is cited for, not at its start.
func TestClipEvidence(t *testing.T) {
	long := strings.Repeat("Earlier words that say nothing of the matter. ", 8)
	tests := []struct {
		name string
		e    claims.Evidence
		want string // must appear in the clipped text
	}{
		{"name late in a sentence", claims.Evidence{Text: long + "The strike killed Rahim Qaderi, a commander.", Value: "Rahim Qaderi"}, "Rahim Qaderi"},
		{"figure phrase", claims.Evidence{Text: long + "the car was hit, killing both.", Value: "2 (“both”)"}, "killing both"},
		{"marked difference", claims.Evidence{Text: long + "he said the toll was twelve.", Value: "x", Marks: []claims.Span{{Start: len(long) + 12, End: len(long) + 20}}}, "the toll was"},
		{"short text kept whole", claims.Evidence{Text: "Nine people died.", Value: "9"}, "Nine people died."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := clipEvidence(tt.e, 120)
			if !strings.Contains(got, tt.want) {
				t.Errorf("clipEvidence = %q, want it to show %q", got, tt.want)
			}
			if n := len([]rune(got)); n > 120 {
				t.Errorf("clipEvidence is %d runes, over 120", n)
			}
		})
	}
}
