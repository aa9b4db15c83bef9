package verify

import (
	"context"
	"fmt"
	"net/url"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/provenance-audit/provenance/claims"
)

// Verifier links claims to evidence and judges what does not fit.
type Verifier struct {
	Searcher claims.Searcher
	Analyzer *claims.Analyzer
}

// Input is what an audit hands the judge.
type Input struct {
	Article  *claims.Document
	Analysis *claims.Analysis
	Claims   []claims.Claim
	Sources  []*claims.Source
}

// job is the state of one verification.
type job struct {
	v        *Verifier
	ctx      context.Context
	in       Input
	url      string
	story    *claims.Analysis
	sources  map[string]*claims.Source
	analyses map[string]*claims.Analysis
	okIDs    []string
	// credited maps a claim id to the sources it is credited to.
	credited map[string][]string
	// own is set for claims credited to the story's own reporting.
	own   map[string]bool
	discs []claims.Discrepancy
	// speakerSource remembers the source linked for a speaker, so that
	// later quotations of the same speaker are checked there; inherited
	// marks the claims credited that way, not by their own words.
	speakerSource map[string]string
	inherited     map[string]bool
	// docSource remembers the source linked for a document ("the
	// statement") for later sentences that credit it again.
	docSource     map[string]string
	mu            sync.Mutex
	cache         map[string]*claims.Results
	numbers       []*numberLinks
	dateConflicts []dateConflict
	outlets       []string
	// figureGaps maps a finding that a credited page lacks a figure to
	// the figure's span: a number finding on that figure says it better.
	figureGaps map[string]claims.Span
	// initials are the initials each source's page gives its publisher,
	// read once ("das Eisenbahn-Bundesamt (EBA)").
	initials map[string][]string
	// runs caches each source's runs of three content words.
	runs map[string]map[string]bool
}

// analysis reads a source when the judge first needs it: an audit against
// a hundred sources reads only those the story's claims lead to.
func (j *job) analysis(id string) *claims.Analysis {
	j.mu.Lock()
	defer j.mu.Unlock()
	if a, ok := j.analyses[id]; ok {
		return a
	}
	s := j.sources[id]
	if s == nil || !s.OK() {
		return nil
	}
	var pub time.Time
	if !s.Doc.Published.IsZero() {
		pub = s.Doc.Published
	} else if !j.in.Article.Published.IsZero() {
		pub = j.in.Article.Published
	}
	a := j.v.Analyzer.Analyze(s.Doc.Text, claims.Options{Published: pub, Outlets: j.outlets, Language: s.Doc.Language})
	j.analyses[id] = a
	return a
}

