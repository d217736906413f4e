package bench

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/iecmh/endorse/internal/bench/corpus"
)

// frontMatterFormats are the corpora compared by the formats section: the
// same pages, every one with TOML, YAML or JSON front matter.
var frontMatterFormats = []string{"toml", "yaml", "json"}

// FormatResult is endorse's runs on a corpus whose pages all use one
// front matter format.
type FormatResult struct {
	Format  string
	Pages   int
	Samples []Sample
	Err     string
}

// formats builds one corpus per front matter format with endorse, the
// formats taking turns in every round (one untimed warm-up round first),
// so a change in the machine's load hits all of them alike.
func (r *runner) formats(s Size) []FormatResult {
	_, endorse := r.tools()
	out := make([]FormatResult, len(frontMatterFormats))
	dirs := make([]string, len(frontMatterFormats))
	for i, f := range frontMatterFormats {
		out[i] = FormatResult{Format: f, Pages: s.Pages}
		dir, err := filepath.Abs(filepath.Join(r.cfg.Scratch, fmt.Sprintf("corpus-%d-%s", s.Pages, f)))
		if err == nil {
			_, err = corpus.Generate(corpus.Options{Pages: s.Pages, Out: dir, Repo: r.cfg.Repo, FrontMatter: f})
		}
		out[i].Err = errText(err, endorse.cmd == nil)
		dirs[i] = dir
	}
	for run := -1; run < s.Runs; run++ {
		for i := range frontMatterFormats {
			res := &out[i]
			if res.Err != "" {
				continue
			}
			dst := filepath.Join(r.cfg.Scratch, "out", "endorse-"+res.Format)
			os.RemoveAll(dst)
			sample, err := measure(endorse.cmd(dirs[i], dst))
			os.RemoveAll(dst)
			switch {
			case err != nil:
				res.Err = err.Error()
			case run >= 0:
				res.Samples = append(res.Samples, sample)
				r.logf("endorse %6d %s pages run %d: %v", s.Pages, res.Format, run+1, sample.Wall.Round(time.Millisecond))
			}
		}
	}
	for _, d := range dirs {
		os.RemoveAll(d)
	}
	return out
}

// errText says why a format's series cannot run.
func errText(err error, noEndorse bool) string {
	if err != nil {
		return err.Error()
	}
	if noEndorse {
		return "endorse does not compile (see the log)"
	}
	return ""
}

// writeFormats writes the front matter comparison: medians with the
// spread (fastest–slowest run) and each format's CPU time against TOML's.
func writeFormats(b *strings.Builder, res []FormatResult) {
	if len(res) == 0 {
		return
	}
	fmt.Fprintf(b, "## Front matter formats (endorse, %s pages)\n\n", thousands(res[0].Pages))
	b.WriteString("The same corpus with every page's front matter in one format (TOML through BurntSushi/toml, YAML through goccy/go-yaml as Hugo, JSON through encoding/json); the formats take turns in every round after an untimed warm-up round. Median (fastest–slowest).\n\n")
	b.WriteString("| front matter | runs | time | CPU time | CPU vs TOML |\n|---|---:|---:|---:|---:|\n")
	var toml time.Duration
	for _, r := range res {
		if r.Format == "toml" && len(r.Samples) > 0 {
			toml = Median(r.Samples).CPU
		}
	}
	for _, r := range res {
		if len(r.Samples) == 0 {
			fmt.Fprintf(b, "| %s | 0 | %s | | |\n", r.Format, na)
			continue
		}
		m := Median(r.Samples)
		vs := na
		if toml > 0 {
			vs = fmt.Sprintf("%.3f", m.CPU.Seconds()/toml.Seconds())
		}
		fmt.Fprintf(b, "| %s | %d | %s (%s) | %s (%s) | %s |\n", r.Format, len(r.Samples),
			fmt.Sprintf("%.2f s", m.Wall.Seconds()), spread(r.Samples, func(s Sample) time.Duration { return s.Wall }),
			fmt.Sprintf("%.2f s", m.CPU.Seconds()), spread(r.Samples, func(s Sample) time.Duration { return s.CPU }), vs)
	}
	b.WriteString("\n")
}

// spread is "fastest–slowest" of a field, in seconds.
func spread(samples []Sample, get func(Sample) time.Duration) string {
	lo, hi := get(samples[0]), get(samples[0])
	for _, s := range samples[1:] {
		lo, hi = min(lo, get(s)), max(hi, get(s))
	}
	return fmt.Sprintf("%.2f–%.2f", lo.Seconds(), hi.Seconds())
}
