package e2e

import (
	"bytes"
	"compress/gzip"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/iecmh/endorse/internal/assets"
)

// wasmForbidden are the packages the wasm must not link: each would break
// the 480 KB brotli budget on its own (see wasm/doc.go).
var wasmForbidden = []string{"fmt", "encoding/json", "github.com/BurntSushi/toml"}

// goWasm runs the go command for GOOS=js GOARCH=wasm in the module root.
func goWasm(t testing.TB, args ...string) []byte {
	t.Helper()
	cmd := exec.Command("go", args...)
	cmd.Dir = repoRoot(t)
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm", "CGO_ENABLED=0")
	out, err := cmd.Output()
	if err != nil {
		msg := string(out)
		if ee, ok := err.(*exec.ExitError); ok {
			msg += string(ee.Stderr)
		}
		t.Fatalf("go %s: %v\n%s", strings.Join(args, " "), err, msg)
	}
	return out
}

// TestWasmImports fails when any package linked into the wasm imports fmt,
// encoding/json or the TOML parser, naming the importer.
func TestWasmImports(t *testing.T) {
	out := goWasm(t, "list", "-deps", "-f", `{{.ImportPath}} {{join .Imports " "}}`, "./wasm")
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		pkg, imports, _ := strings.Cut(line, " ")
		for _, imp := range strings.Fields(imports) {
			for _, bad := range wasmForbidden {
				if imp == bad {
					t.Errorf("%s imports %s, which the wasm must not link (wasm/doc.go)", pkg, bad)
				}
			}
		}
	}
}

// buildWasm compiles ./wasm exactly as the site build does
// (assets.GoCompile), with extra build tags passed through GOFLAGS.
func buildWasm(b *testing.B, tags string) []byte {
	b.Helper()
	b.Setenv("GOFLAGS", "-tags="+tags)
	root := repoRoot(b)
	out := filepath.Join(b.TempDir(), "endorse.wasm")
	if msg, err := assets.GoCompile(root, filepath.Join(root, "wasm"), out); err != nil {
		b.Fatalf("wasm build with tags %q: %v\n%s", tags, err, msg)
	}
	data, err := os.ReadFile(out)
	if err != nil {
		b.Fatal(err)
	}
	return data
}

// shippedWasm returns the endorse.wasm the example site build published.
func shippedWasm(b *testing.B) []byte {
	files, _ := filepath.Glob(filepath.Join(exampleSite(b), "assets", "endorse.*.wasm"))
	if len(files) != 1 {
		b.Fatalf("published wasm files: %q", files)
	}
	data, err := os.ReadFile(files[0])
	if err != nil {
		b.Fatal(err)
	}
	return data
}

// gzipSize is the gzip -9 size of data.
func gzipSize(t testing.TB, data []byte) int {
	var buf bytes.Buffer
	w, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	w.Write(data)
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Len()
}

// brotliSize is the `brotli -q 11` size of data (Debian's brotli tool).
func brotliSize(t testing.TB, data []byte) int {
	t.Helper()
	if _, err := exec.LookPath("brotli"); err != nil {
		t.Skip("brotli not installed (apt-get install brotli)")
	}
	cmd := exec.Command("brotli", "-q", "11", "-c")
	cmd.Stdin = bytes.NewReader(data)
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("brotli: %v", err)
	}
	return len(out)
}

// BenchmarkWasmSize reports the size of the wasm the site build publishes,
// raw, gzip -9 and brotli -q 11, and what linking fmt or encoding/json in
// would add (brotli bytes; same build flags, build tags costfmt/costjson).
// Sizes are the metrics; the time per op is meaningless.
func BenchmarkWasmSize(b *testing.B) {
	base := shippedWasm(b)
	withFmt := buildWasm(b, "costfmt")
	withJSON := buildWasm(b, "costjson")
	br := brotliSize(b, base)
	for b.Loop() {
	}
	b.ReportMetric(float64(len(base)), "raw-bytes")
	b.ReportMetric(float64(gzipSize(b, base)), "gzip-bytes")
	b.ReportMetric(float64(br), "brotli-bytes")
	b.ReportMetric(float64(brotliSize(b, withFmt)-br), "fmt-extra-brotli-bytes")
	b.ReportMetric(float64(brotliSize(b, withJSON)-br), "json-extra-brotli-bytes")
}
