package main

import (
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/gofrs/flock"

	"github.com/provenance-audit/provenance/claims"
	"github.com/provenance-audit/provenance/index"
	"github.com/provenance-audit/provenance/store"
)

// run calls the command line entry and returns exit code, stdout, stderr.
func run(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	code := Main(context.Background(), args, nil, &stdout, &stderr)
	return code, stdout.String(), stderr.String()
}

func searchJSON(t *testing.T, ws string, args ...string) *searchOutput {
	t.Helper()
	code, out, errOut := run(t, append([]string{"search", "--workspace", ws, "--format", "json"}, args...)...)
	if code != 0 {
		t.Fatalf("search %q: exit %d: %s", args, code, errOut)
	}
	var res searchOutput
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatalf("search %q: output is not JSON: %v\n%s", args, err, out)
	}
	return &res
}

// querySafe keeps the words of a text, without the query-string syntax.
func querySafe(s string, words int) string {
	s = strings.Map(func(r rune) rune {
		if strings.ContainsRune(`+-:"~*?/\()[]{}^!&|<>=`, r) {
			return ' '
		}
		return r
	}, s)
	f := strings.Fields(s)
	return strings.Join(f[:min(words, len(f))], " ")
}

// answers is what must not change when the index is rebuilt: for each
// search, every match with its score and fragments (ties in score put in
// id order: among equal scores bleve's order follows the layout on disk),
// the scores of the hits shown, and the facets.
func answers(t *testing.T, ws string, searches [][]string) []string {
	t.Helper()
	var out []string
	for _, s := range searches {
		shown := searchJSON(t, ws, s...)
		all := searchJSON(t, ws, append(slices.Clone(s), "--limit", "10000")...)
		var b strings.Builder
		fmt.Fprintf(&b, "%q total=%d shown=%d scores", s, shown.Total, shown.Shown)
		for _, g := range shown.Groups {
			for _, h := range g.Hits {
				fmt.Fprintf(&b, " %.4f", h.Score)
			}
		}
		var hits []claims.Hit
		for _, g := range all.Groups {
			hits = append(hits, g.Hits...)
		}
		round := func(f float64) string { return fmt.Sprintf("%.4f", f) }
		slices.SortFunc(hits, func(a, b claims.Hit) int {
			if ra, rb := round(a.Score), round(b.Score); ra != rb {
				return cmp.Compare(b.Score, a.Score)
			}
			return strings.Compare(a.ID, b.ID)
		})
		for _, h := range hits {
			fmt.Fprintf(&b, "\n  %s %s %s %q", round(h.Score), h.ID, h.Type, h.Fragments)
		}
		fmt.Fprintf(&b, "\n  facets %v", shown.Facets)
		out = append(out, b.String())
	}
	return out
}

