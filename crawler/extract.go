package crawler

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"mime"
	"net/url"
	"regexp"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	readability "codeberg.org/readeck/go-readability/v2"
	"github.com/ledongthuc/pdf"
	"github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/transform"

	"github.com/provenance-audit/provenance/claims"
)

// shortText is the length under which a page's main text is suspicious
// for an article (a paywall, a consent wall, a page that needs script).
const shortText = 400

// Extractor reads the main text and metadata of a page. It implements
// claims.Reader.
type Extractor struct{}

// Read extracts a document from a response body.
func (Extractor) Read(body []byte, contentType, pageURL string) (doc *claims.Document, err error) {
	// A parser bug on hostile input must cost one source, not the audit.
	defer func() {
		if r := recover(); r != nil {
			doc, err = nil, fmt.Errorf("could not read the page: %v", r)
		}
	}()
	mt := mediaType(contentType, body)
	if mt == "application/octet-stream" || mt == "text/plain" && looksHTML(body) {
		if looksHTML(body) {
			mt = "text/html"
		}
	}
	switch {
	case mt == "application/pdf":
		return readPDF(body, pageURL)
	case mt == "text/plain" || mt == "text/markdown" || strings.HasSuffix(strings.ToLower(pageURL), ".md") || strings.HasSuffix(strings.ToLower(pageURL), ".txt"):
		text, err := toUTF8(body, contentType)
		if err != nil {
			return nil, err
		}
		return ReadText(text, pageURL), nil
	case mt == "text/html" || mt == "application/xhtml+xml" || mt == "application/xml":
		return readHTML(body, contentType, pageURL)
	}
	return nil, fmt.Errorf("unsupported content type %s", mt)
}

// toUTF8 converts a body to UTF-8. The order of trust: a byte-order
// mark; the Content-Type charset; bytes that are valid UTF-8 with
// multi-byte sequences (a page re-encoded to UTF-8 often keeps a stale
// <meta> declaration, and text in a legacy charset is almost never valid
// UTF-8 by chance); the <meta> declaration; a guess from the bytes.
func toUTF8(body []byte, contentType string) (string, error) {
	if enc, name := charset.Lookup(bomCharset(body)); enc != nil {
		return decodeWith(enc, name, body)
	}
	declared := ""
	if _, params, err := mime.ParseMediaType(contentType); err == nil {
		declared = strings.TrimSpace(params["charset"])
	}
	validUTF8 := utf8.Valid(body)
	if enc, name := charset.Lookup(declared); enc != nil {
		if name == "utf-8" || !(validUTF8 && hasMultibyte(body) && singleByteLatin(name)) {
			return decodeWith(enc, name, body)
		}
	}
	if validUTF8 && hasMultibyte(body) {
		return string(body), nil
	}
	enc, name, _ := charset.DetermineEncoding(body, "text/html")
	if name == "windows-1252" && validUTF8 {
		// DetermineEncoding's fallback guess for plain ASCII.
		return string(body), nil
	}
	return decodeWith(enc, name, body)
}

// bomCharset names the charset a byte-order mark announces, or "".
func bomCharset(b []byte) string {
	switch {
	case bytes.HasPrefix(b, []byte("\xef\xbb\xbf")):
		return "utf-8"
	case bytes.HasPrefix(b, []byte("\xfe\xff")):
		return "utf-16be"
	case bytes.HasPrefix(b, []byte("\xff\xfe")):
		return "utf-16le"
	}
	return ""
}

func hasMultibyte(b []byte) bool {
	for _, c := range b {
		if c >= 0x80 {
			return true
		}
	}
	return false
}

// singleByteLatin reports the charsets that servers declare by default
// or by mistake for pages that are really UTF-8.
func singleByteLatin(name string) bool {
	switch name {
	case "windows-1252", "iso-8859-1", "iso-8859-15", "us-ascii":
		return true
	}
	return false
}

