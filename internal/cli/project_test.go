package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestEvalRootFlag (issue 9, defect 11): eval and rules read the project
// named by -root from any working directory, like build and serve; the
// profile path is taken as given. Before, eval worked only from the
// project root.
func TestEvalRootFlag(t *testing.T) {
	f := filepath.Join(t.TempDir(), "profile.json")
	if err := os.WriteFile(f, []byte(evalProfile), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Chdir(t.TempDir()) // not a project
	out, err := run("eval", "-root", projectRoot, f, "--category", "imhs", "--as-of", "2025-01-01")
	if err != nil || !strings.Contains(out, "✓ Met: every requirement is met.") {
		t.Errorf("eval -root: err %v, output:\n%s", err, out)
	}
	out, err = run("eval", f, "--root", projectRoot, "--as-of", "2025-01-01", "--format", "json")
	if err != nil || !strings.HasPrefix(out, "{") {
		t.Errorf("eval with --root after the file: err %v, output:\n%.200s", err, out)
	}
	out, err = run("rules", "-root", projectRoot, "--as-of", "2025-01-01")
	if err != nil || !strings.Contains(out, "imhs") {
		t.Errorf("rules -root: err %v, output:\n%.200s", err, out)
	}
	// Without -root, outside a project: one message says so.
	wd, _ := filepath.EvalSymlinks(".")
	wd, _ = filepath.Abs(wd)
	want := wd + " is not an Endorse project (it has no rules/ directory): run endorse in the project directory, or name it with -root DIR"
	for _, cmd := range []string{"eval", "rules"} {
		args := []string{cmd}
		if cmd == "eval" {
			args = append(args, f)
		}
		if _, err := run(args...); err == nil || err.Error() != want {
			t.Errorf("%s outside a project: %v\nwant %s", cmd, err, want)
		}
	}
}

// TestEvalBoundedRead (issue 9, defect 5): a profile that never ends
// (/dev/zero) or is larger than the limit is refused by name with the
// limit; before, /dev/zero grew the process to 3.7 GB.
func TestEvalBoundedRead(t *testing.T) {
	_, err := run("eval", "-root", projectRoot, "/dev/zero")
	want := "/dev/zero: cannot read: it is over the limit of 32 MB for profiles (limits.profile in content/site.toml)"
	if err == nil || err.Error() != want {
		t.Errorf("eval /dev/zero: %v\nwant %s", err, want)
	}
	big := filepath.Join(t.TempDir(), "big.json")
	fh, err := os.Create(big)
	if err != nil {
		t.Fatal(err)
	}
	if err := fh.Truncate(1 << 30); err != nil { // sparse: no disk used
		t.Fatal(err)
	}
	fh.Close()
	_, err = run("eval", "-root", projectRoot, big)
	want = big + ": cannot read: it is 1 GB, over the limit of 32 MB for profiles (limits.profile in content/site.toml)"
	if err == nil || err.Error() != want {
		t.Errorf("eval big.json: %v\nwant %s", err, want)
	}
}

// TestEvalOneMessagePerProblem (issue 9, defect 10): an invalid date is
// one message (not also "missing"), a session's invalid date is not also a
// missing start, and hours over the cap give the range instead of
// "must be a number ≥ 0".
func TestEvalOneMessagePerProblem(t *testing.T) {
	f := inProject(t, `{"format":"endorse-profile/1","training":[{"title":"a","hours":1e14,"date":"2024-13-45"}],`+
		`"rsc_received":[{"date":"2024-02-30","hours":1,"provider":"x"}]}`)
	_, err := run("eval", f, "--as-of", "2025-01-01")
	want := f + ": rsc_received[0].date: must be a date YYYY-MM-DD\n" +
		f + ": training[0].date: must be a date YYYY-MM-DD\n" +
		f + ": training[0].hours: must be a number from 0 to 100000"
	if err == nil || err.Error() != want {
		t.Errorf("eval:\n%v\nwant:\n%s", err, want)
	}
}
