package web

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"

	"github.com/provenance-audit/provenance/claims"
)

// writeJSON answers v as JSON. HTML-sensitive characters are escaped, so
// that a body shown as a page by mistake cannot become markup.
func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	_ = enc.Encode(v)
}

// readJSON decodes a request body strictly: one object, known fields.
func readJSON(r *http.Request, v any) error {
	dec := json.NewDecoder(r.Body)
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			return errBodyTooLarge
		}
		return fmt.Errorf("the body is not the expected JSON: %w", err)
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return errors.New("the body holds more than one JSON value")
	}
	return nil
}

func (s *Server) badJSON(w http.ResponseWriter, r *http.Request, err error) {
	if errors.Is(err, errBodyTooLarge) {
		s.fail(w, r, http.StatusRequestEntityTooLarge, fmt.Sprintf("the body is larger than %d bytes", maxBodyBytes))
		return
	}
	s.fail(w, r, http.StatusBadRequest, err.Error())
}

// apiAuditRow is a row of GET /api/audits: the catalogue's summary, the
// findings still open after reviews, and live progress when this server
// runs the audit.
type apiAuditRow struct {
	claims.AuditSummary
	Open      map[string]int `json:"open,omitempty"`
	Dismissed int            `json:"dismissed"`
	Progress  *Progress      `json:"progress,omitempty"`
}

func (s *Server) apiAudits(w http.ResponseWriter, r *http.Request) {
	rows, err := s.auditRows(r.Context())
	if err != nil {
		s.fail(w, r, http.StatusInternalServerError, "could not list the audits: "+err.Error())
		return
	}
	out := make([]apiAuditRow, 0, len(rows))
	for _, row := range rows {
		if row.Counts == nil {
			row.Counts = map[string]int{}
		}
		out = append(out, apiAuditRow{AuditSummary: row.AuditSummary, Open: row.Open, Dismissed: row.Dismissed, Progress: row.Live})
	}
	writeJSON(w, http.StatusOK, map[string]any{"audits": out})
}

// auditRequest is the body of POST /api/audits.
type auditRequest struct {
	URL     string   `json:"url"`
	Sources []string `json:"sources"`
}

func (s *Server) apiStartAudit(w http.ResponseWriter, r *http.Request) {
	var req auditRequest
	if err := readJSON(r, &req); err != nil {
		s.badJSON(w, r, err)
		return
	}
	id, status, err := s.startAudit(r.Context(), req.URL, req.Sources)
	if err != nil {
		s.fail(w, r, status, err.Error())
		return
	}
	w.Header().Set("Location", "/api/audits/"+id)
	writeJSON(w, http.StatusAccepted, map[string]any{"id": id, "status": jobQueued,
		"links": map[string]string{"audit": "/api/audits/" + id, "progress": "/api/audits/" + id + "/progress", "page": "/audits/" + id}})
}

// auditOrState finds an audit for the API; it answers the request itself
// unless the report is there.
func (s *Server) auditOrState(w http.ResponseWriter, r *http.Request) (*claims.Report, *auditState, bool) {
	id := r.PathValue("id")
	if !validID(id) {
		s.fail(w, r, http.StatusBadRequest, fmt.Sprintf("%q is not an audit id", clipRunes(id, 60)))
		return nil, nil, false
	}
	rep, st, err := s.lookupAudit(r.Context(), id)
	if errors.Is(err, claims.ErrNotFound) {
		s.fail(w, r, http.StatusNotFound, "there is no audit "+id+" in this workspace")
		return nil, nil, false
	}
	if err != nil {
		s.fail(w, r, http.StatusInternalServerError, "could not read the audit: "+err.Error())
		return nil, nil, false
	}
	return rep, st, true
}

// stateJSON is an audit that has no report (yet).
func stateJSON(id string, st *auditState) map[string]any {
	out := map[string]any{"id": id, "status": st.Status, "url": st.URL}
	if st.Error != "" {
		out["error"] = st.Error
	}
	if st.Progress != nil {
		out["progress"] = st.Progress
	}
	return out
}

func stateCode(st *auditState) int {
	if st.Status == claims.AuditFailed {
		return http.StatusOK
	}
	return http.StatusAccepted
}

func (s *Server) apiAudit(w http.ResponseWriter, r *http.Request) {
	rep, st, ok := s.auditOrState(w, r)
	if !ok {
		return
	}
	if st != nil {
		writeJSON(w, stateCode(st), stateJSON(r.PathValue("id"), st))
		return
	}
	writeJSON(w, http.StatusOK, rep)
}

func (s *Server) apiProgress(w http.ResponseWriter, r *http.Request) {
	rep, st, ok := s.auditOrState(w, r)
	if !ok {
		return
	}
	if st != nil {
		p := Progress{ID: r.PathValue("id"), URL: st.URL, Status: st.Status, Error: st.Error, Stages: []string{}, Log: []string{}}
		if st.Progress != nil {
			p = *st.Progress
		}
		writeJSON(w, http.StatusOK, p)
		return
	}
	p := Progress{ID: r.PathValue("id"), URL: rep.Article.URL, Status: claims.AuditDone, Stage: "done", Stages: []string{}, Log: []string{}}
	if j := s.jobs.get(p.ID); j != nil {
		p = j.snapshot()
	}
	writeJSON(w, http.StatusOK, p)
}