func decodeWith(enc encoding.Encoding, name string, body []byte) (string, error) {
	if name == "utf-8" {
		b := bytes.TrimPrefix(body, []byte("\xef\xbb\xbf"))
		if utf8.Valid(b) {
			return string(b), nil
		}
		return strings.ToValidUTF8(string(b), "\uFFFD"), nil
	}
	out, _, err := transform.Bytes(enc.NewDecoder(), body)
	if err != nil {
		return "", fmt.Errorf("decode %s: %w", name, err)
	}
	// A decoder passes invalid sequences through as U+FFFD; a BOM it
	// understood is gone, one it did not is dropped here.
	return strings.TrimPrefix(string(out), "\ufeff"), nil
}

func readHTML(body []byte, contentType, pageURL string) (*claims.Document, error) {
	text, err := toUTF8(body, contentType)
	if err != nil {
		return nil, err
	}
	// The page's own runes of the mark range would pass for marks.
	text = stripMarks(text)
	root, err := html.Parse(strings.NewReader(text))
	if err != nil {
		return nil, fmt.Errorf("parse HTML: %w", err)
	}
	u, _ := url.Parse(pageURL)
	meta := readMeta(root, u)

	doc := &claims.Document{URL: pageURL, Title: meta.title, Publisher: meta.publisher, Published: meta.published,
		Modified: meta.modified, Byline: meta.byline, Language: meta.lang}

	prune(root)
	hrefs := markLinks(root, u)
	// EnableFallback lets trafilatura weigh its reading against
	// readability's and dom-distiller's: a tenth of the time, and the
	// difference on table layouts and live pages.
	opts := trafilatura.Options{OriginalURL: u, EnableFallback: true, ExcludeComments: true, HtmlDateMode: trafilatura.Fast}
	var paras []*para
	res, terr := trafilatura.ExtractDocument(root, opts)
	if terr == nil && res != nil && res.ContentNode != nil {
		paras = render(res.ContentNode, hrefs)
		doc.Extractor = "trafilatura"
		md := res.Metadata
		if doc.Title == "" {
			doc.Title = stripMarks(md.Title)
		}
		if doc.Publisher == "" {
			doc.Publisher = stripMarks(md.Sitename)
		}
		if doc.Byline == "" {
			doc.Byline = stripMarks(md.Author)
		}
		if doc.Published.IsZero() && !md.Date.IsZero() {
			doc.Published = md.Date
		}
		if doc.Language == "" {
			doc.Language = md.Language
		}
	}
	paras = recoverLists(root, paras, hrefs)
	if textLen(paras) < shortText {
		// go-readability as a second opinion when trafilatura found little.
		root2, err := html.Parse(strings.NewReader(text))
		if err == nil {
			markLinks(root2, u)
			if art, err := readability.FromDocument(root2, u); err == nil && art.Node != nil {
				if alt := render(art.Node, hrefs); textLen(alt) > textLen(paras) {
					paras = alt
					doc.Extractor = "readability"
				}
				if doc.Byline == "" {
					doc.Byline = stripMarks(art.Byline())
				}
			}
		}
	}
	paras = dropBoilerplate(paras, doc.Title)
	doc.Text, doc.Links = join(paras)
	doc.Byline = cleanByline(doc.Byline)
	if doc.Publisher == "" && u != nil {
		doc.Publisher = strings.TrimPrefix(u.Hostname(), "www.")
	}
	doc.Short = len(doc.Text) < shortText
	return doc, nil
}

