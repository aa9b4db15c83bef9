package verify

import (
	"regexp"
	"strings"

	"github.com/provenance-audit/provenance/claims"
)

// found is a quotation located in one source.
type found struct {
	src   *claims.Source
	al    alignment
	text  string // the source's words for the quotation
	sent  string // the source sentence around them
	score float64
	// speaker the source gives the words to, if it quotes them.
	speaker string
	sq      *claims.Quote
	passage claims.Hit
}

// locateQuote finds the quotation in each source: the credited ones
// first, then every fetched source. It returns the best placement per
// source.
func (j *job) locateQuote(c *claims.Claim) ([]found, error) {
	qw := quoteWords(c.Text)
	real := 0
	for _, w := range qw {
		if !w.wild && !w.gap {
			real++
		}
	}
	if real == 0 {
		return nil, nil
	}
	var hits []claims.Hit
	credited := j.credited[c.ID]
	queries := []claims.Query{{Match: c.Text, Limit: 20}}
	if len(credited) > 0 {
		queries = append([]claims.Query{{Match: c.Text, SourceIDs: credited, Limit: 10}}, queries...)
	}
	if real >= 3 {
		queries = append(queries, claims.Query{Phrase: firstWords(c.Text, 6), Limit: 6})
	}
	for _, q := range queries {
		r, err := j.search(q)
		if err != nil {
			return nil, err
		}
		hits = append(hits, r.Hits...)
	}
	best := map[string]found{}
	tried := map[string]bool{}
	for _, h := range hits {
		src := j.sources[h.SourceID]
		an := j.analysis(h.SourceID)
		if src == nil || an == nil {
			continue
		}
		// Align against the passage and its neighbours: a quotation may
		// run across paragraphs.
		win := window(an, h.Start, h.End)
		key := h.SourceID + "|" + itoa(win.Start)
		if tried[key] {
			continue
		}
		tried[key] = true
		sw := textWords(an.Text[win.Start:win.End])
		for i := range sw {
			sw[i].span.Start += win.Start
			sw[i].span.End += win.Start
		}
		al, ok := align(qw, sw)
		if !ok {
			continue
		}
		score := float64(al.Matched-al.Edits) / float64(max(1, al.QuoteWords))
		if prev, ok := best[h.SourceID]; ok && prev.score >= score {
			continue
		}
		sent, _ := sentenceOf(an, claims.Span{Start: al.Start, End: al.End})
		f := found{src: src, al: al, text: an.Text[al.Start:al.End], sent: claims.NormalizeSpace(sent), score: score, passage: h}
		for qi, q := range an.Quotes {
			if q.Outer.Start <= al.Start && al.End <= q.Outer.End+1 || q.Span.Overlaps(claims.Span{Start: al.Start, End: al.End}) {
				f.speaker = q.Speaker
				f.sq = &an.Quotes[qi]
				break
			}
		}
		f.showTail(an.Text)
		best[h.SourceID] = f
	}
	var out []found
	for _, f := range best {
		out = append(out, f)
	}
	// Stable order: credited first, then by score.
	sortFound(out, credited)
	return out, nil
}

// showTail lets a changed quotation show how the source's ends: where
// the story's stops a few words short of it ("does nothing to keep
// them" against "does nothing to bring them back"), those words are part
// of what changed. A quotation cut short with no other change is a fair
// excerpt and is left alone.
func (f *found) showTail(text string) {
	if f.sq == nil || f.al.Edits == 0 || f.al.End >= f.sq.Span.End || f.sq.Span.End > len(text) {
		return
	}
	tail := textWords(text[f.al.End:f.sq.Span.End])
	if len(tail) == 0 || len(tail) > 3 {
		return
	}
	for _, w := range tail {
		f.al.SourceDiff = append(f.al.SourceDiff, claims.Span{Start: f.al.End + w.span.Start, End: f.al.End + w.span.End})
	}
	f.al.End += tail[len(tail)-1].span.End
	f.text = text[f.al.Start:f.al.End]
}

func sortFound(fs []found, credited []string) {
	rank := func(f found) int {
		if contains(credited, f.src.ID) {
			return 0
		}
		return 1
	}
	for i := 1; i < len(fs); i++ {
		for k := i; k > 0; k-- {
			a, b := fs[k], fs[k-1]
			if rank(a) < rank(b) || rank(a) == rank(b) && (a.score > b.score || a.score == b.score && a.src.URL < b.src.URL) {
				fs[k], fs[k-1] = fs[k-1], fs[k]
				continue
			}
			break
		}
	}
}

