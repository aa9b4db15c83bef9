// Package archive keeps every HTTP exchange the crawler makes as WARC 1.1
// request and response records, so that every piece of evidence can be
// shown later exactly as it was received, and replays them.
//
// It uses github.com/nlnwa/gowarc/v3, a maintained WARC library from the
// National Library of Norway's web archive, for record building (block and
// payload digests, WARC-Concurrent-To) and for reading; writing our own
// WARC serialiser would be easy to get subtly wrong and hard to check.
//
// Files are gzip-compressed per record (so a record can be read from its
// offset alone), named by time and process, and rotated at 1 GiB. A file is
// written as NAME.open and renamed when closed; a process killed mid-write
// leaves a .open file whose complete records stay readable, and Open
// renames such leftovers.
package archive

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/nlnwa/gowarc/v3"

	"github.com/provenance-audit/provenance/claims"
)

const openSuffix = ".open"

// Archive is a directory of WARC files. It is safe for concurrent use.
type Archive struct {
	dir string

	mu     sync.Mutex
	writer *gowarc.WarcFileWriter
}

// Open opens (creating if needed) the archive in dir.
func Open(dir string) (*Archive, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("create archive directory: %w", err)
	}
	return &Archive{dir: dir}, nil
}

// Recover renames WARC files left open by a process that was killed, so
// that they are read like any other. Call it only while holding the
// workspace lock.
func (a *Archive) Recover() error {
	matches, err := filepath.Glob(filepath.Join(a.dir, "*"+openSuffix))
	if err != nil {
		return fmt.Errorf("list archive: %w", err)
	}
	for _, m := range matches {
		if err := os.Rename(m, strings.TrimSuffix(m, openSuffix)); err != nil {
			return fmt.Errorf("recover %s: %w", m, err)
		}
	}
	return nil
}

func (a *Archive) ensureWriter() *gowarc.WarcFileWriter {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.writer == nil {
		host, _ := os.Hostname()
		a.writer = gowarc.NewWarcFileWriter(
			gowarc.WithCompression(true),
			// Fast compression: archiving must not be what slows a crawl.
			gowarc.WithCompressionLevel(gzip.BestSpeed),
			gowarc.WithMaxFileSize(1<<30),
			gowarc.WithFileNameGenerator(&gowarc.PatternNameGenerator{
				Directory: a.dir,
				Pattern:   "provenance-%{ts}s-%{pid}d-%04{serial}d.%{ext}s",
				Params:    map[string]any{"pid": os.Getpid()},
			}),
			gowarc.WithAddWarcConcurrentToHeader(true),
			gowarc.WithWarcInfoFunc(func(b gowarc.WarcRecordBuilder) error {
				_, err := b.WriteString("software: provenance\r\nformat: WARC File Format 1.1\r\nhostname: " + host + "\r\n")
				return err
			}),
			gowarc.WithRecordOptions(gowarc.WithAddMissingDigest(true), gowarc.WithAddMissingContentLength(true), gowarc.WithAddMissingRecordId(true)),
		)
	}
	return a.writer
}

// Close flushes and closes the file being written.
func (a *Archive) Close() error {
	a.mu.Lock()
	w := a.writer
	a.writer = nil
	a.mu.Unlock()
	if w == nil {
		return nil
	}
	return w.Close()
}

// gowarcMu serialises the calls into gowarc that make its options: each
// switches on uuid's random pool, a write that races with the same write
// and with uuid reads in other goroutines.
var gowarcMu sync.Mutex

// Write archives one exchange as a request and a response record. It
// returns where the response record lies and the hex sha256 of the payload.
func (a *Archive) Write(ex *claims.Exchange) (claims.RecordRef, string, error) {
	reqRec, respRec, err := buildRecords(ex)
	if err != nil {
		return claims.RecordRef{}, "", err
	}
	sum := sha256.Sum256(ex.Payload)
	digest := hex.EncodeToString(sum[:])
	// Response first: its offset is the one the catalogue keeps.
	w := a.ensureWriter()
	gowarcMu.Lock()
	res := w.Write(respRec, reqRec)
	gowarcMu.Unlock()
	if len(res) != 2 {
		return claims.RecordRef{}, "", fmt.Errorf("archive %s: the archive is closed", ex.URL)
	}
	for _, r := range res {
		if r.Err != nil {
			return claims.RecordRef{}, "", fmt.Errorf("archive %s: %w", ex.URL, r.Err)
		}
	}
	return claims.RecordRef{File: filepath.Base(res[0].FileName), Offset: res[0].FileOffset}, digest, nil
}

