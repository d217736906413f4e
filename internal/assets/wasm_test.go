package assets

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"golang.org/x/tools/txtar"
)

// wasmModule is a tiny module: wasm/ imports lib/, other/ is unrelated.
const wasmModule = `
-- go.mod --
module example.com/w

go 1.21
-- wasm/main.go --
package main

import "example.com/w/lib"

func main() { println(lib.Answer) }
-- lib/lib.go --
package lib

const Answer = 42
-- other/other.go --
package other
`

// writeArchive writes a txtar text into a new temp dir.
func writeArchive(t *testing.T, text string) string {
	t.Helper()
	root := t.TempDir()
	for _, f := range txtar.Parse([]byte(text)).Files {
		writeFile(t, filepath.Join(root, f.Name), string(f.Data))
	}
	return root
}

func writeFile(t *testing.T, p, data string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}

// fakeCompiler counts invocations and writes a fixed "binary".
type fakeCompiler struct{ calls int }

func (f *fakeCompiler) compile(root, pkg, out string) ([]byte, error) {
	f.calls++
	return nil, os.WriteFile(out, []byte("\x00asm fake"), 0o644)
}

func TestWasmCache(t *testing.T) {
	root := writeArchive(t, wasmModule)
	fc := &fakeCompiler{}
	opts := Options{Root: root, Compile: fc.compile}
	steps := []struct {
		name  string
		edit  string // file to append a comment to before building
		fresh bool   // new Pipeline (empty memo): only the disk cache can help
		calls int    // compiler invocations expected so far
	}{
		{"first build compiles", "", true, 1},
		{"same pipeline reuses memo", "", false, 1},
		{"new pipeline hits disk cache", "", true, 1},
		{"unrelated package edit", "other/other.go", true, 1},
		{"dependency edit recompiles", "lib/lib.go", false, 2},
		{"back in memo", "", false, 2},
	}
	p := NewPipeline(opts)
	for _, s := range steps {
		if s.edit != "" {
			appendComment(t, filepath.Join(root, s.edit))
		}
		if s.fresh {
			p = NewPipeline(opts)
		}
		m, ds := p.Build()
		if len(ds) > 0 || fc.calls != s.calls {
			t.Fatalf("%s: calls = %d, want %d; diags %v", s.name, fc.calls, s.calls, ds)
		}
		checkWasmAssets(t, m)
	}
}

func appendComment(t *testing.T, p string) {
	data, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	writeFile(t, p, string(data)+"\n// edited\n")
}

func checkWasmAssets(t *testing.T, m *Manifest) {
	t.Helper()
	w, ok := m.Get(WasmName)
	if !ok || w.Type != "application/wasm" || !strings.HasPrefix(w.URL, "/assets/endorse.") {
		t.Errorf("endorse.wasm = %+v, %v", w, ok)
	}
	if e, ok := m.Get(WasmExecName); !ok || !strings.Contains(string(e.Bytes), "globalThis.Go") {
		t.Errorf("wasm_exec.js missing or not Go's support file")
	}
}

// TestWasmSkipped: no wasm assets and no diagnostics while wasm/ is missing
// or not yet a main package.
func TestWasmSkipped(t *testing.T) {
	for name, text := range map[string]string{
		"missing":  "-- go.mod --\nmodule example.com/w\n",
		"not main": "-- go.mod --\nmodule example.com/w\n-- wasm/lib.go --\npackage wasm\n",
		"no go":    "-- go.mod --\nmodule example.com/w\n-- wasm/README --\nsoon\n",
	} {
		fc := &fakeCompiler{}
		m, ds := Build(Options{Root: writeArchive(t, text), Compile: fc.compile})
		if len(m.Names()) != 0 || len(ds) != 0 || fc.calls != 0 {
			t.Errorf("%s: assets %v, diags %v, calls %d", name, m.Names(), ds, fc.calls)
		}
	}
}

