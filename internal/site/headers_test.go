package site

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/BurntSushi/toml"
)

var update = flag.Bool("update", false, "rewrite golden files and the committed netlify.toml")

// TestNetlifyTOMLAgreesWithHeaders checks that the committed netlify.toml
// sets exactly the headers of HeaderRules, which the build writes to
// _headers. `go test ./internal/site -update` rewrites it.
func TestNetlifyTOMLAgreesWithHeaders(t *testing.T) {
	file := filepath.Join("..", "..", "netlify.toml")
	if *update {
		if err := os.WriteFile(file, NetlifyTOML(), 0o644); err != nil {
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
	if cfg.Build.Command != "make build" || cfg.Build.Publish != "public" {
		t.Errorf("build = %+v", cfg.Build)
	}
	got := map[string]map[string]string{}
	for _, h := range cfg.Headers {
		got[h.For] = h.Values
	}
	if want := parseHeadersFile(string(HeadersFile())); !reflect.DeepEqual(got, want) {
		t.Errorf("netlify.toml headers:\n%v\n_headers:\n%v\n(run go test ./internal/site -update)", got, want)
	}
}

// parseHeadersFile reads Netlify's _headers format.
func parseHeadersFile(s string) map[string]map[string]string {
	out := map[string]map[string]string{}
	var cur map[string]string
	for _, line := range strings.Split(s, "\n") {
		if line == "" {
			continue
		}
		if !strings.HasPrefix(line, " ") {
			cur = map[string]string{}
			out[line] = cur
			continue
		}
		name, value, _ := strings.Cut(strings.TrimSpace(line), ": ")
		cur[name] = value
	}
	return out
}

func TestEachHeaderInOneRule(t *testing.T) {
	seen := map[string]string{}
	for _, r := range HeaderRules {
		for _, h := range r.Headers {
			if prev, dup := seen[h.Name]; dup {
				t.Errorf("%s is set by %s and %s: Netlify would merge them", h.Name, prev, r.For)
			}
			seen[h.Name] = r.For
		}
	}
}

func TestHeadersFor(t *testing.T) {
	names := func(p string) string {
		var n []string
		for _, h := range HeadersFor(p) {
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
	for _, h := range HeadersFor("/checker/") {
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
