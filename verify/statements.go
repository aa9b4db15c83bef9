package verify

import (
	"math"
	"regexp"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/provenance-audit/provenance/claims"
)

// stopwords carry no content for deciding whether a passage bears out a
// statement.
var stopwords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`a an the and or but if then so of to in on at by for with from as into onto over under about after before
	during since until than that this these those it its it's is are was were be been being has have had do does did will would can could
	may might must shall should which who whom whose what when where why how he she they we i you his her their our my your him them us me
	also not no yes there here said says say told tells according reported reports reporting noted added statement more most some any all
	each every other another such only just very much many one said, s t`) {
		stopwords[w] = true
	}
}

// contentWords returns the folded content words of a text, without the
// names of the outlets it credits.
func contentWords(text string, drop ...string) map[string]bool {
	skip := map[string]bool{}
	for _, d := range drop {
		for _, w := range claims.Words(d) {
			skip[stem(w)] = true
		}
	}
	out := map[string]bool{}
	for _, w := range claims.Words(text) {
		w = normWord(w)
		if stopwords[w] || len(w) < 2 {
			continue
		}
		s := stem(w)
		if skip[s] {
			continue
		}
		out[s] = true
	}
	return out
}

// stem is a light suffix stripper for overlap counting (killed/killing/
// kills → kill); it does not need to be a real stemmer.
func stem(w string) string {
	for _, suf := range []string{"ing", "edly", "ed", "es", "s", "ly"} {
		if strings.HasSuffix(w, suf) && len(w)-len(suf) >= 3 {
			return w[:len(w)-len(suf)]
		}
	}
	return w
}

// byOverlap orders hits by the share of want's words each holds, ties by
// id, and returns each hit's content words beside it (read once).
func byOverlap(want map[string]bool, in []claims.Hit) ([]claims.Hit, []map[string]bool) {
	type ranked struct {
		hit   claims.Hit
		words map[string]bool
		share float64
	}
	rs := make([]ranked, len(in))
	for i, h := range in {
		w := contentWords(h.Text)
		rs[i] = ranked{h, w, overlap(want, w)}
	}
	sort.SliceStable(rs, func(a, b int) bool {
		if rs[a].share != rs[b].share {
			return rs[a].share > rs[b].share
		}
		return rs[a].hit.ID < rs[b].hit.ID
	})
	hits := make([]claims.Hit, len(rs))
	words := make([]map[string]bool, len(rs))
	for i, r := range rs {
		hits[i], words[i] = r.hit, r.words
	}
	return hits, words
}

// overlap is the share of want's words present in have.
func overlap(want, have map[string]bool) float64 {
	if len(want) == 0 {
		return 0
	}
	n := 0
	for w := range want {
		if have[w] {
			n++
		}
	}
	return float64(n) / float64(len(want))
}

// bestPassage returns the hit that best bears out a text, with a score:
// the share of the text's content words found in that passage and the
// next best two of the same source (a sentence of the story often sums up
// what a source says over a paragraph or two).
func (j *job) bestPassage(text string, drop []string, sourceIDs []string, limit int) (claims.Hit, float64, error) {
	r, err := j.search(claims.Query{Match: text, SourceIDs: sourceIDs, Limit: limit})
	if err != nil {
		return claims.Hit{}, 0, err
	}
	want := contentWords(text, drop...)
	// Rank by shared words, not by the index's score, so that the same
	// story gives the same judgement however the index has grown.
	hits, words := byOverlap(want, r.Hits)
	var best claims.Hit
	bestScore := -1.0
	for i, h := range hits {
		have := map[string]bool{}
		for w := range words[i] {
			have[w] = true
		}
		n := 1
		for k, o := range hits {
			if o.ID != h.ID && o.SourceID == h.SourceID && n < 3 {
				for w := range words[k] {
					have[w] = true
				}
				n++
			}
		}
		if s := overlap(want, have); s > bestScore {
			best, bestScore = h, s
		}
	}
	return best, bestScore, nil
}

const (
	supportThreshold = 0.6
	partialThreshold = 0.4
	// paraphraseFloor: below this share of its words in the credited
	// source, a claim is not there at all.
	paraphraseFloor = 0.25
)

// checkStatement decides whether the source a statement is credited to
// bears it out.
func (j *job) checkStatement(c *claims.Claim) error {
	// A statement that is mostly a quotation is the quotation's to judge
	// (word by word, against its speaker's source): told once. Its
	// support still shows.
	if !j.mostlyQuoted(c) || j.figureOutsideQuotes(c) {
		return j.judgeStatement(c)
	}
	n := len(j.discs)
	err := j.judgeStatement(c)
	kept := j.discs[:n]
	for _, d := range j.discs[n:] {
		if !slices.Equal(d.ClaimIDs, []string{c.ID}) {
			kept = append(kept, d)
		}
	}
	j.discs = kept
	if c.Status == claims.Unsupported {
		c.Status, c.Note = claims.Unverifiable, "mostly a quotation, judged word by word as one"
	}
	return err
}

