package assets

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"sync"

	"github.com/iecmh/endorse/internal/diag"
	"github.com/iecmh/endorse/internal/inputfs"
	"github.com/tdewolff/minify/v2"
)

// Options configure a Pipeline. Only Root is required.
type Options struct {
	Root     string    // project root; relative paths below are relative to it
	Static   string    // static directory; default "static"
	Wasm     string    // wasm main package directory; default "wasm"
	CacheDir string    // wasm build cache; default ".cache/wasm"
	NoWasm   bool      // skip the wasm build (and wasm_exec.js) entirely
	Minifier *minify.M // default NewMinifier()
	// Compile builds the wasm package; default GoCompile. Tests inject a
	// counting fake.
	Compile Compiler
}

// Pipeline builds a project's assets. It remembers its last results, so a
// long-running process (endorse serve) that calls Build again after a
// content-only change reuses the bundles and the wasm binary: static/ is
// re-bundled only when a file's size or mtime changed, and the wasm build
// is re-checked only when one of its source files or directories changed.
// A Pipeline is safe for concurrent use (builds are serialised).
type Pipeline struct {
	opts Options
	mu   sync.Mutex
	in   *inputfs.FS // the project, read under the input policy
	stat staticMemo
	wasm wasmMemo
}

// NewPipeline fills in defaults and returns a ready pipeline.
func NewPipeline(opts Options) *Pipeline {
	if abs, err := filepath.Abs(opts.Root); err == nil {
		opts.Root = abs
	}
	opts.Static = orDefault(opts.Static, "static")
	opts.Wasm = orDefault(opts.Wasm, "wasm")
	opts.CacheDir = orDefault(opts.CacheDir, filepath.Join(".cache", "wasm"))
	if opts.Minifier == nil {
		opts.Minifier = NewMinifier()
	}
	if opts.Compile == nil {
		opts.Compile = GoCompile
	}
	return &Pipeline{opts: opts}
}

func orDefault(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

// abs resolves a path of the options against Root.
func (p *Pipeline) abs(rel string) string {
	if filepath.IsAbs(rel) {
		return rel
	}
	return filepath.Join(p.opts.Root, rel)
}

// Build returns a fresh manifest with every static asset and, when the
// wasm directory holds a main package, endorse.wasm and wasm_exec.js. The
// caller may Add generated assets (rules.json) to it. Diagnostics are
// sorted; assets that built are present even when others failed.
func (p *Pipeline) Build() (*Manifest, diag.List) {
	return p.BuildFrom(nil)
}

// BuildFrom is Build reading static/ through in (the project with the
// size limits of its site.toml); nil means the default limits.
func (p *Pipeline) BuildFrom(in *inputfs.FS) (*Manifest, diag.List) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if in == nil {
		in = inputfs.New(p.opts.Root, inputfs.Default)
	}
	p.in = in
	m := NewManifest()
	ds := p.buildStatic(m)
	if !p.opts.NoWasm {
		ds.Merge(p.buildWasm(m))
	}
	ds.Sort()
	return m, ds
}

// Build runs a one-shot pipeline: NewPipeline(opts).Build().
func Build(opts Options) (*Manifest, diag.List) {
	return NewPipeline(opts).Build()
}

// staticMemo is the last static/ result and the file stats it came from.
type staticMemo struct {
	key    string
	assets []Asset
	diags  diag.List
}

// buildStatic adds static/ assets to m, reusing the memo when no file
// under static/ changed.
func (p *Pipeline) buildStatic(m *Manifest) diag.List {
	dir := p.abs(p.opts.Static)
	key := treeStamp(dir)
	if key != "" {
		key += fmt.Sprint(p.in.Limits()) // a changed limit may change the result
	}
	if key == "" || key != p.stat.key {
		assets, ds := p.compileStatic(dir)
		p.stat = staticMemo{key: key, assets: assets, diags: ds}
	}
	for _, a := range p.stat.assets {
		m.put(a)
	}
	return append(diag.List(nil), p.stat.diags...)
}

