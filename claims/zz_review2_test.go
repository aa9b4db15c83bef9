package claims

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

func TestZZReview2(t *testing.T) {
	b, _ := os.ReadFile("/tmp/probe_in.txt")
	for _, text := range strings.Split(strings.TrimSpace(string(b)), "\n===\n") {
		if strings.TrimSpace(text) == "" { continue }
		a := NewAnalyzer().Analyze(text, Options{})
		fmt.Printf("### %s\n", text)
		mode := os.Getenv("PMODE")
		if mode == "" || strings.Contains(mode, "f") {
			for _, f := range a.Figures {
				fmt.Printf("  F %q v=%g [%g,%g] counts=%q of=%q scope=%q unit=%q\n", f.Text, f.Value, f.Low, f.High, f.Counts, f.Of, f.Scope, f.Unit)
			}
		}
		if strings.Contains(mode, "q") {
			for _, q := range a.Quotes {
				fmt.Printf("  Q %q speaker=%q attr=%v\n", q.Text, q.Speaker, q.AttributedTo)
			}
		}
		if strings.Contains(mode, "e") {
			for _, e := range a.Entities {
				fmt.Printf("  E %q kind=%v titles=%v n=%d g=%q\n", e.Name, e.Kind, e.Titles, len(e.Mentions), string(rune(a.genderOf(e)+48)))
			}
		}
		if strings.Contains(mode, "d") {
			for _, d := range a.Dates {
				fmt.Printf("  D %q %s\n", d.Text, d.ISO())
			}
		}
	}
}
