package crawler

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
	"unicode"
)

// Floors for the extraction quality over testdata/extract: set just under
// what the extractor reaches, so that a regression fails the build.
const (
	floorShingleF1 = 0.98
	floorTokenF1   = 0.98
	floorTitle     = 0.94
	floorPublisher = 0.97
	floorPublished = 0.90
	floorByline    = 0.95
)

// extractKey is a hand-marked page: its main text and metadata.
type extractKey struct {
	Style     string `json:"style"`
	Title     string `json:"title"`
	Publisher string `json:"publisher"`
	Published string `json:"published"`
	Byline    string `json:"byline"`
	Language  string `json:"language"`
	Text      string `json:"text"`
}

// wordRE is the benchmark's tokeniser (Python's \w+ on str).
var wordRE = regexp.MustCompile(`[\p{L}\p{N}\p{Mn}\p{Mc}_]+`)

func words(s string) []string { return wordRE.FindAllString(s, -1) }

// prf holds the counts of one page, normalised so that each page weighs
// the same (as the article-extraction benchmark does).
type prf struct{ tp, fp, fn float64 }

func match(truth, pred []string) prf {
	t, p := map[string]int{}, map[string]int{}
	for _, w := range truth {
		t[w]++
	}
	for _, w := range pred {
		p[w]++
	}
	var r prf
	for k, v := range p {
		c := min(v, t[k])
		r.tp += float64(c)
		r.fp += float64(v - c)
	}
	for k, v := range t {
		if v > p[k] {
			r.fn += float64(v - p[k])
		}
	}
	if tot := r.tp + r.fp + r.fn; tot > 0 {
		r.tp, r.fp, r.fn = r.tp/tot, r.fp/tot, r.fn/tot
	}
	return r
}

// shingles are the 4-word n-grams of a text; a shorter text is one
// shingle of all its words.
func shingles(ws []string) []string {
	if len(ws) < 4 {
		if len(ws) == 0 {
			return nil
		}
		return []string{strings.Join(ws, "\x00")}
	}
	out := make([]string, 0, len(ws)-3)
	for i := 0; i+4 <= len(ws); i++ {
		out = append(out, strings.Join(ws[i:i+4], "\x00"))
	}
	return out
}

func (r prf) precision() float64 {
	if r.fp == 0 && r.fn == 0 {
		return 1
	}
	if r.tp+r.fp == 0 {
		return 0
	}
	return r.tp / (r.tp + r.fp)
}

func (r prf) recall() float64 {
	if r.fp == 0 && r.fn == 0 {
		return 1
	}
	if r.tp+r.fn == 0 {
		return 0
	}
	return r.tp / (r.tp + r.fn)
}

