package crawler

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzExtract feeds Extractor.Read any bytes under any declared type and
// charset: it must not panic or hang, must return UTF-8 text, and every
// link span must lie inside the text and hold the link's words.
func FuzzExtract(f *testing.F) {
	f.Add([]byte(discoveryPage), "text/html; charset=utf-8")
	f.Add([]byte("<html><head><meta charset=windows-1256></head><body><p>\xe3\xc7 \xca</p></body></html>"), "text/html")
	f.Add([]byte("\xef\xbb\xbf<p>bom <a href=x>link</a></p>"), "text/html; charset=iso-8859-1")
	f.Add([]byte("\xff\xfe<\x00p\x00>\x00"), "text/html")
	f.Add([]byte("<p>Caf\xe9</p>"), "text/html; charset=ISO-8859-1")
	f.Add([]byte("<meta http-equiv=Content-Type content='text/html; charset=Shift_JIS'><p>\x93\x8c\x8b\x9e</p>"), "")
	f.Add([]byte("<div><p>unclosed <b><i><a href='http://a.example/'>x<p>y</div></td></table>"), "text/html")
	f.Add([]byte("Title\n\nA [linked](https://example.test/a) paragraph.\n"), "text/markdown")
	f.Add([]byte("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF"), "application/pdf")
	f.Add(makePDF("fuzz me"), "application/pdf")
	f.Add([]byte{0, 1, 2, 3, 0xff}, "application/octet-stream")
	f.Add([]byte("<a href=\"\ue000\">\uec00</a><p>\ue001marks in the page itself\uec01</p>"), "text/html")
	f.Fuzz(func(t *testing.T, body []byte, ct string) {
		doc, err := Extractor{}.Read(body, ct, "https://fuzz.example/page")
		if err != nil {
			return
		}
		if !utf8.ValidString(doc.Text) {
			t.Fatalf("text is not UTF-8: %q", doc.Text)
		}
		if strings.ContainsFunc(doc.Text, isMark) {
			t.Fatalf("a link mark leaked into the text: %q", doc.Text)
		}
		for _, l := range doc.Links {
			if l.Start < 0 || l.End > len(doc.Text) || l.Start > l.End || doc.Text[l.Start:l.End] != l.Text {
				t.Fatalf("link span %d-%d out of the text or not its words (%q)", l.Start, l.End, l.Text)
			}
		}
	})
}
