package claims

import (
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
)

var pronouns = setOf(`he she they it we i`)

// skip words between a speaker and the verb ("he later said").
var adverbs = setOf(`also later then further again earlier previously separately repeatedly quickly simply had has have would will once
all but just already reportedly never apparently publicly privately firmly angrily bluntly flatly softly quietly calmly tearfully
proudly simply insisted last first finally recently instead now still even`)

// mannerAdverb reports an adverb in -ly between a subject and its verb
// ("Thomas allegedly told", "she emphatically denied"); after a
// determiner the word is a noun ("the family said", "the assembly said").
func mannerAdverb(toks []Token, k int) bool {
	l := toks[k].Lower()
	if len(l) < 6 || !strings.HasSuffix(l, "ly") || toks[k].Text != l || lyNouns[l] || strings.HasSuffix(l, "ply") || strings.HasSuffix(l, "bly") && !strings.HasSuffix(l, "ably") && !strings.HasSuffix(l, "ibly") {
		return false
	}
	// "Lopez's family", "his family", "the assembly": a noun.
	if k > 0 {
		p := toks[k-1]
		if determiners[p.Lower()] || isPossessive(p.Text) || p.Text == "'" || p.Text == "’" {
			return false
		}
	}
	return true
}

// lyNouns end in -ly and are no adverbs.
var lyNouns = setOf(`family assembly anomaly monopoly homily butterfly folly jelly belly bully italy july melancholy oligopoly
ally rally reply supply daily weekly monthly quarterly`)

// outletVerbs make their subject the outlet that reports, not the speaker.
var outletVerbs = setOf(`reported reports reporting`)

// introVerbs and nouns let a sentence without a quotation introduce the
// quotation that follows it ("The statement read:", "X provided details").
var introWords = setOf(`said says statement statements read reads provided details added wrote writes posted announced declared told
remarks interview explained told: message letter tweet`)

// attribution is what a sentence says about who spoke.
type attribution struct {
	speaker string
	entity  *Entity
	role    string
	outlet  string
	found   bool
	// indirect: resolved from a pronoun or an earlier mention.
	indirect bool
	document string
}

// describedAsPerson reports a name followed in its sentence by an age or
// an indefinite description: "June, a nurse", "April, 34,".
func describedAsPerson(sentence, name string) bool {
	for i := strings.Index(sentence, name); i >= 0; {
		rest := sentence[i+len(name):]
		if strings.HasPrefix(rest, ", a ") || strings.HasPrefix(rest, ", an ") || len(rest) > 2 && rest[0] == ',' && rest[1] == ' ' && rest[2] >= '0' && rest[2] <= '9' {
			return true
		}
		j := strings.Index(rest, name)
		if j < 0 {
			break
		}
		i += len(name) + j
	}
	return false
}

// inherit takes the outlet and document a sentence credits, where it
// names them.
func (at *attribution) inherit(res attribution) {
	if res.outlet != "" {
		at.outlet = res.outlet
	}
	if res.document != "" {
		at.document = res.document
	}
}

// attributeQuotes finds the speaker and the crediting outlet of each
// quote.
func (a *Analysis) attributeQuotes() {
	var lastSpeaker attribution
	for qi := range a.Quotes {
		q := &a.Quotes[qi]
		s := a.Sentences[q.Sentence]
		if q.Transcript {
			lastSpeaker = attribution{speaker: q.Speaker, entity: q.SpeakerEntity, found: q.Speaker != ""}
			continue
		}
		at := a.attributionFor(qi)
		sentenceOutlet := at.outlet
		// A quotation inside a transcript turn is the turn speaker's only
		// when its own sentence names no one else ("she said, and I'll
		// read it in full: …", "in her words, quote, …").
		inTurn := qi > 0 && a.Quotes[qi-1].Transcript && a.Quotes[qi-1].Span.Contains(q.Outer)
		if !at.found && inTurn {
			if sub := a.sentenceSubject(q, sentenceOutlet); sub.found {
				at = sub
			}
		}
		// A verb of speech of the quote's own sentence that named no one
		// the reader knows ("…,” said a report from Kotak") is not a
		// continuation of the last speaker.
		own := !at.found && a.speechVerbOutside(qi)
		// The last speaker is the previous quotation's, not someone's
		// before a quotation no one was found for.
		prevSpoke := qi > 0 && a.Quotes[qi-1].Speaker != ""
		switch {
		case at.found:
		case own:
		case lastSpeaker.found && prevSpoke && a.Sentences[a.Quotes[qi-1].Sentence].Para == s.Para:
			// A second quotation in the paragraph with no attribution of its
			// own is the same speaker's.
			at = lastSpeaker
			q.Continues = true
		case q.Continues || qi > 0 && a.Sentences[a.Quotes[qi-1].Sentence].Para >= s.Para-1 && lastSpeaker.found && startsParagraph(a, q):
			// A quote with no attribution of its own that opens a
			// paragraph continues the last speaker (runover quotes).
			at = lastSpeaker
			q.Continues = true
		default:
			if sub := a.sentenceSubject(q, sentenceOutlet); sub.found {
				at = sub
			} else if intro := a.introducedBy(q); intro.found {
				at = intro
			} else if p := a.personIntroducedBefore(q); p != nil {
				at = a.entityAttribution(p, "")
				at.indirect = true
			}
		}
		if at.outlet == "" && !q.Continues {
			at.outlet = sentenceOutlet
		}
		if at.outlet == "" && lastSpeaker.found && q.Continues {
			at.outlet = lastSpeaker.outlet
		}
		if at.outlet == "" && q.Sentence > 0 && a.Sentences[q.Sentence-1].Para == s.Para && at.entity != nil {
			// "Kim told Yonhap that … “…,” he said.": the outlet of the
			// sentence before, about the same speaker, before any earlier
			// interview of theirs.
			prev := q.Sentence - 1
			if out := a.outletIn(a.Tokens[prev], a.inQuoteTok); out != "" && a.mentions(at.entity, a.Sentences[prev].Span) {
				at.outlet = out
			}
		}
		if at.outlet == "" && (at.document == "" || strings.Contains(at.document, "interview")) && at.indirect && at.entity != nil && at.entity == lastSpeaker.entity && qi > 0 && a.Sentences[a.Quotes[qi-1].Sentence].Para >= s.Para-2 &&
			(a.documentIn(a.quoteTokens(*q), a.inQuoteTok) == "" || a.sentenceMentions(q.Sentence, "interview")) && !a.sentenceMentions(q.Sentence, "statement") {
			// "… told AFP. ¶ “…,” he said.": the same interview; not "In
			// the railway's statement, he said: …".
			at.outlet = lastSpeaker.outlet
		}
		// A day or a month never speaks ("cut rates on Wednesday, its
		// third cut, but warned … and said"); a woman called June, "a
		// nurse" or "34", does.
		if l := strings.ToLower(at.speaker); at.found && (at.entity == nil || at.entity.Kind != Person) &&
			(isWeekdayWord(l) || months[l] > 0 && !describedAsPerson(a.Text[s.Start:s.End], at.speaker)) {
			at = attribution{}
		}
		// "“…,” the Chancellor said": the person introduced in that role.
		if !at.found {
			if m := roleSaidAfter.FindStringSubmatch(a.Text[q.Outer.End:min(len(a.Text), q.Outer.End+60)]); m != nil {
				if e := a.personTitledAs(m[1]); e != nil {
					at = a.entityAttribution(e, m[1])
				}
			}
		}
		// "the company described the quarter as “…”": the company the
		// story named before.
		if at.found && at.entity == nil {
			if e := a.orgFor(at.speaker, q.Outer.Start); e != nil {
				at.speaker, at.entity = e.Name, e
			} else if e := a.personTitledAs(at.speaker); e != nil {
				// "the Chancellor" for the Rachel Osei-Bonsu introduced as
				// "the Chancellor, Rachel Osei-Bonsu".
				at.speaker, at.entity = e.Name, e
			}
		}
		q.Speaker = at.speaker
		q.SpeakerEntity = at.entity
		q.AttributedTo = at.outlet
		q.Document = at.document
		if at.entity != nil {
			a.quoted[at.entity] = true
		}
		q.Direct = at.entity != nil && !at.indirect && !q.Continues
		if at.found {
			lastSpeaker = at
		}
	}
	// A quotation left open at the end of its paragraph, with no speaker,
	// is the speaker's whose words go on in the next paragraph (“… ¶ “…,”
	// he said).
	for qi := len(a.Quotes) - 2; qi >= 0; qi-- {
		q, next := &a.Quotes[qi], &a.Quotes[qi+1]
		if q.OpenEnded && q.Speaker == "" && !q.Transcript && next.Speaker != "" &&
			a.paraAt(next.Outer.Start) == a.paraAt(q.Outer.Start)+1 && startsParagraph(a, next) {
			q.Speaker, q.SpeakerEntity, q.AttributedTo, q.Document = next.Speaker, next.SpeakerEntity, next.AttributedTo, next.Document
			if q.SpeakerEntity != nil {
				a.quoted[q.SpeakerEntity] = true
			}
		}
	}
}

// speechVerbOutside reports a verb of speech right after the quotation
// whose subject is someone new: "“…,” said a report from Kotak", "“…,”
// an officer ordered". "He said", "the colonel said" refer back.
func (a *Analysis) speechVerbOutside(qi int) bool {
	q := a.Quotes[qi]
	toks := a.quoteTokens(q)
	for k, t := range toks {
		if t.Start < q.Outer.End || a.inQuoteOuter(t.Start) {
			continue
		}
		if t.Kind == TokPunct && t.Text != "," || t.Start > q.Outer.End+40 {
			return false // past the clause that follows the quotation
		}
		if !speechVerbs[t.Lower()] {
			continue
		}
		before, after := lowerAt(toks, k-1), lowerAt(toks, k+1)
		if k >= 2 && toks[k-2].Start >= q.Outer.End && (toks[k-2].Lower() == "a" || toks[k-2].Lower() == "an") {
			return true // "an officer ordered"
		}
		return (after == "a" || after == "an") && (before == "," || k > 0 && isQuoteToken(toks[k-1]))
	}
	return false
}

// allQuoted reports a paragraph that is one quotation from end to end.
func (a *Analysis) allQuoted(p Span) bool {
	i := sort.Search(len(a.Quotes), func(i int) bool { return a.Quotes[i].Outer.Start >= p.Start })
	for ; i < len(a.Quotes) && a.Quotes[i].Outer.Start-p.Start <= 2; i++ {
		if q := &a.Quotes[i]; !q.Transcript && q.Outer.End >= p.End-2 {
			return true
		}
	}
	return false
}

func startsParagraph(a *Analysis, q *Quote) bool {
	for _, p := range a.Paras {
		if p.Contains(q.Outer) {
			return q.Outer.Start-p.Start <= 2
		}
	}
	return false
}

// sentenceSubject finds, for a quotation its sentence does not attribute
// with a verb of speech, the person the sentence is about: "Okafor was
// furious about the red card: '…'", "Van der Berg's reply was curt: “…”",
// "Soomro … in his words, “swallowed the village whole.”"
func (a *Analysis) sentenceSubject(q *Quote, outlet string) attribution {
	s := a.Sentences[q.Sentence]
	// The first person named; one that shows signs of being a person
	// before a capitalised phrase that may not be one ("the Minister of
	// State for Maritime Security, Abdulrahman Al Mazrouei, condemned").
	var best, likely *Mention
	for _, e := range a.Entities {
		if e.Kind != Person {
			continue
		}
		person := a.isPerson(e)
		for i := range e.Mentions {
			m := &e.Mentions[i]
			if m.Start < s.Start || m.End > q.Outer.Start || a.inQuote(m.Start) || isOutlet(m.Text, outlet) {
				continue
			}
			if best == nil || m.Start < best.Start {
				best = m
			}
			if person && (likely == nil || m.Start < likely.Start) {
				likely = m
			}
		}
	}
	if likely != nil {
		best = likely
	}
	if best == nil {
		return attribution{}
	}
	return a.entityAttribution(best.Entity, best.Title)
}

