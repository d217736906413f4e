package main

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/iecmh/endorse/internal/bench/corpus"
)

// These tests run the endorse binary as a user does, in a subprocess: the
// exit status, what it prints and the files on disk are what they check.

var (
	binary  string // built once by TestMain
	tempDir string // TestMain's, removed after the tests

	largeOnce sync.Once
	largeDir  string
	largeErr  error
)

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "endorse-bin-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	tempDir, binary = dir, filepath.Join(dir, "endorse")
	out, err := exec.Command("go", "build", "-o", binary, ".").CombinedOutput()
	if err != nil {
		fmt.Fprintf(os.Stderr, "go build: %v\n%s", err, out)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// largeSite generates a site whose build takes long enough to be
// interrupted (about a second on two cores), with wasm stubs so no Go
// compiler runs, and builds it so it has a previous output. Generating
// and building it cost seconds, so it is made once and the tests, which
// do not run in parallel, share it: each leaves it as a whole build does,
// with no staging directory, and checks that it does.
func largeSite(t *testing.T) string {
	t.Helper()
	largeOnce.Do(func() {
		largeDir = filepath.Join(tempDir, "site")
		if _, largeErr = corpus.Generate(corpus.Options{Pages: 4000, Out: largeDir, Repo: filepath.Join("..", "..")}); largeErr != nil {
			return
		}
		largeErr = errors.New("the first build did not finish") // run stopped the test
		res := run(t, largeDir, "build")
		largeErr = nil
		if res.code != 0 {
			largeErr = fmt.Errorf("first build failed (%d):\n%s", res.code, res.stderr)
		}
	})
	if largeErr != nil {
		t.Fatal(largeErr)
	}
	return largeDir
}

type result struct {
	code           int
	stdout, stderr string
}

// run runs the binary in dir and waits for it.
func run(t *testing.T, dir string, args ...string) result {
	t.Helper()
	cmd := exec.Command(binary, args...)
	cmd.Dir = dir
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	var ee *exec.ExitError
	if err != nil && !errors.As(err, &ee) {
		t.Fatal(err)
	}
	return result{cmd.ProcessState.ExitCode(), stdout.String(), stderr.String()}
}

// start starts the binary in dir without waiting.
func start(t *testing.T, dir string, args ...string) (*exec.Cmd, *bytes.Buffer) {
	t.Helper()
	cmd := exec.Command(binary, args...)
	cmd.Dir = dir
	var stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stderr, &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = cmd.Process.Kill() })
	return cmd, &stderr
}

// staging lists the staging directories beside dir/public.
func staging(t *testing.T, dir string) []string {
	t.Helper()
	m, err := filepath.Glob(filepath.Join(dir, ".public.building-*"))
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// waitStaging waits until a build has created its staging directory and
// written into it, so a signal arrives in the middle of the writes.
func waitStaging(t *testing.T, dir string, cmd *exec.Cmd) {
	t.Helper()
	deadline := time.Now().Add(60 * time.Second)
	for time.Now().Before(deadline) {
		for _, s := range staging(t, dir) {
			if _, err := os.Stat(filepath.Join(s, "index.html")); err == nil {
				return
			}
		}
		time.Sleep(2 * time.Millisecond)
	}
	t.Fatal("the build never started writing its staging directory")
}

// digest names every file of dir with its size, sorted by the walk.
func digest(t *testing.T, dir string) string {
	t.Helper()
	var b strings.Builder
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		fmt.Fprintf(&b, "%s %d\n", p, info.Size())
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// TestSignalStopsBuildCleanly: Ctrl-C (SIGINT) or SIGTERM in the middle of
// a build makes it stop, remove its staging directory and exit 1, leaving
// the previous output exactly as it was (issue 9, defect 4).
func TestSignalStopsBuildCleanly(t *testing.T) {
	dir := largeSite(t)
	before := digest(t, filepath.Join(dir, "public"))
	for _, sig := range []syscall.Signal{syscall.SIGINT, syscall.SIGTERM} {
		t.Run(sig.String(), func(t *testing.T) {
			cmd, out := start(t, dir, "build")
			waitStaging(t, dir, cmd)
			if err := cmd.Process.Signal(sig); err != nil {
				t.Fatal(err)
			}
			err := cmd.Wait()
			if code := cmd.ProcessState.ExitCode(); code != 1 {
				t.Fatalf("exit status %d (%v), want 1; output:\n%s", code, err, out)
			}
			if got := out.String(); got != "build interrupted; the previous output is unchanged\n" {
				t.Errorf("output = %q", got)
			}
			if left := staging(t, dir); len(left) > 0 {
				t.Errorf("staging left behind: %v", left)
			}
			if after := digest(t, filepath.Join(dir, "public")); after != before {
				t.Error("the previous output changed")
			}
		})
	}
}

// TestKilledBuildIsSweptByNextBuild: a build killed outright (SIGKILL,
// a power cut) cannot clean up; the next build removes what it left.
func TestKilledBuildIsSweptByNextBuild(t *testing.T) {
	dir := largeSite(t)
	cmd, _ := start(t, dir, "build")
	waitStaging(t, dir, cmd)
	_ = cmd.Process.Kill()
	_ = cmd.Wait()
	if len(staging(t, dir)) == 0 {
		t.Fatal("the killed build left no staging directory: nothing to test")
	}
	if res := run(t, dir, "build"); res.code != 0 || res.stderr != "" {
		t.Fatalf("next build: exit %d, stderr:\n%s", res.code, res.stderr)
	}
	if left := staging(t, dir); len(left) > 0 {
		t.Errorf("the next build left %v", left)
	}
}

// TestConcurrentBuildsWait: a second build of the same output started while
// the first runs says so, waits, then builds; both succeed and the output
// is whole (issue 9, defect 8: they failed at random with rename errors).
func TestConcurrentBuildsWait(t *testing.T) {
	dir := largeSite(t)
	want := digest(t, filepath.Join(dir, "public"))
	first, firstOut := start(t, dir, "build")
	waitStaging(t, dir, first)
	second, secondOut := start(t, dir, "build")
	for _, c := range []struct {
		cmd *exec.Cmd
		out *bytes.Buffer
	}{{first, firstOut}, {second, secondOut}} {
		if err := c.cmd.Wait(); err != nil {
			t.Fatalf("a build failed: %v\n%s", err, c.out)
		}
	}
	wantWait := fmt.Sprintf("endorse: another build of %s is running (process %d); waiting for it to finish\n",
		filepath.Join(dir, "public"), first.Process.Pid)
	if !strings.HasPrefix(secondOut.String(), wantWait) {
		t.Errorf("second build said %q, want it to start with %q", secondOut, wantWait)
	}
	if got := digest(t, filepath.Join(dir, "public")); got != want {
		t.Error("the output after two concurrent builds differs from a single build's")
	}
	if left := staging(t, dir); len(left) > 0 {
		t.Errorf("staging left behind: %v", left)
	}
}
