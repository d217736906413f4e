package e2e

import (
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/iecmh/endorse/internal/site"
)

var (
	siteOnce sync.Once
	siteDir  string
	siteErr  error
	tmpRoot  string
)

// TestMain closes the shared Chromium and removes the example site and
// the CLI built for the tests.
func TestMain(m *testing.M) {
	code := m.Run()
	chromium.Close()
	for _, dir := range []string{tmpRoot, cliDir} {
		if dir != "" {
			os.RemoveAll(dir)
		}
	}
	os.Exit(code)
}

// exampleSite builds the repository's example site (content/, rules/,
// templates/, static/, wasm/) once per test binary into a temporary
// directory and returns that directory.
func exampleSite(t testing.TB) string {
	t.Helper()
	root := repoRoot(t)
	siteOnce.Do(func() {
		tmpRoot, siteErr = os.MkdirTemp("", "endorse-e2e-")
		if siteErr != nil {
			return
		}
		siteDir = filepath.Join(tmpRoot, "public")
		_, siteErr = site.Build(site.Options{Root: root, Out: siteDir})
	})
	if siteErr != nil {
		t.Fatalf("building the example site: %v", siteErr)
	}
	return siteDir
}

// sharedWasmCache returns the repository's wasm build cache, for a test
// that builds a copy of the project, once the example site's build has
// filled it. The tests run in parallel, and two builds in one process
// compiling the same wasm at once write the same temporary file (the
// cache names it by process id): on a clean clone one of them failed.
func sharedWasmCache(t testing.TB) string {
	t.Helper()
	exampleSite(t)
	return filepath.Join(repoRoot(t), ".cache", "wasm")
}

// exampleServer serves the example site with its production headers.
func exampleServer(t testing.TB) string {
	t.Helper()
	return serveSite(t, exampleSite(t)).URL
}
