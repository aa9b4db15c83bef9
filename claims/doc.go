// Package claims is the core of provenance: the domain types every other
// package speaks (documents, sources, passages, claims, evidence,
// discrepancies, reviews, the audit report), the interfaces the adapters
// implement (fetching, archiving, searching, the catalogue), and the reading
// of a story: sentences, direct quotes and their speakers, figures and what
// they count, people and organisations with their aliases, and dates.
//
// It imports neither colly nor bleve nor SQLite: crawler/, index/ and store/
// are adapters that depend on this package, never the other way round, and
// verify/ judges what this package extracts.
//
// The extraction is general language handling for English news prose, not a
// set of rules that know particular stories: it knows the shapes of
// attribution ("X said", "according to X"), of quantities ("at least five",
// "$1.2bn", "killing both") and of names (particles, transliteration), and
// nothing about who is in the news. It is measured against hand-labelled
// stories in testdata/claims (see quality_test.go and docs/quality.md).
//
// Libraries: dates use github.com/markusmobius/go-dateparser (many written
// forms, a base time, preferring the past); ids are uuid v5 (google/uuid)
// so a re-audit names the same claim the same way. Sentences are split by
// rules of our own (titles, initials, decimals, datelines, quotations that
// run across sentences and paragraphs) rather than jdkato/prose, whose
// model adds a load at start and no handle on quotations; the rules split
// about 1.8 million sentences a second (bench_test.go) and are measured
// with the rest of the reading on the labelled stories.
package claims
