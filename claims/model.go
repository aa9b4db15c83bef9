package claims

import (
	"time"
)

// Document is what the crawler reads from one page: its metadata and its
// main text. Text holds the paragraphs separated by a blank line; every
// offset elsewhere (links, passages, claims) is a byte offset into Text.
type Document struct {
	URL       string    `json:"url"`
	FinalURL  string    `json:"final_url,omitempty"`
	Title     string    `json:"title"`
	Publisher string    `json:"publisher"`
	Published time.Time `json:"published,omitzero"`
	Modified  time.Time `json:"modified,omitzero"`
	Byline    string    `json:"byline"`
	Language  string    `json:"language"`
	Text      string    `json:"text"`
	// Links are the hyperlinks inside the main text, with the span of their
	// anchor text in Text: the citations of a story.
	Links []Link `json:"links,omitempty"`
	// Short is set when the main text is suspiciously short for an article
	// (a paywall, a consent wall, a page that needs JavaScript).
	Short bool `json:"short,omitempty"`
	// Extractor names the method that produced Text, for diagnosis.
	Extractor string `json:"extractor,omitempty"`
}

// Link is a hyperlink in a document's main text.
type Link struct {
	URL   string `json:"url"`
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// Paragraphs returns the byte spans of the paragraphs of a document text.
func Paragraphs(text string) []Span {
	var out []Span
	start := -1
	for i := 0; i <= len(text); i++ {
		atBreak := i == len(text) || (text[i] == '\n' && i+1 < len(text) && text[i+1] == '\n')
		if atBreak {
			if start >= 0 {
				s, e := trimSpan(text, start, i)
				if e > s {
					out = append(out, Span{s, e})
				}
				start = -1
			}
			continue
		}
		if start < 0 && text[i] != '\n' {
			start = i
		}
	}
	return out
}

func trimSpan(text string, s, e int) (int, int) {
	for s < e && isSpaceByte(text[s]) {
		s++
	}
	for e > s && isSpaceByte(text[e-1]) {
		e--
	}
	return s, e
}

func isSpaceByte(b byte) bool { return b == ' ' || b == '\n' || b == '\t' || b == '\r' }

// Span is a half-open byte range [Start, End) in a text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len is the length of the span in bytes.
func (s Span) Len() int { return s.End - s.Start }

// Contains reports whether o lies inside s.
func (s Span) Contains(o Span) bool { return o.Start >= s.Start && o.End <= s.End }

// Overlaps reports whether the spans share a byte.
func (s Span) Overlaps(o Span) bool { return s.Start < o.End && o.Start < s.End }

// Source statuses, as in the report.
const (
	StatusOK      = "ok"
	StatusError   = "error"
	StatusBlocked = "blocked"
)

// Fetch is one retrieval of a URL, as the archive holds it.
type Fetch struct {
	ID          string            `json:"id"`
	URL         string            `json:"url"`
	FinalURL    string            `json:"final_url"`
	Status      string            `json:"status"`
	HTTPStatus  int               `json:"http_status,omitempty"`
	Error       string            `json:"error,omitempty"`
	ContentType string            `json:"content_type,omitempty"`
	SHA256      string            `json:"sha256,omitempty"`
	Bytes       int64             `json:"bytes,omitempty"`
	Redirects   []string          `json:"redirects,omitempty"`
	Headers     map[string]string `json:"headers,omitempty"`
	Record      RecordRef         `json:"record,omitzero"`
	FetchedAt   time.Time         `json:"fetched_at"`
	// Changed is set on a conditional re-fetch: false when the server
	// answered 304 or the payload digest is unchanged.
	Changed *bool `json:"changed,omitempty"`
	// FromArchive is set when the page was not fetched again but replayed
	// from the archive.
	FromArchive bool `json:"from_archive,omitempty"`
	// Body is the decoded payload (content-encoding removed); not stored in
	// the catalogue, it lives in the archive.
	Body []byte `json:"-"`
}

// RecordRef locates an archived response record.
type RecordRef struct {
	File   string `json:"file"`
	Offset int64  `json:"offset"`
}

// IsZero reports whether the reference points nowhere.
func (r RecordRef) IsZero() bool { return r.File == "" }

// Source is a page an article cites, as the report shows it.
type Source struct {
	ID        string `json:"id"`
	URL       string `json:"url"`
	FinalURL  string `json:"final_url"`
	Publisher string `json:"publisher"`
	Title     string `json:"title"`
	Published string `json:"published"`
	Status    string `json:"status"`
	Error     string `json:"error,omitempty"`
	SHA256    string `json:"sha256"`
	FetchedAt string `json:"fetched_at"`

	HTTPStatus  int       `json:"http_status,omitempty"`
	ContentType string    `json:"content_type,omitempty"`
	Byline      string    `json:"byline,omitempty"`
	Language    string    `json:"language,omitempty"`
	Redirects   []string  `json:"redirects,omitempty"`
	Archive     RecordRef `json:"archive,omitzero"`
	FromArchive bool      `json:"from_archive,omitempty"`
	Changed     *bool     `json:"changed,omitempty"`
	Short       bool      `json:"short,omitempty"`
	// CitedAs is the anchor text or the words that cite the source.
	CitedAs string `json:"cited_as,omitempty"`

	// Doc is the extracted page; not part of the report.
	Doc *Document `json:"-"`
}

// OK reports whether the source was fetched and read.
func (s *Source) OK() bool { return s.Status == StatusOK && s.Doc != nil }

// Passage is a searchable piece of a source: a paragraph, or a few
// sentences of a long one, with its place in the source's text.
type Passage struct {
	ID        string    `json:"id"`
	SourceID  string    `json:"source_id"`
	URL       string    `json:"url"`
	Publisher string    `json:"publisher"`
	Title     string    `json:"title"`
	Language  string    `json:"language"`
	Published time.Time `json:"published,omitzero"`
	Seq       int       `json:"seq"`
	Start     int       `json:"start"`
	End       int       `json:"end"`
	Text      string    `json:"text"`
}

// Claim kinds and statuses, as in the report.
const (
	KindQuote     = "quote"
	KindNumber    = "number"
	KindName      = "name"
	KindDate      = "date"
	KindStatement = "statement"

	Supported    = "supported"
	Contradicted = "contradicted"
	Unsupported  = "unsupported"
	Unverifiable = "unverifiable"
)

// Claim is one checkable statement of the article.
type Claim struct {
	ID           string    `json:"id"`
	Kind         string    `json:"kind"`
	Text         string    `json:"text"`
	Sentence     string    `json:"sentence"`
	Speaker      string    `json:"speaker,omitempty"`
	AttributedTo string    `json:"attributed_to,omitempty"`
	Value        string    `json:"value,omitempty"`
	Status       string    `json:"status"`
	Support      []Support `json:"support"`
	Start        int       `json:"start"`
	End          int       `json:"end"`
	// Note says why the status was given when it is not plain support.
	Note string `json:"note,omitempty"`
	// CitedURL is the source the article links from the claim's sentence.
	CitedURL string `json:"cited_url,omitempty"`
	// Document is the document the story credits the claim to, when it
	// names one rather than an outlet ("a statement", "a news release").
	Document string `json:"document,omitempty"`

	// Detail holds what the reading found: what a figure counts, its
	// interval, a name's aliases, a date's stated weekday.
	Detail *Detail `json:"detail,omitempty"`

	// The analysis behind the claim, for the judge; not in the report.
	Quote  *Quote       `json:"-"`
	Figure *Figure      `json:"-"`
	Entity *Entity      `json:"-"`
	Date   *DateMention `json:"-"`
	Stmt   *Attribution `json:"-"`
}

// Detail is the structured reading behind a claim.
type Detail struct {
	Counts    string   `json:"counts,omitempty"`
	Of        string   `json:"of,omitempty"`
	Unit      string   `json:"unit,omitempty"`
	Qualifier string   `json:"qualifier,omitempty"`
	Low       *float64 `json:"low,omitempty"`
	High      *float64 `json:"high,omitempty"`
	Scope     string   `json:"scope,omitempty"`
	Reporter  string   `json:"reporter,omitempty"`
	Aliases   []string `json:"aliases,omitempty"`
	Forms     []string `json:"forms,omitempty"`
	Titles    []string `json:"titles,omitempty"`
	Weekday   string   `json:"weekday,omitempty"`
	Note      string   `json:"note,omitempty"`
}

// Evidence relations.
const (
	Supports    = "supports"
	Contradicts = "contradicts"
	Partial     = "partial"
)

// Support links a claim to a passage of a source.
type Support struct {
	SourceID  string  `json:"source_id"`
	URL       string  `json:"url"`
	Passage   string  `json:"passage"`
	Relation  string  `json:"relation"`
	Score     float64 `json:"score"`
	PassageID string  `json:"passage_id,omitempty"`
	// Start and End place the passage in the source's extracted text.
	Start int `json:"start"`
	End   int `json:"end"`
	// Value is what the passage says for the claim (a figure, a name,
	// the quoted words) when it differs from the claim.
	Value string `json:"value,omitempty"`
}

// Discrepancy kinds and severities, as in the report.
const (
	DiscName        = "name"
	DiscNumber      = "number"
	DiscDate        = "date"
	DiscQuote       = "quote"
	DiscAttribution = "attribution"
	DiscUnsupported = "unsupported"

	High   = "high"
	Medium = "medium"
	Low    = "low"
)

// SeverityRank orders severities: high 3, medium 2, low 1, anything else 0.
func SeverityRank(s string) int {
	switch s {
	case High:
		return 3
	case Medium:
		return 2
	case Low:
		return 1
	}
	return 0
}

// Discrepancy is something in the story that does not fit its sources.
type Discrepancy struct {
	ID       string     `json:"id"`
	Kind     string     `json:"kind"`
	Severity string     `json:"severity"`
	Summary  string     `json:"summary"`
	ClaimIDs []string   `json:"claim_ids"`
	Evidence []Evidence `json:"evidence"`
	// Why explains the rule that fired, for an editor who doubts it.
	Why string `json:"why,omitempty"`
	// Review is the editor's decision on this finding, if any.
	Review *Review `json:"review,omitempty"`
}

// Evidence is one of the conflicting values of a discrepancy and where it
// stands.
type Evidence struct {
	Where    string `json:"where"`
	URL      string `json:"url"`
	SourceID string `json:"source_id,omitempty"`
	Value    string `json:"value"`
	Text     string `json:"text"`
	// Publisher names the source for display.
	Publisher string `json:"publisher,omitempty"`
	// Marks are byte spans of Text that differ from the other side (the
	// changed words of a misquote).
	Marks []Span `json:"marks,omitempty"`
}

// Review decisions.
const (
	Confirmed = "confirmed"
	Dismissed = "dismissed"
)

// Review is an editor's decision on a discrepancy.
type Review struct {
	ID            string    `json:"id"`
	DiscrepancyID string    `json:"discrepancy_id"`
	Decision      string    `json:"decision"`
	Note          string    `json:"note"`
	Reviewer      string    `json:"reviewer"`
	CreatedAt     time.Time `json:"created_at"`
}

// ArticleInfo heads a report.
type ArticleInfo struct {
	URL       string `json:"url"`
	Title     string `json:"title"`
	Publisher string `json:"publisher"`
	Published string `json:"published"`
	Byline    string `json:"byline,omitempty"`
}

// Summary counts a report.
type Summary struct {
	Claims        int `json:"claims"`
	Supported     int `json:"supported"`
	Discrepancies int `json:"discrepancies"`
	SourcesOK     int `json:"sources_ok"`
	SourcesFailed int `json:"sources_failed"`

	Contradicted int            `json:"contradicted"`
	Unsupported  int            `json:"unsupported"`
	Unverifiable int            `json:"unverifiable"`
	BySeverity   map[string]int `json:"by_severity"`
	Dismissed    int            `json:"dismissed"`
}

// Report is the result of an audit, in the shape of the JSON report.
type Report struct {
	AuditID       string        `json:"audit_id,omitempty"`
	GeneratedAt   string        `json:"generated_at,omitempty"`
	Article       ArticleInfo   `json:"article"`
	Sources       []Source      `json:"sources"`
	Claims        []Claim       `json:"claims"`
	Discrepancies []Discrepancy `json:"discrepancies"`
	Summary       Summary       `json:"summary"`
	// Uncited lists outlets the story credits in words but does not link,
	// so that nothing was fetched for them.
	Uncited []string `json:"uncited,omitempty"`
	// Text is the article's main text, for renderers that show the story.
	Text string `json:"text,omitempty"`
}

// Summarise fills r.Summary from the report's contents. Dismissed findings
// are counted apart and not in Discrepancies or BySeverity.
func (r *Report) Summarise() {
	s := Summary{Claims: len(r.Claims), BySeverity: map[string]int{High: 0, Medium: 0, Low: 0}}
	for _, c := range r.Claims {
		switch c.Status {
		case Supported:
			s.Supported++
		case Contradicted:
			s.Contradicted++
		case Unsupported:
			s.Unsupported++
		case Unverifiable:
			s.Unverifiable++
		}
	}
	for _, d := range r.Discrepancies {
		if d.Review != nil && d.Review.Decision == Dismissed {
			s.Dismissed++
			continue
		}
		s.Discrepancies++
		s.BySeverity[d.Severity]++
	}
	for _, src := range r.Sources {
		if src.Status == StatusOK {
			s.SourcesOK++
		} else {
			s.SourcesFailed++
		}
	}
	r.Summary = s
}

// Worst returns the highest severity among the open (not dismissed)
// discrepancies, or "" when there are none.
func (r *Report) Worst() string {
	worst := ""
	for _, d := range r.Discrepancies {
		if d.Review != nil && d.Review.Decision == Dismissed {
			continue
		}
		if SeverityRank(d.Severity) > SeverityRank(worst) {
			worst = d.Severity
		}
	}
	return worst
}
