package index

// Benchmarks of the index; the figures and the commands that produced
// them are in docs/index.md.
//
//	PROVENANCE_BENCH_N=50000 go test ./index/ -run '^$' -bench Indexing -benchtime 1x -count 3
//	go test ./index/ -run '^$' -bench Search -benchtime 2000x
//	PROVENANCE_BENCH_1M=1 go test ./index/ -run '^$' -bench Search -benchtime 2000x -timeout 60m
//	PROVENANCE_BENCH_1M=1 go test ./index/ -run '^$' -bench ReplaceSource -benchtime 200x
//
// Environment: PROVENANCE_BENCH_1M=1 searches a million passages instead
// of 100,000; PROVENANCE_BENCH_DIR keeps the search index there between
// runs (it takes minutes to build); PROVENANCE_BENCH_SHARDS and
// PROVENANCE_BENCH_BATCH override the shard count and batch size;
// PROVENANCE_BENCH_N sets how many passages the indexing benchmark writes.

import (
	"context"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/blevesearch/bleve/v2"

	"github.com/provenance-audit/provenance/claims"
)

// genVersion changes whenever the generated passages do, so that a kept
// benchmark index is built again.
const genVersion = 1

const passagesPerSource = 20

// benchWords are common words of news copy, most frequent first; a
// synthetic tail follows them, so that the vocabulary has the long tail
// of real text.
var benchWords = strings.Fields(`the of to and a in said on for that is was with at by as from it he his has have are were be an
not but had after who they been its which their will this or more than about also one over two people police government
year new into when would three up last first out other killed minister president officials told city state security forces
attack week may can could some before military four report all between since against during under while where years
country court day percent million workers union strike local region national army health election party prime percent
water flood fire bridge port company market budget council hospital school children women men village town capital border
sources statement spokesman agency ministry police troops soldiers civilians protest protesters rally vote voters result
drone militia leader commander group fighters attack attacks wounded injured dead died death toll victims rescue
emergency storm rain river crops farmers prices inflation bank rate growth exports trade talks deal agreement ceasefire
judge trial sentence prison charges fraud investigation inquiry report reporters newspaper television radio online
power electricity fuel oil gas energy plant factory jobs layoffs shares investors profit loss revenue quarter annual
monday tuesday wednesday thursday friday saturday sunday january february march april june july august september
october november december morning night evening overnight early late earlier later nearly least about around`)

const vocabSize = 50000

var vocab = func() []string {
	v := make([]string, 0, vocabSize)
	seen := map[string]bool{}
	for _, w := range benchWords {
		if !seen[w] {
			seen[w] = true
			v = append(v, w)
		}
	}
	syl := strings.Fields("ba ko ri ten mal dor sun vel ar est in ga lo mi ran ter qua zel po nu fi hel os tro ka")
	r := rand.New(rand.NewPCG(7, 7))
	for len(v) < vocabSize {
		n := 2 + r.IntN(3)
		var b strings.Builder
		for i := 0; i < n; i++ {
			b.WriteString(syl[r.IntN(len(syl))])
		}
		if w := b.String(); !seen[w] {
			seen[w] = true
			v = append(v, w)
		}
	}
	return v
}()

var benchPublishers = func() []string {
	var p []string
	for i := 0; i < 60; i++ {
		p = append(p, fmt.Sprintf("Outlet %02d", i))
	}
	return p
}()

var benchEpoch = time.Date(2022, 1, 1, 0, 0, 0, 0, time.UTC)

