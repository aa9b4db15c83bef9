package index

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/provenance-audit/provenance/claims"
)

// TestSearchWhileWriting searches while passages are written, as the web
// server does while an audit runs: no search fails, every chunk written
// is found as soon as IndexPassages returns, and a source that is
// replaced is seen whole, old or new, never half of each or gone.
func TestSearchWhileWriting(t *testing.T) {
	ctx := context.Background()
	ix := openTest(t, 3)
	if err := ix.IndexPassages(ctx, corpus()); err != nil {
		t.Fatal(err)
	}
	version := func(word string, n int) []claims.Passage {
		paras := make([]string, n)
		for i := range paras {
			paras[i] = fmt.Sprintf("Paragraph %d of the %s version of a page that changes.", i, word)
		}
		return source("flip", "https://changing.example/", "Changing", "en", day("2024-05-01"), paras...)
	}
	alpha, bravo := version("alpha", 5), version("bravo", 3)
	if err := ix.IndexPassages(ctx, alpha); err != nil {
		t.Fatal(err)
	}

	const chunks = 6
	var committed atomic.Int64 // chunks written so far
	stop := make(chan struct{})
	var wg sync.WaitGroup
	errs := make(chan error, 100)
	fail := func(format string, args ...any) {
		select {
		case errs <- fmt.Errorf(format, args...):
		default:
		}
	}
	wg.Add(1)
	go func() { // the audit
		defer wg.Done()
		defer close(stop)
		for c := 0; c < chunks; c++ {
			ps := make([]claims.Passage, 0, 200)
			for i := c * 200; i < (c+1)*200; i++ {
				ps = append(ps, genPassage(i))
			}
			if err := ix.IndexPassages(ctx, ps); err != nil {
				fail("write chunk %d: %v", c, err)
				return
			}
			committed.Store(int64(c + 1))
			v := bravo
			if c%2 == 1 {
				v = alpha
			}
			if err := ix.IndexPassages(ctx, v); err != nil {
				fail("replace: %v", err)
				return
			}
		}
	}()
	searches := atomic.Int64{}
	for g := 0; g < 2; g++ {
		wg.Add(1)
		go func() { // the readers
			defer wg.Done()
			for {
				select {
				case <-stop:
					return
				default:
				}
				c := committed.Load()
				if c > 0 {
					// A source of the last chunk written, whole.
					sid := genPassage(int(c)*200 - 1).SourceID
					r, err := ix.Search(ctx, claims.Query{SourceIDs: []string{sid}, Limit: 100})
					if err != nil {
						fail("search: %v", err)
						return
					}
					if len(r.Hits) != passagesPerSource {
						fail("source %s of chunk %d: %d passages, want %d", sid, c, len(r.Hits), passagesPerSource)
					}
				}
				r, err := ix.Search(ctx, claims.Query{SourceIDs: []string{"flip"}, Limit: 100, Highlight: true, Text: "version"})
				if err != nil {
					fail("search: %v", err)
					return
				}
				words := map[string]int{}
				for _, h := range r.Hits {
					for _, w := range []string{"alpha", "bravo"} {
						if strings.Contains(h.Text, w) {
							words[w]++
						}
					}
				}
				if !(len(r.Hits) == 5 && words["alpha"] == 5) && !(len(r.Hits) == 3 && words["bravo"] == 3) {
					fail("the page being replaced: %d passages, %v", len(r.Hits), words)
				}
				r, err = ix.Search(ctx, claims.Query{Text: `"no civilians were harmed"`})
				if err != nil || len(r.Hits) != 1 {
					fail("a page nobody touches: %v %v", r, err)
				}
				searches.Add(1)
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	if searches.Load() == 0 {
		t.Error("no search ran while the index was written")
	}
	n, err := ix.Count()
	if err != nil {
		t.Fatal(err)
	}
	if want := uint64(len(corpus()) + chunks*200 + len(alpha)); n != want {
		t.Errorf("%d documents, want %d", n, want)
	}
	t.Logf("%d searches while writing", searches.Load())
}
