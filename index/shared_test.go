package index

import (
	"fmt"
	"reflect"
	"testing"

	"github.com/blevesearch/bleve/v2/analysis"
	bindex "github.com/blevesearch/bleve_index_api"
)

// TestSharedAnalysis checks that tokenizing once for the stemmed and the
// exact field gives each field the terms, positions and offsets its
// analyzer gives alone.
func TestSharedAnalysis(t *testing.T) {
	m, err := NewMapping()
	if err != nil {
		t.Fatal(err)
	}
	b, err := newDocBuilder(m)
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{
		"The minister’s office said: “We will do what we have to do.” It's the people's choice.",
		"Les grévistes n'ont pas cédé ; l’usine reste fermée, a déclaré la CGT.",
		"Die Streikenden forderten 7,5 % mehr Lohn, sagte Verdi am Dienstag.",
		"قال المتحدث باسم الوزارة إن 14 شخصا قتلوا",
		"东京电力公司表示 東京電力は声明で 서울시는 발표했다",
		"U.S. officials said 1,200 troops—about a third—left on Jan. 4; ‘we’re done’.",
		"", "   ", "'", "’s", "ÉCOLE école ÉCOLE's", "x\u0301y\u200dz 🙂 2024-01-04T10:00Z",
	}
	shared := 0
	for _, l := range languages {
		ls, es := b.specs[textField(l.code)], b.specs[exactField]
		tok, chains, ok := shareable(ls.analyzer, es.analyzer)
		if !ok {
			t.Logf("%s: analysed apart (not the same tokenizer)", l.code)
			continue
		}
		shared++
		for _, text := range texts {
			src := &sharedText{text: []byte(text), tok: tok, chains: chains}
			for i, a := range []analysis.Analyzer{ls.analyzer, es.analyzer} {
				spec := []fieldSpec{ls, es}[i]
				f := &sharedField{opts: spec.opts, src: src, i: i}
				f.Analyze()
				want := analysis.TokenFrequency(a.Analyze([]byte(text)), nil, spec.opts)
				if got := f.AnalyzedTokenFrequencies(); !reflect.DeepEqual(dump(got), dump(want)) {
					t.Errorf("%s field %d, %q:\n got %v\nwant %v", l.code, i, text, dump(got), dump(want))
				}
			}
			if string(src.text) != text {
				t.Errorf("%s: the text was changed by analysis: %q", l.code, src.text)
			}
		}
	}
	// English at least must share, or nothing above was compared.
	if _, _, ok := shareable(b.specs[textField("en")].analyzer, b.specs[exactField].analyzer); !ok || shared == 0 {
		t.Errorf("the English and exact analyzers no longer share a tokenizer (%d languages shared)", shared)
	}
}

func dump(tf bindex.TokenFrequencies) map[string]string {
	out := map[string]string{}
	for k, v := range tf {
		s := fmt.Sprint(v.Frequency())
		for _, l := range v.Locations {
			s += fmt.Sprintf(" %d:%d-%d", l.Position, l.Start, l.End)
		}
		out[k] = s
	}
	return out
}
