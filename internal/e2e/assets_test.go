package e2e

import (
	"crypto/sha512"
	"encoding/base64"
	"io"
	"net/http"
	"regexp"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// pageAsset is one file the checker page loads, with its SRI hash.
type pageAsset struct {
	URL       string `json:"url"`
	Integrity string `json:"integrity"`
}

// checkerAssets lists the scripts, stylesheets, wasm and rules.json the
// loaded checker page refers to.
const checkerAssets = `(() => {
  const d = document.getElementById("checker").dataset;
  const tags = [...document.querySelectorAll("script[src], link[rel=stylesheet]")]
    .map((e) => ({url: e.getAttribute("src") || e.getAttribute("href"), integrity: e.integrity}));
  return tags.concat([{url: d.wasm, integrity: d.wasmIntegrity}, {url: d.rules, integrity: d.rulesIntegrity}]);
})()`

// hashedName is /assets/<path>.<8 hex digits>.<ext>.
var hashedName = regexp.MustCompile(`^/assets/[a-z0-9_/.-]+\.[0-9a-f]{8}\.[a-z]+$`)

// TestCheckerAssets: every file the checker loads (wasm_exec.js, the
// bundle, the stylesheets, endorse.wasm, rules.json) has a content-hashed
// name and a SRI hash that matches the bytes served, is downloaded once
// (the preloads of the wasm and rules.json are reused), and the wasm is
// served as application/wasm.
func TestCheckerAssets(t *testing.T) {
	t.Parallel()
	b := newBrowser(t)
	origin := exampleServer(t)
	b.openChecker(t, origin)
	var list []pageAsset
	b.run(t, chromedp.Evaluate(checkerAssets, &list))
	kinds := map[string]bool{}
	requested := b.requestCounts()
	for _, a := range list {
		if n := requested[origin+a.URL]; n != 1 {
			t.Errorf("%s: requested %d times, want once", a.URL, n)
		}
		body, ctype := fetch(t, origin+a.URL)
		if !hashedName.MatchString(a.URL) {
			t.Errorf("%s: not a content-hashed asset name", a.URL)
		}
		if got := sri384(body); got != a.Integrity {
			t.Errorf("%s: integrity %q, bytes hash to %q", a.URL, a.Integrity, got)
		}
		ext := a.URL[strings.LastIndex(a.URL, ".")+1:]
		kinds[ext] = true
		if ext == "wasm" && ctype != "application/wasm" {
			t.Errorf("%s served as %q, want application/wasm", a.URL, ctype)
		}
	}
	for _, ext := range []string{"js", "css", "wasm", "json"} {
		if !kinds[ext] {
			t.Errorf("the checker loads no .%s asset: %+v", ext, list)
		}
	}
	b.checkClean(t, origin)
}

// fetch GETs url and returns its body and Content-Type.
func fetch(t testing.TB, url string) ([]byte, string) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil || resp.StatusCode != http.StatusOK {
		t.Fatalf("GET %s: %d %v", url, resp.StatusCode, err)
	}
	return body, resp.Header.Get("Content-Type")
}

// sri384 is the Subresource Integrity value of data.
func sri384(data []byte) string {
	sum := sha512.Sum384(data)
	return "sha384-" + base64.StdEncoding.EncodeToString(sum[:])
}

// requestCounts counts the requests the tab made per URL.
func (b *browser) requestCounts() map[string]int {
	b.mu.Lock()
	defer b.mu.Unlock()
	n := map[string]int{}
	for _, u := range b.requests {
		n[u]++
	}
	return n
}
