package index

import (
	"context"
	"errors"
	"fmt"
	"os"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/provenance-audit/provenance/claims"
)

func day(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

// source builds a source's passages the way the audit does.
func source(id, url, publisher, lang string, published time.Time, paras ...string) []claims.Passage {
	src := &claims.Source{ID: id, URL: url, Status: claims.StatusOK, Doc: &claims.Document{
		URL: url, Title: "Title of " + id, Publisher: publisher, Language: lang, Published: published, Text: strings.Join(paras, "\n\n"),
	}}
	return claims.SplitPassages(src)
}

// corpus is a small newsroom: two English wires on one event, pages in
// French, German, Spanish and Arabic, and one page that declares no
// language.
func corpus() []claims.Passage {
	var ps []claims.Passage
	ps = append(ps, source("reuters", "https://www.reuters.com/a", "Reuters", "en", day("2024-01-04"),
		"A drone strike on a militia headquarters in Baghdad killed four people, security sources said.",
		"The U.S. military said no civilians were harmed in the strike.",
		"Residents said the building was destroyed and they don’t know who will rebuild it.")...)
	ps = append(ps, source("ap", "https://apnews.com/b", "AP", "en-US", day("2024-01-05"),
		"The strike killed the militia leader and his deputy, officials told the Associated Press.",
		"Iraq's government condemned the attack as a violation of its sovereignty.")...)
	ps = append(ps, source("lemonde", "https://www.lemonde.fr/c", "Le Monde", "fr", day("2024-02-10"),
		"Les dockers du Havre ont entamé lundi une grève illimitée contre la réforme.",
		"Le syndicat réclame des augmentations de salaires pour les travailleurs portuaires.")...)
	ps = append(ps, source("faz", "https://www.faz.net/d", "FAZ", "de-DE", day("2023-12-20"),
		"Die Brücke in Kaufungen wurde wegen schwerer Bauschäden gesperrt.",
		"Die Sperrung dauert voraussichtlich mehrere Monate.")...)
	ps = append(ps, source("elpais", "https://elpais.com/e", "El País", "es", day("2024-03-01"),
		"Los embalses del Guadalquivir están al veinte por ciento de su capacidad tras meses de sequía.")...)
	ps = append(ps, source("alghad", "https://alghad.com/f", "Al Ghad", "ar", day("2024-01-15"),
		"قال الوزير إن محطة تحلية المياه في العقبة ستوفر مياه الشرب لملايين الأردنيين.")...)
	ps = append(ps, source("cumbria", "https://news.example/g", "Cumbria Herald", "", day("2024-01-16"),
		"Flooding closed roads across Cumbria on Tuesday, and hundreds of homes lost power as rivers burst their banks overnight.")...)
	return ps
}

func openTest(t testing.TB, shards int) *Index {
	t.Helper()
	ix, err := Open(t.TempDir(), Options{Shards: shards})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = ix.Close() })
	return ix
}

func sourcesOf(r *claims.Results) []string {
	var out []string
	for _, h := range r.Hits {
		id := h.SourceID
		if h.Type == typeClaim {
			id = "claim:" + h.Kind
		}
		if !slices.Contains(out, id) {
			out = append(out, id)
		}
	}
	return out
}

