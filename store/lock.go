package store

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
)

// ErrBusy is returned when another process holds the workspace.
var ErrBusy = errors.New("workspace is busy")

// Lock is a process's hold of a workspace: exclusive for a writer,
// shared for a reader (search), which many may hold at once.
type Lock struct {
	fl     *flock.Flock
	info   string
	shared bool
}

// Acquire takes the workspace lock in dir, waiting up to wait for another
// process to let go. The error names the holder so the user can act.
func Acquire(ctx context.Context, dir, command string, wait time.Duration) (*Lock, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("create workspace %s: %w", dir, err)
	}
	l, err := take(ctx, dir, wait, false)
	if err != nil {
		return nil, err
	}
	content := fmt.Sprintf("pid=%d\ncommand=%s\nstarted=%s\n", os.Getpid(), command, time.Now().Format(time.RFC3339))
	if err := os.WriteFile(l.info, []byte(content), 0o644); err != nil {
		_ = l.fl.Unlock()
		return nil, fmt.Errorf("lock workspace %s: %w", dir, err)
	}
	return l, nil
}

// AcquireShared takes a reader's hold of the existing workspace in dir:
// readers run side by side; a writer holding the lock makes a reader wait
// up to wait, then fail naming the writer.
func AcquireShared(ctx context.Context, dir string, wait time.Duration) (*Lock, error) {
	return take(ctx, dir, wait, true)
}

func take(ctx context.Context, dir string, wait time.Duration, shared bool) (*Lock, error) {
	fl := flock.New(filepath.Join(dir, "lock"))
	ctx, cancel := context.WithTimeout(ctx, wait)
	defer cancel()
	try := fl.TryLockContext
	if shared {
		try = fl.TryRLockContext
	}
	ok, err := try(ctx, 100*time.Millisecond)
	if err != nil && !errors.Is(err, context.DeadlineExceeded) && !errors.Is(err, context.Canceled) {
		return nil, fmt.Errorf("lock workspace %s: %w", dir, err)
	}
	info := filepath.Join(dir, "lock.info")
	if !ok {
		holder := "another process"
		if b, err := os.ReadFile(info); err == nil && len(b) > 0 {
			holder = describeHolder(string(b))
		}
		return nil, fmt.Errorf("%w: %s is in use by %s; wait for it to finish, or use another --workspace", ErrBusy, dir, holder)
	}
	return &Lock{fl: fl, info: info, shared: shared}, nil
}

func describeHolder(s string) string {
	fields := map[string]string{}
	for _, line := range strings.Split(s, "\n") {
		if k, v, ok := strings.Cut(line, "="); ok {
			fields[k] = v
		}
	}
	pid, _ := strconv.Atoi(fields["pid"])
	if pid == 0 {
		return "another process"
	}
	d := fmt.Sprintf("process %d", pid)
	if c := fields["command"]; c != "" {
		d += " (" + c
		if st := fields["started"]; st != "" {
			d += ", started " + st
		}
		d += ")"
	}
	return d
}

// Release lets go of the workspace.
func (l *Lock) Release() error {
	if l == nil || l.fl == nil {
		return nil
	}
	if !l.shared {
		_ = os.Remove(l.info) // the note names the writer
	}
	return l.fl.Unlock()
}
