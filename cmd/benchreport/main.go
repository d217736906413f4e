// Command benchreport measures endorse against Hugo and against its targets
// and prints a Markdown report, also written to <work>/report.md. It is what
// `make bench` runs; see package internal/bench.
//
//	go run ./cmd/benchreport -sizes 1000x5,10000x3,30000x3 -hugo-max 10000
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/iecmh/endorse/internal/bench"
)

func main() {
	cfg, err := config()
	if err != nil {
		fail(err)
	}
	res, err := bench.Run(cfg)
	if err != nil {
		fail(err)
	}
	report := bench.Report(res)
	fmt.Print(report)
	path := filepath.Join(cfg.Work, "report.md")
	if err := os.WriteFile(path, []byte(report), 0o644); err != nil {
		fail(err)
	}
	fmt.Fprintln(os.Stderr, "bench: report written to", path)
}

// config reads the command line.
func config() (bench.Config, error) {
	cfg := bench.Config{Repo: ".", Log: os.Stderr}
	sizes := flag.String("sizes", "1000x5,10000x3,30000x3", "corpus sizes as PAGESxRUNS, comma-separated; the first is also served")
	hugoMax := flag.Int("hugo-max", 10000, "largest corpus Hugo builds too")
	flag.StringVar(&cfg.Work, "work", ".bench", "directory for the report, the endorse binary and the wasm")
	flag.StringVar(&cfg.Scratch, "scratch", "", "directory for corpora and outputs, removed at the end (default: on /dev/shm if present, else WORK/scratch)")
	flag.IntVar(&cfg.Serve, "serve", 10, "edit samples for endorse serve (0 = skip)")
	flag.StringVar(&cfg.BuildArgs, "build-args", "build -out {out}", "endorse build arguments; {out} = output directory")
	flag.StringVar(&cfg.ServeArgs, "serve-args", "serve -port {port}", "endorse serve arguments; {port} = a free port on 127.0.0.1 ({addr} = host:port)")
	flag.BoolVar(&cfg.Checker, "checker", true, "measure the wasm checker and run the engine's benchmarks")
	formats := flag.String("formats", "10000x3", "corpus size of the front matter comparison (TOML, YAML, JSON) as PAGESxRUNS; \"\" skips it")
	flag.Parse()
	if cfg.Scratch == "" {
		cfg.Scratch = bench.DefaultScratch(cfg.Work)
	}
	var err error
	cfg.Sizes, err = parseSizes(*sizes, *hugoMax)
	if err == nil && *formats != "" {
		var f []bench.Size
		if f, err = parseSizes(*formats, 0); err == nil {
			cfg.Formats = f[0]
		}
	}
	return cfg, err
}

// parseSizes reads "1000x5,10000x3".
func parseSizes(s string, hugoMax int) ([]bench.Size, error) {
	var sizes []bench.Size
	for _, part := range strings.Split(s, ",") {
		p, r, ok := strings.Cut(strings.TrimSpace(part), "x")
		pages, err1 := strconv.Atoi(p)
		runs, err2 := strconv.Atoi(r)
		if !ok || err1 != nil || err2 != nil || pages < 1 || runs < 1 {
			return nil, fmt.Errorf("bad size %q: want PAGESxRUNS, e.g. 1000x5", part)
		}
		sizes = append(sizes, bench.Size{Pages: pages, Runs: runs, Hugo: pages <= hugoMax})
	}
	return sizes, nil
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "benchreport:", err)
	os.Exit(1)
}
