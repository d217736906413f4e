// Package site builds the static site: it loads content/ and the rules,
// renders every page through templates/ in parallel, minifies, writes
// assets, sitemap.xml, robots.txt, 404.html, _redirects and _headers, checks
// every internal link and anchor, and swaps the finished directory in place
// of the previous output. What the category pages show is built by
// internal/categoryview, amounts and dates in words by internal/prose, the
// search index by internal/searchindex, and external links are checked by
// internal/linkcheck: site renders and writes what they make.
//
// Contracts: a failed build leaves the previous output untouched; identical
// input gives byte-identical output whatever the number of workers; every
// problem is a diagnostic ("file:line:col: message") returned together as a
// *diag.Error.
package site

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"runtime"
	"time"

	"github.com/iecmh/endorse/internal/assets"
	"github.com/iecmh/endorse/internal/content"
	"github.com/iecmh/endorse/internal/diag"
	"github.com/iecmh/endorse/internal/linkcheck"
)

// Options configure Build. Only Root is required.
type Options struct {
	Root string // project directory (content/, templates/, static/, rules/)
	Out  string // output directory; default "public", relative to Root
	Dev  bool   // serve mode: pages include the live-reload script
	// LiveReloadJS is the live-reload script (endorse serve provides it).
	// In Dev builds it is published as the asset "livereload.js" and every
	// page loads it (with SRI) at the end of <body>; ignored otherwise.
	LiveReloadJS []byte
	Clock        func() time.Time // for Summary.Duration and which dated pages are published; default time.Now
	Workers      int              // render workers; default runtime.NumCPU(); 1 renders sequentially
	// Assets is an asset pipeline to reuse across builds (endorse serve);
	// default a fresh assets.NewPipeline(assets.Options{Root: Root, NoWasm: NoWasm}).
	Assets *assets.Pipeline
	NoWasm bool // skip the wasm build (tests of the site alone)
	// Context, when cancelled (Ctrl-C, SIGTERM), stops the build: what was
	// staged is removed and the previous output stays. Default: never.
	Context context.Context
	// Log receives progress notes a person should see while the build
	// runs, such as waiting for another build of the same output; default:
	// dropped.
	Log     func(string)
	Publish Publish // which draft, future and expired pages to publish too
	// ExternalLinks makes the build list its links to other sites in
	// Summary.External (for `endorse check --external`); a build never
	// checks them itself.
	ExternalLinks bool
}

// Publish says which pages a build publishes besides the default ones,
// as Hugo's --buildDrafts, --buildFuture and --buildExpired do.
type Publish struct {
	Drafts  bool // draft pages
	Future  bool // pages whose publishDate (else date) is after the build's time (Clock)
	Expired bool // pages whose expiryDate is before the build's time
}

// filter is the publishing filter of a build started at now.
func (o Options) filter(now time.Time) content.Filter {
	p := o.Publish
	return content.Filter{Drafts: p.Drafts, Future: p.Future, Expired: p.Expired, Now: now}
}

// Summary describes a finished build.
type Summary struct {
	Out      string        // absolute output directory
	Pages    int           // HTML pages rendered (aliases not counted)
	Assets   int           // files under /assets/
	Bytes    int64         // total bytes written
	Duration time.Duration // wall time measured with Options.Clock
	// Warnings are problems that did not fail the build, such as an old
	// output that could not be deleted after the new one was in place.
	Warnings []string
	// External lists the links to other sites and where each is written,
	// when Options.ExternalLinks asks for them.
	External []linkcheck.Link
}

// String is the one line `endorse build` prints.
func (s Summary) String() string {
	return fmt.Sprintf("built %d pages, %d assets, %s in %s → %s",
		s.Pages, s.Assets, formatBytes(s.Bytes), s.Duration.Round(time.Millisecond), s.Out)
}

func formatBytes(n int64) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d B", n)
}