func TestSearch(t *testing.T) {
	ctx := context.Background()
	ix := openTest(t, 3)
	if err := ix.IndexPassages(ctx, corpus()); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		q    claims.Query
		// want is the sources of the hits, best first; nil: no hits.
		want []string
		// anyOrder compares want as a set.
		anyOrder bool
	}{
		{"english stems: killing finds killed", claims.Query{Match: "killing"}, []string{"reuters", "ap"}, true},
		{"query string words are stemmed", claims.Query{Text: "militias"}, []string{"reuters", "ap"}, true},
		{"french stems", claims.Query{Text: "grèves"}, []string{"lemonde"}, false},
		{"french elision", claims.Query{Match: "l'augmentation"}, []string{"lemonde"}, false},
		{"german stems", claims.Query{Text: "Brücken"}, []string{"faz"}, false},
		{"spanish stems", claims.Query{Text: "embalse"}, []string{"elpais"}, false},
		{"arabic", claims.Query{Text: "المياه"}, []string{"alghad"}, false},
		{"language detected when none is declared", claims.Query{Match: "flood"}, []string{"cumbria"}, false},
		{"exact phrase", claims.Query{Text: `"no civilians were harmed"`}, []string{"reuters"}, false},
		{"phrase words out of order", claims.Query{Text: `"civilians no were harmed"`}, nil, false},
		{"phrase keeps stop words", claims.Query{Phrase: "the strike killed the militia leader"}, []string{"ap"}, false},
		{"phrase is not stemmed", claims.Query{Phrase: "strike kills"}, nil, false},
		{"typographic apostrophe", claims.Query{Phrase: "they don't know"}, []string{"reuters"}, false},
		{"publisher filter ignores case", claims.Query{Match: "strike", Publisher: "reuters"}, []string{"reuters"}, false},
		{"publisher field in the query", claims.Query{Text: `strike publisher:AP`}, []string{"ap", "reuters"}, false},
		{"publisher phrase must", claims.Query{Text: `+publisher:"le monde"`}, []string{"lemonde"}, false},
		{"since", claims.Query{Match: "strike", Since: day("2024-01-05")}, []string{"ap"}, false},
		{"until", claims.Query{Match: "strike", Until: day("2024-01-04").Add(24*time.Hour - 1)}, []string{"reuters"}, false},
		{"since and until", claims.Query{Since: day("2024-01-10"), Until: day("2024-02-28")}, []string{"alghad", "cumbria", "lemonde"}, true},
		{"must not", claims.Query{Text: "militia -Baghdad"}, []string{"ap"}, false},
		{"must", claims.Query{Text: "+strike +leader"}, []string{"ap"}, false},
		{"wildcard", claims.Query{Text: "milit*"}, []string{"reuters", "ap"}, true},
		{"fuzzy", claims.Query{Text: "Bagdad~1"}, []string{"reuters"}, false},
		{"regexp", claims.Query{Text: "/sovereign.*/"}, []string{"ap"}, false},
		{"bare number", claims.Query{Text: "four"}, []string{"reuters"}, false},
		{"date range in the query", claims.Query{Text: `published:>="2024-03-01"`}, []string{"elpais"}, false},
		{"language field", claims.Query{Text: "+lang:fr"}, []string{"lemonde"}, false},
		{"title, once a source", claims.Query{Text: "title:lemonde", Limit: 10}, []string{"lemonde"}, false},
		{"day field", claims.Query{Text: "day:2024-01-05"}, []string{"ap"}, false},
		{"date range excluding its start", claims.Query{Text: `published:>"2024-02-10"`}, []string{"elpais"}, false},
		{"restricted to sources", claims.Query{Match: "strike killed", SourceIDs: []string{"ap", "faz"}}, []string{"ap"}, false},
		{"restricted to sources on every shard", claims.Query{Match: "strike killed", SourceIDs: []string{"ap", "reuters", "faz", "elpais", "lemonde"}}, []string{"reuters", "ap"}, true},
		{"nothing", claims.Query{Match: "zeppelin"}, nil, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, err := ix.Search(ctx, tc.q)
			if err != nil {
				t.Fatal(err)
			}
			got := sourcesOf(r)
			want := tc.want
			if tc.anyOrder {
				got = slices.Clone(got)
				sort.Strings(got)
				want = slices.Clone(want)
				sort.Strings(want)
			}
			if !slices.Equal(got, want) {
				t.Errorf("sources %v, want %v", got, want)
			}
		})
	}
}

func TestSearchErrors(t *testing.T) {
	ix := openTest(t, 2)
	if err := ix.IndexPassages(context.Background(), corpus()); err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{`"unclosed phrase`, `speaker:Smith`, `Reuters: 14 dead`, `+`} {
		_, err := ix.Search(context.Background(), claims.Query{Text: text})
		if !errors.Is(err, ErrQuery) {
			t.Errorf("%q: error %v, want ErrQuery", text, err)
		}
	}
}