// recoverLists puts back the items of a list of sentences that the
// extractor dropped though it kept the paragraph right before it: a
// release's "decided to: (i) … (ii) …" is the release. trafilatura keeps
// such lists inside an <article>, not in a page with no container. Lists
// of links or of a few words (menus, tags) stay out.
func recoverLists(root *html.Node, paras []*para, hrefs []linkTarget) []*para {
	if len(paras) == 0 {
		return paras
	}
	index := map[string]int{}
	for i, p := range paras {
		index[normText(p.String())] = i
	}
	type insert struct {
		after int
		items []*para
	}
	var ins []insert
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			if a := tagAtom(c); a != atom.Ol && a != atom.Ul {
				walk(c)
				continue
			}
			prev := prevElement(c)
			if prev == nil {
				continue
			}
			before := render(prev, hrefs)
			if len(before) == 0 {
				continue
			}
			at, ok := index[normText(before[len(before)-1].String())]
			if !ok {
				continue
			}
			items := render(c, hrefs)
			if len(items) < 2 {
				continue
			}
			good := true
			for _, it := range items {
				// Not a related-stories list: a linked headline and its teaser
				// read as a sentence too.
				if _, kept := index[normText(it.String())]; kept || len(it.links) > 0 || it.inLink > 0 || len(strings.Fields(it.String())) < 4 {
					good = false
					break
				}
			}
			if good {
				ins = append(ins, insert{at, items})
			}
		}
	}
	walk(root)
	// A lede the extractor took for a teaser: the paragraph of sentences
	// right before the first one it kept ("<p class=teaser>… hat das
	// Eisenbahn-Bundesamt (EBA) heute … angeordnet.").
	for i, p := range paras {
		if len(strings.Fields(p.String())) < 12 || p.heading {
			continue
		}
		if lede := ledeBefore(root, p, hrefs); lede != nil {
			if _, kept := index[normText(lede.String())]; !kept {
				ins = append([]insert{{i - 1, []*para{lede}}}, ins...)
			}
		}
		break
	}
	for k := len(ins) - 1; k >= 0; k-- {
		in := ins[k]
		paras = append(paras[:in.after+1], append(in.items, paras[in.after+1:]...)...)
	}
	return paras
}

// ledeBefore returns the paragraph element right before the one that
// renders as the first paragraph of the body, when it is a paragraph of
// sentences of its own.
func ledeBefore(root *html.Node, first *para, hrefs []linkTarget) *para {
	want := normText(first.String())
	var found *para
	var walk func(*html.Node) bool
	walk = func(n *html.Node) bool {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			if tagAtom(c) == atom.P {
				if r := render(c, hrefs); len(r) == 1 && normText(r[0].String()) == want {
					if prev := prevElement(c); prev != nil && tagAtom(prev) == atom.P && !captionLike(prev) {
						if pr := render(prev, hrefs); len(pr) == 1 && len(strings.Fields(pr[0].String())) >= 15 && pr[0].linkShare() < 0.3 && endsSentence(pr[0].String()) {
							found = pr[0]
						}
					}
					return true
				}
				continue
			}
			if walk(c) {
				return true
			}
		}
		return false
	}
	walk(root)
	return found
}

// captionLike reports a paragraph that belongs to a picture: a caption
// or credit class, or a figure or image right before it.
func captionLike(n *html.Node) bool {
	cls := strings.ToLower(attr(n, "class") + " " + attr(n, "id"))
	for _, w := range []string{"caption", "credit", "photo", "image", "figure", "media", "picture"} {
		if strings.Contains(cls, w) {
			return true
		}
	}
	if prev := prevElement(n); prev != nil {
		switch tagAtom(prev) {
		case atom.Figure, atom.Img, atom.Picture:
			return true
		}
	}
	return false
}

// prevElement is the element before n among its siblings, or nil.
func prevElement(n *html.Node) *html.Node {
	prev := n.PrevSibling
	for prev != nil && prev.Type != html.ElementNode {
		prev = prev.PrevSibling
	}
	return prev
}

// endsSentence reports text whose last mark closes a sentence.
func endsSentence(s string) bool {
	s = strings.TrimSpace(s)
	return s != "" && strings.ContainsAny(s[len(s)-1:], ".!?")
}

// prune removes what is never text, before the extractors copy the tree
// (trafilatura copies it three times): scripts other than JSON-LD, styles,
// inline SVG and templates. On real pages that is often most of the bytes.
func prune(n *html.Node) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		if c.Type == html.ElementNode {
			switch tagAtom(c) {
			case atom.Script:
				if !strings.Contains(strings.ToLower(attr(c, "type")), "ld+json") {
					n.RemoveChild(c)
				}
			case atom.Style, atom.Svg, atom.Template:
				n.RemoveChild(c)
			default:
				if isDek(c) {
					n.RemoveChild(c)
				} else {
					prune(c)
				}
			}
		} else if c.Type == html.CommentNode {
			n.RemoveChild(c)
		}
		c = next
	}
}

