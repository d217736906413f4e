package site

import (
	"strconv"
	"strings"

	"github.com/iecmh/endorse/internal/admin"
	"github.com/iecmh/endorse/internal/content"
)

// CSP is the Content-Security-Policy of every page: no inline scripts or
// styles, wasm compilation allowed, nothing from other origins, and no
// other site may frame the page.
const CSP = cspBase + "; frame-ancestors 'none'"

// cspBase is CSP without frame-ancestors, which depends on the path.
const cspBase = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'"

// EmbedCSP is the policy of the embed pages: the site's, except that the
// site itself and the origins of site.toml's embed.allow may frame them.
func EmbedCSP(origins []string) string {
	return cspBase + "; frame-ancestors 'self' " + strings.Join(origins, " ")
}

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

// HeaderRules is the table of response headers every site shares (a site
// with embeds gets more: SiteHeaders). The build writes a
// site's table as public/_headers, the committed netlify.toml holds the
// same rules (the build and a test check), and `endorse serve` applies
// the _headers of what it serves. Long-lived caching is only for
// /assets/, whose file names carry a content hash; HTML is revalidated so
// a deploy switches assets at once. Cross-Origin-Opener-Policy keeps other
// sites' windows from scripting the checker's tab;
// Cross-Origin-Resource-Policy keeps other sites from embedding its files
// (the rules JSON, the wasm) as their subresources. With these the site
// scores A+ on the Mozilla HTTP Observatory
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

// SiteHeaders is the header table of a site: HeaderRules, then, when
// site.toml allows embedding, the embed pages' policy and the host
// script's, and, when it has an [admin] table, the editor's.
//
// A path matched by several rules gets each header from the last rule
// that sets it: Netlify applies matching rules in order, a later rule's
// value replacing an earlier one's (its headers parser and `netlify dev`
// do so; see TestLaterRuleOverrides), and so do `endorse serve` and the
// browser tests. A header set twice is therefore only ever set again by a
// narrower rule after the site-wide one (TestOverridesAreNarrower).
func SiteHeaders(s *content.Site) []HeaderRule {
	rules := append([]HeaderRule(nil), HeaderRules...)
	if origins := s.Embed.Origins(); len(origins) > 0 {
		rules = append(rules,
			HeaderRule{For: EmbedPrefix + "*", Headers: []Header{{"Content-Security-Policy", EmbedCSP(origins)}}},
			// Host pages on other sites load this script: it must not be
			// same-origin only.
			HeaderRule{For: EmbedHostScript, Headers: []Header{{"Cross-Origin-Resource-Policy", "cross-origin"}}})
	}
	if s.Admin != nil {
		// The editor's own policy (admin.CSP says what Decap CMS needs),
		// and an opener policy that lets the sign-in window answer it.
		rules = append(rules, HeaderRule{For: admin.Prefix + "*", Headers: []Header{
			{"Content-Security-Policy", admin.CSP(s.Admin)},
			{"Cross-Origin-Opener-Policy", admin.OpenerPolicy},
		}})
	}
	return rules
}

// HeadersFor returns the headers rules set on a URL path, one per name:
// the value of the last matching rule, in the order names first appear.
func HeadersFor(rules []HeaderRule, urlPath string) []Header {
	var out []Header
	at := map[string]int{}
	for _, r := range rules {
		if !matchRule(r.For, urlPath) {
			continue
		}
		for _, h := range r.Headers {
			key := strings.ToLower(h.Name)
			if i, ok := at[key]; ok {
				out[i] = h
				continue
			}
			at[key] = len(out)
			out = append(out, h)
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

// HeadersFile renders rules in Netlify's _headers format.
func HeadersFile(rules []HeaderRule) []byte {
	var b strings.Builder
	for _, r := range rules {
		b.WriteString(r.For + "\n")
		for _, h := range r.Headers {
			b.WriteString("  " + h.Name + ": " + h.Value + "\n")
		}
	}
	return []byte(b.String())
}

// ParseHeadersFile reads a _headers file written by HeadersFile (blank
// lines and # comments are skipped).
func ParseHeadersFile(data []byte) []HeaderRule {
	var rules []HeaderRule
	for _, line := range strings.Split(string(data), "\n") {
		trimmed := strings.TrimSpace(line)
		switch {
		case trimmed == "" || strings.HasPrefix(trimmed, "#"):
		case line[0] != ' ' && line[0] != '\t':
			rules = append(rules, HeaderRule{For: trimmed})
		case len(rules) > 0:
			name, value, _ := strings.Cut(trimmed, ":")
			r := &rules[len(rules)-1]
			r.Headers = append(r.Headers, Header{strings.TrimSpace(name), strings.TrimSpace(value)})
		}
	}
	return rules
}

// NetlifyTOML renders netlify.toml: the build command, the publish
// directory and rules as [[headers]] tables, in order.
func NetlifyTOML(command string, rules []HeaderRule) []byte {
	var b strings.Builder
	b.WriteString(netlifyHead)
	b.WriteString("[build]\n  command = " + strconv.Quote(command) + "\n  publish = \"public\"\n")
	for _, r := range rules {
		b.WriteString("\n[[headers]]\n  for = " + strconv.Quote(r.For) + "\n  [headers.values]\n")
		for _, h := range r.Headers {
			b.WriteString("    " + h.Name + " = " + strconv.Quote(h.Value) + "\n")
		}
	}
	return []byte(b.String())
}

// BuildCommand is the command that builds the site on Netlify: `make
// build`, after `make cms` (npm) when the site publishes the editor,
// whose files come from npm.
func BuildCommand(s *content.Site) string {
	if s.Admin != nil {
		return "make cms build"
	}
	return "make build"
}

// netlifyHead is the comment netlify.toml starts with.
const netlifyHead = `# Netlify configuration, generated from content/site.toml (embed.allow,
# [admin]) and internal/site/headers.go. The build writes the same header
# rules to public/_headers and fails when this file disagrees with them, since
# Netlify would apply this file's stale values. Rewrite it with
# ` + "`endorse netlify`" + ` (go run ./cmd/endorse netlify) after changing those settings.

`
