package web

import (
	"bytes"
	"context"
	"embed"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"net/http"
	"net/url"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/google/uuid"

	"github.com/provenance-audit/provenance/claims"
	"github.com/provenance-audit/provenance/report"
)

//go:embed templates static
var assets embed.FS

// pageNames are the page templates; each is parsed with the layout.
var pageNames = []string{"audits", "audit", "search", "login", "error"}

func parsePages() (map[string]*template.Template, error) {
	funcs := template.FuncMap{}
	for k, v := range report.Funcs {
		funcs[k] = v
	}
	for k, v := range pageFuncs {
		funcs[k] = v
	}
	out := map[string]*template.Template{}
	for _, name := range pageNames {
		t, err := template.New(name).Funcs(funcs).ParseFS(assets, "templates/layout.html", "templates/"+name+".html")
		if err != nil {
			return nil, fmt.Errorf("parse template %s: %w", name, err)
		}
		out[name] = t
	}
	return out, nil
}

var pageFuncs = template.FuncMap{
	"fragment": safeFragment,
	"when": func(t time.Time) string {
		if t.IsZero() {
			return ""
		}
		return t.UTC().Format("2006-01-02 15:04 UTC")
	},
	"day": func(s string) string {
		if t, err := time.Parse(time.RFC3339, s); err == nil {
			return t.Format("2 Jan 2006")
		}
		return s
	},
	"pct": func(done, total int) int {
		if total <= 0 {
			return 0
		}
		return min(100, done*100/total)
	},
	"stagename": stageName,
}

// stageName says what an audit stage does, for the progress box.
func stageName(s string) string {
	switch s {
	case "article":
		return "Reading the story"
	case "fetch":
		return "Fetching and archiving the sources"
	case "index":
		return "Indexing the sources"
	case "claims":
		return "Reading the story's claims"
	case "verify":
		return "Checking each claim against the sources"
	case "done":
		return "Done"
	case "":
		return "Waiting for a free slot"
	}
	return s
}

func staticHandler() http.Handler {
	sub, _ := fs.Sub(assets, "static")
	fsrv := http.StripPrefix("/static/", http.FileServerFS(sub))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "public, max-age=300")
		fsrv.ServeHTTP(w, r)
	})
}

func (s *Server) favicon(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Cache-Control", "public, max-age=86400")
	w.WriteHeader(http.StatusNoContent)
}

// page is what every page's layout needs.
type page struct {
	Title string
	Nav   string
	CSRF  string
	// Locked is set when changes need the token and this browser has not
	// given it.
	Locked bool
	// Query fills the search box of the header.
	Query string
}

func (s *Server) newPage(w http.ResponseWriter, r *http.Request, title, nav string) page {
	return page{Title: title, Nav: nav, CSRF: s.csrfToken(w, r), Locked: !s.authorized(r)}
}

