package index

import (
	"context"
	"math"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2"

	"github.com/provenance-audit/provenance/claims"
)

// TestPairedPhraseAsBleve checks that a phrase narrowed by common pairs
// finds the same passages, with the same scores, as bleve's own phrase:
// the pairs may only make it faster.
func TestPairedPhraseAsBleve(t *testing.T) {
	ix := openTest(t, 2)
	var ps []claims.Passage
	for i := 0; i < 3000; i++ {
		ps = append(ps, genPassage(i))
	}
	extra := source("hand", "https://hand.example/a", "Hand", "en", day("2024-03-01"),
		"We will do what we have to do, and we will do it now.",
		"“It’s not over,” she said. “It is not over until it is over.”",
		"Ce n'est pas fini, a-t-il dit, et ce n'est pas la fin.",
		"To be or not to be. To be, or not: to be.")
	ps = append(ps, extra...)
	if err := ix.IndexPassages(context.Background(), ps); err != nil {
		t.Fatal(err)
	}
	phrases := []string{
		"what we have to do", "we will do it", "it is not over", "it's not over", "it’s not over", "is not over until it",
		"n'est pas la", "ce n'est pas fini", "to be or not to be", "be. To be", "not to be to", "or not: to be",
		"the of the", "said the", "there is no such phrase at all", "of", "to be",
	}
	r := rand.New(rand.NewPCG(3, 3))
	for len(phrases) < 300 {
		// Runs of words from the passages (present), and the same words
		// shuffled (mostly absent), frequent words above all.
		w := strings.Fields(genPassage(r.IntN(3000)).Text)
		k := r.IntN(len(w) - 6)
		n := 2 + r.IntN(5)
		run := append([]string(nil), w[k:k+n]...)
		phrases = append(phrases, strings.Join(run, " "))
		r.Shuffle(len(run), func(i, j int) { run[i], run[j] = run[j], run[i] })
		phrases = append(phrases, strings.Join(run, " "))
	}
	paired := 0
	p := &planner{m: ix.mapping}
	for _, ph := range phrases {
		if _, ok := p.withPairs(exactPhrase(ph)).(*pairedPhrase); ok {
			paired++
		}
		got, err := ix.Search(context.Background(), claims.Query{Phrase: ph, Limit: 5000, Claims: false})
		if err != nil {
			t.Fatalf("%q: %v", ph, err)
		}
		req := bleve.NewSearchRequestOptions(exactPhrase(ph), 5000, 0, false)
		want, err := ix.passages.Search(req)
		if err != nil {
			t.Fatalf("%q: %v", ph, err)
		}
		if got.Total != want.Total || len(got.Hits) != len(want.Hits) {
			t.Errorf("%q: %d hits with pairs, bleve's phrase %d", ph, got.Total, want.Total)
			continue
		}
		score := map[string]float64{}
		for _, h := range want.Hits {
			score[h.ID] = h.Score
		}
		for _, h := range got.Hits {
			if s, ok := score[h.ID]; !ok || math.Abs(s-h.Score) > 1e-9*math.Max(1, s) {
				t.Errorf("%q: hit %s scores %g with pairs, %g (found %v) with bleve's phrase", ph, h.ID, h.Score, s, ok)
			}
		}
	}
	if paired < len(phrases)/4 {
		t.Errorf("only %d of %d phrases were narrowed by pairs", paired, len(phrases))
	}
	t.Logf("%d of %d phrases narrowed by pairs", paired, len(phrases))
}
