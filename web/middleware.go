package web

import (
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"mime"
	"net"
	"net/http"
	"net/url"
	"runtime/debug"
	"strings"
)

// appCSP is the policy of the desk's own pages: its script and style
// only, nothing inline, no framing.
const appCSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"

const (
	csrfCookie = "provenance_csrf"
	authCookie = "provenance_auth"
	csrfField  = "csrf"
)

// middleware wraps the routes: panics become a 500, every answer gets
// the security headers, foreign Host names and cross-origin writes are
// refused, bodies and handling time are bounded.
func (s *Server) middleware(next http.Handler) http.Handler {
	cop := http.NewCrossOriginProtection()
	cop.SetDenyHandler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.fail(w, r, http.StatusForbidden, "cross-origin request refused: changes can only be made from the desk's own pages")
	}))
	h := cop.Handler(next)
	h = http.TimeoutHandler(h, s.opts.RequestTimeout, "the request took too long")
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			if v := recover(); v != nil {
				if v == http.ErrAbortHandler {
					panic(v)
				}
				s.log.Error("panic serving request", "path", r.URL.Path, "panic", v, "stack", string(debug.Stack()))
				http.Error(w, "internal error", http.StatusInternalServerError)
			}
		}()
		hd := w.Header()
		hd.Set("Content-Security-Policy", appCSP)
		hd.Set("X-Content-Type-Options", "nosniff")
		hd.Set("X-Frame-Options", "DENY")
		hd.Set("Referrer-Policy", "no-referrer")
		hd.Set("Cross-Origin-Opener-Policy", "same-origin")
		if !s.hostAllowed(r.Host) {
			s.fail(w, r, http.StatusMisdirectedRequest, "this server does not answer for the host "+r.Host)
			return
		}
		if r.Body != nil {
			r.Body = http.MaxBytesReader(w, r.Body, maxBodyBytes)
		}
		if r.Method == http.MethodGet && r.URL.Query().Has("token") && !strings.HasPrefix(r.URL.Path, "/api/") {
			s.tokenFromQuery(w, r)
			return
		}
		h.ServeHTTP(w, r)
	})
}

func (s *Server) hostAllowed(hostport string) bool {
	if len(s.opts.Hosts) == 0 {
		return true
	}
	host := hostport
	if h, _, err := net.SplitHostPort(hostport); err == nil {
		host = h
	}
	host = strings.ToLower(strings.Trim(host, "[]"))
	for _, ok := range s.opts.Hosts {
		if strings.EqualFold(strings.Trim(ok, "[]"), host) {
			return true
		}
	}
	return false
}

// tokenFromQuery lets the URL that serve prints (with ?token=) sign the
// browser in: the cookie is set and the token dropped from the address.
func (s *Server) tokenFromQuery(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	tok := q.Get("token")
	q.Del("token")
	u := url.URL{Path: r.URL.Path, RawQuery: q.Encode()}
	if s.opts.Token != "" && s.tokenMatches(tok) {
		s.setAuthCookie(w, r)
	}
	http.Redirect(w, r, u.String(), http.StatusSeeOther)
}

func authValue(token string) string {
	sum := sha256.Sum256([]byte("provenance auth\x00" + token))
	return hex.EncodeToString(sum[:])
}

func (s *Server) tokenMatches(tok string) bool {
	a, b := sha256.Sum256([]byte(tok)), sha256.Sum256([]byte(s.opts.Token))
	return subtle.ConstantTimeCompare(a[:], b[:]) == 1
}

func (s *Server) setAuthCookie(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, &http.Cookie{Name: authCookie, Value: authValue(s.opts.Token), Path: "/", HttpOnly: true,
		SameSite: http.SameSiteStrictMode, Secure: r.TLS != nil})
}

// authorized reports whether r may write: no token is set, or r carries
// it as a bearer token or as the sign-in cookie.
func (s *Server) authorized(r *http.Request) bool {
	if s.opts.Token == "" {
		return true
	}
	if auth := r.Header.Get("Authorization"); auth != "" {
		scheme, tok, ok := strings.Cut(auth, " ")
		return ok && strings.EqualFold(scheme, "Bearer") && s.tokenMatches(strings.TrimSpace(tok))
	}
	if c, err := r.Cookie(authCookie); err == nil {
		want := authValue(s.opts.Token)
		return subtle.ConstantTimeCompare([]byte(c.Value), []byte(want)) == 1
	}
	return false
}

// csrfToken returns the browser's CSRF token, setting one when it has
// none yet. Call it before the response is written.
func (s *Server) csrfToken(w http.ResponseWriter, r *http.Request) string {
	if c, err := r.Cookie(csrfCookie); err == nil && len(c.Value) >= 32 && len(c.Value) <= 64 {
		return c.Value
	}
	b := make([]byte, 32)
	_, _ = rand.Read(b)
	tok := base64.RawURLEncoding.EncodeToString(b)
	http.SetCookie(w, &http.Cookie{Name: csrfCookie, Value: tok, Path: "/", HttpOnly: true,
		SameSite: http.SameSiteStrictMode, Secure: r.TLS != nil})
	// The cookie counts for this request too (a page that renders a form).
	r.AddCookie(&http.Cookie{Name: csrfCookie, Value: tok})
	return tok
}

// checkCSRF compares a form's token with the browser's cookie.
func checkCSRF(r *http.Request) bool {
	c, err := r.Cookie(csrfCookie)
	if err != nil || len(c.Value) < 32 {
		return false
	}
	f := r.PostFormValue(csrfField)
	return subtle.ConstantTimeCompare([]byte(f), []byte(c.Value)) == 1
}

var errBodyTooLarge = errors.New("request body too large")

// write guards a handler that changes something: the token when one is
// set; for the API a JSON body (which a cross-site form cannot send), for
// forms the CSRF token.
func (s *Server) write(h http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		api := strings.HasPrefix(r.URL.Path, "/api/")
		if api {
			mt, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
			if mt != "application/json" {
				s.fail(w, r, http.StatusUnsupportedMediaType, "send the request body as application/json")
				return
			}
		} else {
			if err := r.ParseForm(); err != nil {
				var mbe *http.MaxBytesError
				if errors.As(err, &mbe) {
					s.fail(w, r, http.StatusRequestEntityTooLarge, "the form is too large")
					return
				}
				s.fail(w, r, http.StatusBadRequest, "unreadable form: "+err.Error())
				return
			}
			if !checkCSRF(r) {
				s.fail(w, r, http.StatusForbidden, "the form has expired or did not come from this desk: reload the page and try again")
				return
			}
		}
		if !s.authorized(r) {
			if api {
				w.Header().Set("WWW-Authenticate", `Bearer realm="provenance"`)
				s.fail(w, r, http.StatusUnauthorized, "this server requires a token for changes: send Authorization: Bearer TOKEN")
				return
			}
			s.renderLogin(w, r, http.StatusUnauthorized, "This desk requires the token given to 'provenance serve --token' before changes can be made.", r.Referer())
			return
		}
		h(w, r)
	}
}
