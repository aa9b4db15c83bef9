package claims

import "testing"

// TestTranscriptQA checks that bare Q: and A: labels take the people the
// introduction of the exchange names.
func TestTranscriptQA(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // speakers of the turns, in order
	}{
		{
			name: "put questions to",
			text: "HOST: Our reporter Maria Lindqvist spoke on Friday with the port director.\n\n" +
				"HOST: Later, Lindqvist put questions to Jonas Berg, director of the port authority.\n\n" +
				"Q: How many ships are waiting?\n\nA: Forty-one, and the queue is growing.\n\nQ: When will it clear?\n\nA: Not before Tuesday.",
			want: []string{"Host", "Host", "Maria Lindqvist", "Jonas Berg", "Maria Lindqvist", "Jonas Berg"},
		},
		{
			name: "questions from reporters",
			text: "Health minister Amara Diallo took questions from reporters in Dakar. Excerpts:\n\n" +
				"Q: Is the vaccine safe?\n\nDIALLO: It has been tested on 40,000 people.\n\nQ: Who pays for it?\n\nDIALLO: The state does.",
			want: []string{"reporter", "Amara Diallo", "reporter", "Amara Diallo"},
		},
		{
			name: "interviewed by",
			text: "Senator Ruth Okonkwo was interviewed by Daniel Price of the Evening Ledger.\n\n" +
				"Q: Will you run again?\n\nA: I have not decided.",
			want: []string{"Daniel Price", "Ruth Okonkwo"},
		},
		{
			name: "no introduction keeps the labels",
			text: "Q: Is it over?\n\nA: Not yet.",
			want: []string{"Q", "A"},
		},
	}
	an := NewAnalyzer()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := an.Analyze(tt.text, Options{})
			var got []string
			for _, q := range a.Quotes {
				if q.Transcript {
					got = append(got, q.Speaker)
				}
			}
			if len(got) != len(tt.want) {
				t.Fatalf("turns = %q, want %q", got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("turn %d speaker = %q, want %q", i, got[i], tt.want[i])
				}
			}
		})
	}
}