// judgeStatement weighs a statement against the sources it credits.
func (j *job) judgeStatement(c *claims.Claim) error {
	// "The results were published on Wednesday, May 13, in the Journal":
	// the credited page's own date bears out when it came out.
	if fetched, _ := j.creditedFetched(c); len(fetched) > 0 && j.issueDateMatches(c, fetched[0]) {
		c.Status = claims.Supported
		c.Note = "the credited page is dated so"
		return nil
	}
	drop := []string{c.AttributedTo, c.Document, "according to", "reported", "noted", "told", "said", "cited", "citing"}
	credited := j.credited[c.ID]
	fetched, failed := j.creditedFetched(c)
	if len(fetched) > 0 {
		var ids []string
		for _, s := range fetched {
			ids = append(ids, s.ID)
		}
		h, score, err := j.bestPassage(claimCore(c.Text), drop, ids, 12)
		if err != nil {
			return err
		}
		// A figure the claim gives must be in the credited source: "would
		// hire 200 nurses" is not borne out by a release about nurses.
		if f := j.missingFigure(c, fetched); f != nil {
			// Told, figure and all, by another source: credited to the
			// wrong one.
			if done, err := j.creditedElsewhere(c, drop, credited, fetched[0], true); err != nil || done {
				return err
			}
			// Or the figure's own clause is another source's, the rest
			// the credited one's: "said refining had cut petrol imports
			// by 38 per cent since January, and noted that …".
			if done, err := j.clauseElsewhere(c, f, drop, credited, fetched[0]); err != nil || done {
				return err
			}
			c.Status = claims.Unsupported
			c.Note = "the credited source gives no such figure: “" + f.Text + "”"
			c.Support = append(c.Support, hitSupport(h, claims.Partial, score))
			if src, who, sent := j.saidByOtherParty(f, fetched); src != nil {
				c.Note = "in the credited source only " + who + " gives this figure: “" + f.Text + "”"
				j.add(claims.Discrepancy{
					Kind: claims.DiscAttribution, Severity: claims.Medium, ClaimIDs: []string{c.ID},
					Summary: "The story credits " + publisherOf(src) + " with “" + strings.TrimSpace(f.Text+" "+f.Of) + "”, but on its page only " + who +
						" says it; credit the person who said it.",
					Why: "the figure is in the credited source only in the turn of a speaker from another organisation",
					Evidence: []claims.Evidence{
						j.articleEvidence(valueOf(f), c.Sentence, nil),
						j.sourceEvidence(src, who, sent, nil),
					},
				})
				return nil
			}
			j.unsupportedFigure(c, fetched[0], f)
			return nil
		}
		// So must a date it gives with its year: "first warned in 2023"
		// is not borne out by a report that never names 2023.
		if d := j.missingDate(c, fetched); d != "" {
			// Misattributed only where the other source has the date:
			// a year no source gives is a wrong year, judged as a date.
			if done, err := j.creditedElsewhere(c, drop, credited, fetched[0], true); err != nil || done {
				return err
			}
			c.Status = claims.Unsupported
			c.Note = "the credited source gives no such date: “" + d + "”"
			c.Support = append(c.Support, hitSupport(h, claims.Partial, score))
			j.unsupportedPart(c, fetched[0], d)
			return nil
		}
		// Every part of the claim must be borne out: "severance at twice
		// the legal minimum, and medical coverage until June" is not
		// supported by a statement that speaks only of the coverage.
		weak, weakScore, err := j.weakestClause(claimCore(c.Text), drop, ids)
		if err != nil {
			return err
		}
		if weak != "" && weakScore < clauseFloor {
			// The whole of it in another source: credited to the wrong
			// one ("…, the OSP said" of what only the wire saw).
			if done, err := j.creditedElsewhere(c, drop, credited, fetched[0], true); err != nil || done {
				return err
			}
			c.Status = claims.Unsupported
			c.Note = "not in the credited source: “" + weak + "”"
			c.Support = append(c.Support, hitSupport(h, claims.Partial, score))
			j.unsupportedPart(c, fetched[0], weak)
			return nil
		}
		// Only in part, where another source has it whole: "traced to a
		// tanker filling up at an unlicensed well", credited to an agency
		// whose page speaks only of tankers.
		// A claim with figures or dates is weighed by them (above).
		if score < partialThreshold+0.05 && !j.otherLanguage(c, fetched[0]) && !j.hasFigureOrDate(c) && j.onlyElsewhere(claimCore(c.Text), fetched) {
			if done, err := j.creditedElsewhereOver(c, drop, credited, fetched[0], true, max(0.7, score+0.3)); err != nil || done {
				return err
			}
		}
		if score < partialThreshold && score >= paraphraseFloor {
			// Much of it is there in other words: a paraphrase, not an
			// error worth an editor's time; shown as partial support.
			c.Status = claims.Supported
			c.Note = "the credited source bears the claim out in part (in other words?)"
			c.Support = append(c.Support, hitSupport(h, claims.Partial, score))
			return nil
		}
		if score >= partialThreshold {
			rel := claims.Partial
			c.Status = claims.Supported
			if score >= supportThreshold {
				rel = claims.Supports
			}
			c.Support = append(c.Support, hitSupport(h, rel, score))
			if rel == claims.Partial {
				c.Note = "the credited source bears the claim out in part"
			}
			return nil
		}
		if j.otherLanguage(c, fetched[0]) {
			// Its words cannot be weighed, but a person's or a place's
			// name can: told whole by another source that has a name the
			// credited page lacks, it is that source's.
			if j.nameNotOn(c, fetched[0]) {
				if done, err := j.creditedElsewhere(c, drop, credited, fetched[0], false); err != nil || done {
					return err
				}
			}
			return nil
		}
		// Not in the credited source: anywhere else?
		if done, err := j.creditedElsewhere(c, drop, credited, fetched[0], false); err != nil || done {
			return err
		}
		c.Status = claims.Unsupported
		j.unsupported(c, fetched[0])
		if score >= 0.15 {
			// Some of it is there: likely a characterisation in the
			// story's own words. Worth a look, not an alarm.
			j.discs[len(j.discs)-1].Severity = claims.Low
		}
		return nil
	}
	if len(failed) > 0 {
		c.Status = claims.Unverifiable
		c.Note = "the credited source could not be fetched: " + failed[0].Error
		return nil
	}
	// Credited to the story's own reporting or to an outlet not cited:
	// supported if some source carries it, otherwise unverifiable.
	h, score, err := j.bestPassage(c.Text, drop, nil, 12)
	if err != nil {
		return err
	}
	if score >= supportThreshold {
		c.Status = claims.Supported
		c.Support = append(c.Support, hitSupport(h, claims.Supports, score))
		return nil
	}
	c.Status = claims.Unverifiable
	if j.own[c.ID] {
		c.Note = "own reporting"
	} else {
		c.Note = "credited to " + c.AttributedTo + ", which the story does not link"
	}
	return nil
}

// creditedElsewhere looks for a claim its credited source does not bear
// out in the other fetched sources. Found there, it is misattributed,
// unless that source itself credits the same body (a relay); with
// figures set, the other source must also give the claim's figures.
func (j *job) creditedElsewhere(c *claims.Claim, drop, credited []string, first *claims.Source, figures bool) (bool, error) {
	return j.creditedElsewhereOver(c, drop, credited, first, figures, supportThreshold)
}

// creditedElsewhereOver is creditedElsewhere with the score the other
// source must reach.
func (j *job) creditedElsewhereOver(c *claims.Claim, drop, credited []string, first *claims.Source, figures bool, floor float64) (bool, error) {
	var others []string
	for _, id := range j.okIDs {
		if !contains(credited, id) {
			others = append(others, id)
		}
	}
	if len(others) == 0 {
		return false, nil
	}
	oh, oscore, err := j.bestPassage(claimCore(c.Text), drop, others, 12)
	if err != nil {
		return false, err
	}
	if oscore < floor {
		return false, nil
	}
	src := j.sources[oh.SourceID]
	if figures && (j.missingFigure(c, []*claims.Source{src}) != nil || j.missingDate(c, []*claims.Source{src}) != "") {
		return false, nil
	}
	// A page in another language meets the claim in its numbers and
	// names only: too little to say the words are its and not the
	// credited page's.
	if j.inOtherLanguage(src) && !j.inOtherLanguage(first) {
		return false, nil
	}
	// The figure the credited source lacks must be the other's as the
	// story gives it: "at least 14 injured", credited to a company that
	// says 11, is not the wire's when the wire says 11 too.
	if figures {
		if mf := j.missingFigure(c, []*claims.Source{first}); mf != nil && !j.givesFigure(src, mf) {
			return false, nil
		}
	}
	c.Status = claims.Unsupported
	c.Support = append(c.Support, hitSupport(oh, claims.Supports, oscore))
	an := j.analysis(oh.SourceID)
	sent := oh.Text
	if an != nil {
		sent, _ = sentenceOf(an, claims.Span{Start: oh.Start, End: oh.Start + 1})
	}
	// Another source carries it and credits the same body ("…, Benfica
	// said"): the story's credit stands; the body's own page words it
	// otherwise.
	if credits(sent, c.AttributedTo, publisherOf(first)) {
		c.Status = claims.Supported
		c.Note = publisherOf(src) + " carries it, crediting " + publisherOf(first)
		c.Support[len(c.Support)-1].Relation = claims.Partial
		return true, nil
	}
	j.misattributed(c, first, found{src: src, sent: claims.NormalizeSpace(sent)})
	return true, nil
}

// nameNotOn reports a statement that gives a name the credited page, in
// another language of the Latin script, does not have.
func (j *job) nameNotOn(c *claims.Claim, credited *claims.Source) bool {
	return len(j.namesNotOn(c, credited)) > 0
}

// nameOnlyElsewhere reports a name of a statement that other has and
// credited, a page in another language, does not.
func (j *job) nameOnlyElsewhere(c *claims.Claim, credited, other *claims.Source) bool {
	if other == nil || other.Doc == nil {
		return false
	}
	for _, n := range j.namesNotOn(c, credited) {
		if nameOnPage(strings.ToLower(claims.StripDiacritics(other.Doc.Text)), n) {
			return true
		}
	}
	return false
}

