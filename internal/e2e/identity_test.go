package e2e

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/chromedp/chromedp"
)

// goldenCase is the part of a rules/cases file this test needs.
type goldenCase struct {
	AsOf    string          `json:"as_of"`
	Profile json.RawMessage `json:"profile"`
}

// TestWasmMatchesCLI evaluates every golden case profile (rules/cases)
// twice: with `endorse eval --format json` and with the wasm engine in the
// checker page, fed the published rules.json. The reports must be
// byte-identical (the CLI adds one newline).
func TestWasmMatchesCLI(t *testing.T) {
	t.Parallel()
	b := newBrowser(t)
	origin := exampleServer(t)
	root := repoRoot(t)
	files, _ := filepath.Glob(filepath.Join(root, "rules", "cases", "*", "*.json"))
	if len(files) == 0 {
		t.Fatal("no golden cases in rules/cases")
	}
	cli := buildCLI(t, root)
	b.openChecker(t, origin)
	for _, f := range files {
		name, _ := filepath.Rel(root, f)
		t.Run(name, func(t *testing.T) {
			c, profileFile := readCase(t, f)
			want := runEval(t, cli, root, profileFile, c.AsOf)
			var got string
			b.run(t, chromedp.Evaluate(`endorseEngine.evaluate(`+jsString(string(c.Profile))+`, `+jsString(c.AsOf)+`, "")[0]`, &got))
			if got+"\n" != string(want) {
				t.Errorf("wasm and CLI reports differ\nwasm: %.300s\ncli:  %.300s", got, want)
			}
		})
	}
	b.checkClean(t, origin)
}

// buildCLI compiles cmd/endorse into a temporary directory.
func buildCLI(t testing.TB, root string) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "endorse")
	cmd := exec.Command("go", "build", "-o", bin, "./cmd/endorse")
	cmd.Dir = root
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build ./cmd/endorse: %v\n%s", err, out)
	}
	return bin
}

// readCase reads a golden case and writes its profile to a file.
func readCase(t testing.TB, file string) (goldenCase, string) {
	t.Helper()
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	var c goldenCase
	if err := json.Unmarshal(data, &c); err != nil {
		t.Fatalf("%s: %v", file, err)
	}
	p := filepath.Join(t.TempDir(), "profile.json")
	write(t, filepath.Dir(p), "profile.json", string(c.Profile))
	return c, p
}

// runEval runs `endorse eval PROFILE --as-of DATE --format json` in root.
func runEval(t testing.TB, cli, root, profile, asOf string) []byte {
	t.Helper()
	cmd := exec.Command(cli, "eval", profile, "--as-of", asOf, "--format", "json")
	cmd.Dir = root
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("endorse eval: %v\n%s", err, stderr.String())
	}
	return out
}
