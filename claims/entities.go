package claims

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// nameChunk is a run of capitalised tokens that may be a name, with the
// title or rank that precedes it split off.
type nameChunk struct {
	Span
	Text      string
	Title     string
	Kind      string
	Tokens    []Token
	Sentence  int
	SentStart bool
	// Article is set for names written with a capitalised "The" (The
	// Associated Press, The Guardian): the style of outlets and bodies.
	Article bool
	// Nick is a nickname quoted inside the name.
	Nick string
	// Honorific is set when "Mr", "Dr"… came before the name: it is
	// then a surname. HonorificWord is that word.
	Honorific     bool
	HonorificWord string
}

func isQuoteMarkTok(t Token) bool {
	switch t.Text {
	case "'", "‘", "’", "\"", "“", "”":
		return true
	}
	return false
}

// groupNouns after a capitalised phrase make it a group or a place, not a
// person: "Tamil Tiger militants", "Mosul residents".
var groupNouns = setOf(`militants militant fighters fighter members member militia militias group groups forces force supporters rebels
rebel troops soldiers police officials official leaders leader leadership headquarters government spokesman spokeswoman spokesperson
commander commanders ministry army residents citizens authorities facility facilities base bases region province city town village
faction factions movement party lawmakers legislators team squad club players fans company firm shares stock workers employees
staff statement report media outlets agency airport border district county state embassy office strike strikes attack attacks war
airstrike airstrikes drone drones operation operations official's era-style style`)

// personCues after a name make it a person: a verb of speech or a pronoun.
var speechVerbs = setOf(`said says say saying told tells tell added adds continued continues explained explains stated states wrote writes
posted posts tweeted announced announces declared declares warned warns insisted insists noted notes argued argues asked asks replied
replies responded responds claimed claims acknowledged acknowledges admitted admits recalled recalls remarked observed commented
conceded predicted urged urges pledged vowed promised confirmed confirms denied denies reported reports testified shouted cried
whispered texted emailed quipped countered agreed agrees disagreed charged alleged described describes called calls told
ordered shouts yelled yells screamed screams comments whispers recounted recounts assured assures`)

// findNameChunks finds the capitalised phrases of one sentence.
func findNameChunks(text string, sent Span, sentIdx int, toks []Token) []nameChunk {
	var out []nameChunk
	i := 0
	for i < len(toks) {
		t := toks[i]
		if !isNameToken(t) && !(leadingParticles[strings.ToLower(t.Text)] && i+1 < len(toks) && isNameToken(toks[i+1]) && t.Start > sent.Start) {
			i++
			continue
		}
		j := i + 1
		for j < len(toks) {
			n := toks[j]
			prev := toks[j-1]
			// "Tasker County Sheriff's Office", "the Governor's Office":
			// an office named by its holder goes on past the possessive.
			// Not after "of" ("Dr. Amy Lee of Boston Children's Hospital"):
			// a person and where she works, which the reader parts below.
			if hasPossessive(prev.Text) && !(officeHolders[possessor(prev.Text)] && officeNouns[strings.ToLower(n.Text)] && n.IsCap() && !tokensHave(toks[i:j], "of")) {
				break
			}
			gap := text[prev.End:n.Start]
			if strings.ContainsAny(gap, "\n") {
				break
			}
			// "fined Dr Cheruiyot Sh5 million": a currency's letters glued
			// to an amount end the name.
			if j+1 < len(toks) && toks[j+1].Kind == TokNum && toks[j+1].Start == n.End && n.Kind == TokWord {
				break
			}
			switch {
			case (n.Text == "'" || n.Text == "’") && n.Start == prev.End && strings.HasSuffix(prev.Text, "s") && j+1 < len(toks) &&
				toks[j+1].Start == n.End+1 && isNameToken(toks[j+1]) && orgWords[strings.ToLower(toks[j+1].Text)]:
				// "Ceylon Estate Workers' Alliance", "Farmers' Union": a
				// plural possessive inside a body's name.
				j += 2
				continue
			case n.Kind == TokPunct && n.Text == "." && n.Start == prev.End && isAbbrevToken(prev):
				// Maj. Gen. / J. K.: the dot of an abbreviation or initial.
				j++
				continue
			case isNameToken(n) && gap != "" || isNameToken(n) && prev.Kind == TokPunct:
				j++
				continue
			case n.Kind == TokWord && innerParticle(n.Text) && j+1 < len(toks) && isNameToken(toks[j+1]):
				j++
				continue
			case n.Kind == TokWord && innerParticle(n.Text) && j+2 < len(toks) && toks[j+1].Kind == TokWord && IsParticle(toks[j+1].Text) && isNameToken(toks[j+2]):
				// "Anke van der Molen", "María de la Cruz".
				j += 2
				continue
			case kinshipSlash(toks, j) && j+3 < len(toks) && isNameToken(toks[j+3]):
				// "Devi a/p Ramasamy", "Ravi s/o Kumar".
				j += 3
				continue
			case n.Kind == TokWord && (n.Text == "of" || n.Text == "for") && j+2 < len(toks) && toks[j+1].Text == "the" && isNameToken(toks[j+2]) &&
				!isMonthToken(toks[j+2]) && weekdayNames[strings.ToLower(toks[j+2].Text)] == 0 && bodyHeads[toks[j-1].Lower()]:
				// "the Office for the Coordination of Humanitarian Affairs"
				j += 2
				continue
			case n.Kind == TokWord && (n.Text == "of" || n.Text == "for" || n.Text == "on" || n.Text == "in" || n.Text == "and" || n.Text == "&") &&
				j+1 < len(toks) && isNameToken(toks[j+1]) && !isMonthToken(toks[j+1]) && weekdayNames[strings.ToLower(toks[j+1].Text)] == 0 && toks[j+1].Lower() != "sunday" &&
				(chunkHasOrgWord(toks[i:j+2], toks, j+1) || (n.Text == "of" || n.Text == "for") && titleWords[toks[j-1].Lower()] && portfolioAhead(toks, j+1) ||
					n.Text == "and" && portfolioWords[toks[j-1].Lower()] && (portfolioWords[toks[j+1].Lower()] || titleWords[toks[j+1].Lower()] || portfolioAhead(toks, j+1))) &&
				!personOfBody(toks[i:j], n.Text) && !(n.Text == "and" && personOfBodyAhead(toks, j+1)):
				j++
				if j < len(toks) && toks[j].Text == "the" {
					j++
				}
				continue
			case n.Kind == TokWord && n.Text == "the" && (toks[j-1].Text == "of" || toks[j-1].Text == "for") && j+1 < len(toks) && isNameToken(toks[j+1]):
				j++
				continue
			}
			break
		}
		// A nickname inside a name: Kwabena 'Kobby' Asante.
		nick := ""
		if j+3 < len(toks) && isQuoteMarkTok(toks[j]) && isNameToken(toks[j+1]) {
			k := j + 1
			for k < len(toks) && k < j+4 && isNameToken(toks[k]) {
				k++
			}
			// The surname may open with a particle: Ramon "Monching" delos
			// Santos.
			nameAt := func(x int) bool {
				return x < len(toks) && (isNameToken(toks[x]) || IsParticle(toks[x].Text) && x+1 < len(toks) && isNameToken(toks[x+1]))
			}
			if k+1 < len(toks) && isQuoteMarkTok(toks[k]) && nameAt(k+1) && toks[k].End == toks[k+1].Start-1 {
				nick = text[toks[j+1].Start:toks[k-1].End]
				rest := k + 1
				for nameAt(rest) {
					rest++
				}
				if c, ok := makeChunk(text, sent, sentIdx, toks, i, rest); ok {
					c.Nick = nick
					// makeChunk may have dropped the words before the
					// nickname (a title): then the name is what follows it.
					if c.Start < toks[j-1].End {
						c.Text = NormalizeSpace(text[c.Start:toks[j-1].End] + " " + text[toks[k+1].Start:toks[rest-1].End])
					} else {
						c.Text = NormalizeSpace(text[toks[k+1].Start:toks[rest-1].End])
					}
					out = append(out, c)
				}
				i = rest
				continue
			}
		}
		// Trailing connectors or dots do not belong to the name.
		end := j
		for end > i && (toks[end-1].Kind == TokPunct && !isAbbrevToken(toks[max(end-2, i)]) || isConnector(toks[end-1].Text)) {
			end--
		}
		if c, ok := makeChunk(text, sent, sentIdx, toks, i, end); ok {
			out = append(out, c)
		}
		i = j
	}
	return out
}

// bodyHeads end the first part of a body's name that goes on with "for
// the" or "of the": "the Office for the Coordination of …", "the
// Commission for the Protection of …"; not "the World Bank for the
// Philippines".
var bodyHeads = setOf(`office commission committee council agency centre center institute fund programme program bureau
department ministry board authority union league association federation society foundation alliance movement front
organisation organization coalition tribunal court secretariat service observatory`)

// kinshipSlash reports "a/p", "a/l", "s/o", "d/o" at token j: "daughter
// of", "son of" inside Malaysian and Singaporean Indian names.
func kinshipSlash(toks []Token, j int) bool {
	if j+2 >= len(toks) || toks[j+1].Text != "/" || toks[j+1].Start != toks[j].End || toks[j+2].Start != toks[j+1].End {
		return false
	}
	switch toks[j].Lower() + "/" + toks[j+2].Lower() {
	case "a/p", "a/l", "s/o", "d/o":
		return true
	}
	return false
}