// nameOnPage reports a folded name whose every word stands on a folded
// page, in any ending the page's language gives it: "Tomasz Nowak" is on
// a Polish page that writes "Tomasza Nowaka", "Agios Stefanos" on a Greek
// one romanised "Agio Stefano".
func nameOnPage(page, name string) bool {
	notLetter := func(r rune) bool { return !unicode.IsLetter(r) }
	words := strings.FieldsFunc(page, notLetter)
	// The name split as the page is: "o'brien", "al-hakim".
	for _, w := range strings.FieldsFunc(name, notLetter) {
		stem := w
		if len(w) >= 5 {
			stem = w[:max(4, len(w)-2)]
		}
		if !slices.ContainsFunc(words, func(p string) bool { return strings.HasPrefix(p, stem) && len(p) <= len(w)+3 }) {
			return false
		}
	}
	return true
}

// namesNotOn returns the names of two words or more that a statement gives
// and a page does not have, folded. A person's name, or a place's own
// words ("Abdul Rachman Saleh"), is written alike in any language of the
// Latin script, so a page without it does not tell this; a body's name is
// translated with its page ("Treasury Board"), and so are a place's common
// words ("Mount", "East"). Pages in other scripts (but Greek and Cyrillic,
// which names are romanised from) tell nothing this way.
func (j *job) namesNotOn(c *claims.Claim, src *claims.Source) []string {
	if c.Stmt == nil || src.Doc == nil {
		return nil
	}
	page := strings.ToLower(claims.StripDiacritics(src.Doc.Text))
	if latinShare(page) < 0.8 {
		return nil
	}
	var out []string
	for _, e := range j.story.Entities {
		if e.Kind == claims.Org {
			continue
		}
		for _, m := range e.Mentions {
			words := strings.Fields(m.Text)
			common := slices.ContainsFunc(words, func(w string) bool { return geoWords[strings.ToLower(w)] })
			if m.Start < c.Start || m.End > c.End || len(words) < 2 || common {
				continue
			}
			if name := strings.ToLower(claims.StripDiacritics(m.Text)); !nameOnPage(page, name) {
				out = append(out, name)
			}
		}
	}
	return out
}

// geoWords are the common words of place names, which a page in another
// language translates.
var geoWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`mount mountain river lake island islands province district county region state city town village airport
	port bay gulf sea coast valley national park north south east west central northern southern eastern western upper lower new saint st`) {
		geoWords[w] = true
	}
}

// latinShare is the share of a text's letters that are ASCII.
func latinShare(s string) float64 {
	letters, ascii := 0, 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			letters++
			if r < 0x80 {
				ascii++
			}
		}
	}
	if letters == 0 {
		return 0
	}
	return float64(ascii) / float64(letters)
}

// issueDateMatches reports a statement that says when the credited page
// came out ("published", "released", "issued" with a day) and gives the
// day the page itself is dated.
func (j *job) issueDateMatches(c *claims.Claim, src *claims.Source) bool {
	if src.Doc == nil || src.Doc.Published.IsZero() || !issuedWord.MatchString(c.Text) {
		return false
	}
	y, m, d := src.Doc.Published.Date()
	for _, dm := range j.story.Dates {
		if dm.Span.Start >= c.Start && dm.Span.End <= c.End && dm.HasDay && !dm.Date.IsZero() {
			if dy, dmo, dd := dm.Date.Date(); dmo == m && dd == d && (dy == y || !dm.HasYear) {
				return true
			}
		}
	}
	return false
}

var issuedWord = regexp.MustCompile(`(?i)\b(?:published|released|issued|posted|came out)\b`)

// figureOutsideQuotes reports a figure of the statement outside its
// quotation marks (", adding that 400 homes were destroyed"): the
// quotation check never weighs it.
func (j *job) figureOutsideQuotes(c *claims.Claim) bool {
	for _, f := range j.story.Figures {
		if f.Span.Start < c.Start || f.Span.End > c.End {
			continue
		}
		inside := false
		for _, q := range j.story.Quotes {
			inside = inside || q.Outer.Start <= f.Span.Start && f.Span.End <= q.Outer.End
		}
		if !inside {
			return true
		}
	}
	return false
}

// mostlyQuoted reports a statement half or more of whose text is inside
// quotation marks.
func (j *job) mostlyQuoted(c *claims.Claim) bool {
	if c.End <= c.Start {
		return false
	}
	in := 0
	for _, q := range j.story.Quotes {
		lo, hi := max(q.Outer.Start, c.Start), min(q.Outer.End, c.End)
		if hi > lo {
			in += hi - lo
		}
	}
	return in*2 >= c.End-c.Start
}

// givesFigure reports a figure of src that allows f's value and counts
// the same thing.
func (j *job) givesFigure(src *claims.Source, f *claims.Figure) bool {
	an := j.analysis(src.ID)
	if an == nil {
		return false
	}
	for k := range an.Figures {
		if g := &an.Figures[k]; g.Agrees(f) && (claims.SameMeasure(f.Counts, g.Counts) || bearsOut(j.story, f, an, g) && !sameCountDiffers(f, g)) {
			return true
		}
	}
	return false
}

// clauseElsewhere is creditedElsewhere for the clause that holds a
// figure the credited source lacks, when that clause is shorter than the
// claim.
func (j *job) clauseElsewhere(c *claims.Claim, f *claims.Figure, drop, credited []string, first *claims.Source) (bool, error) {
	cl := f.Clause
	if c.Stmt == nil || cl.End <= cl.Start || cl.End-cl.Start >= (c.End-c.Start)*4/5 || cl.Start < c.Start || cl.End > c.End {
		return false, nil
	}
	part := *c
	stmt := *c.Stmt
	stmt.Clause = cl
	part.Stmt, part.Text = &stmt, j.story.Text[cl.Start:cl.End]
	done, err := j.creditedElsewhereOver(&part, drop, credited, first, true, supportThreshold)
	if done {
		c.Status, c.Note, c.Support = part.Status, part.Note, part.Support
	}
	return done, err
}

