package claims

import (
	"strings"
	"testing"
	"time"
)

// BenchmarkAnalyzeLongStory reads one long story (every labelled story
// end to end, about 14,000 words) and reports sentences read per second.
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
