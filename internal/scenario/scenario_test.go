package scenario

import (
	"testing"

	"github.com/provenance-audit/provenance/claims"
)

func TestValueMatches(t *testing.T) {
	tests := []struct {
		key, got string
		want     bool
	}{
		{"4", "4 (“four people”)", true},
		{"2", "≥ 2,500", false}, // a digit inside another number is not the number
		{"1046318", "1,046,318 (the story)", true},
		{"1.2 billion", "1,200,000,000", true},
		{"€80m", "[79,500,000, 80,500,000]", false}, // written forms compare as text
		{"Oleksandr Tkachenko", "oleksandr  tkachenko", true},
		{"will not", "“We will not retreat”", true},
		{"2024-01-04", "2024-01-04 (“Thursday”, Thursday, January 4, 2024)", true},
	}
	for _, tc := range tests {
		if got := valueMatches(tc.key, tc.got); got != tc.want {
			t.Errorf("valueMatches(%q, %q) = %v, want %v", tc.key, tc.got, got, tc.want)
		}
	}
}

func TestEvaluate(t *testing.T) {
	k := &Key{
		Must:        []Item{{Kind: "number", Values: []string{"2", "4"}, SeverityAtLeast: "high"}},
		MustNot:     []Item{{Kind: "number", Values: []string{"120", "119"}}},
		MaxSeverity: "",
	}
	r := &claims.Report{Discrepancies: []claims.Discrepancy{
		{Kind: "number", Severity: "medium", Evidence: []claims.Evidence{{Value: "2"}, {Value: "4"}}},
		{Kind: "number", Severity: "low", Evidence: []claims.Evidence{{Value: "[108, 120]"}, {Value: "119"}}},
	}}
	s := k.Evaluate(r)
	if s.Found != 1 || s.Correct != 1 || s.Reported != 2 || len(s.FalseFlags) != 1 || len(s.Problems) != 1 {
		t.Fatalf("score = %+v", s)
	}
}
