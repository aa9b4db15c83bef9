package verify

import (
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/provenance-audit/provenance/claims"
)

// linkDate supports a date claim with sources that give the same day
// in a passage about the same thing.
func (j *job) linkDate(c *claims.Claim) error {
	d := c.Date
	if d == nil || d.Date.IsZero() || !d.HasDay {
		return nil
	}
	sent, sentSpan := sentenceOf(j.story, d.Span)
	r, err := j.search(claims.Query{Match: sent, Limit: 12})
	if err != nil {
		return err
	}
	want := contentWords(sent)
	// The date's own clause, for the credited page: "The trust identified
	// the attack in the early hours of Sunday 1 November, declared …".
	clause := clauseWordsBesideDate(j.story.Text, sentSpan, d.Span)
	credited := j.sentenceCredits(c)
	hits := r.Hits
	// The credited page's passages first: the most alike of all the
	// pages may leave it out ("according to its latest update").
	if len(credited) > 0 {
		cr, err := j.search(claims.Query{Match: sent, SourceIDs: credited, Limit: 6})
		if err != nil {
			return err
		}
		seen := map[string]bool{}
		for _, h := range cr.Hits {
			seen[h.ID] = true
		}
		for _, h := range hits {
			if !seen[h.ID] {
				cr.Hits = append(cr.Hits, h)
			}
		}
		hits = cr.Hits
	}
	for _, h := range hits {
		an := j.analysis(h.SourceID)
		// Words in common mean nothing across languages: a page in
		// another is weighed by its names and numerals, below.
		if an == nil || j.inOtherLanguage(j.sources[h.SourceID]) {
			continue
		}
		for _, sd := range an.Dates {
			if sd.Span.Start < h.Start || sd.Span.End > h.End || sd.Date.IsZero() || !sd.HasDay {
				continue
			}
			ss, _ := sentenceOf(an, sd.Span)
			sim := overlap(want, contentWords(ss))
			if slices.Contains(credited, h.SourceID) && sharedCount(clause, contentWords(ss)) >= 2 {
				sim = max(sim, overlap(clause, contentWords(ss)))
			}
			// The same day and month a year apart ("January 19, 2024"
			// for "19 January 2025"): a slip of the year, rarely a
			// coincidence; the passage around it may carry the likeness.
			yearSlip := sd.HasYear && d.HasYear && sd.Date.Month() == d.Date.Month() && sd.Date.Day() == d.Date.Day() && abs(sd.Date.Year()-d.Date.Year()) == 1 && !yearApartMeant(sent)
			if yearSlip {
				sim = max(sim, overlap(want, contentWords(h.Text)))
			}
			if sim < 0.3 {
				continue
			}
			src := j.sources[h.SourceID]
			rel := claims.Supports
			if !sameDay(sd.Date, d.Date) && datelineDate(an, sd) {
				continue // when the report was filed: it contradicts nothing
			}
			if !sameDay(sd.Date, d.Date) {
				rel = claims.Contradicts
				// Only a date the story states outright, against a date the
				// source states outright, in sentences about the same thing,
				// and none of the story sentence's dates the source's.
				// The source the sentence credits ("according to a notice
				// filed with …") needs less in common than any other.
				floor := 0.45
				if slices.Contains(credited, h.SourceID) {
					floor = 0.3
				}
				// Within two months; a month's slip ("March 14" for "14th
				// May") up to three.
				gap := absDays(sd.Date.Sub(d.Date))
				near := gap <= 60 || gap <= 92 && sd.Date.Day() == d.Date.Day() || yearSlip
				if sim >= floor && near && !d.Relative && !sd.Relative && !j.sentenceHasDay(d, sd.Date) && !sourceSentenceHasDay(an, sd, d.Date) {
					j.dateConflicts = append(j.dateConflicts, dateConflict{claim: c, src: src, story: d, other: sd, sent: claims.NormalizeSpace(ss)})
				}
			}
			c.Support = append(c.Support, claims.Support{SourceID: h.SourceID, URL: src.URL, Passage: h.Text, PassageID: h.ID, Relation: rel,
				Score: round2(sim), Start: h.Start, End: h.End, Value: sd.ISO()})
		}
	}
	j.linkDateAcrossLanguages(c, sent, credited)
	for _, s := range c.Support {
		if s.Relation == claims.Supports {
			c.Status = claims.Supported
			return nil
		}
	}
	return nil
}

