package verify

import (
	"fmt"
	"maps"
	"math"
	"regexp"
	"slices"
	"sort"
	"strconv"
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
	// named caches namedJustBefore: the story's figure is set against
	// every figure of every hit.
	named map[string]bool
}

// namedBefore is namedJustBefore for the figure, read once.
func (r *figRef) namedBefore() map[string]bool {
	if r.named == nil {
		r.named = namedJustBefore(r.an, r.f)
	}
	return r.named
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

// linkNumber finds, in the passages that best match a story figure's
// sentence, the figure each source gives for the same quantity: the
// comparable figure whose surrounding words best match the story's.
func (j *job) linkNumber(c *claims.Claim) error {
	f := c.Figure
	// A length of time is compared only with the credited source's, in
	// words about the same thing: "without power for about 61 hours,
	// the coroner said" against her "remained off for approximately 41
	// hours". Elsewhere durations are too many and too loosely tied.
	timed := f != nil && f.Scope == "duration" && timeCounts[f.Counts] && len(j.credited[c.ID]) > 0
	if f == nil || !comparableKind(f) && !timed {
		return nil
	}
	sent, _ := sentenceOf(j.story, f.Span)
	story := &figRef{f: f, an: j.story, claimID: c.ID, sent: claims.NormalizeSpace(sent)}
	queries := []claims.Query{{Match: sent, Limit: 25}}
	if ids := j.credited[c.ID]; len(ids) > 0 {
		queries = append([]claims.Query{{Match: sent, SourceIDs: ids, Limit: 10}}, queries...)
	}
	storyCtx := figureContext(j.story, f)
	best := map[string]*figRef{}
	bestSim := map[string]float64{}
	// A source that gives the story's figure beside others of the same
	// kind ("9,420 tonnes, 28% below the average of 13,080 tonnes") bears
	// it out when the words around it fit nearly as well.
	agreeing := map[string]*figRef{}
	agreeSim := map[string]float64{}
	// Any agreeing figure, by source and sentence: the figure chosen may
	// sit in a sentence that also gives the story's.
	sameSent := map[string]*figRef{}
	seen := map[string]bool{}
	for _, q := range queries {
		r, err := j.search(q)
		if err != nil {
			return err
		}
		for _, h := range r.Hits {
			an := j.analysis(h.SourceID)
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
				if !j.comparable(story, ref) {
					continue
				}
				// A length of time of the same thing: its own clause says
				// the same ("without power … 61 hours", "power remained off
				// … 41 hours"), in two or more words.
				if timed && (!slices.Contains(j.credited[c.ID], src.ID) || !sameClause(story, ref) && !sameDuration(j.story, f, an, g) || givesValue(an, f) && !f.Agrees(g)) {
					continue
				}
				if f.Agrees(g) {
					sameSent[src.ID+"|"+ref.sent] = ref
				}
				sim := overlap(storyCtx, tollContext(an, g))
				// A percentage of the same named thing in the source the
				// story credits for it: "VAT receipts rose 3.9%, the
				// ministry said" and "revenue from value added tax
				// increased by 9.3%".
				// A toll of the same kind said of the same day ("on Sunday";
				// "As of 15 November") is the event's toll that day.
				sameDay := isOutcomeCount(f.Counts) && f.Counts == g.Counts && sameCalendarDay(dayStated(story, true), dayStated(ref, true))
				credited := slices.Contains(j.credited[c.ID], src.ID) && specificSubject(f, g) || j.anchored(story, ref) || samePersonTerm(story, ref) || sameDay
				floor := contextFloor(f)
				if sameDamage(story, ref) {
					floor = tollFloor // a toll of things, read as one of people
				}
				if sim < floor && !(sim >= namedFloor && (sameNamed(story, ref) || sameShareOf(story.f, ref.f))) && !credited {
					continue
				}
				if sim > bestSim[src.ID] || best[src.ID] == nil {
					best[src.ID], bestSim[src.ID] = ref, sim
				}
				if f.Agrees(g) && (agreeing[src.ID] == nil || sim > agreeSim[src.ID]) {
					agreeing[src.ID], agreeSim[src.ID] = ref, sim
				}
			}
		}
	}
	// A credited page the story's words do not find (one in another
	// language): a sum it gives in the story's digits at a scale a
	// thousand apart is the same sum misread ("$2.1 million" for "2,1
	// G$"), whatever the words around it.
	for _, id := range j.credited[c.ID] {
		an, src := j.analysis(id), j.sources[id]
		if best[id] != nil || an == nil || src == nil || !j.inOtherLanguage(src) {
			continue
		}
		for i := range an.Figures {
			if g := &an.Figures[i]; scaleSlip(f, g) {
				gs, sp := sentenceOf(an, g.Span)
				hit := claims.Hit{Passage: claims.Passage{SourceID: id, URL: src.URL, Text: gs, Start: sp.Start, End: sp.End}}
				best[id] = &figRef{f: g, src: src, an: an, hit: hit, sent: claims.NormalizeSpace(gs)}
				break
			}
		}
	}
	for id, r := range agreeing {
		if agreeSim[id] >= bestSim[id]-0.15 {
			best[id], bestSim[id] = r, agreeSim[id]
		}
	}
	for id, r := range best {
		if a, ok := sameSent[id+"|"+r.sent]; ok && !f.Agrees(r.f) {
			best[id] = a
		}
	}
	links := &numberLinks{story: story}
	for _, id := range j.okIDs {
		if r, ok := best[id]; ok {
			links.found = append(links.found, r)
		}
	}
	j.mu.Lock()
	j.numbers = append(j.numbers, links)
	j.mu.Unlock()
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
			Relation: rel, Score: round2(bestSim[r.src.ID]), Start: r.hit.Start, End: r.hit.End, Value: valueOf(r.f)})
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

// figureContext is the content words of the clause that speaks of a
// figure ("killed nine workers", "for each injured worker"), with the
// subject of its sentence when the clause is short.
func figureContext(a *claims.Analysis, f *claims.Figure) map[string]bool {
	cl := f.Clause
	if cl.End <= cl.Start {
		cl = f.Span
	}
	words := contentWords(a.Text[cl.Start:cl.End])
	if len(words) < 4 {
		_, sp := sentenceOf(a, f.Span)
		for w := range contentWords(a.Text[sp.Start:min(sp.End, cl.End+60)]) {
			words[w] = true
		}
	}
	for w := range contentWords(f.Text) {
		delete(words, w)
	}
	return words
}

func isPercent(f *claims.Figure) bool {
	return f.Unit == "percent" || f.Unit == "percentage point" || f.Counts == "percent"
}