// credits reports a sentence that gives one of names as the source of
// what it says, as the subject of a verb of saying or after "according
// to": "The fee could rise …, Benfica said" credits "SL Benfica"; "police
// said" credits "Israel Police". The name's distinctive words must all be
// there: "Israel's military said" does not credit "Israel Police", nor
// "the International Committee of the Red Cross said" the "Kenya Red
// Cross Society".
func credits(sent string, names ...string) bool {
	type word struct {
		text, lower string
		cap         bool
	}
	var ws []word
	for _, f := range strings.Fields(sent) {
		t := strings.TrimFunc(f, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '’' })
		t = strings.TrimSuffix(strings.TrimSuffix(t, "'s"), "’s")
		t = strings.Trim(t, "'’")
		if t == "" {
			continue
		}
		r := []rune(t)
		ws = append(ws, word{t, strings.ToLower(t), unicode.IsUpper(r[0])})
	}
	joins := map[string]bool{"of": true, "the": true, "for": true, "and": true, "de": true, "al": true}
	var phrases []map[string]bool
	phrase := func(from, step int) {
		p := map[string]bool{}
		for k, n := from, 0; k >= 0 && k < len(ws) && n < 8; k, n = k+step, n+1 {
			w := ws[k]
			if !w.cap && !joins[w.lower] && !(n == 0 && bodyWords[w.lower]) {
				break
			}
			p[w.lower] = true
		}
		phrases = append(phrases, p)
	}
	for i, w := range ws {
		switch {
		case sayings[w.lower]:
			phrase(i-1, -1) // "…, Benfica said"
			phrase(i+1, 1)  // "…, said Benfica"
		case w.lower == "to" && i > 0 && ws[i-1].lower == "according":
			phrase(i+1, 1)
		case w.lower == "by" && i > 0 && (ws[i-1].lower == "published" || ws[i-1].lower == "released" || ws[i-1].lower == "issued" || ws[i-1].lower == "posted" || ws[i-1].lower == "announced"):
			phrase(i+1, 1) // "results published by the Election Commission"
		}
	}
	// A page's publisher may be written in two scripts ("বাংলাদেশ নির্বাচন
	// কমিশন | Bangladesh Election Commission") and is often credited
	// without its country ("the Election Commission"): each part, and
	// each part of three words or more without its first.
	var all, shortened []string
	for _, n := range names {
		for _, part := range strings.FieldsFunc(n, func(r rune) bool { return r == '|' }) {
			part = strings.TrimSpace(part)
			all = append(all, part)
			if f := strings.Fields(part); len(f) >= 3 && !bodyWords[strings.ToLower(f[0])] && !joins[strings.ToLower(f[1])] {
				shortened = append(shortened, strings.ToLower(strings.Join(f[1:], " ")))
			}
		}
	}
	// Without its first word, the name must be the whole phrase: "the
	// Election Commission said" credits the Bangladesh Election
	// Commission; "the State Bank of India said" is not the Reserve Bank
	// of India, nor "the Election Commission of India" Bangladesh's.
	for _, n := range shortened {
		want := map[string]bool{}
		for _, w := range strings.Fields(n) {
			want[w] = true
		}
		for _, p := range phrases {
			got := map[string]bool{}
			for w := range p {
				if w != "the" {
					got[w] = true
				}
			}
			if len(got) == len(want) && len(got) > 0 {
				same := true
				for w := range want {
					same = same && got[w]
				}
				if same {
					return true
				}
			}
		}
	}
	for _, n := range all {
		var distinct []string
		head := ""
		for _, f := range strings.Fields(n) {
			l := strings.ToLower(strings.TrimFunc(f, func(r rune) bool { return !unicode.IsLetter(r) }))
			switch {
			case bodyWords[l]:
				if head == "" {
					head = l
				}
			case len([]rune(l)) >= 4:
				distinct = append(distinct, l)
			}
		}
		for _, p := range phrases {
			all := len(distinct) > 0
			for _, d := range distinct {
				all = all && p[d]
			}
			// "police said" for "Israel Police": the body named by its kind
			// alone, nothing else named.
			generic := head != "" && p[head] && len(p) <= 2 && (len(p) == 1 || p["the"])
			if all || generic {
				return true
			}
		}
	}
	return false
}

var sayings = map[string]bool{"said": true, "says": true, "told": true, "reported": true, "announced": true, "added": true, "stated": true}

// bodyWords name kinds of body, not one body: "Health" in "Ministry of
// Health" does not pick out the ministry in "the World Health
// Organization said".
var bodyWords = map[string]bool{"ministry": true, "department": true, "office": true, "agency": true, "news": true, "health": true,
	"national": true, "council": true, "command": true, "central": true, "government": true, "police": true, "army": true,
	"press": true, "service": true, "daily": true, "times": true, "post": true, "group": true, "company": true, "club": true,
	"united": true, "federal": true, "state": true, "public": true, "world": true, "international": true, "commission": true,
	"authority": true, "forces": true, "force": true, "defence": true, "defense": true, "interior": true, "foreign": true}

// clauseFloor is the share of a clause's content words the credited
// source must hold for the clause to count as borne out.
const clauseFloor = 0.34

// clauseBreak splits a claim into the parts a source must each bear out.
var clauseBreak = regexp.MustCompile(`(?i),\s+(?:and|but|while|whereas)\s+|;\s+|,\s+(?:which|who)\s+(?:reported|said)\s+that\s+`)

// creditTail is ", X said …" closing a sentence.
var creditTail = regexp.MustCompile(`,\s+[^,]{0,80}\b(?:said|says|reported|told|added|stated|announced)\b[^,]*$`)

// weakestClause returns the part of a claim its credited sources bear out
// least, with the share of its content words they hold. Parts of fewer
// than three content words are not judged.
func (j *job) weakestClause(text string, drop []string, ids []string) (string, float64, error) {
	parts := clauseBreak.Split(text, -1)
	if len(parts) < 2 {
		return "", 1, nil
	}
	weakest, weakScore := "", 1.0
	for _, p := range parts {
		// The credit at a part's end is not its content: "wounded 75
		// others, the office said in a flash update on Wednesday".
		if m := creditTail.FindStringIndex(p); m != nil && m[0] > 0 {
			p = p[:m[0]]
		}
		want := contentWords(p, drop...)
		// Numbers are the number judge's: "wounded 75 others" against a
		// source's 57 is a conflict of figures, not a missing clause.
		for w := range want {
			if w != "" && (w[0] >= '0' && w[0] <= '9') {
				delete(want, w)
			}
		}
		if len(want) < 3 {
			continue
		}
		r, err := j.search(claims.Query{Match: p, SourceIDs: ids, Limit: 15})
		if err != nil {
			return "", 0, err
		}
		// The three passages that share most with the part, whatever the
		// index's ranking: the judgement must not hang on score noise.
		_, words := byOverlap(want, r.Hits)
		have := map[string]bool{}
		for _, ws := range words[:min(3, len(words))] {
			for w := range ws {
				have[w] = true
			}
		}
		// "the US Geological Survey" is there as "(USGS)".
		for _, h := range r.Hits {
			for w := range acronymsExpanded(p, h.Text) {
				have[w] = true
			}
		}
		if s := overlap(want, have); s < weakScore {
			weakest, weakScore = strings.TrimSpace(p), s
		}
	}
	return weakest, weakScore, nil
}

// acronymsExpanded returns the content words of the capitalised names of
// text that passage gives only by their initials ("US Geological Survey",
// "USGS").
func acronymsExpanded(text, passage string) map[string]bool {
	acrs := allCaps.FindAllString(passage, -1)
	if len(acrs) == 0 {
		return nil
	}
	out := map[string]bool{}
	for _, run := range capitalisedRuns(text) {
		for _, a := range acrs {
			if claims.AcronymOf(a, run) {
				for w := range contentWords(run) {
					out[w] = true
				}
				break
			}
		}
	}
	return out
}

// allCaps finds initials written as a word: USGS, OCHA, U.N.
var allCaps = regexp.MustCompile(`\b[A-Z][A-Z.]{1,8}[A-Z]\b`)

// capitalisedRuns are the runs of two or more capitalised words of text,
// with "of", "and", "for", "the" inside them ("Office for the
// Coordination of Humanitarian Affairs").
func capitalisedRuns(text string) []string {
	var out, run []string
	flush := func() {
		for len(run) > 0 && !upperFirst(run[len(run)-1]) {
			run = run[:len(run)-1]
		}
		if len(run) >= 2 {
			out = append(out, strings.Join(run, " "))
		}
		run = nil
	}
	for _, w := range strings.Fields(text) {
		t := strings.Trim(w, ",.;:()\"“”'’")
		switch {
		case upperFirst(t):
			run = append(run, t)
		case len(run) > 0 && (t == "of" || t == "and" || t == "for" || t == "the"):
			run = append(run, t)
			continue
		default:
			flush()
			continue
		}
		if t != w && strings.ContainsAny(w[len(w)-1:], ",.;:)") {
			flush()
		}
	}
	flush()
	return out
}