// linkDateAcrossLanguages weighs a date against a credited page in
// another language, which the story's words do not find: a date of that
// page within three days of the story's, in a sentence that shares two of
// the story sentence's names or numerals ("FPLIQ", "59"), is a date of
// the same thing.
func (j *job) linkDateAcrossLanguages(c *claims.Claim, sent string, ids []string) {
	d := c.Date
	if d.Relative {
		return
	}
	marks := markWords(sent)
	for _, id := range ids {
		src, an := j.sources[id], j.analysis(id)
		if src == nil || an == nil || !j.inOtherLanguage(src) || slices.ContainsFunc(c.Support, func(s claims.Support) bool { return s.SourceID == id }) {
			continue
		}
		var best *claims.DateMention
		for i, sd := range an.Dates {
			if sd.Date.IsZero() || !sd.HasDay || sd.Relative || datelineDate(an, sd) || absDays(sd.Date.Sub(d.Date)) > 3 {
				continue
			}
			ss, _ := sentenceOf(an, sd.Span)
			shared := 0
			for w := range markWords(ss) {
				if marks[w] {
					shared++
				}
			}
			if shared >= 2 && (best == nil || absDays(sd.Date.Sub(d.Date)) < absDays(best.Date.Sub(d.Date))) {
				best = &an.Dates[i]
			}
		}
		if best != nil {
			sd := *best
			ss, sp := sentenceOf(an, sd.Span)
			rel := claims.Supports
			if !sameDay(sd.Date, d.Date) {
				rel = claims.Contradicts
				if !j.sentenceHasDay(d, sd.Date) && !sourceSentenceHasDay(an, sd, d.Date) {
					j.dateConflicts = append(j.dateConflicts, dateConflict{claim: c, src: src, story: d, other: sd, sent: claims.NormalizeSpace(ss)})
				}
			}
			c.Support = append(c.Support, claims.Support{SourceID: id, URL: src.URL, Passage: ss, Relation: rel, Start: sp.Start, End: sp.End, Value: sd.ISO()})
		}
	}
}

// clauseWordsBesideDate are the content words of a date's clause but the
// date's own ("which began on Monday 2 November" says only "began").
func clauseWordsBesideDate(text string, sp, at claims.Span) map[string]bool {
	cl := dateClause(text, sp, at)
	words := contentWords(strings.Replace(cl, text[at.Start:at.End], " ", 1))
	for w := range words {
		if claims.IsCalendarWord(w) {
			delete(words, w)
		}
	}
	return words
}

// sharedCount is how many words two sets share.
func sharedCount(a, b map[string]bool) int {
	n := 0
	for w := range a {
		if b[w] {
			n++
		}
	}
	return n
}

// dateClause is the clause of a story sentence (span sp) that holds a
// date (at): from the comma before it to the comma after it.
func dateClause(text string, sp, at claims.Span) string {
	from := sp.Start
	if i := strings.LastIndexAny(text[sp.Start:at.Start], ",;"); i >= 0 {
		from = sp.Start + i + 1
	}
	end := sp.End
	if i := strings.IndexAny(text[at.End:sp.End], ",;"); i >= 0 {
		end = at.End + i
	}
	return text[from:end]
}

// sentenceCredits are the sources a date's own credit, or that of its
// sentence, names ("…, which runs until 21 September, the agency said").
func (j *job) sentenceCredits(c *claims.Claim) []string {
	ids := slices.Clone(j.credited[c.ID])
	for _, o := range j.in.Claims {
		if o.ID != c.ID && o.Sentence == c.Sentence {
			for _, id := range j.credited[o.ID] {
				if !slices.Contains(ids, id) {
					ids = append(ids, id)
				}
			}
		}
	}
	return ids
}

// markWords are the words any language writes alike: numerals of two
// digits or more and capitalised names ("FPLIQ", "Lumajang"), folded.
func markWords(text string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.FieldsFunc(claims.StripDiacritics(text), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case unicode.IsDigit(r) && len(w) >= 2:
			out[w] = true
		case unicode.IsUpper(r) && len(w) >= 4 && !stopwords[strings.ToLower(w)] && !claims.IsCalendarWord(w):
			out[strings.ToLower(w)] = true
		}
	}
	return out
}