// genPassage returns the i-th synthetic passage: 40 to 120 words drawn
// from a Zipf law over the vocabulary, sentences of 8 to 25 words. The
// same i always gives the same passage, so queries can be drawn from
// passages without keeping a million of them in memory.
func genPassage(i int) claims.Passage {
	r := rand.New(rand.NewPCG(uint64(genVersion), uint64(i)))
	z := rand.NewZipf(r, 1.07, 2, vocabSize-1)
	n := 40 + r.IntN(81)
	var b strings.Builder
	b.Grow(n * 7)
	sent := 0
	for w := 0; w < n; w++ {
		word := vocab[z.Uint64()]
		if sent == 0 {
			word = strings.ToUpper(word[:1]) + word[1:]
		}
		b.WriteString(word)
		sent++
		if sent >= 8 && (r.IntN(12) == 0 || sent >= 25) || w == n-1 {
			b.WriteString(". ")
			sent = 0
		} else {
			b.WriteByte(' ')
		}
	}
	src := i / passagesPerSource
	sid := fmt.Sprintf("src-%07d", src)
	sr := rand.New(rand.NewPCG(uint64(genVersion), uint64(src)+1<<40))
	text := strings.TrimSpace(b.String())
	return claims.Passage{
		ID: PassageID(sid, i%passagesPerSource), SourceID: sid, URL: "https://news.example/" + sid,
		Publisher: benchPublishers[sr.IntN(len(benchPublishers))], Title: "Story " + sid, Language: "en",
		Published: benchEpoch.Add(time.Duration(sr.IntN(1100)) * 24 * time.Hour), Seq: i % passagesPerSource,
		Start: 0, End: len(text), Text: text,
	}
}

func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func envInt(name string, def int) int {
	if v, err := strconv.Atoi(os.Getenv(name)); err == nil && v > 0 {
		return v
	}
	return def
}

func dirSize(dir string) int64 {
	var n int64
	_ = filepath.WalkDir(dir, func(_ string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			if fi, err := d.Info(); err == nil {
				n += fi.Size()
			}
		}
		return nil
	})
	return n
}

// BenchmarkIndexing writes the same generated passages with this
// package's mapping (one shard, and sharded as a workspace is) and with
// bleve's default mapping, and reports passages/s and bytes on disk.
func BenchmarkIndexing(b *testing.B) {
	n := envInt("PROVENANCE_BENCH_N", 20000)
	batch := envInt("PROVENANCE_BENCH_BATCH", DefaultBatchSize)
	ps := make([]claims.Passage, n)
	for i := range ps {
		ps[i] = genPassage(i)
	}
	// CPU time is reported beside wall time: on a shared machine it
	// varies less.
	var cpu0 time.Duration
	start := func() { cpu0 = cpuTime() }
	report := func(b *testing.B, dir string) {
		b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "passages/s")
		b.ReportMetric(float64(n)*float64(b.N)/(cpuTime()-cpu0).Seconds(), "passages/cpu-s")
		b.ReportMetric(float64(dirSize(dir))/(1<<20), "MiB")
		b.ReportMetric(0, "ns/op")
	}
	explicit := func(shards int) func(b *testing.B) {
		return func(b *testing.B) {
			var dir string
			start()
			for b.Loop() {
				dir = b.TempDir()
				ix, err := Open(dir, Options{Shards: shards, BatchSize: batch})
				if err != nil {
					b.Fatal(err)
				}
				// In chunks, as an audit or a reindex hands them over.
				for i := 0; i < n; i += 5000 {
					if err := ix.IndexPassages(context.Background(), ps[i:min(n, i+5000)]); err != nil {
						b.Fatal(err)
					}
				}
				if err := ix.Close(); err != nil {
					b.Fatal(err)
				}
			}
			report(b, dir)
		}
	}
	b.Run("mapping=explicit/shards=1", explicit(1))
	b.Run(fmt.Sprintf("mapping=explicit/shards=%d", DefaultShards), explicit(DefaultShards))
	b.Run("mapping=default/shards=1", func(b *testing.B) {
		var dir string
		start()
		for b.Loop() {
			// The same batches, handed over the same way (unsafe_batch,
			// then wait for the last to persist): only the mapping differs.
			dir = filepath.Join(b.TempDir(), "default.bleve")
			ix, err := bleve.NewUsing(dir, bleve.NewIndexMapping(), bleve.Config.DefaultIndexType, bleve.Config.DefaultKVStore, map[string]any{"unsafe_batch": true})
			if err != nil {
				b.Fatal(err)
			}
			bt := ix.NewBatch()
			var persisted chan error
			flush := func() {
				ch := make(chan error, 1)
				bt.SetPersistedCallback(func(err error) { ch <- err })
				if err := ix.Batch(bt); err != nil {
					b.Fatal(err)
				}
				persisted = ch
				bt = ix.NewBatch() // not Reset: bleve may still read the old map
			}
			for _, p := range ps {
				if err := bt.Index(p.ID, p); err != nil {
					b.Fatal(err)
				}
				if bt.Size() >= batch {
					flush()
				}
			}
			if bt.Size() > 0 {
				flush()
			}
			if err := <-persisted; err != nil {
				b.Fatal(err)
			}
			if err := ix.Close(); err != nil {
				b.Fatal(err)
			}
		}
		report(b, dir)
	})
}

