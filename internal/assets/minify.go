package assets

import (
	"bytes"
	"path"
	"regexp"
	"strings"

	"github.com/tdewolff/minify/v2"
	"github.com/tdewolff/minify/v2/css"
	"github.com/tdewolff/minify/v2/html"
	"github.com/tdewolff/minify/v2/js"
	"github.com/tdewolff/minify/v2/json"
	"github.com/tdewolff/minify/v2/svg"
	"github.com/tdewolff/minify/v2/xml"
)

// NewMinifier returns the one minifier configuration used for every page and
// asset. Media types: text/html, text/css, text/javascript and
// application/javascript, application/json (and +json), image/svg+xml,
// text/xml and application/xml (and +xml, e.g. sitemap, RSS).
//
// HTML choices, so minified pages stay valid and safe under a strict CSP:
// the doctype, <html>, <head> and <body> tags are kept (KeepDocumentTags);
// optional end tags are kept (KeepEndTags: </p>, </li> omission is legal
// but fragile with later edits and some validators); default attribute
// values are kept (KeepDefaultAttrVals: type="button" etc. remain
// explicit); quotes are dropped only where HTML allows it. Attributes such
// as integrity, crossorigin, nonce and aria-* are never removed. Comments
// are dropped except special ones.
func NewMinifier() *minify.M {
	m := minify.New()
	m.Add("text/html", &html.Minifier{
		KeepDocumentTags:    true,
		KeepEndTags:         true,
		KeepDefaultAttrVals: true,
		KeepSpecialComments: true,
	})
	m.AddFunc("text/css", css.Minify)
	m.AddFuncRegexp(regexp.MustCompile(`^(application|text)/(x-)?(java|ecma)script$`), js.Minify)
	m.AddFuncRegexp(regexp.MustCompile(`[/+]json$`), json.Minify)
	m.AddFunc("image/svg+xml", svg.Minify)
	m.AddFuncRegexp(regexp.MustCompile(`^(application|text)/(.+\+)?xml$`), xml.Minify)
	return m
}

// minifiable maps file extensions to the media type passed to the minifier
// when a static file is copied.
var minifiable = map[string]string{
	".svg":  "image/svg+xml",
	".json": "application/json",
	".xml":  "application/xml",
	".html": "text/html",
}

// minifyFile minifies data by the extension of name when the type is
// minifiable; other bytes (images, fonts) are returned unchanged.
func minifyFile(m *minify.M, name string, data []byte) ([]byte, error) {
	mt, ok := minifiable[strings.ToLower(path.Ext(name))]
	if !ok {
		return data, nil
	}
	var out bytes.Buffer
	if err := m.Minify(mt, &out, bytes.NewReader(data)); err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}