// titleOfPlace reports a title word that opens a place's name: "Sri
// Lanka", "Saint Lucia".
// facilityWords end the name of a place or building.
var facilityWords = setOf(`street road avenue lane drive boulevard square airport airfield station bridge park hall market stadium port
highway expressway terminal mosque church cathedral temple school college university hospital`)

// dotTitles are titles only when abbreviated with their dot.
var dotTitles = setOf(`hon eng engr`)

func titleOfPlace(w, next string) bool {
	switch w + " " + next {
	case "sri lanka", "sri lankan", "sri lankans", "saint lucia", "saint kitts", "saint vincent", "st lucia", "st kitts", "st vincent":
		return true
	}
	return false
}

// leadingParticles may open a name as separate words ("van der Berg",
// "de Souza", "al Hakim"); innerParticle ones only join two name parts.
var leadingParticles = setOf(`van von de da di del della dos das du le la al el bin ibn ben dela delos`)

func innerParticle(w string) bool {
	l := strings.ToLower(w)
	return IsParticle(l) && l != "at" && l != "as" && l != "e" && l != "ad" && l != "ar"
}

func isConnector(w string) bool {
	return w == "of" || w == "for" || w == "on" || w == "in" || w == "and" || w == "&" || w == "the"
}

// officeHolders name an office by whom it serves, and officeNouns the
// office: "Sheriff's Office", "Attorney's Office", "Children's Hospital".
var (
	officeHolders = setOf(`sheriff attorney prosecutor governor mayor president premier coroner auditor comptroller controller treasurer
	chancellor children women veterans workers farmers people`)
	officeNouns = setOf(`office department bureau hospital fund commission union party association court council service`)
)

// tokensHave reports a word among tokens, in any case.
func tokensHave(toks []Token, w string) bool {
	return slices.ContainsFunc(toks, func(t Token) bool { return strings.EqualFold(t.Text, w) })
}

// possessor is a possessive word without its mark, in lower case.
func possessor(w string) string {
	w = strings.ToLower(w)
	for _, suf := range []string{"'s", "’s", "'", "’"} {
		if strings.HasSuffix(w, suf) {
			return strings.TrimSuffix(w, suf)
		}
	}
	return w
}

func hasPossessive(w string) bool {
	return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") || strings.HasSuffix(w, "s'") || strings.HasSuffix(w, "s’")
}

// isAbbrevToken reports whether a word is an abbreviated title or an
// initial, which a dot follows inside a name.
func isAbbrevToken(t Token) bool {
	if t.Kind != TokWord {
		return false
	}
	l := strings.ToLower(t.Text)
	return titleAbbrevs[l] || len([]rune(t.Text)) == 1 && t.IsCap()
}

// personOfBody reports a name of two words or more with no word of a
// body in it before "of" or "in": "Karin Lindqvist of Uppsala University
// Hospital" is a person and where she works, not one body's name, while
// "Bank of England" and "Ministry of Health" are bodies.
func personOfBody(before []Token, conn string) bool {
	if conn != "of" && conn != "in" {
		return false
	}
	var words []string
	for _, t := range before {
		if t.Kind != TokWord {
			continue
		}
		if l := strings.ToLower(t.Text); orgWords[l] || titleWords[l] || functionWords[l] || placeWords[l] || !isNameToken(t) {
			return false // "Inspector General of Police" is a title
		}
		words = append(words, strings.ToLower(t.Text))
	}
	// "Child Development", "Sacred Heart": a portfolio or a dedication,
	// by its first word or the ending of its last; not "Patience Osei".
	return len(words) >= 2 && !notPersonalWords[words[0]] && !commonNounEnding(words[len(words)-1])
}

// notPersonalWords open or fill names that are no person's: "Sacred
// Heart", "Saint Joan of Arc School", "Higher Education".
var notPersonalWords = setOf(`saint st sacred holy our lady higher rural urban child children women youth social public
national foreign domestic home internal external state federal general central`)