// benchIndex opens (or builds) the search benchmark's index of n
// generated passages.
func benchIndex(b *testing.B, n, shards int) *Index {
	b.Helper()
	dir := os.Getenv("PROVENANCE_BENCH_DIR")
	keep := dir != ""
	if !keep {
		dir = b.TempDir()
	}
	dir = filepath.Join(dir, fmt.Sprintf("search-%d-m%d-g%d-s%d", n, MappingVersion, genVersion, shards))
	done := filepath.Join(dir, "complete")
	if _, err := os.Stat(done); err == nil {
		ix, err := Open(dir, Options{})
		if err != nil {
			b.Fatal(err)
		}
		return ix
	}
	_ = os.RemoveAll(dir)
	ix, err := Open(dir, Options{Shards: shards, BatchSize: envInt("PROVENANCE_BENCH_BATCH", DefaultBatchSize)})
	if err != nil {
		b.Fatal(err)
	}
	start := time.Now()
	const chunk = 10000
	ps := make([]claims.Passage, 0, chunk)
	for i := 0; i < n; i += chunk {
		ps = ps[:0]
		for k := i; k < min(n, i+chunk); k++ {
			ps = append(ps, genPassage(k))
		}
		if err := ix.IndexPassages(context.Background(), ps); err != nil {
			b.Fatal(err)
		}
	}
	took := time.Since(start)
	if err := ix.Close(); err != nil {
		b.Fatal(err)
	}
	b.Logf("built %d passages in %d shards in %s (%.0f passages/s), %.0f MiB", n, shards, took.Round(time.Second),
		float64(n)/took.Seconds(), float64(dirSize(dir))/(1<<20))
	if err := os.WriteFile(done, nil, 0o644); err != nil {
		b.Fatal(err)
	}
	if ix, err = Open(dir, Options{}); err != nil {
		b.Fatal(err)
	}
	return ix
}

