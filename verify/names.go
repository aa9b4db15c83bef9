package verify

import (
	"regexp"
	"sort"
	"strings"
	"unicode"

	"github.com/provenance-audit/provenance/claims"
)

// person is a named person in the story or a source.
type person struct {
	e   *claims.Entity
	src *claims.Source // nil: the story
	an  *claims.Analysis
}

func (p person) where() string {
	if p.src == nil {
		return "the story"
	}
	return publisherOf(p.src)
}

func (p person) sentence() string {
	if len(p.e.Mentions) == 0 {
		return ""
	}
	m := p.e.Mentions[0]
	for _, x := range p.e.Mentions {
		if x.Text == p.e.Name {
			m = x
			break
		}
	}
	s, _ := sentenceOf(p.an, m.Span)
	return claims.NormalizeSpace(s)
}

func (j *job) people() []person {
	var out []person
	add := func(an *claims.Analysis, src *claims.Source) {
		for _, e := range an.Entities {
			// People of one name count when a role introduces them ("the
			// regent of Lumajang, Hartanto"): alone, one word is too often
			// a surname said again.
			if n := len(strings.Fields(e.Name)); e.Kind == claims.Person && (n >= 2 || n == 1 && len(e.Titles) > 0 && len(e.Forms) == 1) {
				out = append(out, person{e: e, src: src, an: an})
			}
		}
	}
	add(j.story, nil)
	for _, id := range j.sourcesNaming() {
		add(j.analysis(id), j.sources[id])
	}
	return out
}

// sourcesNaming returns the sources whose passages name one of the
// story's people or their aliases, in the order of the fetched sources.
func (j *job) sourcesNaming() []string {
	want := map[string]bool{}
	for _, e := range j.story.Entities {
		if e.Kind != claims.Person {
			continue
		}
		for _, n := range append(append([]string{}, e.Forms...), e.Aliases...) {
			if len(strings.Fields(n)) == 0 {
				continue
			}
			r, err := j.search(claims.Query{Match: n, Limit: 10})
			if err != nil {
				// Without the index, read every source.
				return j.okIDs
			}
			for _, h := range r.Hits {
				want[h.SourceID] = true
			}
		}
	}
	var out []string
	for _, id := range j.okIDs {
		if want[id] {
			out = append(out, id)
		}
	}
	return out
}

// linkName supports a name claim with the sources that name the person
// the same way.
func (j *job) linkName(c *claims.Claim) {
	if c.Entity == nil {
		return
	}
	for _, id := range j.sourcesNaming() {
		an := j.analysis(id)
		for _, e := range an.Entities {
			if e.Kind != claims.Person {
				continue
			}
			if rel, _ := claims.CompareNames(c.Entity.Name, e.Name); rel == claims.SameName {
				src := j.sources[id]
				sent, sp := sentenceOf(an, e.Mentions[0].Span)
				c.Support = append(c.Support, claims.Support{SourceID: id, URL: src.URL, Passage: claims.NormalizeSpace(sent), Relation: claims.Supports,
					Score: 1, Start: sp.Start, End: sp.End, Value: e.Name})
				c.Status = claims.Supported
				break
			}
		}
	}
	if c.Status != claims.Supported {
		c.Note = "no cited source names this person"
	}
}

// judgeNames flags one person under two names: two different full names
// tied by one alias, and spelling variants between the story and a
// source.
func (j *job) judgeNames(cs []claims.Claim) {
	people := j.people()
	claimOf := map[*claims.Entity]string{}
	for _, c := range cs {
		if c.Kind == claims.KindName && c.Entity != nil {
			claimOf[c.Entity] = c.ID
		}
	}
	j.aliasTies(people, claimOf, cs)
	j.variants(people, claimOf, cs)
	j.middleNames(people, claimOf)
	j.otherGivenName(people, claimOf, cs)
	j.surnameSlips(people, claimOf)
	j.givenNameSlips(people, claimOf)
	j.storySpellings(people, claimOf)
}

