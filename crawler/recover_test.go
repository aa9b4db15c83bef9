package crawler

import (
	"strings"
	"testing"
)

// TestRecoverDropped checks what the extractor's reading gets back: a
// list of sentences and a lede next to paragraphs it kept; never a menu,
// a list of links or a list of tags.
func TestRecoverDropped(t *testing.T) {
	const body = `<p>The committee met on Monday and took several decisions after a long debate about the economy, prices and the currency.</p>
<p>It therefore decided by a majority vote to:</p>
<ol type="i"><li>Reduce the policy rate by 50 basis points to 26.50 per cent;</li><li>Retain the asymmetric corridor around the rate at +250/-100 basis points;</li><li>Retain the liquidity ratio at 30.00 per cent.</li></ol>
<p>The next meeting of the committee is scheduled for February next year, the bank said in its statement on Tuesday.</p>
<p>Officials said the decision had been expected by most analysts and by the markets, which had priced in a cut.</p>`
	tests := []struct {
		name, html string
		want       []string
		not        []string
	}{
		{"a list of decisions", `<html><body>` + body + `</body></html>`,
			[]string{"Retain the asymmetric corridor around the rate at +250/-100 basis points;", "Retain the liquidity ratio at 30.00 per cent."}, nil},
		{"a lede taken for a teaser", `<html><body><h1>Agency orders checks on 137 trains</h1>
<p class="teaser">After a crack was found on an axle of a regional train, the agency today ordered ultrasonic checks of every axle of the type, with immediate effect.</p>` + body + `</body></html>`,
			[]string{"the agency today ordered ultrasonic checks of every axle"}, nil},
		{"a menu and tags stay out", `<html><body><ul><li><a href="/a">Home page of the site here</a></li><li><a href="/b">News and more news today</a></li></ul>` + body +
			`<ul><li>Economy</li><li>Rates</li></ul></body></html>`,
			nil, []string{"Home page of the site", "Economy\n"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Extractor{}.Read([]byte(tt.html), "text/html; charset=utf-8", "https://bank.example/communique")
			if err != nil {
				t.Fatal(err)
			}
			for _, w := range tt.want {
				if !strings.Contains(doc.Text, w) {
					t.Errorf("text lacks %q:\n%s", w, doc.Text)
				}
			}
			for _, w := range tt.not {
				if strings.Contains(doc.Text+"\n", w) {
					t.Errorf("text has %q:\n%s", w, doc.Text)
				}
			}
		})
	}
}
