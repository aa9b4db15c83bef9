package web

import (
	"bytes"
	"errors"
	"io"
	"mime"
	"net/http"
	"net/url"
	"path"
	"strings"
	"time"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"

	"github.com/provenance-audit/provenance/claims"
)

// archivedCSP makes an archived copy inert even if something slipped
// through the cleaning: a sandbox without scripts and with an opaque
// origin (never the desk's), nothing fetched but inline styles and data:
// images, no forms, no framing.
const archivedCSP = "sandbox; default-src 'none'; img-src data:; style-src 'unsafe-inline'; font-src 'none'; form-action 'none'; base-uri 'none'; frame-ancestors 'none'"

// maxArchivedBytes bounds a decoded archived payload (a compression bomb
// stops here).
const maxArchivedBytes = 32 << 20

// archived serves a source's archived response as it was fetched, made
// inert. With ?audit=ID the copy is the one that audit read; without, the
// latest the catalogue knows.
func (s *Server) archived(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Security-Policy", archivedCSP)
	w.Header().Set("X-Frame-Options", "DENY")
	w.Header().Set("Cross-Origin-Resource-Policy", "same-origin")
	id := r.PathValue("source")
	if !validID(id) {
		s.fail(w, r, http.StatusBadRequest, "“"+clipRunes(id, 60)+"” is not a source id.")
		return
	}
	src, err := s.findSource(r, id)
	if errors.Is(err, claims.ErrNotFound) {
		s.fail(w, r, http.StatusNotFound, "There is no source "+id+" here.")
		return
	}
	if err != nil {
		s.fail(w, r, http.StatusInternalServerError, "could not look up the source: "+err.Error())
		return
	}
	if src.Archive.IsZero() {
		s.fail(w, r, http.StatusNotFound, "Nothing was archived for "+src.URL+" ("+src.Status+" "+src.Error+").")
		return
	}
	ex, err := s.opts.Archive.Replay(src.Archive)
	if err != nil {
		s.fail(w, r, http.StatusInternalServerError, "could not replay the archived copy: "+err.Error())
		return
	}
	body, err := claims.DecodeBody(ex.Payload, http.Header(ex.Header).Get("Content-Encoding"), maxArchivedBytes)
	if err != nil {
		s.fail(w, r, http.StatusInternalServerError, "could not decode the archived copy: "+err.Error())
		return
	}
	ct := http.Header(ex.Header).Get("Content-Type")
	mt, _, _ := mime.ParseMediaType(ct)
	if mt == "" {
		mt, _, _ = mime.ParseMediaType(http.DetectContentType(body))
	}
	base := src.FinalURL
	if base == "" {
		base = ex.URL
	}
	w.Header().Set("Cache-Control", "private, max-age=3600")
	w.Header().Set("X-Archived-SHA256", src.SHA256)
	switch mt {
	case "text/html", "application/xhtml+xml":
		out, err := inertHTML(body, ct, base, banner{URL: base, Fetched: ex.Date, Status: ex.Status, SHA256: src.SHA256, Truncated: ex.Truncated})
		if err != nil {
			s.fail(w, r, http.StatusInternalServerError, "could not read the archived page: "+err.Error())
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		_, _ = w.Write(out)
	case "text/plain", "text/markdown":
		rd, err := charset.NewReader(bytes.NewReader(body), ct)
		if err == nil {
			if b, err := io.ReadAll(rd); err == nil {
				body = b
			}
		}
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		_, _ = w.Write(body)
	default:
		// A PDF or anything else: a download, never rendered here.
		name := path.Base(strings.TrimSuffix(urlPath(base), "/"))
		if name == "" || name == "." || name == "/" {
			name = "archived"
		}
		w.Header().Set("Content-Type", "application/octet-stream")
		cd := mime.FormatMediaType("attachment", map[string]string{"filename": name})
		if cd == "" {
			cd = "attachment"
		}
		w.Header().Set("Content-Disposition", cd)
		_, _ = w.Write(body)
	}
}

func urlPath(raw string) string {
	if u, err := url.Parse(raw); err == nil {
		return u.Path
	}
	return ""
}

// findSource returns the source as the given audit saw it, or the
// catalogue's latest.
func (s *Server) findSource(r *http.Request, id string) (*claims.Source, error) {
	if aid := r.URL.Query().Get("audit"); aid != "" {
		if !validID(aid) {
			return nil, claims.ErrNotFound
		}
		rep, err := s.opts.Catalogue.Audit(r.Context(), aid)
		if err != nil {
			return nil, err
		}
		for i := range rep.Sources {
			if rep.Sources[i].ID == id {
				return &rep.Sources[i], nil
			}
		}
		return nil, claims.ErrNotFound
	}
	return s.opts.Catalogue.SourceByID(r.Context(), id)
}

// banner heads an archived copy: what it is and when it was fetched.
type banner struct {
	URL       string
	Fetched   time.Time
	Status    string
	SHA256    string
	Truncated bool
}

// dropElements are removed with everything inside them: whatever runs,
// embeds, fetches, redirects or changes how the page's links resolve.
var dropElements = map[atom.Atom]bool{
	atom.Script: true, atom.Noscript: true, atom.Iframe: true, atom.Frame: true, atom.Frameset: true,
	atom.Object: true, atom.Embed: true, atom.Applet: true, atom.Base: true, atom.Link: true, atom.Meta: true,
	atom.Template: true, atom.Param: true, atom.Audio: true, atom.Video: true, atom.Source: true, atom.Track: true,
	atom.Dialog: true,
}

// dropByName covers elements without an atom, and SVG's active parts.
var dropByName = map[string]bool{
	"script": true, "foreignobject": true, "animate": true, "animatemotion": true, "animatetransform": true,
	"set": true, "portal": true, "handler": true, "listener": true, "discard": true, "math": true, "xml": true, "import": true,
}

// urlAttrs hold URLs; each is kept only with a safe scheme.
var urlAttrs = map[string]bool{
	"href": true, "src": true, "xlink:href": true, "action": true, "formaction": true, "poster": true, "background": true,
	"cite": true, "longdesc": true, "lowsrc": true, "dynsrc": true, "data": true, "codebase": true, "manifest": true,
	"usemap": true, "profile": true, "classid": true, "archive": true, "icon": true, "ping": true,
}

// dropAttrs are removed whatever their value.
var dropAttrs = map[string]bool{
	"srcdoc": true, "srcset": true, "imagesrcset": true, "formaction": true, "action": true, "ping": true,
	"target": true, "http-equiv": true, "autofocus": true, "nonce": true, "integrity": true, "is": true,
}

// inertHTML parses an archived page (in its own charset) and writes it
// back as UTF-8 with nothing in it that can run, embed, fetch or
// navigate by itself; links point to the original site.
func inertHTML(body []byte, contentType, baseURL string, b banner) ([]byte, error) {
	rd, err := charset.NewReader(bytes.NewReader(body), contentType)
	if err != nil {
		rd = bytes.NewReader(body)
	}
	doc, err := html.Parse(rd)
	if err != nil {
		return nil, err
	}
	base, _ := url.Parse(baseURL)
	clean(doc, base)
	bodyEl := find(doc, atom.Body)
	headEl := find(doc, atom.Head)
	if headEl != nil {
		headEl.InsertBefore(&html.Node{Type: html.ElementNode, Data: "meta", DataAtom: atom.Meta, Attr: []html.Attribute{{Key: "charset", Val: "utf-8"}}}, headEl.FirstChild)
	}
	if bodyEl != nil {
		bodyEl.InsertBefore(bannerNode(b), bodyEl.FirstChild)
	}
	var out bytes.Buffer
	if err := html.Render(&out, doc); err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}

func find(n *html.Node, a atom.Atom) *html.Node {
	if n.Type == html.ElementNode && n.DataAtom == a {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if f := find(c, a); f != nil {
			return f
		}
	}
	return nil
}

// clean removes what dropElements and dropByName name, comments and
// processing instructions, event handlers and unsafe URLs, below n.
func clean(n *html.Node, base *url.URL) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		switch {
		case c.Type == html.CommentNode || c.Type == html.DoctypeNode && n.Type != html.DocumentNode:
			n.RemoveChild(c)
		case c.Type == html.ElementNode && (dropElements[c.DataAtom] || dropByName[strings.ToLower(c.Data)]):
			n.RemoveChild(c)
		case c.Type == html.ElementNode:
			c.Attr = cleanAttrs(c, base)
			clean(c, base)
		}
		c = next
	}
}