// otherGivenName flags a story that names a person twice with one surname
// and two given names ("Kwabena Ofori-Atta", later "Kwame Ofori-Atta")
// when the words it gives the second name are credited to a source that
// names only the first: the source ties the two, and the story got one
// of them wrong.
func (j *job) otherGivenName(people []person, claimOf map[*claims.Entity]string, cs []claims.Claim) {
	story, sources := splitPeople(people)
	known := func(e *claims.Entity) bool { return len(namedBy(sources, e, claims.PossiblySame)) > 0 }
	for _, u := range story {
		fu := strings.Fields(u.e.Name)
		if len(fu) < 2 || known(u.e) {
			continue
		}
		for _, k := range story {
			fk := strings.Fields(k.e.Name)
			if k.e == u.e || len(fk) < 2 || claims.NameKey(fk[len(fk)-1]) != claims.NameKey(fu[len(fu)-1]) ||
				len(claims.NameKey(fu[len(fu)-1])) < 4 || claims.NameKey(fk[0]) == claims.NameKey(fu[0]) {
				continue
			}
			if kinWords.MatchString(u.sentence()+" "+k.sentence()) || !rolesAgree(u.e, k.e) {
				continue
			}
			if !known(k.e) {
				continue
			}
			// A source credited for the unknown name's words names the
			// known one.
			var tie *person
			for _, id := range j.creditedAround(u.e, cs) {
				an := j.analysis(id)
				if an == nil {
					continue
				}
				for _, e := range an.Entities {
					if rel, _ := claims.CompareNames(k.e.Name, e.Name); e.Kind == claims.Person && rel >= claims.VariantSpelling {
						tie = &person{e: e, src: j.sources[id], an: an}
						break
					}
				}
				if tie != nil {
					break
				}
			}
			// No source credited: a newcomer with no role, right after
			// the known one was introduced with a role, is the known
			// one under another name; a new person in a news story comes
			// with a role.
			if tie == nil && j.bareAfterRole(u.e, k.e) && j.sourceTies(u.sentence(), u.e.Name, k.e) {
				if ps := namedBy(sources, k.e, claims.VariantSpelling); len(ps) > 0 {
					tie = &ps[0]
				}
			}
			// The source names the other given name too ("Her son Yusuf"):
			// two people.
			if tie == nil || wordIn(tie.an.Text, fu[0]) {
				continue
			}
			j.add(claims.Discrepancy{Kind: claims.DiscName, Severity: claims.Medium, ClaimIDs: claimIDs(claimOf, u.e, k.e),
				Summary: "The story calls him “" + u.e.Name + "” where " + publisherOf(tie.src) + ", which it credits, names “" + tie.e.Name +
					"”, as the story itself does elsewhere. One person under two names; establish the right one.",
				Why: "the same surname with another given name, in words credited to a source that knows only the other",
				Evidence: []claims.Evidence{
					j.articleEvidence(u.e.Name, u.sentence(), nil),
					j.articleEvidence(k.e.Name, k.sentence(), nil),
					j.sourceEvidence(tie.src, tie.e.Name, tie.sentence(), nil),
				}})
		}
	}
}

// sourceTies reports a source passage that carries the words the story
// gives a name, and names the other person: the company's transcript has
// Aigerim Tulegenova say what the story has "Aizhan Tulegenova" say. Two
// men called Singh, one quoted at a hospital and one a police chief, are
// not tied that way.
func (j *job) sourceTies(sentence, name string, k *claims.Entity) bool {
	h, score, err := j.bestPassage(sentence, []string{name, "said", "says", "told"}, nil, 12)
	if err != nil || score < 0.5 {
		return false
	}
	an := j.analysis(h.SourceID)
	if an == nil {
		return false
	}
	// The passage, or the paragraph it opens in, names k.
	from := h.Start
	for i, p := range an.Paras {
		if h.Start >= p.Start && h.Start < p.End {
			from = p.Start
			// "He said the river …" goes on from the paragraph before,
			// which names him.
			if f := strings.Fields(an.Text[p.Start:min(p.End, p.Start+12)]); i > 0 && len(f) > 0 && (f[0] == "He" || f[0] == "She") {
				from = an.Paras[i-1].Start
			}
		}
	}
	for _, e := range an.Entities {
		if rel, _ := claims.CompareNames(k.Name, e.Name); e.Kind != claims.Person || rel < claims.VariantSpelling {
			continue
		}
		for _, m := range e.Mentions {
			if m.Start >= from && m.Start < h.End {
				return true
			}
		}
	}
	// A transcript turn's label ("Aigerim Tulegenova:") is no mention:
	// k's given name in the paragraph will do, or in the label of the turn
	// the paragraph goes on (the turn may run over paragraphs).
	f := strings.Fields(k.Name)
	if len(f) < 2 {
		return false
	}
	if wordIn(an.Text[from:min(len(an.Text), h.End)], f[0]) {
		return true
	}
	for i := len(an.Paras) - 1; i >= 0; i-- {
		p := an.Paras[i]
		if p.Start > from {
			continue
		}
		if m := turnLabel.FindString(an.Text[p.Start:p.End]); m != "" {
			return wordIn(m, f[0])
		}
		if from-p.Start > 3000 {
			break
		}
	}
	return false
}

// bareAfterRole reports u named with no role of its own after k was
// introduced with one: a newcomer to a news story comes with a role.
func (j *job) bareAfterRole(u, k *claims.Entity) bool {
	if len(u.Titles) > 0 || len(k.Titles) == 0 || len(u.Mentions) == 0 || len(k.Mentions) == 0 {
		return false
	}
	return u.Mentions[0].Span.Start > k.Mentions[0].Span.Start
}