func firstWords(s string, n int) string {
	var out []string
	for _, w := range quoteWords(s) {
		if w.gap || w.wild {
			break
		}
		out = append(out, s[w.span.Start:w.span.End])
		if len(out) == n {
			break
		}
	}
	return strings.Join(out, " ")
}

func itoa(n int) string {
	const digits = "0123456789"
	if n == 0 {
		return "0"
	}
	var b []byte
	for n > 0 {
		b = append([]byte{digits[n%10]}, b...)
		n /= 10
	}
	return string(b)
}

// window widens a passage to its paragraph and the paragraphs around it.
func window(a *claims.Analysis, start, end int) claims.Span {
	pi := -1
	for i, p := range a.Paras {
		if start >= p.Start && start < p.End || start < p.Start {
			pi = i
			break
		}
	}
	if pi < 0 {
		return claims.Span{Start: max(0, start), End: min(len(a.Text), end)}
	}
	lo := max(0, pi-1)
	hi := pi + 1
	for hi < len(a.Paras)-1 && a.Paras[hi].Start < end {
		hi++
	}
	hi = min(hi, len(a.Paras)-1)
	return claims.Span{Start: a.Paras[lo].Start, End: a.Paras[hi].End}
}

// checkQuote compares a quotation with the words its credited source (or
// any source) gives the speaker.
func (j *job) checkQuote(c *claims.Claim) error {
	fs, err := j.locateQuote(c)
	if err != nil {
		return err
	}
	credited := j.credited[c.ID]
	fetched, failed := j.creditedFetched(c)
	var exact, near []found
	for _, f := range fs {
		if f.al.Exact() {
			exact = append(exact, f)
		} else {
			near = append(near, f)
		}
	}
	inCredited := func(f found) bool { return contains(credited, f.src.ID) }
	for _, f := range fs {
		rel := claims.Supports
		if !f.al.Exact() {
			rel = claims.Contradicts
		}
		c.Support = append(c.Support, support(f, rel))
	}
	var exactCredited, nearCredited []found
	for _, f := range exact {
		if inCredited(f) {
			exactCredited = append(exactCredited, f)
		}
	}
	for _, f := range near {
		if inCredited(f) {
			nearCredited = append(nearCredited, f)
		}
	}
	switch {
	case len(exactCredited) > 0:
		c.Status = claims.Supported
		j.checkSpeaker(c, exactCredited[0])
	case len(nearCredited) > 0:
		c.Status = claims.Contradicted
		j.misquote(c, nearCredited[0], true)
	case j.inherited[c.ID] && len(exact) > 0:
		// Credited only by the speaker's earlier quotation: the story does
		// not say where these words are from, so another source will do.
		c.Status = claims.Supported
		j.checkSpeaker(c, exact[0])
	case j.inherited[c.ID] && len(near) > 0:
		c.Status = claims.Contradicted
		j.misquote(c, near[0], false)
	case j.inherited[c.ID] && len(exact) == 0 && len(near) == 0:
		// Credited only by the speaker's earlier quotation, and in no
		// source: the story never says these words came from that page.
		c.Status = claims.Unverifiable
		c.Note = "no cited source carries these words"
	case len(fetched) > 0 && (len(exact) > 0 || len(near) > 0):
		// Credited to one source, found only at another.
		c.Status = claims.Unsupported
		other := append(exact, near...)[0]
		j.misattributed(c, fetched[0], other)
	case len(fetched) > 0:
		c.Status = claims.Unsupported
		j.unsupported(c, fetched[0])
	case len(failed) > 0 && len(exact) == 0:
		c.Status = claims.Unverifiable
		c.Note = "the credited source could not be fetched: " + failed[0].Error
	case len(exact) > 0:
		c.Status = claims.Supported
		j.checkSpeaker(c, exact[0])
	case len(near) > 0 && j.someoneElsesWords(c, near[0]):
		// "“We waited three days at the crossing,” Maria said" near an
		// agency's "families had waited three days at the crossing": a
		// named person the source never mentions echoing its words, not
		// a misquote of it.
		c.Status = claims.Unverifiable
		c.Note = "a source has similar words, not as this speaker's"
	case len(near) > 0:
		c.Status = claims.Contradicted
		j.misquote(c, near[0], false)
	default:
		c.Status = claims.Unverifiable
		if j.own[c.ID] {
			c.Note = "own reporting: no cited source carries these words"
		} else {
			c.Note = "no cited source carries these words"
		}
	}
	return nil
}

