package content

import (
	"net/url"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/iecmh/endorse/internal/diag"
)

// Limits of a site path, so every page and alias maps to a file name any
// file system accepts: a path segment becomes a directory or file name
// (255 bytes on Linux, macOS and Windows), and the whole path stays far
// below PATH_MAX once the output directory is prepended.
const (
	MaxSegmentBytes = 255
	MaxPathBytes    = 1024
)

// CleanPath returns the canonical form of a site path (a page URL or an
// alias, "/apply/fees/" or "/old.html") or, in why, the reason it cannot be
// one. The canonical form is percent-decoded ("/caf%C3%A9/" → "/café/"),
// because the output file is named by the decoded path: that is the file a
// web server looks up. A path is refused when it could name a file outside
// the output directory or none at all: a ".." or "." segment (also written
// %2e%2e), a backslash, an empty segment ("//"), a leading "//" or a scheme
// (another host), a control character or NUL, "?" or "#", an invalid UTF-8
// sequence, or a length over MaxSegmentBytes per segment or MaxPathBytes in
// all.
func CleanPath(p string) (clean, why string) {
	switch {
	case strings.HasPrefix(p, "//"):
		return "", "starts with // (that names another host): write a path on this site such as /old/"
	case !strings.HasPrefix(p, "/"):
		return "", "must start with /"
	case strings.ContainsAny(p, "?#"):
		return "", "contains ? or #: a query or fragment names no file"
	}
	dec := p
	if d, err := url.PathUnescape(p); err == nil {
		dec = d // "100%" is not an escape: kept as written
	}
	if why := badChars(dec); why != "" {
		return "", why
	}
	if len(dec) > MaxPathBytes {
		return "", "is " + strconv.Itoa(len(dec)) + " bytes long; at most " + strconv.Itoa(MaxPathBytes) + " are allowed"
	}
	segs := strings.Split(strings.TrimSuffix(dec[1:], "/"), "/")
	for _, s := range segs {
		switch {
		case s == "." || s == "..":
			return "", `contains a "` + s + `" segment: a path must stay inside the site`
		case s == "" && dec != "/": // "/%2f" decodes to "//"
			return "", "contains an empty segment (//)"
		case len(s) > MaxSegmentBytes:
			return "", "has a segment of " + strconv.Itoa(len(s)) + " bytes; at most " + strconv.Itoa(MaxSegmentBytes) + " are allowed (a file name)"
		}
	}
	return dec, ""
}

// badChars reports a character no output file name may hold.
func badChars(s string) string {
	if !utf8.ValidString(s) {
		return "is not valid UTF-8"
	}
	for _, r := range s {
		switch {
		case r == 0:
			return "contains a NUL character"
		case r < 0x20 || r == 0x7f:
			return "contains a control character"
		case r == '\\':
			return `contains a backslash (\): use / between segments`
		}
	}
	return ""
}

// cleanPaths puts the page's URL and aliases in canonical form (CleanPath)
// and reports one that cannot be a site path at the front matter key that
// set it (url, else slug, else the file name). A page with a bad URL is
// not usable: ok is false.
func (p *Page) cleanPaths() (l diag.List, ok bool) {
	u, why := CleanPath(p.URL)
	if why != "" {
		key, line, col := p.urlKey()
		l.Add(p.File, line, col, key+" makes the page URL "+strconv.Quote(p.URL)+", which "+whyText(why))
		return l, false
	}
	p.URL = u
	for i, a := range p.Aliases {
		c, why := CleanPath(a)
		if why != "" {
			line, col := p.KeyPos("aliases")
			l.Add(p.File, line, col, "alias "+strconv.Quote(a)+" "+why)
			continue
		}
		p.Aliases[i] = c
	}
	return l, len(l) == 0
}

// urlKey names what set the page's URL and where: the url key, the slug
// key, or the file's own name (no position).
func (p *Page) urlKey() (key string, line, col int) {
	for _, k := range []string{"url", "slug"} {
		if line, col := p.KeyPos(k); line > 0 {
			return k, line, col
		}
	}
	return "the file name", 0, 0
}

// whyText turns CleanPath's reason into the end of a sentence that
// begins "… which".
func whyText(why string) string {
	if strings.HasPrefix(why, "must ") {
		return "does not start with /"
	}
	return why
}