// sameSubject reports whether two percentages may be of the same thing,
// by the words before them: "VAT receipts" and "revenue from value added
// tax" are; "personal income tax" and "corporate income tax revenue",
// one head qualified two ways, are not. Subjects with no word in common,
// or unknown, may be (the context decides).
func sameSubject(a, b string) bool {
	if a == "" || b == "" {
		return true
	}
	wa, wb := subjectWords(a, b), subjectWords(b, a)
	in := func(w string, ws []string) bool { return slices.Contains(ws, w) }
	first := func(ws, other []string) int {
		for i, w := range ws {
			if in(w, other) {
				return i
			}
		}
		return -1
	}
	fa, fb := first(wa, wb), first(wb, wa)
	if fa < 0 || fb < 0 {
		// No word in common says nothing: "the economy" and "gross
		// domestic product", "unemployment" and "the jobless rate".
		return true
	}
	// Words before the shared ones qualify the same head differently.
	onlyA, onlyB := false, false
	for _, w := range wa[:fa] {
		onlyA = onlyA || !in(w, wb)
	}
	for _, w := range wb[:fb] {
		onlyB = onlyB || !in(w, wa)
	}
	return !(onlyA && onlyB)
}

// specificSubject reports two percentages of the same thing named in
// two words or more ("value added tax"), which identifies the quantity as
// a name does.
func specificSubject(a, b *claims.Figure) bool {
	if !isPercent(a) || !isPercent(b) || a.Subject == "" || b.Subject == "" || !sameSubject(a.Subject, b.Subject) {
		return false
	}
	return sharedWords(a.Subject, b.Subject) >= 2
}

// sharedWords counts the words two subjects have in common, acronyms
// spelt out.
func sharedWords(a, b string) int {
	wb := subjectWords(b, a)
	n := 0
	for _, w := range subjectWords(a, b) {
		if slices.Contains(wb, w) {
			n++
		}
	}
	return n
}

// subjectWords is a subject's words in order, lower case and singular,
// "X from Y" read as "Y X", and an acronym spelt out where the other
// subject has the words it stands for ("VAT", "value added tax").
func subjectWords(s, other string) []string {
	f := strings.Fields(s)
	for i, w := range f {
		if l := strings.ToLower(w); (l == "from" || l == "of" || l == "on") && i > 0 && i < len(f)-1 {
			f = append(append([]string{}, f[i+1:]...), f[:i]...)
			break
		}
	}
	of := strings.Fields(strings.ToLower(other))
	var out []string
	for _, w := range f {
		if len(w) >= 2 && len(w) <= 5 && strings.ToUpper(w) == w {
			spelt := false
			for i := 0; i+len(w) <= len(of) && !spelt; i++ {
				if claims.AcronymOf(w, strings.Join(of[i:i+len(w)], " ")) {
					out, spelt = append(out, of[i:i+len(w)]...), true
				}
			}
			if spelt {
				continue
			}
		}
		l := strings.ToLower(w)
		switch l {
		case "the", "a", "an", "in", "for", "to", "its", "total":
			continue
		}
		out = append(out, singularWord(l))
	}
	return out
}

// tollContext is figureContext, and for a toll said in a short sentence
// that refers back ("As of 19.00, the number of people who died has risen
// to 14") the sentence before it in the paragraph too, which names the
// event.
func tollContext(a *claims.Analysis, f *claims.Figure) map[string]bool {
	words := figureContext(a, f)
	if !isOutcomeCount(f.Counts) || f.Scope != "" || len(words) >= 8 || f.Sentence <= 0 || f.Sentence >= len(a.Sentences) {
		return words
	}
	// Only a sentence that updates a running count refers back so.
	before := strings.ToLower(a.Text[max(a.Sentences[f.Sentence].Start, f.Span.Start-60):f.Span.Start])
	if !strings.Contains(before, "number of") && !strings.Contains(before, "toll") {
		return words
	}
	prev, cur := a.Sentences[f.Sentence-1], a.Sentences[f.Sentence]
	if prev.Para != cur.Para {
		return words
	}
	for w := range contentWords(a.Text[prev.Start:prev.End]) {
		words[w] = true
	}
	for w := range contentWords(f.Text) {
		delete(words, w)
	}
	return words
}

// contextFloor is how much of a story figure's surroundings a source
// figure must share to be read as the same quantity: a toll of an event
// is identified by the event's words; a sum or a share needs more.
func contextFloor(f *claims.Figure) float64 {
	switch {
	case isOutcomeCount(f.Counts):
		return tollFloor
	case f.Counts == "ban":
		return 0.25 // a ban's length, in its games: the words of a ban are few
	}
	return 0.5
}

// tollFloor is the context an event's toll needs: the event's words.
const tollFloor = 0.15

// namedFloor is the context a figure needs when both sentences say it
// of the same named person or place ("Otieno received 314,207 votes";
// "Otieno's 341,207 votes"): the name identifies the quantity.
const namedFloor = 0.25

// sameNamed reports figures said of one named person or place: each
// the first figure after the name in its sentence.
func sameNamed(a, b *figRef) bool {
	na := a.namedBefore()
	return len(na) > 0 && nearlyShares(na, b.namedBefore())
}

// nearlyShares reports two sets of name keys with one in common, or one a
// slip of the pen from the other ("Baird", "Beard"): a misspelt person is
// still the person the figure is said of.
func nearlyShares(a, b map[string]bool) bool {
	for x := range a {
		for y := range b {
			if x == y {
				return true
			}
			if !strings.HasPrefix(x, claims.Person+":") || !strings.HasPrefix(y, claims.Person+":") {
				continue
			}
			kx, ky := strings.TrimPrefix(x, claims.Person+":"), strings.TrimPrefix(y, claims.Person+":")
			if len(kx) >= 5 && len(ky) >= 5 && claims.EditDistance(kx, ky, 2) <= 1 || len(kx) >= 8 && len(ky) >= 8 && claims.EditDistance(kx, ky, 2) <= 2 {
				return true
			}
		}
	}
	return false
}

// namedJustBefore is the forms of the person named last before a figure
// in its sentence (failing a person, the place), outside the speaker's
// words, when no other figure comes between them: "sentenced X, the
// manager of the agency in Y, to 12 years" is said of X.
func namedJustBefore(a *claims.Analysis, f *claims.Figure) map[string]bool {
	_, sp := sentenceOf(a, f.Span)
	before := claims.Span{Start: sp.Start, End: f.Span.Start}
	own := speakerOwns(a, f)
	for _, kind := range []string{claims.Person, claims.Place} {
		owner, m := lastMention(a, before, own, kind)
		if owner == nil {
			continue
		}
		for i := range a.Figures {
			if g := &a.Figures[i]; g.Span.Start >= m.End && g.Span.End <= f.Span.Start {
				return map[string]bool{}
			}
		}
		return formsOf(owner)
	}
	return map[string]bool{}
}

// comparableKind reports whether a figure counts something worth
// comparing across sources.
func comparableKind(f *claims.Figure) bool {
	switch f.Scope {
	case "duration":
		return f.Counts == "sentenced" || f.Counts == "ban" // a term of prison or of a ban
	case "subset":
		// A part compared only with a part of the same noun ("including
		// 19 children", "including 318,250 vehicles in Japan").
		return f.Counts != "" && f.Counts != "count" && f.Of != ""
	case "elided":
		return false // read from context: not firm enough to raise a conflict
	}
	return f.Counts != "" && f.Counts != "count" && f.Counts != "year" && f.Counts != "age"
}

