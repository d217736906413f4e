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
	"slices"
	"strings"
	"syscall"
	"time"
)

// Sample is one measured run of a child process.
type Sample struct {
	Wall   time.Duration
	CPU    time.Duration // user + system
	MaxRSS int64         // peak resident set size in bytes
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
	return Sample{Wall: wall, CPU: cpu, MaxRSS: ru.Maxrss * 1024}, nil
}

// lastLine returns the last non-blank line of s.
func lastLine(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	return lines[len(lines)-1]
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