// surnameSlips flags a speaker named by one word that is a slip of the
// surname of a person the story named before ("Šafařík said …" after
// "Deputy Finance Minister Ondřej Šafránek"), when the sources know the
// full name and never the slip.
func (j *job) surnameSlips(people []person, claimOf map[*claims.Entity]string) {
	story, sources := splitPeople(people)
	for _, e := range j.story.Entities {
		// people holds full names only; the slip is one word.
		u := person{e: e, an: j.story}
		if e.Kind != claims.Person || len(surnameWords(e.Name)) != 1 || len(e.Mentions) == 0 || len(namedBy(sources, e, claims.PossiblySame)) > 0 {
			continue
		}
		for _, k := range story {
			fk := strings.Fields(k.e.Name)
			// A slip of the keys, or a surname the story never introduced
			// (a newcomer to a news story comes with a given name or a
			// role): either way the words tie it to k below.
			if k.e == u.e || len(fk) < 2 || len(k.e.Mentions) == 0 || k.e.Mentions[0].Start > u.e.Mentions[0].Start ||
				!claims.SurnameSlip(u.e.Name, fk[len(fk)-1]) && (len(u.e.Titles) > 0 || !j.opensReportedSpeech(u)) {
				continue
			}
			known := namedBy(sources, k.e, claims.VariantSpelling)
			if len(known) == 0 || wordIn(known[0].an.Text, u.e.Name) || !j.sourceTies(u.sentence(), u.e.Name, k.e) {
				continue
			}
			j.add(claims.Discrepancy{Kind: claims.DiscName, Severity: claims.Medium, ClaimIDs: claimIDs(claimOf, u.e, k.e),
				Summary: "The story has “" + u.e.Name + "” speak after naming “" + k.e.Name + "”; " + publisherOf(known[0].src) + " knows only “" +
					known[0].e.Name + "”. One person under two spellings; establish the right one.",
				Why: "a one-word name a few letters off the surname of a person named before, found in no source",
				Evidence: []claims.Evidence{
					j.articleEvidence(u.e.Name, u.sentence(), nil),
					j.articleEvidence(k.e.Name, k.sentence(), nil),
					j.sourceEvidence(known[0].src, known[0].e.Name, known[0].sentence(), nil),
				}})
			break
		}
	}
}

// storySpellings flags a person the story spells two ways: a later
// mention by surname alone that the reader takes for the same person but
// that is spelt otherwise ("Karin Lindqvist", then "Lindquist said"),
// when the sources that name the person all spell the surname as the full
// name does and none has the other spelling.
func (j *job) storySpellings(people []person, claimOf map[*claims.Entity]string) {
	story, sources := splitPeople(people)
	for _, u := range story {
		fu := strings.Fields(u.e.Name)
		surname := fu[len(fu)-1]
		key := claims.NameKey(surname)
		known := namedBy(sources, u.e, claims.VariantSpelling)
		if len(known) == 0 {
			continue
		}
		for _, m := range u.e.Mentions {
			fm := strings.Fields(m.Text)
			// "Dr Cheruyot": the surname after an honorific.
			for len(fm) > 1 && claims.IsTitle(fm[0]) {
				fm = fm[1:]
			}
			if len(fm) != 1 {
				continue
			}
			odd := strings.TrimSuffix(strings.TrimSuffix(fm[0], "'s"), "’s")
			ko := claims.NameKey(odd)
			// A slip of a letter or two, not another word the reader
			// took for the name.
			if ko == key || len(ko) < 4 || len(key) < 4 || ko[:2] != key[:2] || claims.EditDistance(ko, key, 2) > 2 ||
				strings.IndexFunc(odd, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' && r != '\'' }) >= 0 {
				continue
			}
			if rel, _ := claims.CompareNames(odd, surname); rel != claims.VariantSpelling {
				continue
			}
			asFull, asOdd := false, false
			for _, k := range known {
				asFull = asFull || wordIn(k.an.Text, surname)
				asOdd = asOdd || wordIn(k.an.Text, odd)
			}
			if !asFull || asOdd {
				continue
			}
			sent, _ := sentenceOf(j.story, m.Span)
			j.add(claims.Discrepancy{Kind: claims.DiscName, Severity: claims.Medium, ClaimIDs: claimIDs(claimOf, u.e),
				Summary: "The story spells “" + u.e.Name + "” and later “" + odd + "”; " + publisherOf(known[0].src) + " has “" +
					known[0].e.Name + "”. One person under two spellings; make them agree.",
				Why: "a surname written two ways in one story, one of them found in no source",
				Evidence: []claims.Evidence{
					j.articleEvidence(u.e.Name, u.sentence(), nil),
					j.articleEvidence(odd, claims.NormalizeSpace(sent), nil),
					j.sourceEvidence(known[0].src, known[0].e.Name, known[0].sentence(), nil),
				}})
			break
		}
	}
}

// surnameWords are a name's words but its particles: "delos Santos" is
// one surname.
func surnameWords(name string) []string {
	var out []string
	for _, w := range strings.Fields(name) {
		if !claims.IsParticle(w) {
			out = append(out, w)
		}
	}
	return out
}