// payerOf is the content words of who grants a sum, the subject of a verb
// of granting in the sum's clause before it: "The Prime Minister's Office
// announced 200,000 rupees" gives prime, minister, office.
func payerOf(an *claims.Analysis, f *claims.Figure) map[string]bool {
	words := strings.Fields(clauseBefore(an, f, ";"))
	for k := len(words) - 1; k >= 1; k-- {
		if grantVerbs[strings.ToLower(strings.Trim(words[k], ",."))] {
			subj := words[:k]
			for i := len(subj) - 1; i >= 0; i-- {
				if strings.HasSuffix(subj[i], ",") {
					subj = subj[i+1:] // past an opening phrase
					break
				}
			}
			return contentWords(strings.NewReplacer("'s", "", "’s", "").Replace(strings.Join(subj, " ")), "has", "have", "had", "also", "said")
		}
	}
	return nil
}

// kinWordsOf reports a word of one set that begins a word of the other:
// "The airline" and "Meridian Air" may be one payer.
func kinWordsOf(a, b map[string]bool) bool {
	for x := range a {
		for y := range b {
			if len(x) >= 3 && len(y) >= 3 && (strings.HasPrefix(x, y) || strings.HasPrefix(y, x)) {
				return true
			}
		}
	}
	return false
}

// grantVerbs announce or give a sum.
var grantVerbs = map[string]bool{"announced": true, "announces": true, "pledged": true, "pledges": true, "offered": true, "offers": true,
	"approved": true, "approves": true, "allocated": true, "promised": true, "granted": true, "released": true, "paid": true, "pays": true,
	"sanctioned": true, "donated": true, "gave": true}

// sameDuration reports two lengths of time said of the same thing: their
// clauses share two content words or more, half of each clause's words,
// and no word of purpose sets them apart ("worked for 30 hours to free
// the miners", "worked for 6 hours to shore up the shaft").
func sameDuration(fa *claims.Analysis, f *claims.Figure, ga *claims.Analysis, g *claims.Figure) bool {
	a, b := figureContext(fa, f), figureContext(ga, g)
	shared := 0
	for w := range a {
		if b[w] {
			shared++
		}
	}
	if shared < 2 || overlap(a, b) < 0.5 || overlap(b, a) < 0.5 {
		return false
	}
	pa, pb := purposeAfter(fa, f), purposeAfter(ga, g)
	return pa == "" || pb == "" || pa == pb
}

// purposeAfter is the verb of a purpose right after a length of time:
// "for 30 hours to free …" gives "free".
func purposeAfter(an *claims.Analysis, f *claims.Figure) string {
	rest := strings.Fields(strings.ToLower(an.Text[f.Span.End:min(len(an.Text), f.Span.End+40)]))
	for i := 0; i+1 < len(rest) && i < 3; i++ {
		if rest[i] == "to" {
			return strings.Trim(rest[i+1], ".,;")
		}
	}
	return ""
}

// givesValue reports a source that gives a figure's value in the same
// unit anywhere, whatever it is read as ("seen by a doctor some 14 hours
// after he was placed in the cell"): the story's length of time is there.
func givesValue(an *claims.Analysis, f *claims.Figure) bool {
	for k := range an.Figures {
		if g := &an.Figures[k]; g.Counts == f.Counts && g.Agrees(f) {
			return true
		}
	}
	return false
}

// timeCounts are the units of a length of time that verification may
// compare.
var timeCounts = map[string]bool{"minute": true, "hour": true, "day": true, "week": true, "month": true}

// subjectClass folds whom a figure counts: "people" for people in
// general (people, others, members, workers, residents, or nothing said)
// and a group for counts of a distinct part of them (troops, children,
// women, police) that a total of people does not measure.
func subjectClass(f *claims.Figure) string {
	if f.Of == "" {
		return "people"
	}
	words := strings.Fields(strings.ToLower(f.Of))
	head := singularWord(words[len(words)-1])
	switch head {
	case "troop", "soldier", "servicemember", "marine", "officer", "policeman", "police", "firefighter", "rescuer":
		return "security"
	case "child", "children", "minor", "boy", "girl", "student", "pupil", "infant", "baby":
		return "children"
	case "woman", "women":
		return "women"
	case "civilian":
		return "civilian"
	}
	return "people"
}

