// Package scenario scores an audit report against a scenario's key: what
// must be flagged (kind and values), what must not, the sources' statuses
// and the claims that must be unverifiable. The verification quality suite
// is data (testdata/scenarios/*/key.json), not code; this package only
// reads the keys and counts.
package scenario

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"regexp"
	"strconv"
	"strings"

	"github.com/provenance-audit/provenance/claims"
)

// Key is what a scenario expects.
type Key struct {
	Description  string      `json:"description"`
	Published    string      `json:"published"`
	Must         []Item      `json:"must"`
	MustNot      []Item      `json:"must_not"`
	MaxSeverity  string      `json:"max_severity"`
	Sources      []SourceKey `json:"sources"`
	Unverifiable []string    `json:"unverifiable"`
}

// Item is a discrepancy the key expects (or forbids).
type Item struct {
	Kind            string   `json:"kind"`
	Values          []string `json:"values"`
	SeverityAtLeast string   `json:"severity_at_least"`
	Why             string   `json:"why"`
}

// SourceKey is a cited source's expected status.
type SourceKey struct {
	URL    string `json:"url"`
	Status string `json:"status"`
}

// LoadKey reads key.json from fsys.
func LoadKey(fsys fs.FS) (*Key, error) {
	b, err := fs.ReadFile(fsys, "key.json")
	if err != nil {
		return nil, fmt.Errorf("read key.json: %w", err)
	}
	var k Key
	if err := json.Unmarshal(b, &k); err != nil {
		return nil, fmt.Errorf("parse key.json: %w", err)
	}
	return &k, nil
}

// Score is how a report fares against a key.
type Score struct {
	Must, Found       int
	Reported, Correct int
	// FalseFlags are must-not items that were flagged anyway.
	FalseFlags []string
	// Missed are must items not flagged (or flagged below their severity).
	Missed []string
	// Spurious are reported discrepancies that match no must item.
	Spurious []string
	// Problems lists source statuses, severities and unverifiable claims
	// that do not match.
	Problems []string
}

// Evaluate scores a report against the key.
func (k *Key) Evaluate(r *claims.Report) Score {
	var s Score
	s.Must = len(k.Must)
	matched := make([]bool, len(r.Discrepancies))
	for _, it := range k.Must {
		hit := false
		for i, d := range r.Discrepancies {
			if it.Matches(d) {
				matched[i] = true
				if it.SeverityAtLeast != "" && claims.SeverityRank(d.Severity) < claims.SeverityRank(it.SeverityAtLeast) {
					s.Problems = append(s.Problems, fmt.Sprintf("%s %v flagged %s, want at least %s", it.Kind, it.Values, d.Severity, it.SeverityAtLeast))
				}
				hit = true
			}
		}
		if hit {
			s.Found++
		} else {
			s.Missed = append(s.Missed, fmt.Sprintf("%s %v", it.Kind, it.Values))
		}
	}
	for i, d := range r.Discrepancies {
		s.Reported++
		if matched[i] {
			s.Correct++
		} else {
			s.Spurious = append(s.Spurious, fmt.Sprintf("%s/%s: %s", d.Kind, d.Severity, d.Summary))
		}
	}
	for _, it := range k.MustNot {
		for _, d := range r.Discrepancies {
			if it.Matches(d) {
				s.FalseFlags = append(s.FalseFlags, fmt.Sprintf("%s %v (%s)", it.Kind, it.Values, it.Why))
				break
			}
		}
	}
	if k.MaxSeverity != "" {
		for _, d := range r.Discrepancies {
			if claims.SeverityRank(d.Severity) > claims.SeverityRank(k.MaxSeverity) {
				s.Problems = append(s.Problems, fmt.Sprintf("clean story flagged %s: %s", d.Severity, d.Summary))
			}
		}
	}
	for _, sk := range k.Sources {
		found := false
		for _, src := range r.Sources {
			if sameURL(src.URL, sk.URL) {
				found = true
				if src.Status != sk.Status {
					s.Problems = append(s.Problems, fmt.Sprintf("source %s is %s (%s), want %s", sk.URL, src.Status, src.Error, sk.Status))
				}
			}
		}
		if !found {
			s.Problems = append(s.Problems, fmt.Sprintf("source %s not cited in the report", sk.URL))
		}
	}
	for _, phrase := range k.Unverifiable {
		ok := false
		for _, c := range r.Claims {
			if strings.Contains(norm(c.Sentence), norm(phrase)) && c.Status == claims.Unverifiable {
				ok = true
			}
		}
		if !ok {
			s.Problems = append(s.Problems, fmt.Sprintf("no unverifiable claim carries %q", phrase))
		}
		for _, d := range r.Discrepancies {
			if d.Kind == claims.DiscUnsupported && strings.Contains(norm(d.Summary+" "+evidenceText(d)), norm(phrase)) {
				s.Problems = append(s.Problems, fmt.Sprintf("%q flagged unsupported, want unverifiable", phrase))
			}
		}
	}
	return s
}

