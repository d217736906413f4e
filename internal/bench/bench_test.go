package bench

import (
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/iecmh/endorse/internal/bench/corpus"
	"github.com/iecmh/endorse/internal/site"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden")

// TestCorpusBuildsWithBoth builds a small corpus (with the repository's
// templates, static files, rules and example pages) with site.Build and,
// when installed, with Hugo: the benchmark compares nothing otherwise.
func TestCorpusBuildsWithBoth(t *testing.T) {
	dir := t.TempDir()
	root := filepath.Join(dir, "corpus")
	if _, err := corpus.Generate(corpus.Options{Pages: 120, Out: root, Repo: "../.."}); err != nil {
		t.Fatal(err)
	}
	if _, err := site.Build(site.Options{Root: root, Out: filepath.Join(dir, "endorse"), NoWasm: true}); err != nil {
		t.Fatalf("endorse cannot build the corpus:\n%v", err)
	}
	if _, err := os.Stat(filepath.Join(dir, "endorse", "section-002", "page-00120", "index.html")); err != nil {
		t.Error(err)
	}
	if _, err := exec.LookPath("hugo"); err != nil {
		t.Skip("hugo is not installed")
	}
	out, err := exec.Command("hugo", "--minify", "--quiet", "-s", root, "-d", filepath.Join(dir, "hugo")).CombinedOutput()
	if err != nil {
		t.Fatalf("hugo cannot build the corpus: %v\n%s", err, out)
	}
	if _, err := os.Stat(filepath.Join(dir, "hugo", "section-002", "page-00120", "index.html")); err != nil {
		t.Error(err)
	}
}

func TestParseGoBench(t *testing.T) {
	out := `goos: linux
BenchmarkEvaluate/all-2   	   30000	     41234 ns/op	    9120 B/op	     120 allocs/op
BenchmarkFirstResult-2    	       1	 180000000 ns/op	       182.5 first-result-ms
BenchmarkBroken-2  FAIL
PASS`
	got := parseGoBench(out)
	if len(got) != 2 || got[0].Name != "BenchmarkEvaluate/all" || got[0].N != 30000 {
		t.Fatalf("parsed %+v", got)
	}
	if m, ok := got[0].Metric("ns/op"); !ok || m.Value != 41234 {
		t.Errorf("ns/op = %v %v", m, ok)
	}
	if ms := firstMillis(-1, got[1], "first"); ms != 182.5 {
		t.Errorf("first result = %v ms, want the reported metric 182.5", ms)
	}
	if ms := firstMillis(-1, got[0], "evaluate"); ms != 0.041234 {
		t.Errorf("by name = %v ms, want ns/op converted", ms)
	}
}

func TestPeakLive(t *testing.T) {
	out := "gc 1 @0.004s 1%: 0.01+0.3+0.01 ms clock, 0.02+0/0.2/0+0.02 ms cpu, 3->4->1 MB, 4 MB goal, 0 MB stacks, 0 MB globals, 2 P\n" +
		"gc 2 @0.010s 2%: 0.01+0.4+0.01 ms clock, 0.02+0/0.3/0+0.03 ms cpu, 60->70->37 MB, 74 MB goal, 0 MB stacks, 0 MB globals, 2 P\n" +
		"gc 3 @0.020s 2%: 0.01+0.4+0.01 ms clock, 0.02+0/0.3/0+0.03 ms cpu, 70->72->30 MB, 74 MB goal, 0 MB stacks, 0 MB globals, 2 P\n" +
		"endorse: built 3 pages\n"
	if got := peakLive(out); got != 37<<20 {
		t.Errorf("peakLive = %d, want 37 MiB", got)
	}
	if got := lastLine(out + "gc 4 @1s 1%: 1+1+1 ms clock, 1+1/1/1+1 ms cpu, 1->1->1 MB, 4 MB goal\n"); got != "endorse: built 3 pages" {
		t.Errorf("lastLine = %q, want the last line that is not a GC trace", got)
	}
}

func TestErrorLine(t *testing.T) {
	out := "# pkg\ninternal/engine/x.go:12:3: undefined: foo\nFAIL\tpkg [build failed]\nFAIL\n"
	if got := errorLine(out); got != "internal/engine/x.go:12:3: undefined: foo" {
		t.Errorf("errorLine = %q", got)
	}
	if got := errorLine("ok\nFAIL\n"); got != "FAIL" {
		t.Errorf("errorLine without a position = %q", got)
	}
	skipped := "goos: linux\n--- SKIP: BenchmarkCheckerFirstResult\n    browser_test.go:40: no Chromium\nPASS\n"
	if got := skipLine(skipped); got != "browser_test.go:40: no Chromium" {
		t.Errorf("skipLine = %q", got)
	}
}

// TestReport renders fixed results and compares with a golden file.
func TestReport(t *testing.T) {
	s := func(wall time.Duration, mib int64) *Sample {
		return &Sample{Wall: wall, CPU: wall * 3 / 2, MaxRSS: mib << 20, Live: mib << 19}
	}
	res := Results{
		Env: Env{Date: "2026-01-02 03:04 UTC", CPUs: 2, Go: "go1.26.8", Hugo: "hugo v0.111.3", Commit: "abc1234", Scratch: "/dev/shm/x", Load: "0.10 → 1.90"},
		Builds: []BuildResult{
			{Size: Size{1000, 5, true}, Corpus: corpus.Stats{Pages: 1000, MarkdownBytes: 4_700_000}, Hugo: s(900*time.Millisecond, 190), Endorse: s(250*time.Millisecond, 40)},
			{Size: Size{10000, 3, true}, Corpus: corpus.Stats{Pages: 10000, MarkdownBytes: 47_000_000}, Hugo: s(8*time.Second, 1500), Endorse: s(2*time.Second, 150)},
			{Size: Size{30000, 3, false}, Corpus: corpus.Stats{Pages: 30000, MarkdownBytes: 141_000_000}, Endorse: s(7*time.Second, 400)},
		},
		Formats: []FormatResult{
			{Format: "toml", Pages: 10000, Samples: []Sample{*s(2*time.Second, 150), *s(2200*time.Millisecond, 150), *s(1900*time.Millisecond, 150)}},
			{Format: "yaml", Pages: 10000, Samples: []Sample{*s(2100*time.Millisecond, 150), *s(2400*time.Millisecond, 150), *s(2300*time.Millisecond, 150)}},
			{Format: "json", Pages: 10000, Err: "exit status 1: content/x.md:1:1: boom"},
		},
		Serve:   &ServeResult{Pages: 1000, Samples: []time.Duration{12 * time.Millisecond, 15 * time.Millisecond, 30 * time.Millisecond}, Startup: time.Second},
		Wasm:    &WasmSize{Raw: 1_943_000, Gzip: 581_600, Brotli: 444_800},
		Checker: &CheckerBench{FirstResult: -1, Reeval: 3.2, Reeval1000: 31.5, Err: "internal/e2e has no first-result benchmark"},
		EngErr:  "internal/engine has no benchmarks",
	}
	got := Report(res)
	golden := filepath.Join("testdata", "report.golden")
	if *update {
		os.WriteFile(golden, []byte(got), 0o644)
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if got != string(want) {
		t.Errorf("report differs from %s (go test -update to accept):\n%s", golden, got)
	}
}

// TestEngineRows: the engine's goals: 200 µs for every category and 200
// entries, 50 ms for 10,000 entries, and time per entry growing at most
// ×2.5 from 1,000 to 100,000 entries.
func TestEngineRows(t *testing.T) {
	line := func(name string, ns, perEntry float64) GoBench {
		g := GoBench{Name: name, N: 10, Metrics: []Metric{{ns, "ns/op"}}}
		if perEntry > 0 {
			g.Metrics = append(g.Metrics, Metric{perEntry, "ns/entry"})
		}
		return g
	}
	rows := engineRows(Results{Engine: []GoBench{
		line("BenchmarkEvaluateAll", 180_000, 0),
		line("BenchmarkEvaluateScale/entries=1000", 2_000_000, 2000),
		line("BenchmarkEvaluateScale/entries=10000", 60_000_000, 6000),
		line("BenchmarkEvaluateScale/entries=100000", 400_000_000, 4000),
	}})
	var got []string
	for _, r := range rows {
		got = append(got, strings.Join(r[:], " | "))
	}
	want := []string{
		"engine: BenchmarkEvaluateAll | 180.0 µs | < 200 µs | PASS",
		"engine: 1000 entries (2000 ns per entry) | 2.0 ms | — | —",
		"engine: 10000 entries (6000 ns per entry) | 60.0 ms | < 50 ms | FAIL",
		"engine: 100000 entries (4000 ns per entry) | 400.0 ms | — | —",
		"engine: time per entry, 100,000 vs 1,000 entries | ×2.00 | ≤ ×2.5 (linear) | PASS",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("rows:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
