package crawler

import (
	"encoding/json"
	"os"
	"slices"
	"testing"

	"github.com/provenance-audit/provenance/claims"
)

// TestDiscoverySeed: the seed story cites exactly the six pages its body
// links to, whatever else the page links to (97 links in all).
func TestDiscoverySeed(t *testing.T) {
	body, err := os.ReadFile("../testdata/seed/pages/www.twz.com/story.html")
	if err != nil {
		t.Fatal(err)
	}
	var key struct {
		Sources []struct{ URL string } `json:"sources"`
	}
	raw, err := os.ReadFile("../testdata/seed/key.json")
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(raw, &key); err != nil {
		t.Fatal(err)
	}
	doc, err := Extractor{}.Read(body, "text/html", "https://www.twz.com/news-features/u-s-drone-strike-kills-iranian-aligned-militia-leader-in-baghdad")
	if err != nil {
		t.Fatal(err)
	}
	var got, want []string
	for _, l := range claims.Citations(doc, nil) {
		got = append(got, l.URL)
	}
	for _, s := range key.Sources {
		want = append(want, s.URL)
	}
	slices.Sort(got)
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("cited:\n%v\nwant the 6 body sources:\n%v", got, want)
	}
}

// discoveryPage has links everywhere a news page has them: navigation,
// share buttons, a related-stories box, an advert, a newsletter box, the
// footer; and three sources in the body, one cited twice under two
// tracking-laden addresses, one with a fragment.
const discoveryPage = `<!doctype html><html lang="en"><head><title>Port strike enters third week | Harbour Post</title>
<meta property="og:site_name" content="Harbour Post"></head><body>
<header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a> <a href="https://harbourpost.example/subscribe">Subscribe</a></nav></header>
<div class="share"><a href="https://www.facebook.com/sharer/sharer.php?u=https://harbourpost.example/strike">Share on Facebook</a>
<a href="https://twitter.com/intent/tweet?url=https://harbourpost.example/strike">Tweet</a> <a href="mailto:?subject=strike">Email</a></div>
<main><article>
<h1>Port strike enters third week</h1>
<p>Dockworkers at the container terminal extended their strike on Monday, <a href="https://www.portauthority.example/news/statement-strike?utm_source=twitter&amp;utm_medium=social">the port authority said in a statement</a>, as the backlog of ships waiting offshore grew to 31 vessels and shipping lines began to divert cargo elsewhere.</p>
<p>The union's demands include a 9 percent pay rise over two years, <a href="https://union.example/press/2024/pay-claim#demands">according to its published pay claim</a>, while employers have offered 4 percent and a one-off payment, which the union rejected at a mass meeting on Saturday afternoon.</p>
<p>Freight rates on routes to the port rose 12 percent last week, <a href="https://data.freight.example/indices/weekly?region=north&amp;fbclid=abc123">the weekly freight index shows</a>. Shipping lines have warned that surcharges will follow if the dispute is not settled soon, according to Reuters.</p>
<p>"We are not going back until there is a fair offer on the table," the union's regional secretary told a rally outside the terminal gates, where several hundred workers gathered in the rain.</p>
<p>The port authority <a href="https://www.portauthority.example/news/statement-strike?utm_campaign=feed">repeated on Tuesday</a> that talks would resume once both sides agreed an agenda for the negotiations.</p>
</article>
<aside class="related"><h2>Related stories</h2><ul>
<li><a href="/news/port-strike-week-two">Port strike enters second week as talks stall</a></li>
<li><a href="/news/shipping-lines-divert">Shipping lines divert cargo to rival ports</a></li>
<li><a href="/news/union-ballot">Union members vote for industrial action</a></li>
</ul></aside>
<div class="newsletter"><p>Get the Harbour Post briefing in your inbox every morning. <a href="/newsletters">Sign up to our newsletter</a></p></div>
<div class="ad"><a href="https://ads.example/click?id=9"><img src="/ad.png" alt="ad"></a><a href="https://ads.example/click?id=10">Cheap cruises this summer</a></div>
</main>
<footer><a href="/about">About us</a> <a href="/privacy">Privacy</a> <a href="/contact">Contact</a> © 2024 Harbour Post. All rights reserved.</footer>
</body></html>`

func TestDiscoveryBodyLinksOnly(t *testing.T) {
	doc, err := Extractor{}.Read([]byte(discoveryPage), "text/html; charset=utf-8", "https://harbourpost.example/news/port-strike-third-week")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, l := range claims.Citations(doc, []string{"https://union.example/press/2024/pay-claim?utm_source=newsletter", "https://extra.example/report"}) {
		got = append(got, l.URL)
		if l.Start < 0 || l.End > len(doc.Text) || (l.Text != "" && doc.Text[l.Start:l.End] != l.Text) {
			t.Errorf("link span %d-%d does not hold %q", l.Start, l.End, l.Text)
		}
	}
	want := []string{
		"https://www.portauthority.example/news/statement-strike",
		"https://union.example/press/2024/pay-claim",
		"https://data.freight.example/indices/weekly?region=north",
		"https://extra.example/report",
	}
	if !slices.Equal(got, want) {
		t.Errorf("cited:\n%q\nwant body sources (canonical, in order) then --source:\n%q", got, want)
	}
	for _, l := range doc.Links {
		if l.URL == "https://www.portauthority.example/news/statement-strike" && l.Text == "the port authority said in a statement" {
			return
		}
	}
	t.Errorf("the anchor text of a citation was lost: %+v", doc.Links)
}
