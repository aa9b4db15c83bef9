package claims

import (
	"strings"
)

// Grammatical gender of a person, read from the document only: the
// titles and roles it gives ("Mr", "widow", "spokeswoman"), kinship
// markers inside the name ("bin", "binti", "a/p"), Slavic surname endings
// (-ova, -ov) and the pronoun that first follows a mention in its
// sentence ("Aigerim Bekova said her husband …"). It lets "she said" skip
// the man named last. Unknown is the usual answer, and then nothing is
// skipped.
const (
	genderUnknown = 0
	genderMale    = 'm'
	genderFemale  = 'f'
)

var maleWords = setOf(`mr sir lord king prince sheikh shaikh emir sultan father husband son brother grandfather uncle nephew
chairman spokesman congressman businessman policeman fisherman boatman councilman alderman assemblyman man boy widower encik tun`)

var femaleWords = setOf(`ms mrs miss madam madame mme dame lady queen princess sheikha wife widow mother daughter sister grandmother
aunt niece chairwoman spokeswoman congresswoman businesswoman policewoman fisherwoman councilwoman assemblywoman woman girl actress
datin puan cik`)

// genderOf returns what the document says of e's gender, or unknown.
func (a *Analysis) genderOf(e *Entity) byte {
	if g, ok := a.genders[e]; ok {
		return g
	}
	g := a.readGender(e)
	a.genders[e] = g
	return g
}

func (a *Analysis) readGender(e *Entity) byte {
	var m, f int
	vote := func(words []string) {
		for _, w := range words {
			w = strings.Trim(strings.ToLower(w), ".,'’")
			if maleWords[w] {
				m++
			}
			if femaleWords[w] {
				f++
			}
		}
	}
	for _, t := range e.Titles {
		vote(strings.Fields(t))
	}
	for _, mn := range e.Mentions {
		vote(strings.Fields(mn.Title))
	}
	toks := nameTokens(e.Name)
	// "Abu Khaled" opening a name or alias is a father, "Umm Khaled" a
	// mother; inside a family name ("Hanan Abu Hussein") it says nothing.
	for _, n := range append([]string{e.Name}, e.Aliases...) {
		switch w := strings.Fields(strings.ToLower(n)); {
		case len(w) > 1 && w[0] == "abu":
			m += 2
		case len(w) > 1 && (w[0] == "umm" || w[0] == "um"):
			f += 2
		}
	}
	for _, t := range strings.Fields(strings.ToLower(e.Name)) {
		switch t {
		case "bin", "ibn", "a/l", "s/o":
			m += 2
		case "binti", "bint", "a/p", "d/o":
			f += 2
		}
	}
	if len(toks) >= 2 {
		last := toks[len(toks)-1]
		switch {
		case strings.HasSuffix(last, "ova") || strings.HasSuffix(last, "eva") || strings.HasSuffix(last, "skaya") || strings.HasSuffix(last, "tskaya"):
			f++
		case strings.HasSuffix(last, "ov") || strings.HasSuffix(last, "ev") || strings.HasSuffix(last, "sky") || strings.HasSuffix(last, "skiy") || strings.HasSuffix(last, "skyi"):
			m++
		}
	}
	// A noun set before the name: "her husband, Musa Garba,", "her
	// youngest son, Modu,", "the widow Ruth Okello".
	for _, mn := range e.Mentions {
		before := a.Text[max(0, mn.Start-24):mn.Start]
		if i := strings.LastIndexAny(before, ".!?\n"); i >= 0 {
			before = before[i+1:] // not the sentence before
		}
		before = strings.TrimRight(before, " ,")
		// Said outright, it outweighs a pronoun that may be another's
		// ("His mother, Rosa Martínez, told Correo that he had …").
		if f := strings.Fields(before); len(f) > 0 {
			for range 3 {
				vote(f[len(f)-1:])
			}
		}
	}
	// The first pronoun after a mention, in its sentence, before any
	// other name: "X said her husband", "X, 38, won … she said".
	for _, mn := range e.Mentions {
		si := a.sentenceAt(mn.Start)
		// A name inside a quotation: the pronoun after the quotation is
		// its speaker's ("“… Whetu told us …,” she said").
		if si < 0 || a.inQuote(mn.Start) {
			continue
		}
		comma, prev := false, ""
		for _, t := range a.Tokens[si] {
			if t.Start < mn.End || a.inQuote(t.Start) {
				continue
			}
			if t.Text == "," {
				comma = true
			}
			// "X, a surgeon, said her team …": after the subject's own
			// verb of saying the possessive is the subject's.
			after := prev
			prev = t.Lower()
			own := speechVerbs[after] || after == "that"
			if other := a.mentionStartingAt(t.Start); other != nil && other.Entity != e && other.Entity.Kind == Person {
				break
			}
			l := t.Lower()
			// "X told the radio that an elderly woman had died in her
			// home": the pronoun is the other person's.
			if maleWords[l] || femaleWords[l] || personNouns[l] || l == "person" {
				break
			}
			// A subject pronoun counts most; a possessive may be the
			// other party's ("counted in his favour"), and an object
			// pronoun ("sentenced him") is someone else.
			switch l {
			case "he", "himself":
				m += 2
			case "his":
				if comma && !own {
					continue // "…, as his party took 14 seats": another's
				}
				m++
			case "she", "herself", "hers":
				f += 2
			case "her":
				if comma && !own {
					continue
				}
				f++
			case "him":
			default:
				continue
			}
			break
		}
	}
	switch {
	case m > f:
		return genderMale
	case f > m:
		return genderFemale
	}
	return genderUnknown
}

// pronounFits reports whether a pronoun may refer to e.
func (a *Analysis) pronounFits(p string, e *Entity) bool {
	g := a.genderOf(e)
	switch p {
	case "he":
		return g != genderFemale
	case "she":
		return g != genderMale
	}
	return true
}

// wordsGender reads the sex a description or a name's first word gives:
// "Umm Khaled", "Abu Khaled", "Mrs Otieno", "the widow".
func wordsGender(s string) byte {
	for i, w := range strings.Fields(strings.ToLower(s)) {
		w = strings.Trim(w, ".,'’")
		switch {
		case w == "abu" && i == 0 || maleWords[w]:
			return genderMale
		case (w == "umm" || w == "um") && i == 0 || femaleWords[w]:
			return genderFemale
		}
	}
	return genderUnknown
}

// pronounGender is the sex a pronoun speaks of, if any.
func pronounGender(p string) byte {
	switch p {
	case "he", "him", "his":
		return genderMale
	case "she", "her", "hers":
		return genderFemale
	}
	return genderUnknown
}
