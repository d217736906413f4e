package assets

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/evanw/esbuild/pkg/api"
	"github.com/iecmh/endorse/internal/diag"
)

// Logical names of the wasm assets.
const (
	WasmName     = "endorse.wasm"
	WasmExecName = "wasm_exec.js"
)

// WasmBudget is the most endorse.wasm may weigh compressed with brotli -q 11,
// in bytes: internal/e2e's TestWasmSize fails above it, and `make bench`
// reports against it (see wasm/doc.go for what the bytes buy). It was
// 500 KB until the engine judged dates by time slices, searched windows,
// simulated projections and allocated topic hours (issue 10, +50 KB). The
// reports' words moved to the message catalog (messages.json, not in the
// wasm: −8.6 KB), which next steps, steps when you apply and the other
// editions' verdicts spent again (542.8 KB with them, main 542.6 KB).
//
// It was 550 KB until the engine made plans (issue 11 point 6: EvaluatePlan, the
// plan JSON and endorseEngine.plan, +7.6 KB measured before the words moved
// out: 542,649 → 550,236 bytes, one layout each, against a layout spread
// of 2.1 KB).
const WasmBudget = 560_000

// Compiler builds the Go package in pkgDir (absolute) for GOOS=js
// GOARCH=wasm into the file out, running in the module at root. It returns
// the tool's combined output, which on failure holds "file:line:col: msg"
// lines.
type Compiler func(root, pkgDir, out string) ([]byte, error)

// wasmExperiment keeps the wasm on Go's previous garbage collector: the
// Green Tea collector (default since Go 1.26) adds ~9 KB brotli to a binary
// whose whole budget is 560 KB, and the checker's heap is a few megabytes,
// where the older collector is just as fast. Part of the cache key.
const wasmExperiment = "GOEXPERIMENT=nogreenteagc"

// wasmEnv is the environment of every go command run for the wasm target.
func wasmEnv() []string {
	return append(os.Environ(), "GOOS=js", "GOARCH=wasm", "CGO_ENABLED=0", wasmExperiment)
}

// wasmFlags are the go build flags; they are part of the cache key.
// -buildvcs=false keeps the commit and dirty state out of the binary, so
// its bytes (and hashed name) depend on the sources alone. -buildid= leaves
// out the go command's build ID (two incompressible copies, ~0.3 KB after
// brotli; the served file is named by its content hash instead).
// -gcflags=all=-l (no inlining) makes the wasm ~61 KB smaller after brotli
// with no measurable loss of speed (see wasm/doc.go).
var wasmFlags = []string{"-trimpath", "-buildvcs=false", "-ldflags=-s -w -buildid=", "-gcflags=all=-l"}

// GoCompile is the default Compiler: go build with wasmFlags.
func GoCompile(root, pkgDir, out string) ([]byte, error) {
	args := append([]string{"build", "-o", out}, wasmFlags...)
	cmd := exec.Command("go", append(args, pkgDir)...)
	cmd.Dir, cmd.Env = root, wasmEnv()
	return cmd.CombinedOutput()
}

// wasmMemo remembers the last wasm result and the stat stamp of the files
// it was built from, so an unchanged tree skips even hashing the sources.
type wasmMemo struct {
	stamp string
	files []string // every source file and package directory hashed
	wasm  *Asset
	exec  *Asset
	diags diag.List
}

// buildWasm adds endorse.wasm and wasm_exec.js to m when the wasm
// directory holds a main package; it does nothing when the directory does
// not exist or has no main package yet.
func (p *Pipeline) buildWasm(m *Manifest) diag.List {
	if len(p.wasm.files) == 0 || statStamp(p.wasm.files) != p.wasm.stamp {
		p.wasm = p.compileWasm()
	}
	if p.wasm.wasm != nil {
		m.put(*p.wasm.wasm)
		m.put(*p.wasm.exec)
	}
	return append(diag.List(nil), p.wasm.diags...)
}

