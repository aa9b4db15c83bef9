package claims

import (
	"fmt"
	"os"
	"testing"
	"time"
)

func TestDbgDate(t *testing.T) {
	pub, _ := time.Parse("2006-01-02", os.Getenv("DBG_PUB"))
	b, _ := os.ReadFile(os.Getenv("DBG_FILE"))
	text := string(b)
	a := NewAnalyzer().Analyze(text, Options{Published: pub})
	for _, d := range a.Dates {
		fmt.Printf("%-20q %s fut=%v | %q\n", d.Text, d.Date.Format("2006-01-02"), d.future, text[max(0, d.Span.Start-60):d.Span.Start])
	}
}
