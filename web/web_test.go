package web

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/provenance-audit/provenance/claims"
)

// env is a desk over fakes, served by httptest, with a browser-like
// client (cookies kept, redirects not followed).
type env struct {
	t       *testing.T
	srv     *Server
	ts      *httptest.Server
	c       *http.Client
	cat     *memCatalogue
	search  *fakeSearcher
	arch    fakeArchive
	au      *fakeAuditor
	auditID string
}

func newEnv(t *testing.T, mod func(*Options)) *env {
	t.Helper()
	e := &env{t: t, cat: newMemCatalogue(), search: &fakeSearcher{}, arch: fakeArchive{}}
	e.au = &fakeAuditor{cat: e.cat, release: make(chan struct{})}
	e.auditID = claims.StableID("audit", "sample")
	e.cat.addReport(sampleReport(e.auditID))
	e.arch["wire.warc.gz"] = &claims.Exchange{URL: "https://wire.example/story", StatusCode: 200, Status: "200 OK",
		Header:  map[string][]string{"Content-Type": {"text/html; charset=utf-8"}},
		Payload: []byte(`<html><head><title>Wire</title><script>alert(1)</script></head><body onload="alert(2)"><p>Killed both.</p><a href="javascript:alert(3)">x</a><a href="/other">rel</a></body></html>`),
		Date:    time.Date(2024, 1, 5, 9, 0, 0, 0, time.UTC)}
	e.arch["ministry.warc.gz"] = &claims.Exchange{URL: "https://ministry.example/release", StatusCode: 200, Status: "200 OK",
		Header: map[string][]string{"Content-Type": {"text/plain; charset=utf-8"}}, Payload: []byte("At least three died. <script>alert(1)</script>")}
	opts := Options{Catalogue: e.cat, Searcher: e.search, Archive: e.arch, Auditor: e.au}
	if mod != nil {
		mod(&opts)
	}
	srv, err := New(opts)
	if err != nil {
		t.Fatal(err)
	}
	e.srv = srv
	e.ts = httptest.NewServer(srv)
	jar, _ := cookiejar.New(nil)
	e.c = &http.Client{Jar: jar, Timeout: 10 * time.Second, CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	t.Cleanup(func() {
		e.ts.Close()
		select {
		case <-e.au.release:
		default:
			close(e.au.release)
		}
		srv.Close()
	})
	return e
}

type resp struct {
	code int
	body string
	hdr  http.Header
}

func (e *env) do(req *http.Request) resp {
	e.t.Helper()
	res, err := e.c.Do(req)
	if err != nil {
		e.t.Fatalf("%s %s: %v", req.Method, req.URL, err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	return resp{res.StatusCode, string(b), res.Header}
}

func (e *env) get(path string) resp {
	e.t.Helper()
	req, _ := http.NewRequest(http.MethodGet, e.ts.URL+path, nil)
	return e.do(req)
}

var csrfRe = regexp.MustCompile(`name="csrf" value="([^"]+)"`)

// csrf loads a page with a form and returns its token.
func (e *env) csrf() string {
	e.t.Helper()
	r := e.get("/login")
	m := csrfRe.FindStringSubmatch(r.body)
	if m == nil {
		e.t.Fatalf("no CSRF token in the page:\n%s", r.body)
	}
	return m[1]
}

func (e *env) postForm(path string, v url.Values, hdr ...string) resp {
	e.t.Helper()
	req, _ := http.NewRequest(http.MethodPost, e.ts.URL+path, strings.NewReader(v.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	for i := 0; i+1 < len(hdr); i += 2 {
		req.Header.Set(hdr[i], hdr[i+1])
	}
	return e.do(req)
}

func (e *env) postJSON(path string, body any, hdr ...string) resp {
	e.t.Helper()
	var rd io.Reader
	switch b := body.(type) {
	case string:
		rd = strings.NewReader(b)
	default:
		buf, _ := json.Marshal(b)
		rd = bytes.NewReader(buf)
	}
	req, _ := http.NewRequest(http.MethodPost, e.ts.URL+path, rd)
	req.Header.Set("Content-Type", "application/json")
	for i := 0; i+1 < len(hdr); i += 2 {
		req.Header.Set(hdr[i], hdr[i+1])
	}
	return e.do(req)
}

// noRawHostile fails when markup from the sample's hostile fields came
// out as markup.
func noRawHostile(t *testing.T, what, body string) {
	t.Helper()
	for _, bad := range []string{`<script>alert`, `<img src=x onerror`, `="javascript:`} {
		if strings.Contains(body, bad) {
			i := strings.Index(body, bad)
			t.Errorf("%s: unescaped %q at …%s…", what, bad, body[max(0, i-80):min(len(body), i+80)])
		}
	}
}

func TestPagesEscapeHostileInput(t *testing.T) {
	e := newEnv(t, nil)
	e.search.results = &claims.Results{Total: 2, Hits: []claims.Hit{
		{Passage: claims.Passage{SourceID: srcWire, URL: "https://wire.example/story", Publisher: "Wire " + hostile, Title: "T " + hostile, Text: "x"},
			Type: "passage", Score: 1, Fragments: []string{"killed <mark>both</mark> " + hostile}},
		{Passage: claims.Passage{URL: "javascript:alert(1)", Text: "claim " + hostile}, Type: "claim", AuditID: "not-an-id"},
	}, Facets: map[string][]claims.Facet{"publisher": {{Term: "Wire " + hostile, Count: 1}}, "month": {{Term: "2024-01", Count: 2}}}}
	for _, path := range []string{"/audits", "/audits/" + e.auditID, "/search?q=" + url.QueryEscape(hostile), "/search?q=both", "/login?next=" + url.QueryEscape(hostile)} {
		r := e.get(path)
		if r.code != http.StatusOK {
			t.Errorf("GET %s: %d", path, r.code)
		}
		noRawHostile(t, path, r.body)
		if !strings.Contains(r.body, "&lt;script&gt;") && !strings.HasPrefix(path, "/login") {
			t.Errorf("GET %s: the hostile text is not shown escaped", path)
		}
		if csp := r.hdr.Get("Content-Security-Policy"); !strings.Contains(csp, "script-src 'self'") || strings.Contains(csp, "unsafe-inline") {
			t.Errorf("GET %s: CSP %q", path, csp)
		}
		if r.hdr.Get("X-Content-Type-Options") != "nosniff" || r.hdr.Get("X-Frame-Options") != "DENY" {
			t.Errorf("GET %s: security headers missing: %v", path, r.hdr)
		}
	}
}

func TestHome(t *testing.T) {
	e := newEnv(t, nil)
	r := e.get("/")
	if r.code != http.StatusSeeOther || r.hdr.Get("Location") != "/audits" {
		t.Errorf("GET /: %d %s", r.code, r.hdr.Get("Location"))
	}
	r = e.get("/static/app.css")
	if r.code != http.StatusOK || !strings.Contains(r.hdr.Get("Content-Type"), "text/css") {
		t.Errorf("app.css: %d %s", r.code, r.hdr.Get("Content-Type"))
	}
	r = e.get("/static/app.js")
	if r.code != http.StatusOK || !strings.Contains(r.body, "progress") {
		t.Errorf("app.js: %d", r.code)
	}
	if r := e.get("/static/nothing.js"); r.code != http.StatusNotFound {
		t.Errorf("missing static file: %d", r.code)
	}
}

func TestAuditsPage(t *testing.T) {
	e := newEnv(t, nil)
	r := e.get("/audits")
	for _, want := range []string{`href="/audits/` + e.auditID + `"`, `2 high`, `1 medium`, `1 low`, `name="url"`, `action="/audits"`} {
		if !strings.Contains(r.body, want) {
			t.Errorf("the audits page lacks %q", want)
		}
	}
}

func TestAuditPageShowsConflicts(t *testing.T) {
	e := newEnv(t, nil)
	r := e.get("/audits/" + e.auditID)
	if r.code != http.StatusOK {
		t.Fatalf("audit page: %d", r.code)
	}
	for _, want := range []string{
		`id="d-` + discName + `"`, "Ali al-Rashid", "Ali al-Rasheed", "Ministry", // both names, each with its place
		`/archived/` + srcMin + `?audit=` + e.auditID, // the source's archived copy
		`<svg class="chart"`, "≥ 3", "[1,200, 1,500]", // the chart of figures
		`<mark>&lt;script&gt;alert(&#34;pwned&#34;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;</mark>`, // misquote's changed words
		`<b id="open-count">4</b>`, `<b id="dismissed-count">0</b>`,
		`class="claim number contradicted flagged"`, // the story with claims marked
		`HTTP 503 &lt;script&gt;`,                   // a failed source and why
		`name="decision" value="dismissed"`,
	} {
		if !strings.Contains(r.body, want) {
			t.Errorf("the audit page lacks %q", want)
		}
	}
}

func TestAuditPageErrors(t *testing.T) {
	e := newEnv(t, nil)
	for _, tc := range []struct {
		path string
		code int
	}{
		{"/audits/not-an-id", http.StatusBadRequest},
		{"/audits/" + url.PathEscape("<script>alert(1)</script>"), http.StatusBadRequest},
		{"/audits/" + claims.StableID("nobody"), http.StatusNotFound},
		{"/audits/" + e.auditID + "/nothing", http.StatusNotFound},
		{"/no/such/page", http.StatusNotFound},
		{"/archived/" + url.PathEscape("../../etc/passwd"), http.StatusBadRequest},
		{"/archived/" + claims.StableID("nobody"), http.StatusNotFound},
	} {
		r := e.get(tc.path)
		if r.code != tc.code {
			t.Errorf("GET %s: %d, want %d", tc.path, r.code, tc.code)
		}
		noRawHostile(t, tc.path, r.body)
		if !strings.Contains(r.body, "<!doctype html>") {
			t.Errorf("GET %s: not an error page", tc.path)
		}
	}
	r := e.get("/api/nothing")
	if r.code != http.StatusNotFound || !strings.Contains(r.hdr.Get("Content-Type"), "application/json") {
		t.Errorf("GET /api/nothing: %d %s", r.code, r.hdr.Get("Content-Type"))
	}
}

func TestReviewThroughForm(t *testing.T) {
	e := newEnv(t, nil)
	path := "/audits/" + e.auditID + "/reviews"
	tok := e.csrf()
	form := func(kv ...string) url.Values {
		v := url.Values{"csrf": {tok}, "discrepancy": {discName}, "reviewer": {"Jane Editor"}}
		for i := 0; i+1 < len(kv); i += 2 {
			v.Set(kv[i], kv[i+1])
		}
		return v
	}
	// Refused: no CSRF token, a wrong one, another audit's discrepancy,
	// a dismissal without a note, a bad decision, no name.
	for _, tc := range []struct {
		name string
		v    url.Values
		code int
		msg  string
	}{
		{"no token", func() url.Values { v := form("decision", "dismissed", "note", "x"); v.Del("csrf"); return v }(), http.StatusForbidden, "expired"},
		{"wrong token", form("csrf", strings.Repeat("A", 43), "decision", "dismissed", "note", "x"), http.StatusForbidden, "expired"},
		{"unknown discrepancy", form("discrepancy", claims.StableID("other"), "decision", "dismissed", "note", "x"), http.StatusNotFound, "has no discrepancy"},
		{"bad discrepancy id", form("discrepancy", hostile, "decision", "dismissed", "note", "x"), http.StatusBadRequest, "names no discrepancy"},
		{"no note", form("decision", "dismissed"), http.StatusUnprocessableEntity, "say why"},
		{"bad decision", form("decision", "deleted", "note", "x"), http.StatusUnprocessableEntity, "must be"},
		{"no name", form("decision", "confirmed", "reviewer", "  "), http.StatusUnprocessableEntity, "give your name"},
		{"long name", form("decision", "confirmed", "reviewer", strings.Repeat("n", 101)), http.StatusUnprocessableEntity, "longer than"},
		{"long note", form("decision", "dismissed", "note", strings.Repeat("n", 2001)), http.StatusUnprocessableEntity, "longer than"},
	} {
		r := e.postForm(path, tc.v)
		if r.code != tc.code || !strings.Contains(r.body, tc.msg) {
			t.Errorf("%s: %d, want %d with %q", tc.name, r.code, tc.code, tc.msg)
		}
		noRawHostile(t, tc.name, r.body)
	}
	if n := len(e.cat.reviews); n != 0 {
		t.Fatalf("%d reviews stored by refused forms", n)
	}
	// The failed form is shown again with what was typed.
	r := e.postForm(path, form("decision", "dismissed", "reviewer", "Jane "+hostile))
	if !strings.Contains(r.body, `value="Jane &lt;script&gt;`) {
		t.Errorf("the refused form does not keep the name typed")
	}
	noRawHostile(t, "refused form", r.body)

	r = e.postForm(path, form("decision", "dismissed", "note", "AP and CENTCOM name "+hostile+" two people"))
	if r.code != http.StatusSeeOther || !strings.HasPrefix(r.hdr.Get("Location"), "/audits/"+e.auditID+"?reviewed="+discName) {
		t.Fatalf("dismiss: %d %s\n%s", r.code, r.hdr.Get("Location"), r.body)
	}
	page := e.get(r.hdr.Get("Location"))
	for _, want := range []string{`<b id="open-count">3</b>`, `<b id="dismissed-count">1</b>`, "Dismissed by <b>Jane Editor</b>", "Recorded: dismissed by Jane Editor"} {
		if !strings.Contains(page.body, want) {
			t.Errorf("after dismissal the page lacks %q", want)
		}
	}
	noRawHostile(t, "after dismissal", page.body)
	// Confirming re-opens it.
	r = e.postForm(path, form("decision", "confirmed"))
	if r.code != http.StatusSeeOther {
		t.Fatalf("confirm: %d", r.code)
	}
	page = e.get("/audits/" + e.auditID)
	if !strings.Contains(page.body, `<b id="open-count">4</b>`) || !strings.Contains(page.body, "Confirmed by <b>Jane Editor</b>") {
		t.Errorf("a confirmed finding is not open again")
	}
}

func TestCrossOriginWritesRefused(t *testing.T) {
	e := newEnv(t, nil)
	tok := e.csrf()
	v := url.Values{"csrf": {tok}, "discrepancy": {discName}, "reviewer": {"M"}, "decision": {"dismissed"}, "note": {"x"}}
	path := "/audits/" + e.auditID + "/reviews"
	for _, hdr := range [][]string{{"Sec-Fetch-Site", "cross-site"}, {"Origin", "http://evil.example"}} {
		if r := e.postForm(path, v, hdr...); r.code != http.StatusForbidden {
			t.Errorf("form with %v: %d, want 403", hdr, r.code)
		}
		if r := e.postJSON("/api/audits/"+e.auditID+"/reviews", map[string]string{"discrepancy_id": discName, "decision": "dismissed", "note": "x", "reviewer": "M"}, hdr...); r.code != http.StatusForbidden {
			t.Errorf("API with %v: %d, want 403", hdr, r.code)
		}
	}
	// A form posted as JSON's look-alike (text/plain) is not JSON.
	req, _ := http.NewRequest(http.MethodPost, e.ts.URL+"/api/audits", strings.NewReader(`{"url":"https://x.example/"}`))
	req.Header.Set("Content-Type", "text/plain")
	if r := e.do(req); r.code != http.StatusUnsupportedMediaType {
		t.Errorf("API write as text/plain: %d, want 415", r.code)
	}
	if len(e.cat.reviews) != 0 {
		t.Errorf("a cross-origin write was stored")
	}
}

func TestTokenRequiredForWrites(t *testing.T) {
	e := newEnv(t, func(o *Options) { o.Token = "s3cret-token" })
	review := map[string]string{"discrepancy_id": discName, "decision": "dismissed", "note": "checked", "reviewer": "M"}
	api := "/api/audits/" + e.auditID + "/reviews"
	if r := e.postJSON(api, review); r.code != http.StatusUnauthorized || r.hdr.Get("WWW-Authenticate") == "" {
		t.Errorf("API write without the token: %d", r.code)
	}
	if r := e.postJSON(api, review, "Authorization", "Bearer wrong"); r.code != http.StatusUnauthorized {
		t.Errorf("API write with a wrong token: %d", r.code)
	}
	if r := e.postJSON(api, review, "Authorization", "Bearer s3cret-token"); r.code != http.StatusCreated {
		t.Errorf("API write with the token: %d %s", r.code, r.body)
	}
	// Reading needs no token, and the page says how to sign in.
	page := e.get("/audits/" + e.auditID)
	if page.code != http.StatusOK || !strings.Contains(page.body, `href="/login?next=/audits/`+e.auditID+`"`) {
		t.Errorf("reading without the token: %d, sign-in hint missing", page.code)
	}
	tok := e.csrf()
	form := url.Values{"csrf": {tok}, "discrepancy": {discNum}, "reviewer": {"M"}, "decision": {"dismissed"}, "note": {"x"}}
	r := e.postForm("/audits/"+e.auditID+"/reviews", form)
	if r.code != http.StatusUnauthorized || !strings.Contains(r.body, `action="/login"`) {
		t.Errorf("form without the token: %d", r.code)
	}
	// Wrong token at the sign-in form.
	if r := e.postForm("/login", url.Values{"csrf": {tok}, "token": {"nope"}, "next": {"/audits"}}); r.code != http.StatusUnauthorized {
		t.Errorf("sign-in with a wrong token: %d", r.code)
	}
	// The printed address signs the browser in and drops the token.
	r = e.get("/audits?token=s3cret-token")
	if r.code != http.StatusSeeOther || strings.Contains(r.hdr.Get("Location"), "token") {
		t.Errorf("?token=: %d %s", r.code, r.hdr.Get("Location"))
	}
	if r := e.postForm("/audits/"+e.auditID+"/reviews", form); r.code != http.StatusSeeOther {
		t.Errorf("form after signing in: %d", r.code)
	}
	if len(e.cat.reviews) != 2 {
		t.Errorf("%d reviews stored, want 2", len(e.cat.reviews))
	}
	// The sign-in form's next never leaves the server.
	for _, next := range []string{"https://evil.example/", "//evil.example/x", "/\\evil.example"} {
		r := e.postForm("/login", url.Values{"csrf": {tok}, "token": {"s3cret-token"}, "next": {next}})
		if loc := r.hdr.Get("Location"); r.code != http.StatusSeeOther || strings.Contains(loc, "evil") {
			t.Errorf("sign-in next=%q went to %q", next, loc)
		}
	}
}

func TestForeignHostRefused(t *testing.T) {
	e := newEnv(t, func(o *Options) { o.Hosts = []string{"localhost", "127.0.0.1", "::1"} })
	if r := e.get("/audits"); r.code != http.StatusOK {
		t.Errorf("own host: %d", r.code)
	}
	req, _ := http.NewRequest(http.MethodGet, e.ts.URL+"/api/audits", nil)
	req.Host = "rebind.evil.example"
	if r := e.do(req); r.code != http.StatusMisdirectedRequest {
		t.Errorf("foreign Host: %d, want 421", r.code)
	}
}

func TestRequestLimits(t *testing.T) {
	e := newEnv(t, nil)
	tok := e.csrf()
	big := url.Values{"csrf": {tok}, "url": {"https://x.example/"}, "sources": {strings.Repeat("https://x.example/a\n", 100000)}}
	if r := e.postForm("/audits", big); r.code != http.StatusRequestEntityTooLarge {
		t.Errorf("2 MB form: %d, want 413", r.code)
	}
	bigJSON := `{"url":"https://x.example/","sources":["` + strings.Repeat("a", 200000) + `"]}`
	if r := e.postJSON("/api/audits", bigJSON); r.code != http.StatusRequestEntityTooLarge {
		t.Errorf("200 KB JSON: %d, want 413", r.code)
	}
	for _, tc := range []struct{ body, msg string }{
		{`{"url":"https://x.example/","extra":1}`, "unknown field"},
		{`{"url":"https://x.example/"} {"url":"https://y.example/"}`, "more than one"},
		{`[1,2]`, "expected JSON"},
		{`{"url":`, "expected JSON"},
	} {
		if r := e.postJSON("/api/audits", tc.body); r.code != http.StatusBadRequest || !strings.Contains(r.body, tc.msg) {
			t.Errorf("body %q: %d %s", tc.body, r.code, r.body)
		}
	}
	tooMany := make([]string, maxSources+1)
	for i := range tooMany {
		tooMany[i] = "https://x.example/"
	}
	if r := e.postJSON("/api/audits", map[string]any{"url": "https://x.example/", "sources": tooMany}); r.code != http.StatusUnprocessableEntity {
		t.Errorf("too many sources: %d", r.code)
	}
	if r := e.get("/search?q=" + strings.Repeat("word+", 200)); r.code != http.StatusBadRequest {
		t.Errorf("long query: %d", r.code)
	}
}

func TestStartAuditRefusesBadURLs(t *testing.T) {
	refused := errors.New("localhost resolves to 127.0.0.1, a loopback address")
	e := newEnv(t, func(o *Options) {
		o.CheckURL = func(_ context.Context, raw string) error {
			if strings.Contains(raw, "localhost") || strings.Contains(raw, "rebind.example") {
				return refused
			}
			return nil
		}
	})
	tok := e.csrf()
	for _, bad := range []string{"", "/etc/passwd", "story.html", "file:///etc/passwd", "javascript:alert(1)", "ftp://x.example/", "http://", "https://user:pw@x.example/",
		"http://localhost:8080/admin", "http://rebind.example/", "https://x.example/\x00", strings.Repeat("https://x.example/", 200)} {
		r := e.postForm("/audits", url.Values{"csrf": {tok}, "url": {bad}})
		if r.code != http.StatusUnprocessableEntity || !strings.Contains(r.body, `class="error"`) {
			t.Errorf("form url %q: %d, want 422 with an error", bad, r.code)
		}
		if r := e.postJSON("/api/audits", map[string]string{"url": bad}); r.code != http.StatusUnprocessableEntity {
			t.Errorf("API url %q: %d, want 422", bad, r.code)
		}
	}
	r := e.postJSON("/api/audits", map[string]any{"url": "https://x.example/", "sources": []string{"http://localhost/"}})
	if r.code != http.StatusUnprocessableEntity || !strings.Contains(r.body, "loopback") {
		t.Errorf("a private extra source: %d %s", r.code, r.body)
	}
	if n := len(e.srv.jobs.snapshots()); n != 0 {
		t.Errorf("refused submissions started %d audits", n)
	}
}

// waitFor polls until cond holds or fails the test after a while.
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

func TestBackgroundAudit(t *testing.T) {
	e := newEnv(t, nil)
	e.au.started = make(chan claims.AuditRequest, 4)
	tok := e.csrf()
	r := e.postForm("/audits", url.Values{"csrf": {tok}, "url": {"https://paper.example/news/new"}, "sources": {"https://extra.example/a\nhttps://extra.example/b"}})
	if r.code != http.StatusSeeOther {
		t.Fatalf("submit: %d %s", r.code, r.body)
	}
	page := r.hdr.Get("Location")
	id := strings.TrimPrefix(page, "/audits/")
	req := <-e.au.started
	if req.ID != id || req.Article != "https://paper.example/news/new" || len(req.Sources) != 2 {
		t.Errorf("the auditor got %+v", req)
	}
	// While the audit runs: its page shows progress, the list shows it,
	// and search answers.
	p := e.get(page)
	if p.code != http.StatusOK || !strings.Contains(p.body, `data-progress="/api/audits/`+id+`/progress"`) || !strings.Contains(p.body, "Fetching and archiving") {
		t.Errorf("the running audit's page: %d\n%s", p.code, p.body)
	}
	var prog Progress
	pr := e.get("/api/audits/" + id + "/progress")
	if err := json.Unmarshal([]byte(pr.body), &prog); err != nil || prog.Status != claims.AuditRunning || prog.Stage != "fetch" || prog.Done != 1 || prog.Total != 3 {
		t.Errorf("progress: %s", pr.body)
	}
	if a := e.get("/api/audits/" + id); a.code != http.StatusAccepted {
		t.Errorf("GET a running audit: %d", a.code)
	}
	if a := e.get("/api/audits/" + id + "/claims"); a.code != http.StatusConflict {
		t.Errorf("claims of a running audit: %d", a.code)
	}
	if l := e.get("/audits"); !strings.Contains(l.body, `href="/audits/`+id+`"`) || !strings.Contains(l.body, "running") {
		t.Errorf("the list does not show the running audit")
	}
	for _, path := range []string{"/search?q=strike", "/api/search?q=strike", "/audits/" + e.auditID, "/api/audits"} {
		if s := e.get(path); s.code != http.StatusOK {
			t.Errorf("GET %s while an audit runs: %d", path, s.code)
		}
	}
	close(e.au.release)
	waitFor(t, "the audit to finish", func() bool {
		var p Progress
		_ = json.Unmarshal([]byte(e.get("/api/audits/"+id+"/progress").body), &p)
		return p.Status == claims.AuditDone
	})
	if a := e.get("/api/audits/" + id); a.code != http.StatusOK || !strings.Contains(a.body, `"discrepancies"`) {
		t.Errorf("GET the finished audit: %d", a.code)
	}
	if p := e.get(page); !strings.Contains(p.body, `id="open-count"`) {
		t.Errorf("the finished audit's page shows no report")
	}
}

func TestFailedAudit(t *testing.T) {
	e := newEnv(t, nil)
	e.au.fail = errors.New("could not read the article https://x.example/: refused: x.example resolves to 10.0.0.1, a private address")
	close(e.au.release)
	r := e.postJSON("/api/audits", map[string]string{"url": "https://x.example/"})
	if r.code != http.StatusAccepted {
		t.Fatalf("submit: %d %s", r.code, r.body)
	}
	var out struct{ ID string }
	_ = json.Unmarshal([]byte(r.body), &out)
	waitFor(t, "the audit to fail", func() bool {
		return strings.Contains(e.get("/api/audits/"+out.ID).body, `"failed"`)
	})
	p := e.get("/audits/" + out.ID)
	if !strings.Contains(p.body, "The audit failed") || !strings.Contains(p.body, "a private address") {
		t.Errorf("the failed audit's page does not say why")
	}
}

func TestQueueAndReadOnly(t *testing.T) {
	e := newEnv(t, func(o *Options) { o.MaxRunning, o.MaxQueued = 1, 1 })
	for i, want := range []int{http.StatusAccepted, http.StatusAccepted, http.StatusTooManyRequests} {
		if r := e.postJSON("/api/audits", map[string]string{"url": "https://x.example/" + string(rune('a'+i))}); r.code != want {
			t.Errorf("submission %d: %d, want %d", i, r.code, want)
		}
	}
	ro := newEnv(t, func(o *Options) { o.Auditor = nil })
	if r := ro.postJSON("/api/audits", map[string]string{"url": "https://x.example/"}); r.code != http.StatusServiceUnavailable {
		t.Errorf("read-only desk: %d", r.code)
	}
	if p := ro.get("/audits"); strings.Contains(p.body, `action="/audits"`) {
		t.Errorf("a read-only desk shows the audit form")
	}
}

func TestAPI(t *testing.T) {
	e := newEnv(t, nil)
	e.search.results = &claims.Results{Total: 1, Hits: []claims.Hit{{Passage: claims.Passage{SourceID: srcWire, Text: "x"}, Type: "passage"}}}
	base := "/api/audits/" + e.auditID
	for _, tc := range []struct {
		path string
		code int
		keys []string
	}{
		{"/api/audits", 200, []string{"audits"}},
		{base, 200, []string{"article", "sources", "claims", "discrepancies", "summary"}},
		{base + "/claims", 200, []string{"claims"}},
		{base + "/discrepancies", 200, []string{"discrepancies", "summary"}},
		{base + "/sources", 200, []string{"sources"}},
		{base + "/reviews", 200, []string{"reviews"}},
		{base + "/progress", 200, []string{"status"}},
		{"/api/sources/" + srcWire, 200, []string{"source", "archived"}},
		{"/api/search?q=killed&publisher=Wire&since=2024-01-01&until=2024-01-31&limit=5", 200, []string{"total", "hits"}},
		{"/api/health", 200, []string{"ok"}},
		{"/api/audits/x", 400, []string{"error"}},
		{"/api/audits/" + claims.StableID("none"), 404, []string{"error"}},
		{"/api/sources/" + claims.StableID("none"), 404, []string{"error"}},
		{"/api/sources/%3Cscript%3E", 400, []string{"error"}},
		{"/api/search?since=yesterday", 400, []string{"error"}},
		{"/api/search?limit=-1", 400, []string{"error"}},
	} {
		r := e.get(tc.path)
		if r.code != tc.code {
			t.Errorf("GET %s: %d, want %d: %s", tc.path, r.code, tc.code, r.body)
			continue
		}
		if !strings.HasPrefix(r.hdr.Get("Content-Type"), "application/json") {
			t.Errorf("GET %s: content type %q", tc.path, r.hdr.Get("Content-Type"))
		}
		var m map[string]json.RawMessage
		if err := json.Unmarshal([]byte(r.body), &m); err != nil {
			t.Errorf("GET %s: not a JSON object: %v", tc.path, err)
			continue
		}
		for _, k := range tc.keys {
			if _, ok := m[k]; !ok {
				t.Errorf("GET %s: no %q in %s", tc.path, k, r.body)
			}
		}
		noRawHostile(t, tc.path, r.body)
	}
	q := e.search.last()
	if q.Text != "killed" || q.Publisher != "Wire" || q.Limit != 5 || q.Since.Format("2006-01-02") != "2024-01-01" || q.Until.Format("2006-01-02") != "2024-01-31" {
		t.Errorf("the search asked %+v", q)
	}
	// The report has the contract's shape.
	var rep claims.Report
	if err := json.Unmarshal([]byte(e.get(base).body), &rep); err != nil || rep.AuditID != e.auditID || len(rep.Discrepancies) != 4 || rep.Summary.Discrepancies != 4 {
		t.Errorf("report: %v %+v", err, rep.Summary)
	}
	// A review through the API, then seen by every route.
	r := e.postJSON(base+"/reviews", map[string]string{"discrepancy_id": discNum, "decision": "dismissed", "note": "the wire counts only the commanders", "reviewer": "Night desk"})
	if r.code != http.StatusCreated {
		t.Fatalf("review: %d %s", r.code, r.body)
	}
	var rr struct {
		Review  claims.Review
		Summary claims.Summary
	}
	_ = json.Unmarshal([]byte(r.body), &rr)
	if rr.Review.Decision != claims.Dismissed || rr.Review.Reviewer != "Night desk" || rr.Summary.Discrepancies != 3 || rr.Summary.Dismissed != 1 {
		t.Errorf("review answer: %s", r.body)
	}
	if !strings.Contains(e.get(base+"/reviews").body, "Night desk") {
		t.Errorf("GET reviews does not list the review")
	}
	for _, bad := range []map[string]string{
		{"discrepancy_id": discNum, "decision": "maybe", "reviewer": "x"},
		{"discrepancy_id": discNum, "decision": "dismissed", "reviewer": "x"},
		{"discrepancy_id": discNum, "decision": "confirmed", "reviewer": ""},
	} {
		if r := e.postJSON(base+"/reviews", bad); r.code != http.StatusUnprocessableEntity {
			t.Errorf("review %v: %d", bad, r.code)
		}
	}
	if r := e.postJSON(base+"/reviews", map[string]string{"discrepancy_id": claims.StableID("x"), "decision": "confirmed", "reviewer": "x"}); r.code != http.StatusNotFound {
		t.Errorf("review of an unknown discrepancy: %d", r.code)
	}
	if r := e.postJSON("/api/audits/"+claims.StableID("none")+"/reviews", map[string]string{"discrepancy_id": discNum, "decision": "confirmed", "reviewer": "x"}); r.code != http.StatusNotFound {
		t.Errorf("review in an unknown audit: %d", r.code)
	}
}

func TestSearchPage(t *testing.T) {
	e := newEnv(t, nil)
	e.search.results = &claims.Results{Total: 3, Hits: []claims.Hit{
		{Passage: claims.Passage{SourceID: srcWire, URL: "https://wire.example/story", Publisher: "Wire", Title: "Strike", Text: "a"},
			Type: "passage", Fragments: []string{"the <mark>strike</mark> killed"}},
		{Passage: claims.Passage{SourceID: srcWire, URL: "https://wire.example/story", Publisher: "Wire", Title: "Strike", Text: "b"},
			Type: "passage", Fragments: []string{"another <mark>strike</mark>"}},
		{Passage: claims.Passage{URL: "https://paper.example/x", Text: "claim"}, Type: "claim", AuditID: e.auditID},
	}, Facets: map[string][]claims.Facet{"publisher": {{Term: "Wire", Count: 2}, {Term: "A&B News", Count: 1}}, "month": {{Term: "2024-01", Count: 3}}}}
	r := e.get("/search?q=strike&claims=1")
	for _, want := range []string{"the <mark>strike</mark> killed", `href="/search?claims=1&amp;publisher=A%26B&#43;News&amp;q=strike"`,
		`since=2024-01-01&amp;until=2024-01-31`, `/archived/` + srcWire, `href="/audits/` + e.auditID + `"`, "3 matching passages"} {
		if !strings.Contains(r.body, want) {
			t.Errorf("the search page lacks %q", want)
		}
	}
	if strings.Count(r.body, `class="hit"`) != 2 {
		t.Errorf("hits are not grouped by source")
	}
	if q := e.search.last(); q.Text != "strike" || !q.Both || !q.Highlight || !q.Facets {
		t.Errorf("query %+v", q)
	}
	if r := e.get("/search?since=31/01/2024"); r.code != http.StatusBadRequest || !strings.Contains(r.body, "want a date") {
		t.Errorf("bad date: %d", r.code)
	}
	e.search.err = errors.New(`query "((": syntax error`)
	if r := e.get("/search?q=(("); r.code != http.StatusBadRequest || !strings.Contains(r.body, "syntax error") {
		t.Errorf("bad query: %d", r.code)
	}
}

func TestSafeFragment(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"plain", "plain"},
		{"a <mark>b</mark> c", "a <mark>b</mark> c"},
		{"&lt;script&gt; <mark>x</mark>", "&lt;script&gt; <mark>x</mark>"},
		{"<script>alert(1)</script><mark>x</mark>", "&lt;script&gt;alert(1)&lt;/script&gt;<mark>x</mark>"},
		{"<mark>unclosed", "<mark>unclosed</mark>"},
		{"</mark>stray<mark><mark>x</mark>", "stray<mark>x</mark>"},
		{"<mark onclick=x>y</mark>", "&lt;mark onclick=x&gt;y"},
		{"&amp;lt;", "&amp;lt;"},
	} {
		if got := string(safeFragment(tc.in)); got != tc.want {
			t.Errorf("safeFragment(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
