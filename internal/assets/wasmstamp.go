package assets

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// The key stamp. Finding the wasm package's sources and hashing them
// (findSources, wasmKey) costs every `endorse build` 9–19 ms on the
// example project (BenchmarkWasmKey, 2 loaded cores), and 0.2–0.4 s more
// where the go command has to list them (a go.work, replace directives,
// embedded files). A fresh process with nothing changed skips both: the
// last build left CacheDir/sources.stamp with the key, the paths it was
// found from (package directories, files, go.mod/go.sum, and where a
// vendor directory or a go.work would be: layoutPaths) and the stat
// summary of those paths (size and mtime, or missing; a directory's mtime
// changes when a file is added or removed). When the summary and the
// toolchain, flags and environment (GOWORK too) are the same, the key is.
//
// A stat summary cannot see an edit that keeps a file's size and lands in
// the same mtime tick as the summary was taken (filesystems with 1–2 s
// mtimes). So, like git's racily clean index entries, a stamp is not
// written when any of its paths was modified less than stampSettle before
// the summary was taken; the next build writes it.

const (
	stampName    = "sources.stamp"
	stampVersion = "endorse-wasm-stamp/1" // line 1; then hash of keyEnv, stat, key, paths
	stampSettle  = 2 * time.Second
)

// stampEnv is keyEnv, GOWORK (which decides whether the sources are found
// by walking or by go list) and the project and wasm package directories,
// so two projects or packages sharing a cache never take each other's key.
func stampEnv(tc goToolchain, root, wasmDir string) string {
	root, _ = filepath.Abs(root)
	wasmDir, _ = filepath.Abs(wasmDir)
	return keyEnv(tc) + "GOWORK=" + os.Getenv("GOWORK") + "\nroot=" + root + "\nwasm=" + wasmDir + "\n"
}

// savedKey returns the key and the stamped paths the last build left in
// cache when nothing they depend on changed since.
func savedKey(cache, env string) (key string, paths []string, stat string, ok bool) {
	data, err := os.ReadFile(filepath.Join(cache, stampName))
	if err != nil {
		return "", nil, "", false
	}
	lines := strings.Split(string(data), "\n")
	if len(lines) < 5 || lines[0] != stampVersion || lines[1] != hashLines([]string{env}) {
		return "", nil, "", false
	}
	key, paths = lines[3], lines[4:]
	if stat = statStamp(paths); stat != lines[2] {
		return "", nil, "", false
	}
	return key, paths, stat, true
}

// saveKey writes the stamp for key, whose stat summary was taken at
// statAt, unless a path changed too close to statAt to be told apart from
// a later edit by its stat. Failing to write only costs the next build
// the walk.
func saveKey(cache, env, key string, paths []string, stat string, statAt time.Time) {
	for _, p := range paths {
		if fi, err := os.Stat(p); err == nil && statAt.Sub(fi.ModTime()) < stampSettle {
			return
		}
	}
	text := strings.Join(append([]string{stampVersion, hashLines([]string{env}), stat, key}, paths...), "\n")
	tmp := filepath.Join(cache, stampName+".tmp-"+strconv.Itoa(os.Getpid()))
	if os.WriteFile(tmp, []byte(text), 0o644) != nil || os.Rename(tmp, filepath.Join(cache, stampName)) != nil {
		os.Remove(tmp)
	}
}