// compileWasm finds the cache key (from the stamp the last build left when
// nothing changed since, see wasmstamp.go; else from the sources), then
// reuses the cached binary for it or compiles it.
func (p *Pipeline) compileWasm() wasmMemo {
	dir := p.abs(p.opts.Wasm)
	if !hasGoFiles(dir) {
		return wasmMemo{}
	}
	tc, err := toolchain()
	if err != nil {
		return wasmMemo{diags: oneDiag(p.opts.Wasm, "go toolchain: "+err.Error())}
	}
	cache, env := p.abs(p.opts.CacheDir), stampEnv(tc, p.opts.Root, dir)
	key, stamped, stat, saved := savedKey(cache, env)
	var statAt time.Time
	if !saved {
		src, ds := findSources(p.opts.Root, dir)
		if ds != nil || !src.main {
			return wasmMemo{diags: ds}
		}
		stamped = append(src.stamped, layoutPaths(p.opts.Root)...)
		statAt = time.Now()
		stat = statStamp(stamped)
		key = wasmKey(tc, src)
	}
	memo := wasmMemo{files: stamped, stamp: stat}
	data, ds := p.cachedCompile(dir, key)
	if ds != nil {
		memo.diags = ds
		return memo
	}
	if !saved {
		saveKey(cache, env, key, stamped, stat, statAt)
	}
	return p.withExec(memo, tc, data)
}

// withExec completes a memo with the wasm binary and wasm_exec.js.
func (p *Pipeline) withExec(memo wasmMemo, tc goToolchain, data []byte) wasmMemo {
	js, err := wasmExec(tc.root)
	if err != nil {
		memo.diags = oneDiag(p.opts.Wasm, "wasm_exec.js: "+err.Error())
		return memo
	}
	w, e := NewAsset(WasmName, data), NewAsset(WasmExecName, js)
	memo.wasm, memo.exec = &w, &e
	return memo
}

// cachedCompile returns CacheDir/<key>.wasm, compiling it when missing.
// The binary is written to a temporary file and renamed into place, so a
// crash never leaves a truncated cache entry, and two compiles of one key
// at once each rename a whole binary.
func (p *Pipeline) cachedCompile(dir, key string) ([]byte, diag.List) {
	cache := p.abs(p.opts.CacheDir)
	final := filepath.Join(cache, key+".wasm")
	if data, err := os.ReadFile(final); err == nil {
		now := time.Now()
		_ = os.Chtimes(final, now, now) // most recently used: pruned last
		return data, nil
	}
	if err := os.MkdirAll(cache, 0o755); err != nil {
		return nil, oneDiag(p.opts.CacheDir, err.Error())
	}
	// A directory of its own per compile: two pipelines of one process
	// (the e2e tests build several sites at once) may compile one key.
	tmpDir, err := os.MkdirTemp(cache, key+".tmp-")
	if err != nil {
		return nil, oneDiag(p.opts.CacheDir, err.Error())
	}
	defer os.RemoveAll(tmpDir)
	tmp := filepath.Join(tmpDir, WasmName)
	if out, err := p.opts.Compile(p.opts.Root, dir, tmp); err != nil {
		return nil, compileDiags(p.opts.Root, p.opts.Wasm, out, err)
	}
	if err := os.Rename(tmp, final); err != nil {
		return nil, oneDiag(p.opts.CacheDir, err.Error())
	}
	pruneCache(cache, keepCached)
	data, err := os.ReadFile(final)
	if err != nil {
		return nil, oneDiag(p.opts.CacheDir, err.Error())
	}
	return data, nil
}

// hasGoFiles reports whether dir directly contains a .go file.
func hasGoFiles(dir string) bool {
	ents, _ := os.ReadDir(dir)
	for _, e := range ents {
		if !e.IsDir() && strings.HasSuffix(e.Name(), ".go") && !strings.HasSuffix(e.Name(), "_test.go") {
			return true
		}
	}
	return false
}

// goToolchain identifies the go command used for builds.
type goToolchain struct{ version, root string }

var (
	tcOnce sync.Once
	tcVal  goToolchain
	tcErr  error
)

// toolchain identifies the go command on PATH once per process, without
// running it when it can: its GOROOT is $GOROOT or the directory above its
// bin/, and the version is the first line of GOROOT/VERSION. A toolchain
// without a VERSION file (built from source) is asked with `go env`.
func toolchain() (goToolchain, error) {
	tcOnce.Do(func() {
		if tc, ok := toolchainFromRoot(); ok {
			tcVal = tc
			return
		}
		out, err := exec.Command("go", "env", "GOVERSION", "GOROOT").Output()
		lines := strings.Split(strings.TrimSpace(string(out)), "\n")
		if err == nil && len(lines) != 2 {
			err = errors.New("unexpected `go env` output")
		}
		if err != nil {
			tcErr = err
			return
		}
		tcVal = goToolchain{version: lines[0], root: strings.TrimSpace(lines[1])}
	})
	return tcVal, tcErr
}