// introducedBy looks at the sentence before a quote that has no
// attribution: "The ministry said in a statement:" or "A U.S. official
// provided details."
func (a *Analysis) introducedBy(q *Quote) attribution {
	si := q.Sentence - 1
	if si < 0 {
		return attribution{}
	}
	prev := a.Sentences[si]
	st := a.Text[prev.Start:prev.End]
	colon := strings.HasSuffix(strings.TrimSpace(st), ":")
	hasIntro := colon
	for _, t := range a.Tokens[si] {
		if introWords[t.Lower()] {
			hasIntro = true
		}
	}
	if !hasIntro {
		return attribution{}
	}
	// Its subject: the first noun phrase of the sentence.
	toks := a.Tokens[si]
	for k, t := range toks {
		if t.Kind == TokWord && (speechVerbs[t.Lower()] || introWords[t.Lower()]) && k > 0 {
			if at := a.subjectBefore(toks, k, q.Span.Start); at.found {
				return at
			}
		}
	}
	// "ONPE's regional office has published its latest bulletin. We quote
	// it in translation:": a lead-in that says it quotes a text, and the
	// one body or person it, or the sentence before, names.
	if colon && quotesText.MatchString(st) {
		for _, k := range []int{si, si - 1} {
			if k < 0 || a.Sentences[k].Para != prev.Para {
				continue
			}
			// The sentence before must say the body put the text out.
			if k < si && !publishedText.MatchString(a.Text[a.Sentences[k].Start:a.Sentences[k].End]) {
				continue
			}
			var named []*Entity
			for _, e := range a.Entities {
				if e.Kind != Person && e.Kind != Org {
					continue
				}
				for _, m := range e.Mentions {
					if a.Sentences[k].Span.Contains(m.Span) {
						named = append(named, e)
						break
					}
				}
			}
			if len(named) == 1 {
				return a.entityAttribution(named[0], "")
			}
			if len(named) > 1 {
				break
			}
		}
	}
	return attribution{}
}

// publishedText says a body put a text out.
var publishedText = regexp.MustCompile(`(?i)\b(?:published|issued|released|posted|put out|made public|tweeted)\b`)

// quotesText is a lead-in that says the text follows: "We quote it in
// full:", "It reads:", "in translation:".
var quotesText = regexp.MustCompile(`(?i)\b(?:we quote|quote it|quoted in full|reads|read as follows|in full|in translation|the full text)\b`)

// quotedAsSaying reads "X quoted Y as saying" before quotation q in its
// sentence: Y is the speaker (a name, a pronoun or a description), X the
// outlet when it is one.
func (a *Analysis) quotedAsSaying(toks []Token, q Quote, inQuote func(Token) bool) attribution {
	for k, t := range toks {
		if t.Lower() != "quoted" || inQuote(t) || t.Start > q.Outer.Start {
			continue
		}
		as := -1
		for j := k + 1; j+1 < len(toks) && j <= k+10; j++ {
			if toks[j].Lower() == "as" && toks[j+1].Lower() == "saying" {
				as = j
				break
			}
		}
		if as < 0 || as == k+1 {
			continue
		}
		var at attribution
		np := toks[k+1 : as]
		switch l := np[0].Lower(); {
		case len(np) == 1 && (l == "him" || l == "her" || l == "them"):
			p := map[string]string{"him": "he", "her": "she", "them": "they"}[l]
			at = a.resolvePronoun(p, np[0].Start, q.Span.Start)
			if !at.found && p != "they" {
				// "him" is a person: the one named last, whatever signs of
				// being one the name shows.
				floor := 0
				if pi := a.paraAt(np[0].Start); pi > 0 {
					floor = a.Paras[pi-1].Start
				}
				if e := lastNamed(a.Entities, np[0].Start, floor, func(e *Entity) bool { return e.Kind == Person }); e != nil {
					at = a.entityAttribution(e, "")
				}
			}
		default:
			// A name in the phrase ("his daughter, Mira,"), else the phrase.
			for _, x := range np {
				if m := a.mentionStartingAt(x.Start); m != nil && m.Entity.Kind == Person {
					at = a.entityAttribution(m.Entity, m.Title)
					break
				}
			}
			if !at.found {
				name := capitalRun(trimPunct(np), false)
				// "his daughter, Mira,": a name set off by commas; "the
				// mayor of Lagos" keeps the description.
				if k := len(trimPunct(np)) - len(name); len(name) > 0 && k > 0 && trimPunct(np)[k-1].Text == "," {
					at = attribution{speaker: joinTokens(a.Text, name), found: true}
				} else {
					at = attribution{speaker: stripDeterminer(joinTokens(a.Text, trimPunct(np))), found: true}
				}
			}
		}
		if !at.found {
			continue
		}
		at.indirect = true
		if sub := a.subjectBefore(toks, k, q.Span.Start); sub.found && a.isOutletName(sub.speaker) {
			at.outlet = sub.speaker
		} else if out, _ := a.outletAfter(toks, 0); out != "" && a.namesMedium(toks, 0) {
			at.outlet = out // "The regional newspaper X, which …, quoted"
		}
		return at
	}
	return attribution{}
}

// trimPunct drops punctuation tokens at both ends.
func trimPunct(ts []Token) []Token {
	for len(ts) > 0 && ts[0].Kind == TokPunct {
		ts = ts[1:]
	}
	for len(ts) > 0 && ts[len(ts)-1].Kind == TokPunct {
		ts = ts[:len(ts)-1]
	}
	return ts
}

// personIntroducedBefore finds, for a quotation that opens its
// paragraph with no attribution, the one person the paragraph before
// introduces without quoting ("Ana Ruiz, 52, runs the bakery on the
// square." ¶ "“The water came at night …”").
func (a *Analysis) personIntroducedBefore(q *Quote) *Entity {
	pi := a.paraAt(q.Outer.Start)
	if pi <= 0 || !startsParagraph(a, q) {
		return nil
	}
	prev := a.Paras[pi-1]
	for i := range a.Quotes {
		if prev.Contains(a.Quotes[i].Outer) {
			return nil
		}
	}
	var named []*Entity
	for _, e := range a.Entities {
		if e.Kind != Person {
			continue
		}
		for _, m := range e.Mentions {
			if m.Start >= prev.Start && m.End <= prev.End {
				named = append(named, e)
				break
			}
		}
	}
	// Exactly one person, shown to be one: with two, whose words they are
	// is a guess.
	if len(named) != 1 || !a.agedSomewhere(named[0]) && len(named[0].Titles) == 0 {
		return nil
	}
	return named[0]
}

// attributionFor reads the attribution of quote qi from its sentence.
func (a *Analysis) attributionFor(qi int) attribution {
	q := a.Quotes[qi]
	toks := a.quoteTokens(q)
	inQuote := func(t Token) bool { return a.inQuoteOuter(t.Start) }
	var res attribution
	// The outlet: "told the AP", "according to Reuters", "X reported";
	// or the document: "said in a statement".
	res.outlet = a.outletIn(toks, inQuote)
	if res.outlet == "" {
		res.document = a.documentIn(toks, inQuote)
	}

	// "Reuters quoted him as saying …", "Radio Alpen quoted his daughter,
	// Mira, as saying …": the one quoted speaks, the subject carried it.
	if at := a.quotedAsSaying(toks, q, inQuote); at.found {
		if at.outlet == "" {
			at.outlet = res.outlet
		}
		return at
	}
	// "Ilić, who had told the club's website that results “were not
	// what all of us wanted”, said …": a quotation inside the relative
	// clause of the person the sentence opens with is that person's.
	if len(toks) > 0 {
		if m := a.mentionStartingAt(toks[0].Start); m != nil && m.Entity.Kind == Person && m.End < q.Outer.Start {
			if between := a.Text[m.End:q.Outer.Start]; strings.HasPrefix(between, ", who ") && !strings.Contains(between[6:], ",") {
				for _, w := range strings.Fields(between) {
					if speechVerbs[strings.ToLower(w)] {
						at := a.entityAttribution(m.Entity, m.Title)
						at.inherit(res)
						return at
					}
				}
			}
		}
	}
	// "“…,” Andreas Wijaya, head of research at Merapi Sekuritas, who
	// is not related to the family, told Harian Ekonomi": the person
	// named right after the quotation, in apposition, says it, however
	// long the apposition before the verb.
	if m := a.mentionStartingAt(a.skipSpaces(q.Outer.End)); m != nil && m.Entity.Kind == Person && strings.HasPrefix(a.Text[m.End:], ",") {
		for _, t := range toks {
			if t.Start > m.End && !inQuote(t) && speechVerbs[t.Lower()] && !outletVerbs[t.Lower()] {
				at := a.entityAttribution(m.Entity, m.Title)
				if role := appositiveAfter(a.Text, toks, m.End); role != "" {
					at.role = role
					m.Entity.addTitle(role)
				}
				at.inherit(res)
				return at
			}
		}
	}
	// Speech verbs outside quotations, nearest to this quote first.
	type cand struct {
		k    int
		dist int
	}
	var cands []cand
	for k, t := range toks {
		if t.Kind != TokWord || inQuote(t) {
			continue
		}
		l := t.Lower()
		// "“…,” the statement read": a document's words.
		docRead := (l == "read" || l == "reads") && k > 0 && documentWords[toks[k-1].Lower()]
		if !speechVerbs[l] && !docRead && l != "according" && !(l == "statement" || l == "interview") {
			continue
		}
		if outletVerbs[l] {
			continue
		}
		d := 0
		if t.Start >= q.Outer.End {
			d = t.Start - q.Outer.End
		} else {
			d = q.Outer.Start - t.End
		}
		// Belongs to another quotation of the sentence: skip verbs that
		// sit beyond another quote.
		if otherQuoteBetween(a, qi, t) {
			d += 1000
		}
		cands = append(cands, cand{k, d})
	}
	sortCands := func() {
		for i := 1; i < len(cands); i++ {
			for j := i; j > 0 && cands[j].dist < cands[j-1].dist; j-- {
				cands[j], cands[j-1] = cands[j-1], cands[j]
			}
		}
	}
	sortCands()
	// "…,” Herrera's lawyer, Arturo Campos Nava, said, according to El
	// Universal": a second credit after the speaker's is the outlet.
	finish := func(at attribution) attribution {
		if at.outlet != "" {
			return at
		}
		for k := 0; k+2 < len(toks); k++ {
			if toks[k].Text != "," || toks[k].Start < q.Outer.End || inQuote(toks[k]) || toks[k+1].Lower() != "according" || toks[k+2].Lower() != "to" {
				continue
			}
			if m := a.mentionStartingAt(a.skipSpaces(toks[min(k+3, len(toks)-1)].Start)); m != nil && m.Entity.Kind != Person && m.Entity != at.entity {
				at.outlet = m.Entity.Name
			} else if c := a.chunkStartingAt(toks[min(k+3, len(toks)-1)].Start); c != nil && c.Text != at.speaker {
				at.outlet = c.Text
			}
			break
		}
		return at
	}
	for _, c := range cands {
		t := toks[c.k]
		l := t.Lower()
		if l == "according" {
			// "according to a transcript published by the broadcaster": a
			// document, not who spoke.
			docAfter := false
			for j := c.k + 2; j < len(toks) && j <= c.k+4; j++ {
				if documentWords[toks[j].Lower()] {
					docAfter = true
				}
			}
			if docAfter {
				continue
			}
			if c.k+1 < len(toks) && toks[c.k+1].Lower() == "to" {
				if at := a.npAfter(toks, c.k+2, q.Span.Start); at.found {
					if a.isOutletName(at.speaker) && res.outlet == "" {
						res.outlet = at.speaker
						continue
					}
					if a.isOutletName(at.speaker) {
						continue
					}
					at.inherit(res)
					return at
				}
			}
			continue
		}
		if l == "statement" || l == "interview" {
			continue
		}
		// "“…,” Zaitsev was quoted as saying": the subject of "was".
		if l == "saying" && c.k >= 3 && lowerAt(toks, c.k-1) == "as" && (lowerAt(toks, c.k-2) == "quoted" || lowerAt(toks, c.k-2) == "cited") &&
			(lowerAt(toks, c.k-3) == "was" || lowerAt(toks, c.k-3) == "is" || lowerAt(toks, c.k-3) == "were") && toks[c.k].Start > q.Outer.End {
			if at := a.subjectBefore(toks, c.k-3, q.Span.Start); at.found {
				at.inherit(res)
				// "… as saying by the RIA news agency": the outlet.
				if lowerAt(toks, c.k+1) == "by" && at.outlet == "" {
					if out, _ := a.outletAfter(toks, c.k+2); out != "" {
						at.outlet = out
					}
				}
				return finish(at)
			}
		}
		// "said in a statement posted on Facebook that …": a participle
		// after the document, not its verb.
		if c.k > 0 && documentWords[toks[c.k-1].Lower()] && strings.HasSuffix(l, "ed") {
			switch lowerAt(toks, c.k+1) {
			case "on", "by", "to", "in", "at", "online", "overnight", "late", "earlier", "later":
				continue
			}
		}
		// "the slope works Okutani had asked for were …": a verb inside a
		// clause about a thing, its preposition left at the end.
		if p := lowerAt(toks, c.k+1); (p == "for" || p == "about" || p == "of") && auxAfterClause[lowerAt(toks, c.k+2)] {
			continue
		}
		// Inverted: “…,” said X.
		if t.Start >= q.Outer.End && c.k > 0 && isQuoteEnd(toks, c.k-1, q) && !a.reportedSubjectAfter(toks, c.k+1) {
			if at := a.npAfter(toks, c.k+1, q.Span.Start); at.found && !a.isOutletName(at.speaker) && !isOutlet(at.speaker, res.outlet) {
				at.inherit(res)
				return finish(at)
			}
		}
		if at := a.subjectBefore(toks, c.k, q.Span.Start); at.found && !isOutlet(at.speaker, res.outlet) {
			if a.isOutletName(at.speaker) && l != "said" && l != "says" && l != "told" {
				if res.outlet == "" {
					res.outlet = at.speaker
				}
				continue
			}
			at.inherit(res)
			return finish(at)
		}
		if at := a.npAfter(toks, c.k+1, q.Span.Start); at.found && t.Start >= q.Outer.End && !a.isOutletName(at.speaker) && !isOutlet(at.speaker, res.outlet) && !a.reportedSubjectAfter(toks, c.k+1) {
			at.inherit(res)
			return finish(at)
		}
	}
	return res
}

