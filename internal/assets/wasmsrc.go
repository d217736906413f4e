package assets

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"go/parser"
	"go/token"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/iecmh/endorse/internal/diag"
)

// Cache key design. The wasm binary depends on (1) the Go toolchain,
// (2) the build flags, the target and the environment that changes what
// the go command builds (GOFLAGS, GOWASM, GOROOT, GOTOOLCHAIN), (3) the
// source of every package of this module in the wasm package's import
// graph and (4) go.mod/go.sum, which pin every other module's source. The
// standard library is covered by the toolchain's version.
//
// The key is found without running the go command, which took 0.2–0.4 s
// of every build: walkSources follows the import declarations of the
// module's own packages from the wasm package (parsing only the import
// blocks, of every .go file whatever its build tags: a superset is safe),
// and toolchain reads the version from GOROOT. Editing a package the
// checker does not import (internal/site, the CLI) does not invalidate the
// cache, since a wasm build takes seconds. Where the module's own packages
// are not the whole story, listSources asks the go command instead: a
// go.mod that replaces modules, a go.work workspace, a vendor directory,
// or a package of the graph that embeds files. A fresh process with
// nothing changed since the last build skips even the walk: see the key
// stamp in wasmstamp.go.

// wasmSources are the files the wasm package is built from.
type wasmSources struct {
	main    bool     // the package is a main package
	files   []string // absolute paths of every hashed source file, sorted
	stamped []string // files + their package directories + go.mod/go.sum
	modules []string // go.mod, go.sum (when present)
}

// findSources walks the module's packages, or asks the go command where
// walking would not see every input.
func findSources(root, dir string) (wasmSources, diag.List) {
	if s, ok := walkSources(root, dir); ok {
		return s, nil
	}
	return listSources(root, dir)
}

// walkSources collects the files of dir's package and of every package of
// the module it imports, directly or not; ok is false when the module
// needs the go command's view (see the design note above).
func walkSources(root, dir string) (s wasmSources, ok bool) {
	mod, ok := simpleModule(root)
	if !ok {
		return s, false
	}
	fset := token.NewFileSet()
	seen := map[string]bool{}
	for queue := []string{dir}; len(queue) > 0; queue = queue[1:] {
		pkg := queue[0]
		if seen[pkg] {
			continue
		}
		seen[pkg] = true
		s.stamped = append(s.stamped, pkg)
		ents, _ := os.ReadDir(pkg) // a missing package: the compiler reports it
		for _, e := range ents {
			name := e.Name()
			if e.IsDir() || strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_") || strings.HasSuffix(name, "_test.go") {
				continue
			}
			p := filepath.Join(pkg, name)
			s.files = append(s.files, p)
			if !strings.HasSuffix(name, ".go") {
				continue
			}
			f, err := parser.ParseFile(fset, p, nil, parser.ImportsOnly)
			if err != nil {
				continue // the compiler reports it; the file's content is in the key
			}
			if pkg == dir && f.Name.Name == "main" {
				s.main = true
			}
			for _, imp := range f.Imports {
				path, _ := strconv.Unquote(imp.Path.Value)
				if path == "embed" {
					return s, false
				}
				if rel, ok := strings.CutPrefix(path, mod+"/"); ok {
					queue = append(queue, filepath.Join(root, filepath.FromSlash(rel)))
				}
			}
		}
	}
	s.finish(root)
	return s, true
}

// simpleModule returns the module path of root's go.mod when the module's
// own files and go.sum determine every input: no replace directive, no
// go.work, no vendor directory.
func simpleModule(root string) (string, bool) {
	data, err := os.ReadFile(filepath.Join(root, "go.mod"))
	if err != nil || fileExists(filepath.Join(root, "vendor")) || workspace(root) {
		return "", false
	}
	mod := ""
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		switch {
		case len(f) == 2 && f[0] == "module":
			mod = strings.Trim(f[1], `"`)
		case len(f) > 0 && f[0] == "replace":
			return "", false
		}
	}
	return mod, mod != ""
}

// workspace reports whether the go command would build root in a go.work
// workspace (GOWORK, or a go.work file in root or above).
func workspace(root string) bool {
	if w := os.Getenv("GOWORK"); w != "" {
		return w != "off"
	}
	for d := root; ; d = filepath.Dir(d) {
		if fileExists(filepath.Join(d, "go.work")) {
			return true
		}
		if filepath.Dir(d) == d {
			return false
		}
	}
}

// layoutPaths are the files whose appearing, changing or going away
// changes how the go command resolves the module at root (a vendor
// directory, a go.work in root or above): stamped with the sources, so
// adding one makes the next build find the sources again, with go list.
func layoutPaths(root string) []string {
	paths := []string{filepath.Join(root, "vendor")}
	for d := root; ; d = filepath.Dir(d) {
		paths = append(paths, filepath.Join(d, "go.work"))
		if filepath.Dir(d) == d {
			return paths
		}
	}
}

// finish adds go.mod/go.sum and sorts the files.
func (s *wasmSources) finish(root string) {
	for _, mf := range []string{"go.mod", "go.sum"} {
		if p := filepath.Join(root, mf); fileExists(p) {
			s.modules = append(s.modules, p)
		}
	}
	sort.Strings(s.files)
	s.stamped = append(append(s.stamped, s.files...), s.modules...)
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
	s.finish(root)
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
	h.Write([]byte(keyEnv(tc)))
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

// keyEnv is what of the key is not the sources: toolchain, target, flags
// and the environment that changes what the go command builds.
func keyEnv(tc goToolchain) string {
	var b strings.Builder
	b.WriteString("endorse-wasm/2\n" + tc.version + "\njs/wasm\n" + strings.Join(wasmFlags, " ") + "\n" + wasmExperiment + "\n")
	for _, env := range []string{"GOFLAGS", "GOWASM", "GOROOT", "GOTOOLCHAIN"} {
		b.WriteString(env + "=" + os.Getenv(env) + "\n")
	}
	return b.String()
}

func sha(data []byte) []byte {
	s := sha256.Sum256(data)
	return s[:]
}
