package site

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// lockName is the lock file of an output directory: ".public.lock" beside
// "public". It stays there (empty but for the holder's process id): deleting
// it on unlock would let a waiting and a new build lock two different files.
func lockName(out string) string {
	return filepath.Join(filepath.Dir(out), "."+filepath.Base(out)+".lock")
}

// lockOut takes the build lock of the output directory out, so two builds
// never stage and swap the same output at once (issue 9, defect 8). When
// another build holds it, waiting is called once with a sentence to show
// the user, and lockOut waits for that build to finish, as a second `make`
// would. The returned function releases the lock.
func lockOut(out string, waiting func(string)) (unlock func(), err error) {
	if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
		return nil, err
	}
	name := lockName(out)
	f, err := os.OpenFile(name, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, fmt.Errorf("cannot create the build lock %s: %w", name, err)
	}
	busy, err := tryLock(f)
	if busy {
		waiting("another build of " + out + " is running" + holder(name) + "; waiting for it to finish")
		err = waitLock(f)
	}
	if err != nil {
		f.Close()
		return nil, fmt.Errorf("cannot lock %s: %w", name, err)
	}
	// Record the holder for the message above; the lock does not depend on it.
	if err := f.Truncate(0); err == nil {
		_, _ = f.WriteAt([]byte(strconv.Itoa(os.Getpid())+"\n"), 0)
	}
	return func() { f.Close() }, nil
}

// holder names the process that holds the lock file name, when it wrote
// its id there.
func holder(name string) string {
	data, err := os.ReadFile(name)
	pid := strings.TrimSpace(string(data))
	if err != nil || pid == "" {
		return ""
	}
	if _, err := strconv.Atoi(pid); err != nil {
		return ""
	}
	return " (process " + pid + ")"
}
