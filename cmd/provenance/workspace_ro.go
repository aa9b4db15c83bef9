package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/gofrs/flock"

	"github.com/provenance-audit/provenance/index"
	"github.com/provenance-audit/provenance/store"
)

// searchWorkspace is a workspace opened for searching only.
type searchWorkspace struct {
	lock *flock.Flock
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
	fl := flock.New(filepath.Join(dir, "lock"))
	ctx, cancel := context.WithTimeout(a.ctx, lockWait())
	defer cancel()
	ok, err := fl.TryRLockContext(ctx, 100*time.Millisecond)
	if err != nil && !errors.Is(err, context.DeadlineExceeded) && !errors.Is(err, context.Canceled) {
		return nil, &exitError{code: exitFailure, err: fmt.Errorf("lock workspace %s: %w", dir, err)}
	}
	if !ok {
		if a.ctx.Err() != nil {
			return nil, a.ctx.Err()
		}
		return nil, &exitError{code: exitFailure, err: fmt.Errorf("%w: %s is in use by %s; wait for it to finish, or use another --workspace",
			store.ErrBusy, dir, lockHolder(filepath.Join(dir, "lock.info")))}
	}
	idx, err := index.Open(filepath.Join(dir, "index"), index.Options{ReadOnly: true, Timeout: lockWait()})
	if err != nil {
		_ = fl.Unlock()
		if errors.Is(err, index.ErrNoIndex) {
			return nil, &exitError{code: exitFailure, err: fmt.Errorf("workspace %s has no index yet: crawl or audit something first", dir)}
		}
		if errors.Is(err, index.ErrStale) {
			return nil, &exitError{code: exitFailure, err: fmt.Errorf("%w (workspace %s)", err, dir)}
		}
		return nil, &exitError{code: exitFailure, err: fmt.Errorf("open index: %w", err)}
	}
	return &searchWorkspace{lock: fl, idx: idx}, nil
}

// Close closes the index and lets go of the workspace.
func (w *searchWorkspace) Close() error {
	return errors.Join(w.idx.Close(), w.lock.Unlock())
}

// lockHolder names the process that holds a workspace, from the note the
// writer leaves beside the lock (store.Acquire).
func lockHolder(info string) string {
	b, err := os.ReadFile(info)
	if err != nil {
		return "another process"
	}
	f := map[string]string{}
	for _, line := range strings.Split(string(b), "\n") {
		if k, v, ok := strings.Cut(line, "="); ok {
			f[k] = v
		}
	}
	pid, _ := strconv.Atoi(f["pid"])
	if pid == 0 {
		return "another process"
	}
	d := fmt.Sprintf("process %d", pid)
	if c := f["command"]; c != "" {
		d += " (" + c
		if st := f["started"]; st != "" {
			d += ", started " + st
		}
		d += ")"
	}
	return d
}
