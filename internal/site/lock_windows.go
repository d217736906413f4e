//go:build windows

package site

import (
	"errors"
	"os"

	"golang.org/x/sys/windows"
)

// tryLock takes an exclusive lock on f without waiting; busy is true when
// another process holds it. Windows releases it when the process exits.
func tryLock(f *os.File) (busy bool, err error) {
	err = lockFile(f, windows.LOCKFILE_FAIL_IMMEDIATELY)
	if errors.Is(err, windows.ERROR_LOCK_VIOLATION) {
		return true, nil
	}
	return false, err
}

// waitLock takes the lock, waiting as long as another process holds it.
func waitLock(f *os.File) error { return lockFile(f, 0) }

func lockFile(f *os.File, flags uint32) error {
	var ol windows.Overlapped
	return windows.LockFileEx(windows.Handle(f.Fd()), windows.LOCKFILE_EXCLUSIVE_LOCK|flags, 0, 1, 0, &ol)
}