// Verify links each claim to passages and flags discrepancies. It returns
// the report without the audit id and times, which the caller sets.
func (v *Verifier) Verify(ctx context.Context, in Input) (*claims.Report, error) {
	j := &job{v: v, ctx: ctx, in: in, url: in.Article.URL, story: in.Analysis,
		sources: map[string]*claims.Source{}, analyses: map[string]*claims.Analysis{},
		credited: map[string][]string{}, own: map[string]bool{}, speakerSource: map[string]string{}, inherited: map[string]bool{}, docSource: map[string]string{}, cache: map[string]*claims.Results{}, figureGaps: map[string]claims.Span{}, initials: map[string][]string{}, runs: map[string]map[string]bool{}}
	outlets := []string{in.Article.Publisher}
	for _, s := range in.Sources {
		j.sources[s.ID] = s
		if s.Doc != nil {
			j.initials[s.ID] = claims.SelfAcronyms(s.Doc.Text, s.Publisher)
		}
		if s.Publisher != "" {
			outlets = append(outlets, s.Publisher)
		}
	}
	j.outlets = outlets
	for _, s := range in.Sources {
		if s.OK() {
			j.okIDs = append(j.okIDs, s.ID)
		}
	}
	claimsOut := make([]claims.Claim, len(in.Claims))
	copy(claimsOut, in.Claims)
	for i := range claimsOut {
		j.credit(&claimsOut[i])
	}
	// A figure inside a credited statement ("VAT receipts rose 3.9%, …,
	// the ministry said") is credited as the statement is.
	for i := range claimsOut {
		c := &claimsOut[i]
		if c.Kind != claims.KindNumber || len(j.credited[c.ID]) > 0 || j.own[c.ID] {
			continue
		}
		for k := range claimsOut {
			st := &claimsOut[k]
			if st.Kind == claims.KindStatement && st.Start <= c.Start && c.End <= st.End && len(j.credited[st.ID]) > 0 {
				j.credited[c.ID] = j.credited[st.ID]
				break
			}
		}
	}
	for i := range claimsOut {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		c := &claimsOut[i]
		var err error
		switch c.Kind {
		case claims.KindQuote:
			err = j.checkQuote(c)
		case claims.KindStatement:
			err = j.checkStatement(c)
		case claims.KindNumber:
			err = j.linkNumber(c)
		case claims.KindName:
			j.linkName(c)
		case claims.KindDate:
			err = j.linkDate(c)
		}
		if err != nil {
			return nil, err
		}
	}
	j.judgeNumbers(claimsOut)
	j.dropFigureGaps(claimsOut)
	j.judgeNames(claimsOut)
	j.judgeDates(claimsOut)
	// A name or a date in a discrepancy is contradicted, whatever else
	// supports it.
	flagged := map[string]bool{}
	for _, d := range j.discs {
		if d.Kind == claims.DiscName || d.Kind == claims.DiscDate {
			for _, id := range d.ClaimIDs {
				flagged[id] = true
			}
		}
	}
	for i := range claimsOut {
		c := &claimsOut[i]
		if flagged[c.ID] && (c.Kind == claims.KindName || c.Kind == claims.KindDate) {
			c.Status = claims.Contradicted
		}
	}
	r := &claims.Report{
		Article:       articleInfo(in.Article),
		Claims:        claimsOut,
		Discrepancies: coveredByQuote(dateJudged(dedupe(j.discs)), claimsOut),
		Text:          in.Article.Text,
	}
	for _, s := range in.Sources {
		r.Sources = append(r.Sources, *s)
	}
	if r.Sources == nil {
		r.Sources = []claims.Source{}
	}
	r.Uncited = j.uncited(claimsOut)
	sortDiscrepancies(r.Discrepancies)
	r.Summarise()
	return r, nil
}

func articleInfo(d *claims.Document) claims.ArticleInfo {
	a := claims.ArticleInfo{URL: d.URL, Title: d.Title, Publisher: d.Publisher, Byline: d.Byline}
	if !d.Published.IsZero() {
		a.Published = d.Published.Format(time.RFC3339)
	}
	return a
}

