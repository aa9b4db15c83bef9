package main

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"sync"
	"time"

	"github.com/spf13/cobra"

	"github.com/provenance-audit/provenance/claims"
	"github.com/provenance-audit/provenance/crawler"
)

// reindexChunk is how many passages go to the index at once: enough for
// full batches in every shard, little enough to bound memory on a large
// workspace.
const reindexChunk = 20000

func (a *app) reindexCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "reindex",
		Short: "Rebuild the full-text index from the archive",
		Long: `Reindex throws the index away and builds it again from the archive, the
source of truth: every source's archived response is replayed, read again
with the current extractor and indexed; the claims of every audit are
indexed again from the catalogue. Run it after an upgrade that changes the
index, or when the index is lost or damaged. It holds the workspace while
it runs; searches wait for it.`,
		Example: `  provenance reindex
  provenance reindex --workspace /srv/newsroom/.provenance`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			start := time.Now()
			w, err := a.openWorkspace("reindex", true)
			if err != nil {
				return err
			}
			defer w.Close()
			var srcs []*claims.Source
			if err := w.cat.Sources(a.ctx, func(s *claims.Source) error {
				if s.Status == claims.StatusOK {
					srcs = append(srcs, s)
				}
				return nil
			}); err != nil {
				return err
			}
			st, err := a.reindexSources(w, srcs)
			if err != nil {
				return err
			}
			audits, err := w.cat.Audits(a.ctx, 1<<30)
			if err != nil {
				return err
			}
			progress := a.progress()
			progress.Emit(claims.Event{Stage: "claims", Total: len(audits)})
			na := 0
			for i, au := range audits {
				if au.Status == claims.AuditDone {
					r, err := w.cat.Audit(a.ctx, au.ID)
					if err != nil {
						return err
					}
					if err := w.idx.IndexClaims(a.ctx, au.ID, r.Article.URL, r.Claims); err != nil {
						return err
					}
					na++
				}
				progress.Emit(claims.Event{Stage: "claims", Done: i + 1, Total: len(audits)})
			}
			count, err := w.idx.Count()
			if err != nil {
				return err
			}
			fmt.Fprintf(a.stdout, "reindexed %s (%s) and %s in %s; %s in the index\n",
				plural(st.sources, "source"), plural(st.passages, "passage"), plural(na, "audit"),
				time.Since(start).Round(time.Millisecond), plural(int(count), "document"))
			if st.missing > 0 {
				fmt.Fprintf(a.stdout, "%d sources could not be replayed from the archive (see above); their passages are not in the index\n", st.missing)
			}
			return nil
		},
	}
}

func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

type reindexStats struct{ sources, passages, missing int }

// reindexSources replays and reads the sources on every core and indexes
// their passages in chunks while the next are read.
func (a *app) reindexSources(w *workspace, srcs []*claims.Source) (reindexStats, error) {
	var st reindexStats
	ctx, cancel := context.WithCancel(a.ctx)
	defer cancel()
	progress := a.progress()
	progress.Emit(claims.Event{Stage: "reindex", Total: len(srcs)})

	type result struct {
		src      *claims.Source
		passages []claims.Passage
		err      error
	}
	jobs := make(chan *claims.Source)
	results := make(chan result)
	var wg sync.WaitGroup
	for range max(1, runtime.GOMAXPROCS(0)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			reader := crawler.Extractor{}
			for s := range jobs {
				doc, err := replayDoc(ctx, w, reader, s)
				var ps []claims.Passage
				if err == nil {
					s.Doc = doc
					ps = claims.SplitPassages(s)
				}
				s.Doc = nil // read again next time; no need to keep it
				select {
				case results <- result{src: s, passages: ps, err: err}:
				case <-ctx.Done():
					return
				}
			}
		}()
	}
	go func() {
		defer close(jobs)
		for _, s := range srcs {
			select {
			case jobs <- s:
			case <-ctx.Done():
				return
			}
		}
	}()
	go func() {
		wg.Wait()
		close(results)
	}()

	// The index takes a chunk while the next one is read.
	chunks := make(chan []claims.Passage, 1)
	indexed := make(chan error, 1)
	go func() {
		var err error
		for ps := range chunks {
			if err == nil {
				if err = w.idx.IndexPassages(ctx, ps); err != nil {
					cancel()
				}
			}
		}
		indexed <- err
	}()
	var buf []claims.Passage
	done := 0
	for r := range results {
		done++
		if r.err != nil {
			st.missing++
			a.logf("reindex: %s: %v", r.src.URL, r.err)
		} else {
			st.sources++
			st.passages += len(r.passages)
			buf = append(buf, r.passages...)
			if len(buf) >= reindexChunk {
				chunks <- buf
				buf = nil
			}
		}
		progress.Emit(claims.Event{Stage: "reindex", Done: done, Total: len(srcs)})
	}
	if len(buf) > 0 {
		chunks <- buf
	}
	close(chunks)
	if err := <-indexed; err != nil {
		return st, fmt.Errorf("reindex: %w", err)
	}
	if err := a.ctx.Err(); err != nil {
		return st, err
	}
	return st, nil
}

// replayDoc reads a source's archived response again.
func replayDoc(ctx context.Context, w *workspace, reader crawler.Extractor, s *claims.Source) (*claims.Document, error) {
	ref := s.Archive
	if ref.IsZero() {
		f, err := w.cat.LastFetch(ctx, s.URL)
		if err != nil {
			return nil, fmt.Errorf("no fetch recorded: %w", err)
		}
		ref = f.Record
	}
	if ref.IsZero() {
		return nil, errors.New("no archived record")
	}
	ex, err := w.arch.Replay(ref)
	if err != nil {
		return nil, err
	}
	doc, err := crawler.ReadExchange(reader, ex)
	if err != nil {
		return nil, err
	}
	doc.URL = s.URL
	doc.FinalURL = s.FinalURL
	return doc, nil
}
