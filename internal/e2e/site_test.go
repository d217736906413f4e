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

// exampleServer serves the example site with its production headers.
func exampleServer(t testing.TB) string {
	t.Helper()
	return serveSite(t, exampleSite(t)).URL
}
