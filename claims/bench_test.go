package claims

import (
	"strings"
	"testing"
	"time"
)

// BenchmarkAnalyzeLongStory reads one very long text (every labelled
// story end to end, about 73,000 words and 4,300 sentences, far more
// names than any story) and reports sentences read per second: the
// names are resolved against every person named before, so this is the
// worst case.
func BenchmarkAnalyzeLongStory(b *testing.B) {
	stories := loadLabelled(b)
	var parts []string
	for _, s := range stories {
		parts = append(parts, s.text)
	}
	text := strings.Join(parts, "\n\n")
	an := NewAnalyzer()
	pub := time.Date(2024, 6, 1, 12, 0, 0, 0, time.UTC)
	sentences := len(SplitSentences(text))
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		a := an.Analyze(text, Options{Published: pub})
		_ = a.Claims("bench")
	}
	b.ReportMetric(float64(sentences*b.N)/b.Elapsed().Seconds(), "sentences/s")
}

// BenchmarkAnalyzeStories reads the labelled stories one by one, as an
// audit reads a story (650 to 1,400 words each), and reports sentences
// read per second over all of them.
func BenchmarkAnalyzeStories(b *testing.B) {
	stories := loadLabelled(b)
	an := NewAnalyzer()
	pub := time.Date(2024, 6, 1, 12, 0, 0, 0, time.UTC)
	sentences := 0
	for _, s := range stories {
		sentences += len(SplitSentences(s.text))
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, s := range stories {
			a := an.Analyze(s.text, Options{Published: pub})
			_ = a.Claims("bench")
		}
	}
	b.ReportMetric(float64(sentences*b.N)/b.Elapsed().Seconds(), "sentences/s")
}

// BenchmarkSplitSentences measures the sentence splitter alone.
func BenchmarkSplitSentences(b *testing.B) {
	stories := loadLabelled(b)
	var parts []string
	for _, s := range stories {
		parts = append(parts, s.text)
	}
	text := strings.Join(parts, "\n\n")
	n := len(SplitSentences(text))
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		SplitSentences(text)
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "sentences/s")
}

// BenchmarkHostileInputs reads texts shaped to make a careless reader
// quadratic: thousands of quotations in one paragraph, runs of numbers,
// apostrophes and capitals, no sentence ends. Each is about 20 KB.
func BenchmarkHostileInputs(b *testing.B) {
	an := NewAnalyzer()
	pub := time.Date(2024, 1, 4, 12, 0, 0, 0, time.UTC)
	for _, tc := range []struct{ name, text string }{
		{"straight-quotes", strings.Repeat(`"a" `, 5000)},
		{"curly-quotes-said", strings.Repeat(`“a,” he said. `, 1400)},
		{"apostrophes", strings.Repeat(`a' b'`, 4000)},
		{"capitals", strings.Repeat(`Ab Cd Ef, `, 2000)},
		{"numbers", strings.Repeat(`1 2 3 four five `, 1200)},
		{"dates", strings.Repeat(`Monday, Jan. 4, 2024 `, 900)},
		{"pronouns", strings.Repeat(`He said she said. `, 1100)},
		{"open-quotes", strings.Repeat("“x\n\n", 3000)},
	} {
		b.Run(tc.name, func(b *testing.B) {
			b.SetBytes(int64(len(tc.text)))
			for i := 0; i < b.N; i++ {
				an.Analyze(tc.text, Options{Published: pub})
			}
		})
	}
}
