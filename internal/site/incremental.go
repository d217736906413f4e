package site

import (
	"io/fs"
	"maps"
	"reflect"
	"slices"
	"strings"

	"github.com/iecmh/endorse/internal/content"
	"github.com/iecmh/endorse/internal/diag"
)

// Builder is a long-lived build of one project for endorse serve. It keeps
// the last good build in memory (loaded content, parsed templates, the
// asset manifest, the rules model, every page's ids and links, and the
// output files) so that an edit to one Markdown page re-renders only the
// pages that depend on it.
//
// Contracts: Build and Rebuild return the whole output as an fs.FS that
// never changes afterwards (later builds return new ones sharing unchanged
// files); that output is byte-identical to what Build(opts) writes to
// disk. A failed build changes nothing: the next Rebuild starts again from
// the last good build with every change since then. Not safe for
// concurrent use.
type Builder struct {
	opts    Options
	last    *state   // last good build; nil before the first
	pending []string // paths changed since the last good build
}

// state is one finished, good build.
type state struct {
	b       *builder
	results []result
	files   map[string][]byte // output path → bytes
	dirs    map[string]bool   // every directory of files, "." included
	sum     Summary
	renders int // pages this build rendered (all of them for a full build)
}

// NewBuilder returns a Builder for opts (defaults as for Build; opts.Out is
// not written).
func NewBuilder(opts Options) *Builder {
	return &Builder{opts: withDefaults(opts)}
}

// Build loads and renders everything.
func (bd *Builder) Build() (Summary, fs.FS, error) {
	start := bd.opts.Clock()
	b, l := prepare(bd.opts, start)
	if err := l.Err(); err != nil {
		return Summary{}, nil, err
	}
	w := newWriter("")
	w.mem = map[string][]byte{}
	sum, results, err := b.renderChecked(w)
	if err != nil {
		return Summary{}, nil, err
	}
	sum.Out, sum.Duration = bd.opts.Out, bd.opts.Clock().Sub(start)
	bd.last = &state{b: b, results: results, files: w.mem, dirs: dirsOf(w.mem), sum: sum, renders: len(results)}
	bd.pending = nil
	return sum, bd.last.fs(), nil
}

// Rebuild brings the output up to date after the project paths changed
// (slash paths relative to Root, as endorse serve reports them). A change
// to the body or listing fields of existing Markdown pages re-renders only
// the pages whose output can differ; anything else rebuilds everything.
func (bd *Builder) Rebuild(changed []string) (Summary, fs.FS, error) {
	bd.pending = mergePaths(bd.pending, changed)
	if bd.last == nil {
		return bd.Build()
	}
	start := bd.opts.Clock()
	st, full, err := bd.last.incremental(bd.pending)
	if full {
		return bd.Build()
	}
	if err != nil {
		return Summary{}, nil, err
	}
	st.sum.Duration = bd.opts.Clock().Sub(start)
	bd.last, bd.pending = st, nil
	return st.sum, st.fs(), nil
}

// incremental returns the build after the changed paths, or full = true
// when they need a full build. Nothing of st is modified.
func (st *state) incremental(changed []string) (next *state, full bool, err error) {
	b := st.b
	c := b.content
	for _, p := range changed {
		old := c.PageByFile(p)
		if _, err := fs.Stat(b.fsys, p); old == nil || err != nil || !strings.HasSuffix(p, ".md") {
			return nil, true, nil // not an existing page: templates, rules, site.toml, a new file…
		}
		pg, l := c.ReadPage(b.fsys, p)
		if err := l.Err(); err != nil {
			return nil, false, err
		}
		if !c.Keeps(pg) || !sameShape(old, pg) {
			return nil, true, nil
		}
		c = c.With(pg)
	}
	nb := *b
	nb.content, nb.jobs = c, nil
	if err := nb.plan().Err(); err != nil {
		return nil, false, err
	}
	if !sameJobs(b.jobs, nb.jobs) {
		return nil, true, nil
	}
	return st.rerender(&nb, changed)
}