// skipSpaces is the first position at or after pos that is not a space.
func (a *Analysis) skipSpaces(pos int) int {
	for pos < len(a.Text) && (a.Text[pos] == ' ' || a.Text[pos] == '\t') {
		pos++
	}
	return pos
}

// insideThatClause reports a word at k inside a "said … that" clause.
// A comma between ends the clause: "…, The Associated Press reported"
// credits the whole sentence.
func insideThatClause(toks []Token, k int) bool {
	for j := k - 1; j > 0; j-- {
		// "…, The Associated Press reported", "… and The Guardian
		// reported that …": a clause of its own.
		if toks[j].Text == "," || toks[j].Lower() == "and" || toks[j].Lower() == "but" {
			return false
		}
		if toks[j].Lower() != "that" {
			continue
		}
		for i := j - 1; i >= 0 && i >= j-6; i-- {
			if speechVerbs[toks[i].Lower()] {
				return true
			}
		}
	}
	return false
}

// isOutlet reports that a speaker found is the outlet the sentence
// credits ("on state television Radio Kano, the army said"): the outlet
// carried the words, it did not speak them.
func isOutlet(speaker, outlet string) bool {
	return outlet != "" && strings.EqualFold(strings.TrimPrefix(speaker, "the "), strings.TrimPrefix(outlet, "the "))
}

// quoteTokens returns the tokens of the sentences a quotation spans, from
// the one it opens in to the one it closes in: the attribution of a
// quotation of several sentences follows its last one.
func (a *Analysis) quoteTokens(q Quote) []Token {
	first := q.Sentence
	last := a.sentenceAt(max(q.Outer.End-1, q.Span.Start))
	if last < first {
		last = first
	}
	// "“Are you sure?” Pluznick asked.": the splitter ends the sentence
	// at the question mark; the attribution is the next one.
	// Only a sentence that is no more than the attribution ("Pluznick
	// asked.", "she asked, visibly angry."), and not after a speaker who
	// introduced the quotation with a colon.
	colon := strings.HasSuffix(strings.TrimSpace(a.Text[max(0, q.Outer.Start-3):q.Outer.Start]), ":")
	if next := last + 1; !colon && next < len(a.Sentences) && a.Sentences[next].Para == a.Sentences[last].Para && q.Span.End > q.Span.Start &&
		strings.ContainsAny(a.Text[max(q.Span.Start, q.Span.End-4):q.Outer.End], "?!") && strings.TrimSpace(a.Text[q.Outer.End:a.Sentences[next].Start]) == "" {
		nt := a.Tokens[next]
		for k, t := range nt {
			if k >= 5 || isQuoteToken(t) {
				break
			}
			if speechVerbs[t.Lower()] && k > 0 {
				rest := 0
				clause := false
				for _, x := range nt[k+1:] {
					if x.Kind == TokWord {
						rest++
						clause = clause || x.Lower() == "that"
					}
				}
				if rest <= 5 && !clause {
					last = next
				}
				break
			}
		}
	}
	if first == last {
		return a.Tokens[first]
	}
	var toks []Token
	for i := first; i <= last; i++ {
		toks = append(toks, a.Tokens[i]...)
	}
	return toks
}

func otherQuoteBetween(a *Analysis, qi int, t Token) bool {
	q := a.Quotes[qi]
	// Quotes are in text order: only the neighbours in this sentence count.
	lo, hi := qi, qi
	for lo > 0 && a.Quotes[lo-1].Sentence == q.Sentence {
		lo--
	}
	for hi+1 < len(a.Quotes) && a.Quotes[hi+1].Sentence == q.Sentence {
		hi++
	}
	for j := lo; j <= hi; j++ {
		o := a.Quotes[j]
		if j == qi {
			continue
		}
		if t.Start >= q.Outer.End && o.Outer.Start >= q.Outer.End && o.Outer.End <= t.Start {
			return true
		}
		if t.End <= q.Outer.Start && o.Outer.End <= q.Outer.Start && o.Outer.Start >= t.End {
			return true
		}
	}
	return false
}

// isQuoteEnd reports whether token k closes quote q, possibly after a
// comma: the verb right after it is an inverted attribution.
func isQuoteEnd(toks []Token, k int, q Quote) bool {
	for k >= 0 && toks[k].Kind == TokPunct && toks[k].Start >= q.Outer.End-4 {
		if toks[k].End == q.Outer.End {
			return true
		}
		if toks[k].Text == "," || toks[k].Text == "—" {
			k--
			continue
		}
		k--
	}
	return k >= 0 && toks[k].End == q.Outer.End
}

// asSayingAfter reports "as saying", "as calling" … within a dozen words
// after a verb of quoting: "quoted Viktor Zaitsev, a lawmaker, as calling".
func asSayingAfter(toks []Token, k int) bool {
	for j := k + 1; j+1 < len(toks) && j <= k+14; j++ {
		if toks[j].Lower() == "as" && strings.HasSuffix(toks[j+1].Lower(), "ing") {
			return true
		}
	}
	return false
}

// outletIn finds an outlet the sentence credits.
func (a *Analysis) outletIn(toks []Token, inQuote func(Token) bool) string {
	// "according to agency figures cited by PAP": the outlet that carried
	// the figures is the one the story read them in.
	for k := 1; k+1 < len(toks); k++ {
		if l := toks[k-1].Lower(); (l == "cited" || l == "quoted" || l == "carried") && toks[k].Lower() == "by" && !inQuote(toks[k]) {
			if out, _ := a.outletAfter(toks, k+1); out != "" && a.isOutletName(out) {
				return out
			}
		}
	}
	// "RusInform quoted Viktor Zaitsev … as calling": the outlet that
	// quoted.
	for k, t := range toks {
		if (t.Lower() == "quoted" || t.Lower() == "cited") && k > 0 && !inQuote(t) && lowerAt(toks, k+1) != "by" && lowerAt(toks, k-1) != "was" && lowerAt(toks, k-1) != "is" && asSayingAfter(toks, k) {
			if at := a.subjectBefore(toks, k, -1); at.found && a.isOutletName(at.speaker) {
				return at.speaker
			}
		}
	}
	for k, t := range toks {
		if t.Kind != TokWord || inQuote(t) {
			continue
		}
		l := t.Lower()
		prev := ""
		if k > 0 {
			prev = toks[k-1].Lower()
		}
		// told X, speaking to X, in an interview with X, in comments to X,
		// carried by X, on state television X: whoever is told, a named
		// body that is not a person is the outlet.
		after := -1
		switch {
		case l == "told" || l == "tells" || l == "telling":
			after = k + 1
		case l == "to" && k > 0 && (prev == "comments" || prev == "remarks" || prev == "spoke" || prev == "talking" || prev == "interview" || prev == "appearance"):
			after = k + 1
		case l == "to" && speakingBefore(toks, k):
			after = k + 1 // "speaking in Welsh to S4C"
		case l == "according" && k+1 < len(toks) && toks[k+1].Lower() == "to":
			// "according to the Coast Guard" names a source; only an outlet
			// that is plainly one is credited.
			if out, _ := a.outletAfter(toks, k+2); out != "" && (a.isOutletName(out) || a.namesMedium(toks, k+2)) {
				return out
			}
			continue
		case l == "by" && (mediaVerbs[prev] || k > 1 && mediaVerbs[toks[k-2].Lower()] && adverbs[prev] || k > 1 && mediaVerbs[toks[k-2].Lower()] && prev == "live"):
			after = k + 1 // "carried by", "broadcast live by"
		case (l == "with" || l == "on") && (prev == "interview" || prev == "appearance"):
			after = k + 1
		case l == "on" && k+1 < len(toks):
			// "said on state radio X", "told CNN on Sunday" is the told
			// case; here only a phrase that names a medium counts.
			// Not "on tonight's programme Lucía Ferrer speaks to…": a
			// person after the medium presents it.
			if out, _ := a.outletAfter(toks, k+1); out != "" && a.namesMedium(toks, k+1) && !presenterOf(toks, out) {
				return out
			}
			continue
		case outletVerbs[l] || l == "noted" && k > 1 && toks[k-2].Lower() == "as":
			// Not "the authority said … that Patikaház had reported the
			// breach": a body reporting inside what another says.
			if at := a.subjectBefore(toks, k, -1); at.found && a.isOutletName(at.speaker) && !insideThatClause(toks, k) {
				return at.speaker
			}
			// "…, the radio station reported": the outlet of that kind
			// named before.
			if k >= 2 && mediaNouns[toks[k-1].Lower()] && !isCapitalised(toks[k-1].Text) {
				j := k - 2
				if j >= 1 && mediaNouns[toks[j].Lower()] {
					j-- // "the radio station"
				}
				if toks[j].Lower() == "the" {
					if out := a.outletNamedBefore(toks[j].Start, toks[k-1].Lower()); out != "" {
						return out
					}
				}
			}
			continue
		default:
			continue
		}
		if out, _ := a.outletAfter(toks, after); out != "" {
			return out
		}
		// "told the station", "told the paper": the outlet named before.
		if after+1 < len(toks) && toks[after].Lower() == "the" && mediaNouns[toks[after+1].Lower()] &&
			(after+2 >= len(toks) || !isCapitalised(toks[after+2].Text)) {
			if out := a.outletNamedBefore(toks[after].Start, toks[after+1].Lower()); out != "" {
				return out
			}
		}
	}
	return ""
}

// roleSaidAfter is ", the Chancellor said" right after a quotation.
var roleSaidAfter = regexp.MustCompile(`^[,.]?[’'"”]?,?\s+the ((?:[A-Z][\p{L}-]+ ){0,2}[A-Z][\p{L}-]+) (?:said|says|added|told|replied|insisted|continued|promised|warned|declared)\b`)

// personTitledAs is the one person given the role a speaker is named by
// ("Chancellor", "the Speaker", "the governor"), if exactly one is.
func (a *Analysis) personTitledAs(speaker string) *Entity {
	role := strings.ToLower(strings.TrimPrefix(strings.TrimPrefix(speaker, "the "), "The "))
	if f := strings.Fields(role); len(f) == 0 || len(f) > 3 || !titleWords[f[len(f)-1]] && !roleNouns[f[len(f)-1]] {
		return nil
	}
	// The role as given ("Chancellor"), else with lower-case words before
	// it ("the regional governor"); "the Shadow Chancellor" is another.
	for _, exact := range []bool{true, false} {
		found := onePersonTitled(a.Entities, func(t string) bool {
			t = strings.TrimPrefix(strings.TrimPrefix(strings.TrimPrefix(t, "the "), "a "), "an ")
			tl := strings.ToLower(t)
			if tl == role {
				return true
			}
			return !exact && strings.HasSuffix(tl, " "+role) && !strings.Contains(tl, " of ") && !unicode.IsUpper(firstRune(t))
		})
		if found != nil {
			return found
		}
	}
	return nil
}

// roleNouns are roles a story names people by: "the governor said".
var roleNouns = setOf(`governor mayor spokesman spokeswoman spokesperson speaker chancellor minister president chairman chairwoman
chair director commander chief inspector judge prosecutor coroner surgeon doctor coach captain manager secretary ambassador`)

// orgFor resolves a bare body noun ("company", "the ministry") to the
// organisation of that kind the story named last before pos, within three
// paragraphs.
func (a *Analysis) orgFor(speaker string, pos int) *Entity {
	noun := strings.ToLower(strings.TrimPrefix(strings.TrimPrefix(speaker, "the "), "The "))
	if !bodyNouns[noun] || mediaNouns[noun] {
		return nil
	}
	para := a.paraAt(pos)
	var best *Entity
	bestAt := -1
	for _, e := range a.Entities {
		// A name of one word is as often a currency's "US" or a measure's
		// "EBITDA" as a body.
		if e.Kind != Org || isPressName(e.Name) || !bodyFits(noun, e.Name) || len(strings.Fields(e.Name)) < 2 {
			continue
		}
		for _, m := range e.Mentions {
			if m.End <= pos && m.End > bestAt && a.paraAt(m.Start) >= para-3 {
				best, bestAt = e, m.End
			}
		}
	}
	return best
}

