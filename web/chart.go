package web

import (
	"bytes"
	"html/template"
	"math"
	"strconv"
	"strings"

	"github.com/provenance-audit/provenance/claims"
)

// interval is a figure as the evidence gives it: the values its words
// allow, either end possibly open.
type interval struct {
	Low, High float64
}

func (iv interval) openLow() bool  { return math.IsInf(iv.Low, -1) }
func (iv interval) openHigh() bool { return math.IsInf(iv.High, 1) }

// String writes the interval as the report does.
func (iv interval) String() string {
	switch {
	case iv.Low == iv.High:
		return claims.FormatNumber(iv.Low)
	case iv.openHigh():
		return "≥ " + claims.FormatNumber(iv.Low)
	case iv.openLow():
		return "≤ " + claims.FormatNumber(iv.High)
	}
	return "[" + claims.FormatNumber(iv.Low) + ", " + claims.FormatNumber(iv.High) + "]"
}

// parseInterval reads an evidence value of a number discrepancy: "4",
// "≥ 4", "≤ 10", "[1,200, 1,500]", each possibly followed by the words in
// quotation marks ("2 (“both”)"). It returns the words too.
func parseInterval(s string) (interval, string, bool) {
	s = strings.TrimSpace(s)
	words := ""
	if i := strings.Index(s, " (“"); i >= 0 && strings.HasSuffix(s, "”)") {
		words = s[i+len(" (“") : len(s)-len("”)")]
		s = strings.TrimSpace(s[:i])
	}
	var iv interval
	switch {
	case strings.HasPrefix(s, "≥"):
		v, ok := parseNumber(strings.TrimPrefix(s, "≥"))
		if !ok {
			return iv, "", false
		}
		iv = interval{v, math.Inf(1)}
	case strings.HasPrefix(s, "≤"):
		v, ok := parseNumber(strings.TrimPrefix(s, "≤"))
		if !ok {
			return iv, "", false
		}
		iv = interval{math.Inf(-1), v}
	case strings.HasPrefix(s, "[") && strings.HasSuffix(s, "]"):
		lo, hi, ok := strings.Cut(s[1:len(s)-1], ", ")
		if !ok {
			return iv, "", false
		}
		l, ok1 := parseNumber(lo)
		h, ok2 := parseNumber(hi)
		if !ok1 || !ok2 || l > h {
			return iv, "", false
		}
		iv = interval{l, h}
	default:
		v, ok := parseNumber(s)
		if !ok {
			return iv, "", false
		}
		iv = interval{v, v}
	}
	return iv, words, true
}

func parseNumber(s string) (float64, bool) {
	s = strings.ReplaceAll(strings.TrimSpace(s), ",", "")
	if s == "" || len(s) > 40 {
		return 0, false
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
		return 0, false
	}
	return v, true
}

// chart is a server-rendered SVG: one row per place that gives a figure,
// a dot for an exact value, a bar for a range, an arrow for an open end.
type chart struct {
	Width, Height int
	Title         string
	PlotLeft      float64
	PlotRight     float64
	AxisY         float64
	Rows          []chartRow
	Ticks         []chartTick
}

type chartRow struct {
	Y       float64
	Label   string
	Value   string
	Story   bool
	Point   bool
	X       float64
	X1, X2  float64
	OpenLow bool
	OpenHi  bool
	LabelX  float64
}

type chartTick struct {
	X     float64
	Label string
}

const (
	chartWidth = 640
	chartLabel = 230
	chartRowH  = 30
)

