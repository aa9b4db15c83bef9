package claims

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	dps "github.com/markusmobius/go-dateparser"
)

// DateMention is a date or weekday a document states, resolved against its
// publication date.
type DateMention struct {
	Span Span
	Text string
	// Date is the resolved day (midnight, in the publication's zone); zero
	// when it could not be resolved.
	Date time.Time
	// HasYear, HasDay tell how precise the words are.
	HasYear bool
	HasDay  bool
	// Weekday is the weekday the words state, if any.
	Weekday    time.Weekday
	HasWeekday bool
	// Relative is set for words that take their meaning from the
	// publication date: "Thursday", "yesterday", "two days ago".
	Relative bool
	// WeekdayMismatch is set when the stated weekday is not the date's.
	WeekdayMismatch bool
	Sentence        int
	// future is set when the sentence speaks of what is to come.
	future bool
	// bare is set for a weekday said alone or after "on" (not "last",
	// "next", "since").
	bare bool
}

func absDuration(d time.Duration) time.Duration {
	if d < 0 {
		return -d
	}
	return d
}

// ISO renders the resolved date as YYYY-MM-DD, or "" when unresolved.
func (d *DateMention) ISO() string {
	if d.Date.IsZero() {
		return ""
	}
	if !d.HasDay {
		return d.Date.Format("2006-01")
	}
	return d.Date.Format("2006-01-02")
}

// The names in capitals too: a live page heads each day "MONDAY, OCTOBER 5".
const monthRe = `(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|` +
	`JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)`
const weekdayRe = `(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun|MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY)`

var (
	// "Tuesday, March 5, 2024", "Mar. 5", "March 5, 2023", "Oct. 9"
	mdyRe = regexp.MustCompile(`\b(?:` + weekdayRe + `\.?,?\s+)?` + monthRe + `\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4})\b)?`)
	// "Thursday 4 January 2024", "4 January", "the 4th of January"
	dmyRe = regexp.MustCompile(`\b(?:` + weekdayRe + `\.?,?\s+)?(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?` + monthRe + `\.?\b(?:,?\s+(\d{4})\b)?`)
	// "the first of January", "the twenty-eighth of March"
	mOrdRe = regexp.MustCompile(`\b` + monthRe + `\s+(` + ordinalDayRe + `)\b(?:,?\s+(\d{4})\b)?`)
	ordRe  = regexp.MustCompile(`\b(?:` + weekdayRe + `\.?,?\s+)?[Tt]he\s+(` + ordinalDayRe + `)\s+of\s+` + monthRe + `\.?\b(?:,?\s+(\d{4})\b)?`)
	isoRe  = regexp.MustCompile(`\b(\d{4})-(\d{2})-(\d{2})\b`)
	// 17/03/2025, 3/17/2025, 17.03.2025: read only when the order is
	// plain (one part above 12); 03/04/2025 stays unread.
	numRe = regexp.MustCompile(`\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b`)
	// "January 2024", "in March"
	myRe = regexp.MustCompile(`\b` + monthRe + `\.?\s+(?:of\s+)?(\d{4})\b`)
	// "in May", "since early January", "by the end of June": full month
	// names only, after a word that makes them a time.
	monthOnlyRe = regexp.MustCompile(`(?i:\b(?:in|since|by|until|from|during|through|before|after|for|of|(?:months|year|quarter|weeks) to|as recently as))\s+((?:early|late|mid-)\s*)?(January|February|March|April|May|June|July|August|September|October|November|December)\b`)
	// "on Thursday", "last Thursday", "Thursday night"
	wdRe = regexp.MustCompile(`\b(?:(last|next|this|on|early|late|by|since|until|from|Last|Next|This|On|Early|Late|By|Since|Until|From)\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b`)
	// "today", "yesterday", "two days ago", "last week"
	relRe = regexp.MustCompile(`(?i)\b(today|tonight|yesterday|tomorrow|last night|this morning|this afternoon|this evening|(?:(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few)\s+(?:days?|weeks?|months?|years?)\s+ago)|last (?:week|month|year)|earlier this (?:week|month|year))\b`)
)

// IsCalendarWord reports an English month or weekday name, whole or
// abbreviated ("Nov", "Thurs"), in any case.
func IsCalendarWord(w string) bool {
	l := strings.ToLower(strings.TrimSuffix(w, "."))
	_, month := months[l]
	_, day := weekdayNames[l]
	return month || day
}

var weekdayNames = map[string]time.Weekday{
	"sunday": time.Sunday, "sun": time.Sunday, "monday": time.Monday, "mon": time.Monday, "tuesday": time.Tuesday, "tue": time.Tuesday,
	"tues": time.Tuesday, "wednesday": time.Wednesday, "wed": time.Wednesday, "thursday": time.Thursday, "thu": time.Thursday,
	"thur": time.Thursday, "thurs": time.Thursday, "friday": time.Friday, "fri": time.Friday, "saturday": time.Saturday, "sat": time.Saturday,
}