// outletNamedBefore returns the outlet named or credited last before pos
// that the noun fits: what "the station" or "the paper" refers back to.
// "The broadcaster" is not the wire named last, but the outlet whose
// programme the story said an interview was broadcast on.
func (a *Analysis) outletNamedBefore(pos int, noun string) string {
	type cand struct {
		name string
		at   int
	}
	var cands []cand
	for i := range a.Quotes {
		q := &a.Quotes[i]
		if q.AttributedTo != "" && q.Outer.End <= pos {
			cands = append(cands, cand{q.AttributedTo, q.Outer.End})
		}
	}
	for _, e := range a.Entities {
		if e.Kind != Org || !a.isOutletName(e.Name) {
			continue
		}
		for _, m := range e.Mentions {
			if m.End <= pos {
				cands = append(cands, cand{e.Name, m.End})
			}
		}
	}
	// The outlets sentences before credited: "X told Densu FM that …".
	for _, st := range a.Statements {
		// Only news outlets: "Safaricom said …" is not "the paper".
		if st.Outlet != "" && st.Span.End <= pos && (isPressName(st.Outlet) || a.outletClass(st.Outlet) != "") {
			cands = append(cands, cand{st.Outlet, st.Span.End})
		}
	}
	want := mediaClass(noun)
	best, bestAt, open, openAt := "", -1, "", -1
	for _, c := range cands {
		switch cls := a.outletClass(c.name); {
		case want == "" || cls == want:
			if c.at > bestAt {
				best, bestAt = c.name, c.at
			}
		case cls == "":
			if c.at > openAt {
				open, openAt = c.name, c.at
			}
		}
	}
	if best != "" {
		return best
	}
	return open
}

// mediaClass sorts the words for outlets: broadcasters, papers, agencies.
func mediaClass(w string) string {
	switch strings.ToLower(w) {
	case "broadcaster", "television", "tv", "radio", "channel", "station", "broadcasting", "programme", "program", "broadcast", "aired", "televised", "fm":
		return "broadcast"
	case "newspaper", "paper", "daily", "weekly", "tabloid", "times", "post", "herald", "tribune", "gazette", "journal", "chronicle", "telegraph":
		return "paper"
	case "agency", "wire", "newswire", "press":
		return "agency"
	}
	return ""
}

// outletClass is what kind of outlet a name is, by its own words or by
// the words around its mentions ("broadcast … on HBC's programme").
func (a *Analysis) outletClass(name string) string {
	for _, w := range strings.Fields(name) {
		if c := mediaClass(strings.Trim(w, ".,'’")); c != "" {
			return c
		}
	}
	for _, e := range a.Entities {
		if e.Name != name {
			continue
		}
		for _, m := range e.Mentions {
			// The words before ("broadcast … on HBC's") and an appositive
			// after ("Marca, the Madrid sports daily,"); not the rest of
			// the sentence ("the PDMA's director general, told the agency").
			// Only the noun right before ("state broadcaster HBC") and an
			// appositive after: the words around may be the speaker's ("On
			// state radio, Finch said …, Reuters reported").
			ctx := lastWords(a.Text[max(0, m.Start-30):m.Start], 2)
			if rest := a.Text[m.End:min(len(a.Text), m.End+60)]; strings.HasPrefix(rest, ", ") {
				if i := strings.IndexAny(rest[2:], ",.;"); i >= 0 {
					ctx += " " + rest[2:2+i]
				}
			}
			for _, w := range strings.Fields(ctx) {
				if c := mediaClass(strings.Trim(w, ".,;:'’\"“”")); c != "" {
					return c
				}
			}
		}
	}
	return ""
}

// mediaVerbs say an outlet carried the words: "carried by X".
var mediaVerbs = setOf(`carried quoted published broadcast aired cited reported televised streamed`)

// speakingBefore reports "speaking … to" with at most three words between.
func speakingBefore(toks []Token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		if toks[j].Kind != TokWord {
			return false
		}
		if l := toks[j].Lower(); l == "speaking" || l == "spoke" || l == "talking" {
			return true
		}
	}
	return false
}

// namesMedium reports that the phrase at k names a medium: a media noun
// or a known outlet, not "on Tuesday" or "on the border".
func (a *Analysis) namesMedium(toks []Token, k int) bool {
	for j := k; j < len(toks) && j < k+8; j++ {
		t := toks[j]
		if t.Kind != TokWord {
			break
		}
		if mediaNouns[t.Lower()] && !isCapitalised(t.Text) {
			return true
		}
	}
	out, _ := a.outletAfter(toks, k)
	return a.isOutletName(out)
}

// documentIn finds a document a sentence credits words to: "said in a
// statement", "in the company's statement", "in a press release".
func (a *Analysis) documentIn(toks []Token, inQuote func(Token) bool) string {
	for k, t := range toks {
		if t.Kind != TokWord || inQuote(t) || t.Lower() != "in" {
			continue
		}
		end := k + 1
		for end < len(toks) && end < k+6 && toks[end].Kind == TokWord {
			if documentWords[toks[end].Lower()] {
				return joinTokens(a.Text, toks[k+1:end+1])
			}
			end++
		}
	}
	return ""
}

// isPlaceName reports a name the story uses for a place.
func (a *Analysis) isPlaceName(name string) bool {
	for _, e := range a.Entities {
		if e.Kind != Place {
			continue
		}
		for _, f := range e.Forms {
			if strings.EqualFold(f, name) {
				return true
			}
		}
	}
	return false
}

// IsOutlet reports whether a name the document credits is a news outlet
// or agency rather than a person.
func (a *Analysis) IsOutlet(name string) bool { return a.isOutletName(name) }

// isOutletName reports whether a name is a news outlet or agency rather
// than a person: a known wire or broadcaster, an organisation with a media
// word, or the publisher of a cited source.
func (a *Analysis) isOutletName(name string) bool {
	if v, ok := a.outletNames[name]; ok {
		return v
	}
	v := a.isOutletNameUncached(name)
	if a.outletNames == nil {
		a.outletNames = map[string]bool{}
	}
	a.outletNames[name] = v
	return v
}

func (a *Analysis) isOutletNameUncached(name string) bool {
	bare := strings.TrimPrefix(strings.TrimPrefix(name, "the "), "The ")
	l := strings.ToLower(bare)
	if l == "" {
		return false
	}
	if outletWords[l] {
		return true
	}
	for i, w := range strings.Fields(l) {
		// "Sky News", "CNN Portugal", "BBC Urdu": a press word, or an
		// outlet's own name opening a longer one.
		if pressWords[w] || i == 0 && outletWords[w] {
			return true
		}
	}
	// "Meridian World Service", "a news service": a broadcaster's service.
	if strings.HasSuffix(l, " world service") || strings.HasSuffix(l, " news service") {
		return true
	}
	for _, e := range a.Entities {
		if e.Kind == Org && e.styled {
			for _, f := range e.Forms {
				if strings.EqualFold(f, name) || strings.EqualFold("the "+f, name) {
					return true
				}
			}
		}
	}
	for _, p := range a.Outlets {
		// "Radio Sur" for the publisher "Radio Sur Internacional"; not
		// "Tonle Sap", the river, for the "Tonle Sap Livelihoods Network".
		if strings.EqualFold(p, name) || AcronymOf(bare, p) || strings.Contains(name, " ") && len(p) > len(name) && strings.EqualFold(p[:len(name)+1], name+" ") && !a.isPlaceName(name) {
			return true
		}
	}
	return false
}

// subjectBefore reads the speaker that ends right before token k of
// sentence si: a name, a pronoun or a description, across an appositive
// ("X, the ministry's spokesman, said").
func (a *Analysis) subjectBefore(toks []Token, k, at int) attribution {
	end := k
	// Skip adverbs and auxiliaries: "he later said", "has said".
	for end > 0 && toks[end-1].Kind == TokWord && (adverbs[toks[end-1].Lower()] || mannerAdverb(toks, end-1)) {
		end--
	}
	// "Our bulletin on Thursday warned": a time between the subject and
	// its verb is no speaker.
	for end > 2 && (isWeekdayWord(toks[end-1].Lower()) || isMonthToken(toks[end-1])) && (toks[end-2].Lower() == "on" || toks[end-2].Lower() == "in" || toks[end-2].Lower() == "last") {
		end -= 2
	}
	// "Paganini and his team wrote": the one named leads.
	if end > 3 && toks[end-3].Lower() == "and" && determiners[toks[end-2].Lower()] && companions[toks[end-1].Lower()] {
		end -= 3
	}
	// "the Niger Armed Forces (FAN) said": the bracketed short form.
	if end > 2 && toks[end-1].Text == ")" {
		for j := end - 2; j >= 0 && j >= end-6; j-- {
			if toks[j].Text == "(" {
				end = j
				break
			}
		}
	}
	if end == 0 {
		return attribution{}
	}
	// "Dr Ngozi Okafor, the former head of surveillance, who told
	// Channels": the relative clause's antecedent speaks.
	if end >= 2 && toks[end-1].Lower() == "who" && toks[end-2].Text == "," {
		return a.subjectBefore(toks, end-1, at)
	}
	// An appositive closed by a comma: X, the Y of Z, said.
	role := ""
	if toks[end-1].Text == "," {
		open := -1
		for j := end - 2; j >= 0 && j >= end-25; j-- {
			if toks[j].Text == "," {
				open = j
				break
			}
			if isQuoteToken(toks[j]) {
				break
			}
		}
		if open > 0 {
			role = joinTokens(a.Text, toks[open+1:end-1])
			// "Zenith's chairman, Arjun Mehta Rao, told reporters": the
			// appositive is the name.
			// Not "László Fekete, Chief Information Security Officer,
			// said": an appositive that ends in a role's head is the role.
			if m := a.mentionWithin(toks[open+1].Start, toks[end-2].End); m != nil && m.End == toks[end-2].End && m.Entity.Kind == Person && onlyTitlesBefore(toks, open+1, m.Start) &&
				!isDescriptionHead(toks[end-2].Lower()) {
				at := a.entityAttribution(m.Entity, m.Title)
				if desc := joinTokens(a.Text, toks[max(0, open-6):open]); desc != "" {
					at.role = desc
				}
				return at
			}
			fw := strings.Fields(strings.ToLower(role))
			relative := len(fw) > 0 && (fw[0] == "who" || fw[0] == "whose")
			// "Péter Szabó, chief economist at X in Budapest, who is not
			// related to …, said": past the place that ends the role
			// before the relative clause, to the person it describes.
			if relative && open > 0 && toks[open-1].Text != "," {
				if np := a.npEndingAt(toks, open, at); np.found && (np.entity == nil || np.entity.Kind != Person) {
					if sub := a.subjectBefore(toks, open+1, at); sub.found && sub.entity != nil && sub.entity.Kind == Person {
						return sub
					}
				}
			}
			// "The European Anti-Fraud Office (OLAF), which …, said": past
			// the bracketed short form to the name.
			npEnd := open
			if npEnd > 2 && toks[npEnd-1].Text == ")" {
				for j := npEnd - 2; j > 0 && j >= npEnd-6; j-- {
					if toks[j].Text == "(" {
						npEnd = j
						break
					}
				}
			}
			if at := a.npEndingAt(toks, npEnd, at); at.found {
				// "X, as he is known to viewers, said", "X, visiting the
				// villages, said", "X, who …, said": a clause, not a role.
				if len(fw) > 0 && fw[0] != "as" && fw[0] != "who" && fw[0] != "which" && fw[0] != "whose" && !(strings.HasSuffix(fw[0], "ing") && len(fw[0]) > 5) {
					at.role = role
					if at.entity != nil {
						at.entity.addTitle(role)
					}
				}
				return at
			}
		}
		return attribution{}
	}
	return a.npEndingAt(toks, end, at)
}

// isOrdinalWord reports "4th", "2nd", "21st".
func isOrdinalWord(w string) bool {
	n := len(w)
	if n < 3 || w[0] < '0' || w[0] > '9' {
		return false
	}
	switch strings.ToLower(w[n-2:]) {
	case "st", "nd", "rd", "th":
		return true
	}
	return false
}

// onlyTitlesBefore reports whether the tokens from k up to pos are
// titles or capitalised words ("Brigadier General"), so that the
// appositive is a name, not a phrase ending in one.
func onlyTitlesBefore(toks []Token, k, pos int) bool {
	for ; k < len(toks) && toks[k].Start < pos; k++ {
		t := toks[k]
		if t.Kind == TokPunct {
			continue
		}
		if !t.IsCap() && !titleWords[t.Lower()] {
			return false
		}
	}
	return true
}

func isQuoteToken(t Token) bool {
	switch t.Text {
	case "\"", "“", "”", "«", "»":
		return true
	}
	return false
}

