// Package bench measures Endorse against Hugo and against its own targets,
// and writes the Markdown report that `make bench` prints (cmd/benchreport).
//
// Every figure in the report is measured in the same run: wall time and peak
// resident memory of child processes come from wait4's rusage; sizes from
// files built here; benchmark figures from `go test -bench` output. A part
// that cannot be measured (a tool missing, a package not written yet) is
// reported as "not available", never filled in.
package bench

import (
	"bytes"
	"fmt"
	"os/exec"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// Sample is one measured run of a child process.
type Sample struct {
	Wall   time.Duration
	CPU    time.Duration // user + system
	MaxRSS int64         // peak resident set size in bytes
	Live   int64         // peak live heap in bytes from GODEBUG=gctrace=1 output; 0 when not traced
}

// measure runs cmd to completion and returns its wall time and rusage.
// Output goes to a buffer that is returned in the error when it fails.
func measure(cmd *exec.Cmd) (Sample, error) {
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	start := time.Now()
	err := cmd.Run()
	wall := time.Since(start)
	if err != nil {
		return Sample{}, fmt.Errorf("%v: %s\n%s\n%s", err, lastLine(out.String()), cmd.String(), tail(out.String(), 2000))
	}
	ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage)
	if !ok {
		return Sample{Wall: wall}, nil
	}
	cpu := time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
	return Sample{Wall: wall, CPU: cpu, MaxRSS: ru.Maxrss * 1024, Live: peakLive(out.String())}, nil
}

// gcLine matches a GODEBUG=gctrace=1 line's heap sizes: before, after and
// live (marked) heap, "12->14->7 MB".
var gcLine = regexp.MustCompile(`(?m)^gc \d+ .* (\d+)->(\d+)->(\d+) MB`)

// peakLive returns the largest live heap the Go runtime's GC trace in out
// reports, in bytes (0 without a trace). Unlike peak RSS it leaves out the
// headroom the collector allows before its next cycle (GOGC), so it tells
// what a program keeps.
func peakLive(out string) int64 {
	var peak int64
	for _, m := range gcLine.FindAllStringSubmatch(out, -1) {
		if v, err := strconv.ParseInt(m[3], 10, 64); err == nil && v<<20 > peak {
			peak = v << 20
		}
	}
	return peak
}

// lastLine returns the last non-blank line of s that is not a GC trace.
func lastLine(s string) string {
	lines := strings.Split(s, "\n")
	for i := len(lines) - 1; i >= 0; i-- {
		if l := strings.TrimSpace(lines[i]); l != "" && !gcLine.MatchString(l) {
			return l
		}
	}
	return ""
}

// tail returns at most the last n bytes of s.
func tail(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return "…" + s[len(s)-n:]
}

// Median is the per-field median of samples (each field sorted alone).
func Median(samples []Sample) Sample {
	if len(samples) == 0 {
		return Sample{}
	}
	pick := func(get func(Sample) int64) int64 {
		v := make([]int64, len(samples))
		for i, s := range samples {
			v[i] = get(s)
		}
		slices.Sort(v)
		if len(v)%2 == 1 {
			return v[len(v)/2]
		}
		return (v[len(v)/2-1] + v[len(v)/2]) / 2
	}
	return Sample{
		Wall:   time.Duration(pick(func(s Sample) int64 { return int64(s.Wall) })),
		CPU:    time.Duration(pick(func(s Sample) int64 { return int64(s.CPU) })),
		MaxRSS: pick(func(s Sample) int64 { return s.MaxRSS }),
	}
}

// medianDuration returns the median of ds (0 for none).
func medianDuration(ds []time.Duration) time.Duration {
	ss := make([]Sample, len(ds))
	for i, d := range ds {
		ss[i] = Sample{Wall: d}
	}
	return Median(ss).Wall
}