// findDates finds the date expressions of a document and resolves them
// against the publication time (zero: unresolved relative dates).
func (an *Analyzer) findDates(text string, sents []Sentence, published time.Time) []DateMention {
	var out []DateMention
	taken := func(s, e int) bool {
		for _, d := range out {
			if d.Span.Start < e && s < d.Span.End {
				return true
			}
		}
		return false
	}
	sentOf := func(pos int) int {
		for i, s := range sents {
			if pos >= s.Start && pos < s.End {
				return i
			}
		}
		return -1
	}
	blocks := newTextBlocks(text)
	add := func(d DateMention) {
		if taken(d.Span.Start, d.Span.End) {
			return
		}
		d.Sentence = sentOf(d.Span.Start)
		d.Text = text[d.Span.Start:d.Span.End]
		out = append(out, d)
	}
	for _, m := range blocks.matches(mdyRe, hasMonth) {
		wd := sub(text, m, 1)
		mon := sub(text, m, 2)
		day := sub(text, m, 3)
		year := sub(text, m, 4)
		if mon == "May" && wd == "" && year == "" && !looksLikeDateAfterMay(text, m[0]) {
			continue
		}
		// "THOUSANDS MARCH 20 KILOMETRES": a month in capitals is one only
		// with its weekday or its year.
		if len(mon) > 3 && mon == strings.ToUpper(mon) && wd == "" && year == "" {
			continue
		}
		if strings.HasPrefix(mon, "Mar") && len(mon) == 3 && year == "" && wd == "" {
			// "Mar" alone is rarely a month without a year.
		}
		end := m[1]
		// "April 8 (Thursday)": the weekday in brackets after the date.
		if w, e := bracketWeekday(text, m[1]); wd == "" && e > 0 {
			wd, end = w, e
		}
		add(an.explicitDate(m[0], end, wd, mon, day, year, published, futureContext(text, m[0], end), pastAt(text, m[0])))
	}
	for _, m := range blocks.matches(dmyRe, hasMonth) {
		if m[6] < 0 {
			continue
		}
		if mon := sub(text, m, 3); len(mon) > 3 && mon == strings.ToUpper(mon) && sub(text, m, 1) == "" && sub(text, m, 4) == "" {
			continue
		}
		wd, end := sub(text, m, 1), m[1]
		if w, e := bracketWeekday(text, m[1]); wd == "" && e > 0 {
			wd, end = w, e
		}
		add(an.explicitDate(m[0], end, wd, sub(text, m, 3), sub(text, m, 2), sub(text, m, 4), published, futureContext(text, m[0], end), pastAt(text, m[0])))
	}
	// "December fourteenth, 2023": the day in words, as said aloud.
	for _, m := range blocks.matches(mOrdRe, hasMonth) {
		day := strconv.Itoa(ordinalDays[strings.ToLower(strings.ReplaceAll(sub(text, m, 2), " ", "-"))])
		if day == "0" {
			day = strconv.Itoa(ordinalDays[strings.ToLower(sub(text, m, 2))])
		}
		add(an.explicitDate(m[0], m[1], "", sub(text, m, 1), day, sub(text, m, 3), published, futureContext(text, m[0], m[1]), pastAt(text, m[0])))
	}
	for _, m := range blocks.matches(ordRe, hasMonth) {
		day := strconv.Itoa(ordinalDays[strings.ToLower(sub(text, m, 2))])
		mon := sub(text, m, 3)
		mon = strings.ToUpper(mon[:1]) + strings.ToLower(mon[1:])
		add(an.explicitDate(m[0], m[1], sub(text, m, 1), mon, day, sub(text, m, 4), published, futureContext(text, m[0], m[1]), pastAt(text, m[0])))
	}
	// "vendredi 6 novembre 2026", "7 de septiembre de 2026", "Senin, 7
	// September 2026": dates as a ministry or a court writes them in its
	// own language.
	for _, m := range blocks.matches(localDateRe, hasYear) {
		mon := localMonths[strings.ToLower(sub(text, m, 2))]
		if mon == 0 {
			continue
		}
		wd, start := "", m[0]
		if w, at := localWeekdayBefore(text, m[0]); at >= 0 {
			wd, start = w.String(), at
		}
		add(an.explicitDate(start, m[1], wd, time.Month(mon).String(), sub(text, m, 1), sub(text, m, 3), published, futureContext(text, m[0], m[1]), pastAt(text, m[0])))
	}
	for _, m := range blocks.matches(isoRe, hasDigit) {
		y, _ := strconv.Atoi(sub(text, m, 1))
		mo, _ := strconv.Atoi(sub(text, m, 2))
		dd, _ := strconv.Atoi(sub(text, m, 3))
		if mo < 1 || mo > 12 || dd < 1 || dd > 31 {
			continue
		}
		add(DateMention{Span: Span{m[0], m[1]}, Date: time.Date(y, time.Month(mo), dd, 0, 0, 0, 0, zoneOf(published)), HasYear: true, HasDay: true})
	}
	for _, m := range blocks.matches(numRe, hasDigit) {
		a, _ := strconv.Atoi(sub(text, m, 1))
		b, _ := strconv.Atoi(sub(text, m, 2))
		y, _ := strconv.Atoi(sub(text, m, 3))
		dd, mo := a, b
		switch {
		case a > 12 && b <= 12:
		case b > 12 && a <= 12:
			dd, mo = b, a
		default:
			continue // ambiguous, or no date
		}
		t := time.Date(y, time.Month(mo), dd, 0, 0, 0, 0, zoneOf(published))
		if t.Day() != dd {
			continue
		}
		add(DateMention{Span: Span{m[0], m[1]}, Date: t, HasYear: true, HasDay: true})
	}
	for _, m := range blocks.matches(myRe, hasMonth) {
		mo := months[strings.ToLower(strings.TrimSuffix(sub(text, m, 1), "."))]
		y, _ := strconv.Atoi(sub(text, m, 2))
		add(DateMention{Span: Span{m[0], m[1]}, Date: time.Date(y, time.Month(mo), 1, 0, 0, 0, 0, zoneOf(published)), HasYear: true})
	}
	// "in May", "since January": a month with no day or year.
	if !published.IsZero() {
		for _, m := range blocks.matches(monthOnlyRe, hasMonth) {
			if rest := strings.TrimLeft(text[m[1]:], " "); rest != "" && (rest[0] >= '0' && rest[0] <= '9') {
				continue // "in May 2024", "in March 5"
			}
			// "by April Reyes", "from June Nkosi": a name after a word
			// that introduces someone; "In April Parliament approved" is
			// a month.
			prep, month := strings.ToLower(strings.Fields(text[m[0]:m[1]])[0]), strings.ToLower(sub(text, m, 2))
			if r, _ := utf8.DecodeRuneInString(strings.TrimPrefix(text[m[1]:], " ")); (prep == "by" || prep == "from") && nameMonths[month] &&
				m[1] < len(text) && text[m[1]] == ' ' && unicode.IsUpper(r) {
				continue
			}
			// The last such month, or with the future ("will reopen in
			// May") the next; "since" is always past.
			mo := time.Month(months[month])
			y := published.Year()
			future := prep != "since" && (futureBefore(text, m[0]) || reportedFuture(text, m[0]))
			switch {
			case future && mo < published.Month():
				y++
			case !future && mo > published.Month():
				y--
			}
			add(DateMention{Span: Span{m[0], m[1]}, Date: time.Date(y, mo, 1, 0, 0, 0, 0, zoneOf(published)), Relative: true, future: future})
		}
	}
	// A live page's day headings ("MONDAY, OCTOBER 5" on a line of its
	// own): "today" and "yesterday" under one are said on that day.
	ref := dayHeadings(text, out, published)
	for _, m := range blocks.matches(wdRe, hasWeekday) {
		published := ref(m[0])
		mod := strings.ToLower(sub(text, m, 1))
		wd := weekdayNames[strings.ToLower(sub(text, m, 2))]
		start := m[0]
		if mod == "on" || mod == "by" || mod == "since" || mod == "until" || mod == "from" || mod == "early" || mod == "late" {
			start = m[4]
		}
		d := DateMention{Span: Span{start, m[1]}, Weekday: wd, HasWeekday: true, Relative: true, HasDay: true}
		if !published.IsZero() {
			// Only the words before a bare weekday decide its tense ("will
			// meet on Monday"), not a later clause.
			d.future = futureBefore(text, m[4])
			d.Date = resolveWeekday(published, wd, mod, d.future)
			d.HasYear = true
		}
		d.bare = mod == "" || mod == "on"
		add(d)
	}
	for _, m := range blocks.matches(relRe, hasRelative) {
		published := ref(m[0])
		phrase := strings.ToLower(text[m[0]:m[1]])
		// "four years ago", "last month": a day's precision they do not have.
		vague := strings.HasSuffix(phrase, " ago") && !strings.Contains(phrase, "day") || strings.HasPrefix(phrase, "last month") || strings.HasPrefix(phrase, "last year") || strings.HasPrefix(phrase, "earlier this")
		d := DateMention{Span: Span{m[0], m[1]}, Relative: true, HasDay: !vague}
		if !published.IsZero() {
			if t, ok := an.resolveRelative(strings.ToLower(text[m[0]:m[1]]), published); ok {
				d.Date = t
				d.HasYear = true
			}
		}
		add(d)
	}
	// In text order.
	slices.SortStableFunc(out, func(a, b DateMention) int { return a.Span.Start - b.Span.Start })
	out = anchoredDates(text, blocks, out, sentOf)
	sameYearAsSibling(out)
	// "The pause starts Friday morning … — Correct. Friday at 6 a.m.": a
	// bare weekday said again soon after one said of what is to come is
	// that same day.
	for i := range out {
		d := &out[i]
		if !d.bare || d.future || !d.HasWeekday || d.Date.IsZero() || pastInClause(text, d.Span.Start) {
			continue
		}
		for j := i - 1; j >= 0 && d.Span.Start-out[j].Span.Start < 1500; j-- {
			if p := out[j]; p.HasWeekday && p.Weekday == d.Weekday {
				if p.bare && p.future {
					d.Date = p.Date
				}
				break // the nearest mention of that weekday decides
			}
		}
	}
	return out
}

