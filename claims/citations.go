package claims

import (
	"net/url"
	"sort"
	"strings"
)

// trackingParams are query parameters that identify a campaign or a
// click, not a page.
var trackingParams = map[string]bool{
	"fbclid": true, "gclid": true, "dclid": true, "msclkid": true, "mc_cid": true, "mc_eid": true, "igshid": true,
	"ocid": true, "cmpid": true, "cmp": true, "smid": true, "smtyp": true, "ref": true, "ref_src": true, "ref_url": true,
	"taid": true, "ito": true, "soc_src": true, "soc_trk": true, "share": true, "_ga": true, "yclid": true, "wt_mc": true,
}

// Canonical returns the form of a URL used to recognise one page under
// several addresses: lower-case scheme and host, no default port, no
// fragment, no tracking parameters, remaining parameters sorted.
func Canonical(raw string) string {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || u.Host == "" {
		return strings.TrimSpace(raw)
	}
	u.Scheme = strings.ToLower(u.Scheme)
	host := strings.ToLower(u.Hostname())
	port := u.Port()
	if port != "" && !(u.Scheme == "http" && port == "80" || u.Scheme == "https" && port == "443") {
		host += ":" + port
	}
	u.Host = host
	u.Fragment = ""
	u.RawFragment = ""
	q := u.Query()
	for k := range q {
		lk := strings.ToLower(k)
		if strings.HasPrefix(lk, "utm_") || trackingParams[lk] {
			q.Del(k)
		}
	}
	keys := make([]string, 0, len(q))
	for k := range q {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var parts []string
	for _, k := range keys {
		for _, v := range q[k] {
			parts = append(parts, url.QueryEscape(k)+"="+url.QueryEscape(v))
		}
	}
	u.RawQuery = strings.Join(parts, "&")
	if u.Path == "" {
		u.Path = "/"
	}
	return u.String()
}

// shareHosts are links that share or subscribe, not cite.
var shareHosts = []string{"facebook.com/sharer", "twitter.com/intent", "x.com/intent", "linkedin.com/share", "reddit.com/submit",
	"wa.me/", "api.whatsapp.com", "t.me/share", "pinterest.com/pin", "mailto:", "news.google.com/publications", "feeds.", "/rss", "/feed"}

// Citations returns the sources a story cites: the links in its main
// text, canonicalised and deduplicated, without links back to the story,
// share buttons and feeds; then the extra URLs given by the user.
func Citations(doc *Document, extra []string) []Link {
	self := Canonical(doc.URL)
	selfFinal := Canonical(doc.FinalURL)
	seen := map[string]bool{}
	var out []Link
	add := func(l Link) {
		c := Canonical(l.URL)
		if c == self || c == selfFinal || seen[c] {
			return
		}
		low := strings.ToLower(l.URL)
		if !strings.HasPrefix(low, "http://") && !strings.HasPrefix(low, "https://") {
			return
		}
		for _, s := range shareHosts {
			if strings.Contains(low, s) {
				return
			}
		}
		seen[c] = true
		out = append(out, l)
	}
	for _, l := range doc.Links {
		add(l)
	}
	for _, e := range extra {
		add(Link{URL: e})
	}
	return out
}
