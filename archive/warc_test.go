package archive

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/provenance-audit/provenance/claims"
)

// TestRecordsAreWARC11 reads the file back as text: each exchange is a
// request and a response record of WARC/1.1, tied by WARC-Concurrent-To,
// with block and payload digests (the payload's the catalogue's sha256)
// and the payload bytes as received.
func TestRecordsAreWARC11(t *testing.T) {
	dir := t.TempDir()
	a, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	payload := []byte("\x1f\x8b gzip bytes kept as sent \x00\xff")
	ex := &claims.Exchange{URL: "http://example.test/a?b=1", Method: "GET", ReqHeader: map[string][]string{"User-Agent": {"provenance-test"}},
		StatusCode: 200, Header: map[string][]string{"Content-Type": {"text/html"}, "Content-Encoding": {"gzip"}}, Payload: payload}
	if _, _, err := a.Write(ex); err != nil {
		t.Fatal(err)
	}
	if err := a.Close(); err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*.warc.gz"))
	if len(files) != 1 {
		t.Fatalf("files %v", files)
	}
	f, err := os.Open(files[0])
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f) // multistream: one member per record
	if err != nil {
		t.Fatal(err)
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	text := string(raw)
	for _, want := range []string{"WARC/1.1\r\n", "WARC-Type: request", "WARC-Type: response", "WARC-Type: warcinfo",
		"WARC-Block-Digest: sha256:", "WARC-Payload-Digest: sha256:" + PayloadSHA256(payload), "WARC-Concurrent-To: <urn:uuid:",
		"WARC-Target-URI: http://example.test/a?b=1", "Content-Type: application/http;msgtype=response",
		"GET /a?b=1 HTTP/1.1\r\n", "User-Agent: provenance-test", "Content-Encoding: gzip"} {
		if !strings.Contains(text, want) {
			t.Errorf("the WARC file lacks %q", want)
		}
	}
	if !bytes.Contains(raw, payload) {
		t.Errorf("the payload is not stored byte for byte")
	}
}

// TestConcurrentWriteReplay: crawls write from many goroutines; every
// record comes back whole.
func TestConcurrentWriteReplay(t *testing.T) {
	a, err := Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	var wg sync.WaitGroup
	errs := make(chan error, 64)
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 10 {
				body := bytes.Repeat([]byte(fmt.Sprintf("g%d-i%d ", g, i)), 100+i)
				ref, sum, err := a.Write(&claims.Exchange{URL: fmt.Sprintf("http://h%d.test/%d", g, i), StatusCode: 200, Payload: body})
				if err != nil {
					errs <- err
					return
				}
				got, err := a.Replay(ref)
				if err != nil {
					errs <- err
					return
				}
				if !bytes.Equal(got.Payload, body) || sum != PayloadSHA256(body) {
					errs <- fmt.Errorf("g%d i%d: replay differs", g, i)
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}