func evidenceText(d claims.Discrepancy) string {
	var b strings.Builder
	for _, e := range d.Evidence {
		b.WriteString(e.Value + " " + e.Text + " ")
	}
	return b.String()
}

// sameURL compares URLs ignoring scheme (the fixture server answers https
// pages over http) and a trailing slash.
func sameURL(a, b string) bool {
	trim := func(s string) string {
		s = strings.TrimPrefix(strings.TrimPrefix(s, "https://"), "http://")
		return strings.TrimSuffix(s, "/")
	}
	return trim(a) == trim(b)
}

// Matches reports whether a discrepancy is the one an item describes: the
// same kind, and every value of the item found among its evidence values
// (or, for attribution and unsupported, in its summary and evidence).
func (it Item) Matches(d claims.Discrepancy) bool {
	if d.Kind != it.Kind {
		return false
	}
	for _, v := range it.Values {
		ok := false
		for _, e := range d.Evidence {
			if valueMatches(v, e.Value) {
				ok = true
				break
			}
		}
		if !ok && (d.Kind == claims.DiscAttribution || d.Kind == claims.DiscUnsupported || d.Kind == claims.DiscDate) {
			ok = valueMatches(v, d.Summary) || valueMatches(v, evidenceText(d))
		}
		if !ok {
			return false
		}
	}
	return true
}

var numRe = regexp.MustCompile(`\d[\d,]*(?:\.\d+)?(?:\s*(?:billion|million|thousand|bn|m|k)\b)?`)

// valueMatches compares a key value with an evidence value: as text
// (case, quotation marks and spacing folded), or as numbers.
func valueMatches(key, got string) bool {
	nk, ng := norm(key), norm(got)
	if nk == "" {
		return false
	}
	kn := numbers(key)
	numeric := len(kn) == 1 && numRe.FindString(key) == strings.TrimSpace(key)
	if !numeric && strings.Contains(ng, nk) {
		return true
	}
	if len(kn) == 1 {
		for _, g := range numbers(got) {
			if g == kn[0] {
				return true
			}
		}
	}
	return false
}

func numbers(s string) []float64 {
	var out []float64
	for _, m := range numRe.FindAllString(s, -1) {
		f := strings.Fields(m)
		num := strings.ReplaceAll(f[0], ",", "")
		mult := 1.0
		unit := ""
		if len(f) > 1 {
			unit = f[1]
		} else if i := strings.IndexAny(num, "bmk"); i > 0 {
			unit, num = num[i:], num[:i]
		}
		switch strings.ToLower(unit) {
		case "billion", "bn":
			mult = 1e9
		case "million", "m":
			mult = 1e6
		case "thousand", "k":
			mult = 1e3
		}
		v, err := strconv.ParseFloat(num, 64)
		if err == nil {
			out = append(out, v*mult)
		}
	}
	return out
}

func norm(s string) string {
	s = strings.ToLower(s)
	s = strings.NewReplacer("“", "", "”", "", "\"", "", "‘", "'", "’", "'", "…", "...", "\u00a0", " ").Replace(s)
	return strings.Join(strings.Fields(s), " ")
}