func upperFirst(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// missingFigure returns a figure of the claim's sentence that no
// figure of the credited sources agrees with (durations and ages aside).
func (j *job) missingFigure(c *claims.Claim, fetched []*claims.Source) *claims.Figure {
	if c.Stmt == nil {
		return nil
	}
	for i := range j.story.Figures {
		f := &j.story.Figures[i]
		// An age is the source's to give only as a description inside
		// the credited words ("detained a 54-year-old farmer"), not as
		// the story's note on a speaker ("Ana Ruiz, 34, said").
		// "detained a 54-year-old farmer" introduces someone; "The
		// 22-year-old has signed" only refers to someone known.
		before := strings.Fields(strings.ToLower(j.story.Text[max(0, f.Span.Start-4):f.Span.Start]))
		described := f.Counts == "age" && ageCompound.MatchString(j.story.Text[f.Span.Start:min(len(j.story.Text), f.Span.End+10)]) &&
			len(before) > 0 && (before[len(before)-1] == "a" || before[len(before)-1] == "an")
		if !stmtScope(c).Contains(f.Span) || (f.Counts == "age" || f.Scope == "duration") && !described || f.Counts == "count" || isConversion(j.story.Text, f) {
			continue
		}
		// "one such group": "one" is as often a pronoun as a number.
		if strings.EqualFold(strings.TrimSpace(f.Text), "one") {
			continue
		}
		// "the two sides had split": parties already known, not a count
		// the source must give.
		if f.Value <= 4 && strings.HasSuffix(strings.ToLower(j.story.Text[max(0, f.Span.Start-4):f.Span.Start]), "the ") {
			continue
		}
		// "…, NADMO said in its report, as an aid group appealed for
		// $1.1m": a clause of its own after the credit, another's figure.
		if otherClauseAfterCredit(j.story.Text, c.Stmt.Span, f.Span) {
			continue
		}
		// Any figure of the source that allows the value will do: the
		// words around it may differ (missiles for weapons); a figure the
		// source contradicts is a number finding, not this one.
		found := false
		for _, s := range fetched {
			an := j.analysis(s.ID)
			if an == nil {
				continue
			}
			for k := range an.Figures {
				g := &an.Figures[k]
				// An analyst's question on a company's call is not the
				// company's word.
				// A toll of another event ("shelled in January, killing
				// 14") is borne out only by its own value: no number
				// finding will weigh it against this week's.
				if bearsOut(j.story, f, an, g) && (f.Scope != "separate" || g.Agrees(f)) && otherPartyTurn(an, g.Span.Start, publisherOf(s)) == "" {
					found = true
					break
				}
			}
			if !found && sumOfTwo(f, an) {
				found = true
			}
			if !found && enumerates(an.Text, f) {
				found = true
			}
		}
		if !found {
			return f
		}
	}
	return nil
}

// enumerates reports a source that names as many things of the kind as
// a small count says: "across four districts" against "Districts
// affected: Ziarat, Harnai, Quetta, Pishin".
func enumerates(text string, f *claims.Figure) bool {
	noun := strings.ToLower(lastField(f.Of))
	if !f.Exact() || f.Value < 2 || f.Value > 12 || len(noun) < 4 {
		return false
	}
	stem := strings.TrimSuffix(noun, "s")
	lower := strings.ToLower(text)
	for i := 0; ; {
		k := strings.Index(lower[i:], stem)
		if k < 0 {
			return false
		}
		at := i + k + len(stem)
		i = at
		// The list starts within a few words, after ":" or "affected".
		rest := text[at:min(len(text), at+200)]
		if nl := strings.IndexByte(rest, '\n'); nl >= 0 {
			rest = rest[:nl]
		}
		if j := strings.IndexAny(rest, ":"); j >= 0 && j < 30 {
			rest = rest[j+1:]
		} else {
			// "Districts affected Ziarat, …": past the plural's ending and
			// a word or two to the first name.
			f := strings.Fields(strings.TrimLeft(rest, "se"))
			for n := 0; n < 2 && len(f) > 1 && !upperFirst(f[0]); n++ {
				f = f[1:]
			}
			rest = strings.Join(f, " ")
		}
		if n := countNames(rest); n == int(f.Value) {
			return true
		}
	}
}

// countNames counts the capitalised names of a list: "Ziarat, Harnai,
// Quetta and Pishin" is four.
func countNames(s string) int {
	s = strings.NewReplacer(" and ", ", ", ";", ",").Replace(strings.TrimSpace(s))
	if i := strings.IndexAny(s, ".("); i >= 0 {
		s = s[:i]
	}
	n := 0
	for _, item := range strings.Split(s, ",") {
		item = strings.TrimSpace(item)
		if item == "" || !upperFirst(item) || len(strings.Fields(item)) > 3 {
			return 0
		}
		n++
	}
	return n
}

// ageCompound is an age written as a description: "54-year-old".
var ageCompound = regexp.MustCompile(`(?i)-years?-old\b`)

// stmtScope is the part of a statement whose figures and dates the
// credited source must give: the linked clause, or the whole sentence.
func stmtScope(c *claims.Claim) claims.Span {
	if cl := c.Stmt.Clause; cl.End > cl.Start {
		return cl
	}
	// "The toll rose to two on Tuesday, up from one on Monday, when Orbis
	// reported that a miner had been killed": a credit inside a clause
	// of time covers that clause only.
	sp := c.Stmt.Span
	text := c.Stmt.Text
	if c.AttributedTo != "" {
		if at := strings.Index(text, c.AttributedTo); at > 0 {
			if m := timeClauseBefore.FindStringIndex(text[:at]); m != nil {
				return claims.Span{Start: sp.Start + m[0] + 2, End: sp.End}
			}
		}
	}
	return sp
}

// timeClauseBefore is ", when the " (or after, before, as, while) right
// before a credited name.
var timeClauseBefore = regexp.MustCompile(`, (?:when|after|before|as|while|until) (?:the )?$`)

// hasFigureOrDate reports a statement that gives a figure or a date.
func (j *job) hasFigureOrDate(c *claims.Claim) bool {
	if c.Stmt == nil {
		return false
	}
	for i := range j.story.Figures {
		if stmtScope(c).Contains(j.story.Figures[i].Span) {
			return true
		}
	}
	for i := range j.story.Dates {
		if stmtScope(c).Contains(j.story.Dates[i].Span) {
			return true
		}
	}
	return false
}

// onlyElsewhere reports a run of three content words of a claim ("an
// unlicensed well east of Ramtha") that another fetched source has and
// none of the credited ones does: the claim's own detail, found only
// elsewhere.
func (j *job) onlyElsewhere(text string, credited []*claims.Source) bool {
	runs := contentRuns(text)
	if len(runs) == 0 {
		return false
	}
	shared := func(s *claims.Source) int {
		if s == nil || s.Doc == nil {
			return 0
		}
		their := j.runsOf(s)
		n := 0
		for _, r := range runs {
			if their[r] {
				n++
			}
		}
		return n
	}
	for _, s := range credited {
		if shared(s) > 0 {
			return false
		}
	}
	// Two runs at least: one may be a phrase any report of the story uses.
	for _, id := range j.okIDs {
		if s := j.sources[id]; !slices.Contains(credited, s) && shared(s) >= 2 {
			return true
		}
	}
	return false
}

// runsOf is a source's runs of three content words, read once per audit.
func (j *job) runsOf(s *claims.Source) map[string]bool {
	j.mu.Lock()
	defer j.mu.Unlock()
	if r, ok := j.runs[s.ID]; ok {
		return r
	}
	r := map[string]bool{}
	for _, x := range contentRuns(s.Doc.Text) {
		r[x] = true
	}
	j.runs[s.ID] = r
	return r
}

// contentRuns are the runs of three consecutive content words of a text.
func contentRuns(text string) []string {
	var words []string
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if !stopwords[w] {
			words = append(words, w)
		}
	}
	var out []string
	for i := 0; i+2 < len(words); i++ {
		out = append(out, words[i]+" "+words[i+1]+" "+words[i+2])
	}
	return out
}

