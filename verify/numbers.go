package verify

import (
	"fmt"
	"math"
	"sort"
	"strings"
	"time"

	"github.com/provenance-audit/provenance/claims"
)

// figRef is a figure where it stands: in the story or in a source.
type figRef struct {
	f       *claims.Figure
	src     *claims.Source // nil: the story
	an      *claims.Analysis
	claimID string
	sent    string
	hit     claims.Hit
}

func (r *figRef) key() string {
	where := "article"
	if r.src != nil {
		where = r.src.ID
	}
	return fmt.Sprintf("%s@%d", where, r.f.Span.Start)
}

// numberLinks holds, per story figure claim, the comparable source
// figures found for it.
type numberLinks struct {
	story *figRef
	found []*figRef
}

// linkNumber finds source figures of the same quantity as a story
// figure, in the passages that best match its sentence.
func (j *job) linkNumber(c *claims.Claim) error {
	f := c.Figure
	if f == nil || !comparableKind(f) {
		return nil
	}
	sent, _ := sentenceOf(j.story, f.Span)
	story := &figRef{f: f, an: j.story, claimID: c.ID, sent: claims.NormalizeSpace(sent)}
	queries := []claims.Query{{Match: sent, Limit: 10}}
	if ids := j.credited[c.ID]; len(ids) > 0 {
		queries = append([]claims.Query{{Match: sent, SourceIDs: ids, Limit: 5}}, queries...)
	}
	seen := map[string]bool{}
	links := &numberLinks{story: story}
	for _, q := range queries {
		r, err := j.search(q)
		if err != nil {
			return err
		}
		for _, h := range r.Hits {
			an := j.analyses[h.SourceID]
			src := j.sources[h.SourceID]
			if an == nil {
				continue
			}
			for i := range an.Figures {
				g := &an.Figures[i]
				if g.Span.Start < h.Start || g.Span.End > h.End {
					continue
				}
				ref := &figRef{f: g, src: src, an: an, hit: h}
				if seen[ref.key()] {
					continue
				}
				seen[ref.key()] = true
				gs, _ := sentenceOf(an, g.Span)
				ref.sent = claims.NormalizeSpace(gs)
				if j.comparable(story, ref) {
					links.found = append(links.found, ref)
				}
			}
		}
	}
	j.mu.Lock()
	j.numbers = append(j.numbers, links)
	j.mu.Unlock()
	// Support: agreeing figures first.
	agree, conflict := 0, 0
	for _, r := range links.found {
		rel := claims.Supports
		if !f.Agrees(r.f) {
			rel = claims.Contradicts
			conflict++
		} else {
			agree++
		}
		c.Support = append(c.Support, claims.Support{SourceID: r.src.ID, URL: r.src.URL, Passage: r.hit.Text, PassageID: r.hit.ID,
			Relation: rel, Score: round2(r.hit.Score), Start: r.hit.Start, End: r.hit.End, Value: valueOf(r.f)})
	}
	sort.SliceStable(c.Support, func(a, b int) bool {
		return c.Support[a].Relation == claims.Supports && c.Support[b].Relation != claims.Supports
	})
	switch {
	case agree > 0:
		c.Status = claims.Supported
	case conflict > 0:
		c.Status = claims.Contradicted
	default:
		c.Status = claims.Unverifiable
		c.Note = "no cited source gives this figure"
		if _, failed := j.creditedFetched(c); len(failed) > 0 {
			c.Note = "the credited source could not be fetched: " + failed[0].Error
		}
	}
	return nil
}

// comparableKind reports whether a figure counts something worth
// comparing across sources.
func comparableKind(f *claims.Figure) bool {
	switch f.Scope {
	case "duration", "subset":
		return f.Counts == "sentenced"
	}
	return f.Counts != "" && f.Counts != "count" && f.Counts != "year" && f.Counts != "age"
}

