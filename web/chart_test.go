package web

import (
	"bytes"
	"flag"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/provenance-audit/provenance/claims"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

func TestParseInterval(t *testing.T) {
	inf := math.Inf(1)
	for _, tc := range []struct {
		in        string
		low, high float64
		words     string
		ok        bool
	}{
		{"4", 4, 4, "", true},
		{"2 (“both”)", 2, 2, "both", true},
		{"≥ 4 (“several others”)", 4, inf, "several others", true},
		{"≤ 10", math.Inf(-1), 10, "", true},
		{"[1,200, 1,500] (“1,200 to 1,500”)", 1200, 1500, "1,200 to 1,500", true},
		{"[0.5, 1.5]", 0.5, 1.5, "", true},
		{"1,200,000 (“$1.2m”)", 1.2e6, 1.2e6, "$1.2m", true},
		{"-3", -3, -3, "", true},
		{"[5, 1]", 0, 0, "", false},
		{"NaN", 0, 0, "", false},
		{"+Inf", 0, 0, "", false},
		{"four", 0, 0, "", false},
		{"", 0, 0, "", false},
		{"[1, ]", 0, 0, "", false},
		{"≥", 0, 0, "", false},
		{"Mushtaq Taleb al-Saidi", 0, 0, "", false},
	} {
		iv, words, ok := parseInterval(tc.in)
		if ok != tc.ok || ok && (iv.Low != tc.low || iv.High != tc.high || words != tc.words) {
			t.Errorf("parseInterval(%q) = %v %q %v, want [%v, %v] %q %v", tc.in, iv, words, ok, tc.low, tc.high, tc.words, tc.ok)
		}
	}
}

func FuzzParseInterval(f *testing.F) {
	for _, s := range []string{"4", "≥ 4 (“x”)", "≤ 2", "[1,200, 1,500]", "2 (“both”)", "[", "≥ (“”)"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		iv, _, ok := parseInterval(s)
		if !ok {
			return
		}
		if math.IsNaN(iv.Low) || math.IsNaN(iv.High) || iv.Low > iv.High {
			t.Fatalf("parseInterval(%q) = %v", s, iv)
		}
		// What it writes, it reads back the same.
		back, _, ok := parseInterval(iv.String())
		if !ok || back != iv {
			t.Fatalf("parseInterval(%q) = %v, written %q, read back %v %v", s, iv, iv.String(), back, ok)
		}
	})
}

func TestNumberChartGolden(t *testing.T) {
	var num claims.Discrepancy
	for _, d := range sampleReport(claims.StableID("audit", "chart")).Discrepancies {
		if d.Kind == claims.DiscNumber {
			num = d
		}
	}
	svg := string(numberChart(num).SVG())
	if strings.Contains(svg, "<script") || !strings.Contains(svg, "&lt;script&gt;") {
		t.Errorf("the chart does not escape its labels")
	}
	if _, err := html.Parse(strings.NewReader(svg)); err != nil {
		t.Fatalf("the chart does not parse: %v", err)
	}
	for _, want := range []string{`<circle`, `marker-end="url(#arrow)"`, `class="range"`, ">≥ 3<", ">[1,200, 1,500]<", ">2<", ">4<"} {
		if !strings.Contains(svg, want) {
			t.Errorf("the chart lacks %q", want)
		}
	}
	golden := filepath.Join("testdata", "chart-number.golden.svg")
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(golden, []byte(svg), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test ./web -run Golden -update)", err)
	}
	if !bytes.Equal(bytes.TrimSpace(want), bytes.TrimSpace([]byte(svg))) {
		t.Errorf("the chart differs from %s (run with -update if the change is meant):\n%s", golden, svg)
	}
}

func TestNumberChartNeedsTwoValues(t *testing.T) {
	d := claims.Discrepancy{Kind: claims.DiscNumber, Evidence: []claims.Evidence{{Where: "article", Value: "4"}, {Where: "source", Value: "many"}}}
	if c := numberChart(d); c != nil {
		t.Errorf("a chart of one readable value: %+v", c)
	}
	if got := (*chart)(nil).SVG(); got != "" {
		t.Errorf("nil chart renders %q", got)
	}
	// Values far apart and fractional still fall inside the plot.
	d.Evidence = []claims.Evidence{{Where: "article", Value: "0.25"}, {Where: "source", Value: "≥ 1,000,000"}, {Where: "source", Value: "≤ 7"}}
	c := numberChart(d)
	for _, r := range c.Rows {
		for _, x := range []float64{r.X, r.X1, r.X2} {
			if x != 0 && (x < c.PlotLeft || x > c.PlotRight) {
				t.Errorf("row %q at x=%v outside [%v, %v]", r.Label, x, c.PlotLeft, c.PlotRight)
			}
		}
	}
}

func TestNiceStep(t *testing.T) {
	for _, tc := range []struct{ in, want float64 }{{0.8, 1}, {1.2, 2}, {3, 5}, {7, 10}, {240, 500}, {0.013, 0.02}, {0, 1}, {math.NaN(), 1}} {
		if got := niceStep(tc.in); got != tc.want {
			t.Errorf("niceStep(%v) = %v, want %v", tc.in, got, tc.want)
		}
	}
}