// givenNameSlips flags a full name that shares its family name with a
// person the story named before but has another given name, when no
// source knows it and the source that tells what it did or said gives
// that to the person named before ("Matsubara Hiroshi, Suo Kasei's
// president, said …" then "Matsubara Takashi bowed … and said …", which
// the wire reports of Hiroshi Matsubara). Two relatives both in the
// sources, or a newcomer with a role of their own, are left alone.
func (j *job) givenNameSlips(people []person, claimOf map[*claims.Entity]string) {
	story, sources := splitPeople(people)
	for _, u := range story {
		fu := strings.Fields(u.e.Name)
		if len(fu) != 2 || len(u.e.Mentions) == 0 || len(namedBy(sources, u.e, claims.PossiblySame)) > 0 {
			continue
		}
		// A slip happens once, to someone with no role or kin of their own
		// ("his son Tomasz Nowak" is another person).
		if len(u.e.Mentions) > 1 || j.kinBefore(u.e) {
			continue
		}
		for _, k := range story {
			fk := strings.Fields(k.e.Name)
			// A role of u's own must be k's ("Vinod Srivastava, the DRM"
			// after "Divisional Railway Manager (DRM) Vivek Kumar
			// Srivastava").
			if k.e == u.e || len(fk) < 2 || len(k.e.Mentions) == 0 || k.e.Mentions[0].Start > u.e.Mentions[0].Start {
				continue
			}
			// k's role: its titles, or the words right before its first
			// mention ("Sonpur Divisional Railway Manager (DRM) Vivek …").
			m0 := k.e.Mentions[0]
			kRole := strings.ToLower(strings.Join(k.e.Titles, " ") + " " + j.story.Text[max(0, m0.Start-50):m0.Start])
			if len(k.e.Titles) == 0 && !strings.ContainsAny(j.story.Text[max(0, m0.Start-3):m0.Start], ")") {
				continue
			}
			// A role of u's own must be k's, said in a distinctive word
			// ("the DRM"), not a title a hundred share ("Sen.").
			if len(u.e.Titles) > 0 && !roleIn(u.e.Titles, kRole) {
				continue
			}
			// The family name the same, the given name not: the family
			// name is the last word, or the first where a source writes
			// the name the other way round ("Hiroshi Matsubara" for
			// "Matsubara Hiroshi").
			known := namedBy(sources, k.e, claims.VariantSpelling)
			if len(known) == 0 {
				continue
			}
			// Family and given name: last and first, or first and last
			// where the source turns a two-word name round.
			uf, ug, kfam, kgiv := fu[1], fu[0], fk[len(fk)-1], fk[0]
			if kf := strings.Fields(known[0].e.Name); len(fk) == 2 && len(kf) == 2 && strings.EqualFold(kf[1], fk[0]) && !strings.EqualFold(kf[0], fk[0]) {
				uf, ug, kfam, kgiv = fu[0], fu[1], fk[0], fk[1]
			}
			if uf != kfam || ug == kgiv {
				continue
			}
			if !j.sourceTies(u.sentence(), u.e.Name, k.e) {
				continue
			}
			// The source's "Hiroshi Matsubara" is the story's "Matsubara
			// Hiroshi" in another order: shown by the story's name, the
			// source's own words in its sentence.
			value := known[0].e.Name
			if rel, _ := claims.CompareNames(value, k.e.Name); rel == claims.SameName {
				value = k.e.Name
			}
			j.add(claims.Discrepancy{Kind: claims.DiscName, Severity: claims.Medium, ClaimIDs: claimIDs(claimOf, u.e, k.e),
				Summary: "The story names “" + u.e.Name + "” where " + publisherOf(known[0].src) + " tells the same of “" + known[0].e.Name +
					"”, whom the story calls “" + k.e.Name + "”. One person under two given names; establish the right one.",
				Why: "a full name sharing the family name of a person named before, found in no source, for what a source gives to that person",
				Evidence: []claims.Evidence{
					j.articleEvidence(u.e.Name, u.sentence(), nil),
					j.articleEvidence(k.e.Name, k.sentence(), nil),
					j.sourceEvidence(known[0].src, value, known[0].sentence(), nil),
				}})
			break
		}
	}
}

// roleIn reports the initials of an office in one of the titles that
// text also has: "the DRM" and "… Railway Manager (DRM)".
func roleIn(titles []string, text string) bool {
	for _, t := range titles {
		for _, w := range strings.Fields(t) {
			w = strings.Trim(w, ",.;:()")
			// Initials of an office ("DRM", "SHO"): a word of a role
			// ("station", "police") is shared by too many.
			if len(w) >= 2 && strings.ToUpper(w) == w && strings.ToLower(w) != w && wordIn(text, w) {
				return true
			}
		}
	}
	return false
}

// kinBefore reports a person the story speaks of as someone's kin: "his
// son Tomasz Nowak", "Tomasz Nowak was among the injured, his father
// said".
func (j *job) kinBefore(e *claims.Entity) bool {
	for _, m := range e.Mentions {
		before := strings.Fields(j.story.Text[max(0, m.Start-40):m.Start])
		if len(before) > 3 {
			before = before[len(before)-3:]
		}
		sent, _ := sentenceOf(j.story, m.Span)
		if kinWords.MatchString(strings.Join(before, " ")) || kinWords.MatchString(sent) {
			return true
		}
	}
	return false
}

// opensReportedSpeech reports a one-word name that opens its sentence
// as the subject of reported speech ("Carvajal said the government had
// …"), the way a story goes on about someone it introduced; not an
// interviewee given a first name after a quotation ("“…,” Maria said").
func (j *job) opensReportedSpeech(u person) bool {
	m := u.e.Mentions[0]
	// "…, delos Santos said.": the speaker of what comes before.
	after := strings.Fields(j.story.Text[m.End:min(len(j.story.Text), m.End+12)])
	if len(after) > 0 && (strings.HasPrefix(after[0], "said") || strings.HasPrefix(after[0], "told") || strings.HasPrefix(after[0], "added")) {
		return true
	}
	for _, s := range j.story.Sentences {
		if m.Start >= s.Start && m.Start < s.End {
			return strings.TrimSpace(j.story.Text[s.Start:m.Start]) == ""
		}
	}
	return false
}