// credit decides which sources a claim is credited to: the source linked
// from the claim's sentence, or the source whose publisher the story
// names ("according to Reuters", "told the AP").
func (j *job) credit(c *claims.Claim) {
	sent := j.sentenceSpan(c)
	var ids []string
	for _, l := range j.in.Article.Links {
		if l.Start >= sent.Start && l.End <= sent.End {
			if id := j.sourceForURL(l.URL); id != "" && !contains(ids, id) {
				ids = append(ids, id)
				c.CitedURL = l.URL
			}
		}
	}
	// "…, the delegation said": the page linked where it spoke before.
	if c.Stmt != nil && c.Stmt.Link.End > 0 && len(ids) == 0 {
		for _, l := range j.in.Article.Links {
			if l.Start == c.Stmt.Link.Start && l.End == c.Stmt.Link.End {
				if id := j.sourceForURL(l.URL); id != "" {
					ids = []string{id}
				}
			}
		}
	}
	if c.Document != "" && len(ids) == 0 {
		if id := j.sourceForDocument(c.Document); id != "" {
			ids = []string{id}
		} else if id, ok := j.docSource[docKey(c.Document)]; ok && strings.HasPrefix(strings.ToLower(c.Document), "the ") {
			// "CENTCOM said in a statement [linked] … the statement said":
			// the statement linked before; "a statement" is a new one.
			ids = []string{id}
		}
	}
	if c.Document != "" && len(ids) == 1 {
		j.docSource[docKey(c.Document)] = ids[0]
	}
	if c.AttributedTo != "" {
		if j.isOwnOutlet(c.AttributedTo) {
			j.own[c.ID] = true
		} else if id := j.sourceForOutlet(c.AttributedTo); id != "" {
			// The outlet named decides over a link in the sentence.
			ids = []string{id}
		} else if len(ids) == 0 {
			ids = nil
		}
	}
	if c.Kind == claims.KindQuote && c.Speaker != "" {
		key := strings.ToLower(c.Speaker)
		if len(ids) == 1 {
			j.speakerSource[key] = ids[0]
		} else if len(ids) == 0 && c.AttributedTo == "" && c.Document == "" {
			if id, ok := j.speakerSource[key]; ok {
				ids = []string{id}
				j.inherited[c.ID] = true
			}
		}
	}
	if len(ids) > 0 {
		j.credited[c.ID] = ids
	}
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

func (j *job) sentenceSpan(c *claims.Claim) claims.Span {
	_, sp := sentenceOf(j.story, claims.Span{Start: c.Start, End: c.End})
	return sp
}

func (j *job) sourceForURL(u string) string {
	cu := canonical(u)
	for _, s := range j.in.Sources {
		if canonical(s.URL) == cu || canonical(s.FinalURL) == cu {
			return s.ID
		}
	}
	return ""
}

// canonical is a light URL normalisation for matching links to sources.
func canonical(raw string) string {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil {
		return raw
	}
	u.Fragment = ""
	u.Host = strings.TrimPrefix(strings.ToLower(u.Host), "www.")
	u.Scheme = ""
	return strings.TrimSuffix(u.String(), "/")
}

// outletMatches reports whether an outlet named in the story ("the AP",
// "Reuters", "SOUTHCOM") is a source's publisher, by name, acronym,
// the initials its page gives itself, or host.
func outletMatches(name string, s *claims.Source, initials []string) bool {
	n := strings.ToLower(strings.TrimSpace(name))
	n = strings.TrimPrefix(n, "the ")
	if n == "" {
		return false
	}
	pub := strings.ToLower(strings.TrimPrefix(strings.TrimPrefix(s.Publisher, "The "), "the "))
	if pub != "" && (pub == n || strings.Contains(pub, n) && len(n) >= 4 || strings.Contains(n, pub) && len(pub) >= 4) {
		return true
	}
	// "AP" for "AP News": an acronym that is a whole word of the name.
	if an := strings.TrimSpace(name); len(an) >= 2 && strings.ToUpper(an) == an && !strings.Contains(an, " ") {
		for _, w := range strings.Fields(s.Publisher) {
			if w == an {
				return true
			}
		}
	}
	if pub != "" && (claims.AcronymOf(name, s.Publisher) || claims.AcronymOf(strings.TrimPrefix(name, "the "), s.Publisher)) {
		return true
	}
	if slices.Contains(initials, strings.TrimPrefix(strings.TrimSpace(name), "the ")) {
		return true
	}
	// "AP News" and "the Associated Press": an acronym in one name that
	// abbreviates the other.
	for _, pair := range [][2]string{{s.Publisher, name}, {name, s.Publisher}} {
		for _, tok := range strings.Fields(pair[0]) {
			if len(tok) >= 2 && len(tok) <= 6 && strings.ToUpper(tok) == tok && claims.AcronymOf(tok, pair[1]) {
				return true
			}
		}
	}
	host := ""
	if u, err := url.Parse(s.URL); err == nil {
		host = strings.ToLower(u.Hostname())
	}
	compact := strings.ReplaceAll(n, " ", "")
	for _, part := range strings.Split(host, ".") {
		if part == compact || len(compact) >= 4 && strings.HasPrefix(part, compact) {
			return true
		}
	}
	if s.Doc != nil && s.Doc.Byline != "" && strings.Contains(strings.ToLower(s.Doc.Byline), n) && len(n) >= 4 {
		return true
	}
	// The name the story's link gives the source.
	if claims.IsNameLike(s.CitedAs) && strings.TrimPrefix(strings.ToLower(s.CitedAs), "the ") == n {
		return true
	}
	return false
}

// docKey is a document's word without its determiner: "a statement",
// "the statement" and "its statement" are one key.
func docKey(doc string) string {
	f := strings.Fields(strings.ToLower(doc))
	if len(f) == 0 {
		return ""
	}
	return strings.Trim(f[len(f)-1], ".,;:")
}

// sourceForDocument finds the source a story credits as a document ("the
// company's statement"): the one cited with that word in its anchor text,
// when exactly one is.
func (j *job) sourceForDocument(name string) string {
	word := docKey(name)
	if word == "" {
		return ""
	}
	// "the ministry's statement" is the ministry's, whatever another
	// body's link says: its owner must be the publisher.
	owner := docOwner(name)
	owns := func(s *claims.Source) bool {
		return owner == "" || slices.Contains(strings.Fields(strings.ToLower(publisherOf(s))), owner) || outletMatches(owner, s, j.initials[s.ID])
	}
	// The one source that fits; more than one is no answer.
	only := func(fits func(*claims.Source) bool) (id string, many bool) {
		for _, s := range j.in.Sources {
			if fits(s) {
				if id != "" && id != s.ID {
					return "", true
				}
				id = s.ID
			}
		}
		return id, false
	}
	found, many := only(func(s *claims.Source) bool { return strings.Contains(strings.ToLower(s.CitedAs), word) && owns(s) })
	if found == "" && !many && owner != "" {
		found, _ = only(owns)
	}
	return found
}

// docOwner is the body a document is said to be of: "ministry" in "the
// ministry's statement".
func docOwner(doc string) string {
	for _, w := range strings.Fields(strings.ToLower(doc)) {
		if o, ok := strings.CutSuffix(w, "'s"); ok {
			return o
		}
		if o, ok := strings.CutSuffix(w, "’s"); ok {
			return o
		}
	}
	return ""
}

func (j *job) sourceForOutlet(name string) string {
	for _, s := range j.in.Sources {
		if outletMatches(name, s, j.initials[s.ID]) {
			return s.ID
		}
	}
	return ""
}

// isOwnOutlet reports whether the story credits its own publisher ("told
// The War Zone" in The War Zone): own reporting, with no source to check.
func (j *job) isOwnOutlet(name string) bool {
	own := &claims.Source{URL: j.in.Article.URL, Publisher: j.in.Article.Publisher}
	return outletMatches(name, own, nil)
}

// search runs a query, memoised for the job.
func (j *job) search(q claims.Query) (*claims.Results, error) {
	key := fmt.Sprintf("%s|%s|%s|%v|%d", q.Match, q.Phrase, q.Text, q.SourceIDs, q.Limit)
	j.mu.Lock()
	if r, ok := j.cache[key]; ok {
		j.mu.Unlock()
		return r, nil
	}
	j.mu.Unlock()
	if len(j.okIDs) == 0 {
		return &claims.Results{}, nil
	}
	if len(q.SourceIDs) == 0 {
		q.SourceIDs = j.okIDs
	}
	r, err := j.v.Searcher.Search(j.ctx, q)
	if err != nil {
		return nil, fmt.Errorf("search evidence: %w", err)
	}
	j.mu.Lock()
	j.cache[key] = r
	j.mu.Unlock()
	return r, nil
}

// creditedFetched tells, for a claim with no evidence, whether its
// credited source was fetched (unsupported) or not (unverifiable).
func (j *job) creditedFetched(c *claims.Claim) (fetched, failed []*claims.Source) {
	for _, id := range j.credited[c.ID] {
		s := j.sources[id]
		if s == nil {
			continue
		}
		if s.OK() {
			fetched = append(fetched, s)
		} else {
			failed = append(failed, s)
		}
	}
	return fetched, failed
}

func (j *job) add(d claims.Discrepancy) {
	d.ID = claims.StableID(append([]string{"discrepancy", j.url, d.Kind}, evidenceKey(d)...)...)
	if d.ClaimIDs == nil {
		d.ClaimIDs = []string{}
	}
	j.discs = append(j.discs, d)
}

func evidenceKey(d claims.Discrepancy) []string {
	var vals []string
	for _, e := range d.Evidence {
		vals = append(vals, strings.ToLower(e.Value))
	}
	sort.Strings(vals)
	return vals
}

// dropFigureGaps drops "the credited page gives no such figure" where a
// number finding already sets that figure against a source's: one fault,
// told once, with the figure that contradicts it.
func (j *job) dropFigureGaps(cs []claims.Claim) {
	if len(j.figureGaps) == 0 {
		return
	}
	byID := make(map[string]*claims.Claim, len(cs))
	for i := range cs {
		byID[cs[i].ID] = &cs[i]
	}
	numbered := map[int]bool{}
	for _, d := range j.discs {
		if d.Kind != claims.DiscNumber {
			continue
		}
		for _, id := range d.ClaimIDs {
			if c := byID[id]; c != nil && c.Kind == claims.KindNumber {
				numbered[c.Start] = true
			}
		}
	}
	out := j.discs[:0]
	for _, d := range j.discs {
		if sp, ok := j.figureGaps[d.ID]; ok && numbered[sp.Start] {
			continue
		}
		out = append(out, d)
	}
	j.discs = out
}

// dateJudged drops an "unsupported" finding about a date that a date
// finding already sets against the same source ("27 July 2025" credited
// to a body whose page has 27 July 2026): one fault, told once, as the
// date it is.
func dateJudged(ds []claims.Discrepancy) []claims.Discrepancy {
	type key struct{ url, date string }
	judged := map[key]bool{}
	for _, d := range ds {
		if d.Kind != claims.DiscDate || len(d.Evidence) < 2 {
			continue
		}
		v := d.Evidence[0].Value
		i, j := strings.Index(v, "“"), strings.LastIndex(v, "”")
		if i < 0 || j <= i {
			continue
		}
		for _, e := range d.Evidence[1:] {
			judged[key{e.URL, v[i+len("“") : j]}] = true
		}
	}
	out := ds[:0:0]
	for _, d := range ds {
		if d.Kind == claims.DiscUnsupported && len(d.Evidence) >= 2 && judged[key{d.Evidence[1].URL, d.Evidence[0].Value}] {
			continue
		}
		out = append(out, d)
	}
	return out
}

func dedupe(ds []claims.Discrepancy) []claims.Discrepancy {
	seen := map[string]int{}
	out := []claims.Discrepancy{}
	for _, d := range ds {
		if i, ok := seen[d.ID]; ok {
			out[i].ClaimIDs = mergeIDs(out[i].ClaimIDs, d.ClaimIDs)
			continue
		}
		seen[d.ID] = len(out)
		out = append(out, d)
	}
	return out
}

// coveredByQuote drops a number finding whose story figures all sit
// inside a quotation that a quote finding already flags: "the looting of
// KSh 2.4 billion" misquoted is one fault, told once, as a quote.
func coveredByQuote(ds []claims.Discrepancy, cs []claims.Claim) []claims.Discrepancy {
	byID := make(map[string]*claims.Claim, len(cs))
	for i := range cs {
		byID[cs[i].ID] = &cs[i]
	}
	type flag struct {
		c       *claims.Claim
		summary string
	}
	var flagged []flag
	for _, d := range ds {
		if d.Kind != claims.DiscQuote {
			continue
		}
		for _, id := range d.ClaimIDs {
			if c := byID[id]; c != nil && c.Kind == claims.KindQuote {
				flagged = append(flagged, flag{c, d.Summary})
			}
		}
	}
	if len(flagged) == 0 {
		return ds
	}
	out := ds[:0]
	for _, d := range ds {
		if d.Kind == claims.DiscNumber && len(d.ClaimIDs) > 0 {
			inside := 0
			for _, id := range d.ClaimIDs {
				c := byID[id]
				if c == nil || c.Kind != claims.KindNumber {
					continue
				}
				for _, q := range flagged {
					// The quote's own finding must be about a number:
					// "changes a number", not other words.
					if q.c.Start <= c.Start && c.End <= q.c.End && strings.Contains(q.summary, "changes a number") {
						inside++
						break
					}
				}
			}
			if inside > 0 && inside == countKind(d.ClaimIDs, byID, claims.KindNumber) {
				continue
			}
		}
		out = append(out, d)
	}
	return out
}

func countKind(ids []string, byID map[string]*claims.Claim, kind string) int {
	n := 0
	for _, id := range ids {
		if c := byID[id]; c != nil && c.Kind == kind {
			n++
		}
	}
	return n
}

func mergeIDs(a, b []string) []string {
	for _, x := range b {
		if !contains(a, x) {
			a = append(a, x)
		}
	}
	return a
}

func sortDiscrepancies(ds []claims.Discrepancy) {
	sort.SliceStable(ds, func(a, b int) bool {
		ra, rb := claims.SeverityRank(ds[a].Severity), claims.SeverityRank(ds[b].Severity)
		if ra != rb {
			return ra > rb
		}
		return ds[a].Kind < ds[b].Kind
	})
}

// uncited lists outlets the story credits in words that are not among the
// fetched sources.
func (j *job) uncited(cs []claims.Claim) []string {
	var out []string
	seen := map[string]bool{}
	for _, c := range cs {
		if c.AttributedTo == "" || j.own[c.ID] || len(j.credited[c.ID]) > 0 {
			continue
		}
		if !j.story.IsOutlet(c.AttributedTo) {
			continue
		}
		k := strings.ToLower(c.AttributedTo)
		if seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, c.AttributedTo)
	}
	return out
}

