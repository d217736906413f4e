package site

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/BurntSushi/toml"

	"github.com/iecmh/endorse/internal/content"
)

var update = flag.Bool("update", false, "rewrite golden files and the committed netlify.toml")

// exampleSite loads the repository's content/site.toml.
func exampleSite(t *testing.T) *content.Site {
	t.Helper()
	s, l := content.LoadSite(os.DirFS(filepath.Join("..", "..")))
	if err := l.Err(); err != nil {
		t.Fatal(err)
	}
	return s
}

// TestNetlifyTOMLAgreesWithHeaders checks that the committed netlify.toml
// sets exactly the headers the build writes to _headers for the example
// site, in the same order. `go test ./internal/site -update` (or
// `endorse netlify`) rewrites it.
func TestNetlifyTOMLAgreesWithHeaders(t *testing.T) {
	file := filepath.Join("..", "..", "netlify.toml")
	s := exampleSite(t)
	rules := SiteHeaders(s)
	if *update {
		if err := os.WriteFile(file, NetlifyTOML(BuildCommand(s), rules), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	var cfg struct {
		Build   struct{ Command, Publish string }
		Headers []struct {
			For    string
			Values map[string]string
		}
	}
	if _, err := toml.Decode(string(data), &cfg); err != nil {
		t.Fatal(err)
	}
	if cfg.Build.Command != BuildCommand(s) || cfg.Build.Publish != "public" {
		t.Errorf("build = %+v", cfg.Build)
	}
	var got, want []string
	for _, h := range cfg.Headers {
		got = append(got, h.For+" "+fmt.Sprint(h.Values))
	}
	for _, r := range ParseHeadersFile(HeadersFile(rules)) {
		m := map[string]string{}
		for _, h := range r.Headers {
			m[h.Name] = h.Value
		}
		want = append(want, r.For+" "+fmt.Sprint(m))
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("netlify.toml headers:\n%s\n_headers:\n%s\n(run go test ./internal/site -update)", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestOverridesAreNarrower checks the table's one way of setting a header
// twice: a later rule for a narrower path replacing the site-wide value
// (Netlify lets the later of two matching rules win; merging the two
// values instead would make the embed pages' CSP two policies, the site's
// frame-ancestors 'none' among them).
func TestOverridesAreNarrower(t *testing.T) {
	s := &content.Site{Embed: content.Embed{Allow: []string{"https://a.example"}}}
	rules := SiteHeaders(s)
	seen := map[string]string{}
	for _, r := range rules {
		for _, h := range r.Headers {
			if prev, dup := seen[h.Name]; dup && (prev != "/*" || r.For == "/*") {
				t.Errorf("%s is set by %s and then by %s: only a narrower rule after /* may set it again", h.Name, prev, r.For)
			}
			if _, dup := seen[h.Name]; !dup {
				seen[h.Name] = r.For
			}
		}
	}
}

// TestLaterRuleOverrides pins HeadersFor's reading: one value per header,
// the last matching rule's.
func TestLaterRuleOverrides(t *testing.T) {
	rules := SiteHeaders(&content.Site{Embed: content.Embed{Allow: []string{"https://a.example", "http://localhost:8080"}}})
	get := func(p, name string) string {
		n := 0
		v := ""
		for _, h := range HeadersFor(rules, p) {
			if h.Name == name {
				n++
				v = h.Value
			}
		}
		if n != 1 {
			t.Errorf("%s: %s set %d times", p, name, n)
		}
		return v
	}
	cases := []struct{ path, header, want string }{
		{"/checker/", "Content-Security-Policy", CSP},
		{"/embed/checker/", "Content-Security-Policy", EmbedCSP([]string{"https://a.example", "http://localhost:8080"})},
		{"/embed/categories/ifs/", "Cross-Origin-Resource-Policy", "same-origin"},
		{"/embed/host.js", "Cross-Origin-Resource-Policy", "cross-origin"},
		{"/embedded/", "Content-Security-Policy", CSP},
	}
	for _, c := range cases {
		if got := get(c.path, c.header); got != c.want {
			t.Errorf("%s %s = %q, want %q", c.path, c.header, got, c.want)
		}
	}
	if !strings.HasSuffix(get("/embed/checker/", "Content-Security-Policy"), "frame-ancestors 'self' https://a.example http://localhost:8080") {
		t.Error("embed CSP does not end with the allowed origins")
	}
}

// TestNoEmbedRulesWithoutAllow: a site that allows no embedding has the
// site-wide table only, so no page may be framed.
func TestNoEmbedRulesWithoutAllow(t *testing.T) {
	if got := SiteHeaders(&content.Site{}); !reflect.DeepEqual(got, HeaderRules) {
		t.Errorf("rules = %v", got)
	}
}

func TestHeadersFor(t *testing.T) {
	names := func(p string) string {
		var n []string
		for _, h := range HeadersFor(HeaderRules, p) {
			n = append(n, h.Name)
		}
		return strings.Join(n, ",")
	}
	const page = "Content-Security-Policy,X-Content-Type-Options,Referrer-Policy,Permissions-Policy," +
		"Strict-Transport-Security,Cross-Origin-Opener-Policy,Cross-Origin-Resource-Policy"
	cases := map[string]string{
		"/about/":                       page,
		"/assets/css/site.1a2b3c4d.css": page + ",Cache-Control",
		"/assets/endorse.9f8e7d6c.wasm": page + ",Content-Type,Cache-Control",
		"/sitemap.xml":                  page,
	}
	for p, want := range cases {
		if got := names(p); got != want {
			t.Errorf("HeadersFor(%s) = %s, want %s", p, got, want)
		}
	}
}

// TestHeadersMeetObservatoryAPlus checks each page header against the
// Mozilla HTTP Observatory's test for it (scoring of 2024, the version in
// use): a CSP without unsafe-inline/unsafe-eval that sets default-src,
// object-src 'none', base-uri, form-action and frame-ancestors (which
// also passes the X-Frame-Options test); HSTS of at least six months;
// nosniff; a private Referrer-Policy; COOP and CORP. Those pass every
// test and earn the CSP, frame-ancestors and Referrer-Policy bonuses: A+.
func TestHeadersMeetObservatoryAPlus(t *testing.T) {
	got := map[string]string{}
	for _, h := range HeadersFor(HeaderRules, "/checker/") {
		got[h.Name] = h.Value
	}
	csp := map[string]string{}
	for _, d := range strings.Split(got["Content-Security-Policy"], ";") {
		name, value, _ := strings.Cut(strings.TrimSpace(d), " ")
		csp[name] = value
	}
	for _, d := range []string{"default-src", "object-src", "base-uri", "form-action", "frame-ancestors"} {
		if _, ok := csp[d]; !ok {
			t.Errorf("CSP lacks %s", d)
		}
	}
	if csp["object-src"] != "'none'" || csp["frame-ancestors"] != "'none'" {
		t.Errorf("CSP object-src %q, frame-ancestors %q: want 'none'", csp["object-src"], csp["frame-ancestors"])
	}
	for _, d := range []string{"default-src", "script-src", "style-src"} {
		if v := csp[d]; strings.Contains(v, "'unsafe-inline'") || strings.Contains(v, "'unsafe-eval'") ||
			strings.Contains(v, "*") || strings.Contains(v, "http:") || strings.Contains(v, "data:") {
			t.Errorf("CSP %s %q is not strict", d, v)
		}
	}
	var maxAge int
	if _, err := fmt.Sscanf(got["Strict-Transport-Security"], "max-age=%d", &maxAge); err != nil || maxAge < 15768000 {
		t.Errorf("Strict-Transport-Security %q: want max-age of at least six months", got["Strict-Transport-Security"])
	}
	want := map[string]string{
		"X-Content-Type-Options":       "nosniff",
		"Cross-Origin-Opener-Policy":   "same-origin",
		"Cross-Origin-Resource-Policy": "same-origin",
	}
	for name, v := range want {
		if got[name] != v {
			t.Errorf("%s = %q, want %q", name, got[name], v)
		}
	}
	switch got["Referrer-Policy"] {
	case "no-referrer", "same-origin", "strict-origin", "strict-origin-when-cross-origin":
	default:
		t.Errorf("Referrer-Policy %q leaks the path to other sites", got["Referrer-Policy"])
	}
}

// TestStaleNetlifyTOMLPosition checks that a netlify.toml out of step with
// the build is reported at the [[headers]] table that differs (or at the
// last one when a rule is missing), at the table's name.
func TestStaleNetlifyTOMLPosition(t *testing.T) {
	rules := []HeaderRule{
		{For: "/*", Headers: []Header{{Name: "X-A", Value: "1"}}},
		{For: "/embed/*", Headers: []Header{{Name: "X-B", Value: "2"}}},
	}
	for _, c := range []struct{ name, src, want string }{
		{"second differs", "[[headers]]\nfor = \"/*\"\n[headers.values]\nX-A = \"1\"\n\n  [[headers]]\nfor = \"/embed/*\"\n[headers.values]\nX-B = \"3\"\n", "netlify.toml:6:5"},
		{"one missing", "[[headers]]\nfor = \"/*\"\n[headers.values]\nX-A = \"1\"\n", "netlify.toml:1:3"},
	} {
		l := checkNetlifyTOML(fstest.MapFS{NetlifyFile: {Data: []byte(c.src)}}, rules)
		if len(l) != 1 || !strings.HasPrefix(l[0].String(), c.want+": ") {
			t.Errorf("%s: got %v, want one diagnostic at %s", c.name, l, c.want)
		}
	}
}