// someoneElsesWords reports a quotation credited nowhere whose speaker, a
// named person, the source never names, while the source's near words are
// its own prose or another person's quotation.
func (j *job) someoneElsesWords(c *claims.Claim, f found) bool {
	// A changed number or negation is worth an editor's look whoever
	// said it.
	if c.Speaker == "" || f.src.Doc == nil || f.al.Number || f.al.Negation {
		return false
	}
	if rel, _ := claims.CompareNames(c.Speaker, f.speaker); f.speaker != "" && rel >= claims.PossiblySame {
		return false
	}
	for _, w := range strings.Fields(c.Speaker) {
		if len(w) > 2 && wordIn(f.src.Doc.Text, w) {
			return false
		}
	}
	return true
}

func support(f found, rel string) claims.Support {
	return claims.Support{SourceID: f.src.ID, URL: f.src.URL, Passage: f.passage.Text, PassageID: f.passage.ID, Relation: rel,
		Score: round2(f.score), Start: f.passage.Start, End: f.passage.End, Value: f.text}
}

func round2(x float64) float64 {
	if x < 0 {
		x = 0
	}
	return float64(int(x*100+0.5)) / 100
}

// misquote records a quotation whose words differ from the source's.
func (j *job) misquote(c *claims.Claim, f found, credited bool) {
	sev := claims.Medium
	switch {
	case f.al.Negation || f.al.Number:
		sev = claims.High
	case f.al.Edits == 1 && f.al.QuoteWords >= 8 && onlyFunctionWords(c.Text, f.al.QuoteDiff, f.src.Doc.Text, f.al.SourceDiff):
		// "the" for "a" in a long quotation: sloppy, not a new meaning.
		sev = claims.Low
	}
	// Found where the story did not say: less sure, unless the source
	// gives the words to the same person.
	// A page that names the speaker (the coroner's own findings, "Coroner
	// Malouf") is theirs to quote from, credited or not.
	if !credited && !j.pageNames(f.src, c.Quote) {
		if rel, _ := claims.CompareNames(c.Speaker, f.speaker); c.Speaker == "" || rel < claims.PossiblySame {
			sev = lower(sev)
		}
	}
	what := "changes the words"
	switch {
	case f.al.Negation:
		what = "changes a negation"
	case f.al.Number:
		what = "changes a number"
	}
	qd := diffWords(c.Text, f.al.QuoteDiff, 0)
	sd := diffWords(f.src.Doc.Text, f.al.SourceDiff, 0)
	summary := "The quotation " + speakerPhrase(c) + what + " against " + publisherOf(f.src) + ": the story has " + quoteOrNothing(qd) + " where the source has " + quoteOrNothing(sd) + "; correct the quote or mark the change."
	j.add(claims.Discrepancy{
		Kind: claims.DiscQuote, Severity: sev, Summary: summary, ClaimIDs: []string{c.ID},
		Why: "word-by-word comparison after folding case, punctuation, quotation marks and British/American spelling; ellipses and [brackets] are allowed",
		Evidence: []claims.Evidence{
			j.articleEvidence(c.Text, c.Sentence, f.al.QuoteDiff),
			j.sourceEvidence(f.src, f.text, f.sent, shift(f.al.SourceDiff, f.al.Start)),
		},
	})
}

// pageNames reports a source page that names the person a quotation is
// given to.
func (j *job) pageNames(src *claims.Source, q *claims.Quote) bool {
	if q == nil || q.SpeakerEntity == nil || q.SpeakerEntity.Kind != claims.Person || len(strings.Fields(q.SpeakerEntity.Name)) < 2 {
		return false
	}
	if src.Doc == nil {
		return false
	}
	// The whole name, in any case: a signature ("THEODORA MALOUF
	// TERRITORY CORONER") or a header line counts.
	for _, w := range strings.Fields(q.SpeakerEntity.Name) {
		if !wordIn(src.Doc.Text, strings.Trim(w, ".,")) {
			return false
		}
	}
	return true
}

// onlyFunctionWords reports whether every differing word is a word
// without content of its own (an article, a preposition).
func onlyFunctionWords(q string, qd []claims.Span, src string, sd []claims.Span) bool {
	check := func(text string, spans []claims.Span) bool {
		for _, sp := range spans {
			if sp.Start < 0 || sp.End > len(text) {
				return false
			}
			if w := normWord(text[sp.Start:sp.End]); !stopwords[w] || weightyWords[w] {
				return false
			}
		}
		return true
	}
	return check(q, qd) && check(src, sd)
}

