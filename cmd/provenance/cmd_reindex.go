package main

import (
	"context"
	"errors"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/provenance-audit/provenance/claims"
	"github.com/provenance-audit/provenance/crawler"
)

func (a *app) reindexCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "reindex",
		Short: "Rebuild the full-text index from the archive",
		Long: `Reindex throws the index away and builds it again from the archive, the
source of truth: every source's archived response is replayed, read again
with the current extractor and indexed; the claims of every audit are
indexed again from the catalogue. Run it after an upgrade that changes the
index, or when the index is lost or damaged.`,
		Example: `  provenance reindex
  provenance reindex --workspace /srv/newsroom/.provenance`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			w, err := a.openWorkspace("reindex", true)
			if err != nil {
				return err
			}
			defer w.Close()
			reader := crawler.Extractor{}
			var srcs []*claims.Source
			if err := w.cat.Sources(a.ctx, func(s *claims.Source) error { srcs = append(srcs, s); return nil }); err != nil {
				return err
			}
			progress := a.progress()
			progress.Emit(claims.Event{Stage: "reindex", Total: len(srcs)})
			var passages []claims.Passage
			n, missing := 0, 0
			for i, s := range srcs {
				if s.Status == claims.StatusOK {
					doc, err := replayDoc(w, reader, s)
					if err != nil {
						missing++
						a.logf("reindex: %s: %v", s.URL, err)
					} else {
						s.Doc = doc
						passages = append(passages, claims.SplitPassages(s)...)
						n++
					}
				}
				progress.Emit(claims.Event{Stage: "reindex", Done: i + 1, Total: len(srcs)})
			}
			if err := w.idx.IndexPassages(a.ctx, passages); err != nil {
				return err
			}
			audits, err := w.cat.Audits(a.ctx, 1<<30)
			if err != nil {
				return err
			}
			na := 0
			for _, au := range audits {
				if au.Status != claims.AuditDone {
					continue
				}
				r, err := w.cat.Audit(a.ctx, au.ID)
				if err != nil {
					return err
				}
				if err := w.idx.IndexClaims(a.ctx, au.ID, r.Article.URL, r.Claims); err != nil {
					return err
				}
				na++
			}
			count, _ := w.idx.Count()
			fmt.Fprintf(a.stdout, "reindexed %d sources (%d passages) and %d audits; %d documents in the index\n", n, len(passages), na, count)
			if missing > 0 {
				fmt.Fprintf(a.stdout, "%d sources could not be replayed from the archive (see above)\n", missing)
			}
			return nil
		},
	}
}

// replayDoc reads a source's archived response again.
func replayDoc(w *workspace, reader crawler.Extractor, s *claims.Source) (*claims.Document, error) {
	f, err := w.cat.LastFetch(context.Background(), s.URL)
	if err != nil {
		return nil, fmt.Errorf("no fetch recorded: %w", err)
	}
	if f.Record.IsZero() {
		return nil, errors.New("no archived record")
	}
	ex, err := w.arch.Replay(f.Record)
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
