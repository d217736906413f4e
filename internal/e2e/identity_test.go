package e2e

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sync"
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
	cases := make([]goldenCase, len(files))
	profiles := make([]string, len(files))
	for i, f := range files {
		cases[i], profiles[i] = readCase(t, f)
	}
	wants := evalAll(t, cli, root, profiles, cases)
	b.openChecker(t, origin)
	for i, f := range files {
		name, _ := filepath.Rel(root, f)
		c, want := cases[i], wants[i]
		t.Run(name, func(t *testing.T) {
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

// evalAll runs `endorse eval PROFILE --as-of DATE --format json` in root
// for every profile, a few processes at a time: each loads the rules, and
// one after another they took minutes on a busy machine.
func evalAll(t testing.TB, cli, root string, profiles []string, cases []goldenCase) [][]byte {
	t.Helper()
	out := make([][]byte, len(profiles))
	errs := make([]error, len(profiles))
	limit := make(chan struct{}, 2*runtime.NumCPU())
	var wg sync.WaitGroup
	for i := range profiles {
		wg.Add(1)
		go func() {
			defer wg.Done()
			limit <- struct{}{}
			defer func() { <-limit }()
			cmd := exec.Command(cli, "eval", profiles[i], "--as-of", cases[i].AsOf, "--format", "json")
			cmd.Dir = root
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			if out[i], errs[i] = cmd.Output(); errs[i] != nil {
				errs[i] = fmt.Errorf("endorse eval %s: %v\n%s", profiles[i], errs[i], stderr.String())
			}
		}()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	return out
}
