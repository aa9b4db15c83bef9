package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/provenance-audit/provenance/index"
	"github.com/provenance-audit/provenance/store"
)

// searchWorkspace is a workspace opened for searching only.
type searchWorkspace struct {
	lock *store.Lock
	idx  *index.Index
}

// openSearch opens the workspace's index read-only under a shared hold of
// the workspace lock: searches run side by side, while a process that
// writes (audit, crawl, reindex) holds the lock alone, so a search waits
// for it (lockWait) and then fails with the holder's name; it never reads
// an index being written. Nothing is created: searching a workspace that
// does not exist is an error.
func (a *app) openSearch() (*searchWorkspace, error) {
	dir := a.workspace
	if st, err := os.Stat(dir); err != nil || !st.IsDir() {
		return nil, &exitError{code: exitFailure, err: fmt.Errorf("no workspace at %s: crawl or audit something first, or pass --workspace", dir)}
	}
	lock, err := store.AcquireShared(a.ctx, dir, lockWait())
	if err != nil {
		if a.ctx.Err() != nil {
			return nil, a.ctx.Err()
		}
		return nil, &exitError{code: exitFailure, err: err}
	}
	idx, err := index.Open(filepath.Join(dir, "index"), index.Options{ReadOnly: true, Timeout: lockWait()})
	if err != nil {
		_ = lock.Release()
		if errors.Is(err, index.ErrNoIndex) {
			return nil, &exitError{code: exitFailure, err: fmt.Errorf("workspace %s has no index yet: crawl or audit something first", dir)}
		}
		if errors.Is(err, index.ErrStale) {
			return nil, &exitError{code: exitFailure, err: fmt.Errorf("%w (workspace %s)", err, dir)}
		}
		return nil, &exitError{code: exitFailure, err: fmt.Errorf("open index: %w", err)}
	}
	return &searchWorkspace{lock: lock, idx: idx}, nil
}

// Close closes the index and lets go of the workspace.
func (w *searchWorkspace) Close() error {
	return errors.Join(w.idx.Close(), w.lock.Release())
}