// subjectClass folds what a figure counts people as: general people
// ("people", "others", "members", or nothing said) or a specific group.
func subjectClass(f *claims.Figure) string {
	if f.Of == "" {
		return "people"
	}
	words := strings.Fields(strings.ToLower(f.Of))
	head := words[len(words)-1]
	switch head {
	case "people", "persons", "person", "others", "other", "individuals", "members", "member", "men", "victims", "casualties", "bodies", "lives", "dead":
		return "people"
	}
	return singularWord(head)
}

func singularWord(w string) string {
	switch {
	case strings.HasSuffix(w, "ies"):
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"):
		return w[:len(w)-1]
	}
	return w
}

// comparable decides whether a source figure measures the same quantity
// as a story figure: the same thing counted, of the same people, over the
// same scope, about the same event. Each "no" has a reason a reader would
// accept: a cumulative toll is not a day's toll; "including 12 children"
// is part of a total; a report published before the event cannot count
// its dead.
func (j *job) comparable(a, b *figRef) bool {
	fa, fb := a.f, b.f
	if fa.Counts != fb.Counts || !comparableKind(fb) {
		return false
	}
	if fa.Scope != fb.Scope {
		return false
	}
	if fa.Counts == "money" && fa.Unit != fb.Unit {
		return false
	}
	if isOutcomeCount(fa.Counts) && subjectClass(fa) != subjectClass(fb) {
		return false
	}
	// Another event: a report from before the story's events.
	if fa.Scope == "" && b.src != nil && b.src.Doc != nil && !b.src.Doc.Published.IsZero() && !j.in.Article.Published.IsZero() {
		if b.src.Doc.Published.Before(j.in.Article.Published.Add(-72 * time.Hour)) {
			return false
		}
	}
	// Dated differently in their sentences.
	if da, db := dayOf(a), dayOf(b); !da.IsZero() && !db.IsZero() && absDays(da.Sub(db)) > 1 {
		return false
	}
	// For counts that are not an event's toll (troops, attacks, money)
	// the sentences must speak of the same thing.
	if !isOutcomeCount(fa.Counts) {
		if overlap(contentWords(a.sent), contentWords(b.sent)) < 0.3 {
			return false
		}
	}
	return true
}

func isOutcomeCount(c string) bool {
	switch c {
	case "killed", "wounded", "missing", "arrested", "detained", "displaced", "evacuated", "rescued", "hospitalised", "cases":
		return true
	}
	return false
}

// dayOf returns the date stated in a figure's sentence, if one is.
func dayOf(r *figRef) time.Time {
	si := -1
	for i, s := range r.an.Sentences {
		if r.f.Span.Start >= s.Start && r.f.Span.Start < s.End {
			si = i
			break
		}
	}
	for _, d := range r.an.Dates {
		if d.Sentence == si && d.HasDay && !d.Date.IsZero() && !d.Relative {
			return d.Date
		}
	}
	return time.Time{}
}

func absDays(d time.Duration) float64 { return math.Abs(d.Hours() / 24) }

// judgeNumbers groups the figures of each quantity and flags a group
// whose values cannot all be true.
func (j *job) judgeNumbers(cs []claims.Claim) {
	// Union story figures that share a source figure.
	parent := map[*numberLinks]*numberLinks{}
	var find func(*numberLinks) *numberLinks
	find = func(x *numberLinks) *numberLinks {
		if parent[x] == nil || parent[x] == x {
			parent[x] = x
			return x
		}
		parent[x] = find(parent[x])
		return parent[x]
	}
	owner := map[string]*numberLinks{}
	for _, l := range j.numbers {
		find(l)
		for _, r := range l.found {
			if o, ok := owner[r.key()]; ok {
				parent[find(l)] = find(o)
			} else {
				owner[r.key()] = l
			}
		}
	}
	groups := map[*numberLinks][]*numberLinks{}
	var order []*numberLinks
	for _, l := range j.numbers {
		root := find(l)
		if _, ok := groups[root]; !ok {
			order = append(order, root)
		}
		groups[root] = append(groups[root], l)
	}
	for _, root := range order {
		j.judgeGroup(groups[root])
	}
}

