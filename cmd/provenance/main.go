// Command provenance checks a news story against the sources it cites.
//
// It is a thin command line over the packages of this module: flags and
// wiring only. Main is the entry that main() and the end-to-end tests
// share.
//
// Exit codes: 0 when nothing at or above --fail-on was found; 1 when a
// discrepancy at or above --fail-on was found; 2 for a usage error or a
// failure that stopped the job. A source that cannot be fetched is
// reported, not a failure.
package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := Main(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}