// weightyWords are short words that change what a sentence claims:
// "not planning any more layoffs" says there were layoffs.
var weightyWords = map[string]bool{"more": true, "most": true, "less": true, "fewer": true, "least": true, "no": true, "not": true,
	"never": true, "none": true, "nothing": true, "only": true, "all": true, "any": true, "every": true, "again": true,
	"already": true, "still": true, "yet": true}

func lower(sev string) string {
	switch sev {
	case claims.High:
		return claims.Medium
	case claims.Medium:
		return claims.Low
	}
	return claims.Low
}

func speakerPhrase(c *claims.Claim) string {
	if c.Speaker != "" {
		return "of " + c.Speaker + " "
	}
	return ""
}

func quoteOrNothing(s string) string {
	if s == "" {
		return "nothing"
	}
	return "“" + s + "”"
}

// diffWords joins the words at the given spans.
func diffWords(text string, spans []claims.Span, off int) string {
	var parts []string
	for _, s := range spans {
		if s.Start-off >= 0 && s.End-off <= len(text) {
			parts = append(parts, text[s.Start-off:s.End-off])
		}
	}
	return strings.Join(parts, " … ")
}

// misattributed records a claim credited to one source but found only at
// another.
func (j *job) misattributed(c *claims.Claim, credited *claims.Source, at found) {
	// In another language the words cannot be weighed, but a number or a
	// name can: one the other source gives and the credited page holds
	// nowhere.
	if j.inOtherLanguage(credited) && !j.numeralOnlyElsewhere(c, credited, at.src) && !j.nameOnlyElsewhere(c, credited, at.src) {
		j.otherLanguage(c, credited)
		return
	}
	credit := c.AttributedTo
	if credit == "" {
		credit = publisherOf(credited)
	}
	what := "The quotation"
	if c.Kind == claims.KindStatement {
		what = "The claim"
	}
	j.add(claims.Discrepancy{
		Kind: claims.DiscAttribution, Severity: claims.Medium, ClaimIDs: []string{c.ID},
		Summary: what + " credited to " + credit + " is not in " + publisherOf(credited) + "'s report but is in " + publisherOf(at.src) + "'s; credit the right source.",
		Why:     "the credited source was fetched and searched; the words were found only in another source",
		Evidence: []claims.Evidence{
			j.articleEvidence(credit, c.Sentence, nil),
			j.sourceEvidence(at.src, publisherOf(at.src), at.sent, nil),
		},
	})
}

// numeralOnlyElsewhere reports a figure of a statement, in digits, that
// other gives and credited holds in no notation.
func (j *job) numeralOnlyElsewhere(c *claims.Claim, credited, other *claims.Source) bool {
	if c.Stmt == nil || other == nil || credited.Doc == nil || other.Doc == nil {
		return false
	}
	sc := stmtScope(c)
	for i := range j.story.Figures {
		f := &j.story.Figures[i]
		if sc.Contains(f.Span) && numeralAbsent(f, credited) && !numeralAbsent(f, other) {
			return true
		}
	}
	// A year is written in digits in any language: "a batch from 2019".
	for _, y := range yearWord.FindAllString(j.story.Text[sc.Start:sc.End], -1) {
		if !strings.Contains(credited.Doc.Text, y) && strings.Contains(other.Doc.Text, y) {
			return true
		}
	}
	return false
}

// yearWord is a year written alone: 1900–2099.
var yearWord = regexp.MustCompile(`\b(?:19|20)\d\d\b`)

// unsupported records a claim its credited (and fetched) source does not
// bear out.
func (j *job) unsupported(c *claims.Claim, credited *claims.Source) {
	if j.otherLanguage(c, credited) {
		return
	}
	what := "quotation"
	if c.Kind == claims.KindStatement {
		what = "claim"
	}
	j.add(claims.Discrepancy{
		Kind: claims.DiscUnsupported, Severity: claims.Medium, ClaimIDs: []string{c.ID},
		Summary: "The " + what + " credited to " + publisherOf(credited) + " is not in its report; find where it comes from or remove the credit.",
		Why:     "the credited source was fetched and searched and nothing in it bears the claim out",
		Evidence: []claims.Evidence{
			j.articleEvidence(c.Text, c.Sentence, nil),
			j.sourceEvidence(credited, "not found", credited.Title, nil),
		},
	})
}

