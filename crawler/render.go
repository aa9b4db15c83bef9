package crawler

import (
	"net/url"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/provenance-audit/provenance/claims"
)

// Links are carried through the extractors as marks in the text: an
// extractor may drop, move or rebuild elements (go-trafilatura's own link
// mode reorders text), but it keeps the text it keeps in order. Before
// extraction every link's text is wrapped in a private-use rune that
// names it; rendering turns the marks back into spans.
const (
	markOpen  = 0xE000 // + link number: the link's text starts
	markClose = 0xEC00 // + link number: it ends
	markLimit = 0xEC00 - markOpen
)

func isMark(r rune) bool { return r >= markOpen && r < markClose+markLimit }

// stripMarks removes mark runes (and so any private-use runes of the same
// range a page carries itself, such as icon-font glyphs).
func stripMarks(s string) string {
	if !strings.ContainsFunc(s, isMark) {
		return s
	}
	return strings.Map(func(r rune) rune {
		if isMark(r) {
			return -1
		}
		return r
	}, s)
}

// markLinks wraps the text of every link in marks and returns the links
// by number. Links without text are left alone,
// so that marking never makes an empty element look like content.
func markLinks(root *html.Node, base *url.URL) []linkTarget {
	var hrefs []linkTarget
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && tagAtom(n) == atom.A {
			// Every link counts as link text; only http(s) targets are
			// kept as links of the document.
			if hasAttr(n, "href") && hasVisibleText(n) && len(hrefs) < markLimit {
				i := len(hrefs)
				hrefs = append(hrefs, linkTarget{url: resolveURL(base, strings.TrimSpace(attr(n, "href"))), letters: letters(n)})
				n.InsertBefore(&html.Node{Type: html.TextNode, Data: string(rune(markOpen + i))}, n.FirstChild)
				n.AppendChild(&html.Node{Type: html.TextNode, Data: string(rune(markClose + i))})
			}
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	return hrefs
}

// linkTarget is a marked link: where it points and how many letters
// and digits its text has, which ends it when an extractor dropped its
// closing mark.
type linkTarget struct {
	url     string
	letters int
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, key) {
			return true
		}
	}
	return false
}

func letters(n *html.Node) int {
	c := 0
	for _, r := range textOf(n) {
		if unicode.IsLetter(r) || unicode.IsNumber(r) {
			c++
		}
	}
	return c
}

// hasVisibleText reports whether an element shows any text (the raw text
// of noscript, script and style does not count).
func hasVisibleText(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode && strings.TrimSpace(c.Data) != "":
			return true
		case c.Type == html.ElementNode:
			switch tagAtom(c) {
			case atom.Script, atom.Style, atom.Noscript, atom.Template:
				continue
			}
			if hasVisibleText(c) {
				return true
			}
		}
	}
	return false
}

// para is one rendered paragraph and what is known of its role.
type para struct {
	text    strings.Builder
	links   []claims.Link // offsets within text
	heading bool          // written inside h1–h6
	item    bool          // written inside a list item
	runes   int           // letters and digits
	inLink  int           // of which inside a link
}

func (p *para) String() string { return p.text.String() }

// linkShare is the share of the paragraph's letters inside links.
func (p *para) linkShare() float64 {
	if p.runes == 0 {
		return 0
	}
	return float64(p.inLink) / float64(p.runes)
}

// renderer turns an extracted content tree into paragraphs.
type renderer struct {
	hrefs        []linkTarget
	paras        []*para
	cur          *para
	pendingSpace bool
	needBreak    bool
	heading      int
	item         int
	open         map[int]int // link number → start in cur (-1: at the next rune)
	seen         map[int]int // link number → letters written so far
}

// blockTags end a paragraph in rendered text.
var blockTags = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Li: true, atom.Blockquote: true, atom.Pre: true, atom.Tr: true, atom.Table: true, atom.Ul: true, atom.Ol: true,
	atom.Section: true, atom.Article: true, atom.Header: true, atom.Footer: true, atom.Figure: true, atom.Figcaption: true,
	atom.Dd: true, atom.Dt: true, atom.Dl: true, atom.Main: true, atom.Aside: true, atom.Hr: true, atom.Caption: true,
}

