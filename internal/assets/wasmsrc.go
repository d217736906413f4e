package assets

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"

	"github.com/iecmh/endorse/internal/diag"
)

// Cache key design. The wasm binary depends on (1) the Go toolchain,
// (2) the build flags, the target and the GOFLAGS/GOWASM environment,
// (3) the source of every non-standard package in its import graph and
// (4) the module's go.mod/go.sum. The standard library is covered by the
// Go version. We ask the go command
// itself for the import graph (`go list -deps` with GOOS=js GOARCH=wasm,
// so build tags match the target) rather than hashing all of internal/:
// editing a package the checker does not import (internal/site, the CLI)
// must not invalidate the cache, since a wasm build takes seconds.

// wasmSources is the result of `go list -deps` for the wasm package.
type wasmSources struct {
	main    bool     // the package is a main package
	files   []string // absolute paths of every hashed source file, sorted
	stamped []string // files + their package directories + go.mod/go.sum
	modules []string // go.mod, go.sum (when present)
}

// listFormat prints one tab-separated line per non-standard package:
// directory, package name, then its Go and embedded files.
const listFormat = `{{if not .Standard}}{{.Dir}}{{"\t"}}{{.Name}}{{range .GoFiles}}{{"\t"}}{{.}}{{end}}{{range .EmbedFiles}}{{"\t"}}{{.}}{{end}}{{end}}`

// listSources runs go list for the wasm package in dir. Load errors
// (syntax errors, missing imports) are diagnostics.
func listSources(root, dir string) (wasmSources, diag.List) {
	cmd := exec.Command("go", "list", "-deps", "-f", listFormat, dir)
	var stderr bytes.Buffer
	cmd.Dir, cmd.Env, cmd.Stderr = root, wasmEnv(), &stderr
	out, err := cmd.Output()
	if err != nil {
		return wasmSources{}, compileDiags(root, relPath(root, dir), stderr.Bytes(), err)
	}
	return parseList(root, dir, string(out)), nil
}

// parseList reads listFormat output.
func parseList(root, dir, out string) wasmSources {
	var s wasmSources
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		f := strings.Split(line, "\t")
		if len(f) < 2 {
			continue
		}
		if f[0] == dir && f[1] == "main" {
			s.main = true
		}
		s.stamped = append(s.stamped, f[0])
		for _, name := range f[2:] {
			s.files = append(s.files, filepath.Join(f[0], name))
		}
	}
	for _, mf := range []string{"go.mod", "go.sum"} {
		if p := filepath.Join(root, mf); fileExists(p) {
			s.modules = append(s.modules, p)
		}
	}
	sort.Strings(s.files)
	s.stamped = append(append(s.stamped, s.files...), s.modules...)
	return s
}

func fileExists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}

// wasmKey hashes toolchain, target, flags and every source's content. File
// names are hashed relative to the module root where possible, so moving
// the checkout does not invalidate the cache.
func wasmKey(tc goToolchain, s wasmSources) string {
	h := sha256.New()
	h.Write([]byte("endorse-wasm/1\n" + tc.version + "\njs/wasm\n" + strings.Join(wasmFlags, " ") + "\n" + wasmExperiment + "\n"))
	h.Write([]byte("GOFLAGS=" + os.Getenv("GOFLAGS") + "\nGOWASM=" + os.Getenv("GOWASM") + "\n"))
	root := ""
	if len(s.modules) > 0 {
		root = filepath.Dir(s.modules[0])
	}
	for _, p := range append(append([]string(nil), s.modules...), s.files...) {
		data, err := os.ReadFile(p)
		if err != nil {
			data = []byte("\x00unreadable")
		}
		h.Write([]byte(relPath(root, p) + "\x00" + hex.EncodeToString(sha(data)) + "\n"))
	}
	return hex.EncodeToString(h.Sum(nil))[:32]
}

func sha(data []byte) []byte {
	s := sha256.Sum256(data)
	return s[:]
}