// rolesAgree reports two people whose roles, where both have one, share
// a word ("NADMO's public relations officer", "NADMO's spokesman"): a
// police commissioner and a shopkeeper are two people. A description
// that is not a role ("who runs a training camp") says nothing.
func rolesAgree(a, b *claims.Entity) bool {
	roles := func(e *claims.Entity) []string {
		var out []string
		for _, t := range e.Titles {
			l := strings.ToLower(t)
			if strings.HasPrefix(l, "who ") || strings.HasPrefix(l, "whose ") || strings.HasPrefix(l, "which ") {
				continue
			}
			out = append(out, l)
		}
		return out
	}
	ra, rb := roles(a), roles(b)
	if len(ra) == 0 || len(rb) == 0 {
		return true
	}
	for _, x := range ra {
		for _, wx := range strings.Fields(x) {
			// "(DRM)" and "the DRM": initials count.
			wx = strings.Trim(wx, ",.;:()")
			if len([]rune(wx)) < 3 || stopwords[wx] {
				continue
			}
			for _, y := range rb {
				for _, wy := range strings.Fields(y) {
					if strings.Trim(wy, ",.;:()") == wx {
						return true
					}
				}
			}
		}
	}
	return false
}

// wordIn reports word as a whole word of text, any case.
func wordIn(text, word string) bool {
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' && r != '\'' }) {
		if strings.EqualFold(w, word) {
			return true
		}
	}
	return false
}

// splitPeople parts the story's people from the sources'.
func splitPeople(people []person) (story, sources []person) {
	for _, p := range people {
		if p.src == nil {
			story = append(story, p)
		} else {
			sources = append(sources, p)
		}
	}
	return story, sources
}

// namedBy is the people of the sources whose names relate to e's at
// least as closely as min.
func namedBy(sources []person, e *claims.Entity, min claims.NameRelation) []person {
	var out []person
	for _, p := range sources {
		if rel, _ := claims.CompareNames(e.Name, p.e.Name); rel >= min {
			out = append(out, p)
		}
	}
	return out
}

// claimIDs is the name claims of the entities that have one.
func claimIDs(claimOf map[*claims.Entity]string, ents ...*claims.Entity) []string {
	var ids []string
	for _, e := range ents {
		if id, ok := claimOf[e]; ok {
			ids = append(ids, id)
		}
	}
	return ids
}

// creditedAround is the sources credited for the claims in the
// sentences that name e.
func (j *job) creditedAround(e *claims.Entity, cs []claims.Claim) []string {
	var out []string
	for _, m := range e.Mentions {
		_, sp := sentenceOf(j.story, m.Span)
		for i := range cs {
			c := &cs[i]
			if c.Start >= sp.Start && c.End <= sp.End || c.Start <= sp.Start && c.End >= sp.End {
				for _, id := range j.credited[c.ID] {
					out = appendUnique(out, id)
				}
			}
		}
	}
	return out
}

// middleNames flags a story that gives one given name and surname two
// different middle parts ("José Arnaldo Queiroz Barreto", later "José
// Roberto Barreto") when the sources know only one of the two, or the
// story gives both the same role: one person under two names.
func (j *job) middleNames(people []person, claimOf map[*claims.Entity]string) {
	story, sources := splitPeople(people)
	for i, a := range story {
		for _, b := range story[i+1:] {
			// Two relatives share names ("Carlos Alberto Souza … his
			// brother, Carlos Eduardo Souza"); two people named side by
			// side are two. One person under two names is said in two
			// places, with one role, and the sources know one name.
			if !otherMiddle(a.e.Name, b.e.Name) || a.sentence() == b.sentence() || kinWords.MatchString(a.sentence()+" "+b.sentence()) {
				continue
			}
			na, nb := namedBy(sources, a.e, claims.VariantSpelling), namedBy(sources, b.e, claims.VariantSpelling)
			if (len(na) > 0) == (len(nb) > 0) || len(a.e.Titles) == 0 || len(b.e.Titles) == 0 || !rolesAgree(a.e, b.e) {
				continue
			}
			ev := []claims.Evidence{j.articleEvidence(a.e.Name, a.sentence(), nil), j.articleEvidence(b.e.Name, b.sentence(), nil)}
			known := ""
			for _, p := range append(na, nb...) {
				ev = append(ev, j.sourceEvidence(p.src, p.e.Name, p.sentence(), nil))
				known = p.e.Name
			}
			ids := claimIDs(claimOf, a.e, b.e)
			summary := "The story names both “" + a.e.Name + "” and “" + b.e.Name + "”: the same given name and surname with different names between"
			if known != "" {
				summary += "; the sources know only “" + known + "”"
			}
			j.add(claims.Discrepancy{Kind: claims.DiscName, Severity: claims.Medium, ClaimIDs: ids, Evidence: ev,
				Summary: summary + ". One person under two names, or two people; establish the right name.",
				Why:     "the given names and surnames agree, the middle names do not, and the sources or the roles tie the two"})
		}
	}
}