// claimCore is a statement without its credit: "…, according to the
// United Nations Sanitation and Water Programme (UNSWP), which is helping
// Jordan respond to the outbreak." The words that describe the source are
// not the claim, and they match the source's own page.
func claimCore(text string) string {
	if m := trailingCredit.FindStringIndex(text); m != nil && m[0] > 0 {
		return text[:m[0]] + "."
	}
	if m := leadingCredit.FindStringIndex(text); m != nil && m[1] < len(text) {
		return text[m[1]:]
	}
	return text
}

var (
	trailingCredit = regexp.MustCompile(`,\s+according to\s[^;]*$`)
	leadingCredit  = regexp.MustCompile(`^According to [^,]{2,120},\s*`)
)

// saidByOtherParty finds the figure f in a credited source inside the
// turn of a speaker from another organisation ("Dinara Sarsenbayeva
// (Tengri Capital): … could be as much as $300 million").
func (j *job) saidByOtherParty(f *claims.Figure, fetched []*claims.Source) (*claims.Source, string, string) {
	// The credited body's other pages too: its call transcript beside its
	// release.
	pages := append([]*claims.Source{}, fetched...)
	for _, id := range j.okIDs {
		if s := j.sources[id]; s != nil && !slices.Contains(pages, s) && publisherOf(s) == publisherOf(fetched[0]) {
			pages = append(pages, s)
		}
	}
	for _, s := range pages {
		an := j.analysis(s.ID)
		if an == nil {
			continue
		}
		for k := range an.Figures {
			g := &an.Figures[k]
			if who := otherPartyTurn(an, g.Span.Start, publisherOf(s)); who != "" && bearsOut(j.story, f, an, g) {
				sent, _ := sentenceOf(an, g.Span)
				return s, who, sent
			}
		}
	}
	return nil, "", ""
}

// turnLabel is a transcript turn's label at the start of a paragraph,
// the speaker's name and, in brackets, their organisation or role:
// "Dinara Sarsenbayeva (Tengri Capital):", "DJORDJE KECMAN:".
var turnLabel = regexp.MustCompile(`^(\p{Lu}[\p{L}.'’ -]{1,60}?)\s*(?:\(([^)]{1,60})\))?\s*:`)

// otherPartyTurn returns "Name (Org)" when pos lies in a transcript turn
// of a speaker whose organisation is not the page's publisher.
func otherPartyTurn(an *claims.Analysis, pos int, publisher string) string {
	for _, p := range an.Paras {
		if pos < p.Start || pos >= p.End {
			continue
		}
		m := turnLabel.FindStringSubmatch(an.Text[p.Start:p.End])
		if m == nil || m[2] == "" || len(m[0]) > pos-p.Start {
			return ""
		}
		org := strings.TrimSpace(m[2])
		// "(Chief Financial Officer)", "(CFO)", "(Head of Investor
		// Relations)": a role in the company, not another organisation.
		if onlyRoleWords(org) {
			return ""
		}
		if claims.NameKey(org) == claims.NameKey(publisher) || strings.Contains(strings.ToLower(publisher), strings.ToLower(org)) ||
			strings.Contains(strings.ToLower(org), strings.ToLower(strings.Fields(publisher + " x")[0])) || claims.AcronymOf(org, publisher) {
			return ""
		}
		return strings.TrimSpace(m[1]) + " (" + org + ")"
	}
	return ""
}

// turnRoleWords make up a speaker's role in a transcript label.
var turnRoleWords = map[string]bool{"chief": true, "financial": true, "executive": true, "operating": true, "technology": true, "officer": true,
	"director": true, "president": true, "vice": true, "chairman": true, "chairwoman": true, "chair": true, "head": true, "of": true,
	"investor": true, "relations": true, "manager": true, "managing": true, "senior": true, "general": true, "counsel": true,
	"secretary": true, "treasurer": true, "founder": true, "deputy": true, "ceo": true, "cfo": true, "coo": true, "cto": true,
	"ir": true, "and": true, "the": true, "group": true, "finance": true, "operations": true, "strategy": true, "corporate": true,
	"communications": true, "affairs": true, "company": true, "secretary-general": true, "spokesperson": true, "spokesman": true,
	"spokeswoman": true, "moderator": true, "operator": true}

// onlyRoleWords reports a label's bracket that holds a role and no name
// of another body.
func onlyRoleWords(s string) bool {
	f := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return r == ' ' || r == ',' || r == '/' || r == '&' })
	for _, w := range f {
		if !turnRoleWords[strings.Trim(w, ".")] {
			return false
		}
	}
	return len(f) > 0
}

// bearsOut reports a source figure g that bears out a claim's figure f,
// or that differs from it as the same count (the number judge weighs
// that).
func bearsOut(fa *claims.Analysis, f *claims.Figure, ga *claims.Analysis, g *claims.Figure) bool {
	// Not a length of time, an age or another unit: "nearly two weeks"
	// does not bear out "two trucks"; a "five-year contract" is a length
	// of time all the same.
	if (g.Scope == "duration" || g.Counts == "age") && f.Scope != "duration" && f.Counts != "age" && !timeCompound.MatchString(f.Text) {
		return false
	}
	if otherUnit(f, g) {
		return false
	}
	// "16.05% in October" is not borne out by "16.05 per cent in
	// September".
	if otherPeriod(fa, f, ga, g) {
		return false
	}
	// An age is borne out by that age, not by "more than 40 homes".
	if f.Counts == "age" && !(g.Exact() && g.Value == f.Value) {
		return false
	}
	// "thousands of doctors" allows any large number; it bears out only a
	// count of the same thing.
	open := math.IsInf(g.High, 1) && g.Counts != f.Counts && (f.Counts == "money" || f.Unit != "")
	// "could be as much as $300 million" names a ceiling: a source figure
	// far below it (a $45 million cost) does not bear it out.
	if math.IsInf(f.Low, -1) && !math.IsInf(g.Low, -1) && g.High < f.Value/2 {
		open = true
	}
	// A sum the rounding of "CZK 12bn" allows (CZK 11.5 billion) is
	// another sum unless the words around it speak of the same thing.
	if f.Counts == "money" && g.Value != f.Value && overlap(figureContext(fa, f), figureContext(ga, g)) < 0.2 {
		open = true
	}
	if g.Agrees(f) && !open && (f.Value >= 10 || sameThingCounted(fa, f, ga, g) || sameTimeUnit(f, g)) {
		return true
	}
	return sameCountDiffers(f, g) && (isOutcomeCount(f.Counts) || overlap(figureContext(fa, f), figureContext(ga, g)) >= contextFloor(f) || specificSubject(f, g))
}