// otherLanguage reports a credited source in another language than the
// story: the story's words cannot be looked for in it, so not finding them
// proves nothing. The claim is then unverifiable, with the reason.
func (j *job) otherLanguage(c *claims.Claim, credited *claims.Source) bool {
	if !j.inOtherLanguage(credited) {
		return false
	}
	c.Status = claims.Unverifiable
	c.Note = "the credited source is in another language (" + baseLanguage(credited.Doc.Language) + "); its words cannot be compared with the story's"
	return true
}

// inOtherLanguage reports a fetched source in another language than the
// story.
func (j *job) inOtherLanguage(s *claims.Source) bool {
	return s != nil && s.Doc != nil && j.in.Article != nil && differentLanguages(j.in.Article.Language, s.Doc.Language)
}

// baseLanguage is a language tag without its region: "en" for "en-GB".
func baseLanguage(tag string) string {
	tag = strings.ToLower(tag)
	if i := strings.IndexAny(tag, "-_"); i > 0 {
		tag = tag[:i]
	}
	return tag
}

// differentLanguages reports two known languages that differ.
func differentLanguages(a, b string) bool {
	a, b = baseLanguage(a), baseLanguage(b)
	return a != "" && b != "" && a != b
}

// checkSpeaker flags a quotation the source gives to someone else.
func (j *job) checkSpeaker(c *claims.Claim, f found) {
	// Only a speaker named in the quotation's own sentence, on both
	// sides, is compared: "he said" two paragraphs on is too weak a
	// reading to accuse the story of.
	if c.Speaker == "" || c.Quote == nil || !(c.Quote.Direct || j.subjectJustBefore(c.Quote)) || c.Quote.SpeakerEntity == nil || c.Quote.SpeakerEntity.Kind != claims.Person ||
		f.sq == nil || !(f.sq.Direct || f.sq.Transcript) || f.sq.SpeakerEntity == nil || f.sq.SpeakerEntity.Kind != claims.Person {
		return
	}
	rel, _ := claims.CompareNames(c.Speaker, f.speaker)
	if rel != claims.DifferentNames {
		return
	}
	// Only named people are compared: "the official" and "Mr Smith" may
	// well be one person.
	if len(strings.Fields(f.speaker)) < 2 || !isCapitalised(f.speaker) {
		return
	}
	j.add(claims.Discrepancy{
		Kind: claims.DiscAttribution, Severity: claims.Medium, ClaimIDs: []string{c.ID},
		Summary: "The story gives these words to " + c.Speaker + "; " + publisherOf(f.src) + " gives them to " + f.speaker + ". Check who said them.",
		Why:     "the same words, found in the source, are attributed there to a different named person",
		Evidence: []claims.Evidence{
			j.articleEvidence(c.Speaker, c.Sentence, nil),
			j.sourceEvidence(f.src, f.speaker, f.sent, nil),
		},
	})
}

// subjectJustBefore reports a quotation whose "he said" points to the
// person named in the sentence right before it, in its paragraph:
// "Ribaud struck a conciliatory note. “…,” he told the wire." That is as
// firm a reading as a name in the sentence itself.
func (j *job) subjectJustBefore(q *claims.Quote) bool {
	if q.Continues || q.SpeakerEntity == nil || q.Sentence < 1 || q.Sentence >= len(j.story.Sentences) {
		return false
	}
	prev, cur := j.story.Sentences[q.Sentence-1], j.story.Sentences[q.Sentence]
	if prev.Para != cur.Para {
		return false
	}
	// The one person the sentence before names, as its subject.
	var named *claims.Entity
	for _, e := range j.story.Entities {
		for _, m := range e.Mentions {
			if m.Start >= prev.Start && m.End <= prev.End && (e.Kind == claims.Person || e.Kind == "") {
				// "Kamau's lawyer addressed the court": the owner is not the
				// one who speaks next.
				if rest := j.story.Text[m.End:min(len(j.story.Text), m.End+4)]; strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "’s") {
					return false
				}
				if named != nil && named != e {
					return false
				}
				named = e
			}
		}
	}
	if named != q.SpeakerEntity {
		return false
	}
	for _, m := range named.Mentions {
		if m.Start >= prev.Start && m.Start <= prev.Start+4 {
			return true
		}
	}
	return false
}

func isCapitalised(s string) bool {
	for _, w := range strings.Fields(s) {
		// "al-Nahari", "bin-Rashid", "dela": a particle, not a description.
		if i := strings.IndexByte(w, '-'); i > 0 && claims.IsParticle(w[:i]) {
			w = w[i+1:]
		}
		r := []rune(w)
		if len(r) > 0 && r[0] >= 'a' && r[0] <= 'z' && !(len(w) <= 4) {
			return false
		}
	}
	return true
}