// otherMiddle reports two names with the same first and last parts and
// different, non-empty parts between ("José Arnaldo Queiroz Barreto",
// "José Roberto Barreto"); a name that leaves out a middle part is a
// short form, not another name.
func otherMiddle(a, b string) bool {
	fa, fb := strings.Fields(a), strings.Fields(b)
	if len(fa) < 3 || len(fb) < 3 {
		return false
	}
	key := claims.NameKey
	if key(fa[0]) != key(fb[0]) || key(fa[len(fa)-1]) != key(fb[len(fb)-1]) {
		return false
	}
	ma, mb := fa[1:len(fa)-1], fb[1:len(fb)-1]
	// A patronymic chain ("bin Mohammed", "Petrovich") or a short
	// syllable of a given name ("Nguyen Van Thanh", "Park Ji Hye") names
	// the father or the person: another man, not another name.
	core := func(ws []string) []string {
		var out []string
		for _, w := range ws {
			if !claims.IsParticle(strings.ToLower(w)) {
				out = append(out, w)
			}
		}
		return out
	}
	for _, w := range append(append([]string{}, ma...), mb...) {
		l := strings.ToLower(w)
		if sonOf[l] || !claims.IsParticle(l) && (len([]rune(l)) < 4 || patronymic.MatchString(l)) {
			return false
		}
	}
	ma, mb = core(ma), core(mb)
	// Parts both names share ("Ana María Herrera Vidal", "Ana Lucía
	// Herrera Vidal") say nothing; the rest must differ on both sides.
	rest := func(xs, ys []string) []string {
		var out []string
		for _, x := range xs {
			shared := false
			for _, y := range ys {
				if key(x) == key(y) {
					shared = true
				}
			}
			if !shared {
				out = append(out, x)
			}
		}
		return out
	}
	ma, mb = rest(ma, mb), rest(mb, ma)
	if len(ma) == 0 || len(mb) == 0 {
		return false
	}
	for _, x := range ma {
		for _, y := range mb {
			kx, ky := key(x), key(y)
			// Initials and spellings fit: "José R. Barreto", "Roberto"/"Roberta".
			if kx == ky || len(kx) == 1 && strings.HasPrefix(ky, kx) || len(ky) == 1 && strings.HasPrefix(kx, ky) || claims.EditDistance(kx, ky, 2) <= 1 {
				return false
			}
		}
	}
	return true
}

// kinWords tell of relatives, who often share names.
var kinWords = regexp.MustCompile(`(?i)\b(?:brother|brothers|sister|sisters|son|sons|daughter|daughters|father|mother|wife|husband|cousin|uncle|aunt|nephew|niece|sibling|siblings|relative|relatives|grandson|granddaughter|grandfather|grandmother|twin)\b`)

// sonOf are the words of a lineage: "bin Rashid", "ould Abdallah".
var sonOf = map[string]bool{"bin": true, "ibn": true, "bint": true, "ben": true, "ould": true, "binti": true, "bte": true, "ap": true}

// patronymic is a father's name made a middle name: Petrovich, Ivanovna,
// Aliyevich, Ahmadoglu, Nurlanuly.
var patronymic = regexp.MustCompile(`(?:ovich|evich|ovna|evna|yevich|ievich|ich|oglu|ogly|uly|kyzy|qizi)$`)

func (j *job) aliasTies(people []person, claimOf map[*claims.Entity]string, cs []claims.Claim) {
	byAlias := map[string][]person{}
	var aliases []string
	aliasText := map[string]string{}
	for _, p := range people {
		for _, a := range p.e.Aliases {
			k := claims.NameKey(a)
			if k == "" {
				continue
			}
			if _, ok := byAlias[k]; !ok {
				aliases = append(aliases, k)
				aliasText[k] = a
			}
			byAlias[k] = append(byAlias[k], p)
		}
	}
	for _, k := range aliases {
		ps := byAlias[k]
		// Cluster the full names: spelling variants are one name.
		var names []string
		holders := map[string][]person{}
		for _, p := range ps {
			placed := false
			for _, n := range names {
				if rel, _ := claims.CompareNames(n, p.e.Name); rel >= claims.VariantSpelling {
					holders[n] = append(holders[n], p)
					placed = true
					break
				}
			}
			if !placed {
				names = append(names, p.e.Name)
				holders[p.e.Name] = append(holders[p.e.Name], p)
			}
		}
		if len(names) < 2 {
			continue
		}
		storyNames := 0
		var ev []claims.Evidence
		var parts []string
		var ids []string
		for _, n := range names {
			inStory := false
			var where []string
			for _, p := range holders[n] {
				if p.src == nil {
					inStory = true
					ev = append(ev, j.articleEvidence(p.e.Name, p.sentence(), nil))
					if id, ok := claimOf[p.e]; ok {
						ids = append(ids, id)
					}
				} else {
					ev = append(ev, j.sourceEvidence(p.src, p.e.Name, p.sentence(), nil))
				}
				where = appendUnique(where, p.where())
			}
			if inStory {
				storyNames++
			}
			parts = append(parts, n+" ("+strings.Join(where, ", ")+")")
		}
		if storyNames == 0 {
			continue
		}
		sev := claims.Medium
		if storyNames >= 2 {
			sev = claims.High
		}
		j.add(claims.Discrepancy{Kind: claims.DiscName, Severity: sev, ClaimIDs: ids, Evidence: ev,
			Summary: "“" + aliasText[k] + "” is given as the alias of " + strings.Join(parts, " and of ") + ": one person under two names, or two people; establish the right name.",
			Why:     "the same alias is introduced for different full names (compared without case, particles, hyphens and diacritics)"})
	}
}