// bracketWeekday reads a weekday in brackets right after a date, "(Thursday)",
// and returns it and where the brackets end, or 0.
func bracketWeekday(text string, at int) (string, int) {
	m := bracketWeekdayRe.FindStringSubmatchIndex(text[at:min(len(text), at+16)])
	if m == nil {
		return "", 0
	}
	return text[at+m[2] : at+m[3]], at + m[1]
}

var bracketWeekdayRe = regexp.MustCompile(`^\s*\((Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\)`)

// dayHeadings returns the day a position in the text is written on: that
// of the last date standing alone on a line before it, or the
// publication.
func dayHeadings(text string, dates []DateMention, published time.Time) func(int) time.Time {
	type heading struct {
		at  int
		day time.Time
	}
	var hs []heading
	for _, d := range dates {
		// A live page's day: with its weekday or in capitals, and near the
		// publication; not a timeline's entry ("October 2, 2023").
		near := published.IsZero() || absDuration(d.Date.Sub(published)) < 8*24*time.Hour
		if !d.HasDay || d.Date.IsZero() || !near || !d.HasWeekday && strings.ToUpper(d.Text) != d.Text {
			continue
		}
		lineStart := strings.LastIndexByte(text[:d.Span.Start], '\n') + 1
		lineEnd := len(text)
		if i := strings.IndexByte(text[d.Span.End:], '\n'); i >= 0 {
			lineEnd = d.Span.End + i
		}
		if strings.TrimSpace(text[lineStart:d.Span.Start]) == "" && strings.TrimSpace(text[d.Span.End:lineEnd]) == "" {
			hs = append(hs, heading{d.Span.Start, d.Date.Add(12 * time.Hour)})
		}
	}
	slices.SortFunc(hs, func(a, b heading) int { return a.at - b.at })
	return func(pos int) time.Time {
		day := published
		for _, h := range hs {
			if h.at >= pos {
				break
			}
			day = h.day
		}
		return day
	}
}