// render executes a page into a buffer first, so that a failing template
// gives a clean error rather than half a page.
func (s *Server) render(w http.ResponseWriter, r *http.Request, status int, name string, data any) {
	var buf bytes.Buffer
	if err := s.pages[name].ExecuteTemplate(&buf, "layout", data); err != nil {
		s.log.Error("render page", "page", name, "error", err)
		http.Error(w, "internal error rendering the page", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	_, _ = w.Write(buf.Bytes())
}

type errorView struct {
	page
	Status  int
	Message string
}

// fail answers an error: JSON under /api/, a page elsewhere.
func (s *Server) fail(w http.ResponseWriter, r *http.Request, status int, msg string) {
	if status >= 500 {
		s.log.Error("request failed", "path", r.URL.Path, "status", status, "error", msg)
	}
	if strings.HasPrefix(r.URL.Path, "/api/") {
		writeJSON(w, status, map[string]string{"error": msg})
		return
	}
	s.render(w, r, status, "error", errorView{page: s.newPage(w, r, http.StatusText(status), ""), Status: status, Message: msg})
}

func (s *Server) notFound(w http.ResponseWriter, r *http.Request) {
	s.fail(w, r, http.StatusNotFound, "There is nothing at "+r.URL.Path+".")
}

func (s *Server) home(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, "/audits", http.StatusSeeOther)
}

// validID reports whether id has the shape of the ids the program makes.
func validID(id string) bool {
	if len(id) != 36 {
		return false
	}
	_, err := uuid.Parse(id)
	return err == nil
}

// ---- audits ----

type auditRow struct {
	claims.AuditSummary
	Open      map[string]int
	Dismissed int
	Live      *Progress
}

type auditForm struct {
	URL     string
	Sources string
	Error   string
}

type auditsView struct {
	page
	Audits   []auditRow
	CanAudit bool
	Form     auditForm
}

// auditRows lists the recent audits with their open findings (reviews
// applied) and the live state of those this server runs.
func (s *Server) auditRows(ctx context.Context) ([]auditRow, error) {
	list, err := s.opts.Catalogue.Audits(ctx, auditsPerPage)
	if err != nil {
		return nil, err
	}
	rows := make([]auditRow, 0, len(list))
	seen := map[string]bool{}
	for _, a := range list {
		row := auditRow{AuditSummary: a, Open: a.Counts}
		seen[a.ID] = true
		if a.Status == claims.AuditDone {
			if r, err := s.opts.Catalogue.Audit(ctx, a.ID); err == nil {
				row.Open = r.Summary.BySeverity
				row.Dismissed = r.Summary.Dismissed
			}
		}
		if j := s.jobs.get(a.ID); j != nil {
			p := j.snapshot()
			row.Live = &p
		}
		rows = append(rows, row)
	}
	// Audits still queued are not in the catalogue yet: newest first.
	for _, p := range s.jobs.snapshots() {
		if p.Status == jobQueued && !seen[p.ID] {
			live := p
			rows = append([]auditRow{{AuditSummary: claims.AuditSummary{ID: p.ID, ArticleURL: p.URL, Status: p.Status, StartedAt: p.Started}, Live: &live}}, rows...)
		}
	}
	return rows, nil
}

func (s *Server) auditsPage(w http.ResponseWriter, r *http.Request) {
	s.renderAudits(w, r, http.StatusOK, auditForm{})
}

func (s *Server) renderAudits(w http.ResponseWriter, r *http.Request, status int, form auditForm) {
	rows, err := s.auditRows(r.Context())
	if err != nil {
		s.fail(w, r, http.StatusInternalServerError, "could not list the audits: "+err.Error())
		return
	}
	v := auditsView{page: s.newPage(w, r, "Audits", "audits"), Audits: rows, CanAudit: s.opts.Auditor != nil, Form: form}
	s.render(w, r, status, "audits", v)
}

// startAuditForm queues an audit from the form and shows its page.
func (s *Server) startAuditForm(w http.ResponseWriter, r *http.Request) {
	form := auditForm{URL: strings.TrimSpace(r.PostFormValue("url")), Sources: r.PostFormValue("sources")}
	id, status, err := s.startAudit(r.Context(), form.URL, strings.Fields(form.Sources))
	if err != nil {
		form.Error = err.Error()
		s.renderAudits(w, r, status, form)
		return
	}
	http.Redirect(w, r, "/audits/"+id, http.StatusSeeOther)
}

// startAudit checks a submission and queues it; on error it returns the
// HTTP status that fits.
func (s *Server) startAudit(ctx context.Context, article string, sources []string) (string, int, error) {
	if s.opts.Auditor == nil {
		return "", http.StatusServiceUnavailable, errReadOnly
	}
	if err := s.checkURL(ctx, article, "the story's address"); err != nil {
		return "", http.StatusUnprocessableEntity, err
	}
	if len(sources) > maxSources {
		return "", http.StatusUnprocessableEntity, fmt.Errorf("at most %d extra sources, please", maxSources)
	}
	for _, src := range sources {
		if err := s.checkURL(ctx, src, "the extra source"); err != nil {
			return "", http.StatusUnprocessableEntity, err
		}
	}
	id := uuid.NewString()
	if _, err := s.jobs.start(id, article, sources); err != nil {
		if errors.Is(err, errReadOnly) {
			return "", http.StatusServiceUnavailable, err
		}
		return "", http.StatusTooManyRequests, err
	}
	return id, http.StatusAccepted, nil
}

// checkURL accepts only absolute http(s) URLs of a reasonable length;
// never a local file, which the auditor would read from the server's
// disk. Then the caller's check (private addresses) has its say.
func (s *Server) checkURL(ctx context.Context, raw, what string) error {
	if raw == "" {
		return fmt.Errorf("give %s: an http(s) URL", what)
	}
	if len(raw) > maxURLBytes || !utf8.ValidString(raw) || strings.ContainsFunc(raw, unicode.IsControl) {
		return fmt.Errorf("%s is not a usable URL", what)
	}
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.User != nil {
		return fmt.Errorf("%s must be an http(s) URL such as https://example.com/news/story, not %q", what, clipRunes(raw, 80))
	}
	if s.opts.CheckURL != nil {
		if err := s.opts.CheckURL(ctx, raw); err != nil {
			return fmt.Errorf("%s cannot be fetched: %w", what, err)
		}
	}
	return nil
}

// ---- one audit ----

type auditView struct {
	page
	ID       string
	Status   string
	Error    string
	URL      string
	Progress *Progress
	R        *claims.Report
	Story    template.HTML
	Open     []discView
	Closed   []discView
	Sources  []sourceView
	Claims   []claimView
	Flash    string
}

type sourceView struct {
	claims.Source
	Archived string
}

type claimView struct {
	claims.Claim
	Flagged bool
}

// lookupAudit finds an audit: its report when done, else its status and
// progress. It returns ErrNotFound for an id nobody knows.
func (s *Server) lookupAudit(ctx context.Context, id string) (*claims.Report, *auditState, error) {
	j := s.jobs.get(id)
	if j != nil {
		p := j.snapshot()
		if p.Status != claims.AuditDone {
			return nil, &auditState{Status: p.Status, Error: p.Error, URL: p.URL, Progress: &p}, nil
		}
	}
	r, err := s.opts.Catalogue.Audit(ctx, id)
	if err == nil {
		return r, nil, nil
	}
	if errors.Is(err, claims.ErrNotFound) {
		return nil, nil, err
	}
	// Not done: find its status in the list (a failed or interrupted
	// audit, or one another process runs).
	list, lerr := s.opts.Catalogue.Audits(ctx, 1000)
	if lerr == nil {
		for _, a := range list {
			if a.ID == id {
				st := &auditState{Status: a.Status, Error: a.Error, URL: a.ArticleURL}
				if a.Status == claims.AuditRunning {
					st.Error = "This audit is not running in this server: another process runs it, or it was interrupted."
				}
				return nil, st, nil
			}
		}
	}
	return nil, nil, err
}

type auditState struct {
	Status   string
	Error    string
	URL      string
	Progress *Progress
}

func (s *Server) auditPage(w http.ResponseWriter, r *http.Request) {
	s.renderAudit(w, r, http.StatusOK, nil)
}

// reviewInput is a review form as submitted, kept to show it again with
// its error.
type reviewInput struct {
	Discrepancy string
	Decision    string
	Note        string
	Reviewer    string
	Error       string
}

func (s *Server) renderAudit(w http.ResponseWriter, r *http.Request, status int, in *reviewInput) {
	id := r.PathValue("id")
	if !validID(id) {
		s.fail(w, r, http.StatusBadRequest, "“"+clipRunes(id, 60)+"” is not an audit id.")
		return
	}
	rep, st, err := s.lookupAudit(r.Context(), id)
	if errors.Is(err, claims.ErrNotFound) {
		s.fail(w, r, http.StatusNotFound, "There is no audit "+id+" in this workspace.")
		return
	}
	if err != nil {
		s.fail(w, r, http.StatusInternalServerError, "could not read the audit: "+err.Error())
		return
	}
	v := auditView{page: s.newPage(w, r, "Audit", "audits"), ID: id}
	if st != nil {
		v.Status, v.Error, v.URL, v.Progress = st.Status, st.Error, st.URL, st.Progress
		v.Title = "Audit of " + st.URL
		s.render(w, r, status, "audit", v)
		return
	}
	v.Status, v.R, v.URL = claims.AuditDone, rep, rep.Article.URL
	v.Title = rep.Article.Title
	if v.Title == "" {
		v.Title = rep.Article.URL
	}
	v.Story = report.StoryHTML(rep)
	flagged := map[string]bool{}
	for _, d := range rep.Discrepancies {
		dv := newDiscView(id, v.CSRF, d)
		if in != nil && in.Discrepancy == d.ID {
			dv.Input = in
			dv.Expanded = true
		}
		if d.Review != nil && d.Review.Decision == claims.Dismissed {
			v.Closed = append(v.Closed, dv)
			continue
		}
		for _, c := range d.ClaimIDs {
			flagged[c] = true
		}
		v.Open = append(v.Open, dv)
	}
	sort.SliceStable(v.Open, func(a, b int) bool {
		return claims.SeverityRank(v.Open[a].Severity) > claims.SeverityRank(v.Open[b].Severity)
	})
	for _, src := range rep.Sources {
		sv := sourceView{Source: src}
		if !src.Archive.IsZero() && validID(src.ID) {
			sv.Archived = archivedURL(src.ID, id)
		}
		v.Sources = append(v.Sources, sv)
	}
	for _, c := range rep.Claims {
		v.Claims = append(v.Claims, claimView{Claim: c, Flagged: flagged[c.ID]})
	}
	if did := r.URL.Query().Get("reviewed"); validID(did) && in == nil {
		for _, d := range rep.Discrepancies {
			if d.ID == did && d.Review != nil {
				v.Flash = "Recorded: " + d.Review.Decision + " by " + d.Review.Reviewer + ". Later reports, the command line and --fail-on will honour it."
			}
		}
	}
	s.render(w, r, status, "audit", v)
}

func archivedURL(sourceID, auditID string) string {
	u := "/archived/" + sourceID
	if auditID != "" {
		u += "?audit=" + auditID
	}
	return u
}

// reviewForm records an editor's decision from the audit page.
func (s *Server) reviewForm(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	if !validID(id) {
		s.fail(w, r, http.StatusBadRequest, "“"+clipRunes(id, 60)+"” is not an audit id.")
		return
	}
	in := &reviewInput{Discrepancy: r.PostFormValue("discrepancy"), Decision: r.PostFormValue("decision"),
		Note: r.PostFormValue("note"), Reviewer: r.PostFormValue("reviewer")}
	status, err := s.saveReview(r.Context(), id, in)
	if err != nil {
		if status == http.StatusUnprocessableEntity {
			in.Error = err.Error()
			s.renderAudit(w, r, status, in)
			return
		}
		s.fail(w, r, status, err.Error())
		return
	}
	http.Redirect(w, r, "/audits/"+id+"?reviewed="+in.Discrepancy+"#d-"+in.Discrepancy, http.StatusSeeOther)
}

// saveReview checks a review against its audit and stores it.
func (s *Server) saveReview(ctx context.Context, auditID string, in *reviewInput) (int, error) {
	if !validID(in.Discrepancy) {
		return http.StatusBadRequest, errors.New("the review names no discrepancy of this audit")
	}
	rep, err := s.opts.Catalogue.Audit(ctx, auditID)
	if errors.Is(err, claims.ErrNotFound) {
		return http.StatusNotFound, errors.New("there is no audit " + auditID + " in this workspace")
	}
	if err != nil {
		return http.StatusConflict, fmt.Errorf("the audit cannot be reviewed: %w", err)
	}
	found := false
	for _, d := range rep.Discrepancies {
		if d.ID == in.Discrepancy {
			found = true
		}
	}
	if !found {
		return http.StatusNotFound, errors.New("audit " + auditID + " has no discrepancy " + in.Discrepancy)
	}
	in.Note = cleanText(in.Note)
	in.Reviewer = cleanText(in.Reviewer)
	switch {
	case in.Decision != claims.Confirmed && in.Decision != claims.Dismissed:
		return http.StatusUnprocessableEntity, fmt.Errorf("the decision must be %q or %q", claims.Confirmed, claims.Dismissed)
	case in.Reviewer == "":
		return http.StatusUnprocessableEntity, errors.New("give your name, so that the record says who decided")
	case utf8.RuneCountInString(in.Reviewer) > maxNameRunes:
		return http.StatusUnprocessableEntity, fmt.Errorf("the name is longer than %d characters", maxNameRunes)
	case in.Decision == claims.Dismissed && in.Note == "":
		return http.StatusUnprocessableEntity, errors.New("say why you dismiss it: the note is what the next editor and CI will read")
	case utf8.RuneCountInString(in.Note) > maxNoteRunes:
		return http.StatusUnprocessableEntity, fmt.Errorf("the note is longer than %d characters", maxNoteRunes)
	}
	rv := &claims.Review{ID: uuid.NewString(), DiscrepancyID: in.Discrepancy, Decision: in.Decision, Note: in.Note,
		Reviewer: in.Reviewer, CreatedAt: time.Now().UTC()}
	if err := s.opts.Catalogue.SaveReview(ctx, rv); err != nil {
		return http.StatusInternalServerError, fmt.Errorf("could not save the review: %w", err)
	}
	s.log.Info("review", "audit", auditID, "discrepancy", rv.DiscrepancyID, "decision", rv.Decision, "reviewer", rv.Reviewer)
	return http.StatusCreated, nil
}

// cleanText keeps a user's text as text: valid UTF-8, no control
// characters but newlines and tabs, trimmed.
func cleanText(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	s = strings.Map(func(r rune) rune {
		if r == '\n' || r == '\t' {
			return r
		}
		if unicode.IsControl(r) {
			return -1
		}
		return r
	}, s)
	return strings.TrimSpace(s)
}

func clipRunes(s string, n int) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

// ---- search ----

type facetLink struct {
	Term   string
	Count  int
	Href   string
	Active bool
}

type hitView struct {
	Score    float64
	Fragment template.HTML
}

type hitGroup struct {
	IsClaim   bool
	AuditID   string
	SourceID  string
	Title     string
	Publisher string
	URL       string
	Published time.Time
	Archived  string
	Hits      []hitView
}

type searchView struct {
	page
	Q, Publisher, Since, Until string
	Claims                     bool
	Ran                        bool
	Error                      string
	Total                      uint64
	Took                       time.Duration
	Groups                     []hitGroup
	Publishers                 []facetLink
	Months                     []facetLink
	Clear                      string
}

// searchQuery reads a search from the query string.
func searchQuery(v url.Values) (claims.Query, error) {
	q := claims.Query{Text: strings.TrimSpace(v.Get("q")), Publisher: strings.TrimSpace(v.Get("publisher")),
		Highlight: true, Facets: true, Limit: 30, Both: v.Get("claims") != ""}
	if utf8.RuneCountInString(q.Text) > maxQueryRunes || len(q.Publisher) > 500 {
		return q, fmt.Errorf("the query is longer than %d characters", maxQueryRunes)
	}
	if !utf8.ValidString(q.Text) || !utf8.ValidString(q.Publisher) {
		return q, errors.New("the query is not valid UTF-8 text")
	}
	if l := v.Get("limit"); l != "" {
		var n int
		if _, err := fmt.Sscan(l, &n); err != nil || n < 1 {
			return q, errors.New("limit must be a positive number")
		}
		q.Limit = min(n, maxSearchLimit)
	}
	var err error
	if s := v.Get("since"); s != "" {
		if q.Since, err = time.Parse("2006-01-02", s); err != nil {
			return q, fmt.Errorf("since %q: want a date such as 2024-01-31", clipRunes(s, 30))
		}
	}
	if s := v.Get("until"); s != "" {
		if q.Until, err = time.Parse("2006-01-02", s); err != nil {
			return q, fmt.Errorf("until %q: want a date such as 2024-01-31", clipRunes(s, 30))
		}
		q.Until = q.Until.Add(24*time.Hour - time.Nanosecond)
	}
	return q, nil
}

func (s *Server) searchPage(w http.ResponseWriter, r *http.Request) {
	vals := r.URL.Query()
	v := searchView{page: s.newPage(w, r, "Search", "search"), Q: vals.Get("q"), Publisher: vals.Get("publisher"),
		Since: vals.Get("since"), Until: vals.Get("until"), Claims: vals.Get("claims") != ""}
	v.page.Query = v.Q
	v.Clear = "/search?" + url.Values{"q": {v.Q}}.Encode()
	q, err := searchQuery(vals)
	if err != nil {
		v.Error = err.Error()
		s.render(w, r, http.StatusBadRequest, "search", v)
		return
	}
	v.Ran = q.Text != "" || q.Publisher != "" || !q.Since.IsZero() || !q.Until.IsZero()
	if !v.Ran {
		// Nothing asked yet: show what the index holds, by facet.
		q.Limit = 1
	}
	res, err := s.opts.Searcher.Search(r.Context(), q)
	if err != nil {
		v.Error = "The search failed: " + err.Error()
		s.render(w, r, http.StatusBadRequest, "search", v)
		return
	}
	v.Total, v.Took = res.Total, res.Took.Round(100*time.Microsecond)
	v.Groups = groupHits(res.Hits)
	for _, f := range res.Facets["publisher"] {
		nv := cloneValues(vals)
		active := f.Term == v.Publisher
		if active {
			nv.Del("publisher")
		} else {
			nv.Set("publisher", f.Term)
		}
		v.Publishers = append(v.Publishers, facetLink{Term: f.Term, Count: f.Count, Href: "/search?" + nv.Encode(), Active: active})
	}
	for _, f := range res.Facets["month"] {
		start, err := time.Parse("2006-01", f.Term)
		if err != nil {
			continue
		}
		nv := cloneValues(vals)
		since, until := start.Format("2006-01-02"), start.AddDate(0, 1, -1).Format("2006-01-02")
		active := v.Since == since && v.Until == until
		if active {
			nv.Del("since")
			nv.Del("until")
		} else {
			nv.Set("since", since)
			nv.Set("until", until)
		}
		v.Months = append(v.Months, facetLink{Term: start.Format("January 2006"), Count: f.Count, Href: "/search?" + nv.Encode(), Active: active})
	}
	s.render(w, r, http.StatusOK, "search", v)
}

func cloneValues(v url.Values) url.Values {
	out := url.Values{}
	for k, vs := range v {
		if k == "limit" {
			continue
		}
		out[k] = append([]string(nil), vs...)
	}
	return out
}

// groupHits groups hits by source (claims by audit), in the order of
// each group's best hit.
func groupHits(hits []claims.Hit) []hitGroup {
	var out []hitGroup
	index := map[string]int{}
	for _, h := range hits {
		key := "s:" + h.SourceID
		if h.Type == "claim" {
			key = "a:" + h.AuditID
		}
		i, ok := index[key]
		if !ok {
			g := hitGroup{IsClaim: h.Type == "claim", AuditID: h.AuditID, SourceID: h.SourceID, Title: h.Title,
				Publisher: h.Publisher, URL: h.URL, Published: h.Published}
			if g.IsClaim {
				g.Publisher = ""
			}
			if !g.IsClaim && validID(h.SourceID) {
				g.Archived = archivedURL(h.SourceID, "")
			}
			if g.IsClaim && !validID(g.AuditID) {
				g.AuditID = ""
			}
			out = append(out, g)
			i = len(out) - 1
			index[key] = i
		}
		frag := template.HTML(template.HTMLEscapeString(clipRunes(h.Text, 400)))
		if len(h.Fragments) > 0 {
			frag = safeFragment(strings.Join(h.Fragments, " … "))
		}
		out[i].Hits = append(out[i].Hits, hitView{Score: h.Score, Fragment: frag})
	}
	return out
}

// safeFragment re-escapes a highlighted fragment, keeping only its
// <mark> tags: whatever the searcher did or did not escape, only the
// marks come out as markup.
func safeFragment(s string) template.HTML {
	var b strings.Builder
	open := false
	for len(s) > 0 {
		i := strings.Index(s, "<mark>")
		j := strings.Index(s, "</mark>")
		next, tag := -1, ""
		switch {
		case i >= 0 && (j < 0 || i < j):
			next, tag = i, "<mark>"
		case j >= 0:
			next, tag = j, "</mark>"
		}
		if next < 0 {
			b.WriteString(template.HTMLEscapeString(htmlUnescape(s)))
			break
		}
		b.WriteString(template.HTMLEscapeString(htmlUnescape(s[:next])))
		if tag == "<mark>" && !open {
			b.WriteString("<mark>")
			open = true
		} else if tag == "</mark>" && open {
			b.WriteString("</mark>")
			open = false
		}
		s = s[next+len(tag):]
	}
	if open {
		b.WriteString("</mark>")
	}
	return template.HTML(b.String())
}
