package main

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/provenance-audit/provenance/claims"
	"github.com/provenance-audit/provenance/internal/scenario"
	"github.com/provenance-audit/provenance/report"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// normalise blanks what changes from run to run: the audit's id and time,
// fetch times and where records lie in the archive.
func normalise(r *claims.Report) {
	r.AuditID = "AUDIT-ID"
	r.GeneratedAt = "GENERATED-AT"
	for i := range r.Sources {
		r.Sources[i].FetchedAt = "FETCHED-AT"
		r.Sources[i].Archive = claims.RecordRef{}
	}
}

// TestGoldenReports audits the seed and two scenarios and compares the
// reports, in JSON, Markdown and HTML, with the golden files. Run with
// -update to accept a change after reading its diff.
func TestGoldenReports(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end: skipped with -short")
	}
	for _, name := range []string{"seed", "s1-kharkiv-drone", "s2-busan-port-strike"} {
		t.Run(name, func(t *testing.T) {
			dir := filepath.Join("..", "..", "testdata", "scenarios", name)
			if name == "seed" {
				dir = seedDir
			}
			key, err := scenario.LoadKey(os.DirFS(dir))
			if err != nil {
				t.Fatal(err)
			}
			var extra []string
			if key.Published != "" {
				extra = append(extra, "--published", key.Published)
			}
			r, _ := runScenario(t, dir, extra...)
			normalise(r)
			for _, format := range []string{"json", "markdown", "html"} {
				var buf bytes.Buffer
				if err := report.Render(&buf, format, r, report.Options{}); err != nil {
					t.Fatal(err)
				}
				ext := map[string]string{"json": ".json", "markdown": ".md", "html": ".html"}[format]
				golden := filepath.Join("testdata", "golden", name+ext)
				if *update {
					if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
						t.Fatal(err)
					}
					if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
						t.Fatal(err)
					}
					continue
				}
				want, err := os.ReadFile(golden)
				if err != nil {
					t.Fatalf("%v (run with -update to create it)", err)
				}
				if !bytes.Equal(buf.Bytes(), want) {
					got := golden + ".got"
					_ = os.WriteFile(got, buf.Bytes(), 0o644)
					t.Errorf("%s differs from %s; see %s (diff them; run with -update to accept)", format, golden, got)
				}
			}
		})
	}
}