// sourceDateFor is the date a source gives, in a passage linked to a
// date whose weekday is wrong, that settles it: the same date, else a day
// within three of it that falls on the weekday the story states.
func (j *job) sourceDateFor(c *claims.Claim, d *claims.DateMention) (claims.Support, time.Time, bool) {
	var near claims.Support
	var nearT time.Time
	for _, sp := range c.Support {
		t, err := time.Parse("2006-01-02", sp.Value)
		if err != nil {
			continue
		}
		if sameDay(t, d.Date) {
			return sp, t, true
		}
		if nearT.IsZero() && t.Weekday() == d.Weekday && absDays(t.Sub(d.Date)) <= 3 {
			near, nearT = sp, t
		}
	}
	return near, nearT, !nearT.IsZero()
}

// sentenceHasDay reports whether the story sentence of d states day t
// among its dates ("on November 6 and 7").
func (j *job) sentenceHasDay(d *claims.DateMention, t time.Time) bool {
	for _, o := range j.story.Dates {
		if o.Sentence == d.Sentence && !o.Date.IsZero() && sameDay(o.Date, t) {
			return true
		}
	}
	_, sp := sentenceOf(j.story, d.Span)
	// "November 6 and 7": a bare day after "and" shares the month.
	rest := j.story.Text[d.Span.End:min(sp.End, d.Span.End+12)]
	if strings.HasPrefix(strings.TrimSpace(rest), "and ") || strings.HasPrefix(strings.TrimSpace(rest), "to ") || strings.HasPrefix(strings.TrimSpace(rest), "-") {
		return t.Month() == d.Date.Month() && t.Year() == d.Date.Year()
	}
	return false
}

// datelineDate reports the date of a dateline ("LIMA, March 4
// (Hemisphere Newswire) -"): when the report was filed, not when what it
// reports happened.
func datelineDate(an *claims.Analysis, d claims.DateMention) bool {
	if d.Sentence < 0 || d.Sentence >= len(an.Sentences) {
		return false
	}
	before := an.Text[an.Sentences[d.Sentence].Start:d.Span.Start]
	return datelinePrefix.MatchString(before)
}

var datelinePrefix = regexp.MustCompile(`^\s*\p{Lu}[\p{Lu} .'’-]+,(?:\s+\p{Lu}[\p{L}.]+,)?\s*$`)

// sourceSentenceHasDay reports a source sentence that gives the story's
// day among its own ("in three stages: 1 April, 1 June and 1 August").
func sourceSentenceHasDay(an *claims.Analysis, sd claims.DateMention, t time.Time) bool {
	for _, o := range an.Dates {
		if o.Sentence == sd.Sentence && !o.Date.IsZero() && sameDay(o.Date, t) {
			return true
		}
	}
	return false
}

type dateConflict struct {
	claim *claims.Claim
	src   *claims.Source
	story *claims.DateMention
	other claims.DateMention
	sent  string
}

func sameDay(a, b time.Time) bool {
	return a.Year() == b.Year() && a.Month() == b.Month() && a.Day() == b.Day()
}

func describeDay(t time.Time) string {
	return t.Weekday().String() + ", " + t.Format("January 2, 2006")
}