// textBlocks is a text cut at its blank lines, where no date runs on.
// The date patterns have no literal to start from, so Go's regexp tries
// them at every byte; run only over the blocks that hold a word they
// need, they cost a fraction (most paragraphs name no month).
type textBlocks struct {
	text  string
	spans []Span
}

func newTextBlocks(text string) textBlocks {
	b := textBlocks{text: text}
	start := 0
	for start < len(text) {
		i := strings.Index(text[start:], "\n\n")
		if i < 0 {
			break
		}
		b.spans = append(b.spans, Span{start, start + i})
		start += i + 2
	}
	b.spans = append(b.spans, Span{start, len(text)})
	return b
}

// matches is re.FindAllStringSubmatchIndex over the text, block by
// block, skipping the blocks need rules out; indexes are the text's.
func (b textBlocks) matches(re *regexp.Regexp, need func(string) bool) [][]int {
	var out [][]int
	for _, sp := range b.spans {
		block := b.text[sp.Start:sp.End]
		if !need(block) {
			continue
		}
		for _, m := range re.FindAllStringSubmatchIndex(block, -1) {
			for i := range m {
				if m[i] >= 0 {
					m[i] += sp.Start
				}
			}
			out = append(out, m)
		}
	}
	return out
}

// hasMonth: every month pattern (monthRe and the full names) starts with
// one of these, capitalised.
func hasMonth(s string) bool {
	for _, m := range [...]string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
		"JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"} {
		if strings.Contains(s, m) {
			return true
		}
	}
	return false
}

func hasDigit(s string) bool { return strings.ContainsAny(s, "0123456789") }

// hasWeekday: every weekday name ends in "day".
func hasWeekday(s string) bool { return strings.Contains(s, "day") || strings.Contains(s, "DAY") }

// hasRelative: each of relRe's phrases holds one of these, in any case.
func hasRelative(s string) bool {
	l := strings.ToLower(s)
	for _, w := range [...]string{"today", "tonight", "yesterday", "tomorrow", "last", "this", "ago"} {
		if strings.Contains(l, w) {
			return true
		}
	}
	return false
}

