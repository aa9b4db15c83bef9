package web

import (
	"bytes"
	"compress/gzip"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/provenance-audit/provenance/claims"
)

func TestArchivedCopy(t *testing.T) {
	e := newEnv(t, nil)
	r := e.get("/archived/" + srcWire + "?audit=" + e.auditID)
	if r.code != http.StatusOK {
		t.Fatalf("archived copy: %d %s", r.code, r.body)
	}
	csp := r.hdr.Get("Content-Security-Policy")
	for _, want := range []string{"sandbox", "default-src 'none'", "img-src data:"} {
		if !strings.Contains(csp, want) {
			t.Errorf("CSP %q lacks %q", csp, want)
		}
	}
	if strings.Contains(csp, "allow-scripts") || strings.Contains(csp, "allow-same-origin") || strings.Contains(csp, "script-src") {
		t.Errorf("CSP %q lets something run", csp)
	}
	if r.hdr.Get("X-Content-Type-Options") != "nosniff" || r.hdr.Get("Content-Type") != "text/html; charset=utf-8" {
		t.Errorf("headers: %v", r.hdr)
	}
	for _, bad := range []string{"<script", "onload", "javascript:", "alert("} {
		if strings.Contains(r.body, bad) {
			t.Errorf("the archived copy still holds %q:\n%s", bad, r.body)
		}
	}
	for _, want := range []string{"Archived copy", "Killed both.", `href="https://wire.example/other"`, strings.Repeat("ab", 32)} {
		if !strings.Contains(r.body, want) {
			t.Errorf("the archived copy lacks %q:\n%s", want, r.body)
		}
	}
	// Plain text stays text; the catalogue's latest copy without ?audit.
	r = e.get("/archived/" + srcMin)
	if r.code != http.StatusOK || r.hdr.Get("Content-Type") != "text/plain; charset=utf-8" || !strings.Contains(r.hdr.Get("Content-Security-Policy"), "sandbox") {
		t.Errorf("plain text copy: %d %v", r.code, r.hdr)
	}
	// A gzip-encoded page is decoded; a PDF is a download.
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	_, _ = zw.Write([]byte(`<p>zipped <script>x()</script></p>`))
	_ = zw.Close()
	e.arch["wire.warc.gz"] = &claims.Exchange{URL: "https://wire.example/story", StatusCode: 200,
		Header: map[string][]string{"Content-Type": {"text/html"}, "Content-Encoding": {"gzip"}}, Payload: gz.Bytes()}
	r = e.get("/archived/" + srcWire + "?audit=" + e.auditID)
	if !strings.Contains(r.body, "zipped") || strings.Contains(r.body, "<script") {
		t.Errorf("gzip copy: %s", r.body)
	}
	e.arch["wire.warc.gz"] = &claims.Exchange{URL: "https://wire.example/story.pdf", StatusCode: 200,
		Header: map[string][]string{"Content-Type": {"application/pdf"}}, Payload: []byte("%PDF-1.4")}
	r = e.get("/archived/" + srcWire + "?audit=" + e.auditID)
	if r.hdr.Get("Content-Type") != "application/octet-stream" || !strings.HasPrefix(r.hdr.Get("Content-Disposition"), "attachment") {
		t.Errorf("PDF copy: %v", r.hdr)
	}
	for _, tc := range []struct {
		path string
		code int
	}{
		{"/archived/" + srcDown + "?audit=" + e.auditID, http.StatusNotFound}, // nothing archived
		{"/archived/" + srcWire + "?audit=nope", http.StatusNotFound},
		{"/archived/" + claims.StableID("x"), http.StatusNotFound},
		{"/archived/" + url.PathEscape(hostile), http.StatusBadRequest},
	} {
		if r := e.get(tc.path); r.code != tc.code {
			t.Errorf("GET %s: %d, want %d", tc.path, r.code, tc.code)
		}
	}
	delete(e.arch, "ministry.warc.gz")
	if r := e.get("/archived/" + srcMin); r.code != http.StatusInternalServerError || !strings.Contains(r.hdr.Get("Content-Security-Policy"), "sandbox") {
		t.Errorf("a lost record: %d", r.code)
	}
}

