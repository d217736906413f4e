package server

import (
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"
)

// TestRemoveStale: output dirs of exited servers go, live ones stay.
func TestRemoveStale(t *testing.T) {
	cmd := exec.Command("true")
	if err := cmd.Run(); err != nil {
		t.Skip("no `true` command")
	}
	base := t.TempDir()
	dead := filepath.Join(base, tempPrefix+strconv.Itoa(cmd.Process.Pid)+"-1")
	live := filepath.Join(base, tempPrefix+strconv.Itoa(os.Getpid())+"-2")
	other := filepath.Join(base, "endorse-serve-unrelated")
	for _, d := range []string{dead, live, other} {
		mustPut(t, filepath.Join(d, "a", "public", "index.html"), "x")
	}
	removeStale(base)
	for d, want := range map[string]bool{dead: false, live: true, other: true} {
		if exists(d) != want {
			t.Errorf("%s exists = %v, want %v", filepath.Base(d), !want, want)
		}
	}
}
