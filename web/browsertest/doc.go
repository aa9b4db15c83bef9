// Package browsertest drives the editor's desk in a real browser
// (Chromium, through github.com/chromedp/chromedp): an editor opens the
// seed audit, reads a name conflict, dismisses it with a note and sees
// the count change, then searches. It holds tests only.
//
// Chromium is looked up at $PROVENANCE_CHROMIUM, /usr/bin/chromium, or on
// the PATH. Without it the tests skip, unless PROVENANCE_REQUIRE_BROWSER=1
// (set by CI), where a missing browser is a failure.
package browsertest