// commonNounEnding reports a word whose ending marks a common noun, not a
// personal name: development, education, security, business.
func commonNounEnding(w string) bool {
	for _, suf := range []string{"ment", "tion", "sion", "ity", "ness", "ance", "ence", "ics", "ism", "ogy", "ship", "ture"} {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// personOfBodyAhead reports such a person after "and": "Jutland
// University Hospital in Aarhus and Karin Lindqvist of Uppsala University
// Hospital" names two people's bodies and one person, not one body.
func personOfBodyAhead(toks []Token, from int) bool {
	k := from
	for k < len(toks) && isNameToken(toks[k]) {
		k++
	}
	return k < len(toks) && (toks[k].Text == "of" || toks[k].Text == "in") && personOfBody(toks[from:k], toks[k].Text)
}

func chunkHasOrgWord(part []Token, all []Token, from int) bool {
	for _, t := range part {
		if orgWords[strings.ToLower(t.Text)] {
			return true
		}
	}
	// Look ahead along the capitalised run: "Ministry of Defense".
	for k := from; k < len(all) && k < from+4 && isNameToken(all[k]); k++ {
		if orgWords[strings.ToLower(all[k].Text)] {
			return true
		}
	}
	return false
}

// personalNameAt reports words that can be a person's name after a title:
// two words or more ("Penny Wong", "S. Rajavel"), none a portfolio's.
func personalNameAt(toks []Token) bool {
	n := 0
	for _, t := range toks {
		if t.Kind != TokWord {
			continue
		}
		if portfolioWords[t.Lower()] || titleWords[t.Lower()] {
			return false
		}
		n++
	}
	return n >= 2
}

// portfolioAhead reports a portfolio or a body's word among the next few
// capitalised words: "Director of Public Prosecutions", "Chief of Defence
// Staff".
func portfolioAhead(toks []Token, from int) bool {
	for k := from; k < len(toks) && k < from+3 && isNameToken(toks[k]); k++ {
		if l := toks[k].Lower(); portfolioWords[l] || orgWords[l] {
			return true
		}
	}
	return false
}

// portfolioWords end what a minister or an officer is of: "Minister of
// Foreign Affairs", "Director of Public Prosecutions".
var portfolioWords = setOf(`affairs finance health industries industry justice interior education trade agriculture transport energy labour labor
commerce prosecutions planning tourism fisheries environment communications information works economy culture sport sports youth staff`)

// adjectiveCompound reports a capitalised word made an adjective by a
// lower-case part: "Portuguese-language", "US-based", "French-made".
func adjectiveCompound(w string) bool {
	i := strings.LastIndexByte(w, '-')
	if i <= 0 || i == len(w)-1 {
		return false
	}
	first, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(first) && adjectiveMakers[w[i+1:]]
}

// adjectiveMakers end a compound adjective made from a name; not "-do",
// "-gu", "-ku" (Gyeonggi-do) or a name's second part (Jong-un).
var adjectiveMakers = setOf(`language based born made led owned backed speaking funded run controlled style linked affiliated registered built flagged listed`)

// initialAt reports an initial at toks[i] inside a name that goes on
// before j: "A." in "Dr. A. Kalaiselvi" is no article.
func initialAt(toks []Token, i, j int) bool {
	return i+2 < j && len(toks[i].Text) == 1 && toks[i+1].Text == "." && toks[i+1].Start == toks[i].End && isNameToken(toks[i+2])
}

func makeChunk(text string, sent Span, sentIdx int, toks []Token, i, j int) (nameChunk, bool) {
	if j <= i {
		return nameChunk{}, false
	}
	// Drop leading function words capitalised by the sentence ("The",
	// "But") and leading demonyms-as-adjectives stay with the title.
	sentStart := toks[i].Start == sent.Start || i > 0 && isOpenMark(firstRune(toks[i-1].Text)) && toks[i-1].Start == sent.Start
	hadThe, honorific, honorWord := false, false, ""
	for i < j && toks[i].Kind == TokWord && functionWords[strings.ToLower(toks[i].Text)] && !IsParticle(toks[i].Text) && !initialAt(toks, i, j) {
		hadThe = toks[i].Text == "The"
		honorific = surnameHonorifics[strings.ToLower(toks[i].Text)]
		if honorific {
			honorWord = toks[i].Text
		}
		i++
		if i < j && toks[i].Text == "." {
			i++ // "Dr."
		}
	}
	if i >= j {
		return nameChunk{}, false
	}
	c := nameChunk{Sentence: sentIdx, SentStart: sentStart, Honorific: honorific, HonorificWord: honorWord}
	// Split a title off the front: the name starts after the last title
	// word, provided a name is left and the title part is all title-like.
	split := -1
	// "Regent Street", "Mallam Aminu Kano International Airport": a place
	// named after someone keeps its first word.
	facility := facilityWords[strings.ToLower(toks[j-1].Text)]
	for k := i; k < j-1 && !facility; k++ {
		w := strings.ToLower(strings.TrimSuffix(toks[k].Text, "."))
		// "Hon." is a title with its dot only ("Hon Hai"), "Eng" with its
		// dot or opening the name ("Eng Odhiambo", not "Ng Eng Hen").
		dotted := strings.HasSuffix(toks[k].Text, ".") || toks[k+1].Text == "."
		if dotTitles[w] && !dotted && (w == "hon" || k > i) {
			continue
		}
		// Not before a connector: "Ministry of Health and Social Affairs"
		// goes on with the body's name.
		// Nor before a portfolio with no name after it: "Minister of
		// Foreign Affairs" is all title.
		if toks[k].Kind == TokWord && titleWords[w] && !titleOfPlace(w, toks[k+1].Lower()) && !isConnector(toks[k+1].Text) &&
			!(portfolioWords[toks[k+1].Lower()] && !personalNameAt(toks[k+2:j])) {
			split = k
		}
	}
	// "Superintendent of Police S. Rajavel", "Minister of Foreign Affairs
	// Penny Wong": a title, the body or portfolio it is of, then the name.
	for k := i; k+2 < j; k++ {
		w := strings.ToLower(toks[k].Text)
		if !titleWords[w] {
			continue
		}
		// "Foreign Affairs Minister"'s other order: "Foreign Affairs Penny
		// Wong" after a title word that names the portfolio.
		if portfolioWords[toks[k+1].Lower()] && isNameToken(toks[k+2]) && !anyOrgWord(toks[k+2:j]) && personalNameAt(toks[k+2:j]) {
			if !titleWords[toks[k+2].Lower()] {
				split = max(split, k+1)
			}
			continue
		}
		if k+3 >= j || toks[k+1].Text != "of" && toks[k+1].Text != "for" {
			continue
		}
		// "Minister of Finance and Economic Planning Yusuf Murangwa",
		// "Minister of Justice and Attorney General Ronald Lamola".
		for e := min(k+7, j-2); e >= k+2; e-- {
			if l := toks[e].Lower(); (orgWords[l] || portfolioWords[l] || titleWords[l]) && isNameToken(toks[e+1]) && !anyOrgWord(toks[e+1:j]) && personalNameAt(toks[e+1:j]) {
				split = max(split, e)
				break
			}
		}
	}
	nameStart := i
	if split >= 0 {
		nameStart = split + 1
		for nameStart < j && toks[nameStart].Kind == TokPunct {
			nameStart++
		}
		if nameStart >= j || anyOrgWord(toks[nameStart:j]) {
			nameStart = i
		} else {
			c.Title = NormalizeSpace(text[toks[i].Start:toks[split].End] + dotAfter(text, toks[split]))
		}
	}
	// A function word left after the title ("Minister In Nairobi") ends
	// the title run of a headline, not a name; an initial is no function
	// word ("Dr. A. Kalaiselvi").
	for nameStart < j && toks[nameStart].Kind == TokWord && functionWords[strings.ToLower(toks[nameStart].Text)] && !initialAt(toks, nameStart, j) {
		nameStart++
	}
	if nameStart >= j {
		return nameChunk{}, false
	}
	name := toks[nameStart:j]
	// "Portuguese-language", "US-based", "French-made": an adjective
	// made of a capitalised word and a lower-case one, not a name.
	if len(name) == 1 && adjectiveCompound(name[0].Text) {
		return nameChunk{}, false
	}
	// "'s" belongs to the sentence, not the name.
	last := name[len(name)-1]
	end := last.End
	if hasPossessive(last.Text) {
		end -= len("'s")
		if strings.HasSuffix(last.Text, "’s") {
			end = last.End - len("’s")
		} else if strings.HasSuffix(last.Text, "s'") || strings.HasSuffix(last.Text, "s’") {
			end = last.End - len(last.Text[len(last.Text)-1:])
			if strings.HasSuffix(last.Text, "s’") {
				end = last.End - len("’")
			}
		}
	}
	c.Span = Span{name[0].Start, end}
	c.Text = text[c.Start:c.End]
	c.Tokens = name
	c.Kind = chunkKind(text, c, toks, j)
	// A capitalised "The" inside a sentence is a style of names; at the
	// start of a sentence it is only grammar.
	c.Article = hadThe && !c.SentStart
	if hadThe && c.Title == "" && c.Kind != "" {
		// "The Associated Press", "The Guardian": people are not named
		// with an article.
		c.Kind = Org
	}
	if c.Kind == "" {
		return nameChunk{}, false
	}
	return c, true
}

func dotAfter(text string, t Token) string {
	if t.End < len(text) && text[t.End] == '.' && isAbbrevToken(t) {
		return "."
	}
	return ""
}

func anyOrgWord(toks []Token) bool {
	for _, t := range toks {
		w := strings.ToLower(t.Text)
		if hasPossessive(t.Text) {
			// "the Health Organization's office"
			w = strings.TrimRight(strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s"), "'’")
		}
		if orgWords[w] || groupWords[w] && len(toks) > 1 {
			return true
		}
	}
	return false
}

// titledPerson is the one person whose role is exactly role, if one is.
func titledPerson(ents []*Entity, role string) *Entity {
	want := strings.ToLower(strings.TrimSpace(role))
	// "Major", "King", "Bishop": a title that is someone's surname here is
	// the surname.
	for _, e := range ents {
		if f := strings.Fields(e.Name); e.Kind == Person && len(f) > 1 && strings.ToLower(f[len(f)-1]) == want {
			return nil
		}
	}
	return onePersonTitled(ents, func(t string) bool {
		return strings.ToLower(strings.TrimPrefix(strings.TrimPrefix(t, "the "), "The ")) == want
	})
}

// onePersonTitled is the one person with a title that fits, or nil when
// none or several have one.
func onePersonTitled(ents []*Entity, fits func(title string) bool) *Entity {
	var found *Entity
	for _, e := range ents {
		if e.Kind != Person {
			continue
		}
		for _, t := range e.Titles {
			if !fits(t) {
				continue
			}
			if found != nil && found != e {
				return nil
			}
			found = e
		}
	}
	return found
}

// roleModifiers qualify a title: "Shadow Chancellor", "Deputy Governor".
var roleModifiers = setOf(`shadow deputy acting prime vice interim foreign home finance defence defense interior health junior
senior chief first second principal assistant associate former`)

// onlyRole reports a chunk made of a title and the words that qualify
// it, with no name.
func onlyRole(toks []Token) bool {
	n := 0
	for i, t := range toks {
		if t.Kind != TokWord {
			continue
		}
		l := strings.ToLower(strings.TrimSuffix(t.Text, "."))
		last := i == len(toks)-1
		if last && !titleWords[l] || !last && !titleWords[l] && !roleModifiers[l] {
			return false
		}
		n++
	}
	// "Chancellor" alone is a role too; "Dr" alone is no chunk.
	return n >= 2 || n == 1 && !surnameHonorifics[strings.ToLower(strings.TrimSuffix(toks[len(toks)-1].Text, "."))]
}

// chunkKind guesses person, org or place from the chunk and what follows.
func chunkKind(text string, c nameChunk, toks []Token, after int) string {
	words := 0
	for _, t := range c.Tokens {
		if t.Kind == TokWord {
			words++
		}
	}
	if words == 0 {
		return ""
	}
	lowerName := strings.ToLower(c.Text)
	// "the Shadow Chancellor", "Deputy Prime Minister": a role, not a name;
	// a title alone is a role after "the" ("the Chancellor"), else it may
	// be what someone is called ("Chairman says").
	if k := tokenBefore(toks, c.Start); onlyRole(c.Tokens) && (words >= 2 || k >= 0 && toks[k].Lower() == "the") {
		return ""
	}
	if words == 1 && isHyphenAdjective(lowerName) {
		return ""
	}
	for _, t := range c.Tokens {
		if l := t.Lower(); l == "pm" || l == "am" || l == "gmt" || l == "utc" {
			return ""
		}
	}
	if anyOrgWord(c.Tokens) || outletWords[lowerName] || isAcronym(c.Text) {
		return Org
	}
	next := ""
	if after < len(toks) && toks[after].Kind == TokWord {
		next = strings.ToLower(toks[after].Text)
	}
	if c.Title != "" {
		return Person
	}
	// "the youth care organisation Jeugdhuis Delft", "the newspaper
	// Lvivskyi Vistnyk": a name after the noun for what it is.
	if k := tokenBefore(toks, c.Start); k >= 0 && orgNounsBefore[toks[k].Lower()] {
		return Org
	}
	for _, t := range c.Tokens {
		if placeWords[strings.ToLower(t.Text)] {
			return Place
		}
	}
	// "the Bab al-Mandab strait", "Kurigram district": a place named by
	// what follows it.
	if placeNounsAfter[next] && !hasPossessive(c.Tokens[len(c.Tokens)-1].Text) {
		return Place
	}
	if groupNouns[next] && !speechVerbs[next] && !hasPossessive(c.Tokens[len(c.Tokens)-1].Text) {
		// "Tamil Tiger militants", "Mosul residents".
		if words >= 1 {
			return Org
		}
	}
	// "in Kherson", "attacked Mosul", "in Nghe An": a place; "in August"
	// is a month.
	if k := tokenBefore(toks, c.Start); k >= 0 && !c.SentStart && !hasPossessive(c.Tokens[len(c.Tokens)-1].Text) {
		switch toks[k].Lower() {
		case "in", "at", "near", "outside", "across", "into", "around", "towards", "toward", "attacked", "struck", "hit", "shelled", "bombed":
			if _, month := months[lowerName]; month {
				return ""
			}
			return Place
		case "of":
			// "south-east of Abu Kamal", "the outskirts of Goma".
			if k > 0 && placeBeforeOf[toks[k-1].Lower()] {
				return Place
			}
		case "through", "via":
			// "rerouted through Gwangyang"; not "paid through Ahmed
			// Khaleel", a person's name of two words.
			if words == 1 {
				return Place
			}
		}
	}
	if words == 1 {
		// A single word is a person's surname only if resolved later.
		return "single"
	}
	if words > 6 {
		return ""
	}
	return Person
}

// placeBeforeOf come before "of" and a place's name.
var placeBeforeOf = setOf(`north south east west northeast northwest southeast southwest north-east north-west south-east
south-west outskirts suburbs suburb district districts city town village region province centre center part parts area
neighbourhood neighborhood streets port`)

// placeNounsAfter follow a place's name in lower case.
var placeNounsAfter = setOf(`strait straits sea river island islands peninsula canal gulf lake valley desert coast province district
region county port harbour harbor airport border crossing`)

// isHyphenAdjective reports compounds like "Iranian-backed" and
// "Israel-Hamas" (two capitalised parts: a pairing, not a name).
func isHyphenAdjective(w string) bool {
	for _, suf := range []string{"-backed", "-aligned", "-led", "-based", "-linked", "-owned", "-run", "-funded", "-style", "-born", "-speaking", "-controlled", "-allied", "-affiliated", "-made", "-era"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// orgNounsBefore are nouns that, just before a name, say it names a body.
var orgNounsBefore = setOf(`organisation organization group company firm charity agency party union club newspaper paper daily
broadcaster channel station network magazine website outlet agency's ngo foundation trust institute university hospital bank
fund council committee movement militia faction coalition alliance federation association society authority ministry department`)

func tokenBefore(toks []Token, pos int) int {
	for k := len(toks) - 1; k >= 0; k-- {
		if toks[k].End <= pos {
			return k
		}
	}
	return -1
}

func isAcronym(s string) bool {
	s = strings.ReplaceAll(s, ".", "")
	if len(s) < 2 || len(s) > 7 {
		return false
	}
	for _, r := range s {
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) && r != '&' {
			return false
		}
	}
	return true
}

var aliasCue = regexp.MustCompile(`(?i)(\(|,|\b)\s*(a\.?\s?k\.?\s?a\.?|also known as|better known as|known (?:[\p{Ll}]+ ){0,6}as|nicknamed|dubbed|alias|whose nom de guerre (?:is|was)|nom de guerre|call sign|callsign|code-?named|also called|known by the nickname|who goes by|whose (?:full|real|given|birth) name is)(?:\s*[,:])?\s*`)

// buildEntities extracts and resolves the people and organisations of a
// document: multi-word names first, then the surnames and short forms
// that refer back to them, then aliases, which tie further mentions.
func buildEntities(text string, chunks []nameChunk, sents []Sentence, toks [][]Token, quotes []Quote) []*Entity {
	var ents []*Entity
	mention := func(e *Entity, c nameChunk) {
		e.addForm(c.Text)
		e.addTitle(c.Title)
		if h := honorificOf(c); h != "" && !slices.Contains(e.honors, h) {
			e.honors = append(e.honors, h)
		}
		// "Tamar Kapanadze, a surgeon at the city hospital,": the role is
		// known before the short forms that follow are resolved.
		if e.Kind == Person {
			if m := appositiveRole.FindStringSubmatch(text[c.End:min(len(text), c.End+80)]); m != nil {
				e.addTitle(m[1])
			}
			// "the Chancellor, Rachel Osei-Bonsu,": the role before.
			if m := roleBefore.FindStringSubmatch(text[max(0, c.Start-60):c.Start]); m != nil && titleWords[lastWord(m[1])] {
				e.addTitle(m[1])
			} else if m := roleOfPlaceBefore.FindStringSubmatchIndex(text[max(0, c.Start-80):c.Start]); m != nil && titleWords[text[max(0, c.Start-80)+m[2]:max(0, c.Start-80)+m[3]]] {
				// "the regent of Lumajang, Hartanto": the role in lower case.
				role := strings.TrimSuffix(text[max(0, c.Start-80)+m[0]:max(0, c.Start-80)+m[1]], ", ")
				e.addTitle(role[len("the "):])
			}
			// "chief financial officer Aigerim Tulegenova": a role in
			// lower case right before the name.
			if c.Title == "" {
				if role := lowerRoleBefore(text, c.Start); role != "" {
					e.addTitle(role)
				}
			}
		}
		e.Mentions = append(e.Mentions, Mention{Span: c.Span, Text: c.Text, Title: c.Title, Entity: e})
	}
	cache := newTokenCache()
	// "Ethiopians are usually referred to by their first names": the
	// story says how it shortens names.
	givenFirst := givenNameCue.MatchString(text)
	var singles []nameChunk
	for _, c := range chunks {
		if insideQuotedName(c, quotes) {
			continue
		}
		if c.Kind != Person && c.Kind != Org && c.Kind != Place {
			singles = append(singles, c)
			continue
		}
		e := resolveChunk(ents, c, cache, givenFirst)
		if e == nil {
			e = &Entity{ID: len(ents) + 1, Kind: c.Kind, Name: c.Text, styled: c.Article}
			ents = append(ents, e)
		}
		mention(e, c)
		if c.Nick != "" {
			e.addAlias(c.Nick)
		}
	}
	var unresolved []nameChunk
	for _, c := range singles {
		// "March 11" is no slip of "Marcos" or "Marcus" (but "August
		// said" may be Bille August).
		if _, month := months[strings.ToLower(c.Text)]; month {
			if rest := strings.TrimLeft(text[c.End:min(len(text), c.End+4)], " "); rest != "" && rest[0] >= '0' && rest[0] <= '9' {
				continue
			}
		}
		// "the Chancellor" after "the Chancellor, Rachel Obeng": a mention
		// of the one person introduced with that role.
		if onlyRole(c.Tokens) {
			if e := titledPerson(ents, c.Text); e != nil {
				mention(e, c)
				continue
			}
		}
		// "Nurhayati, 52, who goes by one name": a single name with an
		// age is a person introduced, unless someone has that very name;
		// so is one set off after a role ("the regent of Lumajang,
		// Hartanto, said").
		if agedAfter(text, c.Start, c.End) || roleSetOffBefore(text, c) {
			e := resolveChunk(ents, c, cache, givenFirst)
			if e == nil {
				c.Kind = Person
				e = &Entity{ID: len(ents) + 1, Kind: Person, Name: c.Text}
				ents = append(ents, e)
			}
			mention(e, c)
			continue
		}
		if e := resolveChunk(ents, c, cache, givenFirst); e != nil {
			mention(e, c)
		} else if speakerSlip(text, c, ents) {
			// "Šafařík said …" after "Ondřej Šafránek": a speaker whose
			// one name is a slip of a person's surname named before is a
			// person (the verifier weighs the slip).
			c.Kind = Person
			e := &Entity{ID: len(ents) + 1, Kind: Person, Name: c.Text}
			ents = append(ents, e)
			mention(e, c)
		} else {
			unresolved = append(unresolved, c)
		}
	}
	addAliases(text, sents, toks, quotes, ents)
	ents = mergeAliasEntities(ents)
	for _, c := range unresolved {
		if e := resolveChunk(ents, c, cache, givenFirst); e != nil {
			mention(e, c)
		}
	}
	oneWordByUse(ents)
	// "General Manager, Corporate Communications": a role, not a person
	// called Manager.
	ents = slices.DeleteFunc(ents, func(e *Entity) bool {
		return e.Kind == Person && !strings.Contains(e.Name, " ") && titleWords[strings.ToLower(e.Name)] && len(e.Aliases) == 0
	})
	for i, e := range ents {
		e.ID = i + 1
		sortMentions(e)
	}
	return ents
}

// otherKunya reports two names that call two parents after one child:
// "Abu Khaled" is the father, "Umm Khaled" the mother.
func otherKunya(a, b string) bool {
	k := func(s string) string {
		f := strings.Fields(strings.ToLower(strings.ReplaceAll(s, "-", " ")))
		if len(f) > 1 && (f[0] == "abu" || f[0] == "umm" || f[0] == "um" || f[0] == "abou" || f[0] == "oum") {
			if f[0] == "abou" {
				return "abu"
			}
			if f[0] == "um" || f[0] == "oum" {
				return "umm"
			}
			return f[0]
		}
		return ""
	}
	ka, kb := k(a), k(b)
	return ka != "" && kb != "" && ka != kb
}

// speakerSlip reports a one-word name that speaks ("X said", "X told")
// and is a person: a slip of the surname of someone named before, or a
// surname the story never introduced.
func speakerSlip(text string, c nameChunk, ents []*Entity) bool {
	if len(strings.Fields(c.Text)) != 1 || !speechAfter.MatchString(text[c.End:min(len(text), c.End+20)]) {
		return false
	}
	// "Carvajal said the government had …": opening a sentence of
	// reported speech, spoken of as he or she after it (or named only
	// once), the verifier asks who. Not "Officials said" (a common word,
	// written in lower case too), "Moscow said it would respond" (a
	// government), "told Caixin" (someone spoken to is an outlet), nor an
	// interviewee given a first name after a quotation.
	if l := strings.ToLower(c.Text); c.SentStart && !personNouns[l] && !peoplePlurals[l] && !groupNouns[l] && !orgWords[l] && !functionWords[l] && !wordOf(text, l) &&
		!strings.Contains(text, "told "+c.Text) && !strings.Contains(text, "to "+c.Text) && !strings.Contains(text, "by "+c.Text) &&
		speakerPronoun(text[c.End:min(len(text), c.End+400)], strings.Count(text, c.Text) == 1) {
		return true
	}
	for _, e := range ents {
		if e.Kind != Person || len(e.Mentions) == 0 || e.Mentions[0].Start > c.Start {
			continue
		}
		if f := strings.Fields(e.Name); len(f) >= 2 && SurnameSlip(c.Text, f[len(f)-1]) {
			return true
		}
	}
	return false
}

// speakerPronoun reports a one-word speaker spoken of as a person: "he",
// "she" right after the speech verb ("X said she would"), or opening the
// sentence after; when neither says, undecided (a name the story uses
// once: a slip for a name it uses elsewhere, not a body it keeps naming).
func speakerPronoun(after string, undecided bool) bool {
	m := speechAfter.FindStringIndex(after)
	if m == nil {
		return false
	}
	rest := after[m[1]:]
	if f := strings.Fields(strings.ToLower(rest)); len(f) > 0 {
		switch strings.Trim(f[0], ",.") {
		case "he", "she":
			return true
		case "it", "they":
			return false
		}
	}
	if m := sentenceEnd.FindStringIndex(rest); m != nil {
		next := rest[m[1]-1:]
		// The next sentence opens with its own subject ("The authority
		// said that it …"): its pronouns are not the speaker's.
		if f := strings.Fields(strings.ToLower(next)); len(f) > 0 {
			switch strings.Trim(f[0], ",.") {
			case "he", "she", "his", "her":
				return true
			case "it", "its", "they", "their":
				return false
			}
		}
		return undecided
	}
	return undecided
}

// sentenceEnd is a full stop, not a decimal point: ". She".
var sentenceEnd = regexp.MustCompile(`[.!?]["”’]?\s+\p{Lu}`)

var speechAfter = regexp.MustCompile(`^\s+(?:also\s+)?(?:said|says|told|added|noted|warned|insisted|argued|explained)\b`)

// SurnameSlip reports two surnames that differ as a slip of the pen or
// of the ear, not as two families: the same first three letters
// (accents folded) and at most three edits apart, in names of five
// letters or more ("Šafránek", "Šafařík").
func SurnameSlip(a, b string) bool {
	ka, kb := NameKey(a), NameKey(b)
	if ka == kb || len(ka) < 5 || len(kb) < 5 || ka[:3] != kb[:3] {
		return false
	}
	return EditDistance(ka, kb, 3) <= 3
}

// mergeAliasEntities folds an entity that is only an alias of another
// ("Abu Karim", introduced with "also known as") into the entity the
// alias belongs to; when several own it, into the last one introduced
// before the mention.
func mergeAliasEntities(ents []*Entity) []*Entity {
	var out []*Entity
	for _, e := range ents {
		var owner *Entity
		for _, o := range ents {
			if o == e {
				continue
			}
			for _, al := range o.Aliases {
				// The alias itself, or the alias with the owner's surname
				// ("el Profe Villanueva" for Julio César Villanueva Ccori,
				// known as el Profe).
				if (NameKey(al) == NameKey(e.Name) || aliasWithSurname(e.Name, al, o.Name)) && len(o.Mentions) > 0 && len(e.Mentions) > 0 {
					if owner == nil || o.Mentions[0].Start <= e.Mentions[0].Start && o.Mentions[0].Start > owner.Mentions[0].Start {
						owner = o
					}
				}
			}
		}
		if owner == nil {
			out = append(out, e)
			continue
		}
		for _, m := range e.Mentions {
			m.Entity = owner
			owner.Mentions = append(owner.Mentions, m)
		}
		// Its short forms refer to the owner too ("Villanueva" of "el Profe
		// Villanueva"); the owner keeps its name.
		for _, f := range e.Forms {
			isAlias := slices.ContainsFunc(owner.Aliases, func(al string) bool { return NameKey(al) == NameKey(f) })
			if nameLen(f) <= nameLen(owner.Name) && !isAlias {
				owner.addForm(f)
			}
		}
	}
	return out
}

// oneWordByUse gives a one-word mention to the person who is called by
// that word, when the one it went to is called by another: a story that
// calls Rosa Elvira Quispe Mamani "Quispe" means Alberto Mamani Torres by
// "Mamani" (the first of two surnames is the one said alone in Spanish;
// the story's own use settles it in any language).
func oneWordByUse(ents []*Entity) {
	// The keys of each person's name words, read once and only if needed.
	var words map[*Entity]map[string]bool
	nameWords := func(f *Entity) map[string]bool {
		if words == nil {
			words = map[*Entity]map[string]bool{}
			for _, x := range ents {
				if x.Kind == Person {
					ws := map[string]bool{}
					for _, t := range strings.Fields(x.Name) {
						ws[NameKey(t)] = true
					}
					words[x] = ws
				}
			}
		}
		return words[f]
	}
	for _, e := range ents {
		if e.Kind != Person {
			continue
		}
		uses := map[string]int{}
		for _, m := range e.Mentions {
			if !strings.Contains(m.Text, " ") {
				uses[NameKey(m.Text)]++
			}
		}
		if len(uses) < 2 {
			continue
		}
		main, most := "", 0
		for w, n := range uses {
			if n > most || n == most && w < main {
				main, most = w, n
			}
		}
		// A person called by the given name ("Erik") keeps a surname
		// said once; and a given name never moves.
		given := NameKey(strings.Fields(e.Name)[0])
		if main == given {
			continue
		}
		kept := e.Mentions[:0]
		for _, m := range e.Mentions {
			w := NameKey(m.Text)
			if strings.Contains(m.Text, " ") || w == main || w == given || uses[w] >= most {
				kept = append(kept, m)
				continue
			}
			var other *Entity
			for _, f := range ents {
				if f != e && f.Kind == Person && nameWords(f)[w] {
					if other != nil {
						other = nil
						break
					}
					other = f
				}
			}
			if other == nil {
				kept = append(kept, m)
				continue
			}
			m.Entity = other
			other.Mentions = append(other.Mentions, m)
			other.addForm(m.Text)
			e.Forms = slices.DeleteFunc(e.Forms, func(f string) bool { return NameKey(f) == w })
		}
		e.Mentions = kept
	}
}

// aliasWithSurname reports a name that is an alias then a word of the
// owner's full name: "el Profe Villanueva", "Lula da Silva".
func aliasWithSurname(name, alias, owner string) bool {
	rest, ok := strings.CutPrefix(name, alias+" ")
	if !ok || strings.Contains(rest, " ") || len(rest) < 3 {
		return false
	}
	return slices.ContainsFunc(strings.Fields(owner), func(w string) bool { return NameKey(w) == NameKey(rest) })
}

func sortMentions(e *Entity) {
	slices.SortStableFunc(e.Mentions, func(a, b Mention) int { return a.Start - b.Start })
}

func insideQuotedName(c nameChunk, quotes []Quote) bool {
	for _, q := range quotes {
		if q.Outer.Contains(c.Span) {
			// Inside a real quotation names are still names; only the
			// quoted alias itself is skipped.
			return q.Span == c.Span
		}
	}
	return false
}

// resolveChunk finds the entity a chunk names, if any: the same name, a
// shorter form of it (a surname), an alias, or an acronym. A short form
// refers back: among several people it fits, the one named last before it
// wins.
func resolveChunk(ents []*Entity, c nameChunk, cache tokenCache, givenFirst bool) *Entity {
	ci := cache.info(c.Text)
	key := ci.key
	if key == "" {
		return nil
	}

	// Candidates for a short form ("Lin", "Mejia"): people whose name
	// holds it. The choice is by how the story names them (below).
	type cand struct {
		e      *Entity
		last   int  // where last named before the chunk, -1 if not yet
		before int  // how often named before the chunk
		exact  bool // the short form is the name's last word as written
		given  bool // the short form is the name's first word
		fits   bool // the chunk's title fits the person's role ("Dr." a surgeon)
		clash  bool // the chunk's honorific is the other sex's
		other  bool // the person was named with another honorific only
		accent bool // the short form is a word of the name, accents and all
	}
	var cands []cand
	cLen := nameLen(c.Text)
	short := cLen == 1
	// A story that calls people by their given names: "Getachew said"
	// is Getachew Bayleyegn, named before, not the reporter Samuel
	// Getachew credited at the end. Not with an honorific ("Mr. Abebe").
	if givenFirst && short && c.Kind != Org && c.Kind != Place && !c.Honorific && c.Title == "" {
		if e := byGivenName(ents, c, key, cache); e != nil {
			return e
		}
	}
	// A weekday or month alone is a person only by that very word (June
	// Okafor is "June"), never by a spelling that comes near ("Friday" is
	// not Figueiredo).
	_, month := months[key]
	calendar := short && (isWeekdayWord(key) || month)
	for i := len(ents) - 1; i >= 0; i-- {
		e := ents[i]
		for _, a := range e.Aliases {
			if cache.key(a) == key && !otherKunya(a, c.Text) {
				return e
			}
		}
		if c.Kind == Org || e.Kind == Org {
			if e.Kind == Org && (c.Kind == Org || c.Kind == "single") {
				for _, f := range e.Forms {
					if cache.key(f) == key || isAcronym(c.Text) && AcronymOf(c.Text, f) {
						return e
					}
				}
			}
			continue
		}
		for _, f := range e.Forms {
			rel, _ := cache.compareInfo(c.Text, ci, f)
			if rel != DifferentNames && otherGenerationTokens(ci.toks, cache.get(f)) {
				continue // the father is not the son named after him
			}
			if (e.Kind == Place || calendar) && rel != SameName && !slices.Contains(cache.get(f), key) {
				continue // "Lanka" is part of "Sri Lanka"; "Nurhayati" not of "North Sumatra"
			}
			if rel == SameName && !short || rel == VariantSpelling && c.Kind == Person && cLen >= 2 {
				return e
			}
			if rel == SameName || rel == PossiblySame && (c.Kind == "single" || cLen < nameLen(f)) {
				cd := cand{e: e, last: -1}
				for _, m := range e.Mentions {
					if m.Start < c.Start {
						cd.before++
						cd.last = max(cd.last, m.Start)
					}
				}
				cd.fits = titleFitsRole(c.Title, e.Titles) || titleFitsRole(c.HonorificWord, e.Titles)
				// "Dr Cheruiyot" is the one named "Dr" before, not "Ms
				// Cheruiyot"; "Ms Cheruiyot" not a man called "Mr".
				if h := honorificOf(c); h != "" {
					cd.fits = cd.fits || (h == "dr" || h == "prof") && slices.Contains(e.honors, h)
					cd.clash = honorificClash(h, e.honors)
					cd.other = len(e.honors) > 0 && !slices.Contains(e.honors, h)
				}
				if ts := cache.get(e.Name); len(ts) > 0 {
					cd.exact = ts[len(ts)-1] == key
					cd.given = len(ts) > 1 && ts[0] == key
				}
				for _, w := range strings.Fields(e.Name) {
					cd.accent = cd.accent || short && strings.EqualFold(w, strings.TrimSpace(c.Text))
				}
				cands = append(cands, cd)
				break
			}
		}
	}
	if len(cands) == 0 {
		if short && c.Kind != Org && c.Kind != Place {
			return byGivenName(ents, c, key, cache)
		}
		return nil
	}
	// Someone named in the last few lines is meant ("Lin Po-yu said … Lin
	// added"); else one whose name ends in the word as written (Carla
	// Tavares before Rui Tavares Cardoso; Chang before Cheng); else the
	// one the story names most ("Lin" for the winner, not the spokesman
	// quoted once).
	const near = 400
	best := cands[0]
	// "Dr Yusuf", "Ms Lin": an honorific goes with a surname, so someone
	// whose given name the word is comes last, however recently named.
	honorific := c.Honorific || surnameHonorifics[strings.ToLower(strings.TrimSuffix(c.Title, "."))]
	better := func(a, b cand) bool {
		if a.clash != b.clash {
			return b.clash
		}
		if honorific && a.given != b.given {
			return b.given
		}
		// Between two named before, one the story called "Dr" throughout
		// is not "Mr Hassan": a story keeps one honorific for a person.
		if a.last >= 0 && b.last >= 0 && a.other != b.other {
			return b.other
		}
		if a.fits != b.fits {
			return a.fits // "Dr. Kapanadze" is the surgeon, not the politician
		}
		// "Martínez" is Sen. Daniel Martínez, not the engineer Luis
		// Martinez: the accents as written.
		if a.accent != b.accent {
			return a.accent
		}
		if (a.last >= 0) != (b.last >= 0) {
			return a.last >= 0 // named before, over named only later
		}
		an, bn := a.last >= 0 && c.Start-a.last < near, b.last >= 0 && c.Start-b.last < near
		if an != bn {
			return an
		}
		if an && bn && a.last != b.last {
			return a.last > b.last
		}
		if a.exact != b.exact {
			return a.exact
		}
		if a.before != b.before {
			return a.before > b.before
		}
		return a.last > b.last
	}
	for _, cd := range cands[1:] {
		if better(cd, best) {
			best = cd
		}
	}
	return best.e
}

// givenNameCue is a story saying it shortens names to given names.
var givenNameCue = regexp.MustCompile(`(?i)\b(?:referred to|known|called|addressed|identified)\s+(?:only\s+)?by\s+(?:their|his|her)\s+(?:given|first)\s+names?\b`)

// byGivenName resolves a one-word name to the one person named before
// whose given name it is: "Somphone said" after "Somphone Phommachanh",
// as Lao, Thai or Icelandic names are shortened.
func byGivenName(ents []*Entity, c nameChunk, key string, cache tokenCache) *Entity {
	var found *Entity
	for _, e := range ents {
		if e.Kind != Person || len(e.Mentions) == 0 || e.Mentions[0].Start > c.Start {
			continue
		}
		if ts := cache.get(e.Name); len(ts) > 1 && ts[0] == key {
			if found != nil && found != e {
				return nil // two of that given name: say which
			}
			found = e
		}
	}
	return found
}

// lowerRoleBefore reads a role written in lower case just before a name:
// "chief executive", "chief financial officer", "deputy finance
// minister". The word next to the name is a role noun; the words before
// it qualify roles.
func lowerRoleBefore(text string, pos int) string {
	before := text[max(0, pos-60):pos]
	if !strings.HasSuffix(before, " ") {
		return ""
	}
	words := strings.Fields(before)
	if len(words) == 0 {
		return ""
	}
	last := words[len(words)-1]
	if last != strings.ToLower(last) || !(roleNouns[last] || preRoleNouns[last]) {
		return ""
	}
	n := 1
	for n < 4 && n < len(words) {
		w := words[len(words)-1-n]
		if l := strings.ToLower(w); w != l && !opensSentence(text, pos, strings.Join(words[len(words)-1-n:], " ")) || !roleModifiers[l] && !lowerRoleModifiers[l] && !roleNouns[l] {
			break
		}
		n++
	}
	return strings.Join(words[len(words)-n:], " ")
}

// opensSentence reports that phrase, ending right before pos, opens a
// sentence or paragraph: "State advocate Pieter Steyn had asked …".
func opensSentence(text string, pos int, phrase string) bool {
	start := pos - len(phrase) - 1
	if start < 0 || text[start:pos-1] != phrase {
		return false
	}
	prev := strings.TrimRight(text[:start], " ")
	return prev == "" || strings.HasSuffix(prev, "\n") || strings.HasSuffix(prev, ".")
}

// preRoleNouns are roles said before a name besides roleNouns: "chief
// executive X", "finance officer Y", "economist Z".
var preRoleNouns = setOf(`executive officer analyst economist editor correspondent lawyer spokesperson head founder
researcher scientist historian adviser advisor consultant strategist treasurer auditor envoy advocate attorney barrister
solicitor counsel`)

// lowerRoleModifiers qualify a role in lower case besides
// roleModifiers: "chief financial officer", "political analyst".
var lowerRoleModifiers = setOf(`executive financial operating technical justice trade energy economy education transport labour labor
regional provincial national state district county city general managing team club party police army military
political legal medical investment research`)

// roleBefore is a capitalised role set off by a comma right before a
// name: "the Chancellor, ", "the Speaker, Dame …".
var roleBefore = regexp.MustCompile(`\b[Tt]he ((?:[A-Z][\p{L}-]+ ){0,3}[A-Z][\p{L}-]+|\p{Ll}[\p{L}-]*(?:'s|’s) (?:\p{Ll}[\p{L}-]+ ){0,2}\p{Ll}[\p{L}-]+), (?:(?:Sir|Dame|Dr|Lord|Lady|Mr|Mrs|Ms|Sen|Rep|Gov|Prof)\.? )?$`)

// appositiveRole is a role set off by commas right after a name.
var appositiveRole = regexp.MustCompile(`^, ((?:a|an|the) [^,.;:"“”]{3,90}),`)

// honorificOf is the honorific a name is written with, lower case and
// without its dot: "dr" for "Dr Samuel Cheruiyot", "ms" for "Ms Owino".
func honorificOf(c nameChunk) string {
	for _, w := range []string{c.HonorificWord, c.Title} {
		if l := strings.ToLower(strings.TrimSuffix(w, ".")); surnameHonorifics[l] {
			switch l {
			case "doctor":
				return "dr"
			case "professor":
				return "prof"
			case "mrs", "miss":
				return "ms"
			}
			return l
		}
	}
	return ""
}

// honorificClash reports "Ms" for one the story named "Mr", and the
// reverse. "Dr" says nothing of sex: "Mrs Hassan" may be Dr Amina Hassan.
func honorificClash(h string, honors []string) bool {
	switch h {
	case "mr":
		return slices.Contains(honors, "ms") && !slices.Contains(honors, "mr")
	case "ms":
		return slices.Contains(honors, "mr") && !slices.Contains(honors, "ms")
	}
	return false
}

// titleFitsRole reports a title before a short name that says what the
// person does: "Dr." or "Prof." for a surgeon, a doctor or a professor.
func titleFitsRole(title string, roles []string) bool {
	switch strings.ToLower(strings.TrimSuffix(title, ".")) {
	case "dr", "doctor", "prof", "professor":
	default:
		return false
	}
	for _, r := range roles {
		for _, w := range strings.Fields(r) {
			w = strings.Trim(w, ".,;:'’")
			// A role in lower case: "Doctors Without Borders" is a body.
			if l := strings.ToLower(w); w == l && medicalRoles[l] {
				return true
			}
		}
	}
	return false
}

var medicalRoles = setOf(`doctor surgeon physician professor medic paediatrician pediatrician epidemiologist virologist
scientist lecturer psychiatrist psychologist cardiologist oncologist pathologist dean academic`)

// listItemBefore ends a list item with a count: "Kano, 12, and ".
var listItemBefore = regexp.MustCompile(`\d, (?:and |or )?$`)

// agedAfter reports ", 52," right after pos: an age in apposition.
// roleSetOffBefore reports a name of one word set off by commas right
// after a role in lower case: "the mayor, Okonkwo, said". Not after a
// role with its place ("the mayor of Bucha, Ukraine, said"): a word there
// is as often the place's country or state as the person.
func roleSetOffBefore(text string, c nameChunk) bool {
	if len(strings.Fields(c.Text)) != 1 || !strings.HasPrefix(text[c.End:min(len(text), c.End+2)], ",") {
		return false
	}
	m := roleOfPlaceBefore.FindStringSubmatch(text[max(0, c.Start-80):c.Start])
	return m != nil && titleWords[m[1]] && m[2] == ""
}

// roleOfPlaceBefore is "the <role> (of <Place>), " ending right before a
// name; the group is the role's last word.
var roleOfPlaceBefore = regexp.MustCompile(`\b[Tt]he (?:\p{Ll}[\p{L}-]* ){0,2}(\p{Ll}[\p{L}-]*)( (?:of|for|in) (?:the )?\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*){0,2})?, $`)

func agedAfter(text string, start, pos int) bool {
	// "… Kano, 12, and Kaduna, 7, the agency said": the last item of a
	// list of counts.
	if listItemBefore.MatchString(text[max(0, start-12):start]) {
		return false
	}
	rest := text[pos:min(len(text), pos+6)]
	if len(rest) < 4 || rest[0] != ',' || rest[1] != ' ' {
		return false
	}
	n := 0
	for n < 3 && 2+n < len(rest) && rest[2+n] >= '0' && rest[2+n] <= '9' {
		n++
	}
	if n == 0 || 2+n >= len(rest) || rest[2+n] != ',' {
		return false
	}
	// The apposition goes on with words about the person ("52, who",
	// "34, a farmer"), not with another item of a list ("Kano, 12, and
	// Kaduna, 7").
	next := strings.Fields(text[pos+3+n : min(len(text), pos+3+n+20)])
	if len(next) == 0 {
		return false
	}
	w := next[0]
	return w != "and" && w != "or" && !unicode.IsUpper(firstRune(w)) && !unicode.IsDigit(firstRune(w))
}

// surnameHonorifics are the titles said with a surname ("Sir" and
// "Dame" go with the given name).
var surnameHonorifics = setOf(`dr mr mrs ms miss mx prof professor doctor`)

// thingsNamed are nouns whose name follows "code-named", "dubbed",
// "known as": operations, plans and storms, not people.
var thingsNamed = setOf(`operation operations mission plan scheme programme program project raid exercise offensive campaign storm
hurricane typhoon cyclone system drone missile vessel ship investigation probe case file network base camp policy law bill deal
package`)

// lastWordBefore is the word that ends right before pos (after start).
func lastWordBefore(text string, pos, start int) string {
	f := strings.Fields(text[start:pos])
	if len(f) == 0 {
		return ""
	}
	return strings.Trim(f[len(f)-1], "(,;:")
}

// addAliases finds "X (a.k.a. Y)", "X, also known as Y", "X, nicknamed
// “Y”" and "Name (ACRONYM)" and records Y as an alias of X.
func addAliases(text string, sents []Sentence, toks [][]Token, quotes []Quote, ents []*Entity) {
	for si, s := range sents {
		st := text[s.Start:s.End]
		low := strings.ToLower(st)
		for _, loc := range matchesIf(aliasCue, st, mayCueAlias(low)) {
			cueStart := s.Start + loc[0]
			aliasStart := s.Start + loc[1]
			alias := aliasAt(text, aliasStart, s.End)
			if alias == "" {
				continue
			}
			// "an operation code-named Safra Falsa", "a storm dubbed X":
			// the name is the thing's, not a person's.
			if w := lastWordBefore(text, cueStart, s.Start); thingsNamed[strings.ToLower(w)] {
				continue
			}
			owner := nearestMentionBefore(ents, cueStart, s.Start, Person)
			if owner == nil {
				owner = nearestMentionBefore(ents, cueStart, s.Start, Org)
			}
			if cue := strings.ToLower(strings.TrimLeft(text[cueStart:aliasStart], "(, ")); owner == nil && (strings.HasPrefix(cue, "known") || strings.HasPrefix(cue, "nicknamed")) && pronounSubject.MatchString(text[s.Start:cueStart]) {
				// "Around the harbour he is known as “Tam Squid”": he is
				// the person named last in the paragraph.
				owner = lastNamed(ents, cueStart, max(0, paraOf(sents, si)), func(e *Entity) bool { return e.Kind == Person })
			}
			if owner == nil && strings.Contains(strings.ToLower(text[cueStart:aliasStart]), "name is") {
				// "Zico, whose full name is Arthur Antunes Coimbra": a
				// single-word name the finder did not take; the full name
				// owns it.
				if nick := capitalWordBefore(text, cueStart, s.Start); nick != "" {
					for _, e := range ents {
						for _, m := range e.Mentions {
							if m.Start >= aliasStart && m.Start <= aliasStart+2 && e.Kind == Person {
								e.addAlias(nick)
							}
						}
					}
				}
				continue
			}
			if owner == nil || NameKey(alias) == NameKey(owner.Name) {
				continue
			}
			owner.addAlias(alias)
		}
		// A quoted name after "whom everyone calls", "known online as",
		// "goes on air as": only a capitalised name in quotation marks.
		for _, loc := range matchesIf(quotedAliasCue, st, mayCueQuotedAlias(low)) {
			alias := aliasAt(text, s.Start+loc[1], s.End)
			r := firstRune(strings.TrimLeft(text[s.Start+loc[1]:s.End], " "))
			if alias == "" || r == '(' || !unicode.IsUpper(firstRune(alias)) || len(strings.Fields(alias)) > 3 {
				continue
			}
			// Unquoted, the name must end the clause: "whom everyone calls
			// Tia Rosa.", "calls him Tunde." — not "calls him Minister
			// Reyes's friend".
			if !isOpenMark(r) {
				after := strings.TrimLeft(text[s.Start+loc[1]:s.End], " ")
				rest := strings.TrimSpace(after[min(len(after), len(alias)):])
				if rest != "" && !strings.ContainsRune(".,;:!?)", firstRune(rest)) {
					continue
				}
			}
			owner := nearestMentionBefore(ents, s.Start+loc[0], s.Start, Person)
			if owner == nil && strings.Contains(strings.ToLower(st[loc[0]:loc[1]]), "call") {
				// "Everyone, he said, calls him Tunde.": him is the person
				// named last in the paragraph.
				owner = lastNamed(ents, s.Start+loc[0], max(0, paraOf(sents, si)), func(e *Entity) bool { return e.Kind == Person })
			}
			if owner != nil && NameKey(alias) != NameKey(owner.Name) {
				owner.addAlias(alias)
				// "whom patients call Mor Ploy, “Doctor Ploy”": the gloss
				// is a name of hers too.
				if at := strings.Index(text[s.Start+loc[1]:s.End], alias); at >= 0 {
					if g := glossAfter(text, s.Start+loc[1]+at+len(alias), s.End); g != "" && NameKey(g) != NameKey(owner.Name) {
						owner.addAlias(g)
					}
				}
			}
		}
		// "Maria Dolores Reyes — “Lola” to everyone on the street —",
		// "Kwame Boateng, “KB” to his friends,".
		for _, loc := range nickToCue.FindAllStringSubmatchIndex(st, -1) {
			owner := nearestMentionBefore(ents, s.Start+loc[0], s.Start, Person)
			alias := st[loc[2]:loc[3]]
			if owner != nil && NameKey(alias) != NameKey(owner.Name) {
				owner.addAlias(alias)
			}
		}
		// "Pádraig Ó Laoire, as he is known to Irish-language viewers":
		// the name before is another name of the person named before it.
		for _, loc := range namedAsCue.FindAllStringIndex(st, -1) {
			cue := s.Start + loc[0]
			x := nearestMentionBefore(ents, cue, s.Start, Person)
			if x == nil {
				continue
			}
			start := -1
			for _, m := range x.Mentions {
				if m.End <= cue && m.Start > start {
					start = m.Start
				}
			}
			owner := personSharing(ents, x, start)
			if owner == nil {
				owner = nearestOtherPerson(ents, x, start, max(0, paraOf(sents, si)))
			}
			if owner != nil {
				owner.addAlias(x.Name)
			}
		}
		// Name (ACRONYM)
		ts := toks[si]
		for k := 0; k+2 < len(ts); k++ {
			if ts[k].Text != "(" || ts[k+2].Text != ")" || !isAcronym(ts[k+1].Text) {
				continue
			}
			owner := nearestMentionBefore(ents, ts[k].Start, s.Start, Org)
			if owner == nil || owner.Kind != Org {
				continue
			}
			// The initials of the name, or an acronym in another language
			// or of part of it right after the name: "the National Disaster
			// Management Agency (BNPB)", "the UN Office for the Coordination
			// of Humanitarian Affairs (OCHA)".
			if AcronymOf(ts[k+1].Text, owner.Name) || len(ts[k+1].Text) >= 3 && nameLen(owner.Name) >= 2 && mentionEndsAt(owner, text, ts[k].Start) {
				owner.addAlias(ts[k+1].Text)
			}
		}
	}
}

// mentionEndsAt reports a mention of e that ends right before pos, white
// space aside.
func mentionEndsAt(e *Entity, text string, pos int) bool {
	for _, m := range e.Mentions {
		if m.End <= pos && strings.TrimSpace(text[m.End:pos]) == "" {
			return true
		}
	}
	return false
}

// capitalWordBefore returns the capitalised word that ends right before
// pos (past spaces and a comma), not before floor, or "".
func capitalWordBefore(text string, pos, floor int) string {
	j := pos
	for j > floor && (text[j-1] == ' ' || text[j-1] == ',') {
		j--
	}
	i := j
	for i > floor {
		r, size := utf8.DecodeLastRuneInString(text[floor:i])
		if !unicode.IsLetter(r) && r != '-' && r != '\'' {
			break
		}
		i -= size
	}
	w := text[i:j]
	if w == "" || !unicode.IsUpper(firstRune(w)) {
		return ""
	}
	return w
}

// glossAfter reads a quoted translation right after an alias: `Mor
// Ploy, "Doctor Ploy"`; `Zendo ("python")` is no name (lower case):
// capitalised words only, at most three.
func glossAfter(text string, i, end int) string {
	for i < end && (text[i] == '"' || text[i] == '\'' || strings.HasPrefix(text[i:], "”") || strings.HasPrefix(text[i:], "’")) {
		_, size := utf8.DecodeRuneInString(text[i:])
		i += size // the alias's own closing mark
	}
	rest := text[i:end]
	switch {
	case strings.HasPrefix(rest, ", "):
		rest = rest[2:]
	case strings.HasPrefix(rest, " ("):
		rest = rest[2:]
	default:
		return ""
	}
	r := firstRune(rest)
	if !isOpenMark(r) || r == '(' || r == '[' {
		return ""
	}
	rest = rest[len(string(r)):]
	// The mark that closes this one: not the apostrophe of "Papa’s Girl".
	closing := map[rune]string{'"': "\"", '“': "”", '‘': "’", '\'': "'", '«': "»", '„': "“"}[r]
	if closing == "" {
		return ""
	}
	k := strings.Index(rest, closing)
	if closing == "’" || closing == "'" {
		// A closing single mark ends a word: not "Papa’s".
		for k >= 0 && k+len(closing) < len(rest) && unicode.IsLetter(firstRune(rest[k+len(closing):])) {
			n := strings.Index(rest[k+len(closing):], closing)
			if n < 0 {
				k = -1
				break
			}
			k += len(closing) + n
		}
	}
	if k <= 0 {
		return ""
	}
	g := strings.TrimSpace(rest[:k])
	words := strings.Fields(g)
	if len(words) == 0 || len(words) > 3 {
		return ""
	}
	for _, w := range words {
		if !unicode.IsUpper(firstRune(w)) {
			return ""
		}
	}
	return g
}

// aliasAt reads the alias that starts at i: a quoted phrase or a run of
// capitalised words.
// nickArticles open a nickname in the languages that give one an article.
var nickArticles = setOf(`el la los las le il lo o`)

func aliasAt(text string, i, end int) string {
	for i < end && (text[i] == ' ' || text[i] == ',') {
		i++
	}
	if i >= end {
		return ""
	}
	r := firstRune(text[i:])
	if isOpenMark(r) && r != '(' && r != '[' {
		j := i + len(string(r))
		k := strings.IndexAny(text[j:end], "\"”’'»")
		if k < 0 {
			return ""
		}
		return strings.TrimSpace(text[j : j+k])
	}
	toks := Tokenize(text[i:end])
	var parts []string
	for n, t := range toks {
		// "known as el Profe", "la Tigresa": an article may open a nickname.
		article := n == 0 && nickArticles[t.Text] && len(toks) > 1 && toks[1].IsCap()
		if t.Kind == TokWord && (isNameToken(t) || article || n > 0 && IsParticle(t.Text) && n+1 < len(toks) && toks[n+1].IsCap()) {
			parts = append(parts, t.Text)
			continue
		}
		break
	}
	if len(parts) == 0 || len(parts) > 4 {
		return ""
	}
	return strings.TrimRight(strings.Join(parts, " "), ".")
}

// quotedAliasCue introduces another name in quotation marks.
var quotedAliasCue = regexp.MustCompile(`(?i)\b(?:(?:whom|who|that) (?:[\p{Ll}]+ ){0,6}call(?:s|ed)?|call(?:s|ed)? (?:him|her)|(?:online|on air|on social media|on stage|in the ring) as)\s*`)

// mayCueAlias is a quick test that a lowercased sentence holds a word
// aliasCue needs; the pattern has no literal to start from, so Go's
// regexp tries it at every byte of every sentence.
func mayCueAlias(l string) bool {
	for _, w := range [...]string{"known", "nicknamed", "dubbed", "alias", "nom de guerre", "call", "code", "goes by", "name is"} {
		if strings.Contains(l, w) {
			return true
		}
	}
	// a.k.a., aka, a k a: an "a", at most a dot and a space, a "k", the same, an "a".
	for i := 0; i < len(l); i++ {
		if l[i] == 'k' && akaSide(l[:i], true) && akaSide(l[i+1:], false) {
			return true
		}
	}
	return false
}

// akaSide reports an "a" at the end (before) or start of s, after an
// optional dot and one optional space character.
func akaSide(s string, before bool) bool {
	if before {
		s = strings.TrimSuffix(s, " ")
		s = strings.TrimRight(s, "\t\n\f\r")
		s = strings.TrimSuffix(s, ".")
		return strings.HasSuffix(s, "a")
	}
	s = strings.TrimPrefix(s, ".")
	if s != "" && strings.ContainsRune(" \t\n\f\r", rune(s[0])) {
		s = s[1:]
	}
	return strings.HasPrefix(s, "a")
}

// mayCueQuotedAlias is the same for quotedAliasCue.
func mayCueQuotedAlias(l string) bool {
	for _, w := range [...]string{"call", "online", "on air", "on social media", "on stage", "in the ring"} {
		if strings.Contains(l, w) {
			return true
		}
	}
	return false
}

// matchesIf runs re over s only when a quick test passed.
func matchesIf(re *regexp.Regexp, s string, ok bool) [][]int {
	if !ok {
		return nil
	}
	return re.FindAllStringSubmatchIndex(s, -1)
}

// pronounSubject ends a clause whose subject is a pronoun: "he is".
var pronounSubject = regexp.MustCompile(`(?i)\b(?:he|she)\s+(?:is|was|has been|had been|became)?\s*(?:also|widely|locally|still)?\s*$`)

// nickToCue is a quoted nickname right after a name, and to whom it is
// the name.
var nickToCue = regexp.MustCompile(`[—–,(]\s*[“"‘']([\p{Lu}][\p{L}'\-]*(?: [\p{Lu}][\p{L}'\-]*){0,2})[”"’']\s+to\s+(?:just about |almost |nearly )?(?:everyone|everybody|all|friends|colleagues|fans|locals|neighbours|neighbors|family|(?:his|her|their) )`)

// namedAsCue follows a name that is another name of someone named before.
var namedAsCue = regexp.MustCompile(`(?i),\s*as (?:he|she) is (?:known|called)\b`)

// paraOf returns the start of the paragraph before sentence si's, or of
// its own when it is the first.
func paraOf(sents []Sentence, si int) int {
	para := sents[si].Para
	start := -1
	for _, s := range sents {
		if s.Para == para-1 || s.Para == para && start < 0 {
			if start < 0 || s.Start < start {
				start = s.Start
			}
		}
	}
	return start
}

// lastNamed returns the entity keep accepts that is named last before
// pos, in a mention that starts at or after floor.
func lastNamed(ents []*Entity, pos, floor int, keep func(*Entity) bool) *Entity {
	var best *Entity
	bestEnd := -1
	for _, e := range ents {
		if !keep(e) {
			continue
		}
		for _, m := range e.Mentions {
			if m.End <= pos && m.Start >= floor && m.End > bestEnd {
				best, bestEnd = e, m.End
			}
		}
	}
	return best
}

// personSharing returns the person named before pos who shares x's
// given name ("Pádraig Leary" for "Pádraig Ó Laoire").
func personSharing(ents []*Entity, x *Entity, pos int) *Entity {
	xf := strings.Fields(x.Name)
	return lastNamed(ents, pos, 0, func(e *Entity) bool {
		ef := strings.Fields(e.Name)
		return e != x && e.Kind == Person && len(ef) > 1 && len(xf) > 1 && NameKey(ef[0]) == NameKey(xf[0])
	})
}

// nearestOtherPerson returns the person other than x named last before
// pos and not before floor, with a sign of being one: a title or a short
// form.
func nearestOtherPerson(ents []*Entity, x *Entity, pos, floor int) *Entity {
	return lastNamed(ents, pos, floor, func(e *Entity) bool {
		return e != x && e.Kind == Person && (len(e.Titles) > 0 || len(e.Forms) > 1)
	})
}

// nearestMentionBefore returns the entity mentioned last before pos in the
// same sentence.
func nearestMentionBefore(ents []*Entity, pos, sentStart int, kind string) *Entity {
	return lastNamed(ents, pos, sentStart, func(e *Entity) bool { return e.Kind == kind })
}