// aggregate is the benchmark's: precision and recall averaged over pages,
// F1 of the two means.
func aggregate(rows []prf) (p, r, f float64) {
	var np, nr int
	for _, x := range rows {
		if x.tp+x.fp > 0 {
			p += x.precision()
			np++
		}
		if x.tp+x.fn > 0 {
			r += x.recall()
			nr++
		}
	}
	if np > 0 {
		p /= float64(np)
	}
	if nr > 0 {
		r /= float64(nr)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

func normField(s string) string {
	s = strings.ToLower(strings.Join(strings.Fields(s), " "))
	return strings.TrimFunc(s, func(r rune) bool { return unicode.IsPunct(r) || unicode.IsSpace(r) })
}

// bylineNames splits a byline into a set of names, so that "A and B" and
// "A, B" agree.
func bylineNames(s string) map[string]bool {
	s = regexp.MustCompile(`(?i)\s+(and|und|et|y|e)\s+|\s*[,;&]\s*`).ReplaceAllString(s, "|")
	out := map[string]bool{}
	for _, n := range strings.Split(s, "|") {
		if n = normField(n); n != "" {
			out[n] = true
		}
	}
	return out
}

func sameNames(a, b map[string]bool) bool {
	if len(a) != len(b) {
		return false
	}
	for k := range a {
		if !b[k] {
			return false
		}
	}
	return true
}

// samePublished compares times: the same instant and the same offset when
// the key gives a zone, the same wall clock (to the minute) when it does
// not, the same day when it gives a date only.
func samePublished(key string, got time.Time) bool {
	if key == "" {
		return got.IsZero()
	}
	if got.IsZero() {
		return false
	}
	if len(key) == len("2006-01-02") {
		return got.Format("2006-01-02") == key
	}
	if kt, err := time.Parse(time.RFC3339, key); err == nil {
		_, ko := kt.Zone()
		_, go_ := got.Zone()
		return kt.Equal(got) && ko == go_
	}
	if kt, err := time.Parse("2006-01-02T15:04:05", key); err == nil {
		return kt.Format("2006-01-02T15:04") == got.Format("2006-01-02T15:04")
	}
	return false
}

// TestExtractionQuality measures the main text and metadata read from the
// hand-marked pages of testdata/extract against their keys, prints the
// table (go test -v) and fails under the floors.
func TestExtractionQuality(t *testing.T) {
	keys, err := filepath.Glob(filepath.Join("..", "testdata", "extract", "*.json"))
	if err != nil || len(keys) < 40 {
		t.Fatalf("want at least 40 keyed pages in testdata/extract, have %d (%v)", len(keys), err)
	}
	var shRows, tokRows []prf
	var title, publisher, published, byline, lang int
	var table strings.Builder
	fmt.Fprintf(&table, "%-42s %-11s %6s %6s %6s  %s\n", "page", "style", "P", "R", "F1", "metadata misses")
	for _, kp := range keys {
		raw, err := os.ReadFile(kp)
		if err != nil {
			t.Fatal(err)
		}
		var key extractKey
		if err := json.Unmarshal(raw, &key); err != nil {
			t.Fatalf("%s: %v", kp, err)
		}
		name := strings.TrimSuffix(filepath.Base(kp), ".json")
		body, err := os.ReadFile(strings.TrimSuffix(kp, ".json") + ".html")
		if err != nil {
			t.Fatal(err)
		}
		doc, err := Extractor{}.Read(body, "text/html", "https://news.example.test/"+name)
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		tw, pw := words(key.Text), words(doc.Text)
		sh := match(shingles(tw), shingles(pw))
		shRows = append(shRows, sh)
		tokRows = append(tokRows, match(tw, pw))
		var misses []string
		if normField(doc.Title) == normField(key.Title) {
			title++
		} else {
			misses = append(misses, fmt.Sprintf("title %q", doc.Title))
		}
		if normField(doc.Publisher) == normField(key.Publisher) {
			publisher++
		} else {
			misses = append(misses, fmt.Sprintf("publisher %q", doc.Publisher))
		}
		if samePublished(key.Published, doc.Published) {
			published++
		} else {
			misses = append(misses, fmt.Sprintf("published %s (key %s)", doc.Published.Format(time.RFC3339), key.Published))
		}
		if sameNames(bylineNames(doc.Byline), bylineNames(key.Byline)) {
			byline++
		} else {
			misses = append(misses, fmt.Sprintf("byline %q", doc.Byline))
		}
		if key.Language == "" || doc.Language == key.Language {
			lang++
		} else {
			misses = append(misses, fmt.Sprintf("language %q", doc.Language))
		}
		f1 := 0.0
		if p, r := sh.precision(), sh.recall(); p+r > 0 {
			f1 = 2 * p * r / (p + r)
		}
		fmt.Fprintf(&table, "%-42.42s %-11.11s %6.3f %6.3f %6.3f  %s\n", name, key.Style, sh.precision(), sh.recall(), f1, strings.Join(misses, "; "))
	}
	n := float64(len(shRows))
	sp, sr, sf := aggregate(shRows)
	tp, tr, tf := aggregate(tokRows)
	fmt.Fprintf(&table, "\n%d pages\n4-word shingles: P %.3f R %.3f F1 %.3f\ntokens:          P %.3f R %.3f F1 %.3f\n", len(shRows), sp, sr, sf, tp, tr, tf)
	fmt.Fprintf(&table, "title %.3f  publisher %.3f  published %.3f  byline %.3f  language %.3f\n",
		float64(title)/n, float64(publisher)/n, float64(published)/n, float64(byline)/n, float64(lang)/n)
	t.Log("\n" + table.String())
	check := func(what string, got, floor float64) {
		if got < floor {
			t.Errorf("%s = %.3f, under the floor %.3f", what, got, floor)
		}
	}
	check("shingle F1", sf, floorShingleF1)
	check("token F1", tf, floorTokenF1)
	check("title accuracy", float64(title)/n, floorTitle)
	check("publisher accuracy", float64(publisher)/n, floorPublisher)
	check("published accuracy", float64(published)/n, floorPublished)
	check("byline accuracy", float64(byline)/n, floorByline)
}