// buildRecords makes the request and response records of an exchange,
// with their digests.
func buildRecords(ex *claims.Exchange) (gowarc.WarcRecord, gowarc.WarcRecord, error) {
	gowarcMu.Lock()
	defer gowarcMu.Unlock()
	date := ex.Date
	if date.IsZero() {
		date = time.Now()
	}
	date = date.UTC()

	req := gowarc.NewRecordBuilder(gowarc.Request, gowarc.WithAddMissingDigest(true), gowarc.WithAddMissingContentLength(true), gowarc.WithAddMissingRecordId(true))
	if _, err := req.WriteString(requestHead(ex)); err != nil {
		return nil, nil, fmt.Errorf("archive request of %s: %w", ex.URL, err)
	}
	req.AddWarcHeader(gowarc.WarcTargetURI, ex.URL)
	req.AddWarcHeaderTime(gowarc.WarcDate, date)
	req.AddWarcHeader(gowarc.ContentType, "application/http;msgtype=request")

	resp := gowarc.NewRecordBuilder(gowarc.Response, gowarc.WithAddMissingDigest(true), gowarc.WithAddMissingContentLength(true), gowarc.WithAddMissingRecordId(true))
	if _, err := resp.WriteString(responseHead(ex)); err != nil {
		return nil, nil, fmt.Errorf("archive response of %s: %w", ex.URL, err)
	}
	if _, err := resp.Write(ex.Payload); err != nil {
		return nil, nil, fmt.Errorf("archive response of %s: %w", ex.URL, err)
	}
	resp.AddWarcHeader(gowarc.WarcTargetURI, ex.URL)
	resp.AddWarcHeaderTime(gowarc.WarcDate, date)
	resp.AddWarcHeader(gowarc.ContentType, "application/http;msgtype=response")
	if ex.IP != "" {
		resp.AddWarcHeader(gowarc.WarcIPAddress, ex.IP)
	}
	if ex.Truncated {
		resp.AddWarcHeader(gowarc.WarcTruncated, "length")
	}

	reqRec, _, err := req.Build()
	if err != nil {
		return nil, nil, fmt.Errorf("build request record for %s: %w", ex.URL, err)
	}
	respRec, _, err := resp.Build()
	if err != nil {
		_ = reqRec.Close()
		return nil, nil, fmt.Errorf("build response record for %s: %w", ex.URL, err)
	}
	return reqRec, respRec, nil
}

func requestHead(ex *claims.Exchange) string {
	var b strings.Builder
	method := ex.Method
	if method == "" {
		method = http.MethodGet
	}
	target := ex.URL
	host := ""
	if u, err := url.Parse(ex.URL); err == nil {
		target = u.RequestURI()
		host = u.Host
	}
	fmt.Fprintf(&b, "%s %s HTTP/1.1\r\n", method, target)
	if host != "" {
		fmt.Fprintf(&b, "Host: %s\r\n", host)
	}
	writeHeaders(&b, ex.ReqHeader)
	b.WriteString("\r\n")
	return b.String()
}

func responseHead(ex *claims.Exchange) string {
	var b strings.Builder
	proto := ex.Proto
	if proto == "" || strings.HasPrefix(proto, "HTTP/2") {
		proto = "HTTP/1.1"
	}
	status := ex.Status
	if status == "" {
		status = strconv.Itoa(ex.StatusCode) + " " + http.StatusText(ex.StatusCode)
	}
	fmt.Fprintf(&b, "%s %s\r\n", proto, status)
	h := http.Header(ex.Header).Clone()
	if h == nil {
		h = http.Header{}
	}
	// The payload is stored de-chunked: say so honestly.
	h.Del("Transfer-Encoding")
	if !ex.Truncated {
		h.Set("Content-Length", strconv.Itoa(len(ex.Payload)))
	}
	writeHeaders(&b, h)
	b.WriteString("\r\n")
	return b.String()
}

func writeHeaders(b *strings.Builder, h map[string][]string) {
	keys := make([]string, 0, len(h))
	for k := range h {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		for _, v := range h[k] {
			v = strings.NewReplacer("\r", " ", "\n", " ").Replace(v)
			fmt.Fprintf(b, "%s: %s\r\n", k, v)
		}
	}
}

// lenient are gowarc's defaults, which warn rather than fail: its
// WithNoValidation skips parsing HTTP blocks (then no record holds an HTTP
// response), and its ErrIgnore policies cut payloads at the first buffer.
var lenient []gowarc.WarcRecordOption

// Replay reads the response record at ref.
func (a *Archive) Replay(ref claims.RecordRef) (*claims.Exchange, error) {
	if ref.IsZero() {
		return nil, errors.New("replay: no archived record")
	}
	f, err := a.openFile(ref.File)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	gowarcMu.Lock()
	r, err := gowarc.NewWarcFileReaderFromStream(f, ref.Offset, lenient...)
	gowarcMu.Unlock()
	if err != nil {
		return nil, fmt.Errorf("replay %s@%d: %w", ref.File, ref.Offset, err)
	}
	defer r.Close()
	rec, err := r.Next()
	if err != nil {
		return nil, fmt.Errorf("replay %s@%d: %w", ref.File, ref.Offset, err)
	}
	defer rec.Close()
	return exchangeOf(rec.WarcRecord)
}