func cleanAttrs(n *html.Node, base *url.URL) []html.Attribute {
	out := n.Attr[:0]
	for _, a := range n.Attr {
		key := strings.ToLower(a.Key)
		if a.Namespace != "" {
			key = strings.ToLower(a.Namespace) + ":" + key
		}
		if strings.HasPrefix(key, "on") || dropAttrs[key] {
			continue
		}
		if key == "style" && unsafeCSS(a.Val) {
			continue
		}
		if urlAttrs[key] || strings.HasSuffix(key, ":href") {
			v, ok := safeURL(a.Val, base, n.DataAtom == atom.Img && key == "src")
			if !ok {
				continue
			}
			a.Val = v
		} else if scriptish(a.Val) {
			// Any other attribute that looks like a script URL goes too:
			// some become URLs in contexts a list cannot foresee.
			continue
		}
		out = append(out, a)
	}
	if n.DataAtom == atom.A {
		// Links leave the copy for the live page, telling it nothing.
		out = append(out, html.Attribute{Key: "rel", Val: "noopener noreferrer"})
	}
	return out
}

// safeURL keeps http(s) and mailto links, made absolute against the page's
// address, fragments, and data: images where allowImage; nothing else.
func safeURL(raw string, base *url.URL, allowImage bool) (string, bool) {
	v := strings.Map(func(r rune) rune {
		if r <= ' ' || r == 0x7f {
			return -1
		}
		return r
	}, raw)
	if v == "" {
		return "", false
	}
	if strings.HasPrefix(v, "#") {
		return v, true
	}
	low := strings.ToLower(v)
	if strings.HasPrefix(low, "data:") {
		return raw, allowImage && strings.HasPrefix(low, "data:image/") && !strings.HasPrefix(low, "data:image/svg")
	}
	u, err := url.Parse(v)
	if err != nil {
		return "", false
	}
	if base != nil {
		u = base.ResolveReference(u)
	}
	switch strings.ToLower(u.Scheme) {
	case "http", "https", "mailto":
		return u.String(), true
	}
	return "", false
}