// npEndingAt reads the noun phrase that ends just before token end.
func (a *Analysis) npEndingAt(toks []Token, end, at int) attribution {
	if end <= 0 {
		return attribution{}
	}
	last := toks[end-1]
	if last.Kind == TokPunct && last.Text != "." {
		return attribution{}
	}
	// A name mention ending here; but "the Brazilian", one capitalised
	// word after "the" taken for a person, is a description.
	if m := a.mentionEndingAt(last.End); m != nil {
		if m.Start == last.Start && end >= 2 && toks[end-2].Lower() == "the" && a.agedSomewhere(m.Entity) {
			return a.resolveDescription("the "+last.Text, last.Lower(), last.Start)
		}
		// "A 67-year-old neighbour of Ana Ruiz in Benfica said": the
		// described person speaks, not the one named in the phrase.
		if d := describedBefore(toks, m.Start); d >= 0 {
			return attribution{speaker: stripDeterminer(joinTokens(a.Text, toks[d:end])), found: true}
		}
		// "Inspector Lena Vogt of the federal police, …, said": the person, not
		// the body he belongs to.
		if m.Entity.Kind != Person {
			if p := a.personBeforeOf(m.Start); p != nil {
				return a.entityAttribution(p.Entity, p.Title)
			}
		}
		return a.entityAttribution(m.Entity, m.Title)
	}
	l := last.Lower()
	if pronouns[l] {
		return a.resolvePronoun(l, last.Start, at)
	}
	// "a senior fire officer at the site said": the description before
	// the place it stands in.
	if !isDescriptionHead(l) {
		for k := end - 2; k >= 1 && k >= end-5; k-- {
			if pl := toks[k].Lower(); (pl == "at" || pl == "in" || pl == "on" || pl == "near") && isDescriptionHead(toks[k-1].Lower()) {
				if at := a.npEndingAt(toks, k, at); at.found {
					return at
				}
				break
			}
		}
	}
	// A description: read back over a determiner and modifiers.
	start := end - 1
	for start > 0 {
		p := toks[start-1]
		if p.Kind == TokPunct && p.Text != "." && p.Text != "'" && p.Text != "’" && !(p.Text == "-" && p.End == toks[start].Start) {
			break
		}
		pl := p.Lower()
		if speechVerbs[pl] || pl == "that" || pl == "and" || pl == "but" || pl == "when" || pl == "while" || pl == "as" || pl == "who" || isQuoteToken(p) {
			break
		}
		start--
		if pl == "the" || pl == "a" || pl == "an" || pl == "one" || pl == "another" || pl == "his" || pl == "her" || pl == "their" {
			break
		}
		if end-start > 10 {
			break
		}
	}
	if !isDescriptionHead(l) {
		if c := a.chunkEndingAt(last.End); c != nil {
			if p := a.personBeforeOf(c.Start); p != nil {
				return a.entityAttribution(p.Entity, p.Title)
			}
			// "A 67-year-old neighbour of Cardoso in Benfica said": the
			// name ends a phrase about a described person.
			if d := describedBefore(toks, c.Start); d >= 0 {
				return attribution{speaker: stripDeterminer(joinTokens(a.Text, toks[d:end])), found: true}
			}
			// "the slope works Okutani had asked for": a town the story
			// names as a place does not speak.
			if a.isPlaceName(c.Text) {
				return attribution{}
			}
			return attribution{speaker: c.Text, found: true}
		}
		// "a 74-year-old fisherman said": an indefinite description of
		// someone, in lower case, is the speaker as described.
		if d := toks[start].Lower(); (d == "a" || d == "an" || d == "another") && end-start >= 2 && end-start <= 7 {
			lower := true
			for _, t := range toks[start:end] {
				lower = lower && (t.Kind == TokWord && !t.IsCap() || t.Kind == TokNum || t.Text == "-")
			}
			if lower && strings.HasSuffix(l, "er") || lower && strings.Contains(joinTokens(a.Text, toks[start:end]), "-year-old") {
				return attribution{speaker: stripDeterminer(joinTokens(a.Text, toks[start:end])), found: true}
			}
		}
		// "The 56-year-old said": the person named last.
		if desc := joinTokens(a.Text, toks[start:end]); toks[start].Lower() == "the" && strings.HasSuffix(desc, "-year-old") {
			return a.resolveDescription(desc, l, toks[start].Start)
		}
		return attribution{}
	}
	desc := joinTokens(a.Text, toks[start:end])
	return a.resolveDescription(desc, l, toks[start].Start)
}

// askedAbout reports a name inside the question a sentence opens with,
// before the pronoun that answers: "Asked whether Pascoe would keep his
// place, he said: …" (he is not Pascoe).
func (a *Analysis) askedAbout(at, pos int) bool {
	si := a.sentenceAt(pos)
	if si < 0 || a.sentenceAt(at) != si {
		return false
	}
	s := a.Sentences[si]
	lead := strings.ToLower(strings.TrimLeft(a.Text[s.Start:at], " \"“"))
	if !strings.HasPrefix(lead, "asked ") && !strings.HasPrefix(lead, "when asked ") {
		return false
	}
	return strings.Contains(a.Text[at:pos], ",")
}

// auxAfterClause are the verbs that follow a clause about a thing: "the
// works the town had asked for were …".
var auxAfterClause = setOf(`was were is are had has would will`)

// chunkStartingAt is the capitalised phrase that starts at start.
func (a *Analysis) chunkStartingAt(start int) *nameChunk {
	for i := range a.chunks {
		if a.chunks[i].Start == start {
			return &a.chunks[i]
		}
	}
	return nil
}

func (a *Analysis) chunkEndingAt(end int) *nameChunk {
	for i := range a.chunks {
		c := &a.chunks[i]
		if c.End == end {
			return c
		}
	}
	return nil
}

// reportedSubjectAfter reports a name after "said" that opens the
// reported clause, not an inverted attribution: "…, said Miodrag
// Vukašinović and the board had agreed …".
func (a *Analysis) reportedSubjectAfter(toks []Token, k int) bool {
	if k >= len(toks) {
		return false
	}
	m := a.mentionStartingAt(toks[k].Start)
	if m == nil {
		return false
	}
	// The words up to the next mark: a verb there makes the name a
	// subject ("… and the board had agreed"); "said Amina Yusuf and her
	// neighbour Fatima Bello" has none.
	rest := a.Text[m.End:min(len(a.Text), m.End+80)]
	if i := strings.IndexAny(rest, ",.;:“”\"("); i >= 0 {
		rest = rest[:i]
	}
	for _, w := range []string{" had ", " has ", " have ", " was ", " were ", " is ", " are ", " would ", " will ", " could ", " agreed ", " decided "} {
		if strings.Contains(rest+" ", w) {
			return true
		}
	}
	return false
}

// npAfter reads the speaker that starts at token k ("said X, the Y").
func (a *Analysis) npAfter(toks []Token, k, at int) attribution {
	for k < len(toks) && toks[k].Kind == TokWord && adverbs[toks[k].Lower()] {
		k++
	}
	if k >= len(toks) {
		return attribution{}
	}
	t := toks[k]
	if pronouns[t.Lower()] {
		return a.resolvePronoun(t.Lower(), t.Start, at)
	}
	// A name mention starting at or just after a title. Not the owner
	// of a role ("said Havelwerk's chief executive, Jörg Müßig"): the
	// person named after the role speaks, or, if none, the owner.
	var owner *Mention
	for j := k; j < len(toks) && j < k+8; j++ {
		m := a.mentionStartingAt(toks[j].Start)
		if m != nil && owner == nil && (j == k || j == k+1 && toks[k].Lower() == "the") && a.possessiveAt(m.End) {
			owner = m
			continue
		}
		// Not a name after a preposition: "said Havelwerk's chief
		// executive at the Hannover Messe" is no one's at the fair; past
		// an owner, only a person.
		afterPrep := j > k && atPreps[lowerAt(toks, j-1)] || j > k+1 && lowerAt(toks, j-1) == "the" && atPreps[lowerAt(toks, j-2)]
		if m != nil && !afterPrep && !(owner != nil && m.Entity.Kind != Person) {
			at := a.entityAttribution(m.Entity, m.Title)
			// A trailing appositive: ", the ministry's spokesman".
			if role := appositiveAfter(a.Text, toks, m.End); role != "" {
				at.role = role
				m.Entity.addTitle(role)
			}
			return at
		}
		if toks[j].Kind == TokPunct && toks[j].Text != "." {
			// "said the principal, Choi Min-seo": a name after the role.
			if toks[j].Text == "," && j > k && isDescriptionHead(toks[j-1].Lower()) && j+1 < len(toks) {
				if m := a.mentionStartingAt(toks[j+1].Start); m != nil && m.Entity.Kind == Person {
					at := a.entityAttribution(m.Entity, m.Title)
					at.role = joinTokens(a.Text, toks[k:j])
					m.Entity.addTitle(at.role)
					return at
				}
			}
			break
		}
	}
	if owner != nil {
		return a.entityAttribution(owner.Entity, owner.Title)
	}
	for _, c := range a.chunks {
		if c.Start == t.Start {
			return attribution{speaker: c.Text, found: true}
		}
	}
	// A description up to a comma, a relative clause or the sentence end.
	end := k
	for end < len(toks) && end < k+10 {
		x := toks[end]
		if x.Kind == TokPunct && x.Text != "'" && x.Text != "’" && x.Text != "-" || x.Lower() == "that" || x.Lower() == "who" || x.Lower() == "whose" || x.Lower() == "which" || x.Lower() == "on" || x.Lower() == "in" && end > k+1 {
			break
		}
		end++
	}
	if end == k {
		return attribution{}
	}
	// Its head is the noun before a preposition: "a 60-year-old man from
	// Muscat", "a report from Kotak Institutional Equities".
	hend := end
	for j := k + 1; j < end; j++ {
		if l := toks[j].Lower(); l == "from" || l == "of" || l == "at" || l == "with" || l == "by" {
			hend = j
			break
		}
	}
	head := toks[hend-1].Lower()
	if documentWords[head] && hend < end && lowerAt(toks, hend) != "with" && lowerAt(toks, hend) != "at" {
		// "said a report from Kotak": the body that wrote it speaks.
		j := hend + 1
		if lowerAt(toks, j) == "the" {
			j++
		}
		if j < len(toks) {
			// "a letter from Nowak's lawyer": the lawyer wrote it, as
			// described.
			if m := a.mentionStartingAt(toks[j].Start); m != nil && a.possessiveAt(m.End) && end > j+1 {
				return attribution{speaker: joinTokens(a.Text, toks[j:end]), found: true, indirect: true, document: joinTokens(a.Text, toks[k:hend])}
			}
			if m := a.mentionStartingAt(toks[j].Start); m != nil && m.Entity.Kind != Place && !a.possessiveAt(m.End) {
				at := a.entityAttribution(m.Entity, m.Title)
				at.document, at.indirect = joinTokens(a.Text, toks[k:hend]), true
				return at
			}
		}
	}
	if !isDescriptionHead(head) {
		// "said a waiter, who asked not to be named": someone described,
		// in lower case, by what they do.
		if d := t.Lower(); (d == "a" || d == "an") && hend-k >= 2 && hend-k <= 5 && agentNoun(head) {
			for _, x := range toks[k:hend] {
				if x.Kind == TokWord && x.IsCap() {
					return attribution{}
				}
			}
			return attribution{speaker: stripDeterminer(joinTokens(a.Text, toks[k:hend])), found: true}
		}
		return attribution{}
	}
	return a.resolveDescription(joinTokens(a.Text, toks[k:end]), head, t.Start)
}

