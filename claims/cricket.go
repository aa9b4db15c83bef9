package claims

import (
	"math"
	"regexp"
	"strconv"
	"strings"
)

// Cricket scores are written in a shorthand of their own: "four for 57"
// is four wickets for 57 runs (a bowler's figures), "188 for three" is 188
// runs for three wickets (a side's score), "274 all out", "52 not out",
// "an unbeaten 88", "four down". A story that speaks of wickets, innings
// and overs is read in that shorthand.

// cricketWords mark a story about cricket, as whole words; wickets or
// innings must be among three of them.
var cricketWords = regexp.MustCompile(`(?i)\b(wickets?|innings|overs|bowled|bowler|batter|batsman|all out|not out|stumps|century|Test|ODI|T20)\b`)

// isCricket reports a text that speaks of cricket.
func isCricket(text string) bool {
	// Most stories say neither word: skip reading them all for the rest.
	if l := strings.ToLower(text); !strings.Contains(l, "wicket") && !strings.Contains(l, "innings") {
		return false
	}
	seen := map[string]bool{}
	for _, m := range cricketWords.FindAllString(text, -1) {
		seen[strings.TrimSuffix(strings.ToLower(m), "s")] = true
	}
	return len(seen) >= 3 && (seen["wicket"] || seen["inning"])
}

// cricketScores reads the figures of a cricket story in its shorthand.
func (a *Analysis) cricketScores() {
	if !isCricket(a.Text) {
		return
	}
	for i := range a.Figures {
		f := &a.Figures[i]
		// "a six-wicket win" says what it counts.
		if f.Unit != "" || f.Scope == "duration" || f.Counts == "age" || f.Counts == "money" || f.Counts == "percent" || strings.Contains(f.Text, "-") || f.Sentence < 0 || f.Sentence >= len(a.Tokens) {
			continue
		}
		toks := a.Tokens[f.Sentence]
		numTok, end := -1, -1
		for k, t := range toks {
			if t.Start == f.Span.Start {
				numTok = k
			}
			if numTok >= 0 && end < 0 && t.Start >= f.Span.End {
				end = k
			}
		}
		if numTok < 0 {
			continue
		}
		if end < 0 {
			end = len(toks)
		}
		// "four wickets", "116 runs", "29 overs": the noun says it.
		if n := lowerAt(toks, end); cricketNouns[singular(n)] {
			// "19.2 overs" is 19 overs and two balls: 19⅓.
			if singular(n) == "over" {
				if whole := math.Trunc(f.Value); f.Value != whole {
					if balls := math.Round((f.Value - whole) * 10); balls >= 1 && balls <= 5 && math.Abs((f.Value-whole)*10-balls) < 1e-6 {
						f.Value = whole + balls/6
						f.Low, f.High = f.Value, f.Value
						f.Note = f.Text + ": overs and balls"
					}
				}
			}
			continue
		}
		if c := cricketRole(toks, numTok, end, f.Value); c != "" {
			f.Counts, f.Of = c, ""
		}
	}
}

// cricketNouns name what a cricket figure counts when it is said.
var cricketNouns = setOf(`run wicket over ball minute four six innings test match point day session spell partnership`)

// cricketRole reads the shorthand around one figure: "run" or "wicket",
// or nothing.
func cricketRole(toks []Token, numTok, end int, v float64) string {
	// "four for 57" / "188 for three": the pair, whichever side this is.
	if lowerAt(toks, end) == "for" {
		if w, ok := numberAt(toks, end+1); ok {
			return pairRole(v, w, true)
		}
	}
	if numTok >= 2 && lowerAt(toks, numTok-1) == "for" {
		if w, ok := numberAt(toks, numTok-2); ok {
			return pairRole(w, v, false)
		}
	}
	after := lowerAt(toks, end)
	after2 := lowerAt(toks, end+1)
	switch {
	case after == "all" && after2 == "out", after == "not" && after2 == "out":
		return "run"
	case after == "down" && v <= 10:
		return "wicket"
	case after == "to" && after2 == "win", after == "still" && after2 == "needed", after == "needed":
		return "run"
	case after == "in" && lowerAt(toks, end+2) == "overs":
		return "run" // "an unbroken 116 in 29 overs"
	case after == "off" && (strings.HasPrefix(lowerAt(toks, end+2), "ball") || toks[end-1].Kind == TokNum):
		return "run" // "41 off 29 balls", "hit 74 off 43"
	case after == "from" && lowerAt(toks, end+2) == "balls":
		return "run" // "58 from 30 balls"
	}
	if lowerAt(toks, numTok-1) == "her" || lowerAt(toks, numTok-1) == "his" {
		switch lowerAt(toks, numTok) {
		case "fifty", "century", "hundred":
			return "run" // "reached her fifty"
		}
	}
	before := lowerAt(toks, numTok-1)
	if qualifierWord(before) && numTok >= 2 {
		before = lowerAt(toks, numTok-2)
	}
	// "took three catches", "needed 58 stitches": another noun says
	// what is counted.
	bare := end >= len(toks) || toks[end].Kind != TokWord || cricketNouns[singular(lowerAt(toks, end))] ||
		lowerAt(toks, end) == "of" || lowerAt(toks, end) == "from" || lowerAt(toks, end) == "in" || lowerAt(toks, end) == "for" || lowerAt(toks, end) == "and"
	switch before {
	case "took", "taking", "claimed", "claiming":
		if v <= 10 && bare {
			return "wicket" // "took three of them in the 18th over"
		}
	case "needed", "need", "needs", "requiring", "required":
		if bare {
			return "run" // "needed 58 from the last five"
		}
	case "unbeaten", "unbroken", "scored", "made", "set", "chasing", "needing", "an", "a":
		if before == "a" || before == "an" {
			// "a lead of 179" is caught below; "an unbeaten 88" above.
			return ""
		}
		return "run"
	case "of":
		switch lowerAt(toks, numTok-2) {
		case "lead", "innings", "total", "stand", "partnership", "target", "deficit":
			return "run"
		}
	case "on":
		return "run" // "at stumps on 19", "on 52 not out"
	case "for":
		// "caught at slip for 12", "bowled out for 226".
		if numTok >= 2 {
			switch lowerAt(toks, numTok-2) {
			case "out", "slip", "bowled", "caught", "lbw", "stumped", "gully", "keeper", "leg", "point":
				return "run"
			}
		}
	case "with":
		// "top-scored in both innings with 61 and 83"; not "with two to
		// play".
		if lowerAt(toks, end) == "and" {
			if _, ok := numberAt(toks, end+1); ok {
				return "run"
			}
		}
	case "and":
		// "with 61 and 83": the second of a pair of scores.
		if _, ok := numberAt(toks, numTok-2); ok {
			return "run"
		}
	}
	return ""
}

// pairRole reads "A for B": a bowler's wickets for runs when A is the
// smaller, a side's runs for wickets when B is. first tells which side
// this figure is.
func pairRole(a, b float64, first bool) string {
	switch {
	case a <= 10 && b > 10:
		if first {
			return "wicket"
		}
		return "run"
	case a > 10 && b <= 10:
		if first {
			return "run"
		}
		return "wicket"
	}
	return ""
}

// numberAt reads a number written in digits or as a small word.
func numberAt(toks []Token, k int) (float64, bool) {
	if k < 0 || k >= len(toks) {
		return 0, false
	}
	if toks[k].Kind == TokNum {
		v, err := strconv.ParseFloat(strings.ReplaceAll(toks[k].Text, ",", ""), 64)
		return v, err == nil
	}
	v, ok := smallNumbers[toks[k].Lower()]
	return v, ok && v > 0
}
