package index

import (
	"strings"
	"unicode/utf8"

	"github.com/RadhiFadlillah/whatlanggo"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/standard"
	"github.com/blevesearch/bleve/v2/analysis/lang/ar"
	"github.com/blevesearch/bleve/v2/analysis/lang/cjk"
	"github.com/blevesearch/bleve/v2/analysis/lang/de"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/analysis/lang/es"
	"github.com/blevesearch/bleve/v2/analysis/lang/fr"
	"github.com/blevesearch/bleve/v2/analysis/lang/it"
	"github.com/blevesearch/bleve/v2/analysis/lang/nl"
	"github.com/blevesearch/bleve/v2/analysis/lang/pt"
	"github.com/blevesearch/bleve/v2/analysis/lang/ru"
)

// language is one stemmed text field of the index: the passages of a page
// in that language go there, analysed by its analyzer.
type language struct {
	code     string
	analyzer string
}

// stdLang is the fallback for pages in a language without an analyzer of
// its own (or none that can be told): Unicode words, lower-cased, not
// stemmed.
const stdLang = "std"

// languages the index has an analyzer for. Adding one is a line here and
// a MappingVersion bump; a query searches only the fields an index holds.
var languages = []language{
	{"en", en.AnalyzerName},
	{"fr", fr.AnalyzerName},
	{"de", de.AnalyzerName},
	{"es", es.AnalyzerName},
	{"it", it.AnalyzerName},
	{"pt", pt.AnalyzerName},
	{"nl", nl.AnalyzerName},
	{"ru", ru.AnalyzerName},
	{"ar", ar.AnalyzerName},
	{"cjk", cjk.AnalyzerName},
	{stdLang, standard.Name},
}

// textField is the name of a language's stemmed field.
func textField(code string) string { return "text_" + code }

// isTextField reports whether a field is one of the stemmed fields.
func isTextField(f string) bool {
	if !strings.HasPrefix(f, "text_") {
		return false
	}
	for _, l := range languages {
		if textField(l.code) == f {
			return true
		}
	}
	return false
}

// languageOf maps a page's language tag (en, en-GB, pt_BR, zh-Hant) to a
// supported code, or "" when there is none for it.
func languageOf(tag string) string {
	tag = primaryTag(tag)
	switch tag {
	case "":
		return ""
	case "zh", "ja", "ko":
		return "cjk"
	}
	for _, l := range languages {
		if l.code == tag && tag != stdLang {
			return tag
		}
	}
	return ""
}

// detectSample is how much text language detection reads: enough for a
// confident guess, little enough to stay cheap on long pages.
const detectSample = 4000

// chooseLanguage picks the stemmed field for a page (code) and the
// language to record for it (tag): its declared language when the index
// has an analyzer for it, else a detected one, else std. A page that
// declares a language the index has no analyzer for goes to std rather
// than being stemmed as something else.
func chooseLanguage(declared string, sample func() string) (code, tag string) {
	declared = primaryTag(declared)
	if declared != "" {
		if l := languageOf(declared); l != "" {
			return l, declared
		}
		return stdLang, declared
	}
	text := sample()
	if len(text) > detectSample {
		cut := detectSample
		for cut > 0 && !utf8.RuneStart(text[cut]) {
			cut--
		}
		text = text[:cut]
	}
	info := whatlanggo.Detect(text)
	if !info.IsReliable() {
		return stdLang, ""
	}
	tag = info.Lang.Iso6391()
	if l := languageOf(tag); l != "" {
		return l, tag
	}
	return stdLang, tag
}

// primaryTag is the language of a tag without region or script (en-GB:
// en), lower-cased.
func primaryTag(tag string) string {
	tag = strings.ToLower(strings.TrimSpace(tag))
	if i := strings.IndexAny(tag, "-_"); i >= 0 {
		tag = tag[:i]
	}
	return tag
}