// TestWasmCompileErrors: compiler output lines become file:line:col
// diagnostics relative to the root; other failures name the wasm dir.
func TestWasmCompileErrors(t *testing.T) {
	tests := []struct{ out, want string }{
		{"# example.com/w/wasm\nwasm/main.go:5:15: undefined: lib.Answr\n", "wasm/main.go:5:15: undefined: lib.Answr"},
		{"./wasm/main.go:2:1: syntax error\n", "wasm/main.go:2:1: syntax error"},
		{"", "wasm: wasm build failed: exit status 1"},
	}
	for _, tt := range tests {
		ds := compileDiags("/r", "wasm", []byte(tt.out), errors.New("exit status 1"))
		if len(ds) != 1 || ds[0].String() != tt.want {
			t.Errorf("compileDiags(%q) = %v, want %q", tt.out, ds, tt.want)
		}
	}
}

// TestWasmRealCompileError runs the real go command on a broken package.
func TestWasmRealCompileError(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the go command")
	}
	root := writeArchive(t, strings.Replace(wasmModule, "lib.Answer)", "lib.Answr)", 1))
	m, ds := Build(Options{Root: root})
	if len(ds) != 1 || !strings.HasPrefix(ds[0].String(), "wasm/main.go:5:") || !strings.Contains(ds[0].Message, "Answr") {
		t.Fatalf("diags = %v", ds)
	}
	if _, ok := m.Get(WasmName); ok {
		t.Error("broken build published endorse.wasm")
	}
}

// TestWasmRealBuild compiles a tiny main package with the real go command
// and finds the binary in the cache afterwards.
func TestWasmRealBuild(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the go command")
	}
	root := writeArchive(t, wasmModule)
	m, ds := Build(Options{Root: root})
	w, ok := m.Get(WasmName)
	if len(ds) > 0 || !ok || !strings.HasPrefix(string(w.Bytes), "\x00asm") {
		t.Fatalf("diags %v, wasm found %v", ds, ok)
	}
	cached, _ := filepath.Glob(filepath.Join(root, ".cache", "wasm", "*.wasm"))
	if len(cached) != 1 {
		t.Errorf("cache holds %v, want one binary", cached)
	}
}

// TestPruneCache keeps the most recently used binaries only.
func TestPruneCache(t *testing.T) {
	dir := t.TempDir()
	base := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := 0; i < 8; i++ {
		p := filepath.Join(dir, strconv.Itoa(i)+".wasm")
		writeFile(t, p, "x")
		os.Chtimes(p, base, base.Add(time.Duration(i)*time.Minute))
	}
	pruneCache(dir, 6)
	left, _ := filepath.Glob(filepath.Join(dir, "*.wasm"))
	if len(left) != 6 || left[0] != filepath.Join(dir, "2.wasm") {
		t.Errorf("left %v, want 2.wasm … 7.wasm", left)
	}
}

// TestWalkSources: the wasm package and the module packages it imports,
// every file of theirs but tests, and nothing else; a module whose inputs
// are not all its own files is left to the go command.
func TestWalkSources(t *testing.T) {
	root := writeArchive(t, wasmModule+"-- lib/lib_js.s --\n// asm\n-- lib/lib_test.go --\npackage lib\n-- lib/_skip.go --\npackage lib\n")
	s, ok := walkSources(root, filepath.Join(root, "wasm"))
	var rel []string
	for _, f := range s.files {
		r, _ := filepath.Rel(root, f)
		rel = append(rel, filepath.ToSlash(r))
	}
	if !ok || !s.main || strings.Join(rel, " ") != "lib/lib.go lib/lib_js.s wasm/main.go" || len(s.modules) != 1 {
		t.Errorf("walkSources = %v, main %v, modules %v, ok %v", rel, s.main, s.modules, ok)
	}
	for name, extra := range map[string]string{
		"replace":   "-- go.mod --\nmodule example.com/w\n\nreplace example.com/x => ../x\n",
		"vendor":    "-- vendor/modules.txt --\n",
		"workspace": "-- go.work --\ngo 1.21\n",
		"embed":     "-- lib/data.go --\npackage lib\n\nimport _ \"embed\"\n",
	} {
		root := writeArchive(t, wasmModule+extra)
		if _, ok := walkSources(root, filepath.Join(root, "wasm")); ok {
			t.Errorf("%s: walked, want the go command asked", name)
		}
	}
}