// toolchainFromRoot reads the version from the go command's GOROOT.
func toolchainFromRoot() (goToolchain, bool) {
	root := os.Getenv("GOROOT")
	if root == "" {
		bin, err := exec.LookPath("go")
		if err != nil {
			return goToolchain{}, false
		}
		if bin, err = filepath.EvalSymlinks(bin); err != nil {
			return goToolchain{}, false
		}
		root = filepath.Dir(filepath.Dir(bin))
	}
	data, err := os.ReadFile(filepath.Join(root, "VERSION"))
	version, _, _ := strings.Cut(string(data), "\n")
	if err != nil || !strings.HasPrefix(version, "go") {
		return goToolchain{}, false
	}
	return goToolchain{version: strings.TrimSpace(version), root: root}, true
}

// wasmExec returns GOROOT/lib/wasm/wasm_exec.js (misc/wasm before Go
// 1.24), minified by esbuild as a classic script.
func wasmExec(goroot string) ([]byte, error) {
	src, err := os.ReadFile(filepath.Join(goroot, "lib", "wasm", "wasm_exec.js"))
	if os.IsNotExist(err) {
		src, err = os.ReadFile(filepath.Join(goroot, "misc", "wasm", "wasm_exec.js"))
	}
	if err != nil {
		return nil, err
	}
	res := api.Transform(string(src), api.TransformOptions{
		MinifyWhitespace: true, MinifyIdentifiers: true, MinifySyntax: true,
		Target: api.ES2020, LegalComments: api.LegalCommentsNone, Charset: api.CharsetUTF8,
	})
	if len(res.Errors) > 0 {
		return nil, errors.New(res.Errors[0].Text)
	}
	return res.Code, nil
}

// goErrLine matches "path/file.go:12:5: message" in go command output.
var goErrLine = regexp.MustCompile(`^(\S[^:]*\.go):(\d+):(?:(\d+):)? (.*)$`)

// compileDiags turns compiler output into diagnostics; paths become
// relative to root. Without any positioned line, the whole output (or the
// error) is reported against the wasm directory.
func compileDiags(root, wasmDir string, out []byte, err error) diag.List {
	var ds diag.List
	for _, line := range strings.Split(string(out), "\n") {
		if m := goErrLine.FindStringSubmatch(strings.TrimSpace(line)); m != nil {
			l, _ := strconv.Atoi(m[2])
			c, _ := strconv.Atoi(m[3])
			ds.Add(goPath(root, m[1]), l, c, m[4])
		}
	}
	if len(ds) == 0 {
		msg := strings.TrimSpace(string(out))
		if msg == "" {
			msg = err.Error()
		}
		ds = oneDiag(wasmDir, "wasm build failed: "+msg)
	}
	return ds
}

// goPath makes a path printed by the go command relative to root.
func goPath(root, p string) string {
	p = strings.TrimPrefix(p, "./")
	return relPath(root, p)
}

func oneDiag(file, msg string) diag.List {
	return diag.List{{File: filepath.ToSlash(file), Message: msg}}
}

// hashLines returns the hex SHA-256 of lines joined by newlines.
func hashLines(lines []string) string {
	h := sha256.New()
	for _, l := range lines {
		h.Write([]byte(l))
		h.Write([]byte{'\n'})
	}
	return hex.EncodeToString(h.Sum(nil))
}

// stampLine is the stat summary of one path: name, size, mtime.
func stampLine(p string, fi os.FileInfo) string {
	return p + "\x00" + strconv.FormatInt(fi.Size(), 10) + "\x00" + strconv.FormatInt(fi.ModTime().UnixNano(), 10)
}

// statStamp summarises the stats of paths (files or directories; a
// directory's mtime changes when a file is added or removed).
func statStamp(paths []string) string {
	lines := make([]string, 0, len(paths))
	for _, p := range paths {
		fi, err := os.Stat(p)
		if err != nil {
			lines = append(lines, p+"\x00missing")
			continue
		}
		lines = append(lines, stampLine(p, fi))
	}
	return hashLines(lines)
}

// keepCached is how many wasm binaries the cache keeps: enough to switch
// branches back and forth without recompiling, bounded on disk (~2 MB each).
const keepCached = 6

// pruneCache removes all but the keep most recently written binaries.
func pruneCache(dir string, keep int) {
	paths, _ := filepath.Glob(filepath.Join(dir, "*.wasm"))
	type entry struct {
		path  string
		mtime int64
	}
	var es []entry
	for _, p := range paths {
		if fi, err := os.Stat(p); err == nil {
			es = append(es, entry{p, fi.ModTime().UnixNano()})
		}
	}
	sort.Slice(es, func(i, j int) bool { return es[i].mtime > es[j].mtime })
	for i := keep; i < len(es); i++ {
		os.Remove(es[i].path)
	}
}