// TestReindexAnswersTheSame audits a fixture site through the command
// line, searches, rebuilds the index from the archive and searches again.
func TestReindexAnswersTheSame(t *testing.T) {
	if testing.Short() {
		t.Skip("end to end: skipped with -short")
	}
	for _, dir := range []string{
		seedDir,
		filepath.Join("..", "..", "testdata", "scenarios", "s2-busan-port-strike"),
	} {
		t.Run(filepath.Base(dir), func(t *testing.T) {
			r, ws := runScenario(t, dir)
			var searches [][]string
			for i, c := range r.Claims {
				if i >= 8 {
					break
				}
				searches = append(searches, []string{querySafe(c.Text, 8), "--limit", "15"})
				if c.Kind == claims.KindQuote {
					searches = append(searches, []string{`"` + querySafe(c.Text, 4) + `"`})
				}
			}
			for _, s := range r.Sources {
				if s.Status == claims.StatusOK && s.Publisher != "" {
					searches = append(searches, []string{"the", "--publisher", strings.ToUpper(s.Publisher), "--limit", "50"})
					break
				}
			}
			searches = append(searches,
				[]string{querySafe(r.Claims[0].Text, 5), "--claims", "--limit", "30"},
				[]string{"+type:claim", "--claims"},
				[]string{"*", "--since", "2000-01-01", "--limit", "100"})
			if len(searches) < 6 {
				t.Fatalf("only %d searches: the scenario has too few claims to compare", len(searches))
			}
			before := answers(t, ws, searches)
			hits := 0
			for _, s := range searches {
				hits += len(searchJSON(t, ws, s...).Groups)
			}
			if hits == 0 {
				t.Fatal("no search found anything: nothing to compare")
			}
			code, out, errOut := run(t, "reindex", "--workspace", ws, "--quiet")
			if code != 0 {
				t.Fatalf("reindex: exit %d: %s", code, errOut)
			}
			if !strings.Contains(out, "reindexed ") {
				t.Errorf("reindex says %q", out)
			}
			after := answers(t, ws, searches)
			for i := range before {
				if before[i] != after[i] {
					t.Errorf("the answer changed with the rebuild:\nbefore %s\nafter  %s", before[i], after[i])
				}
			}
			// A lost index is rebuilt the same way.
			if err := os.RemoveAll(filepath.Join(ws, "index")); err != nil {
				t.Fatal(err)
			}
			if code, _, errOut := run(t, "search", "strike", "--workspace", ws); code != exitFailure || !strings.Contains(errOut, "no index yet") {
				t.Errorf("search without an index: exit %d: %s", code, errOut)
			}
			if code, _, errOut := run(t, "reindex", "--workspace", ws, "--quiet"); code != 0 {
				t.Fatalf("reindex: exit %d: %s", code, errOut)
			}
			if again := answers(t, ws, searches); !slices.Equal(before, again) {
				t.Errorf("the answers changed with a rebuild of a lost index")
			}
			// So is an index of an older mapping, which nothing else opens.
			meta := filepath.Join(ws, "index", "meta.json")
			b, err := os.ReadFile(meta)
			if err != nil {
				t.Fatal(err)
			}
			old := strings.Replace(string(b), fmt.Sprintf(`"mapping_version":%d`, index.MappingVersion), `"mapping_version":1`, 1)
			if err := os.WriteFile(meta, []byte(old), 0o644); err != nil {
				t.Fatal(err)
			}
			if code, _, errOut := run(t, "search", "strike", "--workspace", ws); code != exitFailure || !strings.Contains(errOut, "run 'provenance reindex'") {
				t.Errorf("search of an index of an older mapping: exit %d: %s", code, errOut)
			}
			if code, _, errOut := run(t, "reindex", "--workspace", ws, "--quiet"); code != 0 {
				t.Fatalf("reindex: exit %d: %s", code, errOut)
			}
			if again := answers(t, ws, searches); !slices.Equal(before, again) {
				t.Errorf("the answers changed with a rebuild after a mapping change")
			}
		})
	}
}

