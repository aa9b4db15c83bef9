// Package provenance checks a news story against the sources it cites.
//
// The program is cmd/provenance; the packages are claims (the core: domain
// types, interfaces and the reading of a story), crawler (fetching,
// archiving and main-text extraction), archive (WARC), index (bleve
// search), store (the SQLite catalogue and the workspace lock), verify
// (linking claims to evidence and judging discrepancies), audit (the whole
// job), report (text, JSON, Markdown and HTML reports) and web (the
// editor's desk). This root package only carries the seed corpus, so that
// the binary can run the demo with no network and no set-up.
package provenance

import (
	"embed"
	"io/fs"
)

//go:embed testdata/seed
var seed embed.FS

// Seed returns the seed corpus: a story as its publisher served it and
// every page it cites, described by site.json.
func Seed() fs.FS {
	sub, err := fs.Sub(seed, "testdata/seed")
	if err != nil {
		panic(err) // the embedded tree is fixed at build time
	}
	return sub
}
