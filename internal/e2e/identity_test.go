package e2e

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/iecmh/endorse/internal/engine"
)

// goldenCase is the part of a rules/cases file this test needs.
type goldenCase struct {
	AsOf    string          `json:"as_of"`
	Profile json.RawMessage `json:"profile"`
}

// identityCases are a few golden cases (rules/cases) whose profiles use
// different parts of the format: catalog courses, unanswered keys, RSC
// with provider rules and warnings, an internship, renewal, a degree
// pathway, a prerequisite endorsement, the credential. The engine's golden
// tests pin every case's report; this test checks that the published wasm,
// in the real page, returns the same bytes for these.
var identityCases = []string{
	"imhs/catalog-courses-count-2025", "imhs/references-not-answered",
	"ecfs/rsc-three-providers-warning", "ecmhs/internship-endorsed-supervisor-2025",
	"imhm-c/renewal-held-three-years-to-the-day", "ifa/associate-degree-pathway",
	"ers/mhs-pathway", "credential/course-after-as-of",
}

// TestWasmMatchesCLI evaluates a few golden case profiles twice: with the
// engine as `endorse eval --format json` runs it (in-process, on the
// published rules.json) and with the wasm engine in the checker page. The
// reports must be byte-identical.
func TestWasmMatchesCLI(t *testing.T) {
	t.Parallel()
	b := newBrowser(t)
	origin := exampleServer(t)
	rulesJSON := publishedAsset(t, "rules.*.json")
	b.openChecker(t, origin)
	for _, name := range identityCases {
		t.Run(name, func(t *testing.T) {
			c := readCase(t, filepath.Join(repoRoot(t), "rules", "cases", name+".json"))
			want, err := engine.EvaluateJSON(rulesJSON, c.Profile, c.AsOf, "")
			if err != nil {
				t.Fatal(err)
			}
			var got string
			b.run(t, chromedp.Evaluate(`endorseEngine.evaluate(`+jsString(string(c.Profile))+`, `+jsString(c.AsOf)+`, "")[0]`, &got))
			if got != string(want) {
				t.Errorf("wasm and CLI reports differ\nwasm: %.300s\ncli:  %.300s", got, want)
			}
		})
	}
	b.checkClean(t, origin)
}

var (
	cliOnce sync.Once
	cliDir  string // removed by TestMain
	cliPath string
	cliErr  error
)

// buildCLI compiles cmd/endorse once per test binary into a temporary
// directory and returns the binary's path (linking it costs seconds).
func buildCLI(t testing.TB, root string) string {
	t.Helper()
	cliOnce.Do(func() {
		if cliDir, cliErr = os.MkdirTemp("", "endorse-e2e-cli-"); cliErr != nil {
			return
		}
		cliPath = filepath.Join(cliDir, "endorse")
		cmd := exec.Command("go", "build", "-o", cliPath, "./cmd/endorse")
		cmd.Dir = root
		if out, err := cmd.CombinedOutput(); err != nil {
			cliErr = fmt.Errorf("go build ./cmd/endorse: %v\n%s", err, out)
		}
	})
	if cliErr != nil {
		t.Fatal(cliErr)
	}
	return cliPath
}

// readCase reads a golden case.
func readCase(t testing.TB, file string) goldenCase {
	t.Helper()
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	var c goldenCase
	if err := json.Unmarshal(data, &c); err != nil {
		t.Fatalf("%s: %v", file, err)
	}
	return c
}
