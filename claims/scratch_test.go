package claims

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"time"
)

func TestScratch(t *testing.T) {
	path := os.Getenv("STORY")
	if path == "" {
		t.Skip()
	}
	b, _ := os.ReadFile(path)
	text := string(b)
	an := NewAnalyzer()
	pub, _ := time.Parse("2006-01-02", os.Getenv("PUB"))
	a := an.Analyze(text, Options{Published: pub.Add(15 * time.Hour)})
	fmt.Println("sentences", len(a.Sentences))
	if os.Getenv("SENT") != "" {
		for _, s := range a.Sentences {
			fmt.Printf("  | %s\n", text[s.Start:s.End])
		}
	}
	for _, q := range a.Quotes {
		fmt.Printf("Q %q\n   speaker=%q via=%q partial=%v cont=%v\n", trunc(q.Text), q.Speaker, q.AttributedTo, q.Partial, q.Continues)
	}
	for _, f := range a.Figures {
		fmt.Printf("F %-25q v=%v %s counts=%s of=%q scope=%s rep=%q %s\n", f.Text, f.Value, f.Interval(), f.Counts, f.Of, f.Scope, f.Reporter, f.Note)
	}
	for _, e := range a.Entities {
		fmt.Printf("E %s %q forms=%q aliases=%q titles=%q\n", e.Kind, e.Name, e.Forms, e.Aliases, e.Titles)
	}
	for _, d := range a.Dates {
		fmt.Printf("D %q -> %s wd=%v mismatch=%v\n", d.Text, d.ISO(), d.HasWeekday, d.WeekdayMismatch)
	}
	for _, s := range a.Statements {
		fmt.Printf("S [%s] %q\n", s.Outlet, trunc(s.Text))
	}
}

func trunc(s string) string {
	s = strings.ReplaceAll(s, "\n", " ")
	if len(s) > 90 {
		return s[:90] + "…"
	}
	return s
}
