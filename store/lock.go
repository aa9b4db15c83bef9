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

// Lock is the exclusive hold of a workspace by one process.
type Lock struct {
	fl   *flock.Flock
	info string
}

// Acquire takes the workspace lock in dir, waiting up to wait for another
// process to let go. The error names the holder so the user can act.
func Acquire(ctx context.Context, dir, command string, wait time.Duration) (*Lock, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("create workspace %s: %w", dir, err)
	}
	path := filepath.Join(dir, "lock")
	fl := flock.New(path)
	ctx, cancel := context.WithTimeout(ctx, wait)
	defer cancel()
	ok, err := fl.TryLockContext(ctx, 100*time.Millisecond)
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
	content := fmt.Sprintf("pid=%d\ncommand=%s\nstarted=%s\n", os.Getpid(), command, time.Now().Format(time.RFC3339))
	if err := os.WriteFile(info, []byte(content), 0o644); err != nil {
		_ = fl.Unlock()
		return nil, fmt.Errorf("lock workspace %s: %w", dir, err)
	}
	return &Lock{fl: fl, info: info}, nil
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
	_ = os.Remove(l.info)
	return l.fl.Unlock()
}
