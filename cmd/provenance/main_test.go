package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/provenance-audit/provenance/claims"
	"github.com/provenance-audit/provenance/internal/fixture"
	"github.com/provenance-audit/provenance/store"
)

// TestMain lets a test run the command line in a child process: the
// test binary re-executes itself with PROVENANCE_TEST_MAIN=1.
func TestMain(m *testing.M) {
	if os.Getenv("PROVENANCE_TEST_MAIN") == "1" {
		os.Exit(Main(context.Background(), os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
	}
	os.Exit(m.Run())
}

// child runs the command line in another process.
func child(t *testing.T, env []string, args ...string) (int, string, string) {
	t.Helper()
	cmd := exec.Command(os.Args[0], args...)
	cmd.Env = append(append(os.Environ(), "PROVENANCE_TEST_MAIN=1"), env...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return code, stdout.String(), stderr.String()
}

// TestBusyWorkspace: a second process on a workspace another process
// holds waits briefly, then exits 2 naming the holder.
func TestBusyWorkspace(t *testing.T) {
	ws := t.TempDir()
	lock, err := store.Acquire(context.Background(), ws, "audit story.html", time.Second)
	if err != nil {
		t.Fatal(err)
	}
	defer lock.Release()
	start := time.Now()
	code, _, stderr := child(t, []string{"PROVENANCE_LOCK_WAIT=300ms"}, "search", "--workspace", ws, "anything")
	if code != exitFailure {
		t.Fatalf("exit %d, want %d; stderr: %s", code, exitFailure, stderr)
	}
	for _, want := range []string{"in use by process", "audit story.html", "--workspace"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr %q lacks %q", stderr, want)
		}
	}
	if time.Since(start) < 300*time.Millisecond {
		t.Errorf("gave up before waiting")
	}
	// Once released, the workspace opens (and an empty one says so).
	lock.Release()
	_, _, stderr = child(t, nil, "search", "--workspace", ws, "anything")
	if strings.Contains(stderr, "in use") {
		t.Fatalf("after release the workspace is still busy: %s", stderr)
	}
}

// TestExitCodes checks the contract's exit codes for usage errors.
func TestExitCodes(t *testing.T) {
	ws := t.TempDir()
	tests := []struct {
		name string
		args []string
		want int
		msg  string
	}{
		{"unknown command", []string{"frobnicate"}, exitFailure, "unknown command"},
		{"unknown flag", []string{"audit", "--nope", "x"}, exitFailure, "unknown flag"},
		{"missing article", []string{"audit"}, exitFailure, "accepts 1 arg"},
		{"bad format", []string{"claims", "--format", "yaml", "x.txt"}, exitFailure, "--format"},
		{"bad fail-on", []string{"audit", "--fail-on", "severe", "x.txt"}, exitFailure, "--fail-on"},
		{"bad max-bytes", []string{"audit", "--max-bytes", "ten", "x.txt"}, exitFailure, "--max-bytes"},
		{"missing file", []string{"claims", filepath.Join(ws, "nope.txt")}, exitFailure, "no such file"},
		{"help", []string{"--help"}, exitOK, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			args := append(tc.args, "--workspace", ws)
			if tc.name == "help" {
				args = tc.args
			}
			code := Main(context.Background(), args, nil, &stdout, &stderr)
			if code != tc.want {
				t.Fatalf("exit %d, want %d; stderr %s", code, tc.want, stderr.String())
			}
			if tc.msg != "" && !strings.Contains(stderr.String(), tc.msg) {
				t.Errorf("stderr %q lacks %q", stderr.String(), tc.msg)
			}
		})
	}
}

func TestParseBytes(t *testing.T) {
	tests := []struct {
		in   string
		want int64
		ok   bool
	}{
		{"10MB", 10_000_000, true}, {"10000000", 10_000_000, true}, {"512KiB", 512 << 10, true}, {"1.5GB", 1_500_000_000, true},
		{"2mib", 2 << 20, true}, {"ten", 0, false}, {"10XB", 0, false}, {"0", 0, false}, {"", 0, false},
	}
	for _, tc := range tests {
		got, err := parseBytes(tc.in)
		if (err == nil) != tc.ok || got != tc.want {
			t.Errorf("parseBytes(%q) = %d, %v; want %d ok=%v", tc.in, got, err, tc.want, tc.ok)
		}
	}
}

// TestKilledMidWrite kills an audit while it is fetching and writing, then
// audits again on the same workspace: the workspace opens (the lock dies
// with its process, a WARC file left open is recovered) and the audit
// completes with every source.
func TestKilledMidWrite(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end: skipped with -short")
	}
	site, srv := serveSite(t, seedDir, func(site *fixture.Site) {
		for i := range site.Pages {
			if strings.Contains(site.Pages[i].URL, "reuters") {
				site.Pages[i].DelayMS = 3000 // still fetching when the kill comes
			}
		}
	})
	ws := t.TempDir()
	args := []string{"audit", fixture.Local(site.Article), "--workspace", ws, "--format", "json", "--delay", "0",
		"--fail-on", "none", "--quiet", "--proxy", srv.ProxyURL.String()}
	cmd := exec.Command(os.Args[0], args...)
	cmd.Env = append(os.Environ(), "PROVENANCE_TEST_MAIN=1")
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// Wait until the archive has records on disk, then kill.
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		files, _ := filepath.Glob(filepath.Join(ws, "archive", "*.open"))
		if len(files) > 0 {
			if st, err := os.Stat(files[0]); err == nil && st.Size() > 2000 {
				break
			}
		}
		time.Sleep(50 * time.Millisecond)
	}
	if err := cmd.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	_ = cmd.Wait()

	var stdout, stderr bytes.Buffer
	if code := Main(context.Background(), args, nil, &stdout, &stderr); code != 0 {
		t.Fatalf("audit after a kill: exit %d: %s", code, stderr.String())
	}
	var r claims.Report
	if err := json.Unmarshal(stdout.Bytes(), &r); err != nil {
		t.Fatal(err)
	}
	if r.Summary.SourcesOK != 6 || len(r.Discrepancies) < 4 {
		t.Fatalf("after a kill: %d sources ok, %d findings", r.Summary.SourcesOK, len(r.Discrepancies))
	}
	if open, _ := filepath.Glob(filepath.Join(ws, "archive", "*.open")); len(open) != 0 {
		t.Errorf("WARC files still open after a clean run: %v", open)
	}
}

// TestWantColor: colour only on a terminal, and never with NO_COLOR set
// or TERM=dumb.
func TestWantColor(t *testing.T) {
	tests := []struct {
		noColor, term string
		terminal      bool
		want          bool
	}{
		{"", "xterm-256color", true, true},
		{"", "xterm-256color", false, false},
		{"1", "xterm-256color", true, false},
		{"", "dumb", true, false},
	}
	for _, tt := range tests {
		t.Setenv("NO_COLOR", tt.noColor)
		t.Setenv("TERM", tt.term)
		if got := wantColor(tt.terminal); got != tt.want {
			t.Errorf("NO_COLOR=%q TERM=%q terminal=%v: colour %v, want %v", tt.noColor, tt.term, tt.terminal, got, tt.want)
		}
	}
}
