package claims

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"time"
)

func TestZZProbe(t *testing.T) {
	b, err := os.ReadFile("/tmp/probe.txt")
	if err != nil {
		t.Skip()
	}
	for _, text := range strings.Split(string(b), "\n====\n") {
		text = strings.TrimSpace(text)
		if text == "" {
			continue
		}
		opts := Options{Published: time.Date(2024, 5, 24, 12, 0, 0, 0, time.UTC)}
		if strings.HasPrefix(text, "LANG=") {
			nl := strings.Index(text, "\n")
			opts.Language = text[5:nl]
			text = text[nl+1:]
		}
		if strings.HasPrefix(text, "OUTLETS=") {
			nl := strings.Index(text, "\n")
			opts.Outlets = strings.Split(text[8:nl], "|")
			text = text[nl+1:]
		}
		if strings.HasPrefix(text, "NAMES=") {
			p := strings.Split(strings.TrimSpace(text[6:]), "|")
			r, why := CompareNames(p[0], p[1])
			fmt.Printf("### CompareNames(%q,%q) = %v %s\n", p[0], p[1], r, why)
			continue
		}
		a := NewAnalyzer().Analyze(text, opts)
		fmt.Printf("### %s\n", text)
		for _, f := range a.Figures {
			fmt.Printf("  FIG %q v=%v counts=%q of=%q scope=%q unit=%q\n", f.Text, f.Value, f.Counts, f.Of, f.Scope, f.Unit)
		}
		for _, q := range a.Quotes {
			fmt.Printf("  QUOTE %q speaker=%q attr=%q\n", q.Text, q.Speaker, q.AttributedTo)
		}
		for _, e := range a.Entities {
			var ms []string
			for _, m := range e.Mentions {
				ms = append(ms, m.Text)
			}
			fmt.Printf("  ENT %s %q titles=%q mentions=%q\n", e.Kind, e.Name, e.Titles, ms)
		}
		for _, d := range a.Dates {
			fmt.Printf("  DATE %q %s\n", d.Text, d.ISO())
		}
	}
}
