package bench

import (
	"fmt"
	"strings"
	"time"
)

// writeGrowth writes endorse's figures per size and checks that time grows
// linearly or better and that peak memory grows by less per page than the
// page's Markdown source: a build that keeps only a page index, not every
// page's text or HTML, stays below that.
func writeGrowth(b *strings.Builder, builds []BuildResult) {
	b.WriteString("## Growth (endorse)\n\n| pages | time | µs per page | CPU time | peak RSS | peak live heap | Markdown per page |\n|---:|---:|---:|---:|---:|---:|---:|\n")
	var prev *BuildResult
	var checks []string
	for i := range builds {
		r := &builds[i]
		b.WriteString(growthRow(r))
		if r.Endorse != nil && prev != nil {
			checks = append(checks, growthChecks(prev, r)...)
		}
		if r.Endorse != nil {
			prev = r
		}
	}
	b.WriteString("\n")
	for _, c := range checks {
		b.WriteString("- " + c + "\n")
	}
	b.WriteString("\n")
}

// growthRow is one size's row of the growth table.
func growthRow(r *BuildResult) string {
	if r.Endorse == nil {
		return fmt.Sprintf("| %s | %s | | | | | |\n", thousands(r.Pages), na)
	}
	return fmt.Sprintf("| %s | %s | %.0f | %s | %s | %s | %s |\n", thousands(r.Pages), wall(r.Endorse),
		float64(r.Endorse.Wall.Microseconds())/float64(r.Pages), cpu(r.Endorse),
		rss(r.Endorse), orNAIf(mib(r.Endorse.Live), r.Endorse.Live > 0), kb(r.Corpus.MarkdownBytes/int64(r.Pages)))
}

// growthChecks compares two sizes' endorse figures. Linearity is judged on
// CPU time, which a busy machine disturbs far less than wall time; memory
// on the live heap (GC trace), which leaves out the collector's headroom.
func growthChecks(a, z *BuildResult) []string {
	pages := float64(z.Pages) / float64(a.Pages)
	c := z.Endorse.CPU.Seconds() / a.Endorse.CPU.Seconds()
	t := z.Endorse.Wall.Seconds() / a.Endorse.Wall.Seconds()
	added := float64(z.Pages - a.Pages)
	per := float64(z.Endorse.MaxRSS-a.Endorse.MaxRSS) / added
	live := float64(z.Endorse.Live-a.Endorse.Live) / added
	src := float64(z.Corpus.MarkdownBytes) / float64(z.Pages)
	span := thousands(a.Pages) + " → " + thousands(z.Pages) + " pages"
	return []string{
		fmt.Sprintf("%s (×%.1f): CPU time ×%.2f (wall ×%.2f) — linear or better: %s", span, pages, c, t,
			mark(true, c <= pages*linearTolerance)),
		fmt.Sprintf("%s: the live heap grows %.2f KB per added page (peak RSS %.2f KB, with the GC's headroom), the Markdown source is %.2f KB per page — an index, not the text, is kept: %s",
			span, live/1000, per/1000, src/1000, mark(a.Endorse.Live > 0 && z.Endorse.Live > 0, live < src)),
	}
}

// writeServe lists the rebuild samples.
func writeServe(b *strings.Builder, s *ServeResult) {
	b.WriteString("## `endorse serve` rebuild\n\n")
	if s == nil || len(s.Samples) == 0 {
		b.WriteString(na + "\n\n")
		return
	}
	parts := make([]string, len(s.Samples))
	for i, d := range s.Samples {
		parts[i] = ms(d)
	}
	fmt.Fprintf(b, "Real server on the %s-page corpus, a sentence appended to one page, the page polled over HTTP until it shows it. Startup (initial build until the home page answered): %s. Samples: %s.\n\n",
		thousands(s.Pages), s.Startup.Round(time.Millisecond), strings.Join(parts, ", "))
	if len(s.Rebuild) > 0 {
		fmt.Fprintf(b, "Of that, the server's own rebuild (its /_endorse/status duration_ms), median: %s; the rest is noticing the change and serving.\n\n",
			ms(medianDuration(s.Rebuild)))
	}
}

// writeChecker lists the wasm sizes and the raw benchmark lines.
func writeChecker(b *strings.Builder, res Results) {
	b.WriteString("## Checker and engine\n\n")
	if w := res.Wasm; w != nil && w.Err == "" {
		fmt.Fprintf(b, "- wasm as the site ships it (assets.GoCompile of ./wasm): raw %s, gzip -9 %s, brotli -q 11 %s\n",
			kb(w.Raw), kb(w.Gzip), orNAIf(kb(w.Brotli), w.Brotli > 0))
	}
	if c := res.Checker; c != nil {
		for _, l := range c.Lines {
			b.WriteString("- internal/e2e " + benchLine(l) + "\n")
		}
	}
	for _, l := range res.Engine {
		b.WriteString("- internal/engine " + benchLine(l) + "\n")
	}
	b.WriteString("\n")
}

// benchLine renders a benchmark line as `Name: v unit, …`.
func benchLine(l GoBench) string {
	parts := make([]string, len(l.Metrics))
	for i, m := range l.Metrics {
		parts[i] = fmt.Sprintf("%g %s", m.Value, m.Unit)
	}
	return fmt.Sprintf("`%s` (%d×): %s", l.Name, l.N, strings.Join(parts, ", "))
}

// writeProblems lists why figures are not available, first line each.
func writeProblems(b *strings.Builder, res Results) {
	if p := problems(res); len(p) > 0 {
		b.WriteString("## Not available\n\n" + strings.Join(p, "\n") + "\n")
	}
}

// problems returns one "- what: first line of the error" per failure.
func problems(res Results) []string {
	var p []string
	add := func(what, err string) {
		if err != "" {
			p = append(p, fmt.Sprintf("- %s: %s", what, strings.SplitN(strings.TrimSpace(err), "\n", 2)[0]))
		}
	}
	for _, r := range res.Builds {
		add(fmt.Sprintf("Hugo at %s pages", thousands(r.Pages)), r.HugoErr)
		add(fmt.Sprintf("endorse at %s pages", thousands(r.Pages)), r.EndorseErr)
	}
	for _, f := range res.Formats {
		add("endorse with "+f.Format+" front matter", f.Err)
	}
	if res.Serve != nil {
		add("endorse serve", res.Serve.Err)
	}
	if res.Wasm != nil {
		add("wasm size", res.Wasm.Err)
	}
	if res.Checker != nil {
		add("checker benchmarks", res.Checker.Err)
	}
	add("engine benchmarks", res.EngErr)
	return p
}