// agentNoun reports a noun for someone who does something: waiter,
// survivor, economist, physician, attendant.
func agentNoun(w string) bool {
	if len(w) < 5 {
		return false
	}
	for _, suf := range []string{"er", "or", "ist", "ian", "ant", "ent"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

func appositiveAfter(text string, toks []Token, end int) string {
	for i, t := range toks {
		if t.Start < end {
			continue
		}
		if t.Text != "," {
			return ""
		}
		j := i + 1
		for j < len(toks) && toks[j].Text != "," && toks[j].Text != "." && !isQuoteToken(toks[j]) {
			j++
		}
		if j > i+1 && j-i < 15 {
			first := toks[i+1].Lower()
			if first == "the" || first == "a" || first == "an" || first == "who" || strings.HasSuffix(first, "'s") || first == "its" || first == "his" || first == "her" {
				return joinTokens(text, toks[i+1:j])
			}
			// "Suo Kasei’s president", "Acme chief executive": a role's
			// head ends it.
			if last := toks[j-1].Lower(); j-i <= 8 && (titleWords[last] || isDescriptionHead(last)) && !toks[j-1].IsCap() {
				return joinTokens(text, toks[i+1:j])
			}
		}
		return ""
	}
	return ""
}

// descriptionHeads are nouns that describe a speaker without naming one.
var descriptionHeads = setOf(`official officials spokesman spokeswoman spokesperson spokespeople minister ministry president
officer officers source sources analyst analysts expert experts witness witnesses resident residents commander general
statement police army military government agency group militia ministry's diplomat diplomats lawyer lawyers attorney
prosecutor prosecutors judge doctor doctors nurse medic medics survivor survivors relative relatives mother father son daughter
brother sister wife husband neighbour neighbor neighbours neighbors farmer worker workers teacher student students activist activists
organisers organizers leader leaders chief executive ceo director manager coach player players fan fans company firm bank
spokesmen representative representatives aide aides adviser advisor advisers advisors lawmaker lawmakers member members
authorities researcher researchers scientist scientists economist economists trader traders investor investors owner official's
mayor governor councillor councilor owner driver pilot soldier soldiers fighter fighters guard guards rescuer rescuers volunteer volunteers
journalist reporter engineer engineers captain crew union widow widower neighbour neighbor friend cousin uncle aunt
grandmother grandfather fisherman fishermen operator seller trader shopkeeper principal headteacher nurse priest imam pastor coalition alliance party council committee commission department office
service services forces force command embassy board organisation organization agency's shopkeeper vendor villager villagers woman man
women men person people boy girl victim victims paramedic paramedics firefighter firefighters midwife pharmacist professor
magistrate justice registrar coroner inspector superintendent commissioner senator ambassador envoy chairman chairwoman chair
secretary counsel advocate defendant accused plaintiff bishop mufti chancellor premier insider insiders patient patients
physician physicians employee employees passenger passengers parent parents family families`)

func isDescriptionHead(w string) bool { return descriptionHeads[w] || bodyNouns[w] }

func joinTokens(text string, toks []Token) string {
	if len(toks) == 0 {
		return ""
	}
	return NormalizeSpace(text[toks[0].Start:toks[len(toks)-1].End])
}

func (a *Analysis) entityAttribution(e *Entity, title string) attribution {
	if e == nil {
		return attribution{}
	}
	return attribution{speaker: e.Name, entity: e, role: title, found: true}
}

func (a *Analysis) mentionEndingAt(end int) *Mention {
	if m := a.mentionEnd[end]; m != nil {
		return m
	}
	// "Mensah's": the name ends before the possessive.
	for _, n := range []int{2, 4} {
		if m := a.mentionEnd[end-n]; m != nil && hasPossessive(a.Text[m.Start:end]) {
			return m
		}
	}
	return nil
}

// mentionWithin returns the last person mention inside [start, end).
func (a *Analysis) mentionWithin(start, end int) *Mention {
	var best *Mention
	for _, e := range a.Entities {
		for i := range e.Mentions {
			m := &e.Mentions[i]
			if m.Start >= start && m.End <= end && (best == nil || m.End > best.End) {
				best = m
			}
		}
	}
	return best
}

func (a *Analysis) mentionStartingAt(start int) *Mention {
	return a.mentionStart[start]
}

// resolvePronoun finds who "he", "she" or "they" is: the person named
// last before the pronoun (outside quotations, in this paragraph or the
// one before), or the last speaker when a quotation came after that.
func (a *Analysis) resolvePronoun(p string, pos, at int) attribution {
	if p == "i" || p == "we" {
		return attribution{}
	}
	// "He said the state would not appeal against … Cele. “…,” he said":
	// the same pronoun opened a sentence of the paragraph as the subject
	// of a verb of speech; the names in between are what he spoke of.
	if prev := a.pronounSubjectBefore(p, pos); prev >= 0 {
		return a.resolvePronoun(p, prev, at)
	}
	var lastQ *Quote
	for qi := len(a.Quotes) - 1; qi >= 0; qi-- {
		q := &a.Quotes[qi]
		if q.Outer.Start >= pos || q.Speaker == "" || q.Transcript && q.Outer.End > pos {
			continue // not before pos; a turn around pos is not a quote before it
		}
		if p == "they" || p == "it" {
			if q.SpeakerEntity == nil || q.SpeakerEntity.Kind == Org || isPluralDescription(q.Speaker) {
				lastQ = q
				break
			}
			continue
		}
		if q.SpeakerEntity != nil && (q.SpeakerEntity.Kind == Org || !a.pronounFits(p, q.SpeakerEntity)) {
			continue
		}
		// "Umm Khaled" is no "he", "Mr Ofori" no "she".
		if q.SpeakerEntity == nil && wordsGender(q.Speaker) != 0 && wordsGender(q.Speaker) != pronounGender(p) {
			continue
		}
		lastQ = q
		break
	}
	// The person named last, outside quotations, not too far back.
	floor := 0
	if pi := a.paraAt(pos); pi > 0 {
		// Back over paragraphs that are all quotation (a quotation run
		// over several paragraphs names no one outside its marks).
		k := pi - 1
		for k > 0 && k > pi-4 && a.allQuoted(a.Paras[k]) {
			k--
		}
		floor = a.Paras[k].Start
	}
	var best, plain *Mention
	for _, e := range a.Entities {
		if (p == "he" || p == "she") && a.isPerson(e) && !a.pronounFits(p, e) {
			// "Tennant, 58, … he said" where the surname was read as the
			// other Tennant: the one the pronoun fits.
			for i := range e.Mentions {
				m := e.Mentions[i]
				if m.End > pos || m.Start < floor || a.inQuote(m.Start) || strings.Contains(m.Text, " ") || best != nil && m.End <= best.End {
					continue
				}
				if o := a.sharerFitting(p, e, m.Text); o != nil {
					m.Entity = o
					best = &m
				}
			}
		}
		if (p == "he" || p == "she") && (!a.isPerson(e) || !a.pronounFits(p, e)) || p == "it" && e.Kind != Org {
			continue
		}
		for i := range e.Mentions {
			m := &e.Mentions[i]
			if m.End > pos || m.Start < floor || a.inQuote(m.Start) || a.askedAbout(m.Start, pos) {
				continue
			}
			if best == nil || m.End > best.End {
				best = m
			}
			if !a.possessiveAt(m.End) && (plain == nil || m.End > plain.End) {
				plain = m
			}
		}
	}
	// "Okeke, the surveyor, told the court he had worked on Bankole's
	// instructions. “…,” he said.": the owner in a possessive is not the
	// subject the pronoun goes back to when the sentence has one.
	if best != nil && plain != nil && best != plain && a.possessiveAt(best.End) && a.sentenceAt(best.Start) == a.sentenceAt(plain.Start) && (a.speaksAfter(plain) || a.opensSentence(plain)) {
		best = plain
	}
	// "Kecman, who said he had learned everything next to Vukašinović,
	// struck a sombre note. “…,” he said": a name inside the subject's
	// relative clause is not the subject.
	if best != nil && (p == "he" || p == "she") {
		if op := a.openerOf(best, p); op != nil && op != best && (strings.Contains(a.Text[op.End:best.Start], ", who ") || strings.Contains(a.Text[op.End:best.Start], ", whose ")) {
			best = op
		}
	}
	after := floor
	if best != nil {
		after = best.End
	}
	if lastQ != nil && lastQ.Outer.End > after {
		after = lastQ.Outer.End
	}
	// "…, a police spokeswoman said. 'All three are being interviewed,' she
	// said": an unnamed speaker said something since.
	if d := a.describedSpeakerBetween(p, after, pos); d.found {
		d.indirect = true
		return d
	}
	switch {
	case best != nil && (lastQ == nil || best.End > lastQ.Outer.End):
		at := a.entityAttribution(best.Entity, best.Title)
		at.indirect = true
		return at
	case lastQ != nil:
		return attribution{speaker: lastQ.Speaker, entity: lastQ.SpeakerEntity, found: true, indirect: true}
	}
	return attribution{}
}

// openerOf is the person mention that opens the sentence of m, if the
// pronoun fits it.
func (a *Analysis) openerOf(m *Mention, p string) *Mention {
	si := a.sentenceAt(m.Start)
	if si < 0 {
		return nil
	}
	for _, e := range a.Entities {
		if !a.isPerson(e) || !a.pronounFits(p, e) {
			continue
		}
		for i := range e.Mentions {
			if o := &e.Mentions[i]; a.sentenceAt(o.Start) == si && a.opensSentence(o) {
				return o
			}
		}
	}
	return nil
}

// opensSentence reports a mention that is its sentence's first words:
// "Grace Mokoena, 67, chairperson of the Hlathikhulu Residents' Forum,
// travelled …" is about her, not the forum.
func (a *Analysis) opensSentence(m *Mention) bool {
	si := a.sentenceAt(m.Start)
	return si >= 0 && strings.TrimSpace(a.Text[a.Sentences[si].Start:m.Start]) == ""
}

// speaksAfter reports a verb of saying soon after a mention, in its
// sentence: "Okeke, the surveyor, told the court …".
func (a *Analysis) speaksAfter(m *Mention) bool {
	si := a.sentenceAt(m.Start)
	if si < 0 {
		return false
	}
	for _, t := range a.Tokens[si] {
		if t.Start >= m.End && t.Start <= m.End+60 && t.Kind == TokWord && speechVerbs[t.Lower()] {
			return true
		}
	}
	return false
}

// possessiveAt reports "'s" right at pos: "Bankole's".
func (a *Analysis) possessiveAt(pos int) bool {
	rest := a.Text[pos:min(len(a.Text), pos+4)]
	return strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "’s")
}

// sharerFitting is the one other person whose name holds the word and
// whom the pronoun fits.
func (a *Analysis) sharerFitting(p string, not *Entity, word string) *Entity {
	var found *Entity
	for _, o := range a.Entities {
		if o == not || o.Kind != Person || !a.pronounFits(p, o) {
			continue
		}
		for _, t := range strings.Fields(o.Name) {
			if strings.EqualFold(strings.Trim(t, ".,"), word) {
				if found != nil && found != o {
					return nil
				}
				found = o
			}
		}
	}
	return found
}

// personBeforeOf returns the person mention that ends right before "of"
// or "of the" in front of pos: "Amina Yusuf of the Red Cross".
func (a *Analysis) personBeforeOf(pos int) *Mention {
	// "Ana Lima of the 2nd Civil Court": past an ordinal.
	if i := strings.LastIndexByte(strings.TrimRight(a.Text[max(0, pos-12):pos], " "), ' '); i >= 0 {
		w := strings.TrimSpace(a.Text[max(0, pos-12)+i : pos])
		if isOrdinalWord(w) {
			pos = max(0, pos-12) + i + 1
		}
	}
	before := a.Text[max(0, pos-8):pos]
	var cut int
	switch {
	case strings.HasSuffix(before, " of the "):
		cut = pos - len(" of the ")
	case strings.HasSuffix(before, " of "):
		cut = pos - len(" of ")
	default:
		return nil
	}
	if m := a.mentionEndingAt(cut); m != nil && m.Entity.Kind == Person {
		return m
	}
	return nil
}

// pronounSubjectBefore returns where pronoun p last opened a sentence of
// pos's paragraph as the subject of a verb of speech ("He said …"),
// outside quotations, or -1.
func (a *Analysis) pronounSubjectBefore(p string, pos int) int {
	pi := a.paraAt(pos)
	if pi < 0 {
		return -1
	}
	found := -1
	// The last few sentences of the paragraph only: a scan of the whole
	// paragraph for every pronoun is quadratic on a long one.
	first := max(0, a.sentenceAt(a.Paras[pi].Start))
	if at := a.sentenceAt(pos); at-4 > first {
		first = at - 4
	}
	for si := first; si < len(a.Sentences) && a.Sentences[si].Start < pos; si++ {
		toks := a.Tokens[si]
		if len(toks) < 2 || toks[0].Start >= pos || toks[0].Lower() != p || a.inQuote(toks[0].Start) {
			continue
		}
		k := 1
		for k < len(toks) && adverbs[toks[k].Lower()] {
			k++
		}
		if k < len(toks) && speechVerbs[toks[k].Lower()] && toks[0].Start < pos {
			found = toks[0].Start
		}
	}
	if found < 0 {
		return -1
	}
	// Not past someone named as a speaker since ("He said … But striker
	// Tom Reed said … “…,” he said": he is Reed).
	for si := max(0, a.sentenceAt(found)+1); si < len(a.Sentences) && a.Sentences[si].Start < pos; si++ {
		toks := a.Tokens[si]
		for k := 1; k < len(toks) && toks[k].Start < pos; k++ {
			if speechVerbs[toks[k].Lower()] && !a.inQuote(toks[k].Start) {
				if m := a.mentionEndingAt(toks[k-1].End); m != nil && m.Entity.Kind == Person {
					return -1
				}
			}
		}
	}
	return found
}

// describedSpeakerBetween finds the last speaker named only by a
// description ("a police spokeswoman said") whose speech verb lies
// between from and to, outside quotations, and whom pronoun p can stand
// for.
func (a *Analysis) describedSpeakerBetween(p string, from, to int) attribution {
	if p != "he" && p != "she" && p != "they" {
		return attribution{}
	}
	last := attribution{}
	// Only the few sentences before: a described speaker is picked up by
	// a pronoun soon after, and a long scan per pronoun is quadratic.
	first := max(0, a.sentenceAt(from))
	if at := a.sentenceAt(max(0, to-1)); at-3 > first {
		first = at - 3
	}
	// And within a few hundred characters, for a run-on "sentence".
	from = max(from, to-400)
	for si := first; si >= 0 && si < len(a.Sentences) && a.Sentences[si].Start < to; si++ {
		toks := a.Tokens[si]
		spoke := false // a speech verb before: later ones are reported speech
		k0 := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= from })
		for k := max(0, k0-20); k < len(toks) && toks[k].End <= to; k++ {
			t := toks[k]
			if t.Kind != TokWord || !speechVerbs[t.Lower()] || a.inQuote(t.Start) {
				continue
			}
			if spoke || t.Start < from || t.End > to {
				spoke = true
				continue
			}
			spoke = true
			// Only a described subject: a pronoun ("he said") would send
			// us back into pronoun resolution.
			j := k - 1
			for j >= 0 && toks[j].Kind == TokWord && adverbs[toks[j].Lower()] {
				j--
			}
			if j < 0 || pronouns[toks[j].Lower()] || toks[j].Kind == TokPunct {
				continue
			}
			at := a.subjectBefore(toks, k, -1)
			if !at.found || at.entity != nil || pronouns[strings.ToLower(at.speaker)] {
				continue
			}
			if descriptionFits(p, at.speaker) {
				last = at
			}
		}
	}
	return last
}

