package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/provenance-audit/provenance/claims"
	"github.com/provenance-audit/provenance/internal/fixture"
)

// lockedBuffer is a bytes.Buffer that a running command and the test may
// use at once.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

var servedURL = regexp.MustCompile(`http://[^\s]+/`)

// startServe runs 'provenance serve' through Main and returns its address
// and a stop function that returns its exit code.
func startServe(t *testing.T, ws string, extra ...string) (string, func() int) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	var stderr lockedBuffer
	done := make(chan int, 1)
	args := append([]string{"serve", "--workspace", ws, "--addr", "127.0.0.1:0"}, extra...)
	go func() { done <- Main(ctx, args, nil, io.Discard, &stderr) }()
	deadline := time.Now().Add(20 * time.Second)
	for {
		if m := servedURL.FindString(stderr.String()); m != "" {
			return strings.TrimSuffix(m, "/"), func() int {
				cancel()
				select {
				case code := <-done:
					return code
				case <-time.After(20 * time.Second):
					t.Fatal("serve did not stop")
					return -1
				}
			}
		}
		select {
		case code := <-done:
			cancel()
			t.Fatalf("serve exited %d before serving:\n%s", code, stderr.String())
		default:
		}
		if time.Now().After(deadline) {
			cancel()
			t.Fatalf("serve printed no address:\n%s", stderr.String())
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// TestDismissalThroughServeChangesExitCode: an audit fails CI; an editor
// dismisses its findings through the desk's API, saying why; the next
// audit of the same story no longer fails at that level, and its report
// says who dismissed what and why.
func TestDismissalThroughServeChangesExitCode(t *testing.T) {
	if testing.Short() {
		t.Skip("end to end: skipped with -short")
	}
	site, srv := serveSite(t, seedDir, nil)
	ws := t.TempDir()
	audit := func(failOn string, format string) (int, string) {
		var stdout, stderr bytes.Buffer
		code := Main(context.Background(), []string{"audit", fixture.Local(site.Article), "--workspace", ws, "--format", format, "--delay", "0",
			"--quiet", "--proxy", srv.ProxyURL.String(), "--fail-on", failOn}, nil, &stdout, &stderr)
		if code == exitFailure {
			t.Fatalf("audit: exit 2\n%s", stderr.String())
		}
		return code, stdout.String()
	}
	code, out := audit("medium", "json")
	if code != exitFindings {
		t.Fatalf("the seed's first audit exits %d, want %d", code, exitFindings)
	}
	var first claims.Report
	if err := json.Unmarshal([]byte(out), &first); err != nil {
		t.Fatal(err)
	}
	base, stop := startServe(t, ws, "--token", "t0ken")
	// The workspace is held while the desk runs.
	t.Setenv("PROVENANCE_LOCK_WAIT", "100ms")
	var stderr bytes.Buffer
	if code := Main(context.Background(), []string{"search", "drone", "--workspace", ws}, nil, io.Discard, &stderr); code != exitFailure || !strings.Contains(stderr.String(), "serve") {
		t.Errorf("a second process on the served workspace: exit %d, %s", code, stderr.String())
	}
	dismissed := map[string]bool{}
	for _, d := range first.Discrepancies {
		if claims.SeverityRank(d.Severity) < claims.SeverityRank(claims.Medium) {
			continue
		}
		body, _ := json.Marshal(map[string]string{"discrepancy_id": d.ID, "decision": "dismissed", "note": "checked by phone: " + d.Kind, "reviewer": "Night Editor"})
		req, _ := http.NewRequest(http.MethodPost, base+"/api/audits/"+first.AuditID+"/reviews", bytes.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("Authorization", "Bearer t0ken")
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(res.Body)
		_ = res.Body.Close()
		if res.StatusCode != http.StatusCreated {
			t.Fatalf("review %s: %d %s", d.ID, res.StatusCode, b)
		}
		dismissed[d.ID] = true
	}
	if code := stop(); code != exitOK {
		t.Errorf("serve stopped with exit %d", code)
	}
	if len(dismissed) == 0 {
		t.Fatal("the seed has no finding at medium or above to dismiss")
	}

	code, out = audit("medium", "json")
	if code != exitOK {
		t.Errorf("after the dismissals, audit --fail-on medium exits %d, want 0", code)
	}
	var second claims.Report
	if err := json.Unmarshal([]byte(out), &second); err != nil {
		t.Fatal(err)
	}
	// Each finding of the new report that an editor dismissed carries the
	// review; the rest stay open.
	carried, lowOpen := 0, false
	for _, d := range second.Discrepancies {
		switch {
		case dismissed[d.ID]:
			carried++
			if d.Review == nil || d.Review.Decision != claims.Dismissed || d.Review.Reviewer != "Night Editor" || !strings.HasPrefix(d.Review.Note, "checked by phone") {
				t.Errorf("review of %s %s: %+v", d.Kind, d.ID, d.Review)
			}
		case d.Review != nil:
			t.Errorf("%s %s carries a review nobody made: %+v", d.Kind, d.ID, d.Review)
		default:
			lowOpen = lowOpen || d.Severity == claims.Low
		}
	}
	if carried == 0 || second.Summary.Dismissed != carried {
		t.Errorf("the new report counts %d dismissed, %d of its findings were dismissed", second.Summary.Dismissed, carried)
	}
	if carried < len(dismissed) {
		// The audit itself, not the desk: a re-audit may find less.
		t.Logf("the second audit found %d of the %d dismissed findings again", carried, len(dismissed))
	}
	if lowOpen {
		if code, _ := audit("low", "json"); code != exitFindings {
			t.Errorf("audit --fail-on low exits %d: the low finding was not dismissed and should still fail", code)
		}
	}
	_, text := audit("none", "text")
	if !strings.Contains(text, "dismissed by Night Editor: checked by phone") {
		t.Errorf("the text report does not say who dismissed what and why:\n%s", text)
	}
}

func TestServeFlags(t *testing.T) {
	ws := t.TempDir()
	for _, args := range [][]string{
		{"serve", "--workspace", ws, "--max-audits", "0"},
		{"serve", "--workspace", ws, "--timeout", "0s"},
		{"serve", "--workspace", ws, "extra-arg"},
	} {
		var stderr bytes.Buffer
		if code := Main(context.Background(), args, nil, io.Discard, &stderr); code != exitFailure {
			t.Errorf("%v: exit %d, want 2", args, code)
		}
	}
	// An address in use is a clear failure, not a hang.
	base, stop := startServe(t, ws)
	defer stop()
	var stderr bytes.Buffer
	addr := strings.TrimPrefix(base, "http://")
	if code := Main(context.Background(), []string{"serve", "--workspace", t.TempDir(), "--addr", addr}, nil, io.Discard, &stderr); code != exitFailure || !strings.Contains(stderr.String(), "listen on") {
		t.Errorf("serve on a busy address: exit %d, %s", code, stderr.String())
	}
	res, err := http.Get(base + "/api/health")
	if err != nil {
		t.Fatal(err)
	}
	_ = res.Body.Close()
	if res.StatusCode != http.StatusOK {
		t.Errorf("health: %d", res.StatusCode)
	}
	// The desk answers only to loopback names when it listens on loopback.
	req, _ := http.NewRequest(http.MethodGet, base+"/api/health", nil)
	req.Host = "attacker.example"
	res, err = http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	_ = res.Body.Close()
	if res.StatusCode != http.StatusMisdirectedRequest {
		t.Errorf("foreign Host: %d, want 421", res.StatusCode)
	}
}
