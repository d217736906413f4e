package bench

import (
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"time"
)

// Env describes the machine and tool versions of a run.
type Env struct {
	Date    string // UTC, minutes
	CPUs    int
	Go      string
	Hugo    string // "" when Hugo is not available
	Commit  string // endorse commit, "+dirty" when the tree has changes
	Endorse string // path of the compiled endorse binary, "" when it didn't build
	Scratch string // where corpora and outputs were written
	Load    string // 1-minute load average at the start and at the end ("" when unknown)
}

// output runs name args in dir and returns its trimmed combined output.
func output(dir, name string, args ...string) (string, error) {
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	out, err := cmd.CombinedOutput()
	return strings.TrimSpace(string(out)), err
}

// probeEnv fills Env from the repository at repo; log receives progress.
func probeEnv(repo, work string, log io.Writer) Env {
	env := Env{Date: time.Now().UTC().Format("2006-01-02 15:04 UTC"), CPUs: runtime.NumCPU()}
	env.Go, _ = output(repo, "go", "env", "GOVERSION")
	env.Commit = commit(repo)
	env.Hugo = ensureHugo(log)
	env.Endorse = buildEndorse(repo, work, log)
	return env
}

// loadAverage returns the 1-minute load average, or "?" when unknown.
func loadAverage() string {
	data, err := os.ReadFile("/proc/loadavg")
	if f := strings.Fields(string(data)); err == nil && len(f) > 0 {
		return f[0]
	}
	return "?"
}

// commit returns the short HEAD commit of repo, marked when the tree is dirty.
func commit(repo string) string {
	c, err := output(repo, "git", "rev-parse", "--short", "HEAD")
	if err != nil {
		return "unknown"
	}
	if st, _ := output(repo, "git", "status", "--porcelain"); st != "" {
		c += "+dirty"
	}
	return c
}

// ensureHugo returns Hugo's version line, installing Debian's hugo package
// first when hugo is missing and we are root. It returns "" when Hugo stays
// unavailable, after saying why.
func ensureHugo(log io.Writer) string {
	if _, err := exec.LookPath("hugo"); err != nil {
		if os.Geteuid() != 0 {
			fmt.Fprintln(log, "bench: hugo is missing and we are not root: run `sudo apt-get install -y hugo`; Hugo columns will say not available")
			return ""
		}
		fmt.Fprintln(log, "bench: installing Debian's hugo package")
		install := exec.Command("sh", "-c", "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq hugo")
		install.Stdout, install.Stderr = log, log
		if err := install.Run(); err != nil {
			fmt.Fprintln(log, "bench: installing hugo failed:", err)
			return ""
		}
	}
	v, err := output(".", "hugo", "version")
	if err != nil {
		return ""
	}
	return shortHugoVersion(v)
}

// shortHugoVersion keeps "hugo v0.111.3+extended" of Hugo's version line.
func shortHugoVersion(v string) string {
	f := strings.Fields(v)
	if len(f) >= 2 {
		return f[0] + " " + f[1]
	}
	return v
}

// buildEndorse compiles cmd/endorse into work/bin and returns the binary's
// absolute path, or "" (after saying why) when it does not compile yet.
func buildEndorse(repo, work string, log io.Writer) string {
	bin, err := filepath.Abs(filepath.Join(work, "bin", "endorse"))
	if err != nil {
		return ""
	}
	out, err := output(repo, "go", "build", "-trimpath", "-o", bin, "./cmd/endorse")
	if err != nil {
		fmt.Fprintf(log, "bench: endorse does not build, its figures are not available:\n%s\n", tail(out, 2000))
		return ""
	}
	return bin
}
