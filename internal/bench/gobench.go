package bench

import (
	"bufio"
	"fmt"
	"os/exec"
	"strconv"
	"strings"
	"time"
)

// Metric is one value of a Go benchmark line, e.g. 41230 "ns/op".
type Metric struct {
	Value float64
	Unit  string
}

// GoBench is one parsed `Benchmark…` line of `go test -bench` output.
type GoBench struct {
	Name    string // without the -N GOMAXPROCS suffix
	N       int64
	Metrics []Metric
}

// Metric returns the value of the first metric whose unit contains any of
// keys, and whether there was one.
func (b GoBench) Metric(keys ...string) (Metric, bool) {
	for _, m := range b.Metrics {
		for _, k := range keys {
			if strings.Contains(strings.ToLower(m.Unit), k) {
				return m, true
			}
		}
	}
	return Metric{}, false
}

// runGoBench runs `go test -run ^$ -bench . extra... pkgs` in repo with a
// time limit and parses its benchmark lines. A package without benchmarks
// yields no lines and no error; benchmarks that all skip yield an error
// quoting the first skip message.
func runGoBench(repo string, limit time.Duration, extra []string, pkgs ...string) ([]GoBench, error) {
	args := append([]string{"test", "-run", "^$", "-bench", ".", "-timeout", limit.String()}, extra...)
	cmd := exec.Command("go", append(args, pkgs...)...)
	cmd.Dir = repo
	out, err := cmd.CombinedOutput()
	lines := parseGoBench(string(out))
	if skip := skipLine(string(out)); err == nil && len(lines) == 0 && skip != "" {
		return nil, fmt.Errorf("skipped: %s", skip)
	}
	if err != nil {
		return lines, fmt.Errorf("go test -bench %s: %v: %s\n%s", strings.Join(pkgs, " "), err, errorLine(string(out)), tail(string(out), 1500))
	}
	return lines, nil
}

// skipLine returns the first skip of go test output: the reason printed
// under "--- SKIP: Name", or that line itself; "" when nothing skipped.
func skipLine(out string) string {
	lines := strings.Split(out, "\n")
	for i, l := range lines {
		if !strings.HasPrefix(strings.TrimSpace(l), "--- SKIP") {
			continue
		}
		if i+1 < len(lines) && strings.Contains(lines[i+1], ".go:") {
			return strings.TrimSpace(lines[i+1])
		}
		return strings.TrimSpace(l)
	}
	return ""
}

// errorLine returns the line of go test output that best says what went
// wrong: a compiler or test failure position, a panic, else the last line.
func errorLine(out string) string {
	for _, l := range strings.Split(out, "\n") {
		t := strings.TrimSpace(l)
		if strings.HasPrefix(t, "panic:") || strings.HasPrefix(t, "--- FAIL") || strings.Contains(t, ".go:") {
			return t
		}
	}
	return lastLine(out)
}

// parseGoBench extracts the benchmark result lines of go test output.
func parseGoBench(out string) []GoBench {
	var res []GoBench
	sc := bufio.NewScanner(strings.NewReader(out))
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) < 4 || !strings.HasPrefix(f[0], "Benchmark") {
			continue
		}
		n, err := strconv.ParseInt(f[1], 10, 64)
		if err != nil {
			continue
		}
		res = append(res, GoBench{Name: trimProcs(f[0]), N: n, Metrics: parseMetrics(f[2:])})
	}
	return res
}

// parseMetrics reads value-unit pairs.
func parseMetrics(f []string) []Metric {
	var ms []Metric
	for i := 0; i+1 < len(f); i += 2 {
		v, err := strconv.ParseFloat(f[i], 64)
		if err != nil {
			break
		}
		ms = append(ms, Metric{Value: v, Unit: f[i+1]})
	}
	return ms
}

// trimProcs removes the "-2" GOMAXPROCS suffix of a benchmark name.
func trimProcs(name string) string {
	if i := strings.LastIndexByte(name, '-'); i > 0 {
		if _, err := strconv.Atoi(name[i+1:]); err == nil {
			return name[:i]
		}
	}
	return name
}

// millis converts a time metric to milliseconds from its unit's prefix
// ("ns/op", "µs/…", "us/…", "ms/…", "s/…"); ok is false for other units.
func millis(m Metric) (float64, bool) {
	u := strings.ToLower(m.Unit)
	scale := map[string]float64{"ns": 1e-6, "µs": 1e-3, "us": 1e-3, "ms": 1, "s": 1e3}
	for _, p := range []string{"ns", "µs", "us", "ms", "s"} {
		if strings.HasPrefix(u, p+"/") || strings.HasPrefix(u, p+"-") || strings.HasSuffix(u, "-"+p) || u == p {
			return m.Value * scale[p], true
		}
	}
	return 0, false
}
