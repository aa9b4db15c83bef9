package main

import (
	"sync"

	"github.com/schollz/progressbar/v3"

	"github.com/provenance-audit/provenance/claims"
)

// progress returns where a long job reports its steps: a progress bar on
// a terminal, nothing otherwise or with --quiet.
func (a *app) progress() claims.Progress {
	if a.quiet {
		return nil
	}
	if !isTerminal(a.stderr) {
		// No terminal, no progress: a log or a pipe gets the result lines
		// and the errors only.
		return nil
	}
	var mu sync.Mutex
	var bar *progressbar.ProgressBar
	stage := ""
	return func(e claims.Event) {
		mu.Lock()
		defer mu.Unlock()
		if e.Stage != stage || bar == nil {
			if bar != nil {
				_ = bar.Finish()
			}
			stage = e.Stage
			total := e.Total
			if total <= 0 {
				total = -1
			}
			bar = progressbar.NewOptions(total, progressbar.OptionSetWriter(a.stderr), progressbar.OptionSetDescription(e.Stage),
				progressbar.OptionClearOnFinish(), progressbar.OptionShowCount(), progressbar.OptionSetWidth(30))
		}
		if e.Total > 0 {
			_ = bar.Set(e.Done)
		}
		if e.Stage == "done" {
			_ = bar.Finish()
		}
	}
}