func (j *job) judgeGroup(ls []*numberLinks) {
	var refs []*figRef
	seen := map[string]bool{}
	var claimIDs []string
	for _, l := range ls {
		if len(l.found) == 0 {
			continue
		}
		claimIDs = append(claimIDs, l.story.claimID)
		for _, r := range append([]*figRef{l.story}, l.found...) {
			if !seen[r.key()] {
				seen[r.key()] = true
				refs = append(refs, r)
			}
		}
	}
	if len(refs) < 2 {
		return
	}
	// Conflicting pairs (not all intervals meet).
	conflict := false
	storyConflict := false
	for a := 0; a < len(refs); a++ {
		for b := a + 1; b < len(refs); b++ {
			if !refs[a].f.Agrees(refs[b].f) {
				conflict = true
				if refs[a].src == nil || refs[b].src == nil {
					storyConflict = true
				}
			}
		}
	}
	if !conflict {
		return
	}
	f0 := refs[0].f
	what := quantityName(f0)
	sev := claims.Medium
	if isOutcomeCount(f0.Counts) && (storyConflict || f0.Counts == "killed") {
		sev = claims.High
	}
	// Evidence: each distinct value where it stands, story first.
	sort.SliceStable(refs, func(a, b int) bool { return refs[a].src == nil && refs[b].src != nil })
	var ev []claims.Evidence
	byValue := map[string][]string{}
	var values []string
	for _, r := range refs {
		v := valueOf(r.f)
		if r.src == nil {
			ev = append(ev, j.articleEvidence(v, r.sent, nil))
			addWho(byValue, &values, r.f.Interval(), "the story")
		} else {
			ev = append(ev, j.sourceEvidence(r.src, v, r.sent, nil))
			addWho(byValue, &values, r.f.Interval(), publisherOf(r.src))
		}
	}
	var parts []string
	for _, v := range values {
		parts = append(parts, v+" ("+strings.Join(byValue[v], ", ")+")")
	}
	summary := "Figures for " + what + " disagree: " + strings.Join(parts, " vs ") + "; decide which figure the story stands by and attribute each."
	if !storyConflict {
		summary = "Sources disagree on " + what + ": " + strings.Join(parts, " vs ") + "; the story follows one of them, say so or attribute the figure."
	}
	j.add(claims.Discrepancy{Kind: claims.DiscNumber, Severity: sev, Summary: summary, ClaimIDs: claimIDs, Evidence: ev,
		Why: "the figures count the same thing (" + f0.Counts + ", " + subjectClass(f0) + ") in passages about the same event, and their intervals do not meet"})
}

func addWho(m map[string][]string, order *[]string, v, who string) {
	if _, ok := m[v]; !ok {
		*order = append(*order, v)
	}
	for _, x := range m[v] {
		if x == who {
			return
		}
	}
	m[v] = append(m[v], who)
}

// valueOf renders a figure as the evidence shows it: its interval, and
// its words when they are not the number itself.
func valueOf(f *claims.Figure) string {
	iv := f.Interval()
	if f.Text == iv || strings.ReplaceAll(f.Text, ",", "") == strings.ReplaceAll(iv, ",", "") {
		return iv
	}
	words := f.Text
	if f.Of != "" {
		words += " " + f.Of
	}
	return iv + " (“" + words + "”)"
}

func quantityName(f *claims.Figure) string {
	switch f.Counts {
	case "killed":
		return "the number killed"
	case "wounded":
		return "the number wounded"
	case "money":
		return "the amount"
	case "percent":
		return "the percentage"
	}
	if isOutcomeCount(f.Counts) {
		return "the number " + f.Counts
	}
	return "the number of " + f.Counts + "s"
}