// Extractors build some elements under their own names (head for
// headings, list, item, lb for line breaks); they break paragraphs too.
var blockNames = map[string]bool{"head": true, "list": true, "item": true, "quote": true, "row": true, "lb": true}

var headingTags = map[atom.Atom]bool{atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true}

// tagAtom is an element's atom; extractors build elements by name and
// leave DataAtom unset.
func tagAtom(n *html.Node) atom.Atom {
	if n.DataAtom != 0 || n.Type != html.ElementNode {
		return n.DataAtom
	}
	return atom.Lookup([]byte(strings.ToLower(n.Data)))
}

func render(n *html.Node, hrefs []linkTarget) []*para {
	r := &renderer{hrefs: hrefs, open: map[int]int{}, seen: map[int]int{}}
	r.walk(n)
	r.endPara()
	return r.paras
}

func (r *renderer) endPara() {
	if r.cur == nil {
		return
	}
	// A link that runs on (a card: headline and summary) has a span in
	// each paragraph.
	for i, start := range r.open {
		if start >= 0 {
			r.addLink(i, start)
			r.open[i] = -1
		}
	}
	if r.cur.runes > 0 {
		r.paras = append(r.paras, r.cur)
	}
	r.cur = nil
}

func (r *renderer) addLink(i, start int) {
	text := r.cur.text.String()
	end := len(text)
	for end > start && text[end-1] == ' ' {
		end--
	}
	if end > start && r.hrefs[i].url != "" {
		r.cur.links = append(r.cur.links, claims.Link{URL: r.hrefs[i].url, Text: text[start:end], Start: start, End: end})
	}
}

func (r *renderer) write(s string) {
	for _, c := range s {
		switch {
		case c >= markOpen && c < markOpen+markLimit:
			if i := int(c - markOpen); i < len(r.hrefs) {
				r.open[i] = -1
			}
			continue
		case c >= markClose && c < markClose+markLimit:
			i := int(c - markClose)
			if start, ok := r.open[i]; ok {
				if start >= 0 && r.cur != nil {
					r.addLink(i, start)
				}
				delete(r.open, i)
			}
			delete(r.seen, i)
			continue
		case unicode.IsSpace(c):
			r.pendingSpace = true
			continue
		}
		if r.needBreak {
			r.endPara()
			r.needBreak = false
			r.pendingSpace = false
		}
		if r.cur == nil {
			r.cur = &para{heading: r.heading > 0, item: r.item > 0}
		}
		letter := unicode.IsLetter(c) || unicode.IsNumber(c)
		// Most text is in no link: skip the map walks then.
		inLink := len(r.open) > 0
		if letter && inLink {
			// A link whose closing mark was lost ends with its text.
			for i, start := range r.open {
				if r.seen[i] >= r.hrefs[i].letters {
					if start >= 0 {
						r.addLink(i, start)
					}
					delete(r.open, i)
				}
			}
		}
		if r.pendingSpace && r.cur.text.Len() > 0 {
			r.cur.text.WriteByte(' ')
		}
		r.pendingSpace = false
		if inLink {
			for i, start := range r.open {
				if start < 0 {
					r.open[i] = r.cur.text.Len()
				}
			}
		}
		r.cur.text.WriteRune(c)
		if letter {
			r.cur.runes++
			if len(r.open) > 0 {
				r.cur.inLink++
				for i := range r.open {
					r.seen[i]++
				}
			}
		}
	}
}