// sameYearAsSibling gives a date said without a year the year of a date
// in its sentence whose weekday fixed its year, when they are weeks
// apart: "payable on Friday, August 28, to shareholders on the register
// on August 14".
func sameYearAsSibling(out []DateMention) {
	for i := range out {
		d := &out[i]
		if d.HasYear || !d.HasDay || d.Relative || d.Date.IsZero() {
			continue
		}
		for _, o := range out {
			if o.Sentence != d.Sentence || o.Sentence < 0 || !o.HasWeekday || o.WeekdayMismatch || o.Relative || o.Date.IsZero() || o.Date.Year() == d.Date.Year() {
				continue
			}
			moved := time.Date(o.Date.Year(), d.Date.Month(), d.Date.Day(), 0, 0, 0, 0, d.Date.Location())
			if gap := absDuration(moved.Sub(o.Date)); gap <= 62*24*time.Hour {
				d.Date = moved
			}
			break
		}
	}
}

// anchorRe is a length of time before or after a day the story named:
// "two days earlier", "a week later", "three days before".
var anchorRe = regexp.MustCompile(`(?i)\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(days?|weeks?)\s+(earlier|before|later|afterwards)\b`)

// anchoredDates resolves "two days earlier" against the nearest day
// named before it in the text (within a few paragraphs), not against
// the publication: the story counts from the day it spoke of.
func anchoredDates(text string, blocks textBlocks, out []DateMention, sentOf func(int) int) []DateMention {
	need := func(s string) bool {
		l := strings.ToLower(s)
		return strings.Contains(l, "earlier") || strings.Contains(l, "before") || strings.Contains(l, "later") || strings.Contains(l, "afterwards")
	}
	var add []DateMention
	for _, m := range blocks.matches(anchorRe, need) {
		// "before" must end the phrase, not open a clause: "two days
		// before the vote" is counted from the vote, which is no day. Nor
		// "a day earlier than expected": a comparison.
		rest := strings.TrimLeft(text[m[1]:], " ")
		if w := strings.ToLower(sub(text, m, 3)); w == "before" && rest != "" && unicode.IsLetter(firstRune(rest)) || strings.HasPrefix(strings.ToLower(rest), "than") {
			continue
		}
		var anchor *DateMention
		overlap := false
		for i := range out {
			d := &out[i]
			overlap = overlap || d.Span.Start < m[1] && m[0] < d.Span.End
			if d.Span.Start >= m[0] {
				continue
			}
			if d.HasDay && !d.Date.IsZero() && m[0]-d.Span.End < 1500 {
				anchor = d
			}
		}
		if anchor == nil || overlap {
			continue
		}
		n := 1
		switch w := strings.ToLower(sub(text, m, 1)); w {
		case "a", "an", "one":
		default:
			if v, ok := smallNumbers[w]; ok {
				n = int(v)
			} else if v, err := strconv.Atoi(w); err == nil {
				n = v
			}
		}
		if strings.HasPrefix(strings.ToLower(sub(text, m, 2)), "week") {
			n *= 7
		}
		if w := strings.ToLower(sub(text, m, 3)); w == "earlier" || w == "before" {
			n = -n
		}
		d := DateMention{Span: Span{m[0], m[1]}, Text: text[m[0]:m[1]], Date: anchor.Date.AddDate(0, 0, n), HasDay: true, HasYear: anchor.HasYear, Relative: true}
		d.Sentence = sentOf(m[0])
		add = append(add, d)
	}
	if len(add) == 0 {
		return out
	}
	out = append(out, add...)
	slices.SortStableFunc(out, func(a, b DateMention) int { return a.Span.Start - b.Span.Start })
	return out
}

func looksLikeDateAfterMay(text string, at int) bool {
	// "May 5" is a date; "may 5" (lower case) is not matched at all.
	return true
}

func sub(text string, m []int, g int) string {
	if 2*g+1 >= len(m) || m[2*g] < 0 {
		return ""
	}
	return text[m[2*g]:m[2*g+1]]
}

func zoneOf(t time.Time) *time.Location {
	if t.IsZero() {
		return time.UTC
	}
	return t.Location()
}

// explicitDate resolves "Month D[, YYYY]" with an optional weekday. A
// missing year is the one that puts the date in the past of the
// publication (go-dateparser, PreferredDateSource Past).
func (an *Analyzer) explicitDate(s, e int, wd, mon, day, year string, published time.Time, future bool, pastClause func() bool) DateMention {
	d := DateMention{Span: Span{s, e}, HasDay: true, HasYear: year != "", future: future}
	mo := months[strings.ToLower(strings.TrimSuffix(mon, "."))]
	dd, _ := strconv.Atoi(day)
	if mo == 0 || dd < 1 || dd > 31 {
		return d
	}
	if wd != "" {
		d.Weekday = weekdayNames[strings.ToLower(strings.TrimSuffix(wd, "."))]
		d.HasWeekday = true
	}
	loc := zoneOf(published)
	if year != "" {
		y, _ := strconv.Atoi(year)
		d.Date = time.Date(y, time.Month(mo), dd, 0, 0, 0, 0, loc)
		if d.Date.Day() != dd {
			d.Date = time.Time{} // February 30
			return d
		}
	} else if !published.IsZero() {
		d.Date = an.parseYearless(mo, dd, published, d)
		if d.HasWeekday && d.Date.Weekday() != d.Weekday {
			// A stated weekday settles the year: "Friday, May 9"
			// in a story of October 2024 is 2024's, not 2023's.
			for _, y := range []int{published.Year(), published.Year() + 1, published.Year() - 1} {
				t := time.Date(y, time.Month(mo), dd, 0, 0, 0, 0, zoneOf(published))
				// Within 200 days; further ahead only for what is to come
				// ("The next season begins on Saturday 5 December" in
				// February), not in a clause told in the past ("had passed
				// a scheduled check on Friday, October 30").
				if t.Weekday() == d.Weekday && (absDuration(t.Sub(published)) < 200*24*time.Hour || future && t.After(published) && !pastClause() && t.Sub(published) < 366*24*time.Hour) {
					d.Date = t
					break
				}
			}
		}
	}
	if d.HasWeekday && !d.Date.IsZero() && d.Date.Weekday() != d.Weekday {
		d.WeekdayMismatch = true
	}
	return d
}