// compileStatic copies plain files first (so stylesheets can refer to their
// hashed URLs), then bundles the entries concurrently.
func (p *Pipeline) compileStatic(dir string) ([]Asset, diag.List) {
	lay, ds := scanStatic(p.in, dir)
	files, fds := p.copyFiles(dir, lay.Files)
	ds.Merge(fds)
	urls := map[string]string{}
	for _, a := range files {
		urls[a.Name] = a.URL
	}
	lookup := func(rel string) (string, bool) { u, ok := urls[rel]; return u, ok }
	bundles, bds := p.bundleAll(dir, lay.Entries, lookup)
	ds.Merge(bds)
	return append(files, bundles...), ds
}

// copyFiles reads and minifies each plain file.
func (p *Pipeline) copyFiles(dir string, files []string) ([]Asset, diag.List) {
	var out []Asset
	var ds diag.List
	for _, rel := range files {
		name := relPath(p.opts.Root, filepath.Join(dir, rel))
		data, err := readInput(p.in, filepath.Join(dir, filepath.FromSlash(rel)))
		if err != nil {
			ds.Add(name, 0, 0, "cannot read: "+inputfs.Cause(err))
			continue
		}
		if data, err = minifyFile(p.opts.Minifier, rel, data); err != nil {
			ds.Add(name, 0, 0, err.Error())
			continue
		}
		out = append(out, NewAsset(rel, data))
	}
	return out, ds
}

// bundled is the outcome of one entry: an asset or diagnostics.
type bundled struct {
	asset *Asset
	diags diag.List
}

// bundleAll bundles every entry in parallel; results keep entry order.
func (p *Pipeline) bundleAll(dir string, entries []entry, lookup func(string) (string, bool)) ([]Asset, diag.List) {
	res := make([]bundled, len(entries))
	var wg sync.WaitGroup
	for i, e := range entries {
		wg.Add(1)
		go func() {
			defer wg.Done()
			res[i] = p.bundleOne(dir, e, lookup)
		}()
	}
	wg.Wait()
	var out []Asset
	var ds diag.List
	for _, r := range res {
		if r.asset != nil {
			out = append(out, *r.asset)
		}
		ds.Merge(r.diags)
	}
	return out, ds
}

// bundleOne runs esbuild on one entry.
func (p *Pipeline) bundleOne(dir string, e entry, lookup func(string) (string, bool)) bundled {
	data, ds := bundle(p.opts.Root, filepath.Join(dir, filepath.FromSlash(e.Src)), lookup, dir, p.in)
	if len(ds) > 0 {
		return bundled{diags: ds}
	}
	a := NewAsset(e.Name, data)
	return bundled{asset: &a}
}

// treeStamp summarises the names, sizes and mtimes of every file under
// dir; "" when dir cannot be read (always rebuild then).
func treeStamp(dir string) string {
	var lines []string
	err := filepath.Walk(dir, func(p string, fi os.FileInfo, err error) error {
		if err != nil {
			return err
		}
		lines = append(lines, stampLine(p, fi))
		return nil
	})
	if err != nil {
		if os.IsNotExist(err) {
			return "missing"
		}
		return ""
	}
	sort.Strings(lines)
	return hashLines(lines)
}

// readInput reads the file at the absolute path abs through in: it must be
// inside the project and pass the input policy (regular, under its limit,
// links only inside).
func readInput(in *inputfs.FS, abs string) ([]byte, error) {
	rel, ok := in.Rel(abs)
	if !ok {
		return nil, &fs.PathError{Op: "read", Path: abs, Err: errOutside}
	}
	return in.ReadFile(rel)
}

// checkInput is readInput without the read: esbuild reads the file.
func checkInput(in *inputfs.FS, abs string) error {
	rel, ok := in.Rel(abs)
	if !ok {
		return &fs.PathError{Op: "read", Path: abs, Err: errOutside}
	}
	f, err := in.Open(rel)
	if err == nil {
		f.Close()
	}
	return err
}

var errOutside = errors.New("it is outside the project")
