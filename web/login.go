package web

import (
	"net/http"
	"net/url"
	"strings"
)

type loginView struct {
	page
	Message string
	Next    string
	Error   string
}

// localPath keeps next only when it is a path on this server, so that
// the sign-in cannot send a browser elsewhere.
func localPath(next string) string {
	if u, err := url.Parse(next); err == nil && u.Host != "" {
		// A Referer: keep its path only.
		next = u.RequestURI()
	}
	if !strings.HasPrefix(next, "/") || strings.HasPrefix(next, "//") || strings.ContainsAny(next, "\\\r\n") {
		return "/audits"
	}
	return next
}

func (s *Server) renderLogin(w http.ResponseWriter, r *http.Request, status int, msg, next string) {
	v := loginView{page: s.newPage(w, r, "Sign in", ""), Message: msg, Next: localPath(next)}
	s.render(w, r, status, "login", v)
}

func (s *Server) loginPage(w http.ResponseWriter, r *http.Request) {
	msg := "Changes on this desk need the token given to 'provenance serve --token'."
	if s.opts.Token == "" {
		msg = "This desk needs no token: anyone who can open it can make changes."
	}
	s.renderLogin(w, r, http.StatusOK, msg, r.URL.Query().Get("next"))
}

// login checks the token from the sign-in form and sets the cookie.
func (s *Server) login(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil {
		s.fail(w, r, http.StatusRequestEntityTooLarge, "the form is too large")
		return
	}
	if !checkCSRF(r) {
		s.fail(w, r, http.StatusForbidden, "the form has expired or did not come from this desk: reload the page and try again")
		return
	}
	next := localPath(r.PostFormValue("next"))
	if s.opts.Token == "" {
		http.Redirect(w, r, next, http.StatusSeeOther)
		return
	}
	if !s.tokenMatches(r.PostFormValue("token")) {
		v := loginView{page: s.newPage(w, r, "Sign in", ""), Message: "Changes on this desk need the token given to 'provenance serve --token'.",
			Next: next, Error: "That is not the token this server was started with."}
		s.render(w, r, http.StatusUnauthorized, "login", v)
		return
	}
	s.setAuthCookie(w, r)
	http.Redirect(w, r, next, http.StatusSeeOther)
}
