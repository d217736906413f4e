package engine_test

import (
	"os"
	"os/exec"
	"runtime"
	"strings"
	"testing"
)

// wasmPackages are imported by the browser checker (wasm/).
var wasmPackages = []string{
	"github.com/iecmh/endorse/internal/model",
	"github.com/iecmh/endorse/internal/profile",
	"github.com/iecmh/endorse/internal/engine",
	"github.com/iecmh/endorse/internal/wasmjson",
}

// forbidden would blow the wasm size budget (fmt, encoding/json, reflect
// pulled in directly by us, toml) or bring I/O and the clock into the engine.
var forbidden = []string{"fmt", "encoding/json", "reflect", "os", "time", "github.com/BurntSushi/toml", "net/http", "log"}

// TestWasmSafeDeps lists every dependency of the wasm packages for
// GOOS=js GOARCH=wasm and fails on a forbidden one.
func TestWasmSafeDeps(t *testing.T) {
	if runtime.GOOS == "js" {
		t.Skip("needs the go command")
	}
	args := append([]string{"list", "-deps", "-f", "{{.ImportPath}}"}, wasmPackages...)
	cmd := exec.Command("go", args...)
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, out)
	}
	deps := map[string]bool{}
	for _, d := range strings.Fields(string(out)) {
		deps[d] = true
	}
	for _, f := range forbidden {
		if deps[f] {
			t.Errorf("a wasm package depends on %s (see go list -deps)", f)
		}
	}
	if !deps["github.com/iecmh/endorse/internal/wasmjson"] {
		t.Error("go list output looks wrong: wasmjson missing")
	}
}