// descriptionFits reports whether a pronoun can stand for a description
// by its words: "she" for a spokeswoman or a mother, not a spokesman;
// "they" for a plural.
func descriptionFits(p, desc string) bool {
	words := strings.Fields(strings.ToLower(desc))
	if len(words) == 0 {
		return false
	}
	head := strings.Trim(words[len(words)-1], ".,'’")
	for i, w := range words {
		if i > 0 && descPreps[w] {
			head = strings.Trim(words[i-1], ".,'’") // "shopkeeper outside the centre"
			break
		}
	}
	if p != "they" && (!descriptionHeads[head] && !strings.HasSuffix(head, "er") || institutionHeads[head]) {
		return false // "he" is a person: not "the government"
	}
	switch p {
	case "they":
		return isPluralDescription(desc)
	case "he":
		return !femaleWords[head] && !isPluralDescription(desc)
	case "she":
		return !maleWords[head] && !isPluralDescription(desc)
	}
	return false
}

// describedBefore finds, for a name that ends a prepositional phrase
// ("… of Ana Ruiz in Triana"), the indefinite description the phrase hangs
// on ("A 67-year-old neighbour"): the index of its article, or -1.
func describedBefore(toks []Token, nameStart int) int {
	k := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= nameStart })
	if k == 0 || !descPreps[toks[k-1].Lower()] {
		return -1
	}
	for j := k - 2; j >= 0 && j >= k-14; j-- {
		t := toks[j]
		if t.Kind == TokPunct && t.Text != "-" {
			return -1
		}
		switch t.Lower() {
		case "a", "an":
			if j+1 < len(toks) && !toks[j+1].IsCap() {
				return j
			}
			return -1
		}
	}
	return -1
}

// descPreps join a description to the places and people it is of.
var descPreps = setOf(`of in at from near outside inside on`)

// presenterOf reports a name that does the talking right after it
// ("Lucía Ferrer speaks to…"): a presenter, not the programme's name.
func presenterOf(toks []Token, name string) bool {
	for k, t := range toks {
		if !strings.HasSuffix(name, t.Text) || k+1 >= len(toks) || k == 0 {
			continue
		}
		switch toks[k+1].Lower() {
		case "speaks", "talks", "interviews", "asks", "hosts", "presents", "meets", "joins", "is", "questions":
			return toks[k+1].Lower() != "is" || k+2 < len(toks) && toks[k+2].Lower() == "joined"
		}
	}
	return false
}

// institutionHeads are descriptions of bodies, not people.
var institutionHeads = setOf(`government ministry ministry's agency group militia statement police army military company firm bank
authorities`)

// isPerson reports whether an entity shows a sign of being a person, not
// a place or a body capitalised like a name: a title or role, a short form
// used for it (a surname), or words quoted from it.
func (a *Analysis) isPerson(e *Entity) bool {
	if e.Kind != Person {
		return false
	}
	if len(e.Titles) > 0 || len(e.Forms) > 1 || len(e.Aliases) > 0 || a.quoted[e] {
		return true
	}
	for _, m := range e.Mentions {
		// "Lands minister Peter Amoako", "police spokesman Ali Khan": a
		// role written right before the name.
		if before := strings.Fields(a.Text[max(0, m.Start-24):m.Start]); len(before) > 0 {
			if w := strings.ToLower(strings.Trim(before[len(before)-1], ",.")); titleWords[w] && w != "state" && w != "first" && w != "former" && w != "general" {
				return true
			}
			// "a woman called Hauwa Sani", "a fisherman named Tito".
			if n := len(before); n >= 2 && (before[n-1] == "called" || before[n-1] == "named") && (personNouns[strings.ToLower(before[n-2])] || likelyPeople(strings.ToLower(before[n-2])+"s")) {
				return true
			}
		}
		// "Maria Quispe, 34,", "Maria Quispe said", "Zarina Khatoon, a
		// widow", "A driver, Sean Walsh, described".
		rest := strings.TrimLeft(a.Text[m.End:min(len(a.Text), m.End+24)], " ")
		if strings.HasPrefix(rest, ",") {
			f := strings.Fields(rest[1:])
			if len(f) > 0 {
				w := strings.ToLower(f[0])
				if w == "a" || w == "an" || w == "who" || w == "whose" || w != "" && w[0] >= '0' && w[0] <= '9' || strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") {
					return true
				}
				// "Anke van der Molen, finance spokeswoman for …"
				for _, x := range f[:min(3, len(f))] {
					if x := strings.Trim(strings.ToLower(x), ",."); titleWords[x] && x != "state" && x != "first" && x != "former" {
						return true
					}
				}
			}
		}
		if f := strings.Fields(rest); len(f) > 0 && (speechVerbs[strings.Trim(strings.ToLower(f[0]), ",.")] || personVerbs[strings.Trim(f[0], ",.")]) {
			return true
		}
		// "Ruth Okello is 63.", "X was 41 when": an age after a copula.
		if f := strings.Fields(rest); len(f) > 1 && (f[0] == "is" || f[0] == "was") && f[1][0] >= '1' && f[1][0] <= '9' {
			return true
		}
		// "Wilson Cuesta of the Pacific Movement, who said": a relative
		// clause about someone, after the body they belong to.
		long := a.Text[m.End:min(len(a.Text), m.End+90)]
		if i := strings.Index(long, ", who "); i > 0 && !strings.ContainsAny(long[:i], ".;") && strings.HasPrefix(strings.TrimLeft(long, " "), "of ") {
			return true
		}
		before := strings.TrimRight(a.Text[max(0, m.Start-30):m.Start], " ")
		if strings.HasSuffix(before, ",") {
			f := strings.Fields(strings.TrimSuffix(before, ","))
			if len(f) > 0 && isDescriptionHead(strings.ToLower(strings.Trim(f[len(f)-1], "'’"))) {
				return true
			}
		}
	}
	// "Zhanar Abenova waited for news of her husband": a surname that
	// has a sex (Abenova, Serikqyzy, Ólafsdóttir, Nurlanuly) is a
	// person's.
	return nameHasSex(e.Name)
}

// nameHasSex reports a last name with a feminine or masculine ending of
// the naming traditions that mark it: Slavic and Central Asian -ova,
// -eva, -skaya, -ovna, -qyzy, -uly, -ovich; Icelandic -dóttir, -dottir.
func nameHasSex(name string) bool {
	f := strings.Fields(strings.ToLower(name))
	if len(f) < 2 {
		return false
	}
	last := f[len(f)-1]
	for _, suf := range []string{"ova", "eva", "skaya", "tskaya", "ovna", "evna", "qyzy", "kyzy", "uly", "ovich", "evich", "dóttir", "dottir"} {
		if strings.HasSuffix(last, suf) && len(last) > len(suf)+2 {
			return true
		}
	}
	return false
}

// statedAge is the age the story gives a person after the name: "Peter
// Mwangi, 41,".
func (a *Analysis) statedAge(e *Entity) (int, bool) {
	for _, m := range e.Mentions {
		rest := a.Text[m.End:min(len(a.Text), m.End+6)]
		if len(rest) >= 4 && rest[0] == ',' && rest[1] == ' ' {
			n := 0
			for n < 3 && 2+n < len(rest) && rest[2+n] >= '0' && rest[2+n] <= '9' {
				n++
			}
			if n > 0 && 2+n < len(rest) && rest[2+n] == ',' {
				v, _ := strconv.Atoi(rest[2 : 2+n])
				return v, true
			}
		}
	}
	return 0, false
}

// companions are who a speaker may be joined by in "X and his team".
var companions = setOf(`team colleagues co-authors coauthors researchers lawyers aides staff`)

// personVerbs are what only people do: "John Smith spoke on Monday".
var personVerbs = setOf(`spoke speaks smiled smiles laughed laughs shrugged shrugs nodded nods wept weeps sighed sighs`)

func (a *Analysis) inQuoteTok(t Token) bool { return a.inQuote(t.Start) }

// agedSomewhere reports a mention followed by an age ("The Brazilian, 31,
// who …"): whatever the name-finder took it for, it stands for a person.
func (a *Analysis) agedSomewhere(e *Entity) bool {
	for _, m := range e.Mentions {
		rest := strings.TrimLeft(a.Text[m.End:min(len(a.Text), m.End+8)], " ")
		if len(rest) > 3 && rest[0] == ',' {
			f := strings.Fields(rest[1:])
			if len(f) > 0 && len(f[0]) >= 2 && f[0][0] >= '1' && f[0][0] <= '9' && strings.HasSuffix(f[0], ",") {
				return true
			}
		}
	}
	return false
}

// mentions reports whether e is named inside span.
func (a *Analysis) mentions(e *Entity, sp Span) bool {
	for _, m := range e.Mentions {
		if sp.Contains(m.Span) {
			return true
		}
	}
	return false
}

func (a *Analysis) paraAt(pos int) int {
	i := sort.Search(len(a.Paras), func(i int) bool { return a.Paras[i].End > pos })
	if i < len(a.Paras) && pos >= a.Paras[i].Start {
		return i
	}
	return -1
}

// inQuote reports whether pos lies inside a quotation's words.
// A transcript turn is speech, but its words are read as prose: "the
// agency said in a statement that …" inside a turn credits the agency.
func (a *Analysis) inQuote(pos int) bool {
	i := a.quoteBefore(pos)
	return i >= 0 && !a.Quotes[i].Transcript && pos >= a.Quotes[i].Span.Start && pos < a.Quotes[i].Span.End
}

// inQuoteOuter reports whether pos lies inside a quotation, marks
// included.
func (a *Analysis) inQuoteOuter(pos int) bool {
	i := a.quoteBefore(pos)
	return i >= 0 && !a.Quotes[i].Transcript && pos < a.Quotes[i].Outer.End
}

// quoteBefore returns the last quotation opening at or before pos, or -1.
func (a *Analysis) quoteBefore(pos int) int {
	i := sort.Search(len(a.Quotes), func(i int) bool { return a.Quotes[i].Outer.Start > pos })
	return i - 1
}

// isCapitalised reports a name: its first letter upper case.
func isCapitalised(s string) bool {
	s = strings.TrimPrefix(strings.TrimPrefix(s, "the "), "The ")
	return s != "" && unicode.IsUpper(firstRune(s))
}

func isPluralDescription(s string) bool {
	l := strings.ToLower(s)
	return strings.HasSuffix(l, "s") && !strings.HasSuffix(l, "ss")
}