// sumOfTwo reports a claim's figure that two figures of a source add up
// to: "€92m" for a fee of 82 million and up to 10 million in add-ons,
// "more than 10,000 houses" for 3,180 destroyed and 7,425 damaged. The
// two must count the same thing in the same unit, and an open figure
// ("more than 10,000") must not be far below their sum.
func sumOfTwo(f *claims.Figure, an *claims.Analysis) bool {
	gs := an.Figures
	if f.Value < 10 {
		return false
	}
	for a := range gs {
		for b := a + 1; b < len(gs); b++ {
			ga, gb := &gs[a], &gs[b]
			if ga.Unit != f.Unit || gb.Unit != f.Unit || ga.Counts != gb.Counts || ga.Scope == "duration" || gb.Scope == "duration" {
				continue
			}
			if f.Counts != ga.Counts && f.Unit == "" {
				// Two bare numbers of a table ("Houses destroyed 3,180",
				// "Houses damaged 7,425"): close together, under the noun.
				head := singularWord(lastField(f.Of))
				if ga.Counts != "count" || head == "" || abs(gb.Span.Start-ga.Span.End) > 200 ||
					!strings.Contains(strings.ToLower(an.Text[max(0, min(ga.Span.Start, gb.Span.Start)-80):max(ga.Span.End, gb.Span.End)]), head) {
					continue
				}
			}
			sum := ga.Value + gb.Value
			if sum < f.Low || sum > f.High {
				continue
			}
			if math.IsInf(f.High, 1) && sum > 1.5*f.Low {
				continue
			}
			return true
		}
	}
	return false
}

// missingDate returns a date the claim gives with its year ("in 2023",
// "on March 3, 2021") that no credited source gives: not the year, or
// not the day when the claim names one. The date a statement was
// released on is the date rules' business, not the claim's.
func (j *job) missingDate(c *claims.Claim, fetched []*claims.Source) string {
	if c.Stmt == nil {
		return ""
	}
	gives := func(year string, day time.Time) bool {
		for _, s := range fetched {
			an := j.analysis(s.ID)
			if an == nil {
				continue
			}
			if day.IsZero() && strings.Contains(an.Text, year) {
				return true
			}
			for _, e := range an.Dates {
				if !e.Date.IsZero() && e.HasDay && e.Date.Year() == day.Year() && e.Date.YearDay() == day.YearDay() {
					return true
				}
			}
		}
		return false
	}
	text := j.story.Text
	// Background in a relative clause or a description is not what the
	// source is credited with: "Kamau, who lost in 2017, won …"; "The
	// carmaker, which has built cars in Osaka since 1952, said …".
	var aside [][]int
	for _, m := range relativeClause.FindAllStringIndex(text[c.Stmt.Span.Start:c.Stmt.Span.End], -1) {
		aside = append(aside, []int{c.Stmt.Span.Start + m[0], c.Stmt.Span.Start + m[1]})
	}
	inAside := func(pos int) bool {
		for _, r := range aside {
			if pos >= r[0] && pos < r[1] {
				return true
			}
		}
		return false
	}
	for i := range j.story.Dates {
		d := &j.story.Dates[i]
		if !stmtScope(c).Contains(d.Span) || !d.HasYear || !d.HasDay || d.Relative || d.Date.IsZero() || releaseDate.MatchString(text[max(0, d.Span.Start-20):d.Span.Start]) || inAside(d.Span.Start) {
			continue
		}
		if !gives("", d.Date) {
			return d.Text
		}
	}
	for _, m := range yearIn.FindAllStringSubmatchIndex(text[c.Stmt.Span.Start:c.Stmt.Span.End], -1) {
		start := c.Stmt.Span.Start + m[2]
		if releaseDate.MatchString(text[max(0, start-20):start]) || inAside(start) {
			continue
		}
		if year := text[start : c.Stmt.Span.Start+m[3]]; !gives(year, time.Time{}) {
			return strings.TrimSpace(text[c.Stmt.Span.Start+m[0] : c.Stmt.Span.Start+m[1]])
		}
	}
	return ""
}

// yearIn finds a year said as a time: "in 2023", "since 2019",
// "early 2024".
var yearIn = regexp.MustCompile(`(?i)\b(?:in|since|until|from|by|during|early|late|before|after)\s+((?:19|20)\d\d)\b(?:[^,\d]|,\s|$)`)

// relativeClause is a description set off by commas: ", who lost in
// 2017,", ", which was founded in 1952,", ", founded in 1952,".
var relativeClause = regexp.MustCompile(`(?i),\s+(?:who|which|whose|where|founded|established|created|formed|set\s+up|built|opened|elected|appointed)\b[^,;]*(?:,|$)`)

// releaseDate ends the words before the date a document bears.
var releaseDate = regexp.MustCompile(`(?i)\b(?:released|issued|dated|published|posted)(?:\s+on)?\s*$`)

// timeCompound is a number made an adjective of time: "five-year",
// "two-week".
var timeCompound = regexp.MustCompile(`(?i)-(?:year|month|week|day|hour|season|term)s?\b`)

// sameTimeUnit reports a "five-year" contract and "five seasons": a
// length in one unit of time (a season or a term read as a year).
func sameTimeUnit(f, g *claims.Figure) bool {
	m := timeCompound.FindString(f.Text)
	if m == "" || g.Scope != "duration" {
		return false
	}
	year := func(u string) string {
		u = strings.TrimSuffix(strings.ToLower(strings.TrimPrefix(u, "-")), "s")
		if u == "season" || u == "term" {
			return "year"
		}
		return u
	}
	return year(m) == year(g.Counts)
}

// sameThingCounted reports two small figures that may count the same
// thing: the same noun, a noun too general to tell, or clauses that share
// words. "Both sides" does not bear out "two trucks"; a small number
// recurs in any report by chance.
func sameThingCounted(fa *claims.Analysis, f *claims.Figure, ga *claims.Analysis, g *claims.Figure) bool {
	generic := func(c string) bool { return c == "" || c == "count" || c == "person" }
	if f.Counts == g.Counts || generic(f.Counts) || generic(g.Counts) {
		return true
	}
	return overlap(figureContext(fa, f), figureContext(ga, g)) >= 0.3
}

// sameCountDiffers reports a source figure of the same count that
// differs from the claim's: the number judge weighs it, so the claim is
// not missing its figure. Sums of money and shares count too many things
// to be the same count unless they are of one order and currency: the
// wire's $1.36 billion package is not a 4 million won allowance.
func sameCountDiffers(f, g *claims.Figure) bool {
	if f.Counts == "" || g.Counts != f.Counts {
		return false
	}
	if f.Counts == "money" || f.Counts == "percent" || f.Unit != "" {
		return f.Unit == g.Unit && spread(f, g) <= 3
	}
	return true
}

// otherClauseAfterCredit reports a figure in a clause that follows the
// credit ("X said …, as Y appealed for $1.1m", "…, while Y put it at …").
func otherClauseAfterCredit(text string, stmt, fig claims.Span) bool {
	before := strings.ToLower(text[stmt.Start:fig.Start])
	verb := -1
	for _, v := range []string{" said", " says", " reported", " told", "according to"} {
		if i := strings.LastIndex(before, v); i > verb {
			verb = i
		}
	}
	if verb < 0 {
		return false
	}
	rest := before[verb:]
	for _, cue := range []string{", as ", ", while ", ", whereas ", "; "} {
		if strings.Contains(rest, cue) {
			return true
		}
	}
	return false
}

// otherUnit reports figures in different units: up to €10m does not
// bear out 15 per cent, nor 185 km a speed of 185 km/h.
func otherUnit(f, g *claims.Figure) bool {
	concrete := func(c string) bool { return c != "" && c != "count" }
	// "about N1,530" and "about 1,530" against the dollar: a rate is
	// quoted in the local currency, written or not.
	rate := func(a, b string) bool {
		return strings.HasPrefix(b, "per ") && len(a) == 3 && a != strings.TrimPrefix(b, "per ")
	}
	if f.Counts == "money" && g.Counts == "money" && (rate(f.Unit, g.Unit) || rate(g.Unit, f.Unit)) {
		return false
	}
	return !claims.SameMeasure(f.Unit, g.Unit) && f.Unit != "" && g.Unit != "" || (f.Unit == "percent") != (g.Unit == "percent") ||
		(f.Counts == "money") != (g.Counts == "money") && concrete(f.Counts) && concrete(g.Counts)
}

