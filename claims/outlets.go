package claims

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// mediaNouns name what an outlet is: "the Antwerp daily De Morgen",
// "state television Radio Kano", "the official Sawt news agency".
var mediaNouns = setOf(`newspaper newspapers paper daily weekly monthly magazine tabloid broadcaster television tv radio channel station
agency network website outlet programme program newswire wire bulletin podcast`)

// pressWords in a name make it an outlet's: "The Daily Herald", "Kiva
// TV", "Meridian Press".
var pressWords = setOf(`news press times post journal herald tribune gazette guardian telegraph chronicle observer reporter radio
television tv broadcasting channel media wire agency daily weekly magazine network
ledger dispatch courier mirror sentinel bulletin examiner inquirer kurier`)

// nameParticles may sit inside a capitalised name: "La Voix du Sahel".
var nameParticles = setOf(`de du des la le di da del della van von of al el`)

// audienceWords after "told" are people, not outlets: "told reporters at
// the scene".
var audienceWords = setOf(`reporters journalists press lawmakers legislators parliament congress senators judges jurors court
crowd crowds supporters residents students staff employees officials investigators police him her them me us you colleagues`)

// outletAfter reads the outlet named by the phrase starting at token k,
// after "told", "in an interview with", "carried by" or "on": the
// name after a media noun ("the Lviv newspaper Lvivskyi Vistnyk"),
// the name before one ("the Huthi-run Saba news agency"), or a name that
// is plainly an outlet. person reports that the phrase names a person.
func (a *Analysis) outletAfter(toks []Token, k int) (outlet string, person bool) {
	for k < len(toks) && toks[k].Kind == TokWord && adverbs[toks[k].Lower()] {
		k++
	}
	if k >= len(toks) || toks[k].Kind != TokWord {
		return "", false
	}
	first := k
	if l := toks[k].Lower(); (l == "the" || l == "a" || l == "an") && k+1 < len(toks) {
		first = k + 1
	}
	if audienceWords[toks[first].Lower()] {
		return "", false
	}
	// The noun phrase: words up to punctuation or a lower-case word that
	// is neither a modifier nor a media noun ("that", "on", "late").
	end := k
	for end < len(toks) && end < k+12 {
		t := toks[end]
		if t.Kind != TokWord {
			if (t.Text == "'" || t.Text == "’") && end > k {
				end++ // "the rebels' Al-Masirah television"
				continue
			}
			break
		}
		l := t.Lower()
		if !isCapitalised(t.Text) && !mediaNouns[l] && !nameParticles[l] && !npModifier(l, end == k) && !mediaAhead(toks, end) {
			break
		}
		end++
	}
	np := toks[k:end]
	if len(np) == 0 {
		return "", false
	}
	// A media noun with a name after it, or before it.
	for h := len(np) - 1; h >= 0; h-- {
		if !mediaNouns[np[h].Lower()] || isCapitalised(np[h].Text) {
			continue
		}
		if name := capitalRun(np[h+1:], true); name != nil {
			return joinTokens(a.Text, name), false
		}
		lo := h
		for lo > 0 && mediaNouns[np[lo-1].Lower()] || lo > 0 && np[lo-1].Lower() == "news" {
			lo--
		}
		if name := capitalRun(np[:lo], false); name != nil {
			return joinTokens(a.Text, name), false
		}
		return "", false
	}
	// A bare name: "told Radio Sur", "to S4C's Newyddion".
	start := 0
	if l := np[0].Lower(); l == "the" || l == "a" || l == "an" {
		start = 1
	}
	name := capitalRun(np[start:], true)
	if name == nil || len(name) != len(np)-start {
		return "", false
	}
	for i, t := range name {
		// "TG4's Nuacht": the outlet owns the programme.
		if hasPossessive(t.Text) && i < len(name)-1 {
			return strings.TrimSuffix(strings.TrimSuffix(t.Text, "'s"), "’s"), false
		}
	}
	text := joinTokens(a.Text, name)
	// "Chancellor Brandt": the mention may start after a title.
	m := a.mentionWithin(name[0].Start, name[len(name)-1].End)
	if m != nil && m.Entity.Kind != Person && m.End == name[len(name)-1].End && m.Entity.Name != "" {
		// "the AP" for "The Associated Press": the fullest name.
		text = m.Entity.Name
	}
	if a.isOutletName(text) || a.isOutletName(joinTokens(a.Text, name)) {
		return text, false
	}
	for _, t := range name {
		// "told the Senate Intelligence Committee": an institution.
		if l := t.Lower(); orgWords[l] && !mediaNouns[l] && !pressWords[l] {
			return "", false
		}
	}
	if m == nil || m.Entity.Kind != Person {
		return text, false
	}
	if a.onlyAddressed(m.Entity) {
		return text, false
	}
	return "", true
}

