package claims

import (
	"strconv"
	"strings"
	"time"
)

// passageWords is the size above which a paragraph is cut into passages of
// a few sentences each: long enough to carry a claim and its context,
// short enough that a search hit points at the words that matter.
const passageWords = 120

// SplitPassages cuts a source's text into passages: each paragraph, or
// runs of its sentences when it is long.
func SplitPassages(src *Source) []Passage {
	if src == nil || src.Doc == nil {
		return nil
	}
	doc := src.Doc
	var out []Passage
	var pub time.Time
	if !doc.Published.IsZero() {
		pub = doc.Published
	}
	add := func(s, e int) {
		s, e = trimSpan(doc.Text, s, e)
		if e <= s {
			return
		}
		out = append(out, Passage{
			ID: src.ID + "/" + strconv.Itoa(len(out)), SourceID: src.ID, URL: src.URL, Publisher: doc.Publisher, Title: doc.Title,
			Language: doc.Language, Published: pub, Seq: len(out), Start: s, End: e, Text: doc.Text[s:e],
		})
	}
	sents := SplitSentences(doc.Text)
	si := 0
	for _, p := range Paragraphs(doc.Text) {
		if len(strings.Fields(doc.Text[p.Start:p.End])) <= passageWords {
			add(p.Start, p.End)
			continue
		}
		start, words := p.Start, 0
		for ; si < len(sents) && sents[si].Start < p.End; si++ {
			s := sents[si]
			if s.End <= p.Start {
				continue
			}
			n := len(strings.Fields(doc.Text[s.Start:s.End]))
			if words > 0 && words+n > passageWords {
				add(start, s.Start)
				start, words = s.Start, 0
			}
			words += n
		}
		add(start, p.End)
	}
	return out
}
