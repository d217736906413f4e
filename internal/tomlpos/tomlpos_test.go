package tomlpos

import (
	"flag"
	"fmt"
	"os"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"
)

var update = flag.Bool("update", false, "rewrite the .want files of testdata/corners.txtar")

// TestCorners scans each TOML file of testdata/corners.txtar and compares
// every located path and position with the file's .want section. A file
// whose name ends in .crlf.toml is scanned with CRLF line ends.
func TestCorners(t *testing.T) {
	const name = "testdata/corners.txtar"
	ar, err := txtar.ParseFile(name)
	if err != nil {
		t.Fatal(err)
	}
	wants := map[string]int{}
	for i, f := range ar.Files {
		wants[f.Name] = i
	}
	for _, f := range ar.Files {
		base, ok := strings.CutSuffix(f.Name, ".toml")
		if !ok {
			continue
		}
		src := f.Data
		if strings.HasSuffix(base, ".crlf") {
			src = []byte(strings.ReplaceAll(string(src), "\n", "\r\n"))
		}
		got := dump(Scan(src))
		i, ok := wants[base+".want"]
		switch {
		case *update && ok:
			ar.Files[i].Data = []byte(got)
		case *update:
			t.Errorf("%s: no %s.want section", f.Name, base)
		case !ok:
			t.Errorf("%s: no %s.want section (run with -update)", f.Name, base)
		case got != string(ar.Files[i].Data):
			t.Errorf("%s: positions\n got:\n%s want:\n%s", f.Name, got, ar.Files[i].Data)
		}
	}
	if *update {
		if err := os.WriteFile(name, txtar.Format(ar), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// dump lists every path of x with its line:col, in the order of the file.
func dump(x Index) string {
	var b strings.Builder
	for _, p := range x.Paths() {
		at := x.paths[p]
		fmt.Fprintf(&b, "%d:%d %s\n", at.Line, at.Col, p)
	}
	return b.String()
}

// TestLookups checks the three ways callers ask: Find with an indexed
// path falling back to its nearest written prefix, Key with parts as
// BurntSushi/toml names an undecoded key, KeyFold for front matter.
func TestLookups(t *testing.T) {
	x := Scan([]byte(`[[sessions]]
start = 2026-01-05

[[sessions]]
start = 2026-02-02
Venue = "Hall"

[Params]
code = "x"
`))
	for _, c := range []struct {
		name string
		got  func() (Pos, bool)
		want Pos
		ok   bool
	}{
		{"Find exact", func() (Pos, bool) { return x.Find("sessions[1].start") }, Pos{5, 1}, true},
		{"Find prefix", func() (Pos, bool) { return x.Find("sessions[1].end") }, Pos{4, 3}, true},
		{"Find element beyond", func() (Pos, bool) { return x.Find("sessions[7].end") }, Pos{1, 3}, true},
		{"Find none", func() (Pos, bool) { return x.Find("price.member") }, Pos{}, false},
		{"Key first", func() (Pos, bool) { return x.Key("sessions", "start") }, Pos{2, 1}, true},
		{"Key later element", func() (Pos, bool) { return x.Key("sessions", "Venue") }, Pos{6, 1}, true},
		{"Key case", func() (Pos, bool) { return x.Key("params", "code") }, Pos{}, false},
		{"KeyFold", func() (Pos, bool) { return x.KeyFold("params", "CODE") }, Pos{9, 1}, true},
		{"KeyFold exact first", func() (Pos, bool) { return x.KeyFold("Params") }, Pos{8, 2}, true},
		{"zero Index", func() (Pos, bool) { return Index{}.Find("a") }, Pos{}, false},
	} {
		if got, ok := c.got(); got != c.want || ok != c.ok {
			t.Errorf("%s: got %v %v, want %v %v", c.name, got, ok, c.want, c.ok)
		}
	}
}

// FuzzScan checks that any input scans without panicking and that every
// position lies on a line of the input, within it.
func FuzzScan(f *testing.F) {
	ar, err := txtar.ParseFile("testdata/corners.txtar")
	if err != nil {
		f.Fatal(err)
	}
	for _, file := range ar.Files {
		f.Add(file.Data)
	}
	f.Add([]byte(strings.Repeat("a = [", 200)))
	f.Fuzz(func(t *testing.T, src []byte) {
		x := Scan(src)
		lines := strings.Split(string(src), "\n")
		for p, at := range x.paths {
			if at.Line < 1 || at.Line > len(lines) || at.Col < 1 || at.Col > len(lines[at.Line-1]) {
				t.Fatalf("%q at %v: outside the input", p, at)
			}
		}
	})
}
