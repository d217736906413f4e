package site

import (
	"bytes"
	"html/template"
	"io/fs"
	"strconv"
	"sync"

	"github.com/tdewolff/minify/v2"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/util"

	"github.com/iecmh/endorse/internal/assets"
	"github.com/iecmh/endorse/internal/content"
	"github.com/iecmh/endorse/internal/diag"
)

// result is what rendering one page leaves for the link checker. The page's
// HTML itself is written to disk and dropped, so memory stays flat on large
// sites.
type result struct {
	job     *job
	ids     map[string]bool
	links   []string
	blocked []string    // what the CSP would block (reported by cspDiags)
	search  *pageSearch // the page's entry in the search index; nil when not indexed
	diags   diag.List
}

// worker owns one goldmark and one minifier and reuses its buffers.
type worker struct {
	md       goldmark.Markdown
	min      *minify.M
	body     bufBuffer
	raw, out bytes.Buffer
	fsys     fs.FS    // the project, to read page bodies from
	src      []byte   // the page file being rendered, reused
	data     PageData // the current page's data, reused (see withContent)
	view     PageView
}

func newWorker(fsys fs.FS) *worker {
	return &worker{md: content.NewMarkdown(), min: assets.NewMinifier(), fsys: fsys}
}

// renderAll renders every job with opts.Workers workers. Results are in job
// order, so output and diagnostics do not depend on scheduling.
func (b *builder) renderAll(w *writer) []result {
	results := make([]result, len(b.jobs))
	all := make([]int, len(b.jobs))
	for i := range all {
		all[i] = i
	}
	b.renderJobs(w, all, results)
	return results
}

// renderJobs renders the jobs at the indexes idx into results[i].
func (b *builder) renderJobs(w *writer, idx []int, results []result) {
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(b.opts.Workers, max(len(idx), 1)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			wk := newWorker(b.fsys)
			for i := range next {
				if b.opts.Context.Err() != nil {
					continue // interrupted: drain the queue without rendering
				}
				results[i] = wk.render(b, &b.jobs[i], w)
			}
		}()
	}
	for _, i := range idx {
		next <- i
	}
	close(next)
	wg.Wait()
}

// render executes one page: Markdown body, template, minify, scan, write.
func (wk *worker) render(b *builder, j *job, w *writer) result {
	r := result{job: j}
	data, diags, err := wk.withContent(b, j)
	if err != nil {
		r.diags.Add(j.File, j.Page.BodyLine, 1, "markdown: "+err.Error())
		return r
	}
	if len(diags) > 0 {
		r.diags = diags
		return r
	}
	wk.raw.Reset()
	if err := b.tmpl.byName[j.Template].ExecuteTemplate(&wk.raw, BaseTemplate, data); err != nil {
		r.diags = append(r.diags, templateDiag(b.fsys, j.Template, err))
		return r
	}
	wk.out.Reset()
	if err := wk.min.Minify("text/html", &wk.out, &wk.raw); err != nil {
		r.diags.Add(j.Template, 0, 0, "minify "+j.URL+": "+err.Error())
		return r
	}
	scan := scanHTML(wk.out.Bytes())
	r.ids, r.links, r.blocked = scan.ids, scan.links, scan.inline
	for _, id := range scan.dupIDs {
		r.diags.Add(j.File, 0, 0, "duplicate id "+strconv.Quote(id)+" in "+j.URL+" (a Markdown heading may repeat an id the template uses)")
	}
	if b.searchEnabled() && searchable(j) {
		r.search = searchEntry(j, b.funcs.relURL(j.URL), wk.out.Bytes(), b.content.Site.Language)
	}
	w.write(j.Out, j.File, wk.out.Bytes())
	return r
}

// withContent returns the job's template data with the Markdown body
// rendered into Page.Content (a copy: jobs stay read-only), its
// shortcodes expanded; diags are the shortcodes' problems.
func (wk *worker) withContent(bd *builder, j *job) (*PageData, diag.List, error) {
	if j.Page == nil {
		return j.Data, nil, nil
	}
	// Read now, not kept (memory stays flat), into a reused buffer.
	src, body, err := j.Page.AppendBody(wk.fsys, wk.src)
	wk.src = src
	if err != nil || len(body) == 0 {
		return j.Data, nil, err
	}
	var sc *expander
	if content.HasShortcodes(body) {
		if body, sc = bd.expandShortcodes(j, body); len(sc.diags) > 0 {
			return nil, sc.diags, nil
		}
	}
	wk.body.Reset()
	if err := wk.md.Convert(body, &wk.body); err != nil {
		return nil, nil, err
	}
	if sc != nil && len(sc.held) > 0 {
		out := sc.finish(wk.body.Bytes())
		wk.body.Reset()
		wk.body.Write(out)
	}
	wk.data, wk.view = *j.Data, *j.Data.Page
	wk.view.Content = template.HTML(wk.body.Bytes())
	wk.data.Page = &wk.view
	return &wk.data, nil, nil
}

// bufBuffer is a bytes.Buffer that goldmark accepts as its buffered writer
// (util.BufWriter), so rendering writes into it directly instead of through
// a fresh 4 KB bufio.Writer per page.
type bufBuffer struct{ bytes.Buffer }

// Buffered is 0: everything written is already in the buffer.
func (b *bufBuffer) Buffered() int { return 0 }

// Flush does nothing: there is nothing to flush.
func (b *bufBuffer) Flush() error { return nil }

var _ util.BufWriter = (*bufBuffer)(nil)