func appendUnique(xs []string, x string) []string {
	for _, y := range xs {
		if y == x {
			return xs
		}
	}
	return append(xs, x)
}

func (j *job) variants(people []person, claimOf map[*claims.Entity]string, cs []claims.Claim) {
	type pair struct{ story, other string }
	done := map[pair]bool{}
	for _, sp := range people {
		if sp.src != nil {
			continue
		}
		var others []person
		for _, p := range people {
			if p.src == nil {
				continue
			}
			rel, _ := claims.CompareNames(sp.e.Name, p.e.Name)
			if (rel != claims.VariantSpelling && !sameRoleMisspelt(sp.e, p.e)) || sameSurface(sp.e.Name, p.e.Name) || finalEhOnly(sp.e.Name, p.e.Name) {
				continue
			}
			others = append(others, p)
		}
		// A source that spells the name the story's way backs it: the
		// others transliterate differently ("al-Jarmouzi" in Reuters and
		// the story, "al-Jarmuzi" in the agency that writes it its way).
		if len(others) == 0 || spelledAsStory(people, sp) || j.someSourceWrites(sp.e.Name, others[0].e.Name) {
			continue
		}
		sort.SliceStable(others, func(a, b int) bool { return others[a].where() < others[b].where() })
		// One finding per spelling, accents aside: "Mélanie Desrosiers"
		// and "Melanie Desrosiers" are one spelling against the story's.
		byName := map[string][]string{}
		shown := map[string]string{}
		var order []string
		for _, o := range others {
			key := claims.NameKey(o.e.Name)
			if _, ok := byName[key]; !ok {
				order = append(order, key)
				shown[key] = o.e.Name
			}
			byName[key] = appendUnique(byName[key], o.where())
		}
		for _, key := range order {
			n := shown[key]
			k := pair{sp.e.Name, key}
			if done[k] {
				continue
			}
			done[k] = true
			rel, reason := claims.CompareNames(sp.e.Name, n)
			if rel != claims.VariantSpelling {
				reason = "the same given name and role; the surnames differ by a few letters"
			}
			ev := []claims.Evidence{j.articleEvidence(sp.e.Name, sp.sentence(), nil)}
			for _, o := range others {
				if claims.NameKey(o.e.Name) == key {
					ev = append(ev, j.sourceEvidence(o.src, o.e.Name, o.sentence(), nil))
				}
			}
			var ids []string
			if id, ok := claimOf[sp.e]; ok {
				ids = []string{id}
			}
			// The story's main people misspelt throughout, where two
			// sources or more agree on another spelling: more than a slip.
			sev := claims.Low
			if len(byName[key]) >= 2 && len(sp.e.Mentions) >= 3 {
				sev = claims.Medium
			}
			j.add(claims.Discrepancy{Kind: claims.DiscName, Severity: sev, ClaimIDs: ids, Evidence: ev,
				Summary: "The story spells “" + sp.e.Name + "” where " + strings.Join(byName[key], ", ") + " has “" + n + "”; check the spelling.",
				Why:     reason})
		}
	}
}

// sameRoleMisspelt reports two names with the same given name and
// surnames a letter apart ("Anyawu", "Anyanwu"), or a few letters apart
// with the same role ("Public Security Minister"; "Desroches",
// "Desrosiers"): one person, misspelt on one side.
func sameRoleMisspelt(a, b *claims.Entity) bool {
	fa, fb := strings.Fields(a.Name), strings.Fields(b.Name)
	// People of one name ("the regent of Lumajang, Hartanto"; "Lumajang
	// Regent Hartono"): a letter or two apart in the same role.
	if len(fa) == 1 && len(fb) == 1 {
		sa, sb := claims.NameKey(fa[0]), claims.NameKey(fb[0])
		if sa == sb || len(sa) < 5 || len(sb) < 5 || sa[:3] != sb[:3] || claims.EditDistance(sa, sb, 3) > 3 {
			return false
		}
		return sameRole(a, b)
	}
	if len(fa) < 2 || len(fb) < 2 || len(fa) != len(fb) && (len(a.Titles) == 0 || len(b.Titles) == 0) {
		return false
	}
	if claims.NameKey(fa[0]) != claims.NameKey(fb[0]) {
		return false
	}
	sa, sb := claims.NameKey(fa[len(fa)-1]), claims.NameKey(fb[len(fb)-1])
	if sa == sb || len(sa) < 5 || len(sb) < 5 || sa[:3] != sb[:3] {
		return false
	}
	// One letter apart, with the same given name, is a slip of the keys
	// ("Anyawu", "Anyanwu"), whatever the roles say.
	if d := claims.EditDistance(sa, sb, 3); d <= 1 && len(fa) == len(fb) {
		return true
	} else if d > 3 {
		return false
	}
	return sameRole(a, b)
}