// dekClasses name the summary under a headline (standfirst, dek,
// subtitle): the article's own précis of itself, not its text.
var dekClasses = map[string]bool{"standfirst": true, "dek": true, "deck": true, "subtitle": true, "subheadline": true,
	"strapline": true, "excerpt": true, "summary": true}

func isDek(n *html.Node) bool {
	switch tagAtom(n) {
	case atom.P, atom.Div, atom.Span:
	default:
		return false
	}
	cls := attr(n, "class")
	if cls == "" {
		return false
	}
	found := false
	for _, tok := range strings.FieldsFunc(strings.ToLower(cls), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if dekClasses[tok] {
			found = true
			break
		}
	}
	return found && len(strings.Fields(textOf(n))) <= 60
}

func textLen(paras []*para) int {
	n := 0
	for _, p := range paras {
		n += p.text.Len() + 2
	}
	return n
}

// pageMeta is the metadata read from a page's head and JSON-LD.
type pageMeta struct {
	title, publisher, byline, lang string
	published, modified            time.Time
}

// readMeta reads metadata in the order of trust: JSON-LD, then Open Graph
// and article: meta tags, then <time> and plain meta tags.
func readMeta(root *html.Node, u *url.URL) pageMeta {
	var m pageMeta
	var ogSite, ogTitle, metaAuthor, pubMeta, modMeta, titleTag, timeTag, itemPub, h1, copyright string
	var times []time.Time
	var ld []map[string]any
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Html:
				if l := attr(n, "lang"); l != "" && m.lang == "" {
					m.lang = strings.ToLower(strings.SplitN(l, "-", 2)[0])
				}
			case atom.Title:
				if titleTag == "" {
					titleTag = strings.TrimSpace(textOf(n))
				}
			case atom.H1:
				if h1 == "" {
					h1 = strings.TrimSpace(textOf(n))
				}
			case atom.Meta:
				key := strings.ToLower(attr(n, "property"))
				if key == "" {
					key = strings.ToLower(attr(n, "name"))
				}
				if key == "" {
					key = strings.ToLower(attr(n, "itemprop"))
				}
				val := strings.TrimSpace(attr(n, "content"))
				switch key {
				case "og:site_name", "application-name":
					if ogSite == "" {
						ogSite = val
					}
				case "og:title", "twitter:title":
					if ogTitle == "" {
						ogTitle = val
					}
				case "author", "article:author", "byl", "dc.creator", "sailthru.author", "parsely-author":
					if metaAuthor == "" && !strings.HasPrefix(val, "http") {
						metaAuthor = strings.TrimPrefix(val, "By ")
					}
				case "article:published_time", "datepublished", "dc.date", "dc.date.issued", "pubdate", "date", "publish-date", "parsely-pub-date", "sailthru.date", "og:published_time":
					if pubMeta == "" {
						pubMeta = val
					}
				case "article:modified_time", "datemodified", "og:updated_time", "last-modified":
					if modMeta == "" {
						modMeta = val
					}
				case "og:locale", "language", "content-language":
					if m.lang == "" && val != "" {
						m.lang = strings.ToLower(strings.SplitN(strings.ReplaceAll(val, "_", "-"), "-", 2)[0])
					}
				}
			case atom.Time:
				if t := parseTime(attr(n, "datetime")); !t.IsZero() {
					times = append(times, t)
				}
				if timeTag == "" {
					timeTag = attr(n, "datetime")
				}
			case atom.Script:
				if strings.Contains(strings.ToLower(attr(n, "type")), "ld+json") {
					ld = append(ld, parseLD(textOf(n))...)
				}
			}
			if p := attr(n, "itemprop"); p == "datePublished" && itemPub == "" {
				itemPub = attr(n, "datetime")
				if itemPub == "" {
					itemPub = attr(n, "content")
				}
			}
		}
		// The mark first: the pattern is slow to fail on every text of a page.
		if n.Type == html.TextNode && copyright == "" && (strings.Contains(n.Data, "©") || strings.Contains(n.Data, "(c)") || strings.Contains(n.Data, "(C)")) {
			if m := copyrightRE.FindStringSubmatch(n.Data); m != nil {
				copyright = strings.TrimSpace(m[1])
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	var ldTitle, ldPub, ldAuthor, ldDate, ldMod string
	for _, obj := range ld {
		t := typeOf(obj)
		if !isArticleType(t) {
			if strings.EqualFold(t, "WebSite") && ldPub == "" {
				ldPub = str(obj["name"])
			}
			continue
		}
		if ldTitle == "" {
			ldTitle = str(obj["headline"])
		}
		if ldDate == "" {
			ldDate = str(obj["datePublished"])
		}
		if ldMod == "" {
			ldMod = str(obj["dateModified"])
		}
		if ldAuthor == "" {
			ldAuthor = names(obj["author"])
		}
		if p, ok := obj["publisher"].(map[string]any); ok && str(p["name"]) != "" {
			ldPub = str(p["name"])
		}
	}
	// The page's own headline before the social one, which is often
	// shortened; an h1 that is only the site's name is no headline.
	if len(strings.Fields(h1)) < 3 || strings.EqualFold(h1, ogSite) || strings.EqualFold(h1, ldPub) {
		h1 = ""
	}
	m.title = first(ldTitle, h1, ogTitle, siteless(titleTag))
	// A site name that is a host name is the last resort, not the first.
	if looksLikeHost(ogSite) && ldPub != "" {
		ogSite = ""
	}
	m.publisher = first(ogSite, ldPub, copyright)
	m.byline = cleanByline(first(ldAuthor, metaAuthor))
	m.published = parseTime(first(ldDate, pubMeta, itemPub, timeTag))
	m.modified = parseTime(first(ldMod, modMeta))
	m.published = localZone(m.published, times)
	m.modified = localZone(m.modified, times)
	_ = u
	return m
}

// localZone prefers, for an instant given in UTC, the same instant as a
// <time> element gives it in the newsroom's own zone.
func localZone(t time.Time, times []time.Time) time.Time {
	if _, off := t.Zone(); off != 0 || t.IsZero() {
		return t
	}
	for _, c := range times {
		if _, o := c.Zone(); c.Equal(t) && o != 0 {
			return c
		}
	}
	return t
}

// copyrightRE reads the owner's name from a copyright notice.
var copyrightRE = regexp.MustCompile(`(?i)(?:copyright\s*)?(?:©|\(c\))\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?,?\s+([\p{Lu}][^.|©]{2,60}?)\.?\s+all rights reserved`)

func looksLikeHost(s string) bool {
	return s != "" && !strings.ContainsAny(s, " \t") && strings.Contains(s, ".")
}

// siteless removes a site name set off from a <title>'s headline.
func siteless(title string) string {
	for _, sep := range []string{" | ", " – ", " — ", " :: ", " - "} {
		if i := strings.LastIndex(title, sep); i > 0 {
			head, tail := title[:i], title[i+len(sep):]
			if len(strings.Fields(tail)) > len(strings.Fields(head)) {
				head = tail
			}
			return strings.TrimSpace(head)
		}
	}
	return title
}

// roleRE is a job title after a name in a byline.
var roleRE = regexp.MustCompile(`(?i)(^|\s*[,;]\s*|\s+)((senior|chief|local|political|staff|special|foreign|local democracy|business|sports?)\s+)*(reporter|correspondent|writer|editor|staff|journalist|columnist|contributor)s?$`)

var deskRE = regexp.MustCompile(`\s+\p{Lu}\p{L}+\s+(Staff|STAFF)$`)

// cleanByline keeps the names of a byline: no "By", no job titles.
func cleanByline(s string) string {
	s = strings.TrimSpace(s)
	for _, p := range []string{"By ", "by ", "BY "} {
		s = strings.TrimPrefix(s, p)
	}
	var out []string
	for _, part := range strings.Split(s, ";") {
		part = strings.TrimSpace(part)
		// "Ledger Staff": the desk's name before "Staff" goes with it.
		if m := deskRE.FindStringIndex(part); m != nil && len(strings.Fields(part[:m[0]])) >= 2 {
			part = strings.TrimSpace(part[:m[0]])
		}
		for {
			t := strings.TrimSpace(roleRE.ReplaceAllString(part, ""))
			if t == part {
				break
			}
			part = t
		}
		if part != "" {
			out = append(out, part)
		}
	}
	return strings.Join(out, ", ")
}

func isArticleType(t string) bool {
	t = strings.ToLower(t)
	return strings.Contains(t, "article") || strings.Contains(t, "posting") || t == "report" || strings.Contains(t, "newsarticle") || t == "webpage" || t == "creativework"
}

func first(vals ...string) string {
	for _, v := range vals {
		if strings.TrimSpace(v) != "" {
			return strings.TrimSpace(v)
		}
	}
	return ""
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, key) {
			return a.Val
		}
	}
	return ""
}