// judgeDates flags a weekday that contradicts its date, a date a year off
// the story's own timeline, and a date another source gives differently
// for the same event.
func (j *job) judgeDates(cs []claims.Claim) {
	var anchors []*claims.Claim
	for i := range cs {
		c := &cs[i]
		if c.Kind == claims.KindDate && c.Date != nil && c.Date.Relative && c.Date.HasDay && !c.Date.Date.IsZero() {
			anchors = append(anchors, c)
		}
	}
	for i := range cs {
		c := &cs[i]
		if c.Kind != claims.KindDate || c.Date == nil || c.Date.Date.IsZero() {
			continue
		}
		d := c.Date
		if d.WeekdayMismatch {
			c.Status = claims.Contradicted
			summary := "“" + d.Text + "”: " + d.Date.Format("January 2, 2006") + " was a " + d.Date.Weekday().String() + ", not a " + d.Weekday.String() + "; fix the day or the date."
			ev := []claims.Evidence{
				j.articleEvidence(d.Weekday.String()+", "+d.ISO(), c.Sentence, nil),
				{Where: "article", URL: j.url, Value: d.ISO() + " is a " + d.Date.Weekday().String(), Text: "calendar"},
			}
			// A source that dates the same thing tells which half is
			// wrong: the same date (the weekday is), or a day near it
			// that falls on the story's weekday (the date is).
			if sp, t, ok := j.sourceDateFor(c, d); ok {
				src := j.sources[sp.SourceID]
				if sameDay(t, d.Date) {
					summary = "“" + d.Text + "”: " + d.Date.Format("January 2, 2006") + " was a " + d.Date.Weekday().String() + ", not a " + d.Weekday.String() + "; " + publisherOf(src) + " gives the same date. Fix the day."
				} else {
					summary = "“" + d.Text + "”: " + d.Date.Format("January 2, 2006") + " was a " + d.Date.Weekday().String() + "; " + publisherOf(src) + " has " + t.Format("Monday, January 2, 2006") + ". Fix the date."
				}
				ev = append(ev, j.sourceEvidence(src, sp.Value, sp.Passage, nil))
			}
			j.add(claims.Discrepancy{Kind: claims.DiscDate, Severity: claims.High, ClaimIDs: []string{c.ID},
				Summary: summary, Why: "the stated weekday is not the weekday of the stated date", Evidence: ev})
			continue
		}
		if j.issuedOtherDay(c, cs) {
			continue
		}
		if d.Relative || !d.HasYear || !d.HasDay {
			continue
		}
		// "was detained on March 14, 2026" in a story of November 2025:
		// a thing done, dated after the story itself.
		if pub := j.in.Article.Published; !pub.IsZero() && d.Date.After(pub.AddDate(0, 0, 2)) && j.story.SaidAsPast(*d) {
			c.Status = claims.Contradicted
			j.add(claims.Discrepancy{Kind: claims.DiscDate, Severity: claims.Medium, ClaimIDs: []string{c.ID},
				Summary: "“" + d.Text + "” is after the story's own publication (" + pub.Format("January 2, 2006") + ") for something the story reports as done; the year is probably wrong.",
				Why:     "a past event dated later than the story that reports it",
				Evidence: []claims.Evidence{
					j.articleEvidence(d.ISO()+" (“"+d.Text+"”)", c.Sentence, nil),
					{Where: "article", URL: j.url, Value: "published " + pub.Format("2006-01-02"), Text: "publication date"},
				}})
			continue
		}
		for _, a := range anchors {
			ad := a.Date.Date
			if ad.Month() == d.Date.Month() && ad.Day() == d.Date.Day() && abs(ad.Year()-d.Date.Year()) == 1 && !yearApartMeant(c.Sentence) && !yearApartMeant(a.Sentence) {
				c.Status = claims.Contradicted
				ev := []claims.Evidence{
					j.articleEvidence(d.ISO()+" (“"+d.Text+"”, a "+d.Date.Weekday().String()+")", c.Sentence, nil),
					j.articleEvidence(ad.Format("2006-01-02")+" (“"+a.Date.Text+"”, "+describeDay(ad)+")", a.Sentence, nil),
				}
				// A source that repeats the date shows where it came from.
				for _, id := range j.okIDs {
					if j.analyses[id] == nil {
						continue // a source the story's claims never led to
					}
					for _, sd := range j.analysis(id).Dates {
						if !sd.Date.IsZero() && sameDay(sd.Date, d.Date) && sd.HasYear && !sd.Relative {
							ss, _ := sentenceOf(j.analysis(id), sd.Span)
							ev = append(ev, j.sourceEvidence(j.sources[id], sd.ISO(), claims.NormalizeSpace(ss), nil))
						}
					}
				}
				j.add(claims.Discrepancy{Kind: claims.DiscDate, Severity: claims.Medium, ClaimIDs: []string{c.ID},
					Summary: "“" + d.Text + "” is exactly a year off the story's own timeline (“" + a.Date.Text + "” is " + describeDay(ad) + "); " +
						d.Date.Format("January 2, 2006") + " was a " + d.Date.Weekday().String() + ". The year is probably wrong.",
					Why:      "same day and month as a date the story places its events on, one year apart",
					Evidence: ev})
				break
			}
		}
	}
	// One finding a date: the source's nearest day; none where the
	// weekday finding already tells the date is wrong.
	// The credited page's first, then the nearest day.
	nearest := map[string]int{}
	rank := func(dc dateConflict) (bool, float64) {
		return slices.Contains(j.sentenceCredits(dc.claim), dc.src.ID), absDays(dc.other.Date.Sub(dc.story.Date))
	}
	for i, dc := range j.dateConflicts {
		k, ok := nearest[dc.claim.ID]
		if !ok {
			nearest[dc.claim.ID] = i
			continue
		}
		ci, di := rank(dc)
		ck, dk := rank(j.dateConflicts[k])
		if ci && !ck || ci == ck && di < dk {
			nearest[dc.claim.ID] = i
		}
	}
	for i, dc := range j.dateConflicts {
		if dc.claim.Status == claims.Supported || nearest[dc.claim.ID] != i || dc.story.WeekdayMismatch {
			continue
		}
		dc.claim.Status = claims.Contradicted
		j.add(claims.Discrepancy{Kind: claims.DiscDate, Severity: claims.Medium, ClaimIDs: []string{dc.claim.ID},
			Summary: "The story dates this “" + dc.story.Text + "” (" + describeDay(dc.story.Date) + "); " + publisherOf(dc.src) + " gives " +
				describeDay(dc.other.Date) + " for the same event. Check the date.",
			Why: "a source passage about the same event gives another day",
			Evidence: []claims.Evidence{
				j.articleEvidence(dc.story.ISO()+" ("+dc.story.Date.Weekday().String()+", “"+dc.story.Text+"”)", dc.claim.Sentence, nil),
				j.sourceEvidence(dc.src, dc.other.ISO()+" ("+dc.other.Date.Weekday().String()+", “"+strings.TrimSpace(dc.other.Text)+"”)", dc.sent, nil),
			}})
	}
}