// sameRole reports two people given the same role in the same place.
func sameRole(a, b *claims.Entity) bool {
	for _, ta := range a.Titles {
		for _, tb := range b.Titles {
			if shareRoleWord(ta, tb) && !otherPlace(ta, tb) {
				return true
			}
		}
	}
	return false
}

// otherPlace reports titles that name different places or bodies after
// the role: "police spokesman in Mosul", "police spokesman in Basra".
func otherPlace(a, b string) bool {
	tail := func(t string) map[string]bool {
		out := map[string]bool{}
		f := strings.Fields(t)
		for i, w := range f {
			if i > 0 && (f[i-1] == "in" || f[i-1] == "of" || f[i-1] == "for" || f[i-1] == "at") {
				if r := []rune(w); len(r) > 0 && r[0] >= 'A' && r[0] <= 'Z' {
					out[strings.ToLower(strings.Trim(w, ",."))] = true
				}
			}
		}
		return out
	}
	ta, tb := tail(a), tail(b)
	if len(ta) == 0 || len(tb) == 0 {
		return false
	}
	for w := range ta {
		if tb[w] {
			return false
		}
	}
	return true
}

// shareRoleWord reports two titles with a word of role in common
// ("Public Security Minister", "Minister of Public Security").
func shareRoleWord(a, b string) bool {
	wa := map[string]bool{}
	for _, w := range strings.Fields(strings.ToLower(a)) {
		if len(w) > 3 {
			wa[w] = true
		}
	}
	n := 0
	for _, w := range strings.Fields(strings.ToLower(b)) {
		if wa[w] {
			n++
		}
	}
	return n >= 2 || n == 1 && len(wa) == 1
}

// someSourceWrites reports a source whose text has the words in which
// the story's spelling differs from another's, as the story writes them
// ("Talukdar" in a results table the reader did not take for a name):
// a spelling some source uses is no slip of the story's.
func (j *job) someSourceWrites(story, other string) bool {
	otherWords := map[string]bool{}
	for _, w := range strings.Fields(other) {
		otherWords[strings.ToLower(w)] = true
	}
	var diff []string
	for _, w := range strings.Fields(story) {
		if !otherWords[strings.ToLower(w)] && len(w) > 2 {
			diff = append(diff, w)
		}
	}
	if len(diff) == 0 {
		return false
	}
	// The story's name whole, as the story writes it, not its odd word
	// anywhere on the page ("Ama Asamuah, a nurse" is no "Kofi Asamuah").
	name := strings.ToLower(strings.Join(strings.Fields(story), " "))
	for _, id := range j.okIDs {
		src := j.sources[id]
		if src == nil || src.Doc == nil {
			continue
		}
		if claims.PhraseIn(strings.ToLower(strings.Join(strings.Fields(src.Doc.Text), " ")), name) {
			return true
		}
	}
	return false
}

// spelledAsStory reports a source naming the person exactly as the story
// does, among the sources that name them.
func spelledAsStory(people []person, sp person) bool {
	for _, p := range people {
		// "Mohammad-Reza Hosseini" spells "Mohammadreza Hosseini" as the
		// story does: the same letters.
		if p.src == nil || !sameSurface(sp.e.Name, p.e.Name) && claims.NameKey(sp.e.Name) != claims.NameKey(p.e.Name) {
			continue
		}
		return true
	}
	return false
}

// finalEhOnly reports two names that differ only where one ends a word in
// "-eh" and the other in "-e" (the Persian final he, romanised with or
// without its h: "Karimzadeh", "Karimzade"), writes a long vowel double
// ("Kumaar", "Kumar"), or begins a word with Ch or Kh where the other
// has H (the Greek Χ romanised two ways: "Chatzigeorgiou",
// "Hatzigeorgiou"). These are conventions of romanisation, not slips.
func finalEhOnly(a, b string) bool {
	fa, fb := strings.Fields(strings.ToLower(a)), strings.Fields(strings.ToLower(b))
	if len(fa) != len(fb) {
		return false
	}
	diff := false
	for i := range fa {
		x, y := fa[i], fb[i]
		if x == y {
			continue
		}
		if len(x) < len(y) {
			x, y = y, x
		}
		if len(y) >= 5 && y[0] == 'h' && (strings.HasPrefix(x, "ch") || strings.HasPrefix(x, "kh")) && x[1:] == y {
			diff = true
			continue
		}
		// "Kumaar" for "Kumar": a long a written double, as South Asian
		// names are; not "Moore" for "More" (English spellings).
		undouble := strings.NewReplacer("aa", "a")
		if (!strings.HasSuffix(x, "eh") || x[:len(x)-1] != y) && undouble.Replace(x) != undouble.Replace(y) || len(y) < 4 {
			return false
		}
		diff = true
	}
	return diff
}

func sameSurface(a, b string) bool {
	return strings.EqualFold(strings.Join(strings.Fields(a), " "), strings.Join(strings.Fields(b), " "))
}