func TestSearchCommand(t *testing.T) {
	if testing.Short() {
		t.Skip("end to end: skipped with -short")
	}
	_, ws := runScenario(t, seedDir)

	t.Run("grouped by source, best first", func(t *testing.T) {
		res := searchJSON(t, ws, "drone", "strike", "--limit", "12")
		if res.Shown != 12 || res.Total < 12 || len(res.Groups) < 2 {
			t.Fatalf("shown %d of %d in %d groups", res.Shown, res.Total, len(res.Groups))
		}
		seen := map[string]bool{}
		for i, g := range res.Groups {
			if seen[g.SourceID] {
				t.Errorf("source %s in two groups", g.SourceID)
			}
			seen[g.SourceID] = true
			if i > 0 && g.Score > res.Groups[i-1].Score {
				t.Errorf("group %d scores %.3f, above the group before it", i, g.Score)
			}
			for k, h := range g.Hits {
				if h.SourceID != g.SourceID || (k > 0 && h.Score > g.Hits[k-1].Score) || g.Score != g.Hits[0].Score {
					t.Errorf("group %s: hit %d out of place", g.SourceID, k)
				}
				if len(h.Fragments) == 0 || !strings.Contains(strings.Join(h.Fragments, ""), "<mark>") {
					t.Errorf("hit %s has no highlighted fragment", h.ID)
				}
			}
		}
		if len(res.Facets["publisher"]) == 0 || len(res.Facets["month"]) == 0 {
			t.Errorf("facets %v", res.Facets)
		}
	})

	t.Run("filters", func(t *testing.T) {
		all := searchJSON(t, ws, "strike", "--limit", "100")
		pub := all.Groups[0].Publisher
		one := searchJSON(t, ws, "strike", "--limit", "100", "--publisher", strings.ToLower(pub))
		if one.Total == 0 || one.Total >= all.Total {
			t.Errorf("--publisher %q: %d of %d", pub, one.Total, all.Total)
		}
		for _, g := range one.Groups {
			if g.Publisher != pub {
				t.Errorf("--publisher %q found %q", pub, g.Publisher)
			}
		}
		day := all.Groups[0].Published
		if day.IsZero() {
			t.Fatal("the best source has no date")
		}
		d := day.Format("2006-01-02")
		for _, args := range [][]string{{"--since", d}, {"--until", d}, {"--since", d, "--until", d}} {
			res := searchJSON(t, ws, append([]string{"strike", "--limit", "100"}, args...)...)
			for _, g := range res.Groups {
				p := g.Published.Format("2006-01-02")
				if (slices.Contains(args, "--since") && p < d) || (slices.Contains(args, "--until") && p > d) || g.Published.IsZero() {
					t.Errorf("%v found a source of %s", args, p)
				}
			}
			if res.Total == 0 {
				t.Errorf("%v found nothing", args)
			}
		}
		if res := searchJSON(t, ws, "strike", "--limit", "3"); res.Shown != 3 {
			t.Errorf("--limit 3 showed %d", res.Shown)
		}
		if res := searchJSON(t, ws, "strike", "--since", "2031-01-01"); res.Total != 0 || len(res.Groups) != 0 {
			t.Errorf("a search of the future found %d", res.Total)
		}
	})

	t.Run("claims", func(t *testing.T) {
		without := searchJSON(t, ws, "strike", "--limit", "200")
		with := searchJSON(t, ws, "strike", "--limit", "200", "--claims")
		claimGroups := 0
		for _, g := range with.Groups {
			if g.Type == "claim" {
				claimGroups++
				if g.AuditID == "" || g.URL == "" {
					t.Errorf("claim group %+v", g)
				}
			}
		}
		if claimGroups != 1 || with.Total <= without.Total {
			t.Errorf("--claims: %d claim groups, %d hits against %d", claimGroups, with.Total, without.Total)
		}
	})

	t.Run("text", func(t *testing.T) {
		code, out, errOut := run(t, "search", "Baghdad's", "--workspace", ws, "--limit", "3")
		if code != 0 {
			t.Fatalf("exit %d: %s", code, errOut)
		}
		for _, want := range []string{"passages match \"Baghdad's\"", "[Baghdad]", "by publisher:", "by month:"} {
			if !strings.Contains(out, want) {
				t.Errorf("output lacks %q:\n%s", want, out)
			}
		}
		if strings.Contains(out, "&#39;") || strings.Contains(out, "<mark>") || strings.Contains(out, "\x1b[") {
			t.Errorf("markup in the text output:\n%s", out)
		}
	})

	t.Run("mistakes", func(t *testing.T) {
		for _, tc := range []struct {
			args []string
			want string
		}{
			{[]string{"search", `"unclosed`}, "bad query"},
			{[]string{"search", "speaker:Smith"}, `unknown field "speaker"`},
			{[]string{"search", "strike", "--limit", "0"}, "--limit"},
			{[]string{"search", "strike", "--since", "yesterday"}, "--since"},
			{[]string{"search", "strike", "--since", "2024-02-01", "--until", "2024-01-01"}, "before --since"},
			{[]string{"search", "strike", "--format", "markdown"}, "--format"},
			{[]string{"search"}, "requires at least 1 arg"},
		} {
			code, _, errOut := run(t, append(tc.args, "--workspace", ws)...)
			if code != exitFailure || !strings.Contains(errOut, tc.want) {
				t.Errorf("%q: exit %d, %q; want exit 2 and %q", tc.args, code, errOut, tc.want)
			}
		}
		code, _, errOut := run(t, "search", "strike", "--workspace", filepath.Join(t.TempDir(), "nowhere"))
		if code != exitFailure || !strings.Contains(errOut, "no workspace at") {
			t.Errorf("search of no workspace: exit %d: %s", code, errOut)
		}
	})
}