// BenchmarkSearch reports search latency percentiles over 100,000
// generated passages (a million with PROVENANCE_BENCH_1M=1).
func BenchmarkSearch(b *testing.B) {
	n := 100000
	if os.Getenv("PROVENANCE_BENCH_1M") != "" {
		n = 1000000
	}
	shards := envInt("PROVENANCE_BENCH_SHARDS", DefaultShards)
	ix := benchIndex(b, n, shards)
	defer ix.Close()
	r := rand.New(rand.NewPCG(11, 11))
	word := func() string { return vocab[100+r.IntN(9900)] }
	passage := func() claims.Passage { return genPassage(r.IntN(n)) }
	rank := make(map[string]int, len(vocab))
	for i, w := range vocab {
		rank[w] = i
	}
	kinds := []struct {
		name string
		q    func() claims.Query
	}{
		// Two words of middling frequency, either may match (ranked).
		{"term", func() claims.Query { return claims.Query{Match: word() + " " + word()} }},
		// Five consecutive words of a passage, on the exact field.
		{"phrase", func() claims.Query {
			w := strings.Fields(passage().Text)
			k := r.IntN(len(w) - 5)
			return claims.Query{Phrase: strings.Join(w[k:k+5], " ")}
		}},
		// The same, among phrases with a word outside the 300 most
		// frequent: what a quotation usually holds. A phrase of frequent
		// words only must check nearly every passage (docs/index.md).
		{"phrase-rare", func() claims.Query {
			for {
				w := strings.Fields(passage().Text)
				k := r.IntN(len(w) - 5)
				for _, x := range w[k : k+5] {
					if rank[strings.ToLower(strings.TrimSuffix(x, "."))] >= 300 {
						return claims.Query{Phrase: strings.Join(w[k:k+5], " ")}
					}
				}
			}
		}},
		// The same, among phrases made only of the 300 most frequent
		// words ("what we have to do"): every passage is a candidate
		// unless common pairs narrow them (pairs.go).
		{"phrase-frequent", func() claims.Query {
			for {
				w := strings.Fields(passage().Text)
				k := r.IntN(len(w) - 5)
				all := true
				for _, x := range w[k : k+5] {
					all = all && rank[strings.ToLower(strings.TrimSuffix(x, "."))] < 300
				}
				if all {
					return claims.Query{Phrase: strings.Join(w[k:k+5], " ")}
				}
			}
		}},
		// Two words of one passage, its publisher, a month of dates
		// around its own.
		{"filtered", func() claims.Query {
			p := passage()
			var ws []string
			for _, w := range strings.Fields(strings.ToLower(strings.ReplaceAll(p.Text, ".", ""))) {
				if rank[w] >= 100 {
					ws = append(ws, w)
				}
			}
			for len(ws) < 2 {
				ws = append(ws, word())
			}
			return claims.Query{Match: ws[r.IntN(len(ws))] + " " + ws[r.IntN(len(ws))], Publisher: p.Publisher,
				Since: p.Published.AddDate(0, 0, -15), Until: p.Published.AddDate(0, 0, 15)}
		}},
		// What a user runs: query string, highlighted, with facets.
		{"cli", func() claims.Query {
			return claims.Query{Text: word() + " " + word(), Highlight: true, Facets: true}
		}},
		// What verification runs: a sentence of 20 words against the
		// passages of the six sources of one story.
		{"verify", func() claims.Query {
			w := strings.Fields(passage().Text)
			k := r.IntN(len(w) - 20)
			var ids []string
			for j := 0; j < 6; j++ {
				ids = append(ids, passage().SourceID)
			}
			return claims.Query{Match: strings.Join(w[k:k+20], " "), SourceIDs: ids, Limit: 5}
		}},
	}
	for _, k := range kinds {
		b.Run(fmt.Sprintf("n=%d/shards=%d/%s", n, shards, k.name), func(b *testing.B) {
			qs := make([]claims.Query, 1000)
			for i := range qs {
				qs[i] = k.q()
			}
			ctx := context.Background()
			for _, q := range qs[:200] { // warm the caches
				if _, err := ix.Search(ctx, q); err != nil {
					b.Fatal(err)
				}
			}
			var lat []time.Duration
			hits := 0
			i := 0
			for b.Loop() {
				start := time.Now()
				res, err := ix.Search(ctx, qs[i%len(qs)])
				lat = append(lat, time.Since(start))
				if err != nil {
					b.Fatal(err)
				}
				if len(res.Hits) > 0 {
					hits++
				}
				i++
			}
			sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
			pct := func(p float64) float64 {
				return float64(lat[min(len(lat)-1, int(p*float64(len(lat))))].Microseconds()) / 1000
			}
			b.ReportMetric(pct(0.50), "p50-ms")
			b.ReportMetric(pct(0.95), "p95-ms")
			b.ReportMetric(pct(0.99), "p99-ms")
			b.ReportMetric(float64(hits)/float64(len(lat)), "hit-rate")
		})
	}
}

// BenchmarkReplaceSource re-indexes one source of the search benchmark's
// index (20 passages, the same text): what an audit does for each source
// it fetches again. Its cost must not grow with the index.
func BenchmarkReplaceSource(b *testing.B) {
	n := 100000
	if os.Getenv("PROVENANCE_BENCH_1M") != "" {
		n = 1000000
	}
	ix := benchIndex(b, n, envInt("PROVENANCE_BENCH_SHARDS", DefaultShards))
	defer ix.Close()
	r := rand.New(rand.NewPCG(5, 5))
	b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
		for b.Loop() {
			src := r.IntN(n / passagesPerSource)
			ps := make([]claims.Passage, passagesPerSource)
			for i := range ps {
				ps[i] = genPassage(src*passagesPerSource + i)
			}
			if err := ix.IndexPassages(context.Background(), ps); err != nil {
				b.Fatal(err)
			}
		}
	})
	if c, err := ix.Count(); err != nil || c != uint64(n) {
		b.Errorf("%d documents after the replacements, want %d (%v)", c, n, err)
	}
}
