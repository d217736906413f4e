package site

import (
	"crypto/sha256"
	"encoding/hex"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"
)

// project extracts testdata/<name>.txtar into a fresh directory, applies
// over (path → content; "" deletes) and returns the directory.
func project(t *testing.T, name string, over map[string]string) string {
	t.Helper()
	ar, err := txtar.ParseFile(filepath.Join("testdata", name+".txtar"))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	for _, f := range ar.Files {
		writeFile(t, dir, f.Name, string(f.Data))
	}
	for name, data := range over {
		if data == "" {
			os.Remove(filepath.Join(dir, name))
			continue
		}
		writeFile(t, dir, name, data)
	}
	return dir
}

func writeFile(t *testing.T, dir, name, data string) {
	t.Helper()
	p := filepath.Join(dir, filepath.FromSlash(name))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}

// build builds root into root/public with test defaults (no wasm).
func build(t *testing.T, root string, mod func(*Options)) (Summary, error) {
	t.Helper()
	opts := Options{Root: root, NoWasm: true}
	if mod != nil {
		mod(&opts)
	}
	return Build(opts)
}

// mustBuild builds and fails the test on error.
func mustBuild(t *testing.T, root string, mod func(*Options)) Summary {
	t.Helper()
	sum, err := build(t, root, mod)
	if err != nil {
		t.Fatalf("build failed:\n%v", err)
	}
	return sum
}

// readOut returns a file of root/public.
func readOut(t *testing.T, root, name string) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(root, "public", filepath.FromSlash(name)))
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// treeDigest lists every file below dir with the SHA-256 of its bytes, one
// per line, sorted: equal digests mean byte-identical trees.
func treeDigest(t *testing.T, dir string) string {
	t.Helper()
	var lines []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		sum := sha256.Sum256(data)
		rel, _ := filepath.Rel(dir, p)
		lines = append(lines, filepath.ToSlash(rel)+" "+hex.EncodeToString(sum[:8]))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(lines)
	return strings.Join(lines, "\n")
}