// Build builds the site of opts.Root into opts.Out. On any problem it
// returns a *diag.Error (or an I/O error) and leaves Out as it was.
//
// Lifecycle: Build holds Out's lock (lockOut) from start to end, so
// concurrent builds of one output run one after the other; it first
// removes what killed builds left (sweepStaging), stages the new output
// beside Out and swaps it in only when everything succeeded. When
// opts.Context is cancelled the staging directory is removed and Build
// returns ErrInterrupted.
func Build(opts Options) (Summary, error) {
	opts = withDefaults(opts)
	start := opts.Clock()
	if err := checkOutPlace(opts.Root, opts.Out); err != nil {
		return Summary{}, err
	}
	unlock, err := lockOut(opts.Out, opts.Log)
	if err != nil {
		return Summary{}, err
	}
	defer unlock()
	if err := checkOutDir(opts.Out); err != nil {
		return Summary{}, err
	}
	warnings := sweepStaging(opts.Out)
	sum, err := buildLocked(opts, start)
	if err != nil {
		return Summary{}, err
	}
	sum.Out, sum.Duration = opts.Out, opts.Clock().Sub(start)
	sum.Warnings = append(warnings, sum.Warnings...)
	return sum, nil
}

// ErrInterrupted is returned by a build stopped through Options.Context.
var ErrInterrupted = errors.New("build interrupted; the previous output is unchanged")

// buildLocked loads, renders into a staging directory and swaps it in
// (a build started at start: which dated pages it publishes).
func buildLocked(opts Options, start time.Time) (Summary, error) {
	b, l := prepare(opts, start)
	if err := l.Err(); err != nil {
		return Summary{}, err
	}
	if opts.Context.Err() != nil {
		return Summary{}, ErrInterrupted
	}
	staging, err := newStaging(opts.Out)
	if err != nil {
		return Summary{}, err
	}
	sum, err := b.writeAll(staging)
	if err == nil && opts.Context.Err() != nil {
		err = ErrInterrupted
	}
	var warning string
	if err == nil {
		warning, err = swapIn(staging, opts.Out)
	}
	if err != nil {
		_ = removeTree(staging)
		if opts.Context.Err() != nil {
			err = ErrInterrupted
		}
		return Summary{}, err
	}
	if warning != "" {
		sum.Warnings = append(sum.Warnings, warning)
	}
	return sum, nil
}

func withDefaults(o Options) Options {
	if o.Root == "" {
		o.Root = "."
	}
	if abs, err := filepath.Abs(o.Root); err == nil {
		o.Root = abs
	}
	if o.Out == "" {
		o.Out = "public"
	}
	if !filepath.IsAbs(o.Out) {
		o.Out = filepath.Join(o.Root, o.Out)
	}
	if o.Clock == nil {
		o.Clock = time.Now
	}
	if o.Context == nil {
		o.Context = context.Background()
	}
	if o.Log == nil {
		o.Log = func(string) {}
	}
	if o.Workers <= 0 {
		o.Workers = runtime.NumCPU()
	}
	if o.Assets == nil {
		o.Assets = assets.NewPipeline(assets.Options{Root: o.Root, NoWasm: o.NoWasm})
	}
	return o
}

// writeAll renders and writes everything into dir, then checks links.
func (b *builder) writeAll(dir string) (Summary, error) {
	w := newWriter(dir)
	w.ctx = b.opts.Context
	sum, _, err := b.renderChecked(w)
	return sum, err
}

// renderChecked renders every page and extra file through w, then checks
// links. It returns the render results for later incremental rebuilds.
func (b *builder) renderChecked(w *writer) (Summary, []result, error) {
	var l diag.List
	w.writeAssets(b.manifest)
	results := b.renderAll(w)
	for _, r := range results {
		l.Merge(r.diags)
	}
	l.Merge(b.cspDiags(results, nil))
	b.writeSearchIndex(w, results)
	l.Merge(b.writeExtras(w))
	if err := w.result(); err != nil {
		return Summary{}, nil, err
	}
	if len(l) == 0 { // a page that failed to render would make every link to it look broken
		l.Merge(b.checkLinks(results, w.files))
	}
	if err := l.Err(); err != nil {
		return Summary{}, nil, err
	}
	sum := w.summary(len(results))
	sum.Warnings = append(sum.Warnings, b.warnings...)
	if b.opts.ExternalLinks {
		sum.External = b.externalLinks(results)
	}
	return sum, results, nil
}