// mediaAhead reports a media noun within the next three words: "the
// Portuguese sports daily Record".
func mediaAhead(toks []Token, k int) bool {
	for j := k + 1; j < len(toks) && j <= k+3; j++ {
		if toks[j].Kind != TokWord {
			return false
		}
		if mediaNouns[toks[j].Lower()] {
			return true
		}
	}
	return false
}

// npModifier reports lower-case words that may modify an outlet's name:
// "state", "official", "French maritime", "Huthi-run".
func npModifier(l string, first bool) bool {
	switch l {
	case "the", "a", "an":
		return first
	case "state", "official", "local", "national", "regional", "public", "private", "independent", "online", "news", "maritime",
		"business", "financial", "economic", "daily", "weekly", "monthly", "evening", "morning", "sunday", "pro-government", "opposition",
		"government", "government-run", "state-run", "state-owned", "privately", "owned", "affiliated", "satellite", "broadcaster":
		return true
	}
	return strings.HasSuffix(l, "-run") || strings.HasSuffix(l, "-owned") || strings.HasSuffix(l, "-based") || strings.HasSuffix(l, "-language") || strings.HasSuffix(l, "-affiliated") || strings.HasSuffix(l, "-backed")
}

// capitalRun returns the run of capitalised tokens at the front of toks
// (fromStart) or at their end, letting name particles sit inside it.
func capitalRun(toks []Token, fromStart bool) []Token {
	capital := func(t Token) bool {
		r := firstRune(t.Text)
		return t.Kind == TokWord && (unicode.IsUpper(r) || unicode.IsDigit(r))
	}
	if fromStart {
		n := 0
		for n < len(toks) && (capital(toks[n]) || nameParticles[toks[n].Lower()] && n+1 < len(toks) && capital(toks[n+1]) && n > 0) {
			n++
		}
		if n == 0 {
			return nil
		}
		return toks[:n]
	}
	i := len(toks)
	for i > 0 && (capital(toks[i-1]) || nameParticles[toks[i-1].Lower()] && i < len(toks) && i-1 > 0 && capital(toks[i-2])) {
		i--
	}
	if i == len(toks) {
		return nil
	}
	// "the Huthi-run Saba": a hyphenated modifier is not the name.
	for i < len(toks) && strings.Contains(toks[i].Text, "-") && i < len(toks)-1 {
		i++
	}
	return toks[i:]
}

// onlyAddressed reports an entity guessed a person that the document only
// ever names as the one told or interviewed ("told Radio Sur"), never with
// a title or as a subject: such a name is an outlet, not a person.
func (a *Analysis) onlyAddressed(e *Entity) bool {
	if len(e.Titles) > 0 || a.quoted[e] {
		return false
	}
	for _, m := range e.Mentions {
		if m.Title != "" {
			return false
		}
		if inByline(a.Text, m.Start) {
			continue // "By Ana Ruiz, correspondent, Radio Sur Internacional"
		}
		before := strings.ToLower(strings.TrimSpace(a.Text[max(0, m.Start-24):m.Start]))
		fs := strings.Fields(before)
		if len(fs) == 0 {
			return false
		}
		switch fs[len(fs)-1] {
		case "told", "to", "with", "by":
		default:
			return false
		}
	}
	return true
}

// inByline reports a position on a short line that opens with "By ".
func inByline(text string, pos int) bool {
	start := strings.LastIndexByte(text[:pos], '\n') + 1
	end := strings.IndexByte(text[pos:], '\n')
	if end < 0 {
		end = len(text) - pos
	}
	line := text[start : pos+end]
	return len(line) < 240 && (strings.HasPrefix(line, "By ") || strings.HasPrefix(line, "BY "))
}

// IsNameLike reports words that name something rather than say it: one to
// five words, each capitalised but for joining words ("Fire Service",
// "Ministry of Health", "BNPB"), not "said in a statement".
func IsNameLike(s string) bool {
	words := strings.Fields(strings.TrimPrefix(strings.TrimSpace(s), "the "))
	if len(words) == 0 || len(words) > 5 {
		return false
	}
	for i, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && (i == 0 || !isConnector(strings.ToLower(w))) {
			return false
		}
	}
	return true
}
