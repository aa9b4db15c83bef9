package crawler

import (
	"context"
	"fmt"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/gocolly/colly/v2"

	"github.com/provenance-audit/provenance/archive"
	"github.com/provenance-audit/provenance/claims"
	"github.com/provenance-audit/provenance/index"
)

// benchPages is how many generated pages one run of a pipeline benchmark
// fetches; run them with -benchtime=1x (one run is minutes of work).
const benchPages = 2000

var benchWords = strings.Fields(`the council ministry said on tuesday that police officials reported
thousands of residents were evacuated after river levels rose while engineers inspected the bridge
and the company announced a rise in quarterly profit of percent as exports to europe and asia grew
despite warnings from analysts who expect the central bank to raise interest rates again next month
a spokesman for the agency told reporters that the investigation would continue into the cause of
the fire at the plant where workers had raised concerns about safety for several years`)

// benchSite serves n generated news pages, each with navigation, a
// related-stories box, a footer and a body of seven paragraphs.
func benchSite(n int) *httptest.Server {
	pages := make([][]byte, n)
	for i := range pages {
		r := rand.New(rand.NewPCG(uint64(i), 7))
		sentence := func(words int) string {
			w := make([]string, words)
			for j := range w {
				w[j] = benchWords[r.IntN(len(benchWords))]
			}
			s := strings.Join(w, " ")
			return strings.ToUpper(s[:1]) + s[1:] + "."
		}
		var b strings.Builder
		fmt.Fprintf(&b, `<!doctype html><html lang="en"><head><title>Story %d | Bench Times</title><meta property="og:site_name" content="Bench Times">`+
			`<meta property="article:published_time" content="2024-03-%02dT10:00:00+01:00"></head><body><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>`+
			`<article><h1>Story %d: %s</h1><p class="byline">By Ann Writer</p>`, i, 1+i%28, i, sentence(8))
		for p := 0; p < 7; p++ {
			fmt.Fprintf(&b, "<p>%s %s <a href=\"https://source%d.example/doc/%d\">%s</a> %s</p>", sentence(18), sentence(14), p, i, sentence(4), sentence(12))
		}
		b.WriteString(`</article><aside><h2>Related</h2><ul>`)
		for k := 1; k <= 4; k++ {
			fmt.Fprintf(&b, `<li><a href="/p/%d">%s</a></li>`, (i+k)%n, sentence(7))
		}
		b.WriteString(`</ul></aside><footer><a href="/about">About</a> © 2024 Bench Times. All rights reserved.</footer></body></html>`)
		pages[i] = []byte(b.String())
	}
	return httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		i, err := strconv.Atoi(strings.TrimPrefix(r.URL.Path, "/p/"))
		if err != nil || i < 0 || i >= n {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		_, _ = w.Write(pages[i])
	}))
}

func benchURLs(base string, n int) []string {
	urls := make([]string, n)
	for i := range urls {
		urls[i] = fmt.Sprintf("%s/p/%d", base, i)
	}
	return urls
}

// BenchmarkPipeline is the whole crawl: fetch over loopback (robots.txt
// obeyed), archive every exchange as WARC, extract the main text and
// metadata, split passages and index them in the sharded bleve index.
func BenchmarkPipeline(b *testing.B) {
	srv := benchSite(benchPages)
	defer srv.Close()
	urls := benchURLs(srv.URL, benchPages)
	var total, cpu time.Duration
	for b.Loop() {
		dir := b.TempDir()
		a, err := archive.Open(dir + "/archive")
		if err != nil {
			b.Fatal(err)
		}
		ix, err := index.Open(dir+"/index", index.Options{})
		if err != nil {
			b.Fatal(err)
		}
		cfg := DefaultConfig()
		cfg.Delay, cfg.PerHost, cfg.Concurrency = 0, 8, 8
		c := New(cfg, a, newMemLog(), Extractor{})
		start, cpu0 := time.Now(), cpuTime()
		srcs, err := c.Crawl(context.Background(), urls, nil)
		if err != nil {
			b.Fatal(err)
		}
		var passages []claims.Passage
		for _, s := range srcs {
			if !s.OK() {
				b.Fatalf("%s: %s %s", s.URL, s.Status, s.Error)
			}
			passages = append(passages, claims.SplitPassages(s)...)
		}
		if err := ix.IndexPassages(context.Background(), passages); err != nil {
			b.Fatal(err)
		}
		total += time.Since(start)
		cpu += cpuTime() - cpu0
		_ = ix.Close()
		_ = a.Close()
	}
	reportPages(b, total, cpu)
}

// BenchmarkBareCollyBleve is the floor to compare with: colly fetches the
// same pages as fast as it may (same parallelism) and bleve indexes each
// body's text as one document, with no archive, extraction or passages.
func BenchmarkBareCollyBleve(b *testing.B) {
	srv := benchSite(benchPages)
	defer srv.Close()
	urls := benchURLs(srv.URL, benchPages)
	var total, cpu time.Duration
	for b.Loop() {
		idx, err := bleve.New(b.TempDir()+"/bare.bleve", bleve.NewIndexMapping())
		if err != nil {
			b.Fatal(err)
		}
		col := colly.NewCollector(colly.Async(true), colly.AllowURLRevisit())
		if err := col.Limit(&colly.LimitRule{DomainGlob: "*", Parallelism: 8}); err != nil {
			b.Fatal(err)
		}
		var mu sync.Mutex
		batch := idx.NewBatch()
		var ierr error
		col.OnHTML("body", func(e *colly.HTMLElement) {
			mu.Lock()
			defer mu.Unlock()
			if err := batch.Index(e.Request.URL.String(), map[string]any{"url": e.Request.URL.String(), "text": e.Text}); err != nil && ierr == nil {
				ierr = err
			}
			if batch.Size() >= 1000 {
				if err := idx.Batch(batch); err != nil && ierr == nil {
					ierr = err
				}
				batch = idx.NewBatch() // not Reset: bleve may still read the old map
			}
		})
		start, cpu0 := time.Now(), cpuTime()
		for _, u := range urls {
			if err := col.Visit(u); err != nil {
				b.Fatal(err)
			}
		}
		col.Wait()
		if err := idx.Batch(batch); err != nil {
			b.Fatal(err)
		}
		total += time.Since(start)
		cpu += cpuTime() - cpu0
		if ierr != nil {
			b.Fatal(ierr)
		}
		if n, _ := idx.DocCount(); n != benchPages {
			b.Fatalf("bare loop indexed %d pages of %d", n, benchPages)
		}
		_ = idx.Close()
	}
	reportPages(b, total, cpu)
}

// reportPages reports pages per second of wall time, and the CPU time
// per page, which a busy machine does not distort.
func reportPages(b *testing.B, wall, cpu time.Duration) {
	b.ReportMetric(float64(benchPages*b.N)/wall.Seconds(), "pages/s")
	if cpu > 0 {
		b.ReportMetric(float64(cpu.Microseconds())/1000/float64(benchPages*b.N), "cpu-ms/page")
	}
}