func TestHighlight(t *testing.T) {
	ctx := context.Background()
	ix := openTest(t, 2)
	long := strings.Repeat("Filler words about nothing in particular go here. ", 12) +
		"The ministry said the bridge will reopen in May. " + strings.Repeat("More filler text follows the news. ", 12)
	ps := append(corpus(), source("long", "https://example.org/long", "Example", "en", day("2024-01-01"), long)...)
	if err := ix.IndexPassages(ctx, ps); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		q    claims.Query
		// want are substrings of the first hit's fragments.
		want []string
		not  []string
	}{
		{"stemmed words", claims.Query{Text: "kill militias", Publisher: "Reuters"}, []string{"<mark>militia</mark>", "<mark>killed</mark>"}, nil},
		{"phrase marked whole", claims.Query{Text: `"no civilians were harmed"`}, []string{"<mark>no civilians were harmed</mark>"}, []string{"<mark>The</mark>"}},
		{"must-not words are not marked", claims.Query{Text: "strike -Baghdad", Publisher: "AP"}, []string{"<mark>strike</mark>"}, nil},
		{"html escaped", claims.Query{Text: "Iraq's"}, []string{"<mark>Iraq&#39;s</mark>"}, nil},
		{"wildcard", claims.Query{Text: "sovereign*"}, []string{"<mark>sovereignty</mark>"}, nil},
		{"long passage cut around the match", claims.Query{Text: "bridge reopen"}, []string{"…", "<mark>bridge</mark> will <mark>reopen</mark>"}, []string{"Filler words about nothing in particular go here. Filler"}},
		{"french", claims.Query{Text: "grèves"}, []string{"<mark>grève</mark>"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tc.q.Highlight = true
			r, err := ix.Search(ctx, tc.q)
			if err != nil {
				t.Fatal(err)
			}
			if len(r.Hits) == 0 {
				t.Fatal("no hits")
			}
			frag := strings.Join(r.Hits[0].Fragments, " | ")
			for _, w := range tc.want {
				if !strings.Contains(frag, w) {
					t.Errorf("fragments %q lack %q", frag, w)
				}
			}
			for _, w := range tc.not {
				if strings.Contains(frag, w) {
					t.Errorf("fragments %q hold %q", frag, w)
				}
			}
			if len(frag) > 2*fragmentSize+50 {
				t.Errorf("fragments are %d bytes long", len(frag))
			}
		})
	}
}

func TestFacets(t *testing.T) {
	ix := openTest(t, 2)
	if err := ix.IndexPassages(context.Background(), corpus()); err != nil {
		t.Fatal(err)
	}
	r, err := ix.Search(context.Background(), claims.Query{Facets: true, Limit: 1})
	if err != nil {
		t.Fatal(err)
	}
	if r.Total != uint64(len(corpus())) {
		t.Errorf("total %d, want %d", r.Total, len(corpus()))
	}
	pubs := map[string]int{}
	for _, f := range r.Facets["publisher"] {
		pubs[f.Term] = f.Count
	}
	if pubs["Reuters"] != 3 || pubs["AP"] != 2 || pubs["Le Monde"] != 2 || pubs["El País"] != 1 {
		t.Errorf("publisher facets %v", r.Facets["publisher"])
	}
	var months []string
	for _, f := range r.Facets["month"] {
		months = append(months, fmt.Sprintf("%s=%d", f.Term, f.Count))
	}
	if want := "2024-03=1 2024-02=2 2024-01=7 2023-12=2"; strings.Join(months, " ") != want {
		t.Errorf("month facets %v, want %s", months, want)
	}
}