func (j *job) sourceEvidence(s *claims.Source, value, text string, marks []claims.Span) claims.Evidence {
	return claims.Evidence{Where: "source", URL: s.URL, SourceID: s.ID, Publisher: publisherOf(s), Value: value, Text: text, Marks: marks}
}

func (j *job) articleEvidence(value, text string, marks []claims.Span) claims.Evidence {
	return claims.Evidence{Where: "article", URL: j.in.Article.URL, Publisher: j.in.Article.Publisher, Value: value, Text: text, Marks: marks}
}

func publisherOf(s *claims.Source) string {
	if s.Publisher != "" {
		return s.Publisher
	}
	if u, err := url.Parse(s.URL); err == nil {
		return strings.TrimPrefix(u.Hostname(), "www.")
	}
	return s.URL
}

// sentenceOf returns the sentences of an analysis a span lies in: the
// one it starts in and any it runs on into. Sentences are in order, so
// the first is found by halving; judges call this for every pair of
// figures and names.
func sentenceOf(a *claims.Analysis, sp claims.Span) (string, claims.Span) {
	ss := a.Sentences
	i := sort.Search(len(ss), func(i int) bool { return ss[i].End > sp.Start })
	if i == len(ss) || sp.Start < ss[i].Start {
		return a.Text[sp.Start:sp.End], sp
	}
	end := ss[i].End
	for k := i + 1; k < len(ss) && ss[k].Start < sp.End; k++ {
		end = ss[k].End
	}
	return a.Text[ss[i].Start:end], claims.Span{Start: ss[i].Start, End: end}
}

func shift(spans []claims.Span, by int) []claims.Span {
	out := make([]claims.Span, len(spans))
	for i, s := range spans {
		out[i] = claims.Span{Start: s.Start - by, End: s.End - by}
	}
	return out
}