// forbidden is what an inert page may never contain, after parsing.
func checkInert(t *testing.T, in string, out []byte) {
	t.Helper()
	doc, err := html.Parse(bytes.NewReader(out))
	if err != nil {
		t.Fatalf("output does not parse: %v", err)
	}
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			name := strings.ToLower(n.Data)
			switch name {
			case "script", "iframe", "frame", "object", "embed", "applet", "base", "link", "template", "frameset", "noscript", "foreignobject", "animate", "set":
				t.Errorf("input %q: a <%s> survived:\n%s", in, name, out)
			case "meta":
				for _, a := range n.Attr {
					if a.Key != "charset" {
						t.Errorf("input %q: a <meta %s> survived", in, a.Key)
					}
				}
			}
			for _, a := range n.Attr {
				k := strings.ToLower(a.Key)
				v := strings.ToLower(strings.Join(strings.Fields(a.Val), ""))
				if strings.HasPrefix(k, "on") || k == "srcdoc" || k == "formaction" || k == "action" {
					t.Errorf("input %q: attribute %s survived", in, a.Key)
				}
				if strings.Contains(v, "javascript:") || strings.Contains(v, "vbscript:") || strings.HasPrefix(v, "data:text") {
					t.Errorf("input %q: %s=%q survived", in, a.Key, a.Val)
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
}

func TestInertHTML(t *testing.T) {
	for _, tc := range []struct {
		in   string
		keep string // a part of the page that must survive
	}{
		{`<p>Hello <b>world</b></p><script>alert(1)</script>`, "<b>world</b>"},
		{`<body onload=alert(1)><p onclick="x()">t</p></body>`, "<p>t</p>"},
		{`<a href="javascript:alert(1)">x</a>`, ">x</a>"},
		{`<a href=" jAvA&#x09;sCrIpT:alert(1)">x</a>`, ">x</a>"},
		{`<a href="/relative/path">r</a>`, `href="https://site.example/relative/path"`},
		{`<a href="mailto:desk@site.example">m</a>`, `href="mailto:desk@site.example"`},
		{`<img src="data:image/png;base64,AAAA" alt="ok">`, `src="data:image/png;base64,AAAA"`},
		{`<img src="data:text/html,<script>alert(1)</script>">`, "<img/>"},
		{`<img src="data:image/svg+xml,<svg onload=alert(1)>">`, "<img/>"},
		{`<iframe src="https://evil.example"></iframe><p>after</p>`, "<p>after</p>"},
		{`<object data="x.swf"></object><embed src="x.swf"><p>k</p>`, "<p>k</p>"},
		{`<meta http-equiv="refresh" content="0;url=javascript:alert(1)"><p>k</p>`, "<p>k</p>"},
		{`<base href="https://evil.example/"><a href="x">x</a>`, `href="https://site.example/news/x"`},
		{`<form action="https://evil.example/steal"><input name=q><button formaction="javascript:alert(1)">go</button></form>`, "<input name=\"q\"/>"},
		{`<svg><script>alert(1)</script><a xlink:href="javascript:alert(1)"><text>t</text></a></svg>`, "<text>t</text>"},
		{`<svg><animate attributeName="href" to="javascript:alert(1)"/><set attributeName="onmouseover" to="alert(1)"/></svg>`, "<svg>"},
		{`<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>`, ""},
		{`<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>`, ""},
		{`<div style="background:url(javascript:alert(1))">s</div>`, "<div>s</div>"},
		{`<div style="color:red">s</div>`, `style="color:red"`},
		{`<template><script>alert(1)</script></template><p>k</p>`, "<p>k</p>"},
		{`<!-- <script>alert(1)</script> --><p>k</p>`, "<p>k</p>"},
		{`<a href="https://other.example/x" target="_blank" ping="https://t.example">p</a>`, `href="https://other.example/x" rel="noopener noreferrer"`},
		{`<img srcset="https://t.example/a.png 2x" src="https://t.example/a.png">`, `src="https://t.example/a.png"`},
		{`<link rel="stylesheet" href="https://cdn.example/a.css"><p>k</p>`, "<p>k</p>"},
		{"<p>caf\xe9</p>", "<p>café</p>"}, // declared Latin-1 below
	} {
		ct := "text/html"
		if strings.Contains(tc.in, "\xe9") {
			ct = "text/html; charset=iso-8859-1"
		}
		out, err := inertHTML([]byte(tc.in), ct, "https://site.example/news/page", banner{URL: "https://site.example/news/page"})
		if err != nil {
			t.Errorf("%q: %v", tc.in, err)
			continue
		}
		checkInert(t, tc.in, out)
		if tc.keep != "" && !strings.Contains(string(out), tc.keep) {
			t.Errorf("%q: lost %q:\n%s", tc.in, tc.keep, out)
		}
		if !strings.Contains(string(out), "Archived copy") || !strings.Contains(string(out), `<meta charset="utf-8"/>`) {
			t.Errorf("%q: no banner or charset", tc.in)
		}
	}
}

func FuzzInertHTML(f *testing.F) {
	for _, s := range []string{
		`<p>Hello</p>`, `<script>alert(1)</script>`, `<a href="javascript:x">a</a>`, `<svg><a xlink:href="javascript:1"/></svg>`,
		`<img src=x onerror=alert(1)>`, `<math><mi xlink:href="javascript:1">x</mi></math>`, `<noscript><img src=x onerror=1></noscript>`,
		`<iframe srcdoc="<script>1</script>">`, `<meta http-equiv=refresh content="0;url=javascript:1">`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		out, err := inertHTML([]byte(in), "text/html; charset=utf-8", "https://site.example/p", banner{})
		if err != nil {
			return
		}
		checkInert(t, in, out)
		// Rendering again must not bring anything back.
		again, err := inertHTML(out, "text/html; charset=utf-8", "https://site.example/p", banner{})
		if err == nil {
			checkInert(t, in, again)
		}
	})
}