func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

// parseLD reads JSON-LD objects, flattening @graph and arrays.
func parseLD(s string) []map[string]any {
	var v any
	if err := json.Unmarshal([]byte(strings.TrimSpace(s)), &v); err != nil {
		return nil
	}
	var out []map[string]any
	var add func(any)
	add = func(v any) {
		switch x := v.(type) {
		case []any:
			for _, e := range x {
				add(e)
			}
		case map[string]any:
			if g, ok := x["@graph"]; ok {
				add(g)
			}
			out = append(out, x)
		}
	}
	add(v)
	return out
}

func typeOf(obj map[string]any) string {
	switch t := obj["@type"].(type) {
	case string:
		return t
	case []any:
		for _, e := range t {
			if s, ok := e.(string); ok && isArticleType(s) {
				return s
			}
		}
		if len(t) > 0 {
			return str(t[0])
		}
	}
	return ""
}

func str(v any) string {
	switch x := v.(type) {
	case string:
		return strings.TrimSpace(x)
	case map[string]any:
		return str(x["name"])
	}
	return ""
}

func names(v any) string {
	switch x := v.(type) {
	case string:
		return strings.TrimSpace(x)
	case map[string]any:
		// An organisation credited as author is not a byline.
		if t, _ := x["@type"].(string); strings.EqualFold(t, "Organization") || strings.HasSuffix(t, "Organization") {
			return ""
		}
		return str(x["name"])
	case []any:
		var ns []string
		for _, e := range x {
			if n := names(e); n != "" {
				ns = append(ns, n)
			}
		}
		return strings.Join(ns, ", ")
	}
	return ""
}

