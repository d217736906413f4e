package main

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"
)

// TestGeneratedFilesAreCurrent fails when a package that runs bindgen
// (a //go:generate line naming it) has a json_gen.go that differs from
// what bindgen makes of the package now: a field or tag was changed
// without `go generate`.
func TestGeneratedFilesAreCurrent(t *testing.T) {
	root := filepath.Join("..", "..", "..")
	n := 0
	err := filepath.WalkDir(filepath.Join(root, "internal"), func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") {
			return err
		}
		args, ok := directive(t, path)
		if !ok {
			return nil
		}
		n++
		dir := filepath.Dir(path)
		want, err := generate(dir, parseArgs(t, path, args))
		if err != nil {
			t.Errorf("%s: %v", dir, err)
			return nil
		}
		if got, _ := os.ReadFile(filepath.Join(dir, outName)); !bytes.Equal(got, want) {
			rel, _ := filepath.Rel(root, dir)
			t.Errorf("%s/%s is stale: run go generate ./%s", rel, outName, rel)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n < 3 {
		t.Errorf("found %d packages that run bindgen, want model, profile and rules at least", n)
	}
}

// directive returns the arguments of the file's go:generate line that
// runs bindgen.
func directive(t *testing.T, path string) ([]string, bool) {
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(string(src), "\n") {
		f := strings.Fields(line)
		if len(f) >= 4 && f[0] == "//go:generate" && f[1] == "go" && f[2] == "run" && strings.HasSuffix(f[3], "wasmjson/bindgen") {
			return f[4:], true
		}
	}
	return nil, false
}

func parseArgs(t *testing.T, path string, args []string) options {
	var opt options
	for _, a := range args {
		if a != "-write" {
			t.Fatalf("%s: unknown bindgen flag %q", path, a)
		}
		opt.write = true
	}
	return opt
}

// TestGenerate: each testdata/*.txtar holds a package's files and either
// the json_gen.go bindgen writes for it (with -write when the archive's
// comment says so) or the error it reports.
func TestGenerate(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("testdata", "*.txtar"))
	if len(files) == 0 {
		t.Fatal("no testdata/*.txtar")
	}
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			ar, err := txtar.ParseFile(file)
			if err != nil {
				t.Fatal(err)
			}
			dir := t.TempDir()
			os.WriteFile(filepath.Join(dir, "go.mod"), []byte("module example.com/m\n"), 0o644)
			want := map[string]string{}
			for _, f := range ar.Files {
				if name, ok := strings.CutPrefix(f.Name, "want/"); ok {
					want[name] = string(f.Data)
					continue
				}
				os.WriteFile(filepath.Join(dir, f.Name), f.Data, 0o644)
			}
			src, err := generate(dir, options{write: strings.Contains(string(ar.Comment), "-write")})
			switch {
			case want["error"] != "":
				if err == nil || !strings.Contains(err.Error(), strings.TrimSpace(want["error"])) {
					t.Errorf("error = %v, want one containing %q", err, strings.TrimSpace(want["error"]))
				}
			case err != nil:
				t.Fatal(err)
			case string(src) != want[outName]:
				t.Errorf("generated:\n%s\nwant:\n%s", src, want[outName])
			}
		})
	}
}