func TestReplaceSource(t *testing.T) {
	ctx := context.Background()
	ix := openTest(t, 2)
	if err := ix.IndexPassages(ctx, corpus()); err != nil {
		t.Fatal(err)
	}
	before, _ := ix.Count()
	// The page changed: one paragraph now, with other words.
	if err := ix.IndexPassages(ctx, source("reuters", "https://www.reuters.com/a", "Reuters", "en", day("2024-01-04"),
		"Updated: the death toll of the Baghdad strike rose to five.")); err != nil {
		t.Fatal(err)
	}
	after, _ := ix.Count()
	if after != before-2 {
		t.Errorf("%d documents after the update, want %d", after, before-2)
	}
	for q, want := range map[string][]string{"civilians": nil, "toll": {"reuters"}, "deputy": {"ap"}} {
		r, err := ix.Search(ctx, claims.Query{Text: q})
		if err != nil {
			t.Fatal(err)
		}
		if got := sourcesOf(r); !slices.Equal(got, want) {
			t.Errorf("%s: %v, want %v", q, got, want)
		}
	}
	r, _ := ix.Search(ctx, claims.Query{SourceIDs: []string{"reuters"}, Limit: 10})
	if len(r.Hits) != 1 || r.Hits[0].ID != "reuters/0" || r.Hits[0].Seq != 0 {
		t.Errorf("reuters passages after the update: %+v", r.Hits)
	}
}