// doneReport answers for an audit without a report and reports whether
// the caller has one to use.
func (s *Server) doneReport(w http.ResponseWriter, r *http.Request) (*claims.Report, bool) {
	rep, st, ok := s.auditOrState(w, r)
	if !ok {
		return nil, false
	}
	if st != nil {
		out := stateJSON(r.PathValue("id"), st)
		out["error"] = "the audit is " + st.Status + ": it has no report"
		if st.Error != "" {
			out["error"] = out["error"].(string) + " (" + st.Error + ")"
		}
		writeJSON(w, http.StatusConflict, out)
		return nil, false
	}
	return rep, true
}

func (s *Server) apiClaims(w http.ResponseWriter, r *http.Request) {
	if rep, ok := s.doneReport(w, r); ok {
		cs := rep.Claims
		if cs == nil {
			cs = []claims.Claim{}
		}
		writeJSON(w, http.StatusOK, map[string]any{"audit_id": rep.AuditID, "claims": cs})
	}
}

func (s *Server) apiDiscrepancies(w http.ResponseWriter, r *http.Request) {
	if rep, ok := s.doneReport(w, r); ok {
		ds := rep.Discrepancies
		if ds == nil {
			ds = []claims.Discrepancy{}
		}
		writeJSON(w, http.StatusOK, map[string]any{"audit_id": rep.AuditID, "discrepancies": ds, "summary": rep.Summary})
	}
}

func (s *Server) apiAuditSources(w http.ResponseWriter, r *http.Request) {
	if rep, ok := s.doneReport(w, r); ok {
		srcs := rep.Sources
		if srcs == nil {
			srcs = []claims.Source{}
		}
		writeJSON(w, http.StatusOK, map[string]any{"audit_id": rep.AuditID, "sources": srcs})
	}
}

func (s *Server) apiReviews(w http.ResponseWriter, r *http.Request) {
	rep, ok := s.doneReport(w, r)
	if !ok {
		return
	}
	out := []*claims.Review{}
	for _, d := range rep.Discrepancies {
		if d.Review != nil {
			out = append(out, d.Review)
		}
	}
	writeJSON(w, http.StatusOK, map[string]any{"audit_id": rep.AuditID, "reviews": out})
}

// reviewRequest is the body of POST /api/audits/{id}/reviews.
type reviewRequest struct {
	DiscrepancyID string `json:"discrepancy_id"`
	Decision      string `json:"decision"`
	Note          string `json:"note"`
	Reviewer      string `json:"reviewer"`
}

func (s *Server) apiReview(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	if !validID(id) {
		s.fail(w, r, http.StatusBadRequest, fmt.Sprintf("%q is not an audit id", clipRunes(id, 60)))
		return
	}
	var req reviewRequest
	if err := readJSON(r, &req); err != nil {
		s.badJSON(w, r, err)
		return
	}
	in := &reviewInput{Discrepancy: req.DiscrepancyID, Decision: req.Decision, Note: req.Note, Reviewer: req.Reviewer}
	status, err := s.saveReview(r.Context(), id, in)
	if err != nil {
		s.fail(w, r, status, err.Error())
		return
	}
	rep, err := s.opts.Catalogue.Audit(r.Context(), id)
	if err != nil {
		s.fail(w, r, http.StatusInternalServerError, "the review was saved, but the audit could not be read again: "+err.Error())
		return
	}
	for _, d := range rep.Discrepancies {
		if d.ID == in.Discrepancy {
			writeJSON(w, http.StatusCreated, map[string]any{"review": d.Review, "discrepancy": d, "summary": rep.Summary})
			return
		}
	}
	writeJSON(w, http.StatusCreated, map[string]any{"summary": rep.Summary})
}

func (s *Server) apiSource(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	if !validID(id) {
		s.fail(w, r, http.StatusBadRequest, fmt.Sprintf("%q is not a source id", clipRunes(id, 60)))
		return
	}
	src, err := s.opts.Catalogue.SourceByID(r.Context(), id)
	if errors.Is(err, claims.ErrNotFound) {
		s.fail(w, r, http.StatusNotFound, "there is no source "+id)
		return
	}
	if err != nil {
		s.fail(w, r, http.StatusInternalServerError, "could not read the source: "+err.Error())
		return
	}
	out := map[string]any{"source": src}
	if !src.Archive.IsZero() {
		out["archived"] = archivedURL(src.ID, "")
	}
	writeJSON(w, http.StatusOK, out)
}

func (s *Server) apiSearch(w http.ResponseWriter, r *http.Request) {
	q, err := searchQuery(r.URL.Query())
	if err != nil {
		s.fail(w, r, http.StatusBadRequest, err.Error())
		return
	}
	res, err := s.opts.Searcher.Search(r.Context(), q)
	if err != nil {
		s.fail(w, r, http.StatusBadRequest, "search failed: "+err.Error())
		return
	}
	if res.Hits == nil {
		res.Hits = []claims.Hit{}
	}
	writeJSON(w, http.StatusOK, res)
}

func (s *Server) apiHealth(w http.ResponseWriter, r *http.Request) {
	busy := 0
	for _, p := range s.jobs.snapshots() {
		if p.Status == claims.AuditRunning || p.Status == jobQueued {
			busy++
		}
	}
	writeJSON(w, http.StatusOK, map[string]any{"ok": true, "audits_in_progress": busy, "read_only": s.opts.Auditor == nil,
		"token_required": s.opts.Token != "", "max_body_bytes": maxBodyBytes})
}