func (r *renderer) walk(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		r.write(n.Data)
		return
	case html.ElementNode:
		switch tagAtom(n) {
		case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Iframe, atom.Svg, atom.Button, atom.Form, atom.Select, atom.Head, atom.Title:
			return
		case atom.Br:
			r.pendingSpace = true
			return
		}
	}
	a := tagAtom(n)
	el := n.Type == html.ElementNode
	block := el && (blockTags[a] || blockNames[n.Data])
	// Table cells are words apart, not run together.
	cell := el && (a == atom.Td || a == atom.Th || n.Data == "cell")
	heading := el && (headingTags[a] || n.Data == "head")
	item := el && (a == atom.Li || n.Data == "item")
	if block {
		r.needBreak = true
	}
	if cell {
		r.pendingSpace = true
	}
	if heading {
		r.heading++
	}
	if item {
		r.item++
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		r.walk(c)
	}
	if heading {
		r.heading--
	}
	if item {
		r.item--
	}
	if block {
		r.needBreak = true
	}
	if cell {
		r.pendingSpace = true
	}
}

// join lays paragraphs out as the document text, a blank line apart, and
// moves their links' spans into it.
func join(paras []*para) (string, []claims.Link) {
	var b strings.Builder
	var links []claims.Link
	for i, p := range paras {
		if i > 0 {
			b.WriteString("\n\n")
		}
		off := b.Len()
		b.WriteString(p.String())
		for _, l := range p.links {
			l.Start += off
			l.End += off
			links = append(links, l)
		}
	}
	return b.String(), links
}

// Boilerplate that extractors keep inside the article's container: the
// rules are about the form of a paragraph (its role, its share of link
// text, its place) and about phrases publishers use everywhere, never
// about one site.
var (
	// Credits and sign-offs at the foot of wire and newspaper copy.
	signOffRE = regexp.MustCompile(`(?i)^[(\[]?\s*(\(?reporting by|additional reporting|writing by|editing by|compiled by|edited by|with reporting from|reporting from .{0,40} by)\b|` +
		`(?i)\b(contributed (to )?(this )?(report|reporting|to this story)|contributed reporting)\W*$|^\W*(with )?(ap|afp|reuters|post|wire) wires\W*$|\(end\)\W*$`)
	// Reader services: subscriptions, newsletters, sharing, app
	// promotion, legal small print, advertising labels.
	serviceRE = regexp.MustCompile(`(?i)^\W*(advertisement|advertising|anzeige|publicité|publicidad|sponsored( content)?|story continues below|continue reading( below)?|scroll to continue)\W*$|` +
		`(?i)(copyright|\(c\)|©|ⓒ).{0,80}(all rights reserved|may not be (published|reproduced|copied)|무단전재)|^\W*(copyright|©)\s*(\d{4}|ⓒ)?[^.]{0,60}$|` +
		`(?i)^\W*(sign up|subscribe)( now| today| here)?\W*$|\b(newsletters?|e-?mail alerts|inbox)\b.{0,80}\b(sign up|subscribe|delivered)\b|\b(sign up|subscribe)\b.{0,80}\b(newsletters?|e-?mail alerts|inbox|unlimited access|our (print|digital) edition)\b|` +
		`(?i)^\W*(follow (us|him|her|them|the .{0,40}) on|share (this|it) (with|on)|like this (story|article)\?|click here|get the .{0,30} app\b)|` +
		`(?i)\b(this (post|article|page) (contains|may contain) affiliate links|(may|might) earn (a|an) (small )?commission)|` +
		`(?i)^\W*(our standards:|acquire licensing rights)`)
	// Labels of a list of other stories.
	relatedRE       = regexp.MustCompile(`(?i)^\W*(related( (stories|articles|coverage|content|posts?|news|reading|links))?|read (more|also|next)|see (more|also)|also (read|see|on)|more (from|on|in|stories|news|coverage)\b.*|more|recommended( for you| reading)?|you (may|might) (also )?like|most (read|popular|viewed|shared)\b.*|popular (on|in|now)\b.*|other news|latest (news|stories)|trending( now)?|top stories|editor'?s picks|don'?t miss|further reading)\W*:?$`)
	relatedPrefixRE = regexp.MustCompile(`(?i)^\W*(related|read (more|also|next)|see (more|also)|also read|more|watch|listen|recommended|don'?t miss)\s*:`)
)

