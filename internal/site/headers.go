package site

import (
	"strconv"
	"strings"
)

// CSP is the Content-Security-Policy of every page: no inline scripts or
// styles, wasm compilation allowed, nothing from other origins.
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"

// HSTS keeps browsers on HTTPS for two years once they have seen the site
// over HTTPS (browsers ignore it over plain HTTP, so the loopback preview is
// unaffected). No includeSubDomains: an association's other subdomains
// (a membership platform, say) may not all serve HTTPS.
const HSTS = "max-age=63072000"

// Header is one HTTP response header.
type Header struct{ Name, Value string }

// HeaderRule sets headers on paths matching For (Netlify syntax: "/*"
// matches everything, "*" matches within a segment).
type HeaderRule struct {
	For     string
	Headers []Header
}

// HeaderRules is the one table of response headers. The build writes it as
// public/_headers, the committed netlify.toml holds the same rules (a test
// checks), and `endorse serve` may apply it via HeadersFor. Each header name
// appears in one rule only: Netlify merges a header set by several matching
// rules. Long-lived caching is only for /assets/, whose file names carry a
// content hash; HTML is revalidated so a deploy switches assets at once.
// Cross-Origin-Opener-Policy keeps other sites' windows from scripting the
// checker's tab; Cross-Origin-Resource-Policy keeps other sites from
// embedding its files (the rules JSON, the wasm) as their subresources.
// With these the site scores A+ on the Mozilla HTTP Observatory
// (TestHeadersMeetObservatoryAPlus checks each header against its test).
var HeaderRules = []HeaderRule{
	{For: "/*", Headers: []Header{
		{"Content-Security-Policy", CSP},
		{"X-Content-Type-Options", "nosniff"},
		{"Referrer-Policy", "strict-origin-when-cross-origin"},
		{"Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()"},
		{"Strict-Transport-Security", HSTS},
		{"Cross-Origin-Opener-Policy", "same-origin"},
		{"Cross-Origin-Resource-Policy", "same-origin"},
	}},
	{For: "/*.wasm", Headers: []Header{{"Content-Type", "application/wasm"}}},
	{For: "/assets/*", Headers: []Header{{"Cache-Control", "public, max-age=31536000, immutable"}}},
}

// HeadersFor returns the headers HeaderRules sets on a URL path, in table order.
func HeadersFor(urlPath string) []Header {
	var out []Header
	for _, r := range HeaderRules {
		if matchRule(r.For, urlPath) {
			out = append(out, r.Headers...)
		}
	}
	return out
}

// matchRule matches a Netlify path pattern where "*" matches any run of
// characters (including "/" when it ends the pattern).
func matchRule(pattern, p string) bool {
	prefix, suffix, star := strings.Cut(pattern, "*")
	if !star {
		return pattern == p
	}
	return len(p) >= len(prefix)+len(suffix) && strings.HasPrefix(p, prefix) && strings.HasSuffix(p, suffix)
}

// HeadersFile renders HeaderRules in Netlify's _headers format.
func HeadersFile() []byte {
	var b strings.Builder
	for _, r := range HeaderRules {
		b.WriteString(r.For + "\n")
		for _, h := range r.Headers {
			b.WriteString("  " + h.Name + ": " + h.Value + "\n")
		}
	}
	return []byte(b.String())
}

// NetlifyTOML renders the committed netlify.toml: the build command, the
// publish directory and HeaderRules as [[headers]] tables.
func NetlifyTOML() []byte {
	var b strings.Builder
	b.WriteString("# Netlify configuration. The [[headers]] are generated from HeaderRules in\n")
	b.WriteString("# internal/site/headers.go (the build writes the same rules to public/_headers);\n")
	b.WriteString("# a test fails when this file and that table disagree.\n\n")
	b.WriteString("[build]\n  command = \"make build\"\n  publish = \"public\"\n")
	for _, r := range HeaderRules {
		b.WriteString("\n[[headers]]\n  for = " + strconv.Quote(r.For) + "\n  [headers.values]\n")
		for _, h := range r.Headers {
			b.WriteString("    " + h.Name + " = " + strconv.Quote(h.Value) + "\n")
		}
	}
	return []byte(b.String())
}