// isConversion reports a figure in brackets right after another, the
// story's own conversion ("KSh 3.1 billion (about $24 million)").
func isConversion(text string, f *claims.Figure) bool {
	before := strings.TrimRight(text[max(0, f.Span.Start-3):f.Span.Start], " ")
	if strings.HasSuffix(before, "(") {
		return true
	}
	// The rate the writer converted at, inside the brackets: "(about
	// $5.4 million at 3.7 soles to the dollar)".
	open := strings.LastIndexByte(text[max(0, f.Span.Start-80):f.Span.Start], '(')
	closed := strings.LastIndexByte(text[max(0, f.Span.Start-80):f.Span.Start], ')')
	return open >= 0 && open > closed && exchangeRate.MatchString(text[f.Span.End:min(len(text), f.Span.End+30)])
}

// exchangeRate follows the figure of a rate: "to the dollar", "per euro".
var exchangeRate = regexp.MustCompile(`(?i)^\s*(?:[\p{L}]+\s+)?(?:to\s+the|to\s+a|to\s+one|per|a)\s+(?:u\.?s\.?\s+)?(?:dollar|euro|pound|yen|franc)`)

// unsupportedFigure records a figure its credited source does not give.
func (j *job) unsupportedFigure(c *claims.Claim, credited *claims.Source, f *claims.Figure) {
	// Digits read the same in any language: a number the credited page
	// does not hold in any notation is not there, whatever its words.
	if j.inOtherLanguage(credited) && !numeralAbsent(f, credited) {
		j.otherLanguage(c, credited)
		return
	}
	// The credited page gives one figure close to it, in the same unit:
	// the same quantity, told otherwise ("about 19,800" against the
	// notice's "Ongeveer 18.900", its digits transposed).
	if g, sent := j.nearFigure(credited, f); g != nil {
		j.add(claims.Discrepancy{
			Kind: claims.DiscNumber, Severity: claims.Medium, ClaimIDs: []string{c.ID},
			Summary: "The story credits " + publisherOf(credited) + " with " + valueOf(f) + "; its report gives " + valueOf(g) + ". Check the figure.",
			Why:     "the credited source gives no figure that agrees, and one close to it in the same unit",
			Evidence: []claims.Evidence{
				j.articleEvidence(valueOf(f)+" (“"+f.Text+"”)", c.Sentence, nil),
				j.sourceEvidence(credited, valueOf(g)+" (“"+g.Text+"”)", sent, nil),
			},
		})
		return
	}
	j.add(claims.Discrepancy{
		Kind: claims.DiscUnsupported, Severity: claims.Medium, ClaimIDs: []string{c.ID},
		Summary: "The story credits " + publisherOf(credited) + " with “" + strings.TrimSpace(f.Text+" "+f.Of) + "”, a figure its report does not give; find the source of the figure or remove the credit.",
		Why:     "the credited source was fetched; none of its figures of the same kind agrees with this one",
		Evidence: []claims.Evidence{
			j.articleEvidence(valueOf(f), c.Sentence, nil),
			j.sourceEvidence(credited, "no such figure", credited.Title, nil),
		},
	})
	j.figureGaps[j.discs[len(j.discs)-1].ID] = f.Span
}

// nearFigure is the one figure of the credited page within a tenth of
// f, in its unit, that does not agree with it, and its sentence; nil if
// there is none or more than one. Only figures of a hundred or more: a
// page holds many small numbers.
func (j *job) nearFigure(src *claims.Source, f *claims.Figure) (*claims.Figure, string) {
	an := j.analysis(src.ID)
	if an == nil || f.Value < 100 || math.IsInf(f.Low, 0) || math.IsInf(f.High, 0) {
		return nil, ""
	}
	var near *claims.Figure
	for i := range an.Figures {
		g := &an.Figures[i]
		// The same kind of thing, or, on a page in another language, whose
		// nouns the reader does not know, any figure in the unit.
		same := claims.SameMeasure(f.Counts, g.Counts) || j.inOtherLanguage(src)
		if !same || g.Unit != f.Unit || g.Agrees(f) || math.Abs(g.Value-f.Value) > 0.1*f.Value || g.Value == f.Value {
			continue
		}
		if near != nil && near.Value != g.Value {
			return nil, ""
		}
		near = g
	}
	if near == nil {
		return nil, ""
	}
	sent, _ := sentenceOf(an, near.Span)
	return near, claims.NormalizeSpace(sent)
}

// numeralAbsent reports a figure written in digits (an age, or 100 or
// more) whose numeral the source's text holds in no notation: "54",
// "6,200", "6.200", "6200".
func numeralAbsent(f *claims.Figure, src *claims.Source) bool {
	// Not sums or measures: scales and units are written in words
	// ("2.150 millones", "2,5 Milliarden") that differ by language.
	// Under a hundred, a page writes numbers in words as often
	// ("Treinta y ocho viviendas"); an age it writes in digits.
	if src.Doc == nil || f.Value < 10 || f.Value < 100 && f.Counts != "age" || f.Value >= 1e6 || f.Value != math.Trunc(f.Value) || f.Counts == "money" || f.Unit != "" || !strings.ContainsAny(f.Text, "0123456789") {
		return false
	}
	grouped := claims.FormatNumber(f.Value)
	forms := []string{strings.ReplaceAll(grouped, ",", "")}
	if strings.Contains(grouped, ",") {
		forms = append(forms, grouped, strings.ReplaceAll(grouped, ",", "."), strings.ReplaceAll(grouped, ",", " "), strings.ReplaceAll(grouped, ",", "\u00a0"))
	}
	for _, form := range forms {
		for i := 0; ; {
			k := strings.Index(src.Doc.Text[i:], form)
			if k < 0 {
				break
			}
			k += i
			end := k + len(form)
			if (k == 0 || !isDigitByte(src.Doc.Text[k-1])) && (end >= len(src.Doc.Text) || !isDigitByte(src.Doc.Text[end])) {
				return false
			}
			i = end
		}
	}
	return true
}

func isDigitByte(b byte) bool { return b >= '0' && b <= '9' }

// unsupportedPart records the part of a claim its credited source does
// not bear out.
func (j *job) unsupportedPart(c *claims.Claim, credited *claims.Source, part string) {
	if j.otherLanguage(c, credited) {
		return
	}
	j.add(claims.Discrepancy{
		Kind: claims.DiscUnsupported, Severity: claims.Medium, ClaimIDs: []string{c.ID},
		Summary: "The story credits " + publisherOf(credited) + " with “" + part + "”, which its report does not say; find the source or remove the credit.",
		Why:     "the credited source was fetched and searched; the rest of the sentence is there, this part is not",
		Evidence: []claims.Evidence{
			j.articleEvidence(part, c.Sentence, nil),
			j.sourceEvidence(credited, "not found", credited.Title, nil),
		},
	})
}

func hitSupport(h claims.Hit, rel string, score float64) claims.Support {
	return claims.Support{SourceID: h.SourceID, URL: h.URL, Passage: h.Text, PassageID: h.ID, Relation: rel, Score: round2(score), Start: h.Start, End: h.End}
}
