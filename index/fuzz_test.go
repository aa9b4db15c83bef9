package index

import (
	"context"
	"errors"
	"html"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/provenance-audit/provenance/claims"
)

// FuzzQuery runs whatever a user may type as a query: it is answered or
// refused as a bad query, never a panic or another error, and every
// fragment is the passage's own text with marks.
//
//	go test ./index/ -run '^$' -fuzz FuzzQuery -fuzztime 60s
func FuzzQuery(f *testing.F) {
	for _, s := range []string{"strike", `"no civilians were harmed"`, "+strike -Baghdad", "milit*", "Bagdad~2", "/sov.*/",
		`publisher:"Le Monde"`, `published:>="2024-01-01"`, "text:grèves", "exact:the", "lang:fr", "4", "-4", "a:b:c", `"`, "(", "*",
		"+", "-", "~", "title:\"x", "ＵＳ", "don’t", "\x00", "url:/x/", "kind:quote type:claim", "^2", "strike^3"} {
		f.Add(s)
	}
	ix, err := Open(f.TempDir(), Options{Shards: 2})
	if err != nil {
		f.Fatal(err)
	}
	f.Cleanup(func() { _ = ix.Close() })
	if err := ix.IndexPassages(context.Background(), corpus()); err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		r, err := ix.Search(context.Background(), claims.Query{Text: text, Highlight: true, Facets: true, Both: true})
		if err != nil {
			if !errors.Is(err, ErrQuery) {
				t.Fatalf("%q: %v", text, err)
			}
			return
		}
		for _, h := range r.Hits {
			for _, fr := range h.Fragments {
				checkFragment(t, h.Text, fr)
			}
		}
	})
}

// FuzzFragments highlights words of arbitrary text: fragments are valid
// UTF-8, marks are paired, and without the marks a fragment is a piece of
// the text.
//
//	go test ./index/ -run '^$' -fuzz FuzzFragments -fuzztime 60s
func FuzzFragments(f *testing.F) {
	f.Add("The strike killed four people in Baghdad.", "killed Baghdad", "four people")
	f.Add(strings.Repeat("word ", 200)+"needle "+strings.Repeat("hay ", 200), "needle", "")
	f.Add("Les dockers du Havre ont entamé une grève.", "grève", "du Havre")
	f.Add("é\xffx y<z>&", "y", "<z>")
	f.Fuzz(func(t *testing.T, text, words, phrase string) {
		m, err := NewMapping()
		if err != nil {
			t.Fatal(err)
		}
		p := &planner{m: m, langs: []string{"en", stdLang}}
		hl := newHighlight(p.analyzer)
		hl.addTerms(textField("en"), words)
		hl.addTerms(exactField, words)
		hl.addPhrase(phrase)
		hl.addPattern(wildcardRegexp(words + "*"))
		for _, fr := range hl.fragments(text, "en") {
			checkFragment(t, text, fr)
		}
	})
}

func checkFragment(t *testing.T, text, fr string) {
	t.Helper()
	if !utf8.ValidString(fr) && utf8.ValidString(text) {
		t.Fatalf("fragment %q is not UTF-8", fr)
	}
	if strings.Count(fr, "<mark>") != strings.Count(fr, "</mark>") || strings.Count(fr, "<mark>") == 0 {
		t.Fatalf("fragment %q: marks unpaired or missing", fr)
	}
	plain := html.UnescapeString(strings.NewReplacer("<mark>", "", "</mark>", "").Replace(fr))
	plain = strings.TrimSuffix(strings.TrimPrefix(plain, "…"), "…")
	if !strings.Contains(text, plain) {
		t.Fatalf("fragment %q is not a piece of %q", fr, text)
	}
}