var timeLayouts = []string{
	time.RFC3339, "2006-01-02T15:04:05.000Z07:00", "2006-01-02T15:04:05Z0700", "2006-01-02T15:04:05", "2006-01-02T15:04Z07:00",
	"2006-01-02T15:04", "2006-01-02 15:04:05Z07:00", "2006-01-02 15:04:05", "2006-01-02", time.RFC1123, time.RFC1123Z,
	"January 2, 2006", "2 January 2006", "Jan. 2, 2006", "Jan 2, 2006", "02/01/2006", "20060102",
}

func parseTime(s string) time.Time {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}
	}
	for _, l := range timeLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t
		}
	}
	return time.Time{}
}

var blankLine = regexp.MustCompile(`\n\s*\n`)

var mdLink = regexp.MustCompile(`\[([^\]]+)\]\((https?://[^)\s]+)\)`)

// ReadText reads a plain-text or Markdown story: the first line is the
// headline, paragraphs are separated by blank lines, and Markdown links
// are kept as links.
func ReadText(text, pageURL string) *claims.Document {
	text = strings.ReplaceAll(strings.ReplaceAll(text, "\r\n", "\n"), "\r", "\n")
	text = strings.TrimPrefix(text, "\ufeff")
	var paras []string
	for i, p := range blankLine.Split(text, -1) {
		if i == 0 {
			// The header block (headline, dek, byline) has one item per
			// line.
			for _, line := range strings.Split(p, "\n") {
				if line = strings.Join(strings.Fields(line), " "); line != "" {
					paras = append(paras, line)
				}
			}
			continue
		}
		p = strings.Join(strings.Fields(p), " ")
		if p != "" {
			paras = append(paras, p)
		}
	}
	doc := &claims.Document{URL: pageURL, Extractor: "text"}
	if len(paras) > 0 {
		doc.Title = strings.TrimLeft(paras[0], "# ")
	}
	var b strings.Builder
	for i, p := range paras {
		if i > 0 {
			b.WriteString("\n\n")
		}
		p = strings.TrimLeft(p, "#> ")
		// Markdown links become their text, and the link is recorded.
		last := 0
		for _, m := range mdLink.FindAllStringSubmatchIndex(p, -1) {
			b.WriteString(p[last:m[0]])
			start := b.Len()
			b.WriteString(p[m[2]:m[3]])
			doc.Links = append(doc.Links, claims.Link{URL: p[m[4]:m[5]], Text: p[m[2]:m[3]], Start: start, End: b.Len()})
			last = m[1]
		}
		b.WriteString(p[last:])
	}
	doc.Text = b.String()
	doc.Short = len(doc.Text) < shortText
	if u, err := url.Parse(pageURL); err == nil && u.Host != "" {
		doc.Publisher = strings.TrimPrefix(u.Hostname(), "www.")
	}
	return doc
}

