package site

import (
	"io/fs"
	"strconv"
	"strings"

	"github.com/iecmh/endorse/internal/diag"
)

// cspDiags reports what the Content-Security-Policy would block on the
// pages of results (those at idx; nil: all), once per place in a template
// with the pages it breaks, instead of once per page (issue 9, defect 10:
// one inline script in page.html made a message for every page, none with
// a position). The place is found by scanning the template sources the
// way pages are scanned: the page's own template first, then the shell
// (base.html and the partials).
func (b *builder) cspDiags(results []result, idx []int) diag.List {
	type place struct {
		file      string
		line, col int
		what      string
	}
	pages := map[place][]string{}
	var order []place
	scans := map[string]*sourceScan{}
	each(results, idx, func(r *result) {
		nth := map[string]int{}
		for _, what := range r.blocked {
			p := place{file: r.job.Template, what: what}
			p.file, p.line, p.col = b.locateBlocked(r.job.Template, what, nth[what], scans)
			nth[what]++
			if _, seen := pages[p]; !seen {
				order = append(order, p)
			}
			pages[p] = append(pages[p], r.job.URL)
		}
	})
	var l diag.List
	for _, p := range order {
		l.Add(p.file, p.line, p.col, p.what+" would be blocked by the Content-Security-Policy "+onPages(pages[p]))
	}
	return l
}

// each calls f for the results at idx, or for all of them when idx is nil.
func each(results []result, idx []int, f func(*result)) {
	if idx == nil {
		for i := range results {
			f(&results[i])
		}
		return
	}
	for _, i := range idx {
		f(&results[i])
	}
}

// sourceScan is a template file scanned for what the CSP would block.
type sourceScan struct {
	src  []byte
	scan pageScan
}

// locateBlocked finds the n-th construct what (as pageScan names it) in
// the page template tmpl, then in the shell's files; the template itself,
// without a position, when no source has it (it came from data).
func (b *builder) locateBlocked(tmpl, what string, n int, scans map[string]*sourceScan) (file string, line, col int) {
	var last *sourceScan
	lastFile, lastAt := tmpl, -1
	for _, f := range append([]string{tmpl}, b.tmpl.shared...) {
		s := scans[f]
		if s == nil {
			src, _ := fs.ReadFile(b.fsys, f)
			s = &sourceScan{src: src, scan: scanHTML(src)}
			scans[f] = s
		}
		for i, v := range s.scan.inline {
			if v != what {
				continue
			}
			last, lastFile, lastAt = s, f, s.scan.at[i]
			if n == 0 {
				line, col := diag.LineCol(s.src, lastAt)
				return f, line, col
			}
			n--
		}
	}
	if last == nil {
		return tmpl, 0, 0
	}
	line, col = diag.LineCol(last.src, lastAt)
	return lastFile, line, col
}

// onPages names the pages a problem appears on: all of them up to three,
// else three and how many more.
func onPages(urls []string) string {
	if len(urls) == 1 {
		return "(on " + urls[0] + ")"
	}
	if len(urls) <= 3 {
		return "(on " + strings.Join(urls[:len(urls)-1], ", ") + " and " + urls[len(urls)-1] + ")"
	}
	return "(on " + strings.Join(urls[:3], ", ") + " and " + strconv.Itoa(len(urls)-3) + " more pages)"
}