// resolveDescription resolves "the official" to the speaker described so
// before, or keeps a fresh description ("a U.S. defense official").
func (a *Analysis) resolveDescription(desc, head string, pos int) attribution {
	d := strings.TrimSpace(desc)
	lower := strings.ToLower(d)
	definite := strings.HasPrefix(lower, "the ") || strings.HasPrefix(lower, "this ")
	core := stripDeterminer(d)
	if definite && documentWords[head] {
		// "the statement said": whoever issued the statement last
		// quoted, and the outlet that carried it.
		for qi := len(a.Quotes) - 1; qi >= 0; qi-- {
			q := a.Quotes[qi]
			if q.Outer.Start >= pos || q.Speaker == "" {
				continue
			}
			if strings.Contains(strings.ToLower(q.Document), head) || a.sentenceMentions(q.Sentence, head) {
				at := attribution{speaker: q.Speaker, entity: q.SpeakerEntity, found: true, indirect: true, outlet: q.AttributedTo, document: q.Document}
				if at.document == "" {
					at.document = core
				}
				return at
			}
			break
		}
		// "Norvik Mining said in a statement that … “…,” the statement
		// said": whoever said it in a statement just before.
		if e := a.issuerOf(head, pos); e != nil {
			at := a.entityAttribution(e, "")
			at.indirect, at.document = true, core
			return at
		}
	}
	if definite && len(strings.Fields(core)) <= 2 {
		// "the official", "the spokesman": someone described before. The
		// last quoted in that role, unless another in it was named since
		// ("Australia coach Grant Reid … said …. “…,” the coach said"
		// after India's coach was quoted).
		var namedSince *Entity
		since := -1
		for _, e := range a.Entities {
			if e.Kind != Person {
				continue
			}
			// The role itself, not a kindred one: "Shadow Chancellor" is
			// not "the Chancellor".
			titled := false
			for _, t := range e.Titles {
				titled = titled || strings.EqualFold(stripDeterminer(t), core) || strings.EqualFold(expandTitle(t), core)
			}
			if !titled {
				continue
			}
			for _, m := range e.Mentions {
				if m.Start < pos && m.Start > since {
					namedSince, since = e, m.Start
				}
			}
		}
		for qi := len(a.Quotes) - 1; qi >= 0; qi-- {
			q := a.Quotes[qi]
			if q.Outer.Start >= pos || q.Speaker == "" {
				continue
			}
			fits := strings.Contains(strings.ToLower(q.Speaker), head)
			if q.SpeakerEntity != nil {
				for _, t := range q.SpeakerEntity.Titles {
					fits = fits || strings.Contains(strings.ToLower(t), head)
				}
			}
			if !fits {
				continue
			}
			if namedSince != nil && namedSince != q.SpeakerEntity && since > q.Outer.End {
				return a.entityAttribution(namedSince, "")
			}
			return attribution{speaker: q.Speaker, entity: q.SpeakerEntity, found: true}
		}
		// The one in that role named last before: "Sen. Daniel Martínez
		// … the senator called the memo …".
		// The role itself first ("the Chancellor", not "the Shadow
		// Chancellor"), then any role of that name.
		for _, exact := range []bool{true, false} {
			var last *Entity
			lastAt := -1
			// Two in that role named in the last two paragraphs ("Sen.
			// Maria Cantwell … noted that Sen. Ted Cruz …"): which one "the
			// senator" is, the words do not say.
			near := map[*Entity]bool{}
			floor := 0
			if pi := a.paraAt(pos); pi > 0 {
				floor = a.Paras[pi-1].Start
			}
			for _, e := range a.Entities {
				fits := false
				for _, t := range e.Titles {
					if exact {
						fits = fits || strings.EqualFold(stripDeterminer(t), core) || expandTitle(t) == strings.ToLower(core)
					} else {
						fits = fits || strings.Contains(strings.ToLower(t), head) || strings.Contains(expandTitle(t), head)
					}
				}
				if !fits {
					continue
				}
				for _, m := range e.Mentions {
					if m.Start < pos && m.Start > lastAt && !a.inQuote(m.Start) {
						last, lastAt = e, m.Start
					}
					if m.Start < pos && m.Start >= floor && !a.inQuote(m.Start) {
						near[e] = true
					}
				}
			}
			if len(near) > 1 {
				return attribution{speaker: core, found: true}
			}
			if last != nil {
				return a.entityAttribution(last, "")
			}
		}
		// "State advocate Pieter Steyn" then "the prosecutor": another
		// name of the same office. The one introduced last.
		if kin := roleKin[head]; kin != nil {
			var best *Entity
			for _, e := range a.Entities {
				if e.Kind != Person || e.Mentions[0].Start >= pos || best != nil && e.Mentions[0].Start < best.Mentions[0].Start {
					continue
				}
				for _, t := range e.Titles {
					// "Justice Minister", "Attorney General": offices of
					// government, not of the court.
					if l := strings.ToLower(t); kin.MatchString(l) && !strings.Contains(l, "minister") && !strings.Contains(l, "general") && !strings.Contains(l, "secretary") {
						best = e
					}
				}
			}
			if best != nil {
				return a.entityAttribution(best, "")
			}
		}
	}
	// "the Brazilian said", "the 31-year-old added": a nationality or an
	// age stands for the person named last.
	if definite && len(strings.Fields(core)) == 1 && (unicode.IsUpper(firstRune(core)) || strings.HasSuffix(strings.ToLower(core), "-year-old")) {
		floor := 0
		if pi := a.paraAt(pos); pi > 1 {
			floor = a.Paras[pi-2].Start
		}
		// Named outside quotations: "we asked Zico to stay," the
		// Brazilian said" is not Zico speaking of himself.
		var best *Mention
		for _, e := range a.Entities {
			// An age can only be a person's; a nationality needs one known.
			// "the 63-year-old" is not the man the story gave as 41.
			if e.Kind != Person || !a.isPerson(e) && !strings.HasSuffix(core, "-year-old") || slices.Contains(e.Forms, core) {
				continue
			}
			if age, ok := a.statedAge(e); ok && strings.HasSuffix(core, "-year-old") && !strings.HasPrefix(core, strconv.Itoa(age)+"-") {
				continue
			}
			for i := range e.Mentions {
				m := &e.Mentions[i]
				if m.End <= pos && m.Start >= floor && !a.inQuote(m.Start) && (best == nil || m.End > best.End) {
					best = m
				}
			}
		}
		if best != nil {
			at := a.entityAttribution(best.Entity, core)
			at.indirect = true
			return at
		}
	}
	// Organisations described by their kind: "the ministry said"; else
	// the body that last spoke ("the ship's manager, Harbour Star
	// Shipping, said …" then "the company said").
	if definite && bodyNouns[head] {
		for i := len(a.Entities) - 1; i >= 0; i-- {
			e := a.Entities[i]
			if e.Kind == Org && strings.Contains(strings.ToLower(e.Name), head) && e.Mentions[0].Start < pos {
				return a.entityAttribution(e, "")
			}
		}
		// "the airline" for "Wusta Air", "the bank" for "Equity Bank":
		// a name that ends in a word of the kind, whatever the name
		// finder took it for.
		var best *Entity
		bestAt := -1
		for _, e := range a.Entities {
			if e.Kind == Place || !slices.Contains(kindNameWords[head], lastWord(e.Name)) {
				continue
			}
			for _, m := range e.Mentions {
				if m.Start < pos && m.Start > bestAt {
					best, bestAt = e, m.Start
				}
			}
		}
		if best != nil {
			return a.entityAttribution(best, "")
		}
		if e := a.bodyThatSpoke(pos); e != nil {
			return a.entityAttribution(e, "")
		}
	}
	return attribution{speaker: core, found: true}
}

// expandTitle writes out an abbreviated title in lower case: "Sen." is
// "senator", "Gov." "governor".
func expandTitle(t string) string {
	l := strings.ToLower(strings.TrimSpace(t))
	if full, ok := titleFull[strings.TrimSuffix(l, ".")]; ok {
		return full
	}
	return l
}

var titleFull = map[string]string{"sen": "senator", "rep": "representative", "gov": "governor", "gen": "general", "col": "colonel",
	"lt": "lieutenant", "capt": "captain", "sgt": "sergeant", "supt": "superintendent", "insp": "inspector", "prof": "professor",
	"dr": "doctor", "adm": "admiral", "cmdr": "commander", "det": "detective", "maj": "major", "brig": "brigadier"}

// roleKin are other names of an office that a story may use for the
// same person: a state advocate is the prosecutor, an attorney the lawyer.
var roleKin = func() map[string]*regexp.Regexp {
	prosecutor := regexp.MustCompile(`\b(?:state|public|crown|senior|deputy) (?:advocate|attorney|counsel|solicitor)\b|\bprosecuting\b|\bdistrict attorney\b|\bprocurator\b|\bfiscal\b|\bprosecution\b`)
	lawyer := regexp.MustCompile(`\b(?:lawyer|attorney|counsel|advocate|barrister|solicitor)\b`)
	judge := regexp.MustCompile(`\b(?:justice|magistrate|judge)\b`)
	return map[string]*regexp.Regexp{
		"prosecutor": prosecutor, "lawyer": lawyer, "attorney": lawyer, "counsel": lawyer, "advocate": lawyer, "barrister": lawyer,
		"judge": judge, "magistrate": judge,
	}
}()

// issuerOf finds who "said in a statement" (or another document word)
// in the sentence of pos or the one before: the subject before "said".
func (a *Analysis) issuerOf(doc string, pos int) *Entity {
	si := a.sentenceAt(pos)
	for s := si; s >= 0 && s >= si-1; s-- {
		toks := a.Tokens[s]
		for k := 1; k+2 < len(toks); k++ {
			if toks[k].Start >= pos || !speechVerbs[toks[k].Lower()] || a.inQuote(toks[k].Start) {
				continue
			}
			after := toks[k+1].Lower() == "in" && strings.Contains(strings.ToLower(joinTokens(a.Text, toks[k+1:min(len(toks), k+5)])), doc)
			// "In a statement dated …, the command said": the document
			// before the subject.
			before := strings.Contains(strings.ToLower(joinTokens(a.Text, toks[:k])), "in a "+doc)
			if !after && !before {
				continue
			}
			if m := a.mentionEnd[toks[k-1].End]; m != nil {
				return m.Entity
			}
			if k >= 2 && toks[k-2].Lower() == "the" {
				if e := a.orgCalled(toks[k-1].Lower(), toks[k-1].Start); e != nil {
					return e // "the command" for U.S. Africa Command
				}
			}
		}
	}
	return nil
}

// orgCalled is the organisation named before pos whose name holds the
// word ("the command" for Southern Command), the one named last.
func (a *Analysis) orgCalled(word string, pos int) *Entity {
	var best *Entity
	last := -1
	for _, e := range a.Entities {
		if e.Kind != Org {
			continue
		}
		has := false
		for _, w := range strings.Fields(strings.ToLower(e.Name)) {
			has = has || w == word
		}
		if !has {
			continue
		}
		for _, m := range e.Mentions {
			if m.Start < pos && m.Start > last {
				best, last = e, m.Start
			}
		}
	}
	return best
}

// bodyNouns describe an organisation by its kind.
var bodyNouns = setOf(`ministry army police government company firm agency operator manager owner group union airline carrier hospital
court council department office authority commission committee organisation organization charity bank insurer club party
coalition federation league militia movement regulator utility developer manufacturer retailer broadcaster university school
command military navy embassy alliance association forum chamber syndicate foundation institute centre center programme observatory
delegation prefecture governorate municipality secretariat directorate inspectorate service board tribunal bureau administration coastguard brigade`)

// kindNameWords are the last words of names of a kind of body.
var kindNameWords = map[string][]string{
	"airline": {"air", "airways", "airlines", "aviation", "jet"}, "carrier": {"air", "airways", "airlines", "shipping", "line", "lines"},
	"bank": {"bank", "bancorp"}, "company": {"corp", "corporation", "inc", "ltd", "limited", "plc", "group", "holdings", "co"},
	"firm":     {"corp", "corporation", "inc", "ltd", "limited", "plc", "group", "holdings", "llp", "partners"},
	"operator": {"shipping", "line", "lines", "energy", "power", "mining", "air", "rail"}, "insurer": {"insurance", "assurance"},
	"hospital": {"hospital", "clinic"}, "university": {"university", "college"}, "club": {"club", "fc"},
}

// bodyThatSpoke finds the organisation named last before pos, in its
// paragraph or the one before, as the subject of "said": "Harbour Star
// Shipping, said in a statement", "Acme Corp said".
func (a *Analysis) bodyThatSpoke(pos int) *Entity {
	floor := 0
	if pi := a.paraAt(pos); pi > 0 {
		// Back over paragraphs that are all quotation (a quotation run
		// over several paragraphs names no one outside its marks).
		k := pi - 1
		for k > 0 && k > pi-4 && a.allQuoted(a.Paras[k]) {
			k--
		}
		floor = a.Paras[k].Start
	}
	var best *Mention
	for _, e := range a.Entities {
		if e.Kind != Org && e.Kind != Place || a.isOutletName(e.Name) { // "Kyiv said": a place that speaks is a body
			continue
		}
		for i := range e.Mentions {
			m := &e.Mentions[i]
			if m.End > pos || m.Start < floor || a.inQuote(m.Start) {
				continue
			}
			rest := strings.TrimLeft(a.Text[m.End:min(len(a.Text), m.End+16)], " ,")
			if !strings.HasPrefix(rest, "said") && !strings.HasPrefix(rest, "says") {
				continue
			}
			if best == nil || m.End > best.End {
				best = m
			}
		}
	}
	if best == nil {
		return nil
	}
	return best.Entity
}

// sentenceMentions reports a word in sentence si outside quotations.
func (a *Analysis) sentenceMentions(si int, word string) bool {
	for _, t := range a.Tokens[si] {
		if t.Kind == TokWord && t.Lower() == word && !a.inQuoteOuter(t.Start) {
			return true
		}
	}
	return false
}

func stripDeterminer(s string) string {
	f := strings.Fields(s)
	for len(f) > 1 {
		l := strings.ToLower(f[0])
		if l == "the" || l == "a" || l == "an" || l == "this" || l == "that" || l == "one" && len(f) > 2 && strings.ToLower(f[1]) == "of" {
			f = f[1:]
			if l == "one" {
				f = f[1:]
			}
			continue
		}
		break
	}
	out := strings.Join(f, " ")
	return strings.TrimFunc(out, func(r rune) bool { return unicode.IsPunct(r) && r != '.' })
}

// atPreps put a name after them in a place or an occasion, not a speaker.
var atPreps = setOf(`at in on from near outside inside during`)