// yearApartMeant reports a sentence that means a date a year from
// another: a year's span said ("last year", "a year ago", "anniversary"),
// a remembrance ("gathered to remember"), or a time before the story's own
// ("had set a target"), so that the same day and month a year apart is
// no slip.
func yearApartMeant(sent string) bool {
	return yearApart.MatchString(sent)
}

var yearApart = regexp.MustCompile(`(?i)\b(?:last year|a year (?:ago|earlier|before|after|since|on)|one year|anniversary|annual|every year|previous year|remember|commemorat\w*|memorial|mark(?:ed|s|ing)? (?:a|one) year|vigil)\b|\bhad (?:\w+ly )?(?:set|been|presented|announced|said|made|held|given|put|taken|approved|passed|signed|agreed|promised|planned|raised|cut)\b`)

// issuedVerb ends the words before the day a cited document came out:
// "an interview broadcast last Tuesday", "a report published on May 3".
var issuedVerb = regexp.MustCompile(`(?i)\b(?:broadcast|aired|televised)(?:\s+on)?\s*$`)

// issuedOtherDay flags the day the story gives for when a cited
// document came out ("an interview broadcast last Tuesday") when the
// document itself is dated two days or more from it.
func (j *job) issuedOtherDay(c *claims.Claim, cs []claims.Claim) bool {
	d := c.Date
	if !d.HasDay || !issuedVerb.MatchString(j.story.Text[max(0, d.Span.Start-30):d.Span.Start]) {
		return false
	}
	sent := j.sentenceSpan(c)
	for i := range cs {
		o := &cs[i]
		if o.ID == c.ID || o.Start < sent.Start || o.End > sent.End {
			continue
		}
		for _, id := range j.credited[o.ID] {
			src := j.sources[id]
			if src == nil || src.Doc == nil || src.Doc.Published.IsZero() {
				continue
			}
			pub := src.Doc.Published
			day := time.Date(pub.Year(), pub.Month(), pub.Day(), 0, 0, 0, 0, d.Date.Location())
			if absDays(day.Sub(d.Date)) < 2 {
				return false
			}
			// The page may be a later transcript that gives the story's
			// day itself ("broadcast Sunday, March 1").
			if an := j.analysis(id); an != nil {
				for _, sd := range an.Dates {
					if sd.HasDay && sameDay(sd.Date, d.Date) {
						return false
					}
				}
			}
			c.Status = claims.Contradicted
			j.add(claims.Discrepancy{Kind: claims.DiscDate, Severity: claims.Medium, ClaimIDs: []string{c.ID},
				Summary: "The story says this came out “" + d.Text + "” (" + describeDay(d.Date) + "); " + publisherOf(src) + "'s own page is dated " +
					describeDay(day) + ". Check the date.",
				Why: "the day the story gives for a cited document is not the day the document bears",
				Evidence: []claims.Evidence{
					j.articleEvidence(d.ISO()+" ("+d.Date.Weekday().String()+", “"+d.Text+"”)", c.Sentence, nil),
					j.sourceEvidence(src, day.Format("2006-01-02")+" ("+day.Weekday().String()+")", src.Title, nil),
				}})
			return true
		}
	}
	return false
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
