package claims

import (
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"errors"
	"fmt"
	"io"
	"strings"
)

// ErrTooLarge is returned for a body larger than a size limit.
var ErrTooLarge = errors.New("too large")

// DecodeBody removes a gzip or deflate content encoding from an entity
// body as archived (Exchange.Payload). A decoded body over limit bytes is
// an error, not a truncated page: a small compression bomb must not eat
// the memory of whoever replays it.
func DecodeBody(body []byte, enc string, limit int64) ([]byte, error) {
	var r io.ReadCloser
	switch strings.ToLower(strings.TrimSpace(enc)) {
	case "", "identity":
		return body, nil
	case "gzip", "x-gzip":
		zr, err := gzip.NewReader(bytes.NewReader(body))
		if err != nil {
			return nil, err
		}
		r = zr
	case "deflate":
		// Servers send either zlib-wrapped or raw deflate.
		if zr, err := zlib.NewReader(bytes.NewReader(body)); err == nil {
			out, err := readLimited(zr, limit)
			_ = zr.Close()
			if err == nil || errors.Is(err, ErrTooLarge) {
				return out, err
			}
		}
		r = flate.NewReader(bytes.NewReader(body))
	default:
		return nil, fmt.Errorf("unsupported content encoding %q", enc)
	}
	defer r.Close()
	return readLimited(r, limit)
}

func readLimited(r io.Reader, limit int64) ([]byte, error) {
	out, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(out)) > limit {
		return nil, fmt.Errorf("%w: the body decodes to more than %d bytes", ErrTooLarge, limit)
	}
	return out, nil
}