// parseYearless resolves a day and month without a year: the most recent
// such day on or shortly after the publication (a story may announce an
// event a few days ahead); when a weekday is stated and fits another
// nearby year, that year wins.
func (an *Analyzer) parseYearless(mo, dd int, published time.Time, d DateMention) time.Time {
	loc := zoneOf(published)
	cfg := &dps.Configuration{Languages: []string{"en"}, CurrentTime: published, PreferredDateSource: dps.Past, DefaultTimezone: loc}
	var t time.Time
	an.dateMu.Lock()
	res, err := an.dates.Parse(cfg, time.Month(mo).String()+" "+strconv.Itoa(dd))
	an.dateMu.Unlock()
	if err == nil && !res.Time.IsZero() {
		t = time.Date(res.Time.Year(), res.Time.Month(), res.Time.Day(), 0, 0, 0, 0, loc)
	} else {
		t = time.Date(published.Year(), time.Month(mo), dd, 0, 0, 0, 0, loc)
		if t.After(published.AddDate(0, 0, 7)) {
			t = t.AddDate(-1, 0, 0)
		}
	}
	// A date a few days after publication is an announced event, not last
	// year's: "the vote on March 14" in a story of March 10; and so is a
	// date in a sentence about what is to come.
	if next := t.AddDate(1, 0, 0); next.After(published) && (next.Sub(published) < 10*24*time.Hour || d.future && next.Sub(published) < 200*24*time.Hour) {
		t = next
	}
	return t
}

// resolveWeekday resolves a bare weekday the way news prose uses it: the
// most recent such day on or before publication ("Thursday" in a story
// published on a Thursday is that day), or the next one in a future
// context ("will meet on Monday", "next Monday").
func resolveWeekday(published time.Time, wd time.Weekday, mod string, future bool) time.Time {
	loc := zoneOf(published)
	day := time.Date(published.Year(), published.Month(), published.Day(), 0, 0, 0, 0, loc)
	diff := (int(day.Weekday()) - int(wd) + 7) % 7
	switch mod {
	case "next":
		ahead := (int(wd) - int(day.Weekday()) + 7) % 7
		if ahead == 0 {
			ahead = 7
		}
		return day.AddDate(0, 0, ahead)
	case "last":
		if diff == 0 {
			diff = 7
		}
		return day.AddDate(0, 0, -diff)
	}
	if future {
		ahead := (int(wd) - int(day.Weekday()) + 7) % 7
		return day.AddDate(0, 0, ahead)
	}
	return day.AddDate(0, 0, -diff)
}

// futureCues say a sentence speaks of what is to come; the last two
// only count around the date, not before it.
var futureCues = []string{" will ", " is due ", " are due ", " scheduled ", " plans to ", " is expected ", " are expected ", " set to ",
	" don't expect ", " don’t expect ", " do not expect ", " i expect ", " we expect ",
	" next ", " set for ", " adjourned until ", " adjourned to ", " postponed until ", " postponed to ", " upcoming ", " to be held "}

// futureContext reports whether the sentence around a date speaks of the
// future ("will", "is due to", "scheduled", "next").
func futureContext(text string, from, to int) bool {
	if clauseAhead(text, from) {
		return true
	}
	start := strings.LastIndexAny(text[:from], ".!?\n")
	if start < 0 {
		start = 0
	}
	end := strings.IndexAny(text[to:], ".!?\n")
	if end < 0 {
		end = len(text) - to
	}
	s := " " + strings.ToLower(unquoted(text[start:from], text[from:to+end])) + " "
	for _, cue := range futureCues {
		if strings.Contains(s, cue) {
			return true
		}
	}
	return false
}

// nameMonths are months that are also given names.
var nameMonths = setOf(`april may june august`)