// numberChart draws the figures of a number discrepancy, or returns nil
// when fewer than two of its values can be read.
func numberChart(d claims.Discrepancy) *chart {
	type item struct {
		iv    interval
		label string
		story bool
	}
	var items []item
	for _, e := range d.Evidence {
		iv, words, ok := parseInterval(e.Value)
		if !ok {
			continue
		}
		label := whereOf(e)
		if words != "" {
			label += " · “" + words + "”"
		}
		items = append(items, item{iv, clipRunes(label, 40), e.Where == "article"})
	}
	if len(items) < 2 {
		return nil
	}
	lo, hi := 0.0, math.Inf(-1)
	for _, it := range items {
		for _, v := range []float64{it.iv.Low, it.iv.High} {
			if math.IsInf(v, 0) {
				continue
			}
			lo, hi = math.Min(lo, v), math.Max(hi, v)
		}
	}
	if math.IsInf(hi, -1) || hi <= lo {
		hi = lo + 1
	}
	step := niceStep((hi - lo) / 5)
	lo = math.Floor(lo/step) * step
	// Room past the largest value for the arrows of open ends.
	hi = math.Ceil(hi/step)*step + step
	c := &chart{Width: chartWidth, PlotLeft: chartLabel + 10, PlotRight: chartWidth - 20}
	x := func(v float64) float64 {
		return round1(c.PlotLeft + (v-lo)/(hi-lo)*(c.PlotRight-c.PlotLeft))
	}
	for i, it := range items {
		r := chartRow{Y: float64(20 + i*chartRowH), Label: it.label, Value: it.iv.String(), Story: it.story}
		switch {
		case it.iv.Low == it.iv.High:
			r.Point, r.X = true, x(it.iv.Low)
			r.LabelX = r.X + 10
		default:
			r.OpenLow, r.OpenHi = it.iv.openLow(), it.iv.openHigh()
			r.X1, r.X2 = c.PlotLeft, c.PlotRight
			if !r.OpenLow {
				r.X1 = x(it.iv.Low)
			}
			if !r.OpenHi {
				r.X2 = x(it.iv.High)
			}
			r.LabelX = r.X2 + 6
			if r.OpenHi {
				r.LabelX = r.X1 + 6
			}
		}
		if r.LabelX > c.PlotRight-30 {
			r.LabelX = c.PlotRight - 30
		}
		c.Rows = append(c.Rows, r)
	}
	c.AxisY = float64(20 + len(items)*chartRowH - 10)
	c.Height = int(c.AxisY) + 30
	for v := lo; v <= hi+step/2; v += step {
		c.Ticks = append(c.Ticks, chartTick{X: x(v), Label: claims.FormatNumber(roundTo(v, step))})
	}
	c.Title = "The figures each place gives for " + strings.ToLower(firstWords(d.Summary))
	return c
}

// niceStep rounds a step up to 1, 2 or 5 times a power of ten.
func niceStep(raw float64) float64 {
	if raw <= 0 || math.IsNaN(raw) || math.IsInf(raw, 0) {
		return 1
	}
	p := math.Pow(10, math.Floor(math.Log10(raw)))
	for _, m := range []float64{1, 2, 5, 10} {
		if raw <= m*p {
			return m * p
		}
	}
	return 10 * p
}

func round1(v float64) float64 { return math.Round(v*10) / 10 }

// roundTo removes the float noise of repeated additions of step.
func roundTo(v, step float64) float64 {
	if step >= 1 {
		return math.Round(v)
	}
	digits := math.Ceil(-math.Log10(step))
	p := math.Pow(10, digits)
	return math.Round(v*p) / p
}

// firstWords returns what a number summary says is counted ("the
// number killed"), for the chart's title.
func firstWords(summary string) string {
	s := strings.TrimPrefix(summary, "Figures for ")
	s = strings.TrimPrefix(s, "Sources disagree on ")
	if i := strings.IndexAny(s, ":;"); i > 0 {
		s = s[:i]
	}
	s = strings.TrimSuffix(strings.TrimSpace(s), " disagree")
	return clipRunes(s, 60)
}

var chartTmpl = template.Must(template.New("chart").Parse(`<svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {{.Width}} {{.Height}}" width="{{.Width}}" height="{{.Height}}" role="img" aria-label="{{.Title}}">
<title>{{.Title}}</title>
<defs><marker id="arrow" viewBox="0 0 10 10" refX="2" refY="5" markerUnits="userSpaceOnUse" markerWidth="14" markerHeight="14" orient="auto-start-reverse"><path d="M 0 0 L 10 5 L 0 10 z" class="arrowhead"/></marker></defs>
{{range .Ticks}}<line class="grid" x1="{{.X}}" y1="8" x2="{{.X}}" y2="{{$.AxisY}}"/><text class="tick" x="{{.X}}" y="{{$.AxisY}}" dy="16" text-anchor="middle">{{.Label}}</text>
{{end}}<line class="axis" x1="{{.PlotLeft}}" y1="{{.AxisY}}" x2="{{.PlotRight}}" y2="{{.AxisY}}"/>
{{range .Rows}}<g class="row {{if .Story}}by-story{{else}}by-source{{end}}"><text class="label" x="{{$.PlotLeft}}" dx="-10" y="{{.Y}}" dy="4" text-anchor="end">{{.Label}}</text>{{if .Point}}<circle cx="{{.X}}" cy="{{.Y}}" r="6"><title>{{.Label}}: {{.Value}}</title></circle>{{else}}<line class="range" x1="{{.X1}}" y1="{{.Y}}" x2="{{.X2}}" y2="{{.Y}}"{{if .OpenLow}} marker-start="url(#arrow)"{{end}}{{if .OpenHi}} marker-end="url(#arrow)"{{end}}><title>{{.Label}}: {{.Value}}</title></line>{{end}}<text class="value" x="{{.LabelX}}" y="{{.Y}}" dy="-9">{{.Value}}</text></g>
{{end}}</svg>`))

// svg renders the chart; every text in it is escaped.
func (c *chart) SVG() template.HTML {
	if c == nil {
		return ""
	}
	var b bytes.Buffer
	if err := chartTmpl.Execute(&b, c); err != nil {
		return ""
	}
	return template.HTML(b.String())
}
