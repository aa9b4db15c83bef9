package crawler

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
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

// toUTF8 converts a body to UTF-8, reading the charset from the header,
// a byte-order mark or a <meta> tag, and guessing otherwise.
func toUTF8(body []byte, contentType string) (string, error) {
	enc, name, _ := charset.DetermineEncoding(body, contentType)
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
	return string(out), nil
}

func readHTML(body []byte, contentType, pageURL string) (*claims.Document, error) {
	text, err := toUTF8(body, contentType)
	if err != nil {
		return nil, err
	}
	root, err := html.Parse(strings.NewReader(text))
	if err != nil {
		return nil, fmt.Errorf("parse HTML: %w", err)
	}
	u, _ := url.Parse(pageURL)
	meta := readMeta(root, u)

	doc := &claims.Document{URL: pageURL, Title: meta.title, Publisher: meta.publisher, Published: meta.published,
		Modified: meta.modified, Byline: meta.byline, Language: meta.lang}

	opts := trafilatura.Options{OriginalURL: u, EnableFallback: true, ExcludeComments: true, IncludeLinks: true, HtmlDateMode: trafilatura.Fast}
	res, terr := trafilatura.ExtractDocument(root, opts)
	if terr == nil && res != nil && res.ContentNode != nil {
		doc.Text, doc.Links = renderNode(res.ContentNode, u)
		doc.Extractor = "trafilatura"
		if doc.Title == "" {
			doc.Title = res.Metadata.Title
		}
		if doc.Publisher == "" {
			doc.Publisher = res.Metadata.Sitename
		}
		if doc.Byline == "" {
			doc.Byline = res.Metadata.Author
		}
		if doc.Published.IsZero() && !res.Metadata.Date.IsZero() {
			doc.Published = res.Metadata.Date
		}
		if doc.Language == "" {
			doc.Language = res.Metadata.Language
		}
	}
	if len(doc.Text) < shortText {
		// go-readability as a second opinion when trafilatura found little.
		root2, _ := html.Parse(strings.NewReader(text))
		if art, err := readability.FromDocument(root2, u); err == nil && art.Node != nil {
			t, links := renderNode(art.Node, u)
			if len(t) > len(doc.Text) {
				doc.Text, doc.Links = t, links
				doc.Extractor = "readability"
			}
			if doc.Byline == "" {
				doc.Byline = art.Byline()
			}
		}
	}
	if doc.Publisher == "" && u != nil {
		doc.Publisher = strings.TrimPrefix(u.Hostname(), "www.")
	}
	doc.Short = len(doc.Text) < shortText
	return doc, nil
}

// blockTags end a paragraph in rendered text.
var blockTags = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Li: true, atom.Blockquote: true, atom.Pre: true, atom.Tr: true, atom.Table: true, atom.Ul: true, atom.Ol: true,
	atom.Section: true, atom.Article: true, atom.Header: true, atom.Footer: true, atom.Figure: true, atom.Figcaption: true,
	atom.Dd: true, atom.Dt: true, atom.Dl: true, atom.Main: true, atom.Aside: true, atom.Hr: true,
}

// trafilatura renders its own element names (head for headings, list,
// item, lb for line breaks) in some versions; they break paragraphs too.
var blockNames = map[string]bool{"head": true, "list": true, "item": true, "quote": true, "row": true, "cell": false, "lb": true, "graphic": false}

// renderNode turns an extracted content tree into paragraphs separated by
// blank lines, and records the links inside with their spans.
func renderNode(n *html.Node, base *url.URL) (string, []claims.Link) {
	var b strings.Builder
	var links []claims.Link
	pendingSpace := false
	needBreak := false
	writeText := func(s string) {
		for _, r := range s {
			if unicode.IsSpace(r) {
				pendingSpace = true
				continue
			}
			if needBreak {
				if b.Len() > 0 {
					b.WriteString("\n\n")
				}
				needBreak = false
				pendingSpace = false
			}
			if pendingSpace && b.Len() > 0 {
				last, _ := utf8.DecodeLastRuneInString(b.String())
				if last != '\n' {
					b.WriteByte(' ')
				}
			}
			pendingSpace = false
			b.WriteRune(r)
		}
	}
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			writeText(n.Data)
			return
		case html.ElementNode:
			switch n.DataAtom {
			case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Iframe, atom.Svg, atom.Button, atom.Form, atom.Select:
				return
			case atom.Br:
				pendingSpace = true
				return
			}
		}
		block := n.Type == html.ElementNode && (blockTags[n.DataAtom] || blockNames[n.Data])
		if block {
			needBreak = true
		}
		var href string
		start := -1
		if n.Type == html.ElementNode && n.DataAtom == atom.A {
			for _, a := range n.Attr {
				if a.Key == "href" {
					href = strings.TrimSpace(a.Val)
				}
			}
		}
		if href != "" {
			// The link's text starts at the next rune written.
			start = -2
		}
		before := b.Len()
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if start == -2 && b.Len() > before {
			text := b.String()
			s := before
			for s < len(text) && (text[s] == ' ' || text[s] == '\n') {
				s++
			}
			if abs := resolveURL(base, href); abs != "" && s < len(text) {
				links = append(links, claims.Link{URL: abs, Text: text[s:], Start: s, End: len(text)})
			}
		}
		if block {
			needBreak = true
		}
	}
	walk(n)
	return strings.TrimSpace(b.String()), links
}

func resolveURL(base *url.URL, href string) string {
	if strings.HasPrefix(href, "#") || strings.HasPrefix(strings.ToLower(href), "javascript:") || strings.HasPrefix(strings.ToLower(href), "mailto:") {
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
	return u.String()
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
	var ogSite, ogTitle, metaAuthor, pubMeta, modMeta, titleTag, timeTag, itemPub, h1 string
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
	m.title = first(ldTitle, ogTitle, h1, titleTag)
	m.publisher = first(ogSite, ldPub)
	m.byline = first(ldAuthor, metaAuthor)
	m.published = parseTime(first(ldDate, pubMeta, itemPub, timeTag))
	m.modified = parseTime(first(ldMod, modMeta))
	_ = u
	return m
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

var mdLink = regexp.MustCompile(`\[([^\]]+)\]\((https?://[^)\s]+)\)`)

// ReadText reads a plain-text or Markdown story: the first line is the
// headline, paragraphs are separated by blank lines, and Markdown links
// are kept as links.
func ReadText(text, pageURL string) *claims.Document {
	text = strings.ReplaceAll(strings.ReplaceAll(text, "\r\n", "\n"), "\r", "\n")
	text = strings.TrimPrefix(text, "\ufeff")
	var paras []string
	for _, p := range regexp.MustCompile(`\n\s*\n`).Split(text, -1) {
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