// reportedFuture reports the future told in reported speech before pos
// in its sentence: "said the company would raise prices in May".
func reportedFuture(text string, pos int) bool {
	start := strings.LastIndexAny(text[:pos], ".!?\n")
	s := " " + strings.ToLower(text[start+1:pos]) + " "
	// Not "more than expected in March", "higher than forecast in May":
	// a comparison with a past expectation.
	for _, cue := range []string{" would ", " plans to ", " planned to ", " expects ", " expected to ", " is due to ", " was due to ", " aims to ", " forecasts "} {
		if strings.Contains(s, cue) {
			return true
		}
	}
	// "she expected it to pass 40 million by December".
	for _, cue := range []string{" expected ", " expect "} {
		if i := strings.Index(s, cue); i >= 0 && strings.Contains(s[i+len(cue):min(len(s), i+len(cue)+24)], " to ") {
			return true
		}
	}
	return false
}

// futureBefore reports future cues in the words of the sentence before
// pos only.
func futureBefore(text string, pos int) bool {
	start := strings.LastIndexAny(text[:pos], ".!?\n")
	if start < 0 {
		start = 0
	}
	s := " " + strings.ToLower(unquoted(text[start:pos], "")) + " "
	for _, cue := range futureCues[:len(futureCues)-2] {
		if strings.Contains(s, cue) {
			return true
		}
	}
	return clauseAhead(text, pos)
}

// unquoted blanks the words of the quotations around a date that it is
// not inside: "“We will appeal,” she said on Monday" speaks of the
// future only inside the quote, and the date belongs to the saying; in
// "“We will meet on Friday,” she said" the quote is the date's own. before
// ends at the date, after starts at it.
func unquoted(before, after string) string {
	blank := func(s string, from, to int) string {
		return s[:from] + strings.Repeat(" ", to-from) + s[to:]
	}
	spans := func(s string, inside bool) (out [][2]int, open int) {
		open = -1
		if inside {
			open = 0
		}
		for i, r := range s {
			switch {
			case r == '“' || r == '"' && open < 0:
				open = i
			case (r == '”' || r == '"') && open >= 0:
				out = append(out, [2]int{open, i + utf8.RuneLen(r)})
				open = -1
			}
		}
		return out, open
	}
	bs, open := spans(before, false)
	for _, sp := range bs {
		before = blank(before, sp[0], sp[1])
	}
	inside := open >= 0
	as, open2 := spans(after, inside)
	for k, sp := range as {
		if k == 0 && inside {
			continue // the rest of the date's own quotation
		}
		after = blank(after, sp[0], sp[1])
	}
	if open2 >= 0 && !(inside && len(as) == 0) {
		after = blank(after, open2, len(after))
	}
	return before + after
}

// SaidAsPast reports a date its clause speaks of in the past tense ("was
// detained on March 14"), not as something to come.
func (a *Analysis) SaidAsPast(d DateMention) bool {
	return !d.future && pastInClause(a.Text, d.Span.Start)
}

// pastInClause reports a verb in the past in the clause before pos: "the
// committee met on Friday", "police arrested two on Friday".
// pastAt defers pastInClause: explicitDate asks only for a yearless date
// whose weekday does not fit.
func pastAt(text string, pos int) func() bool {
	return func() bool { return pastInClause(text, pos) }
}

func pastInClause(text string, pos int) bool {
	past := false
	for _, w := range strings.Fields(text[clauseStart(text, pos):pos]) {
		w = strings.Trim(w, "\"'“”‘’()")
		if unicode.IsUpper(firstRune(w)) && !strings.EqualFold(w, "was") && !strings.EqualFold(w, "were") {
			continue // "Ahmed", "Mohammed": names, not verbs
		}
		w = strings.ToLower(w)
		switch {
		case w == "would" || w == "will" || w == "shall" || strings.HasSuffix(w, "'ll") || strings.HasSuffix(w, "’ll"):
			past = false // "said the union would attend Thursday's talks"
		case pastIrregular[w] || len(w) > 4 && strings.HasSuffix(w, "ed") && !notPastEd[w]:
			past = true
		}
	}
	return past
}

var pastIrregular = setOf(`was were met held took made said told went came left began rose fell saw won lost shot hit fled sent kept
led built bought paid spent found gave struck fought broke spoke wrote drove ran sat stood threw caught brought thought`)

// notPastEd end in -ed without being verbs in the past.
var notPastEd = setOf(`planned scheduled expected proposed intended supposed red bed need speed seed feed breed hundred`)

// clauseStart is where the clause around pos begins: after the last
// clause mark, a dot of "6 a.m." or "U.S." not counting.
func clauseStart(text string, pos int) int {
	end := pos
	for {
		i := strings.LastIndexAny(text[:end], ".!?\n,;:")
		if i < 0 {
			return 0
		}
		if text[i] == '.' && i >= 1 && unicode.IsLetter(rune(text[i-1])) && (i < 2 || text[i-2] == '.' || text[i-2] == ' ') {
			end = i // "a.m.", "U.S."
			continue
		}
		return i + 1
	}
}