// dropBoilerplate removes from extracted paragraphs what is not the
// article: the headline repeated at the top, lists of links to other
// stories with their labels, credits, sign-offs and reader services.
func dropBoilerplate(paras []*para, title string) []*para {
	keep := make([]bool, len(paras))
	for i := range keep {
		keep[i] = true
	}
	nt := normText(title)
	for i, p := range paras {
		s := p.String()
		words := len(strings.Fields(s))
		switch {
		// The headline, shown apart as the title.
		case i < 3 && nt != "" && normText(s) == nt:
			keep[i] = false
		case words <= 60 && mayBeBoilerplate(s) && (signOffRE.MatchString(s) || serviceRE.MatchString(s)):
			keep[i] = false
		case words <= 40 && p.linkShare() >= 0.5 && strings.Contains(s, ":") && relatedPrefixRE.MatchString(s):
			keep[i] = false
		}
	}
	// Runs of paragraphs that are all link, and the label before them:
	// lists of other stories, not text.
	linky := func(p *para) bool { return p.linkShare() >= 0.8 && len(strings.Fields(p.String())) <= 30 }
	for i := 0; i < len(paras); {
		if !linky(paras[i]) {
			i++
			continue
		}
		j := i
		for j < len(paras) && linky(paras[j]) {
			j++
		}
		label := i > 0 && isLabel(paras[i-1])
		if j-i >= 2 || label {
			for k := i; k < j; k++ {
				keep[k] = false
			}
			if label {
				keep[i-1] = false
			}
		}
		i = j
	}
	// A label left with nothing under it.
	for i, p := range paras {
		if keep[i] && len(strings.Fields(p.String())) <= 8 && relatedRE.MatchString(p.String()) && (i+1 == len(paras) || !keep[i+1]) {
			keep[i] = false
		}
	}
	out := paras[:0:0]
	for i, p := range paras {
		if keep[i] {
			out = append(out, p)
		}
	}
	return out
}

// isLabel reports a short line that introduces a list of other stories.
func isLabel(p *para) bool {
	s := p.String()
	n := len(strings.Fields(s))
	return n <= 8 && relatedRE.MatchString(s) || p.heading && n <= 6
}

// boilerplateWords are in every paragraph the sign-off and service rules
// match: a cheap test before the regular expressions.
var boilerplateWords = []string{"reporting by", "additional reporting", "writing by", "editing by", "compiled by", "edited by",
	"with reporting", "reporting from", "contributed", " wires", "(end)", "advertis", "anzeige", "publicit", "sponsored",
	"continues below", "continue reading", "scroll to continue", "copyright", "(c)", "©", "ⓒ", "newsletter", "alerts",
	"inbox", "sign up", "subscribe", "follow ", "share this", "share it", "like this", "click here", " app",
	"affiliate", "commission", "our standards", "licensing rights"}

func mayBeBoilerplate(s string) bool {
	low := strings.ToLower(s)
	for _, w := range boilerplateWords {
		if strings.Contains(low, w) {
			return true
		}
	}
	return false
}

// normText folds a text for comparison: letters and digits, lower case.
func normText(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case unicode.IsLetter(r) || unicode.IsNumber(r):
			b.WriteRune(unicode.ToLower(r))
		case unicode.IsSpace(r):
			if b.Len() > 0 {
				last, _ := utf8.DecodeLastRuneInString(b.String())
				if last != ' ' {
					b.WriteByte(' ')
				}
			}
		}
	}
	return strings.TrimSpace(b.String())
}

func resolveURL(base *url.URL, href string) string {
	low := strings.ToLower(href)
	if href == "" || strings.HasPrefix(href, "#") || strings.HasPrefix(low, "javascript:") || strings.HasPrefix(low, "mailto:") {
		return ""
	}
	u, err := url.Parse(href)
	if err != nil {
		return ""
	}
	if base != nil {
		u = base.ResolveReference(u)
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return ""
	}
	// One page under one address: no fragment, no tracking parameters.
	return claims.Canonical(u.String())
}
