package archive

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/provenance-audit/provenance/claims"
)

func TestWriteReplayRoundTrip(t *testing.T) {
	dir := t.TempDir()
	a, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		ex   claims.Exchange
	}{
		{"html", claims.Exchange{URL: "http://example.test/a?x=1", StatusCode: 200, Header: map[string][]string{"Content-Type": {"text/html; charset=utf-8"}, "Etag": {`"v1"`}}, Payload: []byte("<html><p>Hello “world”</p></html>")}},
		{"error", claims.Exchange{URL: "http://example.test/gone", StatusCode: 503, Header: map[string][]string{"Retry-After": {"2"}}, Payload: []byte("busy")}},
		{"binary", claims.Exchange{URL: "http://example.test/b.bin", StatusCode: 200, Payload: bytes.Repeat([]byte{0, 1, 2, 0xff}, 5000)}},
		{"truncated", claims.Exchange{URL: "http://example.test/big", StatusCode: 200, Payload: []byte("partial"), Truncated: true}},
		{"empty", claims.Exchange{URL: "http://example.test/empty", StatusCode: 204}},
	}
	refs := make([]claims.RecordRef, len(tests))
	for i, tc := range tests {
		ex := tc.ex
		ex.Date = time.Date(2024, 1, 4, 12, 0, 0, 0, time.UTC)
		ref, sum, err := a.Write(&ex)
		if err != nil {
			t.Fatalf("%s: write: %v", tc.name, err)
		}
		if sum != PayloadSHA256(tc.ex.Payload) {
			t.Errorf("%s: sha256 %s, want %s", tc.name, sum, PayloadSHA256(tc.ex.Payload))
		}
		refs[i] = ref
	}
	// Readable while the file is still open for writing.
	for i, tc := range tests {
		got, err := a.Replay(refs[i])
		if err != nil {
			t.Fatalf("%s: replay before close: %v", tc.name, err)
		}
		if got.StatusCode != tc.ex.StatusCode || !bytes.Equal(got.Payload, tc.ex.Payload) || got.URL != tc.ex.URL || got.Truncated != tc.ex.Truncated {
			t.Errorf("%s: replay = %d %q %q trunc=%v", tc.name, got.StatusCode, got.URL, got.Payload, got.Truncated)
		}
	}
	if err := a.Close(); err != nil {
		t.Fatal(err)
	}
	got, err := a.Replay(refs[0])
	if err != nil {
		t.Fatalf("replay after close: %v", err)
	}
	if got.Header["Etag"][0] != `"v1"` {
		t.Errorf("header lost: %v", got.Header)
	}
	n := 0
	if err := a.Walk(func(ref claims.RecordRef, ex *claims.Exchange) error { n++; return nil }); err != nil {
		t.Fatal(err)
	}
	if n != len(tests) {
		t.Errorf("walk saw %d responses, want %d", n, len(tests))
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*.warc.gz"))
	if len(files) != 1 {
		t.Fatalf("files = %v", files)
	}
	raw, _ := os.ReadFile(files[0])
	if len(raw) < 2 || raw[0] != 0x1f || raw[1] != 0x8b {
		t.Errorf("archive is not gzip")
	}
}

func TestRecoverLeftOpenFile(t *testing.T) {
	dir := t.TempDir()
	a, _ := Open(dir)
	ref, _, err := a.Write(&claims.Exchange{URL: "http://example.test/", StatusCode: 200, Payload: []byte("x")})
	if err != nil {
		t.Fatal(err)
	}
	// Simulate a killed process: copy the open file aside without closing.
	open, _ := filepath.Glob(filepath.Join(dir, "*.open"))
	if len(open) != 1 {
		t.Fatalf("open files = %v", open)
	}
	data, _ := os.ReadFile(open[0])
	dir2 := t.TempDir()
	name := filepath.Base(open[0])
	// A torn tail, as a crash mid-record leaves.
	if err := os.WriteFile(filepath.Join(dir2, name), append(data, 0x1f, 0x8b, 8, 0), 0o644); err != nil {
		t.Fatal(err)
	}
	_ = a.Close()
	b, _ := Open(dir2)
	if got, err := b.Replay(ref); err != nil || string(got.Payload) != "x" {
		t.Fatalf("replay from .open: %v %v", got, err)
	}
	if err := b.Recover(); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(dir2, strings.TrimSuffix(name, ".open"))); err != nil {
		t.Fatalf("not renamed: %v", err)
	}
	n := 0
	if err := b.Walk(func(claims.RecordRef, *claims.Exchange) error { n++; return nil }); err != nil {
		t.Fatalf("walk after crash: %v", err)
	}
	if n != 1 {
		t.Errorf("walk = %d", n)
	}
}
