package site

import (
	"html/template"
	"sort"
	"strings"
)

// sitemapXML lists every page URL (absolute, sorted).
func sitemapXML(base string, urls []string) []byte {
	sorted := append([]string(nil), urls...)
	sort.Strings(sorted)
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n")
	b.WriteString(`<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">` + "\n")
	for _, u := range sorted {
		b.WriteString("  <url><loc>" + template.HTMLEscapeString(absURL(base, u)) + "</loc></url>\n")
	}
	b.WriteString("</urlset>\n")
	return []byte(b.String())
}

// robotsTXT allows every crawler and names the sitemap.
func robotsTXT(base string) []byte {
	return []byte("User-agent: *\nAllow: /\n\nSitemap: " + absURL(base, "/sitemap.xml") + "\n")
}

// alias is one old URL that now redirects.
type alias struct{ From, To, File string }

// redirectsFile renders Netlify's _redirects: one permanent redirect per
// alias, sorted. The redirects are forced ("301!") because the build also
// writes an alias page at each old URL, and Netlify would otherwise serve
// that file instead of redirecting.
func redirectsFile(as []alias) []byte {
	lines := make([]string, len(as))
	for i, a := range as {
		lines[i] = escapeURL(a.From) + " " + escapeURL(a.To) + " 301!\n"
	}
	sort.Strings(lines)
	return []byte(strings.Join(lines, ""))
}

// aliasHTML is the page written at an alias URL for hosts that do not read
// _redirects (and for `endorse serve`): a meta refresh (allowed under the
// CSP), a canonical link and a plain link for people.
func aliasHTML(lang, target, canonical string) []byte {
	t, c := template.HTMLEscapeString(target), template.HTMLEscapeString(canonical)
	return []byte(`<!doctype html><html lang="` + template.HTMLEscapeString(lang) + `"><head><meta charset="utf-8">` +
		`<title>Moved</title><meta name="robots" content="noindex"><link rel="canonical" href="` + c + `">` +
		`<meta http-equiv="refresh" content="0; url=` + t + `"></head>` +
		`<body><p>This page has moved to <a href="` + t + `">` + t + `</a>.</p></body></html>` + "\n")
}

// absURL joins the site's base URL and a root-relative URL, percent-
// encoded (escapeURL): page URLs are kept decoded ("/café/", the name of
// the file), and a sitemap, og:url or canonical link must be a valid URL.
func absURL(base, u string) string {
	if strings.Contains(u, "://") {
		return u
	}
	return strings.TrimSuffix(base, "/") + "/" + escapeURL(strings.TrimPrefix(u, "/"))
}

// escapeURL percent-encodes what may not appear in a URL (spaces, quotes,
// non-ASCII letters, controls) and leaves the rest, including escapes
// already written ("%20") and the query and fragment delimiters.
func escapeURL(u string) string {
	const hex = "0123456789ABCDEF"
	var b strings.Builder
	for i := 0; i < len(u); i++ {
		c := u[i]
		switch {
		case c == '%' && i+2 < len(u) && isHex(u[i+1]) && isHex(u[i+2]),
			c != '%' && c > ' ' && c < 0x7f && !strings.ContainsRune(`"<>\^`+"`{|}", rune(c)):
			b.WriteByte(c)
		default:
			b.WriteByte('%')
			b.WriteByte(hex[c>>4])
			b.WriteByte(hex[c&15])
		}
	}
	return b.String()
}

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}
