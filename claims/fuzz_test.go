package claims

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// FuzzAnalyze feeds the reader arbitrary text: it must never panic, loop
// or return spans outside the text.
func FuzzAnalyze(f *testing.F) {
	for _, s := range []string{
		"", "“", "\"\"\"", "‘’'", "«»", "a.k.a.", "1,2,3", "$", "€1.2bn", "at least", "Dec. 25, 2023", "Thursday",
		"Q: A: B:", "MINISTER: hello\n\nQ: why?", "X (a.k.a Y) said: “z", "one other", "both", "between 3 and", "from 7% to",
		"“Open quote\n\n“and more", "Mr. J. K. Rowling, 45, said \"no\"", "al-", "van der", "O'Brien's", "2-1", "12:00 PM",
		"ANALYST ( ): yes\n\nCEO: no", "a seven-year term and six months of probation. His brother got 3 years.",
	} {
		f.Add(s)
	}
	files, _ := filepath.Glob(filepath.Join("..", "testdata", "claims", "*.txt"))
	for _, file := range files[:min(3, len(files))] {
		b, err := os.ReadFile(file)
		if err == nil {
			f.Add(string(b[:min(len(b), 1500)]))
		}
	}
	an := NewAnalyzer()
	pub := time.Date(2024, 1, 4, 12, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) || len(text) > 20000 {
			t.Skip()
		}
		a := an.Analyze(text, Options{Published: pub})
		in := func(s Span) bool { return s.Start >= 0 && s.End <= len(text) && s.Start <= s.End }
		for _, s := range a.Sentences {
			if !in(s.Span) {
				t.Fatalf("sentence %v outside text of %d", s.Span, len(text))
			}
		}
		for _, q := range a.Quotes {
			if !in(q.Span) || !in(q.Outer) || q.Text != text[q.Span.Start:q.Span.End] {
				t.Fatalf("quote %v/%v wrong", q.Span, q.Outer)
			}
		}
		for _, fg := range a.Figures {
			if !in(fg.Span) || fg.Low > fg.High {
				t.Fatalf("figure %q %v [%v, %v] wrong", fg.Text, fg.Span, fg.Low, fg.High)
			}
		}
		for _, d := range a.Dates {
			if !in(d.Span) {
				t.Fatalf("date %v outside", d.Span)
			}
		}
		for _, c := range a.Claims("file:///fuzz") {
			if c.Start < 0 || c.End > len(text) || c.ID == "" {
				t.Fatalf("claim %+v", c)
			}
		}
		_ = strings.TrimSpace(text)
	})
}

// FuzzCompareNames: name comparison is symmetric in kind and never panics.
func FuzzCompareNames(f *testing.F) {
	f.Add("Mushtaq al-Saidi", "Mushtaq Saidi")
	f.Add("Kim Min-jun", "Minjun Kim")
	f.Add("A. K. Sharma", "Anil Kumar Sharma")
	f.Add("", "-")
	f.Fuzz(func(t *testing.T, a, b string) {
		r1, _ := CompareNames(a, b)
		r2, _ := CompareNames(b, a)
		if (r1 == SameName) != (r2 == SameName) {
			t.Fatalf("CompareNames(%q, %q) = %v but reversed %v", a, b, r1, r2)
		}
		_ = AcronymOf(a, b)
		_ = Skeleton(a)
	})
}
