package bench

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/iecmh/endorse/internal/bench/corpus"
)

// Size is one corpus size and how many timed runs each tool gets there.
type Size struct {
	Pages int
	Runs  int
	Hugo  bool // whether Hugo builds this size too
}

// BuildResult holds the medians of one corpus size.
type BuildResult struct {
	Size
	Corpus              corpus.Stats
	Hugo, Endorse       *Sample // nil when not available
	HugoErr, EndorseErr string  // why a tool's figure is not available
}

// tool is one site generator under test.
type tool struct {
	name string
	cmd  func(dir, out string) *exec.Cmd // nil when the tool is unavailable
}

// tools returns Hugo and endorse as configured by r.
func (r *runner) tools() (hugo, endorse tool) {
	hugo = tool{name: "hugo"}
	if r.env.Hugo != "" {
		hugo.cmd = func(dir, out string) *exec.Cmd {
			return exec.Command("hugo", "--minify", "--quiet", "--source", dir, "--destination", out)
		}
	}
	endorse = tool{name: "endorse"}
	if r.env.Endorse != "" {
		endorse.cmd = func(dir, out string) *exec.Cmd {
			cmd := exec.Command(r.env.Endorse, r.endorseArgs(r.cfg.BuildArgs, out)...)
			cmd.Dir = dir
			return cmd
		}
	}
	return hugo, endorse
}

// endorseArgs splits an argument template and replaces {out} (build) or
// {addr} and {port} (serve) by value, a directory or a host:port.
func (r *runner) endorseArgs(template, value string) []string {
	_, port, _ := strings.Cut(value, ":")
	rep := strings.NewReplacer("{out}", value, "{addr}", value, "{port}", port)
	args := strings.Fields(template)
	for i, a := range args {
		args[i] = rep.Replace(a)
	}
	return args
}

// series is one tool's runs at one corpus size.
type series struct {
	tool
	samples []Sample
	live    int64  // peak live heap of the warm-up run, traced (endorse only)
	err     string // the first failure, or why the tool is unavailable
}

// median returns the median sample with the warm-up's live heap, or nil
// after an error or without runs.
func (s *series) median() *Sample {
	if s.err != "" || len(s.samples) == 0 {
		return nil
	}
	m := Median(s.samples)
	m.Live = s.live
	return &m
}

// compare generates the corpus of size s and builds it with both tools,
// alternating which goes first, after one untimed warm-up run each (which
// fills caches, e.g. endorse's wasm cache, as a second build would find them).
func (r *runner) compare(s Size) BuildResult {
	res := BuildResult{Size: s}
	dir, stats, err := r.corpus(s.Pages)
	res.Corpus = stats
	hugo, endorse := r.series(s, err)
	for i := -1; i < s.Runs && err == nil; i++ {
		order := []*series{hugo, endorse}
		if i%2 != 0 {
			order = []*series{endorse, hugo}
		}
		for _, t := range order {
			r.runOnce(t, dir, s.Pages, i)
		}
	}
	res.Hugo, res.HugoErr = hugo.median(), hugo.err
	res.Endorse, res.EndorseErr = endorse.median(), endorse.err
	return res
}

// series returns the two tools' empty series for size s, with the reason
// when a tool cannot run (not installed, not compiling, no corpus).
func (r *runner) series(s Size, corpusErr error) (hugo, endorse *series) {
	h, e := r.tools()
	hugo, endorse = &series{tool: h}, &series{tool: e}
	switch {
	case !s.Hugo:
		hugo.cmd = nil
	case hugo.cmd == nil:
		hugo.err = "hugo is not installed"
	}
	if endorse.cmd == nil {
		endorse.err = "endorse does not compile (see the log)"
	}
	if corpusErr != nil {
		hugo.err, endorse.err = corpusErr.Error(), corpusErr.Error()
	}
	return hugo, endorse
}

// command returns the build command; endorse's untimed warm-up (run -1)
// also traces its garbage collector, for the live heap.
func (t *series) command(dir, out string, run int) *exec.Cmd {
	cmd := t.cmd(dir, out)
	if run < 0 && t.name == "endorse" {
		cmd.Env = append(os.Environ(), "GODEBUG=gctrace=1")
	}
	return cmd
}

// runOnce runs one build (run -1 is the untimed warm-up) into a fresh
// output directory and files the sample, or the error that ends the series.
func (r *runner) runOnce(t *series, dir string, pages, run int) {
	if t.cmd == nil || t.err != "" {
		return
	}
	out := filepath.Join(r.cfg.Scratch, "out", fmt.Sprintf("%s-%d", t.name, pages))
	os.RemoveAll(out)
	s, err := measure(t.command(dir, out, run))
	os.RemoveAll(out)
	switch {
	case err != nil:
		t.err = err.Error()
		r.logf("%s at %d pages failed: %v", t.name, pages, err)
	case run < 0:
		t.live = s.Live
	default:
		t.samples = append(t.samples, s)
		r.logf("%-7s %6d pages run %d: %v, %s", t.name, pages, run+1, s.Wall.Round(1e6), mib(s.MaxRSS))
	}
}

// corpus generates (or regenerates) the corpus of pages pages and returns
// its absolute directory.
func (r *runner) corpus(pages int) (string, corpus.Stats, error) {
	dir, err := filepath.Abs(filepath.Join(r.cfg.Scratch, fmt.Sprintf("corpus-%d", pages)))
	if err != nil {
		return "", corpus.Stats{}, err
	}
	st, err := corpus.Generate(corpus.Options{Pages: pages, Out: dir, Repo: r.cfg.Repo})
	return dir, st, err
}