// clauseAhead reports a date said of what is to come by the words of its
// own clause before it: "the board would vote on Friday", "we hope
// to reach them by Wednesday", "set a hearing for 11 February". Only the
// clause counts, so "said on Monday he would resign" stays in the past.
func clauseAhead(text string, pos int) bool {
	start := clauseStart(text, pos)
	words := strings.Fields(strings.ToLower(text[start:pos]))
	if len(words) == 0 {
		return false
	}
	last := words[len(words)-1]
	if len(words) > 2 && last == "least" && words[len(words)-2] == "at" && (words[len(words)-3] == "until" || words[len(words)-3] == "till") {
		return true // "the talks would run until at least Friday"
	}
	switch last {
	case "on", "by", "for", "until", "till", "before":
	case "starting", "beginning", "start", "starts", "begin", "begins", "ends", "end", "expires", "resumes":
		// "the pause, starting Friday", "the hours start Friday": a
		// start or an end said in the present is one ahead; not a noun
		// ("since the ceasefire's start Monday").
		if len(words) > 1 {
			if b := words[len(words)-2]; b == "the" || b == "its" || b == "their" || b == "his" || b == "her" || strings.HasSuffix(b, "'s") || strings.HasSuffix(b, "’s") {
				return false
			}
		}
		if slices.Contains(words, "since") {
			return false
		}
		return true
	default:
		return false
	}
	// "listed the matter for compliance on 8 January", "adjourned the
	// trial for arguments on …": scheduled, then what for, then the day.
	for k, w := range words[:len(words)-1] {
		if schedulingVerbs[w] && slices.Contains(words[k+1:len(words)-1], "for") {
			return true
		}
	}
	for k, w := range words[:len(words)-1] {
		w = strings.Trim(w, "\"'“”‘’")
		// "plans to meet on Friday"; not "announced a plan … on Tuesday".
		if (w == "plan" || w == "plans" || w == "hope" || w == "hopes" || w == "aim" || w == "aims") && words[k+1] != "to" {
			continue
		}
		switch w {
		case "would", "will", "hope", "hopes", "plan", "plans", "expected", "expects", "due", "scheduled", "deadline", "aims", "aim",
			// A fixture in the present tense: "United host Porto on Wednesday".
			"host", "hosts", "face", "faces", "play", "plays", "meet", "meets", "visit", "visits", "resumes", "begins", "starts",
			// A forecast is of what is to come: "forecast 48 degrees on Saturday".
			"forecast", "forecasts", "predicts", "predicted",
			// "a pause beginning at 6 a.m. on Friday", "the hours start Friday".
			"start", "begin", "beginning", "starting", "resume":
			return true
		case "hoped", "planned", "set", "adjourned", "fixed", "postponed", "promised", "pledged", "vowed":
			// Past tense: "vowed on Monday" is when the vow was made;
			// "set a hearing for 11 February" is when the hearing is.
			if last != "on" {
				return true
			}
		}
	}
	return false
}

var schedulingVerbs = setOf(`listed posted adjourned fixed set scheduled deferred reserved`)

func (an *Analyzer) resolveRelative(s string, published time.Time) (time.Time, bool) {
	loc := zoneOf(published)
	day := time.Date(published.Year(), published.Month(), published.Day(), 0, 0, 0, 0, loc)
	switch s {
	case "today", "tonight", "this morning", "this afternoon", "this evening":
		return day, true
	case "yesterday", "last night":
		return day.AddDate(0, 0, -1), true
	case "tomorrow":
		return day.AddDate(0, 0, 1), true
	case "last week":
		// The Monday of the previous week.
		off := (int(day.Weekday()) + 6) % 7
		return day.AddDate(0, 0, -off-7), true
	case "last month":
		return time.Date(day.Year(), day.Month()-1, 1, 0, 0, 0, 0, loc), true
	case "last year":
		return time.Date(day.Year()-1, 1, 1, 0, 0, 0, 0, loc), true
	}
	if strings.HasPrefix(s, "earlier this") {
		return day, true
	}
	cfg := &dps.Configuration{Languages: []string{"en"}, CurrentTime: published, PreferredDateSource: dps.Past, DefaultTimezone: loc}
	an.dateMu.Lock()
	res, err := an.dates.Parse(cfg, s)
	an.dateMu.Unlock()
	if err != nil || res.Time.IsZero() {
		return time.Time{}, false
	}
	return time.Date(res.Time.Year(), res.Time.Month(), res.Time.Day(), 0, 0, 0, 0, loc), true
}

// ordinalDays are the days of a month as ordinal words.
var ordinalDays = func() map[string]int {
	units := []string{"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"}
	m := map[string]int{"tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
		"sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30}
	for i, u := range units {
		m[u] = i + 1
		m["twenty-"+u] = 21 + i
		m["twenty "+u] = 21 + i
	}
	m["thirty-first"], m["thirty first"] = 31, 31
	return m
}()

// ordinalDayRe matches any key of ordinalDays, longest first.
var ordinalDayRe = `twenty[- ](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|thirty[- ]first|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth`
