package server

import (
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"syscall"
)

// tempPrefix starts the name of every dev output directory; the process id
// follows, so a later server can remove what a killed one left behind.
const tempPrefix = "endorse-serve-"

// makeTemp creates the directory of the dev output: in /dev/shm (memory)
// when possible, as a full rebuild writes every page and file system calls
// are ~40% of its time on disk; else in the system temp directory. It
// first removes directories of servers that no longer run.
func makeTemp() (string, error) {
	pattern := tempPrefix + strconv.Itoa(os.Getpid()) + "-"
	for _, base := range []string{"/dev/shm", os.TempDir()} {
		removeStale(base)
		if dir, err := os.MkdirTemp(base, pattern); err == nil {
			return dir, nil
		}
	}
	return os.MkdirTemp("", pattern)
}

// removeStale deletes base/endorse-serve-<pid>-* when process pid is gone
// (killed servers cannot clean up). Skipped where liveness is unknown.
func removeStale(base string) {
	if runtime.GOOS == "windows" {
		return
	}
	dirs, _ := filepath.Glob(filepath.Join(base, tempPrefix+"*-*"))
	for _, d := range dirs {
		pidText, _, _ := strings.Cut(strings.TrimPrefix(filepath.Base(d), tempPrefix), "-")
		if pid, err := strconv.Atoi(pidText); err == nil && pid != os.Getpid() && !alive(pid) {
			os.RemoveAll(d)
		}
	}
}

// alive reports whether a process with this id exists.
func alive(pid int) bool {
	p, err := os.FindProcess(pid)
	if err != nil {
		return false
	}
	err = p.Signal(syscall.Signal(0))
	return err == nil || err == syscall.EPERM
}
