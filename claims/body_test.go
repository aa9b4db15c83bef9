package claims

import (
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"errors"
	"io"
	"strings"
	"testing"
)

// TestDecodeBody: each encoding servers send decodes to the page; a body
// that decodes past the limit is refused, not cut.
func TestDecodeBody(t *testing.T) {
	page := []byte(strings.Repeat("<p>The archived page.</p>", 40))
	enc := func(mk func(io.Writer) io.WriteCloser) []byte {
		var b bytes.Buffer
		w := mk(&b)
		_, _ = w.Write(page)
		_ = w.Close()
		return b.Bytes()
	}
	gz := enc(func(w io.Writer) io.WriteCloser { return gzip.NewWriter(w) })
	zl := enc(func(w io.Writer) io.WriteCloser { return zlib.NewWriter(w) })
	raw := enc(func(w io.Writer) io.WriteCloser { fw, _ := flate.NewWriter(w, flate.BestSpeed); return fw })
	tests := []struct {
		name, enc string
		body      []byte
		limit     int64
		tooLarge  bool
	}{
		{"identity", "", page, 1 << 20, false},
		{"gzip", "gzip", gz, 1 << 20, false},
		{"x-gzip, any case", " X-GZIP ", gz, 1 << 20, false},
		{"deflate, zlib-wrapped", "deflate", zl, 1 << 20, false},
		{"deflate, raw", "deflate", raw, 1 << 20, false},
		{"over the limit", "gzip", gz, 100, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := DecodeBody(tt.body, tt.enc, tt.limit)
			if tt.tooLarge {
				if !errors.Is(err, ErrTooLarge) {
					t.Fatalf("err = %v, want ErrTooLarge", err)
				}
				return
			}
			if err != nil || !bytes.Equal(got, page) {
				t.Fatalf("decoded %d bytes, err %v; want the page back", len(got), err)
			}
		})
	}
	if _, err := DecodeBody(page, "br", 1<<20); err == nil {
		t.Error("an unsupported encoding decoded without an error")
	}
}
