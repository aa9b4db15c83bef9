package index

import (
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/document"
	"github.com/blevesearch/bleve/v2/mapping"
	bindex "github.com/blevesearch/bleve_index_api"

	"github.com/provenance-audit/provenance/claims"
)

// Documents are built field by field from the mapping's own field
// definitions rather than by bleve walking a Go value: the same index,
// without reflection or an _all field to skip, and a field can be left
// out of one document (the title is searchable on a source's first
// passage only).

// fieldSpec is how one field is indexed, as the mapping says.
type fieldSpec struct {
	opts     bindex.FieldIndexingOptions
	analyzer analysis.Analyzer
	numeric  bool
}

type docBuilder struct {
	specs  map[string]fieldSpec
	common analysis.TokenMap // the words pairs are made of (pairs.go)
}

func newDocBuilder(m mapping.IndexMapping) (*docBuilder, error) {
	im, ok := m.(*mapping.IndexMappingImpl)
	if !ok {
		return nil, errors.New("index mapping: not a bleve index mapping")
	}
	b := &docBuilder{specs: map[string]fieldSpec{}}
	for _, typ := range []string{typePassage, typeClaim} {
		dm := im.TypeMapping[typ]
		if dm == nil {
			return nil, fmt.Errorf("index mapping: no %s documents; run 'provenance reindex'", typ)
		}
		for name, sub := range dm.Properties {
			for _, fm := range sub.Fields {
				s := fieldSpec{opts: fm.Options(), numeric: fm.Type == "number"}
				if !s.numeric {
					an := fm.Analyzer
					if an == "" {
						an = im.DefaultAnalyzer
					}
					if s.analyzer = im.AnalyzerNamed(an); s.analyzer == nil {
						return nil, fmt.Errorf("index mapping: field %s: no analyzer %q", name, an)
					}
				}
				b.specs[name] = s
			}
		}
	}
	for _, l := range languages {
		written = append(written, textField(l.code))
	}
	for _, name := range written {
		if _, ok := b.specs[name]; !ok {
			return nil, fmt.Errorf("index mapping: no field %s; run 'provenance reindex'", name)
		}
	}
	var err error
	if b.common, err = commonWords(b.specs[pairField].analyzer); err != nil {
		return nil, err
	}
	return b, nil
}

// written are the fields this file writes besides the stemmed ones.
var written = []string{"type", exactField, pairField, displayField, "source_id", "url", "lang", titleWordsField, "publisher", publisherKey,
	dayField, "month", "audit_id", "kind"}

func (b *docBuilder) text(d *document.Document, name, value string) {
	if value == "" {
		return
	}
	s, ok := b.specs[name]
	if !ok || s.numeric {
		return // newDocBuilder checked every field this file writes
	}
	d.AddField(document.NewTextFieldCustom(name, nil, []byte(value), s.opts, s.analyzer))
}

// words writes a text to the stemmed field of its language (code) and
// to the exact field, tokenized once when the two analyzers allow it
// (shared.go), and the pairs read from the exact field.
func (b *docBuilder) words(d *document.Document, code, value string) {
	if value == "" {
		return
	}
	name := textField(code)
	ls, es := b.specs[name], b.specs[exactField]
	var exact bindex.Field
	if tok, chains, ok := shareable(ls.analyzer, es.analyzer); ok {
		src := &sharedText{text: []byte(value), tok: tok, chains: chains}
		d.AddField(&sharedField{name: name, opts: ls.opts, src: src, i: 0})
		f := &sharedField{name: exactField, opts: es.opts, src: src, i: 1, stored: es.opts.IsStored()}
		d.AddField(f)
		exact = f
	} else {
		b.text(d, name, value)
		f := document.NewTextFieldCustom(exactField, nil, []byte(value), es.opts, es.analyzer)
		d.AddField(f)
		exact = f
	}
	d.AddField(&pairsOf{exact: exact, common: b.common, opts: b.specs[pairField].opts})
}

// display is what a hit shows besides its text, stored as one field.
type display struct {
	Type      string `json:"t"`
	SourceID  string `json:"s,omitempty"`
	URL       string `json:"u,omitempty"`
	Publisher string `json:"p,omitempty"`
	Title     string `json:"ti,omitempty"`
	Published string `json:"pu,omitempty"`
	Lang      string `json:"l,omitempty"`
	Start     int    `json:"b,omitempty"`
	End       int    `json:"e,omitempty"`
	Seq       int    `json:"q,omitempty"`
	AuditID   string `json:"a,omitempty"`
	Kind      string `json:"k,omitempty"`
}

func (b *docBuilder) display(d *document.Document, v display) {
	j, _ := json.Marshal(v) // strings and ints only: cannot fail
	b.text(d, displayField, string(j))
}

func (b *docBuilder) published(d *document.Document, t time.Time) string {
	if t.IsZero() {
		return ""
	}
	t = t.UTC()
	b.text(d, dayField, t.Format(time.DateOnly))
	b.text(d, "month", t.Format("2006-01"))
	return t.Format(time.RFC3339)
}

func (b *docBuilder) publisher(d *document.Document, name string) {
	b.text(d, "publisher", name)
	b.text(d, publisherKey, name)
}

// passage is the document of a passage whose page is in language code
// (its stemmed field) and tag (as recorded).
func (b *docBuilder) passage(id string, p claims.Passage, code, tag string) *document.Document {
	d := document.NewDocument(id)
	b.text(d, "type", typePassage)
	b.words(d, code, p.Text)
	b.text(d, "source_id", p.SourceID)
	b.text(d, "url", p.URL)
	b.text(d, "lang", tag)
	if p.Seq == 0 {
		b.text(d, titleWordsField, p.Title)
	}
	b.publisher(d, p.Publisher)
	pub := b.published(d, p.Published)
	b.display(d, display{Type: typePassage, SourceID: p.SourceID, URL: p.URL, Publisher: p.Publisher, Title: p.Title,
		Published: pub, Lang: tag, Start: p.Start, End: p.End, Seq: p.Seq})
	return d
}

// claim is the document of an audited story's claim.
func (b *docBuilder) claim(id, auditID, articleURL string, seq int, c claims.Claim, code, tag string) *document.Document {
	d := document.NewDocument(id)
	b.text(d, "type", typeClaim)
	b.words(d, code, c.Text)
	b.text(d, "audit_id", auditID)
	b.text(d, "url", articleURL)
	b.text(d, "lang", tag)
	b.text(d, "kind", c.Kind)
	b.publisher(d, c.AttributedTo)
	b.display(d, display{Type: typeClaim, URL: articleURL, Publisher: c.AttributedTo, Lang: tag, Start: c.Start, End: c.End,
		Seq: seq, AuditID: auditID, Kind: c.Kind})
	return d
}