// TestWalkSeesWhatGoListSees: for this repository's wasm package, every
// file `go list -deps` names (the compiler's inputs) is among the files
// walkSources hashes, and the toolchain read from GOROOT is the one
// `go env` names.
func TestWalkSeesWhatGoListSees(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the go command")
	}
	root, _ := filepath.Abs(filepath.Join("..", ".."))
	dir := filepath.Join(root, "wasm")
	walked, ok := walkSources(root, dir)
	listed, ds := listSources(root, dir)
	if !ok || len(ds) > 0 || !walked.main || !listed.main {
		t.Fatalf("walk ok %v, list diags %v", ok, ds)
	}
	for _, f := range listed.files {
		if !slices.Contains(walked.files, f) {
			t.Errorf("go list names %s, the walk misses it", f)
		}
	}
	out, err := exec.Command("go", "env", "GOVERSION", "GOROOT").Output()
	if err != nil {
		t.Fatal(err)
	}
	tc, ok := toolchainFromRoot()
	if want := strings.Fields(string(out)); !ok || tc.version != want[0] || filepath.Clean(tc.root) != filepath.Clean(want[1]) {
		t.Errorf("toolchain from GOROOT = %+v, %v; go env says %q", tc, ok, want)
	}
}

// BenchmarkWasmKey: what finding the sources and hashing them costs a build
// (the walk; it replaced `go env` and `go list -deps`, 0.2–0.4 s).
func BenchmarkWasmKey(b *testing.B) {
	root, _ := filepath.Abs(filepath.Join("..", ".."))
	tc, err := toolchain()
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		s, _ := findSources(root, filepath.Join(root, "wasm"))
		wasmKey(tc, s)
	}
}

// TestWasmKeyStamp: a fresh process (new Pipeline) with nothing changed
// takes the cache key from the stamp the last build left, without finding
// or hashing the sources; an edit, or a recent change a stat cannot tell
// apart from a later one, or another environment, makes it find them.
func TestWasmKeyStamp(t *testing.T) {
	root := writeArchive(t, wasmModule)
	age(t, root)
	fc := &fakeCompiler{}
	opts := Options{Root: root, Compile: fc.compile}
	cache := filepath.Join(root, ".cache", "wasm")
	wasmOf := func(step string) string {
		m, ds := NewPipeline(opts).Build()
		if len(ds) > 0 {
			t.Fatalf("%s: %v", step, ds)
		}
		w, _ := m.Get(WasmName)
		return string(w.Bytes)
	}
	wasmOf("first build")
	// Point the stamp at another cached binary: a build that uses the
	// stamp serves it.
	stamp, err := os.ReadFile(filepath.Join(cache, stampName))
	if err != nil {
		t.Fatalf("no stamp after a build of old sources: %v", err)
	}
	lines := strings.Split(string(stamp), "\n")
	lines[3] = "feedfacefeedfacefeedfacefeedface"
	writeFile(t, filepath.Join(cache, stampName), strings.Join(lines, "\n"))
	writeFile(t, filepath.Join(cache, lines[3]+".wasm"), "\x00asm stamped")
	if got := wasmOf("unchanged"); got != "\x00asm stamped" {
		t.Errorf("unchanged sources: served %q, want the stamped key's binary", got)
	}
	// A go.work (here or above) or a vendor directory changes how the go
	// command finds the sources: the stamp no longer holds.
	tc, _ := toolchain()
	if _, _, _, ok := savedKey(cache, stampEnv(tc, root, filepath.Join(root, "wasm"))); !ok {
		t.Fatal("the stamp does not hold for the project that wrote it")
	}
	// Another project or wasm package sharing the cache directory never
	// takes this one's key.
	for _, other := range [][2]string{{t.TempDir(), filepath.Join(root, "wasm")}, {root, filepath.Join(root, "cmd", "other")}} {
		if _, _, _, ok := savedKey(cache, stampEnv(tc, other[0], other[1])); ok {
			t.Errorf("stamp of %s used for root %s, wasm %s", root, other[0], other[1])
		}
	}
	for _, layout := range []string{"go.work", "vendor/modules.txt"} {
		writeFile(t, filepath.Join(root, layout), "go 1.21\n")
		if _, _, _, ok := savedKey(cache, stampEnv(tc, root, filepath.Join(root, "wasm"))); ok {
			t.Errorf("stamp still used after adding %s", layout)
		}
		os.RemoveAll(filepath.Join(root, strings.Split(layout, "/")[0]))
	}
	appendComment(t, filepath.Join(root, "lib", "lib.go"))
	if got := wasmOf("edited"); got != "\x00asm fake" || fc.calls != 2 {
		t.Errorf("edited dependency: served %q after %d compiles, want a new compile", got, fc.calls)
	}
	if now, _ := os.ReadFile(filepath.Join(cache, stampName)); !strings.Contains(string(now), lines[3]) {
		t.Errorf("stamp rewritten from a file modified just now:\n%s", now)
	}
	age(t, root)
	wasmOf("edit settled") // writes the stamp again
	t.Setenv("GOWASM", "satconv")
	if got := wasmOf("other environment"); got != "\x00asm fake" || fc.calls != 3 {
		t.Errorf("other GOWASM: served %q after %d compiles, want a new compile", got, fc.calls)
	}
}

