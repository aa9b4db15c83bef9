package claims

import (
	"strings"
	"testing"
)

// TestAliasPrefilters: the quick word tests run before the alias
// patterns never turn away a sentence the pattern would match.
func TestAliasPrefilters(t *testing.T) {
	sentences := []string{
		"Ali Hassan (a.k.a. Abu Zaid) was there.", "Ali Hassan, A.K.A. Abu Zaid, was there.", "Ali Hassan, aka Abu Zaid.",
		"Ali Hassan, a. k. a. Abu Zaid.", "Ali Hassan, a k a Abu Zaid.", "Ali Hassan, also known as Abu Zaid.",
		"Ali Hassan, known locally as Abu Zaid.", "Ali Hassan, whose nom de guerre was Abu Zaid.", "His call sign, Falcon.",
		"A unit codenamed Falcon.", "A man who goes by Falcon.", "Zico, whose full name is Arthur Coimbra.", "A storm dubbed Kira.",
		"Maria, whom everyone calls “Lola”, said.", "He performs on stage as “The Count”.", "She is known online as “Kat”.",
		"Nothing to see here, the mayor said.",
	}
	for _, s := range loadLabelled(t) {
		for _, st := range SplitSentences(s.text) {
			sentences = append(sentences, s.text[st.Start:st.End])
		}
	}
	matched := 0
	for _, st := range sentences {
		l := strings.ToLower(st)
		if aliasCue.MatchString(st) {
			matched++
			if !mayCueAlias(l) {
				t.Errorf("aliasCue matches but the prefilter turns it away: %q", st)
			}
		}
		if quotedAliasCue.MatchString(st) && !mayCueQuotedAlias(l) {
			t.Errorf("quotedAliasCue matches but the prefilter turns it away: %q", st)
		}
	}
	if matched < 10 {
		t.Fatalf("only %d sentences with an alias cue: the test reads nothing", matched)
	}
	// The prefilter must also turn most sentences away, or it is no use.
	if mayCueAlias("the ministry said on tuesday that forty people were hurt") {
		t.Error("a plain sentence passes the alias prefilter")
	}
}

func TestIsCricket(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"He took four wickets as the side were bowled out; the bowler's figures and the innings closed on 188, all out.", true},
		{"The INNINGS ended; four WICKETS fell and the batter was not out.", true},
		{"The Test ended with a century and a bowler's spell, but no one mentions the overs.", false},
		{"The ministry said 40 people died.", false},
	}
	for _, tt := range tests {
		if got := isCricket(tt.text); got != tt.want {
			t.Errorf("isCricket(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}
