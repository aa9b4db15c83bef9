//go:build unix

package crawler

import (
	"syscall"
	"time"
)

// cpuTime is the CPU time the process has used, user and system: a
// measure of work that other processes on the machine do not distort.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