// scriptish reports whether an attribute value is a script or document
// URL once blanks and control characters are dropped.
func scriptish(v string) bool {
	l := strings.ToLower(strings.Map(func(r rune) rune {
		if r <= ' ' || r == 0x7f {
			return -1
		}
		return r
	}, v))
	return strings.Contains(l, "javascript:") || strings.Contains(l, "vbscript:") || strings.HasPrefix(l, "data:")
}

// unsafeCSS spots style attributes that try to run or fetch something;
// the policy blocks fetches anyway, this keeps old browsers safe too.
func unsafeCSS(s string) bool {
	l := strings.ToLower(strings.Map(func(r rune) rune {
		if r <= ' ' || r == '\\' {
			return -1
		}
		return r
	}, s))
	return strings.Contains(l, "expression(") || strings.Contains(l, "javascript:") || strings.Contains(l, "url(") ||
		strings.Contains(l, "@import") || strings.Contains(l, "behavior:") || strings.Contains(l, "-moz-binding")
}

func bannerNode(b banner) *html.Node {
	div := &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div, Attr: []html.Attribute{
		{Key: "style", Val: "all:initial;display:block;font:14px/1.4 system-ui,sans-serif;background:#fff8e1;color:#222;border-bottom:2px solid #a35c00;padding:8px 12px;margin:0 0 8px"},
		{Key: "role", Val: "note"},
	}}
	text := func(s string) *html.Node { return &html.Node{Type: html.TextNode, Data: s} }
	strong := &html.Node{Type: html.ElementNode, Data: "strong", DataAtom: atom.Strong}
	strong.AppendChild(text("Archived copy"))
	div.AppendChild(strong)
	div.AppendChild(text(" of "))
	a := &html.Node{Type: html.ElementNode, Data: "a", DataAtom: atom.A, Attr: []html.Attribute{{Key: "href", Val: b.URL}, {Key: "rel", Val: "noopener noreferrer"}}}
	if v, ok := safeURL(b.URL, nil, false); ok {
		a.Attr[0].Val = v
	} else {
		a.Attr = a.Attr[1:]
	}
	a.AppendChild(text(b.URL))
	div.AppendChild(a)
	msg := ""
	if !b.Fetched.IsZero() {
		msg += ", fetched " + b.Fetched.UTC().Format("2006-01-02 15:04 UTC")
	}
	if b.Status != "" {
		msg += " (HTTP " + b.Status + ")"
	}
	if b.SHA256 != "" {
		msg += ", sha256 " + b.SHA256
	}
	msg += ". Scripts and active content are removed; images and styles from other addresses are not loaded."
	if b.Truncated {
		msg += " The response was cut at the size limit."
	}
	div.AppendChild(text(msg))
	return div
}
