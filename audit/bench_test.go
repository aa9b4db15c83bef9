package audit

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/provenance-audit/provenance/claims"
	"github.com/provenance-audit/provenance/crawler"
	"github.com/provenance-audit/provenance/index"
	"github.com/provenance-audit/provenance/verify"
)

// corpusPages reads every fixture page of testdata (seed and scenarios) as
// sources, to build audits against many sources.
func corpusPages(tb testing.TB) []*claims.Source {
	tb.Helper()
	files, err := filepath.Glob(filepath.Join("..", "testdata", "scenarios", "*", "pages", "*", "*.html"))
	if err != nil {
		tb.Fatal(err)
	}
	seed, _ := filepath.Glob(filepath.Join("..", "testdata", "seed", "pages", "*", "*.html"))
	files = append(seed, files...)
	var out []*claims.Source
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		u := "https://" + filepath.Base(filepath.Dir(f)) + "/" + strings.TrimSuffix(filepath.Base(f), ".html")
		doc, err := crawler.Extractor{}.Read(b, "text/html", u)
		if err != nil {
			continue
		}
		out = append(out, &claims.Source{ID: claims.SourceID(u), URL: u, Status: claims.StatusOK, Publisher: doc.Publisher, Doc: doc})
	}
	return out
}

// BenchmarkVerify measures verification of the seed story's claims
// against 10 and 100 indexed sources (the seed's own, then pages of other
// stories as noise, repeated under new addresses), per claim.
func BenchmarkVerify(b *testing.B) {
	pages := corpusPages(b)
	storyFile := filepath.Join("..", "testdata", "seed", "pages", "www.twz.com", "story.html")
	body, err := os.ReadFile(storyFile)
	if err != nil {
		b.Fatal(err)
	}
	article, err := crawler.Extractor{}.Read(body, "text/html", "https://www.twz.com/story")
	if err != nil {
		b.Fatal(err)
	}
	an := claims.NewAnalyzer()
	for _, n := range []int{10, 100} {
		b.Run(fmt.Sprintf("sources=%d", n), func(b *testing.B) {
			ix, err := index.Open(b.TempDir(), index.Options{})
			if err != nil {
				b.Fatal(err)
			}
			defer ix.Close()
			var srcs []*claims.Source
			for i := 0; len(srcs) < n; i++ {
				p := pages[i%len(pages)]
				s := *p
				if i >= len(pages) {
					s.URL = fmt.Sprintf("%s?copy=%d", p.URL, i)
					s.ID = claims.SourceID(s.URL)
				}
				srcs = append(srcs, &s)
			}
			var passages []claims.Passage
			for _, s := range srcs {
				passages = append(passages, claims.SplitPassages(s)...)
			}
			if err := ix.IndexPassages(context.Background(), passages); err != nil {
				b.Fatal(err)
			}
			pub := time.Date(2024, 1, 4, 12, 0, 0, 0, time.UTC)
			article.Published = pub
			analysis := an.Analyze(article.Text, claims.Options{Published: pub})
			cs := analysis.Claims(article.URL)
			v := &verify.Verifier{Searcher: ix, Analyzer: an}
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				if _, err := v.Verify(context.Background(), verify.Input{Article: article, Analysis: analysis, Claims: cs, Sources: srcs}); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N*len(cs))/1000, "ms/claim")
		})
	}
}
