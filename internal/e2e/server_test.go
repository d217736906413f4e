package e2e

import (
	"net/http"
	"net/http/httptest"
	"os"
	"path"
	"path/filepath"
	"strings"
	"testing"

	"github.com/iecmh/endorse/internal/site"
)

// contractCSP holds the directives CONTRACTS.md requires of the site's
// Content-Security-Policy; the _headers file may add stricter ones.
var contractCSP = []string{"default-src 'self'", "script-src 'self' 'wasm-unsafe-eval'", "style-src 'self'"}

// headerRule is one block of a Netlify _headers file: a path pattern and
// the headers it sets.
type headerRule struct {
	pattern string
	headers [][2]string
}

// readHeaders parses dir/_headers (as the build writes it; see
// site.ParseHeadersFile). A missing file yields no rules.
func readHeaders(t testing.TB, dir string) []headerRule {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(dir, "_headers"))
	if os.IsNotExist(err) {
		return nil
	}
	if err != nil {
		t.Fatal(err)
	}
	var rules []headerRule
	for _, r := range site.ParseHeadersFile(data) {
		hr := headerRule{pattern: r.For}
		for _, h := range r.Headers {
			hr.headers = append(hr.headers, [2]string{h.Name, h.Value})
		}
		rules = append(rules, hr)
	}
	return rules
}

// matches reports whether a _headers pattern ("/*", "/assets/*",
// "/*.wasm", "/x/") applies to urlPath; "*" matches any run of characters.
func (r headerRule) matches(urlPath string) bool {
	prefix, suffix, star := strings.Cut(r.pattern, "*")
	if !star {
		return r.pattern == urlPath
	}
	return len(urlPath) >= len(prefix)+len(suffix) &&
		strings.HasPrefix(urlPath, prefix) && strings.HasSuffix(urlPath, suffix)
}

// siteHandler serves the built site in dir like the production host does:
// the _headers rules applied to every response, pretty URLs, and 404.html
// with status 404 for anything missing.
func siteHandler(dir string, rules []headerRule) http.Handler {
	files := http.FileServer(http.Dir(dir))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		for _, rule := range rules {
			if rule.matches(r.URL.Path) {
				for _, h := range rule.headers {
					w.Header().Set(h[0], h[1])
				}
			}
		}
		if !exists(dir, r.URL.Path) {
			serve404(w, dir)
			return
		}
		files.ServeHTTP(w, r)
	})
}

// exists reports whether urlPath names a file, or a directory with an
// index.html, below dir.
func exists(dir, urlPath string) bool {
	name := filepath.Join(dir, filepath.FromSlash(path.Clean("/"+urlPath)))
	fi, err := os.Stat(name)
	if err == nil && fi.IsDir() {
		_, err = os.Stat(filepath.Join(name, "index.html"))
	}
	return err == nil
}

// serve404 answers with the site's 404 page.
func serve404(w http.ResponseWriter, dir string) {
	body, err := os.ReadFile(filepath.Join(dir, "404.html"))
	if err != nil {
		http.NotFound(w, nil)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(http.StatusNotFound)
	w.Write(body)
}

// serveSite serves dir on loopback for the test's lifetime and returns the
// server. The _headers file must give every page a CSP with the contract's
// directives.
func serveSite(t testing.TB, dir string) *httptest.Server {
	t.Helper()
	rules := readHeaders(t, dir)
	csp := cspFor(rules, "/")
	for _, d := range contractCSP {
		if !hasDirective(csp, d) {
			t.Fatalf("_headers: Content-Security-Policy on / is %q, lacks %q", csp, d)
		}
	}
	srv := httptest.NewServer(siteHandler(dir, rules))
	t.Cleanup(srv.Close)
	return srv
}

// cspFor returns the Content-Security-Policy the rules give urlPath.
func cspFor(rules []headerRule, urlPath string) string {
	csp := ""
	for _, r := range rules {
		for _, h := range r.headers {
			if r.matches(urlPath) && strings.EqualFold(h[0], "Content-Security-Policy") {
				csp = h[1]
			}
		}
	}
	return csp
}

// hasDirective reports whether csp contains directive exactly (as one of
// its ";"-separated parts).
func hasDirective(csp, directive string) bool {
	for _, part := range strings.Split(csp, ";") {
		if strings.Join(strings.Fields(part), " ") == directive {
			return true
		}
	}
	return false
}