func TestClaims(t *testing.T) {
	ctx := context.Background()
	ix := openTest(t, 2)
	if err := ix.IndexPassages(ctx, corpus()); err != nil {
		t.Fatal(err)
	}
	cs := []claims.Claim{
		{ID: "c1", Kind: claims.KindNumber, Text: "The strike killed four people", AttributedTo: "Reuters"},
		{ID: "c2", Kind: claims.KindQuote, Text: "no civilians were harmed", AttributedTo: "U.S. Central Command"},
	}
	if err := ix.IndexClaims(ctx, "audit-1", "https://story.example/x", cs); err != nil {
		t.Fatal(err)
	}
	search := func(q claims.Query) []string {
		t.Helper()
		r, err := ix.Search(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		return sourcesOf(r)
	}
	if got := search(claims.Query{Match: "killed four", Claims: true}); !slices.Equal(got, []string{"claim:number"}) {
		t.Errorf("claims search: %v", got)
	}
	if got := search(claims.Query{Match: "civilians"}); !slices.Equal(got, []string{"reuters"}) {
		t.Errorf("passage search finds claims: %v", got)
	}
	if got := search(claims.Query{Text: `"no civilians were harmed"`, Both: true}); len(got) != 2 {
		t.Errorf("search of both: %v", got)
	}
	r, err := ix.Search(ctx, claims.Query{Match: "civilians", Claims: true})
	if err != nil || len(r.Hits) != 1 {
		t.Fatalf("claim hit: %v %v", r, err)
	}
	if h := r.Hits[0]; h.AuditID != "audit-1" || h.URL != "https://story.example/x" || h.Kind != claims.KindQuote || h.Publisher != "U.S. Central Command" {
		t.Errorf("claim hit %+v", h)
	}
	// The audit again, with one claim: the other goes.
	if err := ix.IndexClaims(ctx, "audit-1", "https://story.example/x", cs[:1]); err != nil {
		t.Fatal(err)
	}
	if got := search(claims.Query{Match: "civilians", Claims: true}); got != nil {
		t.Errorf("claim of the earlier run still found: %v", got)
	}
}

func TestReopen(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	ix, err := Open(dir, Options{Shards: 3})
	if err != nil {
		t.Fatal(err)
	}
	if err := ix.IndexPassages(ctx, corpus()); err != nil {
		t.Fatal(err)
	}
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := ix.Search(ctx, claims.Query{Match: "strike"}); err == nil {
		t.Error("search of a closed index")
	}
	// Read-only, twice at once; the shard count comes from the index.
	ro1, err := Open(dir, Options{ReadOnly: true, Shards: 1})
	if err != nil {
		t.Fatal(err)
	}
	defer ro1.Close()
	ro2, err := Open(dir, Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer ro2.Close()
	if ro1.Shards() != 3 {
		t.Errorf("%d shards, want 3", ro1.Shards())
	}
	for _, ro := range []*Index{ro1, ro2} {
		r, err := ro.Search(ctx, claims.Query{Text: "grèves"})
		if err != nil || len(r.Hits) != 1 {
			t.Errorf("read-only search: %v %v", r, err)
		}
	}
	if err := ro1.IndexPassages(ctx, corpus()); err == nil {
		t.Error("write to a read-only index")
	}
	if _, err := Open(t.TempDir(), Options{ReadOnly: true}); !errors.Is(err, ErrNoIndex) {
		t.Errorf("read-only open of nothing: %v", err)
	}
}

func TestStale(t *testing.T) {
	dir := t.TempDir()
	ix, err := Open(dir, Options{Shards: 1})
	if err != nil {
		t.Fatal(err)
	}
	_ = ix.Close()
	if err := writeMeta(dir, meta{Shards: 1, MappingVersion: MappingVersion - 1}); err != nil {
		t.Fatal(err)
	}
	if _, err := Open(dir, Options{}); !errors.Is(err, ErrStale) {
		t.Errorf("open of an index of another mapping: %v", err)
	}
}

func TestLanguageOf(t *testing.T) {
	for tag, want := range map[string]string{"en": "en", "en-GB": "en", "pt_BR": "pt", "ZH-Hant": "cjk", "ja": "cjk", "sv": "", "": "", "std": ""} {
		if got := languageOf(tag); got != want {
			t.Errorf("languageOf(%q) = %q, want %q", tag, got, want)
		}
	}
	for _, tc := range []struct{ declared, text, code, tag string }{
		{"fr-CA", "whatever", "fr", "fr"},
		{"sv", "Det här är en svensk text om vädret.", stdLang, "sv"},
		{"", "The council said the new bridge would open to traffic next spring after years of delays.", "en", "en"},
		{"", "Die Brücke in Kaufungen wurde wegen schwerer Bauschäden gesperrt. Die Sperrung dauert voraussichtlich mehrere Monate.", "de", "de"},
		{"", "42", stdLang, ""},
	} {
		code, tag := chooseLanguage(tc.declared, func() string { return tc.text })
		if code != tc.code || tag != tc.tag {
			t.Errorf("chooseLanguage(%q, %q) = %s, %s; want %s, %s", tc.declared, tc.text, code, tag, tc.code, tc.tag)
		}
	}
}

// TestPlainWordsRankPhraseFirst: words typed without quotation marks find
// every passage holding them, and the one that holds them as written, stop
// words included, ranks first.
func TestPlainWordsRankPhraseFirst(t *testing.T) {
	ctx := context.Background()
	ix := openTest(t, 2)
	var ps []claims.Passage
	ps = append(ps, source("short", "https://a.example/1", "A", "en", day("2024-01-04"),
		"The killing shocked the town.")...)
	ps = append(ps, source("phrase", "https://b.example/2", "B", "en", day("2024-01-04"),
		"One of the officials said the commander was driving into the garage of the headquarters with another official when the car was hit by a missile fired from a drone, killing both.")...)
	if err := ix.IndexPassages(ctx, ps); err != nil {
		t.Fatal(err)
	}
	r, err := ix.Search(ctx, claims.Query{Text: "killing both"})
	if err != nil {
		t.Fatal(err)
	}
	if got := sourcesOf(r); !slices.Equal(got, []string{"phrase", "short"}) {
		t.Errorf("sources %v, want the passage with the phrase first, then the other", got)
	}
}

// TestCreatedIndexSurvivesAKill: once Open has created an index, what is
// on disk opens by itself, as it would after the process is killed. The
// files are copied while the index is still open, before any Close could
// flush what bleve had only in memory.
func TestCreatedIndexSurvivesAKill(t *testing.T) {
	for range 5 {
		dir := t.TempDir()
		ix, err := Open(dir, Options{Shards: 2})
		if err != nil {
			t.Fatal(err)
		}
		snap := t.TempDir()
		if err := os.CopyFS(snap, os.DirFS(dir)); err != nil {
			t.Fatal(err)
		}
		_ = ix.Close()
		again, err := Open(snap, Options{})
		if err != nil {
			t.Fatalf("open what a kill right after creation leaves: %v", err)
		}
		if err := again.IndexPassages(context.Background(), corpus()); err != nil {
			t.Fatal(err)
		}
		_ = again.Close()
	}
}