// comparable decides whether a source figure measures the same quantity
// as a story figure: the same thing counted, of the same people, over the
// same scope, about the same event. Each "no" has a reason a reader would
// accept: a cumulative toll is not a day's toll; "including 12 children"
// is part of a total; a report published before the event cannot count
// its dead.
func (j *job) comparable(a, b *figRef) bool {
	fa, fb := a.f, b.f
	bothTimes := fa.Scope == "duration" && fb.Scope == "duration" && fa.Counts == fb.Counts && timeCounts[fa.Counts]
	if !claims.SameMeasure(fa.Counts, fb.Counts) && !samePeopleCounted(a, b) && !sameDamage(a, b) || !comparableKind(fb) && !bothTimes || otherPeriod(a.an, fa, b.an, fb) {
		return false
	}
	// What is to come is read from English verbs ("would cost"): in
	// another language a source's future ("tendrá un costo") reads as
	// plain.
	if fa.Scope != fb.Scope && !(j.inOtherLanguage(b.src) && fa.Scope+fb.Scope == "projected") {
		return false
	}
	if fa.Counts == "money" && fa.Unit != fb.Unit {
		return false
	}
	// "nearly 28,000 partially damaged" is a part of "32,121 houses
	// were damaged"; "4,200 destroyed" another part.
	if damageDegree(a.an, fa) != damageDegree(b.an, fb) {
		return false
	}
	// Sums two payers announced are two sums: "The railway has announced
	// ex gratia of ₹5 lakh" and "The Prime Minister's Office announced
	// 200,000 rupees".
	if fa.Counts == "money" {
		if pa, pb := payerOf(a.an, fa), payerOf(b.an, fb); len(pa) > 0 && len(pb) > 0 && overlap(pa, pb) == 0 && !kinWordsOf(pa, pb) {
			return false
		}
	}
	// "personal income tax 8.3%" and "corporate income tax … 4.3%" are
	// changes of two things.
	if (isPercent(fa) && isPercent(fb) || fa.Counts == "money") && !sameSubject(fa.Subject, fb.Subject) {
		return false
	}
	// Subjects with no word in common ("the economy", "gross domestic
	// product") are one quantity only when the rest of the sentences say
	// the same ("grew … in the fourth quarter from a year earlier").
	if isPercent(fa) && isPercent(fb) && fa.Subject != "" && fb.Subject != "" && sharedWords(fa.Subject, fb.Subject) == 0 &&
		max(overlap(contentWords(a.sent), contentWords(b.sent)), overlap(contentWords(b.sent), contentWords(a.sent))) < 0.5 {
		return false
	}
	if (fa.Scope == "duration" || fa.Scope == "subset" || fa.Counts == "ban") && singularWord(lastField(fa.Of)) != singularWord(lastField(fb.Of)) {
		return false // "nine years and six months": years are not months
	}
	if isOutcomeCount(fa.Counts) && subjectClass(fa) != subjectClass(fb) {
		return false
	}
	// Lengths of time: linkNumber holds them to the credited source and
	// to words about the same thing.
	if bothTimes {
		return true
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
	// A toll of another year is another event: "In November 2017 a
	// quake … killed more than 600 people" against this week's toll.
	if isOutcomeCount(fa.Counts) {
		// At least one side must say its year: a New Year's Eve fire
		// reported on January 2 is the same fire.
		ya, sa := j.yearOf(a)
		yb, sb := j.yearOf(b)
		if (sa || sb) && ya != 0 && yb != 0 && ya != yb {
			return false
		}
	}
	// For counts that are not an event's toll (troops, attacks, money)
	// the sentences must speak of the same thing, and the values be of one
	// order: 1,800 jobs cut and a workforce of 14,600 are two quantities.
	if !isOutcomeCount(fa.Counts) {
		// The sentences may differ where the figures' own clauses agree
		// ("including 318,250 vehicles in Japan" in a longer sentence).
		// A sum in the same digits at another scale needs half the words
		// of its clause only ("underlying EBITDA came in at A$1.06
		// million", "underlying EBITDA of A$1,062 million").
		slip := scaleSlip(fa, fb) && significantDigits(fa.Value) >= 3 && overlap(figureContext(a.an, fa), figureContext(b.an, fb)) >= 0.5
		if overlap(contentWords(a.sent), contentWords(b.sent)) < 0.3 && !sameClause(a, b) && !sameShareOf(fa, fb) && !sameNamed(a, b) && !specificSubject(fa, fb) && !j.anchored(a, b) && !samePersonTerm(a, b) && !sameDamage(a, b) && !slip {
			return false
		}
		// Not so when both say what they are of, word for word: "the
		// absolute risk difference at 0.7 percentage points" against
		// "0.07 percentage points" is a slip of the decimal point.
		// Nor for one sum in the same digits at another scale ("A$1.06
		// million" against "A$1.06 billion"): a slip of the scale word.
		if spread(fa, fb) > 3 && !(fa.Subject != "" && strings.EqualFold(fa.Subject, fb.Subject)) && !(scaleSlip(fa, fb) && significantDigits(fa.Value) >= 3) {
			return false
		}
	}
	// Figures said of different named people or places are different
	// quantities ("X got nine years, Y four"; "three killed in Kharkiv,
	// one in Kherson").
	// Names read from another language's sentences are not to be set
	// against the story's when the figures are anchored.
	if namedApart(properNames(a.an, fa), properNames(b.an, fb)) && !j.anchored(a, b) {
		return false
	}
	// "Nearly a third were cancelled" and "two in three ran": shares that
	// make up the whole between them, said in other words, are the two
	// sides of one count.
	if (fa.Unit == "percent" || fa.Counts == "percent") && (fb.Unit == "percent" || fb.Counts == "percent") && complements(fa, fb) && !sameWords(figureContext(a.an, fa), figureContext(b.an, fb)) {
		return false
	}
	return true
}

// samePersonTerm reports two bans or terms of one person: "Luka
// Stefanović … was banned for five matches" and "The player Luka
// Stefanović is found responsible … The player is suspended for three
// matches". A term is said of the person the sentence names, or, when it
// names none ("The player is suspended"), the one the sentence before
// names.
func samePersonTerm(a, b *figRef) bool {
	if a.f.Counts != b.f.Counts || a.f.Counts != "ban" && a.f.Counts != "sentenced" {
		return false
	}
	// One term in each sentence: "15 years on the corruption counts, 10
	// on the fraud counts" are two terms of one man.
	only := func(r *figRef) bool {
		n := 0
		for i := range r.an.Figures {
			if g := &r.an.Figures[i]; g.Sentence == r.f.Sentence && g.Counts == r.f.Counts {
				n++
			}
		}
		return n == 1
	}
	if !only(a) || !only(b) {
		return false
	}
	pa, pb := termPeople(a), termPeople(b)
	for _, x := range pa {
		for _, y := range pb {
			if rel, _ := claims.CompareNames(x, y); rel >= claims.VariantSpelling {
				return true
			}
		}
	}
	return false
}

func termPeople(r *figRef) []string {
	si := r.f.Sentence
	for s := si; s >= 0 && s >= si-1; s-- {
		if s < si && r.an.Sentences[s].Para != r.an.Sentences[si].Para {
			break
		}
		sp := r.an.Sentences[s].Span
		var out []string
		for _, e := range r.an.Entities {
			if e.Kind != claims.Person || len(strings.Fields(e.Name)) < 2 {
				continue
			}
			for _, m := range e.Mentions {
				if m.Start >= sp.Start && m.End <= sp.End {
					out = append(out, e.Name)
					break
				}
			}
		}
		if len(out) > 0 {
			return out
		}
	}
	return nil
}

// anchored reports figures in a source written in another language than
// the story, whose words cannot be compared, tied by the sentences they
// stand in: each the one figure of its kind there, beside another figure
// both give exactly ("S/ 2.15 billion … about 240,000 drivers" and "S/
// 1.150 millones … alrededor de 240 mil conductores").
func (j *job) anchored(a, b *figRef) bool {
	if !j.inOtherLanguage(b.src) {
		return false
	}
	kind := func(f *claims.Figure) string { return f.Counts + "|" + f.Unit }
	others := func(r *figRef) ([]*claims.Figure, bool) {
		var out []*claims.Figure
		same := 0
		for i := range r.an.Figures {
			g := &r.an.Figures[i]
			if g.Sentence != r.f.Sentence || g == r.f {
				continue
			}
			if kind(g) == kind(r.f) {
				same++
			}
			out = append(out, g)
		}
		return out, same == 0
	}
	oa, onlyA := others(a)
	ob, onlyB := others(b)
	if !onlyA || !onlyB {
		return false
	}
	for _, x := range oa {
		for _, y := range ob {
			if x.Value == y.Value && x.Value >= 100 && x.Counts != "money" && !(x.Value >= 1900 && x.Value <= 2100 && x.Unit == "") {
				return true
			}
		}
	}
	return false
}

// sameWords reports two sets of the same content words.
func sameWords(a, b map[string]bool) bool {
	return overlap(a, b) == 1 && overlap(b, a) == 1
}

// complements reports two shares that add up to the whole.
func complements(a, b *claims.Figure) bool {
	// Two exact percentages that add up to 100 may be a flipped share
	// ("60% supported" against "40% backed"): the number judge weighs them.
	if a.Agrees(b) || a.Exact() && b.Exact() {
		return false
	}
	rest := &claims.Figure{Value: 100 - b.Value, Low: 100 - b.High, High: 100 - b.Low}
	return a.Low <= rest.High+0.5 && rest.Low <= a.High+0.5
}

// sameShareOf reports two shares of the same named group: "24% of
// drivers", "42% of drivers". The group identifies the quantity as a name
// does.
func sameShareOf(a, b *claims.Figure) bool {
	if a.Counts != "percent" || b.Counts != "percent" || a.Of == "" || b.Of == "" {
		return false
	}
	ha, hb := singularWord(lastField(a.Of)), singularWord(lastField(b.Of))
	switch ha {
	case "people", "person", "population", "total", "cent", "percent":
		return false
	}
	return ha == hb
}

// periodOf is the month or quarter said right after a figure ("15.38 per
// cent in October 2026", "4.23% … in the third quarter"), or "": two
// rates of two months are two quantities, though the words around them
// are the same.
func periodOf(an *claims.Analysis, f *claims.Figure) string {
	rest := an.Text[f.Span.End:min(len(an.Text), f.Span.End+60)]
	m := periodAfter.FindStringSubmatchIndex(rest)
	if m == nil {
		return ""
	}
	// "July-September", "the June quarter": a span of months, said
	// otherwise than as one.
	if after := rest[m[3]:]; strings.HasPrefix(after, "-") || strings.HasPrefix(after, "–") || strings.HasPrefix(strings.TrimSpace(after), "quarter") {
		return ""
	}
	return strings.ToLower(rest[m[2]:m[3]])
}

var periodAfter = regexp.MustCompile(`^(?:\s*(?:per\s*cent|percent|%))?\s+(?:in|for|during)\s+(?:the\s+)?((?:January|February|March|April|May|June|July|August|September|October|November|December)|(?:first|second|third|fourth)\s+quarter)\b`)

// otherPeriod reports two figures said of two different months or
// quarters.
func otherPeriod(fa *claims.Analysis, f *claims.Figure, ga *claims.Analysis, g *claims.Figure) bool {
	pf, pg := periodOf(fa, f), periodOf(ga, g)
	// A month and a quarter are not set against each other: "the third
	// quarter" holds September.
	quarter := func(p string) bool { return strings.HasSuffix(p, "quarter") }
	return pf != "" && pg != "" && pf != pg && quarter(pf) == quarter(pg)
}

// samePeopleCounted reports one group of people called two names in
// clauses that otherwise say the same: "the data of more than 410,000
// customers had been copied" and "the data of 312,400 members were
// copied".
func samePeopleCounted(a, b *figRef) bool {
	fa, fb := a.f, b.f
	if !peopleCounted[fa.Counts] || !peopleCounted[fb.Counts] || fa.Scope != "" || fb.Scope != "" {
		return false
	}
	ca, cb := figureContext(a.an, fa), figureContext(b.an, fb)
	for _, m := range []map[string]bool{ca, cb} {
		for w := range m {
			if peopleCounted[singularWord(w)] || peopleCounted[w] {
				delete(m, w)
			}
		}
	}
	return len(ca) >= 3 && len(cb) >= 3 && overlap(ca, cb) >= 0.6 && overlap(cb, ca) >= 0.6
}

// peopleCounted are the nouns a story and its source may use for one
// group of people: customers of a loyalty scheme are its members.
var peopleCounted = map[string]bool{"customer": true, "member": true, "user": true, "client": true, "subscriber": true,
	"account": true, "holder": true, "policyholder": true, "patient": true, "passenger": true, "person": true, "people": true}

// sameDamage reports two counts of the same things that one event
// destroyed or damaged ("174 homes had been destroyed", "has destroyed
// 147 homes"): an event's toll of things, identified by the event as a
// toll of people is.
func sameDamage(a, b *figRef) bool {
	da, db := damageIn(a.an, a.f), damageIn(b.an, b.f)
	// "253 homes and other structures" against "Structures Destroyed
	// 212": the phrase names the other's kind too.
	other := func(x, y *claims.Figure) bool {
		return strings.Contains(strings.ToLower(x.Of), "and other "+strings.ToLower(y.Counts))
	}
	return da != "" && da == db && (a.f.Counts == b.f.Counts || other(a.f, b.f) || other(b.f, a.f))
}

// damageIn is the stem of the verb of destruction in a figure's own
// clause, or "".
func damageIn(an *claims.Analysis, f *claims.Figure) string {
	if f.Counts == "money" || f.Counts == "percent" || f.Unit != "" || isOutcomeCount(f.Counts) || f.Scope != "" {
		return ""
	}
	cl := f.Clause
	if cl.End <= cl.Start {
		// A row of a table ("Structures Destroyed 212"): the row.
		if sent, sp := sentenceOf(an, f.Span); len(strings.Fields(sent)) <= 8 {
			cl = sp
		} else {
			return ""
		}
	}
	for _, w := range strings.Fields(strings.ToLower(an.Text[cl.Start:cl.End])) {
		w = strings.Trim(w, ".,;:")
		for _, stem := range damageStems {
			if strings.HasPrefix(w, stem) {
				return stem
			}
		}
	}
	return ""
}

// damageDegree is "partial" for a count of things partly damaged, read
// from the words right around the figure ("nearly 28,000 partially
// damaged", "27,903 were partially damaged"), else "": such a count is a
// part of the things damaged, not their number. "partially or completely
// destroyed" is both.
func damageDegree(an *claims.Analysis, f *claims.Figure) string {
	if f.Counts == "money" || f.Counts == "percent" || isOutcomeCount(f.Counts) {
		return ""
	}
	// "partially damaged 3,000 homes": the verb before.
	lead := an.Text[max(0, f.Span.Start-30):f.Span.Start]
	if i := strings.LastIndexAny(lead, ".;!?\n"); i >= 0 {
		lead = lead[i+1:] // its own sentence only
	}
	if before := strings.Fields(strings.ToLower(lead)); len(before) >= 2 {
		if w, v := before[len(before)-2], before[len(before)-1]; (w == "partially" || w == "partly" || w == "slightly") && (strings.HasPrefix(v, "damag") || strings.HasPrefix(v, "destroy")) {
			return "partial"
		}
	}
	rest := an.Text[f.Span.End:min(len(an.Text), f.Span.End+60)]
	if i := strings.IndexAny(rest, ".;,"); i >= 0 {
		rest = rest[:i]
	}
	ws := strings.Fields(strings.ToLower(rest))
	for i, w := range ws {
		if i > 4 || w == "and" {
			break
		}
		if (w == "partially" || w == "partly" || w == "slightly") && (i+1 >= len(ws) || ws[i+1] != "or") {
			return "partial"
		}
	}
	return ""
}

// damageStems are verbs of an event's damage to things.
var damageStems = []string{"destroy", "damag", "razed", "raze", "flatten", "gutted", "collapsed"}

// sameClause reports figures whose own clauses say the same thing, each
// holding three quarters of the other's content words (three or more).
func sameClause(a, b *figRef) bool {
	ca, cb := figureContext(a.an, a.f), figureContext(b.an, b.f)
	return len(ca) >= 3 && overlap(ca, cb) >= 0.75 && overlap(cb, ca) >= 0.75
}

// spread is how many times larger one figure is than the other.
func spread(a, b *claims.Figure) float64 {
	x, y := math.Abs(a.Value), math.Abs(b.Value)
	// Basis points against percentage points: one scale.
	if a.Unit == "basis point" && b.Unit == "percentage point" {
		x /= 100
	} else if b.Unit == "basis point" && a.Unit == "percentage point" {
		y /= 100
	}
	if x == 0 || y == 0 {
		return 1
	}
	if x < y {
		x, y = y, x
	}
	return x / y
}

// properNames are the names in a figure's clause: the people and places
// it is said of.
func properNames(a *claims.Analysis, f *claims.Figure) map[string]bool {
	own := speakerOwns(a, f)
	if out, ok := clauseNames(a, f, own); len(out) > 0 || ok {
		return out
	}
	// Nothing named in the clause ("Y, also an independent, received
	// 7,620"): the name nearest before the figure in its sentence, the
	// subject; failing that, the sentence's names; never the speaker's.
	_, sp := sentenceOf(a, f.Span)
	before := claims.Span{Start: sp.Start, End: f.Span.Start}
	if owner, m := lastMention(a, before, own, claims.Person, claims.Place); owner != nil {
		out := formsOf(owner)
		// "the Tonle Sap River in Cambodia": a place given with the
		// place it lies in is both.
		if owner.Kind == claims.Place {
			if outer, pm := lastMention(a, claims.Span{Start: sp.Start, End: m.Start}, own, claims.Place); outer != nil {
				if gap := a.Text[pm.End:m.Start]; gap == " in " || gap == ", " {
					for k := range formsOf(outer) {
						out[k] = true
					}
				}
			}
		}
		return out
	}
	return namesIn(a, sp, own)
}

// speakerOwns reports the mentions that describe who says a figure, not
// what it is of: the speaker's own name, and the places in a description
// set off by commas ("The observatory, a group with sources in Deir
// ez-Zor province, said at least 6"). "Officials in Kharkiv said three
// were killed" still places the three in Kharkiv.
func speakerOwns(a *claims.Analysis, f *claims.Figure) func(e *claims.Entity, m claims.Mention) bool {
	speaker := a.SpeakerSpan(f)
	return func(e *claims.Entity, m claims.Mention) bool {
		if speaker.End <= speaker.Start || m.Start < speaker.Start || m.End > speaker.End {
			return false
		}
		return e.Kind == claims.Person || strings.Contains(a.Text[m.End:speaker.End], ",")
	}
}

// clauseNames are the names in the figure's own clause; final is set
// when the clause is the figure alone and nothing further is to be read.
func clauseNames(a *claims.Analysis, f *claims.Figure, own func(*claims.Entity, claims.Mention) bool) (out map[string]bool, final bool) {
	cl := f.Clause
	if cl.End <= cl.Start {
		return map[string]bool{}, true
	}
	// The names of the figure's clause said before it ("X won 11,238
	// votes"), else those after it; a name after the figure that opens
	// the next item ("… 11,238 votes and Y") is not the figure's.
	if out := namesIn(a, claims.Span{Start: cl.Start, End: f.Span.Start}, own); len(out) > 0 {
		return out, true
	}
	out = namesIn(a, cl, own)
	return out, cl == f.Span
}

// lastMention is the mention of one of kinds named last in span, and its
// entity, but for those skip owns.
func lastMention(a *claims.Analysis, sp claims.Span, skip func(*claims.Entity, claims.Mention) bool, kinds ...string) (*claims.Entity, claims.Mention) {
	var owner *claims.Entity
	var best claims.Mention
	for _, e := range a.Entities {
		if !slices.Contains(kinds, e.Kind) {
			continue
		}
		for _, m := range e.Mentions {
			if skip(e, m) || m.Start < sp.Start || m.End > sp.End {
				continue
			}
			if owner == nil || m.Start > best.Start {
				owner, best = e, m
			}
		}
	}
	return owner, best
}

// formsOf is an entity's name keys, by kind.
func formsOf(e *claims.Entity) map[string]bool {
	out := map[string]bool{}
	for _, form := range e.Forms {
		out[nameKey(e.Kind, form)] = true
	}
	return out
}

// namesIn is the forms of the people and places named in cl, but for
// those skip owns.
func namesIn(a *claims.Analysis, cl claims.Span, skip func(*claims.Entity, claims.Mention) bool) map[string]bool {
	out := map[string]bool{}
	for _, e := range a.Entities {
		if e.Kind != claims.Person && e.Kind != claims.Place {
			continue
		}
		for _, m := range e.Mentions {
			if m.Start >= cl.Start && m.End <= cl.End && !skip(e, m) {
				maps.Copy(out, formsOf(e))
			}
		}
	}
	return out
}

// nameKey keys a name by its kind: a person and a place are compared
// only with their own kind.
func nameKey(kind, form string) string { return kind + ":" + claims.NameKey(form) }

// namedApart reports figures said of different people, or of different
// places when neither names a person they share: "X got nine years, Y
// four"; "three killed in Kharkiv, one in Kherson". One side naming a
// person and the other a place says nothing ("sentenced Barreto";
// "the manager of the agency in Vitória, to 12 years").
func namedApart(a, b map[string]bool) bool {
	of := func(m map[string]bool, kind string) map[string]bool {
		out := map[string]bool{}
		for k := range m {
			if strings.HasPrefix(k, kind+":") {
				out[k] = true
			}
		}
		return out
	}
	pa, pb := of(a, claims.Person), of(b, claims.Person)
	if len(pa) > 0 && len(pb) > 0 {
		return !nearlyShares(pa, pb)
	}
	la, lb := of(a, claims.Place), of(b, claims.Place)
	// "612 cases in Migori" against "nearly 2,000 cases in Migori, Homa
	// Bay, Kisumu and Siaya": one place's part of several places' whole.
	if len(la) == 1 && len(lb) >= 3 || len(lb) == 1 && len(la) >= 3 {
		return true
	}
	return len(la) > 0 && len(lb) > 0 && !sharesPlace(la, lb)
}

// sharesPlace reports a place both name, "the Tonle Sap" and "the Tonle
// Sap River" being one.
func sharesPlace(a, b map[string]bool) bool {
	for ka := range a {
		for kb := range b {
			if ka == kb || geoTail(ka, kb) || geoTail(kb, ka) {
				return true
			}
		}
	}
	return false
}

// geoTail reports long as short with a geographic word after it.
func geoTail(short, long string) bool {
	rest, ok := strings.CutPrefix(long, short)
	switch rest {
	case "river", "lake", "province", "district", "region", "city", "island", "islands", "valley", "basin", "state", "county",
		"delta", "bay", "coast", "mountains", "hills", "plateau", "sea", "municipality", "governorate", "prefecture":
		return ok
	}
	return false
}

func isOutcomeCount(c string) bool {
	switch c {
	case "killed", "wounded", "missing", "arrested", "detained", "displaced", "evacuated", "rescued", "hospitalised", "cases":
		return true
	}
	return false
}

// dayOf returns the date stated in a figure's sentence, if one is.
func dayOf(r *figRef) time.Time { return dayStated(r, false) }

// dayStated is dayOf, with relative=true also taking days read from the
// publication date ("on Sunday").
func dayStated(r *figRef, relative bool) time.Time {
	for _, d := range r.an.Dates {
		if d.Sentence == r.f.Sentence && d.HasDay && !d.Date.IsZero() && (!d.Relative || relative) {
			return d.Date
		}
	}
	return time.Time{}
}

// sameCalendarDay reports two stated days that are one date, whatever
// the zones they were read in.
func sameCalendarDay(a, b time.Time) bool {
	if a.IsZero() || b.IsZero() {
		return false
	}
	ya, ma, da := a.Date()
	yb, mb, db := b.Date()
	return ya == yb && ma == mb && da == db
}

func absDays(d time.Duration) float64 { return math.Abs(d.Hours() / 24) }

// yearOf is the year a figure is said of: one its sentence states before
// it ("In November 2017 a quake … killed", stated true), or else the year
// its document was published. A year after the figure ("the deadliest
// since a fire in 2019") is another event's.
func (j *job) yearOf(r *figRef) (int, bool) {
	if si := r.f.Sentence; si >= 0 && si < len(r.an.Sentences) {
		for _, d := range r.an.Dates {
			if d.Sentence == si && d.HasYear && !d.Relative && !d.Date.IsZero() && d.Span.End <= r.f.Span.Start {
				return d.Date.Year(), true
			}
		}
		s := r.an.Sentences[si]
		if m := inYear.FindStringSubmatch(r.an.Text[s.Start:r.f.Span.Start]); m != nil {
			y, _ := strconv.Atoi(m[1])
			return y, true
		}
	}
	if r.src == nil {
		if j.in.Article != nil && !j.in.Article.Published.IsZero() {
			return j.in.Article.Published.Year(), false
		}
		return 0, false
	}
	if r.src.Doc != nil && !r.src.Doc.Published.IsZero() {
		return r.src.Doc.Published.Year(), false
	}
	return 0, false
}

// inYear is a year said as when: "In 2017,", "in 2019 a flood". Not
// "since 2019" (a total to date) or "2019 levels".
var inYear = regexp.MustCompile(`(?i)\b(?:in|during) ((?:19|20)\d\d)\b`)

// dropSuperseded removes from a story figure's links a source's toll that
// an update overtook: lower, in a report published six hours or more
// before a later source that bears the story's figure out ("has risen to at least 312, the UN said on Sunday" against the agency's
// 287 of Saturday). Not when the story itself gives the lower figure as
// current: that is the story disagreeing with itself.
func (j *job) dropSuperseded(l *numberLinks) {
	s := l.story.f
	published := func(r *figRef) time.Time {
		if r.src == nil || r.src.Doc == nil {
			return time.Time{}
		}
		return r.src.Doc.Published
	}
	// One publisher's later report that bears the story out overtakes its
	// earlier one, whatever is counted and whichever way it moved:
	// situation report No. 10 against No. 8.
	kept := l.found[:0:0]
	for _, r := range l.found {
		p := published(r)
		overtaken := false
		for _, r2 := range l.found {
			if r2 != r && r.src != nil && r2.src != nil && r2.src != r.src && !s.Agrees(r.f) && s.Agrees(r2.f) && !p.IsZero() &&
				publisherOf(r2.src) == publisherOf(r.src) && published(r2).After(p.Add(6*time.Hour)) {
				overtaken = true
				break
			}
		}
		if !overtaken {
			kept = append(kept, r)
		}
	}
	l.found = kept
	if !isOutcomeCount(s.Counts) {
		return
	}
	// The story's own earlier count ("PSNA had put the toll at 287"):
	// the higher tolls of later reports do not contradict it.
	if saidAsEarlier(j.story, s) {
		var oldest time.Time
		for _, r := range l.found {
			if p := published(r); s.Agrees(r.f) && !p.IsZero() && (oldest.IsZero() || p.Before(oldest)) {
				oldest = p
			}
		}
		kept := l.found[:0:0]
		for _, r := range l.found {
			// No source bears the earlier count out: any higher count
			// is a later one ("the INGD had put the toll at 39" against
			// OCHA's 48).
			if p := published(r); (oldest.IsZero() || !p.IsZero() && p.After(oldest)) && r.f.Low > s.High {
				continue
			}
			kept = append(kept, r)
		}
		l.found = kept
		return
	}
	var newest time.Time
	for _, r := range l.found {
		if p := published(r); s.Agrees(r.f) && p.After(newest) {
			newest = p
		}
	}
	if newest.IsZero() {
		return
	}
	// The toll must be said to be rising, in the story or in a report
	// ("has risen to 287", "the latest update"): two wires that disagree
	// on the same event with no word of a rise are a conflict.
	sent, _ := sentenceOf(j.story, s.Span)
	rose := tollRose.MatchString(sent)
	for _, r := range l.found {
		rose = rose || tollRose.MatchString(r.sent)
	}
	if !rose {
		return
	}
	kept = l.found[:0:0]
	for _, r := range l.found {
		p := published(r)
		older := !p.IsZero() && p.Before(newest.Add(-6*time.Hour)) && !sameCalendarDay(p, newest)
		if older && r.f.High < s.Low && !j.storyGivesAsCurrent(r.f, s) {
			continue
		}
		kept = append(kept, r)
	}
	l.found = kept
}

// tollRose says a count went up since an earlier one: "has risen to",
// "climbed to", "up from".
var tollRose = regexp.MustCompile(`(?i)\b(?:risen|rose|rises|climbed|climbs|increased|jumped|mounted|reached|passed|up from|updated|revised|latest)\b`)

// storyGivesAsCurrent reports a figure of the story's own, of the same
// quantity as s, that agrees with g and is not said as an earlier count
// ("had put the toll at 287", "earlier", "initially").
func (j *job) storyGivesAsCurrent(g, s *claims.Figure) bool {
	for i := range j.story.Figures {
		f := &j.story.Figures[i]
		if f == s || !claims.SameMeasure(f.Counts, s.Counts) || !f.Agrees(g) {
			continue
		}
		if !saidAsEarlier(j.story, f) {
			return true
		}
	}
	return false
}

// saidAsEarlier reports a figure its own clause gives as an earlier
// count: "had put the toll at 287", "initially reported 40", "up from
// 210". A word elsewhere in the sentence ("villages that had earlier been
// cut off") does not count.
func saidAsEarlier(an *claims.Analysis, f *claims.Figure) bool {
	return earlierCount.MatchString(clauseBefore(an, f, ",;:"))
}

// clauseBefore is the words of a figure's sentence before it, back to the
// last of marks: the clause that leads up to it.
func clauseBefore(an *claims.Analysis, f *claims.Figure, marks string) string {
	sent, sp := sentenceOf(an, f.Span)
	rel := f.Span.Start - sp.Start
	if rel <= 0 || rel > len(sent) {
		return ""
	}
	before := sent[:rel]
	if i := strings.LastIndexAny(before, marks); i >= 0 {
		before = before[i+1:]
	}
	return before
}

// earlierCount marks a figure the story gives as an earlier count.
var earlierCount = regexp.MustCompile(`(?i)\bhad (?:put|given|reported|said|set|estimated|counted)\b|\b(?:earlier|initially|previously|at first|first reported)\b|\bup from\b`)

// judgeNumbers flags a story figure that a source contradicts, or whose
// sources contradict each other. Each story figure is judged against the
// one figure each source gives for it (its best match); findings about the
// same quantity that share a source figure are merged into one.
func (j *job) judgeNumbers(cs []claims.Claim) {
	type finding struct {
		links []*numberLinks
		key   string
		refs  map[string]bool
	}
	var fs []*finding
	for _, l := range j.numbers {
		j.dropSuperseded(l)
	}
	for _, l := range j.numbers {
		// A headline's figure that the body gives too is judged there.
		if len(l.found) == 0 || !hasConflict(l) || j.story.BodyFigure(l.story.f) != nil {
			continue
		}
		nf := &finding{links: []*numberLinks{l}, key: quantityKey(l.story.f), refs: map[string]bool{}}
		for _, r := range l.found {
			nf.refs[r.key()] = true
		}
		var into *finding
		for _, f := range fs {
			if f.key != nf.key {
				continue
			}
			for k := range nf.refs {
				if f.refs[k] {
					into = f
					break
				}
			}
			if into != nil {
				break
			}
		}
		if into == nil {
			fs = append(fs, nf)
			continue
		}
		into.links = append(into.links, l)
		for k := range nf.refs {
			into.refs[k] = true
		}
	}
	// A story figure of the same quantity that agrees with its sources
	// still belongs in the finding: the editor sees every figure the story
	// gives for it.
	for _, l := range j.numbers {
		if j.story.BodyFigure(l.story.f) != nil {
			continue
		}
		for _, f := range fs {
			if f.key != quantityKey(l.story.f) || containsLink(f.links, l) {
				continue
			}
			for _, r := range l.found {
				if f.refs[r.key()] {
					f.links = append(f.links, l)
					break
				}
			}
		}
	}
	for _, f := range fs {
		j.judgeGroup(f.links)
	}
}

func containsLink(ls []*numberLinks, l *numberLinks) bool {
	for _, x := range ls {
		if x == l {
			return true
		}
	}
	return false
}

// scaleSlip reports two sums of money in the same digits at scales a
// thousand or a million apart, in one currency (or one written only "$"):
// "$2.1 million" and "2,1 G$".
func scaleSlip(f, g *claims.Figure) bool {
	if f.Counts != "money" || g.Counts != "money" || f.Value <= 0 || g.Value <= 0 || f.Value == g.Value {
		return false
	}
	if f.Unit != g.Unit {
		return false
	}
	// The same digits within what the words allow: "A$1.06 million" and
	// "A$1,062 million" are one sum read a thousand times too small.
	within := func(x float64, h *claims.Figure) bool {
		// Only a figure said to its digits: not "up to 500,000".
		if h.Low == 0 && h.High == 0 || math.IsInf(h.Low, 0) || math.IsInf(h.High, 0) || h.High-h.Low > 0.02*h.Value {
			return math.Abs(x/h.Value-1) < 1e-9
		}
		return x >= h.Low-1e-9*math.Abs(x) && x <= h.High+1e-9*math.Abs(x)
	}
	for _, k := range []float64{1e3, 1e6} {
		if within(g.Value/k, f) || within(f.Value/k, g) || within(g.Value*k, f) || within(f.Value*k, g) {
			return true
		}
	}
	return false
}

// significantDigits counts the digits a value is written with, past its
// zeros: 1.06 million has three, 2 million one.
func significantDigits(v float64) int {
	digits := strings.Trim(strings.ReplaceAll(strconv.FormatFloat(math.Abs(v), 'f', -1, 64), ".", ""), "0")
	return len(digits)
}

// hasConflict reports whether a story figure and its sources' figures
// cannot all be true.
func hasConflict(l *numberLinks) bool {
	all := append([]*figRef{l.story}, l.found...)
	for a := 0; a < len(all); a++ {
		for b := a + 1; b < len(all); b++ {
			if !all[a].f.Agrees(all[b].f) {
				return true
			}
		}
	}
	return false
}

func (j *job) judgeGroup(ls []*numberLinks) {
	// In the story's order, whichever figure found the conflict first.
	sort.SliceStable(ls, func(a, b int) bool { return ls[a].story.f.Span.Start < ls[b].story.f.Span.Start })
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
	// Conflicting pairs, within the set of each story figure.
	conflict := false
	storyConflict := false
	for _, l := range ls {
		all := append([]*figRef{l.story}, l.found...)
		for a := 0; a < len(all); a++ {
			for b := a + 1; b < len(all); b++ {
				if !all[a].f.Agrees(all[b].f) {
					conflict = true
					if all[a].src == nil || all[b].src == nil {
						storyConflict = true
					}
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
	// Evidence: each distinct value where it stands, story first, then in
	// text order within the story and by source address: the same
	// finding reads the same from one audit to the next.
	sort.SliceStable(refs, func(a, b int) bool {
		ra, rb := refs[a], refs[b]
		if (ra.src == nil) != (rb.src == nil) {
			return ra.src == nil
		}
		if ra.src == nil {
			return ra.f.Span.Start < rb.f.Span.Start
		}
		if ra.src.URL != rb.src.URL {
			return ra.src.URL < rb.src.URL
		}
		return ra.f.Span.Start < rb.f.Span.Start
	})
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

// quantityKey names the quantity a figure measures, for grouping.
func quantityKey(f *claims.Figure) string {
	key := f.Counts + "|" + subjectClass(f) + "|" + f.Scope + "|" + f.Unit
	if f.Scope == "duration" {
		// "nine years and six months": years are not months.
		key += "|" + singularWord(lastField(f.Of))
	}
	return key
}

func lastField(s string) string {
	f := strings.Fields(strings.ToLower(s))
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
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
	case "sentenced":
		return "the sentence"
	}
	if isOutcomeCount(f.Counts) {
		return "the number " + f.Counts
	}
	return "the number of " + f.Counts + "s"
}

func singularWord(w string) string {
	switch {
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && len(w) > 3:
		return w[:len(w)-1]
	}
	return w
}
