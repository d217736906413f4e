// Package corpus generates a deterministic synthetic site that both endorse
// and Hugo build unchanged, for comparing their speed and memory.
//
// The output directory is at once an endorse project (the generated pages
// and course records added to the repository's example site: its content/
// but for the home page, site.toml and catalog intro, its templates/,
// static/ and rules/, so every link the templates and rules make resolves)
// and a Hugo site (hugo.toml, layouts/ and data/ reading the very same
// content/ tree: sections with _index.md; pages with TOML, YAML or JSON
// front matter holding custom keys, and shortcodes: built-in ones both
// tools have, the corpus's own in both template directories, and Hugo
// stand-ins for endorse's data shortcodes). Identical options give
// byte-identical files.
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
	// FrontMatter is the front matter of the regular pages: "" mixes
	// TOML, YAML and JSON (see layout.formatOf); "toml", "yaml" or
	// "json" puts every page in one format, to compare their cost.
	FrontMatter string
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
var generated = []string{"content", "layouts", "templates", "static", "rules", "data", "hugo.toml", marker}

// Generate writes the corpus described by opt.
func Generate(opt Options) (Stats, error) {
	if opt.Pages < 1 {
		return Stats{}, errors.New("corpus: pages must be at least 1")
	}
	if _, ok := fmSyntax[opt.FrontMatter]; !ok && opt.FrontMatter != "" {
		return Stats{}, errors.New("corpus: front matter must be toml, yaml or json")
	}
	if err := prepare(opt.Out); err != nil {
		return Stats{}, err
	}
	w := &writer{root: opt.Out}
	l := layout{pages: opt.Pages, format: opt.FrontMatter}
	st := Stats{Pages: opt.Pages, Sections: l.sections(), Courses: courseCount(opt.Pages)}
	writeContent(w, l, opt.Seed)
	writeSkeleton(w, l)
	copyRepo(w, opt.Repo)
	writeShortcodes(w)
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
	// Hugo's data files for its stand-ins of the data shortcodes the
	// example site's pages use (hugoShortcodes).
	w.copyDir(filepath.Join(repo, "rules", "categories"), filepath.Join("data", "categories"))
	if data, err := os.ReadFile(filepath.Join(repo, "rules", "association.toml")); err == nil {
		w.file("data/association.toml", string(data))
	}
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

// shortcodeTemplates are the corpus's own shortcodes, the same text for
// both tools (html/template in both; markdownify is in both).
var shortcodeTemplates = map[string]string{
	"note.html":    `<aside class="note">{{ with .Get "title" }}<p class="note__title">{{ . }}</p>{{ end }}{{ .Inner | markdownify }}</aside>` + "\n",
	"credits.html": "{{ .Page.Params.credits }} credits\n",
}

// chartPNG is a 1×1 PNG, the image the figure shortcodes show.
const chartPNG = "\x89\x50\x4e\x47\x0d\x0a\x1a\x0a\x00\x00\x00\x0d\x49\x48\x44\x52\x00\x00\x00\x01\x00\x00\x00\x01\x08\x00\x00\x00\x00\x3a\x7e\x9b\x55\x00\x00\x00\x0a\x49\x44\x41\x54\x78\x9c\x63\x68\x00\x00\x00\x82\x00\x81\x77\xcd\x72\xb6\x00\x00\x00\x00\x49\x45\x4e\x44\xae\x42\x60\x82"

// hugoShortcodes are Hugo's stand-ins for the data shortcodes endorse has
// built in and the example site's pages use (fee and fees, on
// content/apply/fees.md; membership and renewal, on content/renewal.md;
// apply, on content/apply/_index.md and content/courses/credential.md):
// the same tables, amounts and days, read from the rules copied into
// Hugo's data/ directory (renewal: for the one-year cycle of the example).
var hugoShortcodes = map[string]string{
	"membership.html": `{{ site.Data.association.membership.note | markdownify }}`,
	"renewal.html": `{{- $late := (time "2001-12-31").AddDate 0 0 (int site.Data.association.renewal.late_days) | time.Format "2 January" -}}
{{- if eq (.Get 0) "due" }}31 December{{ else if eq (.Get 0) "late" }}{{ $late }}{{ else -}}
The hours of each calendar year are due by 31 December. Late applications are accepted until {{ $late }} for the period just ended; hours from 1 January count toward the next period. If you were endorsed during a year, your first period begins on 1 January of the next year.
{{- end }}`,
	"fee.html": `{{- $f := site.Data.association.fees -}}{{- $a := 0 -}}
{{- if .Get 1 }}{{ $a = index $f.categories (.Get 0) (.Get 1) }}{{ else }}{{ $a = index $f (.Get 0) }}{{ end -}}
${{ $a }}`,
	"apply.html": `{{- $a := site.Data.association.apply -}}{{- $to := "url" -}}{{- $text := "" -}}
{{- if .IsNamedParams -}}{{- $to = .Get "to" | default "url" -}}{{- $text = .Get "text" -}}
{{- else -}}{{- with .Get 0 -}}{{- $to = . -}}{{- end -}}{{- end -}}
<a class="button" href="{{ index $a $to }}">{{ with $text }}{{ . }}{{ else }}{{ if eq $to "credential_form" }}Open the credential completion form{{ else }}Go to {{ $a.system }}{{ end }}{{ end }}</a>`,
	"fees.html": `<div class="req-table-wrap"><table class="fee-table"><caption>{{ site.Data.association.short_name }} application fees by category (US dollars)</caption>
<thead><tr><th scope="col">Category</th><th scope="col">Registration</th><th scope="col">Processing</th><th scope="col">Exam</th></tr></thead><tbody>
{{ range $id, $c := site.Data.categories }}{{ with index site.Data.association.fees.categories $id }}<tr><th scope="row"><a href="/categories/{{ $id }}/">{{ $c.name }}</a></th><td>{{ with .registration }}${{ . }}{{ else }}—{{ end }}</td><td>{{ with .processing }}${{ . }}{{ else }}—{{ end }}</td><td>{{ with .exam }}${{ . }}{{ else }}—{{ end }}</td></tr>
{{ end }}{{ end }}</tbody></table></div>
`,
}

// writeShortcodes writes the corpus's shortcode templates for endorse
// (templates/shortcodes/) and Hugo (layouts/shortcodes/), Hugo's
// stand-ins for endorse's data shortcodes, and the image its figures show.
func writeShortcodes(w *writer) {
	for name, text := range shortcodeTemplates {
		w.file("templates/shortcodes/"+name, text)
		w.file("layouts/shortcodes/"+name, text)
	}
	for name, text := range hugoShortcodes {
		w.file("layouts/shortcodes/"+name, text)
	}
	w.file("content/images/chart.png", chartPNG)
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