// age sets every file and directory under root an hour back, as sources
// not edited lately are.
func age(t *testing.T, root string) {
	t.Helper()
	old := time.Now().Add(-time.Hour)
	err := filepath.WalkDir(root, func(p string, _ os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		return os.Chtimes(p, old, old)
	})
	if err != nil {
		t.Fatal(err)
	}
}

// BenchmarkWasmKeyStamped: what the key costs a build that finds the
// stamp the last build left (compare BenchmarkWasmKey).
func BenchmarkWasmKeyStamped(b *testing.B) {
	root, _ := filepath.Abs(filepath.Join("..", ".."))
	tc, err := toolchain()
	if err != nil {
		b.Fatal(err)
	}
	s, _ := findSources(root, filepath.Join(root, "wasm"))
	cache, env := b.TempDir(), stampEnv(tc, root, filepath.Join(root, "wasm"))
	paths := append(s.stamped, layoutPaths(root)...)
	saveKey(cache, env, wasmKey(tc, s), paths, statStamp(paths), time.Now())
	for b.Loop() {
		if _, _, _, ok := savedKey(cache, env); !ok {
			b.Fatal("no stamp (a source changed in the last 2 s?)")
		}
	}
}

// TestStampSettlesFromItsSummary: the stamp is left unwritten when a path
// was modified within stampSettle before its stat summary was taken, even
// when the compile after the summary took longer than that (the edit may
// share the summary's mtime tick); older paths get a stamp.
func TestStampSettlesFromItsSummary(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(dir, "a.go")
	writeFile(t, src, "package a\n")
	statAt := time.Now().Add(-10 * time.Second) // the summary; then a 10 s compile
	recent := statAt.Add(-stampSettle / 2)
	if err := os.Chtimes(src, recent, recent); err != nil {
		t.Fatal(err)
	}
	saveKey(dir, "env", "k", []string{src}, statStamp([]string{src}), statAt)
	if _, err := os.Stat(filepath.Join(dir, stampName)); err == nil {
		t.Error("stamp written for a file modified just before its summary")
	}
	old := statAt.Add(-time.Hour)
	if err := os.Chtimes(src, old, old); err != nil {
		t.Fatal(err)
	}
	saveKey(dir, "env", "k", []string{src}, statStamp([]string{src}), statAt)
	if _, _, _, ok := savedKey(dir, "env"); !ok {
		t.Error("no stamp for a file not modified lately")
	}
}

// TestWasmCompilesAtOnce: two pipelines of one process compiling the same
// key at the same time (the e2e tests build several sites at once) both
// get the binary; they once shared one temporary file, and the second
// rename failed.
func TestWasmCompilesAtOnce(t *testing.T) {
	root := writeArchive(t, wasmModule)
	started := make(chan struct{}, 2)
	compile := func(root, pkg, out string) ([]byte, error) {
		err := os.WriteFile(out, []byte("\x00asm slow"), 0o644)
		started <- struct{}{}
		time.Sleep(100 * time.Millisecond) // both are compiling now
		return nil, err
	}
	errs := make(chan error, 2)
	for range 2 {
		go func() {
			m, ds := NewPipeline(Options{Root: root, Compile: compile}).Build()
			if len(ds) > 0 {
				errs <- ds.Err()
				return
			}
			if w, ok := m.Get(WasmName); !ok || string(w.Bytes) != "\x00asm slow" {
				errs <- errors.New("no wasm")
				return
			}
			errs <- nil
		}()
	}
	for range 2 {
		if err := <-errs; err != nil {
			t.Error(err)
		}
	}
}
