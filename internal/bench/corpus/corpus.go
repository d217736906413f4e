// Package corpus generates a deterministic synthetic site that both endorse
// and Hugo build unchanged, for comparing their speed and memory.
//
// The output directory is at once an endorse project (the generated pages
// and course records added to the repository's example site: its content/
// but for the home page, site.toml and catalog intro, its templates/,
// static/ and rules/, so every link the templates and rules make resolves)
// and a Hugo site (hugo.toml and layouts/ reading the
// very same content/ tree: sections with _index.md, pages with +++ TOML
// front matter). Identical options give byte-identical files.
package corpus

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// Options says what to generate.
type Options struct {
	Pages int    // regular Markdown pages (sections, home and catalog come on top)
	Out   string // output directory; must be empty, missing or made by Generate
	Repo  string // repository whose example site is copied in (see package doc; "" = none)
	Seed  uint64 // varies the text; 0 is the default corpus
}

// Stats describes a generated corpus.
type Stats struct {
	Pages, Sections, Courses int
	MarkdownBytes            int64 // bytes of all .md files
}

// marker is the file that identifies a directory made by Generate, so a
// second run may replace it without risking anyone else's files.
const marker = ".corpusgen"

// generated lists what Generate writes below Out and removes before writing.
var generated = []string{"content", "layouts", "templates", "static", "rules", "hugo.toml", marker}

// Generate writes the corpus described by opt.
func Generate(opt Options) (Stats, error) {
	if opt.Pages < 1 {
		return Stats{}, errors.New("corpus: pages must be at least 1")
	}
	if err := prepare(opt.Out); err != nil {
		return Stats{}, err
	}
	w := &writer{root: opt.Out}
	l := layout{pages: opt.Pages}
	st := Stats{Pages: opt.Pages, Sections: l.sections(), Courses: courseCount(opt.Pages)}
	writeContent(w, l, opt.Seed)
	writeSkeleton(w, l)
	copyRepo(w, opt.Repo)
	writeWasmStubs(w)
	w.file(marker, fmt.Sprintf("pages = %d\nseed = %d\n", opt.Pages, opt.Seed))
	st.MarkdownBytes = w.mdBytes
	return st, w.err
}

// copyRepo copies the repository's example site (see the package doc) and
// makes sure rules/ exists.
func copyRepo(w *writer, repo string) {
	w.dir("rules")
	if repo == "" {
		return
	}
	for _, dir := range []string{"templates", "static", "rules"} {
		w.copyDir(filepath.Join(repo, dir), dir)
	}
	w.copyContent(filepath.Join(repo, "content"))
}

// prepare makes out an empty-enough directory: it refuses a non-empty
// directory not made by Generate, and clears one that was.
func prepare(out string) error {
	entries, err := os.ReadDir(out)
	if errors.Is(err, fs.ErrNotExist) {
		return os.MkdirAll(out, 0o755)
	}
	if err != nil {
		return err
	}
	if _, err := os.Stat(filepath.Join(out, marker)); len(entries) > 0 && err != nil {
		return fmt.Errorf("corpus: %s is not empty and was not made by corpusgen", out)
	}
	for _, name := range generated {
		if err := os.RemoveAll(filepath.Join(out, name)); err != nil {
			return err
		}
	}
	return nil
}

// writeContent writes every page, section, the home page and the catalog.
func writeContent(w *writer, l layout, seed uint64) {
	w.file("content/_index.md", homePage(l, seed))
	for s := 0; s < l.sections(); s++ {
		w.file("content/"+l.sectionDir(s)+"/_index.md", sectionPage(l, s, seed))
	}
	for i := 0; i < l.pages; i++ {
		w.file("content/"+l.pageFile(i), regularPage(l, i, seed))
	}
	w.file("content/courses/_index.md", coursesIndex(l, seed))
	n := courseCount(l.pages)
	for c := 0; c < n; c++ {
		w.file("content/"+courseFile(c), course(l, c, n, seed))
	}
}

// writeWasmStubs puts stand-ins for the checker's compiled assets into
// static/: a corpus has no Go module to compile the wasm from, and the
// benchmark measures the site build, not the (cached) wasm compile.
func writeWasmStubs(w *writer) {
	w.file("static/endorse.wasm", "\x00asm\x01\x00\x00\x00")
	w.file("static/wasm_exec.js", "// Stand-in for Go's wasm_exec.js in a benchmark corpus.\n")
}

// writeSkeleton writes site.toml, Hugo's config and Hugo's layouts.
func writeSkeleton(w *writer, l layout) {
	w.file("content/site.toml", siteTOML(l))
	w.file("hugo.toml", hugoTOML(l))
	for path, text := range hugoLayouts {
		w.file(path, text)
	}
}

// writer writes files below root and keeps the first error.
type writer struct {
	root    string
	err     error
	mdBytes int64
}

// file writes text to the root-relative slash path rel.
func (w *writer) file(rel, text string) {
	if w.err != nil {
		return
	}
	path := filepath.Join(w.root, filepath.FromSlash(rel))
	if w.err = os.MkdirAll(filepath.Dir(path), 0o755); w.err == nil {
		w.err = os.WriteFile(path, []byte(text), 0o644)
	}
	if strings.HasSuffix(rel, ".md") {
		w.mdBytes += int64(len(text))
	}
}

// dir creates the root-relative directory rel.
func (w *writer) dir(rel string) {
	if w.err == nil {
		w.err = os.MkdirAll(filepath.Join(w.root, rel), 0o755)
	}
}

// ownFiles are the content files the corpus writes itself rather than
// taking from the repository's example site.
var ownFiles = map[string]bool{"_index.md": true, "site.toml": true, "courses/_index.md": true}

// copyContent copies the example site's content tree (except the home
// page, site.toml and the catalog intro) into content/, so the pages,
// course records and categories that the repository's templates and rules
// link to exist in the corpus too.
func (w *writer) copyContent(src string) {
	fsys := os.DirFS(src)
	err := fs.WalkDir(fsys, ".", func(rel string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || ownFiles[rel] {
			return err
		}
		data, err := fs.ReadFile(fsys, rel)
		w.file("content/"+rel, string(data))
		return err
	})
	if err != nil && !errors.Is(err, fs.ErrNotExist) && w.err == nil {
		w.err = err
	}
}

// copyDir copies the tree src (if it exists) to the root-relative dir dst.
func (w *writer) copyDir(src, dst string) {
	if w.err != nil {
		return
	}
	if _, err := os.Stat(src); err != nil {
		return
	}
	w.err = os.MkdirAll(filepath.Join(w.root, dst), 0o755)
	if w.err == nil {
		w.err = os.CopyFS(filepath.Join(w.root, dst), os.DirFS(src))
	}
}