// sameShape reports whether a page edit keeps everything a full build
// derives from the page set: URL, kind, aliases, layout, draft and
// publishing state and taxonomy terms.
// Title, description, summary, weight and date may change (they reach
// other pages only through listings and breadcrumbs, which are re-planned).
func sameShape(a, b *content.Page) bool {
	return a.URL == b.URL && a.Kind == b.Kind && a.Draft == b.Draft && a.Layout == b.Layout &&
		a.Dir == b.Dir && slices.Equal(a.Aliases, b.Aliases) && a.Headless == b.Headless &&
		a.Unlisted == b.Unlisted && reflect.DeepEqual(a.Terms, b.Terms)
}

// sameJobs reports whether two plans have the same pages at the same
// output paths from the same templates.
func sameJobs(a, b []job) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i].URL != b[i].URL || a[i].Out != b[i].Out || a[i].Template != b[i].Template || a[i].File != b[i].File {
			return false
		}
	}
	return true
}

// rerender renders the jobs of nb whose source changed or whose view data
// differs from the last build's, and re-checks links.
func (st *state) rerender(nb *builder, changed []string) (*state, bool, error) {
	dirty := st.dirtyJobs(nb, changed)
	w := newWriter("")
	w.mem = maps.Clone(st.files)
	for p := range st.files {
		w.files[p] = true
	}
	results := slices.Clone(st.results)
	for i := range results {
		results[i].job = &nb.jobs[i]
	}
	nb.renderJobs(w, dirty, results)
	nb.writeSearchIndex(w, results)
	var l diag.List
	for _, i := range dirty {
		l.Merge(results[i].diags)
	}
	l.Merge(nb.cspDiags(results, dirty))
	if err := l.Err(); err != nil {
		return nil, false, err
	}
	if err := nb.checkLinksOf(results, st.toCheck(results, dirty), w.files).Err(); err != nil {
		return nil, false, err
	}
	sum := st.sum
	sum.Bytes += w.bytes - st.bytesOf(nb, dirty) - st.searchBytes()
	return &state{b: nb, results: results, files: w.mem, dirs: st.dirs, sum: sum, renders: len(dirty)}, false, nil
}

// searchBytes totals the last build's search indexes (rewritten by every
// rebuild).
func (st *state) searchBytes() int64 {
	var n int64
	for p, data := range st.files {
		if strings.HasPrefix(p, "search/") && strings.HasSuffix(p, ".json") {
			n += int64(len(data))
		}
	}
	return n
}

// bytesOf totals the last build's output of the jobs at idx.
func (st *state) bytesOf(nb *builder, idx []int) int64 {
	var n int64
	for _, i := range idx {
		n += int64(len(st.files[nb.jobs[i].Out]))
	}
	return n
}

// dirtyJobs lists the indexes of the jobs to render again: pages read from
// a changed file, and pages whose view (title, listings, breadcrumbs,
// description…) differs from the last build's.
func (st *state) dirtyJobs(nb *builder, changed []string) []int {
	var out []int
	for i := range nb.jobs {
		j, o := &nb.jobs[i], &st.b.jobs[i]
		if slices.Contains(changed, j.File) || !reflect.DeepEqual(j.Data.Page, o.Data.Page) {
			out = append(out, i)
		}
	}
	return out
}

// toCheck returns the results whose links must be checked again: the
// re-rendered pages, and, when one of them lost an id, every page (links to
// that anchor elsewhere may now be broken).
func (st *state) toCheck(results []result, dirty []int) []result {
	var out []result
	for _, i := range dirty {
		for id := range st.results[i].ids {
			if !results[i].ids[id] {
				return results
			}
		}
		out = append(out, results[i])
	}
	return out
}

// mergePaths adds the paths of more missing from paths.
func mergePaths(paths, more []string) []string {
	for _, p := range more {
		if !slices.Contains(paths, p) {
			paths = append(paths, p)
		}
	}
	return paths
}