// TestSearchHelperProcess is not a test: it is the second process of
// TestSearchFromAnotherProcess, running the command line.
func TestSearchHelperProcess(t *testing.T) {
	if os.Getenv("PROVENANCE_SEARCH_HELPER") != "1" {
		t.Skip("helper process")
	}
	args := os.Args
	for i, a := range args {
		if a == "--" {
			args = args[i+1:]
			break
		}
	}
	os.Exit(Main(context.Background(), args, nil, os.Stdout, os.Stderr))
}

// second runs the command line in another process, as a user in another
// terminal would; a hang fails the test.
func second(t *testing.T, args ...string) (int, string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, os.Args[0], append([]string{"-test.run=^TestSearchHelperProcess$", "--"}, args...)...)
	cmd.Env = append(os.Environ(), "PROVENANCE_SEARCH_HELPER=1", "PROVENANCE_LOCK_WAIT=300ms")
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	err := cmd.Run()
	if ctx.Err() != nil {
		t.Fatalf("%q hung", args)
	}
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return code, out.String()
}

func TestSearchFromAnotherProcess(t *testing.T) {
	if testing.Short() {
		t.Skip("end to end: skipped with -short")
	}
	_, ws := runScenario(t, seedDir)

	// This process writes (as an audit would): the other waits, then
	// fails with a message that names the writer; it does not hang.
	lock, err := store.Acquire(context.Background(), ws, "audit", time.Second)
	if err != nil {
		t.Fatal(err)
	}
	code, out := second(t, "search", "strike", "--workspace", ws)
	want := fmt.Sprintf("is in use by process %d (audit", os.Getpid())
	if code != exitFailure || !strings.Contains(out, want) {
		t.Errorf("search while the workspace is written: exit %d: %s\nwant exit 2 and %q", code, out, want)
	}
	if err := lock.Release(); err != nil {
		t.Fatal(err)
	}

	// This process searches: another search runs beside it, a writer
	// waits and fails.
	rd := flock.New(filepath.Join(ws, "lock"))
	if err := rd.RLock(); err != nil {
		t.Fatal(err)
	}
	code, out = second(t, "search", "strike", "--workspace", ws, "--format", "json")
	if code != 0 || !strings.Contains(out, `"groups"`) {
		t.Errorf("search beside a search: exit %d: %s", code, out)
	}
	code, out = second(t, "reindex", "--workspace", ws)
	if code != exitFailure || !strings.Contains(out, "is in use by") {
		t.Errorf("reindex beside a search: exit %d: %s", code, out)
	}
	if err := rd.Unlock(); err != nil {
		t.Fatal(err)
	}
	// And once it is free, both work.
	if code, out = second(t, "reindex", "--workspace", ws, "--quiet"); code != 0 {
		t.Errorf("reindex: exit %d: %s", code, out)
	}
	if code, out = second(t, "search", "strike", "--workspace", ws); code != 0 || !strings.Contains(out, "[strike]") {
		t.Errorf("search: exit %d: %s", code, out)
	}
}