func (a *Archive) openFile(name string) (*os.File, error) {
	if strings.ContainsAny(name, `/\`) || name == "" || name == "." || name == ".." {
		return nil, fmt.Errorf("replay: bad archive file name %q", name)
	}
	p := filepath.Join(a.dir, name)
	f, err := os.Open(p)
	if errors.Is(err, os.ErrNotExist) {
		// Still being written by this process, or left by a killed one.
		f, err = os.Open(p + openSuffix)
	}
	if err != nil {
		return nil, fmt.Errorf("replay: open archive file: %w", err)
	}
	return f, nil
}

func exchangeOf(rec gowarc.WarcRecord) (*claims.Exchange, error) {
	if rec == nil || rec.Type() != gowarc.Response {
		return nil, errors.New("replay: the record is not a response")
	}
	block, ok := rec.Block().(gowarc.HttpResponseBlock)
	if !ok {
		return nil, errors.New("replay: the record holds no HTTP response")
	}
	payload, err := block.PayloadBytes()
	if err != nil {
		return nil, fmt.Errorf("replay payload: %w", err)
	}
	body, err := io.ReadAll(payload)
	if err != nil {
		return nil, fmt.Errorf("replay payload: %w", err)
	}
	ex := &claims.Exchange{
		URL:        rec.WarcHeader().Get(gowarc.WarcTargetURI),
		StatusCode: block.HttpStatusCode(),
		Status:     statusText(block.HttpStatusLine()),
		Payload:    body,
		Truncated:  rec.WarcHeader().Has(gowarc.WarcTruncated),
		IP:         rec.WarcHeader().Get(gowarc.WarcIPAddress),
	}
	if h := block.HttpHeader(); h != nil {
		ex.Header = h.Clone()
	}
	if d, err := rec.WarcHeader().GetTime(gowarc.WarcDate); err == nil {
		ex.Date = d
	}
	return ex, nil
}

func statusText(line string) string {
	if _, rest, ok := strings.Cut(line, " "); ok && strings.HasPrefix(line, "HTTP/") {
		return rest
	}
	return line
}

// Walk calls fn for every response record in the archive, oldest file
// first. It is how the index is rebuilt from the archive.
func (a *Archive) Walk(fn func(ref claims.RecordRef, ex *claims.Exchange) error) error {
	entries, err := os.ReadDir(a.dir)
	if err != nil {
		return fmt.Errorf("list archive: %w", err)
	}
	var names []string
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".warc.gz") || strings.HasSuffix(e.Name(), ".warc.gz"+openSuffix) {
			names = append(names, e.Name())
		}
	}
	sort.Strings(names)
	for _, name := range names {
		if err := a.walkFile(name, fn); err != nil {
			return err
		}
	}
	return nil
}

func (a *Archive) walkFile(name string, fn func(claims.RecordRef, *claims.Exchange) error) error {
	f, err := os.Open(filepath.Join(a.dir, name))
	if err != nil {
		return fmt.Errorf("read archive: %w", err)
	}
	defer f.Close()
	gowarcMu.Lock()
	r, err := gowarc.NewWarcFileReaderFromStream(bufio.NewReader(f), 0, lenient...)
	gowarcMu.Unlock()
	if err != nil {
		return fmt.Errorf("read %s: %w", name, err)
	}
	defer r.Close()
	for {
		rec, err := r.Next()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			// A torn tail after a crash: what came before is good.
			if strings.HasSuffix(name, openSuffix) {
				return nil
			}
			return fmt.Errorf("read %s: %w", name, err)
		}
		if rec.WarcRecord != nil && rec.WarcRecord.Type() == gowarc.Response {
			ex, xerr := exchangeOf(rec.WarcRecord)
			if xerr == nil {
				ref := claims.RecordRef{File: strings.TrimSuffix(name, openSuffix), Offset: rec.Offset}
				if err := fn(ref, ex); err != nil {
					_ = rec.Close()
					return err
				}
			}
		}
		_ = rec.Close()
	}
}

// PayloadSHA256 returns the hex sha256 of a payload, as Write computes it.
func PayloadSHA256(p []byte) string {
	sum := sha256.Sum256(p)
	return hex.EncodeToString(sum[:])
}

// Equal reports whether two exchanges carry the same status and payload.
func Equal(a, b *claims.Exchange) bool {
	return a.StatusCode == b.StatusCode && bytes.Equal(a.Payload, b.Payload)
}
