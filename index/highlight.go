package index

import (
	"github.com/provenance-audit/provenance/claims"
	"html"
	"regexp"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/analysis"
)

// Highlighting re-reads the few hits shown instead of asking bleve for
// term locations: locations are decoded for every candidate of a search,
// the hits shown are ten passages of a few hundred bytes. The stemmed
// fields then need no term vectors, which keeps the index smaller and
// indexing faster.

// A passage up to wholeSize bytes is shown whole; of a longer one, up to
// two fragments of about fragmentSize bytes around the matches.
const (
	wholeSize    = 400
	fragmentSize = 280
)

// highlight is what a query looks for, in the terms of each field.
type highlight struct {
	// terms are analysed query terms by field.
	terms map[string]map[string]bool
	// phrases are exact phrases as the exact analyzer reads them.
	phrases [][]string
	// preds match terms of the exact field (wildcards, regexps, fuzzy).
	preds []func(string) bool
	// analyzer returns a field's analyzer.
	analyzer func(field string) analysis.Analyzer
}

func newHighlight(analyzer func(string) analysis.Analyzer) *highlight {
	return &highlight{terms: map[string]map[string]bool{}, analyzer: analyzer}
}

func (h *highlight) addTerms(field, text string) {
	a := h.analyzer(field)
	if a == nil {
		return
	}
	set := h.terms[field]
	if set == nil {
		set = map[string]bool{}
		h.terms[field] = set
	}
	for _, t := range a.Analyze([]byte(text)) {
		set[string(t.Term)] = true
	}
}

func (h *highlight) addPhrase(text string) {
	a := h.analyzer(exactField)
	if a == nil {
		return
	}
	var p []string
	for _, t := range a.Analyze([]byte(text)) {
		p = append(p, string(t.Term))
	}
	if len(p) > 0 {
		h.phrases = append(h.phrases, p)
	}
}

func (h *highlight) addPattern(re string) {
	if r, err := regexp.Compile("^(?:" + re + ")$"); err == nil {
		h.preds = append(h.preds, r.MatchString)
	}
}

func (h *highlight) addFuzzy(term string, fuzziness int) {
	term = strings.ToLower(term)
	h.preds = append(h.preds, func(s string) bool { return claims.EditDistance(term, s, fuzziness) <= fuzziness })
}

func wildcardRegexp(w string) string {
	var b strings.Builder
	for _, r := range w {
		switch r {
		case '*':
			b.WriteString(".*")
		case '?':
			b.WriteString(".")
		default:
			b.WriteString(regexp.QuoteMeta(string(r)))
		}
	}
	return b.String()
}

type span struct{ start, end int }

// fragments returns the parts of text that show what the query found,
// HTML-escaped, matches inside <mark>; nil when nothing can be shown.
func (h *highlight) fragments(text, lang string) []string {
	var spans []span
	field := textField(lang)
	if set := h.terms[field]; len(set) > 0 {
		if a := h.analyzer(field); a != nil {
			for _, t := range a.Analyze([]byte(text)) {
				if set[string(t.Term)] {
					spans = append(spans, span{t.Start, t.End})
				}
			}
		}
	}
	exactTerms := h.terms[exactField]
	if len(exactTerms) > 0 || len(h.phrases) > 0 || len(h.preds) > 0 {
		if a := h.analyzer(exactField); a != nil {
			toks := a.Analyze([]byte(text))
			for i, t := range toks {
				term := string(t.Term)
				hit := exactTerms[term]
				for _, p := range h.preds {
					if hit {
						break
					}
					hit = p(term)
				}
				if hit {
					spans = append(spans, span{t.Start, t.End})
				}
				for _, p := range h.phrases {
					if i+len(p) <= len(toks) && phraseAt(toks, i, p) {
						spans = append(spans, span{t.Start, toks[i+len(p)-1].End})
					}
				}
			}
		}
	}
	if len(spans) == 0 {
		return nil
	}
	spans = mergeSpans(spans)
	if len(text) <= wholeSize {
		return []string{markUp(text, 0, len(text), spans)}
	}
	var out []span
	rest := spans
	for len(rest) > 0 && len(out) < 2 {
		w := bestWindow(text, rest)
		out = append(out, w)
		var left []span
		for _, s := range rest {
			if s.end <= w.start || s.start >= w.end {
				left = append(left, s)
			}
		}
		rest = left
	}
	sort.Slice(out, func(i, j int) bool { return out[i].start < out[j].start })
	frags := make([]string, 0, len(out))
	for _, w := range out {
		f := markUp(text, w.start, w.end, spans)
		if w.start > 0 {
			f = "…" + f
		}
		if w.end < len(text) {
			f += "…"
		}
		frags = append(frags, f)
	}
	return frags
}

func phraseAt(toks analysis.TokenStream, i int, p []string) bool {
	for k, w := range p {
		if string(toks[i+k].Term) != w {
			return false
		}
	}
	return true
}

// mergeSpans sorts spans and joins those that overlap.
func mergeSpans(s []span) []span {
	sort.Slice(s, func(i, j int) bool { return s[i].start < s[j].start || s[i].start == s[j].start && s[i].end > s[j].end })
	out := s[:1]
	for _, x := range s[1:] {
		last := &out[len(out)-1]
		if x.start < last.end {
			if x.end > last.end {
				last.end = x.end
			}
			continue
		}
		out = append(out, x)
	}
	return out
}

// bestWindow picks the stretch of about fragmentSize bytes holding the
// most matches, cut at spaces.
func bestWindow(text string, spans []span) span {
	best, bestN := span{}, -1
	for _, a := range spans {
		ws := max(0, a.start-fragmentSize/6)
		we := min(len(text), ws+fragmentSize)
		n := 0
		for _, s := range spans {
			if s.start >= ws && s.end <= we {
				n++
			}
		}
		if n > bestN {
			best, bestN = span{ws, max(we, a.end)}, n
		}
	}
	first := best.start
	for _, s := range spans {
		if s.start >= best.start {
			first = s.start
			break
		}
	}
	lastEnd := 0
	for _, s := range spans {
		if s.start >= best.start && s.start < best.end {
			lastEnd = max(lastEnd, s.end)
		}
	}
	ws, we := best.start, best.end
	if ws > 0 {
		if i := strings.IndexAny(text[ws:first], " \n\t"); i >= 0 {
			ws += i + 1
		} else {
			ws = first
		}
	}
	if we < len(text) {
		cut := we
		for cut > 0 && !utf8.RuneStart(text[cut]) {
			cut--
		}
		if i := strings.LastIndexAny(text[:cut], " \n\t"); i >= lastEnd {
			we = i
		} else {
			we = max(cut, lastEnd)
		}
	}
	for ws < len(text) && !utf8.RuneStart(text[ws]) {
		ws++
	}
	return span{ws, we}
}

// markUp escapes text[ws:we] for HTML and wraps the spans in <mark>.
func markUp(text string, ws, we int, spans []span) string {
	var b strings.Builder
	pos := ws
	for _, s := range spans {
		if s.end <= ws || s.start >= we {
			continue
		}
		st, en := max(s.start, ws), min(s.end, we)
		b.WriteString(html.EscapeString(text[pos:st]))
		b.WriteString("<mark>")
		b.WriteString(html.EscapeString(text[st:en]))
		b.WriteString("</mark>")
		pos = en
	}
	b.WriteString(html.EscapeString(text[pos:we]))
	return strings.TrimSpace(b.String())
}