// readPDF extracts the text of a PDF (a government release, a court
// ruling) with github.com/ledongthuc/pdf, a maintained pure-Go reader.
func readPDF(body []byte, pageURL string) (*claims.Document, error) {
	r, err := pdf.NewReader(bytes.NewReader(body), int64(len(body)))
	if err != nil {
		return nil, fmt.Errorf("read PDF: %w", err)
	}
	var b strings.Builder
	for i := 1; i <= r.NumPage(); i++ {
		p := r.Page(i)
		if p.V.IsNull() {
			continue
		}
		rows, err := p.GetTextByRow()
		if err != nil {
			return nil, fmt.Errorf("read PDF page %d: %w", i, err)
		}
		for _, row := range rows {
			var line []string
			for _, w := range row.Content {
				line = append(line, w.S)
			}
			b.WriteString(strings.Join(line, ""))
			b.WriteString("\n")
		}
		b.WriteString("\n")
	}
	text := b.String()
	if strings.TrimSpace(text) == "" {
		return nil, fmt.Errorf("read PDF: no text layer (a scanned document?)")
	}
	doc := ReadText(pdfParagraphs(text), pageURL)
	doc.Extractor = "pdf"
	doc.Title = ""
	if info := r.Trailer().Key("Info"); !info.IsNull() {
		doc.Title = info.Key("Title").Text()
	}
	return doc, nil
}

// pdfParagraphs joins the lines of a PDF's text into paragraphs: a line
// that ends a sentence, or a blank line, ends a paragraph.
func pdfParagraphs(text string) string {
	var b strings.Builder
	for _, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			b.WriteString("\n\n")
			continue
		}
		b.WriteString(line)
		if strings.HasSuffix(line, ".") || strings.HasSuffix(line, "”") || strings.HasSuffix(line, "\"") || strings.HasSuffix(line, ":") {
			b.WriteString("\n\n")
		} else {
			b.WriteString(" ")
		}
	}
	return b.String()
}

// ReadAll reads a local file's bytes as Read would a response.
func ReadAll(r io.Reader, limit int64) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(b)) > limit {
		return nil, fmt.Errorf("%w: more than %s", ErrTooLarge, formatBytes(limit))
	}
	return b, nil
}
