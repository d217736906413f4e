package bench

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
)

// Config says what Run measures.
type Config struct {
	Repo      string // repository root (templates/, static/, rules/, wasm/, cmd/endorse)
	Work      string // report, binaries and wasm, e.g. .bench
	Scratch   string // corpora and build outputs (see DefaultScratch); removed at the end
	Sizes     []Size // corpus sizes, in order; the first is also served
	Serve     int    // edit samples for `endorse serve` (0 = skip)
	BuildArgs string // endorse's build arguments; {out} is the output directory
	ServeArgs string // endorse's serve arguments; {port} is a free port, {addr} 127.0.0.1:port
	Checker   bool   // measure the wasm checker and run ENGINE's benchmarks
	Formats   Size   // corpus size and runs of the front matter comparison (0 pages: skip)
	Log       io.Writer
}

// Results is everything one Run measured.
type Results struct {
	Env     Env
	Builds  []BuildResult
	Formats []FormatResult
	Serve   *ServeResult
	Wasm    *WasmSize
	Checker *CheckerBench
	Engine  []GoBench
	EngErr  string
}

// runner carries a run's configuration and environment.
type runner struct {
	cfg  Config
	env  Env
	work string
}

// logf writes one progress line.
func (r *runner) logf(format string, args ...any) {
	fmt.Fprintf(r.cfg.Log, "bench: "+format+"\n", args...)
}

// Run measures everything cfg asks for and returns the results; the report
// is Report(results).
func Run(cfg Config) (Results, error) {
	if err := os.MkdirAll(cfg.Work, 0o755); err != nil {
		return Results{}, err
	}
	r := &runner{cfg: cfg, work: cfg.Work}
	r.env = probeEnv(cfg.Repo, cfg.Work, cfg.Log)
	r.env.Scratch = cfg.Scratch
	r.env.Load = loadAverage()
	res := Results{Env: r.env}
	r.builds(&res)
	if cfg.Formats.Pages > 0 {
		r.logf("comparing front matter formats on %d pages", cfg.Formats.Pages)
		res.Formats = r.formats(cfg.Formats)
	}
	if cfg.Checker {
		r.checker(&res)
	}
	os.RemoveAll(cfg.Scratch)
	res.Env.Load += " → " + loadAverage()
	return res, nil
}

// DefaultScratch returns where corpora and outputs go: a directory on the
// tmpfs /dev/shm when there is one, so the figures measure the generators
// rather than a disk's file-creation speed (the same for both tools), else
// work/scratch.
func DefaultScratch(work string) string {
	if fi, err := os.Stat("/dev/shm"); err == nil && fi.IsDir() {
		if f, err := os.CreateTemp("/dev/shm", "endorse-bench-probe-"); err == nil {
			f.Close()
			os.Remove(f.Name())
			return filepath.Join("/dev/shm", fmt.Sprintf("endorse-bench-%d", os.Getuid()))
		}
	}
	return filepath.Join(work, "scratch")
}

// builds compares the tools at every size and times `endorse serve` on the
// first size's corpus while it exists.
func (r *runner) builds(res *Results) {
	for _, s := range r.cfg.Sizes {
		res.Builds = append(res.Builds, r.compare(s))
		if len(res.Builds) == 1 && r.cfg.Serve > 0 {
			r.logf("timing endorse serve rebuilds on %d pages", s.Pages)
			sr := r.serve(s.Pages, r.cfg.Serve)
			res.Serve = &sr
		}
	}
}

// checker measures the wasm size and runs CHECKER's and ENGINE's benchmarks.
func (r *runner) checker(res *Results) {
	r.logf("building the checker's wasm")
	w := wasmSize(r.cfg.Repo, r.work)
	res.Wasm = &w
	r.logf("running ENGINE's benchmarks")
	res.Engine, res.EngErr = engineBench(r.cfg.Repo)
	r.logf("running the checker's browser benchmarks")
	c := checkerBench(r.cfg.Repo)
	res.Checker = &c
}
